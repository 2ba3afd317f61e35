//! Cues: the words that report speech ("said", "according to", a dash after a quote) and the
//! quotation each one introduces.

use super::*;
use crate::lexicon::speech::*;

impl ArticleAnalysis {
    /// The cues of the sentence over `range`, in text order.
    pub(super) fn find_cues(&self, range: Range<usize>) -> Vec<Cue> {
        let frame = self.frame(range.clone());
        let mut cues: Vec<Cue> = (0..frame.len())
            .filter_map(|fi| self.cue_at(&frame, fi))
            .collect();
        if cues.is_empty() {
            cues.extend(self.name_line_cue(&frame));
        }
        cues
    }

    /// The cue that starts at `frame[fi]`, if one does.
    fn cue_at(&self, frame: &[usize], fi: usize) -> Option<Cue> {
        let t = frame[fi];
        if self.doc.tokens[t].kind == TokenKind::Punct {
            return self
                .dash_cue(frame, fi)
                .or_else(|| self.colon_cue(frame, fi));
        }
        let lower = self.lower(t);
        let next = |k: usize| {
            frame
                .get(fi + k)
                .map(|&u| self.lower(u))
                .unwrap_or_default()
        };
        let cue = |text: &str, candidate, reports| {
            Some(Cue {
                token: t,
                text: text.to_string(),
                candidate,
                reports,
                kind: CueKind::Words,
            })
        };
        // "“Nobody consulted us,” read a statement from the tenants' association": the
        // document's issuer, after the quotation.
        let after_quote = fi > 0
            && (self.is_mark(frame[fi - 1])
                || (fi > 1
                    && self.doc.is_punct(frame[fi - 1], ',')
                    && self.is_mark(frame[fi - 2])));
        if matches!(lower, "read" | "reads") && after_quote {
            if let Some(issuer) = self.issuer_of_statement(frame, fi + 1..frame.len()) {
                return cue("read", issuer, false);
            }
        }
        if lower == "according" && next(1) == "to" {
            return cue("according to", self.right_np(frame, fi + 2, true), true);
        }
        if lower == "quoted" {
            // "X was quoted as saying" or "quoted X as saying".
            if next(1) == "as" {
                return cue("quoted as saying", self.left_np(frame, fi), true);
            }
            if (2..6).any(|k| next(k) == "as") {
                return cue(
                    "quoted as saying",
                    self.right_np(frame, fi + 1, false),
                    true,
                );
            }
            return None;
        }
        if lower == "put" {
            // "as she put it", "an official put the figure at 3,000".
            let estimate = is_estimate_noun(next(2)) && next(3) == "at";
            return (next(1) == "it" || estimate)
                .then(|| cue("put", self.finite_candidate(frame, fi), estimate))
                .flatten();
        }
        if lower == "tell" && is_told_listener(next(1)) && !self.doc.is_capitalized(t) {
            return cue("tell", self.finite_candidate(frame, fi), true);
        }
        if let Some(found) = self.phrase_cue(frame, fi) {
            return found;
        }
        let (verb, form) = speech_verb(lower)?;
        if !self.verb_is_cue(frame, fi, verb) {
            return None;
        }
        // "was coy when asked about Dos Ramos": a past participle after a subordinator is the
        // clause subject's, not the object after it.
        let reduced = fi > 0
            && matches!(
                self.lower(frame[fi - 1]),
                "when" | "if" | "after" | "before" | "once" | "while" | "until"
            );
        match form {
            VerbForm::Finite if reduced => cue(self.doc.token_text(t), Candidate::Subject, true),
            VerbForm::Finite => cue(
                &self.verb_cue_text(frame, fi),
                self.finite_candidate(frame, fi),
                verb.reports,
            ),
            VerbForm::Participle => cue(self.doc.token_text(t), Candidate::Subject, true),
        }
    }

    /// Is this form of a speech verb used as one here? Not as a noun ("his remarks", "the
    /// ministry’s replies"), not inside a name ("United States"), and a verb that only frames quotations
    /// ("continued") only next to one.
    fn verb_is_cue(&self, frame: &[usize], fi: usize, verb: &SpeechVerb) -> bool {
        let t = frame[fi];
        // "“…?” another asked": "another" standing alone is someone.
        let another_alone = fi > 0 && self.another_alone(frame, fi - 1);
        // "the ministry's replies" is a noun; "Moody's said" a firm's verb: a past form after a
        // possessive is no noun.
        let past = {
            let l = self.lower(t);
            l.ends_with("ed") || matches!(l, "said" | "told" | "wrote")
        };
        let after_determiner = fi > 0 && !another_alone && {
            let before = frame[fi - 1];
            is_determiner(self.lower(before))
                || (names::ends_possessive(self.doc.token_text(before)) && !past)
        };
        let starts_sentence = fi == 0 || self.is_mark(frame[fi - 1]);
        // "did not say", "declined to say": nothing was said.
        let word = |k: usize| {
            fi.checked_sub(k)
                .map(|i| self.lower(frame[i]))
                .unwrap_or_default()
        };
        let denied = negates_speech(word(1)) || (word(1) == "to" && negates_speech(word(2)));
        // "working through claims", "a flood of comments": after a preposition it is a noun.
        let after_preposition = matches!(
            word(1),
            "through"
                | "of"
                | "for"
                | "about"
                | "over"
                | "with"
                | "from"
                | "into"
                | "against"
                | "among"
                | "amid"
                | "despite"
                | "under"
                | "by"
                | "on"
                | "in"
                | "at"
        );
        // "internal emails would show": a form in -s before a modal is a plural noun.
        // "Mary Brown says to reporters", "she explains to me": after a name or a pronoun "to"
        // opens the listener ("calls to ban it" is a noun).
        let to_listener = frame.get(fi + 1).is_some_and(|&u| self.lower(u) == "to")
            && fi > 0
            && (self.doc.is_capitalized(frame[fi - 1]) || pronoun(word(1)).is_some());
        // Not an adverb after the verb: "“…,” Pike says now".
        let plural_noun = self.lower(t).ends_with('s')
            && !to_listener
            && frame.get(fi + 1).is_some_and(|&u| {
                let next = self.lower(u);
                crate::lexicon::quantities::is_auxiliary(next)
                    && !matches!(next, "now" | "also" | "already" | "reportedly")
            });
        // "pleaded guilty", "pleads not guilty": a plea in court, not a speech reported.
        let plea = verb.base == "plead"
            && frame
                .get(fi + 1)
                .is_some_and(|&u| matches!(self.lower(u), "guilty" | "not" | "innocent" | "no"));
        // "When I'm stressed in service": a state the speaker is in, not a verb of speech.
        let state = matches!(word(1), "am" | "i'm" | "i’m" | "'m" | "’m");
        if denied
            || state
            || plea
            || after_determiner
            || after_preposition
            || plural_noun
            || (self.doc.is_capitalized(t) && !starts_sentence)
        {
            return false;
        }
        !verb.frames_only || self.frames_quotation(t, verb.judges)
    }

    /// Does the word at `t` sit next to a quotation: a quote closing a few words before it, or a
    /// colon or an opening mark right after it ("Okafor continued:")? A verb of judgement
    /// reaches past its object to a quotation in its sentence ("branded the decision “a joke”").
    pub(super) fn frames_quotation(&self, t: usize, judges: bool) -> bool {
        let reach = if judges { 8 } else { 2 };
        let sentence = self.sentence_of_token[t];
        // "condemned the “senseless” attack": words quoted before the noun they modify are
        // the writer's label, not a verdict quoted.
        let modifies_noun = |qi: usize| {
            let Some(range) = self.quote_tokens.get(qi) else {
                return false;
            };
            let next = (range.end..self.doc.tokens.len().min(range.end + 3))
                .find(|&u| self.doc.is_word(u) || self.doc.is_punct(u, ','));
            next.is_some_and(|u| {
                self.doc.is_word(u)
                    && !self.doc.is_capitalized(u)
                    && speech_verb(self.lower(u)).is_none()
                    && !is_determiner(self.lower(u))
                    && !crate::lexicon::speech::is_preposition(self.lower(u))
                    && !matches!(
                        self.lower(u),
                        "and" | "but" | "or" | "as" | "after" | "before"
                    )
            })
        };
        let after = t + 1 < self.doc.tokens.len()
            && (self.doc.is_punct(t + 1, ':')
                || (t + 2..=t + reach)
                    .take_while(|&u| self.sentence_of_token.get(u) == Some(&sentence))
                    .any(|u| self.in_quote[u].is_some_and(|qi| !judges || !modifies_noun(qi))));
        let before = (t.saturating_sub(6)..t).any(|u| self.in_quote[u].is_some());
        after || before
    }

    /// The cue as written, with the platform it was posted on ("wrote on X").
    fn verb_cue_text(&self, frame: &[usize], fi: usize) -> String {
        let text = self.doc.token_text(frame[fi]);
        let platform = frame.get(fi + 2).filter(|&&u| {
            let l = self.lower(u);
            self.doc.is_capitalized(u) && !l.ends_with("day") && !crate::lexicon::is_month(l)
        });
        match platform {
            Some(&u) if frame.get(fi + 1).is_some_and(|&o| self.lower(o) == "on") => {
                format!("{text} on {}", self.doc.token_text(u).trim_end_matches('.'))
            }
            _ => text.to_string(),
        }
    }

    /// A name opening its sentence (after a live blog's time stamp, with its title), then a
    /// colon and a quotation: "Marsh: “Going in the right direction?”".
    fn colon_cue(&self, frame: &[usize], fi: usize) -> Option<Cue> {
        let t = frame[fi];
        // A transcript's turn: the quotation starts right after the colon (and the bold or
        // italics closing a Markdown label: "**Smith:** Yes."); a quotation in marks may
        // follow the label's bold too ("**Grace Adebayo, 23:** “…”").
        let mut next = t + 1;
        while next < self.doc.tokens.len()
            && (self.doc.is_punct(next, '*') || self.doc.is_punct(next, '_'))
        {
            next += 1;
        }
        let opens_quote = next + 1 < self.doc.tokens.len()
            && self.is_mark(next)
            && self.in_quote[next + 1].is_some();
        let turn =
            next < self.doc.tokens.len() && !self.is_mark(next) && self.in_quote[next].is_some();
        if !self.doc.is_punct(t, ':') || !(opens_quote || turn) || fi == 0 {
            return None;
        }
        if turn {
            return self.turn_cue(frame, fi);
        }
        let start = self.time_stamp_len(frame);
        let Some(n) = self.name_at(frame[fi - 1]) else {
            return self.described_colon_cue(frame, start, fi);
        };
        let name = &self.names[n];
        let titled = frame[start..]
            .iter()
            .take_while(|&&u| u < name.tokens.start)
            .all(|&u| self.doc.is_capitalized(u));
        if name.tokens.end != t || name.possessive || !titled {
            return None;
        }
        Some(Cue {
            token: t,
            text: ":".into(),
            candidate: Candidate::Name(n),
            reports: false,
            kind: CueKind::Colon,
        })
    }

    pub(super) fn finite_candidate(&self, frame: &[usize], fi: usize) -> Candidate {
        // "“…,” it said", "which it called": "it" before a verb of speech is a body.
        if fi >= 1 && self.lower(frame[fi - 1]) == "it" {
            return Candidate::Pronoun {
                token: frame[fi - 1],
                gender: None,
                plural: true,
            };
        }
        // "Holm, who wrote", "Coinvault, which says": the subject is the name before the
        // relative pronoun.
        if fi >= 3
            && matches!(self.lower(frame[fi - 1]), "who" | "which")
            && self.doc.is_punct(frame[fi - 2], ',')
        {
            // "Tributes were led by Mary Burke, who said": the name itself, whatever the
            // clause before it.
            if let Some(n) = (self.lower(frame[fi - 1]) == "who")
                .then(|| self.name_at(frame[fi - 3]))
                .flatten()
                .filter(|&n| self.names[n].tokens.end == frame[fi - 3] + 1)
            {
                return Candidate::Name(n);
            }
            if let c @ (Candidate::Name(_) | Candidate::Description { .. }) =
                self.np_ending(frame, fi - 2)
            {
                return c;
            }
        }
        // "an official who spoke on condition of anonymity put": the subject with its clause.
        if let Some(c) = self.subject_with_relative_clause(frame, fi) {
            return c;
        }
        // "have been confirmed", "was told": a passive verb has no speaker of its own.
        // "were still admitted": past adverbs to the auxiliary.
        let mut b = fi;
        while b > 1 && {
            let w = self.lower(frame[b - 1]);
            matches!(w, "still" | "also" | "now" | "reportedly")
                || (w.len() > 4 && w.ends_with("ly"))
        } {
            b -= 1;
        }
        let passive = b >= 1 && is_passive_auxiliary(self.lower(frame[b - 1]));
        if passive {
            return Candidate::None;
        }
        // Coordinated ("cut its rate on Thursday and said", "and had asked"): the subject of
        // the sentence.
        let before = fi
            .checked_sub(1)
            .map(|k| self.lower(frame[k]))
            .unwrap_or_default();
        let before_auxiliary = fi
            .checked_sub(2)
            .filter(|_| matches!(before, "had" | "has" | "have" | "would" | "will" | "also"))
            .map(|k| self.lower(frame[k]))
            .unwrap_or_default();
        if matches!(before, "and" | "but") || matches!(before_auxiliary, "and" | "but") {
            return Candidate::Subject;
        }
        // "I asked one of them": the writer asks; the one asked is not the speaker. In a
        // transcript "I" is whoever has the turn ("**Smith:** I told my staff, “…”").
        if matches!(before, "i" | "we" | "you") {
            return match self.turn_speaker(frame[fi - 1]) {
                Some(n) if before == "i" => Candidate::Name(n),
                _ => Candidate::None,
            };
        }
        match self.left_np(frame, fi) {
            Candidate::None => {}
            c => return c,
        }
        // Nothing before the verb: inverted ("said Ivan Petrov").
        // Inverted: a name, a pronoun, or a description with its article ("said a spokesman").
        match self.right_np(frame, fi + 1, false) {
            Candidate::Description { span, .. }
                if !is_determiner(self.doc.token_lower(self.doc.token_at_or_after(span.start)))
                    || self.verb_follows(span.end) =>
            {
                Candidate::Subject
            }
            Candidate::None => Candidate::Subject,
            c => c,
        }
    }

    /// Does a verb follow the phrase ending at char `end` ("said the increase was ..."): then the
    /// phrase is the subject of what was said, not the speaker after an inverted verb.
    fn verb_follows(&self, end: usize) -> bool {
        let t = self.doc.token_at_or_after(end);
        t < self.doc.tokens.len() && self.doc.is_word(t) && {
            let w = self.lower(t);
            crate::lexicon::quantities::is_auxiliary(w)
                || matches!(
                    w,
                    "would" | "could" | "should" | "might" | "must" | "can" | "may"
                )
                || (w.len() > 3 && w.ends_with("ed"))
        }
    }
}
