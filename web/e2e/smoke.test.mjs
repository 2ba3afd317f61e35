// web/e2e/smoke.test.mjs: end-to-end smoke tests of the built explorer in real headless Chromium.
// Self-contained: serves SITE (a folder holding the built page and claimlens.bundle) on a free
// loopback port, starts Chromium with a fresh profile, waits for conditions, never sleeps.
// Needs npm's playwright-core (package.json) and Debian's chromium; downloads nothing.
//
//   CLAIMLENS_SITE=/tmp/site node --test web/e2e/
//
// CHROMIUM overrides the browser path (default /usr/bin/chromium).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { chromium } from "playwright-core";

const site = process.env.CLAIMLENS_SITE;
const TIMEOUT = 20_000;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".bundle": "application/octet-stream",
};

let server;
let base;
let browser;

/// Serves the site, plus two broken bundles made from the real one for the failure tests.
async function serve(root) {
  const real = await readFile(join(root, "claimlens.bundle"));
  const corrupt = Buffer.from(real);
  corrupt[corrupt.length - 1] ^= 0xff;
  const srv = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let body;
    const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
    if (path === "/corrupt.bundle") {
      body = corrupt;
    } else {
      if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
        res.writeHead(403).end();
        return;
      }
      try {
        body = await readFile(file);
      } catch {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "content-length": body.length });
    res.end(body);
  });
  await new Promise((resolve) => srv.listen(0, "127.0.0.1", resolve));
  return srv;
}

before(async () => {
  assert.ok(site, "set CLAIMLENS_SITE to the built site's folder");
  server = await serve(site);
  base = `http://127.0.0.1:${server.address().port}/`;
  // Playwright gives each launch a fresh temporary profile of its own.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function open(path = "") {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(base + path);
  return { page, errors };
}

test("typing Kalesnikava finds passages spelled Kolesnikova", async () => {
  const { page, errors } = await open();
  await page.getByLabel("Search the coverage").fill("Kalesnikava");
  await page.locator(".passage-text", { hasText: "Kolesnikova" }).first().waitFor();
  // The address bar catches up once typing pauses (web/src/hooks/use_route_sync.rs).
  await page.waitForURL(/#\/search\?q=Kalesnikava$/, { timeout: 5000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the figures view shows 123 against 156, with Coale holding 156", async () => {
  const { page } = await open("#/figures");
  const claim = page.locator(".claim.conflict", { hasText: "prisoners released" }).first();
  await claim.waitFor();
  const v156 = claim.locator(".value", { has: page.locator(".value-label", { hasText: /^156$/ }) });
  await v156.locator(".holder", { hasText: "Coale" }).first().waitFor();
  await claim.locator(".value-label", { hasText: /^123$/ }).waitFor();
  await page.close();
});

test("a shared link restores the same view", async () => {
  const { page } = await open("#/speakers/john-coale");
  await page.locator("h1", { hasText: "John Coale" }).waitFor();
  await page.close();
});

test("Tsikhanouskaya's speaker page shows her statements from at least three outlets", async () => {
  const { page } = await open("#/speakers");
  // Reach her page the way a reader would: from the speakers list, by her most common spelling.
  await page.getByRole("link", { name: /Sviatlana Tsikhanouskaya/ }).first().click();
  await page.locator("h1", { hasText: "Sviatlana Tsikhanouskaya" }).waitFor();
  await page.locator(".statement .version").first().waitFor();
  const outlets = new Set(await page.locator(".statement .version .outlet").allInnerTexts());
  assert.ok(outlets.size >= 3, `statements from ${[...outlets].join(", ")}`);
  await page.close();
});

test("a corrupt bundle shows a message for a person", async () => {
  const { page } = await open("?bundle=corrupt.bundle");
  const alert = page.getByRole("alert");
  await alert.getByText("The story could not be loaded").waitFor();
  assert.match(await alert.innerText(), /corrupted/);
  await page.close();
});

test("a missing bundle says where the explorer looked", async () => {
  const { page } = await open("?bundle=nowhere.bundle");
  const alert = page.getByRole("alert");
  await alert.getByText(/no story at nowhere\.bundle/).waitFor();
  await page.close();
});

test("back and forward move between views", async () => {
  const { page } = await open("#/figures");
  await page.locator("h1", { hasText: "Figures" }).waitFor();
  await page.getByRole("link", { name: /^Speakers/ }).click();
  await page.locator("h1", { hasText: "Speakers" }).waitFor();
  await page.goBack();
  await page.locator("h1", { hasText: "Figures" }).waitFor();
  await page.goForward();
  await page.locator("h1", { hasText: "Speakers" }).waitFor();
  await page.close();
});

test("the keyboard alone reaches a result and the article behind it", async () => {
  const { page } = await open();
  await page.locator(".start").waitFor();
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? "");
  for (let i = 0; i < 10 && (await focusedId()) !== "claimlens-search-input"; i++) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await focusedId(), "claimlens-search-input");
  await page.keyboard.type("Coale");
  const link = page.locator(".passage .article-link").first();
  await link.waitFor();
  // From the box, Tab walks on through the tips and the results to the first article link.
  for (let i = 0; i < 20 && !(await link.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  assert.ok(await link.evaluate((a) => a === document.activeElement), "Tab reaches the first result");
  await page.keyboard.press("Enter");
  await page.locator(".reader h1").waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "claimlens-target");
  assert.match(await page.locator("#claimlens-target").innerText(), /Coale/);
  await page.close();
});

test("a browser without WebAssembly is told so in words", async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  await page.goto(base);
  await page.getByRole("alert").getByText("This browser cannot run the explorer").waitFor();
  await page.close();
});

test("a page whose program cannot load says so", async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.route(/claimlens-web-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
  await page.goto(base);
  await page.getByRole("alert").getByText("The explorer could not start").waitFor();
  await page.close();
});

test("without the search worker, search says so and the other views still work", async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.route(/claimlens-worker_bg\.wasm$/, (route) => route.abort());
  await page.goto(base + "#/search?q=Coale");
  await page.getByRole("status").getByText(/Search is unavailable/).waitFor();
  await page.getByRole("link", { name: /^Figures/ }).click();
  await page.locator(".claim").first().waitFor();
  await page.close();
});
