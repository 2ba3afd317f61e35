//! claimlens-build: a story's files from its article files, one code path for the `claimlens`
//! CLI and for the explorer's `#/open` worker in the browser (issue 18), so that both give the
//! same bundle for the same files.
//!
//! The steps are [`Stage`]s: files are read ([`read_files`], for files known by name and bytes,
//! as a page receives them; the CLI reads its own from disk with the same readers), the
//! articles analysed and indexed and the bundle encoded ([`build`]). [`single_file::render`]
//! writes the explorer and a bundle as one HTML file. No IO, no threads, no clock: it builds for
//! `wasm32-unknown-unknown`.
//!
//! ```
//! use claimlens_build::{build, read_files};
//!
//! let files = vec![
//!     ("a.txt".to_string(), b"Mayor Ana Duarte said 40 people came.".to_vec()),
//!     ("b.bin".to_string(), vec![0, 1, 2]),
//! ];
//! let read = read_files(files, |_, _, _| {});
//! assert_eq!(read.skipped.len(), 1);
//! let built = build(None, &read.inputs, |_, _, _| {}).unwrap();
//! assert_eq!(built.articles, 1);
//! assert!(claimlens_bundle::decode(&built.encoded.whole()).is_ok());
//! ```

mod read;
pub mod single_file;

use std::io::Write;

use claimlens_bundle::Encoded;
use claimlens_core::ArticleInput;

pub use read::{read_files, Read, Skipped};

/// A step of a build, in order; progress is reported per stage as `(stage, done, total)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// Files read into articles (`done` counts files).
    Read,
    /// The articles analysed (`done` counts the analysis's steps, [`claimlens_core::Step`]).
    Analyse,
    /// Passages indexed (`done` counts passages).
    Index,
    /// The bundle's parts encoded.
    Encode,
}

impl Stage {
    pub const ALL: [Stage; 4] = [Stage::Read, Stage::Analyse, Stage::Index, Stage::Encode];

    /// A short name, for messages between page and worker and for timings.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Read => "read",
            Stage::Analyse => "analyse",
            Stage::Index => "index",
            Stage::Encode => "encode",
        }
    }

    pub fn from_name(name: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.name() == name)
    }

    /// What the stage is doing after `done` of its steps, for a person: the stage's label, and
    /// for the analysis the step under way ("Finding quotes, speakers and figures (attributing
    /// quotes)").
    pub fn label_at(self, done: usize) -> String {
        let step = match self {
            Stage::Analyse => claimlens_core::Step::ALL.get(done).map(|step| match step {
                claimlens_core::Step::Read => "reading each article",
                claimlens_core::Step::Entities => "matching names across articles",
                claimlens_core::Step::Speakers => "attributing quotes",
                claimlens_core::Step::Figures => "reading figures",
                claimlens_core::Step::Groups => "grouping claims and statements",
            }),
            _ => None,
        };
        match step {
            Some(step) => format!("{} ({step})", self.label()),
            None => self.label().to_owned(),
        }
    }

    /// What the stage does, for a person.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Read => "Reading the files",
            Stage::Analyse => "Finding quotes, speakers and figures",
            Stage::Index => "Indexing the passages for search",
            Stage::Encode => "Packing the story",
        }
    }
}

/// What can go wrong building; a file that cannot be read is no error but a [`Skipped`].
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("nothing to build: no article could be read")]
    NoArticles,
    #[error("building the search index: {0}")]
    Index(#[from] claimlens_search::Error),
    /// The explorer's own files are missing or unusable for a single file.
    #[error("{0}")]
    Explorer(String),
    #[error("compressing with gzip: {0}")]
    Compress(String),
}

pub type Result<T> = std::result::Result<T, Error>;

/// A built story: its title and its bundle's parts.
pub struct Built {
    pub title: Option<String>,
    pub articles: usize,
    pub encoded: Encoded,
}

/// Analyses and indexes `inputs` and encodes the bundle. `story` is the title a manifest gave,
/// else the headline the articles share most is used. `progress(stage, done, total)` is called
/// as each stage starts and ends (and during indexing).
pub fn build(
    story: Option<&str>,
    inputs: &[ArticleInput],
    mut progress: impl FnMut(Stage, usize, usize),
) -> Result<Built> {
    if inputs.is_empty() {
        return Err(Error::NoArticles);
    }
    let steps = claimlens_core::Step::ALL.len();
    progress(Stage::Analyse, 0, steps);
    let mut done = 0;
    let analysis = claimlens_core::analyze_with_progress(inputs, |_| {
        done += 1;
        progress(Stage::Analyse, done, steps);
    });
    let articles = analysis.articles.len();
    // The manifest's title, else the headline the articles share most (never a bare "Story"
    // when the articles have titles; issue 17).
    let title = claimlens_export::story_title(story, &analysis);
    progress(Stage::Index, 0, 1);
    let bundle =
        claimlens_search::build_bundle_with_progress(title.clone(), analysis, |done, total| {
            progress(Stage::Index, done, total)
        })?;
    progress(Stage::Encode, 0, 1);
    let encoded = claimlens_bundle::encode_parts(&bundle);
    progress(Stage::Encode, 1, 1);
    Ok(Built {
        title,
        articles,
        encoded,
    })
}

/// Gzip with no file name and a zero timestamp, so that the output is deterministic: the
/// CLI's `.gz` copies and both single files are made with it.
pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let compress = |e: std::io::Error| Error::Compress(e.to_string());
    let mut encoder = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).map_err(compress)?;
    encoder.finish().map_err(compress)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_go_by_their_names_and_in_order() {
        for stage in Stage::ALL {
            assert_eq!(Stage::from_name(stage.name()), Some(stage));
        }
        assert_eq!(Stage::from_name("other"), None);
        let mut seen = Vec::new();
        let inputs = [ArticleInput {
            id: "a".into(),
            text: "Mayor Ana Duarte said 40 people came.\n\nDuarte said it twice.".into(),
            ..Default::default()
        }];
        let built = build(None, &inputs, |stage, done, total| {
            assert!(done <= total, "{stage:?} {done}/{total}");
            seen.push((stage, done, total))
        })
        .unwrap();
        let analyse: Vec<(usize, usize)> = seen
            .iter()
            .filter(|(stage, _, _)| *stage == Stage::Analyse)
            .map(|&(_, done, total)| (done, total))
            .collect();
        assert_eq!(analyse, [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]);
        let mut seen: Vec<Stage> = seen.into_iter().map(|(stage, _, _)| stage).collect();
        seen.dedup();
        assert_eq!(seen, [Stage::Analyse, Stage::Index, Stage::Encode]);
        assert_eq!(
            Stage::Analyse.label_at(2),
            "Finding quotes, speakers and figures (attributing quotes)"
        );
        assert_eq!(Stage::Analyse.label_at(5), Stage::Analyse.label());
        assert_eq!(Stage::Index.label_at(3), Stage::Index.label());
        assert_eq!(built.articles, 1);
        assert!(matches!(
            build(None, &[], |_, _, _| {}),
            Err(Error::NoArticles)
        ));
    }

    #[test]
    fn gzip_is_deterministic_and_round_trips() {
        use std::io::Read as _;
        let text = b"the same bytes give the same file".repeat(20);
        let once = gzip(&text).unwrap();
        assert_eq!(once, gzip(&text).unwrap());
        let mut back = Vec::new();
        flate2::read::GzDecoder::new(&once[..])
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, text);
    }
}
