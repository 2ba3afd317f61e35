// bench/explorer/widget.mjs: what a <claim-lens> widget (issue 5) costs the page it is embedded
// in. The widget's files and bundle come from the site's server (serve.mjs, which counts bytes
// per URL, with CORS as a newsroom's asset host would send it); the host page, one widget alone
// on an article page, from a second loopback server, as from the newsroom's own origin. Each
// visit is a fresh browser context (an empty cache).
//
//   * figures view: navigation → the first claim painted inside the widget's shadow root, and
//     the bytes the asset server sent until then (the figures view needs no search engine);
//   * search view with a `query` attribute: navigation → the first passage (or "no results")
//     painted, and the bytes sent until then (page, worker, engine and bundle).
//
// Times are the page's performance.now() (0 = navigation start) at the first animation frame in
// which the element is in the shadow DOM; bytes are the asset server's count when Node sees it.
import { createServer } from "node:http";

const TIMEOUT = 60_000;

/// The host page: a plain article with one widget.
const hostPage = (assets, attributes) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A newsroom's article</title>
<script type="module" src="${assets}widget.js"></script>
</head><body>
<h1>An article with a widget</h1>
<p>The newsroom's own text comes first; the widget sits in the first screen.</p>
<claim-lens bundle="${assets}claimlens.bundle" ${attributes}></claim-lens>
</body></html>`;

/// Serves one HTML page at every path on a free loopback port.
async function serveHost(html) {
  const server = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(html) });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/// The first animation frame in which `selector` matches inside the claim-lens element's shadow
/// root: that frame's performance.now().
function firstFrameWith(page, selectors) {
  return page.evaluate(
    ({ selectors, timeout }) =>
      new Promise((resolve, reject) => {
        const until = performance.now() + timeout;
        const look = () => {
          const root = document.querySelector("claim-lens")?.shadowRoot;
          const hit = selectors.find((s) => root?.querySelector(s));
          if (hit) return resolve({ at: performance.now(), matched: hit });
          const alert = root?.querySelector("[role=alert]");
          if (alert?.textContent.trim()) return reject(new Error(`the widget shows an error: ${alert.textContent.trim()}`));
          if (performance.now() > until) return reject(new Error(`nothing matching ${selectors.join(", ")} within ${timeout} ms`));
          requestAnimationFrame(look);
        };
        look();
      }),
    { selectors, timeout: TIMEOUT },
  );
}

const sum = (rows) => rows.reduce((n, r) => n + r.sent, 0);
const count = (rows) => rows.reduce((n, r) => n + r.requests, 0);

/// One cold visit of a host page holding a widget with `attributes`, until `selectors` show.
async function visit(browser, server, attributes, selectors) {
  const host = await serveHost(hostPage(server.base, attributes));
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    server.reset();
    await page.goto(host.base);
    const shown = await firstFrameWith(page, selectors);
    const rows = server.stats();
    if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
    return { at: shown.at, matched: shown.matched, bytes: sum(rows), requests: count(rows), rows };
  } finally {
    await context.close();
    await host.close();
  }
}

/// `runs` cold visits each of a figures widget and of a search widget typed `query`.
export async function measureWidget(browser, server, query, runs) {
  const figures = [];
  const search = [];
  for (let i = 0; i < runs; i++) {
    figures.push(await visit(browser, server, 'view="figures"', [".claim"]));
    search.push(await visit(browser, server, `view="search" query="${query.replace(/"/g, "&quot;")}"`, [".passage", ".no-results"]));
  }
  return { query, figures, search };
}
