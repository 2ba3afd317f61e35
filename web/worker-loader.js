// web/worker-loader.js: the search worker's first script: loads its WebAssembly and, if that
// fails, tells the page in the worker protocol's words (src/protocol.rs) instead of going quiet.
importScripts("./claimlens-worker.js");
wasm_bindgen({ module_or_path: "./claimlens-worker_bg.wasm" }).catch((error) => {
  const detail = error && error.message ? error.message : String(error);
  postMessage(JSON.stringify({ type: "failed", message: `the search engine could not be loaded (${detail})` }));
});
