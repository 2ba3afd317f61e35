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

use super::render::Span;

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
/// `root` and less than a fifth of its text comes before it; else `root` whole. `root_chars` is
/// the visible text of `root`, in chars. Only the text between the headline and the start of
/// `root` (or before the headline in `root`) is counted, so this costs little on a long page.
pub fn span<'a>(
    root: NodeRef<'a, Node>,
    headline: Option<NodeRef<'a, Node>>,
    dropped: &HashSet<NodeId>,
    root_chars: usize,
) -> Span<'a> {
    let whole = Span::whole(root);
    let Some(headline) = headline else {
        return whole;
    };
    let inside = headline.ancestors().any(|a| a.id() == root.id());
    let (scope, accepted) = if inside {
        // What precedes the headline inside the article is its furniture, unless it is much of it.
        let before = chars_between(root, root.id(), headline.id(), dropped);
        (root, before.is_some_and(|before| before * 5 < root_chars))
    } else {
        let Some(common) = common_ancestor(root, headline) else {
            return whole;
        };
        let between = chars_between(common, headline.id(), root.id(), dropped);
        (
            common,
            between.is_some_and(|between| between * 3 <= root_chars),
        )
    };
    if accepted {
        Span {
            scope,
            start: Some(headline.id()),
            end: root.id(),
        }
    } else {
        whole
    }
}

/// The visible chars (whitespace left out) of the text under `scope` that is not dropped, from
/// the opening of `from` to the opening of `to`; `None` when `to` does not come after `from`.
fn chars_between(
    scope: NodeRef<'_, Node>,
    from: NodeId,
    to: NodeId,
    dropped: &HashSet<NodeId>,
) -> Option<usize> {
    let mut counting = false;
    let mut skipping: Option<NodeId> = None;
    let mut chars = 0;
    for edge in scope.traverse() {
        match edge {
            Edge::Open(node) => {
                if node.id() == to {
                    return counting.then_some(chars);
                }
                if node.id() == from {
                    counting = true;
                }
                if !counting || skipping.is_some() {
                    continue;
                }
                if dropped.contains(&node.id()) {
                    skipping = Some(node.id());
                } else if let Some(text) = node.value().as_text() {
                    chars += text.chars().filter(|c| !c.is_whitespace()).count();
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                }
            }
        }
    }
    None
}

fn common_ancestor<'a>(a: NodeRef<'a, Node>, b: NodeRef<'a, Node>) -> Option<NodeRef<'a, Node>> {
    let of_a: HashSet<NodeId> = a.ancestors().map(|n| n.id()).collect();
    b.ancestors().find(|n| of_a.contains(&n.id()))
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
