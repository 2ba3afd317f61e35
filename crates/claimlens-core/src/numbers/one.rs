//! "one" as a count of its own: one person something befell ("one security guard was injured")
//! or one point of change ("up one point"), where elsewhere "one" opens a scale ("one hundred").

use crate::lexicon::quantities as lex;
use crate::text::Doc;

/// Does "one" at `t` count one on its own: a person something happened to, or a point of
/// change?
pub(super) fn counts_one(doc: &Doc, t: usize, end: usize) -> bool {
    // "One man was found dead", "police arrested one woman", "one security guard was
    // injured": "one" before a person counts one when something happened to them ("one
    // resident said" is a source).
    let personal = |u: usize| {
        u < end && doc.is_word(u) && !doc.is_capitalized(u) && {
            let w = doc.token_lower(u);
            lex::is_people_noun(w) || crate::lexicon::roles::is_role_head(w)
        }
    };
    // Not "one million people", "One hundred people": a number's scale.
    let scaled = t + 1 < end
        && (lex::scale_word(doc.token_lower(t + 1)).is_some()
            || lex::number_word(doc.token_lower(t + 1)).is_some());
    let person = !scaled
        && (personal(t + 1)
            || (personal(t + 2)
                && doc.is_word(t + 1)
                && !doc.is_capitalized(t + 1)
                && !crate::lexicon::names::is_function_word(doc.token_lower(t + 1))))
        && ((t.saturating_sub(3)..t)
            .rev()
            .take_while(|&u| !doc.is_punct(u, '.') && !doc.is_punct(u, '!'))
            .any(|u| crate::lexicon::events::befalls_people(doc.token_lower(u)))
            || (t + 2..end.min(t + 6))
                .take_while(|&u| crate::lexicon::speech::speech_verb(doc.token_lower(u)).is_none())
                .any(|u| crate::lexicon::events::befalls_people(doc.token_lower(u))));
    // "Labour is up one point", "fell by one percentage point": one point of change.
    let point = t + 1 < end
        && t > 0
        && matches!(doc.token_lower(t + 1), "point" | "percentage")
        && (matches!(doc.token_lower(t - 1), "up" | "down" | "by")
            || crate::lexicon::changes::change_verb(doc.token_lower(t - 1)).is_some());
    person || point
}
