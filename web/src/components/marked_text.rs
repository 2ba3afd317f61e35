//! Renders marked text: quotes coloured and labelled with their speaker, figures as chips
//! linking to their claim, matched words as `<mark>`.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::StoryRef;
use crate::state::marks::{MarkKind, Node};
use crate::state::route::Route;
use crate::state::story::SPEAKER_COLOURS;

#[derive(PartialEq, Properties)]
pub struct MarkedTextProps {
    pub story: StoryRef,
    /// The article the text comes from (quote and figure indexes are its).
    pub article: usize,
    pub nodes: Rc<Vec<Node>>,
    /// The route to keep the search of, in links to claims.
    pub route: Route,
}

#[component]
pub fn MarkedText(props: &MarkedTextProps) -> Html {
    render(&props.nodes, props)
}

fn render(nodes: &[Node], props: &MarkedTextProps) -> Html {
    nodes.iter().map(|node| render_node(node, props)).collect()
}

fn render_node(node: &Node, props: &MarkedTextProps) -> Html {
    let article = &props.story.analysis.articles[props.article];
    match node {
        Node::Text(text) => html! { { text.clone() } },
        Node::Marked {
            kind: MarkKind::Hit,
            children,
        } => html! { <mark>{ render(children, props) }</mark> },
        Node::Marked {
            kind: MarkKind::Quote(i),
            children,
        } => {
            let speaker = article.quotes.get(*i).and_then(|q| q.speaker.clone());
            let colour = speaker.as_deref().and_then(|s| props.story.colour(s));
            let class = classes!("quote", speaker_class(colour));
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
            html! { <span {class} dir="auto">{ label }<q>{ render(children, props) }</q></span> }
        }
        Node::Marked {
            kind: MarkKind::Figure(i),
            children,
        } => {
            let figure = article.figures.get(*i);
            match figure.and_then(|f| f.claim.as_deref().map(|c| (f, c))) {
                Some((figure, claim)) => {
                    let title = format!("{}: see who gives which figure", figure.counts);
                    html! {
                        <a class="figure" href={Route::figures(Some(claim)).keeping_search(&props.route).to_hash()} {title}>{ render(children, props) }</a>
                    }
                }
                None => html! { <span class="figure lone">{ render(children, props) }</span> },
            }
        }
    }
}

/// The colour class of a speaker (`speaker-0` …), or none.
pub fn speaker_class(colour: Option<usize>) -> Option<String> {
    colour.map(|c| format!("speaker-{}", c % SPEAKER_COLOURS))
}
