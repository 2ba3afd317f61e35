//! Digits written in groups as other countries' copy writes them: thousands set off by spaces
//! ("R12 500", "1 250 000"), a decimal comma before a scale or a percent sign ("R1,5m",
//! "17,4%", "€2,1 billion") and, in copy that writes decimals so, thousands set off by dots
//! ("€30.000", "1.234.567").

use super::tight::scaled;
use crate::lexicon::quantities as lex;
use crate::text::Doc;

/// "R1,5m": the amount of money at token `t` (worth `value`), a comma and a fraction with a
/// tight scale glued after it; the value, the last token and whether a scale was applied.
/// "17,4%", "€2,1 billion", "3,5 per cent": a fraction of one or two digits before a percent
/// sign or a scale word, money or not; before anything in copy that writes decimals so ("2,5
/// to 3,5 per cent").
pub(super) fn decimal_comma(
    doc: &Doc,
    t: usize,
    end: usize,
    value: f64,
    money: bool,
) -> Option<(f64, usize, bool)> {
    marked_decimal_comma(doc, t, end, value, money).or_else(|| {
        let (decimal, rest) = comma_fraction(doc, t, end, value)?;
        (rest.is_empty() && writes_decimal_comma(doc)).then_some((decimal, t + 2, false))
    })
}

/// A decimal comma the words after it mark as one: a tight scale, a percent sign or a scale
/// word.
fn marked_decimal_comma(
    doc: &Doc,
    t: usize,
    end: usize,
    value: f64,
    money: bool,
) -> Option<(f64, usize, bool)> {
    let (decimal, rest) = comma_fraction(doc, t, end, value)?;
    if !rest.is_empty() {
        let scale = lex::tight_scale(rest, true).filter(|_| money)?;
        return Some((scaled(decimal, scale), t + 2, true));
    }
    let next = if t + 3 < end {
        doc.token_lower(t + 3)
    } else {
        ""
    };
    let marked = next == "%"
        || matches!(next, "per" | "percent")
        || lex::scale_word(next).is_some_and(|s| s >= 1000.0);
    marked.then_some((decimal, t + 2, false))
}

/// The digits at `t` (worth `value`, under a thousand) with one or two more after a comma glued
/// to them ("17,4%"): the decimal they make and what the last token holds after its digits
/// ("m" of "R1,5m").
fn comma_fraction(doc: &Doc, t: usize, end: usize, value: f64) -> Option<(f64, &str)> {
    let glued = |a: usize, b: usize| doc.tokens[b].start == doc.tokens[a].end;
    if value >= 1000.0
        || t + 2 >= end
        || !(doc.is_punct(t + 1, ',') && glued(t, t + 1) && glued(t + 1, t + 2))
    {
        return None;
    }
    let tail = doc.token_text(t + 2);
    let frac = tail.chars().take_while(char::is_ascii_digit).count();
    if !(1..=2).contains(&frac) {
        return None;
    }
    let decimal = format!("{value}.{}", &tail[..frac]).parse().ok()?;
    Some((decimal, &tail[frac..]))
}

/// Does the article write a decimal comma anywhere ("17,4%", "2,1 billion")?
fn writes_decimal_comma(doc: &Doc) -> bool {
    *doc.decimal_comma.get_or_init(|| {
        (0..doc.tokens.len()).any(|t| {
            doc.token_text(t).bytes().all(|b| b.is_ascii_digit())
                && marked_decimal_comma(doc, t, doc.tokens.len(), 0.0, false).is_some()
        })
    })
}

/// "€30.000", "1.234.567": digits in groups of three set off by dots, the thousands of copy
/// that writes decimals with a comma; two dots or more are read so in any copy, and so is an
/// amount of money with ".000" and no scale after it (money has two decimals, and "$1.250
/// billion", "$0.450" are decimals). `t` is the token the digits open.
pub(super) fn dotted_thousands(doc: &Doc, t: usize, digits: &str, money: bool) -> Option<f64> {
    let mut groups = digits.split('.');
    let head = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    let grouped = (1..=3).contains(&head.len())
        && !rest.is_empty()
        && rest
            .iter()
            .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    let scale_after = t + 1 < doc.tokens.len() && lex::scale_word(doc.token_lower(t + 1)).is_some();
    let money_thousands = money && rest.len() == 1 && rest[0] == "000" && !scale_after;
    if !grouped || (rest.len() == 1 && !money_thousands && !writes_decimal_comma(doc)) {
        return None;
    }
    digits.replace('.', "").parse().ok()
}

/// "R12 500 a month", "25 000 jobs", "1 250 000": the number at token `t` (worth `value`), one
/// to three digits, then as many groups of three digits as follow, each after one space; the
/// value and the last token. Not a day of a month before a count ("On May 5 200 protesters").
pub(super) fn thousands(doc: &Doc, t: usize, end: usize, value: f64) -> Option<(f64, usize)> {
    let head = doc
        .token_text(t)
        .trim_start_matches(|c: char| !c.is_ascii_digit());
    let dated = t > 0 && crate::lexicon::is_month(doc.token_lower(t - 1));
    if dated || !(1..=3).contains(&head.len()) || !head.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut last = t;
    let mut value = value;
    while group_after(doc, last, end) {
        last += 1;
        value = value * 1000.0 + doc.token_text(last).parse::<f64>().unwrap_or(0.0);
    }
    (last > t).then_some((value, last))
}

/// Is the token after `k` a group of three digits set off from it by one space?
fn group_after(doc: &Doc, k: usize, end: usize) -> bool {
    let next = k + 1;
    next < end
        && doc.tokens[next].start == doc.tokens[k].end + 1
        && doc.chars[doc.tokens[k].end] == ' '
        && doc.token_text(next).len() == 3
        && doc.token_text(next).chars().all(|c| c.is_ascii_digit())
}
