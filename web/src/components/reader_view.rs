//! The reader: one article in full, its quotes coloured by speaker and its figures marked, each
//! with its citation and permalink, the one a permalink points at marked and in view, with the
//! way back to the search.

use std::rc::Rc;

use claimlens_core::sort;
use yew::prelude::*;

use crate::components::marked_text::{speaker_class, MarkedText};
use crate::components::missing::Missing;
use crate::components::StoryRef;
use crate::hooks::use_texts;
use crate::hooks::use_view_focus::{HEADING_ID, TARGET_ID};
use crate::state::route::{ItemKind, Route};
use crate::state::story::safe_url;

#[derive(PartialEq, Properties)]
pub struct ReaderViewProps {
    pub story: StoryRef,
    pub route: Route,
}

#[component]
pub fn ReaderView(props: &ReaderViewProps) -> Html {
    use_texts();
    let story = &props.story;
    let route = &props.route;
    let back = route.to_search();
    let back_label = if back.has_search() {
        format!("← Back to the results for “{}”", back.query.trim())
    } else {
        "← Search".to_string()
    };
    let id = route.selected.clone().unwrap_or_default();
    let Some(index) = story.article_index(&id) else {
        return html! { <Missing message={format!("This story has no article “{id}”.")} back={back} back_label="Search" /> };
    };
    let article = &story.analysis.articles[index];
    let paragraphs = claimlens_core::paragraphs(&story.article_text(index));
    // The paragraph to bring into view: the marked quote's or figure's, else the offset's.
    let item_at = route
        .item
        .as_ref()
        .filter(|item| item.article == article.id)
        .and_then(|item| match item.kind {
            ItemKind::Quote => article.quotes.get(item.index).map(|q| q.start),
            ItemKind::Figure => article.figures.get(item.index).map(|f| f.start),
        });
    let target = item_at.or(route.at).and_then(|at| {
        paragraphs
            .iter()
            .position(|p| p.start <= at && at < p.end.max(p.start + 1))
    });
    let mut speakers: Vec<String> = article
        .quotes
        .iter()
        .filter_map(|q| q.speaker.clone())
        .collect();
    sort::sort_dedup(&mut speakers);
    html! {
        <article class="view reader" aria-labelledby={HEADING_ID}>
            <p class="breadcrumb"><a href={back.to_hash()}>{ back_label }</a></p>
            <header class="reader-header">
                <h1 id={HEADING_ID} tabindex="-1">{ article.title.clone().unwrap_or_else(|| "Untitled article".into()) }</h1>
                <p class="meta">
                    <span class="outlet">{ story.outlet(index) }</span>
                    if let Some(date) = &article.date { <span class="date">{ claimlens_export::readable_date(date) }</span> }
                    if let Some(author) = &article.author { <span class="author">{ format!("by {author}") }</span> }
                    if let Some(original) = article.reprint_of.as_deref().and_then(|id| story.article_index(id)) {
                        <a class="reprint" href={Route::reader(&story.analysis.articles[original].id, None).keeping_search(route).to_hash()}>{ format!("Reprint of {}", story.outlet(original)) }</a>
                    }
                    if let Some(url) = article.url.as_deref().and_then(safe_url) {
                        <a href={url.to_string()} rel="noopener noreferrer external">{ "Original article" }</a>
                    }
                </p>
                if !speakers.is_empty() {
                    <ul class="legend" aria-label="Speakers quoted in this article">
                        { for speakers.iter().map(|s| html! {
                            <li><a class={classes!("who", speaker_class(story.colour(s)))} href={Route::speakers(Some(s)).keeping_search(route).to_hash()}>{ story.name(s) }</a></li>
                        }) }
                    </ul>
                }
            </header>
            <div class="article-text">
                if !story.has_texts() {
                    <p class="loading-text">{ "Loading the article’s text…" }</p>
                }
                { for paragraphs.iter().enumerate().map(|(n, range)| {
                    let nodes = Rc::new(story.marked(index, range.clone(), &[]));
                    let is_target = target == Some(n);
                    html! {
                        <p key={n} id={is_target.then_some(TARGET_ID)} tabindex={is_target.then_some("-1")} class={classes!(is_target.then_some("target"))}>
                            <MarkedText story={story.clone()} article={index} {nodes} route={route.clone()} actions=true />
                        </p>
                    }
                }) }
            </div>
        </article>
    }
}
