//! The extraction benchmark: how much of a page's article text the HTML reader
//! (`claimlens_ingest::html`) finds, and how much else it lets in.
//!
//! The measure is the one public article-extraction benchmarks use (Scrapinghub's article
//! extraction benchmark, which trafilatura's and others' published figures follow): each text is
//! split into tokens, the maximal runs of word characters (letters, digits, `_`), case kept; the
//! shingles are the runs of four consecutive tokens (a text of fewer than four tokens is one
//! shingle); the shingles of the extracted and the expected text are compared as multisets, so
//! true positives are the shingles the two share, false positives the extra ones extracted and
//! false negatives the expected ones missed. Per page, precision and recall follow; over a set,
//! precision and recall are the means over pages (each page counts alike, however long), and F1
//! is the harmonic mean of those two means.
//!
//! Pages come from our own folders (`NAME.html` with the text a reader finds in `NAME.txt`) or,
//! with `--pages DIR`, from a folder laid out as Mozilla Readability's test pages are
//! (`NAME/source.html` with `NAME/expected.html`, whose visible text is the expected text), so
//! real pages kept outside the repository can be scored too.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use claimlens_ingest::{document, Kind};

/// How many tokens make a shingle.
pub const SHINGLE_TOKENS: usize = 4;

/// One page and the article text a reader finds on it.
#[derive(Debug, Clone)]
pub struct Page {
    /// The file name without `.html`.
    pub name: String,
    pub html: Vec<u8>,
    pub expected: String,
}

/// Shingle counts of one page: true positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Overlap {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Overlap {
    /// Counts the shingles `extracted` and `expected` share, and those only one has.
    pub fn of(extracted: &str, expected: &str) -> Overlap {
        let mut counts: HashMap<Vec<&str>, (usize, usize)> = HashMap::new();
        for shingle in shingles(&tokens(extracted)) {
            counts.entry(shingle).or_default().0 += 1;
        }
        for shingle in shingles(&tokens(expected)) {
            counts.entry(shingle).or_default().1 += 1;
        }
        let mut overlap = Overlap::default();
        for (got, want) in counts.into_values() {
            overlap.tp += got.min(want);
            overlap.fp += got.saturating_sub(want);
            overlap.fn_ += want.saturating_sub(got);
        }
        overlap
    }

    /// The share of extracted shingles that were expected; 1 when both texts are empty.
    pub fn precision(self) -> f64 {
        match (self.tp + self.fp, self.fn_) {
            (0, 0) => 1.0,
            (0, _) => 0.0,
            (extracted, _) => self.tp as f64 / extracted as f64,
        }
    }

    /// The share of expected shingles that were extracted; 1 when both texts are empty.
    pub fn recall(self) -> f64 {
        match (self.tp + self.fn_, self.fp) {
            (0, 0) => 1.0,
            (0, _) => 0.0,
            (expected, _) => self.tp as f64 / expected as f64,
        }
    }

    pub fn f1(self) -> f64 {
        harmonic(self.precision(), self.recall())
    }
}

/// Precision, recall and F1 of a set of pages (means over pages, then their harmonic mean).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Score {
    /// `None` for no pages.
    pub fn of(overlaps: &[Overlap]) -> Option<Score> {
        if overlaps.is_empty() {
            return None;
        }
        let n = overlaps.len() as f64;
        let precision = overlaps.iter().map(|o| o.precision()).sum::<f64>() / n;
        let recall = overlaps.iter().map(|o| o.recall()).sum::<f64>() / n;
        Some(Score {
            precision,
            recall,
            f1: harmonic(precision, recall),
        })
    }
}

fn harmonic(a: f64, b: f64) -> f64 {
    if a + b == 0.0 {
        0.0
    } else {
        2.0 * a * b / (a + b)
    }
}

/// The maximal runs of word characters (alphanumeric or `_`).
pub fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|token| !token.is_empty())
        .collect()
}

fn shingles<'a>(tokens: &[&'a str]) -> Vec<Vec<&'a str>> {
    if tokens.is_empty() {
        return Vec::new();
    }
    if tokens.len() < SHINGLE_TOKENS {
        return vec![tokens.to_vec()];
    }
    tokens.windows(SHINGLE_TOKENS).map(<[_]>::to_vec).collect()
}

/// The article text claimlens reads from a page, exactly as `claimlens analyze page.html` does;
/// empty when the page is skipped.
pub fn extract(page: &Page) -> String {
    match document::parse(page.name.clone(), None, Kind::Html, page.html.clone()) {
        Ok(doc) => doc.input.text,
        Err(_) => String::new(),
    }
}

/// The pages of `dir`: every `NAME.html` with its expected text in `NAME.txt`, sorted by name.
pub fn load(dir: &Path) -> Result<Vec<Page>> {
    let entries = fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<_>>()
        .with_context(|| format!("listing {}", dir.display()))?;
    paths.retain(|path| path.extension().is_some_and(|ext| ext == "html"));
    paths.sort();
    let mut pages = Vec::new();
    for path in paths {
        let name = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .context("page names are UTF-8")?
            .to_owned();
        let expected_path = path.with_extension("txt");
        let expected = fs::read_to_string(&expected_path)
            .with_context(|| format!("reading {}", expected_path.display()))?;
        let html = fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        pages.push(Page {
            name,
            html,
            expected,
        });
    }
    if pages.is_empty() {
        bail!("no pages (NAME.html with NAME.txt) in {}", dir.display());
    }
    Ok(pages)
}

/// The pages of `dir` laid out as Readability's test pages: every `NAME/source.html` with the
/// visible text of `NAME/expected.html` as its expected text, sorted by name. Folders without
/// both files are passed over.
pub fn load_readability(dir: &Path) -> Result<Vec<Page>> {
    let entries = fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))?;
    let mut folders: Vec<PathBuf> = entries
        .map(|entry| entry.map(|e| e.path()))
        .collect::<std::io::Result<_>>()
        .with_context(|| format!("listing {}", dir.display()))?;
    folders
        .retain(|path| path.join("source.html").is_file() && path.join("expected.html").is_file());
    folders.sort();
    let mut pages = Vec::new();
    for folder in folders {
        let name = folder
            .file_name()
            .and_then(|name| name.to_str())
            .context("page names are UTF-8")?
            .to_owned();
        let source = folder.join("source.html");
        let html = fs::read(&source).with_context(|| format!("reading {}", source.display()))?;
        let expected_path = folder.join("expected.html");
        let expected_html = fs::read_to_string(&expected_path)
            .with_context(|| format!("reading {}", expected_path.display()))?;
        pages.push(Page {
            name,
            html,
            expected: visible_text(&expected_html),
        });
    }
    if pages.is_empty() {
        bail!(
            "no pages (NAME/source.html with NAME/expected.html) in {}",
            dir.display()
        );
    }
    Ok(pages)
}

/// The text an HTML fragment shows: its text nodes in order, outside scripts and styles, a line
/// break at each block element's edges (so words of two paragraphs never run together), and
/// whitespace collapsed within lines. It is deliberately simpler than the reader under test, so
/// that the expected text owes nothing to the rules being measured.
pub fn visible_text(html: &str) -> String {
    use scraper::node::Node;

    const BLOCKS: &[&str] = &[
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ];
    let fragment = scraper::Html::parse_fragment(html);
    let mut out = String::new();
    let mut hidden = 0usize;
    for edge in fragment.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(el) if matches!(el.name(), "script" | "style" | "template") => {
                    hidden += 1
                }
                Node::Element(el) if BLOCKS.contains(&el.name()) => out.push('\n'),
                // A line break inside a text node is a space, as a browser shows it.
                Node::Text(text) if hidden == 0 => {
                    out.extend(text.chars().map(|c| if c == '\n' { ' ' } else { c }))
                }
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => match node.value() {
                Node::Element(el) if matches!(el.name(), "script" | "style" | "template") => {
                    hidden -= 1
                }
                Node::Element(el) if BLOCKS.contains(&el.name()) => out.push('\n'),
                _ => {}
            },
        }
    }
    out.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .map(|line| line + "\n")
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_keeps_paragraphs_apart_and_words_whole() {
        let html = "<div><p>Dam <em>gi</em>ves way</p><p>Second&amp;last</p><script>x()</script>\
                    <ul><li>one</li><li>two</li></ul></div>";
        assert_eq!(visible_text(html), "Dam gives way\nSecond&last\none\ntwo\n");
    }

    #[test]
    fn tokens_are_runs_of_word_characters() {
        assert_eq!(
            tokens("“It’s 4.5%,” said O'Neill—twice_over."),
            ["It", "s", "4", "5", "said", "O", "Neill", "twice_over"]
        );
    }

    #[test]
    fn overlap_counts_shared_and_extra_shingles() {
        let expected = "one two three four five";
        assert_eq!(
            Overlap::of(expected, expected),
            Overlap {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
        // Menu words in front add shingles that were not expected; the last word missed loses one.
        let extracted = "Home News one two three four";
        let overlap = Overlap::of(extracted, expected);
        assert_eq!(
            overlap,
            Overlap {
                tp: 1,
                fp: 2,
                fn_: 1
            }
        );
        assert!((overlap.precision() - 1.0 / 3.0).abs() < 1e-9);
        assert!((overlap.recall() - 0.5).abs() < 1e-9);
        // Repeated shingles count as often as they occur.
        let twice = "a b c d a b c d";
        assert_eq!(Overlap::of("a b c d", twice).fn_, 4);
    }

    #[test]
    fn empty_texts_score_as_public_benchmarks_do() {
        assert_eq!(Overlap::of("", "").f1(), 1.0);
        assert_eq!(Overlap::of("", "some words here").f1(), 0.0);
        assert_eq!(Overlap::of("short", "short").f1(), 1.0);
    }

    #[test]
    fn a_set_scores_the_mean_precision_and_recall() {
        let perfect = Overlap {
            tp: 10,
            fp: 0,
            fn_: 0,
        };
        let half = Overlap {
            tp: 1,
            fp: 1,
            fn_: 1,
        };
        let score = Score::of(&[perfect, half]).unwrap();
        assert!((score.precision - 0.75).abs() < 1e-9);
        assert!((score.recall - 0.75).abs() < 1e-9);
        assert!((score.f1 - 0.75).abs() < 1e-9);
        assert_eq!(Score::of(&[]), None);
    }
}
