// bench/explorer/serve.mjs: a loopback static server for the explorer benchmark that counts, per
// URL, the requests and the body bytes it sent. Like a static host with pre-compressed files, it
// sends FILE.br (Content-Encoding: br) when the client accepts br and FILE.br exists, else FILE
// as it is. Each file's raw and brotli sizes are known too: the .br beside it, or, without one,
// zlib's brotli at quality 11 computed here (what a host compressing once would send). Like most
// static hosts it sends ETag and Last-Modified and answers a matching If-None-Match with 304.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { brotliCompressSync, constants } from "node:zlib";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".bundle": "application/octet-stream",
};

async function readIfFile(path) {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

/// Serves `root` on 127.0.0.1 (a free port), with `headers` added to every response (CORS for a
/// widget's assets, say). Returns { base, close, reset, stats }: `stats()` is one row per URL path
/// requested since the last `reset()`, in first-request order.
export async function serveSite(root, { headers: extra = {} } = {}) {
  const top = normalize(root);
  const brotliCache = new Map();
  let rows = new Map();

  /// The brotli size of `raw`: its .br file's size when there is one, else computed (and kept).
  function brotliSize(file, raw, br) {
    if (br) return { bytes: br.length, from: "file" };
    if (!brotliCache.has(file)) {
      const out = brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      });
      brotliCache.set(file, out.length);
    }
    return { bytes: brotliCache.get(file), from: "computed" };
  }

  function count(path, fields) {
    const row = rows.get(path) ?? { path, requests: 0, sent: 0, status: 0, encoding: "", raw: 0, brotli: 0, brotliFrom: "" };
    row.requests += 1;
    row.sent += fields.sent;
    if (fields.status === 304) row.notModified = (row.notModified ?? 0) + 1;
    // A 304 after a 200 leaves the row's status at 200: the file was sent once.
    Object.assign(row, { status: fields.status === 304 && row.status === 200 ? 200 : fields.status, encoding: fields.encoding ?? row.encoding, raw: fields.raw ?? row.raw, brotli: fields.brotli ?? row.brotli, brotliFrom: fields.brotliFrom ?? row.brotliFrom });
    rows.set(path, row);
  }

  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(top, path));
    if (!file.startsWith(top + sep)) {
      res.writeHead(403).end();
      count(path, { sent: 0, status: 403 });
      return;
    }
    const raw = await readIfFile(file);
    if (!raw) {
      const body = "not found";
      res.writeHead(404, { ...extra, "content-type": "text/plain", "content-length": body.length }).end(body);
      count(path, { sent: body.length, status: 404 });
      return;
    }
    const br = await readIfFile(file + ".br");
    const accepts = /\bbr\b/.test(req.headers["accept-encoding"] ?? "");
    const body = accepts && br ? br : raw;
    const encoding = body === br ? "br" : "identity";
    const modified = (await stat(file)).mtime;
    const etag = `"${raw.length.toString(16)}-${modified.getTime().toString(16)}-${encoding}"`;
    const size = brotliSize(file, raw, br);
    const known = { encoding, raw: raw.length, brotli: size.bytes, brotliFrom: size.from };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { ...extra, etag }).end();
      count(path, { sent: 0, status: 304, ...known });
      return;
    }
    const headers = { ...extra, "content-type": TYPES[extname(file)] ?? "application/octet-stream", "content-length": body.length, vary: "accept-encoding", etag, "last-modified": modified.toUTCString() };
    if (encoding === "br") headers["content-encoding"] = "br";
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : body);
    count(path, { sent: req.method === "HEAD" ? 0 : body.length, status: 200, ...known });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
    reset: () => {
      rows = new Map();
    },
    stats: () => [...rows.values()].map((row) => ({ ...row })),
  };
}
