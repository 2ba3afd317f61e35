// bench/compare/page/harness.js: the comparison's page harness, the same for every engine (copied
// beside each engine's files as clbench-harness.js, with the engine's adapter as
// clbench-engine.js). It opens the engine as soon as the page loads, as a search page that wants
// results quickly would; with ?q=QUERY it searches that query once the engine is open and shows
// the first results' titles. Times are on the page's clock (0 = navigation start). The runner
// (bench/compare/run.mjs) reads window.__cmp.
import { open } from "./clbench-engine.js";

const B = (window.__cmp = {});
const query = new URLSearchParams(location.search).get("q");
const list = document.getElementById("results");
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

B.ready = open().then((engine) => {
  B.openedAt = performance.now();
  return engine;
});

/// Searches `q` for the first `k` results ({id: the article's file stem, title}); `ms` is the
/// time from the call until the results are in hand (the engine only, no rendering).
B.search = async (q, k) => {
  const engine = await B.ready;
  const start = performance.now();
  const hits = await engine.search(q, k);
  return { ms: performance.now() - start, hits };
};

if (query !== null) {
  B.first = B.search(query, 10).then(async ({ hits }) => {
    list.replaceChildren(...hits.map((h) => Object.assign(document.createElement("li"), { textContent: h.title ?? h.id })));
    if (!hits.length) list.replaceChildren(Object.assign(document.createElement("li"), { textContent: "no results" }));
    // The frame that paints the results.
    await frame();
    return { at: performance.now(), hits: hits.length };
  });
  B.first.catch((e) => (B.error = String(e)));
}
B.ready.catch((e) => (B.error = String(e)));
