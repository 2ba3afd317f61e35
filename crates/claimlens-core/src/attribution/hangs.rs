//! Which cue each quotation hangs on: one just after it, a name line or an echo in the next
//! sentence, or the nearest before it, past a cue inside someone's reported words.

use super::*;
use crate::lexicon::speech::{is_preposition, pronoun, speech_verb};

impl ArticleAnalysis {
    /// Attaches each quotation span to its sentence and cue, dropping titles and scare quotes.
    pub(super) fn choose_quotes(&self, spans: Vec<QuoteSpan>) -> Vec<RawQuote> {
        let mut out = Vec::new();
        let names_above = self.names_above_quotes();
        for (qi, span) in spans.into_iter().enumerate() {
            let first = self.doc.token_at_or_after(span.start);
            if first >= self.doc.tokens.len() {
                continue;
            }
            let sentence = self.sentence_of_token[first];
            let cue = self
                .cue_for(sentence, qi)
                .map(|index| CueRef { sentence, index })
                .or_else(|| match names_above {
                    true => self.name_line_before(&span),
                    false => self.name_line_after(&span),
                })
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
            // "Waiting for Godot", "Death of a Salesman": short words inside a title keep
            // their lower case.
            let title_case = words
                .iter()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .enumerate()
                .all(|(i, w)| {
                    let minor = i > 0
                        && matches!(
                            *w,
                            "a" | "an" | "the" | "of" | "for" | "and" | "in" | "on" | "to" | "at"
                        );
                    minor
                        || w.chars()
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
            // "“Yes,” he said", "“Absolutely,” the witness said": a reply closed by a comma and
            // its cue is no title.
            let reply = content.trim_end().ends_with(',') && {
                let after = self.doc.token_at_or_after(span.end);
                let first =
                    (after..self.doc.tokens.len().min(after + 3)).find(|&t| self.doc.is_word(t));
                // Only a reply opening its sentence: 'his role in "Friends," the network
                // said' names a title.
                let opens = (self.sentences[sentence].tokens.start
                    ..self.doc.token_at_or_after(span.start))
                    .all(|t| !self.doc.is_word(t));
                let cue_after = opens
                    && cue.as_ref().is_some_and(|c| {
                        let token = self.sentences[c.sentence].cues[c.index].token;
                        token > after && token <= after + 4
                    });
                cue_after
                    || first.is_some_and(|t| {
                        let w = self.lower(t);
                        speech_verb(w).is_some()
                            || (pronoun(w).is_some()
                                && t + 1 < self.doc.tokens.len()
                                && speech_verb(self.lower(t + 1)).is_some())
                    })
            };
            let titled = titled && !reply;
            // "led the “no” campaign", "voted “yes” in the referendum": a word or two in marks
            // used as a label, not words quoted.
            let label = word_count <= 2 && !ends_sentence && !reply && !content.ends_with(',') && {
                let open = self.doc.token_at_or_after(span.start).saturating_sub(1);
                let before = open.checked_sub(1).filter(|&t| self.doc.is_word(t));
                let after = self.doc.token_at_or_after(span.end) + 1;
                let noun_after = after < self.doc.tokens.len()
                    && self.doc.is_word(after)
                    && !self.doc.is_capitalized(after)
                    && speech_verb(self.lower(after)).is_none()
                    && pronoun(self.lower(after)).is_none()
                    && !crate::lexicon::names::is_function_word(self.lower(after))
                    && !is_preposition(self.lower(after));
                let det_before = before.is_some_and(|t| {
                    matches!(
                        self.lower(t),
                        "the" | "a" | "an" | "voted" | "vote" | "votes"
                    )
                });
                det_before || (noun_after && word_count == 1 && before.is_some())
            };
            // "said the investment was a “game changer”": two words after an article in a
            // sentence that reports someone's speech are their words.
            let label = label && !(word_count == 2 && cue.is_some());
            if label || (cue.is_none() && short) || (titled && (!starts_paragraph || verb_after)) {
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

    /// The name line of the paragraph before the one the quotation `span` opens, in a vox pop
    /// that names its speakers above their words.
    fn name_line_before(&self, span: &QuoteSpan) -> Option<CueRef> {
        let opens_paragraph = self.doc.paragraphs[span.paragraph].start + 1 == span.start;
        let before = self
            .doc
            .paragraph_tokens
            .get(span.paragraph.checked_sub(1)?)?;
        if !opens_paragraph || before.is_empty() {
            return None;
        }
        let sentence = self.sentence_of_token[before.start];
        let index = (self.sentences[sentence].cues.iter())
            .position(|c| c.kind == CueKind::NameLine && c.token == before.start)?;
        Some(CueRef { sentence, index })
    }

    /// Does the article's vox pop name each speaker on the line above the words? It does when
    /// a series of name lines and paragraphs of quotation opens with a name line or closes with
    /// a quotation, and never the other way round.
    fn names_above_quotes(&self) -> bool {
        let lines: Vec<usize> = (self.sentences.iter())
            .flat_map(|s| {
                s.cues
                    .iter()
                    .filter(|c| c.kind == CueKind::NameLine)
                    .map(|c| self.doc.paragraph_of(self.doc.tokens[c.token].start))
            })
            .collect();
        let line = |pi: usize| lines.binary_search(&pi).is_ok();
        let quoted = |pi: usize| self.paragraph_opens_quoted(pi) && self.paragraph_ends_quoted(pi);
        let (mut above, mut below) = (false, false);
        for &pi in &lines {
            let after_quote = pi > 0 && quoted(pi - 1);
            let before_quote = quoted(pi + 1);
            above |= before_quote && !after_quote;
            below |= after_quote && !before_quote;
            // The quotation above the first line, and the one below the last.
            above |= before_quote && !line(pi + 2);
            below |= after_quote && (pi < 2 || !line(pi - 2));
        }
        above && !below
    }

    /// The cue of the sentence after `sentence` that says whose words they were.
    fn echo_after(&self, sentence: usize) -> Option<CueRef> {
        let next = self.sentences.get(sentence + 1)?;
        (next.cues.first()?.kind == CueKind::After).then_some(CueRef {
            sentence: sentence + 1,
            index: 0,
        })
    }

    /// "Judge Reid said she had read the letters but that they described “a man I do not
    /// recognise”": a cue whose subject is "they" or "it" inside what a named person said
    /// reports the named person's words.
    /// "Dr Ines Moravec said the data suggested that the reef was “recovering …”": so does a
    /// cue whose subject is evidence, which speaks only through the person citing it.
    fn outer_speaker(&self, cues: &[Cue], i: usize) -> usize {
        let inner_thing = match &cues[i].candidate {
            Candidate::Pronoun { token, .. } => matches!(self.lower(*token), "they" | "it"),
            Candidate::Description { head, .. } => crate::lexicon::speech::is_evidence_noun(head),
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

    /// The cue a quotation hangs on: one just after it, or the nearest before it.
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
        // "Mayor Ilse Varnholt told staff the city needed “…”, according to minutes of the
        // session": what sources the report yields to the person whose verb comes before.
        let sourced = |i: usize| {
            s.cues[i].text.starts_with("according to")
                && left.is_some_and(|l| {
                    s.cues[l].kind == CueKind::Words
                        && matches!(
                            s.cues[l].candidate,
                            Candidate::Name(_) | Candidate::Pronoun { .. }
                        )
                        && !s.cues[l].text.starts_with("according to")
                })
        };
        match (left, right) {
            (Some(l), Some((i, _))) if sourced(i) => Some(l),
            (_, Some((i, d))) if d <= 5 => Some(i),
            (Some(i), _) => Some(i),
            (None, Some((i, d))) if d <= 20 => Some(i),
            _ => None,
        }
    }
}
