//! Text primitives: the article as chars, its paragraphs, tokens and sentences.
//!
//! Everything downstream works in char offsets, because the output schema promises spans in
//! Unicode scalar values into the text as given.

use std::ops::Range;

mod letters;

use letters::{currency_letters, letter_currencies};

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters and digits, with inner apostrophes, hyphens and abbreviation dots.
    Word,
    /// Any other visible char, one per token.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

/// An article's text prepared for analysis.
pub(crate) struct Doc {
    pub chars: Vec<char>,
    /// Non-empty lines, trimmed: news text copied from the web puts one paragraph per line.
    pub paragraphs: Vec<Range<usize>>,
    pub tokens: Vec<Token>,
    /// For each paragraph, the range of its tokens.
    pub paragraph_tokens: Vec<Range<usize>>,
    /// Each token's text followed by its [`Doc::token_lower`] form, built once: the analysis
    /// asks for both many times per token.
    words: String,
    /// Per token: where its text starts in `words`, where its lowercase form starts (= where
    /// its text ends), and where that ends.
    word_bounds: Vec<[u32; 3]>,
    /// Words (lower case) the article writes only with a capital and at least once inside a
    /// sentence: a name's, even where a sentence opens on it. Built on first use.
    names: std::sync::OnceLock<std::collections::HashSet<String>>,
    /// Does the article write decimals with a comma ("17,4%", "€2,1 billion")? Then a dot sets
    /// off thousands ("€30.000"). Read by `numbers::grouped` on first use.
    pub decimal_comma: std::sync::OnceLock<bool>,
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Whitespace including the no-break spaces that copied web text carries inside names.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{200b}' | '\u{feff}'
        )
}

impl Doc {
    pub fn new(text: &str) -> Doc {
        let chars: Vec<char> = text.chars().collect();
        let paragraphs = paragraph_ranges(&chars);
        let mut tokens = Vec::new();
        let mut paragraph_tokens = Vec::new();
        let letters = letter_currencies(&chars);
        for p in &paragraphs {
            let first = tokens.len();
            tokenize(&chars, p.clone(), &letters, &mut tokens);
            paragraph_tokens.push(first..tokens.len());
        }
        let mut words = String::with_capacity(text.len() * 2);
        let mut word_bounds = Vec::with_capacity(tokens.len());
        // Offsets are u32: a single article past 4 GB is far beyond what the analysis takes.
        let at = |words: &String| u32::try_from(words.len()).unwrap_or(u32::MAX);
        for tok in &tokens {
            let start = at(&words);
            words.extend(&chars[tok.start..tok.end]);
            let lower = at(&words);
            words.extend(
                chars[tok.start..tok.end]
                    .iter()
                    .map(|&c| {
                        if is_apostrophe(c) {
                            '\''
                        } else if is_hyphen(c) {
                            '-'
                        } else {
                            c
                        }
                    })
                    .flat_map(char::to_lowercase),
            );
            word_bounds.push([start, lower, at(&words)]);
        }
        Doc {
            chars,
            paragraphs,
            tokens,
            paragraph_tokens,
            words,
            word_bounds,
            names: std::sync::OnceLock::new(),
            decimal_comma: std::sync::OnceLock::new(),
        }
    }

    /// Does the article write the word at `t` as a name: with a capital wherever it appears,
    /// once at least after another word ("Brent crude rose … the price of Brent")?
    pub fn written_as_name(&self, t: usize) -> bool {
        self.names
            .get_or_init(|| {
                let mut inside = std::collections::HashSet::new();
                let mut lower = std::collections::HashSet::new();
                for p in &self.paragraph_tokens {
                    let words = p.clone().filter(|&u| self.is_word(u)).count();
                    let capitals = p
                        .clone()
                        .filter(|&u| self.is_word(u) && self.first_char(u).is_uppercase())
                        .count();
                    // "Markets Slide As Profits Fall": a headline in title case capitalises
                    // every word, names or not.
                    if words >= 3 && capitals * 10 >= words * 7 {
                        continue;
                    }
                    for u in p.clone().filter(|&u| self.is_word(u)) {
                        if !self.first_char(u).is_uppercase() {
                            lower.insert(self.token_lower(u));
                        } else if u > p.start && self.is_word(u - 1) && self.token_lower(u) != "i" {
                            inside.insert(self.token_lower(u));
                        }
                    }
                }
                inside.difference(&lower).map(|w| w.to_string()).collect()
            })
            .contains(self.token_lower(t))
    }

    pub fn slice(&self, range: Range<usize>) -> String {
        self.chars[range].iter().collect()
    }

    pub fn token_text(&self, t: usize) -> &str {
        let [start, end, _] = self.word_bounds[t];
        &self.words[start as usize..end as usize]
    }

    /// The token's text with typographic apostrophes and hyphens made plain, lowercased.
    pub fn token_lower(&self, t: usize) -> &str {
        let [_, start, end] = self.word_bounds[t];
        &self.words[start as usize..end as usize]
    }

    pub fn is_word(&self, t: usize) -> bool {
        self.tokens[t].kind == TokenKind::Word
    }

    pub fn is_punct(&self, t: usize, c: char) -> bool {
        let tok = self.tokens[t];
        tok.kind == TokenKind::Punct && self.chars[tok.start] == c
    }

    /// First char of the token.
    pub fn first_char(&self, t: usize) -> char {
        self.chars[self.tokens[t].start]
    }

    /// True when the token starts with an uppercase letter, or is a family name written with a
    /// lower-case Arabic article ("al-Masri", "el-Sayed", "ash-Shami").
    pub fn is_capitalized(&self, t: usize) -> bool {
        self.is_word(t) && (self.first_char(t).is_uppercase() || self.is_article_name(t))
    }

    fn is_article_name(&self, t: usize) -> bool {
        let tok = self.tokens[t];
        let chars = &self.chars[tok.start..tok.end];
        let Some(hyphen) = chars.iter().position(|&c| c == '-') else {
            return false;
        };
        let article: String = chars[..hyphen].iter().collect();
        crate::lexicon::names::is_arabic_article(&article)
            && chars.get(hyphen + 1).is_some_and(|c| c.is_uppercase())
    }

    /// Index of the first token starting at or after `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.start < offset)
    }

    /// The first token of the paragraph holding token `t`.
    pub fn paragraph_start(&self, t: usize) -> usize {
        self.paragraph_tokens[self.paragraph_of(self.tokens[t].start)].start
    }

    /// The paragraph index holding `offset`.
    pub fn paragraph_of(&self, offset: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.end <= offset)
            .min(self.paragraphs.len().saturating_sub(1))
    }
}

/// Non-empty lines, trimmed, as char ranges: the article's paragraphs (and search passages).
pub(crate) fn paragraph_ranges(chars: &[char]) -> Vec<Range<usize>> {
    let mut paragraphs = Vec::new();
    let mut line_start = 0;
    for i in 0..=chars.len() {
        if i == chars.len() || chars[i] == '\n' || chars[i] == '\r' || chars[i] == '\u{2029}' {
            let mut s = line_start;
            let mut e = i;
            while s < e && is_space(chars[s]) {
                s += 1;
            }
            // "> “We have moved …”": a Markdown or e-mail block quote's marks are no text.
            while s < e && chars[s] == '>' && (s + 1 == e || is_space(chars[s + 1])) {
                s += 1;
                while s < e && is_space(chars[s]) {
                    s += 1;
                }
            }
            while e > s && is_space(chars[e - 1]) {
                e -= 1;
            }
            if s < e {
                paragraphs.push(s..e);
            }
            line_start = i + 1;
        }
    }
    paragraphs
}

fn tokenize(chars: &[char], range: Range<usize>, letters: &[char], out: &mut Vec<Token>) {
    let mut i = range.start;
    let end = range.end;
    while i < end {
        let c = chars[i];
        if is_space(c) {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            i += 1;
            loop {
                if i >= end {
                    break;
                }
                let c = chars[i];
                if c.is_alphanumeric() || is_combining(c) {
                    i += 1;
                    continue;
                }
                let next = if i + 1 < end {
                    Some(chars[i + 1])
                } else {
                    None
                };
                let prev = chars[i - 1];
                let joins = match c {
                    // "don't", "Norway’s"
                    c if is_apostrophe(c) => next.is_some_and(|n| n.is_alphabetic()),
                    // "43-year-old", "U.S.-Canada"
                    c if is_hyphen(c) => next.is_some_and(|n| n.is_alphanumeric()),
                    // "1,284" but not "45,including"; "1,12,340", the Indian grouping in
                    // twos before the last three.
                    ',' => {
                        let indian = indian_grouping(&chars[i..end]);
                        prev.is_ascii_digit()
                            && next.is_some_and(|n| n.is_ascii_digit())
                            && (indian
                                || (i + 3 < end + 1
                                    && chars[i + 1..(i + 4).min(end)]
                                        .iter()
                                        .all(|d| d.is_ascii_digit())
                                    && chars.get(i + 4).is_none_or(|d| !d.is_ascii_digit())))
                    }
                    // "9.5"
                    '.' if prev.is_ascii_digit() => next.is_some_and(|n| n.is_ascii_digit()),
                    _ => false,
                };
                if joins {
                    i += 1;
                } else {
                    break;
                }
            }
            // Abbreviations written with dots: "U.S.", "G.", "Jr.", "p.m.".
            if i < end && chars[i] == '.' {
                let word: Vec<char> = chars[start..i].to_vec();
                // "31°C." and "90km/h." end a sentence: a scale after a degree sign or a unit
                // after a slash is no initial.
                let single_letter = word.len() == 1
                    && word[0].is_alphabetic()
                    && !(start > 0 && matches!(chars[start - 1], '°' | '/'));
                // "booth no. 58": a lowercase "no." before a number is "number".
                let numbered = matches!(word.as_slice(), ['n', 'o'] | ['n', 'o', 's'])
                    && i + 2 < end
                    && chars[i + 1] == ' '
                    && chars[i + 2].is_ascii_digit();
                let known = ABBREVIATIONS
                    .iter()
                    .any(|a| a.chars().eq(word.iter().copied()))
                    || crate::lexicon::roles::is_stopped_title(&word)
                    || numbered;
                let dotted_run = i + 2 < end && chars[i + 1].is_alphabetic() && chars[i + 2] == '.';
                if known {
                    i += 1;
                } else if single_letter || dotted_run {
                    i += 1;
                    while i + 1 < end && chars[i].is_alphabetic() && chars[i + 1] == '.' {
                        i += 2;
                    }
                }
            }
            // "won 3-1", "ruled 5-4": a score or a vote is two numbers and a hyphen; a range
            // ("20-25") keeps its one token.
            if let Some(hyphen) = score_hyphen(&chars[start..i]) {
                let at = start + hyphen;
                out.push(Token {
                    start,
                    end: at,
                    kind: TokenKind::Word,
                });
                out.push(Token {
                    start: at,
                    end: at + 1,
                    kind: TokenKind::Punct,
                });
                out.push(Token {
                    start: at + 1,
                    end: i,
                    kind: TokenKind::Word,
                });
                continue;
            }
            // "Sh400", "KSh20,000", "R1.2bn": a currency's letters glued to an amount are a
            // word of their own.
            let split =
                currency_letters(&chars[start..i], &chars[i..end], &chars[..start], letters);
            if let Some(len) = split {
                out.push(Token {
                    start,
                    end: start + len,
                    kind: TokenKind::Word,
                });
            }
            out.push(Token {
                start: start + split.unwrap_or(0),
                end: i,
                kind: TokenKind::Word,
            });
        } else {
            out.push(Token {
                start: i,
                end: i + 1,
                kind: TokenKind::Punct,
            });
            i += 1;
        }
    }
}

/// Where the hyphen of a score or a vote is in `word` ("3-1", "26-18", "1-1"): two whole numbers
/// of up to three digits, the first no smaller than the second, which no range is.
fn score_hyphen(word: &[char]) -> Option<usize> {
    let hyphen = word.iter().position(|&c| c == '-')?;
    let (a, b) = (&word[..hyphen], &word[hyphen + 1..]);
    let whole = |s: &[char]| (1..=3).contains(&s.len()) && s.iter().all(|c| c.is_ascii_digit());
    if !whole(a) || !whole(b) {
        return None;
    }
    let value = |s: &[char]| s.iter().collect::<String>().parse::<u32>().ok();
    (value(a)? >= value(b)?).then_some(hyphen)
}

/// Abbreviations other than titles that keep their dot, so that sentence splitting does not stop
/// at "Jr." or "Inc."; titles written with a stop ("Mr.", "Hon.") are `lexicon::titles::TITLES`.
const ABBREVIATIONS: &[&str] = &[
    "Cpl", "St", "Jr", "Sr", "Mt", "Ft", "No", "Nos", "vs", "etc", "Inc", "Ltd", "Co", "Corp",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx",
    "est", "Coun", "Const",
    // Philippine copy abbreviates Maria in given names ("Ma. Cristina Reyes").
    "Ma",
];

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f)
}

/// Does `rest` (from a comma after a digit) read as the Indian grouping's tail: groups of two
/// digits and a last group of three ("1,12,340": ",12,340")?
fn indian_grouping(rest: &[char]) -> bool {
    let mut k = 0;
    let mut pairs = 0;
    loop {
        let group = rest[k + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let after = k + 1 + group;
        // "4,45,256, or about": a comma before no digit closes the number.
        let more = after + 1 < rest.len() && rest[after] == ',' && rest[after + 1].is_ascii_digit();
        match group {
            2 if more => {
                pairs += 1;
                k = after;
            }
            3 if !more => return pairs > 0,
            _ => return false,
        }
        if k >= rest.len() || rest[k] != ',' {
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        (0..doc.tokens.len())
            .map(|t| doc.token_text(t).to_string())
            .collect()
    }

    #[test]
    fn tokens_keep_abbreviations_numbers_and_possessives() {
        assert_eq!(
            words("The U.S. envoy’s 1,284 days, 9.5 million; Marta K. Ostrowska."),
            [
                "The",
                "U.S.",
                "envoy’s",
                "1,284",
                "days",
                ",",
                "9.5",
                "million",
                ";",
                "Marta",
                "K.",
                "Ostrowska",
                "."
            ]
        );
        assert_eq!(
            words("123 detainees,including"),
            ["123", "detainees", ",", "including"]
        );
        assert_eq!(words("43‑year‑old"), ["43‑year‑old"]);
    }

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let doc = Doc::new("  First line.\n\n\u{a0}Second line. \r\nThird");
        let paras: Vec<String> = doc
            .paragraphs
            .iter()
            .map(|p| doc.slice(p.clone()))
            .collect();
        assert_eq!(paras, ["First line.", "Second line.", "Third"]);
    }
}
