// bench/explorer/run.mjs: the explorer benchmark's browser half (bench/explorer.sh builds the
// sites and runs this). For each site: serves it on loopback (serve.mjs), drives headless
// Chromium through playwright-core, and prints what a reader waits for and what the page costs
// to download. Timings are printed, never checked.
//
//   node bench/explorer/run.mjs [--runs N] [--query-limit N] [--no-warmup] [--out DIR]
//        [--single-file FILE] --site NAME LABEL SITE_DIR QUERIES_FILE [--site ...]
//
// Per site, each in a fresh browser context (empty cache, as a first visit):
//   * navigation → claims view visible: open SITE#/figures, until the first claim is painted;
//   * navigation → first search result: open SITE, type the first query as soon as the box is
//     there (typed by the page's instrumentation, in the task after the box appears, so that
//     driving the browser from outside adds nothing), until the first passage is painted; also
//     the bytes and requests per URL the server counted for this visit;
//   * keystrokes: on a loaded page, each query typed one character at a time, each character
//     only once the previous one's results are on screen (in the DOM and painted: a person
//     cannot react to results faster than a frame, and a key pressed while the browser still
//     owes the previous results their frame would be timed with that frame's work); for each,
//     the input event → results of that query in the DOM, split into the debounce, the worker's
//     answer and the render;
//   * the <claim-lens> widget on a host page of another origin (widget.mjs): first paint of its
//     figures view and its first search result, and the bytes fetched before each.
// --single-file FILE also reports the size of a `claimlens build --single-file` export.
// CHROMIUM overrides the browser (default /usr/bin/chromium).
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadavg, cpus } from "node:os";
import { chromium } from "playwright-core";
import { serveSite } from "./serve.mjs";
import { measureWidget } from "./widget.mjs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const TIMEOUT = 60_000;
const KEY_TIMEOUT = 10_000;

function parseArgs(argv) {
  const opts = { runs: 5, queryLimit: 20, warmup: true, out: null, singleFile: null, sites: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const need = (n) => {
      if (i + n >= argv.length) throw new Error(`${a} needs ${n} value(s)`);
      const values = argv.slice(i + 1, i + 1 + n);
      i += n;
      return values;
    };
    if (a === "--runs") opts.runs = Number(need(1)[0]);
    else if (a === "--query-limit") opts.queryLimit = Number(need(1)[0]);
    else if (a === "--no-warmup") opts.warmup = false;
    else if (a === "--out") opts.out = need(1)[0];
    else if (a === "--single-file") opts.singleFile = need(1)[0];
    else if (a === "--site") {
      const [name, label, dir, queries] = need(4);
      opts.sites.push({ name, label, dir, queries });
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.sites.length) throw new Error("no --site given");
  if (!(opts.runs >= 1) || !(opts.queryLimit >= 1)) throw new Error("--runs and --query-limit must be at least 1");
  return opts;
}

const say = (msg) => process.stderr.write(`bench: ${msg}\n`);

async function readQueries(file) {
  const text = await readFile(file, "utf8");
  return text.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}

/// Nearest-rank percentile of numbers (NaN for none).
export function pct(values, p) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}
const median = (values) => pct(values, 50);

async function newPage(browser, autoType = null) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (autoType !== null) await page.addInitScript((q) => (window.__clbenchAutoType = q), autoType);
  await page.addInitScript({ path: join(here, "instrument.js") });
  return { context, page, errors };
}

const engineReady = (page) => page.waitForFunction(() => performance.getEntriesByName("claimlens:engine-ready").length > 0, null, { polling: 10 });
const found = (page, name) => page.waitForFunction((n) => window.__clbench.found[n]?.frame ?? null, name, { polling: 10 }).then((h) => h.jsonValue());
const failure = (page) => page.getByRole("alert").first().innerText().catch(() => "");

/// Opens SITE#/figures in a fresh context: times to the first claim painted, and the app's marks.
async function figuresRun(browser, server) {
  server.reset();
  const { context, page, errors } = await newPage(browser);
  await page.goto(server.base + "#/figures");
  const claims = await Promise.race([found(page, "claims"), failure(page).then(async (t) => (t ? Promise.reject(new Error(`the page shows an error: ${t}`)) : new Promise(() => {})))]);
  // What the server had sent when Node heard the claim was painted (issue 16: the figures need
  // neither the search worker nor its wasm).
  const sent = server.stats().filter((b) => b.status === 200);
  const bytes = sent.reduce((n, b) => n + b.sent, 0);
  const workerBytes = sent.filter((b) => part(b.path) === "worker").reduce((n, b) => n + b.sent, 0);
  await engineReady(page);
  const { marks, claimsDom } = await page.evaluate(() => ({ marks: window.__clbench.marks(), claimsDom: window.__clbench.found.claims.dom }));
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  return { claims, claimsDom, marks, bytes, workerBytes };
}

/// Opens SITE in a fresh context, types `query` into the box as soon as it appears, times to the
/// first passage painted; returns the server's per-URL counts of this whole visit.
export async function searchRun(browser, server, query) {
  server.reset();
  const { context, page, errors } = await newPage(browser, query);
  await page.goto(server.base);
  const shown = await page.waitForFunction(() => {
    const f = window.__clbench.found;
    const hit = f.result?.frame ?? null;
    const none = f.noResult?.frame ?? null;
    return hit !== null ? { at: hit, hits: true } : none !== null ? { at: none, hits: false } : null;
  }, null, { polling: 10 }).then((h) => h.jsonValue());
  // What the server had sent when Node heard the first result was painted (issue 16).
  const firstBytes = server.stats().filter((b) => b.status === 200).reduce((n, b) => n + b.sent, 0);
  const details = await page.evaluate(() => ({ input: window.__clbench.found.input.frame, typed: window.__clbench.keys[0]?.input ?? null, marks: window.__clbench.marks() }));
  await engineReady(page);
  // Everything the visit fetches (the worker, the icon) has been asked for by now; let it finish.
  await page.waitForLoadState("networkidle");
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  return { ...details, first: shown.at, hits: shown.hits, firstBytes, bytes: server.stats() };
}

/// Types each query one character at a time on one loaded page, each character after the
/// previous one's results are on screen. Returns every keystroke's record.
export async function keystrokeRun(browser, server, queries, warmup) {
  const { context, page, errors } = await newPage(browser);
  await page.goto(server.base);
  const box = page.locator("#claimlens-search-input");
  await box.waitFor();
  await engineReady(page);
  const type = async (query) => {
    await box.fill("");
    await page.locator(".search-view .start").waitFor();
    await box.focus();
    const firstKey = await page.evaluate(() => window.__clbench.keys.length);
    for (const ch of query) {
      await page.keyboard.type(ch);
      // Resolves once the results are in the DOM and the frame after has been produced.
      const done = await page.evaluate(
        (ms) => window.__clbench.wait(ms).then((k) => k !== null && new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(() => painted(true))))),
        KEY_TIMEOUT,
      );
      if (!done) say(`  no results seen within ${KEY_TIMEOUT / 1000} s after typing "${await box.inputValue()}"`);
    }
    return firstKey;
  };
  if (warmup) await type(queries[0]);
  const from = await page.evaluate(() => window.__clbench.keys.length);
  for (const query of queries) await type(query);
  // Let the last frames stamp themselves.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const keys = (await page.evaluate(() => window.__clbench.keys)).slice(from).filter((k) => k.query.trim());
  await context.close();
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
  return keys;
}

export function summariseKeys(keys) {
  const ok = keys.filter((k) => k.dom !== null);
  const d = (a, b) => ok.map((k) => (k[a] !== null && k[b] !== null ? k[b] - k[a] : NaN));
  const stat = (xs) => ({ p50: pct(xs, 50), p95: pct(xs, 95), max: pct(xs, 100) });
  return {
    count: keys.length,
    answered: ok.length,
    polled: ok.filter((k) => k.polled).length,
    mismatched: ok.filter((k) => k.sentQuery !== null && k.sentQuery !== k.query.trimStart()).length,
    total: stat(d("input", "dom")),
    painted: stat(d("input", "domFrame")),
    debounce: stat(d("input", "sent")),
    worker: stat(d("sent", "reply")),
    arrival: stat(d("sent", "arrived")),
    search: stat(ok.map((k) => k.searchMs ?? NaN)),
    parse: stat(d("arrived", "reply")),
    render: stat(d("reply", "dom")),
    afterDebounce: stat(d("sent", "dom")),
    echo: stat(keys.map((k) => (k.echo !== null ? k.echo - k.input : NaN))),
    frame: stat(keys.map((k) => (k.frame !== null ? k.frame - k.input : NaN))),
  };
}

const SHELL_EXCLUDES = [/\.bundle$/, /^\/claimlens-worker/, /^\/worker-loader\.js$/];
function part(path) {
  if (/\.bundle$/.test(path)) return "bundle";
  if (SHELL_EXCLUDES.some((re) => re.test(path))) return "worker";
  return "shell";
}

async function measureSite(browser, site, opts) {
  // CORS, as an asset host serving widgets to other origins sends it (same-origin visits ignore it).
  const server = await serveSite(site.dir, { headers: { "access-control-allow-origin": "*" } });
  try {
    const queries = (await readQueries(site.queries)).slice(0, opts.queryLimit);
    if (!queries.length) throw new Error(`no queries in ${site.queries}`);
    say(`${site.label}: ${opts.runs} × navigation to the figures view`);
    const figures = [];
    for (let i = 0; i < opts.runs; i++) figures.push(await figuresRun(browser, server));
    say(`${site.label}: ${opts.runs} × navigation, then "${queries[0]}" typed`);
    const searches = [];
    for (let i = 0; i < opts.runs; i++) searches.push(await searchRun(browser, server, queries[0]));
    const chars = queries.reduce((n, q) => n + q.length, 0);
    say(`${site.label}: typing ${queries.length} queries (${chars} keystrokes), one character at a time`);
    const keys = await keystrokeRun(browser, server, queries, opts.warmup);
    say(`${site.label}: ${opts.runs} × a <claim-lens> widget on another origin, figures view, then search view`);
    const widget = await measureWidget(browser, server, queries[0], opts.runs);
    const mark = (runs, name) => median(runs.map((r) => r.marks[`claimlens:${name}`] ?? NaN));
    return {
      site,
      queries,
      nav: {
        claims: median(figures.map((r) => r.claims)),
        claimsAll: figures.map((r) => r.claims),
        claimsDom: median(figures.map((r) => r.claimsDom)),
        claimsBytes: median(figures.map((r) => r.bytes)),
        claimsWorkerBytes: median(figures.map((r) => r.workerBytes)),
        bundleReceived: mark(figures, "bundle-received"),
        storyReady: mark(figures, "story-ready"),
        engineReady: mark(figures, "engine-ready"),
        first: median(searches.map((r) => r.first)),
        firstAll: searches.map((r) => r.first),
        firstHits: searches.every((r) => r.hits),
        firstBytes: median(searches.map((r) => r.firstBytes)),
        input: median(searches.map((r) => r.input)),
        typed: median(searches.map((r) => r.typed)),
        searchStoryReady: mark(searches, "story-ready"),
        searchEngineReady: mark(searches, "engine-ready"),
      },
      bytes: searches[0].bytes,
      keys: summariseKeys(keys),
      rawKeys: keys,
      widget,
    };
  } finally {
    await server.close();
  }
}

// ---- printing ----

const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const pair = (s) => `${ms(s.p50)} / ${ms(s.p95)}`;
const kb = (b) => (b / 1000).toFixed(1);

function table(rows, header) {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => String(r[c] ?? "").length)));
  return all
    .map((r) => r.map((cell, c) => (c === 0 ? String(cell ?? "").padEnd(widths[c]) : String(cell ?? "").padStart(widths[c]))).join("  ").trimEnd())
    .join("\n");
}

/// The brotli sizes of the page's and the worker's wasm, from one visit's bytes by file.
function wasmSizes(bytes) {
  const size = (re) => bytes.filter((b) => re.test(b.path)).reduce((n, b) => n + b.brotli, 0);
  return `${kb(size(/^\/claimlens-web-[0-9a-f]+_bg\.wasm$/))} / ${kb(size(/^\/claimlens-worker_bg\.wasm$/))}`;
}

function report(results, opts, env) {
  const out = [];
  const section = (title) => out.push("", `== ${title}`);
  section("machine");
  out.push(`${env.cores} cores, ${env.browser}, node ${process.version}, loopback HTTP/1.1, no throttling`);
  out.push(`load average at start: ${env.loadStart}; at end: ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  out.push(`navigations: median of ${opts.runs} cold visits (fresh browser context each); times in ms from navigation start`);
  out.push(`keystrokes: each query typed one character at a time, the next character once the results are on screen and painted${opts.warmup ? "; one warm-up query first, not counted" : ""}`);

  section("what a reader waits for (ms)");
  const cols = results.map((r) => r.site.label);
  const row = (what, f) => [what, ...results.map(f)];
  out.push(
    table(
      [
        row("navigation → claims view visible (painted)", (r) => ms(r.nav.claims)),
        row("  first claim in the DOM", (r) => ms(r.nav.claimsDom)),
        row("  bytes sent by then, KB (brotli where accepted)", (r) => kb(r.nav.claimsBytes)),
        row("    of which the search worker's files, KB", (r) => kb(r.nav.claimsWorkerBytes)),
        row("  bundle received (claimlens:bundle-received)", (r) => ms(r.nav.bundleReceived)),
        row("  story decoded (claimlens:story-ready)", (r) => ms(r.nav.storyReady)),
        row("  search engine ready (claimlens:engine-ready)", (r) => ms(r.nav.engineReady)),
        row("navigation → first search result visible", (r) => ms(r.nav.first) + (r.nav.firstHits ? "" : " (no hits)")),
        row("  bytes sent by then, KB (brotli where accepted)", (r) => kb(r.nav.firstBytes)),
        row("  story decoded, search box rendered", (r) => ms(r.nav.searchStoryReady)),
        row("  query typed (one input event)", (r) => ms(r.nav.typed)),
        row("  search engine ready", (r) => ms(r.nav.searchEngineReady)),
        row("  first query", (r) => JSON.stringify(r.queries[0])),
        row("explorer wasm, brotli KB: page / search worker", (r) => wasmSizes(r.bytes)),
        row("keystroke → results in the DOM, p50 / p95", (r) => pair(r.keys.total)),
        row("  max", (r) => ms(r.keys.total.max)),
        row("  input → request sent (debounce), p50 / p95", (r) => pair(r.keys.debounce)),
        row("  request → reply on the page (worker), p50 / p95", (r) => pair(r.keys.worker)),
        row("    request → reply's message event on the page, p50 / p95", (r) => pair(r.keys.arrival)),
        row("      of which searching in the worker (its own clock), p50 / p95", (r) => pair(r.keys.search)),
        row("    message event → reply parsed (claimlens:results), p50 / p95", (r) => pair(r.keys.parse)),
        row("  reply → results in the DOM (render), p50 / p95", (r) => pair(r.keys.render)),
        row("  request sent → results in the DOM, p50 / p95", (r) => pair(r.keys.afterDebounce)),
        row("keystroke → results painted (next frame), p50 / p95", (r) => pair(r.keys.painted)),
        row("keystroke → page re-rendered for it (DOM), p50 / p95", (r) => pair(r.keys.echo)),
        row("keystroke → next frame, p50 / p95", (r) => pair(r.keys.frame)),
        row("keystrokes measured (answered / typed)", (r) => `${r.keys.answered} / ${r.keys.count}`),
        row("queries typed", (r) => String(r.queries.length)),
      ],
      ["", ...cols],
    ),
  );
  for (const r of results) {
    if (r.keys.polled) out.push(`note: ${r.site.label}: ${r.keys.polled} keystroke(s) ended by the 50 ms safety poll, not the DOM observer: their times are late`);
    if (r.keys.mismatched) out.push(`note: ${r.site.label}: ${r.keys.mismatched} keystroke(s) sent a query other than the box's text`);
  }

  for (const r of results) {
    section(`slowest keystrokes: ${r.site.label} (ms; the box's text after the keystroke)`);
    const slow = r.rawKeys.filter((k) => k.dom !== null).sort((a, b) => b.dom - b.input - (a.dom - a.input)).slice(0, 8);
    const f = (k, a, b) => ms(k[a] !== null && k[b] !== null ? k[b] - k[a] : NaN);
    out.push(table(slow.map((k) => [JSON.stringify(k.query), f(k, "input", "dom"), f(k, "input", "sent"), f(k, "sent", "reply"), f(k, "reply", "dom"), f(k, "input", "echo"), String(k.hits)]), ["typed", "total", "debounce", "worker", "render", "re-render", "passages"]));
  }

  for (const r of results) {
    section(`bytes by file, one cold visit with a search: ${r.site.label} (server counts; brotli: the .br beside the file, or quality 11 computed)`);
    const rows = r.bytes.map((b) => [b.path, b.status === 200 ? "" : String(b.status), `${b.requests}${b.notModified ? ` (${b.notModified}× 304)` : ""}`, b.encoding, String(b.sent), String(b.raw), b.status === 200 ? `${b.brotli}${b.brotliFrom === "computed" ? "*" : ""}` : "", part(b.path)]);
    const sum = (p, field) => r.bytes.filter((b) => part(b.path) === p && b.status === 200).reduce((n, b) => n + b[field], 0);
    for (const p of ["shell", "worker", "bundle"]) rows.push([`total ${p}`, "", String(r.bytes.filter((b) => part(b.path) === p).reduce((n, b) => n + b.requests, 0)), "", String(sum(p, "sent")), String(sum(p, "raw")), String(sum(p, "brotli")), p]);
    const all = (f) => r.bytes.reduce((n, b) => n + b[f], 0);
    rows.push(["total", "", String(all("requests")), "", String(all("sent")), "", "", ""]);
    out.push(table(rows, ["url", "status", "requests", "encoding", "sent", "raw", "brotli", "part"]));
    if (r.bytes.some((b) => b.brotliFrom === "computed")) out.push("* no .br beside the file: brotli size computed here, the file was sent raw");
    r.shellBrotli = sum("shell", "brotli");
    r.workerBrotli = sum("worker", "brotli");
  }

  section("the <claim-lens> widget on another origin's page (issue 5): median of cold visits; bytes as sent (brotli where accepted)");
  const w = (r, kind, f) => median(r.widget[kind].map(f));
  out.push(
    table(
      [
        row("figures view: navigation → first claim painted, ms", (r) => ms(w(r, "figures", (v) => v.at))),
        row("  bytes fetched before it, KB", (r) => kb(w(r, "figures", (v) => v.bytes))),
        row("  requests before it", (r) => String(w(r, "figures", (v) => v.requests))),
        row("search view: navigation → first result painted, ms", (r) => ms(w(r, "search", (v) => v.at))),
        row("  bytes fetched before it, KB", (r) => kb(w(r, "search", (v) => v.bytes))),
        row("  requests before it", (r) => String(w(r, "search", (v) => v.requests))),
        row("  query (the widget's query attribute)", (r) => JSON.stringify(r.widget.query)),
      ],
      ["", ...cols],
    ),
  );
  for (const r of results) {
    const v = r.widget.search[0];
    out.push(`${r.site.label}, first search visit: ${v.rows.map((b) => `${b.path} ${kb(b.sent)} KB`).join(", ")}`);
  }
  if (env.singleFile) {
    const f = env.singleFile;
    section("single-file export (claimlens build --single-file)");
    out.push(`${f.path}: ${kb(f.raw)} KB raw, ${kb(f.gzip)} KB gzip, ${kb(f.brotli)} KB brotli (as mailed or opened from disk it is the raw size)`);
  }

  section("summary against the goals of issue 4 (nothing here is checked)");
  // The keystroke goal is set for a 1,000-article site.
  const goalSite = (r) => r.site.name === "synthetic-1000";
  const rows = [];
  for (const r of results) {
    const goal = goalSite(r) ? "<= 16" : "";
    const met = (x) => (goalSite(r) ? (x <= 16 ? "met" : "NOT met") : "");
    rows.push([`keystroke → results p95, ${r.site.label}`, ms(r.keys.total.p95), goal, met(r.keys.total.p95)]);
    rows.push([`  after the debounce (request sent → DOM), p95`, ms(r.keys.afterDebounce.p95), goal, met(r.keys.afterDebounce.p95)]);
  }
  if (!results.some(goalSite)) rows.push(["(the keystroke goal, p95 <= 16 ms, is for the 1,000-article site)", "", "", ""]);
  const shell = results[0].shellBrotli;
  rows.push(["UI shell, brotli KB (all but bundle and worker)", kb(shell), "<= 250", shell <= 250_000 ? "met" : "NOT met"]);
  rows.push(["search worker, brotli KB", kb(results[0].workerBrotli), "", ""]);
  for (const r of results) {
    rows.push([`navigation → claims visible, ${r.site.label}`, ms(r.nav.claims), "", ""]);
    rows.push([`navigation → first result, ${r.site.label}`, ms(r.nav.first), "", ""]);
  }
  out.push(table(rows, ["figure", "value", "goal", ""]));
  return out.join("\n").replace(/^\n/, "");
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const env = { cores: cpus().length, loadStart: loadavg().map((x) => x.toFixed(2)).join(" ") };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  env.browser = `Chromium ${browser.version()} headless`;
  if (opts.singleFile) {
    const raw = await readFile(opts.singleFile);
    const brotli = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    env.singleFile = { path: opts.singleFile, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, brotli: brotli.length };
  }
  const results = [];
  try {
    for (const site of opts.sites) results.push(await measureSite(browser, site, opts));
  } finally {
    await browser.close();
  }
  const text = report(results, opts, env);
  console.log(text);
  if (opts.out) {
    await mkdir(opts.out, { recursive: true });
    await writeFile(join(opts.out, "report.txt"), text + "\n");
    for (const r of results) await writeFile(join(opts.out, `keystrokes-${r.site.name}.json`), JSON.stringify(r.rawKeys, null, 1) + "\n");
  }
}

// Run as a script; imported (by bench/compare/run.mjs, for the same measurements in its own
// browser session), only the exported steps are used.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`bench/explorer/run.mjs: ${e.stack ?? e}`);
    process.exit(1);
  });
}
