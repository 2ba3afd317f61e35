//! The noun phrase after a cue: an inverted subject ("said Ivan Petrov", "said a spokesman
//! for the ministry"), the source after "according to", and who issued a statement ("a
//! statement from Halvorsen Energy").

use super::*;
use crate::lexicon::speech::*;

impl ArticleAnalysis {
    /// The noun phrase starting at `frame[fi]` (after a verb or "according to").
    pub(super) fn right_np(
        &self,
        frame: &[usize],
        fi: usize,
        with_prepositions: bool,
    ) -> Candidate {
        let Some(&first) = frame.get(fi) else {
            return Candidate::None;
        };
        if !self.doc.is_word(first) {
            return Candidate::None;
        }
        if let Some((gender, plural)) = pronoun(self.lower(first)) {
            return Candidate::Pronoun {
                token: first,
                gender,
                plural,
            };
        }
        let mut k = fi;
        while k < frame.len() {
            let t = frame[k];
            // "the Smiths’ lawyer": a plural possessive apostrophe stays in the phrase.
            let plural_possessive = k > fi
                && crate::text::is_apostrophe(self.doc.first_char(t))
                && self.doc.token_lower(frame[k - 1]).ends_with('s');
            if plural_possessive {
                k += 1;
                continue;
            }
            if !self.doc.is_word(t) || self.in_quote[t].is_some() {
                break;
            }
            let lower = self.lower(t);
            // "said founder and CEO Ravi Menon", "co-founder and chief executive": two roles
            // of one person.
            let role = |u: usize| {
                self.doc.is_word(u) && crate::lexicon::roles::is_role_head(self.lower(u))
            };
            let roles_joined = lower == "and"
                && k > fi
                && k + 1 < frame.len()
                && role(frame[k - 1])
                && (role(frame[k + 1])
                    || matches!(self.lower(frame[k + 1]), "chief" | "managing" | "general"));
            if roles_joined {
                k += 1;
                continue;
            }
            // "said a spokesman for the farmers' association": whom a role speaks for.
            let affiliation = lower == "for" && k > fi && role(frame[k - 1]);
            if k > fi
                && !affiliation
                && (np_stop(lower)
                    || (!with_prepositions
                        && is_preposition(lower)
                        && !self.doc.is_capitalized(frame[k - 1])))
            {
                break;
            }
            if k > fi && !with_prepositions && ends_inverted_subject(lower) {
                break;
            }
            k += 1;
        }
        // "a Western diplomat familiar with the talks": the adjective goes with what follows.
        if k > fi + 1
            && matches!(
                self.lower(frame[k - 1]),
                "familiar" | "close" | "briefed" | "involved" | "knowledgeable"
            )
        {
            k -= 1;
        }
        if let Some(issuer) = self.issuer_of_statement(frame, fi..k) {
            return issuer;
        }
        let np = self.np_in(&frame[fi..k]);
        // "according to the news agency, Nordpress", "said the report’s lead author, Professor
        // Anders Lykke": prefer the name in apposition.
        let described = matches!(np, Candidate::Description { .. })
            || (with_prepositions && !matches!(np, Candidate::Name(_)));
        // "said SSEN's head of operations, Graeme Munro": past what the role is of.
        let role_before = k > fi
            && (crate::lexicon::roles::is_role_head(self.lower(frame[k - 1]))
                || crate::lexicon::roles::role_synonym_group(self.lower(frame[k - 1])) != 0)
            && k < frame.len()
            && self.lower(frame[k]) == "of";
        let k = match role_before {
            true => (k + 1..frame.len().min(k + 6))
                .take_while(|&j| self.doc.is_word(frame[j]) || self.doc.is_punct(frame[j], ','))
                .find(|&j| self.doc.is_punct(frame[j], ','))
                .unwrap_or(k),
            false => k,
        };
        let described = described || role_before;
        if described && k + 1 < frame.len() && self.doc.is_punct(frame[k], ',') {
            if let Some(n) = self.name_opening_at(frame[k + 1]) {
                let after = frame.iter().position(|&u| u >= self.names[n].tokens.end);
                let ends = after.is_none_or(|a| !self.doc.is_word(frame[a]));
                if ends && !self.names[n].possessive {
                    return Candidate::Name(n);
                }
            }
        }
        np
    }

    /// "a statement from Halvorsen Energy", "a report by the agency": the issuer speaks, not
    /// the document.
    pub(super) fn issuer_of_statement(
        &self,
        frame: &[usize],
        phrase: Range<usize>,
    ) -> Option<Candidate> {
        let words = &frame[phrase.clone()];
        let by = words
            .iter()
            .position(|&t| matches!(self.lower(t), "from" | "by" | "of"))?;
        let document = words[..by]
            .iter()
            .any(|&t| is_statement_noun(self.lower(t)));
        (document && by > 0).then(|| self.right_np(frame, phrase.start + by + 1, true))
    }
}
