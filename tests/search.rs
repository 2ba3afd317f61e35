//! Search acceptance tests on a bundle built from the shared Belarus corpus (read at run time
//! from `../shared/corpus`), through the same engine the browser runs.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;

use claimlens_bundle::{decode, encode};
use claimlens_core::{analyze, ArticleInput};
use claimlens_search::{build_bundle, build_index, Engine, Hit};

const OUTLETS: [&str; 5] = [
    "Outlet Alpha",
    "Outlet Bravo",
    "Outlet Charlie",
    "Outlet Delta",
    "Outlet Echo",
];

fn bundle_bytes() -> &'static [u8] {
    static CELL: OnceLock<Vec<u8>> = OnceLock::new();
    CELL.get_or_init(|| {
        let dir =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/belarus-2025-12");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let inputs: Vec<ArticleInput> = files
            .iter()
            .enumerate()
            .map(|(i, p)| ArticleInput {
                id: p.file_name().unwrap().to_string_lossy()[..3].to_string(),
                outlet: Some(OUTLETS[i].to_string()),
                date: Some(format!("2025-12-{}", 13 + i)),
                text: std::fs::read_to_string(p).unwrap(),
                ..Default::default()
            })
            .collect();
        let analysis = analyze(&inputs);
        encode(&build_bundle(Some("Belarus frees prisoners".into()), analysis).unwrap())
    })
}

fn engine() -> &'static Engine {
    static CELL: OnceLock<Engine> = OnceLock::new();
    CELL.get_or_init(|| Engine::from_bytes(bundle_bytes()).unwrap())
}

fn hits(query: &str) -> Vec<Hit> {
    engine().search(query, 50).hits
}

fn marked(hit: &Hit) -> Vec<String> {
    let chars: Vec<char> = hit.text.chars().collect();
    hit.highlights
        .iter()
        .map(|s| chars[s.start..s.end].iter().collect())
        .collect()
}

#[test]
fn any_spelling_of_a_name_finds_every_spelling() {
    let found = hits("Kalesnikava");
    assert!(
        found.iter().any(|h| h.text.contains("Kolesnikova")),
        "Kalesnikava should find Kolesnikova"
    );
    assert!(
        found
            .iter()
            .any(|h| marked(h).iter().any(|m| m == "Kolesnikova")),
        "the other spelling is highlighted"
    );
    let back = hits("Kolesnikova");
    assert!(
        back.iter().any(|h| h.text.contains("Kalesnikava")),
        "and the reverse"
    );
    assert!(hits("Byalyatski")
        .iter()
        .any(|h| h.text.contains("Bialiatski")));
    // Typed in Cyrillic (Belarusian), the name still finds the romanised spellings.
    assert!(hits("Калеснікава")
        .iter()
        .any(|h| h.text.contains("Kolesnikova")));
}

#[test]
fn a_person_ranks_before_their_similarly_named_spouse() {
    let found = hits("Tikhanovsky");
    assert!(!found.is_empty());
    let is_him = |h: &Hit| {
        h.text.contains("Tikhanovsky")
            && !h.text.contains("Tikhanovskaya")
            && !h.text.contains("Tsikhanouskaya")
    };
    let first_her = found.iter().position(|h| !is_him(h)).unwrap_or(found.len());
    let last_him = found.iter().rposition(is_him).unwrap();
    assert!(
        last_him < first_her,
        "every passage about Sergei ranks before any about Sviatlana: {:?}",
        found
            .iter()
            .map(|h| &h.text[..40.min(h.text.len())])
            .collect::<Vec<_>>()
    );
}

#[test]
fn phrases_find_the_phrase() {
    let results = engine().search("\"political prisoners\"", 1000);
    assert!(results.total > 5);
    for hit in &results.hits {
        assert!(
            hit.text.to_lowercase().contains("political prisoners"),
            "{}",
            hit.text
        );
    }
    // Every passage with the phrase is found: count them independently.
    let analysis = engine().analysis();
    let expected = engine()
        .passages()
        .iter()
        .filter(|p| {
            analysis.articles[p.article]
                .text
                .chars()
                .skip(p.start)
                .take(p.end - p.start)
                .collect::<String>()
                .to_lowercase()
                .contains("political prisoners")
        })
        .count();
    assert_eq!(results.total, expected);
    // "political" alone, without "prisoners" right after it, does not match the phrase.
    assert!(engine().search("political", 1000).total > results.total);
}

#[test]
fn a_typo_still_finds_the_word_ranked_below_exact() {
    let found = hits("Bialatski");
    assert!(
        found.iter().any(|h| h.text.contains("Bialiatski")),
        "a one-letter typo finds Bialiatski"
    );
    assert!(marked(&found[0])
        .iter()
        .any(|m| m.contains("Bialiatski") || m.contains("Byalyatski")));
    // Exact beats fuzzy: a passage that spells the query exactly comes first.
    let exact = hits("Bialiatski");
    assert!(exact[0].text.contains("Bialiatski"));
    let short = hits("Znek"); // four letters: no typo tolerance
    assert!(
        short.is_empty(),
        "words under five letters are not fuzzy-matched"
    );
}

#[test]
fn the_last_word_matches_as_a_prefix() {
    assert!(hits("Kolesn")
        .iter()
        .any(|h| h.text.contains("Kolesnikova")));
    assert!(
        hits("Kolesn ").is_empty(),
        "a finished word is not a prefix"
    );
}

#[test]
fn filters_narrow_results() {
    let all = engine().search("prisoners", 1000);
    let one = engine().search("prisoners outlet:bravo", 1000);
    assert!(one.total > 0 && one.total < all.total);
    assert!(one
        .hits
        .iter()
        .all(|h| h.outlet.as_deref() == Some("Outlet Bravo")));
    let coale = engine().search("speaker:Coale", 1000);
    assert!(coale.total > 0);
    let analysis = engine().analysis();
    let coale_id = analysis
        .entities
        .iter()
        .find(|e| e.name == "John Coale")
        .unwrap()
        .id
        .clone();
    for hit in &coale.hits {
        let article = analysis
            .articles
            .iter()
            .find(|a| a.id == hit.article)
            .unwrap();
        assert!(
            hit.quotes
                .iter()
                .any(|&q| article.quotes[q].speaker.as_ref() == Some(&coale_id)),
            "a passage where Coale is quoted"
        );
    }
    let dated = engine().search("prisoners date:2025-12-13..2025-12-14", 1000);
    assert!(dated.total > 0 && dated.total < all.total);
    assert!(dated
        .hits
        .iter()
        .all(|h| matches!(h.date.as_deref(), Some("2025-12-13") | Some("2025-12-14"))));
    let excluded = engine().search("prisoners -Lukashenko", 1000);
    assert!(excluded.total > 0 && excluded.hits.iter().all(|h| !h.text.contains("Lukashenko")));
}

#[test]
fn facets_count_outlets_speakers_and_dates() {
    let results = engine().search("sanctions", 1000);
    let outlet_total: usize = results.outlets.iter().map(|f| f.count).sum();
    assert_eq!(outlet_total, results.total);
    assert!(results.speakers.iter().any(|f| f.label == "John Coale"));
    // Every article here is dated: the date counts add up too, oldest first, and each count is
    // the number of matching passages from articles of that date.
    let date_total: usize = results.dates.iter().map(|f| f.count).sum();
    assert_eq!(date_total, results.total);
    assert!(results.dates.len() > 1);
    assert!(results.dates.windows(2).all(|w| w[0].key < w[1].key));
    let first = &results.dates[0];
    let narrowed = engine().search(&format!("sanctions date:{}", first.key), 1000);
    assert_eq!(narrowed.total, first.count);
}

#[test]
fn hits_carry_highlight_spans_quotes_and_figures() {
    let found = hits("156");
    let hit = found
        .iter()
        .find(|h| h.text.contains("156"))
        .expect("the envoy's post");
    assert!(hit
        .highlights
        .iter()
        .all(|s| s.start < s.end && s.end <= hit.text.chars().count()));
    assert_eq!(marked(hit), ["156"]);
    let analysis = engine().analysis();
    let article = analysis
        .articles
        .iter()
        .find(|a| a.id == hit.article)
        .unwrap();
    assert!(hit
        .figures
        .iter()
        .any(|&f| article.figures[f].text.starts_with("156")));
    assert!(!hit.quotes.is_empty());
}

#[test]
fn invalid_syntax_is_a_plain_search() {
    for q in [
        "\"unclosed phrase",
        "outlet:",
        "date:nonsense prisoners",
        "-",
        ":::",
        "((prisoners",
        "speaker:\"",
        "",
    ] {
        let _ = engine().search(q, 10);
    }
    assert!(engine().search("date:nonsense prisoners", 10).total > 0);
}

#[test]
fn no_results_come_with_suggestions() {
    let results = engine().search("Kalesnikava xylophone", 10);
    assert_eq!(results.total, 0);
    assert!(
        results.suggestions.iter().any(|s| s == "Kalesnikava"),
        "{:?}",
        results.suggestions
    );
}

#[test]
fn bundles_round_trip_and_builds_are_deterministic() {
    let bytes = bundle_bytes();
    let bundle = decode(bytes).unwrap();
    assert_eq!(encode(&bundle), bytes);
    assert_eq!(bundle.story.as_deref(), Some("Belarus frees prisoners"));
    // The same input gives the same index files.
    let again = build_index(&bundle.analysis).unwrap();
    assert_eq!(again, bundle.index_files);
}

#[test]
fn damaged_bundles_say_what_is_wrong() {
    let bytes = bundle_bytes();
    let message = |b: &[u8]| Engine::from_bytes(b).err().expect("an error").to_string();
    assert!(message(&bytes[..bytes.len() / 2]).contains("truncated"));
    let mut corrupt = bytes.to_vec();
    let middle = corrupt.len() / 2;
    corrupt[middle] ^= 0x5a;
    assert!(message(&corrupt).contains("corrupted"));
    let mut other = bytes.to_vec();
    other[8] = other[8].wrapping_add(1);
    assert!(message(&other).contains("version"));
    assert!(message(b"<!doctype html><title>404</title>").contains("HTML page"));
    assert!(message(&[]).contains("empty"));
}

#[test]
fn words_in_different_paragraphs_find_passages_with_some_of_them() {
    // Two words of the coverage that no single paragraph holds together, found by looking: the
    // passages of Kolesnikova's name (any spelling), and a long word of a passage about
    // prisoners whose own passages are all elsewhere.
    let passages = |query: &str| -> BTreeSet<usize> {
        engine()
            .search(query, 10_000)
            .hits
            .iter()
            .map(|h| h.passage)
            .collect()
    };
    let name = passages("Kolesnikova ");
    assert!(!name.is_empty());
    let long_words = |hit: &Hit| -> Vec<String> {
        hit.text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 7)
            .map(String::from)
            .collect()
    };
    let (word, alone) = hits("prisoners")
        .iter()
        .flat_map(long_words)
        .map(|w| {
            let found = passages(&format!("{w} "));
            (w, found)
        })
        .find(|(_, found)| !found.is_empty() && found.is_disjoint(&name))
        .expect("a long word that never shares a paragraph with Kolesnikova's name");
    let query = format!("Kolesnikova {word} ");
    let results = engine().search(&query, 10_000);
    assert!(results.partial, "{query}");
    let answered: BTreeSet<usize> = results.hits.iter().map(|h| h.passage).collect();
    let either: BTreeSet<usize> = name.union(&alone).copied().collect();
    assert_eq!(answered, either, "{query}: the passages of either word");
    assert!(results.hits.iter().all(|h| !h.highlights.is_empty()));
    // Words that meet in one passage are no partial answer, and a word the coverage lacks
    // still finds nothing.
    assert!(!engine().search("political prisoners", 10).partial);
    let none = engine().search("Kolesnikova xylophone", 10);
    assert_eq!((none.total, none.partial), (0, false));
}

#[test]
fn the_closest_spelling_of_a_name_ranks_first() {
    // Two people whose surnames share their consonants: a query spelled like one of them in
    // yet another transliteration (two letters from Ryaskiy, three from Raski, so no typo
    // match for either) must put the closer one first.
    let text = |who: &str, role: &str, n: usize| -> String {
        (0..n)
            .map(|i| format!("{role} {who} said on day {i} that the bridge would reopen.\n"))
            .collect()
    };
    // As often named each, and the farther spelling first: were spellings weighed alike, the
    // tie would go to the earlier passage, Raski's.
    let inputs = vec![
        ArticleInput {
            id: "b".into(),
            text: text("Oleg Raski", "Mayor", 3),
            ..Default::default()
        },
        ArticleInput {
            id: "a".into(),
            text: text("Ivan Ryaskiy", "Minister", 3),
            ..Default::default()
        },
    ];
    let bundle = encode(&build_bundle(None, analyze(&inputs)).unwrap());
    let engine = Engine::from_bytes(&bundle).unwrap();
    let results = engine.search("Rjaskij ", 10);
    assert!(!results.hits.is_empty(), "{results:?}");
    assert!(
        results.hits.iter().any(|h| h.article == "b"),
        "both are spellings of it: {:?}",
        results.hits
    );
    assert_eq!(results.hits[0].article, "a", "{:?}", results.hits);
}
