// web/e2e/export.test.mjs: what a fact-checker takes away (issue 17), in real Chromium: "Download
// CSV" on the site, from the single file and in a <claim-lens> widget; "Copy citation" with a
// text-fragment link; a claim's page ordered by first report; a statement's versions with the
// differing words marked; a reprinted wire story counted once.
//
//   CLAIMLENS_SITE=/tmp/site [CLAIMLENS_SINGLE_FILE=belarus.html] [CLAIMLENS_DEMO_SITE=/tmp/demo]
//   node --test web/e2e/export.test.mjs
//
// EXPORT_SCREENSHOTS=dir also saves a claim's page and a speaker's page at 360 px and desktop
// widths, light and dark.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, mkdtemp, writeFile, mkdir } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REPO, TIMEOUT, demoSite, launch, serve, singleFile } from "./support.mjs";

const site = process.env.CLAIMLENS_SITE;
const BOM = "\ufeff";
let browser;
let belarus;

before(async () => {
  assert.ok(site, "set CLAIMLENS_SITE to a built site (tests/run does)");
  browser = await launch();
  belarus = await serve(site, {
    routes: {
      "/article.html": {
        type: "text/html; charset=utf-8",
        body: `<!doctype html><meta charset="utf-8"><title>An article</title><script type="module" src="/widget.js"></script><h1>An article</h1><claim-lens bundle="/claimlens.bundle" view="figures" height="600"></claim-lens>`,
      },
    },
  });
});

after(async () => {
  await browser?.close();
  await belarus?.close();
});

async function open(url, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, errors };
}

/// Clicks a "Download CSV" button and returns the file's name and text.
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const text = await readFile(await file.path(), "utf8");
  return { name: file.suggestedFilename(), text };
}

/// A small RFC 4180 reader: records of fields, quoted fields holding commas, quotes, newlines.
function parseCsv(text) {
  assert.ok(text.startsWith(BOM), "the CSV opens with a byte order mark");
  const records = [];
  let record = [];
  let field = "";
  let quoted = false;
  for (let i = BOM.length; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { record.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { record.push(field); records.push(record); record = []; field = ""; i++; }
    else field += c;
  }
  if (field || record.length) { record.push(field); records.push(record); }
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

test("the figures view and a claim's page download their figures, the 156 held by John Coale among them", async () => {
  const { context, page, errors } = await open(`${belarus.origin}/index.html#/figures`);
  const all = await download(page, page.getByRole("button", { name: "Download every figure as CSV" }));
  assert.equal(all.name, "figures.csv");
  const rows = parseCsv(all.text);
  const coale = rows.find((r) => r.low === "156" && r.holder === "John Coale");
  assert.ok(coale, "a 156 row held by John Coale");
  assert.match(coale.sentence, /156/);

  await page.locator(".claim.conflict h2 a", { hasText: "prisoners released" }).first().click();
  await page.locator("h1", { hasText: "prisoners released" }).waitFor();
  const one = await download(page, page.getByRole("button", { name: "Download the figures of this claim as CSV" }));
  const claimRows = parseCsv(one.text);
  assert.match(one.name, /^figures-c\d+\.csv$/);
  assert.ok(claimRows.length > 1 && claimRows.length < rows.length, "the claim's figures only");
  assert.ok(claimRows.every((r) => r.claim === "prisoners released"));
  assert.ok(claimRows.some((r) => r.low === "156" && r.holder === "John Coale"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the speakers view and a speaker's page download speakers and that speaker's quotes", async () => {
  const { context, page, errors } = await open(`${belarus.origin}/index.html#/speakers`);
  const speakers = parseCsv((await download(page, page.getByRole("button", { name: "Download the speakers as CSV" }))).text);
  const coale = speakers.find((r) => r.name === "John Coale");
  assert.ok(coale && Number(coale.quotes) > 5, "John Coale is among the speakers");

  await page.goto(`${belarus.origin}/index.html#/speakers/john-coale`);
  const file = await download(page, page.getByRole("button", { name: "Download the quotes of John Coale as CSV" }));
  assert.equal(file.name, "quotes-john-coale.csv");
  const quotes = parseCsv(file.text);
  assert.equal(String(quotes.length), coale.quotes);
  assert.ok(quotes.every((r) => r.speaker === "John Coale" && r.quote && r.sentence.includes(r.quote.slice(0, 12))));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the single file downloads its figures from file:// with the network off", async () => {
  const file = await singleFile();
  const context = await browser.newContext({ acceptDownloads: true, offline: true });
  await context.route(() => true, (route) => (route.request().url().startsWith("file:") || route.request().url().startsWith("blob:") ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(pathToFileURL(file).href + "#/figures");
  const rows = parseCsv((await download(page, page.getByRole("button", { name: "Download every figure as CSV" }))).text);
  assert.ok(rows.some((r) => r.low === "156" && r.holder === "John Coale"));
  await context.close();
});

test("a widget downloads its figures without touching the article page", async () => {
  const { context, page, errors } = await open(`${belarus.origin}/article.html`);
  const rows = parseCsv((await download(page, page.getByRole("button", { name: "Download every figure as CSV" }))).text);
  assert.ok(rows.some((r) => r.low === "156" && r.holder === "John Coale"));
  assert.equal(await page.evaluate(() => location.hash), "", "the article's address is left alone");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a claim's page orders values by first report, says who reported first and copies a citation linking to the sentence", async () => {
  const demo = await serve(await demoSite());
  const { context, page, errors } = await open(`${demo.origin}/index.html#/figures`, { permissions: ["clipboard-read", "clipboard-write"] });
  await page.locator(".claim.conflict h2 a", { hasText: "people rescued" }).first().click();
  const claim = page.locator(".claim").first();
  const first = claim.locator(".first-report").first();
  await first.waitFor();
  assert.match(await first.innerText(), /^First reported by .+, \d{4}-\d{2}-\d{2}$/);
  // Values come earliest first: each value's first date is no earlier than the one before.
  const dates = (await claim.locator(".first-report").allInnerTexts()).map((t) => t.slice(-10));
  assert.deepEqual([...dates].sort(), dates);
  await claim.locator(".timeline svg circle").first().waitFor();

  await claim.locator(".copy-citation").first().click();
  await claim.locator(".copied", { hasText: "Citation copied" }).first().waitFor();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  const link = await claim.locator(".source-link").first().getAttribute("href");
  assert.match(link, /^https:\/\/example\.org\/.+#:~:text=[^#\s]+$/);
  assert.ok(citation.includes(link), `the citation holds the link: ${citation}`);
  assert.match(citation, /^“.+” — .+, “.+”, \d{4}-\d{2}-\d{2}, https:/);
  assert.deepEqual(errors, []);
  await context.close();
  await demo.close();
});

test("a statement's versions mark the words that differ from the wording they are compared with", async () => {
  const { context, page, errors } = await open(`${belarus.origin}/index.html#/speakers/john-coale`);
  await page.locator(".version").first().waitFor();
  const statement = page.locator(".statement", { has: page.locator("mark.diff") }).first();
  const base = (await statement.locator(".version", { has: page.locator(".base-version") }).locator("blockquote").innerText()).toLowerCase();
  const marked = await statement.locator("mark.diff").allInnerTexts();
  assert.ok(marked.length > 0);
  // A marked word is one the compared wording does not have (at least not at that place).
  assert.ok(marked.some((w) => !base.includes(w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""))), `${marked}`);
  assert.equal(await statement.locator(".version", { has: page.locator(".base-version") }).locator("mark.diff").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

/// A wire story of our own, run by a second outlet with its own headline and a line added.
const WIRE = `In all, 48 people were rescued from the capsized ferry Aurel off the Varnetian coast. The ferry was carrying passengers and crew when it listed and overturned about two miles from the breakwater, according to the harbour authority. Divers would resume the search at first light, and hopes of finding more survivors were fading. The Aurel, built in 1988, had passed its last inspection in March, the operator said in a statement. Relatives gathered at the ferry terminal through the night waiting for news.`;

test("a reprinted wire story is counted once in a claim's explanation", async () => {
  const corpus = await mkdtemp(join(tmpdir(), "claimlens-reprint-"));
  await mkdir(join(corpus, "articles"));
  const article = (outlet, date, title, text) => `---\ntitle: ${title}\noutlet: ${outlet}\ndate: ${date}\n---\n\n${text}\n`;
  await writeFile(join(corpus, "articles", "1-wire.md"), article("Orbis", "2026-03-14", "Ferry capsizes", `OSTREL (Orbis) - ${WIRE}`));
  await writeFile(join(corpus, "articles", "2-courier.md"), article("The Courier", "2026-03-15", "Ferry disaster off Ostrel", `${WIRE}\n\nCopyright The Courier.`));
  await writeFile(join(corpus, "articles", "3-ledger.md"), article("The Ledger", "2026-03-15", "Mayor disputes the count", "In all, 48 people were rescued from the capsized ferry. The mayor, Petar Holm, said 61 people were rescued, most of them by fishing boats."));
  const out = join(corpus, "site");
  const bin = process.env.CLAIMLENS_BIN;
  const [command, args] = bin ? [bin, []] : ["cargo", ["run", "-q", "--bin", "claimlens", "--"]];
  execFileSync(command, [...args, "build", join(corpus, "articles"), "--out", out], { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
  const served = await serve(out);
  const { context, page, errors } = await open(`${served.origin}/index.html#/figures`);
  await page.locator(".claim h2 a", { hasText: "people rescued" }).first().click();
  const explanation = page.locator(".explanation").first();
  await explanation.waitFor();
  assert.match(await explanation.innerText(), /48: 2 independent reports \(3 articles\)/);
  // The reprint says what it reprints, and links to it.
  await page.goto(`${served.origin}/index.html#/read/2-courier.md`);
  await page.locator(".reader .reprint", { hasText: "Reprint of Orbis" }).click();
  await page.locator("h1", { hasText: "Ferry capsizes" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
  await served.close();
});

test("a claim's page orders reports of one day by their time, on one clock", async () => {
  const corpus = await mkdtemp(join(tmpdir(), "claimlens-times-"));
  await mkdir(join(corpus, "articles"));
  const article = (name, outlet, date, text) => writeFile(join(corpus, "articles", name), `---\ntitle: ${outlet} on the ferry\noutlet: ${outlet}\ndate: ${date}\n---\n\n${text}\n`);
  // Read by the clock each names: 08:05 UTC, 07:15 UTC (08:15 in UTC+1), 09:40 UTC. Ordered by
  // the day alone, or by the times as written, the first would be another.
  await article("1-orbis.md", "Orbis", "Sat, 14 Mar 2026 08:05:00 GMT", "Officials said 48 people were rescued from the capsized ferry Aurel on Saturday.");
  await article("2-courier.md", "The Courier", "2026-03-14T08:15:00+01:00", "The mayor, Petar Holm, said 61 people were rescued from the capsized ferry Aurel, most of them by fishing boats.");
  await article("3-ledger.md", "The Ledger", "2026-03-14T09:40:00Z", "Officials said 48 people were rescued from the capsized ferry Aurel, the harbour authority confirmed.");
  const out = join(corpus, "site");
  const bin = process.env.CLAIMLENS_BIN;
  const [command, args] = bin ? [bin, []] : ["cargo", ["run", "-q", "--bin", "claimlens", "--"]];
  execFileSync(command, [...args, "build", join(corpus, "articles"), "--out", out], { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
  const served = await serve(out);
  const { context, page, errors } = await open(`${served.origin}/index.html#/figures`);
  await page.locator(".claim h2 a", { hasText: "people rescued" }).first().click();
  await page.locator(".first-report").first().waitFor();
  assert.deepEqual(await page.locator(".first-report").allInnerTexts(), [
    "First reported by The Courier, 2026-03-14 08:15 UTC+01:00",
    "First reported by Orbis, 2026-03-14 08:05 UTC",
  ]);
  assert.deepEqual(errors, []);
  await context.close();
  await served.close();
});

test("screenshots of a claim's page and a speaker's page", { skip: !process.env.EXPORT_SCREENSHOTS }, async () => {
  const dir = process.env.EXPORT_SCREENSHOTS;
  const demo = await serve(await demoSite());
  for (const [name, origin, hash] of [["claim", demo.origin, "#/figures/c1"], ["speaker", belarus.origin, "#/speakers/john-coale"]]) {
    for (const width of [360, 1280]) {
      for (const colorScheme of ["light", "dark"]) {
        const { context, page } = await open(`${origin}/index.html${hash}`, { viewport: { width, height: 900 }, colorScheme });
        await page.locator(name === "claim" ? ".first-report" : "mark.diff").first().waitFor();
        await page.screenshot({ path: join(dir, `${name}-${width}-${colorScheme}.png`) });
        await context.close();
      }
    }
  }
  await demo.close();
});
