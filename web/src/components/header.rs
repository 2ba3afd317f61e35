//! The page header: the tool, the story's title and the navigation between views.

use yew::prelude::*;

use crate::components::StoryRef;
use crate::state::route::{Route, View};

#[derive(PartialEq, Properties)]
pub struct HeaderProps {
    pub story: Option<StoryRef>,
    pub route: Route,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let route = &props.route;
    let tab = |view: View, target: Route, label: String| {
        let current = route.view == view || (view == View::Search && route.view == View::Reader);
        html! {
            <li>
                <a href={target.keeping_search(route).to_hash()} aria-current={current.then_some("page")} class={classes!("tab", current.then_some("current"))}>
                    { label }
                </a>
            </li>
        }
    };
    let (figures, speakers) = match &props.story {
        Some(story) => {
            let conflicts = story.conflicts();
            let figures = if conflicts > 0 { format!("Figures ({conflicts} in dispute)") } else { "Figures".to_string() };
            (figures, format!("Speakers ({})", story.speakers.len()))
        }
        None => ("Figures".to_string(), "Speakers".to_string()),
    };
    html! {
        <header class="header">
            <div class="brand">
                <span class="tool">{ "claimlens" }</span>
                if let Some(story) = &props.story {
                    <p class="story-title">{ story.heading() }</p>
                }
            </div>
            if props.story.is_some() {
                <nav class="tabs" aria-label="Views">
                    <ul>
                        { tab(View::Search, Route::search(""), "Search".to_string()) }
                        { tab(View::Figures, Route::figures(None), figures) }
                        { tab(View::Speakers, Route::speakers(None), speakers) }
                    </ul>
                </nav>
            }
        </header>
    }
}
