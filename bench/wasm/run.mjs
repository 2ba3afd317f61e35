// bench/wasm/run.mjs: times the analysis workloads in WebAssembly under Node (the wasm side of analysis.sh).
//
// Usage: node run.mjs PKG_JS [--smoke] [--iterations N] [--min-time SECONDS] [--synthetic N] DIR...
// PKG_JS is claimlens_bench.js from `wasm-bindgen --target nodejs`. The workloads, iteration
// policy and report lines come from the wasm module itself (bench/src), so they match the native
// runner's; this script only reads the corpus files and keeps time with performance.now().
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

function fail(message) {
  console.error(`claimlens-bench (wasm): ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    smoke: { type: 'boolean', default: false },
    iterations: { type: 'string' },
    'min-time': { type: 'string' },
    synthetic: { type: 'string' },
  },
});
const [pkg, ...dirs] = positionals;
if (!pkg || dirs.length === 0) {
  fail('usage: run.mjs PKG_JS [--smoke] [--iterations N] [--min-time SECONDS] [--synthetic N] DIR...');
}

function number(flag, integer) {
  const text = values[flag];
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    fail(`--${flag} wants a ${integer ? 'whole ' : ''}number, got ${JSON.stringify(text)}`);
  }
  return value;
}

// The same files, in the same order, as the native runner: *.txt and *.md but README.md (which
// describes a corpus), by file name.
const names = [];
const contents = [];
for (const dir of dirs) {
  let files;
  try {
    files = readdirSync(dir)
      .filter((name) => /\.(txt|md)$/.test(name) && name.toLowerCase() !== 'readme.md')
      .sort();
  } catch (error) {
    fail(`reading corpus directory ${dir}: ${error.message}`);
  }
  if (files.length === 0) fail(`no *.txt or *.md articles in ${dir}`);
  for (const name of files) {
    names.push(name);
    contents.push(readFileSync(join(dir, name), 'utf8'));
  }
}

const { Bench, reportHeader } = createRequire(import.meta.url)(resolve(pkg));
const bench = new Bench(
  names,
  contents,
  values.smoke,
  number('iterations', true),
  number('min-time', false),
  number('synthetic', true),
);

console.log(reportHeader());
for (let index = 0; index < bench.count(); index++) {
  if (bench.warmup()) bench.run(index);
  const start = performance.now();
  let iterations = 0;
  let found = 0;
  while (!bench.done(iterations, (performance.now() - start) / 1000)) {
    found = bench.run(index);
    iterations++;
  }
  const seconds = (performance.now() - start) / 1000;
  if (found === 0) {
    fail(`workload ${bench.name(index)} found no quotes or figures: the analysis is not running`);
  }
  console.log(bench.report(index, iterations, seconds));
}
