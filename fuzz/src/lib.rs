//! The bodies of the fuzz targets, one function per target taking the fuzzer's bytes.
//!
//! cargo-fuzz runs them under libFuzzer (`fuzz_targets/*.rs`, nightly); the stable test
//! `tests/fuzz_regressions.rs` of the root workspace includes this file and replays every input
//! in `fuzz/seeds/<target>/` and `fuzz/regressions/<target>/` through the same functions. A body
//! returns normally for any input; a panic is a finding (an invariant of
//! [`invariants`] broken, or a bug the input reached).
//!
//! - [`analyze`]: text → `claimlens_core::analyze`, then every analysis invariant.
//! - [`html`]: bytes → the indexer's reading of an HTML page.
//! - [`bundle`]: bytes → bundle decoding, and for what decodes, the search engine and a search,
//!   also through the lean engine the browser's worker opens, which must answer alike.
//! - [`query`]: text → query parsing and a search of the demo story.

pub mod invariants;

use std::sync::OnceLock;

use claimlens_core::{Analysis, ArticleInput};
use claimlens_ingest::document::{self, Kind};
use claimlens_search::{Engine, LeanLoader, SearchResults};

/// A fuzz target's body: it panics on a broken invariant.
pub type Target = fn(&[u8]);

/// The targets by name, as their folders under `fuzz/seeds/` and `fuzz/regressions/` are named.
pub const TARGETS: &[(&str, Target)] = &[
    ("analyze", analyze),
    ("html", html),
    ("bundle", bundle),
    ("query", query),
];

/// Separates articles in an `analyze` input, so that one input can be several articles and
/// exercise clustering and claims across them.
const ARTICLE_SEPARATOR: char = '\u{0}';

/// Analyses the input as articles (split at NUL, at most four) and checks the invariants.
pub fn analyze(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let inputs: Vec<ArticleInput> = text
        .splitn(4, ARTICLE_SEPARATOR)
        .enumerate()
        .map(|(i, text)| ArticleInput {
            id: format!("a{i}"),
            outlet: Some(format!("Outlet {}", i % 2)),
            text: text.to_owned(),
            ..Default::default()
        })
        .collect();
    let analysis = claimlens_core::analyze(&inputs);
    if let Err(violation) = invariants::all(&inputs, &analysis) {
        panic!("{violation}");
    }
}

/// Reads the input as the indexer reads a `.html` file: decoding, then the page (metadata and
/// article text). Input that is not UTF-8 is also read as a page after lossy decoding, so that
/// every input reaches the HTML parser.
pub fn html(data: &[u8]) {
    if std::str::from_utf8(data).is_err() {
        let page = claimlens_ingest::html::read(&String::from_utf8_lossy(data));
        check_page_text(&page.text);
    }
    for doc in document::parse_file("page".into(), None, Kind::Html, data.to_vec())
        .into_iter()
        .flatten()
    {
        check_page_text(&doc.input.text);
    }
}

/// A page's text is one paragraph per line, each ending with a newline (`html::Page::text`).
fn check_page_text(text: &str) {
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "page text does not end with a newline: {text:?}"
    );
}

/// Decodes the input as a bundle and, if it decodes, opens the engine and searches it. The
/// input is tried twice: as it is, and as the contents of a bundle whose header (magic,
/// version, checksum, length) is made right, so that mutations reach the analysis JSON and the
/// index files instead of stopping at the checksum. Errors are fine; panics and hangs are not.
pub fn bundle(data: &[u8]) {
    open_and_search(data);
    let mut framed = Vec::with_capacity(claimlens_bundle::HEADER_LEN + data.len());
    framed.extend_from_slice(&claimlens_bundle::MAGIC);
    framed.extend_from_slice(&claimlens_bundle::FORMAT_VERSION.to_le_bytes());
    // Part 1, the head: the decoder then asks for the texts and index parts after it.
    framed.extend_from_slice(&1u32.to_le_bytes());
    framed.extend_from_slice(&crc32fast::hash(data).to_le_bytes());
    framed.extend_from_slice(&(data.len() as u64).to_le_bytes());
    framed.extend_from_slice(data);
    open_and_search(&framed);
}

fn open_and_search(bytes: &[u8]) {
    let whole = claimlens_bundle::decode(bytes);
    // Decoded in pieces, as a download arrives, it reads the same (errors of the same kind: a
    // `Truncated` counts what had arrived when the excess showed).
    let mut decoder = claimlens_bundle::Decoder::new(claimlens_bundle::Parts::ALL);
    let piece = 1 + bytes.len() / 7;
    let pieces = bytes
        .chunks(piece)
        .try_for_each(|p| decoder.push(p))
        .and_then(|()| decoder.finish());
    match (&whole, &pieces) {
        (Ok(a), Ok(b)) => assert!(a == b, "a bundle decoded in pieces differs"),
        (Err(a), Err(b)) => assert_eq!(
            std::mem::discriminant(a),
            std::mem::discriminant(b),
            "{a} / {b}"
        ),
        _ => panic!("whole: {whole:?}; in pieces: {pieces:?}"),
    }
    let Ok(bundle) = whole else {
        return;
    };
    // What decodes re-encodes to a bundle that decodes to the same thing.
    let mut again = claimlens_bundle::decode(&claimlens_bundle::encode(&bundle))
        .expect("a decoded bundle re-encodes");
    let mut sorted = bundle.clone();
    sorted.index_files.sort_by(|a, b| a.0.cmp(&b.0));
    again.index_files.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(again == sorted, "a decoded bundle changed on re-encoding");
    let Ok(engine) = Engine::open(bundle) else {
        return;
    };
    let lean = lean_engine(bytes).expect("a bundle the engine opens opens lean too");
    let words: Vec<String> = engine
        .analysis()
        .entities
        .iter()
        .take(2)
        .map(|e| e.name.clone())
        .chain(["the".to_owned()])
        .collect();
    for q in words
        .iter()
        .map(String::as_str)
        .chain(["\"said the\" -x date:2020..2030 outlet:a speaker:b", "a"])
    {
        let results = engine.search(q, 5);
        check_results(&engine, &results);
        assert!(
            lean.search(q, 5) == results,
            "the lean engine answers {q:?} otherwise"
        );
    }
}

/// The engine as the browser's search worker opens a bundle ([`LeanLoader`]).
fn lean_engine(bytes: &[u8]) -> Option<Engine> {
    let mut loader = LeanLoader::default();
    loader.push(bytes).ok()?;
    loader.finish().ok()
}

/// Parses the input as a query and searches the demo story with it.
pub fn query(data: &[u8]) {
    let input = String::from_utf8_lossy(data);
    let parsed = claimlens_search::query::parse(&input);
    // Parsing never fails, and the same text parses the same way.
    assert_eq!(parsed, claimlens_search::query::parse(&input));
    let engine = demo_engine();
    let results = engine.search(&input, 10);
    assert_eq!(results.query, parsed, "search parsed the query differently");
    check_results(engine, &results);
}

/// Hits point at real passages, and highlights, quotes and figures at real parts of them.
fn check_results(engine: &Engine, results: &SearchResults) {
    let analysis = engine.analysis();
    assert!(results.hits.len() <= results.total.max(results.hits.len()));
    for hit in &results.hits {
        let passage = engine.passages()[hit.passage];
        let article = &analysis.articles[passage.article];
        assert_eq!((hit.start, hit.end), (passage.start, passage.end));
        let len = hit.text.chars().count();
        assert_eq!(len, passage.end - passage.start);
        for span in &hit.highlights {
            assert!(
                span.start < span.end && span.end <= len,
                "highlight {span:?} outside a passage of {len} chars"
            );
        }
        for &q in &hit.quotes {
            assert!(q < article.quotes.len(), "hit names quote {q}, missing");
        }
        for &f in &hit.figures {
            assert!(f < article.figures.len(), "hit names figure {f}, missing");
        }
    }
}

/// The search engine over the demo corpus, built once per process.
fn demo_engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let inputs = claimlens_index_builder::demo::load().inputs;
        let analysis: Analysis = claimlens_core::analyze(&inputs);
        let bundle = claimlens_search::build_bundle(Some("demo".into()), analysis)
            .expect("the demo indexes");
        Engine::open(bundle).expect("the demo bundle opens")
    })
}
