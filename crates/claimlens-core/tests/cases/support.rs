//! Helpers shared by the case modules: run the analysis on texts and look up what it found.

use claimlens_core::{analyze, Analysis, ArticleInput, Entity, Figure, Quote};

/// Analyses `texts` as one story, one article each (ids "a0", "a1", ...).
pub fn run(texts: &[&str]) -> Analysis {
    let inputs: Vec<ArticleInput> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| ArticleInput {
            id: format!("a{i}"),
            text: t.to_string(),
            ..Default::default()
        })
        .collect();
    analyze(&inputs)
}

/// The entity with id `id`.
pub fn entity<'a>(a: &'a Analysis, id: &str) -> &'a Entity {
    a.entities
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no entity {id}"))
}

/// The name of the quote's speaker, `None` when it has none.
pub fn speaker<'a>(a: &'a Analysis, q: &Quote) -> Option<&'a str> {
    q.speaker.as_deref().map(|id| entity(a, id).name.as_str())
}

/// The one quote whose text contains `fragment`.
pub fn quote<'a>(a: &'a Analysis, fragment: &str) -> &'a Quote {
    let found: Vec<&Quote> = a
        .articles
        .iter()
        .flat_map(|x| &x.quotes)
        .filter(|q| q.text.contains(fragment))
        .collect();
    assert_eq!(found.len(), 1, "quotes containing {fragment:?}: {found:#?}");
    found[0]
}

/// The speaker's name of the one quote containing `fragment`.
pub fn speaker_of<'a>(a: &'a Analysis, fragment: &str) -> Option<&'a str> {
    speaker(a, quote(a, fragment))
}

/// Every figure's text, in order.
pub fn figure_texts(a: &Analysis) -> Vec<&str> {
    a.articles
        .iter()
        .flat_map(|x| &x.figures)
        .map(|f| f.text.as_str())
        .collect()
}

/// The one figure whose text contains `fragment`.
pub fn figure<'a>(a: &'a Analysis, fragment: &str) -> &'a Figure {
    let found: Vec<&Figure> = a
        .articles
        .iter()
        .flat_map(|x| &x.figures)
        .filter(|f| f.text.contains(fragment))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "figures containing {fragment:?}: {found:#?}"
    );
    found[0]
}

/// What the one figure containing `fragment` in `text` counts.
pub fn counts_of(text: &str, fragment: &str) -> String {
    figure(&run(&[text]), fragment).counts.clone()
}
