//! The facets beside the results: outlets, speakers and dates with how many passages each has;
//! a click narrows the search to one, another click widens it again. Each group shows its
//! busiest few and a button for the rest: the engine sends up to 30 of each, and drawing all of
//! them for every answer was most of the page's work while a reader typed (issue 4).

use claimlens_core::sort;
use yew::prelude::*;

use crate::components::{ResultsRef, StoryRef};
use crate::protocol::FacetCount;
use crate::state::route::Route;

/// How many entries a group shows before its "all" button is pressed.
pub const SHOWN: usize = 6;

/// Which filter a facet group sets.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Outlet,
    Speaker,
    Date,
}

#[derive(PartialEq, Properties)]
pub struct FacetsProps {
    pub story: StoryRef,
    /// The answer whose counts these are.
    pub results: ResultsRef,
    pub route: Route,
}

#[component]
pub fn Facets(props: &FacetsProps) -> Html {
    let route = &props.route;
    let results = &props.results;
    html! {
        <aside class="facets" aria-label="Narrow the results">
            <FacetGroup story={props.story.clone()} title="Outlets" id="claimlens-facet-outlets" items={results.clone()} kind={Kind::Outlet} route={route.clone()} />
            <FacetGroup story={props.story.clone()} title="Speakers quoted" id="claimlens-facet-speakers" items={results.clone()} kind={Kind::Speaker} route={route.clone()} />
            <FacetGroup story={props.story.clone()} title="Dates" id="claimlens-facet-dates" items={results.clone()} kind={Kind::Date} route={route.clone()} />
        </aside>
    }
}

#[derive(PartialEq, Properties)]
struct FacetGroupProps {
    story: StoryRef,
    title: AttrValue,
    id: AttrValue,
    /// The answer; the group shows its `kind` of counts.
    items: ResultsRef,
    kind: Kind,
    route: Route,
}

/// One group of facets: its busiest [`SHOWN`] (and a chosen one, wherever it ranks), or all of
/// them once asked. Dates stay in date order either way.
#[component]
fn FacetGroup(props: &FacetGroupProps) -> Html {
    let expanded = use_state_eq(|| false);
    let route = &props.route;
    let kind = props.kind;
    let (items, current) = match kind {
        Kind::Outlet => (&props.items.outlets, &route.outlet),
        Kind::Speaker => (&props.items.speakers, &route.speaker_filter),
        Kind::Date => (&props.items.dates, &route.date),
    };
    if items.is_empty() {
        return html! {};
    }
    let is_chosen = |facet: &FacetCount| current.as_deref() == Some(facet.key.as_str());
    let shown = shown(items, kind == Kind::Date, *expanded, is_chosen);
    let hidden = items.len() - shown.len();
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let list_id = format!("{}-list", props.id);
    let entries = shown.into_iter().map(|facet| {
            let chosen = is_chosen(facet);
            let mut target = route.to_search();
            let value = (!chosen).then(|| facet.key.clone());
            match kind {
                Kind::Outlet => target.outlet = value,
                Kind::Speaker => target.speaker_filter = value,
                Kind::Date => target.date = value,
            }
            let action = if chosen { "show all, not only" } else { "only" };
            let label = match kind {
                Kind::Outlet => outlet_label(&props.story, facet),
                Kind::Speaker | Kind::Date => facet.label.clone(),
            };
            html! {
                <li key={facet.key.clone()}>
                    <a href={target.to_hash()} class={classes!("facet", chosen.then_some("chosen"))} aria-current={chosen.then_some("true")}>
                        <span class="visually-hidden">{ format!("{action} ") }</span>
                        <span class="facet-label">{ label }</span>
                        <span class="count">{ facet.count }<span class="visually-hidden">{ if facet.count == 1 { " passage" } else { " passages" } }</span></span>
                    </a>
                </li>
            }
        });
    let more = match (hidden, *expanded) {
        (0, false) => None,
        (_, true) => Some("Show fewer".to_string()),
        (n, false) => Some(format!("Show {n} more")),
    };
    // Last in the list (keyed like the entries), so that on a phone it scrolls with the chips.
    let more = more.map(|label| {
        html! {
            <li key="claimlens-more" class="facet-more-item">
                <button type="button" class="facet-more" aria-controls={list_id.clone()} aria-expanded={expanded.to_string()} onclick={toggle}>{ label }</button>
            </li>
        }
    });
    html! {
        <section class="facet-group" aria-labelledby={props.id.clone()}>
            <h2 id={props.id.clone()}>{ props.title.clone() }</h2>
            <ul id={list_id}>{ for entries.chain(more) }</ul>
        </section>
    }
}

/// The entries to show: all of them when `expanded`; otherwise the [`SHOWN`] with most
/// passages plus any `chosen` one, in the list's order (the engine sends outlets and speakers
/// busiest first, dates in date order).
fn shown(
    items: &[FacetCount],
    in_date_order: bool,
    expanded: bool,
    chosen: impl Fn(&FacetCount) -> bool,
) -> Vec<&FacetCount> {
    if expanded || items.len() <= SHOWN {
        return items.iter().collect();
    }
    let mut busiest: Vec<usize> = (0..items.len()).collect();
    if in_date_order {
        // Most passages first; the earlier date first among equals.
        busiest = sort::order(items.len(), &mut |a, b| items[b].count.cmp(&items[a].count));
    }
    let mut keep: Vec<usize> = busiest.into_iter().take(SHOWN).collect();
    let chosen_elsewhere = (0..items.len()).find(|&i| chosen(&items[i]) && !keep.contains(&i));
    keep.extend(chosen_elsewhere);
    sort::sort(&mut keep);
    keep.into_iter().map(|i| &items[i]).collect()
}

/// An outlet facet's label. Articles without an outlet are counted under their id: show the
/// label the rest of the explorer gives them instead.
pub fn outlet_label(story: &StoryRef, facet: &FacetCount) -> String {
    story
        .article_index(&facet.key)
        .map_or_else(|| facet.label.clone(), |i| story.outlet(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facet(key: &str, count: usize) -> FacetCount {
        FacetCount {
            key: key.into(),
            label: key.into(),
            count,
        }
    }

    fn keys(list: Vec<&FacetCount>) -> Vec<&str> {
        list.into_iter().map(|f| f.key.as_str()).collect()
    }

    #[test]
    fn a_long_group_shows_its_busiest_and_the_chosen_one() {
        let outlets: Vec<FacetCount> = (0..10).map(|i| facet(&format!("o{i}"), 20 - i)).collect();
        assert_eq!(
            keys(shown(&outlets, false, false, |_| false)),
            ["o0", "o1", "o2", "o3", "o4", "o5"]
        );
        assert_eq!(
            keys(shown(&outlets, false, false, |f| f.key == "o8")),
            ["o0", "o1", "o2", "o3", "o4", "o5", "o8"]
        );
        assert_eq!(shown(&outlets, false, true, |_| false).len(), 10);
    }

    #[test]
    fn dates_keep_date_order_but_the_busiest_are_kept() {
        let counts = [1, 9, 2, 8, 3, 7, 4, 6];
        let dates: Vec<FacetCount> = counts
            .iter()
            .enumerate()
            .map(|(i, &n)| facet(&format!("2025-01-0{}", i + 1), n))
            .collect();
        assert_eq!(
            keys(shown(&dates, true, false, |_| false)),
            [
                "2025-01-02",
                "2025-01-04",
                "2025-01-05",
                "2025-01-06",
                "2025-01-07",
                "2025-01-08"
            ]
        );
    }
}
