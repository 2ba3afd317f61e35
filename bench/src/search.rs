//! The search benchmark's native side, run by `bench/search.sh`: synthetic corpus files, where
//! a bundle's bytes go, file sizes as served, and native query latency. The wasm side
//! (`wasm/search.mjs` on `search-wasm/`) reports latency in the same table; build times come
//! from `claimlens build` itself (`CLAIMLENS_TIMINGS=1`).

mod anatomy;
mod latency;
mod table;

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{bail, Context, Result};

pub use anatomy::anatomy;
pub use latency::{latency, percentile, read_queries};
pub use table::{kb, Summary, Table};

use crate::corpus::{generate, queries, Format, Spec};

/// Writes the articles of `spec` into `dir` as `format` files, and `query_count` queries for
/// them into `queries_file`. Earlier files of that format in `dir` are removed first, so a
/// smaller corpus does not keep a larger one's leftovers. Returns the bytes written.
pub fn write_corpus(
    spec: &Spec,
    format: Format,
    dir: &Path,
    queries_file: Option<(&Path, usize)>,
) -> Result<u64> {
    if let Some((file, _)) = queries_file {
        if file.starts_with(dir) {
            bail!("the query file {} must not be inside the corpus {}: it would be read as an article", file.display(), dir.display());
        }
    }
    fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == format.extension()) {
            fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
        }
    }
    let mut bytes = 0;
    for article in generate(spec) {
        let text = article.render(format);
        let path = dir.join(article.file_name(format));
        fs::write(&path, &text).with_context(|| format!("writing {}", path.display()))?;
        bytes += text.len() as u64;
    }
    if let Some((file, count)) = queries_file {
        let mut out = String::from(
            "# Queries for the synthetic corpus, one a line, run as typed (see bench/README.md).\n",
        );
        for query in queries(spec, count) {
            out.push_str(&query);
            out.push('\n');
        }
        fs::write(file, out).with_context(|| format!("writing {}", file.display()))?;
    }
    Ok(bytes)
}

/// A table of `files` raw, gzip and brotli at `quality` (KB); with `key`, the summary gets the first file's
/// sizes in bytes as `<key>.raw`, `<key>.gz` and `<key>.br`.
pub fn sizes(
    files: &[std::path::PathBuf],
    key: Option<&str>,
    quality: u8,
    summary: &Summary,
) -> Result<String> {
    let mut table = Table::new(&["file", "raw KB", "gzip KB", "brotli KB"]);
    for (i, file) in files.iter().enumerate() {
        let bytes = fs::read(file).with_context(|| format!("reading {}", file.display()))?;
        let (gz, br) = (gzip(&bytes), brotli(&bytes, quality));
        if let (0, Some(key)) = (i, key) {
            summary.put(&format!("{key}.raw"), bytes.len())?;
            summary.put(&format!("{key}.gz"), gz)?;
            summary.put(&format!("{key}.br"), br)?;
        }
        let name = file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        table.row(vec![name, kb(bytes.len()), kb(gz), kb(br)]);
    }
    Ok(table.render())
}

/// Brotli as `claimlens build` writes `.br` files, at `quality`.
pub fn brotli(bytes: &[u8], quality: u8) -> usize {
    claimlens_index_builder::build_cmd::brotli_at(bytes, quality)
        .expect("compressing into memory cannot fail")
        .len()
}

/// Gzip at its best level, as `claimlens build` writes `.gz` files.
pub fn gzip(bytes: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .expect("compressing into memory cannot fail");
    encoder
        .finish()
        .expect("compressing into memory cannot fail")
        .len()
}
