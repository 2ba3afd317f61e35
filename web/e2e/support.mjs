// web/e2e/support.mjs: what the embedding tests (csp, widget, single-file) share: a static
// server on a free loopback port (optional headers, CORS, brotli copies, extra routes), Chromium
// with the flags that work here, CSP-violation recording, and the extra sites they need, built
// with the claimlens CLI when tests/run has not built them already. Not a test file itself.
import { createServer } from "node:http";
import { readFile, mkdtemp } from "node:fs/promises";
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const TIMEOUT = 20_000;
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".bundle": "application/octet-stream",
};

/// Serves `root` on 127.0.0.1. `headers` go on every response (a CSP, CORS); `routes` maps a
/// path to {body, type, headers?} served instead of a file; with `brotli`, a request accepting br gets the
/// file's .br copy, as a static host would; `trickle` maps a path to a piece size in bytes: that
/// file goes out a piece at a time with a pause between, as over a slow network. Counts the
/// bytes it sends (`sent`).
export async function serve(root, { headers = {}, routes = {}, brotli = false, trickle = {} } = {}) {
  const stats = { sent: 0, requests: [] };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    stats.requests.push(req.url);
    let body;
    let type;
    let encoding;
    let own = {};
    if (routes[path]) {
      ({ body, type } = routes[path]);
      own = routes[path].headers ?? {};
      body = Buffer.from(body);
    } else {
      const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
      if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
        res.writeHead(403).end();
        return;
      }
      type = TYPES[extname(file)] ?? "application/octet-stream";
      try {
        if (brotli && /\bbr\b/.test(req.headers["accept-encoding"] ?? "") && existsSync(file + ".br")) {
          body = await readFile(file + ".br");
          encoding = "br";
        } else {
          body = await readFile(file);
        }
      } catch {
        res.writeHead(404, { "content-type": "text/plain", ...headers }).end("not found");
        return;
      }
    }
    const extra = encoding ? { "content-encoding": encoding } : {};
    res.writeHead(200, { "content-type": type, "content-length": body.length, ...extra, ...headers, ...own });
    stats.sent += body.length;
    const piece = trickle[path];
    if (!piece) {
      res.end(body);
      return;
    }
    for (let at = 0; at < body.length; at += piece) {
      res.write(body.subarray(at, at + piece));
      await new Promise((done) => setTimeout(done, 2));
    }
    res.end();
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { server, origin, stats, close: () => new Promise((done) => server.close(done)) };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/// Records every Content-Security-Policy violation the page (or a worker it starts) reports:
/// `securitypolicyviolation` events, which reach the document from shadow roots too, and the
/// console's "Refused to ..." lines, which also cover workers. Call before page.goto.
export async function recordViolations(page) {
  const seen = [];
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
    }, true);
  });
  const onConsole = (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) {
      seen.push(message.text());
    }
  };
  page.on("console", onConsole);
  page.on("worker", (worker) => worker.on("console", onConsole));
  return async () => [...seen, ...(await page.evaluate(() => window.__violations ?? []))];
}

/// Builds with the claimlens CLI into a fresh temporary folder (`cargo run`: the binary must
/// have been built after `trunk build --release` to carry the explorer).
async function claimlensBuild(args) {
  const bin = process.env.CLAIMLENS_BIN;
  const command = bin ? [bin, ["build", ...args]] : ["cargo", ["run", "-q", "--release", "--bin", "claimlens", "--", "build", ...args]];
  execFileSync(command[0], command[1], { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
}

/// The demo story's site (corpus/demo): CLAIMLENS_DEMO_SITE, or built now.
export async function demoSite() {
  if (process.env.CLAIMLENS_DEMO_SITE) {
    return process.env.CLAIMLENS_DEMO_SITE;
  }
  const out = join(await mkdtemp(join(tmpdir(), "claimlens-demo-")), "site");
  await claimlensBuild(["corpus/demo", "--out", out]);
  return out;
}

/// The seed corpus as one HTML file: CLAIMLENS_SINGLE_FILE, or built now.
export async function singleFile() {
  if (process.env.CLAIMLENS_SINGLE_FILE) {
    return process.env.CLAIMLENS_SINGLE_FILE;
  }
  const out = join(await mkdtemp(join(tmpdir(), "claimlens-single-")), "belarus.html");
  await claimlensBuild(["../shared/corpus/belarus-2025-12", "--single-file", out]);
  return out;
}
