// web/e2e/single-file.test.mjs: `claimlens build --single-file` (issue 5) in real Chromium: the
// seed corpus's one HTML file opened as a file:// URL with every network request refused
// searches, shows the 123 vs 156 conflict, the speakers and the reader, under the policy the file
// declares for itself, with no violation.
//
//   CLAIMLENS_SINGLE_FILE=/tmp/belarus.html node --test web/e2e/single-file.test.mjs
//
// Without CLAIMLENS_SINGLE_FILE the file is built from ../shared/corpus/belarus-2025-12 first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { stat } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { TIMEOUT, launch, recordViolations, singleFile } from "./support.mjs";

let browser;
let file;

before(async () => {
  file = await singleFile();
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/// A page in its own context with the network off: offline, and any request that is not for
/// the file itself (or a blob: or data: URL it makes) is refused and remembered.
async function openOffline(hash = "") {
  const context = await browser.newContext({ offline: true });
  const refused = [];
  await context.route(() => true, (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("blob:") || url.startsWith("data:")) {
      return route.continue();
    }
    refused.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const violations = await recordViolations(page);
  await page.goto(pathToFileURL(file).href + hash);
  return { context, page, refused, errors, violations };
}

test("the single file searches and shows the 123 vs 156 conflict from file:// with no network", async () => {
  const { context, page, refused, errors, violations } = await openOffline();
  await page.getByLabel("Search the coverage").fill("Kalesnikava");
  await page.locator(".passage-text", { hasText: "Kolesnikova" }).first().waitFor();

  await page.getByRole("link", { name: /^Figures/ }).click();
  const claim = page.locator(".claim.conflict", { hasText: "prisoners released" }).first();
  await claim.waitFor();
  const v156 = claim.locator(".value", { has: page.locator(".value-label", { hasText: /^156$/ }) });
  await v156.locator(".holder", { hasText: "Coale" }).first().waitFor();
  await claim.locator(".value-label", { hasText: /^123$/ }).waitFor();

  await page.getByRole("link", { name: /^Speakers/ }).click();
  await page.getByRole("link", { name: /John Coale/ }).first().click();
  await page.locator("h1", { hasText: "John Coale" }).waitFor();

  assert.deepEqual(refused, [], "the single file asked for nothing over the network");
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(), []);
  await context.close();
});

test("a search result opens its article in the reader, offline", async () => {
  const { context, page } = await openOffline("#/search?q=Coale");
  const link = page.locator(".passage .article-link").first();
  await link.click();
  await page.locator(".reader h1").waitFor();
  assert.match(await page.locator("#claimlens-target").innerText(), /Coale/);
  await context.close();
});

test("the single file's link to open your own articles says where they can be opened", async () => {
  const { context, page, refused, errors } = await openOffline();
  await page.getByRole("link", { name: "Open your own articles" }).click();
  const panel = page.locator(".open-elsewhere");
  await panel.getByRole("heading", { name: "Open your own articles on a claimlens site" }).waitFor();
  const text = await panel.innerText();
  assert.match(text, /choose Open your own articles on its start page/);
  assert.match(text, /claimlens build FOLDER --out SITE/);
  assert.match(text, /claimlens serve SITE/);
  assert.doesNotMatch(text, /cannot/, "it says what to do, not only what this copy lacks");
  await page.getByRole("link", { name: "Back to the story" }).click();
  await page.getByLabel("Search the coverage").waitFor();
  assert.deepEqual(refused, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the single file declares its own strict policy", async () => {
  const { context, page } = await openOffline();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
  const { size } = await stat(file);
  console.log(`single file: ${size} bytes`);
  await context.close();
});
