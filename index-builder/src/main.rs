//! The `claimlens` binary: parses the command line and hands over to the library.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use claimlens_index_builder::build_cmd::{build_command, build_loaded, Targets};
use claimlens_index_builder::export_cmd::{export_command, ExportArgs, ExportFormat, TableArg};
use claimlens_index_builder::search_cmd::{search_command, SearchFormat};
use claimlens_index_builder::serve_cmd::serve;
use claimlens_index_builder::{analyze_command, demo_command, Format, Status};
use clap::{Parser, Subcommand};

// The analysis allocates many small strings; mimalloc does that faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Who said what across news articles about one story, and which figures disagree.
#[derive(Parser)]
#[command(name = "claimlens", version, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse articles (.md, .txt, .html, .htm, .json, .jsonl); directories are read recursively
    #[command(after_help = EXIT_CODES)]
    Analyze {
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Article files (.md, .txt, .html, .htm, .json, .jsonl) or directories holding them
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
    },
    /// Analyse the demo corpus built into this binary
    #[command(after_help = EXIT_CODES)]
    Demo {
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Build the demo site and serve it on loopback instead of printing the report
        #[arg(long)]
        serve: bool,
        /// The port for --serve (0 picks a free one)
        #[arg(long, default_value_t = 8080)]
        port: u16,
    },
    /// Serve a built site on loopback (for looking at it; any static server works)
    Serve {
        /// A folder written by `claimlens build`
        site: PathBuf,
        /// The port (0 picks a free one)
        #[arg(long, default_value_t = 8080)]
        port: u16,
    },
    /// Analyse and index articles into a site (the explorer and SITE/claimlens.bundle, with .br
    /// and .gz copies) and/or one HTML file that opens from disk
    #[command(after_help = EXIT_CODES)]
    Build {
        /// Article files or directories holding them
        #[arg(value_name = "CORPUS", required = true)]
        paths: Vec<PathBuf>,
        /// The folder to write the site into
        #[arg(long, value_name = "SITE", required_unless_present = "single_file")]
        out: Option<PathBuf>,
        /// Also (or only) write the explorer and the story as one HTML file that works offline,
        /// from file://
        #[arg(long, value_name = "OUT.html")]
        single_file: Option<PathBuf>,
    },
    /// Write one table of the story (figures, quotes, claims, speakers) as CSV or JSON Lines,
    /// from articles or from a bundle written by `claimlens build`
    #[command(after_help = EXIT_CODES)]
    Export {
        /// Article files or directories holding them (as `analyze` takes them), or one bundle
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
        /// Which table
        #[arg(long, value_enum)]
        table: TableArg,
        /// Output format
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
        /// The file to write (replaced whole, never half-written); standard output without it
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Search a bundle with the same engine the browser runs
    Search {
        /// A bundle written by `claimlens build`
        bundle: PathBuf,
        /// Words, "phrases", -exclusions, outlet:, speaker:, date:2025-12-01..2025-12-31
        query: String,
        /// Output format
        #[arg(long, value_enum, default_value_t = SearchFormat::Text)]
        format: SearchFormat,
        /// How many passages to show
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
}

const EXIT_CODES: &str = "\
Exit codes:
  0  every file was analysed
  1  some files were skipped (listed on stderr); the rest were analysed and printed
  2  nothing could be analysed, or the command line or a named path was wrong";

/// Builds the embedded demo corpus into a site under the system's temporary folder and serves it.
fn demo_site(port: u16, out: &mut dyn Write, err: &mut dyn Write) -> anyhow::Result<Status> {
    let site = std::env::temp_dir().join("claimlens-demo-site");
    let progress = indicatif::ProgressBar::hidden();
    let (status, _) = build_loaded(
        claimlens_index_builder::demo::load(),
        Targets::site(&site),
        &progress,
        err,
    )?;
    serve(&site, port, out)?;
    Ok(status)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut err = io::stderr().lock();
    let result = match cli.command {
        Command::Analyze { format, paths } => analyze_command(&paths, format, &mut out, &mut err),
        Command::Demo {
            serve: true, port, ..
        } => demo_site(port, &mut out, &mut err),
        Command::Demo { format, .. } => demo_command(format, &mut out, &mut err),
        Command::Serve { site, port } => serve(&site, port, &mut out).map(|()| Status::Complete),
        Command::Build {
            paths,
            out: site,
            single_file,
        } => {
            let targets = Targets {
                site: site.as_deref(),
                single_file: single_file.as_deref(),
            };
            build_command(&paths, targets, &mut err).map(|(status, _)| status)
        }
        Command::Export {
            paths,
            table,
            format,
            out: file,
        } => export_command(
            ExportArgs {
                paths: &paths,
                table: table.into(),
                format,
                out: file.as_deref(),
            },
            &mut out,
            &mut err,
        ),
        Command::Search {
            bundle,
            query,
            format,
            limit,
        } => search_command(&bundle, &query, format, limit, &mut out)
            .and_then(|()| out.flush().map_err(Into::into))
            .map(|()| Status::Complete),
    };
    match result {
        Ok(status) => ExitCode::from(status.exit_code()),
        Err(error) => {
            // Writing to a closed stderr must not panic, so no eprintln!.
            let _ = writeln!(err, "error: {error:#}");
            ExitCode::from(Status::FAILED)
        }
    }
}
