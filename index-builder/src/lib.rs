//! claimlens-index-builder: the native side of claimlens, behind the `claimlens` command line.
//!
//! It finds article files ([`sources`]), reads each into an [`ArticleInput`] with
//! [`claimlens_ingest`] (applying the manifests, [`manifests`]), runs [`claimlens_core::analyze`] and writes the result as JSON or as a
//! text report ([`report`]). A file that cannot be read is skipped and listed, never fatal;
//! [`Status`] says whether anything was skipped, and maps to the exit code.
//!
//! ```no_run
//! use claimlens_index_builder::{analyze_command, Format, Status};
//!
//! let mut out = Vec::new();
//! let mut err = Vec::new();
//! let status = analyze_command(&["corpus/demo".into()], Format::Json, &mut out, &mut err)?;
//! assert_eq!(status, Status::Complete);
//! let analysis: claimlens_core::Analysis = serde_json::from_slice(&out)?;
//! # Ok::<(), anyhow::Error>(())
//! ```

pub mod build_cmd;
pub mod bundle_file;
pub mod demo;
pub mod export_cmd;
pub mod manifests;
pub mod report;
pub mod search_cmd;
pub mod serve_cmd;
pub mod sources;

use std::fs;
use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use claimlens_core::{analyze, Analysis, ArticleInput};
use claimlens_ingest::{document, Document, SkipReason};

/// How the analysis is written. The variant docs are the `--format` help text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A report for people: conflicts, other claims, speakers, unattributed quotes
    #[default]
    Text,
    /// The whole analysis as pretty-printed JSON (schema: docs/json.md)
    Json,
}

/// How a run that produced output went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Every file was analysed.
    Complete,
    /// Some files were skipped; the others were analysed.
    Partial,
}

impl Status {
    /// The exit code of a run that failed: nothing analysed, bad arguments or a bad path.
    pub const FAILED: u8 = 2;

    /// The process exit code: 0 when complete, 1 when files were skipped.
    pub fn exit_code(self) -> u8 {
        match self {
            Status::Complete => 0,
            Status::Partial => 1,
        }
    }
}

/// A file that was not analysed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// Something odd about a file that was still analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: String,
    pub message: String,
}

/// Articles read and ready for analysis, with the files that could not be.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    pub inputs: Vec<ArticleInput>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<Warning>,
    /// The story's title, when a manifest names it.
    pub story: Option<String>,
}

/// Reads every article file under `paths` (see [`sources::find`] for which files), applying
/// the `claimlens.toml` manifests that govern them ([`manifests`]).
pub fn load_paths(paths: &[PathBuf]) -> Result<Loaded> {
    let found = sources::find(paths)?;
    let mut loaded = Loaded {
        skipped: found.skipped,
        ..Loaded::default()
    };
    let mut manifests = manifests::Set::read(&found.manifests, &mut loaded);
    for source in found.sources {
        let path = sources::display(&source.path);
        let outcomes = match fs::read(&source.path) {
            Ok(bytes) => {
                document::parse_file(source.id.clone(), Some(path.clone()), source.kind, bytes)
            }
            Err(err) => vec![Err(SkipReason::Unreadable(err.to_string()))],
        };
        for mut outcome in outcomes {
            if let (Ok(doc), Some(link)) = (&mut outcome, &source.manifest) {
                manifests.apply(link, &source.id, &mut doc.input);
            }
            loaded.add(path.clone(), outcome);
        }
    }
    manifests.finish(&mut loaded);
    Ok(loaded)
}

impl Loaded {
    /// Records one file's outcome: its article and warnings, or why it was skipped.
    pub(crate) fn add(&mut self, path: String, parsed: Result<Document, SkipReason>) {
        match parsed {
            Ok(doc) => {
                self.warnings
                    .extend(doc.warnings.into_iter().map(|message| Warning {
                        path: path.clone(),
                        message,
                    }));
                self.inputs.push(doc.input);
            }
            Err(reason) => self.skipped.push(Skipped {
                path,
                reason: reason.to_string(),
            }),
        }
    }
}

/// Writes `analysis` in `format`.
pub fn write_analysis(analysis: &Analysis, format: Format, out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Text => report::render(analysis, out),
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, analysis)?;
            writeln!(out)
        }
    }
}

/// `claimlens analyze`: reads `paths`, writes the analysis to `out` and diagnostics to `err`.
pub fn analyze_command(
    paths: &[PathBuf],
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let loaded = load_paths(paths)?;
    finish(loaded, format, out, err)
}

/// `claimlens demo`: like [`analyze_command`] on the corpus embedded at build time.
pub fn demo_command(format: Format, out: &mut dyn Write, err: &mut dyn Write) -> Result<Status> {
    if demo::FILES.is_empty() {
        bail!("this build has no demo corpus: corpus/demo held no .md files when claimlens was compiled");
    }
    finish(demo::load(), format, out, err)
}

/// Analyses what was loaded, writes it, then lists the skipped files.
fn finish(
    loaded: Loaded,
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Status> {
    let Loaded {
        inputs,
        skipped,
        warnings,
        ..
    } = loaded;
    // Diagnostics go to stderr on a best-effort basis: a closed stderr must not stop the run.
    for warning in &warnings {
        let _ = writeln!(err, "warning: {}: {}", warning.path, warning.message);
    }
    if inputs.is_empty() {
        report_skipped(&skipped, err);
        bail!("nothing to analyse: every file was skipped");
    }
    let analysis = analyze(&inputs);
    // The analysis holds its own copy of every text; free the inputs before writing.
    drop(inputs);
    closed_pipe_is_fine(write_analysis(&analysis, format, out).and_then(|()| out.flush()))
        .context("writing the analysis")?;
    Ok(finish_status(&skipped, err))
}

/// `claimlens demo | head` closes the pipe early; that is not a failure.
pub(crate) fn closed_pipe_is_fine(written: io::Result<()>) -> io::Result<()> {
    match written {
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Lists the skipped files on `err` and says how the run went.
pub(crate) fn finish_status(skipped: &[Skipped], err: &mut dyn Write) -> Status {
    report_skipped(skipped, err);
    if skipped.is_empty() {
        Status::Complete
    } else {
        Status::Partial
    }
}

pub(crate) fn report_skipped(skipped: &[Skipped], err: &mut dyn Write) {
    if skipped.is_empty() {
        return;
    }
    let files = if skipped.len() == 1 { "file" } else { "files" };
    let _ = writeln!(err, "skipped {} {files}:", skipped.len());
    for file in skipped {
        let _ = writeln!(err, "  {}: {}", file.path, file.reason);
    }
}
