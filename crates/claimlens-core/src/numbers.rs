//! Reading numbers written in digits or words, with the qualifiers that make them intervals.

use crate::model::Qualifier;
use crate::text::Doc;

/// A number found at some tokens, as an interval.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Number {
    /// Token range covering the qualifier, the number and any multiplier or percent sign.
    pub tokens: std::ops::Range<usize>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    pub percent: bool,
    /// The value the text names (for labels): the number itself, not the interval.
    pub value: f64,
}

fn word_value(w: &str) -> Option<f64> {
    Some(match w {
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "dozen" => 12.0,
        _ => return None,
    })
}

fn multiplier(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" | "m" | "mn" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// "hundreds", "dozens": vague amounts with a floor and no ceiling.
fn vague(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 24.0,
        "scores" => 40.0,
        "hundreds" => 200.0,
        "thousands" => 2000.0,
        "millions" => 2e6,
        _ => return None,
    })
}

/// Parses the value of one token: digits ("1,613", "9.5", "43-year-old"), number words
/// ("forty-eight").
fn token_value(doc: &Doc, t: usize) -> Option<f64> {
    let text = doc.token_lower(t);
    let digits: String = text
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    if !digits.is_empty() && digits.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        let rest = &text[digits.len()..];
        // "3-2", "9-4": scores and votes, not quantities.
        if rest.starts_with('-') && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        // "14th" is an ordinal, "6pm" a time: not quantities.
        if rest.starts_with(|c: char| c.is_alphabetic()) && !matches!(rest, "m" | "bn" | "k") {
            return None;
        }
        return digits.replace(',', "").parse().ok();
    }
    if let Some((a, b)) = text.split_once('-') {
        if let (Some(x), Some(y)) = (word_value(a), word_value(b)) {
            if x >= 20.0 && y < 10.0 {
                return Some(x + y);
            }
        }
    }
    word_value(text)
}

/// Reads the number starting at token `t`, if there is one; `t` must be the first token of
/// the number itself (qualifiers before it are read backwards).
pub(crate) fn read(doc: &Doc, t: usize, end: usize) -> Option<Number> {
    let lower = doc.token_lower(t);
    let mut value;
    let mut last = t;
    let mut qualifier = Qualifier::Exact;
    let mut high_override = None;
    if let Some(v) = vague(lower) {
        value = v;
        qualifier = Qualifier::Vague;
    } else if lower == "a" || lower == "one" {
        // "a thousand", "one hundred".
        let m = (t + 1 < end)
            .then(|| multiplier(doc.token_lower(t + 1)))
            .flatten()?;
        value = m;
        last = t + 1;
    } else {
        value = token_value(doc, t)?;
        // "nine hundred", "9.5 million"
        while last + 1 < end {
            if let Some(m) = multiplier(doc.token_lower(last + 1)) {
                value *= m;
                last += 1;
            } else {
                break;
            }
        }
    }
    let mut percent = false;
    if last + 1 < end
        && (doc.is_punct(last + 1, '%') || matches!(doc.token_lower(last + 1), "percent" | "per"))
    {
        percent = true;
        last += 1;
        if doc.token_lower(last) == "per" && last + 1 < end && doc.token_lower(last + 1) == "cent" {
            last += 1;
        }
    }
    // "eight or nine", "5 to 7", "between 5 and 7"
    if qualifier == Qualifier::Exact && last + 2 < end {
        let link = doc.token_lower(last + 1);
        if matches!(link, "or" | "to" | "and") || doc.is_punct(last + 1, '–') {
            if let Some(second) = token_value(doc, last + 2) {
                let between = t > 0 && doc.token_lower(t - 1) == "between";
                if second > value && (link != "and" || between) {
                    high_override = Some(second);
                    qualifier = Qualifier::Range;
                    last += 2;
                    while last + 1 < end && multiplier(doc.token_lower(last + 1)).is_some() {
                        last += 1;
                    }
                }
            }
        }
    }
    let mut first = t;
    // Qualifiers before the number.
    let before = |k: usize| {
        if t >= k {
            doc.token_lower(t - k)
        } else {
            ""
        }
    };
    let (b1, b2, b3) = (before(1), before(2), before(3));
    let (mut low, mut high) = (Some(value), Some(high_override.unwrap_or(value)));
    match (b3, b2, b1) {
        (_, "more" | "greater", "than") | (_, "upwards", "of") | ("in", "excess", "of") => {
            qualifier = Qualifier::MoreThan;
            first = t - if b2 == "excess" { 3 } else { 2 };
            high = None;
        }
        // "handed over 114", "over two days" are not bounds.
        (_, b2, "over")
            if matches!(
                b2,
                "handed"
                    | "hand"
                    | "hands"
                    | "turned"
                    | "turn"
                    | "signed"
                    | "took"
                    | "taken"
                    | "passed"
                    | "given"
                    | "gave"
                    | "won"
                    | "voted"
                    | "fought"
            ) => {}
        (_, _, "over")
            if (t + 1 < end)
                && matches!(
                    doc.token_lower(last + 1).trim_end_matches('s'),
                    "day" | "week" | "month" | "year" | "hour" | "decade" | "minute" | "weekend"
                ) => {}
        (_, _, "over" | "above" | "exceeding") => {
            qualifier = Qualifier::MoreThan;
            first = t - 1;
            high = None;
        }
        (_, "at", "least") | ("no", "fewer" | "less", "than") => {
            qualifier = Qualifier::AtLeast;
            first = t - if b3 == "no" { 3 } else { 2 };
            high = None;
        }
        (_, "fewer" | "less", "than") => {
            qualifier = Qualifier::LessThan;
            first = t - 2;
            low = None;
        }
        (_, _, "under" | "below") => {
            qualifier = Qualifier::LessThan;
            first = t - 1;
            low = None;
        }
        (_, "up", "to") | (_, "at", "most") => {
            qualifier = Qualifier::AtMost;
            first = t - if b3 == "no" { 3 } else { 2 };
            low = None;
        }
        (_, "close", "to") => {
            qualifier = Qualifier::Approximate;
            first = t - 2;
            low = Some(value * 0.9);
        }
        (
            _,
            _,
            "about" | "around" | "roughly" | "approximately" | "some" | "nearly" | "almost"
            | "estimated" | "approx.",
        ) if qualifier == Qualifier::Exact => {
            qualifier = Qualifier::Approximate;
            first = t - 1;
            if matches!(b1, "nearly" | "almost") {
                low = Some(value * 0.9);
            } else {
                low = Some(value * 0.9);
                high = Some(value * 1.1);
            }
        }
        _ => {}
    }
    if qualifier == Qualifier::Vague {
        high = None;
    }
    // "exactly 48" and "between 5 and 7" keep their first word in the figure's text.
    if b1 == "exactly" || (b1 == "between" && qualifier == Qualifier::Range) {
        first = t - 1;
    }
    Some(Number {
        tokens: first..last + 1,
        low,
        high,
        qualifier,
        percent,
        value,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_at(text: &str, word: &str) -> Number {
        let doc = Doc::new(text);
        let t = (0..doc.tokens.len())
            .find(|&t| doc.token_text(t) == word)
            .unwrap();
        read(&doc, t, doc.tokens.len()).unwrap()
    }

    #[test]
    fn qualifiers_make_intervals() {
        let n = read_at("more than 1,200 prisoners", "1,200");
        assert_eq!(
            (n.low, n.high, n.qualifier),
            (Some(1200.0), None, Qualifier::MoreThan)
        );
        let n = read_at("at least 123 prisoners", "123");
        assert_eq!(
            (n.low, n.high, n.qualifier),
            (Some(123.0), None, Qualifier::AtLeast)
        );
        let n = read_at("eight or nine others", "eight");
        assert_eq!(
            (n.low, n.high, n.qualifier),
            (Some(8.0), Some(9.0), Qualifier::Range)
        );
        let n = read_at("about 20% of exports", "20");
        assert!(
            n.percent
                && n.qualifier == Qualifier::Approximate
                && n.low.unwrap() < 20.0
                && n.high.unwrap() > 20.0
        );
        let n = read_at("population 9.5 million", "9.5");
        assert_eq!(n.low, Some(9_500_000.0));
        let n = read_at("hundreds were arrested", "hundreds");
        assert_eq!(
            (n.low, n.high, n.qualifier),
            (Some(200.0), None, Qualifier::Vague)
        );
        let n = read_at("a thousand people", "a");
        assert_eq!(n.low, Some(1000.0));
        let n = read_at("Forty-eight are alive", "Forty-eight");
        assert_eq!(n.low, Some(48.0));
        let n = read_at("between 5 and 7 days", "5");
        assert_eq!((n.low, n.high, n.tokens.start), (Some(5.0), Some(7.0), 0));
        let doc = Doc::new("won 3-2 at home");
        assert!(
            read(&doc, 1, doc.tokens.len()).is_none(),
            "a score is not a quantity"
        );
    }

    #[test]
    fn ordinals_are_not_numbers() {
        let doc = Doc::new("Dec 14th");
        assert!(read(&doc, 1, doc.tokens.len()).is_none());
    }
}
