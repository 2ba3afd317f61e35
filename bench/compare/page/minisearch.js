// bench/compare/page/minisearch.js: MiniSearch as a static site would use it: the library
// (minisearch.js, its ES build) and an index serialised at build time (index.json, by
// bench/compare/minisearch-build.mjs), loaded with the same options it was built with.
import MiniSearch from "./minisearch.js";
import { OPTIONS } from "./minisearch-options.js";

export async function open() {
  const json = await fetch("index.json").then((r) => r.text());
  const index = MiniSearch.loadJSON(json, OPTIONS);
  return {
    search: async (query, limit) => index.search(query).slice(0, limit).map((r) => ({ id: r.id, title: r.title })),
  };
}
