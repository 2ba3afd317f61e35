// web/precompress.mjs: Trunk's post-build hook (Trunk.toml): writes brotli (quality 11) and gzip
// (level 9) copies beside each text or wasm file of the explorer, once per explorer build, so
// `claimlens build` copies them instead of compressing the same files on every site it writes.
//
// Runs in Trunk's staging folder ($TRUNK_STAGING_DIR), or in the folder given as an argument.
// The output is deterministic: Node's gzip writes no file name and a zero timestamp.
//
// First it writes the widget's style sheet (the page's in pixels, see below) and the hashed file
// names, read from index.html, into widget.js (its FILES line), which cannot know them otherwise
// without fetching index.html. Both steps
// are here, in one hook, because Trunk runs the hooks of a stage side by side.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("precompress: no folder given and TRUNK_STAGING_DIR is not set");
  process.exit(2);
}
const index = readFileSync(join(dir, "index.html"), "utf8");
const attribute = (pattern) => {
  const found = index.match(pattern);
  if (!found) {
    console.error(`precompress: index.html has no ${pattern}`);
    process.exit(1);
  }
  return found[1].replace(/^\.\//, "");
};
const files = {
  js: attribute(/data-js="([^"]+)"/),
  wasm: attribute(/data-wasm="([^"]+)"/),
  css: attribute(/<link rel="stylesheet" href="([^"]+\.css)"/),
};
// The widget's copy of the style sheet, in pixels: `rem` in a shadow root still means the host
// page's root font size, which many sites set to 10 px (62.5%). 1rem is 16 px, the browsers'
// default. The name keeps the page sheet's content hash (the copy follows from the sheet).
const pageCss = readFileSync(join(dir, files.css), "utf8");
const widgetCss = pageCss.replace(/(\d*\.?\d+)rem\b/g, (_, n) => `${+(Number(n) * 16).toFixed(3)}px`);
files.css = files.css.replace(/^style-/, "widget-");
writeFileSync(join(dir, files.css), widgetCss);

const widget = join(dir, "widget.js");
const widgetSource = readFileSync(widget, "utf8");
const filled = widgetSource.replace(/\/\* claimlens:files \*\/ \{[^\n]*\};/, `/* claimlens:files */ ${JSON.stringify(files)};`);
if (filled === widgetSource) {
  console.error("precompress: widget.js has no FILES line to fill in");
  process.exit(1);
}
writeFileSync(widget, filled);

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
