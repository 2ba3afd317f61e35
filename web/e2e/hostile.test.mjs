// web/e2e/hostile.test.mjs: the explorer in real Chromium against hostile input (issue 7).
// 1. Broken bundles served in place of the site's claimlens.bundle (truncated, corrupted,
//    empty, another version, 404, an HTML page, one too large for memory): each must end in one
//    specific message for a person, with no panic and a tab that still answers.
// 2. Articles whose text carries markup, script, javascript: links and bidi or zero-width
//    characters (tests/data/hostile): every view must show them as inert text.
//
//   CLAIMLENS_SITE=/tmp/site [CLAIMLENS_HOSTILE_SITE=/tmp/hostile-site] node --test web/e2e/hostile.test.mjs
//
// Without CLAIMLENS_HOSTILE_SITE the hostile corpus is built now with the claimlens CLI.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const site = process.env.CLAIMLENS_SITE;
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TIMEOUT = 20_000;
let browser;
let bundles;
let hostileBuild;

/// How long a tab may take to run a trivial script before it counts as frozen.
const RESPONSIVE_MS = 5_000;

/// A bundle part's header (crates/claimlens-bundle/src/lib.rs): magic, version u32 at 8, part u32
/// at 12, CRC-32 at 16, body length u64 at 20, all little-endian.
function withVersion(bundle, version) {
  const out = Buffer.from(bundle);
  out.writeUInt32LE(version, 8);
  return out;
}

function withDeclaredLength(bundle, length) {
  const out = Buffer.from(bundle.subarray(0, 28));
  out.writeBigUInt64LE(BigInt(length), 20);
  return out;
}

/// Serves the site under /CASE/ for each case, answering /CASE/claimlens.bundle as the case
/// requires: every case gets the real page, worker and styles, and only the bundle differs.
async function serveCases(root) {
  const real = await readFile(join(root, "claimlens.bundle"));
  const corrupted = Buffer.from(real);
  corrupted[Math.floor(corrupted.length / 2)] ^= 0x01;
  const hanging = new Set();
  const cases = {
    truncated: (res) => send(res, real.subarray(0, Math.floor(real.length * 0.6))),
    corrupted: (res) => send(res, corrupted),
    empty: (res) => send(res, Buffer.alloc(0)),
    version: (res) => send(res, withVersion(real, 99)),
    missing: (res) => res.writeHead(404, { "content-type": "text/plain" }).end("not found"),
    html: (res) =>
      send(res, Buffer.from("<!DOCTYPE html>\n<html><head><title>Welcome</title></head><body><h1>Our new site</h1></body></html>\n"), "text/html; charset=utf-8"),
    // A server announcing 8 GB: the explorer must refuse before reading (or allocating) it.
    // The body starts and then stalls, as a real download of that size would for a while.
    "huge-content-length": (res) => {
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(8e9) });
      res.write(real.subarray(0, 64 * 1024));
      hanging.add(res);
    },
    // No Content-Length (chunked), and a header declaring a 6 GB bundle: the explorer must stop
    // at the header, not wait for (or buffer) what follows.
    "huge-declared-length": (res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write(withDeclaredLength(real, 6e9 - 28));
      res.write(real.subarray(28, 64 * 1024));
      hanging.add(res);
    },
  };
  // The parts after the head, broken one at a time: the head is whole, so the story shows, and
  // the part's failure is said where it is needed.
  const texts = await readFile(join(root, "claimlens.texts.bundle"));
  const index = await readFile(join(root, "claimlens.index.bundle"));
  const flipped = (bytes) => {
    const out = Buffer.from(bytes);
    out[out.length - 5] ^= 0x01;
    return out;
  };
  const partCases = {
    "texts-missing": ["claimlens.texts.bundle", (res) => res.writeHead(404, { "content-type": "text/plain" }).end("not found")],
    "texts-corrupted": ["claimlens.texts.bundle", (res) => send(res, flipped(texts))],
    "index-missing": ["claimlens.index.bundle", (res) => res.writeHead(404, { "content-type": "text/plain" }).end("not found")],
    "index-truncated": ["claimlens.index.bundle", (res) => send(res, index.subarray(0, Math.floor(index.length / 2)))],
    "index-corrupted": ["claimlens.index.bundle", (res) => send(res, flipped(index))],
  };
  return listen((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const [, name, ...rest] = path.split("/");
    if (Object.hasOwn(cases, name) && rest.join("/") === "claimlens.bundle") {
      cases[name](res);
      return;
    }
    if (Object.hasOwn(partCases, name) && rest.join("/") === partCases[name][0]) {
      partCases[name][1](res);
      return;
    }
    // Everything else is the real site's.
    const known = Object.hasOwn(cases, name) || Object.hasOwn(partCases, name);
    sendFile(root, known ? "/" + rest.join("/") : path, res);
  }, hanging);
}

/// Serves the folder `root` as it is.
function serveSite(root) {
  return listen((req, res) => sendFile(root, decodeURIComponent(new URL(req.url, "http://x").pathname), res));
}

async function listen(handler, hanging = new Set()) {
  const server = createServer(handler);
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: async () => {
      for (const res of hanging) {
        res.destroy();
      }
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

async function sendFile(root, path, res) {
  const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
  if (!file.startsWith(normalize(root) + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    send(res, await readFile(file), TYPES[extname(file)]);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}

function send(res, body, type = "application/octet-stream") {
  res.writeHead(200, { "content-type": type, "content-length": body.length });
  res.end(body);
}

/// The hostile corpus's site: CLAIMLENS_HOSTILE_SITE, or built now with the claimlens CLI
/// (CLAIMLENS_BIN, or `cargo run`: the binary carries the explorer Trunk last built).
async function hostileSite() {
  if (process.env.CLAIMLENS_HOSTILE_SITE) {
    return { dir: process.env.CLAIMLENS_HOSTILE_SITE, remove: async () => {} };
  }
  const tmp = await mkdtemp(join(tmpdir(), "claimlens-hostile-"));
  const out = join(tmp, "site");
  const bin = process.env.CLAIMLENS_BIN;
  const [command, args] = bin
    ? [bin, ["build", "tests/data/hostile", "--out", out]]
    : ["cargo", ["run", "-q", "--bin", "claimlens", "--", "build", "tests/data/hostile", "--out", out]];
  execFileSync(command, args, { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
  return { dir: out, remove: () => rm(tmp, { recursive: true, force: true }) };
}

before(async () => {
  assert.ok(site, "set CLAIMLENS_SITE to the built site's folder");
  bundles = await serveCases(site);
  // Playwright gives each launch a fresh temporary profile of its own.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  await bundles?.close();
  await hostileBuild?.remove();
});

/// A page that records what would show a crash: uncaught errors, and console lines from the
/// page or its worker that name a Rust panic or a wasm trap.
async function open(url) {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const crashes = [];
  const dialogs = [];
  const fatal = /panicked|RuntimeError|unreachable|out of bounds|memory allocation/i;
  page.on("pageerror", (e) => crashes.push(`pageerror: ${e.message}`));
  const onConsole = (m) => {
    if (fatal.test(m.text())) {
      crashes.push(`console.${m.type()}: ${m.text()}`);
    }
  };
  page.on("console", onConsole);
  page.on("worker", (w) => w.on("console", onConsole));
  page.on("crash", () => crashes.push("the renderer crashed"));
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  await page.goto(url);
  return { page, crashes, dialogs };
}

/// The tab still runs scripts: a frozen main thread would never answer.
async function assertResponsive(page) {
  let timer;
  const answer = await Promise.race([
    page.evaluate(() => 6 * 7),
    new Promise((done) => (timer = setTimeout(() => done("no answer"), RESPONSIVE_MS))),
  ]);
  clearTimeout(timer);
  assert.equal(answer, 42, `the tab did not answer a script within ${RESPONSIVE_MS} ms`);
}

const BROKEN = [
  ["truncated", "a truncated bundle", /the bundle is truncated: expected \d+ bytes, found \d+/],
  ["corrupted", "a bundle with one byte flipped", /the bundle is corrupted \(checksum mismatch\)/],
  ["empty", "an empty bundle", /the bundle is empty/],
  ["version", "a bundle of another format version", /format version 99, but this claimlens reads version \d+/],
  ["missing", "a bundle URL that answers 404", /There is no story at claimlens\.bundle: the server answered 404/],
  ["html", "an HTML page served with status 200", /this is an HTML page, not a claimlens bundle/],
  ["huge-content-length", "a download announced as 8 GB", /too large for the explorer to open in a browser: it is 8\.0 GB, and the explorer opens bundles of up to 500 MB/],
  ["huge-declared-length", "a bundle whose header declares 6 GB", /too large for the explorer to open in a browser: it is 6\.0 GB/],
];

for (const [name, what, message] of BROKEN) {
  test(`${what} ends in one clear message, no panic, a live tab`, async () => {
    const { page, crashes, dialogs } = await open(`${bundles.origin}/${name}/`);
    const alert = page.getByRole("alert");
    await alert.getByText("The story could not be loaded").waitFor();
    assert.equal(await alert.count(), 1, "exactly one failure panel");
    assert.match(await alert.locator(".failure-message").innerText(), message);
    assert.equal(await page.locator(".claimlens .progress, progress").count(), 0, "no download still shown as running");
    await assertResponsive(page);
    assert.deepEqual(crashes, []);
    assert.deepEqual(dialogs, []);
    await page.close();
  });
}

/// A part after the head that is missing or damaged: the figures still show; a search says
/// search is unavailable and why, naming the part; a missing or damaged texts part is also said
/// once above the view.
const BROKEN_PARTS = [
  ["texts-missing", "a texts part that answers 404", /article texts could not be loaded\. There is no story at claimlens\.texts\.bundle: the server answered 404/, true],
  ["texts-corrupted", "a texts part with one byte flipped", /article texts could not be loaded\. The file at claimlens\.texts\.bundle cannot be read: the bundle is corrupted \(checksum mismatch\)/, true],
  ["index-missing", "an index part that answers 404", /search index could not be loaded\. There is no story at claimlens\.index\.bundle: the server answered 404/, false],
  ["index-truncated", "a truncated index part", /could not open the story: the bundle is truncated: expected \d+ bytes, found \d+/, false],
  ["index-corrupted", "an index part with one byte flipped", /could not open the story: the bundle is corrupted \(checksum mismatch\)/, false],
];

for (const [name, what, message, banner] of BROKEN_PARTS) {
  test(`${what} leaves the figures and says why search is unavailable`, async () => {
    const { page, crashes, dialogs } = await open(`${bundles.origin}/${name}/#/figures`);
    await page.locator(".claim").first().waitFor();
    await page.getByRole("link", { name: /^Search/ }).click();
    await page.getByLabel("Search the coverage").fill("Kalesnikava");
    const status = page.getByRole("status").filter({ hasText: "Search is unavailable" });
    await status.waitFor();
    assert.match(await status.innerText(), message);
    assert.equal(await page.locator(".texts-failure").count(), banner ? 1 : 0);
    if (banner) {
      assert.match(await page.locator(".texts-failure").innerText(), message);
    }
    await assertResponsive(page);
    assert.deepEqual(crashes, []);
    assert.deepEqual(dialogs, []);
    await page.close();
  });
}

/// What a page must never show after rendering hostile text: code that ran, a dialog, an element
/// the text made, a live javascript: link, an inline handler.
async function assertInert(page, dialogs, crashes, where) {
  assert.equal(await page.evaluate(() => typeof window.__pwned), "undefined", `script ran in ${where}`);
  assert.deepEqual(dialogs, [], `dialog in ${where}`);
  assert.deepEqual(crashes, [], `crash in ${where}`);
  const made = await page.evaluate(() => {
    const root = document.getElementById("claimlens");
    const out = [];
    // Kinds of element the explorer never makes (but for its one search form and a claim's
    // timeline drawing), so any of them came from the text. Elements it does make (details, a,
    // b...) are caught by their attributes.
    const own = ":not(form.search-box):not(figure.timeline > svg)";
    const kinds = "script, img, iframe, object, embed, svg, math, style, link, form, video, audio, source, base, meta, frame, template";
    for (const el of root.querySelectorAll(kinds.split(", ").map((k) => k + own).join(", "))) {
      out.push(el.outerHTML.slice(0, 120));
    }
    for (const el of root.querySelectorAll("*")) {
      for (const attr of el.getAttributeNames()) {
        if (/^on/i.test(attr) || /^\s*(javascript|data|vbscript):/i.test(el.getAttribute(attr) ?? "")) {
          out.push(`${el.tagName.toLowerCase()} ${attr}="${el.getAttribute(attr)}"`);
        }
      }
      if (el.tagName === "A" && el.hasAttribute("href") && !/^(#\/|https?:\/\/)/.test(el.getAttribute("href"))) {
        out.push(`a href="${el.getAttribute("href")}"`);
      }
    }
    return out;
  });
  assert.deepEqual(made, [], `elements or attributes made from article text in ${where}`);
}

/// The root's text, which must hold the markup as written.
// The explorer's text as a reader sees it, without the "Cite" and "Link" after each quote and
// figure in running text: those are the explorer's controls, not the article's words.
const rootText = (page) => page.locator("#claimlens").evaluate((root) => {
  const controls = [...root.querySelectorAll(".cite.compact")];
  for (const c of controls) c.style.display = "none";
  const text = root.innerText;
  for (const c of controls) c.style.display = "";
  return text;
});

test("hostile article text renders as inert text in every view", async (t) => {
  hostileBuild = await hostileSite();
  const served = await serveSite(hostileBuild.dir);
  t.after(() => served.close());
  const visit = async (hash, ready) => {
    const { page, crashes, dialogs } = await open(`${served.origin}/${hash}`);
    await ready(page);
    return { page, crashes, dialogs };
  };

  // Search for words that only occur inside the markup: the passages holding it come back.
  for (const query of ["pwned", "onerror", "script", "iframe javascript"]) {
    const { page, crashes, dialogs } = await visit(`#/search?q=${encodeURIComponent(query)}`, (p) => p.locator(".passage").first().waitFor());
    const text = await rootText(page);
    assert.ok(text.includes("window.__pwned="), `the search for ${query} shows the markup as text`);
    await assertInert(page, dialogs, crashes, `search ${query}`);
    await page.close();
  }

  // Markup in the address: as a query (shown back in the box, the filters and the tab's title)
  // and as an article id (named in the "no such article" message).
  {
    const query = '<img src=x onerror="window.__pwned=98">';
    const { page, crashes, dialogs } = await visit(`#/search?q=${encodeURIComponent(query)}`, (p) => p.getByRole("status").getByText(/match/).waitFor());
    assert.equal(await page.getByLabel("Search the coverage").inputValue(), query);
    assert.ok((await page.title()).includes(query), "the title names the query as text");
    await assertInert(page, dialogs, crashes, "a query of markup");
    await page.close();
  }
  {
    const id = '<svg onload="window.__pwned=97">';
    const { page, crashes, dialogs } = await visit(`#/read/${encodeURIComponent(id)}`, (p) => p.getByText(/has no article/).waitFor());
    assert.ok((await rootText(page)).includes(id), "the missing article is named as text");
    await assertInert(page, dialogs, crashes, "an article id of markup");
    await page.close();
  }

  // The reader: the article in full, its title, outlet and author from the front matter.
  {
    const { page, crashes, dialogs } = await visit("#/read/01-harbour-vote.md", (p) => p.locator(".reader .article-text p:not(.loading-text)").first().waitFor());
    const text = await rootText(page);
    for (const literal of [
      "<script>window.__pwned=1</script>Harbour council votes",
      "The Ledger <img src=x onerror=\"window.__pwned=2\">",
      "<script>window.__pwned=5;alert(5)</script>",
      "<img src=x onerror=\"window.__pwned=6;alert(6)\">",
      "[the council site](javascript:window.__pwned=7)",
      "<iframe src=\"javascript:window.__pwned=9\"></iframe>",
    ]) {
      assert.ok(text.includes(literal), `the reader shows ${literal} as text`);
    }
    // The front matter's url is javascript:, so there is no "Original article" link at all.
    assert.equal(await page.getByRole("link", { name: "Original article" }).count(), 0);
    assert.match(await page.title(), /<script>window.__pwned=1<\/script>Harbour/);
    await assertInert(page, dialogs, crashes, "the reader");
    await page.close();
  }
  for (const id of ["02-wire-report.txt", "03-fishers.json"]) {
    const { page, crashes, dialogs } = await visit(`#/read/${id}`, (p) => p.locator(".reader .article-text p:not(.loading-text)").first().waitFor());
    assert.match(await rootText(page), /window\.__pwned=(10|15)/);
    assert.equal(await page.getByRole("link", { name: "Original article" }).count(), 0);
    await assertInert(page, dialogs, crashes, `the reader of ${id}`);
    await page.close();
  }

  // Bidi: "Anton Brask" is followed by an override (U+202E) that the article never closes. It
  // may turn the rest of its own sentence around, as it would anywhere, but not the quotation
  // after it, whose words must still read left to right: each quote is isolated.
  {
    const { page, crashes, dialogs } = await visit("#/read/02-wire-report.txt", (p) => p.locator(".reader .article-text p:not(.loading-text)").first().waitFor());
    const order = await page.evaluate(() => {
      const q = [...document.querySelectorAll("#claimlens q")].find((q) => q.textContent.includes("We count"));
      const node = document.createTreeWalker(q, NodeFilter.SHOW_TEXT);
      while (node.nextNode() && !node.currentNode.data.includes("We count")) {}
      const at = (word) => {
        const range = document.createRange();
        const from = node.currentNode.data.indexOf(word);
        range.setStart(node.currentNode, from);
        range.setEnd(node.currentNode, from + word.length);
        return range.getBoundingClientRect();
      };
      const [we, count] = [at("We"), at("count")];
      return { sameLine: Math.abs(we.top - count.top) < 2, leftToRight: we.left < count.left };
    });
    assert.deepEqual(order, { sameLine: true, leftToRight: true }, "the quote after an unclosed override reads left to right");
    await assertInert(page, dialogs, crashes, "the reader of a bidi text");
    await page.close();
  }

  // Speakers: the list, and a speaker whose quotes carry markup.
  {
    const { page, crashes, dialogs } = await visit("#/speakers", (p) => p.locator("h1", { hasText: "Speakers" }).waitFor());
    await page.getByRole("link", { name: /Orla Fenn/ }).first().click();
    await page.locator("h1", { hasText: "Orla Fenn" }).waitFor();
    await page.locator(".statement").first().waitFor();
    assert.ok((await rootText(page)).includes('<a href="javascript:window.__pwned=20">Ask them</a>'));
    await assertInert(page, dialogs, crashes, "the speaker page");
    await page.close();
  }

  // Figures: the claims and the sentences behind them.
  {
    const { page, crashes, dialogs } = await visit("#/figures", (p) => p.locator(".claim").first().waitFor());
    await assertInert(page, dialogs, crashes, "the figures");
    await page.locator(".claim h2 a").first().click();
    await page.locator(".claim").first().waitFor();
    await assertInert(page, dialogs, crashes, "a claim");
    await page.close();
  }
});
