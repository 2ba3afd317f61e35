// web/worker-loader.js: the search worker's first script: loads its WebAssembly and, if that
// fails, tells the page in words instead of going quiet: a plain string, which the worker
// protocol reads as a failure (src/protocol.rs; the worker's own replies are bytes).
// A widget served from another origin than its host page starts the worker from a blob: URL
// that sets self.claimlensBase to the widget's folder first (web/widget.js): relative URLs would
// otherwise resolve against the blob.
const base = self.claimlensBase ?? "./";
try {
  importScripts(new URL("claimlens-worker.js", new URL(base, location.href)).href);
  wasm_bindgen({ module_or_path: new URL("claimlens-worker_bg.wasm", new URL(base, location.href)).href }).catch(failed);
} catch (error) {
  failed(error);
}

function failed(error) {
  const detail = error && error.message ? error.message : String(error);
  postMessage(`the search engine could not be loaded (${detail})`);
}
