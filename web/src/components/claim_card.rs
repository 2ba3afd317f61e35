//! One claim: its values side by side, each with who asserts it and where, and the sentences
//! behind them one click away. Its own page orders the values by when they were first reported,
//! with who reported each first and a small timeline.
//!
//! A large story's claim can rest on thousands of figures (10,000 articles gave 76,000 for 169
//! claims, one of them with 1,027 values): the figures view shows a claim's best-supported values
//! and its page a hundred at a time, and the sentences are made only for a source that is open,
//! a few at a time. Showing everything built some 450,000 elements and took the tab past 500 MiB.

use claimlens_core::{sort, ClaimValue};
use web_sys::HtmlDetailsElement;
use yew::prelude::*;

use crate::components::download_button::DownloadButton;
use crate::components::figure_evidence::FigureEvidence;
use crate::components::timeline::{Timeline, TimelineRow};
use crate::components::{and_list, plural, StoryRef};
use crate::hooks::use_part;
use crate::hooks::use_view_focus::HEADING_ID;
use crate::state::export::Download;
use crate::state::route::{ItemKind, Route};
use crate::state::story::Source;
use crate::state::timeline::{trace, First};

#[derive(PartialEq, Properties)]
pub struct ClaimCardProps {
    pub story: StoryRef,
    /// Index into the analysis's claims.
    pub index: usize,
    pub route: Route,
    /// The claim's own page: its heading is the view's, every value and source is listed (values
    /// a hundred at a time), and the sources are open when there are few.
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
    let part = use_part(VALUES_ON_PAGE, VALUES_ON_PAGE);
    // The claim's page orders its values by when they were first reported; the list shows the
    // best-supported values first when not all fit.
    let traced = if props.expanded {
        trace(story, claim)
    } else {
        Vec::new()
    };
    let mut values: Vec<(&ClaimValue, Option<&First>)> = if props.expanded {
        traced.iter().map(|t| (t.value, t.first.as_ref())).collect()
    } else {
        claim.values.iter().map(|v| (v, None)).collect()
    };
    let cap = if props.expanded {
        // A permalink's figure is shown even past the values on the page so far.
        let marked = props.route.item.as_ref().and_then(|item| {
            values.iter().position(|(v, _)| {
                v.figures
                    .iter()
                    .any(|r| item.is(ItemKind::Figure, &r.article, r.index))
            })
        });
        part.shown.max(marked.map_or(0, |at| at + 1))
    } else {
        VALUES_IN_LIST
    };
    if !props.expanded && values.len() > cap {
        sort::sort_by_key(&mut values, |(v, _)| std::cmp::Reverse(v.figures.len()));
    }
    values.truncate(cap);
    let hidden = claim.values.len() - values.len();
    let sources: Vec<Vec<Source>> = values.iter().map(|(v, _)| story.sources(v)).collect();
    // On the claim's page the sentences are open, unless there are too many to read that way.
    let open = props.expanded && sources.iter().map(Vec::len).sum::<usize>() <= OPEN_SOURCES;
    let timeline: Vec<TimelineRow> = traced.iter().map(TimelineRow::of).collect();
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
            if props.expanded {
                <p class="explanation">{ claim.explanation.clone() }</p>
                <Timeline rows={timeline} />
            }
            <ul class="values" aria-label={format!("Values given for {}", claim.label)}>
                { for values.iter().zip(sources).map(|((value, first), sources)| {
                    let cut = if props.expanded { sources.len() } else { SOURCES_IN_LIST };
                    let unshown = sources.len().saturating_sub(cut);
                    html! {
                        <li class="value">
                            <p class="value-label">{ value.label.clone() }</p>
                            if let Some((date, outlets)) = first {
                                <p class="first-report">{ format!("First reported by {}, {}", and_list(outlets), claimlens_export::readable_date(date)) }</p>
                            }
                            <ul class="sources">
                                { for sources.into_iter().take(cut).map(|source| html! {
                                    <SourceItem story={props.story.clone()} source={source} route={props.route.clone()} {open} />
                                }) }
                                if unshown > 0 {
                                    <li class="source"><a href={link.to_hash()}>{ format!("{} more on the claim's page", plural(unshown, "source", "sources")) }</a></li>
                                }
                            </ul>
                        </li>
                    }
                }) }
            </ul>
            if props.expanded {
                { part.button(claim.values.len(), "values", "more-results") }
            } else if hidden > 0 {
                <p class="claim-more"><a href={link.to_hash()}>{ format!("{} more values on the claim's page", hidden) }</a></p>
            }
            if props.expanded {
                <DownloadButton story={story.clone()} what={Download::Figures(Some(claim.id.clone()))} holds="the figures of this claim" />
                <p class="claim-more"><a href={search.to_hash()}>{ format!("Search the coverage for “{}”", claim.label) }</a></p>
            }
        </article>
    }
}

/// Values a claim shows in the figures view, and on its own page at first and per click.
const VALUES_IN_LIST: usize = 6;
const VALUES_ON_PAGE: usize = 100;
/// Sources a value shows in the figures view.
const SOURCES_IN_LIST: usize = 3;
/// The most sources a claim's page opens at once.
const OPEN_SOURCES: usize = 12;

/// How many sentences an open source shows at first, and how many more each click adds.
const FIRST_SENTENCES: usize = 10;
const MORE_SENTENCES: usize = 50;

#[derive(PartialEq, Properties)]
struct SourceItemProps {
    story: StoryRef,
    source: Source,
    route: Route,
    /// Open from the start (the claim's own page).
    open: bool,
}

/// One holder of a value, its sentences behind a disclosure, each sentence once (the parts of
/// a sum are two figures of one sentence). The figure a permalink points at is shown, its
/// disclosure open.
#[component]
fn SourceItem(props: &SourceItemProps) -> Html {
    let source = &props.source;
    let marked = props.route.item.as_ref().and_then(|item| {
        (item.kind == ItemKind::Figure)
            .then(|| {
                source
                    .figures
                    .iter()
                    .position(|r| r.article == item.article && r.index == item.index)
            })
            .flatten()
    });
    let open = use_state_eq(|| props.open || marked.is_some());
    {
        // Another permalink into this claim, followed from its page, opens its source too.
        let open = open.clone();
        use_effect_with(marked, move |marked| {
            if marked.is_some() {
                open.set(true);
            }
        });
    }
    let part = use_part(FIRST_SENTENCES, MORE_SENTENCES);
    let who = match &source.holder {
        None => {
            html! { <><span class="holder">{ "Reported" }</span>{ format!(" by {}", and_list(&source.outlets)) }</> }
        }
        Some(_) => {
            html! { <><span class="holder">{ source.label.clone() }</span>{ format!(", cited by {}", and_list(&source.outlets)) }</> }
        }
    };
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(e.target_unchecked_into::<HtmlDetailsElement>().open())
        })
    };
    let shown = part.shown.max(marked.map_or(0, |at| at + 1));
    let sentences = if *open {
        props
            .story
            .by_sentence(&source.figures[..shown.min(source.figures.len())])
    } else {
        Vec::new()
    };
    html! {
        <li class="source">
            <details open={*open} {ontoggle}>
                <summary>
                    { who }
                    <span class="muted">{ format!(" ({})", plural(source.figures.len(), "mention", "mentions")) }</span>
                </summary>
                if *open {
                    <ul class="evidence-list">
                        { for sentences.into_iter().map(|figures| html! {
                            <li><FigureEvidence story={props.story.clone()} {figures} route={props.route.clone()} /></li>
                        }) }
                    </ul>
                    { part.button(source.figures.len(), "sentences", "facet-more") }
                }
            </details>
        </li>
    }
}
