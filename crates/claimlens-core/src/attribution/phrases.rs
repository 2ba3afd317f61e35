//! Phrases: the noun phrase before a cue (its subject), classified as a name, a pronoun or a
//! description; `inverted` reads the one after it.

use super::*;
use crate::lexicon::speech::*;

impl ArticleAnalysis {
    /// The noun phrase that ends just before `frame[fi]`.
    pub(super) fn left_np(&self, frame: &[usize], fi: usize) -> Candidate {
        let mut j = fi;
        // "as she liked to say", "as he used to put it": the verb of habit before "to".
        let habit = |k: usize| {
            matches!(
                self.lower(frame[k]),
                "liked" | "likes" | "loved" | "loves" | "used" | "tended" | "tends" | "wanted"
            )
        };
        if j >= 2 && self.lower(frame[j - 1]) == "to" && habit(j - 2) {
            j -= 2;
        }
        // "Volunteers there described", "Residents here said": past an adverb of place.
        while j > 0
            && self.doc.is_word(frame[j - 1])
            && (is_adverb(self.lower(frame[j - 1]))
                || (j >= 2 && matches!(self.lower(frame[j - 1]), "there" | "here")))
        {
            j -= 1;
        }
        // "contacted us to say", "took to social media to say": the subject of the verb the
        // infinitive hangs on.
        if j >= 2 && self.lower(frame[j - 1]) == "to" {
            let verb = (j.saturating_sub(6)..j - 1).rev().find(|&k| {
                let w = self.lower(frame[k]);
                self.doc.is_word(frame[k])
                    && !self.doc.is_capitalized(frame[k])
                    && crate::lexicon::quantities::is_past_form(w)
            });
            // Not "invited Ms Lund to say": a name or noun there is who speaks.
            let between_plain = verb.is_some_and(|k| {
                let between = &frame[k + 1..j - 1];
                between.is_empty()
                    || (between.len() == 1
                        && matches!(self.lower(between[0]), "us" | "me" | "him" | "her" | "them"))
                    || is_preposition(self.lower(between[0]))
            });
            if let Some(k) = verb.filter(|_| between_plain) {
                return self.left_np(frame, k);
            }
        }
        // "North Korea on Monday warned", "The company last week said": past a time between
        // the subject and its verb.
        if j >= 3 && crate::lexicon::is_time_word(self.lower(frame[j - 1])) {
            let before = self.lower(frame[j - 2]);
            if matches!(before, "on" | "last" | "this" | "early" | "late") {
                j -= 2;
            }
        }
        // "Ruth Anselm (R-Coe) said": past a note in brackets after a name.
        if j >= 3 && self.doc.is_punct(frame[j - 1], ')') {
            let open = (j.saturating_sub(10)..j - 1)
                .rev()
                .find(|&k| self.doc.is_punct(frame[k], '('))
                .filter(|&k| k > 0 && self.doc.is_capitalized(frame[k - 1]));
            if let Some(open) = open {
                j = open;
            }
        }
        if j == 0 {
            return Candidate::None;
        }
        let t = frame[j - 1];
        if self.is_mark(t) || self.in_quote[t].is_some() {
            return Candidate::None;
        }
        // "“…?” one reporter shouted. … “…?” another asked": another of the same role.
        if let Some(c) = self.another_of_same_role(frame, j - 1) {
            return c;
        }
        if self.doc.is_punct(t, ',') {
            // "X, the Y, said" or "The Y, X, said": prefer whichever is a name.
            let app_end = j - 1;
            let mut k = app_end;
            while k > 0
                && !self.doc.is_punct(frame[k - 1], ',')
                && (!self.is_mark(frame[k - 1]) || self.is_plural_possessive(frame[k - 1]))
            {
                k -= 1;
            }
            if k == 0 || !self.doc.is_punct(frame[k - 1], ',') {
                return Candidate::None;
            }
            // "The 31-year-old, who played barmaid Kayleigh Dunn, told": a relative clause
            // names someone else.
            let relative = matches!(self.lower(frame[k]), "who" | "which" | "whose" | "whom");
            let appositive = if relative {
                Candidate::None
            } else {
                self.np_in(&frame[k..app_end])
            };
            let head = self.np_ending(frame, k - 1);
            // "Ana Ruiz, 46, of Orchard Rise, Halstead, said": a single word in the last commas
            // is the end of an address; the person is named before it.
            let single = |c: &Candidate| matches!(c, Candidate::Name(n) if self.names[*n].kind != NameKind::Person);
            let named = match (&head, &appositive) {
                (Candidate::Name(_), _) => !single(&head),
                (_, Candidate::Name(_)) => !single(&appositive),
                _ => false,
            };
            if !named {
                if let Some(n) = self.person_before_appositions(frame, k - 1) {
                    return Candidate::Name(n);
                }
            }
            let is_person = |n: usize| self.names[n].kind == NameKind::Person;
            // The appositive is a person's name and nothing else ("which ran the ferry Grey
            // Heron" is a clause about the body).
            let named_person = matches!(appositive, Candidate::Name(n)
                if is_person(n) && self.name_opening_at(frame[k]) == Some(n));
            // "One, a retired postman, wrote": the number stands for the person described.
            let one = matches!(&head, Candidate::Description { head: h, .. } if h == "one");
            if one && matches!(appositive, Candidate::Description { .. }) {
                return appositive;
            }
            return match (head, appositive) {
                // "Secretary, Department of Health, Ana Ruiz, said": the person, not the body.
                (Candidate::Name(h), a) if named_person && !is_person(h) => a,
                (Candidate::Name(n), _) => Candidate::Name(n),
                // "A spokesman for the network operator, GridLink, said": the body's name is
                // in apposition to the body the person speaks for.
                (d @ Candidate::Description { .. }, Candidate::Name(n))
                    if !is_person(n) && Self::describes_a_person(&d) =>
                {
                    d
                }
                (_, Candidate::Name(n)) => Candidate::Name(n),
                (
                    d @ Candidate::Description { .. },
                    Candidate::Description { .. } | Candidate::None,
                ) => d,
                (h @ Candidate::Pronoun { .. }, _) => h,
                _ => Candidate::None,
            };
        }
        let candidate = self.np_ending(frame, j);
        if let Candidate::Description { span, .. } = &candidate {
            // "Pia Arn, committee chairwoman told": a name right before the description.
            let first = self.doc.token_at_or_after(span.start);
            // "A statement from the league said": the issuer speaks, not the document.
            let issuer = frame
                .iter()
                .position(|&u| u == first)
                .and_then(|fk| self.issuer_of_statement(frame, fk..j));
            if let Some(issuer) = issuer {
                return issuer;
            }
            // "In a statement released through the police, his family said", "Speaking beside
            // Macron, the prime minister said": after a fronted phrase the description is the
            // subject.
            let fronted = |fk: usize| {
                let mut k = fk - 1;
                while k > 0 && !self.doc.is_punct(frame[k - 1], ',') && !self.is_mark(frame[k - 1])
                {
                    k -= 1;
                }
                let opener = self.lower(frame[k]);
                // "Asked about Declan Moss, the coach said": a participle's clause too.
                // Not "Mohammed Saleh, a shopkeeper said": a name is no participle.
                is_preposition(opener)
                    || (opener.len() > 4
                        && (opener.ends_with("ing") || opener.ends_with("ed"))
                        && self.name_at(frame[k]).is_none())
            };
            if let Some(fk) = frame
                .iter()
                .position(|&u| u == first)
                .filter(|&fk| fk == 0 || !fronted(fk))
            {
                if fk >= 1 && self.doc.is_punct(frame[fk - 1], ',') {
                    if let Candidate::Name(n) = self.np_ending(frame, fk - 1) {
                        return Candidate::Name(n);
                    }
                }
            }
        }
        candidate
    }

    /// Is the description one of a person speaking for a body ("a spokesman for the operator",
    /// "a spokesperson for the council"), not a role a body may hold ("the owner")?
    fn describes_a_person(candidate: &Candidate) -> bool {
        matches!(candidate, Candidate::Description { head, text, plural: false, .. }
            if crate::lexicon::names::head_gender(head).is_some()
                || (crate::lexicon::names::is_role_noun(head) && text.contains(" for ")))
    }

    /// Is `frame[at]` "another" standing alone, opening its clause ("“…?” another asked")?
    pub(super) fn another_alone(&self, frame: &[usize], at: usize) -> bool {
        self.lower(frame[at]) == "another"
            && (at == 0 || !self.doc.is_word(frame[at - 1]) || self.is_mark(frame[at - 1]))
    }

    /// "another" standing alone before its verb: another of the role named with "one" or "a"
    /// a few sentences before ("one reporter shouted … another asked" is another reporter).
    fn another_of_same_role(&self, frame: &[usize], at: usize) -> Option<Candidate> {
        if !self.another_alone(frame, at) {
            return None;
        }
        let t = frame[at];
        let head = (t.saturating_sub(80)..t).rev().find(|&u| {
            u > 0
                && self.in_quote[u].is_none()
                && matches!(self.lower(u - 1), "one" | "a" | "an")
                && super::appositions::is_role_head(self.lower(u))
        })?;
        let span = self.doc.tokens[t].start..self.doc.tokens[t].end;
        Some(Candidate::Description {
            span,
            text: format!("another {}", self.doc.token_text(head)),
            head: self.lower(head).to_string(),
            modifiers: vec!["another".to_string()],
            plural: false,
        })
    }

    /// A person named before a run of appositions that ends at the comma `frame[comma]`: "Ana
    /// Lindqvist, 52, the treasurer of Marlow County, one of the counties suing the state,".
    /// Walks back a few comma-separated segments, never past a quotation or a verb of speech.
    fn person_before_appositions(&self, frame: &[usize], comma: usize) -> Option<usize> {
        let mut end = comma;
        for _ in 0..4 {
            let mut k = end;
            while k > 0 && !self.doc.is_punct(frame[k - 1], ',') {
                let t = frame[k - 1];
                if self.is_mark(t) || self.in_quote[t].is_some() || end - k > 16 {
                    return None;
                }
                if self.doc.is_word(t) && is_finite_speech_verb(self.lower(t)) {
                    return None;
                }
                k -= 1;
            }
            if k == 0 {
                return None;
            }
            end = k - 1;
            if let Candidate::Name(n) = self.np_ending(frame, end) {
                // "Kim, 27, a software engineer, said": one name with an age is a person.
                let aged = frame
                    .get(end + 2)
                    .is_some_and(|&t| self.doc.is_punct(t, ','))
                    && frame.get(end + 1).is_some_and(|&t| {
                        self.doc
                            .token_text(t)
                            .parse::<u32>()
                            .is_ok_and(|age| (1..=110).contains(&age))
                    });
                // "Evans, of Croydon, south London, said": a name with an address after it.
                let addressed = frame.get(end + 1).is_some_and(|&t| self.lower(t) == "of");
                if self.names[n].kind == NameKind::Person || aged || addressed {
                    return Some(n);
                }
                // "of Croydon": a place of the address; walk on to whose it is.
                let start = self.names[n].tokens.start;
                if start == 0 || self.lower(start - 1) != "of" {
                    return None;
                }
            }
        }
        None
    }

    /// Classifies the noun phrase ending right before `frame[end]`.
    pub(super) fn np_ending(&self, frame: &[usize], end: usize) -> Candidate {
        let mut k = end;
        while k > 0 {
            let t = frame[k - 1];
            // "a spokesman for the players' union": a plural's apostrophe stays in the phrase.
            if self.is_plural_possessive(t) {
                k -= 1;
                continue;
            }
            if !self.doc.is_word(t) || self.in_quote[t].is_some() {
                // Keep "’s" possessives and dotted abbreviations, which tokenize as words.
                break;
            }
            let lower = self.lower(t);
            // "the accused said": after a determiner a verb's form is a noun.
            let noun =
                k >= 2 && is_determiner(self.lower(frame[k - 2])) && is_finite_speech_verb(lower);
            if (np_stop(lower) && !noun) || is_speech_participle(lower) {
                break;
            }
            k -= 1;
            // "a spokeswoman for the embassy": a determiner after a preposition is inside the phrase.
            let inside = k > 0 && is_preposition(self.lower(frame[k - 1]));
            // "a pay offer their union described": a possessive opens the phrase when words
            // stand before it.
            let owner_opens = matches!(lower, "their" | "its" | "our")
                && k > 0
                && self.doc.is_word(frame[k - 1])
                && !is_preposition(self.lower(frame[k - 1]))
                && !matches!(self.lower(frame[k - 1]), "and" | "or");
            if (is_determiner(lower)
                && !(lower == "her" || lower == "his" || lower == "their")
                && !inside)
                || owner_opens
            {
                break;
            }
            if end - k > 14 {
                break;
            }
        }
        self.np_in(&frame[k..end])
    }

    /// "from the visitors' gallery": a plural's apostrophe, glued to it, is no quotation mark.
    fn is_plural_possessive(&self, t: usize) -> bool {
        t > 0
            && matches!(self.doc.token_text(t), "'" | "’")
            && self.doc.is_word(t - 1)
            && self.doc.tokens[t - 1].end == self.doc.tokens[t].start
            && self.lower(t - 1).ends_with('s')
            && self.in_quote[t].is_none()
    }

    /// Classifies a run of tokens as a name, pronoun or description.
    pub(super) fn np_in(&self, toks: &[usize]) -> Candidate {
        let toks: Vec<usize> = toks
            .iter()
            .copied()
            .filter(|&t| self.doc.is_word(t))
            .collect();
        if toks.is_empty() {
            return Candidate::None;
        }
        // "That’s all I can say", "as we said": the writer speaks, whom no cue names.
        let last = *toks.last().unwrap();
        if matches!(self.lower(last), "i" | "we" | "you") {
            // "**Smith:** I told my staff, “…”": in a transcript "I" is whoever has the turn.
            return match self.turn_speaker(last) {
                Some(n) if toks.len() == 1 && self.lower(last) == "i" => Candidate::Name(n),
                _ => Candidate::None,
            };
        }
        // "Well said.", "Enough said!": an idiom, no one speaking; a verb of speech that ends
        // the sentence right after one word opening it.
        let idiom = toks.len() == 1
            && self.name_at(last).is_none()
            && (last == 0
                || ['.', '!', '?']
                    .iter()
                    .any(|&c| self.doc.is_punct(last - 1, c))
                || self.doc.paragraph_start(last) == last)
            && last + 2 < self.doc.tokens.len()
            && crate::lexicon::speech::is_finite_speech_verb(self.lower(last + 1))
            && (self.doc.is_punct(last + 2, '.') || self.doc.is_punct(last + 2, '!'));
        if idiom {
            return Candidate::None;
        }
        // "According to her": an object pronoun standing alone is a pronoun too.
        if toks.len() == 1 {
            let object = match self.lower(last) {
                "him" => Some((Some(crate::names::Gender::Male), false)),
                "her" => Some((Some(crate::names::Gender::Female), false)),
                "them" => Some((None, true)),
                _ => None,
            };
            if let Some((gender, plural)) = object {
                return Candidate::Pronoun {
                    token: last,
                    gender,
                    plural,
                };
            }
        }
        // "On Saturday he": the pronoun closing the phrase is the subject.
        if let Some((gender, plural)) = pronoun(self.lower(last)) {
            return Candidate::Pronoun {
                token: last,
                gender,
                plural,
            };
        }
        if is_preposition(self.lower(toks[0])) {
            // "inside the stadium fans sang": the subject after a fronted place phrase.
            let last = *toks.last().unwrap();
            let l = self.lower(last);
            let noun = toks.len() >= 3
                && !self.doc.is_capitalized(last)
                && l.ends_with('s')
                && !["ed", "ing", "ly"].iter().any(|e| l.ends_with(e))
                && !is_determiner(l);
            return if noun {
                self.np_in(&[last])
            } else {
                Candidate::None
            };
        }
        // "Council of Governors health chair Governor Jane Obi": a person named after a role
        // in lower case is the phrase's head, whatever prepositions came before the role.
        if let Some(n) = self.name_after_role(&toks) {
            return Candidate::Name(n);
        }
        // "Secretary of State Marco Rubio", "Minister for Enterprise Clodagh Byrne": a title
        // with "of" or "for" in it, in capitals, before a person's name.
        if let Some(n) = self.name_after_capitalised_title(&toks) {
            return Candidate::Name(n);
        }
        // The head part ends at the first preposition: "a spokeswoman for Mr. X" is a spokeswoman.
        // Not at the "of" inside a name: "A Department of Education spokeswoman" is a
        // spokeswoman.
        let head_end = toks
            .iter()
            .position(|&t| is_preposition(self.lower(t)) && self.name_at(t).is_none())
            .unwrap_or(toks.len());
        let head_part = &toks[..head_end.max(1)];
        // "“…,” Moody's said": a name in the possessive form ending the phrase before its
        // verb is a firm's name (Moody's, Sainsbury's), not an owner.
        if let Some(n) = self.name_at(last) {
            let name = &self.names[n];
            if name.possessive && head_end == toks.len() && name.tokens.end == last + 1 {
                return Candidate::Name(n);
            }
        }
        // A name inside the head part, not followed by a possessive.
        if let Some(n) = head_part
            .iter()
            .rev()
            .filter_map(|&t| self.name_at(t))
            .find(|&n| !self.names[n].possessive)
        {
            let name = &self.names[n];
            // "Anne Clarke KC said": honours after the name are part of it.
            let after_name = head_part
                .iter()
                .filter(|&&t| {
                    t >= name.tokens.end
                        && !crate::lexicon::names::is_postnominal(self.doc.token_text(t))
                })
                .count();
            if after_name == 0 {
                return Candidate::Name(n);
            }
        }
        // "the firm ignored insurance claims": a past tense after a noun inside the phrase
        // makes it a clause, which names no one.
        let clause = head_part.windows(3).any(|w| {
            let (before, verb) = (self.lower(w[0]), self.lower(w[1]));
            verb.len() > 4
                && verb.ends_with("ed")
                && !self.doc.is_capitalized(w[0])
                && !is_determiner(before)
                && !before.ends_with("ly")
                && !before.ends_with("ed")
                && !before.contains('-')
                && before.chars().all(char::is_alphabetic)
                && !crate::lexicon::roles::ROLE_CHANGING.contains(&before)
        });
        let head_tok = *head_part.last().unwrap();
        // "her colleagues had taken notes": a participle is no one's name for a speaker.
        let head_word = self.lower(head_tok);
        // "after reading posts online": a word in -ing alone is a gerund, no one.
        let gerund = toks.len() == 1
            && head_word.len() > 5
            && head_word.ends_with("ing")
            && !self.doc.is_capitalized(head_tok);
        let participle = crate::lexicon::quantities::is_irregular_participle(head_word)
            || crate::lexicon::quantities::is_irregular_past(head_word)
            || gerund;
        if clause || participle {
            return Candidate::None;
        }
        let head = names::ends_possessive(self.doc.token_text(head_tok))
            .then(String::new)
            .unwrap_or_else(|| self.lower(head_tok).to_string());
        // "Acme Inc. (NASDAQ: ACME) today announced": a day is nobody; "such stories rarely
        // added up": nor an adverb before the verb.
        let adverb = head.len() > 4
            && head.ends_with("ly")
            && !matches!(
                head.as_str(),
                "family" | "ally" | "assembly" | "elderly" | "rally" | "supply" | "bully"
            );
        if adverb
            || crate::lexicon::is_weekday(&head)
            || crate::lexicon::is_month(&head)
            || matches!(
                head.as_str(),
                "today" | "yesterday" | "tonight" | "tomorrow"
            )
        {
            return Candidate::None;
        }
        // "the 26-year-old": an age is a head too.
        let age = head.ends_with("-year-old");
        if head.is_empty()
            || !(age
                || head
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '.'))
        {
            return Candidate::None;
        }
        let start = self.doc.tokens[toks[0]].start;
        let end = self.doc.tokens[*toks.last().unwrap()].end;
        let text = self.doc.slice(start..end);
        let modifiers: Vec<String> = head_part[..head_part.len() - 1]
            .iter()
            .map(|&t| self.lower(t).to_string())
            .filter(|w| !is_determiner(w))
            .collect();
        let plural = (head.ends_with('s')
            && !head.ends_with("ss")
            && !matches!(head.as_str(), "news" | "us"))
            || crate::lexicon::grammar::is_plural_quantifier(&head);
        Candidate::Description {
            span: start..end,
            text,
            head,
            modifiers,
            plural,
        }
    }
}
