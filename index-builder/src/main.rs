//! The `claimlens` binary: parses the command line and hands over to the library.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use claimlens_index_builder::{analyze_command, demo_command, Format, Status};
use clap::{Parser, Subcommand};

/// Who said what across news articles about one story, and which figures disagree.
#[derive(Parser)]
#[command(name = "claimlens", version, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyse .md and .txt articles; directories are read recursively
    #[command(after_help = EXIT_CODES)]
    Analyze {
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Article files (.md, .txt) or directories holding them
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
    },
    /// Analyse the demo corpus built into this binary
    #[command(after_help = EXIT_CODES)]
    Demo {
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

const EXIT_CODES: &str = "\
Exit codes:
  0  every file was analysed
  1  some files were skipped (listed on stderr); the rest were analysed and printed
  2  nothing could be analysed, or the command line or a named path was wrong";

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut err = io::stderr().lock();
    let result = match cli.command {
        Command::Analyze { format, paths } => analyze_command(&paths, format, &mut out, &mut err),
        Command::Demo { format } => demo_command(format, &mut out, &mut err),
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
