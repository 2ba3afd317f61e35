//! Marked text: a passage or paragraph with its quotes, figures and matched words, as a tree
//! the views render (quotes contain figures, figures contain matched words). Offsets are chars,
//! as everywhere in the analysis; this module does the slicing so the views never index strings.

use std::ops::Range;

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
            layer.sort_by_key(|m| (m.start, m.end));
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

/// The sentence around the chars `span` of `text`: from after the previous sentence end (or
/// paragraph break) to the next one. Used to show the sentence behind a figure or a quote.
pub fn sentence_around(text: &str, span: Range<usize>) -> Range<usize> {
    let chars: Vec<char> = text.chars().collect();
    let span_start = span.start.min(chars.len());
    let span_end = span.end.clamp(span_start, chars.len());
    let ends_sentence = |i: usize| -> bool {
        let c = chars[i];
        if c == '\n' {
            return true;
        }
        // ". " (or ".” ") followed by a capital or a quote, not "U.S. officials" or "Dec. 13".
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && is_closing(chars[j]) {
                j += 1;
            }
            let next = chars.get(j).copied();
            let after = chars.get(j + 1).copied();
            let before_word: String = chars[..i]
                .iter()
                .rev()
                .take_while(|c| c.is_alphabetic() || **c == '.')
                .collect();
            let abbreviation = before_word.chars().count() <= 2
                && before_word.chars().any(|c| c.is_uppercase())
                || before_word.contains('.');
            return next.is_none_or(char::is_whitespace)
                && after
                    .is_none_or(|a| a.is_uppercase() || matches!(a, '“' | '"' | '‘' | '«' | '\n'))
                && !abbreviation;
        }
        false
    };
    let mut start = span_start;
    while start > 0 && !ends_sentence(start - 1) {
        start -= 1;
    }
    let mut end = span_end;
    while end < chars.len() && !ends_sentence(end) {
        end += 1;
    }
    // Keep the sentence's own closing mark and a closing quotation mark after it.
    if end < chars.len() && chars[end] != '\n' {
        end += 1;
        while end < chars.len() && is_closing(chars[end]) {
            end += 1;
        }
    }
    // The previous sentence's closing quotation marks are not part of this one.
    while start < end
        && (chars[start].is_whitespace()
            || is_closing(chars[start])
                && (chars[start] != '"' || chars.get(start + 1).is_some_and(|c| c.is_whitespace())))
    {
        start += 1;
    }
    start..end
}

fn is_closing(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '»' | ')')
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

    /// The char span of the first `needle` in `text`.
    fn span_of(text: &str, needle: &str) -> Range<usize> {
        let start = text[..text.find(needle).unwrap()].chars().count();
        start..start + needle.chars().count()
    }

    #[test]
    fn the_sentence_behind_a_figure() {
        let text = "Belarus freed prisoners. U.S. envoy John Coale said 156 were freed on Dec. 13 in Minsk. Others said 123.\nNext paragraph.";
        assert_eq!(
            slice(text, sentence_around(text, span_of(text, "156"))),
            "U.S. envoy John Coale said 156 were freed on Dec. 13 in Minsk."
        );
        assert_eq!(
            slice(text, sentence_around(text, span_of(text, "123"))),
            "Others said 123."
        );
        let quoted = "He said: “We freed 52.” Then he left.";
        assert_eq!(
            slice(quoted, sentence_around(quoted, span_of(quoted, "52"))),
            "He said: “We freed 52.”"
        );
        assert_eq!(
            slice(quoted, sentence_around(quoted, span_of(quoted, "left"))),
            "Then he left."
        );
    }
}
