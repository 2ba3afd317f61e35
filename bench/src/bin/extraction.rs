//! claimlens-extraction-bench: scores the HTML reader on our development pages
//! (`bench/extraction/dev/`) and the pages kept aside (`bench/extraction/held-out/`), per page
//! and overall, with the shingle-overlap measure of `claimlens_bench::extraction`; or, with
//! `--pages DIR`, a folder of pages laid out as Mozilla Readability's test pages (real pages,
//! kept outside the repository).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use claimlens_bench::extraction::{self, Overlap, Page, Score};

/// Article-extraction precision, recall and F1 (word 4-gram shingles) per page and overall.
#[derive(Parser)]
struct Args {
    /// Print the extracted text of this page (by name) with the expected lines it missed and the
    /// lines it added, instead of the table
    #[arg(long, value_name = "NAME")]
    show: Option<String>,
    /// The folder of pages worked on
    #[arg(long, default_value = "bench/extraction/dev")]
    dev: PathBuf,
    /// The folder of pages kept aside: scored, not studied
    #[arg(long, default_value = "bench/extraction/held-out")]
    held_out: PathBuf,
    /// Score only the pages of this folder instead, laid out as Readability's test pages:
    /// NAME/source.html, with the visible text of NAME/expected.html as the expected text
    #[arg(long, value_name = "DIR")]
    pages: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let sets = match load_sets(&args) {
        Ok(sets) => sets,
        Err(error) => {
            eprintln!("claimlens-extraction-bench: {error:#}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(name) = &args.show {
        let Some(page) = sets
            .iter()
            .flat_map(|(_, pages)| pages)
            .find(|page| &page.name == name)
        else {
            eprintln!("claimlens-extraction-bench: no page named {name}");
            return ExitCode::FAILURE;
        };
        show(page);
        return ExitCode::SUCCESS;
    }
    println!(
        "{:<34} {:>9} {:>7} {:>7}",
        "page", "precision", "recall", "F1"
    );
    let mut summaries = Vec::new();
    for (label, pages) in &sets {
        let overlaps: Vec<Overlap> = pages
            .iter()
            .map(|page| {
                let overlap = Overlap::of(&extraction::extract(page), &page.expected);
                println!(
                    "{:<34} {:>9.3} {:>7.3} {:>7.3}",
                    format!("{label}/{}", page.name),
                    overlap.precision(),
                    overlap.recall(),
                    overlap.f1()
                );
                overlap
            })
            .collect();
        summaries.push((label, pages.len(), Score::of(&overlaps)));
    }
    println!();
    for (label, count, score) in summaries {
        if let Some(score) = score {
            println!(
                "{:<34} {:>9.3} {:>7.3} {:>7.3}",
                format!("{label} ({count} pages)"),
                score.precision,
                score.recall,
                score.f1
            );
        }
    }
    ExitCode::SUCCESS
}

/// The sets to score, each with its label.
fn load_sets(args: &Args) -> anyhow::Result<Vec<(&'static str, Vec<Page>)>> {
    if let Some(dir) = &args.pages {
        return Ok(vec![("pages", extraction::load_readability(dir)?)]);
    }
    Ok(vec![
        ("development", extraction::load(&args.dev)?),
        ("held-out", extraction::load(&args.held_out)?),
    ])
}

/// The extracted text, then the lines of each text the other lacks.
fn show(page: &Page) {
    let extracted = extraction::extract(page);
    println!("== extracted\n{extracted}");
    let lacks = |from: &str, other: &str| -> Vec<String> {
        let other: Vec<&str> = other.lines().map(str::trim).collect();
        from.lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !other.contains(line))
            .map(str::to_owned)
            .collect()
    };
    println!("== expected, not extracted");
    for line in lacks(&page.expected, &extracted) {
        println!("- {line}");
    }
    println!("== extracted, not expected");
    for line in lacks(&extracted, &page.expected) {
        println!("+ {line}");
    }
}
