// web/widget.js: the <claim-lens> web component (issue 5), an ES module served as SITE/widget.js.
//
//   <script type="module" src="https://claims.example/story/widget.js"></script>
//   <claim-lens bundle="https://claims.example/story/claimlens.bundle" view="figures"></claim-lens>
//
// Attributes: bundle (required; relative to the host page), query, view (search, figures,
// speakers), height (a CSS length; the widget scrolls inside it). All may change after mount.
// Each element renders into its own shadow root with the explorer's style sheet, so the host's
// CSS stays out and the widget's stays in; theming goes through --claimlens-accent,
// --claimlens-bg, --claimlens-text and --claimlens-font (style.css). Nothing is fetched until the
// element comes near the viewport; the search engine starts only for the search view or when
// focus enters the widget (src/host.rs). No inline script or style anywhere: see README,
// "Embed it", for the Content-Security-Policy a host needs.
//
// The page module's hashed file names are written into FILES when Trunk builds the explorer
// (web/precompress.mjs).
const FILES = /* claimlens:files */ { js: "claimlens-web.js", wasm: "claimlens-web_bg.wasm", css: "style.css" };

const BASE = new URL(".", import.meta.url);
const at = (name) => new URL(name, BASE).href;

let program = null;
/// The page module, loaded once for every widget on the page.
function loadProgram() {
  program ??= import(at(FILES.js)).then(async (bindings) => {
    await bindings.default({ module_or_path: at(FILES.wasm) });
    return bindings;
  });
  return program;
}

let workerUrl = null;
/// The search worker's script. A browser starts a worker only from the page's own origin, so a
/// widget served from another origin starts it from a blob: URL (the host's policy must allow
/// `worker-src blob:`), which loads the worker's files from the widget's origin.
function workerScript() {
  if (workerUrl) {
    return workerUrl;
  }
  const loader = at("worker-loader.js");
  if (new URL(loader).origin === location.origin) {
    workerUrl = loader;
  } else {
    const source = `self.claimlensBase = ${JSON.stringify(BASE.href)};\nimportScripts(${JSON.stringify(loader)});\n`;
    workerUrl = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  }
  return workerUrl;
}

/// "480" and "480px" are pixels; anything else is a CSS length as written.
function cssLength(value) {
  return /^\d+(\.\d+)?$/.test(value.trim()) ? `${value.trim()}px` : value.trim();
}

class ClaimLensElement extends HTMLElement {
  static observedAttributes = ["bundle", "query", "view", "height"];

  #root;
  #app = null;
  #mounting = false;
  #visible = null;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: "open" });
    const sheet = document.createElement("link");
    sheet.rel = "stylesheet";
    sheet.href = at(FILES.css);
    this.#root = this.#freshRoot();
    shadow.append(sheet, this.#root);
  }

  #freshRoot() {
    const root = document.createElement("div");
    root.className = "claimlens-root";
    const note = document.createElement("p");
    note.className = "fallback";
    note.textContent = "Loading claimlens…";
    root.append(note);
    return root;
  }

  connectedCallback() {
    this.#applyHeight();
    // Nothing is fetched until the widget is near the viewport or focused.
    this.#visible = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.#mount();
      }
    }, { rootMargin: "200px" });
    this.#visible.observe(this);
    this.addEventListener("focusin", () => this.#mount());
  }

  disconnectedCallback() {
    this.#visible?.disconnect();
    this.#visible = null;
    this.#stop();
  }

  /// Stops the app (and its search worker) and frees its memory on the wasm side.
  #stop() {
    this.#app?.destroy();
    this.#app?.free();
    this.#app = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after) {
      return;
    }
    if (name === "height") {
      this.#applyHeight();
    } else if (name === "bundle") {
      if (this.#app) {
        this.#stop();
        const root = this.#freshRoot();
        this.#root.replaceWith(root);
        this.#root = root;
        this.#mount();
      }
    } else {
      this.#app?.navigate(this.getAttribute("view") ?? "", this.getAttribute("query") ?? "");
    }
  }

  #applyHeight() {
    // CSSOM, not a style attribute: allowed under style-src 'self'.
    const height = this.getAttribute("height");
    this.#root.classList.toggle("sized", Boolean(height));
    if (height) {
      this.#root.style.setProperty("height", cssLength(height));
    } else {
      this.#root.style.removeProperty("height");
    }
  }

  async #mount() {
    if (this.#app || this.#mounting || !this.isConnected) {
      return;
    }
    const bundle = this.getAttribute("bundle");
    if (!bundle) {
      this.#fail("this <claim-lens> element has no bundle attribute naming the story to show");
      return;
    }
    this.#mounting = true;
    try {
      const bindings = await loadProgram();
      if (!this.isConnected || this.#app) {
        return;
      }
      this.#visible?.disconnect();
      this.#root.textContent = "";
      this.#app = bindings.mount(
        this.#root,
        new URL(bundle, document.baseURI).href,
        workerScript(),
        this.getAttribute("view") ?? "",
        this.getAttribute("query") ?? "",
      );
    } catch (error) {
      this.#fail(`its program could not be loaded (${error && error.message ? error.message : error})`);
    } finally {
      this.#mounting = false;
    }
  }

  #fail(detail) {
    this.#root.textContent = "";
    const box = document.createElement("section");
    box.className = "panel failure";
    box.setAttribute("role", "alert");
    const title = document.createElement("h2");
    title.textContent = "claimlens could not start";
    const text = document.createElement("p");
    text.textContent = `The story explorer could not start: ${detail}.`;
    box.append(title, text);
    this.#root.append(box);
  }
}

if (!customElements.get("claim-lens")) {
  customElements.define("claim-lens", ClaimLensElement);
}
