// web/check.js: tells the reader in words when this browser cannot run the explorer (no
// WebAssembly). Plain ES5 on purpose: it must run in the old browsers it warns about.
(function () {
  var ok = typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function";
  if (ok) {
    return;
  }
  window.claimlensUnsupported = true;
  function show() {
    var root = document.getElementById("claimlens");
    if (!root) {
      return;
    }
    root.innerHTML = "";
    var box = document.createElement("section");
    box.className = "panel failure";
    box.setAttribute("role", "alert");
    var title = document.createElement("h1");
    title.appendChild(document.createTextNode("This browser cannot run the explorer"));
    var text = document.createElement("p");
    text.appendChild(document.createTextNode(
      "claimlens needs WebAssembly, which this browser does not offer or has turned off. " +
      "Open the page in a recent Firefox, Chrome, Edge or Safari, or turn WebAssembly back on."));
    box.appendChild(title);
    box.appendChild(text);
    root.appendChild(box);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
