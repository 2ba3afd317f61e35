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
    let head = head_of_opening(doc, verb, range).or_else(|| tied_opening(doc, verb, range));
    match (np, head) {
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

/// `np`, or the short noun phrase opening the sentence up to the verb at `verb` that ends in
/// it and ties its head to it by "of" or "to" ("Exports to China reached": exports to China).
pub(super) fn tied_to(doc: &Doc, np: String, verb: usize, range: &Range<usize>) -> String {
    tied_opening(doc, verb, range)
        .filter(|opening| opening.ends_with(&format!(" {np}")))
        .unwrap_or(np)
}

/// "Exports to China rose", "The cost of shipping a container has doubled", "Arrears owed to
/// suppliers rose": a short noun phrase opening the sentence and running up to its verb at
/// `verb`, whose head is tied by "of" or "to" (past a participle, "owed to") to what it is of
/// or for.
fn tied_opening(doc: &Doc, verb: usize, range: &Range<usize>) -> Option<String> {
    let mut c = range.start;
    if c < verb && lex::is_determiner(doc.token_lower(c)) {
        c += 1;
    }
    if verb < c + 3 || verb > c + 7 {
        return None;
    }
    let tie = (c + 1..c + 4).find(|&k| matches!(doc.token_lower(k), "of" | "to"))?;
    // "According to official data exports rose": a phrase of source, not a noun.
    if matches!(
        doc.token_lower(tie - 1),
        "according" | "due" | "thanks" | "owing" | "prior" | "next" | "close" | "up"
    ) {
        return None;
    }
    // "owed to", "allocated to".
    let participle = tie > c + 1 && {
        let w = doc.token_lower(tie - 1);
        lex::is_past_form(w) || (w.len() > 3 && w.ends_with("ed"))
    };
    let head_end = tie - usize::from(participle);
    let head_ok =
        (c..head_end).all(|k| is_np_word(doc, k) && (k == range.start || !doc.is_capitalized(k)));
    // What it is tied to: nouns, determiners and a verb in -ing ("of shipping a container"),
    // no verb of its own.
    let tail_ok = tie + 1 < verb
        && (tie + 1..verb).all(|k| {
            let w = doc.token_lower(k);
            (is_np_word(doc, k) || lex::is_determiner(w))
                && changes::change_verb(w).is_none()
                && !changes::is_amount_verb(w)
                && !lex::is_reporting_verb(w)
                && !lex::is_past_form(w)
        });
    (head_ok && tail_ok).then(|| words(doc, &(c..verb).collect::<Vec<_>>()))
}
