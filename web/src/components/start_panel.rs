//! The overview before anything is searched: what the story holds, where the outlets disagree,
//! who is quoted most, and searches to start from.

use claimlens_core::sort;
use yew::prelude::*;

use crate::components::{plural, StoryRef};
use crate::state::route::Route;

#[derive(PartialEq, Properties)]
pub struct StartPanelProps {
    pub story: StoryRef,
}

#[component]
pub fn StartPanel(props: &StartPanelProps) -> Html {
    let story = &props.story;
    let a = &story.analysis;
    let mut outlets: Vec<String> = (0..a.articles.len()).map(|i| story.outlet(i)).collect();
    sort::sort_dedup(&mut outlets);
    let conflicts = story
        .claims
        .iter()
        .map(|&i| &a.claims[i])
        .filter(|c| c.conflict)
        .take(5);
    let speakers = story.speakers.iter().take(6);
    html! {
        <div class="start">
            <p class="lede">
                { format!("{} from {}, with {} and {} that the analysis grouped into {}.",
                    plural(a.articles.len(), "article", "articles"),
                    plural(outlets.len(), "outlet", "outlets"),
                    plural(story.quote_count(), "quotation", "quotations"),
                    plural(a.articles.iter().map(|x| x.figures.len()).sum(), "figure", "figures"),
                    plural(a.claims.len(), "claim", "claims")) }
            </p>
            <div class="start-columns">
                if story.conflicts() > 0 {
                    <section aria-labelledby="claimlens-start-conflicts">
                        <h2 id="claimlens-start-conflicts">{ "Where the figures disagree" }</h2>
                        <ul class="link-list">
                            { for conflicts.map(|c| html! {
                                <li key={c.id.clone()}>
                                    <a href={Route::figures(Some(&c.id)).to_hash()}>{ c.label.clone() }</a>
                                    <span class="muted">{ format!(": {}", c.values.iter().map(|v| v.label.clone()).collect::<Vec<_>>().join(" vs ")) }</span>
                                </li>
                            }) }
                        </ul>
                    </section>
                }
                <section aria-labelledby="claimlens-start-speakers">
                    <h2 id="claimlens-start-speakers">{ "Quoted most" }</h2>
                    <ul class="link-list">
                        { for speakers.map(|s| {
                            let e = &a.entities[s.entity];
                            html! {
                                <li key={e.id.clone()}>
                                    <a href={Route::speakers(Some(&e.id)).to_hash()}>{ e.name.clone() }</a>
                                    <span class="muted">{ format!(": {}", plural(s.quotes, "quote", "quotes")) }</span>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            </div>
            // Issue 18: the reader's own articles, analysed in this browser.
            <p class="open-own"><a href="#/open">{ "Open your own articles" }</a>
                <span class="muted">{ ": analysed in this browser, nothing sent anywhere" }</span></p>
        </div>
    }
}
