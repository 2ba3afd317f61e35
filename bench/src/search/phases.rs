//! Where `claimlens build` spends its time: the same steps as `build_cmd.rs`, timed one by one
//! in this process (files read, analysis, index, bundle encoding, brotli and gzip copies).

use std::path::Path;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use claimlens_bundle::Bundle;

use super::{brotli, gzip, Summary, Table};

/// Times each build step over the corpus at `corpus` and prints a table; `quality` is the
/// brotli quality (the CLI uses 11). The summary gets `phases.<step>` seconds.
pub fn phases(corpus: &Path, quality: i32, summary: &Summary) -> Result<String> {
    let mut steps: Vec<(&str, f64)> = Vec::new();
    let mut timed = |name, start: Instant| steps.push((name, start.elapsed().as_secs_f64()));

    let start = Instant::now();
    let loaded = claimlens_index_builder::load_paths(&[corpus.to_path_buf()]).with_context(|| format!("reading {}", corpus.display()))?;
    timed("read files", start);
    if loaded.inputs.is_empty() {
        bail!("no article could be read from {}", corpus.display());
    }
    let articles = loaded.inputs.len();
    let text_bytes: usize = loaded.inputs.iter().map(|a| a.text.len()).sum();

    let start = Instant::now();
    let analysis = claimlens_core::analyze(&loaded.inputs);
    timed("analyze", start);
    let start = Instant::now();
    let index_files = claimlens_search::build_index(&analysis).context("building the search index")?;
    timed("build_index", start);
    let start = Instant::now();
    let bytes = claimlens_bundle::encode(&Bundle { story: loaded.story, analysis, index_files });
    timed("encode", start);
    let start = Instant::now();
    brotli(&bytes, quality);
    timed("brotli copy", start);
    let start = Instant::now();
    gzip(&bytes);
    timed("gzip copy", start);

    let total: f64 = steps.iter().map(|(_, s)| s).sum();
    let mut table = Table::new(&["step", "seconds", "share", "articles/s", "MB/s (text)"]);
    for (name, seconds) in steps.iter().copied().chain([("total", total)]) {
        table.row(vec![
            name.to_string(),
            format!("{seconds:.3}"),
            format!("{:.0}%", 100.0 * seconds / total.max(f64::MIN_POSITIVE)),
            format!("{:.0}", articles as f64 / seconds.max(f64::MIN_POSITIVE)),
            format!("{:.2}", text_bytes as f64 / 1e6 / seconds.max(f64::MIN_POSITIVE)),
        ]);
        summary.put(&format!("phases.{}", name.replace(' ', "_")), format!("{seconds:.3}"))?;
    }
    Ok(format!(
        "{articles} articles, {:.2} MB of article text, brotli quality {quality}, {} analysis threads\n{}",
        text_bytes as f64 / 1e6,
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        table.render()
    ))
}
