//! The search box: a labelled `<input type="search">` that reports every change, and the
//! search tips with examples from the story open.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::tips::{Part, SearchTips};

/// The search input's id (the label and the "/" shortcut find it by this).
pub const INPUT_ID: &str = "claimlens-search-input";

#[derive(PartialEq, Properties)]
pub struct SearchBoxProps {
    pub value: AttrValue,
    pub on_input: Callback<String>,
    /// The tips' examples; without a story, the tips are said in general words.
    #[prop_or_default]
    pub tips: SearchTips,
}

#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput = props.on_input.reform(|event: InputEvent| {
        event
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default()
    });
    // Enter would submit the form and reload the page: results already follow the typing.
    let onsubmit = Callback::from(|event: SubmitEvent| event.prevent_default());
    html! {
        <form class="search-box" role="search" {onsubmit}>
            <label for={INPUT_ID}>{ "Search the coverage" }</label>
            <input
                id={INPUT_ID}
                type="search"
                value={props.value.clone()}
                {oninput}
                placeholder="a name, a word, a number…"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="claimlens-search-tips"
            />
            <details class="tips" id="claimlens-search-tips">
                <summary>{ "Search tips" }</summary>
                <ul>
                    { for props.tips.lines().into_iter().map(|line| html! {
                        <li>{ for line.into_iter().map(part) }</li>
                    }) }
                </ul>
            </details>
        </form>
    }
}

fn part(part: Part) -> Html {
    match part {
        Part::Text(text) => html! { { text } },
        Part::Code(code) => html! { <code>{ code }</code> },
    }
}
