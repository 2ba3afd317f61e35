// web/boot.js: starts the explorer's WebAssembly (Trunk's pattern_script names the files in
// data attributes) and, if that fails, says so in the page instead of failing silently.
const boot = document.getElementById("claimlens-boot");

function fail(error) {
  const root = document.getElementById("claimlens");
  if (!root) {
    return;
  }
  root.textContent = "";
  const box = document.createElement("section");
  box.className = "panel failure";
  box.setAttribute("role", "alert");
  const title = document.createElement("h1");
  title.textContent = "The explorer could not start";
  const text = document.createElement("p");
  const detail = error && error.message ? error.message : String(error);
  text.textContent = `Its program could not be loaded (${detail}). Reload the page; if that does not help, the site may be incomplete: build it again with claimlens build.`;
  box.append(title, text);
  root.append(box);
}

if (!window.claimlensUnsupported && boot) {
  import(boot.dataset.js)
    .then((bindings) => bindings.default({ module_or_path: boot.dataset.wasm }))
    .then((wasm) => dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } })))
    .catch(fail);
}
