// bench/open/run.mjs: #/open (issue 18) in headless Chromium: the time from choosing the files
// to the figures view, per corpus, with the worker's stages; the peak private memory of the
// tab's renderer while it builds (RssAnon of /proc/PID/status, sampled every 20 ms: the page
// and its workers run in that process) and the #/open worker's wasm memory at the end; the
// size of the #/open module (brotli, as the site serves it) beside the page's and the search
// worker's. bench/open.sh builds the site and the corpora and runs this. Figures are printed,
// never checked.
//
//   node bench/open/run.mjs SITE_DIR NAME=FOLDER [NAME=FOLDER ...] [--runs N]
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { launch, serve } from "../../web/e2e/support.mjs";

const args = process.argv.slice(2);
let runs = 3;
const corpora = [];
let site;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else if (!site) site = args[i];
  else corpora.push(args[i].split("="));
}
if (!site || corpora.length === 0 || !(runs >= 1)) {
  console.error("usage: node bench/open/run.mjs SITE_DIR NAME=FOLDER [...] [--runs N]");
  process.exit(2);
}
const TIMEOUT = 600_000;
const MB = 1024 * 1024;
const server = await serve(site, { brotli: true });
const browser = await launch();

/// Renderer processes of this script's Chromium (the page and its workers share one).
async function renderers() {
  const parents = new Map();
  const isRenderer = new Map();
  for (const name of await readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, "utf8").catch(() => null);
    if (!stat) continue;
    const cmdline = await readFile(`/proc/${name}/cmdline`, "utf8").catch(() => "");
    parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    isRenderer.set(Number(name), cmdline.includes("--type=renderer") && !cmdline.includes("--top-chrome-webui"));
  }
  const ours = (pid) => {
    for (let p = pid; p > 1; p = parents.get(p) ?? 0) if (p === process.pid) return true;
    return false;
  };
  return [...isRenderer].filter(([pid, r]) => r && ours(pid)).map(([pid]) => pid);
}

async function anonymousMiB(pid) {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Number(status.match(/^RssAnon:\s+(\d+) kB/m)?.[1] ?? NaN) / 1024;
}

/// One run: #/open in a fresh context, `files` chosen, until the figures view shows a claim.
async function run(files) {
  const before = new Set(await renderers());
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const stages = [];
  page.on("console", () => {});
  // The worker's module is loaded before the clock starts: the reader is still choosing.
  const loaded = new Promise((done) => page.on("requestfinished", (r) => r.url().endsWith("/claimlens-open_bg.wasm") && done()));
  await page.goto(`${server.origin}/#/open`);
  const input = page.getByLabel("Choose article files");
  await input.waitFor();
  await loaded;
  const fresh = (await renderers()).filter((pid) => !before.has(pid));
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      for (const pid of fresh) {
        const mib = await anonymousMiB(pid);
        if (!Number.isNaN(mib)) peak = Math.max(peak, mib);
      }
      await new Promise((done) => setTimeout(done, 20));
    }
  })();
  // Each stage's bar, as the page shows it, with when it was first seen finished.
  await page.evaluate(() => {
    window.__stages = {};
    const t0 = performance.now();
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll(".open-stage")) {
        const p = bar.querySelector("progress");
        if (p && Number(p.value) >= Number(p.max) && !(bar.dataset.stage in window.__stages)) {
          window.__stages[bar.dataset.stage] = performance.now() - t0;
        }
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const started = Date.now();
  await input.setInputFiles(files);
  await page.locator(".claim").first().waitFor();
  const millis = Date.now() - started;
  sampling = false;
  await sampler;
  Object.assign(stages, await page.evaluate(() => window.__stages));
  const worker = page.workers().find((w) => w.url().includes("open-loader"));
  const wasm = worker ? await worker.evaluate(async () => (await wasm_bindgen()).memory.buffer.byteLength).catch(() => NaN) : NaN;
  await context.close();
  return { millis, peak, wasm: wasm / MB, stages };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`#/open: ${runs} run(s) per corpus, median shown (Chromium, loopback)`);
for (const [name, folder] of corpora) {
  const files = (await readdir(folder)).sort().map((f) => join(folder, f));
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await run(files));
  const m = (f) => median(results.map(f));
  const stageNames = Object.keys(results[0].stages);
  console.log(`  ${name} (${files.length} files)`);
  console.log(`    files chosen -> figures view  ${m((r) => r.millis).toFixed(0)} ms`);
  console.log(`    stages done at                ${stageNames.map((s) => `${s} ${m((r) => r.stages[s] ?? NaN).toFixed(0)} ms`).join(", ")}`);
  console.log(`    renderer peak private memory  ${m((r) => r.peak).toFixed(0)} MiB (RssAnon, page and workers)`);
  console.log(`    #/open worker wasm memory     ${m((r) => r.wasm).toFixed(1)} MiB`);
}

console.log("module sizes (raw, brotli quality 11 as web/precompress.mjs makes them)");
for (const file of ["claimlens-open_bg.wasm", "claimlens-worker_bg.wasm"]) {
  const bytes = await readFile(join(site, file));
  console.log(`  ${file.padEnd(28)} ${(bytes.length / 1024).toFixed(0)} KiB raw, ${(brotli(bytes) / 1024).toFixed(0)} KiB brotli`);
}
const index = await readFile(join(site, "index.html"), "utf8");
const pageWasm = index.match(/data-wasm="(?:\.\/)?([^"]+)"/)?.[1];
if (pageWasm) {
  const bytes = await readFile(join(site, pageWasm));
  console.log(`  ${"page " + pageWasm.replace(/-[0-9a-f]+(?=_bg)/, "")} ${(bytes.length / 1024).toFixed(0)} KiB raw, ${(brotli(bytes) / 1024).toFixed(0)} KiB brotli`);
}
await browser.close();
await server.close();

function brotli(bytes) {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
