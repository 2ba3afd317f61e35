//! Whether a capitalised run names a thing (a place, a storm, a prize, a month) rather than a
//! person: by its words ("Storm", "Park"), by how the article uses it, and, for a surname that
//! also names places, by what the text says around it ("Jenny Park said", "Marcus Hall, 29,").

use std::ops::Range;

use super::mentions::{age_follows, is_title_word, strip_possessive};
use super::uses::TextUses;
use crate::lexicon::is_month;
use crate::lexicon::names::NON_PERSON_WORDS;
use crate::text::Doc;

/// Is the run a place, an event, an award or a date rather than a person? By its words ("Gulf",
/// "Summit", "Monday"), by how the article uses it (an award, a place after "in"), or as a
/// place named "New ..." ("New Carlow"; "New" begins no person's name).
pub(super) fn names_a_thing(
    doc: &Doc,
    run: Range<usize>,
    words: &[String],
    uses: &TextUses,
) -> bool {
    let bare: Vec<String> = words.iter().map(|w| strip_possessive(w)).collect();
    // "Mayor Ellen Park", then "Park said": a name the article gives a title is a person's.
    let titled =
        uses.titled.contains(&bare.join(" ")) || surname_of_a_person(doc, run.clone(), &bare);
    (!titled && bare.iter().any(|w| NON_PERSON_WORDS.contains(&w.as_str())))
        || (bare.len() == 1 && is_month(&bare[0].to_lowercase()))
        // "missing since Saturday say they are": a day is nobody.
        || (bare.len() == 1 && crate::lexicon::is_weekday(&bare[0].to_lowercase()))
        || (bare.len() == 1 && uses.awards.contains(&bare[0]))
        || uses.places.contains(&bare.join(" "))
        || (run.start > 0 && doc.token_text(run.start - 1) == "New" && !is_title_word(&bare[0]))
}

/// "Jenny Park said", "Marcus Hall, 29,", "The facilitator, Ji-woo Park,": a given name, then a
/// word that also names places as a surname, where what is around it says a person: a verb of
/// speech or an age after it, or a role in commas before it ("Victoria Park" stays a place).
fn surname_of_a_person(doc: &Doc, run: Range<usize>, bare: &[String]) -> bool {
    // "Jenny Park said", "The facilitator, Jenny Park, said".
    let verb = match run.end < doc.tokens.len() && doc.is_punct(run.end, ',') {
        true => run.end + 1,
        false => run.end,
    };
    let speaks = verb < doc.tokens.len()
        && crate::lexicon::speech::is_finite_speech_verb(doc.token_lower(verb));
    // A role or an agent noun ("the facilitator", "her co-worker") in commas before it.
    // In commas both sides ("The mediator, Hye-jin Park, said"; not "along the river,
    // Victoria Park and the harbour").
    let role_before = run.start >= 2
        && doc.is_punct(run.start - 1, ',')
        && doc.is_word(run.start - 2)
        && crate::lexicon::roles::is_role_head(doc.token_lower(run.start - 2))
        && run.end < doc.tokens.len()
        && doc.is_punct(run.end, ',');
    // "Ji-woo", "Seo-yeon": a given name of two short syllables joined by a hyphen.
    let syllables = bare[0].split_once('-').is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|s| (2..=4).contains(&s.len()) && s.chars().all(char::is_alphabetic))
    });
    let age = age_follows(doc, run.end);
    // "Her co-worker, Demetrius Hall, 29,": a role before and an age after need no given name
    // the lexicon knows.
    let given = super::given_gender(&bare[0]).is_some() || syllables;
    bare.len() == 2
        && ((given && (speaks || age || role_before)) || (role_before && (speaks || age)))
}

/// "a Series B round", "Class A drugs": a word and a lone capital letter after a modifier name
/// a kind of thing; "Cardi B said", "said Jay Z" stay stage names, and an initial has its stop.
pub(super) fn lettered_kind(doc: &Doc, run: Range<usize>, named: &[String]) -> bool {
    let modified = run.start > 0 && {
        let before = doc.token_lower(run.start - 1);
        doc.is_word(run.start - 1)
            && !doc.is_capitalized(run.start - 1)
            && crate::lexicon::speech::speech_verb(before).is_none()
            && !crate::lexicon::speech::is_preposition(before)
    };
    named.len() == 2
        && modified
        && named[1].chars().count() == 1
        && named[1].chars().all(|c| c.is_ascii_uppercase())
        && !(run.end < doc.tokens.len() && doc.is_punct(run.end, '.'))
}
