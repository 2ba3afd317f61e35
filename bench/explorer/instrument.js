// bench/explorer/instrument.js: injected into the explorer's page before its own scripts
// (Playwright addInitScript). Records, on the page's clock (performance.now(), 0 = navigation
// start), when what a person waits for reaches the DOM, and times each keystroke in the search
// box to the results of that exact query. Reads the app only from outside: its DOM, its
// `claimlens:*` performance marks and the requests it posts to the search worker.
(() => {
  const now = () => performance.now();
  const B = (window.__clbench = { found: {}, keys: [], pending: null, waiters: [] });

  // First appearance of each, stamped when the DOM changes (a MutationObserver callback runs in
  // the task that made the change) and again at the next animation frame (the frame that paints it).
  const WATCH = {
    claims: ".figures-view .claim",
    input: "#claimlens-search-input",
    result: ".search-view .passage",
    noResult: ".search-view .no-results",
  };

  // The search requests the page posts to its worker (JSON strings, see web/src/protocol.rs): the
  // first one after a keystroke is that keystroke's search, sent once the debounce has run out.
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    const k = B.pending;
    if (k && k.sent === null && typeof message === "string") {
      try {
        const request = JSON.parse(message);
        if (typeof request.query === "string") {
          k.sent = now();
          k.sentQuery = request.query;
        }
      } catch {
        // Not a search request.
      }
    }
    return post.call(this, message, ...rest);
  };

  // When each reply reaches the page (before the app parses it): the search worker, and the
  // BroadcastChannel its answers come back on (see web/src/protocol.rs), are created through
  // these subclasses, whose listeners are registered before the app's own handlers.
  function arrived(event) {
    const k = B.pending;
    if (!k || k.sent === null || k.arrived !== null) return;
    // Replies are postcard bytes (web/src/protocol.rs): the first byte is the kind (3: results),
    // the next eight a result's search time in ms (f64, little-endian).
    const reply = event.data;
    if (!(reply instanceof Uint8Array) || reply.length < 9 || reply[0] !== 3) return;
    k.arrived = now();
    k.searchMs = new DataView(reply.buffer, reply.byteOffset + 1, 8).getFloat64(0, true);
  }
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", arrived);
    }
  };
  if (window.BroadcastChannel) {
    const NativeChannel = window.BroadcastChannel;
    window.BroadcastChannel = class extends NativeChannel {
      constructor(...args) {
        super(...args);
        this.addEventListener("message", arrived);
      }
    };
  }

  const lastMark = (name) => {
    const marks = performance.getEntriesByName(name, "mark");
    return marks.length ? marks[marks.length - 1].startTime : null;
  };

  function finish(k, polled) {
    k.dom = now();
    k.polled = polled;
    k.status = document.querySelector(".search-view .status")?.textContent ?? "";
    k.hits = document.querySelectorAll(".search-view .passage").length;
    B.pending = null;
    requestAnimationFrame(() => {
      k.domFrame = now();
    });
    for (const resolve of B.waiters.splice(0)) resolve(k);
  }

  /// Are the results of the pending keystroke's query on screen? Only after its request went out,
  /// its reply came back (the app marks `claimlens:results` on receipt) and the results are no
  /// longer marked stale: then they are the answer to this exact query.
  function checkKey(polled) {
    const k = B.pending;
    if (!k || k.sent === null) return;
    if (k.reply === null) {
      const reply = lastMark("claimlens:results");
      if (reply === null || reply < k.sent) return;
      k.reply = reply;
    }
    if (document.querySelector(".search-view .results-layout:not(.stale)")) finish(k, polled);
  }

  // Set by the runner (an init script before this one): type this query as soon as the box exists,
  // as the quickest reader would, without the latency of driving the browser from outside.
  const autoType = typeof window.__clbenchAutoType === "string" ? window.__clbenchAutoType : null;

  function check() {
    const last = B.keys[B.keys.length - 1];
    // The first DOM change after a keystroke: the page has re-rendered for it (the box's new
    // value, results marked stale), the work a keystroke costs the page's thread.
    if (last && last.echo === null) last.echo = now();
    for (const [name, selector] of Object.entries(WATCH)) {
      if (B.found[name] === undefined && document.querySelector(selector)) {
        const seen = (B.found[name] = { dom: now(), frame: null });
        requestAnimationFrame(() => {
          seen.frame = now();
        });
        if (name === "input" && autoType) setTimeout(() => typeInto(document.querySelector(selector), autoType), 0);
      }
    }
    checkKey(false);
  }
  function typeInto(input, text) {
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
  }

  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  // A safety net, not a clock: should a change slip past the observer, the keystroke still ends
  // (and is counted as `polled`, its time too late by up to the interval).
  setInterval(() => checkKey(true), 50);

  // Each input event in the search box starts a keystroke (captured before the app hears it).
  addEventListener(
    "input",
    (event) => {
      if (event.target?.id !== "claimlens-search-input") return;
      const value = event.target.value;
      const k = { query: value, input: Math.min(event.timeStamp, now()), handler: now(), echo: null, frame: null, sent: null, sentQuery: null, arrived: null, searchMs: null, reply: null, dom: null, domFrame: null, polled: false };
      B.keys.push(k);
      // An empty box searches nothing: no results to wait for.
      B.pending = value.trim() ? k : null;
      requestAnimationFrame(() => {
        k.frame = now();
      });
    },
    true,
  );

  /// Resolves with the pending keystroke once its results are on screen, or null after `ms`.
  B.wait = (ms) =>
    new Promise((resolve) => {
      if (!B.pending) {
        resolve(B.keys[B.keys.length - 1] ?? null);
        return;
      }
      const timer = setTimeout(() => resolve(null), ms);
      B.waiters.push((k) => {
        clearTimeout(timer);
        resolve(k);
      });
    });

  B.marks = () => Object.fromEntries(performance.getEntriesByType("mark").filter((m) => m.name.startsWith("claimlens:")).map((m) => [m.name, m.startTime]));
})();
