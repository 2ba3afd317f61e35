//! Under a quote or a figure: "Copy citation" (outlet, title, date, URL and the sentence) and,
//! when the article's URL is known, a link that opens the source at that sentence.

use yew::prelude::*;

use crate::browser::download::copy_text;
use crate::components::StoryRef;

#[derive(PartialEq, Properties)]
pub struct CiteActionsProps {
    pub story: StoryRef,
    /// Index of the article.
    pub article: usize,
    /// The item's char span in the article.
    pub start: usize,
    pub end: usize,
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
    let citation = story.citation(props.article, props.start..props.end);
    let onclick = {
        let copied = copied.clone();
        let text = citation.text.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match copy_text(&text).await {
                    Ok(()) => copied.set(Copied::Done),
                    Err(_) => copied.set(Copied::ByHand(text)),
                }
            });
        })
    };
    html! {
        <span class="cite">
            <button type="button" class="copy-citation" {onclick}>{ "Copy citation" }</button>
            if let Some(link) = &citation.link {
                <a class="source-link" href={link.clone()} rel="noopener noreferrer external">{ "Open the source at this sentence" }</a>
            }
            <span class="copied" role="status">
                if *copied == Copied::Done { { "Citation copied" } }
            </span>
            if let Copied::ByHand(text) = &*copied {
                <span class="citation-text">{ text.clone() }</span>
            }
        </span>
    }
}
