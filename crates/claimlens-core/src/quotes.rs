//! Finding quotation spans: curly, straight, guillemet and low-high marks, single quotes used
//! as quotes, nesting, quotes running over several paragraphs, and local recovery from
//! unbalanced marks.

pub(crate) mod turns;

use crate::text::{is_space, Doc};

/// A span between quotation marks, before attribution decides whether it is a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QuoteSpan {
    /// First char after the opening mark.
    pub start: usize,
    /// The closing mark's offset, or the paragraph end for an open multi-paragraph quote.
    pub end: usize,
    pub paragraph: usize,
    /// This paragraph continues a quotation opened in the previous paragraph and left open.
    pub continues_previous: bool,
    /// Left open at the end of its paragraph and continued by the next one.
    pub continued: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// “ … ” (also closes „ … “).
    CurlyDouble,
    /// „ … “ or „ … ”.
    LowDouble,
    Guillemet,
    /// » … « (Danish, German style) is rare; we only open on «.
    StraightDouble,
    CurlySingle,
    StraightSingle,
}

fn opens_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            is_space(c)
                || matches!(c, '(' | '[' | '—' | '–' | '-' | '/' | ':')
                || (is_opening_mark(c) && c != '\'')
        }
    }
}

/// Finds quotation spans in every paragraph of `doc`.
pub(crate) fn find(doc: &Doc) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    let mut carried_open = false;
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        let chars = &doc.chars[para.clone()];
        let base = para.start;
        // Marks that turned out to be stray are ignored on a rescan, so one bad mark only costs
        // itself, never the quotes after it.
        let mut ignored: Vec<usize> = Vec::new();
        let mut found;
        loop {
            found = Vec::new();
            let unclosed = scan(chars, &ignored, &mut found);
            match unclosed {
                None => break,
                Some(open_at) => {
                    let next_opens = doc
                        .paragraphs
                        .get(pi + 1)
                        .map(|p| is_opening_mark(doc.chars[p.start]))
                        .unwrap_or(false);
                    if next_opens && found.iter().all(|&(_, e)| e <= open_at) {
                        // A quotation running into the next paragraph: the open mark starts a
                        // span to the end of this paragraph.
                        found.push((open_at + 1, chars.len()));
                        break;
                    }
                    if ignored.len() > 8 {
                        break;
                    }
                    ignored.push(open_at);
                }
            }
        }
        let continues_previous_paragraph = carried_open;
        carried_open = false;
        for (i, &(s, e)) in found.iter().enumerate() {
            let continued = e == chars.len() && !ends_with_close(chars);
            if continued {
                carried_open = true;
            }
            out.push(QuoteSpan {
                start: base + s,
                end: base + e,
                paragraph: pi,
                continues_previous: i == 0 && s == 1 && continues_previous_paragraph,
                continued,
            });
        }
    }
    out.retain(|q| (q.start..q.end).any(|i| doc.chars[i].is_alphanumeric()));
    out
}

/// Can `c` open a quotation?
pub(crate) fn is_opening_mark(c: char) -> bool {
    matches!(c, '“' | '"' | '«' | '„' | '‘' | '\'')
}

fn ends_with_close(chars: &[char]) -> bool {
    chars.last().is_some_and(|&c| is_closing_mark(c))
}

/// Can `c` close a quotation?
pub(crate) fn is_closing_mark(c: char) -> bool {
    matches!(c, '”' | '"' | '»' | '’' | '\'')
}

/// Is `c` a quotation mark of any style, opening or closing?
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '«' | '»' | '„' | '‘' | '’' | '\'')
}

/// Scans one paragraph. Pushes top-level quote content spans (relative offsets) into `found`
/// and returns the offset of a top-level mark left open at the end, if any.
fn scan(chars: &[char], ignored: &[usize], found: &mut Vec<(usize, usize)>) -> Option<usize> {
    let mut stack: Vec<(Mark, usize)> = Vec::new();
    for i in 0..chars.len() {
        if ignored.contains(&i) {
            continue;
        }
        let c = chars[i];
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let next = chars.get(i + 1).copied();
        let top = stack.last().map(|&(m, _)| m);
        let action = match c {
            '“' => match top {
                Some(Mark::LowDouble) => Action::Close(Mark::LowDouble),
                // Swedish-style “…“ is rare; a second “ while one is open means the first was
                // stray (inner quotes use single marks), unless it closes after a word.
                Some(Mark::CurlyDouble)
                    if prev.is_some_and(|p| !is_space(p))
                        && next.is_none_or(|n| is_space(n) || n.is_ascii_punctuation()) =>
                {
                    Action::Close(Mark::CurlyDouble)
                }
                Some(Mark::CurlyDouble) => Action::Restart(Mark::CurlyDouble),
                _ => Action::Open(Mark::CurlyDouble),
            },
            '”' => {
                if stack
                    .iter()
                    .any(|&(m, _)| matches!(m, Mark::CurlyDouble | Mark::LowDouble))
                {
                    Action::Close(Mark::CurlyDouble)
                } else {
                    Action::None
                }
            }
            '„' => Action::Open(Mark::LowDouble),
            '«' => Action::Open(Mark::Guillemet),
            '»' => Action::Close(Mark::Guillemet),
            '"' => {
                if stack.iter().any(|&(m, _)| m == Mark::StraightDouble) {
                    Action::Close(Mark::StraightDouble)
                } else if next.is_some_and(|n| !is_space(n))
                    && (opens_after(prev) || prev.is_some_and(|p| p.is_ascii_punctuation()))
                {
                    Action::Open(Mark::StraightDouble)
                } else {
                    Action::None
                }
            }
            '‘' => {
                if opens_after(prev) && next.is_some_and(|n| !is_space(n)) {
                    Action::Open(Mark::CurlySingle)
                } else {
                    Action::None
                }
            }
            '’' => {
                // An apostrophe inside a word ("don’t") or after a plural ("workers’ union") is not
                // a closing mark unless a single quote is open and no letter follows.
                if top == Some(Mark::CurlySingle)
                    && next.is_none_or(|n| !n.is_alphanumeric())
                    && prev.is_some_and(|p| !is_space(p))
                {
                    Action::Close(Mark::CurlySingle)
                } else {
                    Action::None
                }
            }
            '\'' => {
                if top == Some(Mark::StraightSingle)
                    && next.is_none_or(|n| !n.is_alphanumeric())
                    && prev.is_some_and(|p| !is_space(p))
                {
                    Action::Close(Mark::StraightSingle)
                } else if opens_after(prev) && next.is_some_and(|n| n.is_alphabetic()) {
                    Action::Open(Mark::StraightSingle)
                } else {
                    Action::None
                }
            }
            _ => Action::None,
        };
        match action {
            Action::None => {}
            Action::Open(m) => stack.push((m, i)),
            Action::Restart(m) => {
                stack.clear();
                stack.push((m, i));
            }
            Action::Close(m) => {
                let matching = |(om, _): &(Mark, usize)| match m {
                    Mark::CurlyDouble => matches!(om, Mark::CurlyDouble | Mark::LowDouble),
                    other => *om == other,
                };
                if let Some(pos) = stack.iter().rposition(matching) {
                    let (_, open_at) = stack[pos];
                    stack.truncate(pos);
                    if stack.is_empty() {
                        found.push((open_at + 1, i));
                    }
                }
            }
        }
    }
    // Only a top-level open mark matters; inner ones left open are forgiven.
    stack.first().map(|&(_, at)| at)
}

enum Action {
    None,
    Open(Mark),
    Close(Mark),
    Restart(Mark),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        find(&doc)
            .iter()
            .map(|q| doc.slice(q.start..q.end))
            .collect()
    }

    #[test]
    fn curly_straight_guillemets_and_low_high() {
        assert_eq!(
            quotes("He said “one” and \"two\" and «three» and „four“."),
            ["one", "two", "three", "four"]
        );
    }

    #[test]
    fn single_quotes_used_as_quotes_but_not_apostrophes() {
        assert_eq!(
            quotes("The minister’s aide said ‘we don’t know’ and the workers’ union agreed."),
            ["we don’t know"]
        );
        assert_eq!(quotes("It's 'not over', she said."), ["not over"]);
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_one() {
        assert_eq!(
            quotes("“He told me ‘wait’ and left,” she said."),
            ["He told me ‘wait’ and left,"]
        );
    }

    #[test]
    fn interrupted_quote_gives_two_spans() {
        assert_eq!(
            quotes("“First part,” he said. “Second part.”"),
            ["First part,", "Second part."]
        );
    }

    #[test]
    fn multi_paragraph_quote_is_continued() {
        let doc = Doc::new("She said: “First paragraph of it.\n“Second paragraph of it.”\nAfter.");
        let found = find(&doc);
        assert_eq!(found.len(), 2);
        assert!(found[0].continued);
        assert!(found[1].continues_previous);
        assert_eq!(
            doc.slice(found[0].start..found[0].end),
            "First paragraph of it."
        );
    }

    #[test]
    fn unbalanced_marks_recover_locally() {
        assert_eq!(
            quotes("A stray “mark here, then “a real one,” he said."),
            ["a real one,"]
        );
        assert_eq!(quotes("Broken ” close and “fine”."), ["fine"]);
        assert_eq!(quotes("Open “never closed"), Vec::<String>::new());
        assert_eq!(quotes("A 5\" screen and \"a quote\" here."), ["a quote"]);
    }
}
