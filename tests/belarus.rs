//! Acceptance tests on the shared Belarus corpus (read at run time from `../shared/corpus`).
//!
//! Expectations come from reading the five reports: speakers, numbers and fragments of a few
//! words, never whole sentences of the corpus.

use std::path::PathBuf;
use std::sync::OnceLock;

use claimlens_core::{analyze, Analysis, ArticleInput, EntityKind, Quote};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/belarus-2025-12")
}

/// The analysis of the corpus, computed once for all tests. Article ids are the files' first
/// three characters ("000".."004").
fn analysis() -> &'static Analysis {
    static CELL: OnceLock<Analysis> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
            .unwrap_or_else(|e| {
                panic!(
                    "reading {}: {e} (the shared corpus must sit beside the repository)",
                    corpus_dir().display()
                )
            })
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        assert_eq!(files.len(), 5, "the corpus has five reports");
        let inputs: Vec<ArticleInput> = files
            .iter()
            .map(|p| ArticleInput {
                id: p.file_name().unwrap().to_string_lossy()[..3].to_string(),
                text: std::fs::read_to_string(p).unwrap(),
                ..Default::default()
            })
            .collect();
        analyze(&inputs)
    })
}

fn entity_name(id: Option<&String>) -> Option<&'static str> {
    let id = id?;
    analysis()
        .entities
        .iter()
        .find(|e| &e.id == id)
        .map(|e| e.name.as_str())
}

fn entity_kind(id: Option<&String>) -> Option<EntityKind> {
    let id = id?;
    analysis()
        .entities
        .iter()
        .find(|e| &e.id == id)
        .map(|e| e.kind)
}

/// The quote of `article` whose text contains `fragment` (exactly one must).
fn quote(article: &str, fragment: &str) -> &'static Quote {
    let a = analysis()
        .articles
        .iter()
        .find(|a| a.id == article)
        .unwrap();
    let found: Vec<&Quote> = a
        .quotes
        .iter()
        .filter(|q| q.text.contains(fragment))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "quotes of {article} containing {fragment:?}: {:?}",
        found.iter().map(|q| &q.text).collect::<Vec<_>>()
    );
    found[0]
}

fn person(name: &str) -> &'static claimlens_core::Entity {
    analysis()
        .entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity named {name}"))
}

#[test]
fn every_quote_is_found() {
    let counts: Vec<(&str, usize)> = analysis()
        .articles
        .iter()
        .map(|a| (a.id.as_str(), a.quotes.len()))
        .collect();
    assert_eq!(
        counts,
        [
            ("000", 18),
            ("001", 4),
            ("002", 10),
            ("003", 14),
            ("004", 12)
        ]
    );
    for a in &analysis().articles {
        for q in &a.quotes {
            let span: String = a.text.chars().skip(q.start).take(q.end - q.start).collect();
            assert_eq!(span, q.text, "a quote's text is its span");
        }
    }
}

#[test]
fn quotes_are_attributed_to_the_right_speaker() {
    let expected: &[(&str, &str, &str)] = &[
        ("000", "very productive", "John Coale"),
        ("000", "baby steps", "John Coale"),
        ("000", "icy water", "Ales Bialiatski"),
        ("000", "remain behind bars simply", "Ales Bialiatski"),
        (
            "000",
            "The freeing of political",
            "Sviatlana Tsikhanouskaya",
        ),
        ("000", "not be naive", "Sviatlana Tsikhanouskaya"),
        ("000", "significantly weakened", "Anastasiya Luzgina"),
        ("000", "good advice", "John Coale"),
        ("000", "longtime friends", "John Coale"),
        ("000", "remarkable courage", "Gitanas Nausėda"),
        ("001", "happy to be free", "Tatsiana Khomich"),
        ("001", "focus on individuals", "Sviatlana Tsikhanouskaya"),
        ("001", "decades-long ties", "John Coale"),
        ("001", "not all advice", "John Coale"),
        ("002", "more and more sanctions", "John Coale"),
        ("002", "unbelievable happiness", "Maria Kolesnikova"),
        ("002", "first sunset", "Maria Kolesnikova"),
        ("002", "not yet free", "Maria Kolesnikova"),
        ("002", "struggle continues", "Ales Bialiatski"),
        ("002", "thank you to the US", "Maria Kolesnikova"),
        ("002", "leverage to make", "Sviatlana Tsikhanouskaya"),
        ("002", "somehow became humane", "Sviatlana Tsikhanouskaya"),
        ("002", "it is the price", "Sviatlana Tsikhanouskaya"),
        ("002", "lift them tomorrow", "Sviatlana Tsikhanouskaya"),
        ("003", "Another 156", "John Coale"),
        ("003", "not yet free", "Maria Kolesnikova"),
        ("003", "Our fight continues", "Ales Bialiatski"),
        ("003", "certain acknowledgement", "Ales Bialiatski"),
        ("003", "profound relief", "Norwegian Nobel Committee"),
        ("003", "systemic repression", "Jorgen Watne Frydnes"),
        ("003", "In accordance with", "John Coale"),
        ("003", "very good move", "John Coale"),
        ("003", "about Venezuela", "John Coale"),
        ("003", "ability to advise", "John Coale"),
        ("003", "facilitate the process", "John Coale"),
        ("004", "very productive", "John Coale"),
        ("004", "loves flattery", "Alexander Lukashenko"),
        ("004", "not here for flattery", "Alexander Lukashenko"),
        ("004", "regime change", "Ivan Kravtsov"),
        ("004", "catch the wind", "Ivan Kravtsov"),
        ("004", "bargaining position", "Piotr Krawczyk"),
        ("004", "longstanding friends", "John Coale"),
        ("004", "help the process", "John Coale"),
    ];
    let mut wrong = Vec::new();
    for &(article, fragment, speaker) in expected {
        let q = quote(article, fragment);
        if entity_name(q.speaker.as_ref()) != Some(speaker) {
            wrong.push(format!(
                "{article} {fragment:?}: expected {speaker}, got {:?}",
                entity_name(q.speaker.as_ref())
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn mentions_are_the_words_the_attribution_rests_on() {
    // A pronoun, a description and a plural pronoun for a group.
    let by_pronoun = quote("000", "icy water");
    assert_eq!(
        by_pronoun.mention.as_ref().map(|m| m.text.as_str()),
        Some("he")
    );
    let by_description = quote("000", "led to the release");
    assert_eq!(
        by_description.mention.as_ref().map(|m| m.text.as_str()),
        Some("The official")
    );
    let by_group = quote("000", "at their request");
    assert_eq!(
        by_group.mention.as_ref().map(|m| m.text.as_str()),
        Some("they")
    );
    assert_eq!(
        entity_name(by_group.speaker.as_ref()),
        Some("Ukrainian authorities")
    );
    let post = quote("003", "Another 156");
    assert_eq!(post.cue.as_deref(), Some("wrote on X"));
    for a in &analysis().articles {
        for q in &a.quotes {
            if let Some(m) = &q.mention {
                let span: String = a.text.chars().skip(m.start).take(m.end - m.start).collect();
                assert_eq!(span, m.text);
            }
        }
    }
}

#[test]
fn anonymous_sources_and_spokespeople_speak_for_themselves() {
    let first = quote("000", "significant milestone");
    let later = quote("000", "led to the release");
    assert_eq!(
        entity_kind(first.speaker.as_ref()),
        Some(EntityKind::Anonymous)
    );
    assert_eq!(
        first.speaker, later.speaker,
        "\"the official\" is the anonymous official met before"
    );
    // A spokeswoman for a leader is not the leader.
    let spokeswoman = quote("004", "captured Belarusians");
    assert_ne!(
        entity_name(spokeswoman.speaker.as_ref()),
        Some("Alexander Lukashenko")
    );
    assert_eq!(
        entity_kind(spokeswoman.speaker.as_ref()),
        Some(EntityKind::Anonymous)
    );
    assert_eq!(
        entity_kind(quote("003", "profound relief").speaker.as_ref()),
        Some(EntityKind::Organization)
    );
}

#[test]
fn spelling_variants_are_one_entity_and_relatives_stay_apart() {
    let groups: &[&[&str]] = &[
        &[
            "Maria Kolesnikova",
            "Maria Kalesnikava",
            "Maryya Kalesnikava",
        ],
        &["Ales Bialiatski", "Ales Byalyatski"],
        &["Viktar Babaryka", "Viktor Babariko", "Viktor Babaryko"],
        &[
            "Sviatlana Tsikhanouskaya",
            "Svetlana Tikhanovskaya",
            "Svyatlana Tsikhanouskaya",
        ],
        &[
            "Alexander Lukashenko",
            "Aleksandr Lukashenko",
            "Aleksandr G. Lukashenko",
        ],
        &["Maxim Znak", "Maksim Znak"],
    ];
    for group in groups {
        let owners: Vec<&str> = group
            .iter()
            .map(|alias| {
                let owners: Vec<&str> = analysis()
                    .entities
                    .iter()
                    .filter(|e| e.aliases.iter().any(|a| a == alias))
                    .map(|e| e.name.as_str())
                    .collect();
                assert_eq!(owners.len(), 1, "{alias} belongs to {owners:?}");
                owners[0]
            })
            .collect();
        assert!(
            owners.iter().all(|o| *o == owners[0]),
            "{group:?} split into {owners:?}"
        );
        // The display name is the most common full form (Znak's two spellings are one each).
        if group[0] != "Maxim Znak" {
            assert_eq!(
                owners[0], group[0],
                "the display name is the most common full form"
            );
        }
    }
    let husband = person("Sergei Tikhanovsky");
    let wife = person("Sviatlana Tsikhanouskaya");
    assert_ne!(husband.id, wife.id);
    assert!(
        !husband.aliases.iter().any(|a| a.contains("Sv")),
        "{:?}",
        husband.aliases
    );
    // No two people merged: every person's full aliases agree on a surname skeleton.
    for e in analysis()
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
    {
        let surnames: std::collections::BTreeSet<String> = e
            .aliases
            .iter()
            .map(|a| {
                let surname = a
                    .split(' ')
                    .rev()
                    .find(|w| !matches!(*w, "Jr." | "Sr.") && !w.ends_with('.'))
                    .unwrap();
                claimlens_core::fold_name(surname)
                    .chars()
                    .filter(|c| !"aeiou".contains(*c))
                    .collect()
            })
            .collect();
        assert_eq!(
            surnames.len(),
            1,
            "{} has aliases of different people: {:?}",
            e.name,
            e.aliases
        );
    }
}

fn claim_with_value(label_part: &str, value: f64) -> &'static claimlens_core::Claim {
    analysis()
        .claims
        .iter()
        .find(|c| {
            c.label.contains(label_part)
                && c.values
                    .iter()
                    .any(|v| v.low == Some(value) && v.high == Some(value))
        })
        .unwrap_or_else(|| panic!("no claim {label_part:?} with value {value}"))
}

#[test]
fn the_number_released_conflicts_with_the_envoys_post() {
    let claim = claim_with_value("released", 123.0);
    assert!(claim.conflict, "{claim:#?}");
    let v156 = claim
        .values
        .iter()
        .find(|v| v.low == Some(156.0))
        .expect("156 is a value of the same claim");
    let coale = &person("John Coale").id;
    let holder_of_156: Vec<Option<String>> = v156
        .figures
        .iter()
        .map(|r| {
            analysis()
                .articles
                .iter()
                .find(|a| a.id == r.article)
                .unwrap()
                .figures[r.index]
                .holder
                .clone()
        })
        .collect();
    assert_eq!(holder_of_156, [Some(coale.clone())]);
    assert!(
        claim.explanation.contains("156: John Coale"),
        "{}",
        claim.explanation
    );
    assert!(claim.explanation.contains("Belta"), "{}", claim.explanation);
    // "at least 123", "over 120" and "more than 100" sit with 123, not against it.
    let v123 = claim.values.iter().find(|v| v.low == Some(123.0)).unwrap();
    let texts: Vec<String> = v123
        .figures
        .iter()
        .map(|r| {
            analysis()
                .articles
                .iter()
                .find(|a| a.id == r.article)
                .unwrap()
                .figures[r.index]
                .text
                .to_lowercase()
        })
        .collect();
    for compatible in ["at least 123", "over 120", "more than 100"] {
        assert!(
            texts.iter().any(|t| t.starts_with(compatible)),
            "{compatible} not grouped with 123: {texts:?}"
        );
    }
    assert_eq!(claim.values.len(), 2, "{:#?}", claim.values);
}

#[test]
fn where_the_prisoners_went() {
    let ukraine = claim_with_value("Ukraine", 114.0);
    let labels: Vec<&str> = ukraine.values.iter().map(|v| v.label.as_str()).collect();
    assert!(
        labels.iter().any(|l| l.starts_with("109 (5 + 104)")),
        "{labels:?}"
    );
    assert!(ukraine.conflict, "five and 104 add up to 109, not 114");
    let with_kolesnikova = ukraine
        .values
        .iter()
        .find(|v| v.low == Some(114.0))
        .unwrap();
    let texts: Vec<&str> = with_kolesnikova
        .figures
        .iter()
        .map(|r| {
            analysis()
                .articles
                .iter()
                .find(|a| a.id == r.article)
                .unwrap()
                .figures[r.index]
                .text
                .as_str()
        })
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("113 other")),
        "Kolesnikova along with 113 others is 114: {texts:?}"
    );
    let lithuania = analysis()
        .claims
        .iter()
        .find(|c| c.label.contains("Lithuania"))
        .expect("a claim for those sent to Lithuania");
    assert!(
        !lithuania.conflict,
        "eight or nine is compatible with nine: {lithuania:#?}"
    );
    assert!(lithuania.figures.len() >= 3);
}

#[test]
fn prisoners_still_held_agree() {
    let held = analysis()
        .claims
        .iter()
        .find(|c| {
            c.label.contains("held")
                && c.figures.iter().any(|r| {
                    analysis()
                        .articles
                        .iter()
                        .find(|a| a.id == r.article)
                        .unwrap()
                        .figures[r.index]
                        .text
                        .contains("1,200")
                })
        })
        .expect("a claim for prisoners still held");
    assert!(!held.conflict);
    assert!(held.figures.len() >= 3, "{held:#?}");
}

#[test]
fn dates_and_years_are_not_figures() {
    for a in &analysis().articles {
        for f in &a.figures {
            let year_like = f.text.len() == 4 && f.text.chars().all(|c| c.is_ascii_digit());
            assert!(!year_like, "{:?} in {} looks like a year", f.text, a.id);
            assert!(
                !f.text.contains("December") && !f.text.ends_with("13"),
                "{:?} looks like a date",
                f.text
            );
        }
    }
}

#[test]
fn the_same_statement_in_different_words_is_one_statement() {
    let pairs = [
        (("002", "not yet free"), ("003", "not yet free")),
        (
            ("002", "struggle continues"),
            ("003", "Our fight continues"),
        ),
        (
            ("003", "talked about the future"),
            ("004", "talked about the future"),
        ),
    ];
    for ((a1, f1), (a2, f2)) in pairs {
        assert_eq!(
            quote(a1, f1).statement,
            quote(a2, f2).statement,
            "{f1} / {f2}"
        );
    }
    // Parts of one interrupted quotation are one statement.
    assert_eq!(
        quote("004", "loves flattery").statement,
        quote("004", "not here for flattery").statement
    );
    // Different things the same person said stay apart.
    assert_ne!(
        quote("002", "leverage to make").statement,
        quote("000", "not be naive").statement
    );
}
