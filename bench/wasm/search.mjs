// bench/wasm/search.mjs: query latency of the search engine in WebAssembly under Node (V8), the wasm side of search.sh.
//
// Usage: node search.mjs PKG_JS BUNDLE QUERIES [--passes N] [--limit N] [--query-limit N] [--summary FILE]
// PKG_JS is claimlens_bench_search_wasm.js from `wasm-bindgen --target nodejs` (bench/search-wasm).
// The passes, percentiles (nearest rank) and columns match the native runner
// (bench/src/search/latency.rs): every query once untimed, then timed passes; each timing is one
// `search` call, JSON of the results with highlights and facets included.
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

function fail(message) {
  console.error(`search.mjs: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    passes: { type: 'string', default: '5' },
    limit: { type: 'string', default: '10' },
    'query-limit': { type: 'string' },
    summary: { type: 'string' },
  },
});
const [pkg, bundlePath, queriesPath] = positionals;
if (!pkg || !bundlePath || !queriesPath) fail('usage: search.mjs PKG_JS BUNDLE QUERIES [--passes N] [--limit N] [--query-limit N] [--summary FILE]');
const whole = (flag) => {
  const value = Number(values[flag]);
  if (!Number.isInteger(value) || value < 1) fail(`--${flag} wants a whole number ≥ 1, got ${values[flag]}`);
  return value;
};
const passes = whole('passes');
const limit = whole('limit');

// The same reading as read_queries in latency.rs: lines as typed, blanks and # comments left out.
let queries = readFileSync(queriesPath, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
if (values['query-limit'] !== undefined) queries = queries.slice(0, whole('query-limit'));
if (queries.length === 0) fail(`no queries in ${queriesPath}`);

const { SearchEngine } = createRequire(import.meta.url)(resolve(pkg));
// The bundle's head with its texts and index parts beside it, one after another: the whole.
const bytes = Buffer.concat([bundlePath, bundlePath.replace(/\.bundle$/, '.texts.bundle'), bundlePath.replace(/\.bundle$/, '.index.bundle')].map((p) => readFileSync(p)));
let start = performance.now();
const engine = new SearchEngine(bytes);
const openMs = performance.now() - start;

let found = 0;
for (const query of queries) found += JSON.parse(engine.search(query, limit)).total;
if (found === 0) fail(`no query found anything in ${bundlePath}: the queries do not fit the corpus`);

const times = [];
const byQuery = new Map();
for (let pass = 0; pass < passes; pass++) {
  for (const query of queries) {
    start = performance.now();
    const json = engine.search(query, limit);
    const ms = performance.now() - start;
    if (json.length === 0) fail(`empty answer to ${query}`);
    times.push(ms);
    byQuery.set(query, Math.max(ms, byQuery.get(query) ?? 0));
  }
}
times.sort((a, b) => a - b);
const percentile = (p) => times[Math.min(Math.max(Math.ceil((p / 100) * times.length), 1), times.length) - 1];
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const figures = { open: openMs, p50: percentile(50), p95: percentile(95), max: percentile(100), mean };
if (values.summary) {
  appendFileSync(values.summary, Object.entries(figures).map(([k, v]) => `latency.wasm.${k}\t${v.toFixed(3)}\n`).join(''));
}
// One row in the columns of latency.rs's table (search.sh prints them together).
console.log(['wasm', queries.length, times.length, openMs.toFixed(1), figures.p50.toFixed(3), figures.p95.toFixed(3),
  figures.max.toFixed(3), mean.toFixed(3)].join('\t'));
const slowest = [...byQuery.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
console.log('slowest wasm queries:');
for (const [query, ms] of slowest) console.log(`  ${ms.toFixed(3).padStart(8)} ms  ${query}`);
