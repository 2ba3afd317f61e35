// web/precompress.mjs: Trunk's post-build hook (Trunk.toml): writes brotli (quality 11) and gzip
// (level 9) copies beside each text or wasm file of the explorer, once per explorer build, so
// `claimlens build` copies them instead of compressing the same files on every site it writes.
//
// Runs in Trunk's staging folder ($TRUNK_STAGING_DIR), or in the folder given as an argument.
// The output is deterministic: Node's gzip writes no file name and a zero timestamp.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("precompress: no folder given and TRUNK_STAGING_DIR is not set");
  process.exit(2);
}
const compressible = [".wasm", ".js", ".css", ".html", ".svg"];
for (const entry of readdirSync(dir, { withFileTypes: true })) {
  if (!entry.isFile() || !compressible.some((ext) => entry.name.endsWith(ext))) continue;
  const path = join(dir, entry.name);
  const data = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }));
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
}
