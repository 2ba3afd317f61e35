// bench/compare/page/pagefind.js: Pagefind as its documentation has a page use it: the JS API
// (pagefind/pagefind.js, written by `pagefind --site`), initialised when the page loads, each
// result's data (title, url, excerpt) loaded for the results shown.
const stem = (url) => decodeURIComponent(url.replace(/^.*\//, "").replace(/\.html$/, ""));

export async function open() {
  const pagefind = await import("./pagefind/pagefind.js");
  await pagefind.init();
  return {
    search: async (query, limit) => {
      const found = await pagefind.search(query);
      const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
      return data.map((d) => ({ id: stem(d.url), title: d.meta?.title }));
    },
  };
}
