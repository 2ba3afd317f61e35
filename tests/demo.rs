//! Golden tests of the whole analysis of our demo corpus: the human report and the JSON.
//!
//! The goldens sit in `tests/golden/`; after a deliberate change, read the diff, then re-bless
//! with `UPDATE_EXPECT=1 cargo test -p claimlens-tests demo`.

use claimlens_core::analyze;
use claimlens_index_builder::{demo, report};
use expect_test::expect_file;

fn demo_analysis() -> claimlens_core::Analysis {
    let loaded = demo::load();
    assert!(
        loaded.skipped.is_empty(),
        "demo files skipped: {:?}",
        loaded.skipped
    );
    assert_eq!(loaded.inputs.len(), 5, "five demo articles");
    analyze(&loaded.inputs)
}

#[test]
fn demo_report_golden() {
    let mut out = Vec::new();
    report::render(&demo_analysis(), &mut out).unwrap();
    expect_file!["golden/demo-report.txt"].assert_eq(&String::from_utf8(out).unwrap());
}

#[test]
fn demo_json_golden() {
    let mut analysis = demo_analysis();
    // The article texts are the demo files themselves; the golden keeps the analysis.
    for a in &mut analysis.articles {
        a.text = format!("<{} chars>", a.text.chars().count());
    }
    expect_file!["golden/demo-analysis.json"]
        .assert_eq(&serde_json::to_string_pretty(&analysis).unwrap());
}

#[test]
fn demo_exercises_what_the_corpus_readme_promises() {
    let a = demo_analysis();
    let name = |id: &Option<String>| {
        id.as_ref()
            .and_then(|id| a.entities.iter().find(|e| &e.id == id))
            .map(|e| e.name.clone())
    };
    // One person spelled three ways, and his wife apart from him.
    let chief = a
        .entities
        .iter()
        .find(|e| e.aliases.iter().any(|x| x == "Anatol Krevitsky"))
        .unwrap();
    for alias in ["Anatoliy Krevytsky", "Anatoli Krewitzki"] {
        assert!(
            chief.aliases.iter().any(|x| x == alias),
            "{alias} not in {:?}",
            chief.aliases
        );
    }
    assert!(!chief.aliases.iter().any(|x| x.contains("Krevitskaya")));
    // The governor's post conflicts with the count of the rescued.
    let rescued = a
        .claims
        .iter()
        .find(|c| c.values.iter().any(|v| v.low == Some(61.0)))
        .expect("a claim holding 61");
    assert!(rescued.conflict);
    assert!(rescued.values.iter().any(|v| v.low == Some(48.0)));
    assert!(
        rescued.explanation.contains("61: Petar Holm"),
        "{}",
        rescued.explanation
    );
    // Quotes by description and by an anonymous official.
    let quotes: Vec<&claimlens_core::Quote> = a.articles.iter().flat_map(|x| &x.quotes).collect();
    let darkest = quotes
        .iter()
        .find(|q| q.text.contains("darkest night"))
        .unwrap();
    assert_eq!(name(&darkest.speaker).as_deref(), Some("Petar Holm"));
    assert_eq!(
        darkest.mention.as_ref().map(|m| m.text.as_str()),
        Some("the governor")
    );
    let cargo = quotes
        .iter()
        .find(|q| q.text.contains("cargo deck"))
        .unwrap();
    let official = a
        .entities
        .iter()
        .find(|e| Some(&e.id) == cargo.speaker.as_ref())
        .unwrap();
    assert_eq!(official.kind, claimlens_core::EntityKind::Anonymous);
    // The ship's name and a report title are nobody's words.
    assert!(!quotes
        .iter()
        .any(|q| q.text.starts_with("Grey Heron") || q.text.starts_with("Safe Passage")));
}
