//! Organisations met again: by the first word of their name ("Harwick" after "Harwick
//! Telecom") and by the generic noun a reader uses for them ("the hospital" after "St. Agnes’s
//! Regional Medical Center"); and a one-word speaker a later "the company" shows to be a firm.

use std::collections::HashMap;

use super::{EntityIx, Registry};
use crate::lexicon::organisations::{is_generic_name_word, is_org_word, org_word_kind};
use crate::model::EntityKind;
use crate::names::fold_name;

/// The first word of each organisation named in two or more words ("Harwick" of "Harwick
/// Telecom"), folded, with the articles and organisations it begins: a later "Harwick" alone is
/// the organisation, as news shortens a company once it has named it in full.
#[derive(Default)]
pub(super) struct ShortOrgForms {
    by_first: HashMap<String, Vec<(usize, EntityIx)>>,
}

impl ShortOrgForms {
    pub(super) fn add(&mut self, article: usize, words: &[String], e: EntityIx) {
        let [first, _, ..] = words else {
            return;
        };
        // A demonym, an initialism or a generic word begins many names ("European Union",
        // "U.S. Embassy", "National Council") and shortens none.
        let plain = first.chars().all(char::is_alphabetic)
            && !first.chars().all(char::is_uppercase)
            && !crate::names::is_demonym(first)
            && !is_generic_name_word(first);
        if plain {
            let slot = self.by_first.entry(fold_name(first)).or_default();
            if !slot.contains(&(article, e)) {
                slot.push((article, e));
            }
        }
    }

    /// The organisation a lone word shortens: one begun by it in the same article, else the
    /// only one begun by it anywhere.
    pub(super) fn find(&self, article: usize, word: &str) -> Option<EntityIx> {
        let found = self.by_first.get(&fold_name(word))?;
        let local = found.iter().find(|(a, _)| *a == article).map(|&(_, e)| e);
        let mut all: Vec<EntityIx> = found.iter().map(|&(_, e)| e).collect();
        all.dedup();
        local.or_else(|| (all.len() == 1).then(|| all[0]))
    }
}

/// The generic nouns a reader may use for an organisation with these name words: its own
/// organisation words ("board" for "Competition Board of Aldria") and what its words stand for
/// ("hospital" for "Medical Center", "company" for "Telecom").
pub(crate) fn org_kinds(words: &[String]) -> Vec<String> {
    let mut kinds: Vec<String> = Vec::new();
    for w in words {
        let own = is_org_word(w).then(|| w.to_lowercase());
        for kind in own.into_iter().chain(org_word_kind(w).map(String::from)) {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
    }
    kinds
}

/// An organisation named in an article, for a later "the hospital" or "the company".
#[derive(Debug, Clone)]
pub(super) struct NamedOrg {
    pub start: usize,
    pub entity: EntityIx,
    pub kinds: Vec<String>,
}

impl Registry {
    /// Is `e` an unnamed source that is no single person: a group named by a collective noun
    /// ("her community", "the family") or a document ("the statement"), never a "he" or a
    /// "she".
    pub fn is_collective(&self, e: EntityIx) -> bool {
        let data = &self.entities[e];
        data.kind == EntityKind::Anonymous
            && data.forms.keys().all(|f| {
                let head = f.rsplit(' ').next().unwrap_or_default();
                crate::lexicon::speech::is_statement_noun(head)
                    || matches!(
                        head,
                        "community"
                            | "family"
                            | "public"
                            | "crowd"
                            | "village"
                            | "congregation"
                            | "household"
                            | "tribe"
                            | "clan"
                            | "audience"
                            | "neighbourhood"
                            | "neighborhood"
                    )
            })
    }

    /// Is `e` someone known only by one capitalised word, with nothing said of them (no gender,
    /// no description): as likely a firm ("Unilever said") as a person?
    pub fn known_by_one_word(&self, e: EntityIx) -> bool {
        self.nothing_said_of(e) && self.entities[e].forms.keys().all(|f| !f.contains(' '))
    }

    /// Is `e` a person of whom the text says nothing: no gender, no description?
    fn nothing_said_of(&self, e: EntityIx) -> bool {
        let data = &self.entities[e];
        data.kind == EntityKind::Person && data.gender.is_none() && data.descriptions.is_empty()
    }

    /// Is `e` someone named by capitalised words none of which is a given name, with nothing
    /// said of them ("Ridgeway Meats said"): as likely a firm as a person?
    pub fn named_like_a_firm(&self, e: EntityIx) -> bool {
        self.nothing_said_of(e)
            && self.entities[e].forms.keys().all(|f| {
                // A firm's last word is a plural noun ("Meats", "Developments"); a person's
                // unlisted given name and surname are not made a firm.
                let plural = f
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"));
                f.contains(' ')
                    && plural
                    && f.split(' ')
                        .all(|w| crate::names::listed_given_gender(w).is_none())
            })
    }

    /// Makes `e`, known by one word, the firm a later description says it is.
    pub fn make_firm(&mut self, e: EntityIx) {
        if self.known_by_one_word(e) || self.named_like_a_firm(e) {
            self.entities[e].kind = EntityKind::Organization;
        }
    }

    /// "The hospital" after "St. Agnes’s Regional Medical Center", "the company" after "Harwick
    /// Telecom": the organisation named last before `pos` in this article whose name's words
    /// stand for the description's head noun. Only definite descriptions: "a hospital" is any.
    pub(super) fn named_org_described(
        &self,
        article: usize,
        pos: usize,
        text: &str,
        head: &str,
    ) -> Option<EntityIx> {
        let definite = text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        // "the operator", "the carrier": what news calls any firm.
        let head = match head {
            "firm" | "operator" | "carrier" | "business" => "company",
            other => other,
        };
        if !definite {
            return None;
        }
        self.named_orgs
            .get(article)?
            .iter()
            .rev()
            .filter(|o| o.start < pos)
            // An airline or a bank is a company too.
            .find(|o| {
                o.kinds.iter().any(|k| {
                    k == head || (head == "company" && matches!(k.as_str(), "airline" | "bank"))
                })
            })
            .map(|o| o.entity)
    }
}
