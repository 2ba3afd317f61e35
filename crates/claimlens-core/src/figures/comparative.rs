//! A change written with its comparative: "shares closed 2.1% higher", "ended the day 0.4%
//! lower at 8,214", "12% below their 2019 level", "4% fewer than a year earlier". The subject of
//! the verb (past a market's longer close, "pared their gains to close") is what changed or
//! reached the level after "at".

use std::ops::Range;

use super::change::{change_words, is_number_part};
use super::describe::Subject;
use super::np::{is_np_word, subject_before, words};
use crate::lexicon::quantities as lex;
use crate::lexicon::{self, changes, currencies};
use crate::text::Doc;

/// "The stock ended 2.8% higher at ₹726.40", "closed 40 cents lower at $12.10": the level after
/// a change with its comparative is what the verb's subject reached.
pub(super) fn level_after_comparative(doc: &Doc, s: &Subject) -> Option<String> {
    let start = s.number.tokens.start;
    if start < s.range.start + 4
        || !matches!(doc.token_lower(start - 1), "at" | "to")
        || !matches!(doc.token_lower(start - 2), "higher" | "lower")
    {
        return None;
    }
    let change_part = |u: usize| {
        is_number_part(doc, u)
            || currencies::is_currency_symbol(doc.token_text(u))
            || matches!(
                doc.token_lower(u),
                "per" | "cent" | "percent" | "points" | "cents" | "pence"
            )
    };
    let mut u = start - 2;
    while u > s.range.start + 1 && start - u < 6 && change_part(u - 1) {
        u -= 1;
    }
    if u == start - 2 {
        return None;
    }
    subject_before(doc, closing_verb(doc, u - 1, s.range), s.range)
}

/// A market's close written with more words than its verb: "ended the day 0.4% higher" (the
/// verb before the span it closed), "pared their gains to close 5.3% higher" (the verb the
/// infinitive hangs on, whose subject closed). `at` itself otherwise.
fn closing_verb(doc: &Doc, at: usize, range: &Range<usize>) -> usize {
    let closes = |w: &str| {
        matches!(
            w,
            "close" | "closed" | "end" | "ended" | "finish" | "finished" | "settle" | "settled"
        )
    };
    let word = |k: usize| {
        if k >= range.start {
            doc.token_lower(k)
        } else {
            ""
        }
    };
    if at >= range.start + 2
        && matches!(
            word(at),
            "day" | "session" | "week" | "month" | "quarter" | "year"
        )
        && word(at - 1) == "the"
        && closes(word(at - 2))
    {
        return at - 2;
    }
    if at < range.start + 3 || word(at - 1) != "to" || !closes(word(at)) {
        return at;
    }
    // "to close" hangs on a verb a short object back: "pared (their) gains", "rallied".
    (range.start.max(at.saturating_sub(6))..at - 1)
        .rev()
        .take_while(|&k| doc.is_word(k))
        .find(|&k| {
            let w = word(k);
            w.len() > 3 && w.ends_with("ed") || lex::is_irregular_past(w)
        })
        .unwrap_or(at)
}

/// "shares closed 2.1% higher", "ended 40 cents lower": a comparative after the figure makes it
/// the change of the verb's subject.
pub(super) fn comparative_after(doc: &Doc, s: &Subject) -> Option<String> {
    // "40 cents lower": past the currency's name.
    let in_currency = !s.phrase.run.is_empty()
        && s.phrase
            .run
            .iter()
            .all(|&u| currencies::is_currency_name(doc.token_lower(u)));
    let end = match in_currency {
        true => s.phrase.end,
        false => s.number.tokens.end,
    };
    let start = s.number.tokens.start;
    if end >= s.range.end || start <= s.range.start {
        return None;
    }
    // "passenger numbers still 12% below their 2019 level", "1.6C above the average": how far
    // the subject is from a level it is measured against.
    // In commas after another figure ("bought at ₱2.33 million each, about 40 percent above
    // the price paid by the province"), or with no subject, it is how far above that level.
    let apposed = doc.is_punct(start - 1, ',');
    if matches!(doc.token_lower(end), "above" | "below") {
        let mut at = start;
        while at > s.range.start && matches!(doc.token_lower(at - 1), "still" | "now" | "just") {
            at -= 1;
        }
        let subject = subject_before(doc, at, s.range).filter(|_| !apposed);
        return subject.or_else(|| {
            let level: Vec<usize> = (end + 1..s.range.end.min(end + 6))
                .skip_while(|&u| lex::is_determiner(doc.token_lower(u)))
                .take_while(|&u| is_np_word(doc, u))
                .collect();
            (!level.is_empty()).then(|| format!("{} {}", doc.token_lower(end), words(doc, &level)))
        });
    }
    // "sold 2.08 million vehicles, 4% fewer than a year earlier".
    let c = match doc.token_lower(end) {
        "higher" => changes::Change::Rise,
        "lower" => changes::Change::Fall,
        "more" if apposed => changes::Change::Rise,
        "fewer" | "less" if apposed => changes::Change::Fall,
        _ => return None,
    };
    // "a 23% lower risk of stroke": the comparative qualifies a noun after it.
    let noun_after = end + 1 < s.range.end
        && doc.is_word(end + 1)
        && !lex::ends_counted_phrase(doc.token_lower(end + 1));
    if noun_after {
        return None;
    }
    // "1,062 lakh hectares so far, about 4% higher than …": the rise in what the figure before
    // it counts.
    let subject = match apposed {
        true => s
            .earlier
            .in_sentence
            .or(s.earlier.last_in_sentence)
            .map(|w| w.trim_start_matches("earlier ").to_string()),
        // "leaving values 3.5% lower": a noun right before the figure is what is lower.
        false if noun_before(doc, start, s.range) => {
            super::np::noun_phrase_ending(doc, start, s.range)
                .or_else(|| Some(words(doc, &[start - 1])))
        }
        false => subject_before(
            doc,
            closing_verb(doc, came_in(doc, start - 1, s.range), s.range),
            s.range,
        ),
    }?;
    Some(change_words(doc, s, c, Some(subject), ""))
}

/// "tax revenue is expected to come in R56.5bn lower": the verb of the subject for the particle
/// `at` of "come in" (past "expected to" and the like), else `at` itself.
fn came_in(doc: &Doc, at: usize, range: &Range<usize>) -> usize {
    let word = |k: usize| {
        if k >= range.start {
            doc.token_lower(k)
        } else {
            ""
        }
    };
    if at < range.start + 1
        || !matches!(word(at), "in" | "out")
        || !matches!(word(at - 1), "come" | "comes" | "came" | "coming")
    {
        return at;
    }
    let verb = at - 1;
    let expected = verb >= range.start + 2
        && word(verb - 1) == "to"
        && matches!(
            word(verb - 2),
            "expected" | "likely" | "set" | "due" | "forecast" | "projected" | "tipped"
        );
    if expected {
        verb - 2
    } else {
        verb
    }
}

/// Is the word right before `start` a noun ("values 3.5% lower"), not a verb ("closed 2%
/// higher", "is 3% lower")?
fn noun_before(doc: &Doc, start: usize, range: &Range<usize>) -> bool {
    start > range.start + 1 && {
        let w = doc.token_lower(start - 1);
        doc.is_word(start - 1)
            && !lex::ends_counted_phrase(w)
            && !lex::is_determiner(w)
            && !lex::is_auxiliary(w)
            // "ended the day 3% lower", "to close 5.3% higher": a time or a verb's plain form.
            && !lexicon::is_time_word(w)
            && !matches!(w, "session" | "close" | "finish" | "end" | "trade" | "open")
            && doc.token_lower(start - 2) != "to"
            && !doc.is_capitalized(start - 1)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !lex::is_irregular_past(w)
            && !changes::is_level_verb(w)
            && !changes::is_amount_verb(w)
            && changes::change_verb(w).is_none()
            && !crate::lexicon::speech::is_finite_speech_verb(w)
    }
}
