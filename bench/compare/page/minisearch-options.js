// bench/compare/page/minisearch-options.js: MiniSearch's options, shared by the index build
// (bench/compare/minisearch-build.mjs) and the page. Prefix and fuzzy search are on, with the
// values MiniSearch's README suggests (fuzzy 0.2: one edit in words of 5 to 9 letters), and the
// title boosted, as a user setting up search-as-you-type would.
export const OPTIONS = {
  idField: "id",
  fields: ["title", "text"],
  storeFields: ["title", "outlet", "date"],
  searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2 },
};
