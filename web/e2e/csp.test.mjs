// web/e2e/csp.test.mjs: the hosted site under the strict Content-Security-Policy of issue 5,
// sent as a header by the test's server, with every violation recorded; and the iframe mode
// (index.html?embed=1) inside a host page on another loopback port, reporting its height.
//
//   CLAIMLENS_SITE=/tmp/site node --test web/e2e/csp.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT, launch, recordViolations, serve } from "./support.mjs";

/// The policy README's "Embed it" documents for the hosted site.
const SITE_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const site = process.env.CLAIMLENS_SITE;
let browser;
let explorer;
let host;

before(async () => {
  assert.ok(site, "set CLAIMLENS_SITE to the built site's folder");
  explorer = await serve(site, { headers: { "content-security-policy": SITE_POLICY }, brotli: true });
  // An article page embedding the explorer in an iframe; its script is a file, as its own
  // policy (no inline script) demands: it sizes the iframe from the explorer's messages.
  const hostPolicy = `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${explorer.origin}`;
  host = await serve(site, {
    headers: { "content-security-policy": hostPolicy },
    routes: {
      "/article.html": {
        type: "text/html; charset=utf-8",
        body: `<!doctype html><html><head><title>Article</title><script src="/resize.js" defer></script></head>
<body><h1>An article</h1><p>Text before the explorer.</p>
<iframe id="explorer" title="claimlens: who said what" src="${explorer.origin}/index.html?embed=1#/figures" width="100%" height="200" loading="lazy"></iframe>
<p>Text after it.</p></body></html>`,
      },
      "/resize.js": {
        type: "text/javascript",
        body: `window.__heights = [];
addEventListener("message", (event) => {
  const frame = document.getElementById("explorer");
  if (event.origin !== ${JSON.stringify(explorer.origin)} || event.source !== frame.contentWindow) return;
  if (event.data && event.data.type === "claimlens:height") {
    window.__heights.push(event.data.height);
    frame.style.height = event.data.height + "px";
  }
});`,
      },
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await explorer?.close();
  await host?.close();
});

async function open(url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const violations = await recordViolations(page);
  await page.goto(url);
  return { page, errors, violations };
}

test("under the strict policy the site searches, shows figures, speakers and articles, with no violation", async () => {
  const { page, errors, violations } = await open(`${explorer.origin}/`);
  await page.getByLabel("Search the coverage").fill("Kalesnikava");
  await page.locator(".passage-text", { hasText: "Kolesnikova" }).first().waitFor();
  await page.locator(".passage .article-link").first().click();
  await page.locator(".reader h1").waitFor();
  await page.getByRole("link", { name: /^Figures/ }).click();
  await page.locator(".claim.conflict", { hasText: "prisoners released" }).first().waitFor();
  await page.getByRole("link", { name: /^Speakers/ }).click();
  await page.getByRole("link", { name: /John Coale/ }).first().click();
  await page.locator("h1", { hasText: "John Coale" }).waitFor();
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(), []);
  await page.close();
});

test("the policy is really enforced: an inline script is refused and reported", async () => {
  const { page, violations } = await open(`${explorer.origin}/`);
  await page.locator(".start").waitFor();
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__ran = true";
    document.body.append(script);
  });
  await page.waitForFunction(() => window.__violations.length > 0);
  assert.equal(await page.evaluate(() => window.__ran ?? false), false);
  assert.ok((await violations()).some((v) => /script-src/.test(v)));
  await page.close();
});

test("in an iframe (?embed=1) the explorer is compact and tells the host page its height", async () => {
  const { page, errors, violations } = await open(`${host.origin}/article.html`);
  const frame = page.frameLocator("#explorer");
  await frame.locator(".claim.conflict", { hasText: "prisoners released" }).first().waitFor();
  await frame.locator(".claimlens.compact").waitFor();
  assert.equal(await frame.locator(".footer").isVisible(), false, "no footer in the compact layout");
  // The figures view is taller than the iframe's first 200 px: the host hears so and resizes.
  await page.waitForFunction(() => window.__heights.length > 0 && window.__heights.at(-1) > 400);
  const reported = await page.evaluate(() => window.__heights.at(-1));
  const box = await page.locator("#explorer").boundingBox();
  assert.ok(Math.abs(box.height - reported) <= 4, `iframe ${box.height}px, reported ${reported}px`);
  // Its contents' height changes when the view does, and the host hears that too.
  const before = reported;
  await frame.getByRole("link", { name: /^Speakers/ }).click();
  await frame.locator("h1", { hasText: "Speakers" }).waitFor();
  await page.waitForFunction((b) => window.__heights.at(-1) !== b, before);
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(), []);
  await page.close();
});
