//! claimlens-devset-bench: scores the analysis on the development set (`bench/devset/`) and
//! prints the table of `claimlens_bench::devset`; `--problems` also lists what went wrong.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use claimlens_bench::devset;

/// Quote, speaker and figure scores on the development set.
#[derive(Parser)]
struct Args {
    /// List each case's problems (the cases worked on; see --show-held)
    #[arg(long)]
    problems: bool,
    /// Also list the problems of the cases kept aside
    #[arg(long)]
    show_held: bool,
    /// Only the cases whose id starts with this
    #[arg(long, value_name = "PREFIX")]
    only: Option<String>,
    /// The folder of *.toml case files
    #[arg(default_value = "bench/devset")]
    dir: PathBuf,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut cases = match devset::load(&args.dir) {
        Ok(cases) => cases,
        Err(error) => {
            eprintln!("claimlens-devset-bench: {error:#}");
            return ExitCode::FAILURE;
        }
    };
    if let Some(prefix) = &args.only {
        cases.retain(|c| c.id.starts_with(prefix.as_str()));
    }
    let report = devset::run(&cases, args.show_held);
    if args.problems || args.show_held {
        for (id, problems) in &report.problems {
            println!("{id}");
            for p in problems {
                println!("    {p}");
            }
        }
        println!();
    }
    print!("{}", devset::table(&report));
    ExitCode::SUCCESS
}
