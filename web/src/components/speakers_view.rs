//! The speakers view: everyone quoted, with their spellings, how often and where; or one
//! speaker's page.
//!
//! The list grows a few hundred at a time ([`use_part`]): a story of 10,000 articles quotes
//! 10,000 people.

use yew::prelude::*;

use crate::components::download_button::DownloadButton;
use crate::components::marked_text::speaker_class;
use crate::components::speaker_page::SpeakerPage;
use crate::components::{and_list, plural, StoryRef};
use crate::hooks::use_part;
use crate::hooks::use_view_focus::HEADING_ID;
use crate::state::export::Download;
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
    let part = use_part(FIRST_SPEAKERS, MORE_SPEAKERS);
    if let Some(id) = &route.selected {
        return html! { <SpeakerPage story={story.clone()} entity={id.clone()} route={route.clone()} /> };
    }
    html! {
        <section class="view speakers-view" aria-labelledby={HEADING_ID}>
            <h1 id={HEADING_ID} tabindex="-1">{ "Speakers" }</h1>
            <p class="lede">{ format!("{} quoted across the coverage, most quoted first. Spellings that differ between outlets are one speaker.", plural(story.speakers.len(), "person or organisation", "people and organisations")) }</p>
            <DownloadButton story={story.clone()} what={Download::Speakers} holds="the speakers" />
            <ul class="speakers">
                { for story.speakers.iter().take(part.shown).map(|speaker| {
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
            { part.button(story.speakers.len(), "speakers", "more-results") }
        </section>
    }
}
