// bench/compare/page/claimlens.js: claimlens as the comparison opens it: the explorer's own search
// worker (worker-loader.js, claimlens-worker_bg.wasm, as `claimlens build` wrote them) and its
// bundle, spoken to in the worker protocol (web/src/protocol.rs), the way the explorer does.
const stem = (file) => file.replace(/\.[^.]*$/, "");

export async function open() {
  const worker = new Worker("worker-loader.js");
  const pending = new Map();
  let hello, ready;
  const said = {
    hello: new Promise((resolve) => (hello = resolve)),
    ready: new Promise((resolve, reject) => (ready = { resolve, reject })),
  };
  worker.onmessage = (event) => {
    const reply = JSON.parse(event.data);
    if (reply.type === "hello") hello();
    else if (reply.type === "ready") ready.resolve();
    else if (reply.type === "failed") ready.reject(new Error(reply.message));
    else if (reply.type === "results") {
      pending.get(reply.id)?.(reply.results);
      pending.delete(reply.id);
    }
  };
  // As the explorer does: the bundle is fetched while the worker starts.
  const [bundle] = await Promise.all([fetch("claimlens.bundle").then((r) => r.arrayBuffer()), said.hello]);
  worker.postMessage(bundle, [bundle]);
  await said.ready;
  let next = 0;
  return {
    search: (query, limit) =>
      new Promise((resolve) => {
        const id = ++next;
        pending.set(id, resolve);
        worker.postMessage(JSON.stringify({ id, query, limit }));
      }).then((results) => results.hits.map((h) => ({ id: stem(h.article), title: h.title }))),
  };
}
