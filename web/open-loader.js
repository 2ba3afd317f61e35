// web/open-loader.js: the #/open worker's first script (issue 18): loads its WebAssembly
// (claimlens-open, built by Trunk beside the page's) and, if that fails, tells the page in the
// worker's own message shape (web/open/src/protocol.rs) instead of going quiet.
try {
  importScripts("claimlens-open.js");
  wasm_bindgen({ module_or_path: "claimlens-open_bg.wasm" }).catch(failed);
} catch (error) {
  failed(error);
}

function failed(error) {
  const detail = error && error.message ? error.message : String(error);
  postMessage({ type: "failed", message: `the worker that reads your articles could not be loaded (${detail})`, skipped: [] });
}
