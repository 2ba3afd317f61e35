// bench/compare/report.mjs: turns the comparison's results (run.mjs's JSON) into the report:
// compare.md (tables, ratios from this one run, where claimlens trails and why), compare.json
// (every figure) and SVG charts, written by hand here (no charting dependency).
//
//   node bench/compare/report.mjs RESULTS_JSON REPORT_DIR
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { join } from "node:path";

const ENGINES = ["claimlens", "pagefind", "minisearch"];
const NAMES = { claimlens: "claimlens", pagefind: "Pagefind", minisearch: "MiniSearch" };
const COLORS = { claimlens: "#d95f02", pagefind: "#1b9e77", minisearch: "#7570b3" };
const CLASSES = ["word", "two-words", "phrase", "prefix", "typo", "variant", "none"];
const CLASS_NAMES = {
  word: "single word",
  "two-words": "two words",
  phrase: "phrase (quoted)",
  prefix: "prefix (4 letters)",
  typo: "one-edit typo",
  variant: "name, other transliteration",
  none: "no answer (success: no result)",
};

const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : "–");
const kb = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(1)} KB`);
const secs = (s) => (s >= 10 ? `${s.toFixed(1)} s` : `${s.toFixed(2)} s`);
const ratio = (a, b) => (b > 0 && Number.isFinite(a / b) ? `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×` : "–");
const pctText = (ok, n) => (n ? `${Math.round((100 * ok) / n)}% (${ok}/${n})` : "–");

function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

function success(engine) {
  const by = {};
  for (const c of CLASSES) {
    const qs = engine.queries.filter((q) => q.class === c);
    by[c] = { ok: qs.filter((q) => q.ok).length, n: qs.length };
  }
  return by;
}

// ---- SVG charts: horizontal grouped bars, one group per row label, one bar per engine ----

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/// groups: [{label, values: {engine: number}, texts?: {engine: string}}]; log: log10 axis.
function barChart({ title, subtitle, groups, unit, log = false, max = null }) {
  const barH = 14, gap = 10, left = 210, right = 110, top = 70, width = 820;
  const plotW = width - left - right;
  const all = groups.flatMap((g) => ENGINES.map((e) => g.values[e]).filter((v) => Number.isFinite(v) && v > 0));
  const hi = max ?? Math.max(...all, 1e-9);
  const lo = log ? Math.min(...all) : 0;
  const lmin = log ? Math.floor(Math.log10(lo)) : 0;
  const lmax = log ? Math.ceil(Math.log10(hi)) : 0;
  const x = (v) => {
    if (!Number.isFinite(v) || v <= 0) return 0;
    if (!log) return (plotW * v) / hi;
    return (plotW * (Math.log10(v) - lmin)) / Math.max(lmax - lmin, 1);
  };
  const groupH = ENGINES.length * barH + gap;
  const height = top + groups.length * groupH + 40;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`);
  out.push(`<rect width="100%" height="100%" fill="#fff"/>`);
  out.push(`<text x="12" y="20" font-size="15" font-weight="600">${esc(title)}</text>`);
  if (subtitle) out.push(`<text x="12" y="38" fill="#555">${esc(subtitle)}</text>`);
  // Legend.
  ENGINES.forEach((e, i) => {
    const lx = width - right - 300 + i * 105;
    out.push(`<rect x="${lx}" y="${top - 16}" width="10" height="10" fill="${COLORS[e]}"/><text x="${lx + 14}" y="${top - 7}">${NAMES[e]}</text>`);
  });
  // Grid.
  const ticks = log ? Array.from({ length: lmax - lmin + 1 }, (_, i) => 10 ** (lmin + i)) : [0, 0.25, 0.5, 0.75, 1].map((f) => f * hi);
  const bottom = top + groups.length * groupH;
  for (const t of ticks) {
    const tx = left + x(t) + (log ? 0 : 0);
    const label = t >= 1000 ? `${+(t / 1000).toPrecision(3)}k` : `${+t.toPrecision(3)}`;
    out.push(`<line x1="${tx}" y1="${top}" x2="${tx}" y2="${bottom}" stroke="#ddd"/><text x="${tx}" y="${bottom + 14}" text-anchor="middle" fill="#555">${label}</text>`);
  }
  out.push(`<text x="${left + plotW / 2}" y="${bottom + 32}" text-anchor="middle" fill="#555">${esc(unit)}${log ? " (log scale)" : ""}</text>`);
  groups.forEach((g, gi) => {
    const gy = top + gi * groupH;
    out.push(`<text x="${left - 8}" y="${gy + (ENGINES.length * barH) / 2 + 4}" text-anchor="end">${esc(g.label)}</text>`);
    ENGINES.forEach((e, i) => {
      const v = g.values[e];
      const w = Math.max(x(v), Number.isFinite(v) ? 1 : 0);
      const y = gy + i * barH;
      out.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barH - 2}" fill="${COLORS[e]}"/>`);
      const text = g.texts?.[e] ?? (Number.isFinite(v) ? `${+v.toPrecision(3)}` : "–");
      out.push(`<text x="${left + w + 4}" y="${y + barH - 4}" fill="#333">${esc(text)}</text>`);
    });
  });
  out.push(`</svg>`);
  return out.join("\n") + "\n";
}

// ---- why claimlens trails, where it does: the structural reasons, stable across runs ----

const WHY = {
  coldBytes:
    "claimlens fetches its whole index (the bundle: analysis and tantivy files) and the search worker's wasm (tantivy compiled to WebAssembly) before it can answer anything; Pagefind fetches a small wasm, the index chunk for the query's words and the fragments of the results shown; MiniSearch fetches a small JS library and its JSON index",
  firstResult:
    "the time to first result follows the bytes: compiling the search worker's wasm and opening the bundle come before the first answer",
  latency:
    "every claimlens query goes to a Web Worker and back as JSON and builds highlights and facets for the passages it returns; MiniSearch searches an in-memory JS index on the page's thread and returns ids only",
  build:
    "`claimlens build` analyses every article (quotes, speakers, figures, claims) before indexing, and writes the explorer, the bundle and its .br and .gz copies; the peers only tokenise",
  disk:
    "claimlens's output is a whole site: the explorer (page and worker wasm), the bundle, and a .br and a .gz copy of each file",
  rss: "claimlens keeps every article's analysis in memory while it builds the index",
};

const WHY_TITLES = {
  coldBytes: "Bytes before the first result",
  firstResult: "Time to first result",
  latency: "Query latency",
  build: "Build time",
  disk: "Bytes on disk",
  rss: "Build memory",
};

function main(results, dir) {
  const md = [];
  const charts = [];
  const { env, options, corpora } = results;
  md.push("<!-- bench/report/compare.md: written by bench/compare.sh (bench/compare/report.mjs); do not edit by hand, regenerate. -->");
  md.push("# claimlens, Pagefind and MiniSearch side by side");
  md.push("");
  md.push("Regenerate with `bench/compare.sh` (see [bench/README.md](../README.md#comparison-with-pagefind-and-minisearch)). " +
    "All figures come from one run on one machine; numbers drift between runs on a shared machine, so read the ratios. " +
    "Every engine is measured in the same headless Chromium session, served on loopback by a server that counts bytes and requests per URL " +
    "(pre-compressed brotli copies sent where the browser accepts them).");
  md.push("");
  md.push(`- Machine: ${env.cores} cores, ${env.memGiB} GiB, ${env.browser}, node ${env.node}; load average ${env.loadStart} at the start, ${env.loadEnd} at the end; ${env.date.slice(0, 16).replace("T", " ")} UTC.`);
  md.push(`- Cold visits per figure: ${options.runs} (median); timed passes over the queries: ${options.passes}; queries typed into the explorer: ${options.keystrokeQueries}.`);
  md.push("- Engines: `claimlens build` (release) with its explorer's search worker; Pagefind (npm `pagefind`, `pagefind --site` over HTML pages, its JS API); " +
    "MiniSearch (npm `minisearch`, an index serialised at build time and loaded with `MiniSearch.loadJSON`, `prefix: true, fuzzy: 0.2`, title boosted). " +
    "Each is opened by the same small page (`bench/compare/page/`) as soon as it loads.");
  md.push("- success@5: a query succeeds when one of the first five results is an article that answers it (known by construction: " +
    "`claimlens-search-bench compare-queries` for the synthetic corpora, `bench/compare/queries-belarus.json` for the seed corpus); " +
    "a no-answer query succeeds when there is no result. claimlens lists passages, so its first five results may come from fewer than five articles.");
  md.push("");

  const headline = corpora.find((c) => c.name === "synthetic-1000") ?? corpora[corpora.length - 1];
  const trails = [];

  for (const c of corpora) {
    const E = c.engines;
    const s = Object.fromEntries(ENGINES.map((e) => [e, success(E[e])]));
    const total = (e) => Object.values(s[e]).reduce((a, b) => ({ ok: a.ok + b.ok, n: a.n + b.n }), { ok: 0, n: 0 });
    md.push(`## ${c.label}: ${c.articles} articles, ${(c.corpusBytes / 1e6).toFixed(2)} MB of text, ${c.queries} queries`);
    md.push("");
    md.push("### Finding the right articles: success@5");
    md.push("");
    md.push(table(["query class", ...ENGINES.map((e) => NAMES[e])], [
      ...CLASSES.filter((k) => s.claimlens[k].n).map((k) => [CLASS_NAMES[k], ...ENGINES.map((e) => pctText(s[e][k].ok, s[e][k].n))]),
      ["**all**", ...ENGINES.map((e) => `**${pctText(total(e).ok, total(e).n)}**`)],
    ]));
    md.push("");
    charts.push({
      file: `success-${c.name}.svg`,
      svg: barChart({
        title: `success@5 by query class — ${c.label} (${c.articles} articles)`,
        subtitle: "share of queries with a right article among the first five results (no-answer: no result)",
        unit: "success@5, %",
        max: 100,
        groups: CLASSES.filter((k) => s.claimlens[k].n).map((k) => ({
          label: CLASS_NAMES[k].replace(" (success: no result)", ""),
          values: Object.fromEntries(ENGINES.map((e) => [e, (100 * s[e][k].ok) / s[e][k].n])),
          texts: Object.fromEntries(ENGINES.map((e) => [e, `${Math.round((100 * s[e][k].ok) / s[e][k].n)}%`])),
        })),
      }),
    });
    md.push(`![success@5, ${c.label}](success-${c.name}.svg)`);
    md.push("");
    const failed = ENGINES.map((e) => [e, E[e].queries.filter((q) => !q.ok)]).filter(([, f]) => f.length);
    if (failed.length) {
      md.push("<details><summary>Queries that failed, by engine</summary>");
      md.push("");
      for (const [e, f] of failed) md.push(`- ${NAMES[e]}: ${f.map((q) => `\`${q.query}\` (${q.class}, ${q.top.length} results)`).join(", ")}`);
      md.push("");
      md.push("</details>");
      md.push("");
    }

    md.push("### Download and time to first result (cold visit, empty cache)");
    md.push("");
    const X = c.explorer;
    md.push(table(["", ...ENGINES.map((e) => NAMES[e]), "claimlens ÷ Pagefind", "claimlens ÷ MiniSearch"], [
      ["bytes before the first result", ...ENGINES.map((e) => kb(E[e].coldBytes)), ratio(E.claimlens.coldBytes, E.pagefind.coldBytes), ratio(E.claimlens.coldBytes, E.minisearch.coldBytes)],
      ["requests before the first result", ...ENGINES.map((e) => String(E[e].coldRequests)), "", ""],
      ["navigation → first result painted, ms", ...ENGINES.map((e) => ms(E[e].firstResult)), ratio(E.claimlens.firstResult, E.pagefind.firstResult), ratio(E.claimlens.firstResult, E.minisearch.firstResult)],
      ["navigation → engine open, ms", ...ENGINES.map((e) => ms(E[e].engineOpen)), "", ""],
      ["each further query: bytes (mean / max)", ...ENGINES.map((e) => `${kb(E[e].furtherBytesMean)} / ${kb(E[e].furtherBytesMax)}`), "", ""],
      ["each further query: requests (mean)", ...ENGINES.map((e) => E[e].furtherRequestsMean.toFixed(2)), "", ""],
    ]));
    md.push("");
    md.push(`claimlens's whole explorer (the real UI: page wasm, worker, bundle; first query typed as soon as the box appears, any debounce included): ` +
      `navigation → first result visible **${ms(X.firstResult)} ms**, **${kb(X.visitBytes)}** in ${X.visitRequests} requests for the visit.`);
    md.push("");
    md.push("<details><summary>What each engine fetched before its first result</summary>");
    md.push("");
    for (const e of ENGINES) md.push(`- ${NAMES[e]}: ${E[e].coldFiles.filter((f) => f.status === 200).map((f) => `\`${f.path}\` ${kb(f.sent)}`).join(", ")}`);
    md.push("");
    md.push("</details>");
    md.push("");

    md.push("### Query latency");
    md.push("");
    md.push(table(["ms", ...ENGINES.map((e) => NAMES[e]), "claimlens ÷ Pagefind", "claimlens ÷ MiniSearch"], [
      ["engine, warm: p50", ...ENGINES.map((e) => ms(E[e].latency.p50)), ratio(E.claimlens.latency.p50, E.pagefind.latency.p50), ratio(E.claimlens.latency.p50, E.minisearch.latency.p50)],
      ["engine, warm: p95", ...ENGINES.map((e) => ms(E[e].latency.p95)), ratio(E.claimlens.latency.p95, E.pagefind.latency.p95), ratio(E.claimlens.latency.p95, E.minisearch.latency.p95)],
      ["engine, each query's first time: p50", ...ENGINES.map((e) => ms(E[e].firstTimeLatency.p50)), "", ""],
      ["engine, each query's first time: p95", ...ENGINES.map((e) => ms(E[e].firstTimeLatency.p95)), "", ""],
    ]));
    md.push("");
    md.push("Engine latency is from the page's call to the first ten results in hand (claimlens: request to its worker and the JSON reply, with highlights; " +
      "Pagefind: `search()` and `data()` of the results shown; MiniSearch: `search()`), warm over the timed passes. A query's first time includes what it downloads.");
    md.push("");
    const K = X.keystrokes;
    md.push(`claimlens explorer, keystroke → results in the DOM (${K.answered} of ${K.count} keystrokes): p50 ${ms(K.total.p50)} ms, p95 ${ms(K.total.p95)} ms, ` +
      `of which the debounce p50 ${ms(K.debounce.p50)} ms; after the debounce (request → results in the DOM) p50 ${ms(K.afterDebounce.p50)} ms, **p95 ${ms(K.afterDebounce.p95)} ms**; worker p95 ${ms(K.worker.p95)} ms, render p95 ${ms(K.render.p95)} ms.`);
    md.push("");

    md.push("### Index build and size on disk");
    md.push("");
    const B = c.builds, D = c.disk;
    md.push(table(["", ...ENGINES.map((e) => NAMES[e]), "claimlens ÷ Pagefind", "claimlens ÷ MiniSearch"], [
      ["build, wall time", ...ENGINES.map((e) => secs(B[e].seconds)), ratio(B.claimlens.seconds, B.pagefind.seconds), ratio(B.claimlens.seconds, B.minisearch.seconds)],
      ["build, articles/s", ...ENGINES.map((e) => (c.articles / Math.max(B[e].seconds, 0.01)).toFixed(0)), "", ""],
      ["build, peak memory (RSS)", ...ENGINES.map((e) => `${B[e].peakRssMiB.toFixed(0)} MiB`), ratio(B.claimlens.peakRssMiB, B.pagefind.peakRssMiB), ratio(B.claimlens.peakRssMiB, B.minisearch.peakRssMiB)],
      ["files written (without .br/.gz copies)", ...ENGINES.map((e) => String(D[e].files)), "", ""],
      ["bytes written (without .br/.gz copies)", ...ENGINES.map((e) => kb(D[e].bytes)), ratio(D.claimlens.bytes, D.pagefind.bytes), ratio(D.claimlens.bytes, D.minisearch.bytes)],
      ["of which the index", ...ENGINES.map((e) => kb(D[e].index)), ratio(D.claimlens.index, D.pagefind.index), ratio(D.claimlens.index, D.minisearch.index)],
      ["pre-compressed copies claimlens writes", `${D.claimlens.copies} files, ${kb(D.claimlens.copyBytes)}`, "", "", "", ""],
    ]));
    md.push("");
    md.push("Build times are wall time under GNU `time -v` of the whole command (`claimlens build` analyses, indexes and writes the site; `pagefind --site` reads the HTML pages; MiniSearch is `node` reading the documents and writing its JSON index). " +
      "Pagefind's output includes its UI scripts and styles, which a page using only the JS API does not fetch.");
    md.push("");

    // Where claimlens trails on this corpus, against the better peer.
    const best = (f) => ENGINES.slice(1).map((e) => [e, f(e)]).filter(([, v]) => Number.isFinite(v)).sort((a, b) => a[1] - b[1])[0];
    const lower = [
      ["bytes before the first result", "coldBytes", (e) => E[e].coldBytes, kb],
      ["navigation → first result", "firstResult", (e) => E[e].firstResult, (v) => `${ms(v)} ms`],
      ["warm query latency p50", "latency", (e) => E[e].latency.p50, (v) => `${ms(v)} ms`],
      ["warm query latency p95", "latency", (e) => E[e].latency.p95, (v) => `${ms(v)} ms`],
      ["build wall time", "build", (e) => B[e].seconds, secs],
      ["build peak memory", "rss", (e) => B[e].peakRssMiB, (v) => `${v.toFixed(0)} MiB`],
      ["bytes written", "disk", (e) => D[e].bytes, kb],
    ];
    for (const [what, why, f, fmt] of lower) {
      const [peer, v] = best(f);
      const mine = f("claimlens");
      if (mine > v * 1.1) trails.push({ corpus: c.label, what, why, text: `${fmt(mine)} against ${NAMES[peer]}'s ${fmt(v)} (${ratio(mine, v)})` });
    }
    for (const k of CLASSES) {
      const peers = ENGINES.slice(1).map((e) => [e, s[e][k].n ? s[e][k].ok / s[e][k].n : NaN]).sort((a, b) => b[1] - a[1]);
      const mine = s.claimlens[k].n ? s.claimlens[k].ok / s.claimlens[k].n : NaN;
      if (peers[0][1] > mine) trails.push({ corpus: c.label, what: `success@5, ${CLASS_NAMES[k]}`, why: null, text: `${Math.round(100 * mine)}% against ${NAMES[peers[0][0]]}'s ${Math.round(100 * peers[0][1])}%` });
    }
  }

  // Charts across corpora.
  const across = (title, subtitle, unit, f, log, fmt) => ({
    title, subtitle, unit, log,
    groups: corpora.map((c) => ({
      label: `${c.label} (${c.articles})`,
      values: Object.fromEntries(ENGINES.map((e) => [e, f(c, e)])),
      texts: Object.fromEntries(ENGINES.map((e) => [e, fmt(f(c, e))])),
    })),
  });
  charts.push({ file: "bytes-first-result.svg", svg: barChart(across("Bytes before the first result (cold visit)", "all bytes sent until the first results are in hand, brotli where the browser accepts it", "KB", (c, e) => c.engines[e].coldBytes / 1000, true, (v) => `${v.toFixed(v >= 100 ? 0 : 1)} KB`)) });
  charts.push({ file: "first-result.svg", svg: barChart(across("Navigation → first result painted", "cold visit, the same benchmark page for each engine, loopback", "ms", (c, e) => c.engines[e].firstResult, false, (v) => `${ms(v)} ms`)) });
  charts.push({ file: "latency.svg", svg: barChart(across("Query latency, warm, p95", "engine only: from the call to the first ten results in hand", "ms", (c, e) => c.engines[e].latency.p95, false, (v) => `${ms(v)} ms`)) });
  charts.push({ file: "build.svg", svg: barChart(across("Index build, wall time", "GNU time -v of the whole build command", "s", (c, e) => c.builds[e].seconds, true, secs)) });

  md.push("## Charts across corpora");
  md.push("");
  for (const f of ["bytes-first-result.svg", "first-result.svg", "latency.svg", "build.svg"]) md.push(`![${f}](${f})`, "");

  md.push("## Where claimlens trails");
  md.push("");
  if (!trails.length) md.push("Nowhere by more than 10% in this run.");
  const whys = new Set();
  for (const t of trails) {
    md.push(`- **${t.what}**, ${t.corpus}: ${t.text}.`);
    if (t.why) whys.add(t.why);
  }
  md.push("");
  if (whys.size) {
    md.push("Why:");
    md.push("");
    for (const w of whys) md.push(`- ${WHY_TITLES[w]}: ${WHY[w]}.`);
    md.push("");
  }

  // The headline, also for the README.
  const H = headline.engines;
  const hs = Object.fromEntries(ENGINES.map((e) => [e, success(H[e])]));
  const summary = {
    corpus: headline.label,
    articles: headline.articles,
    success: Object.fromEntries(ENGINES.map((e) => [e, Object.fromEntries(CLASSES.map((k) => [k, hs[e][k].n ? hs[e][k].ok / hs[e][k].n : null]))])),
    bytesBeforeFirstResult: Object.fromEntries(ENGINES.map((e) => [e, H[e].coldBytes])),
    firstResultMs: Object.fromEntries(ENGINES.map((e) => [e, H[e].firstResult])),
    latencyMs: Object.fromEntries(ENGINES.map((e) => [e, { p50: H[e].latency.p50, p95: H[e].latency.p95 }])),
    buildSeconds: Object.fromEntries(ENGINES.map((e) => [e, headline.builds[e].seconds])),
    keystrokeMs: { p50: headline.explorer.keystrokes.total.p50, p95: headline.explorer.keystrokes.total.p95, afterDebounceP95: headline.explorer.keystrokes.afterDebounce.p95 },
    trails,
  };
  return { md: md.join("\n"), charts, json: { summary, ...results } };
}

const [input, dir] = process.argv.slice(2);
if (!input || !dir) {
  console.error("usage: node bench/compare/report.mjs RESULTS_JSON REPORT_DIR");
  process.exit(2);
}
const { md, charts, json } = main(JSON.parse(await readFile(input, "utf8")), dir);
await mkdir(dir, { recursive: true });
await writeFile(join(dir, "compare.md"), md + "\n");
await writeFile(join(dir, "compare.json"), JSON.stringify(json, null, 1) + "\n");
for (const c of charts) await writeFile(join(dir, c.file), c.svg);
console.error(`report: ${join(dir, "compare.md")}, compare.json and ${charts.length} charts`);
