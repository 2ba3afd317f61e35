//! Sentences: splitting paragraphs into sentences and finding each sentence's subject.

use super::*;
use crate::lexicon::speech::*;

pub(super) fn split_sentences(
    doc: &Doc,
    spans: &[QuoteSpan],
    in_quote: &[Option<usize>],
) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let closing: std::collections::HashMap<usize, &QuoteSpan> =
        spans.iter().map(|q| (q.end, q)).collect();
    // "shops. 'It came out of nowhere,'": a single mark that opens a quotation starts a
    // sentence as a double one does (elsewhere a single mark may be an elision: "'em").
    let opening: HashSet<usize> = spans.iter().map(|q| q.start).collect();
    for (pi, range) in doc.paragraph_tokens.iter().enumerate() {
        let mut start = range.start;
        for t in range.clone() {
            if in_quote[t].is_some() || t + 1 >= range.end {
                continue;
            }
            let next = t + 1;
            let next_starts = doc.is_capitalized(next)
                || doc.first_char(next).is_ascii_digit()
                || (crate::quotes::is_opening_mark(doc.first_char(next))
                    && (doc.first_char(next) != '\'' || opening.contains(&doc.tokens[next].end)));
            if !next_starts {
                continue;
            }
            let tok = doc.tokens[t];
            let is_end = if tok.kind == TokenKind::Punct
                && matches!(doc.chars[tok.start], '.' | '!' | '?' | '…')
            {
                true
            } else if let Some(q) = closing.get(&tok.start) {
                // A closing mark ends the sentence when the quotation ended with a stop, unless
                // its attribution follows ("“Why did you wait?” Price asked.").
                let stopped = (q.start..q.end)
                    .rev()
                    .find(|&i| !crate::text::is_space(doc.chars[i]))
                    .is_some_and(|i| matches!(doc.chars[i], '.' | '!' | '?' | '…'));
                stopped && !attribution_follows(doc, next..range.end)
            } else {
                // "at 2 a.m. His mother says", "in the U.S. The deal": an abbreviation's stop
                // ends the sentence when a word that never follows a title opens the next.
                tok.kind == TokenKind::Word
                    && doc.chars[tok.end - 1] == '.'
                    && doc.is_word(next)
                    && crate::lexicon::names::is_function_word(doc.token_lower(next))
            };
            if is_end {
                out.push((start..t + 1, pi));
                start = t + 1;
            }
        }
        if start < range.end {
            out.push((start..range.end, pi));
        }
    }
    out
}

/// The token after a dateline opening the paragraph `para` ("HOLLIN PARK —", "VELMONT, Oct 2
/// (Reuters) -", "FALLOWFIELD, Wend. (AP) —"): a place in capitals, then capitalised words,
/// dates, commas and an agency in brackets, up to a dash. A dateline names no one.
pub(super) fn dateline_end(doc: &Doc, para: Range<usize>) -> Option<usize> {
    let first = para.start;
    let letters: Vec<char> = doc
        .token_text(first)
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if first >= para.end || letters.len() < 2 || !letters.iter().all(|c| c.is_uppercase()) {
        return None;
    }
    for t in first + 1..para.end.min(first + 14) {
        let text = doc.token_text(t);
        if doc.is_word(t) {
            let lower_word = text.starts_with(char::is_lowercase);
            if lower_word {
                return None;
            }
            continue;
        }
        // "NEW DELHI: The High Court …": Indian and Pakistani papers close a dateline in
        // capitals with a colon, in an article's first paragraphs.
        let capitals = (first..t).filter(|&u| doc.is_word(u)).all(|u| {
            doc.token_text(u)
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
        });
        // One word ("MUMBAI:") only when no speaker's turn follows: a word in capitals and a
        // colon is also a transcript's speaker ("JOHNSON: We will …").
        let words = (first..t).filter(|&u| doc.is_word(u)).count();
        let paragraph = doc.paragraph_of(doc.tokens[first].start);
        let speaker_turn = t + 1 < para.end
            && matches!(
                doc.token_lower(t + 1),
                "i" | "we" | "you" | "well" | "yes" | "no"
            );
        let opening = paragraph <= 2 && (words >= 2 || !speaker_turn);
        match doc.first_char(t) {
            '—' | '–' | '-' if text.chars().count() <= 2 => return Some(t + 1),
            ':' if capitals && opening && t + 1 < para.end && doc.is_capitalized(t + 1) => {
                return Some(t + 1)
            }
            ',' | '.' | '(' | ')' | '/' => {}
            _ => return None,
        }
    }
    None
}

/// Do the first few words of `tokens` name a speaker and then a verb of speech that ends its
/// clause ("Price asked.", "Judge Alan Price told the jury.")? A verb that goes on to report
/// more ("The official added that ...") starts a sentence of its own.
fn attribution_follows(doc: &Doc, tokens: Range<usize>) -> bool {
    let Some(verb) = tokens
        .clone()
        .take(5)
        .take_while(|&u| doc.is_word(u))
        .find(|&u| is_finite_speech_verb(doc.token_lower(u)) && !doc.is_capitalized(u))
    else {
        return false;
    };
    let clause_end = (verb + 1..tokens.end)
        .take(5)
        .find(|&u| !doc.is_word(u) || doc.token_lower(u) == "that");
    match clause_end {
        None => verb + 1 == tokens.end || tokens.end - verb <= 4,
        Some(u) => !doc.is_word(u) && matches!(doc.first_char(u), '.' | ',' | '!' | '?' | ';'),
    }
}

impl ArticleAnalysis {
    pub(super) fn subject_of(&self, range: Range<usize>) -> Candidate {
        let frame = self.frame(range);
        let mut fi = self.time_stamp_len(&frame);
        // "CARDENNE, Jan 30 (Wirepress) - The Bank of Orsland raised": past the dateline.
        if let Some(&first) = frame.first() {
            let para = self.doc.paragraph_tokens
                [self.doc.paragraph_of(self.doc.tokens[first].start)]
            .clone();
            if let Some(end) = dateline_end(&self.doc, para.clone()).filter(|_| first == para.start)
            {
                fi = frame.iter().position(|&t| t >= end).unwrap_or(fi);
            }
        }
        // Skip an introductory phrase ("After embracing her, ...", "In a statement, ...").
        if let Some(&first) = frame.get(fi) {
            let lower = self.lower(first);
            // "Housing Court Judge Ana Roe asked": a word in -ing before a capitalised one names
            // something; it does not open a participle clause ("Speaking to reporters, ...").
            let names_something = lower.ends_with("ing")
                && frame
                    .get(fi + 1)
                    .is_some_and(|&t| self.doc.is_capitalized(t));
            // "Two years after the earthquake, …", "Three days later, …": a span of time
            // opening the sentence.
            let span_of_time = frame.get(fi + 2).is_some_and(|&t| {
                crate::lexicon::quantities::number_word(lower).is_some()
                    && crate::lexicon::is_time_word(self.lower(t - 1))
                    && matches!(self.lower(t), "after" | "later" | "ago" | "on" | "before")
            });
            // "Back in his kitchen, …", "Out on the pitch, …": an adverb of place or time
            // before a preposition opens a phrase of where or when.
            let adverb_of_place = matches!(
                lower,
                "back"
                    | "out"
                    | "over"
                    | "home"
                    | "away"
                    | "there"
                    | "here"
                    | "once"
                    | "later"
                    | "earlier"
                    | "now"
                    | "still"
                    | "inside"
                    | "outside"
            ) && frame
                .get(fi + 1)
                .is_some_and(|&t| crate::lexicon::speech::is_preposition(self.lower(t)));
            let intro =
                (opens_introduction(lower) && !names_something) || span_of_time || adverb_of_place;
            if intro {
                if let Some(c) = frame[fi..].iter().position(|&t| self.doc.is_punct(t, ',')) {
                    fi += c + 1;
                }
                // "In Pellham Ridge, where the twister struck, Doreen Whitacre sheltered": a
                // relative clause on the introduction goes with it.
                let relative = frame
                    .get(fi)
                    .is_some_and(|&t| matches!(self.lower(t), "where" | "when" | "which"));
                if relative {
                    if let Some(c) = frame[fi..].iter().position(|&t| self.doc.is_punct(t, ',')) {
                        fi += c + 1;
                    }
                }
            }
        }
        // "Her neighbour and occasional assistant, Marguerite Adebayo-Finch, a retired
        // electrician, handles ...": a description opening the sentence, then the name.
        if let Some(n) = self.name_after_opening_description(&frame, fi) {
            return Candidate::Name(n);
        }
        let mut modifier_end = 0;
        for (k, &t) in frame.iter().enumerate().skip(fi) {
            if self.is_mark(t) || t < modifier_end {
                continue;
            }
            if !self.doc.is_word(t) {
                // "The treasurer, Ivan Kessler, defended ...": the name in apposition.
                return match self.name_in_commas(&frame, k) {
                    Some(n) if k > fi => Candidate::Name(n),
                    // "The latter, who has 640,000 followers, ...": the phrase before the
                    // relative clause.
                    // "The man, 54, was tired": or before the age in commas after it.
                    _ if k > fi
                        && self.doc.is_punct(t, ',')
                        && frame.get(k + 1).is_some_and(|&u| {
                            matches!(self.lower(u), "who" | "which")
                                || (self.doc.first_char(u).is_ascii_digit()
                                    && frame.get(k + 2).is_some_and(|&c| self.doc.is_punct(c, ',')))
                        }) =>
                    {
                        self.np_ending(&frame, k)
                    }
                    // "The latter later deleted hers, saying ...": the phrase before the verb
                    // and its adverbs.
                    _ => (fi + 1..k)
                        .find(|&j| self.past_tense_after_noun(&frame, j))
                        .map_or(Candidate::None, |mut v| {
                            while v > fi + 1 && is_adverb(self.lower(frame[v - 1])) {
                                v -= 1;
                            }
                            self.np_ending(&frame, v)
                        }),
                };
            }
            if let Some((gender, plural)) = pronoun(self.lower(t)) {
                return Candidate::Pronoun {
                    token: t,
                    gender,
                    plural,
                };
            }
            if let Some(n) = self.name_at(t) {
                // "A spokeswoman for President Ana Ruiz said": a name that is the object of a
                // preposition after a noun is not the subject.
                if self.object_of_preposition(&frame, fi, k) {
                    modifier_end = self.names[n].tokens.end;
                    continue;
                }
                if self.name_modifies_noun(&frame, k, n) {
                    modifier_end = self.names[n].tokens.end;
                    continue;
                }
                if !self.names[n].possessive {
                    return Candidate::Name(n);
                }
            }
            let lower = self.lower(t);
            if k > fi + 6 || np_stop(lower) || is_finite_speech_verb(lower) {
                // The subject is a description: take the phrase before the verb, which may be
                // a past tense the phrase ran into ("A spokeswoman for the family painted").
                let verb = (fi + 2..=k).find(|&j| self.past_tense_after_noun(&frame, j));
                return self.np_ending(&frame, verb.unwrap_or(k));
            }
        }
        Candidate::None
    }
}

impl ArticleAnalysis {
    /// Is `frame[j]` a lower-case past tense right after a noun ("family painted"), not a
    /// participle modifying one ("the combined company", "the newly elected mayor")?
    fn past_tense_after_noun(&self, frame: &[usize], j: usize) -> bool {
        let (t, before) = (frame[j], frame[j - 1]);
        let b = self.lower(before);
        self.doc.is_word(t)
            && !self.doc.is_capitalized(t)
            && (self.lower(t).ends_with("ed") || spoken_past(self.lower(t)))
            && self.doc.is_word(before)
            && !is_determiner(b)
            && !is_preposition(b)
            // An adverb ("newly elected"); "family" is a noun.
            && (!b.ends_with("ly") || b.ends_with("ily"))
    }

    /// Is the name at `frame[k]` the object of a preposition that follows a noun in lower case,
    /// with only determiners and titles between ("a spokeswoman for President Ana Ruiz", "an
    /// aide to the Prime Minister")? Not "the head of the rescue service Ana Ruiz", where a
    /// noun of the phrase stands between.
    fn object_of_preposition(&self, frame: &[usize], fi: usize, k: usize) -> bool {
        let mut j = k;
        while j > fi {
            let u = frame[j - 1];
            let l = self.lower(u);
            if is_preposition(l) {
                let before = (j >= fi + 2).then(|| frame[j - 2]);
                return before.is_some_and(|b| {
                    self.doc.is_word(b)
                        && !self.doc.is_capitalized(b)
                        && !is_determiner(self.lower(b))
                        && !is_preposition(self.lower(b))
                });
            }
            let title = self.doc.is_capitalized(u) && names::is_role_word(self.doc.token_text(u));
            if !(is_determiner(l) || title) {
                return false;
            }
            j -= 1;
        }
        false
    }

    /// Is the name `n` at `frame[k]` a modifier of the noun after it rather than the subject:
    /// "The Liberal candidate, Hannah Osei, ...", "Opposition leader Marcus Wellbeck ..."?
    /// After a determiner, or before a lower-case noun that a person's name follows.
    fn name_modifies_noun(&self, frame: &[usize], k: usize, n: usize) -> bool {
        let name = &self.names[n];
        let Some(next) = frame.iter().position(|&u| u >= name.tokens.end) else {
            return false;
        };
        // "the Kremlin spokesman said" has a noun after the name; "The Bank of Kestria cut its
        // rate" a verb, which a determiner after it shows.
        let object_follows = frame
            .get(next + 1)
            .is_some_and(|&u| is_determiner(self.lower(u)));
        let noun_after = self.doc.is_word(frame[next])
            && !self.doc.is_capitalized(frame[next])
            && !object_follows;
        // "Harriers director of rugby Giorgi Beridze": past what the role is of.
        let person_follows = frame[next..].iter().take(5).any(|&u| {
            self.name_at(u)
                .is_some_and(|m| self.names[m].kind == NameKind::Person)
        });
        // "Coastal Districts coach Brett Lanigan": a team whose name looks like a person's,
        // before a role and the person who holds it.
        let role_of_person = noun_after
            && person_follows
            && crate::lexicon::names::is_role_noun(self.lower(frame[next]));
        if name.possessive || (name.kind == NameKind::Person && !role_of_person) || !noun_after {
            return false;
        }
        let after_determiner = k > 0 && is_determiner(self.lower(frame[k - 1]));
        after_determiner || person_follows
    }

    /// The tokens of a live blog's time stamp opening the sentence ("14:05", "9:40 pm —"),
    /// which stand before its subject; 0 when there is none.
    pub(super) fn time_stamp_len(&self, frame: &[usize]) -> usize {
        // "**10:04 PT** — Park:": a Markdown stamp's bold goes with it.
        let emphasis = |k: usize| {
            frame
                .get(k)
                .is_some_and(|&t| self.doc.is_punct(t, '*') || self.doc.is_punct(t, '_'))
        };
        let mut lead = 0;
        while emphasis(lead) {
            lead += 1;
        }
        let frame = &frame[lead..];
        let digits = |k: usize| {
            frame
                .get(k)
                .is_some_and(|&t| self.doc.is_word(t) && self.doc.first_char(t).is_ascii_digit())
        };
        let clock = digits(0)
            && digits(2)
            && frame
                .get(1)
                .is_some_and(|&t| self.doc.is_punct(t, ':') || self.doc.is_punct(t, '.'));
        // "8.02am —": a stamp read as one token.
        let one_token = frame.first().is_some_and(|&t| {
            let w = self.lower(t);
            let digits_part = w.trim_end_matches("am").trim_end_matches("pm");
            let (h, m) = digits_part.split_once('.').unwrap_or(("", ""));
            !h.is_empty()
                && h.len() <= 2
                && m.len() == 2
                && (h.chars().chain(m.chars())).all(|c| c.is_ascii_digit())
        });
        if !clock && !one_token {
            return lead;
        }
        let mut k = if clock { 3 } else { 1 };
        if frame
            .get(k)
            .is_some_and(|&t| crate::lexicon::quantities::is_clock_word(self.lower(t)))
        {
            k += 1;
        }
        // "10:04 PT", "14:05 GMT": a time zone's letters in capitals.
        let zone = frame.get(k).is_some_and(|&t| {
            let w = self.doc.token_text(t);
            (2..=5).contains(&w.len())
                && w.chars().all(|c| c.is_ascii_uppercase())
                && (w.ends_with('T') || w == "UTC")
        });
        if zone {
            k += 1;
        }
        while frame.get(k).is_some_and(|&t| {
            !self.doc.is_word(t)
                && matches!(
                    self.doc.first_char(t),
                    '—' | '–' | '-' | '|' | ':' | '*' | '_'
                )
        }) {
            k += 1;
        }
        lead + k
    }

    /// The name set off by commas at `frame[k]` (", Ivan Kessler,").
    fn name_after_opening_description(&self, frame: &[usize], fi: usize) -> Option<usize> {
        let comma = (fi + 1..frame.len().min(fi + 10)).find(|&k| !self.doc.is_word(frame[k]))?;
        let description = &frame[fi..comma];
        let plain = description.iter().all(|&t| {
            let l = self.lower(t);
            // "The Roasting Tin’s owner, Dimitri Sava,": a possessive name describes.
            self.name_at(t).is_none_or(|n| self.names[n].possessive)
                && !is_finite_speech_verb(l)
                && (!np_stop(l) || matches!(l, "and" | "or"))
                && !(l.len() > 4 && l.ends_with("ed"))
        });
        let opens = is_determiner(self.lower(frame[fi]))
            || matches!(self.lower(frame[fi]), "her" | "his" | "their" | "its");
        if !(plain && opens && self.doc.is_punct(frame[comma], ',')) {
            return None;
        }
        if let Some(n) = self.name_in_commas(frame, comma) {
            return Some(n);
        }
        // The name may come after its own title, possessive and all ("His counterpart,
        // Stenbridge’s Dutch head coach Joost van der Berkel, shrugged").
        (comma + 1..frame.len().min(comma + 8))
            .take_while(|&j| self.doc.is_word(frame[j]))
            .find_map(|j| {
                let n = self.name_at(frame[j])?;
                let name = &self.names[n];
                let closed = frame
                    .iter()
                    .find(|&&u| u >= name.tokens.end)
                    .is_some_and(|&u| self.doc.is_punct(u, ','));
                (name.kind == NameKind::Person && !name.possessive && closed).then_some(n)
            })
    }

    fn name_in_commas(&self, frame: &[usize], k: usize) -> Option<usize> {
        if !self.doc.is_punct(frame[k], ',') {
            return None;
        }
        // The name may carry a title ("The Speaker, Sir Ivo Lamb, rose").
        let n = self.name_opening_at(*frame.get(k + 1)?)?;
        let name = &self.names[n];
        let closed = frame
            .iter()
            .find(|&&u| u >= name.tokens.end)
            .is_some_and(|&u| self.doc.is_punct(u, ','));
        (!name.possessive && closed).then_some(n)
    }

    /// Is paragraph `p` a headline or a caption rather than running text? A quotation there
    /// with no cue of its own gets no speaker: nothing around it says who spoke.
    pub(super) fn is_display_line(&self, p: usize) -> bool {
        self.is_heading(p) || self.is_caption(p)
    }

    /// A short line without final punctuation: a headline, a subhead, a live-blog entry title.
    fn is_heading(&self, p: usize) -> bool {
        let tokens = self.doc.paragraph_tokens[p].clone();
        let words = tokens.clone().filter(|&t| self.doc.is_word(t)).count();
        let chars = &self.doc.chars[self.doc.paragraphs[p].clone()];
        let last = chars
            .iter()
            .rev()
            .find(|&&c| !crate::quotes::is_quote_mark(c) && !crate::text::is_space(c));
        let punctuated =
            last.is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | ':' | ';' | ',' | '—' | '–'));
        words <= 15 && !punctuated
    }

    /// A photo caption or credit line: "Photo: ..." at its start, or "Photograph: Jo Doe/Agency"
    /// near its end.
    fn is_caption(&self, p: usize) -> bool {
        let tokens = self.doc.paragraph_tokens[p].clone();
        let labelled = |t: usize| {
            self.doc.is_word(t)
                && self.doc.is_capitalized(t)
                && is_credit_label(self.lower(t))
                && t + 1 < tokens.end
                && self.doc.is_punct(t + 1, ':')
        };
        let near_end = tokens.end.saturating_sub(12).max(tokens.start);
        labelled(tokens.start) || (near_end..tokens.end).any(labelled)
    }

    /// Is paragraph `p` one turn of an exchange: a single quotation and at most `max_words`
    /// words around it ("answered the witness, Tomas Weir")?
    pub(super) fn quote_is_turn(&self, p: usize, max_words: usize) -> bool {
        let tokens = self.doc.paragraph_tokens[p].clone();
        let mut quote = None;
        let mut words = 0;
        for t in tokens {
            match self.in_quote[t] {
                Some(q) if quote.is_some_and(|o| o != q) => return false,
                Some(q) => quote = Some(q),
                None if self.doc.is_word(t) => words += 1,
                None => {}
            }
        }
        quote.is_some() && words <= max_words
    }
}

/// Irregular pasts of verbs of speaking, hearing and moving that a person does right after
/// being named ("The freed man spoke briefly", "The family fled"), never a noun after a noun.
fn spoken_past(w: &str) -> bool {
    matches!(
        w,
        "spoke" | "fled" | "sat" | "stood" | "sought" | "heard" | "wept" | "came" | "went" | "told"
    )
}
