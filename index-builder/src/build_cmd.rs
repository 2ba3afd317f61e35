//! `claimlens build`: articles in, a bundle out (analysis plus search index), written
//! atomically with pre-compressed copies for static hosts.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use std::time::Instant;

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};

use crate::{load_paths, report_skipped, Loaded, Status};

/// The bundle's file name inside the site folder.
pub const BUNDLE_FILE: &str = "claimlens.bundle";

include!(concat!(env!("OUT_DIR"), "/explorer.rs"));

/// What a build wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    pub bundle: PathBuf,
    pub articles: usize,
    pub bytes: u64,
    pub brotli_bytes: u64,
    pub gzip_bytes: u64,
    /// How long each phase took, in order (for benchmarks: `CLAIMLENS_TIMINGS=1`).
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// `claimlens build`: reads `paths` and writes `site/claimlens.bundle` (plus `.br` and `.gz`).
/// Nothing is written unless the whole bundle could be made.
pub fn build_command(
    paths: &[PathBuf],
    site: &Path,
    err: &mut dyn Write,
) -> Result<(Status, Built)> {
    let progress = ProgressBar::new_spinner();
    progress.set_style(
        ProgressStyle::with_template("{spinner} {msg} [{elapsed}]").expect("a valid template"),
    );
    progress.enable_steady_tick(std::time::Duration::from_millis(120));
    progress.set_message("reading articles");
    let started = Instant::now();
    let loaded = load_paths(paths)?;
    let read = started.elapsed();
    let (status, mut built) = build_loaded(loaded, site, &progress, err)?;
    built.timings.insert(0, ("read", read));
    progress.finish_and_clear();
    if std::env::var_os("CLAIMLENS_TIMINGS").is_some() {
        for (phase, took) in &built.timings {
            let _ = writeln!(err, "timing: {phase} {:.3}s", took.as_secs_f64());
        }
    }
    let _ = writeln!(
        err,
        "built {} from {} articles: {} bytes ({} brotli, {} gzip)",
        built.bundle.display(),
        built.articles,
        built.bytes,
        built.brotli_bytes,
        built.gzip_bytes
    );
    Ok((status, built))
}

/// Builds the bundle for articles already loaded.
pub fn build_loaded(
    loaded: Loaded,
    site: &Path,
    progress: &ProgressBar,
    err: &mut dyn Write,
) -> Result<(Status, Built)> {
    for warning in &loaded.warnings {
        progress.suspend(|| {
            let _ = writeln!(err, "warning: {}: {}", warning.path, warning.message);
        });
    }
    if loaded.inputs.is_empty() {
        report_skipped(&loaded.skipped, err);
        bail!("nothing to build: no article could be read");
    }
    let articles = loaded.inputs.len();
    let mut timings = Vec::new();
    let mut clock = Instant::now();
    let mut lap = |phase: &'static str| {
        timings.push((phase, clock.elapsed()));
        clock = Instant::now();
    };
    progress.set_message(format!("analysing {articles} articles"));
    let analysis = claimlens_core::analyze(&loaded.inputs);
    lap("analyse");
    progress.set_message("indexing passages");
    let bundle = claimlens_search::build_bundle(loaded.story.clone(), analysis)
        .context("building the search index")?;
    lap("index");
    progress.set_message("writing the bundle");
    let bytes = claimlens_bundle::encode(&bundle);
    lap("encode");
    fs::create_dir_all(site).with_context(|| format!("creating {}", site.display()))?;
    let bundle = site.join(BUNDLE_FILE);
    // The two compressions are independent: run them side by side.
    let (brotli, gzip) = std::thread::scope(|scope| {
        let brotli = scope.spawn(|| compress_brotli(&bytes));
        let gzip = compress_gzip(&bytes);
        (
            brotli.join().expect("the brotli thread does not panic"),
            gzip,
        )
    });
    let (brotli, gzip) = (brotli?, gzip?);
    lap("compress");
    // The explorer first, the bundle last: a site is complete once its bundle is in place.
    progress.set_message("writing the explorer");
    let explorer_files = write_explorer(site)?;
    if explorer_files == 0 {
        progress.suspend(|| {
            let _ = writeln!(err, "note: this claimlens was built without the explorer, so {} holds the bundle only; run `trunk build --release`, then rebuild claimlens", site.display());
        });
    }
    write_atomic(&bundle, &bytes)?;
    write_atomic(&with_suffix(&bundle, "br"), &brotli)?;
    write_atomic(&with_suffix(&bundle, "gz"), &gzip)?;
    report_skipped(&loaded.skipped, err);
    let status = if loaded.skipped.is_empty() {
        Status::Complete
    } else {
        Status::Partial
    };
    lap("write");
    Ok((
        status,
        Built {
            bundle,
            articles,
            bytes: bytes.len() as u64,
            brotli_bytes: brotli.len() as u64,
            gzip_bytes: gzip.len() as u64,
            timings,
        },
    ))
}

/// Writes the embedded explorer into `site`, with brotli and gzip copies of what compresses:
/// Trunk's hook (web/precompress.mjs) made them with the explorer; an explorer built without
/// the hook has them made here. Returns how many files the explorer has.
fn write_explorer(site: &Path) -> Result<usize> {
    let embedded = |name: &str| EXPLORER.iter().any(|(n, _)| *n == name);
    let mut files = 0;
    for (name, data) in EXPLORER {
        write_plain(&site.join(name), data)?;
        if name.ends_with(".br") || name.ends_with(".gz") {
            continue;
        }
        files += 1;
        let compressible = [".wasm", ".js", ".css", ".html", ".svg"]
            .iter()
            .any(|ext| name.ends_with(ext));
        if compressible && !embedded(&format!("{name}.br")) {
            let path = site.join(name);
            write_plain(&with_suffix(&path, "br"), &compress_brotli(data)?)?;
            write_plain(&with_suffix(&path, "gz"), &compress_gzip(data)?)?;
        }
    }
    Ok(files)
}

/// Does this binary carry the explorer?
pub fn has_explorer() -> bool {
    !EXPLORER.is_empty()
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

/// Writes through a temporary file in the same folder, flushed to disk, and renames it into
/// place, so readers never see half a file, even after a crash.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_replacing(path, bytes, true)
}

/// Like [`write_atomic`], without waiting for the disk: readers still never see half a file, but
/// a crash may lose it. For the explorer's files, which every build rewrites; the bundle, written
/// last and flushed, is what marks a site complete.
fn write_plain(path: &Path, bytes: &[u8]) -> Result<()> {
    write_replacing(path, bytes, false)
}

fn write_replacing(path: &Path, bytes: &[u8], durable: bool) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
    tmp.write_all(bytes)
        .with_context(|| format!("writing {}", path.display()))?;
    if durable {
        tmp.as_file()
            .sync_all()
            .with_context(|| format!("writing {}", path.display()))?;
    }
    // Temporary files are private; a site is meant to be served, so make it world-readable.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(fs::Permissions::from_mode(0o644))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    tmp.persist(path)
        .with_context(|| format!("moving the new file into place at {}", path.display()))?;
    Ok(())
}

/// Brotli at quality 6: on a 1,000-article bundle, 5% larger than quality 9 in a quarter of the
/// time (the build's slowest step at 9). The explorer's files are compressed once, at 11, when
/// it is built (web/precompress.mjs).
const BROTLI_QUALITY: i32 = 6;

fn compress_brotli(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
        .context("compressing the bundle with brotli")?;
    Ok(out)
}

/// Gzip with no file name and a zero timestamp, so that the output is deterministic.
fn compress_gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::default());
    encoder
        .write_all(bytes)
        .context("compressing the bundle with gzip")?;
    encoder.finish().context("compressing the bundle with gzip")
}
