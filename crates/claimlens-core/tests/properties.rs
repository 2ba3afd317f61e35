//! Property tests of the analysis invariants on generated text: news-like articles (quotes in
//! every style of mark, names, titles, pronouns, cue verbs, figures with qualifiers, several
//! outlets) and arbitrary Unicode, alone or spliced into the news.
//!
//! The invariants themselves are stated once, in `fuzz/src/invariants.rs`, which the fuzz
//! target `analyze` checks too; this file includes it. Native only: proptest draws its
//! randomness from the operating system.
#![cfg(not(target_arch = "wasm32"))]

use claimlens_core::{analyze, Analysis, ArticleInput};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

// `invariants::all` serves the fuzz target; here each invariant is a property of its own.
#[allow(dead_code)]
#[path = "../../../fuzz/src/invariants.rs"]
mod invariants;

const NAMES: &[&str] = &[
    "Ana Duarte",
    "Mayor Ana Duarte",
    "Duarte",
    "Tomas Rell",
    "Governor Tomas Rell",
    "Rell",
    "Zoë Ångström-Øby",
    "Łukasz Wróbel",
    "Lukasz Wrobel",
    "Mara Velasko",
    // A Cyrillic "а" among Latin letters, as copy pasted between scripts has.
    "Mar\u{430} Velaskova",
    "Dr. Lena O'Hollis",
    "Jean-Luc Mbeki",
    "the State Rescue Service",
    "a U.S. official, speaking anonymously,",
    "she",
    "he",
    "they",
    "the minister",
];

const DESCRIPTIONS: &[&str] = &[
    "the city engineer",
    "the governor of Lorvik Province",
    "a ferry pilot",
    "head of the rescue service",
    "the minister",
];

const CUES: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "said on Tuesday",
    "was quoted as saying",
    "wrote on X",
    "told the Ledger",
    "insisted",
    "recalled",
];

/// Opening and closing marks, including mismatched and missing ones.
const MARKS: &[(&str, &str)] = &[
    ("“", "”"),
    ("\"", "\""),
    ("‘", "’"),
    ("'", "'"),
    ("«", "»"),
    ("„", "“"),
    ("„", "”"),
    ("“", "\""),
    ("“", ""),
    ("", "”"),
    ("»", "«"),
];

const WORDS: &[&str] = &[
    "we",
    "will",
    "reopen",
    "the",
    "bridge",
    "by",
    "Friday",
    "nobody",
    "told",
    "us",
    "anything",
    "it",
    "is",
    "slower",
    "than",
    "anyone",
    "wants",
    "but",
    "safe",
    "don’t",
    "workers’",
    "wait",
    "here",
    "‘wait",
    "here’",
    "Lorvik",
    "Seravin",
    "in",
    "to",
    "from",
    "and",
    "—",
    "(",
    ")",
    ",",
    ";",
    ":",
    "?",
    "!",
    "...",
    "…",
    "U.S.",
    "No.",
    "'90s",
    "rock'n'roll",
];

const NUMBERS: &[&str] = &[
    "48",
    "61",
    "1,200",
    "12.5%",
    "eight or nine",
    "hundreds",
    "thousands of",
    "more than 100",
    "at least 123",
    "fewer than 10",
    "between 8 and 9",
    "between 9 and 8",
    "up to 9",
    "about 20%",
    "3½",
    "Forty-eight",
    "a dozen",
    "0",
    "-5",
    "99999999999999999999999999",
    "1e400",
    "1,2,3,4",
    "2026",
    "5 Ukrainians and 104",
    "113 others along with",
];

const NOUNS: &[&str] = &[
    "people",
    "prisoners",
    "crews",
    "boats",
    "passengers",
    "Belarusians",
    "euros",
    "percent",
];

const EVENTS: &[&str] = &[
    "were rescued",
    "were released",
    "were freed",
    "died",
    "were sent to Ukraine",
    "were missing",
    "were working",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
    proptest::sample::select(list)
}

/// A few words of quoted speech, now and then with a figure in it.
fn speech() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::collection::vec(pick(WORDS), 1..10).prop_map(|w| w.join(" ")),
        1 => (pick(NUMBERS), pick(NOUNS), pick(EVENTS)).prop_map(|(n, o, e)| format!("{n} {o} {e}")),
        1 => "\\PC{0,12}",
    ]
}

fn quote() -> impl Strategy<Value = String> {
    (proptest::sample::select(MARKS), speech(), any::<bool>()).prop_map(
        |((open, close), s, comma)| format!("{open}{s}{}{close}", if comma { "," } else { "" }),
    )
}

/// One sentence of news copy.
fn sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        (quote(), pick(NAMES), pick(CUES)).prop_map(|(q, n, c)| format!("{q} {n} {c}.")),
        (quote(), pick(CUES), pick(NAMES)).prop_map(|(q, c, n)| format!("{q} {c} {n}.")),
        (pick(NAMES), pick(DESCRIPTIONS), pick(CUES), quote())
            .prop_map(|(n, d, c, q)| format!("{n}, {d}, {c}: {q}")),
        (pick(NAMES), quote(), quote()).prop_map(|(n, a, b)| format!("{a} {n} said. {b}")),
        (pick(NAMES), quote()).prop_map(|(n, q)| format!("{n} called it {q} on Monday.")),
        (pick(NUMBERS), pick(NOUNS), pick(EVENTS), pick(NAMES))
            .prop_map(|(x, o, e, n)| format!("{x} {o} {e}, {n} said.")),
        (pick(NAMES), pick(NUMBERS), pick(NOUNS), pick(EVENTS))
            .prop_map(|(n, x, o, e)| format!("According to {n}, {x} {o} {e}.")),
        (pick(NUMBERS), pick(NUMBERS), pick(NOUNS))
            .prop_map(|(a, b, o)| format!("Officials put it at {a} {o}, up from {b} in March.")),
        proptest::collection::vec(pick(WORDS), 1..12).prop_map(|w| w.join(" ") + "."),
        // Arbitrary Unicode spliced into the copy: marks, controls, bidi, combining marks.
        "\\PC{0,24}",
        ".{0,16}",
        proptest::collection::vec(
            proptest::sample::select(
                &[
                    '“', '”', '"', '‘', '’', '\'', '«', '»', '„', '\u{202E}', '\u{200B}',
                    '\u{200D}', '\u{301}', '\u{FEFF}', '\t', '\r', '\n', ' ', '\u{A0}', '.', ',',
                    'A', 'a', '1',
                ][..]
            ),
            0..12
        )
        .prop_map(|c| c.into_iter().collect()),
    ]
}

/// One article: a headline now and then, paragraphs of sentences.
fn news_article() -> impl Strategy<Value = String> {
    (
        proptest::option::of("[A-Z][a-z]{2,8}( [A-Z][a-z]{2,8}){1,5}"),
        proptest::collection::vec(proptest::collection::vec(sentence(), 1..5), 1..6),
        pick(&["\n\n", "\n", "\r\n", "\n \n"]),
    )
        .prop_map(|(headline, paragraphs, separator)| {
            let body: Vec<String> = paragraphs.into_iter().map(|p| p.join(" ")).collect();
            let mut text = headline.map(|h| h + "\n\n").unwrap_or_default();
            text.push_str(&body.join(separator));
            text
        })
}

fn inputs(texts: Vec<String>) -> Vec<ArticleInput> {
    texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| ArticleInput {
            id: format!("a{i}"),
            outlet: Some(["Ledger", "Wire", "Post"][i % 3].to_owned()),
            text,
            ..Default::default()
        })
        .collect()
}

/// Several news-like articles about one story.
fn news() -> impl Strategy<Value = Vec<ArticleInput>> {
    proptest::collection::vec(news_article(), 1..4).prop_map(inputs)
}

/// Arbitrary Unicode text, one or two articles.
fn arbitrary() -> impl Strategy<Value = Vec<ArticleInput>> {
    proptest::collection::vec(any::<String>(), 1..3).prop_map(inputs)
}

fn corpus() -> impl Strategy<Value = Vec<ArticleInput>> {
    prop_oneof![3 => news(), 1 => arbitrary()]
}

fn holds(check: invariants::Check, inputs: &[ArticleInput]) -> Result<(), TestCaseError> {
    check.map_err(|violation| {
        let texts: Vec<&str> = inputs.iter().map(|i| i.text.as_str()).collect();
        TestCaseError::fail(format!("{violation}\ntexts: {texts:?}"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every quote, mention and figure lies in its text, on char boundaries, and its text is
    /// its span.
    #[test]
    fn spans_are_their_text(inputs in corpus()) {
        let analysis = analyze(&inputs);
        holds(invariants::articles(&inputs, &analysis), &inputs)?;
        holds(invariants::spans(&analysis), &inputs)?;
    }

    /// Quotes and figures are sorted and do not overlap.
    #[test]
    fn spans_are_in_reading_order(inputs in corpus()) {
        holds(invariants::order(&analyze(&inputs)), &inputs)?;
    }

    /// Every interval has low <= high and no NaN.
    #[test]
    fn intervals_are_ordered(inputs in corpus()) {
        holds(invariants::intervals(&analyze(&inputs)), &inputs)?;
    }

    /// Every id and reference resolves, both ways.
    #[test]
    fn references_resolve(inputs in corpus()) {
        holds(invariants::references(&analyze(&inputs)), &inputs)?;
    }

    /// The same input gives the same output.
    #[test]
    fn analysis_is_deterministic(inputs in news()) {
        prop_assert_eq!(analyze(&inputs), analyze(&inputs));
    }
}

/// The news generator really produces what the properties are about: quotes with speakers,
/// mentions, figures with both ends, claims across articles and statements. Without this, a
/// generator that drifted into producing nothing the analysis finds would pass every property.
#[test]
fn news_generator_exercises_the_analysis() {
    let mut runner = TestRunner::deterministic();
    let strategy = news();
    let (mut quotes, mut speakers, mut mentions, mut figures, mut bounded, mut claims) =
        (0, 0, 0, 0, 0, 0);
    for _ in 0..64 {
        let inputs = strategy.new_tree(&mut runner).unwrap().current();
        let a: Analysis = analyze(&inputs);
        for article in &a.articles {
            quotes += article.quotes.len();
            speakers += article
                .quotes
                .iter()
                .filter(|q| q.speaker.is_some())
                .count();
            mentions += article
                .quotes
                .iter()
                .filter(|q| q.mention.is_some())
                .count();
            figures += article.figures.len();
            bounded += article
                .figures
                .iter()
                .filter(|f| f.low.is_some() && f.high.is_some() && f.low != f.high)
                .count();
        }
        claims += a.claims.len();
    }
    let counts = [quotes, speakers, mentions, figures, bounded, claims];
    assert!(
        counts.iter().all(|&n| n >= 5),
        "quotes, attributed, with mentions, figures, ranges, claims: {counts:?}"
    );
}
