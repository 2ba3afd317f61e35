//! The analysis compiled to wasm32 and run under Node (wasm-bindgen-test-runner) finds quotes,
//! speakers and figures in a demo article, with spans that point at the text.
#![cfg(target_arch = "wasm32")]

use claimlens_core::{analyze, ArticleInput};
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

    let speakers: Vec<&str> = article
        .quotes
        .iter()
        .filter_map(|quote| quote.speaker.as_ref())
        .map(|id| {
            let entity = analysis.entities.iter().find(|e| &e.id == id);
            entity
                .unwrap_or_else(|| panic!("speaker {id} is not an entity"))
                .name
                .as_str()
        })
        .collect();
    assert!(!speakers.is_empty(), "no quote has a speaker");
    // A speaker's name is read from the article, so some part of it is in the text.
    for name in &speakers {
        assert!(
            name.split_whitespace().any(|part| text.contains(part)),
            "speaker {name:?} does not appear in the article"
        );
    }

    assert!(!article.figures.is_empty(), "no figures found");
    for figure in &article.figures {
        assert_eq!(
            figure.text,
            span(text, figure.start, figure.end),
            "figure text is not its span"
        );
    }
}
