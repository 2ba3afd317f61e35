//! Where a bundle's bytes go: the analysis (by field) and each tantivy file, raw and
//! brotli-compressed on its own, against the brotli size of the articles it was built from.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::{brotli, gzip, kb, Summary, Table};

/// Prints the size tables for the bundle at `bundle`, built from the article files in `corpus`.
/// The corpus, and each part alone, are compressed at brotli `quality` (`claimlens build` writes
/// its `.br` at 6); the bundle's own `.br` and `.gz`, when `claimlens build` wrote them beside it,
/// are the sizes served. The summary gets `size.*`.
pub fn anatomy(bundle: &Path, corpus: &Path, quality: u8, summary: &Summary) -> Result<String> {
    // The head with its texts and index parts beside it (issue 16): sizes are the three files'.
    let bytes = claimlens_index_builder::bundle_file::read_whole(bundle)?;
    let parts: Vec<PathBuf> = claimlens_bundle::Part::ALL
        .iter()
        .map(|&part| PathBuf::from(claimlens_bundle::part_url(&bundle.to_string_lossy(), part)))
        .collect();
    let served = |suffix: &str, compress: &dyn Fn(&[u8]) -> usize| -> Result<usize> {
        let mut total = 0;
        for part in &parts {
            let mut name = part.as_os_str().to_owned();
            name.push(suffix);
            total += match fs::metadata(PathBuf::from(name)) {
                Ok(m) => m.len() as usize,
                Err(_) => compress(
                    &fs::read(part).with_context(|| format!("reading {}", part.display()))?,
                ),
            };
        }
        Ok(total)
    };
    let bundle_gz = served(".gz", &gzip)?;
    let bundle_br = served(".br", &|b| brotli(b, quality))?;
    let decoded = claimlens_bundle::decode(&bytes)
        .with_context(|| format!("decoding {}", bundle.display()))?;

    let files = corpus_files(corpus)?;
    let corpus_bytes: Vec<u8> = files
        .iter()
        .map(|f| fs::read(f).with_context(|| format!("reading {}", f.display())))
        .collect::<Result<Vec<_>>>()?
        .concat();
    let text: String = decoded
        .analysis
        .articles
        .iter()
        .map(|a| a.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let (corpus_br, text_br) = (
        brotli(&corpus_bytes, quality),
        brotli(text.as_bytes(), quality),
    );

    let mut totals = Table::new(&[
        "what",
        "raw KB",
        "gzip KB",
        "brotli KB",
        "brotli / corpus brotli",
    ]);
    let ratio = |br: usize| format!("{:.2}", br as f64 / corpus_br as f64);
    totals.row(vec![
        "bundle (as served)".into(),
        kb(bytes.len()),
        kb(bundle_gz),
        kb(bundle_br),
        ratio(bundle_br),
    ]);
    totals.row(vec![
        format!("corpus files ({})", files.len()),
        kb(corpus_bytes.len()),
        kb(gzip(&corpus_bytes)),
        kb(corpus_br),
        ratio(corpus_br),
    ]);
    totals.row(vec![
        "article text only".into(),
        kb(text.len()),
        kb(gzip(text.as_bytes())),
        kb(text_br),
        ratio(text_br),
    ]);
    for (key, value) in [
        ("bundle.raw", bytes.len()),
        ("bundle.gz", bundle_gz),
        ("bundle.br", bundle_br),
        ("corpus.raw", corpus_bytes.len()),
        ("corpus.br", corpus_br),
        ("text.br", text_br),
    ] {
        summary.put(&format!("size.{key}"), value)?;
    }
    summary.put(
        "size.ratio",
        format!("{:.2}", bundle_br as f64 / corpus_br as f64),
    )?;

    let mut parts: Vec<(String, Vec<u8>)> = analysis_parts(&decoded.analysis)?;
    for (name, data) in &decoded.index_files {
        parts.push((index_part(name), data.clone()));
    }
    let raw_total: usize = parts.iter().map(|p| p.1.len()).sum();
    let compressed: Vec<usize> = parts
        .iter()
        .map(|(_, data)| brotli(data, quality))
        .collect();
    let br_total: usize = compressed.iter().sum();
    let mut table = Table::new(&["part", "raw KB", "raw %", "brotli KB", "brotli %"]);
    for ((name, data), br) in parts.iter().zip(&compressed) {
        table.row(vec![
            name.clone(),
            kb(data.len()),
            percent(data.len(), raw_total),
            kb(*br),
            percent(*br, br_total),
        ]);
    }
    table.row(vec![
        "sum of parts".into(),
        kb(raw_total),
        "100%".into(),
        kb(br_total),
        "100%".into(),
    ]);
    let analysis_br: usize = parts
        .iter()
        .zip(&compressed)
        .filter(|((n, _), _)| n.starts_with("analysis"))
        .map(|(_, b)| b)
        .sum();
    summary.put("size.analysis_br_share", percent(analysis_br, br_total))?;

    Ok(format!(
        "{}\nwhere the bytes go (each part brotli-compressed alone at quality {quality}; the bundle compresses them together):\n{}",
        totals.render(),
        table.render()
    ))
}

/// The analysis as the bundle stores it (postcard, span texts left out), split by field:
/// article fields summed over articles (`analysis articles.text`, `analysis articles.quotes`,
/// ...) and the other top-level fields.
fn analysis_parts(analysis: &claimlens_core::Analysis) -> Result<Vec<(String, Vec<u8>)>> {
    fn encoded<T: serde::Serialize + ?Sized>(value: &T) -> Result<Vec<u8>> {
        postcard::to_allocvec(value).context("encoding a part of the analysis")
    }
    let mut analysis = analysis.clone();
    claimlens_bundle::strip_span_texts(&mut analysis);
    let articles = &analysis.articles;
    let text: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let quotes: Vec<_> = articles.iter().map(|a| &a.quotes).collect();
    let figures: Vec<_> = articles.iter().map(|a| &a.figures).collect();
    let metadata: Vec<_> = articles
        .iter()
        .map(|a| {
            (
                &a.id, &a.path, &a.title, &a.outlet, &a.date, &a.url, &a.author,
            )
        })
        .collect();
    let mut out = vec![
        ("analysis articles.text".to_string(), encoded(&text)?),
        ("analysis articles.quotes".to_string(), encoded(&quotes)?),
        ("analysis articles.figures".to_string(), encoded(&figures)?),
        (
            "analysis articles.metadata".to_string(),
            encoded(&metadata)?,
        ),
        (
            "analysis entities".to_string(),
            encoded(&analysis.entities)?,
        ),
        ("analysis claims".to_string(), encoded(&analysis.claims)?),
        (
            "analysis statements".to_string(),
            encoded(&analysis.statements)?,
        ),
    ];
    out.sort_by_key(|part| std::cmp::Reverse(part.1.len()));
    Ok(out)
}

/// A tantivy file's role, from its extension.
fn index_part(name: &str) -> String {
    let role = match name.rsplit('.').next().unwrap_or("") {
        "idx" => "postings (doc ids, freqs)",
        "pos" => "positions",
        "term" => "term dictionary",
        "store" => "doc store",
        "fast" => "fast fields",
        "fieldnorm" => "field norms",
        "json" => "metadata",
        _ => "other",
    };
    let extension = name.rsplit_once('.').map_or(name, |(_, e)| e);
    format!("tantivy .{extension} {role}")
}

fn percent(part: usize, total: usize) -> String {
    format!("{:.1}%", 100.0 * part as f64 / total.max(1) as f64)
}

/// The article files of a corpus folder (`.md`, `.txt`, `.html`, but READMEs), by name.
fn corpus_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_lowercase();
        if !name.starts_with("readme") && [".md", ".txt", ".html"].iter().any(|e| name.ends_with(e))
        {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}
