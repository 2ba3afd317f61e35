// bench/memory/run.mjs: what a bundle costs a reader's tab in memory (issue 7: a 10k-article
// bundle must load within 300 MB). bench/memory.sh builds the site and runs this.
//
//   node bench/memory/run.mjs SITE_DIR [QUERY]
//
// Serves SITE_DIR on loopback as a static host would (the .br copy when the browser accepts br);
// opens it in headless Chromium; waits until the story is on screen and the search worker
// has answered QUERY; then prints:
//   * the renderer process's peak and current resident memory (VmHWM and VmRSS from
//     /proc/PID/status of the renderer process that appeared for the page). The page and its
//     dedicated worker run in this one process, so this is what the tab costs the machine,
//     Chromium's own baseline included. Resident memory counts the pages of Chromium's own
//     binary and libraries, which every tab shares; so also
//   * the renderer's peak private memory: RssAnon, the anonymous (heap, wasm, V8) part of
//     resident memory, which belongs to this tab alone, sampled every 20 ms while it loads
//     (the kernel keeps no peak of it);
//   * the size of the page's and of the worker's WebAssembly memory: a wasm memory never
//     shrinks, so each is the most that program held at once (bundle bytes, decoded story,
//     search index). performance.measureUserAgentSpecificMemory() was tried and left out: in
//     Chromium 156 it counts JavaScript heaps only (2 MiB here), not wasm memories;
//   * the same for an empty page on the same server, for the baseline.
// Figures are printed, never checked. CHROMIUM overrides the browser (default /usr/bin/chromium).
import { createServer } from "node:http";
import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { chromium } from "playwright-core";

const [site, query = "said"] = process.argv.slice(2);
if (!site) {
  console.error("usage: node bench/memory/run.mjs SITE_DIR [QUERY]");
  process.exit(2);
}
const TIMEOUT = 300_000;
const MB = 1024 * 1024;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

const isFile = (path) => stat(path).then((s) => s.isFile(), () => false);

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path === "/blank.html") {
    res.writeHead(200, { "content-type": TYPES[".html"] }).end("<!doctype html><title>blank</title>");
    return;
  }
  const file = normalize(join(site, path.endsWith("/") ? path + "index.html" : path));
  if (!file.startsWith(normalize(site) + sep) || !(await isFile(file))) {
    res.writeHead(404).end();
    return;
  }
  const br = /\bbr\b/.test(req.headers["accept-encoding"] ?? "") && (await isFile(file + ".br"));
  const body = await readFile(br ? file + ".br" : file);
  res.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "content-length": body.length,
    ...(br ? { "content-encoding": "br" } : {}),
  });
  res.end(body);
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
  ],
});

/// The /proc/PID/status fields, in MiB.
async function residency(pid) {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const field = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, "m"))?.[1] ?? NaN) / 1024;
  return { pid, peak: field("VmHWM"), now: field("VmRSS") };
}

/// Chromium's renderer processes started by this script: descendants of this process whose
/// command line says --type=renderer (the page and its dedicated worker share one), leaving out
/// the one that draws Chromium's own interface (--top-chrome-webui, over 100 MiB by itself).
async function renderers() {
  const parents = new Map();
  const kinds = new Map();
  for (const name of await readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, "utf8").catch(() => null);
    const cmdline = await readFile(`/proc/${name}/cmdline`, "utf8").catch(() => "");
    if (!stat) continue;
    // The parent pid is the second field after the command, which is in parentheses.
    parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    kinds.set(Number(name), cmdline.includes("--type=renderer") && !cmdline.includes("--top-chrome-webui"));
  }
  const ours = (pid) => {
    for (let p = pid; p > 1; p = parents.get(p) ?? 0) {
      if (p === process.pid) return true;
    }
    return false;
  };
  return [...kinds].filter(([pid, renderer]) => renderer && ours(pid)).map(([pid]) => pid);
}

/// The RssAnon field of /proc/PID/status, in MiB (NaN when the process is gone).
async function anonymous(pid) {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Number(status.match(/^RssAnon:\s+(\d+) kB/m)?.[1] ?? NaN) / 1024;
}

/// Opens `url` in a fresh context (its own renderer process), runs `ready`, and measures.
async function measure(url, ready) {
  const before = new Set(await renderers());
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  // Every renderer that appeared for this page, sampled for its private memory until measured.
  const fresh = (await renderers()).filter((pid) => !before.has(pid));
  const anonPeak = new Map();
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      for (const pid of fresh) {
        const mib = await anonymous(pid);
        if (!Number.isNaN(mib)) anonPeak.set(pid, Math.max(anonPeak.get(pid) ?? 0, mib));
      }
      await new Promise((done) => setTimeout(done, 20));
    }
  })();
  const started = Date.now();
  // boot.js hands the page's wasm exports (its memory among them) to this event.
  await page.addInitScript(() =>
    addEventListener("TrunkApplicationStarted", (e) => (window.__claimlensWasm = e.detail.wasm)));
  await page.goto(url);
  await ready(page);
  const seconds = (Date.now() - started) / 1000;
  // Each WebAssembly memory only grows: its size is the most its program ever held at once.
  const pageWasm = await page.evaluate(() => window.__claimlensWasm?.memory?.buffer.byteLength ?? NaN);
  const workers = page.workers();
  const workerWasm = workers.length
    ? await workers[0].evaluate(async () => (await wasm_bindgen()).memory.buffer.byteLength).catch(() => NaN)
    : NaN;
  // The page's renderer: the one that appeared for it (a spare one Chromium keeps ready for the
  // next page may appear too: the larger is the page's).
  const all = await Promise.all((await renderers()).map(residency));
  const appeared = all.filter((r) => !before.has(r.pid));
  const renderer = (appeared.length ? appeared : all).sort((a, b) => b.now - a.now)[0];
  sampling = false;
  await sampler;
  renderer.anonPeak = anonPeak.get(renderer.pid) ?? NaN;
  renderer.anonNow = await anonymous(renderer.pid);
  await context.close();
  return { seconds, renderer, renderers: all, pageWasm, workerWasm };
}

const show = (label, m) => {
  console.log(`${label}`);
  console.log(`  ready after            ${m.seconds.toFixed(1)} s`);
  console.log(`  renderer peak RSS      ${m.renderer.peak.toFixed(0)} MiB (VmHWM of pid ${m.renderer.pid})`);
  console.log(`  renderer RSS now       ${m.renderer.now.toFixed(0)} MiB`);
  console.log(`  renderer peak private  ${m.renderer.anonPeak.toFixed(0)} MiB (RssAnon, sampled every 20 ms; ${m.renderer.anonNow.toFixed(0)} MiB now)`);
  if (!Number.isNaN(m.pageWasm)) {
    console.log(`  page's wasm memory     ${(m.pageWasm / MB).toFixed(0)} MiB`);
    console.log(`  worker's wasm memory   ${(m.workerWasm / MB).toFixed(0)} MiB`);
  }
  const others = m.renderers.filter((r) => r !== m.renderer).map((r) => `${r.now.toFixed(0)}`);
  console.log(`  other renderers (RSS)  ${others.join(", ") || "none"} MiB (the spare Chromium keeps ready)`);
};

try {
  const bundle = (await stat(join(site, "claimlens.bundle"))).size;
  console.log(`site ${site}: claimlens.bundle ${(bundle / MB).toFixed(1)} MiB`);
  show("an empty page (Chromium's baseline)", await measure(`${origin}/blank.html`, async () => {}));
  const loaded = await measure(`${origin}/#/search?q=${encodeURIComponent(query)}`, async (page) => {
    // Loaded: the page has decoded the story and the worker's engine has answered a search.
    await page.locator(".passage").first().waitFor();
  });
  show(`the explorer, story decoded and the search answering “${query}”`, loaded);
  console.log(`RESULT peak_renderer_rss_mib=${loaded.renderer.peak.toFixed(0)} peak_renderer_private_mib=${loaded.renderer.anonPeak.toFixed(0)} page_wasm_mib=${(loaded.pageWasm / MB).toFixed(0)} worker_wasm_mib=${(loaded.workerWasm / MB).toFixed(0)}`);
} finally {
  await browser.close();
  server.close();
}
