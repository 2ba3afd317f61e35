//! The panel shown when the story cannot be loaded: what happened and what to do.

use yew::prelude::*;

use crate::state::load::LoadError;

#[derive(PartialEq, Properties)]
pub struct LoadFailureProps {
    pub error: LoadError,
    pub url: AttrValue,
}

#[component]
pub fn LoadFailure(props: &LoadFailureProps) -> Html {
    html! {
        <section class="panel failure" role="alert" aria-labelledby="claimlens-failure-title">
            <h1 id="claimlens-failure-title">{ "The story could not be loaded" }</h1>
            <p class="failure-message">{ props.error.message() }</p>
            <p>{ with_code(props.error.hint()) }</p>
        </section>
    }
}

/// Text with `backquoted` parts shown as code.
fn with_code(text: &str) -> Html {
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                html! { <code>{ part.to_string() }</code> }
            } else {
                html! { { part.to_string() } }
            }
        })
        .collect()
}
