//! Lines that name a quotation's speaker without a verb: a dash after a quotation ("“We need the
//! bridge back.” — Dana Whitlow, a nurse"), a line of its own that names a person or describes
//! someone unnamed, the vox-pop and list forms.

use super::*;
use crate::lexicon::speech::*;

impl ArticleAnalysis {
    /// A dash right after a quotation that introduces a person's name: the vox-pop and list form
    /// "“We need the bridge back.” — Dana Whitlow, a nurse".
    pub(super) fn dash_cue(&self, frame: &[usize], fi: usize) -> Option<Cue> {
        let t = frame[fi];
        let dash = self.doc.first_char(t);
        let after_quote = t > 0 && self.is_mark(t - 1) && self.in_quote[t - 1].is_none();
        if !is_attribution_dash(dash)
            || !after_quote
            || self.doc.tokens[t].end - self.doc.tokens[t].start != 1
        {
            return None;
        }
        // "— **Leila Haddad**, 36": past the bold of a Markdown name.
        let mut name_at = fi + 1;
        while frame
            .get(name_at)
            .is_some_and(|&u| self.doc.is_punct(u, '*') || self.doc.is_punct(u, '_'))
        {
            name_at += 1;
        }
        let candidate = self.person_or_description_line(frame, name_at)?;
        Some(Cue {
            token: t,
            text: dash.to_string(),
            candidate,
            reports: false,
            kind: CueKind::Dash,
        })
    }

    /// After a dash, a person's name line, or a description of someone unnamed ("— A pensioner
    /// who did not want to be named", "— a nurse at the hospital").
    pub(super) fn person_or_description_line(
        &self,
        frame: &[usize],
        fi: usize,
    ) -> Option<Candidate> {
        if let Some(n) = self.person_name_line(frame, fi, true) {
            return Some(Candidate::Name(n));
        }
        // "— Napoli coach Stefano Ricciardi", "— Former minister Ana Ruiz": a role before the
        // name, a few words at most.
        // "— CEO Marcus Quinn": a role in capitals too.
        let role_then_name = (fi + 1..frame.len().min(fi + 5)).find(|&k| {
            let before = frame[k - 1];
            let text = self.doc.token_text(before);
            let initials = text.len() >= 2 && text.chars().all(|c| c.is_ascii_uppercase());
            self.doc.is_word(before)
                && (!self.doc.is_capitalized(before) || initials)
                && super::appositions::is_role_head(self.lower(before))
                && (fi..k - 1).all(|j| self.doc.is_word(frame[j]))
        });
        if let Some(n) = role_then_name.and_then(|k| self.person_name_line(frame, k, true)) {
            return Some(Candidate::Name(n));
        }
        let line = frame.get(fi..)?;
        let &first = line.first()?;
        let words = line.iter().filter(|&&u| self.doc.is_word(u)).count();
        let opens = matches!(self.lower(first), "a" | "an") && self.doc.is_word(first);
        // "The “parking pledge” — a 2021 manifesto promise — was dropped": a second dash
        // closes an aside about the words quoted, not a line naming who spoke them.
        let aside = line
            .iter()
            .any(|&u| !self.doc.is_word(u) && is_attribution_dash(self.doc.first_char(u)));
        if !opens || aside || words > 16 {
            return None;
        }
        // The head: up to a relative pronoun, a comma or a preposition, a few words.
        let head: Vec<usize> = line
            .iter()
            .copied()
            .take_while(|&u| {
                let l = self.lower(u);
                self.doc.is_word(u) && !np_stop(l) && !is_preposition(l)
            })
            .collect();
        let last = self.lower(*head.last()?);
        let noun = head.len() >= 2
            && head.len() <= 4
            && !["ed", "ing", "ly"].iter().any(|e| last.ends_with(e));
        match self.np_in(&head) {
            c @ Candidate::Description { .. } if noun => Some(c),
            _ => None,
        }
    }

    /// The person named at `frame[fi]` when the name ends the sentence or is followed only by
    /// a description after a comma ("Marco Ruiz, a nurse"; "Greta Solberg, 64, retired teacher").
    /// After a dash the description may be a relative clause ("— Ivo Marsh, 33, who came by
    /// bus"): the dash already says that the line names a speaker.
    pub(super) fn person_name_line(
        &self,
        frame: &[usize],
        fi: usize,
        dashed: bool,
    ) -> Option<usize> {
        let &first = frame.get(fi)?;
        // "— Mayor Desmond Pruett": the line may open with the name's title.
        let n = self.name_opening_at(first)?;
        let name = &self.names[n];
        // "— Quinn" after "— CEO Marcus Quinn": a surname alone, of a person named before.
        let surname_of_earlier = dashed
            && name.kind == NameKind::Single
            && self.names[..n]
                .iter()
                .rev()
                .take(200)
                .any(|m| m.kind == NameKind::Person && m.words.last() == name.words.last());
        if (name.kind != NameKind::Person && !surname_of_earlier) || name.possessive {
            return None;
        }
        // Only the few tokens after the name are read, so a dash-heavy text stays linear.
        // "— **Leila Haddad**, 36": the bold closing a Markdown name is not read.
        let after: Vec<usize> = frame
            .iter()
            .copied()
            .skip_while(|&u| u < name.tokens.end)
            .skip_while(|&u| self.doc.is_punct(u, '*') || self.doc.is_punct(u, '_'))
            .take(24)
            .collect();
        // "— John Smith (@jsmith) November 4, 2024": an embedded post's signature, with its
        // handle in brackets.
        let handle = dashed
            && after.len() >= 2
            && self.doc.is_punct(after[0], '(')
            && self.doc.token_text(after[1]).starts_with('@');
        let ends = handle
            || after
                .first()
                .is_none_or(|&u| self.doc.is_punct(u, ',') || self.doc.is_punct(u, '.'));
        let words_after = after.iter().filter(|&&u| self.doc.is_word(u)).count();
        // "Hoss, who took office in 2020, has ...": a clause, not a description.
        let relative = after
            .iter()
            .position(|&u| self.doc.is_word(u) && self.lower(u) == "who");
        // "in a video posted online": a participle after its noun is no verb of the line.
        let reduced_relative = |u: usize| {
            dashed
                && self.lower(u).ends_with("ed")
                && self.doc.is_word(u - 1)
                && !self.doc.is_capitalized(u - 1)
                && !np_stop(self.lower(u - 1))
        };
        // "— Patricia Ndiaye-Collins, President and CEO, Meridian Water Trust": "and" joins
        // titles after a dash.
        let joins_titles = |u: usize| dashed && matches!(self.lower(u), "and" | "&");
        let has_verb = after[..relative.filter(|_| dashed).unwrap_or(after.len())]
            .iter()
            .any(|&u| {
                self.doc.is_word(u)
                    && np_stop(self.lower(u))
                    && !reduced_relative(u)
                    && !joins_titles(u)
            });
        let whole = after.len() < 24;
        // Vox pops describe people in lower case or by age ("a nurse", "64"); "Jo Doe, Reuters"
        // after an article's last quotation is its byline.
        // After a dash the line names the speaker whatever follows the name ("— Robert
        // Kaminski, CEO, Lakeshore Utilities").
        let described = words_after == 0
            || dashed
            || after
                .iter()
                .any(|&u| self.doc.is_word(u) && !self.doc.is_capitalized(u));
        (ends && whole && described && words_after <= 10 && !has_verb).then_some(n)
    }

    /// A line that only names a person, right after a paragraph ending in a quotation: the
    /// speaker of that quotation in vox pops ("“…”" then "Omar Haddad, student").
    pub(super) fn name_line_cue(&self, frame: &[usize]) -> Option<Cue> {
        let &first = frame.first()?;
        let pi = self.doc.paragraph_of(self.doc.tokens[first].start);
        let whole_paragraph = self.doc.paragraph_tokens[pi].start == first
            && frame
                .last()
                .is_some_and(|&l| l + 1 == self.doc.paragraph_tokens[pi].end);
        // A vox pop may name each speaker above the words instead ("Omar Haddad, student" then
        // "“…”"); which of the two the article does is settled when quotations take their cues.
        let beside_quote =
            (pi > 0 && self.paragraph_ends_quoted(pi - 1)) || self.paragraph_opens_quoted(pi + 1);
        // "Bill Hathersage, 74, retired postman: “…”" names the speaker of its own quotation.
        let quoted = self.doc.paragraph_tokens[pi]
            .clone()
            .any(|t| self.in_quote[t].is_some());
        if !whole_paragraph || !beside_quote || quoted {
            return None;
        }
        let dashed = self.doc.tokens[first].kind == TokenKind::Punct
            && is_attribution_dash(self.doc.first_char(first));
        let candidate = if dashed {
            self.person_or_description_line(frame, 1)?
        } else {
            Candidate::Name(self.person_name_line(frame, 0, false)?)
        };
        Some(Cue {
            token: first,
            text: "—".into(),
            candidate,
            reports: false,
            kind: CueKind::NameLine,
        })
    }

    /// Does paragraph `pi` end with a closing quotation mark?
    pub(super) fn paragraph_ends_quoted(&self, pi: usize) -> bool {
        self.doc.paragraphs.get(pi).is_some_and(|p| {
            p.end > p.start && crate::quotes::is_closing_mark(self.doc.chars[p.end - 1])
        })
    }

    /// Does paragraph `pi` open with a quotation mark?
    pub(super) fn paragraph_opens_quoted(&self, pi: usize) -> bool {
        self.doc.paragraphs.get(pi).is_some_and(|p| {
            p.end > p.start && crate::quotes::is_quote_mark(self.doc.chars[p.start])
        })
    }

    /// The speaker of a transcript's turn, by its label: "Q:" the interviewer, "A:" the person
    /// interviewed (as the introduction names them: "X spoke to our editor, Y"), a name in
    /// capitals that person ("WHITLOCK:"), a bracketed name after a role ("CALLER (Dev):").
    pub(super) fn turn_cue(&self, frame: &[usize], fi: usize) -> Option<Cue> {
        let t = frame[fi];
        // "INGRID SOLBERG, CEO:": the name before the role.
        let role_after = (1..fi.saturating_sub(1))
            .rev()
            .take(5)
            .find(|&k| self.doc.is_punct(frame[k], ','))
            .filter(|&k| frame[k + 1..fi].iter().all(|&u| self.doc.is_word(u)));
        let label = match role_after {
            Some(k) => frame[k - 1],
            None => frame[fi - 1],
        };
        let candidate = if self.doc.token_text(label) == ")" {
            let open = (0..fi - 1)
                .rev()
                .find(|&k| self.doc.is_punct(frame[k], '('))?;
            Candidate::Name(self.name_at(*frame.get(open + 1)?)?)
        } else {
            // "**Q:** Why?": Markdown's bold before the label leaves it alone.
            let alone = frame[..fi - 1].iter().all(|&u| !self.doc.is_word(u));
            Candidate::Name(self.label_speaker(label, alone)?)
        };
        Some(Cue {
            token: t,
            text: ":".into(),
            candidate,
            reports: false,
            kind: CueKind::Colon,
        })
    }

    /// The person a turn's label names, the label being the word `label` before its colon
    /// (`alone` when it is the label's only word): "Q" the interviewer, "A" the person
    /// interviewed, a name in capitals that person ("WHITLOCK:"), initials someone named in
    /// full ("EC:").
    fn label_speaker(&self, label: usize, alone: bool) -> Option<usize> {
        match self.doc.token_text(label) {
            "Q" if alone => self.interview_parties()?.1,
            "A" if alone => Some(self.interview_parties()?.0),
            written => {
                let by_initials = self.initials_speaker(label);
                // "FK:", "MA:": initials before a name the label's capitals may look like.
                // "SOLBERG:" after "Ingrid Solberg": the person named as names are written.
                let initials = written.chars().all(|c| !c.is_lowercase());
                match initials {
                    true => by_initials.or_else(|| self.name_at(label)),
                    false => self.name_at(label).or(by_initials),
                }
            }
        }
    }

    /// The person a label written as a surname or as initials names ("SMITH:", "EC:").
    fn initials_speaker(&self, label: usize) -> Option<usize> {
        let written = self.doc.token_text(label).to_lowercase();
        let initials = |n: &NameMention| {
            n.words.len() >= 2
                && written.chars().count() == n.words.len()
                && n.words
                    .iter()
                    .zip(written.chars())
                    .all(|(w, c)| w.to_lowercase().starts_with(c))
        };
        self.names
            .iter()
            .position(|n| {
                n.kind == NameKind::Person
                    && n.words.last().is_some_and(|w| w.to_lowercase() == written)
            })
            .or_else(|| {
                self.names
                    .iter()
                    .position(|n| n.kind == NameKind::Person && initials(n))
            })
    }

    /// Who "I" is in a transcript's turn: the person its label names ("**Tomasz Wierzbicki:** I
    /// told my staff, “…”").
    pub(super) fn turn_speaker(&self, i: usize) -> Option<usize> {
        let pi = self.doc.paragraph_of(self.doc.tokens[i].start);
        let p = self.doc.paragraphs[pi].clone();
        let (_, len) = crate::quotes::turns::label(&self.doc.chars[p.clone()])?;
        let tokens = self.doc.paragraph_tokens[pi].clone();
        let colon = tokens
            .clone()
            .take_while(|&u| self.doc.tokens[u].start < p.start + len)
            .filter(|&u| self.doc.is_punct(u, ':'))
            .last()?;
        let label = (tokens.start..colon).rev().find(|&u| self.doc.is_word(u))?;
        let alone = (tokens.start..label).all(|u| !self.doc.is_word(u));
        (colon < i)
            .then(|| self.label_speaker(label, alone))
            .flatten()
    }

    /// The person interviewed and the interviewer, as the paragraphs before the first turn
    /// name them: the interviewer after "spoke to", "spoke with", "talked to", "interviewed by"
    /// (past a description: "our technology editor, Farah Quddus"), the person interviewed the
    /// first other person named. An interviewer the text does not name ("spoke to the Post")
    /// leaves the questions without a speaker and the answers to the person interviewed.
    fn interview_parties(&self) -> Option<(usize, Option<usize>)> {
        self.interview_parties_before(self.quotes_start_token()?)
    }

    /// The same, as the text before the token `first_turn` names them.
    pub(super) fn interview_parties_before(
        &self,
        first_turn: usize,
    ) -> Option<(usize, Option<usize>)> {
        let people = |n: &&NameMention| {
            matches!(n.kind, NameKind::Person | NameKind::Single) && n.tokens.end <= first_turn
        };
        let joined = |k: usize| {
            let (a, b) = (self.lower(k), self.lower(k + 1));
            matches!(
                (a, b),
                ("spoke" | "talked" | "speaking" | "talking", "to" | "with")
                    | ("interviewed" | "questioned", "by")
            )
        };
        let Some(link) = (0..first_turn.saturating_sub(1)).find(|&k| joined(k)) else {
            // "Melissa Tan is chief executive of MedQuill. Q: … A: …": with no interviewer
            // named, the one person named in full before the questions, and introduced by
            // what they are, answers them (an explainer's "brought in by Jo Bell" does not).
            let full: Vec<usize> = (0..self.names.len())
                .filter(|&i| people(&&self.names[i]) && self.names[i].kind == NameKind::Person)
                .collect();
            let one = full
                .iter()
                .all(|&i| self.names[i].words.last() == self.names[full[0]].words.last());
            let introduced = full.first().is_some_and(|&i| {
                let after = self.names[i].tokens.end;
                matches!(self.lower(after), "is" | "was")
                    && (after + 1..after + 5).any(|u| {
                        u < self.doc.tokens.len()
                            && (crate::lexicon::roles::is_role_head(self.lower(u))
                                || crate::lexicon::titles::is_title_any_case(self.lower(u)))
                    })
            });
            return (one && introduced).then(|| (full[0], None));
        };
        let interviewer = self
            .names
            .iter()
            .position(|n| people(&n) && n.tokens.start > link && n.tokens.start < link + 12);
        let surname = interviewer.and_then(|i| self.names[i].words.last().cloned());
        let other = |n: &&NameMention| {
            people(n) && (surname.is_none() || n.words.last() != surname.as_ref())
        };
        // "Its co-founder, Annika Lind, spoke to": the person named just before the link,
        // else the first one named ("Mayor Ana Roe … She spoke with"); a full name before a
        // single word ("a cider farm in the Marcher hills. She spoke to").
        let near = |n: &NameMention| n.tokens.end <= link && n.tokens.end + 12 > link;
        let full = |n: &NameMention| other(&n) && n.kind == NameKind::Person;
        let interviewed = self
            .names
            .iter()
            .rposition(|n| full(n) && near(n))
            .or_else(|| self.names.iter().position(full))
            .or_else(|| self.names.iter().rposition(|n| other(&n) && near(n)))
            .or_else(|| self.names.iter().position(|n| other(&n)))?;
        Some((interviewed, interviewer))
    }

    /// The first token of the first quotation without marks (a transcript's first turn).
    fn quotes_start_token(&self) -> Option<usize> {
        self.quote_tokens.iter().map(|r| r.start).find(|&s| {
            // Past the bold or italics closing a Markdown label ("**A:** Yes.").
            let label_end = (0..s)
                .rev()
                .find(|&u| !(self.doc.is_punct(u, '*') || self.doc.is_punct(u, '_')));
            label_end.is_some_and(|u| self.doc.is_punct(u, ':'))
        })
    }
}
