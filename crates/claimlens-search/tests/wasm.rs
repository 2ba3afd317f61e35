//! The search engine compiled to wasm32 and run under Node (wasm-bindgen-test-runner) on a real
//! bundle: the demo corpus built by the native `claimlens build`, searched as the browser will.
//!
//! `tests/run` builds the site first and names its folder in `CLAIMLENS_TEST_SITE`; the folder
//! holds the bundle's three parts (`claimlens.bundle`, `.texts.bundle`, `.index.bundle`) and
//! `native-krevytsky.json`, the native CLI's answer to the query
//! `Krevytsky`, which the wasm engine must reproduce. By hand:
//!
//! ```sh
//! cargo run -q --bin claimlens -- build corpus/demo --out target/wasm-test-site
//! cargo run -q --bin claimlens -- search target/wasm-test-site/claimlens.bundle Krevytsky \
//!     --format json > target/wasm-test-site/native-krevytsky.json
//! CLAIMLENS_TEST_SITE=$PWD/target/wasm-test-site \
//!     cargo test -p claimlens-search --target wasm32-unknown-unknown --tests
//! ```
#![cfg(target_arch = "wasm32")]

use std::collections::{BTreeMap, BTreeSet};

use claimlens_search::{Engine, Error, Hit, SearchResults};
use wasm_bindgen_test::wasm_bindgen_test;

/// One part of the bundle the native CLI wrote (issue 16: head, texts and index are files of
/// their own).
macro_rules! part {
    ($file:literal) => {
        include_bytes!(concat!(
            env!(
                "CLAIMLENS_TEST_SITE",
                "set CLAIMLENS_TEST_SITE to a folder written by `claimlens build corpus/demo` (tests/run does)"
            ),
            $file
        ))
    };
}
const PARTS: [&[u8]; 3] = [
    part!("/claimlens.bundle"),
    part!("/claimlens.texts.bundle"),
    part!("/claimlens.index.bundle"),
];

/// The whole bundle: its parts one after another.
fn bundle() -> Vec<u8> {
    PARTS.concat()
}
const NATIVE_KREVYTSKY: &str = include_str!(concat!(
    env!(
        "CLAIMLENS_TEST_SITE",
        "set CLAIMLENS_TEST_SITE to a folder written by `claimlens build corpus/demo` (tests/run does)"
    ),
    "/native-krevytsky.json"
));

/// Enough for every passage of the demo corpus, so hits are all the matches.
const ALL: usize = 1000;

fn engine() -> Engine {
    Engine::from_bytes(&bundle()).expect("the bundle built by the native CLI opens in wasm")
}

/// The chars `span.start..span.end` of `text`: highlights count chars, not bytes.
fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// The highlighted words of a hit, lowercased.
fn highlighted(hit: &Hit) -> BTreeSet<String> {
    hit.highlights
        .iter()
        .map(|span| chars(&hit.text, span.start, span.end).to_lowercase())
        .collect()
}

/// Every highlight is a non-empty span of whole word characters inside the passage, in order
/// and without overlaps.
fn assert_highlights_are_spans_of_the_text(results: &SearchResults) {
    for hit in &results.hits {
        let len = hit.text.chars().count();
        let mut previous_end = 0;
        for span in &hit.highlights {
            assert!(
                previous_end <= span.start && span.start < span.end && span.end <= len,
                "highlight {span:?} of passage {} is not a span inside its {len} chars (after {previous_end})",
                hit.passage
            );
            let word = chars(&hit.text, span.start, span.end);
            assert!(
                word.chars().all(char::is_alphanumeric),
                "highlight {span:?} of passage {} is {word:?}, not a word",
                hit.passage
            );
            previous_end = span.end;
        }
    }
}

fn passage_set(results: &SearchResults) -> BTreeSet<usize> {
    results.hits.iter().map(|hit| hit.passage).collect()
}

#[wasm_bindgen_test]
fn the_bundle_opens_with_every_article() {
    let engine = engine();
    assert_eq!(engine.analysis().articles.len(), 5);
    assert!(
        engine.passages().len() > 40,
        "{} passages",
        engine.passages().len()
    );
    assert!(engine.search("zzqxv", ALL).hits.is_empty());
}

#[wasm_bindgen_test]
fn a_typo_finds_the_word_and_highlights_it() {
    let results = engine().search("manfest ", ALL);
    assert!(
        results.total >= 3,
        "{} passages for a typo of manifest",
        results.total
    );
    assert_eq!(results.hits.len(), results.total);
    for hit in &results.hits {
        assert!(
            hit.text.to_lowercase().contains("manifest"),
            "passage {} has no manifest: {}",
            hit.passage,
            hit.text
        );
        assert!(
            highlighted(hit).contains("manifest"),
            "manifest is not highlighted in passage {}: {:?}",
            hit.passage,
            highlighted(hit)
        );
    }
    assert_highlights_are_spans_of_the_text(&results);
}

#[wasm_bindgen_test]
fn any_spelling_of_a_name_finds_every_spelling() {
    let engine = engine();
    // corpus/demo: Meridian Wire spells the rescue chief "Anatoliy Krevytsky"; the others
    // "Anatol Krevitsky".
    let meridian = engine.search("Krevytsky ", ALL);
    let others = engine.search("Krevitsky ", ALL);
    assert_eq!(passage_set(&meridian), passage_set(&others));
    let other_spelling = meridian
        .hits
        .iter()
        .find(|hit| hit.text.contains("Krevitsky") && !hit.text.contains("Krevytsky"))
        .expect("the Meridian spelling finds a passage that only has the other spelling");
    assert!(
        highlighted(other_spelling).contains("krevitsky"),
        "the other spelling is not highlighted: {:?}",
        highlighted(other_spelling)
    );
    assert!(
        meridian
            .hits
            .iter()
            .any(|hit| hit.outlet.as_deref() == Some("Meridian Wire")),
        "the Meridian Wire passages are missing"
    );
    assert_eq!(
        meridian.speakers.first().map(|facet| facet.label.as_str()),
        Some("Anatol Krevitsky")
    );
    assert_highlights_are_spans_of_the_text(&meridian);
}

#[wasm_bindgen_test]
fn a_name_typed_in_cyrillic_finds_its_romanised_spellings() {
    // The browser build has no transliteration tables of its own: this works through the
    // Latin forms the bundle carries for the Cyrillic alphabet.
    let engine = engine();
    let cyrillic = engine.search("Кревицкий ", ALL);
    assert!(!cyrillic.hits.is_empty());
    assert_eq!(
        passage_set(&cyrillic),
        passage_set(&engine.search("Krevitsky ", ALL))
    );
}

#[wasm_bindgen_test]
fn outlet_facets_count_the_matching_passages() {
    let engine = engine();
    let results = engine.search("ferry", ALL);
    assert_eq!(results.hits.len(), results.total);
    let mut counted: BTreeMap<String, usize> = BTreeMap::new();
    for hit in &results.hits {
        *counted
            .entry(hit.outlet.clone().expect("demo articles name their outlet"))
            .or_default() += 1;
    }
    assert!(counted.len() >= 3, "ferry is in only {counted:?}");
    let facets: BTreeMap<String, usize> = results
        .outlets
        .iter()
        .map(|facet| (facet.key.clone(), facet.count))
        .collect();
    assert_eq!(facets, counted);
    assert_eq!(facets.values().sum::<usize>(), results.total);

    // Filtering by one outlet keeps exactly the passages its facet counted.
    let filtered = engine.search(r#"ferry outlet:"Meridian Wire""#, ALL);
    assert_eq!(filtered.total, counted["Meridian Wire"]);
    assert!(filtered
        .hits
        .iter()
        .all(|hit| hit.outlet.as_deref() == Some("Meridian Wire")));
}

#[wasm_bindgen_test]
fn wasm_answers_as_the_native_cli_does() {
    let mut native: serde_json::Value =
        serde_json::from_str(NATIVE_KREVYTSKY).expect("native-krevytsky.json is JSON");
    let mut wasm = serde_json::to_value(engine().search("Krevytsky", 10)).unwrap();
    // Scores are f32 sums of logarithms, which the two runtimes' maths libraries may round
    // differently in the last bits: compare them with a tolerance, everything else exactly.
    let scores = |value: &mut serde_json::Value| -> Vec<f64> {
        let hits = value["hits"].as_array_mut().expect("results have hits");
        hits.iter_mut()
            .map(|hit| {
                hit.as_object_mut()
                    .unwrap()
                    .remove("score")
                    .unwrap()
                    .as_f64()
                    .unwrap()
            })
            .collect()
    };
    let (native_scores, wasm_scores) = (scores(&mut native), scores(&mut wasm));
    assert!(!native_scores.is_empty());
    assert_eq!(wasm, native);
    for (n, w) in native_scores.iter().zip(&wasm_scores) {
        assert!(
            (n - w).abs() <= 1e-4 * n.abs().max(1.0),
            "score {w} in wasm, {n} natively"
        );
    }
}

#[wasm_bindgen_test]
fn a_damaged_bundle_is_refused_with_the_checksum_error() {
    let whole = bundle();
    let mut damaged = whole.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x20;
    assert!(matches!(
        Engine::from_bytes(&damaged),
        Err(Error::Bundle(claimlens_bundle::Error::Checksum))
    ));
    assert!(matches!(
        Engine::from_bytes(&whole[..whole.len() - 1]),
        Err(Error::Bundle(claimlens_bundle::Error::Truncated { .. }))
    ));
    let message = Engine::from_bytes(&damaged).err().unwrap().to_string();
    assert!(message.contains("corrupted"), "{message}");
}
