// bench/compare/minisearch-build.mjs: MiniSearch's index build, timed by bench/compare.sh:
// reads the documents (docs.json: id, title, outlet, date, text) and writes the serialised
// index a page loads (MiniSearch.loadJSON), with the page's options.
//
//   node bench/compare/minisearch-build.mjs DOCS_JSON OUT_INDEX_JSON
import { readFile, writeFile } from "node:fs/promises";
import MiniSearch from "minisearch";
import { OPTIONS } from "./page/minisearch-options.js";

const [docsFile, out] = process.argv.slice(2);
if (!docsFile || !out) {
  console.error("usage: node bench/compare/minisearch-build.mjs DOCS_JSON OUT_INDEX_JSON");
  process.exit(2);
}
const docs = JSON.parse(await readFile(docsFile, "utf8"));
const index = new MiniSearch(OPTIONS);
index.addAll(docs);
await writeFile(out, JSON.stringify(index));
console.error(`minisearch: indexed ${docs.length} documents`);
