//! The subject of a cue that a relative clause separates from its verb: "an official who spoke
//! on condition of anonymity put it", "A nurse accused of poisoning a patient has told a jury".

use super::*;
use crate::lexicon::speech::*;

impl ArticleAnalysis {
    /// The noun phrase before a relative clause that runs up to the verb at `frame[fi]` ("a
    /// man who did not give his name said"), the clause kept in its description.
    pub(super) fn subject_with_relative_clause(
        &self,
        frame: &[usize],
        fi: usize,
    ) -> Option<Candidate> {
        // "A nurse accused of poisoning a patient has told a jury": a participle right after
        // the noun opening the sentence starts a reduced relative clause.
        // "HALSTEAD — A pharmacist accused of": or a determiner and its noun after a dateline.
        let opens = |k: usize| {
            ((2..=4).contains(&k) && is_determiner(self.lower(frame[0])))
                || (k > 2
                    && is_determiner(self.lower(frame[k - 2]))
                    && ['—', '–']
                        .iter()
                        .any(|&c| self.doc.is_punct(frame[k - 3], c)))
        };
        let reduced = |k: usize| {
            opens(k)
                // "accused of", "injured in": the clause goes on past its participle ("the
                // police named the victim" is a main verb).
                && frame.get(k + 1).is_some_and(|&u| {
                    matches!(self.lower(u), "of" | "with" | "in" | "for" | "over" | "by" | "after" | "guilty")
                })
                && matches!(
                    self.lower(frame[k]),
                    "accused"
                        | "charged"
                        | "convicted"
                        | "suspected"
                        | "cleared"
                        | "jailed"
                        | "arrested"
                        | "sentenced"
                        | "found"
                        | "caught"
                        | "injured"
                        | "hurt"
                        | "stabbed"
                        | "attacked"
                        | "rescued"
                        | "named"
                )
        };
        let who = (fi.saturating_sub(16)..fi)
            .rev()
            // "accused of stealing more than £140,000 worth of …": amounts inside the clause.
            .take_while(|&k| {
                let text = self.doc.token_text(frame[k]);
                let amount = text.starts_with(|c: char| c.is_ascii_digit())
                    || crate::lexicon::currencies::is_currency_symbol(text)
                    || text == "%";
                (self.doc.is_word(frame[k]) || amount) && self.in_quote[frame[k]].is_none()
            })
            .find(|&k| self.lower(frame[k]) == "who" || reduced(k))?;
        if who == 0 || who + 1 == fi || !self.doc.is_word(frame[who - 1]) {
            return None;
        }
        // "A diplomat who attended said the two sides were closer than they admitted": a
        // pronoun right before the verb is its subject.
        if pronoun(self.lower(frame[fi - 1])).is_some() {
            return None;
        }
        match self.np_ending(frame, who) {
            Candidate::Description {
                span,
                head,
                modifiers,
                plural,
                ..
            } => {
                // "… has told a jury": the auxiliary before the verb is no part of it.
                let mut last = fi - 1;
                while last > who
                    && crate::lexicon::quantities::is_auxiliary(self.lower(frame[last]))
                {
                    last -= 1;
                }
                let span = span.start..self.doc.tokens[frame[last]].end;
                Some(Candidate::Description {
                    text: self.doc.slice(span.clone()),
                    span,
                    head,
                    modifiers,
                    plural,
                })
            }
            n @ Candidate::Name(_) => Some(n),
            _ => None,
        }
    }
}
