//! The person's name a phrase ends in after a role or a title ("health committee chair Jane
//! Obi", "Secretary of State Marco Rubio"): the phrase's head is the person, not the role.

use super::*;

impl ArticleAnalysis {
    /// The person's name that ends `toks` right after a role in lower case ("health committee
    /// chair Jane Obi"), if there is one.
    pub(super) fn name_after_role(&self, toks: &[usize]) -> Option<usize> {
        let &last = toks.last()?;
        let n = self.name_at(last)?;
        let name = &self.names[n];
        if name.kind != NameKind::Person || name.possessive || name.tokens.end != last + 1 {
            return None;
        }
        let start = name
            .title_span
            .as_ref()
            .map_or(name.tokens.start, |s| self.doc.token_at_or_after(s.start));
        let role = start.checked_sub(1).filter(|r| toks.contains(r))?;
        (!self.doc.is_capitalized(role) && super::appositions::is_role_head(self.lower(role)))
            .then_some(n)
    }

    /// The person's name that ends `toks` after a title written in capitals with "of" in it
    /// ("Secretary of State Marco Rubio"); "Counsel for Castlemere Housing" is a role and a body.
    pub(super) fn name_after_capitalised_title(&self, toks: &[usize]) -> Option<usize> {
        let &last = toks.last()?;
        let n = self.name_at(last)?;
        let name = &self.names[n];
        if name.kind != NameKind::Person || name.possessive || name.tokens.end != last + 1 {
            return None;
        }
        let before: Vec<usize> = toks
            .iter()
            .copied()
            .take_while(|&t| t < name.tokens.start)
            .collect();
        // The title opens with a role ("Secretary", "Chief"), not with a name ("Lars Jensen of
        // Vespucci Maritime"), or a body's name ends in one right before the person's ("Bank of
        // Estoria Governor Ilse Marn", "University of Tell President Dana Roe").
        let opens_with_role = |&first: &usize| {
            names::is_role_word(self.doc.token_text(first))
                && self.name_at(first).is_none_or(|m| m == n)
        };
        let title = !before.is_empty()
            && self.doc.is_capitalized(before[0])
            && (opens_with_role(&before[0])
                || before
                    .last()
                    .is_some_and(|&t| names::is_role_word(self.doc.token_text(t))))
            && before.iter().all(|&t| {
                self.doc.is_capitalized(t)
                    || matches!(self.lower(t), "of" | "the" | "for" | "and" | "&")
            });
        title.then_some(n)
    }
}
