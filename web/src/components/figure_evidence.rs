//! The sentence behind one figure, with the figure marked, its outlet, and a link into the
//! article.

use std::rc::Rc;

use claimlens_core::Ref;
use yew::prelude::*;

use crate::components::cite_actions::CiteActions;
use crate::components::marked_text::MarkedText;
use crate::components::StoryRef;
use crate::hooks::use_texts;
use crate::state::route::Route;

#[derive(PartialEq, Properties)]
pub struct FigureEvidenceProps {
    pub story: StoryRef,
    pub figure: Ref,
    pub route: Route,
}

#[component]
pub fn FigureEvidence(props: &FigureEvidenceProps) -> Html {
    use_texts();
    let story = &props.story;
    let Some((article, figure)) = story.figure(&props.figure) else {
        return html! {};
    };
    let sentence = story.sentence(article, figure.start..figure.end);
    let this = (
        figure.start.saturating_sub(sentence.start),
        figure.end.saturating_sub(sentence.start),
    );
    let nodes = Rc::new(story.marked(article, sentence, &[this]));
    let read =
        Route::reader(&props.figure.article, Some(figure.start)).keeping_search(&props.route);
    html! {
        <p class="evidence">
            <span class="outlet">{ story.outlet(article) }</span>
            <span class="sentence"><MarkedText story={story.clone()} {article} {nodes} route={props.route.clone()} /></span>
            <a class="in-context" href={read.to_hash()}>{ "Read in the article" }</a>
            <CiteActions story={story.clone()} {article} start={figure.start} end={figure.end} />
        </p>
    }
}
