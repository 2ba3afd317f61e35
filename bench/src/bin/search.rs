//! claimlens-search-bench: the native steps of `bench/search.sh` (corpus, anatomy, size,
//! latency) and the labelled queries of `bench/compare.sh`; parses arguments and calls
//! `claimlens_bench::search` and `claimlens_bench::corpus::truth`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use claimlens_bench::corpus::{truth, Format, Spec};
use claimlens_bench::search::{anatomy, latency, read_queries, sizes, write_corpus, Summary};

/// Search benchmark steps; bench/search.sh runs them all and prints the figures.
#[derive(Parser)]
struct Args {
    /// Also append the headline figures, `key<TAB>value`, to this file
    #[arg(long, global = true, value_name = "FILE")]
    summary: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write a synthetic corpus (deterministic for a seed) and a query set for it
    Corpus {
        #[arg(long)]
        articles: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Words per article, at least
        #[arg(long, default_value_t = 600)]
        words: usize,
        /// md (front matter + paragraphs, what claimlens builds) or html (pages)
        #[arg(long, default_value = "md", value_parser = parse_format)]
        format: Format,
        /// The folder to write the articles into (its earlier files of that format are removed)
        #[arg(long)]
        out: PathBuf,
        /// Write queries for the corpus into this file (outside the corpus folder)
        #[arg(long, value_name = "FILE")]
        queries: Option<PathBuf>,
        #[arg(long, default_value_t = 60)]
        query_count: usize,
    },
    /// Write labelled queries for a synthetic corpus as JSON: each with its class and the
    /// articles that answer it, known by construction (for bench/compare.sh)
    CompareQueries {
        #[arg(long)]
        articles: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, default_value_t = 600)]
        words: usize,
        /// Queries of each class, at most
        #[arg(long, default_value_t = 12)]
        per_class: usize,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Where a bundle's bytes go, against the corpus it was built from
    Anatomy {
        bundle: PathBuf,
        #[arg(long)]
        corpus: PathBuf,
        /// Brotli quality for the corpus and for each part alone (claimlens build writes its
        /// .br at 5, in index-builder/src/build_cmd.rs)
        #[arg(long, default_value_t = 11)]
        quality: u8,
    },
    /// Sizes of files raw, gzip (best) and brotli, as a web server would send them
    Size {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Summary key prefix for the first file's sizes (`<key>.raw`, `.gz`, `.br`)
        #[arg(long)]
        key: Option<String>,
        #[arg(long, default_value_t = 11)]
        quality: u8,
    },
    /// Native query latency, p50/p95, over a query file
    Latency {
        bundle: PathBuf,
        #[arg(long)]
        queries: PathBuf,
        /// Use only the first N queries
        #[arg(long, value_name = "N")]
        query_limit: Option<usize>,
        /// Timed passes over the queries
        #[arg(long, default_value_t = 5)]
        passes: usize,
        /// Hits per query (with highlights)
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
}

fn parse_format(name: &str) -> Result<Format, String> {
    Format::parse(name).ok_or_else(|| format!("unknown format {name:?} (md or html)"))
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("claimlens-search-bench: {error:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Args) -> Result<()> {
    let summary = Summary::new(args.summary);
    let report = match args.command {
        Command::Corpus {
            articles,
            seed,
            words,
            format,
            out,
            queries,
            query_count,
        } => {
            let spec = Spec {
                articles,
                seed,
                words,
            };
            let bytes = write_corpus(
                &spec,
                format,
                &out,
                queries.as_deref().map(|q| (q, query_count)),
            )
            .with_context(|| format!("writing the corpus into {}", out.display()))?;
            format!(
                "wrote {articles} articles ({:.2} MB) to {}",
                bytes as f64 / 1e6,
                out.display()
            )
        }
        Command::CompareQueries {
            articles,
            seed,
            words,
            per_class,
            out,
        } => {
            let spec = Spec {
                articles,
                seed,
                words,
            };
            let queries = truth::labelled_queries(&spec, per_class);
            std::fs::write(&out, truth::to_json(&queries))
                .with_context(|| format!("writing {}", out.display()))?;
            format!(
                "wrote {} labelled queries to {}",
                queries.len(),
                out.display()
            )
        }
        Command::Anatomy {
            bundle,
            corpus,
            quality,
        } => anatomy(&bundle, &corpus, quality, &summary)?,
        Command::Size {
            files,
            key,
            quality,
        } => sizes(&files, key.as_deref(), quality, &summary)?,
        Command::Latency {
            bundle,
            queries,
            query_limit,
            passes,
            limit,
        } => {
            let queries = read_queries(&queries, query_limit)?;
            latency(&bundle, &queries, passes, limit, &summary)?
        }
    };
    println!("{}", report.trim_end());
    Ok(())
}
