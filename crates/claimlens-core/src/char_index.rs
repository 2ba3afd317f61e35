//! Char offsets into a text as byte offsets: analysis spans count chars, Rust slices bytes.

use std::ops::Range;

/// Where every [`CharIndex::STEP`]-th char of a text starts, in bytes, so that a char range
/// becomes a `&str` by walking at most that many chars rather than every char from the start.
/// The indexer cuts out every paragraph and the explorer one paragraph or sentence at a time;
/// walking the whole article for each made one long article quadratic (a 10,000-paragraph
/// article froze the explorer's tab for minutes; issue 7). It costs 8 bytes per 256 chars.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CharIndex {
    starts: Vec<usize>,
    chars: usize,
}

impl CharIndex {
    pub const STEP: usize = 256;

    pub fn new(text: &str) -> CharIndex {
        let mut starts = Vec::with_capacity(text.len() / Self::STEP + 1);
        let mut chars = 0;
        for (i, (byte, _)) in text.char_indices().enumerate() {
            if i % Self::STEP == 0 {
                starts.push(byte);
            }
            chars = i + 1;
        }
        CharIndex { starts, chars }
    }

    /// The byte offset of char `at` of `text`, the text this index was made from; its length
    /// for `at` past the last char.
    pub fn byte(&self, text: &str, at: usize) -> usize {
        if at >= self.chars {
            return text.len();
        }
        let from = self.starts[at / Self::STEP];
        text[from..]
            .char_indices()
            .nth(at % Self::STEP)
            .map_or(text.len(), |(byte, _)| from + byte)
    }

    /// The chars `range` of `text` (the text this index was made from), clamped to it.
    pub fn slice<'t>(&self, text: &'t str, range: Range<usize>) -> &'t str {
        let end = self.byte(text, range.end);
        let start = self.byte(text, range.start.min(range.end));
        &text[start..end]
    }
}
