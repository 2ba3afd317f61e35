//! `claimlens export`: one table of a story (figures, quotes, claims, speakers) as CSV or JSON
//! Lines, from article files or from a built bundle. The tables are `claimlens_export`'s, the
//! same the explorer downloads.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use claimlens_core::Analysis;
use claimlens_export::{Rows, Table};

use crate::build_cmd::write_atomic;
use crate::{closed_pipe_is_fine, finish_status, load_paths, report_skipped, Loaded, Status};

/// Which table. The variant docs are the `--table` help text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TableArg {
    /// One row per figure: value, bounds, what it counts, holder, outlet, sentence
    Figures,
    /// One row per quotation: speaker, words, cue, outlet, sentence
    Quotes,
    /// One row per value of a claim: holders, outlets, first report, explanation
    Claims,
    /// One row per person or organisation quoted: spellings, descriptions, outlets
    Speakers,
}

impl From<TableArg> for Table {
    fn from(table: TableArg) -> Table {
        match table {
            TableArg::Figures => Table::Figures,
            TableArg::Quotes => Table::Quotes,
            TableArg::Claims => Table::Claims,
            TableArg::Speakers => Table::Speakers,
        }
    }
}

/// How the rows are written. The variant docs are the `--format` help text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// RFC 4180 CSV with a header row, UTF-8 with a byte order mark (docs/export.md)
    #[default]
    Csv,
    /// The same rows as JSON Lines, one object per line
    Json,
}

/// What to export and where.
#[derive(Debug, Clone, Copy)]
pub struct ExportArgs<'a> {
    pub paths: &'a [PathBuf],
    pub table: Table,
    pub format: ExportFormat,
    /// The file to write (atomically); standard output when `None`.
    pub out: Option<&'a Path>,
}

/// `claimlens export`: reads the story, writes the table, lists skipped files on `err`.
pub fn export_command(
    args: ExportArgs,
    stdout: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let (analysis, skipped) = match bundle_path(args.paths)? {
        Some(bundle) => (read_bundle(bundle)?, Vec::new()),
        None => {
            let Loaded {
                inputs,
                skipped,
                warnings,
                ..
            } = load_paths(args.paths)?;
            for warning in &warnings {
                let _ = writeln!(err, "warning: {}: {}", warning.path, warning.message);
            }
            if inputs.is_empty() {
                report_skipped(&skipped, err);
                bail!("nothing to export: every file was skipped");
            }
            (claimlens_core::analyze(&inputs), skipped)
        }
    };
    let rows = Rows::of(args.table, &analysis, &analysis);
    let mut bytes = Vec::new();
    match args.format {
        ExportFormat::Csv => rows.write_csv(&mut bytes),
        ExportFormat::Json => rows.write_json_lines(&mut bytes),
    }
    .context("writing the table")?;
    match args.out {
        Some(path) => write_atomic(path, &bytes)?,
        None => closed_pipe_is_fine(stdout.write_all(&bytes).and_then(|()| stdout.flush()))
            .context("writing the table")?,
    }
    Ok(finish_status(&skipped, err))
}

/// The bundle among `paths`, if one is a bundle file (it opens with the bundle's magic bytes).
/// A bundle is a whole story: it is exported on its own, never mixed with articles.
fn bundle_path(paths: &[PathBuf]) -> Result<Option<&Path>> {
    let bundles: Vec<&Path> = paths
        .iter()
        .map(PathBuf::as_path)
        .filter(|p| is_bundle(p))
        .collect();
    match (bundles.as_slice(), paths.len()) {
        ([], _) => Ok(None),
        ([bundle], 1) => Ok(Some(bundle)),
        ([bundle, ..], _) => bail!(
            "{} is a bundle, a whole story of its own: export it alone, not with other paths",
            bundle.display()
        ),
    }
}

fn is_bundle(path: &Path) -> bool {
    let mut magic = [0u8; 8];
    path.is_file()
        && fs::File::open(path)
            .and_then(|mut f| f.read_exact(&mut magic))
            .is_ok()
        && magic == claimlens_bundle::MAGIC
}

fn read_bundle(path: &Path) -> Result<Analysis> {
    let bytes = crate::bundle_file::read_whole(path)?;
    let bundle = claimlens_bundle::decode(&bytes)
        .with_context(|| format!("opening the bundle {}", path.display()))?;
    Ok(bundle.analysis)
}
