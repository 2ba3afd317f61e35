// web/e2e/offline.test.mjs: offline revisits (issue 5): after one visit to the hosted site, its
// service worker (web/sw.js) has stored the explorer and the bundle, so that with the server
// gone the page opens again and searches. The server is really stopped (connections refused),
// rather than the browser told it is offline, so that the service worker's own fetches fail too.
//
//   CLAIMLENS_SITE=/tmp/site node --test web/e2e/offline.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT, launch, serve } from "./support.mjs";

const site = process.env.CLAIMLENS_SITE;
let browser;

before(async () => {
  assert.ok(site, "set CLAIMLENS_SITE to the built site's folder");
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/// Stops the server and drops its open connections: from now on, connections are refused.
async function stop(server) {
  const closed = server.close();
  server.server.closeAllConnections();
  await closed;
}

test("a reader who opened the site once can open it and search again with the server gone", async () => {
  const server = await serve(site, {
    brotli: true,
    headers: { "content-security-policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" },
  });
  const context = await browser.newContext();
  const first = await context.newPage();
  first.setDefaultTimeout(TIMEOUT);
  await first.goto(`${server.origin}/#/figures`);
  await first.locator(".claim").first().waitFor();
  // Installed means everything is stored (install waits for the whole cache to fill).
  await first.evaluate(() => navigator.serviceWorker.ready);
  await first.close();
  await stop(server);

  const again = await context.newPage();
  again.setDefaultTimeout(TIMEOUT);
  await again.goto(`${server.origin}/#/search?q=Kalesnikava`);
  await again.locator(".passage-text", { hasText: "Kolesnikova" }).first().waitFor();
  await again.getByRole("link", { name: /^Figures/ }).click();
  await again.locator(".claim.conflict", { hasText: "prisoners released" }).first().waitFor();
  await context.close();
});

test("without the service worker the same revisit fails (the test above depends on it)", async () => {
  const server = await serve(site);
  const context = await browser.newContext({ serviceWorkers: "block" });
  const first = await context.newPage();
  await first.goto(`${server.origin}/`);
  await first.locator(".start").waitFor({ timeout: TIMEOUT });
  await first.close();
  await stop(server);
  const again = await context.newPage();
  await assert.rejects(again.goto(`${server.origin}/`));
  await context.close();
});
