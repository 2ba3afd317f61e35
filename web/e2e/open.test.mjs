// web/e2e/open.test.mjs: #/open (issue 18) in real Chromium against the built site under the
// site's strict policy: the five Belarus reports and a binary file chosen in the file input are
// read, analysed and indexed in the page's worker; the binary file is listed as left out while
// the story opens on its figures (123 vs 156, Coale holding 156) and search finds Kolesnikova
// as "Kalesnikava". The bundle the page builds gives the analysis the CLI gave for the same
// files (the site served here: tests/run builds it from the corpus's folder, by file name, as
// the page names them): the same four export tables, the same article texts byte for byte, the
// same search answers (read back by the CLI from both bundles). The index's bytes are not
// compared: tantivy's term dictionary (tantivy-fst's node registry hashes into a `usize`)
// comes out a few bytes different on 32-bit wasm for the same terms. The single file the page
// saves opens from file:// offline with the same findings. No request leaves the site, none is other than GET, and a visit to a built
// story never fetches the #/open worker.
//
//   CLAIMLENS_OPEN_SITE=/tmp/open-site node --test web/e2e/open.test.mjs
//
// CLAIMLENS_OPEN_SITE must be built inside ../shared/corpus/belarus-2025-12 from its files by
// name (`claimlens build 000_*.txt … --out SITE`), so that article ids and paths are the names.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO, TIMEOUT, launch, recordViolations, serve } from "./support.mjs";

const SITE_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const CORPUS = join(REPO, "..", "shared", "corpus", "belarus-2025-12");
const site = process.env.CLAIMLENS_OPEN_SITE;
const PARTS = ["claimlens.bundle", "claimlens.texts.bundle", "claimlens.index.bundle"];

/// What the CLI (CLAIMLENS_BIN, else `cargo run`) prints for `args`.
function claimlens(args) {
  const bin = process.env.CLAIMLENS_BIN;
  const [command, all] = bin ? [bin, args] : ["cargo", ["run", "-q", "--bin", "claimlens", "--", ...args]];
  return execFileSync(command, all, { cwd: REPO, encoding: "utf8", maxBuffer: 64 << 20 });
}

/// The analysis as the CLI reads it back from a bundle: its four tables and a few searches.
function readBack(bundle) {
  const tables = ["figures", "quotes", "claims", "speakers"].map((t) => claimlens(["export", "--table", t, "--format", "json", bundle]));
  const searches = ["Kalesnikava", "Coale", "\"political prisoners\"", "released -Lukashenko"].map((q) => claimlens(["search", bundle, q, "--format", "json"]));
  return { tables, searches };
}
let browser;
let server;
let files;
let reports;
let scratch;

before(async () => {
  assert.ok(site, "set CLAIMLENS_OPEN_SITE to a site built from the Belarus reports by file name");
  server = await serve(site, { headers: { "content-security-policy": SITE_POLICY } });
  browser = await launch();
  scratch = await mkdtemp(join(tmpdir(), "claimlens-open-"));
  // A binary file among the articles: NUL bytes in a .txt.
  const binary = join(scratch, "scan.txt");
  await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  reports = (await readdir(CORPUS)).filter((n) => n.endsWith(".txt")).sort();
  assert.equal(reports.length, 5);
  files = [...reports.map((n) => join(CORPUS, n)), binary];
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/// A page in its own context recording every request (the page's and its workers').
async function openPage(path) {
  const context = await browser.newContext({ acceptDownloads: true });
  const requests = [];
  context.on("request", (r) => requests.push({ method: r.method(), url: r.url() }));
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const violations = await recordViolations(page);
  await page.goto(`${server.origin}${path}`);
  return { context, page, requests, errors, violations };
}

/// The figures view shows the 123 vs 156 conflict, Coale holding 156.
async function showsTheConflict(page) {
  const claim = page.locator(".claim.conflict", { hasText: "prisoners released" }).first();
  await claim.waitFor();
  const v156 = claim.locator(".value", { has: page.locator(".value-label", { hasText: /^156$/ }) });
  await v156.locator(".holder", { hasText: "Coale" }).first().waitFor();
  await claim.locator(".value-label", { hasText: /^123$/ }).waitFor();
}

async function findsKolesnikova(page) {
  await page.getByRole("link", { name: /^Search/ }).click();
  await page.getByLabel("Search the coverage").fill("Kalesnikava");
  await page.locator(".passage-text", { hasText: "Kolesnikova" }).first().waitFor();
}

/// Waits until `check()` holds (polling), failing with `what` after the timeout.
async function expectSoon(check, what) {
  const end = Date.now() + TIMEOUT;
  while (!check()) {
    assert.ok(Date.now() < end, `timed out waiting: ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

function offSite(requests) {
  return requests.filter(
    ({ method, url }) => method !== "GET" || !(url.startsWith(server.origin + "/") || url.startsWith("blob:") || url.startsWith("data:")),
  );
}

test("#/open builds the Belarus reports in the page, lists the binary file, and matches the CLI", async () => {
  const { context, page, requests, errors, violations } = await openPage("/#/open");
  await page.getByLabel("Choose article files").setInputFiles(files);
  await showsTheConflict(page);
  assert.match(page.url(), /#\/figures/);
  const left = page.locator(".open-skipped li");
  assert.equal(await left.count(), 1);
  assert.match(await left.innerText(), /^scan\.txt: binary file/);
  assert.match(await page.locator(".open-built").innerText(), /5 articles read in this browser/);
  await findsKolesnikova(page);
  // The reader and the speakers view, as for a built story.
  await page.locator(".passage .article-link").first().click();
  await page.locator(".reader h1").waitFor();
  await page.getByRole("link", { name: /^Speakers/ }).click();
  await page.getByRole("link", { name: /John Coale/ }).first().click();
  await page.locator("h1", { hasText: "John Coale" }).waitFor();

  // The bundle built here holds the CLI's analysis, texts and search answers.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download bundle" }).click()]);
  const built = join(scratch, "page.bundle");
  await download.saveAs(built);
  const bytes = await readFile(built);
  // The texts part, wherever it starts: the head records each part's length and checksum,
  // and the index built in wasm differs from the native one by a few bytes (tantivy's term
  // dictionary hashes a usize), so the head's varints may be a byte longer or shorter.
  const texts = await readFile(join(site, PARTS[1]));
  assert.ok(bytes.indexOf(texts) > 0, "the article texts are the CLI's, byte for byte");
  const fromPage = readBack(built);
  const fromCli = readBack(join(site, PARTS[0]));
  assert.ok(fromCli.tables[0].includes("156"), "the CLI's figures table holds the 156");
  assert.deepEqual(fromPage.tables, fromCli.tables, "the same export tables");
  assert.deepEqual(fromPage.searches, fromCli.searches, "the same search answers");

  // Save as one file: it opens from disk, offline, with the same findings.
  const [saved] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save as one file" }).click()]);
  const single = join(scratch, saved.suggestedFilename());
  assert.match(saved.suggestedFilename(), /\.html$/);
  await saved.saveAs(single);

  assert.deepEqual(offSite(requests), [], "no request off the site's origin, and none but GET");
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(), []);
  await context.close();

  const offline = await browser.newContext({ offline: true });
  const refused = [];
  await offline.route(() => true, (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    refused.push(url);
    return route.abort();
  });
  const file = await offline.newPage();
  file.setDefaultTimeout(TIMEOUT);
  const fileErrors = [];
  file.on("pageerror", (e) => fileErrors.push(e.message));
  await file.goto(pathToFileURL(single).href + "#/figures");
  await showsTheConflict(file);
  await findsKolesnikova(file);
  assert.deepEqual(refused, []);
  assert.deepEqual(fileErrors, []);
  await offline.close();
});

test("a claimlens.toml chosen with the articles is applied as the CLI applies it", async () => {
  const { context, page, errors } = await openPage("/#/open");
  const manifest = join(scratch, "claimlens.toml");
  await writeFile(
    manifest,
    [
      'story = "Prisoners freed in Belarus, as a manifest names it"',
      `[files."${reports[0]}"]`,
      'outlet = "Harbourside Ledger"',
      '[files."not-chosen.txt"]',
      'author = "Nobody"',
      "",
    ].join("\n"),
  );
  await page.getByLabel("Choose article files").setInputFiles([...files.filter((f) => !f.endsWith("scan.txt")), manifest]);
  await showsTheConflict(page);
  // Applied, not left out: the story has the manifest's title and the file its outlet.
  assert.equal(await page.locator(".open-skipped").count(), 0);
  await page.waitForFunction(() => document.title.includes("Prisoners freed in Belarus, as a manifest names it"));
  await page.locator(".claim.conflict", { hasText: "Harbourside Ledger" }).first().waitFor();
  // The entry for a file that was not chosen is a note, as the CLI warns of it.
  assert.match(await page.locator(".open-notes").innerText(), /claimlens\.toml: no article matches the entry "not-chosen\.txt"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a file list with nothing readable says so and keeps the page usable", async () => {
  const { context, page, errors } = await openPage("/#/open");
  await page.getByLabel("Choose article files").setInputFiles([join(scratch, "scan.txt")]);
  await page.getByRole("alert").filter({ hasText: "no article could be read" }).waitFor();
  assert.match(await page.locator(".open-skipped").innerText(), /scan\.txt: binary file/);
  await page.getByLabel("Or paste an article's text").fill("Mayor Ana Duarte said 40 people came to the vote on Sunday.");
  await page.getByRole("button", { name: "Open the pasted text" }).click();
  await page.locator(".open-built", { hasText: "1 article read" }).waitFor();
  // "Open other articles" comes back to an empty #/open, not to the story's search view.
  await page.getByRole("link", { name: "Open other articles" }).click();
  await page.locator(".open-chooser").waitFor();
  assert.match(page.url(), /#\/open$/);
  assert.equal(await page.locator(".open-built").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("files dropped on the page are read as chosen ones are, and named by outlet or file name", async () => {
  const { context, page, errors } = await openPage("/#/open");
  await page.locator(".open-drop").waitFor();
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(["Storm hits Ostrel\n\nThe storm killed 40 people in Ostrel on Sunday, Mayor Ana Duarte said."], "storm.md"));
    transfer.items.add(new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], "photo.jpg"));
    // A page saved as text under its title: the site in its name is its outlet.
    transfer.items.add(new File(["Storm hits Ostrel harbour\n\nThe storm killed 52 people in Ostrel on Sunday, the port authority said."], "Storm hits Ostrel harbour - Coast Courier.txt"));
    const drop = new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer });
    document.querySelector(".open-drop").dispatchEvent(drop);
  });
  await page.locator(".open-built", { hasText: "2 articles read" }).waitFor();
  assert.match(await page.locator(".open-skipped").innerText(), /photo\.jpg: not an article file/);
  // Sources are named by outlet, else by the file's name, not by their headlines.
  const claim = page.locator(".claim", { hasText: "Coast Courier" }).first();
  await claim.waitFor();
  assert.match(await claim.innerText(), /storm\.md/);
  assert.doesNotMatch(await claim.innerText(), /Storm hits Ostrel/);
  assert.deepEqual(errors, []);
  await context.close();
});

/// Drops `files` ([name, text] pairs) on the drop box.
async function dropFiles(page, files) {
  await page.locator(".open-drop").waitFor();
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const [name, text] of files) transfer.items.add(new File([text], name));
    const drop = new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer });
    document.querySelector(".open-drop").dispatchEvent(drop);
  }, files);
}

/// One long article (about 2.5 MB), which keeps the worker busy for a while.
function longArticle() {
  const paragraphs = [];
  for (let i = 0; i < 20000; i++) {
    paragraphs.push(`Mayor Ana Duarte said ${i} boats were lost in storm number ${i % 97}, the port authority said on day ${i % 28}.`);
  }
  return ["long.txt", paragraphs.join("\n\n")];
}

/// Lets the page draw what the last event changed.
async function drawn(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

test("the drop box is outlined while files are dragged over it", async () => {
  const { context, page, errors } = await openPage("/#/open");
  await page.locator(".open-drop").waitFor();
  assert.equal(await page.locator(".open-drop.dragging").count(), 0);
  const drag = (type, related) =>
    page.evaluate(
      ([type, related]) => {
        const zone = document.querySelector(".open-drop");
        const relatedTarget = related === "label" ? zone.querySelector("label") : related === "body" ? document.body : null;
        zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: new DataTransfer(), relatedTarget }));
      },
      [type, related],
    );
  await drag("dragenter", null);
  await page.locator(".open-drop.dragging").waitFor();
  // Moving onto the box's own label is not leaving it.
  await drag("dragleave", "label");
  await drawn(page);
  assert.equal(await page.locator(".open-drop.dragging").count(), 1);
  await drag("dragleave", "body");
  await page.locator(".open-drop.dragging").waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a running build can be cancelled, and a fresh worker reads the next files", async () => {
  const { context, page, errors } = await openPage("/#/open");
  await dropFiles(page, [longArticle()]);
  const cancel = page.getByRole("button", { name: "Cancel" });
  await cancel.click();
  await page.locator(".open-progress").waitFor({ state: "detached" });
  await page.getByLabel("Choose article files").waitFor();
  assert.equal(await page.locator(".open-built").count(), 0);
  // Two articles this time, so the story shown cannot be the long one's (one article).
  await dropFiles(page, [
    ["a.txt", "Mayor Ana Duarte said 40 people came to the vote on Sunday."],
    ["b.txt", "The council said 55 people came to the vote on Sunday."],
  ]);
  await page.locator(".open-built", { hasText: "2 articles read" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("screenshots of #/open before and after loading", { skip: !process.env.OPEN_SCREENSHOTS }, async () => {
  const dir = process.env.OPEN_SCREENSHOTS;
  for (const [width, colorScheme] of [[1280, "light"], [360, "dark"]]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`${server.origin}/#/open`);
    await page.locator(".open-drop").waitFor();
    await page.screenshot({ path: join(dir, `open-start-${width}-${colorScheme}.png`), fullPage: true });
    await page.evaluate(() => document.querySelector(".open-drop").dispatchEvent(new DragEvent("dragenter", { bubbles: true, dataTransfer: new DataTransfer() })));
    await page.locator(".open-drop.dragging").waitFor();
    await page.screenshot({ path: join(dir, `open-dragging-${width}-${colorScheme}.png`) });
    await page.reload();
    await dropFiles(page, [longArticle()]);
    await page.locator(".open-stage").first().waitFor();
    await page.screenshot({ path: join(dir, `open-building-${width}-${colorScheme}.png`), fullPage: true });
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByLabel("Choose article files").setInputFiles(files);
    await showsTheConflict(page);
    await page.screenshot({ path: join(dir, `open-built-${width}-${colorScheme}.png`) });
    await context.close();
  }
});

test("a built story links to #/open from its start page, and never fetches the open worker itself", async () => {
  const { context, page, requests, errors } = await openPage("/");
  await page.getByLabel("Search the coverage").fill("Kalesnikava");
  await page.locator(".passage-text", { hasText: "Kolesnikova" }).first().waitFor();
  await page.getByRole("link", { name: /^Figures/ }).click();
  await showsTheConflict(page);
  const openFiles = (rs) => rs.filter(({ url }) => /open-loader\.js|claimlens-open/.test(url));
  assert.deepEqual(openFiles(requests), [], "a story's visit does not load the #/open worker");
  await page.getByRole("link", { name: /^Search/ }).click();
  await page.getByLabel("Search the coverage").fill("");
  await page.getByRole("link", { name: "Open your own articles" }).click();
  await page.getByLabel("Choose article files").waitFor();
  // Once there, the page starts the #/open worker, which loads its module.
  await page.locator(".open-chooser").waitFor();
  await expectSoon(() => requests.some(({ url }) => url.endsWith("/claimlens-open_bg.wasm")), "the #/open module is loaded");
  assert.deepEqual(errors, []);
  await context.close();
});
