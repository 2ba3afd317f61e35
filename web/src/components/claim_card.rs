//! One claim: its values side by side, each with who asserts it and where, and the sentences
//! behind them one click away.

use yew::prelude::*;

use crate::components::figure_evidence::FigureEvidence;
use crate::components::{and_list, plural, StoryRef};
use crate::hooks::use_view_focus::HEADING_ID;
use crate::state::route::Route;
use crate::state::story::Source;

#[derive(PartialEq, Properties)]
pub struct ClaimCardProps {
    pub story: StoryRef,
    /// Index into the analysis's claims.
    pub index: usize,
    pub route: Route,
    /// The claim's own page: its heading is the view's, and its sources are open.
    pub expanded: bool,
}

#[component]
pub fn ClaimCard(props: &ClaimCardProps) -> Html {
    let story = &props.story;
    let claim = &story.analysis.claims[props.index];
    let heading_id = if props.expanded {
        HEADING_ID.to_string()
    } else {
        format!("claimlens-claim-{}", claim.id)
    };
    let link = Route::figures(Some(&claim.id)).keeping_search(&props.route);
    let title = if props.expanded {
        html! { <h1 id={heading_id.clone()} tabindex="-1">{ claim.label.clone() }</h1> }
    } else {
        html! { <h2 id={heading_id.clone()}><a href={link.to_hash()}>{ claim.label.clone() }</a></h2> }
    };
    let search = Route::search(&claim.label);
    html! {
        <article class={classes!("claim", claim.conflict.then_some("conflict"))} aria-labelledby={heading_id}>
            <header class="claim-header">
                { title }
                if claim.conflict {
                    <span class="badge dispute">{ "Figures disagree" }</span>
                } else if claim.values.len() == 1 {
                    <span class="badge agree">{ "Consistent" }</span>
                }
            </header>
            <ul class="values" aria-label={format!("Values given for {}", claim.label)}>
                { for claim.values.iter().map(|value| html! {
                    <li class="value">
                        <p class="value-label">{ value.label.clone() }</p>
                        <ul class="sources">
                            { for story.sources(value).iter().map(|source| source_item(props, source)) }
                        </ul>
                    </li>
                }) }
            </ul>
            if props.expanded {
                <p class="claim-more"><a href={search.to_hash()}>{ format!("Search the coverage for “{}”", claim.label) }</a></p>
            }
        </article>
    }
}

fn source_item(props: &ClaimCardProps, source: &Source) -> Html {
    let who = match &source.holder {
        None => {
            html! { <><span class="holder">{ "Reported" }</span>{ format!(" by {}", and_list(&source.outlets)) }</> }
        }
        Some(_) => {
            html! { <><span class="holder">{ source.label.clone() }</span>{ format!(", cited by {}", and_list(&source.outlets)) }</> }
        }
    };
    html! {
        <li class="source">
            <details open={props.expanded}>
                <summary>
                    { who }
                    <span class="muted">{ format!(" ({})", plural(source.figures.len(), "mention", "mentions")) }</span>
                </summary>
                <ul class="evidence-list">
                    { for source.figures.iter().map(|figure| html! {
                        <li><FigureEvidence story={props.story.clone()} figure={figure.clone()} route={props.route.clone()} /></li>
                    }) }
                </ul>
            </details>
        </li>
    }
}
