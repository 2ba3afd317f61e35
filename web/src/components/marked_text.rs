//! Renders marked text: quotes coloured and labelled with their speaker, figures as chips
//! linking to their claim (the figure marked there), matched words as `<mark>`; in running text,
//! a quote's and a figure's citation and a quote's permalink after it; the route's item marked.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::cite_actions::CiteActions;
use crate::components::StoryRef;
use crate::state::marks::{MarkKind, Node};
use crate::state::route::{ItemKind, Route};
use crate::state::story::SPEAKER_COLOURS;

#[derive(PartialEq, Properties)]
pub struct MarkedTextProps {
    pub story: StoryRef,
    /// The article the text comes from (quote and figure indexes are its).
    pub article: usize,
    pub nodes: Rc<Vec<Node>>,
    /// The route to keep the search of, in links to claims; its item, if in this article, is
    /// marked as selected.
    pub route: Route,
    /// Running text (the reader, a search result): each quote and figure has its "Cite" and
    /// each quote its permalink.
    #[prop_or_default]
    pub actions: bool,
}

#[component]
pub fn MarkedText(props: &MarkedTextProps) -> Html {
    render(&props.nodes, props, false)
}

/// `quoted`: inside a quotation, whose own "Cite" covers its sentence; a figure there has no
/// actions of its own, which would break up the quoted words.
fn render(nodes: &[Node], props: &MarkedTextProps, quoted: bool) -> Html {
    nodes
        .iter()
        .map(|node| render_node(node, props, quoted))
        .collect()
}

/// Whether the route marks the `index`-th quote or figure of this text's article.
fn is_selected(props: &MarkedTextProps, kind: ItemKind, index: usize) -> bool {
    let article = &props.story.analysis.articles[props.article];
    props
        .route
        .item
        .as_ref()
        .is_some_and(|item| item.is(kind, &article.id, index))
}

/// The compact "Cite" (and a quote's "Link") after an item in running text.
fn actions(
    props: &MarkedTextProps,
    kind: ItemKind,
    span: (usize, usize),
    permalink: Option<Route>,
) -> Html {
    if !props.actions {
        return html! {};
    }
    html! {
        <CiteActions story={props.story.clone()} article={props.article} start={span.0} end={span.1} {kind} {permalink} compact=true />
    }
}

fn render_node(node: &Node, props: &MarkedTextProps, quoted: bool) -> Html {
    let article = &props.story.analysis.articles[props.article];
    match node {
        Node::Text(text) => html! { { text.clone() } },
        Node::Marked {
            kind: MarkKind::Hit,
            children,
        } => html! { <mark>{ render(children, props, quoted) }</mark> },
        Node::Marked {
            kind: MarkKind::Quote(i),
            children,
        } => {
            let quote = article.quotes.get(*i);
            let speaker = quote.and_then(|q| q.speaker.clone());
            let colour = speaker.as_deref().and_then(|s| props.story.colour(s));
            let selected = is_selected(props, ItemKind::Quote, *i);
            let class = classes!(
                "quote",
                speaker_class(colour),
                selected.then_some("selected")
            );
            let cite = quote.map_or_else(Html::default, |q| {
                let permalink = Route::quote_in_article(&article.id, *i);
                actions(props, ItemKind::Quote, (q.start, q.end), Some(permalink))
            });
            let label = match &speaker {
                Some(id) => html! {
                    <a class={classes!("who", speaker_class(colour))} href={Route::speakers(Some(id)).keeping_search(&props.route).to_hash()}>
                        { props.story.name(id) }
                        <span class="visually-hidden">{ ": " }</span>
                    </a>
                },
                None => {
                    html! { <span class="who unknown">{ "unattributed" }<span class="visually-hidden">{ ": " }</span></span> }
                }
            };
            // dir="auto" isolates the quotation (bidi isolation, as <bdi> does): a direction
            // override left open in the article's text before it cannot turn its words around,
            // nor one inside it the attribution after it (issue 7).
            html! { <span {class} dir="auto">{ label }<q>{ render(children, props, true) }</q>{ cite }</span> }
        }
        Node::Marked {
            kind: MarkKind::Figure(i),
            children,
        } => {
            let figure = article.figures.get(*i);
            let selected = is_selected(props, ItemKind::Figure, *i).then_some("selected");
            // A figure's permalink is its chip (the claim's page with the figure marked), so
            // running text gives it only "Cite": a paragraph can hold many figures. A figure of
            // no claim is marked in the reader.
            let cite = figure.filter(|_| !quoted).map_or_else(Html::default, |f| {
                let permalink = f
                    .claim
                    .is_none()
                    .then(|| Route::figure_permalink(None, &article.id, *i));
                actions(props, ItemKind::Figure, (f.start, f.end), permalink)
            });
            match figure.and_then(|f| f.claim.as_deref().map(|c| (f, c))) {
                Some((figure, claim)) => {
                    let title = format!("{}: see who gives which figure", figure.counts);
                    let href = Route::figure_permalink(Some(claim), &article.id, *i)
                        .keeping_search(&props.route)
                        .to_hash();
                    html! {
                        <><a class={classes!("figure", selected)} {href} {title}>{ render(children, props, quoted) }</a>{ cite }</>
                    }
                }
                None => {
                    html! { <><span class={classes!("figure", "lone", selected)}>{ render(children, props, quoted) }</span>{ cite }</> }
                }
            }
        }
    }
}

/// The colour class of a speaker (`speaker-0` …), or none.
pub fn speaker_class(colour: Option<usize>) -> Option<String> {
    colour.map(|c| format!("speaker-{}", c % SPEAKER_COLOURS))
}
