//! Where the article starts: at its headline.
//!
//! The element chosen as the article often leaves its headline out (a `<div class="body">`
//! under a headline block) or holds furniture above it (a section label, a scoreboard, a kicker).
//! So the article is read from its headline to the end of the chosen element, when the headline
//! is found and what lies between is little beside the story.

use std::collections::HashSet;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::Node;

use super::render::{render, Span};

/// The headline, if the page shows one: the `<h1>` whose text is the page's title (`hint`), else
/// the element whose text is the title (`<span class="storyhead">`), else the first `<h1>`.
/// Elements inside dropped boilerplate are not headlines.
pub fn find<'a>(
    body: NodeRef<'a, Node>,
    dropped: &HashSet<NodeId>,
    hint: Option<&str>,
) -> Option<NodeRef<'a, Node>> {
    let kept = |node: &NodeRef<'a, Node>| {
        !node
            .ancestors()
            .chain(std::iter::once(*node))
            .any(|a| dropped.contains(&a.id()))
    };
    let h1s: Vec<NodeRef<'a, Node>> = body
        .descendants()
        .filter(|node| {
            node.value()
                .as_element()
                .is_some_and(|el| el.name() == "h1")
        })
        .filter(kept)
        .collect();
    let hints = hint.map(hints).unwrap_or_default();
    if !hints.is_empty() {
        if let Some(h1) = h1s
            .iter()
            .find(|h1| hints.contains(&normalise(&text_of(**h1))))
        {
            return Some(*h1);
        }
        let shown = body
            .descendants()
            .filter(|node| {
                node.value()
                    .as_text()
                    .is_some_and(|text| hints.contains(&normalise(text)))
            })
            .filter_map(|node| node.parent())
            .find(kept);
        if shown.is_some() {
            return shown;
        }
    }
    h1s.first().copied()
}

/// Separators between a headline and the site's name in a `<title>`.
const TITLE_SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " · "];

/// The title, and each part of it between separators that is long enough to be a headline
/// (`Port Selwyn Courier :: Fishing fleet fights quota cut` names no site the metadata gives).
fn hints(title: &str) -> Vec<String> {
    let mut hints = vec![normalise(title)];
    for separator in TITLE_SEPARATORS {
        hints.extend(
            title
                .split(separator)
                .map(normalise)
                .filter(|part| part.split(' ').count() >= 3),
        );
    }
    hints.retain(|hint| !hint.is_empty());
    hints
}

/// The article's span: from `headline` to the end of `root`, when that adds at most a third to
/// the text of `root` (the headline block, a standfirst, a byline), or when the headline is in
/// `root` and little comes before it; else `root` whole.
pub fn span<'a>(
    root: NodeRef<'a, Node>,
    headline: Option<NodeRef<'a, Node>>,
    dropped: &HashSet<NodeId>,
) -> Span<'a> {
    let whole = Span::whole(root);
    let Some(headline) = headline else {
        return whole;
    };
    let inside = headline.ancestors().any(|a| a.id() == root.id());
    let scope = if inside {
        root
    } else {
        let Some(common) = common_ancestor(root, headline) else {
            return whole;
        };
        if !comes_first(common, headline.id(), root.id()) {
            return whole;
        }
        common
    };
    let from_headline = Span {
        scope,
        start: Some(headline.id()),
        end: root.id(),
    };
    let root_chars = rendered_chars(whole, dropped);
    let span_chars = rendered_chars(from_headline, dropped);
    let accepted = if inside {
        // What precedes the headline inside the article is its furniture, unless it is much of it.
        span_chars * 5 >= root_chars * 4
    } else {
        span_chars <= root_chars + root_chars / 3
    };
    if accepted {
        from_headline
    } else {
        whole
    }
}

fn rendered_chars(span: Span<'_>, dropped: &HashSet<NodeId>) -> usize {
    render(span, dropped).chars().count()
}

fn common_ancestor<'a>(a: NodeRef<'a, Node>, b: NodeRef<'a, Node>) -> Option<NodeRef<'a, Node>> {
    let of_a: HashSet<NodeId> = a.ancestors().map(|n| n.id()).collect();
    b.ancestors().find(|n| of_a.contains(&n.id()))
}

/// Whether `first` opens before `second` under `scope`.
fn comes_first(scope: NodeRef<'_, Node>, first: NodeId, second: NodeId) -> bool {
    for edge in scope.traverse() {
        if let Edge::Open(node) = edge {
            if node.id() == first {
                return true;
            }
            if node.id() == second {
                return false;
            }
        }
    }
    false
}

fn text_of(node: NodeRef<'_, Node>) -> String {
    node.descendants()
        .filter_map(|n| n.value().as_text().map(|t| t.to_string()))
        .collect()
}

/// Whitespace collapsed, lower case, so that `Dam <em>gives</em> way` matches `Dam gives way`.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
