//! Colon cues with no name right before the colon: a description ("A Treasury spokesperson:
//! “…”"), a person in a mood ("The 52-year-old was blunt:"), the owner of an answer ("Her
//! verdict:", "The message from the union was blunt:") or a clause whose subject speaks.

use super::*;
use crate::lexicon::speech::*;

impl ArticleAnalysis {
    /// "A Treasury spokesperson: “…”": a description of a person opening its sentence, then a
    /// colon and a quotation, as live blogs write a reaction.
    pub(super) fn described_colon_cue(
        &self,
        frame: &[usize],
        start: usize,
        fi: usize,
    ) -> Option<Cue> {
        // "14:45": a time stamp's own colon has no words before it.
        let words = frame.get(start..fi).unwrap_or_default();
        // "A retired teacher, who lives nearby: “…”": the description before its relative
        // clause.
        // The clause runs to the colon: "The detective, who led the inquiry, played the
        // recording:" has a verb of its own after it.
        let relative = words.windows(2).position(|pair| {
            self.doc.is_punct(pair[0], ',') && matches!(self.lower(pair[1]), "who" | "whose")
        });
        let relative = relative.filter(|&c| {
            !words[c + 1..].iter().any(|&u| self.doc.is_punct(u, ',')) && words.len() - c <= 12
        });
        let words = relative.map_or(words, |c| &words[..c]);
        // "Asked whether his job was under threat, the 52-year-old was blunt:": past a fronted
        // clause to a person in a mood.
        let moody = |w: &[usize]| {
            w.len() >= 3
                && w.len() <= 6
                && matches!(self.lower(w[w.len() - 2]), "was" | "is" | "were" | "are")
        };
        let words = match words.iter().rposition(|&u| self.doc.is_punct(u, ',')) {
            Some(c) if relative.is_none() && moody(&words[c + 1..]) => &words[c + 1..],
            _ => words,
        };
        // A description that a relative clause follows may run longer ("A mother of two
        // waiting at the bus stop, who …").
        let longest = if relative.is_some() { 10 } else { 8 };
        // "Chief of Staff Susie Wiles said:": a verb of speech is the cue then.
        let plain = |u: usize| self.doc.is_word(u) && speech_verb(self.lower(u)).is_none();
        if words.is_empty() || words.len() > longest || !words.iter().all(|&u| plain(u)) {
            return None;
        }
        // "Her reasoning was simple: “…”": past a verdict on the answer itself.
        // "The group's response was equally terse:".
        let copula = words
            .iter()
            .rposition(|&u| matches!(self.lower(u), "was" | "is" | "were" | "are"))
            .filter(|&b| b + 3 >= words.len() && b + 1 < words.len());
        let words = match copula {
            Some(b) if b >= 2 && words[..b].iter().any(|&u| is_answer_noun(self.lower(u))) => {
                &words[..b]
            }
            // "The 52-year-old was blunt:", "Calloway was defiant:": a person in a mood, then
            // their words.
            Some(b) if b >= 1 && b + 2 == words.len() => {
                let subject = &words[..b];
                let name = self
                    .name_at(subject[0])
                    .filter(|&n| self.names[n].tokens.end == words[b] && !self.names[n].possessive);
                let candidate = match name {
                    Some(n) => Candidate::Name(n),
                    None => self.np_in(subject),
                };
                let person = match &candidate {
                    Candidate::Name(_) => true,
                    Candidate::Description {
                        head,
                        plural: false,
                        ..
                    } => {
                        Self::is_people_description(&candidate)
                            || crate::lexicon::names::is_epithet(head)
                    }
                    _ => false,
                };
                if person {
                    return Some(Cue {
                        token: frame[fi],
                        text: ":".into(),
                        candidate,
                        reports: false,
                        kind: CueKind::Colon,
                    });
                }
                words
            }
            _ => words,
        };
        // "His message afterward: “…”": past an adverb of time before the colon.
        let words = match words.split_last() {
            Some((&last, rest))
                if rest.len() >= 2
                    && matches!(
                        self.lower(last),
                        "afterward" | "afterwards" | "later" | "then" | "now" | "today"
                    ) =>
            {
                rest
            }
            _ => words,
        };
        if let Some(cue) = self.answer_owner_cue(words, frame[fi]) {
            return Some(cue);
        }
        if let Some(cue) = self.subject_of_clause_cue(words, frame[fi]) {
            return cue;
        }
        // "Her verdict: “…”", "His reply: “…”": the owner of the answer speaks.
        if let [owner, noun] = words {
            let gender = possessive_pronoun(self.lower(*owner));
            // "His calculation:", "Her advice:": any noun of theirs before a quotation.
            let said = |w: &str| {
                is_answer_noun(w)
                    || (w.len() > 3
                        && !crate::lexicon::names::is_function_word(w)
                        && !self.doc.is_capitalized(*noun))
            };
            if let Some((gender, plural)) = gender.filter(|_| said(self.lower(*noun))) {
                return Some(Cue {
                    token: frame[fi],
                    text: ":".into(),
                    candidate: Candidate::Pronoun {
                        token: *owner,
                        gender,
                        plural,
                    },
                    reports: false,
                    kind: CueKind::Colon,
                });
            }
        }
        let candidate = self.np_in(words);
        let Candidate::Description { head, .. } = &candidate else {
            return None;
        };
        let person = super::appositions::is_role_head(head)
            || crate::lexicon::names::head_gender(head).is_some();
        person.then(|| Cue {
            token: frame[fi],
            text: ":".into(),
            candidate,
            reports: false,
            kind: CueKind::Colon,
        })
    }

    /// "Mr Okafor read a statement: “…”", "The family issued a statement: “…”": the subject of
    /// a clause before the colon, a name or a person described, when a verb follows it; no one
    /// when the clause gives no words ("Mr Okafor received a letter: “…”"); None when there
    /// is no such clause.
    fn subject_of_clause_cue(&self, words: &[usize], colon: usize) -> Option<Option<Cue>> {
        let verb = words.iter().rposition(|&u| {
            let w = self.lower(u);
            !self.doc.is_capitalized(u)
                && (crate::lexicon::quantities::is_past_form(w) || matches!(w, "read" | "reads"))
        })?;
        let subject = words.get(..verb).filter(|s| !s.is_empty())?;
        // "read a statement", "issued a short message": what the verb gives is words.
        let gives_words = words[verb + 1..]
            .iter()
            .any(|&u| is_answer_noun(self.lower(u)) || self.lower(u) == "statement");
        // "Mr Okafor": past a title in capitals to the name.
        let name = subject
            .iter()
            .take_while(|&&u| self.doc.is_capitalized(u))
            .find_map(|&u| self.name_at(u));
        let candidate = match name {
            Some(n) if self.names[n].tokens.end == words[verb] && gives_words => Candidate::Name(n),
            Some(n) if self.names[n].tokens.end == words[verb] => return Some(None),
            Some(_) => return None,
            None => match self.np_in(subject) {
                d @ Candidate::Description { .. }
                    if gives_words || Self::is_people_description(&d) =>
                {
                    d
                }
                _ => return None,
            },
        };
        Some(Some(Cue {
            token: colon,
            text: ":".into(),
            candidate,
            reports: false,
            kind: CueKind::Colon,
        }))
    }

    /// A description of a person or of people ("the family", "a spokesman").
    fn is_people_description(candidate: &Candidate) -> bool {
        matches!(candidate, Candidate::Description { head, .. }
            if super::appositions::is_role_head(head)
                || crate::lexicon::names::head_gender(head).is_some()
                || crate::lexicon::quantities::is_people_noun(&crate::figures::lemma(head)))
    }

    /// "Lynch's verdict: “…”", "The message from the union was blunt: “…”": a name owning the
    /// answer, or giving it after "from", speaks.
    fn answer_owner_cue(&self, words: &[usize], colon: usize) -> Option<Cue> {
        let noun_at = words.iter().position(|&u| is_answer_noun(self.lower(u)))?;
        let n = match (noun_at, words.get(noun_at + 1).map(|&u| self.lower(u))) {
            // "Lynch's verdict".
            (1.., None) => {
                let n = self.name_at(words[noun_at - 1])?;
                let name = &self.names[n];
                (name.possessive && name.tokens.end == words[noun_at]).then_some(n)?
            }
            // "The message from the RMT", "the message from the union".
            (_, Some("from")) => {
                let rest = &words[noun_at + 2..];
                let &last = rest.last()?;
                match self.name_at(last) {
                    Some(n) if self.names[n].tokens.end == last + 1 => n,
                    _ => {
                        let candidate = self.np_in(rest);
                        return matches!(candidate, Candidate::Description { .. }).then(|| Cue {
                            token: colon,
                            text: ":".into(),
                            candidate,
                            reports: false,
                            kind: CueKind::Colon,
                        });
                    }
                }
            }
            _ => return None,
        };
        Some(Cue {
            token: colon,
            text: ":".into(),
            candidate: Candidate::Name(n),
            reports: false,
            kind: CueKind::Colon,
        })
    }
}
