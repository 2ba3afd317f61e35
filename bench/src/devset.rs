//! The development set (`bench/devset/*.toml`): our own fictional news paragraphs with what a
//! careful reader finds in them, and the scores the analysis gets on them (`bench/devset.sh`).
//!
//! A case is analysed as one article. Expected quotes and figures are located in its text by the
//! words they contain; a found quote or figure matches an expected one when their spans overlap.
//! The scores:
//! - quotes: precision, recall and F1 of the quotations found;
//! - speakers: the share of expected quotes found with the right speaker (a missed quote counts
//!   as wrong), and of pairs of quotes in a case whose speakers should be one entity or two and
//!   are;
//! - figures: precision, recall and F1 of figures found with the right value (the number as
//!   written, or both ends of a range);
//! - qualifiers: the share of matched figures with the right qualifier;
//! - counts: the share of matched figures whose `counts` holds one of the expected words.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;

use anyhow::{bail, Context, Result};
use claimlens_core::{analyze, Analysis, ArticleInput, EntityKind, Figure, Qualifier};
use serde::Deserialize;

/// One file of the set.
#[derive(Debug, Deserialize)]
struct File {
    #[serde(default)]
    case: Vec<Case>,
}

/// One article of the set with what it should yield.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: String,
    #[serde(default)]
    pub held: bool,
    pub text: String,
    #[serde(default)]
    pub quote: Vec<ExpectedQuote>,
    #[serde(default)]
    pub figure: Vec<ExpectedFigure>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedQuote {
    /// Words inside the quotation (their first occurrence in the text).
    pub has: String,
    /// The speaker's name or description; empty when the text names nobody.
    pub speaker: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedFigure {
    /// The figure as written.
    pub text: String,
    /// Which occurrence of `text` (1-based).
    #[serde(default = "first")]
    pub nth: usize,
    pub value: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    #[serde(default)]
    pub counts: Vec<String>,
}

fn first() -> usize {
    1
}

/// Reads every `*.toml` file of `dir`, sorted by name.
pub fn load(dir: &Path) -> Result<Vec<Case>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<_>>()
        .with_context(|| format!("reading {}", dir.display()))?;
    paths.retain(|p| p.extension().is_some_and(|x| x == "toml"));
    paths.sort();
    let mut cases = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let file: File =
            toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
        cases.extend(file.case);
    }
    let mut seen = std::collections::HashSet::new();
    for case in &cases {
        if !seen.insert(case.id.as_str()) {
            bail!("case id {} is used twice", case.id);
        }
    }
    Ok(cases)
}

/// Counts behind one part's scores.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Tally {
    pub cases: usize,
    pub quotes_expected: usize,
    pub quotes_found: usize,
    pub quotes_matched: usize,
    pub speakers_right: usize,
    pub pairs: usize,
    pub pairs_right: usize,
    pub figures_expected: usize,
    pub figures_found: usize,
    /// Found figures that match an expected one by span and value.
    pub figures_right: usize,
    /// Expected figures matched by span, whatever the value.
    pub figures_located: usize,
    pub qualifiers_right: usize,
    pub counts_expected: usize,
    pub counts_right: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.cases += o.cases;
        self.quotes_expected += o.quotes_expected;
        self.quotes_found += o.quotes_found;
        self.quotes_matched += o.quotes_matched;
        self.speakers_right += o.speakers_right;
        self.pairs += o.pairs;
        self.pairs_right += o.pairs_right;
        self.figures_expected += o.figures_expected;
        self.figures_found += o.figures_found;
        self.figures_right += o.figures_right;
        self.figures_located += o.figures_located;
        self.qualifiers_right += o.qualifiers_right;
        self.counts_expected += o.counts_expected;
        self.counts_right += o.counts_right;
    }

    pub fn quote_scores(&self) -> Prf {
        Prf::new(
            self.quotes_matched,
            self.quotes_found,
            self.quotes_matched,
            self.quotes_expected,
        )
    }

    pub fn figure_scores(&self) -> Prf {
        Prf::new(
            self.figures_right,
            self.figures_found,
            self.figures_right,
            self.figures_expected,
        )
    }

    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speakers_right, self.quotes_expected)
    }

    pub fn pair_accuracy(&self) -> f64 {
        ratio(self.pairs_right, self.pairs)
    }

    pub fn qualifier_accuracy(&self) -> f64 {
        ratio(self.qualifiers_right, self.figures_located)
    }

    pub fn counts_share(&self) -> f64 {
        ratio(self.counts_right, self.counts_expected)
    }
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(right_found: usize, found: usize, right_expected: usize, expected: usize) -> Prf {
        let precision = ratio(right_found, found);
        let recall = ratio(right_expected, expected);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

/// `n / d`, and 1 when there is nothing to score.
fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

/// One case's result: its tally and, for people, what went wrong.
#[derive(Debug, Default)]
pub struct Outcome {
    pub tally: Tally,
    pub problems: Vec<String>,
}

/// Char range of the `nth` (1-based) occurrence of `needle` in `text`.
fn locate(text: &str, needle: &str, nth: usize) -> Option<Range<usize>> {
    let (byte, _) = text.match_indices(needle).nth(nth.checked_sub(1)?)?;
    let start = text[..byte].chars().count();
    Some(start..start + needle.chars().count())
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Scores the analysis on one case.
pub fn score(case: &Case) -> Outcome {
    let analysis = analyze(&[ArticleInput {
        id: case.id.clone(),
        text: case.text.clone(),
        ..Default::default()
    }]);
    let mut out = Outcome {
        tally: Tally {
            cases: 1,
            ..Tally::default()
        },
        ..Outcome::default()
    };
    score_quotes(case, &analysis, &mut out);
    score_figures(case, &analysis, &mut out);
    out
}

fn score_quotes(case: &Case, analysis: &Analysis, out: &mut Outcome) {
    let article = &analysis.articles[0];
    let t = &mut out.tally;
    t.quotes_expected = case.quote.len();
    t.quotes_found = article.quotes.len();
    let mut matched_found = vec![false; article.quotes.len()];
    // The speaker entity found for each expected quote (None: not found or no speaker).
    let mut found_speakers: Vec<Option<Option<&str>>> = Vec::new();
    for expected in &case.quote {
        let Some(span) = locate(&case.text, &expected.has, 1) else {
            out.problems
                .push(format!("quote {:?} is not in the text", expected.has));
            found_speakers.push(None);
            continue;
        };
        let hit = article
            .quotes
            .iter()
            .position(|q| overlaps(&(q.start..q.end), &span));
        let Some(qi) = hit else {
            out.problems
                .push(format!("missed quote {:?}", expected.has));
            found_speakers.push(None);
            continue;
        };
        matched_found[qi] = true;
        let speaker = article.quotes[qi].speaker.as_deref();
        found_speakers.push(Some(speaker));
        if speaker_is(analysis, speaker, &expected.speaker) {
            t.speakers_right += 1;
        } else {
            out.problems.push(format!(
                "quote {:?}: speaker {} (expected {:?})",
                expected.has,
                describe_speaker(analysis, speaker),
                expected.speaker
            ));
        }
    }
    t.quotes_matched = matched_found.iter().filter(|&&m| m).count();
    for (q, _) in article
        .quotes
        .iter()
        .zip(&matched_found)
        .filter(|(_, &m)| !m)
    {
        out.problems.push(format!("extra quote {:?}", q.text));
    }
    score_pairs(case, &found_speakers, out);
}

/// Pairs of attributed quotes: one expected speaker should be one entity, two should be two.
fn score_pairs(case: &Case, found: &[Option<Option<&str>>], out: &mut Outcome) {
    for i in 0..case.quote.len() {
        for j in i + 1..case.quote.len() {
            let (a, b) = (&case.quote[i].speaker, &case.quote[j].speaker);
            if a.is_empty() || b.is_empty() {
                continue;
            }
            out.tally.pairs += 1;
            let (Some(Some(x)), Some(Some(y))) = (found[i], found[j]) else {
                continue;
            };
            if (a == b) == (x == y) {
                out.tally.pairs_right += 1;
            }
        }
    }
}

/// Does the entity `id` stand for the speaker written `expected`? A named speaker by its name or
/// a spelling of it; an unnamed or collective source also by one of its descriptions.
fn speaker_is(analysis: &Analysis, id: Option<&str>, expected: &str) -> bool {
    let Some(id) = id else {
        return expected.is_empty();
    };
    if expected.is_empty() {
        return false;
    }
    let Some(e) = analysis.entities.iter().find(|e| e.id == id) else {
        return false;
    };
    let want = normalise(expected);
    let names = std::iter::once(&e.name).chain(&e.aliases);
    if names.clone().any(|n| normalise(n) == want) {
        return true;
    }
    let described = matches!(e.kind, EntityKind::Anonymous | EntityKind::Organization);
    described
        && names
            .chain(&e.descriptions)
            .any(|d| same_description(&normalise(d), &want))
}

/// Descriptions match when one holds the other once articles are dropped ("the spokeswoman for
/// the Harbor Authority" and "a spokeswoman for the Harbor Authority").
fn same_description(found: &str, expected: &str) -> bool {
    let strip = |s: &str| -> String {
        s.split(' ')
            .filter(|w| !matches!(*w, "a" | "an" | "the"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (f, e) = (strip(found), strip(expected));
    !f.is_empty() && (f.contains(&e) || e.contains(&f))
}

fn normalise(s: &str) -> String {
    s.to_lowercase()
        .replace(['’', '\''], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn describe_speaker(analysis: &Analysis, id: Option<&str>) -> String {
    match id.and_then(|id| analysis.entities.iter().find(|e| e.id == id)) {
        Some(e) => format!("{:?} ({:?})", e.name, e.kind),
        None => "none".to_string(),
    }
}

fn score_figures(case: &Case, analysis: &Analysis, out: &mut Outcome) {
    let figures = &analysis.articles[0].figures;
    let t = &mut out.tally;
    t.figures_expected = case.figure.len();
    t.figures_found = figures.len();
    let mut right_found = vec![false; figures.len()];
    let mut located_found = vec![false; figures.len()];
    for expected in &case.figure {
        let Some(span) = locate(&case.text, &expected.text, expected.nth) else {
            out.problems
                .push(format!("figure {:?} is not in the text", expected.text));
            continue;
        };
        let candidates: Vec<usize> = (0..figures.len())
            .filter(|&i| !located_found[i] && overlaps(&(figures[i].start..figures[i].end), &span))
            .collect();
        let Some(&fi) = candidates
            .iter()
            .find(|&&i| value_is(&figures[i], expected))
            .or(candidates.first())
        else {
            out.problems
                .push(format!("missed figure {:?}", expected.text));
            continue;
        };
        located_found[fi] = true;
        t.figures_located += 1;
        let found = &figures[fi];
        if value_is(found, expected) {
            right_found[fi] = true;
            t.figures_right += 1;
        } else {
            out.problems.push(format!(
                "figure {:?}: read {:?} as {:?}..{:?} (expected {:?}..{:?})",
                expected.text, found.text, found.low, found.high, expected.value, expected.high
            ));
        }
        if found.qualifier == expected.qualifier {
            t.qualifiers_right += 1;
        } else {
            out.problems.push(format!(
                "figure {:?}: qualifier {:?} (expected {:?})",
                expected.text, found.qualifier, expected.qualifier
            ));
        }
        if !expected.counts.is_empty() {
            t.counts_expected += 1;
            if counts_is(&found.counts, &expected.counts) {
                t.counts_right += 1;
            } else {
                out.problems.push(format!(
                    "figure {:?}: counts {:?} (expected one of {:?})",
                    expected.text, found.counts, expected.counts
                ));
            }
        }
    }
    for (f, _) in figures.iter().zip(&located_found).filter(|(_, &m)| !m) {
        out.problems.push(format!("extra figure {:?}", f.text));
    }
}

/// The numbers a found figure says were written, for its qualifier: a bound's end, an
/// approximation's centre (±10%) or its top ("nearly 50" is [45, 50]).
fn written_values(f: &Figure) -> Vec<f64> {
    match f.qualifier {
        Qualifier::Exact | Qualifier::MoreThan | Qualifier::AtLeast | Qualifier::Vague => {
            f.low.into_iter().collect()
        }
        Qualifier::LessThan | Qualifier::AtMost => f.high.into_iter().collect(),
        Qualifier::Approximate => {
            let mut v: Vec<f64> = f.high.into_iter().collect();
            if let (Some(l), Some(h)) = (f.low, f.high) {
                v.push((l + h) / 2.0);
            }
            if let Some(l) = f.low {
                v.push(l / 0.9);
            }
            v
        }
        Qualifier::Range => f.low.into_iter().collect(),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// Is the found figure's value the expected one? Vague figures without a value pass on any.
fn value_is(f: &Figure, e: &ExpectedFigure) -> bool {
    let Some(value) = e.value else {
        return e.qualifier == Qualifier::Vague || f.qualifier == Qualifier::Vague;
    };
    if let Some(high) = e.high {
        return f.low.is_some_and(|l| close(l, value)) && f.high.is_some_and(|h| close(h, high));
    }
    f.qualifier != Qualifier::Range && written_values(f).iter().any(|&v| close(v, value))
}

/// Does `counts` hold one of the expected words (as a word, or a word's start: "injur" words)?
fn counts_is(counts: &str, expected: &[String]) -> bool {
    let lower = counts.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    expected.iter().any(|e| {
        let e = e.to_lowercase();
        // "basis points", "watt-hours": a phrase is matched as written.
        if e.contains(|c: char| !c.is_alphanumeric()) {
            lower.contains(&e)
        } else {
            words.iter().any(|w| *w == e)
        }
    })
}

/// Scores every case; the tallies of the two parts (worked against, kept aside).
pub struct Report {
    pub dev: Tally,
    pub held: Tally,
    /// Per case id: what went wrong, for the cases worked against (and, if asked, the others).
    pub problems: BTreeMap<String, Vec<String>>,
}

pub fn run(cases: &[Case], show_held: bool) -> Report {
    let mut report = Report {
        dev: Tally::default(),
        held: Tally::default(),
        problems: BTreeMap::new(),
    };
    for case in cases {
        let outcome = score(case);
        if case.held {
            report.held.add(&outcome.tally);
        } else {
            report.dev.add(&outcome.tally);
        }
        if !outcome.problems.is_empty() && (!case.held || show_held) {
            report.problems.insert(case.id.clone(), outcome.problems);
        }
    }
    report
}

/// The scores as a table, one column per part.
pub fn table(report: &Report) -> String {
    let mut s = String::new();
    let parts = [("worked on", &report.dev), ("kept aside", &report.held)];
    let _ = writeln!(s, "{:<34} {:>12} {:>12}", "", parts[0].0, parts[1].0);
    let mut row = |name: &str, f: &dyn Fn(&Tally) -> String| {
        let _ = writeln!(
            s,
            "{:<34} {:>12} {:>12}",
            name,
            f(parts[0].1),
            f(parts[1].1)
        );
    };
    let pct = |x: f64| format!("{x:.3}");
    row("cases", &|t| t.cases.to_string());
    row("quotes expected / found", &|t| {
        format!("{}/{}", t.quotes_expected, t.quotes_found)
    });
    row("quote precision", &|t| pct(t.quote_scores().precision));
    row("quote recall", &|t| pct(t.quote_scores().recall));
    row("quote F1", &|t| pct(t.quote_scores().f1));
    row("speakers right / expected", &|t| {
        format!("{}/{}", t.speakers_right, t.quotes_expected)
    });
    row("speaker accuracy", &|t| pct(t.speaker_accuracy()));
    row("same/different speaker pairs", &|t| pct(t.pair_accuracy()));
    row("figures expected / found", &|t| {
        format!("{}/{}", t.figures_expected, t.figures_found)
    });
    row("figure value precision", &|t| {
        pct(t.figure_scores().precision)
    });
    row("figure value recall", &|t| pct(t.figure_scores().recall));
    row("figure value F1", &|t| pct(t.figure_scores().f1));
    row("qualifier accuracy", &|t| pct(t.qualifier_accuracy()));
    row("counts right / expected", &|t| {
        format!("{}/{}", t.counts_right, t.counts_expected)
    });
    row("meaningful counts", &|t| pct(t.counts_share()));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(text: &str) -> Case {
        Case {
            id: "t".into(),
            held: false,
            text: text.into(),
            quote: vec![],
            figure: vec![],
        }
    }

    #[test]
    fn a_right_speaker_and_figure_score_full_marks() {
        let mut c = case("“We will reopen the bridge,” Mayor Ana Duarte said. She added that 40 crews were working.");
        c.quote.push(ExpectedQuote {
            has: "reopen".into(),
            speaker: "Ana Duarte".into(),
        });
        c.figure.push(ExpectedFigure {
            text: "40".into(),
            nth: 1,
            value: Some(40.0),
            high: None,
            qualifier: Qualifier::Exact,
            counts: vec!["crews".into()],
        });
        let t = score(&c).tally;
        assert_eq!((t.quotes_matched, t.speakers_right), (1, 1));
        assert_eq!(
            (t.figures_right, t.qualifiers_right, t.counts_right),
            (1, 1, 1)
        );
    }

    #[test]
    fn a_wrong_speaker_a_missed_figure_and_a_wrong_value_are_counted() {
        let mut c = case("“We will reopen the bridge,” Mayor Ana Duarte said. She added that 40 crews were working.");
        c.quote.push(ExpectedQuote {
            has: "reopen".into(),
            speaker: "Someone Else".into(),
        });
        c.figure.push(ExpectedFigure {
            text: "40".into(),
            nth: 1,
            value: Some(41.0),
            high: None,
            qualifier: Qualifier::AtLeast,
            counts: vec!["boats".into()],
        });
        let o = score(&c);
        let t = o.tally;
        assert_eq!((t.quotes_matched, t.speakers_right), (1, 0));
        assert_eq!((t.figures_located, t.figures_right), (1, 0));
        assert_eq!((t.qualifiers_right, t.counts_right), (0, 0));
        assert_eq!(o.problems.len(), 4, "{:?}", o.problems);
    }

    #[test]
    fn approximations_are_read_back_as_written() {
        let f = |low, high, qualifier| Figure {
            text: String::new(),
            start: 0,
            end: 0,
            low,
            high,
            qualifier,
            counts: String::new(),
            claim: None,
            holder: None,
            total: None,
        };
        let e = |value| ExpectedFigure {
            text: String::new(),
            nth: 1,
            value: Some(value),
            high: None,
            qualifier: Qualifier::Approximate,
            counts: vec![],
        };
        assert!(value_is(
            &f(Some(36.0), Some(44.0), Qualifier::Approximate),
            &e(40.0)
        ));
        assert!(value_is(
            &f(Some(45.0), Some(50.0), Qualifier::Approximate),
            &e(50.0)
        ));
        assert!(!value_is(
            &f(Some(45.0), Some(50.0), Qualifier::Approximate),
            &e(47.0)
        ));
        assert!(counts_is("share of voters undecided", &["voters".into()]));
        assert!(!counts_is("$", &["budget".into()]));
    }

    #[test]
    fn counts_match_whole_words_or_phrases_as_written() {
        let expected = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert!(counts_is(
            "watt-hours per kilogram",
            &expected(&["watt-hours"])
        ));
        assert!(counts_is("change in the yield", &expected(&["yield"])));
        assert!(!counts_is("yields", &expected(&["yield"])));
        assert!(counts_is(
            "rise in basis points",
            &expected(&["basis points"])
        ));
        assert!(!counts_is("watt", &expected(&["watt-hours"])));
    }
}
