//! Renders the kept part of a page as text, one paragraph per line, leaving out the lines that
//! are the page's furniture rather than its article (judged in `furniture.rs`) and a heading with
//! nothing under it.

use std::collections::HashSet;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use scraper::Node;

use super::furniture::is_furniture;
use super::tags;

/// The part of the page that is the article: the nodes under `scope` from the opening of
/// `start` (from the beginning when `None`) to the end of `end`.
#[derive(Clone, Copy)]
pub struct Span<'a> {
    pub scope: NodeRef<'a, Node>,
    pub start: Option<NodeId>,
    pub end: NodeId,
}

impl<'a> Span<'a> {
    /// All of `root`.
    pub fn whole(root: NodeRef<'a, Node>) -> Span<'a> {
        Span {
            scope: root,
            start: None,
            end: root.id(),
        }
    }
}

/// Renders the kept text of `span`: block elements break paragraphs, whitespace collapses.
pub fn render(span: Span<'_>, dropped: &HashSet<NodeId>) -> String {
    let mut out = Output::default();
    let mut skipping: Option<NodeId> = None;
    let mut started = span.start.is_none();
    for edge in span.scope.traverse() {
        match edge {
            Edge::Open(node) => {
                if !started {
                    if Some(node.id()) != span.start {
                        continue;
                    }
                    started = true;
                }
                if skipping.is_some() {
                    continue;
                }
                if dropped.contains(&node.id()) {
                    skipping = Some(node.id());
                    continue;
                }
                match node.value() {
                    Node::Text(text) => out.text(text),
                    Node::Element(el) => out.open(el.name()),
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if !started {
                    continue;
                }
                if let Some(skipped) = skipping {
                    if skipped == node.id() {
                        skipping = None;
                    }
                } else if let Node::Element(el) = node.value() {
                    out.close(el.name());
                }
                if node.id() == span.end {
                    break;
                }
            }
        }
    }
    out.finish()
}

#[derive(Default)]
struct Output {
    text: String,
    line_start: usize,
    pending_space: bool,
    pending_cell: bool,
    pre: usize,
    /// The levels of the open `<h1>`…`<h6>` elements.
    headings: Vec<u8>,
    /// Where the last line kept starts, and its level, when it is a heading.
    last_heading: Option<(usize, u8)>,
}

impl Output {
    fn open(&mut self, name: &str) {
        if tags::is_block(name) {
            self.break_line();
        }
        match name {
            "q" => self.visible('“'),
            "pre" => self.pre += 1,
            "td" | "th" => self.pending_cell = true,
            _ => {
                if let Some(level) = heading_level(name) {
                    self.headings.push(level);
                }
            }
        }
    }

    fn close(&mut self, name: &str) {
        match name {
            "q" => self.visible('”'),
            "pre" => self.pre = self.pre.saturating_sub(1),
            _ => {}
        }
        if tags::is_block(name) {
            self.break_line();
        }
        if heading_level(name).is_some() {
            self.headings.pop();
        }
    }

    fn text(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\n' if self.pre > 0 => self.break_line(),
                // HTML's whitespace, and the no-break space pages use as a space.
                ' ' | '\t' | '\n' | '\r' | '\u{c}' | '\u{a0}' => self.pending_space = true,
                // Soft hyphens and zero-width spaces would split names and numbers unseen.
                '\u{ad}' | '\u{200b}' | '\u{feff}' => {}
                c => self.visible(c),
            }
        }
    }

    fn visible(&mut self, c: char) {
        let line_empty = self.text.len() == self.line_start;
        if !line_empty {
            if self.pending_cell {
                self.text.push_str(" | ");
            } else if self.pending_space {
                self.text.push(' ');
            }
        }
        self.pending_space = false;
        self.pending_cell = false;
        self.text.push(c);
    }

    fn break_line(&mut self) {
        self.pending_space = false;
        self.pending_cell = false;
        if self.text.len() == self.line_start {
            return;
        }
        let in_heading = !self.headings.is_empty();
        if is_furniture(&self.text[self.line_start..], in_heading) {
            self.text.truncate(self.line_start);
            return;
        }
        let level = self.headings.last().copied();
        // A heading followed by one of the same or a higher rank introduced nothing: the title
        // of a list of links that was dropped ("Key events").
        if let (Some(level), Some((start, previous))) = (level, self.last_heading) {
            if level <= previous {
                self.text.replace_range(start..self.line_start, "");
                self.line_start = start;
            }
        }
        self.last_heading = level.map(|level| (self.line_start, level));
        self.text.push('\n');
        self.line_start = self.text.len();
    }

    fn finish(mut self) -> String {
        self.break_line();
        // A heading that ends the text introduces nothing: the title of a list of links that
        // was dropped ("More on this story").
        if let Some((start, _)) = self.last_heading {
            self.text.truncate(start);
        }
        self.text
    }
}

/// 1 for `<h1>` … 6 for `<h6>`.
fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', level @ b'1'..=b'6'] => Some(level - b'0'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_that_is_a_date_stays() {
        assert!(is_furniture("12 March 2026", false));
        assert!(!is_furniture("12 March 2026", true));
        let html = scraper::Html::parse_document(
            "<body><h3>12 March 2026</h3><p>The dam was inspected.</p></body>",
        );
        let body = html.tree.root();
        assert_eq!(
            render(Span::whole(body), &HashSet::new()),
            "12 March 2026\nThe dam was inspected.\n"
        );
    }
}
