//! The figures view: every claim, those the outlets disagree on first, fifty at a time; or one
//! claim in full.

use yew::prelude::*;

use crate::components::claim_card::ClaimCard;
use crate::components::download_button::DownloadButton;
use crate::components::missing::Missing;
use crate::components::{plural, StoryRef};
use crate::hooks::use_part;
use crate::hooks::use_view_focus::HEADING_ID;
use crate::state::export::Download;
use crate::state::route::Route;

#[derive(PartialEq, Properties)]
pub struct FiguresViewProps {
    pub story: StoryRef,
    pub route: Route,
}

/// How many claims the view shows at first, and how many more each click adds.
const CLAIMS_SHOWN: usize = 50;

#[component]
pub fn FiguresView(props: &FiguresViewProps) -> Html {
    let story = &props.story;
    let route = &props.route;
    let part = use_part(CLAIMS_SHOWN, CLAIMS_SHOWN);
    let all = Route::figures(None).keeping_search(route);
    if let Some(id) = &route.selected {
        let Some(index) = story.analysis.claims.iter().position(|c| &c.id == id) else {
            return html! { <Missing message={format!("This story has no claim “{id}”.")} back={all} back_label="All figures" /> };
        };
        return html! {
            <section class="view figures-view" aria-labelledby={HEADING_ID}>
                <p class="breadcrumb"><a href={all.to_hash()}>{ "← All figures" }</a></p>
                <ClaimCard story={story.clone()} {index} route={route.clone()} expanded=true />
            </section>
        };
    }
    let conflicts = story.conflicts();
    html! {
        <section class="view figures-view" aria-labelledby={HEADING_ID}>
            <h1 id={HEADING_ID} tabindex="-1">{ "Figures" }</h1>
            <p class="lede">
                { format!("{} across the coverage; ", plural(story.analysis.claims.len(), "claim", "claims")) }
                <strong>{ if conflicts == 0 { "the outlets agree on all of them".to_string() } else { format!("{} where the figures cannot all be true", plural(conflicts, "claim", "claims")) } }</strong>
                { ". Open a source to read the sentence behind its figure." }
            </p>
            <DownloadButton story={story.clone()} what={Download::Figures(None)} holds="every figure" />
            <ul class="claims">
                { for story.claims.iter().take(part.shown).map(|&index| html! {
                    <li key={story.analysis.claims[index].id.clone()}>
                        <ClaimCard story={story.clone()} {index} route={route.clone()} expanded=false />
                    </li>
                }) }
            </ul>
            { part.button(story.claims.len(), "claims", "more-results") }
        </section>
    }
}
