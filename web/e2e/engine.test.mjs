// web/e2e/engine.test.mjs: the explorer's own page starts its search worker only when search is
// needed (issue 16): a figures-only visit downloads the page and the story, not the worker's
// script and wasm, until the browser is first idle after drawing the story, or the reader turns
// to search (or moves focus into the explorer). The browser's idle time is held back (requestIdleCallback is replaced
// by one that only records its callbacks) so that "before idle" lasts as long as the test needs.
//
//   CLAIMLENS_SITE=/tmp/site node --test web/e2e/engine.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT, launch, serve } from "./support.mjs";

const site = process.env.CLAIMLENS_SITE;
/// Everything the search worker is made of: its loader, its script, its wasm.
const WORKER_FILES = /worker-loader\.js|claimlens-worker(_bg\.wasm|\.js)/;
/// The bundle's parts after its head: the articles' texts and the search index.
const TEXTS_PART = /claimlens\.texts\.bundle/;
const INDEX_PART = /claimlens\.index\.bundle/;
let browser;
let server;

before(async () => {
  assert.ok(site, "set CLAIMLENS_SITE to the built site's folder");
  browser = await launch();
  server = await serve(site, { brotli: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/// A page of a fresh context on `path` whose idle callbacks wait in `window.__idle` until the
/// test runs them. Returns the page and the worker files the server was asked for since.
async function openHeldIdle(path) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.addInitScript(() => {
    window.__idle = [];
    window.requestIdleCallback = (callback) => window.__idle.push(callback);
    window.cancelIdleCallback = () => {};
  });
  const from = server.stats.requests.length;
  const fetched = (pattern) => () => server.stats.requests.slice(from).filter((url) => pattern.test(url));
  const workerFetches = fetched(WORKER_FILES);
  await page.goto(`${server.origin}/${path}`);
  return { context, page, workerFetches, textFetches: fetched(TEXTS_PART), indexFetches: fetched(INDEX_PART) };
}

/// Waits until `condition()` holds, checking every few milliseconds (no fixed sleep).
async function until(condition, what) {
  const deadline = Date.now() + TIMEOUT;
  while (!(await condition())) {
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/// Waits until the app has asked for idle time or has fetched a worker file, whichever is first.
async function settled(page, workerFetches) {
  const asked = () => page.evaluate(() => window.__idle.length > 0);
  await until(async () => workerFetches().length > 0 || (await asked()), "a request for idle time");
}

test("a figures-only visit fetches no search worker, texts or index before the page is idle, and starts them then", async () => {
  const { context, page, workerFetches, textFetches, indexFetches } = await openHeldIdle("#/figures");
  await page.locator(".claim.conflict", { hasText: "prisoners released" }).first().waitFor();
  // The app asks for idle time once the story is drawn: until then, and until that idle time
  // comes, no worker (an app that started it anyway has fetched it by then, or instead), and of
  // the bundle only its head.
  await settled(page, workerFetches);
  assert.deepEqual(workerFetches(), []);
  assert.deepEqual(textFetches(), [], "the figures view fetched the articles' texts");
  assert.deepEqual(indexFetches(), [], "the figures view fetched the search index");
  assert.equal(page.workers().length, 0, "no worker was started");

  await page.evaluate(() => window.__idle.splice(0).forEach((callback) => callback()));
  await until(() => workerFetches().some((url) => url.includes("claimlens-worker_bg.wasm")), "the worker's wasm");
  await until(() => textFetches().length === 1 && indexFetches().length === 1, "the texts and the index, once each");
  // The worker started at idle time answers once the reader turns to search.
  await page.getByRole("link", { name: /^Search/ }).click();
  await page.getByLabel("Search the coverage").fill("Kalesnikava");
  await page.locator(".passage-text", { hasText: "Kolesnikova" }).first().waitFor();
  await context.close();
});

test("turning to search from the figures starts the worker before any idle time", async () => {
  const { context, page, workerFetches } = await openHeldIdle("#/figures");
  await page.locator(".claim").first().waitFor();
  await settled(page, workerFetches);
  assert.deepEqual(workerFetches(), []);
  await page.getByRole("link", { name: /^Search/ }).click();
  await page.getByLabel("Search the coverage").fill("Coale");
  await page.locator(".passage-text", { hasText: "Coale" }).first().waitFor();
  assert.ok(workerFetches().some((url) => url.includes("claimlens-worker_bg.wasm")));
  assert.equal(await page.evaluate(() => window.__idle.length), 1, "no idle time was given");
  await context.close();
});

test("clicks inside the figures are no wish to search; a claim's sentences say they are loading until the texts come", async () => {
  const { context, page, workerFetches, textFetches, indexFetches } = await openHeldIdle("#/figures");
  // The texts part is held at the server's door until the test lets it through.
  let release;
  const held = new Promise((done) => (release = done));
  await page.route(TEXTS_PART, async (route) => {
    await held;
    await route.continue();
  });
  const claim = page.locator(".claim.conflict", { hasText: "prisoners released" }).first();
  await claim.waitFor();
  await settled(page, workerFetches);
  // A click on a claim's source focuses it and opens its sentences, which want the texts.
  await claim.locator(".source summary").first().click();
  const loading = claim.locator(".evidence.loading").first();
  await loading.waitFor();
  assert.match(await loading.innerText(), /Loading the sentence/);
  assert.equal(await claim.locator(".evidence .sentence").count(), 0);
  // Two frames later (time for the app's effects), still no worker and no index (issue 16).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.deepEqual(workerFetches(), []);
  assert.deepEqual(indexFetches(), []);
  assert.equal(page.workers().length, 0, "a click inside the figures started the worker");
  // The texts come: the sentence takes the loading line's place.
  release();
  await claim.locator(".evidence .sentence", { hasText: /\d/ }).first().waitFor();
  assert.equal(await claim.locator(".evidence.loading").count(), 0);
  assert.equal(textFetches().length, 1);
  await context.close();
});

test("a visit that opens on a search starts the worker at once", async () => {
  const { context, page, workerFetches } = await openHeldIdle("#/search?q=Coale");
  await page.locator(".passage-text", { hasText: "Coale" }).first().waitFor();
  assert.ok(workerFetches().length > 0);
  await context.close();
});

test("a speaker's page fetches the articles' texts for their statements, but not the index or the worker", async () => {
  // The page's address, from the speakers list; then opened cold, as a shared link is.
  const list = await openHeldIdle("#/speakers");
  const href = await list.page.getByRole("link", { name: /John Coale/ }).first().getAttribute("href");
  await list.context.close();
  const { context, page, workerFetches, textFetches, indexFetches } = await openHeldIdle(href);
  await page.locator("h1", { hasText: "John Coale" }).waitFor();
  await until(() => textFetches().length === 1, "the articles' texts");
  // The statements' wording is cut from the texts once they are in.
  await page.locator(".version blockquote", { hasText: /\w{4,}/ }).first().waitFor();
  await settled(page, workerFetches);
  assert.deepEqual(workerFetches(), []);
  assert.deepEqual(indexFetches(), []);
  await context.close();
});
