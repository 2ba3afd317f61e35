// web/sw.js: the explorer's service worker (issue 5): a reader who opened the site once can open
// it and search again offline. Registered by boot.js on the explorer's own page (and its iframe
// mode) unless index.html's root says data-offline="off"; a widget on another site never
// registers it.
//
// On install it stores the whole explorer: the page (index.html), the files index.html names
// (most names carry a content hash; boot.js and the icon do not), the worker's files and the
// bundle's three parts (its head, article texts and search index: the page fetches each when a
// view needs it, so all three are stored for a visit offline). Afterwards, files with
// a content hash come from the cache (they never change); everything else (the page, the bundle,
// the worker's unhashed files) from the network when it answers, so a rebuilt site shows at once,
// and from the cache when it does not. Requests to other origins are left alone.
const CACHE = "claimlens-v2";
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
const FIXED = ["claimlens.bundle", "claimlens.texts.bundle", "claimlens.index.bundle", "worker-loader.js", "claimlens-worker.js", "claimlens-worker_bg.wasm"];

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch("./", { cache: "no-cache" });
    const html = await page.clone().text();
    await cache.put("./", page);
    // The files index.html names beside it: style sheet, scripts, the page's wasm, the icon.
    const named = [...html.matchAll(/(?:href|src|data-js|data-wasm)="(?:\.\/)?([\w.-]+\.(?:js|wasm|css|svg))"/g)]
      .map((m) => m[1]);
    await cache.addAll([...new Set([...FIXED, ...named])]);
  })());
});

self.addEventListener("activate", (event) => {
  // Old versions of this cache go; the current one keeps its files.
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("claimlens-") && name !== CACHE) {
        await caches.delete(name);
      }
    }
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  event.respondWith(HASHED.test(url.pathname) ? cacheFirst(request) : networkFirst(request));
});

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    (await caches.open(CACHE)).put(request, response.clone());
  }
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(CACHE);
      // The page under any query (?embed=1, ?bundle=) is one entry, as "./".
      const key = request.mode === "navigate" ? "./" : request;
      cache.put(key, response.clone());
    }
    return response;
  } catch (offline) {
    const cached = request.mode === "navigate"
      ? await caches.match("./")
      : await caches.match(request, { ignoreSearch: true });
    if (cached) {
      return cached;
    }
    throw offline;
  }
}
