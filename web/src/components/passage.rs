//! One search result: a passage with its matches, quotes and figures marked (each with its
//! citation and permalink), and where it is from.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::marked_text::MarkedText;
use crate::components::StoryRef;
use crate::protocol::Hit;
use crate::state::route::Route;

#[derive(PartialEq, Properties)]
pub struct PassageProps {
    pub story: StoryRef,
    pub hit: Hit,
    pub route: Route,
}

#[component]
pub fn Passage(props: &PassageProps) -> Html {
    let story = &props.story;
    let hit = &props.hit;
    let Some(article) = story.article_index(&hit.article) else {
        return html! {};
    };
    let a = &story.analysis.articles[article];
    let highlights: Vec<(usize, usize)> = hit.highlights.iter().map(|s| (s.start, s.end)).collect();
    let nodes = Rc::new(story.marked(article, hit.start..hit.end, &highlights));
    let title = a.title.clone().unwrap_or_else(|| "Untitled article".into());
    let read = Route::reader(&hit.article, Some(hit.start)).keeping_search(&props.route);
    html! {
        <article class="passage">
            <header class="passage-source">
                <span class="outlet">{ story.outlet(article) }</span>
                if let Some(date) = a.date.clone() {
                    <span class="date">{ claimlens_export::readable_date(&date) }</span>
                }
                <a class="article-link" href={read.to_hash()}>{ title }</a>
            </header>
            <p class="passage-text">
                <MarkedText story={story.clone()} {article} {nodes} route={props.route.clone()} actions=true />
            </p>
        </article>
    }
}
