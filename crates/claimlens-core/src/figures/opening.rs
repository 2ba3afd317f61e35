//! The head of what opens a sentence, when the noun right before the verb is only where or
//! among whom ("The prevalence of myopia among 12-year-olds in the region rose").

use std::ops::Range;

use super::np::{is_np_word, words};
use crate::lexicon::changes;
use crate::lexicon::quantities as lex;
use crate::text::Doc;

/// "The prevalence of myopia among 12-year-olds in the region rose": the head of what opens
/// the sentence, rather than `np`, the last noun before the verb at `verb`, or when there is
/// none ("Deaths among infants under one fell").
pub(super) fn opening_head(
    doc: &Doc,
    np: Option<String>,
    verb: usize,
    range: &Range<usize>,
) -> Option<String> {
    match (np, head_of_opening(doc, verb, range)) {
        (Some(np), Some(head))
            if !np
                .split(' ')
                .any(|w| w.eq_ignore_ascii_case(head.split(' ').next().unwrap_or_default())) =>
        {
            Some(head)
        }
        (np, head) => np.or(head),
    }
}

/// "Uptake of the second vaccine dose among children aged 5 in the district", "Deaths among
/// infants under one": a noun, with its "of" phrase or in the plural, opening the sentence,
/// when only nouns, prepositions and numbers stand between it and the verb at `verb`.
fn head_of_opening(doc: &Doc, verb: usize, range: &Range<usize>) -> Option<String> {
    let linking = |k: usize| {
        matches!(
            doc.token_lower(k),
            "among" | "in" | "across" | "aged" | "at" | "for" | "under" | "over"
        )
    };
    let mut c = range.start;
    if c < verb && lex::is_determiner(doc.token_lower(c)) {
        c += 1;
    }
    let of = (c + 1..verb.min(c + 3)).find(|&k| doc.token_lower(k) == "of");
    let head_end = of.or_else(|| (c + 1..verb.min(c + 4)).find(|&k| linking(k)))?;
    let head_ok =
        (c..head_end).all(|k| is_np_word(doc, k) && (k == range.start || !doc.is_capitalized(k)));
    let object_end = match of {
        Some(of) => (of + 1..verb)
            .find(|&k| {
                linking(k) || !(is_np_word(doc, k) || lex::is_determiner(doc.token_lower(k)))
            })
            .filter(|&k| k > of + 1)?,
        // Without "of", a plural head ("Deaths among …").
        None => Some(head_end).filter(|&k| super::phrase_end::is_plural(doc.token_lower(k - 1)))?,
    };
    let between_ok = (object_end..verb).all(|k| {
        let w = doc.token_lower(k);
        linking(k)
            || w.starts_with(|ch: char| ch.is_ascii_digit())
            || lex::number_word(w).is_some()
            || doc.is_punct(k, '-')
            || ((is_np_word(doc, k) || lex::is_determiner(w))
                && changes::change_verb(w).is_none()
                && !changes::is_amount_verb(w)
                && !lex::is_reporting_verb(w))
    });
    (head_ok && between_ok && linking(object_end))
        .then(|| words(doc, &(c..object_end).collect::<Vec<_>>()))
}
