//! Digits written in groups as other countries' copy writes them: thousands set off by spaces
//! ("R12 500", "1 250 000") and a decimal comma before a scale written tight ("R1,5m").

use super::tight::scaled;
use crate::lexicon::quantities as lex;
use crate::text::Doc;

/// "R1,5m": the amount of money at token `t` (worth `value`), a comma and a fraction with a
/// tight scale glued after it; the value and the last token.
pub(super) fn decimal_comma(doc: &Doc, t: usize, end: usize, value: f64) -> Option<(f64, usize)> {
    if t + 2 >= end || value >= 1000.0 {
        return None;
    }
    let glued = |a: usize, b: usize| doc.tokens[b].start == doc.tokens[a].end;
    if !(doc.is_punct(t + 1, ',') && glued(t, t + 1) && glued(t + 1, t + 2)) {
        return None;
    }
    let tail = doc.token_text(t + 2);
    let frac: String = tail.chars().take_while(char::is_ascii_digit).collect();
    if !(1..=2).contains(&frac.len()) {
        return None;
    }
    let scale = lex::tight_scale(&tail[frac.len()..], true)?;
    let decimal: f64 = format!("{value}.{frac}").parse().unwrap_or(value);
    Some((scaled(decimal, scale), t + 2))
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
