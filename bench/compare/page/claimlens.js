// bench/compare/page/claimlens.js: claimlens as the comparison opens it: the explorer's own search
// worker (worker-loader.js, claimlens-worker_bg.wasm, as `claimlens build` wrote them) and its
// bundle, spoken to in the worker protocol (web/src/protocol.rs), the way the explorer does.
const stem = (file) => file.replace(/\.[^.]*$/, "");
/// The download's buffer size (web/src/browser/buffers.rs, `Buffers::SIZE`).
const BUFFER = 64 * 1024;

export async function open() {
  const worker = new Worker("worker-loader.js");
  const pending = new Map();
  let hello, ready;
  const said = {
    hello: new Promise((resolve) => (hello = resolve)),
    ready: new Promise((resolve, reject) => (ready = { resolve, reject })),
  };
  // Buffers the worker sent back, to be read into again.
  const free = [];
  worker.onmessage = (event) => {
    if (event.data instanceof ArrayBuffer) {
      if (event.data.byteLength === BUFFER) free.push(event.data);
      return;
    }
    // A plain string is a failure in words (the worker's WebAssembly did not load).
    if (typeof event.data === "string") return ready.reject(new Error(event.data));
    const reply = new Reader(event.data);
    const kind = reply.varint();
    if (kind === 0) hello();
    else if (kind === 1) ready.resolve();
    else if (kind === 2) ready.reject(new Error(reply.string()));
    else if (kind === 3) {
      reply.skip(8); // the search time
      const id = reply.varint();
      pending.get(id)?.(hits(reply));
      pending.delete(id);
    }
  };
  // As the explorer does: the bundle is fetched while the worker starts, read into buffers of
  // the page's own (a bring-your-own-buffer reader, where the stream is a byte stream) and
  // handed to the worker chunk by chunk as it downloads (each transferred, and sent back to be
  // read into again; held until the worker says hello), then its end. The explorer also holds
  // the download back while 8 MiB are with the worker; this page does not.
  const held = [];
  let listening = false;
  const hand = (chunk) => worker.postMessage(chunk, [chunk.buffer]);
  said.hello.then(() => {
    listening = true;
    held.splice(0).forEach(hand);
  });
  // The bundle's three parts (head, texts, index), one after another: search needs them all.
  let sent = 0;
  for (const part of ["claimlens.bundle", "claimlens.texts.bundle", "claimlens.index.bundle"]) {
    const body = (await fetch(part)).body;
    let byob;
    try {
      byob = body.getReader({ mode: "byob" });
    } catch {
      byob = null;
    }
    const reader = byob ?? body.getReader();
    const readNext = () => (byob ? byob.read(new Uint8Array(free.pop() ?? new ArrayBuffer(BUFFER))) : reader.read());
    for (let read = await readNext(); !read.done; read = await readNext()) {
      sent += read.value.length;
      if (listening) hand(read.value);
      else held.push(read.value);
    }
  }
  await said.hello;
  worker.postMessage(JSON.stringify({ end_of_bundle: sent }));
  await said.ready;
  let next = 0;
  return {
    search: (query, limit) =>
      new Promise((resolve) => {
        const id = ++next;
        pending.set(id, resolve);
        worker.postMessage(JSON.stringify({ id, query, limit }));
      }).then((articles) => articles.map((article) => ({ id: stem(article) }))),
  };
}

/// Reads postcard, the encoding of the worker's replies (web/src/protocol.rs): unsigned
/// integers as LEB128 varints, strings as their UTF-8 length and bytes.
class Reader {
  constructor(bytes) {
    this.bytes = bytes;
    this.at = 0;
  }
  varint() {
    let value = 0;
    for (let shift = 1; ; shift *= 128) {
      const byte = this.bytes[this.at++];
      value += (byte & 127) * shift;
      if (byte < 128) return value;
    }
  }
  skip(n) {
    this.at += n;
  }
  string() {
    const length = this.varint();
    const text = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }
}

/// The articles of a results reply's hits, read after its id: the query, then `Results` in the
/// order of its fields (total, partial, hits), each hit `Hit`'s (passage, article, start, end,
/// highlights).
function hits(reply) {
  reply.string(); // the query
  reply.varint(); // total
  reply.skip(1); // partial
  const articles = [];
  for (let n = reply.varint(); n > 0; n--) {
    reply.varint(); // passage
    articles.push(reply.string());
    reply.varint(); // start
    reply.varint(); // end
    for (let spans = reply.varint(); spans > 0; spans--) {
      reply.varint();
      reply.varint();
    }
  }
  return articles;
}
