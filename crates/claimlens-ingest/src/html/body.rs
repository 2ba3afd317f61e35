//! Finds the article in a parsed page and renders it as text, one paragraph per line.
//!
//! One pass over the tree, bottom-up, measures every element (its visible text, the part of it
//! in `<p>` elements, the part in links) and drops boilerplate: elements that never show text,
//! hidden ones, navigation, asides, footers, forms, figure captions, and elements whose class,
//! id or ARIA role names a share bar, an ad, a cookie banner, related links, comments and the
//! like; also lists and blocks that are mostly links. An element that is or holds an
//! `<article>`, `<main>` or `[itemprop=articleBody]` is never dropped for its class: those tags
//! are a stronger signal than a class such as `layout-with-sidebar`. The article is then the
//! element chosen by [`choose_root`] (with a live blog's sibling entries), read from its headline
//! ([`headline`]), and a second pass renders it ([`render`]). Both passes are iterative and
//! linear in the size of the page (`docs/json.md` lists the rules).

use std::collections::{HashMap, HashSet};
use std::ops::AddAssign;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::node::Element;
use scraper::{Html, Node};

use super::boilerplate::{is_boilerplate_role, is_hidden, is_link_list, names_boilerplate};
use super::render::render;
use super::{headline, tags};

/// The article text of a page, and the element it was read from.
pub struct Extracted {
    pub text: String,
    pub root: NodeId,
}

/// Extracts the article text of `document`: one paragraph per line, each ending with `\n`.
/// `headline_hint` is the page's title as its metadata gives it, to find the headline shown.
pub fn extract(document: &Html, headline_hint: Option<&str>) -> Extracted {
    let body = document
        .tree
        .root()
        .descendants()
        .find(|node| {
            node.value()
                .as_element()
                .is_some_and(|el| el.name() == "body")
        })
        .unwrap_or_else(|| document.tree.root());
    let survey = Survey::of(body);
    let root = with_sibling_entries(choose_root(body, &survey));
    let headline = headline::find(body, &survey.dropped, headline_hint);
    let root_chars = survey
        .weights
        .get(&root.id())
        .map_or(0, |weight| weight.text);
    let span = headline::span(root, headline, &survey.dropped, root_chars);
    Extracted {
        text: render(span, &survey.dropped),
        root: root.id(),
    }
}

/// A live blog's entries are `<article>`s side by side, none with a headline of its own: the
/// article is all of them, not the longest. (The stories a page appends as the reader scrolls
/// are `<article>`s side by side too, but each has its `<h1>`.)
fn with_sibling_entries(root: NodeRef<'_, Node>) -> NodeRef<'_, Node> {
    let is_article = |node: &NodeRef<'_, Node>| {
        node.value()
            .as_element()
            .is_some_and(|el| el.name() == "article")
    };
    if !is_article(&root) {
        return root;
    }
    let Some(parent) = root.parent() else {
        return root;
    };
    let entries: Vec<_> = parent.children().filter(is_article).collect();
    let has_h1 = |node: &NodeRef<'_, Node>| {
        node.descendants()
            .any(|n| n.value().as_element().is_some_and(|el| el.name() == "h1"))
    };
    if entries.len() >= 3 && !entries.iter().any(has_h1) {
        parent
    } else {
        root
    }
}

/// How much visible text an element holds (in chars, whitespace left out).
#[derive(Debug, Clone, Copy, Default)]
pub struct Weight {
    pub text: usize,
    /// Inside `<p>` elements.
    pub para: usize,
    /// Inside links.
    pub link: usize,
    /// The last visible char, to tell a sentence from a link label.
    pub last: Option<char>,
}

impl AddAssign for Weight {
    fn add_assign(&mut self, other: Weight) {
        self.text += other.text;
        self.para += other.para;
        self.link += other.link;
        self.last = other.last.or(self.last);
    }
}

impl Weight {
    /// Paragraph text first; text outside paragraphs breaks ties (and decides on pages
    /// without `<p>` elements).
    fn key(self) -> (usize, usize) {
        (self.para, self.text)
    }
}

/// Elements that mark where the article is, most specific first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Landmark {
    ArticleBody = 0,
    Article = 1,
    Main = 2,
}

fn landmark(el: &Element) -> Option<Landmark> {
    // Microdata's itemprop, or RDFa's property.
    let names_body = |value: &str| {
        value
            .split_ascii_whitespace()
            .any(|v| v.eq_ignore_ascii_case("articleBody"))
    };
    if el.attr("itemprop").is_some_and(names_body) || el.attr("property").is_some_and(names_body) {
        return Some(Landmark::ArticleBody);
    }
    match el.name() {
        "article" => Some(Landmark::Article),
        "main" => Some(Landmark::Main),
        _ if el
            .attr("role")
            .is_some_and(|role| role.eq_ignore_ascii_case("main")) =>
        {
            Some(Landmark::Main)
        }
        _ => None,
    }
}

/// The largest landmark of each kind under an element, with its weight.
type Best = [Option<(NodeId, Weight)>; 3];

fn merge_best(into: &mut Best, from: &Best) {
    for (slot, candidate) in into.iter_mut().zip(from) {
        if let Some(candidate) = candidate {
            if slot.is_none_or(|current| candidate.1.key() > current.1.key()) {
                *slot = Some(*candidate);
            }
        }
    }
}

/// What the bottom-up pass learned.
struct Survey {
    /// Weights of the elements kept (dropped ones and their contents are not counted).
    weights: HashMap<NodeId, Weight>,
    /// Roots of dropped subtrees.
    dropped: HashSet<NodeId>,
    /// The largest kept landmarks of each kind.
    best: Best,
}

/// Where an element sits, as far as the rules care.
#[derive(Debug, Clone, Copy, Default)]
struct Context {
    in_article: bool,
    in_header: bool,
    in_link: bool,
    in_para: bool,
}

struct Frame {
    id: NodeId,
    /// The context of the element's children.
    inner: Context,
    /// The element's own context.
    outer: Context,
    weight: Weight,
    holds_landmark: bool,
    best: Best,
}

impl Survey {
    fn of(body: NodeRef<'_, Node>) -> Survey {
        let page_para = paragraph_chars(body);
        let mut survey = Survey {
            weights: HashMap::new(),
            dropped: HashSet::new(),
            best: [None; 3],
        };
        let mut stack: Vec<Frame> = Vec::new();
        for edge in body.traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(el) => {
                        let outer = stack.last().map(|frame| frame.inner).unwrap_or_default();
                        let name = el.name();
                        let inner = Context {
                            in_article: outer.in_article || name == "article",
                            in_header: outer.in_header || name == "header",
                            in_link: outer.in_link || (name == "a" && el.attr("href").is_some()),
                            in_para: outer.in_para || name == "p",
                        };
                        stack.push(Frame {
                            id: node.id(),
                            inner,
                            outer,
                            weight: Weight::default(),
                            holds_landmark: false,
                            best: [None; 3],
                        });
                    }
                    Node::Text(text) => {
                        if let Some(frame) = stack.last_mut() {
                            let visible = text.chars().filter(|c| !c.is_whitespace()).count();
                            if visible > 0 {
                                let context = frame.inner;
                                let weight = &mut frame.weight;
                                weight.text += visible;
                                if context.in_para {
                                    weight.para += visible;
                                }
                                if context.in_link {
                                    weight.link += visible;
                                }
                                weight.last = text.chars().rev().find(|c| !c.is_whitespace());
                            }
                        }
                    }
                    _ => {}
                },
                Edge::Close(node) => {
                    let Some(el) = node.value().as_element() else {
                        continue;
                    };
                    let Some(mut frame) = stack.pop() else {
                        continue;
                    };
                    let landmark = landmark(el);
                    let holds_landmark = frame.holds_landmark || landmark.is_some();
                    let is_root = stack.is_empty();
                    if !is_root && is_boilerplate(el, &frame, holds_landmark, page_para) {
                        survey.dropped.insert(frame.id);
                        continue;
                    }
                    if let Some(landmark) = landmark {
                        let mut own: Best = [None; 3];
                        own[landmark as usize] = Some((frame.id, frame.weight));
                        merge_best(&mut frame.best, &own);
                    }
                    survey.weights.insert(frame.id, frame.weight);
                    match stack.last_mut() {
                        Some(parent) => {
                            parent.weight += frame.weight;
                            parent.holds_landmark |= holds_landmark;
                            merge_best(&mut parent.best, &frame.best);
                        }
                        None => survey.best = frame.best,
                    }
                }
            }
        }
        survey
    }
}

/// The visible chars inside `<p>` elements under `body`, before any rule drops anything.
fn paragraph_chars(body: NodeRef<'_, Node>) -> usize {
    let mut total = 0;
    let mut in_para = 0usize;
    let mut never_text = 0usize;
    for edge in body.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) if tags::is_never_text(el.name()) => never_text += 1,
                Node::Element(el) if el.name() == "p" => in_para += 1,
                Node::Text(text) if in_para > 0 && never_text == 0 => {
                    total += text.chars().filter(|c| !c.is_whitespace()).count();
                }
                _ => {}
            },
            Edge::Close(node) => match node.value() {
                Node::Element(el) if tags::is_never_text(el.name()) => never_text -= 1,
                Node::Element(el) if el.name() == "p" => in_para -= 1,
                _ => {}
            },
        }
    }
    total
}

/// Picks the element that holds the article:
/// 1. the largest `[itemprop=articleBody]`, widened to the `<article>` around it (which holds
///    the headline and standfirst);
/// 2. else the largest `<article>`, if it holds at least a quarter of the page's text (smaller
///    ones are teasers);
/// 3. else the largest `<main>` (or `[role=main]`), on the same condition;
/// 4. else the deepest container (`<div>`, `<section>` and the like, not a paragraph or a list)
///    that holds at least 80% of the page's text.
///
/// "Text" is paragraph text, or the text outside links on a page that keeps less than half
/// of its text in `<p>` elements, and counts only what survived the boilerplate rules.
fn choose_root<'a>(body: NodeRef<'a, Node>, survey: &Survey) -> NodeRef<'a, Node> {
    let total = survey.weights.get(&body.id()).copied().unwrap_or_default();
    // Paragraph text, on a page that keeps most of its text in paragraphs; else the text
    // outside links (a page whose story is in bare <div>s, with a stray <p> or two).
    let by_paragraphs = total.para * 2 >= total.text.saturating_sub(total.link);
    let measure = |weight: Weight| {
        if by_paragraphs {
            weight.para
        } else {
            weight.text.saturating_sub(weight.link)
        }
    };
    let total_measure = measure(total);
    if total_measure == 0 {
        return body;
    }
    let node = |id: NodeId| body.tree().get(id);
    if let Some(found) = survey.best[Landmark::ArticleBody as usize]
        .filter(|(_, weight)| measure(*weight) > 0)
        .and_then(|(id, _)| node(id))
    {
        let article = found
            .ancestors()
            .take_while(|ancestor| ancestor.id() != body.id())
            .find(|ancestor| {
                ancestor
                    .value()
                    .as_element()
                    .is_some_and(|el| el.name() == "article")
            });
        return article.unwrap_or(found);
    }
    for landmark in [Landmark::Article, Landmark::Main] {
        if let Some((id, weight)) = survey.best[landmark as usize] {
            if measure(weight) * 4 >= total_measure {
                if let Some(found) = node(id) {
                    return found;
                }
            }
        }
    }
    let mut root = body;
    loop {
        let heaviest = root
            .children()
            .filter(|child| {
                child
                    .value()
                    .as_element()
                    .is_some_and(|el| is_container(el.name()))
            })
            .filter_map(|child| Some((child, measure(*survey.weights.get(&child.id())?))))
            .max_by_key(|(_, weight)| *weight);
        match heaviest {
            Some((child, weight)) if weight * 5 >= total_measure * 4 => root = child,
            _ => return root,
        }
    }
}

/// Elements that group paragraphs, into which [`choose_root`] may descend: a layout table's
/// rows lead to the cell that holds the story.
fn is_container(name: &str) -> bool {
    matches!(
        name,
        "div"
            | "section"
            | "article"
            | "main"
            | "center"
            | "table"
            | "tbody"
            | "tr"
            | "td"
            | "span"
            | "font"
    )
}

/// Whether an element and everything in it is left out of the article.
fn is_boilerplate(el: &Element, frame: &Frame, holds_landmark: bool, page_para: usize) -> bool {
    let name = el.name();
    if tags::is_never_text(name) {
        return true;
    }
    if holds_landmark {
        return false;
    }
    if is_hidden(el) {
        return true;
    }
    match name {
        "nav" | "aside" | "footer" | "form" | "dialog" | "figcaption" | "address" => return true,
        // The site's header; an article's own header holds its headline and standfirst.
        "header" if !frame.outer.in_article => return true,
        // The publication time under a headline; a <time> inside a sentence stays.
        "time" if frame.outer.in_header => return true,
        _ => {}
    }
    if el.attr("role").is_some_and(is_boilerplate_role) {
        return true;
    }
    let weight = frame.weight;
    if names_boilerplate(el, weight, page_para) {
        return true;
    }
    is_link_list(name, weight)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(html: &str) -> String {
        extract(&Html::parse_document(html), None).text
    }

    #[test]
    fn blocks_become_lines_and_whitespace_collapses() {
        let html = "<body><div>One\n  two&nbsp;three</div><p>Four<br>five <b>six</b>&amp;seven</p><ul><li>a</li><li>b</li></ul></body>";
        assert_eq!(text_of(html), "One two three\nFour\nfive six&seven\na\nb\n");
    }

    #[test]
    fn inline_quotations_get_quotation_marks() {
        assert_eq!(
            text_of("<p>She called it <q>a disgrace</q>.</p>"),
            "She called it “a disgrace”.\n"
        );
    }

    #[test]
    fn table_cells_are_kept_apart() {
        assert_eq!(
            text_of("<table><tr><th>Town</th><th>Evacuated</th></tr><tr><td>Dravenna</td><td>120</td></tr></table>"),
            "Town | Evacuated\nDravenna | 120\n"
        );
    }

    #[test]
    fn teasers_polls_and_donation_boxes_are_boilerplate() {
        let html = "<body><p>The dam held overnight, engineers said.</p>\
            <div class=\"teaser\"><p>Chief Harold Baines said he would leave in June.</p></div>\
            <div class=\"reader-poll\"><p>Should the dam be rebuilt? 71% say yes.</p></div>\
            <div class=\"inline-donate\"><p>Our 9 reporters cover 31 counties.</p></div>\
            <div class=\"card\"><p>Fair opens Friday with 40 rides.</p></div></body>";
        assert_eq!(text_of(html), "The dam held overnight, engineers said.\n");
    }

    #[test]
    fn a_landmark_survives_a_boilerplate_class_on_its_wrapper() {
        let html = "<body><div class=\"layout-with-sidebar\"><main><p>Story text.</p></main><div class=sidebar><p>Most read.</p></div></div></body>";
        assert_eq!(text_of(html), "Story text.\n");
    }

    #[test]
    fn a_story_sized_wrapper_survives_a_boilerplate_class() {
        let story = "<p>The long story paragraph that carries the news of the day, at length.</p>"
            .repeat(20);
        let html = format!(
            "<body><div class=\"site-content sidebar-right\"><div>{story}</div><div class=sidebar><p>Most read.</p></div></div></body>"
        );
        let text = text_of(&html);
        assert_eq!(text.lines().count(), 20, "{text}");
        // A sidebar is still a sidebar.
        assert!(!text.contains("Most read"), "{text}");
    }

    #[test]
    fn a_story_in_bare_divs_is_found_despite_a_stray_paragraph() {
        let story = "<div>The story told in bare divs, one sentence after another.</div>".repeat(8);
        let html = format!("<body><p>Weather: 12 degrees.</p><article>{story}</article></body>");
        let text = text_of(&html);
        assert!(!text.contains("Weather"), "{text}");
        assert_eq!(text.lines().count(), 8, "{text}");
    }

    #[test]
    fn teaser_articles_do_not_win_over_the_page() {
        let story = "<p>The long story paragraph that carries the news of the day.</p>".repeat(6);
        let html =
            format!("<body><div id=story>{story}</div><article><p>A teaser.</p></article></body>");
        let text = text_of(&html);
        assert!(text.starts_with("The long story"), "{text}");
    }

    const PARAGRAPH: &str =
        "<p>The long story paragraph that carries the news of the day, at some length.</p>";

    #[test]
    fn the_headline_above_the_story_block_is_read_and_furniture_above_it_is_not() {
        let story = PARAGRAPH.repeat(4);
        let html = format!(
            "<body><div class=top><span>Economy</span><h1>Dam gives way</h1>\
             <p>Forty homes emptied below the dam</p><div>By Dana Kell</div>\
             <div>Wed 14 Jan 2026 07.30 GMT</div></div><div class=text>{story}</div>\
             <div class=after><p>Text after the story ends here.</p></div></body>"
        );
        let text = text_of(&html);
        assert!(
            text.starts_with("Dam gives way\nForty homes emptied below the dam\nThe long story"),
            "{text}"
        );
        assert_eq!(text.lines().count(), 6, "{text}");
    }

    #[test]
    fn the_headline_matching_the_title_wins_over_a_logo_heading() {
        let story = PARAGRAPH.repeat(4);
        let html = format!(
            "<body><h1>Valley Post</h1><main><div class=head><span class=hed>Dam gives way</span></div>\
             <div>{story}</div></main></body>"
        );
        let text = extract(&Html::parse_document(&html), Some("Dam gives way")).text;
        assert!(text.starts_with("Dam gives way\nThe long story"), "{text}");
        assert!(!text.contains("Valley Post"), "{text}");
    }

    #[test]
    fn live_blog_entries_are_read_together() {
        let entry = |n: usize| {
            format!("<article><time>10.{n}5am GMT</time><h2>Update {n}</h2><p>Entry {n} tells what happened in the last hour.</p></article>")
        };
        let entries: String = (1..=4).map(entry).collect();
        let html = format!(
            "<body><main><h1>Floods live</h1><div class=entries>{entries}</div></main></body>"
        );
        let text = text_of(&html);
        assert!(text.starts_with("Floods live\nUpdate 1\nEntry 1"), "{text}");
        assert!(text.contains("Entry 4"), "{text}");
        assert!(!text.contains("GMT"), "{text}");
    }

    #[test]
    fn a_layout_table_is_read_from_the_cell_that_holds_the_story() {
        let story = PARAGRAPH.repeat(4);
        let html = format!(
            "<body><table><tr><td><a href=/>Front Page</a><br><a href=/l>Local News</a></td>\
             <td><b>Fair record broken</b><br><i>By Walt Kimbrough, Staff Writer</i>{story}</td>\
             <td><b>Weather</b><br>Sunny</td></tr></table></body>"
        );
        let text = text_of(&html);
        assert!(
            text.starts_with("Fair record broken\nThe long story"),
            "{text}"
        );
        assert!(
            !text.contains("Front Page") && !text.contains("Sunny"),
            "{text}"
        );
    }

    #[test]
    fn a_heading_that_introduces_nothing_is_dropped() {
        let html = "<body><article><h2>Key events</h2><ul><li><a href=#a>Gates open</a></li></ul>\
            <h2>Gates open</h2><p>The gates opened at noon.</p>\
            <h3>More on this story</h3><ul><li><a href=/x>Dam history</a></li></ul></article></body>";
        assert_eq!(text_of(html), "Gates open\nThe gates opened at noon.\n");
    }

    #[test]
    fn a_short_story_is_kept_whatever_its_container_is_named() {
        // Drupal marks a story promoted to the front page `node-promoted`; it holds the page.
        let html = format!(
            "<body><div class=\"node node-promoted\">{}</div><div class=promo><p>Try our app.</p></div></body>",
            PARAGRAPH.repeat(3)
        );
        let text = text_of(&html);
        assert_eq!(text.lines().count(), 3, "{text}");
    }

    #[test]
    fn ad_labels_between_paragraphs_are_dropped() {
        assert_eq!(
            text_of("<body><p>One.</p><p>ADVERTISEMENT</p><p>Two.</p></body>"),
            "One.\nTwo.\n"
        );
    }
}
