// web/boot.js: starts the explorer's WebAssembly (Trunk's pattern_script names the files in
// data attributes) and, if that fails, says so in the page instead of failing silently. In an
// iframe (index.html?embed=1) it also tells the parent page the explorer's height. Once the app
// runs it registers the service worker for offline revisits (sw.js), unless the root element
// says data-offline="off".
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

/// ?embed=1 (or embed, embed=true), as the app reads it (src/host.rs, Mode::from_search).
function embedded() {
  return location.search
    .replace(/^\?/, "")
    .split("&")
    .some((pair) => pair === "embed" || pair === "embed=1" || pair === "embed=true");
}

/// Posts {type: "claimlens:height", height} to the parent whenever the explorer's height
/// changes, so that the iframe can be as tall as its content (README, "Embed it").
function reportHeight() {
  const root = document.getElementById("claimlens");
  if (!root || window.parent === window || typeof ResizeObserver !== "function") {
    return;
  }
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "claimlens:height", height }, "*");
    }
  }).observe(root);
}

/// Offline revisits (web/sw.js). Browsers allow service workers on https and on loopback only.
function keepOffline() {
  const root = document.getElementById("claimlens");
  if (!("serviceWorker" in navigator) || !window.isSecureContext || !root || root.dataset.offline === "off") {
    return;
  }
  // Only once search works (the app's "claimlens:engine-ready" mark): the worker's first fetches
  // would otherwise compete with the page's own for the first result.
  const register = () => {
    // A site without sw.js, or a browser that refuses, simply has no offline copy.
    navigator.serviceWorker.register("sw.js").catch(() => {});
  };
  if (performance.getEntriesByName("claimlens:engine-ready").length > 0) {
    register();
    return;
  }
  const marks = new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name === "claimlens:engine-ready")) {
      marks.disconnect();
      register();
    }
  });
  marks.observe({ type: "mark" });
}

if (embedded()) {
  document.documentElement.classList.add("claimlens-embed");
  reportHeight();
}

if (!window.claimlensUnsupported && boot) {
  import(boot.dataset.js)
    .then((bindings) =>
      bindings.default({ module_or_path: boot.dataset.wasm }).then((wasm) => {
        bindings.startPage();
        keepOffline();
        return wasm;
      }))
    .then((wasm) => dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } })))
    .catch(fail);
}
