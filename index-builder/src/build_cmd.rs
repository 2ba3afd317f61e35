//! `claimlens build`: articles in, a bundle out (analysis plus search index), written
//! atomically with pre-compressed copies for static hosts, with the explorer beside it, and/or
//! the whole explorer in one HTML file (`--single-file`, see `claimlens_build::single_file`).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use std::time::Instant;

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};

use claimlens_bundle::Part;

use crate::{finish_status, load_paths, report_skipped, Loaded, Status};

/// The bundle's file name inside the site folder.
pub const BUNDLE_FILE: &str = "claimlens.bundle";

include!(concat!(env!("OUT_DIR"), "/explorer.rs"));

/// Where a build writes: a site folder, one HTML file, or both.
#[derive(Debug, Clone, Copy)]
pub struct Targets<'a> {
    pub site: Option<&'a Path>,
    pub single_file: Option<&'a Path>,
}

impl<'a> Targets<'a> {
    pub fn site(site: &'a Path) -> Targets<'a> {
        Targets {
            site: Some(site),
            single_file: None,
        }
    }
}

/// What a build wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    /// The site's bundle, when a site was written.
    pub bundle: Option<PathBuf>,
    /// The single HTML file and its size, when one was written.
    pub single_file: Option<(PathBuf, u64)>,
    pub articles: usize,
    pub bytes: u64,
    pub brotli_bytes: u64,
    pub gzip_bytes: u64,
    /// How long each phase took, in order (for benchmarks: `CLAIMLENS_TIMINGS=1`).
    pub timings: Vec<(&'static str, std::time::Duration)>,
}

/// `claimlens build`: reads `paths` and writes `site/claimlens.bundle` (plus `.br` and `.gz`)
/// with the explorer, and/or the single file. Nothing is written unless the whole bundle could
/// be made.
pub fn build_command(
    paths: &[PathBuf],
    targets: Targets,
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
    let (status, mut built) = build_loaded(loaded, targets, &progress, err)?;
    built.timings.insert(0, ("read", read));
    progress.finish_and_clear();
    if std::env::var_os("CLAIMLENS_TIMINGS").is_some() {
        for (phase, took) in &built.timings {
            let _ = writeln!(err, "timing: {phase} {:.3}s", took.as_secs_f64());
        }
    }
    if let Some(bundle) = &built.bundle {
        let _ = writeln!(
            err,
            "built {} from {} articles: {} bytes ({} brotli, {} gzip)",
            bundle.display(),
            built.articles,
            built.bytes,
            built.brotli_bytes,
            built.gzip_bytes
        );
    }
    if let Some((file, size)) = &built.single_file {
        let _ = writeln!(
            err,
            "built {} from {} articles: {size} bytes, the explorer and the story in one file",
            file.display(),
            built.articles,
        );
    }
    Ok((status, built))
}

/// Builds the bundle for articles already loaded.
pub fn build_loaded(
    loaded: Loaded,
    targets: Targets,
    progress: &ProgressBar,
    err: &mut dyn Write,
) -> Result<(Status, Built)> {
    if targets.single_file.is_some() && !has_explorer() {
        bail!("this claimlens was built without the explorer, so it cannot write a single file: run `trunk build --release`, then rebuild claimlens");
    }
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
    // The same steps as the browser's #/open worker (claimlens-build), so the CLI and the page
    // give the same bundle for the same files (issue 18).
    let mut stage = None;
    let built = claimlens_build::build(loaded.story.as_deref(), &loaded.inputs, |now, _, _| {
        if stage != Some(now) {
            if let Some(done) = stage {
                lap(done.name());
            }
            stage = Some(now);
            progress.set_message(match now {
                claimlens_build::Stage::Analyse => format!("analysing {articles} articles"),
                claimlens_build::Stage::Index => "indexing passages".into(),
                _ => "writing the bundle".into(),
            });
        }
    })
    .context("building the bundle")?;
    if let Some(done) = stage {
        lap(done.name());
    }
    let (story, encoded) = (built.title, built.encoded);
    // The parts' compressions are independent: run them side by side. The single file needs
    // only the gzip.
    let compressed = std::thread::scope(|scope| {
        let jobs: Vec<_> = Part::ALL
            .into_iter()
            .map(|part| {
                let bytes = encoded.part(part);
                let brotli = targets
                    .site
                    .map(|_| scope.spawn(move || compress_brotli(bytes)));
                (brotli, scope.spawn(move || compress_gzip(bytes)))
            })
            .collect();
        jobs.into_iter()
            .map(|(brotli, gzip)| -> Result<Compressed> {
                let join = "the compression threads do not panic";
                Ok(Compressed {
                    brotli: brotli.map(|b| b.join().expect(join)).transpose()?,
                    gzip: gzip.join().expect(join)?,
                })
            })
            .collect::<Result<Vec<Compressed>>>()
    })?;
    lap("compress");
    let mut bundle = None;
    if let Some(site) = targets.site {
        fs::create_dir_all(site).with_context(|| format!("creating {}", site.display()))?;
        let path = site.join(BUNDLE_FILE);
        // The explorer first, the bundle last: a site is complete once its bundle is in place.
        progress.set_message("writing the explorer");
        let explorer_files = write_explorer(site)?;
        if explorer_files == 0 {
            progress.suspend(|| {
                let _ = writeln!(err, "note: this claimlens was built without the explorer, so {} holds the bundle only; run `trunk build --release`, then rebuild claimlens", site.display());
            });
        }
        // The head last, so that a page never finds a head whose other parts are not there.
        for (part, compressed) in Part::ALL.into_iter().zip(&compressed).rev() {
            let part_path =
                PathBuf::from(claimlens_bundle::part_url(&path.to_string_lossy(), part));
            write_atomic(&part_path, encoded.part(part))?;
            if let Some(brotli) = &compressed.brotli {
                write_atomic(&with_suffix(&part_path, "br"), brotli)?;
            }
            write_atomic(&with_suffix(&part_path, "gz"), &compressed.gzip)?;
        }
        bundle = Some(path);
    }
    let mut single_file = None;
    if let Some(path) = targets.single_file {
        progress.set_message("writing the single file");
        let title = story.as_deref().unwrap_or("Story");
        let gzipped: Vec<&[u8]> = compressed.iter().map(|c| &c.gzip[..]).collect();
        let html = render_single_file(&gzipped, title)?;
        if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        write_atomic(path, html.as_bytes())?;
        single_file = Some((path.to_path_buf(), html.len() as u64));
    }
    let status = finish_status(&loaded.skipped, err);
    lap("write");
    Ok((
        status,
        Built {
            bundle,
            single_file,
            articles,
            bytes: Part::ALL.map(|p| encoded.part(p).len() as u64).iter().sum(),
            brotli_bytes: compressed
                .iter()
                .filter_map(|c| c.brotli.as_ref())
                .map(|b| b.len() as u64)
                .sum(),
            gzip_bytes: compressed.iter().map(|c| c.gzip.len() as u64).sum(),
            timings,
        },
    ))
}

/// A part's compressed copies: brotli for a site, gzip for a site and the single file.
struct Compressed {
    brotli: Option<Vec<u8>>,
    gzip: Vec<u8>,
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

/// The single file's HTML, made of the embedded explorer's files and the bundle's gzipped
/// parts (head, texts, index).
fn render_single_file(bundle_gz: &[&[u8]], title: &str) -> Result<String> {
    use claimlens_build::single_file::{render, Names, Parts};
    let file = |name: &str| -> Result<&'static [u8]> {
        EXPLORER
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, data)| *data)
            .with_context(|| format!("the embedded explorer has no {name}"))
    };
    let text = |name: &str| -> Result<&'static str> {
        std::str::from_utf8(file(name)?).with_context(|| format!("reading the explorer's {name}"))
    };
    // Trunk's hook made gzip copies of the wasm; an explorer built without it gets them here.
    let gzipped = |name: &str| -> Result<std::borrow::Cow<'static, [u8]>> {
        match file(&format!("{name}.gz")) {
            Ok(gz) => Ok(gz.into()),
            Err(_) => Ok(compress_gzip(file(name)?)?.into()),
        }
    };
    let names = Names::from_index(text("index.html")?)?;
    let page_wasm_gz = gzipped(&names.page_wasm)?;
    let worker_wasm_gz = gzipped("claimlens-worker_bg.wasm")?;
    Ok(render(
        &Parts {
            page_js: text(&names.page_js)?,
            page_wasm_gz: &page_wasm_gz,
            worker_js: text("claimlens-worker.js")?,
            worker_wasm_gz: &worker_wasm_gz,
            css: text(&names.css)?,
        },
        bundle_gz,
        title,
    )?)
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

/// Brotli at quality 5: on a 1,000-article bundle 2% larger than quality 6 and 4% larger than
/// 7, in about four fifths of quality 6's time (Google's encoder); compression is the build's slowest step after
/// the analysis, and the build is asked for 1,000 articles a second (issue 3). The explorer's
/// files are compressed once, at 11, when it is built (web/precompress.mjs).
const BROTLI_QUALITY: u8 = 5;

fn compress_brotli(bytes: &[u8]) -> Result<Vec<u8>> {
    brotli_at(bytes, BROTLI_QUALITY)
}

/// Brotli as `claimlens build` writes its `.br` files, at `quality` (the build's own is 5);
/// the benchmarks compress with this too, so their figures are the build's.
pub fn brotli_at(bytes: &[u8], quality: u8) -> Result<Vec<u8>> {
    // Google's brotli (through brotlic): about twice as fast as the pure-Rust port at the same
    // quality, and compression was a third of a build's time.
    let encoder = brotlic::BrotliEncoderOptions::new()
        .quality(brotlic::Quality::new(quality).context("brotli quality")?)
        .window_size(brotlic::WindowSize::new(22).context("brotli window")?)
        // Without the input's size the encoder sizes its match finder for a small input: a
        // 10,000-article bundle came out a third larger (28.9 MB against 21.8 MB), larger
        // even than its gzip copy.
        .size_hint(u32::try_from(bytes.len()).unwrap_or(u32::MAX))
        .build()
        .context("setting up brotli")?;
    let mut writer =
        brotlic::CompressorWriter::with_encoder(encoder, Vec::with_capacity(bytes.len() / 3));
    writer.write_all(bytes).context("compressing with brotli")?;
    writer
        .into_inner()
        .map_err(|e| anyhow::anyhow!("compressing with brotli: {}", e.error()))
}

/// Gzip with no file name and a zero timestamp, so that the output is deterministic.
fn compress_gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    Ok(claimlens_build::gzip(bytes)?)
}
