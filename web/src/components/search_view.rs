//! The search view: the box, what the engine is doing, the facets and the passages, or the
//! story's overview before anything is typed.

use yew::prelude::*;

use crate::components::facets::Facets;
use crate::components::passage::Passage;
use crate::components::search_box::SearchBox;
use crate::components::start_panel::StartPanel;
use crate::components::{plural, ById, StoryRef};
use crate::hooks::use_view_focus::HEADING_ID;
use crate::protocol::Results;
use crate::state::app::{EngineState, SearchState};
use crate::state::route::Route;

#[derive(PartialEq, Properties)]
pub struct SearchViewProps {
    pub story: StoryRef,
    pub route: Route,
    pub search: SearchState,
    pub engine: EngineState,
    pub on_type: Callback<String>,
}

#[component]
pub fn SearchView(props: &SearchViewProps) -> Html {
    let route = &props.route;
    let engine_query = route.engine_query();
    let shown = props.search.shown.as_ref().filter(|_| route.has_search());
    let current = shown.is_some_and(|(_, q, _)| *q == engine_query);
    let late = use_late(current);
    // The answer whose passages are all on screen, after "show more"; a new answer shows its
    // first few again.
    let all_of = use_state_eq(|| None::<u64>);
    let shown_id = shown.map(|(id, _, _)| *id);
    let visible = if shown_id.is_some() && *all_of == shown_id {
        usize::MAX
    } else {
        FIRST_SHOWN
    };
    let status = match (&props.engine, shown) {
        _ if !route.has_search() => String::new(),
        (EngineState::Failed(message), _) => format!("Search is unavailable: {message}. The figures, speakers and articles can still be read."),
        (EngineState::Starting, _) => "The search engine is starting…".to_string(),
        (EngineState::Ready, Some((_, _, results))) if current || !late => summary(results, visible),
        // Said only once the answer is late: a keystroke changes nothing but the box.
        (EngineState::Ready, _) if late => "Searching…".to_string(),
        (EngineState::Ready, _) => String::new(),
    };
    let filters = active_filters(&props.story, route);
    // The passages and facets on screen belong to the search that found them, links included:
    // the route they are drawn with changes only when other results arrive. While the reader
    // types, the route changes with every keystroke but their properties stay equal, so Yew
    // leaves them alone; redrawing 20 passages and every facet per keystroke kept the page's
    // thread from the worker's answer for tens of milliseconds (issue 4).
    let results_route = use_memo(shown.map(|(id, _, _)| *id), {
        let route = route.clone();
        move |_| route.clone()
    });
    html! {
        <section class="view search-view" aria-labelledby={HEADING_ID}>
            <h1 id={HEADING_ID} tabindex="-1" class="visually-hidden">{ "Search" }</h1>
            <SearchBox value={route.query.clone()} on_input={props.on_type.clone()} tips={props.story.tips.clone()} />
            { filters }
            <p class={classes!("status", status.is_empty().then_some("empty"))} role="status" aria-live="polite">{ status }</p>
            // The overview stays until the first answer of a search replaces it.
            if let Some((_, _, results)) = shown {
                <div class={classes!("results-layout", (!current && late).then_some("stale"))} aria-busy={(!current && late).then_some("true")}>
                    <div class="results-column">
                        { results_list(props, results, &results_route, visible) }
                        if results.hits.len() > visible {
                            <button type="button" class="more-results" onclick={
                                let all_of = all_of.clone();
                                move |_| all_of.set(shown_id)
                            }>{ format!("Show {} more", results.hits.len() - visible) }</button>
                        }
                    </div>
                    <Facets story={props.story.clone()} results={ById(results.clone())} route={(*results_route).clone()} />
                </div>
            } else {
                <StartPanel story={props.story.clone()} />
            }
        </section>
    }
}

/// How long an answer may take before the results on screen are marked as out of date.
const LATE_MS: u32 = 200;

/// True once the results on screen have been out of date for [`LATE_MS`]. Until then a keystroke
/// changes nothing on the page but the box: the status and the results keep their look, so the
/// keystroke's frame paints only the box and the answer, usually a few milliseconds away, is not
/// held up behind a repaint of the results (issue 4). No flicker while typing, either.
#[hook]
fn use_late(current: bool) -> bool {
    let late = use_state_eq(|| false);
    {
        let late = late.clone();
        use_effect_with(current, move |current| {
            let timer = (!current).then(|| {
                let late = late.clone();
                gloo_timers::callback::Timeout::new(LATE_MS, move || late.set(true))
            });
            if *current {
                late.set(false);
            }
            move || drop(timer)
        });
    }
    *late
}

/// How many passages an answer shows before "show more": a screen's worth and some. Drawing
/// all 20 for every keystroke's answer was most of the page's work while a reader typed (issue 4).
const FIRST_SHOWN: usize = 10;

fn summary(results: &Results, visible: usize) -> String {
    let mut out = match (results.total, results.hits.len().min(visible)) {
        (0, _) => "No passages match.".to_string(),
        (total, shown) if results.partial => format!(
            "No passage holds every word; {} some of them{}.",
            plural(total, "passage holds", "passages hold"),
            if shown < total {
                format!(", the best {shown} shown")
            } else {
                String::new()
            }
        ),
        (total, shown) if shown < total => format!(
            "{}, the best {shown} shown.",
            plural(total, "passage matches", "passages match")
        ),
        (total, _) => format!("{}.", plural(total, "passage matches", "passages match")),
    };
    if !results.query.ignored.is_empty() {
        out.push_str(&format!(
            " Left out, not understood: {}.",
            results.query.ignored.join(", ")
        ));
    }
    out
}

fn results_list(props: &SearchViewProps, results: &Results, route: &Route, visible: usize) -> Html {
    if results.hits.is_empty() {
        let suggestions = results.suggestions.iter().map(|s| {
            html! { <li><a href={Route { query: s.clone(), ..route.to_search() }.to_hash()}>{ s.clone() }</a></li> }
        });
        return html! {
            <div class="no-results">
                <p>{ format!("Nothing in the coverage matches “{}”.", route.query.trim()) }</p>
                if !results.suggestions.is_empty() {
                    <p id="claimlens-suggestions">{ "Try instead:" }</p>
                    <ul class="suggestions" aria-labelledby="claimlens-suggestions">{ for suggestions }</ul>
                }
                <p class="hint">{ "Names match in any spelling and one typo is forgiven in longer words; fewer words or no filters find more." }</p>
            </div>
        };
    }
    html! {
        <ol class="results" aria-label="Matching passages">
            { for results.hits.iter().take(visible).map(|hit| html! {
                <li key={hit.passage}>
                    <Passage story={props.story.clone()} hit={hit.clone()} route={route.clone()} />
                </li>
            }) }
        </ol>
    }
}

/// The chosen facets, each with a link that removes it.
fn active_filters(story: &StoryRef, route: &Route) -> Html {
    let mut chips = Vec::new();
    if let Some(outlet) = &route.outlet {
        let without = Route {
            outlet: None,
            ..route.to_search()
        };
        let label = story
            .article_index(outlet)
            .map_or_else(|| outlet.clone(), |i| story.outlet(i));
        chips.push((format!("Outlet: {label}"), without));
    }
    if let Some(speaker) = &route.speaker_filter {
        let without = Route {
            speaker_filter: None,
            ..route.to_search()
        };
        chips.push((format!("Quoting: {}", story.name(speaker)), without));
    }
    if let Some(date) = &route.date {
        let without = Route {
            date: None,
            ..route.to_search()
        };
        chips.push((format!("Dated: {date}"), without));
    }
    if chips.is_empty() {
        return html! {};
    }
    html! {
        <ul class="active-filters" aria-label="Filters">
            { for chips.into_iter().map(|(label, without)| html! {
                <li class="filter-chip">
                    <span>{ label.clone() }</span>
                    <a href={without.to_hash()} aria-label={format!("Remove the filter {label}")}>{ "×" }</a>
                </li>
            }) }
        </ul>
    }
}
