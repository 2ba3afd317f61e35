//! The speakers view: everyone quoted, with their spellings, how often and where; or one
//! speaker's page.
//!
//! The list grows a few hundred at a time: a story of 10,000 articles quotes 10,000 people, and
//! listing them all at once made some 60,000 elements and took the tab past 450 MiB.

use yew::prelude::*;

use crate::components::marked_text::speaker_class;
use crate::components::speaker_page::SpeakerPage;
use crate::components::{and_list, plural, StoryRef};
use crate::hooks::use_view_focus::HEADING_ID;
use crate::state::route::Route;

#[derive(PartialEq, Properties)]
pub struct SpeakersViewProps {
    pub story: StoryRef,
    pub route: Route,
}

/// How many speakers the list shows at first, and how many more each click adds.
const FIRST_SPEAKERS: usize = 200;
const MORE_SPEAKERS: usize = 500;

#[component]
pub fn SpeakersView(props: &SpeakersViewProps) -> Html {
    let story = &props.story;
    let route = &props.route;
    let shown = use_state_eq(|| FIRST_SPEAKERS);
    if let Some(id) = &route.selected {
        return html! { <SpeakerPage story={story.clone()} entity={id.clone()} route={route.clone()} /> };
    }
    let hidden = story.speakers.len().saturating_sub(*shown);
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + MORE_SPEAKERS))
    };
    html! {
        <section class="view speakers-view" aria-labelledby={HEADING_ID}>
            <h1 id={HEADING_ID} tabindex="-1">{ "Speakers" }</h1>
            <p class="lede">{ format!("{} quoted across the coverage, most quoted first. Spellings that differ between outlets are one speaker.", plural(story.speakers.len(), "person or organisation", "people and organisations")) }</p>
            <ul class="speakers">
                { for story.speakers.iter().take(*shown).map(|speaker| {
                    let entity = &story.analysis.entities[speaker.entity];
                    let variants: Vec<String> = entity.aliases.iter().filter(|a| **a != entity.name).cloned().collect();
                    let colour = speaker_class(story.colour(&entity.id));
                    html! {
                        <li key={entity.id.clone()} class={classes!("speaker", colour)}>
                            <h2><a href={Route::speakers(Some(&entity.id)).keeping_search(route).to_hash()}>{ entity.name.clone() }</a></h2>
                            if let Some(description) = entity.descriptions.first() {
                                <p class="description">{ description.clone() }</p>
                            }
                            <p class="counts">
                                { format!("{} in {}", plural(speaker.quotes, "quote", "quotes"), plural(speaker.outlets.len(), "outlet", "outlets")) }
                                <span class="muted">{ format!(": {}", and_list(&speaker.outlets)) }</span>
                            </p>
                            if !variants.is_empty() {
                                <p class="variants"><span class="muted">{ "Also spelled " }</span>{ and_list(&variants) }</p>
                            }
                        </li>
                    }
                }) }
            </ul>
            if hidden > 0 {
                <button type="button" class="more-results" onclick={more}>
                    { format!("Show {} more of {hidden} (or search for a name)", hidden.min(MORE_SPEAKERS)) }
                </button>
            }
        </section>
    }
}
