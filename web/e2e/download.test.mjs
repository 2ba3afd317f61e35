// web/e2e/download.test.mjs: the bundle's download in real Chromium (issue 7). The page reads
// the body into buffers of its own and hands each to the search worker, which sends it back to
// be read into again (web/src/browser/buffers.rs): a large bundle must not leave a spent chunk
// per read in the tab until the next garbage collection.
//
//   CLAIMLENS_SITE=/tmp/site node --test web/e2e/download.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serve, TIMEOUT } from "./support.mjs";

const site = process.env.CLAIMLENS_SITE;
/// The pool's buffer size (Buffers::SIZE).
const BUFFER = 64 * 1024;
let browser;

before(async () => {
  assert.ok(site, "set CLAIMLENS_SITE to a built site");
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/// Counts, in the page, the pool's buffers made (`new ArrayBuffer(BUFFER)`), the chunks posted to
/// the worker with their buffers, and the buffers the worker sent back; `atFirstReturn` is what
/// had been made and posted when the first buffer came back (chunks read before the worker
/// listens are held, each in a buffer of its own).
function countBuffers(size) {
  window.__buffers = { made: 0, posted: 0, postedBytes: [], returned: 0, atFirstReturn: null };
  const Real = ArrayBuffer;
  globalThis.ArrayBuffer = new Proxy(Real, {
    construct(target, args, newTarget) {
      if (args[0] === size) window.__buffers.made += 1;
      return Reflect.construct(target, args, newTarget === globalThis.ArrayBuffer ? target : newTarget);
    },
  });
  const RealWorker = Worker;
  globalThis.Worker = class extends RealWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (e) => {
        if (!(e.data instanceof Real)) return;
        const counts = window.__buffers;
        counts.atFirstReturn ??= { made: counts.made, posted: counts.posted };
        counts.returned += 1;
      });
    }
    postMessage(message, transfer) {
      if (message instanceof Uint8Array) {
        window.__buffers.posted += 1;
        window.__buffers.postedBytes.push(message.buffer.byteLength);
      }
      return super.postMessage(message, transfer);
    }
  };
}

/// Serves the site with the bundle trickling out in `piece`-byte pieces, opens a search in a page
/// that counts buffers (after the `before` init script, if any), waits until it answers and
/// every buffer handed to the worker has come back, and returns the counts.
async function loadCounting(piece, before) {
  const { origin, close } = await serve(site, { trickle: { "/claimlens.bundle": piece, "/claimlens.texts.bundle": piece, "/claimlens.index.bundle": piece } });
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(TIMEOUT);
    await page.addInitScript(countBuffers, BUFFER);
    if (before) await page.addInitScript(before);
    await page.goto(`${origin}/#/search?q=prisoners`);
    await page.locator(".passage").first().waitFor();
    await page.waitForFunction(() => window.__buffers.returned === window.__buffers.posted);
    return await page.evaluate(() => window.__buffers);
  } finally {
    await page.close();
    await close();
  }
}

test("a slow download reads into a few buffers that go round between the page and its worker", async () => {
  const counts = await loadCounting(256);
  const summary = JSON.stringify({ ...counts, postedBytes: new Set(counts.postedBytes).size });
  // The bundle came in pieces: many reads, each posted to the worker in a pool buffer.
  assert.ok(counts.posted >= 10, summary);
  assert.ok(counts.postedBytes.every((b) => b === BUFFER), summary);
  // Once the worker listened, read after read went into the buffers it sent back, not into a
  // new one each.
  const first = counts.atFirstReturn;
  const posted = counts.posted - first.posted;
  assert.ok(posted >= 10, summary);
  assert.ok(counts.made - first.made <= Math.max(2, posted / 4), summary);
});

test("a browser without byte streams reads the stream's own chunks, and search still works", async () => {
  // As in a browser whose fetch bodies are not byte streams: no bring-your-own-buffer reader.
  const counts = await loadCounting(4096, () => {
    globalThis.ReadableStreamBYOBReader = function () {
      throw new TypeError("not a byte stream");
    };
  });
  const summary = JSON.stringify(counts);
  assert.ok(counts.posted >= 1, summary);
  // The stream's chunks, not the pool's buffers, went to the worker (and came back to be
  // dropped): none of the pool's were made.
  assert.equal(counts.made, 0, summary);
  assert.ok(counts.postedBytes.some((b) => b !== BUFFER), summary);
});
