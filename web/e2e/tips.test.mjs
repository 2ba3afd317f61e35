// web/e2e/tips.test.mjs: the search tips give examples from the story open, and each example
// finds what its tip says, on the Belarus site (CLAIMLENS_SITE) and on the demo story's site
// (CLAIMLENS_DEMO_SITE, or built now). Tips naming one story's people, outlets and dates find
// nothing in the other story, as the fixed Belarus tips once did everywhere (issue 15).
//
//   CLAIMLENS_SITE=/tmp/site CLAIMLENS_DEMO_SITE=/tmp/demo node --test web/e2e/tips.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT, demoSite, launch, serve } from "./support.mjs";

const site = process.env.CLAIMLENS_SITE;
let browser;
let belarus;
let demo;

before(async () => {
  assert.ok(site, "set CLAIMLENS_SITE to the built site's folder");
  belarus = await serve(site);
  demo = await serve(await demoSite());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await belarus?.close();
  await demo?.close();
});

async function open(origin, hash) {
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${origin}/${hash}`);
  return { page, errors };
}

/// The tips as a reader opens them: each line's text and the examples it shows as code.
async function tipsOf(origin) {
  const { page, errors } = await open(origin, "#/search");
  await page.locator("#claimlens-search-tips summary", { hasText: "Search tips" }).click();
  const items = page.locator("#claimlens-search-tips li");
  await items.first().waitFor();
  const lines = [];
  for (const item of await items.all()) {
    lines.push({ text: await item.innerText(), codes: await item.locator("code").allInnerTexts() });
  }
  assert.deepEqual(errors, []);
  await page.close();
  return lines;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/// Searches `query` on a fresh page (the address holds the search, so the results shown are
/// this query's) and waits for a passage whose `part` holds `pattern`.
async function finds(origin, query, pattern, part = ".passage-text") {
  const { page } = await open(origin, `#/search?q=${encodeURIComponent(query)}`);
  await page.locator(`.passage ${part}`, { hasText: pattern }).first().waitFor();
  await page.close();
}

/// Every example in the tips finds passages of the story, and what the tip says it finds.
async function checkTips(origin) {
  const [names, words, filters] = await tipsOf(origin);
  assert.equal(names.codes.length, 1, `a name to type: ${names.text}`);
  const [typed] = names.codes;
  // "X finds Y." (two spellings) or "X finds the name however it is written." (one).
  const spelled = /finds (?!the name)(.+)\.$/.exec(names.text)?.[1];
  await finds(origin, typed, new RegExp(`\\b${escape(spelled ?? typed)}\\b`));

  assert.equal(words.codes.length, 2, `a phrase and a word to leave out: ${words.text}`);
  const [quoted, minus] = words.codes;
  const phrase = /^"(\S+ \S+)"$/.exec(quoted)?.[1];
  assert.ok(phrase, `a phrase of two words: ${quoted}`);
  await finds(origin, quoted, new RegExp(phrase.split(" ").map(escape).join("\\s+"), "i"));
  assert.match(minus, /^-\S+$/);
  // The word left out is one the story has.
  await finds(origin, minus.slice(1), new RegExp(`\\b${escape(minus.slice(1))}\\b`, "i"));

  assert.deepEqual(filters.codes.map((c) => c.split(":")[0]), ["outlet", "speaker", "date"], filters.text);
  const value = (field) => filters.codes.find((c) => c.startsWith(`${field}:`)).slice(field.length + 1);
  await finds(origin, `outlet:${value("outlet")}`, new RegExp(escape(value("outlet").replace(/"/g, "")), "i"), ".outlet");
  await finds(origin, `date:${value("date")}`, new RegExp(`^${escape(value("date"))}$`), ".date");
  await finds(origin, `speaker:${value("speaker")}`, /\S/);
  return { typed, filters: filters.codes };
}

test("the tips' examples come from each story and find passages in it", async () => {
  const fromBelarus = await checkTips(belarus.origin);
  const fromDemo = await checkTips(demo.origin);
  // Two stories with different people, outlets and dates give different examples.
  assert.notEqual(fromBelarus.typed, fromDemo.typed);
  assert.notDeepEqual(fromBelarus.filters, fromDemo.filters);
});
