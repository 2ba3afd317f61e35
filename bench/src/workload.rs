//! The benchmark workloads: which articles go into each `analyze` call, built the same way in
//! every runtime from the corpus files the runner read.

use std::hint::black_box;

use claimlens_core::{analyze, ArticleInput};

use crate::rng::XorShift;
use crate::Options;

/// One corpus file: its name and the article text analysed.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub name: String,
    pub text: String,
}

impl Source {
    /// Takes a file's name and contents; a front matter block is dropped (see [`article_body`]).
    pub fn new(name: impl Into<String>, contents: &str) -> Source {
        Source {
            name: name.into(),
            text: article_body(contents).to_owned(),
        }
    }
}

/// The article text of a corpus file: everything after a front matter block delimited by `---`
/// lines at the very start, or the whole file when there is none (the shared `.txt` corpus).
pub fn article_body(contents: &str) -> &str {
    let Some(rest) = contents
        .strip_prefix("---\n")
        .or_else(|| contents.strip_prefix("---\r\n"))
    else {
        return contents;
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        if line.trim_end() == "---" {
            return rest[offset..].trim_start_matches(['\r', '\n']);
        }
    }
    // An unterminated block is not front matter.
    contents
}

/// A named set of `analyze` calls making up one timed pass.
#[derive(Debug, Clone)]
pub struct Workload {
    pub name: String,
    calls: Vec<Vec<ArticleInput>>,
}

impl Workload {
    pub fn calls(&self) -> usize {
        self.calls.len()
    }

    pub fn articles(&self) -> usize {
        self.calls.iter().map(Vec::len).sum()
    }

    /// UTF-8 bytes of article text per pass: the figure MB/s is computed from.
    pub fn bytes(&self) -> usize {
        self.calls
            .iter()
            .flatten()
            .map(|article| article.text.len())
            .sum()
    }

    /// Runs one pass and returns how many quotes and figures it found, so the work cannot be
    /// optimised away and a runner can tell an empty analysis from a real one.
    pub fn run(&self) -> usize {
        self.calls
            .iter()
            .map(|inputs| {
                let analysis = black_box(analyze(black_box(inputs)));
                analysis
                    .articles
                    .iter()
                    .map(|a| a.quotes.len() + a.figures.len())
                    .sum::<usize>()
            })
            .sum()
    }
}

/// The workloads, in report order:
/// - `per-article`: each source article in its own call (what analysing one new article costs);
/// - `whole-set`: all source articles in one call (one story, with cross-article resolution);
/// - `synthetic-N`: N articles of shuffled source paragraphs in one call (how that scales).
pub fn workloads(sources: &[Source], options: &Options) -> Vec<Workload> {
    let inputs: Vec<ArticleInput> = sources.iter().map(input).collect();
    let mut all = vec![
        Workload {
            name: "per-article".into(),
            calls: inputs.iter().map(|article| vec![article.clone()]).collect(),
        },
        Workload {
            name: "whole-set".into(),
            calls: vec![inputs],
        },
    ];
    if options.synthetic > 0 {
        all.push(Workload {
            name: format!("synthetic-{}", options.synthetic),
            calls: vec![synthetic(sources, options.synthetic)],
        });
    }
    all
}

fn input(source: &Source) -> ArticleInput {
    ArticleInput {
        id: source.name.clone(),
        path: Some(source.name.clone()),
        text: source.text.clone(),
        ..Default::default()
    }
}

/// `count` articles, each about as long as an average source, made of source paragraphs drawn
/// with a fixed seed, so every runtime and every run analyses the same text. It is built in
/// memory only: the shared corpus must not be copied into the repository.
fn synthetic(sources: &[Source], count: usize) -> Vec<ArticleInput> {
    let paragraphs: Vec<&str> = sources
        .iter()
        .flat_map(|source| source.text.split("\n\n"))
        .map(str::trim)
        .filter(|paragraph| !paragraph.is_empty())
        .collect();
    if paragraphs.is_empty() {
        return Vec::new();
    }
    let target = sources.iter().map(|s| s.text.len()).sum::<usize>() / sources.len();
    let mut random = XorShift::from_state(0x9E37_79B9_7F4A_7C15);
    (0..count)
        .map(|index| {
            let mut text = String::with_capacity(target + 1024);
            while text.len() < target {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str(paragraphs[random.below(paragraphs.len())]);
            }
            ArticleInput {
                id: format!("synthetic-{index:04}"),
                text,
                ..Default::default()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_dropped() {
        assert_eq!(
            article_body("---\ntitle: A\noutlet: B\n---\n\nBody.\n"),
            "Body.\n"
        );
        assert_eq!(
            article_body("---\r\ntitle: A\r\n---\r\nBody.\r\n"),
            "Body.\r\n"
        );
        assert_eq!(article_body("Plain text.\n---\n"), "Plain text.\n---\n");
        assert_eq!(article_body("---\nno end\n"), "---\nno end\n");
    }

    #[test]
    fn workloads_cover_the_sources_and_are_deterministic() {
        let sources = vec![
            Source::new("a.txt", "First paragraph.\n\nSecond paragraph."),
            Source::new(
                "b.md",
                "---\ntitle: B\n---\nThird paragraph.\n\nFourth one.",
            ),
        ];
        let options = Options::new(false, None, None, Some(5));
        let all = workloads(&sources, &options);
        let names: Vec<&str> = all.iter().map(|w| w.name.as_str()).collect();
        assert_eq!(names, ["per-article", "whole-set", "synthetic-5"]);
        assert_eq!((all[0].calls(), all[0].articles()), (2, 2));
        assert_eq!((all[1].calls(), all[1].articles()), (1, 2));
        assert_eq!(
            all[1].bytes(),
            sources.iter().map(|s| s.text.len()).sum::<usize>()
        );
        assert_eq!((all[2].calls(), all[2].articles()), (1, 5));
        assert!(all[2].calls[0].iter().all(|a| a.text.len() >= 30));
        assert_eq!(all[2].calls, workloads(&sources, &options)[2].calls);
    }
}
