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
        if is_words_noun(lower) && (1..=4).contains(&fi) {
            if let Some(c) = self.possessor_cue(frame, fi) {
                return Some(c);
            }
        }
        if is_crowd_voice(lower) && next(1) == "of" {
            return self.crowd_cue(frame, fi);
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
        let after_determiner = fi > 0 && {
            let before = frame[fi - 1];
            is_determiner(self.lower(before)) || names::ends_possessive(self.doc.token_text(before))
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
        let plural_noun = self.lower(t).ends_with('s')
            && frame
                .get(fi + 1)
                .is_some_and(|&u| crate::lexicon::quantities::is_auxiliary(self.lower(u)));
        // "pleaded guilty", "pleads not guilty": a plea in court, not a speech reported.
        let plea = verb.base == "plead"
            && frame
                .get(fi + 1)
                .is_some_and(|&u| matches!(self.lower(u), "guilty" | "not" | "innocent" | "no"));
        if denied
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
    fn frames_quotation(&self, t: usize, judges: bool) -> bool {
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

    /// A name opening its sentence (after a live blog's time stamp, with its title), then a
    /// colon and a quotation: "Marsh: “Going in the right direction?”".
    fn colon_cue(&self, frame: &[usize], fi: usize) -> Option<Cue> {
        let t = frame[fi];
        let opens_quote =
            t + 2 < self.doc.tokens.len() && self.is_mark(t + 1) && self.in_quote[t + 2].is_some();
        // A transcript's turn: the quotation starts right after the colon.
        let turn =
            t + 1 < self.doc.tokens.len() && !self.is_mark(t + 1) && self.in_quote[t + 1].is_some();
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

    /// "A Treasury spokesperson: “…”": a description of a person opening its sentence, then a
    /// colon and a quotation, as live blogs write a reaction.
    fn described_colon_cue(&self, frame: &[usize], start: usize, fi: usize) -> Option<Cue> {
        // "14:45": a time stamp's own colon has no words before it.
        let words = frame.get(start..fi).unwrap_or_default();
        // "Chief of Staff Susie Wiles said:": a verb of speech is the cue then.
        let plain = |u: usize| self.doc.is_word(u) && speech_verb(self.lower(u)).is_none();
        if words.is_empty() || words.len() > 6 || !words.iter().all(|&u| plain(u)) {
            return None;
        }
        // "Her verdict: “…”", "His reply: “…”": the owner of the answer speaks.
        if let [owner, noun] = words {
            let gender = match self.lower(*owner) {
                "her" => Some((Some(crate::names::Gender::Female), false)),
                "his" => Some((Some(crate::names::Gender::Male), false)),
                "their" => Some((None, true)),
                _ => None,
            };
            if let Some((gender, plural)) = gender.filter(|_| is_answer_noun(self.lower(*noun))) {
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
        if fi >= 2
            && matches!(self.lower(frame[fi - 1]), "who" | "which")
            && self.doc.is_punct(frame[fi - 2], ',')
        {
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
        // Coordinated ("cut its rate on Thursday and said"): the subject of the sentence.
        let before = fi
            .checked_sub(1)
            .map(|k| self.lower(frame[k]))
            .unwrap_or_default();
        if before == "and" || before == "but" {
            return Candidate::Subject;
        }
        // "I asked one of them": the writer asks; the one asked is not the speaker.
        if matches!(before, "i" | "we" | "you") {
            return Candidate::None;
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

    /// Attaches each quotation span to its sentence and cue, dropping titles and scare quotes.
    pub(super) fn choose_quotes(&self, spans: Vec<QuoteSpan>) -> Vec<RawQuote> {
        let mut out = Vec::new();
        for (qi, span) in spans.into_iter().enumerate() {
            let first = self.doc.token_at_or_after(span.start);
            if first >= self.doc.tokens.len() {
                continue;
            }
            let sentence = self.sentence_of_token[first];
            let cue = self
                .cue_for(sentence, qi)
                .map(|index| CueRef { sentence, index })
                .or_else(|| self.name_line_after(&span))
                .or_else(|| self.echo_after(sentence));
            // A transcript's turn without marks is a quotation only when its label names
            // someone ("UPDATE:" in a live blog names no one).
            let marked =
                span.start > 0 && crate::quotes::is_quote_mark(self.doc.chars[span.start - 1]);
            if !marked && cue.is_none() {
                continue;
            }
            let content: String = self.doc.slice(span.start..span.end);
            let words: Vec<&str> = content.split_whitespace().collect();
            let word_count = words
                .iter()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            let ends_sentence = content.trim_end().ends_with(['.', '!', '?', '…']);
            let title_case = words
                .iter()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .all(|w| {
                    w.chars()
                        .find(|c| c.is_alphabetic())
                        .is_some_and(char::is_uppercase)
                });
            let starts_paragraph = self.doc.paragraphs[span.paragraph].start + 1 >= span.start;
            let short = word_count <= 3 && !ends_sentence && !starts_paragraph;
            let titled = title_case && word_count <= 6 && !ends_sentence;
            // "“The Lantern Keepers” opened to $41.2 million": a title opening its paragraph,
            // then the verb it is the subject of (not one of speech).
            let verb_after = {
                let after = self.doc.token_at_or_after(span.end);
                let next = (after..self.doc.tokens.len().min(after + 3))
                    .find(|&t| self.doc.is_word(t) || self.doc.is_punct(t, ','));
                next.is_some_and(|t| {
                    self.doc.is_word(t)
                        && !self.doc.is_capitalized(t)
                        && speech_verb(self.lower(t)).is_none()
                        && pronoun(self.lower(t)).is_none()
                }) && !content.trim_end().ends_with(',')
            };
            // "“Yes,” he said": a reply closed by a comma and its cue is no title.
            let reply = content.trim_end().ends_with(',') && {
                let after = self.doc.token_at_or_after(span.end);
                let first =
                    (after..self.doc.tokens.len().min(after + 3)).find(|&t| self.doc.is_word(t));
                first.is_some_and(|t| {
                    let w = self.lower(t);
                    speech_verb(w).is_some()
                        || (pronoun(w).is_some()
                            && t + 1 < self.doc.tokens.len()
                            && speech_verb(self.lower(t + 1)).is_some())
                })
            };
            let titled = titled && !reply;
            if (cue.is_none() && short) || (titled && (!starts_paragraph || verb_after)) {
                continue;
            }
            out.push(RawQuote {
                index: qi,
                span,
                sentence,
                cue,
            });
        }
        out
    }

    /// The name line right after a paragraph that ends with the quotation `span` (vox pops).
    fn name_line_after(&self, span: &QuoteSpan) -> Option<CueRef> {
        let ends_paragraph = self.doc.paragraphs[span.paragraph].end == span.end + 1;
        let next = self.doc.paragraph_tokens.get(span.paragraph + 1)?;
        if !ends_paragraph || next.is_empty() {
            return None;
        }
        let sentence = self.sentence_of_token[next.start];
        let index = self.sentences[sentence].cues.iter().position(|c| {
            // "— Lucia Ferreira, café owner" on its own line reads as a dash cue.
            c.kind == CueKind::NameLine || (c.kind == CueKind::Dash && c.token == next.start)
        })?;
        Some(CueRef { sentence, index })
    }

    /// The cue of the sentence after `sentence` that says whose words they were.
    fn echo_after(&self, sentence: usize) -> Option<CueRef> {
        let next = self.sentences.get(sentence + 1)?;
        (next.cues.first()?.kind == CueKind::After).then_some(CueRef {
            sentence: sentence + 1,
            index: 0,
        })
    }

    /// The cue a quotation hangs on: one just after it, or the nearest before it.
    /// "Judge Reid said she had read the letters but that they described “a man I do not
    /// recognise”": a cue whose subject is "they" or "it" inside what a named person said
    /// reports the named person's words.
    fn outer_speaker(&self, cues: &[Cue], i: usize) -> usize {
        let inner_thing = match cues[i].candidate {
            Candidate::Pronoun { token, .. } => matches!(self.lower(token), "they" | "it"),
            _ => false,
        };
        if !inner_thing {
            return i;
        }
        let Some(outer) = cues[..i]
            .iter()
            .rposition(|c| c.kind == CueKind::Words && matches!(c.candidate, Candidate::Name(_)))
        else {
            return i;
        };
        // "said officers arrived and they shouted": "they" are people the sentence names.
        let people = (cues[outer].token + 1..cues[i].token).any(|t| {
            let w = self.lower(t);
            crate::lexicon::quantities::is_people_noun(&crate::figures::lemma(w))
                || crate::lexicon::roles::is_role_noun(w)
        });
        if people {
            i
        } else {
            outer
        }
    }

    pub(super) fn cue_for(&self, sentence: usize, qi: usize) -> Option<usize> {
        let s = &self.sentences[sentence];
        let range = self.quote_tokens.get(qi)?;
        if range.is_empty() {
            return None;
        }
        let (q_first, q_last) = (range.start, range.end - 1);
        let frame = self.frame(s.tokens.clone());
        let left = s
            .cues
            .iter()
            .enumerate()
            .rfind(|(_, c)| c.token < q_first)
            .map(|(i, _)| i)
            .map(|i| self.outer_speaker(&s.cues, i));
        let right = s
            .cues
            .iter()
            .enumerate()
            .find(|(_, c)| c.token > q_last)
            .map(|(i, c)| {
                let distance = frame
                    .iter()
                    .filter(|&&t| t > q_last && t < c.token && self.doc.is_word(t))
                    .count();
                (i, distance)
            });
        match (left, right) {
            (_, Some((i, d))) if d <= 5 => Some(i),
            (Some(i), _) => Some(i),
            (None, Some((i, d))) if d <= 20 => Some(i),
            _ => None,
        }
    }
}
