//! The facets beside the results: outlets, speakers and dates with how many passages each has;
//! a click narrows the search to one, another click widens it again.

use yew::prelude::*;

use crate::components::StoryRef;
use crate::protocol::FacetCount;
use crate::state::route::Route;

/// Which filter a facet group sets.
#[derive(Clone, Copy)]
enum Kind {
    Outlet,
    Speaker,
    Date,
}

#[derive(PartialEq, Properties)]
pub struct FacetsProps {
    pub story: StoryRef,
    pub outlets: Vec<FacetCount>,
    pub speakers: Vec<FacetCount>,
    pub dates: Vec<FacetCount>,
    pub route: Route,
}

#[component]
pub fn Facets(props: &FacetsProps) -> Html {
    let route = &props.route;
    let group = |title: &str, id: &str, items: &[FacetCount], kind: Kind| {
        if items.is_empty() {
            return html! {};
        }
        let entries = items.iter().map(|facet| {
            let current = match kind {
                Kind::Outlet => &route.outlet,
                Kind::Speaker => &route.speaker_filter,
                Kind::Date => &route.date,
            };
            let chosen = current.as_deref() == Some(facet.key.as_str());
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
        html! {
            <section class="facet-group" aria-labelledby={id.to_string()}>
                <h2 id={id.to_string()}>{ title }</h2>
                <ul>{ for entries }</ul>
            </section>
        }
    };
    html! {
        <aside class="facets" aria-label="Narrow the results">
            { group("Outlets", "claimlens-facet-outlets", &props.outlets, Kind::Outlet) }
            { group("Speakers quoted", "claimlens-facet-speakers", &props.speakers, Kind::Speaker) }
            { group("Dates", "claimlens-facet-dates", &props.dates, Kind::Date) }
        </aside>
    }
}

/// An outlet facet's label. Articles without an outlet are counted under their id: show the
/// label the rest of the explorer gives them instead.
pub fn outlet_label(story: &StoryRef, facet: &FacetCount) -> String {
    story
        .article_index(&facet.key)
        .map_or_else(|| facet.label.clone(), |i| story.outlet(i))
}
