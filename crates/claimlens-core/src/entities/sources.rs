//! Unnamed sources ("a spokeswoman for the Harbor Authority") and bodies ("Moldovan
//! officials", "the government of Moldova"): who a description that names nobody stands for.

use std::collections::BTreeSet;

use crate::lexicon::names::{head_gender, is_function_word, is_state_body_noun};
use crate::lexicon::peoples::DEMONYM_STEM_ENDINGS;
use crate::lexicon::roles::title_gender;
use crate::names::{demonym_of, fold_name, is_demonym};

/// Whom an unnamed source speaks for, as the folded content words of their description:
/// capitalised words before the head noun ("a Harbor Authority spokeswoman") and the words of
/// the phrase after it ("a spokeswoman for the Harbor Authority"). Titles and function words
/// are left out, so "for Governor Ellery" and "for Mr. Ellery" are one affiliation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Affiliation(BTreeSet<String>);

impl Affiliation {
    pub fn of(text: &str, head: &str) -> Affiliation {
        let words: Vec<&str> = text.split_whitespace().collect();
        let head_at = words
            .iter()
            .position(|w| clean(w).to_lowercase() == head)
            .unwrap_or(words.len());
        // "a DfT spokesman", and "a company spokesperson" too: a body's noun in lower case
        // says whom the source speaks for.
        let before = words[..head_at].iter().filter(|w| {
            w.starts_with(char::is_uppercase)
                || crate::lexicon::organisations::is_org_head(&clean(w).to_lowercase())
        });
        let after = words.iter().skip(head_at + 1);
        let set = before
            .chain(after)
            .map(|w| clean(w))
            .filter(|w| !is_function_word(&w.to_lowercase()) && title_gender(w).is_none())
            .map(fold_name)
            .filter(|w| !w.is_empty())
            .collect();
        Affiliation(set)
    }

    /// Can two descriptions be of one source? When either says nothing of whom they speak for,
    /// or one says more of the same ("the authority" / "the Harbor Authority").
    pub fn compatible(&self, other: &Affiliation) -> bool {
        self.0.is_subset(&other.0) || other.0.is_subset(&self.0)
    }

    /// Keeps the fuller of two compatible affiliations.
    pub fn widen(&mut self, other: &Affiliation) {
        if other.0.len() > self.0.len() {
            self.0 = other.0.clone();
        }
    }
}

/// The role a head noun names in whichever gender it is written: "spokeswoman", "spokesman"
/// and "spokesperson" are one role, "chairwoman" and "chair" another. Gender, checked apart,
/// still keeps a spokesman and a spokeswoman apart.
pub(crate) fn role_of(head: &str) -> &str {
    for suffix in ["woman", "man", "person"] {
        if let Some(stem) = head.strip_suffix(suffix) {
            if suffix == "person" || head_gender(head).is_some() {
                return stem;
            }
        }
    }
    head
}

/// A word without the punctuation around it and without a possessive.
fn clean(word: &str) -> &str {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '’' && c != '\'');
    let w = w.trim_end_matches(',');
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

/// An unnamed person's scope within their head noun: the article, whom they speak for, and where they
/// were last mentioned (a later "the spokeswoman" is the one mentioned last).
#[derive(Debug, Clone)]
pub(crate) struct SourceScope {
    pub article: usize,
    pub affiliation: Affiliation,
    pub last_seen: usize,
}

/// How a description names a country's state as a body: by the country's adjective
/// ("Moldovan officials") or by the country ("the authorities in Moldova", "Moldova’s
/// government").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum StateBody {
    Demonym(String),
    Place(String),
}

impl StateBody {
    /// The body a group description names, if it is a country's state. `text` is the
    /// description without its determiner.
    pub fn of(text: &str) -> Option<StateBody> {
        let words: Vec<&str> = text.split_whitespace().map(clean_keep_possessive).collect();
        let lower = |i: usize| words[i].to_lowercase();
        match words.len() {
            // "Moldovan officials", "Moldova’s government"
            2 if is_state_body_noun(&lower(1)) => {
                let first = words[0];
                if let Some(place) = first
                    .strip_suffix("’s")
                    .or_else(|| first.strip_suffix("'s"))
                {
                    capitalised(place).then(|| StateBody::Place(place.to_string()))
                } else if is_abbreviation(first) {
                    Some(StateBody::Place(first.to_string()))
                } else {
                    adjective_of_place(first).then(|| StateBody::Demonym(first.to_string()))
                }
            }
            // "authorities in Moldova", "government of Uganda", "officials in the U.K."
            3 | 4
                if is_state_body_noun(&lower(0))
                    && matches!(lower(1).as_str(), "in" | "of")
                    && (words.len() == 3 || lower(2) == "the") =>
            {
                let place = words[words.len() - 1];
                capitalised(place).then(|| StateBody::Place(place.to_string()))
            }
            _ => None,
        }
    }

    /// Do two descriptions name the same country's state?
    pub fn same(&self, other: &StateBody) -> bool {
        match (self, other) {
            (StateBody::Demonym(a), StateBody::Demonym(b))
            | (StateBody::Place(a), StateBody::Place(b)) => fold_name(a) == fold_name(b),
            (StateBody::Demonym(d), StateBody::Place(p))
            | (StateBody::Place(p), StateBody::Demonym(d)) => demonym_of(d, p),
        }
    }
}

/// Could a capitalised word before "officials" or "authorities" be a country's adjective?
/// Wider than [`is_demonym`], which must not take given names for adjectives: here the noun
/// after it already says it names a state, so the plain "-an" and "-i" endings count too
/// ("Moldovan", "Kenyan", "Israeli").
fn adjective_of_place(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_demonym(word)
        || (capitalised(word)
            && lower.len() >= 4
            && DEMONYM_STEM_ENDINGS.iter().any(|e| lower.ends_with(e)))
}

/// A country written as its initials ("U.S.", "UK"): a place wherever it stands.
fn is_abbreviation(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=4).contains(&letters.len())
        && letters.iter().all(|c| c.is_uppercase())
        && word.chars().all(|c| c.is_alphabetic() || c == '.')
}

fn capitalised(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

fn clean_keep_possessive(word: &str) -> &str {
    word.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affiliations_differ_by_whom_they_speak_for() {
        let port = Affiliation::of("a spokeswoman for the Harbor Authority", "spokeswoman");
        let governor = Affiliation::of("a spokeswoman for Governor Ellery", "spokeswoman");
        let authority = Affiliation::of("the spokeswoman for the authority", "spokeswoman");
        let bare = Affiliation::of("the spokeswoman", "spokeswoman");
        assert!(!port.compatible(&governor));
        assert!(port.compatible(&authority));
        assert!(bare.0.is_empty() && bare.compatible(&governor));
        assert_eq!(
            Affiliation::of("a spokeswoman for Mr. Ellery", "spokeswoman"),
            governor
        );
    }

    #[test]
    fn roles_whatever_their_gender() {
        assert_eq!(role_of("spokeswoman"), role_of("spokesperson"));
        assert_eq!(role_of("chairman"), "chair");
        assert_eq!(role_of("official"), "official");
        assert_eq!(role_of("german"), "german");
    }

    #[test]
    fn state_bodies_by_adjective_or_country() {
        let by_adjective = StateBody::of("Moldovan officials").unwrap();
        let by_country = StateBody::of("authorities in Moldova").unwrap();
        let possessive = StateBody::of("Moldova’s government").unwrap();
        assert!(by_adjective.same(&by_country) && by_country.same(&possessive));
        assert!(!by_adjective.same(&StateBody::of("government of Uganda").unwrap()));
        assert!(StateBody::of("U.S. officials")
            .unwrap()
            .same(&StateBody::of("government of the U.S.").unwrap()));
        assert_eq!(StateBody::of("Moldovan police"), None);
        assert_eq!(StateBody::of("senior Moldovan officials"), None);
    }
}
