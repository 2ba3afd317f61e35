// bench/compare/prepare.mjs: everything the comparison needs from a corpus besides the engines'
// own builds (bench/compare.sh runs it):
//
//   node bench/compare/prepare.mjs corpus WORK CORPUS_DIR [--html DIR] [--queries SPEC_JSON]
//     reads the articles claimlens builds from (*.md with front matter, or *.txt whose first
//     line is the title) and writes WORK/docs.json (MiniSearch's documents) and
//     WORK/site-pagefind/*.html (the pages Pagefind indexes: the generator's own HTML from
//     --html when given, else a plain page per article). With --queries, a hand-written query
//     set whose answers are given as words (`any`: one of these words; `all`: every one;
//     `phrase`: these words in a row; `prefix`: a word so beginning; `none`), the articles that
//     answer each are found in the text and written to WORK/queries.json (the synthetic corpora
//     get theirs from `claimlens-search-bench compare-queries`).
//
//   node bench/compare/prepare.mjs pages WORK
//     after the builds: puts the benchmark page (page/) beside each engine's files, copies the
//     MiniSearch library, and writes a brotli copy (FILE.br, quality 11) of each file an engine's
//     folder serves that has none, as a static host with pre-compressed files would serve it.
import { readdir, readFile, writeFile, mkdir, copyFile, rm, stat } from "node:fs/promises";
import { join, dirname, extname, basename, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { brotliCompressSync, constants } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const ENGINES = ["claimlens", "pagefind", "minisearch"];

/// Words as the answer sets count them: lower-case runs of letters and digits.
const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function frontMatter(text) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta = Object.fromEntries(m[1].split("\n").map((l) => /^(\w+):\s*(.*)$/.exec(l)).filter(Boolean).map((x) => [x[1], x[2]]));
  return { meta, body: text.slice(m[0].length) };
}

async function readCorpus(dir) {
  const files = (await readdir(dir)).filter((f) => /\.(md|txt)$/.test(f)).sort();
  const docs = [];
  for (const file of files) {
    const text = await readFile(join(dir, file), "utf8");
    const id = basename(file, extname(file));
    if (file.endsWith(".md")) {
      const { meta, body } = frontMatter(text);
      docs.push({ id, title: meta.title ?? id, outlet: meta.outlet ?? "", date: meta.date ?? "", text: body.trim() });
    } else {
      const lines = text.split("\n");
      const first = lines.findIndex((l) => l.trim());
      docs.push({ id, title: lines[first].trim(), outlet: "", date: "", text: lines.slice(first + 1).join("\n").trim() });
    }
  }
  return docs;
}

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
function page(doc) {
  const paragraphs = doc.text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escape(doc.title)}</title>\n</head>\n<body>\n<main>\n<article>\n<h1>${escape(doc.title)}</h1>\n${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}\n</article>\n</main>\n</body>\n</html>\n`;
}

/// The articles (ids) answering a hand-written query's `answer`.
function answers(docs, answer) {
  const tokenised = docs.map((d) => ({ id: d.id, words: words(`${d.title} ${d.text}`) }));
  const has = (ws, w) => ws.includes(w.toLowerCase());
  if (answer.none) return [];
  return tokenised
    .filter(({ words: ws }) => {
      if (answer.any) return answer.any.some((w) => has(ws, w));
      if (answer.all) return answer.all.every((w) => has(ws, w));
      if (answer.prefix) return ws.some((w) => w.startsWith(answer.prefix.toLowerCase()));
      if (answer.phrase) {
        const p = words(answer.phrase);
        return ws.some((_, i) => p.every((w, j) => ws[i + j] === w));
      }
      throw new Error(`an answer needs any, all, prefix, phrase or none: ${JSON.stringify(answer)}`);
    })
    .map((d) => d.id);
}

async function corpus(work, dir, opts) {
  const docs = await readCorpus(dir);
  if (!docs.length) throw new Error(`no *.md or *.txt articles in ${dir}`);
  await mkdir(work, { recursive: true });
  await writeFile(join(work, "docs.json"), JSON.stringify(docs));
  const site = join(work, "site-pagefind");
  await rm(site, { recursive: true, force: true });
  await mkdir(site, { recursive: true });
  if (opts.html) {
    for (const f of (await readdir(opts.html)).filter((f) => f.endsWith(".html"))) await copyFile(join(opts.html, f), join(site, f));
  } else {
    for (const doc of docs) await writeFile(join(site, `${doc.id}.html`), page(doc));
  }
  if (opts.queries) {
    const spec = JSON.parse(await readFile(opts.queries, "utf8"));
    const out = spec.map((q) => {
      const expect = answers(docs, q.answer);
      if (q.class !== "none" && !expect.length) throw new Error(`no article answers ${JSON.stringify(q.query)}: check its answer in ${opts.queries}`);
      return { class: q.class, query: q.query, expect };
    });
    await writeFile(join(work, "queries.json"), JSON.stringify(out, null, 1) + "\n");
  }
  console.error(`prepare: ${docs.length} documents, ${docs.length} pages for Pagefind in ${site}`);
}

async function* filesUnder(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

async function pages(work) {
  const require = createRequire(import.meta.url);
  const minisearchLib = join(dirname(require.resolve("minisearch")), "..", "es", "index.js");
  for (const engine of ENGINES) {
    const site = join(work, `site-${engine}`);
    await copyFile(join(here, "page", "clbench.html"), join(site, "clbench.html"));
    await copyFile(join(here, "page", "harness.js"), join(site, "clbench-harness.js"));
    await copyFile(join(here, "page", `${engine}.js`), join(site, "clbench-engine.js"));
    if (engine === "minisearch") {
      await copyFile(minisearchLib, join(site, "minisearch.js"));
      await copyFile(join(here, "page", "minisearch-options.js"), join(site, "minisearch-options.js"));
    }
    // claimlens build writes its own .br copies (only the benchmark page needs one there); the
    // others' files get one here.
    for await (const file of filesUnder(site)) {
      if (file.endsWith(".br") || file.endsWith(".gz")) continue;
      // Only what a page fetches: claimlens's benchmark page, not Pagefind's source pages.
      if (engine === "claimlens" && !basename(file).startsWith("clbench")) continue;
      if (engine === "pagefind" && !basename(file).startsWith("clbench") && !relative(site, file).startsWith("pagefind")) continue;
      if (await stat(file + ".br").then(() => true, () => false)) continue;
      const raw = await readFile(file);
      await writeFile(file + ".br", brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
    }
  }
  console.error(`prepare: benchmark pages in place under ${work}`);
}

const [command, work, ...rest] = process.argv.slice(2);
try {
  if (command === "corpus") {
    const [dir, ...flags] = rest;
    const opts = {};
    for (let i = 0; i < flags.length; i += 2) {
      if (flags[i] === "--html") opts.html = flags[i + 1];
      else if (flags[i] === "--queries") opts.queries = flags[i + 1];
      else throw new Error(`unknown argument ${flags[i]}`);
    }
    if (!work || !dir) throw new Error("usage: prepare.mjs corpus WORK CORPUS_DIR [--html DIR] [--queries SPEC_JSON]");
    await corpus(work, dir, opts);
  } else if (command === "pages" && work) {
    await pages(work);
  } else {
    throw new Error("usage: prepare.mjs corpus WORK CORPUS_DIR [...] | prepare.mjs pages WORK");
  }
} catch (e) {
  console.error(`bench/compare/prepare.mjs: ${e.message}`);
  process.exit(1);
}
