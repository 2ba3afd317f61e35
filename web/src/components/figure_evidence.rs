//! The sentence behind a figure, with the figure marked (the parts of a sum, one sentence with
//! two figures, shown once with both), its outlet, a link into the article, its citation and
//! its permalink; marked as selected when the route points at it.

use std::rc::Rc;

use claimlens_core::Ref;
use yew::prelude::*;

use crate::components::cite_actions::CiteActions;
use crate::components::marked_text::MarkedText;
use crate::components::StoryRef;
use crate::hooks::use_texts;
use crate::hooks::use_view_focus::TARGET_ID;
use crate::state::route::{ItemKind, Route};

#[derive(PartialEq, Properties)]
pub struct FigureEvidenceProps {
    pub story: StoryRef,
    /// The figures of one sentence (`Story::by_sentence`), the first cited.
    pub figures: Vec<Ref>,
    pub route: Route,
}

#[component]
pub fn FigureEvidence(props: &FigureEvidenceProps) -> Html {
    use_texts();
    let story = &props.story;
    let Some((first, (article, figure))) = props
        .figures
        .iter()
        .find_map(|r| story.figure(r).map(|found| (r, found)))
    else {
        return html! {};
    };
    let sentence = story.sentence(article, figure.start..figure.end);
    let spans: Vec<(usize, usize)> = props
        .figures
        .iter()
        .filter_map(|r| story.figure(r))
        .filter(|(ai, _)| *ai == article)
        .map(|(_, f)| {
            (
                f.start.saturating_sub(sentence.start),
                f.end.saturating_sub(sentence.start),
            )
        })
        .collect();
    let nodes = Rc::new(story.marked(article, sentence, &spans));
    let read = Route::reader(&first.article, Some(figure.start)).keeping_search(&props.route);
    let permalink = Route::figure_permalink(figure.claim.as_deref(), &first.article, first.index);
    let selected = props.route.item.as_ref().is_some_and(|item| {
        props
            .figures
            .iter()
            .any(|r| item.is(ItemKind::Figure, &r.article, r.index))
    });
    if !story.has_texts() {
        // The sentence is cut from the article's text, which arrives after the claim (issue
        // 16): until then its place says so instead of standing empty.
        return html! {
            <p class={classes!("evidence", "loading", selected.then_some("selected"))} id={selected.then_some(TARGET_ID)} tabindex={selected.then_some("-1")} aria-busy="true">
                <span class="outlet">{ story.outlet(article) }</span>
                <span class="sentence-loading">{ "Loading the sentence…" }</span>
            </p>
        };
    }
    html! {
        <p class={classes!("evidence", selected.then_some("selected"))} id={selected.then_some(TARGET_ID)} tabindex={selected.then_some("-1")}>
            <span class="outlet">{ story.outlet(article) }</span>
            <span class="sentence"><MarkedText story={story.clone()} {article} {nodes} route={props.route.clone()} /></span>
            <a class="in-context" href={read.to_hash()}>{ "Read in the article" }</a>
            <CiteActions story={story.clone()} {article} start={figure.start} end={figure.end} kind={ItemKind::Figure} permalink={Some(permalink)} />
        </p>
    }
}
