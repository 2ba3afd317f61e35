//! The analysis compiled to wasm32 and run under Node (wasm-bindgen-test-runner) finds quotes,
//! speakers and figures in a demo article, with spans that point at the text.
#![cfg(target_arch = "wasm32")]

use claimlens_core::{analyze, Analysis, ArticleInput};
use wasm_bindgen_test::wasm_bindgen_test;

const DEMO: &str = include_str!("../../../corpus/demo/01-ferry-capsizes-off-seravin.md");

/// The article text after the front matter block (between the first two `---` lines).
fn body(file: &str) -> &str {
    let rest = file
        .strip_prefix("---\n")
        .expect("demo article starts with front matter");
    let end = rest.find("\n---\n").expect("front matter block is closed");
    rest[end + "\n---\n".len()..].trim_start_matches('\n')
}

/// The chars `start..end` of `text`: spans count Unicode scalar values, not bytes.
fn span(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// The name of the speaker of quote `index` of the first article, if it has one.
fn speaker_of(analysis: &Analysis, index: usize) -> Option<&str> {
    let id = analysis.articles[0].quotes[index].speaker.as_ref()?;
    let entity = analysis.entities.iter().find(|entity| &entity.id == id);
    Some(
        &entity
            .unwrap_or_else(|| panic!("speaker {id} is not an entity"))
            .name,
    )
}

#[wasm_bindgen_test]
fn demo_article_has_quotes_speakers_and_figures() {
    let text = body(DEMO);
    let analysis = analyze(&[ArticleInput {
        id: "demo".into(),
        text: text.into(),
        ..Default::default()
    }]);
    let article = &analysis.articles[0];
    assert_eq!(article.text, text);

    assert!(!article.quotes.is_empty(), "no quotes found");
    for quote in &article.quotes {
        assert!(
            quote.start < quote.end,
            "empty quote span {}..{}",
            quote.start,
            quote.end
        );
        assert_eq!(
            quote.text,
            span(text, quote.start, quote.end),
            "quote text is not its span"
        );
    }

    let speakers: Vec<&str> = (0..article.quotes.len())
        .filter_map(|index| speaker_of(&analysis, index))
        .collect();
    assert!(!speakers.is_empty(), "no quote has a speaker");
    // corpus/demo/README.md: the minister's quotes in 01 are hers ("Ms. Morosk told reporters").
    let searching = article
        .quotes
        .iter()
        .position(|quote| quote.text.starts_with("We will not stop searching"))
        .expect("the minister's first quote is found");
    assert_eq!(speaker_of(&analysis, searching), Some("Ilvana Morosk"));

    assert!(!article.figures.is_empty(), "no figures found");
    for figure in &article.figures {
        assert_eq!(
            figure.text,
            span(text, figure.start, figure.end),
            "figure text is not its span"
        );
    }
}
