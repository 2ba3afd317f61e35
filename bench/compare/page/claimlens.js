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
  // As the explorer does: the bundle is fetched while the worker starts, and handed to it chunk
  // by chunk as it downloads (each transferred; held until the worker says hello), then its end.
  const held = [];
  let listening = false;
  const hand = (chunk) => worker.postMessage(chunk, [chunk.buffer]);
  said.hello.then(() => {
    listening = true;
    held.splice(0).forEach(hand);
  });
  const reader = (await fetch("claimlens.bundle")).body.getReader();
  let sent = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    sent += read.value.length;
    if (listening) hand(read.value);
    else held.push(read.value);
  }
  await said.hello;
  worker.postMessage(JSON.stringify({ end_of_bundle: sent }));
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
