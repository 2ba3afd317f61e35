//! Marked text: a passage or paragraph with its quotes, figures and matched words, as a tree
//! the views render (quotes contain figures, figures contain matched words). Offsets are chars,
//! as everywhere in the analysis; this module does the slicing so the views never index strings.

use std::ops::Range;

use claimlens_core::sort;

/// What a marked stretch of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// A quotation: the index of the quote in its article.
    Quote(usize),
    /// A figure: the index of the figure in its article.
    Figure(usize),
    /// A word the search matched.
    Hit,
}

/// A span to mark, in chars of the text being marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub kind: MarkKind,
}

/// A piece of marked text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Text(String),
    Marked { kind: MarkKind, children: Vec<Node> },
}

/// Builds the tree for the chars `range` of `text`. `layers` go from outermost to innermost
/// (quotes, then figures, then matches): a mark of an inner layer that crosses an outer mark's
/// edge is cut in two, and marks of one layer that overlap keep the earlier one.
pub fn mark(text: &str, range: Range<usize>, layers: &[Vec<Mark>]) -> Vec<Node> {
    let chars: Vec<char> = text.chars().collect();
    let end = range.end.min(chars.len());
    let start = range.start.min(end);
    mark_chars(&chars[start..end], start, layers)
}

/// [`mark`] for a stretch already cut out of the text (with a [`claimlens_core::CharIndex`]): `stretch` is the
/// chars from `offset` on of the text the marks point into. Marking a paragraph then costs the
/// paragraph, not the whole article.
pub fn mark_stretch(stretch: &str, offset: usize, layers: &[Vec<Mark>]) -> Vec<Node> {
    let chars: Vec<char> = stretch.chars().collect();
    mark_chars(&chars, offset, layers)
}

fn mark_chars(chars: &[char], offset: usize, layers: &[Vec<Mark>]) -> Vec<Node> {
    let sorted: Vec<Vec<Mark>> = layers
        .iter()
        .map(|layer| {
            let mut layer = layer.clone();
            sort::sort_by_key(&mut layer, |m| (m.start, m.end));
            layer
        })
        .collect();
    let text = Stretch { chars, offset };
    build(&text, offset..offset + chars.len(), &sorted)
}

/// Chars of a text starting at char `offset` of it.
struct Stretch<'a> {
    chars: &'a [char],
    offset: usize,
}

fn build(text: &Stretch, range: Range<usize>, layers: &[Vec<Mark>]) -> Vec<Node> {
    let Some((layer, inner)) = layers.split_first() else {
        return text_node(text, range).into_iter().collect();
    };
    let mut out = Vec::new();
    let mut at = range.start;
    for m in layer {
        let start = m.start.max(at);
        let end = m.end.min(range.end);
        if start >= end {
            continue;
        }
        if at < start {
            out.extend(build(text, at..start, inner));
        }
        out.push(Node::Marked {
            kind: m.kind,
            children: build(text, start..end, inner),
        });
        at = end;
    }
    if at < range.end {
        out.extend(build(text, at..range.end, inner));
    }
    out
}

fn text_node(text: &Stretch, range: Range<usize>) -> Option<Node> {
    (range.start < range.end).then(|| {
        Node::Text(
            text.chars[range.start - text.offset..range.end - text.offset]
                .iter()
                .collect(),
        )
    })
}

/// The plain text of a tree (what a screen reader reads, and what tests compare).
pub fn plain(nodes: &[Node]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Node::Text(t) => out.push_str(t),
            Node::Marked { children, .. } => out.push_str(&plain(children)),
        }
    }
    out
}

/// The chars `range` of `text`, clamped to the text.
pub fn slice(text: &str, range: Range<usize>) -> String {
    text.chars()
        .skip(range.start)
        .take(range.end.saturating_sub(range.start))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_core::CharIndex;

    fn quote(start: usize, end: usize, i: usize) -> Mark {
        Mark {
            start,
            end,
            kind: MarkKind::Quote(i),
        }
    }

    fn figure(start: usize, end: usize, i: usize) -> Mark {
        Mark {
            start,
            end,
            kind: MarkKind::Figure(i),
        }
    }

    fn hit(start: usize, end: usize) -> Mark {
        Mark {
            start,
            end,
            kind: MarkKind::Hit,
        }
    }

    /// Renders a tree as text with brackets: [q0 ...], {f1 ...}, <...> for matches.
    fn show(nodes: &[Node]) -> String {
        nodes
            .iter()
            .map(|n| match n {
                Node::Text(t) => t.clone(),
                Node::Marked {
                    kind: MarkKind::Quote(i),
                    children,
                } => format!("[q{i} {}]", show(children)),
                Node::Marked {
                    kind: MarkKind::Figure(i),
                    children,
                } => format!("{{f{i} {}}}", show(children)),
                Node::Marked {
                    kind: MarkKind::Hit,
                    children,
                } => format!("<{}>", show(children)),
            })
            .collect()
    }

    #[test]
    fn quotes_hold_figures_hold_matches() {
        let text = "He said “123 were freed” on Saturday.";
        //          0123456789...: “ at 8, quote text 9..23, "123" 9..12, "freed" 18..23
        let nodes = mark(
            text,
            0..text.chars().count(),
            &[
                vec![quote(9, 23, 0)],
                vec![figure(9, 12, 4)],
                vec![hit(18, 23), hit(28, 36)],
            ],
        );
        assert_eq!(
            show(&nodes),
            "He said “[q0 {f4 123} were <freed>]” on <Saturday>."
        );
        assert_eq!(plain(&nodes), text);
    }

    #[test]
    fn inner_marks_crossing_an_edge_are_cut_and_overlaps_keep_the_first() {
        let text = "abcdefghij";
        let nodes = mark(
            text,
            0..10,
            &[vec![quote(2, 5, 0), quote(4, 8, 1)], vec![hit(4, 7)]],
        );
        assert_eq!(show(&nodes), "ab[q0 cd<e>][q1 <fg>h]ij");
    }

    #[test]
    fn a_range_marks_part_of_the_text_with_offsets_in_chars() {
        // Offsets are chars, not bytes: the Cyrillic before the range must not shift it.
        let text = "Калеснікава said “yes” and left.";
        let nodes = mark(
            text,
            12..22,
            &[vec![quote(18, 21, 2)], vec![], vec![hit(12, 16)]],
        );
        assert_eq!(show(&nodes), "<said> “[q2 yes]”");
        // Marks outside the range or the text are left out, not a panic.
        assert_eq!(plain(&mark(text, 30..99, &[vec![hit(40, 50)]])), "t.");
    }

    #[test]
    fn a_stretch_cut_with_the_char_index_marks_like_the_whole_text() {
        // Multi-byte chars on both sides of the index's steps.
        let text: String = (0..2000)
            .map(|i| ["Калеснікава ", "said ", "“yes” ", "ł "][i % 4])
            .collect();
        let index = CharIndex::new(&text);
        let total = text.chars().count();
        for range in [
            0..0,
            0..5,
            250..270,
            255..257,
            1000..2400,
            total - 3..total,
            total..total + 9,
        ] {
            assert_eq!(
                index.slice(&text, range.clone()),
                slice(&text, range.clone()),
                "{range:?}"
            );
            let layers = [
                vec![quote(range.start + 1, range.start + 4, 0)],
                vec![hit(range.start, range.start + 2)],
            ];
            let clamped = range.start.min(total);
            assert_eq!(
                mark_stretch(index.slice(&text, range.clone()), clamped, &layers),
                mark(&text, range, &layers)
            );
        }
        // A reversed range (a stale span) slices to nothing rather than panicking.
        #[allow(clippy::reversed_empty_ranges)]
        let reversed = 9..3;
        assert_eq!(index.slice(&text, reversed), "");
    }
}
