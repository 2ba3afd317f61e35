//! Long lists shown a part at a time, with a button for more: a story of 10,000 articles has
//! thousands of speakers, claim values and statements, and rendering them all at once took the
//! tab past 450 MiB (issue 7).

use yew::prelude::*;

/// How much of a list is shown, and the way to show more.
#[derive(Clone, PartialEq)]
pub struct Part {
    /// How many items to show.
    pub shown: usize,
    step: usize,
    more: Callback<MouseEvent>,
}

impl Part {
    /// The button showing `step` more of a list of `total` items named `what`, or nothing when
    /// all are shown.
    pub fn button(&self, total: usize, what: &str, class: &'static str) -> Html {
        let hidden = total.saturating_sub(self.shown);
        if hidden == 0 {
            return Html::default();
        }
        let label = format!("Show {} more {what} of {hidden}", hidden.min(self.step));
        html! { <button type="button" {class} onclick={self.more.clone()}>{ label }</button> }
    }
}

/// A list's part: `first` items, then `step` more per click.
#[hook]
pub fn use_part(first: usize, step: usize) -> Part {
    let shown = use_state_eq(|| first);
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + step))
    };
    Part {
        shown: *shown,
        step,
        more,
    }
}
