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
    let tab = |view: View, target: Route, label: &str, count: Option<(usize, String, bool)>| {
        let current = route.view == view || (view == View::Search && route.view == View::Reader);
        html! {
            <li>
                <a href={target.keeping_search(route).to_hash()} aria-current={current.then_some("page")} class={classes!("tab", current.then_some("current"))}>
                    { label }
                    if let Some((n, what, alarm)) = count {
                        <span class={classes!("tab-count", alarm.then_some("alarm"))}>{ n }<span class="visually-hidden">{ format!(" {what}") }</span></span>
                    }
                </a>
            </li>
        }
    };
    let (disputed, speakers) = match &props.story {
        Some(story) => {
            let conflicts = story.conflicts();
            let disputed = (conflicts > 0).then(|| {
                (
                    conflicts,
                    if conflicts == 1 {
                        "claim in dispute".to_string()
                    } else {
                        "claims in dispute".to_string()
                    },
                    true,
                )
            });
            (
                disputed,
                Some((story.speakers.len(), "speakers".to_string(), false)),
            )
        }
        None => (None, None),
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
                        { tab(View::Search, Route::search(""), "Search", None) }
                        { tab(View::Figures, Route::figures(None), "Figures", disputed) }
                        { tab(View::Speakers, Route::speakers(None), "Speakers", speakers) }
                    </ul>
                </nav>
            }
        </header>
    }
}
