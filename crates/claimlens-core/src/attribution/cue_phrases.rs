//! Cues written as phrases rather than one verb of speech: a verb with its particle ("hit
//! back"), a base form in a headline ("residents warn"), a clause opening the sentence ("Asked
//! about X, Y smiled:"), the sentence after a quotation that names its owner ("The mayor’s words
//! drew applause.", "That was the verdict of Ann Roe"), and a crowd's chant.

use super::*;
use crate::lexicon::speech::*;

impl ArticleAnalysis {
    /// The cue a phrase at `frame[fi]` makes: `Some(found)` when the word opens one of these
    /// phrases (`found` is `None` when the phrase names no one), `None` when it opens none.
    pub(super) fn phrase_cue(&self, frame: &[usize], fi: usize) -> Option<Option<Cue>> {
        let t = frame[fi];
        let lower = self.lower(t);
        let next = |k: usize| {
            frame
                .get(fi + k)
                .map(|&u| self.lower(u))
                .unwrap_or_default()
        };
        let cue = |text: &str, candidate, reports| Cue {
            token: t,
            text: text.to_string(),
            candidate,
            reports,
            kind: CueKind::Words,
        };
        let start = self.time_stamp_len(frame);
        // "Asked about facing Hartmann, Ortiz smiled: “Bring it on.”": the clause opening the
        // sentence is about the subject after its comma, not the object inside it.
        if fi == start
            && lower == "asked"
            && matches!(
                next(1),
                "about" | "whether" | "if" | "why" | "how" | "what" | "when" | "for" | "to"
            )
        {
            let comma = (fi + 2..frame.len().min(fi + 24))
                .take_while(|&k| self.in_quote[frame[k]].is_none())
                .find(|&k| self.doc.is_punct(frame[k], ','));
            let subject = comma
                .and_then(|k| frame.get(k + 1))
                .and_then(|&u| self.name_at(u));
            return Some(subject.map(|n| cue("asked", Candidate::Name(n), false)));
        }
        // "“…” That was the verdict of Johan Pretorius, who owns a butchery.": the sentence
        // after a quotation says whose view it was.
        if fi == start
            && matches!(lower, "that" | "such" | "this")
            && matches!(next(1), "was" | "is" | "’s" | "'s")
            && next(2) == "the"
            && is_answer_noun(next(3))
            && next(4) == "of"
            && frame[fi] >= 2
            && self
                .in_quote
                .get(frame[fi] - 2)
                .is_some_and(Option::is_some)
        {
            return Some(Some(Cue {
                kind: CueKind::After,
                ..cue(next(3), self.right_np(frame, fi + 5, false), false)
            }));
        }
        // "It was, in his words, “a mausoleum with a bar”", "in Pike's words, “…”".
        if lower == "in" && next(2) == "words" && self.frames_quotation(t, true) {
            let owner = frame.get(fi + 1).copied()?;
            let candidate = match possessive_pronoun(next(1)) {
                Some((gender, false)) => Candidate::Pronoun {
                    token: owner,
                    gender,
                    plural: false,
                },
                _ => match self.name_at(owner) {
                    Some(n) if self.names[n].possessive => Candidate::Name(n),
                    _ => return None,
                },
            };
            return Some(Some(cue("in … words", candidate, false)));
        }
        if is_words_noun(lower) && (1..=4).contains(&fi) {
            if let Some(c) = self.possessor_cue(frame, fi) {
                return Some(Some(c));
            }
        }
        if is_crowd_voice(lower) && next(1) == "of" {
            return Some(self.crowd_cue(frame, fi));
        }
        // "hit back", "shot back", "chimed in", "pointed out": a verb and its particle, a cue
        // next to a quotation.
        if is_speech_particle_verb(lower, next(1))
            && fi + 1 < frame.len()
            && self.frames_quotation(frame[fi + 1], false)
        {
            return Some(Some(cue(
                &format!("{} {}", self.doc.token_text(t), next(1)),
                self.finite_candidate(frame, fi),
                false,
            )));
        }
        // "“We are scared,” residents warn": a base form after a plural subject, next to a
        // quotation, as headlines and standfirsts write.
        let plural_before = fi > 0 && {
            let w = self.lower(frame[fi - 1]);
            (w.ends_with('s') && !w.ends_with("ss")) || w == "police"
        };
        if let Some(v) = speech_verb_base(lower).filter(|_| plural_before) {
            if self.frames_quotation(t, false) && !self.doc.is_capitalized(t) {
                return Some(Some(cue(
                    lower,
                    self.finite_candidate(frame, fi),
                    v.reports,
                )));
            }
        }
        None
    }

    /// "The mayor’s words drew applause.", opening the sentence after a quotation: the
    /// possessor said it.
    fn possessor_cue(&self, frame: &[usize], fi: usize) -> Option<Cue> {
        let owner = frame[fi - 1];
        let start = self.time_stamp_len(frame);
        let text = self.doc.token_text(owner);
        let after_quote = self.doc.tokens[frame[start]].start > 0
            && self
                .in_quote
                .get(frame[start].wrapping_sub(2))
                .is_some_and(Option::is_some);
        if !names::ends_possessive(text) || !after_quote || start >= fi {
            return None;
        }
        let candidate = match self.name_at(owner) {
            Some(n) => Candidate::Name(n),
            None => {
                let words = &frame[start..fi];
                let first = self.doc.tokens[words[0]].start;
                let end = self.doc.tokens[owner].end - 2;
                let head = self.lower(owner);
                let head = head[..head.len() - 2].to_string();
                let modifiers = words[..words.len() - 1]
                    .iter()
                    .map(|&u| self.lower(u).to_string())
                    .filter(|w| !is_determiner(w))
                    .collect();
                Candidate::Description {
                    span: first..end,
                    text: self.doc.slice(first..end),
                    head,
                    modifiers,
                    plural: false,
                }
            }
        };
        Some(Cue {
            token: frame[fi],
            text: self.doc.token_text(frame[fi]).to_string(),
            candidate,
            reports: false,
            kind: CueKind::After,
        })
    }

    /// "chants of “Resign!” as protesters reached the building": the crowd named after the
    /// quotation speaks.
    fn crowd_cue(&self, frame: &[usize], fi: usize) -> Option<Cue> {
        let (open, close) = (*frame.get(fi + 2)?, *frame.get(fi + 3)?);
        if !self.is_mark(open) || !self.is_mark(close) || self.in_quote[open + 1].is_none() {
            return None;
        }
        let clause = *frame.get(fi + 4)?;
        if !self.doc.is_word(clause) || !opens_crowd_clause(self.lower(clause)) {
            return None;
        }
        // The crowd is the first plural noun after the clause opens ("as protesters reach").
        let plural = (fi + 5..frame.len().min(fi + 9))
            .take_while(|&k| self.doc.is_word(frame[k]))
            .find(|&k| self.lower(frame[k]).ends_with('s'))?;
        match self.np_in(&frame[fi + 5..=plural]) {
            c @ Candidate::Description { plural: true, .. } => Some(Cue {
                token: frame[fi],
                text: self.doc.token_text(frame[fi]).to_string(),
                candidate: c,
                reports: false,
                kind: CueKind::Words,
            }),
            _ => None,
        }
    }
}
