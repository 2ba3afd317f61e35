// bench/compare/run.mjs: the comparison's measuring half (bench/compare.sh prepares the corpora
// and runs the three index builds, then this). In one headless Chromium session it serves each
// engine's folder on loopback (bench/explorer/serve.mjs: bytes and requests per URL) and measures
// the same benchmark page (page/) on each engine, then claimlens's own explorer with the
// explorer benchmark's steps (bench/explorer/run.mjs). Writes every figure as JSON; report.mjs
// turns that into the report. Nothing is checked.
//
//   node bench/compare/run.mjs --out RESULTS_JSON [--runs N] [--passes N] [--per-class N]
//        [--keystroke-queries N] --corpus NAME LABEL WORK [--corpus ...]
//
// WORK is what compare.sh made for one corpus: site-claimlens/, site-pagefind/, site-minisearch/
// (each with the benchmark page), queries.json, docs.json and GNU time's time-ENGINE.txt.
import { readFile, writeFile, readdir, stat, mkdir } from "node:fs/promises";
import { join, dirname, relative } from "node:path";
import { loadavg, cpus, totalmem } from "node:os";
import { chromium } from "playwright-core";
import { serveSite } from "../explorer/serve.mjs";
import { searchRun, keystrokeRun, summariseKeys, pct } from "../explorer/run.mjs";

const ENGINES = ["claimlens", "pagefind", "minisearch"];
const TIMEOUT = 60_000;
const say = (msg) => process.stderr.write(`bench: ${msg}\n`);
const median = (xs) => pct(xs, 50);

function parseArgs(argv) {
  const opts = { runs: 3, passes: 5, perClass: Infinity, keystrokeQueries: 20, out: null, corpora: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const need = (n) => {
      if (i + n >= argv.length) throw new Error(`${a} needs ${n} value(s)`);
      const v = argv.slice(i + 1, i + 1 + n);
      i += n;
      return v;
    };
    if (a === "--runs") opts.runs = Number(need(1)[0]);
    else if (a === "--passes") opts.passes = Number(need(1)[0]);
    else if (a === "--per-class") opts.perClass = Number(need(1)[0]);
    else if (a === "--keystroke-queries") opts.keystrokeQueries = Number(need(1)[0]);
    else if (a === "--out") opts.out = need(1)[0];
    else if (a === "--corpus") {
      const [name, label, work] = need(3);
      opts.corpora.push({ name, label, work });
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.corpora.length || !opts.out) throw new Error("needs --out and at least one --corpus");
  if (!(opts.runs >= 1 && opts.passes >= 1 && opts.perClass >= 1 && opts.keystrokeQueries >= 1)) throw new Error("--runs, --passes, --per-class and --keystroke-queries must be at least 1");
  return opts;
}

// ---- native figures: the index builds (GNU time -v) and what they wrote ----

async function timeV(file) {
  const text = await readFile(file, "utf8");
  const field = (name) => new RegExp(`${name}: (.*)`).exec(text)?.[1]?.trim();
  const wall = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)").split(":").reduce((s, x) => s * 60 + Number(x), 0);
  return { seconds: wall, peakRssMiB: Number(field("Maximum resident set size \\(kbytes\\)")) / 1024, cpu: field("Percent of CPU this job got") };
}

async function* filesUnder(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/// Files and bytes each engine's build wrote. Pagefind's and MiniSearch's .br copies were made by
/// prepare.mjs for serving and are left out; claimlens writes its own .br and .gz copies, counted
/// apart.
async function disk(work) {
  const out = {};
  const count = async (dir, keep) => {
    const d = { files: 0, bytes: 0, copies: 0, copyBytes: 0 };
    for await (const f of filesUnder(dir)) {
      const rel = relative(dir, f);
      if (!keep(rel)) continue;
      const size = (await stat(f)).size;
      if (/\.(br|gz)$/.test(rel)) {
        d.copies += 1;
        d.copyBytes += size;
      } else {
        d.files += 1;
        d.bytes += size;
      }
    }
    return d;
  };
  out.claimlens = await count(join(work, "site-claimlens"), (rel) => !rel.startsWith("clbench"));
  out.claimlens.index = 0;
  for (const part of ["claimlens.bundle", "claimlens.texts.bundle", "claimlens.index.bundle"]) {
    out.claimlens.index += (await stat(join(work, "site-claimlens", part))).size;
  }
  out.pagefind = await count(join(work, "site-pagefind", "pagefind"), (rel) => !rel.endsWith(".br"));
  out.pagefind.index = out.pagefind.bytes;
  out.minisearch = await count(join(work, "site-minisearch"), (rel) => rel === "index.json");
  out.minisearch.index = out.minisearch.bytes;
  return out;
}

// ---- the browser ----

async function newPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}

const sum = (rows, field) => rows.reduce((n, r) => n + r[field], 0);
const byteRows = (stats) => stats.map(({ path, requests, sent, raw, encoding, status }) => ({ path, requests, sent, raw, encoding, status }));

/// A cold visit (fresh context) to the benchmark page with ?q=FIRST: navigation → first results
/// painted, and the bytes and requests the server had sent by then and by the end of the visit.
async function coldRun(browser, server, query) {
  server.reset();
  const { context, page, errors } = await newPage(browser);
  await page.goto(`${server.base}clbench.html?q=${encodeURIComponent(query)}`);
  const first = await page.waitForFunction(() => window.__cmp?.error ?? window.__cmp?.first ?? null, null, { polling: 10 }).then((h) => h.jsonValue());
  if (typeof first === "string") throw new Error(`the benchmark page failed: ${first}`);
  const before = server.stats();
  const opened = await page.evaluate(() => window.__cmp.openedAt);
  await page.waitForLoadState("networkidle");
  const after = server.stats();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  return { context, page, first: first.at, opened, hits: first.hits, before: byteRows(before), after: byteRows(after) };
}

/// On a loaded page: each query once (bytes and requests it fetched, its top results, its time
/// the first time it is asked), then `passes` timed passes over all of them.
async function queryRuns(page, server, queries, passes) {
  const firstTime = [];
  for (const q of queries) {
    server.reset();
    const r = await page.evaluate((q) => window.__cmp.search(q, 10), q.query);
    const stats = server.stats();
    firstTime.push({ ms: r.ms, ids: r.hits.map((h) => h.id), bytes: sum(stats, "sent"), requests: sum(stats, "requests") });
  }
  const warm = [];
  for (let p = 0; p < passes; p++) {
    for (const q of queries) warm.push(await page.evaluate(async (q) => (await window.__cmp.search(q, 10)).ms, q.query));
  }
  return { firstTime, warm };
}

function successAt5(queries, firstTime) {
  return queries.map((q, i) => {
    const top = firstTime[i].ids.slice(0, 5);
    const ok = q.class === "none" ? top.length === 0 : top.some((id) => q.expect.includes(id));
    return { class: q.class, query: q.query, ok, top, answers: q.expect.length };
  });
}

async function measureEngine(browser, work, engine, queries, opts) {
  const server = await serveSite(join(work, `site-${engine}`));
  try {
    const cold = [];
    for (let i = 0; i < opts.runs; i++) {
      const run = await coldRun(browser, server, queries[0].query);
      cold.push(run);
      if (i < opts.runs - 1) await run.context.close();
    }
    const last = cold[cold.length - 1];
    say(`  ${engine}: ${queries.length} queries, then ${opts.passes} timed passes`);
    const { firstTime, warm } = await queryRuns(last.page, server, queries, opts.passes);
    await last.context.close();
    const further = firstTime.slice(1);
    return {
      firstResult: median(cold.map((r) => r.first)),
      firstResultAll: cold.map((r) => r.first),
      engineOpen: median(cold.map((r) => r.opened)),
      coldBytes: median(cold.map((r) => sum(r.before, "sent"))),
      coldRequests: median(cold.map((r) => sum(r.before, "requests"))),
      visitBytes: median(cold.map((r) => sum(r.after, "sent"))),
      visitRequests: median(cold.map((r) => sum(r.after, "requests"))),
      coldFiles: cold[0].before,
      furtherBytesMean: further.length ? sum(further, "bytes") / further.length : 0,
      furtherRequestsMean: further.length ? sum(further, "requests") / further.length : 0,
      furtherBytesMax: Math.max(0, ...further.map((f) => f.bytes)),
      latency: { p50: pct(warm, 50), p95: pct(warm, 95), max: pct(warm, 100), n: warm.length },
      firstTimeLatency: { p50: pct(firstTime.map((f) => f.ms), 50), p95: pct(firstTime.map((f) => f.ms), 95) },
      queries: successAt5(queries, firstTime).map((s, i) => ({ ...s, ms: firstTime[i].ms, bytes: firstTime[i].bytes, requests: firstTime[i].requests })),
    };
  } finally {
    await server.close();
  }
}

/// claimlens's own explorer, with the explorer benchmark's steps: a cold visit typing the first
/// query (navigation → first result visible, bytes), and keystroke-to-results over queries typed
/// one character at a time.
async function measureExplorer(browser, work, queries, opts) {
  const server = await serveSite(join(work, "site-claimlens"));
  try {
    const visits = [];
    for (let i = 0; i < opts.runs; i++) visits.push(await searchRun(browser, server, queries[0].query));
    const typed = queries.slice(0, opts.keystrokeQueries).map((q) => q.query);
    say(`  claimlens explorer: typing ${typed.length} queries one character at a time`);
    const keys = summariseKeys(await keystrokeRun(browser, server, typed, true));
    const sent = (v) => v.bytes.reduce((n, b) => n + b.sent, 0);
    return {
      firstResult: median(visits.map((v) => v.first)),
      firstResultAll: visits.map((v) => v.first),
      visitBytes: median(visits.map(sent)),
      visitRequests: median(visits.map((v) => v.bytes.reduce((n, b) => n + b.requests, 0))),
      files: visits[0].bytes.map(({ path, requests, sent, raw }) => ({ path, requests, sent, raw })),
      keystrokes: { count: keys.count, answered: keys.answered, total: keys.total, afterDebounce: keys.afterDebounce, worker: keys.worker, render: keys.render, debounce: keys.debounce },
    };
  } finally {
    await server.close();
  }
}

function limitPerClass(queries, n) {
  const seen = new Map();
  return queries.filter((q) => {
    const k = (seen.get(q.class) ?? 0) + 1;
    seen.set(q.class, k);
    return k <= n;
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const env = { cores: cpus().length, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadStart: loadavg().map((x) => x.toFixed(2)).join(" "), date: new Date().toISOString() };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  env.browser = `Chromium ${browser.version()} headless`;
  const corpora = [];
  try {
    for (const c of opts.corpora) {
      const queries = limitPerClass(JSON.parse(await readFile(join(c.work, "queries.json"), "utf8")), opts.perClass);
      const docs = JSON.parse(await readFile(join(c.work, "docs.json"), "utf8"));
      const builds = {};
      for (const e of ENGINES) builds[e] = await timeV(join(c.work, `time-${e}.txt`));
      const result = { name: c.name, label: c.label, articles: docs.length, corpusBytes: docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0), queries: queries.length, builds, disk: await disk(c.work), engines: {} };
      for (const e of ENGINES) {
        say(`${c.label}: ${e}, ${opts.runs} cold visit(s) of the benchmark page`);
        result.engines[e] = await measureEngine(browser, c.work, e, queries, opts);
      }
      say(`${c.label}: claimlens explorer, ${opts.runs} cold visit(s)`);
      result.explorer = await measureExplorer(browser, c.work, queries, opts);
      corpora.push(result);
    }
  } finally {
    await browser.close();
  }
  env.loadEnd = loadavg().map((x) => x.toFixed(2)).join(" ");
  await mkdir(dirname(opts.out), { recursive: true });
  await writeFile(opts.out, JSON.stringify({ env, options: { runs: opts.runs, passes: opts.passes, perClass: Number.isFinite(opts.perClass) ? opts.perClass : null, keystrokeQueries: opts.keystrokeQueries }, corpora }, null, 1) + "\n");
  say(`results written to ${opts.out}`);
}

main().catch((e) => {
  console.error(`bench/compare/run.mjs: ${e.stack ?? e}`);
  process.exit(1);
});
