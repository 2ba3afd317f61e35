//! What an article's own wording says of its capitalised words: platforms, awards, places,
//! nationalities and common nouns, recognised by how the text uses them rather than by lists of
//! names.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use super::mentions::{ends_possessive, strip_possessive};
use crate::lexicon::names::{is_award_noun, is_platform_noun, is_publishing_verb, is_role_noun};
use crate::lexicon::roles::title_gender;
use crate::text::Doc;

/// What the article's own wording says some capitalised words are, whatever they look like:
/// platforms ("posted on Chirpline", "a Chirpline account"), awards ("the Ostrander Prize",
/// "an Ostrander laureate") and places of more than one word written after "in" ("in Port
/// Lorne"). These replace lists of platform, prize and city names, which no list keeps up with.
#[derive(Debug, Default)]
pub(super) struct TextUses {
    pub platforms: HashSet<String>,
    pub awards: HashSet<String>,
    pub places: HashSet<String>,
    /// Capitalised words of the article, as written.
    pub capitalised: HashSet<String>,
    /// Words written in lower case after an article ("the beekeeper"): common nouns, which a
    /// capital before a name does not make part of it.
    pub lower_nouns: HashSet<String>,
    /// Names written after a title ("Mayor Ellen Park": "Ellen Park" and "Park"): people, even
    /// when a word of theirs often names a place.
    pub titled: HashSet<String>,
    /// Answers of `is_nationality` so far: a demonym-shaped word is asked about at each use.
    nationality: RefCell<HashMap<String, bool>>,
}

impl TextUses {
    pub fn of(doc: &Doc) -> TextUses {
        let mut uses = TextUses::default();
        for t in 0..doc.tokens.len() {
            if !doc.is_word(t) {
                continue;
            }
            if doc.is_capitalized(t) {
                uses.capitalised.insert(doc.token_text(t).to_string());
            }
            if doc.is_capitalized(t) && uses.is_platform_at(doc, t) {
                uses.platforms.insert(doc.token_text(t).to_string());
            }
            if is_award_noun(doc.token_lower(t)) {
                uses.note_award_before(doc, t);
            }
            // "in Tromsby"; "of Croydon, south London", "northern Kenya": a point of the
            // compass in lower case before a capitalised word makes it a place.
            if doc.token_lower(t) == "in"
                || (!doc.is_capitalized(t)
                    && crate::lexicon::peoples::is_compass_word(doc.token_lower(t)))
            {
                uses.note_place_after(doc, t);
            }
            let text = doc.token_text(t);
            let role = || is_role_noun(doc.token_lower(t));
            if doc.is_capitalized(t) && (title_gender(text).is_some() || role()) {
                uses.note_titled_after(doc, t);
            }
            // "Park Ji-hoon, a vice minister,": a romanised given name in two syllables after a
            // capitalised word makes that word a family name, a person's wherever it stands.
            let romanised = doc.is_capitalized(t)
                && text
                    .split_once('-')
                    .is_some_and(|(a, b)| a.len() > 1 && b.starts_with(char::is_lowercase));
            if romanised && t > 0 && doc.is_word(t - 1) && doc.is_capitalized(t - 1) {
                let family = strip_possessive(doc.token_text(t - 1));
                uses.titled
                    .insert(format!("{family} {}", strip_possessive(text)));
                uses.titled.insert(family);
            }
            // "said Jane Park", "Stuart Hall said": two capitalised words right after or before
            // a verb of speech in the past are a person's name, whatever the last one names
            // elsewhere.
            if matches!(doc.token_lower(t), "said" | "says" | "told" | "added") {
                uses.note_speaker_beside(doc, t);
            }
            // "the family’s other lawyer, Jane Park,": a name in apposition to a role is a
            // person's, whatever its last word ("Park") names elsewhere.
            if t + 1 < doc.tokens.len()
                && doc.is_punct(t + 1, ',')
                && !doc.is_capitalized(t)
                && role()
            {
                uses.note_titled_after(doc, t + 1);
            }
            let after_article = t > 0 && matches!(doc.token_lower(t - 1), "the" | "a" | "an");
            if after_article && !doc.is_capitalized(t) {
                uses.lower_nouns
                    .insert(strip_possessive(doc.token_lower(t)));
            }
        }
        uses
    }

    /// Is a demonym-shaped word before a lone surname a nationality ("Kenyan Otieno") rather
    /// than a given name ("Julian Grant", "Brian Cox")? Only if the article names its country
    /// ("Kenya") or its people ("Kenyans").
    pub fn is_nationality(&self, word: &str) -> bool {
        if let Some(&known) = self.nationality.borrow().get(word) {
            return known;
        }
        let plural = format!("{word}s");
        let answer = self
            .capitalised
            .iter()
            .any(|w| *w == plural || (w != word && crate::names::demonym_of(word, w)));
        self.nationality
            .borrow_mut()
            .insert(word.to_string(), answer);
        answer
    }

    /// "wrote on Chirpline", "his Chirpline channel".
    fn is_platform_at(&self, doc: &Doc, t: usize) -> bool {
        let after_publishing =
            t >= 2 && doc.token_lower(t - 1) == "on" && is_publishing_verb(doc.token_lower(t - 2));
        let before_platform_noun = t + 1 < doc.tokens.len()
            && doc.is_word(t + 1)
            && !doc.is_capitalized(t + 1)
            && is_platform_noun(doc.token_lower(t + 1));
        after_publishing || before_platform_noun
    }

    /// The capitalised words just before an award noun: "Ostrander" in "Ostrander laureate",
    /// "Ostrander" and "Peace" in "Ostrander Peace Prize".
    fn note_award_before(&mut self, doc: &Doc, t: usize) {
        let mut k = t;
        while k > 0 && doc.is_word(k - 1) && doc.is_capitalized(k - 1) {
            k -= 1;
            self.awards.insert(doc.token_text(k).to_string());
        }
    }

    /// A given name and a surname right after or right before the verb of speech at `t`.
    fn note_speaker_beside(&mut self, doc: &Doc, t: usize) {
        let capitalised = |k: usize| k < doc.tokens.len() && doc.is_capitalized(k);
        let pair = |a: usize, b: usize| {
            capitalised(a)
                && capitalised(b)
                && !crate::lexicon::names::NON_PERSON_WORDS.contains(&doc.token_text(a))
                && !crate::lexicon::names::is_function_word(doc.token_lower(a))
        };
        let after = t + 2 < doc.tokens.len() && pair(t + 1, t + 2) && !capitalised(t + 3);
        if after {
            self.titled.insert(format!(
                "{} {}",
                doc.token_text(t + 1),
                doc.token_text(t + 2)
            ));
        }
        let before = t >= 2 && pair(t - 2, t - 1) && (t < 3 || !capitalised(t - 3));
        if before {
            self.titled.insert(format!(
                "{} {}",
                doc.token_text(t - 2),
                doc.token_text(t - 1)
            ));
        }
    }

    /// "Mayor Ellen Park": the name after a title, whole and its last word.
    fn note_titled_after(&mut self, doc: &Doc, t: usize) {
        let words: Vec<String> = (t + 1..doc.tokens.len().min(t + 4))
            .take_while(|&k| doc.is_word(k) && doc.is_capitalized(k))
            .map(|k| strip_possessive(doc.token_text(k)))
            .collect();
        if let Some(last) = words.last() {
            self.titled.insert(last.clone());
            self.titled.insert(words.join(" "));
            // "Minister Park Seo-yeon": a romanised given name in two syllables follows the
            // family name, which is then the person's too.
            let romanised = last
                .split_once('-')
                .is_some_and(|(_, second)| second.starts_with(char::is_lowercase));
            if romanised && words.len() == 2 {
                self.titled.insert(words[0].clone());
            }
        }
    }

    /// "in Port Lorne": a capitalised run after "in", unless a possessive ends it ("in Lena
    /// Ostrander’s view").
    fn note_place_after(&mut self, doc: &Doc, t: usize) {
        let mut k = t + 1;
        let mut words = Vec::new();
        while k < doc.tokens.len() && doc.is_word(k) && doc.is_capitalized(k) {
            if ends_possessive(doc.token_text(k)) {
                return;
            }
            words.push(doc.token_text(k));
            k += 1;
        }
        if k < doc.tokens.len() && crate::text::is_apostrophe(doc.first_char(k)) {
            return;
        }
        if words.len() >= 2 {
            self.places.insert(words.join(" "));
        }
    }
}
