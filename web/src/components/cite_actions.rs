//! Beside a quote or a figure: "Copy citation" (outlet, title, date, URL and the sentence), its
//! permalink (the view it lives in, with it marked) and, when the article's URL is known and
//! there is room, a link that opens the source at that sentence.

use yew::prelude::*;

use crate::browser::download::copy_text;
use crate::components::StoryRef;
use crate::state::route::{ItemKind, Route};

#[derive(PartialEq, Properties)]
pub struct CiteActionsProps {
    pub story: StoryRef,
    /// Index of the article.
    pub article: usize,
    /// The item's char span in the article.
    pub start: usize,
    pub end: usize,
    pub kind: ItemKind,
    /// Where the item's permalink leads; `None` where the item itself links there (a figure's
    /// chip in running text).
    pub permalink: Option<Route>,
    /// Inside running text (the reader, a search result): two short actions after the item,
    /// no source link (the citation carries it).
    #[prop_or_default]
    pub compact: bool,
}

/// What the last click did.
#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Done,
    /// The clipboard refused: the citation is shown to copy by hand.
    ByHand(String),
}

#[component]
pub fn CiteActions(props: &CiteActionsProps) -> Html {
    let copied = use_state_eq(|| Copied::Not);
    let story = &props.story;
    let what = match props.kind {
        ItemKind::Quote => "quote",
        ItemKind::Figure => "figure",
    };
    // The citation is made when asked for: running text shows these actions for every quote,
    // and each citation cuts out its sentence.
    let onclick = {
        let copied = copied.clone();
        let story = story.clone();
        let (article, span) = (props.article, props.start..props.end);
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let text = story.citation(article, span.clone()).text;
            wasm_bindgen_futures::spawn_local(async move {
                match copy_text(&text).await {
                    Ok(()) => copied.set(Copied::Done),
                    Err(_) => copied.set(Copied::ByHand(text)),
                }
            });
        })
    };
    let source = (!props.compact)
        .then(|| story.citation(props.article, props.start..props.end).link)
        .flatten();
    // The accessible names hold the visible words (WCAG 2.5.3), so a voice command works.
    let (copy_label, copy_name, link_label) = if props.compact {
        (
            "Cite",
            format!("Cite this {what} (copy the citation)"),
            "Link",
        )
    } else {
        (
            "Copy citation",
            format!("Copy citation of this {what}"),
            "Permalink",
        )
    };
    html! {
        <span class={classes!("cite", props.compact.then_some("compact"))}>
            <button type="button" class="copy-citation" {onclick} aria-label={copy_name}>{ copy_label }</button>
            if let Some(permalink) = &props.permalink {
                <a class="permalink" href={permalink.to_hash()} aria-label={format!("{link_label} to this {what}")}>{ link_label }</a>
            }
            if let Some(link) = source {
                <a class="source-link" href={link} rel="noopener noreferrer external">{ "Open the source at this sentence" }</a>
            }
            <span class="copied" role="status">
                if *copied == Copied::Done { { if props.compact { "Copied" } else { "Citation copied" } } }
            </span>
            if let Copied::ByHand(text) = &*copied {
                <span class="citation-text">{ text.clone() }</span>
            }
        </span>
    }
}
