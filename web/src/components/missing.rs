//! What a view shows when a link names something the story does not have.

use yew::prelude::*;

use crate::hooks::use_view_focus::HEADING_ID;
use crate::state::route::Route;

#[derive(PartialEq, Properties)]
pub struct MissingProps {
    /// "No speaker “x” in this story."
    pub message: AttrValue,
    pub back: Route,
    pub back_label: AttrValue,
}

#[component]
pub fn Missing(props: &MissingProps) -> Html {
    html! {
        <section class="panel">
            <h1 id={HEADING_ID} tabindex="-1">{ props.message.clone() }</h1>
            <p>{ "The link may come from another version of this site." }</p>
            <p><a href={props.back.to_hash()}>{ props.back_label.clone() }</a></p>
        </section>
    }
}
