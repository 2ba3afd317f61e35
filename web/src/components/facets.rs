//! The facets beside the results: outlets and speakers with how many passages each has; a
//! click narrows the search to one, another click widens it again.

use yew::prelude::*;

use crate::components::StoryRef;
use crate::protocol::FacetCount;
use crate::state::route::Route;

#[derive(PartialEq, Properties)]
pub struct FacetsProps {
    pub story: StoryRef,
    pub outlets: Vec<FacetCount>,
    pub speakers: Vec<FacetCount>,
    pub route: Route,
}

#[component]
pub fn Facets(props: &FacetsProps) -> Html {
    let route = &props.route;
    let group = |title: &str, id: &str, items: &[FacetCount], is_outlet: bool| {
        if items.is_empty() {
            return html! {};
        }
        let entries = items.iter().map(|facet| {
            let chosen = if is_outlet { route.outlet.as_deref() } else { route.speaker_filter.as_deref() } == Some(facet.key.as_str());
            let mut target = route.to_search();
            let value = (!chosen).then(|| facet.key.clone());
            if is_outlet {
                target.outlet = value;
            } else {
                target.speaker_filter = value;
            }
            let action = if chosen { "show all, not only" } else { "only" };
            html! {
                <li key={facet.key.clone()}>
                    <a href={target.to_hash()} class={classes!("facet", chosen.then_some("chosen"))} aria-current={chosen.then_some("true")}>
                        <span class="visually-hidden">{ format!("{action} ") }</span>
                        <span class="facet-label">{ if is_outlet { outlet_label(&props.story, facet) } else { facet.label.clone() } }</span>
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
            { group("Outlets", "claimlens-facet-outlets", &props.outlets, true) }
            { group("Speakers quoted", "claimlens-facet-speakers", &props.speakers, false) }
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
