// web/e2e/widget.test.mjs: the <claim-lens> web component (issue 5) in real Chromium. A news
// article page is served from one loopback port with a strict Content-Security-Policy header and
// aggressive CSS of its own; the widget's files and two bundles (the Belarus story and the demo
// story) come from another port, as from a newsroom's CDN. Two widgets on different bundles
// must search independently, keep their styles to themselves and cause no violation.
//
//   CLAIMLENS_SITE=/tmp/site [CLAIMLENS_DEMO_SITE=/tmp/demo-site] node --test web/e2e/widget.test.mjs
//
// WIDGET_SCREENSHOTS=dir also saves the article page at desktop and phone widths.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { TIMEOUT, demoSite, launch, recordViolations, serve } from "./support.mjs";

const site = process.env.CLAIMLENS_SITE;
let browser;
let assets;
let host;

/// The policy a host page needs for widgets served from `assets` (README, "Embed it").
const hostPolicy = (assets) =>
  `default-src 'self'; script-src 'self' ${assets} 'wasm-unsafe-eval'; style-src 'self' ${assets}; connect-src 'self' ${assets}; worker-src blob:`;

/// The host's own styles: loud on purpose. None of it may reach inside a widget, and none of
/// the widget's rules (.panel, .claim, .lede, a, h1 ...) may reach the article.
const HOST_CSS = `
* { color: red !important; font-family: "Comic Sans MS", cursive !important; letter-spacing: 0.1em !important; }
html { font-size: 62.5%; }
body { margin: 0; background: #fffdf6; }
.masthead { border-bottom: 4px double #222; padding: 12px 24px; font-size: 28px; }
article { max-width: 680px; margin: 0 auto; padding: 16px 20px 80px; font-size: 19px; line-height: 1.6; }
article h1 { font-size: 40px; line-height: 1.1; }
p { text-transform: uppercase; }
.panel, .claim, .lede { border: 9px solid lime; }
a { text-decoration: line-through; }
claim-lens { margin: 24px 0; }
claim-lens#ferry { --claimlens-accent: rgb(200, 0, 100); --claimlens-font: Georgia, serif; }
.spacer { height: 3000px; }
`;

const HOST_PAGE = (assets) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Belarus frees prisoners: who said what</title>
<link rel="stylesheet" href="/host.css">
<script type="module" src="${assets}/widget.js"></script>
</head><body>
<header class="masthead">The Daily Loopback</header>
<article>
<h1>Belarus frees prisoners after US talks</h1>
<p class="lede" id="host-lede">How many were freed depends on whom you ask. Explore the coverage below.</p>
<p>Outlets gave different figures for the release. Search the coverage, or open the figures to see where they disagree.</p>
<claim-lens id="belarus" bundle="${assets}/claimlens.bundle" view="search" height="620"></claim-lens>
<p>Elsewhere on this site: our explainer on the ferry disaster in Varnetia.</p>
<claim-lens id="ferry" bundle="${assets}/demo/claimlens.bundle" view="figures" height="520"></claim-lens>
<div class="panel" id="host-panel">A box of the host page's own, with a class the widget also uses.</div>
<div class="spacer"></div>
<claim-lens id="below" bundle="${assets}/below/claimlens.bundle" view="figures"></claim-lens>
</article>
</body></html>`;

/// A sober news article page for the screenshots: the widget as a newsroom would place it.
const STORY_CSS = `
body { margin: 0; background: #fff; color: #1a1a1a; font: 18px/1.6 Georgia, "Times New Roman", serif; }
.masthead { display: flex; justify-content: space-between; align-items: baseline; padding: 14px 24px; border-bottom: 1px solid #ddd; font: 700 26px/1 Georgia, serif; }
.masthead nav { font: 14px/1 system-ui, sans-serif; color: #555; }
article { max-width: 680px; margin: 0 auto; padding: 24px 20px 64px; }
.kicker { font: 600 13px/1 system-ui, sans-serif; letter-spacing: 0.08em; text-transform: uppercase; color: #b3261e; }
h1 { font-size: 38px; line-height: 1.15; margin: 10px 0 12px; }
.byline { font: 14px/1.4 system-ui, sans-serif; color: #666; margin-bottom: 24px; }
figure { margin: 28px 0; }
claim-lens { --claimlens-accent: #b3261e; }
figcaption { margin-top: 6px; }
figcaption { font: 13px/1.4 system-ui, sans-serif; color: #666; }
@media (max-width: 600px) { h1 { font-size: 30px; } body { font-size: 17px; } }
`;

const STORY_PAGE = (assets) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How many prisoners did Belarus free? The Daily Loopback</title>
<link rel="stylesheet" href="/story.css">
<script type="module" src="${assets}/widget.js"></script>
</head><body>
<header class="masthead">The Daily Loopback<nav>World · Politics · Data</nav></header>
<article>
<div class="kicker">Fact check</div>
<h1>How many prisoners did Belarus free? It depends on whom you read</h1>
<p class="byline">By our data desk · Updated 14 December 2025</p>
<p>Reports of the release agreed after talks with a US envoy do not agree on its size. We compared five outlets' coverage: who is quoted, which figures each gives, and where those figures cannot all be true.</p>
<p>The explorer below is built from those articles. Open a figure to read the sentence behind it, or search the coverage for a name in any spelling.</p>
<figure>
<claim-lens bundle="${assets}/claimlens.bundle" view="figures" height="600"></claim-lens>
<figcaption>Built with claimlens from five outlets' articles. Figures in red cannot all be true.</figcaption>
</figure>
<p>Official statements gave one number; the envoy's own post gave another. The difference matters for the families still waiting for news.</p>
</article>
</body></html>`;

before(async () => {
  assert.ok(site, "set CLAIMLENS_SITE to the built site's folder");
  const demo = await demoSite();
  // Each bundle is three files: its head and, beside it, its texts and index parts.
  const PARTS = ["claimlens.bundle", "claimlens.texts.bundle", "claimlens.index.bundle"];
  const partRoutes = async (prefix, folder) => Object.fromEntries(await Promise.all(PARTS.map(async (name) =>
    [`${prefix}/${name}`, { type: "application/octet-stream", body: await readFile(join(folder, name)) }])));
  // A widget's files are fetched cross-origin (module scripts, fetch, wasm): CORS.
  assets = await serve(site, {
    brotli: true,
    headers: { "access-control-allow-origin": "*" },
    routes: {
      ...(await partRoutes("/demo", demo)),
      ...(await partRoutes("/below", site)),
      // A page on the widget's own origin: the plain site policy is enough, no blob: worker.
      "/same-origin.html": {
        type: "text/html; charset=utf-8",
        headers: { "content-security-policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" },
        body: `<!doctype html><html><head><script type="module" src="/widget.js"></script></head><body><claim-lens bundle="claimlens.bundle" query="Kalesnikava"></claim-lens></body></html>`,
      },
    },
  });
  host = await serve(site, {
    headers: { "content-security-policy": hostPolicy(assets.origin) },
    routes: {
      "/article.html": { type: "text/html; charset=utf-8", body: HOST_PAGE(assets.origin) },
      "/host.css": { type: "text/css", body: HOST_CSS },
      "/story.html": { type: "text/html; charset=utf-8", body: STORY_PAGE(assets.origin) },
      "/story.css": { type: "text/css", body: STORY_CSS },
      "/solo.html": {
        type: "text/html; charset=utf-8",
        body: `<!doctype html><html><head><script type="module" src="${assets.origin}/widget.js"></script></head><body><claim-lens bundle="${assets.origin}/claimlens.bundle" view="figures"></claim-lens></body></html>`,
      },
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await assets?.close();
  await host?.close();
});

/// The article page; the default window is tall enough to show both widgets at the top (the
/// third sits below a spacer, out of sight).
async function openArticle(viewport = { width: 1280, height: 1500 }) {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const workers = [];
  page.on("worker", (w) => workers.push(w.url()));
  const violations = await recordViolations(page);
  await page.goto(`${host.origin}/article.html`);
  return { page, errors, violations, workers };
}

test("two widgets on different bundles search independently, with no CSP violation", async () => {
  const { page, errors, violations } = await openArticle();
  const belarus = page.locator("#belarus");
  const ferry = page.locator("#ferry");
  // The figures widget shows the demo story's conflict without any search engine.
  await ferry.locator(".claim.conflict", { hasText: "people rescued" }).first().waitFor();
  // Playwright's CSS locators reach into open shadow roots.
  await belarus.getByLabel("Search the coverage").fill("Kalesnikava");
  await belarus.locator(".passage-text", { hasText: "Kolesnikova" }).first().waitFor();
  // The other widget moved to its search and searched its own story only.
  await ferry.getByRole("link", { name: /^Search/ }).click();
  await ferry.getByLabel("Search the coverage").fill("Krevytsky");
  await ferry.locator(".passage-text", { hasText: "Krevytsky" }).first().waitFor();
  assert.equal(await belarus.locator(".passage-text", { hasText: "Krevytsky" }).count(), 0);
  assert.equal(await ferry.locator(".passage-text", { hasText: "Kolesnikova" }).count(), 0);
  assert.equal(await belarus.getByLabel("Search the coverage").inputValue(), "Kalesnikava");
  // Neither touched the host page's address or title.
  assert.equal(new URL(page.url()).hash, "");
  assert.equal(await page.title(), "Belarus frees prisoners: who said what");
  // Links inside a widget move that widget only: a result opens its article in the widget's
  // reader, then the figures.
  await belarus.locator(".passage .article-link").first().click();
  await belarus.locator(".reader h1").waitFor();
  assert.match(await belarus.locator("#claimlens-target").innerText(), /Kolesnikova|Kalesnikava/);
  await belarus.getByRole("link", { name: /^Figures/ }).click();
  await belarus.locator(".claim.conflict", { hasText: "prisoners released" }).first().waitFor();
  await ferry.locator(".passage-text", { hasText: "Krevytsky" }).first().waitFor();
  assert.equal(new URL(page.url()).hash, "");
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(), []);
  await page.close();
});

test("a widget on its own site's origin needs only the site's policy and starts a plain worker", async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const workers = [];
  page.on("worker", (w) => workers.push(w.url()));
  const violations = await recordViolations(page);
  await page.goto(`${assets.origin}/same-origin.html`);
  await page.locator("claim-lens .passage-text", { hasText: "Kolesnikova" }).first().waitFor();
  assert.deepEqual(workers, [`${assets.origin}/worker-loader.js`]);
  assert.deepEqual(await violations(), []);
  await page.close();
});

test("styles do not cross the shadow boundary either way; the host themes through custom properties", async () => {
  const { page } = await openArticle();
  const ferry = page.locator("#ferry");
  await ferry.locator(".claim.conflict").first().waitFor();
  const style = (locator, property) => locator.evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), property);
  // The host's `* { color: red !important }` and Comic Sans stop at the widget.
  const heading = ferry.locator("h1").first();
  assert.notEqual(await style(heading, "color"), "rgb(255, 0, 0)");
  assert.doesNotMatch(await style(heading, "font-family"), /Comic Sans/);
  assert.notEqual(await style(ferry.locator(".claim").first(), "border-top-width"), "9px");
  // The widget's .panel and .lede rules stay inside: the host's boxes keep the host's look.
  assert.equal(await style(page.locator("#host-panel"), "border-top-width"), "9px");
  assert.equal(await style(page.locator("#host-lede"), "color"), "rgb(255, 0, 0)");
  // The host's 10 px root font size (62.5%) does not shrink the widget: its sheet has no rem.
  assert.equal(await style(ferry.locator(".claimlens").first(), "font-size"), "16px");
  // --claimlens-accent and --claimlens-font, set by the host on one widget, theme that one only.
  const ferryTab = ferry.locator(".tab.current");
  assert.equal(await style(ferryTab, "border-bottom-color"), "rgb(200, 0, 100)");
  assert.match(await style(ferry.locator(".claimlens").first(), "font-family"), /Georgia/);
  const belarusTab = page.locator("#belarus .tab.current");
  await belarusTab.waitFor();
  assert.notEqual(await style(belarusTab, "border-bottom-color"), "rgb(200, 0, 100)");
  // height="520" bounds the widget, which scrolls inside.
  const box = await ferry.boundingBox();
  assert.ok(box.height <= 525 && box.height >= 515, `the ferry widget is ${box.height}px tall`);
  await page.close();
});

test("loading is lazy: nothing for a widget below the fold, no engine for a figures view", async () => {
  const { page, workers } = await openArticle();
  await page.locator("#ferry .claim").first().waitFor();
  await page.locator("#belarus .start").waitFor();
  assert.ok(!assets.stats.requests.some((r) => r.startsWith("/below/")), "the widget below the fold fetched nothing yet");
  // One worker: the search widget's. The figures widget has none until someone may search.
  assert.equal(workers.length, 1, `workers: ${workers.join(", ")}`);
  // Focus on a tab and a click inside a claim say nothing of search (issue 16): still no
  // worker, two frames after (time for the app to render and run its effects).
  await page.locator("#ferry .tab.current").focus();
  await page.locator("#ferry .claim summary").first().click();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(workers.length, 1, `workers after a click inside the figures: ${workers.join(", ")}`);
  // The search view does.
  const started = page.waitForEvent("worker");
  await page.locator("#ferry .tab", { hasText: "Search" }).click();
  const ferryWorker = await started;
  assert.equal(workers.length, 2);
  // A widget taken off the page stops its worker.
  const closed = new Promise((done) => ferryWorker.on("close", done));
  await page.locator("#ferry").evaluate((e) => e.remove());
  await closed;
  await page.locator("#below").scrollIntoViewIfNeeded();
  await page.locator("#below .claim").first().waitFor();
  assert.ok(assets.stats.requests.some((r) => r.startsWith("/below/")));
  await page.close();
});

test("attributes changed after mount move the widget", async () => {
  const { page } = await openArticle();
  const ferry = page.locator("#ferry");
  await ferry.locator(".claim").first().waitFor();
  await ferry.evaluate((e) => {
    e.setAttribute("query", "Krevytsky");
    e.setAttribute("view", "search");
  });
  await ferry.locator(".passage-text", { hasText: "Krevytsky" }).first().waitFor();
  await ferry.evaluate((e) => e.setAttribute("view", "speakers"));
  await ferry.locator("h1", { hasText: "Speakers" }).waitFor();
  // Another bundle: the widget starts over on the other story.
  await ferry.evaluate((e, url) => e.setAttribute("bundle", url), `${assets.origin}/claimlens.bundle`);
  await ferry.locator(".story-title").first().waitFor();
  await ferry.getByRole("link", { name: /John Coale/ }).first().waitFor();
  await page.close();
});

test("figures: first paint and first search of a widget, and the bytes before each", async () => {
  // One widget alone on a page, in a fresh context (an empty cache), so that the bytes are its
  // own. Bytes are counted where they are sent, by the asset server (worker fetches included),
  // as served: brotli where the browser accepts it.
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const start = assets.stats.sent;
  await page.goto(`${host.origin}/solo.html`);
  await page.locator("claim-lens .claim").first().waitFor();
  const paint = await page.evaluate(() => performance.now());
  const paintBytes = assets.stats.sent - start;
  const typed = await page.evaluate(() => performance.now());
  await page.locator("claim-lens .tab", { hasText: "Search" }).click();
  await page.locator("claim-lens").getByLabel("Search the coverage").fill("Coale");
  await page.locator("claim-lens .passage").first().waitFor();
  const result = await page.evaluate(() => performance.now());
  const resultBytes = assets.stats.sent - start;
  console.log(`widget, figures view: first paint ${paint.toFixed(0)} ms after navigation; ${paintBytes} bytes fetched before it`);
  console.log(`widget, first search: first result ${(result - typed).toFixed(0)} ms after opening the search view (engine started then); ${resultBytes} bytes fetched before it`);
  // The engine (the worker's 1.6 MB of wasm) came only with the search.
  assert.ok(resultBytes - paintBytes > 300_000, `${resultBytes - paintBytes} bytes for the search`);
  await page.close();
});

test("screenshots of a widget in a news article at desktop and phone widths", { skip: !process.env.WIDGET_SCREENSHOTS }, async () => {
  for (const [name, viewport] of [["desktop", { width: 1280, height: 1100 }], ["phone", { width: 390, height: 1250 }]]) {
    const page = await browser.newPage({ viewport });
    page.setDefaultTimeout(TIMEOUT);
    const violations = await recordViolations(page);
    await page.goto(`${host.origin}/story.html`);
    await page.locator("claim-lens .claim.conflict").first().waitFor();
    await page.screenshot({ path: join(process.env.WIDGET_SCREENSHOTS, `widget-${name}.png`) });
    assert.deepEqual(await violations(), []);
    await page.close();
  }
});
