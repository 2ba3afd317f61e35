//! claimlens-bench: times the analysis workloads natively over the corpus directories given.

use std::{
    fs,
    path::{Path, PathBuf},
    process::ExitCode,
    time::Instant,
};

use anyhow::{bail, Context, Result};
use clap::Parser;

use claimlens_bench::{header, row, workloads, Measurement, Options, Source};

/// Analysis throughput, natively: MB/s and articles/s per workload.
#[derive(Parser)]
struct Args {
    /// One pass per workload, no warmup, a small synthetic set: checks the harness runs.
    #[arg(long)]
    smoke: bool,
    /// Timed passes per workload (default: as many as fit in --min-time, at least 3).
    #[arg(long)]
    iterations: Option<u32>,
    /// Seconds each workload runs for at least, when --iterations is not given.
    #[arg(long = "min-time", value_name = "SECONDS")]
    min_time: Option<f64>,
    /// Articles in the synthetic workload (0 leaves it out).
    #[arg(long)]
    synthetic: Option<usize>,
    /// Directories whose *.txt and *.md files are the articles (front matter is dropped).
    #[arg(required = true)]
    corpus: Vec<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let options = Options::new(args.smoke, args.iterations, args.min_time, args.synthetic);
    match run(&args.corpus, &options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("claimlens-bench: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(dirs: &[PathBuf], options: &Options) -> Result<()> {
    let mut sources = Vec::new();
    for dir in dirs {
        sources.extend(load(dir)?);
    }
    println!("{}", header());
    for workload in workloads(&sources, options) {
        if options.warmup() {
            workload.run();
        }
        let start = Instant::now();
        let mut iterations = 0;
        let mut found = 0;
        while !options.done(iterations, start.elapsed().as_secs_f64()) {
            found = workload.run();
            iterations += 1;
        }
        let seconds = start.elapsed().as_secs_f64();
        if found == 0 {
            bail!(
                "workload {} found no quotes or figures: the analysis is not running",
                workload.name
            );
        }
        println!(
            "{}",
            row(&Measurement {
                runtime: "native",
                workload: &workload.name,
                calls: workload.calls(),
                articles: workload.articles(),
                bytes: workload.bytes(),
                iterations,
                seconds,
            })
        );
    }
    Ok(())
}

/// The articles in `dir`, by file name.
fn load(dir: &Path) -> Result<Vec<Source>> {
    let listing = || format!("reading corpus directory {}", dir.display());
    let mut paths = Vec::new();
    for entry in fs::read_dir(dir).with_context(listing)? {
        let path = entry.with_context(listing)?.path();
        if is_article(&path) {
            paths.push(path);
        }
    }
    paths.sort();
    if paths.is_empty() {
        bail!("no *.txt or *.md articles in {}", dir.display());
    }
    paths
        .iter()
        .map(|path| {
            let contents =
                fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            Ok(Source::new(name, &contents))
        })
        .collect()
}

/// `*.txt` and `*.md` files but `README.md`, which describes a corpus (`corpus/demo` has one).
fn is_article(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let extension = path.extension().unwrap_or_default();
    !name.eq_ignore_ascii_case("README.md") && (extension == "txt" || extension == "md")
}
