//! The noun phrase after a figure that says what it is for, in or on ("$5m in damages", "£2m
//! earmarked for road repairs").

use super::describe::{past_quote_marks, Subject};
use super::np::words;
use crate::lexicon::changes;
use crate::lexicon::quantities as lex;
use crate::text::Doc;

/// The preposition and noun phrase right after the figure ("$5m in damages"), or after what it
/// is each of ("€950 a month for a room"), unless the phrase is a time ("in the third quarter").
pub(super) fn object_after<'a>(
    doc: &'a Doc,
    s: &Subject,
    preps: &[&str],
) -> Option<(&'a str, String)> {
    object_from(
        doc,
        s,
        past_quote_marks(doc, s.phrase.end, s.range.end),
        preps,
    )
}

/// What an amount a participle after it puts by is for: "A$460,000 set aside for a new council
/// logo", "£2m earmarked for repairs", "€40m spent on the roof".
pub(super) fn object_after_participle<'a>(
    doc: &'a Doc,
    s: &Subject,
    preps: &[&str],
) -> Option<(&'a str, String)> {
    let k = past_quote_marks(doc, s.phrase.end, s.range.end);
    let w = doc.token_lower(k.min(doc.tokens.len().saturating_sub(1)));
    let participle = k + 1 < s.range.end && doc.is_word(k) && lex::is_past_form(w);
    if !participle {
        return None;
    }
    let particle = matches!(
        doc.token_lower(k + 1),
        "aside" | "away" | "off" | "out" | "up"
    );
    object_from(doc, s, k + 1 + usize::from(particle), preps)
}

fn object_from<'a>(
    doc: &'a Doc,
    s: &Subject,
    mut k: usize,
    preps: &[&str],
) -> Option<(&'a str, String)> {
    if k + 2 < s.range.end
        && matches!(doc.token_lower(k), "a" | "an" | "per" | "each" | "every")
        && lex::is_period_word(doc.token_lower(k + 1))
    {
        k += 2;
    }
    if k >= s.range.end || !preps.contains(&doc.token_lower(k)) {
        return None;
    }
    let prep = doc.token_lower(k);
    let mut u = k + 1;
    while u < s.range.end && lex::is_determiner(doc.token_lower(u)) {
        u += 1;
    }
    let first = u;
    // "$5m in damages", not "$5m in March": a name or a date is not what money is.
    if first >= s.range.end || doc.is_capitalized(first) {
        return None;
    }
    // "for a pint of milk": "of" and a noun after the first word stay in the phrase.
    let of_noun = |u: usize| {
        u > first
            && doc.token_lower(u) == "of"
            && u + 1 < s.range.end
            && super::np::is_np_word(doc, u + 1)
            && !doc.is_capitalized(u + 1)
    };
    // "to revenue next year": a time after the noun says when.
    let when = |u: usize| {
        u > first
            && matches!(doc.token_lower(u), "next" | "last" | "this")
            && u + 1 < s.range.end
            && lex::is_period_word(doc.token_lower(u + 1))
    };
    while u < s.range.end
        && u < first + 6
        && doc.is_word(u)
        && !when(u)
        && (of_noun(u) || !lex::ends_counted_phrase(doc.token_lower(u)))
        && !lex::is_irregular_past(doc.token_lower(u))
        && !doc.token_lower(u).starts_with(|c: char| c.is_ascii_digit())
    {
        u += 1;
    }
    // "topped $1 trillion for the first time": an occasion is no time span but is no
    // purpose either.
    let time = (first..u).any(|v| {
        let w = doc.token_lower(v);
        lex::is_period_word(w) || matches!(w, "time" | "times")
    });
    // "for $3.1bn in cash": how it is paid, not what it is; "seized £41,650 in cash" is cash.
    let start = s.number.tokens.start;
    let paid = (s.range.start.max(start.saturating_sub(6))..start).any(|v| {
        let w = doc.token_lower(v);
        w == "for" || changes::money_verb(w).is_some()
    });
    let payment =
        paid && u == first + 1 && matches!(doc.token_lower(first), "cash" | "stock" | "shares");
    (u > first && !time && !payment).then(|| (prep, words(doc, &(first..u).collect::<Vec<_>>())))
}
