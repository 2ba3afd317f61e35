//! The sentence around a span: what a figure or quote rests on, shown in the explorer and
//! exported in the `sentence` column.

use std::ops::Range;

/// The sentence around the chars `span` of `text`: from after the previous sentence end (or
/// paragraph break) to the next one.
pub fn sentence_around(text: &str, span: Range<usize>) -> Range<usize> {
    let chars: Vec<char> = text.chars().collect();
    sentence_in(&chars, span)
}

/// [`sentence_around`] on a text already split into chars (the exporter splits each article
/// once for all its figures and quotes).
pub fn sentence_in(chars: &[char], span: Range<usize>) -> Range<usize> {
    let span_start = span.start.min(chars.len());
    let span_end = span.end.clamp(span_start, chars.len());
    let mut start = span_start;
    while start > 0 && !ends_sentence(chars, start - 1) {
        start -= 1;
    }
    let mut end = span_end;
    while end < chars.len() && !ends_sentence(chars, end) {
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

/// Whether the char at `i` ends a sentence: a line break, or ". " (or ".” ") followed by a
/// capital or a quotation mark, but not "U.S. officials" or "Dec. 13".
fn ends_sentence(chars: &[char], i: usize) -> bool {
    let c = chars[i];
    if c == '\n' {
        return true;
    }
    if !matches!(c, '.' | '!' | '?') {
        return false;
    }
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
    next.is_none_or(char::is_whitespace)
        && after.is_none_or(|a| a.is_uppercase() || matches!(a, '“' | '"' | '‘' | '«' | '\n'))
        && !abbreviation
}

fn is_closing(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '»' | ')')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice(text: &str, range: Range<usize>) -> String {
        text.chars()
            .skip(range.start)
            .take(range.end - range.start)
            .collect()
    }

    /// The char span of the first `needle` in `text`.
    fn span_of(text: &str, needle: &str) -> Range<usize> {
        let start = text[..text.find(needle).unwrap()].chars().count();
        start..start + needle.chars().count()
    }

    #[test]
    fn the_sentence_behind_a_figure() {
        let text = "Varnetia rescued people. U.S. envoy Petar Holm said 61 were saved on Dec. 13 in Ostrel. Others said 48.\nNext paragraph.";
        assert_eq!(
            slice(text, sentence_around(text, span_of(text, "61"))),
            "U.S. envoy Petar Holm said 61 were saved on Dec. 13 in Ostrel."
        );
        assert_eq!(
            slice(text, sentence_around(text, span_of(text, "48"))),
            "Others said 48."
        );
        let quoted = "He said: “We saved 52.” Then he left.";
        assert_eq!(
            slice(quoted, sentence_around(quoted, span_of(quoted, "52"))),
            "He said: “We saved 52.”"
        );
        assert_eq!(
            slice(quoted, sentence_around(quoted, span_of(quoted, "left"))),
            "Then he left."
        );
    }
}
