//! Attribution: sentences, speech cues, and the speaker each quotation rests on.
//!
//! Works in two passes. [`analyze_article`] reads one article on its own: quotation spans,
//! sentences, name mentions, cues and the speaker *candidate* of every cue (a name, a pronoun
//! or a description). After entities are clustered across articles, [`resolve`] walks each
//! article in order and turns candidates into entities: pronouns go to the most salient
//! compatible person, descriptions to the name the text links them to.

use std::collections::HashSet;
use std::ops::Range;

use crate::entities::{EntityIx, Registry};
use crate::model::Mention;
use crate::names::{self, Gender, NameKind, NameMention};
use crate::quotes::QuoteSpan;
use crate::text::{Doc, TokenKind};

#[derive(Debug, Clone)]
pub(crate) struct Cue {
    /// Token index of the cue word.
    pub token: usize,
    /// The cue as written ("said", "according to", "wrote on X").
    pub text: String,
    pub candidate: Candidate,
    /// True for verbs that report figures as well as words ("confirmed", "reported").
    pub reports: bool,
}

/// What a cue's speaker rests on, before resolution.
#[derive(Debug, Clone)]
pub(crate) enum Candidate {
    /// Index into the article's name mentions.
    Name(usize),
    Pronoun {
        token: usize,
        gender: Option<Gender>,
        plural: bool,
    },
    Description {
        span: Range<usize>,
        text: String,
        head: String,
        modifiers: Vec<String>,
        plural: bool,
    },
    /// The subject of the sentence (participles, coordinated verbs).
    Subject,
    None,
}

#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    pub tokens: Range<usize>,
    pub paragraph: usize,
    pub cues: Vec<Cue>,
    /// The first mention of the sentence, its likely subject.
    pub subject: Candidate,
}

/// A quotation kept after filtering, with the cue it hangs on.
#[derive(Debug, Clone)]
pub(crate) struct RawQuote {
    /// Index of the span among all quotation spans (the values of `in_quote`).
    pub index: usize,
    pub span: QuoteSpan,
    pub sentence: usize,
    pub cue: Option<usize>,
}

/// A link the text makes between a name and a description ("John Coale, the U.S. envoy").
#[derive(Debug, Clone)]
pub(crate) struct Apposition {
    pub name: usize,
    pub description: String,
    pub span: Range<usize>,
}

/// One article read on its own.
pub(crate) struct ArticleAnalysis {
    pub doc: Doc,
    pub quotes: Vec<RawQuote>,
    pub sentences: Vec<Sentence>,
    pub names: Vec<NameMention>,
    pub appositions: Vec<Apposition>,
    /// Token index → quote index, for tokens inside quotation content.
    pub in_quote: Vec<Option<usize>>,
    /// Capitalised words the corpus uses as places ("in Minsk", "to Ukraine").
    pub places: std::sync::Arc<HashSet<String>>,
    /// Token index → name mention index.
    pub name_of_token: Vec<Option<usize>>,
    /// Token index → sentence index.
    pub sentence_of_token: Vec<usize>,
    /// Quotation span index → its content tokens.
    pub quote_tokens: Vec<Range<usize>>,
}

/// Speech verbs; `true` when they also report facts and figures.
const FINITE_CUES: &[(&str, bool)] = &[
    ("said", true),
    ("says", true),
    ("say", true),
    ("told", true),
    ("tells", true),
    ("added", true),
    ("adds", true),
    ("wrote", true),
    ("writes", true),
    ("stated", true),
    ("states", false),
    ("noted", true),
    ("notes", false),
    ("described", false),
    ("describes", false),
    ("called", false),
    ("calls", false),
    ("expressed", false),
    ("expresses", false),
    ("asserted", true),
    ("asserts", true),
    ("stressed", false),
    ("stresses", false),
    ("urged", false),
    ("urges", false),
    ("shared", false),
    ("explained", true),
    ("explains", true),
    ("insisted", true),
    ("insists", true),
    ("warned", true),
    ("warns", true),
    ("asked", false),
    ("replied", false),
    ("responded", false),
    ("announced", true),
    ("announces", true),
    ("declared", true),
    ("declares", true),
    ("argued", true),
    ("argues", true),
    ("claimed", true),
    ("claims", true),
    ("confirmed", true),
    ("confirms", true),
    ("recalled", false),
    ("vowed", false),
    ("acknowledged", true),
    ("admitted", true),
    ("commented", false),
    ("emphasized", false),
    ("emphasised", false),
    ("underscored", false),
    ("posted", true),
    ("tweeted", true),
    ("concluded", false),
    ("remarked", false),
    ("observed", false),
    ("indicated", true),
    ("estimated", true),
    ("estimates", true),
    ("reported", true),
    ("reports", true),
    ("praised", false),
    ("conceded", true),
    ("maintained", true),
    ("suggested", true),
    ("predicted", true),
    ("promised", true),
    ("pledged", false),
    ("quipped", false),
    ("joked", false),
    ("wondered", false),
    ("cautioned", true),
    ("disclosed", true),
    ("revealed", true),
    ("put", false),
];

const PARTICIPLE_CUES: &[&str] = &[
    "saying",
    "adding",
    "noting",
    "calling",
    "describing",
    "stressing",
    "urging",
    "praising",
    "insisting",
    "warning",
    "explaining",
    "arguing",
    "writing",
    "stating",
    "asserting",
    "declaring",
    "telling",
    "expressing",
    "recalling",
    "claiming",
    "confirming",
    "acknowledging",
    "emphasizing",
    "emphasising",
    "announcing",
];

/// Words that end a noun phrase when scanning backwards from a verb.
fn np_stop(lower: &str) -> bool {
    matches!(
        lower,
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "when"
            | "while"
            | "and"
            | "but"
            | "or"
            | "because"
            | "after"
            | "before"
            | "as"
            | "if"
            | "so"
            | "than"
            | "since"
            | "although"
            | "where"
            | "then"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "being"
            | "had"
            | "has"
            | "have"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "not"
            | "also"
            | "it"
            | "there"
            | "upon"
            | "following"
            | "given"
            | "despite"
            | "amid"
            | "during"
            | "commenting"
            | "asked"
            | "whether"
            | "once"
            | "though"
            | "even"
            | "yet"
            | "however"
    ) || FINITE_CUES.iter().any(|(c, _)| *c == lower)
}

fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "another"
            | "one"
            | "some"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
    )
}

fn is_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "for"
            | "to"
            | "in"
            | "at"
            | "from"
            | "with"
            | "on"
            | "by"
            | "near"
            | "inside"
            | "within"
    )
}

/// Words between a subject and its verb that we step over ("Coale also said").
fn is_adverb(lower: &str) -> bool {
    matches!(
        lower,
        "also"
            | "later"
            | "then"
            | "previously"
            | "separately"
            | "repeatedly"
            | "further"
            | "again"
            | "once"
            | "has"
            | "had"
            | "have"
            | "was"
            | "were"
            | "is"
            | "reportedly"
            | "publicly"
            | "privately"
            | "simply"
            | "quickly"
            | "firmly"
            | "recently"
            | "earlier"
            | "told"
            | "himself"
            | "herself"
            | "subsequently"
            | "flatly"
            | "bluntly"
            | "angrily"
            | "calmly"
            | "quietly"
            | "openly"
            | "now"
            | "initially"
            | "first"
    )
}

fn pronoun(lower: &str) -> Option<(Option<Gender>, bool)> {
    match lower {
        "he" => Some((Some(Gender::Male), false)),
        "she" => Some((Some(Gender::Female), false)),
        "they" => Some((None, true)),
        _ => None,
    }
}

/// Reads one article: quotation spans, sentences, mentions and cue candidates.
pub(crate) fn analyze_article(
    doc: Doc,
    spans: Vec<QuoteSpan>,
    proper: &HashSet<String>,
    places: std::sync::Arc<HashSet<String>>,
) -> ArticleAnalysis {
    let mut in_quote = vec![None; doc.tokens.len()];
    let mut quote_tokens = Vec::with_capacity(spans.len());
    for (qi, q) in spans.iter().enumerate() {
        let first = doc.token_at_or_after(q.start);
        let mut last = first;
        for t in first..doc.tokens.len() {
            if doc.tokens[t].start >= q.end {
                break;
            }
            in_quote[t] = Some(qi);
            last = t + 1;
        }
        quote_tokens.push(first..last);
    }
    let masked: Vec<bool> = in_quote.iter().map(Option::is_some).collect();
    let names = names::find_mentions(&doc, &masked, &|w| proper.contains(w));
    let mut name_of_token = vec![None; doc.tokens.len()];
    for (n, name) in names.iter().enumerate() {
        for t in name.tokens.clone() {
            name_of_token[t] = Some(n);
        }
    }
    let sentence_ranges = split_sentences(&doc, &spans, &in_quote);
    let mut sentence_of_token = vec![0; doc.tokens.len()];
    for (si, (range, _)) in sentence_ranges.iter().enumerate() {
        for t in range.clone() {
            sentence_of_token[t] = si;
        }
    }
    let mut art = ArticleAnalysis {
        doc,
        quotes: Vec::new(),
        sentences: Vec::new(),
        names,
        appositions: Vec::new(),
        in_quote,
        places,
        name_of_token,
        sentence_of_token,
        quote_tokens,
    };
    for (range, paragraph) in sentence_ranges {
        let cues = art.find_cues(range.clone());
        let subject = art.subject_of(range.clone());
        art.sentences.push(Sentence {
            tokens: range,
            paragraph,
            cues,
            subject,
        });
    }
    art.find_appositions();
    art.mark_organizations();
    art.quotes = art.choose_quotes(spans);
    art
}

fn split_sentences(
    doc: &Doc,
    spans: &[QuoteSpan],
    in_quote: &[Option<usize>],
) -> Vec<(Range<usize>, usize)> {
    let mut out = Vec::new();
    let closing: std::collections::HashMap<usize, &QuoteSpan> =
        spans.iter().map(|q| (q.end, q)).collect();
    for (pi, range) in doc.paragraph_tokens.iter().enumerate() {
        let mut start = range.start;
        for t in range.clone() {
            if in_quote[t].is_some() || t + 1 >= range.end {
                continue;
            }
            let next = t + 1;
            let next_starts = doc.is_capitalized(next)
                || doc.first_char(next).is_ascii_digit()
                || matches!(doc.first_char(next), '“' | '"' | '‘' | '«' | '„');
            if !next_starts {
                continue;
            }
            let tok = doc.tokens[t];
            let is_end = if tok.kind == TokenKind::Punct
                && matches!(doc.chars[tok.start], '.' | '!' | '?' | '…')
            {
                true
            } else if let Some(q) = closing.get(&tok.start) {
                // A closing mark ends the sentence when the quotation ended with a stop.
                (q.start..q.end)
                    .rev()
                    .find(|&i| !crate::text::is_space(doc.chars[i]))
                    .is_some_and(|i| matches!(doc.chars[i], '.' | '!' | '?' | '…'))
            } else {
                false
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

impl ArticleAnalysis {
    fn lower(&self, t: usize) -> &str {
        self.doc.token_lower(t)
    }

    fn frame(&self, range: Range<usize>) -> Vec<usize> {
        range.filter(|&t| self.in_quote[t].is_none()).collect()
    }

    /// Is `t` an opening or closing quotation mark token (these separate clauses)?
    fn is_mark(&self, t: usize) -> bool {
        self.doc.tokens[t].kind == TokenKind::Punct
            && matches!(
                self.doc.first_char(t),
                '“' | '”' | '"' | '«' | '»' | '„' | '‘' | '’' | '\''
            )
    }

    /// Is the word at `t` used elsewhere in the article as a place ("in Minsk", "to Ukraine")?
    pub fn place_like(&self, t: usize) -> bool {
        self.places.contains(self.doc.token_text(t))
    }

    fn name_at(&self, t: usize) -> Option<usize> {
        self.name_of_token.get(t).copied().flatten()
    }

    fn find_cues(&self, range: Range<usize>) -> Vec<Cue> {
        let frame = self.frame(range.clone());
        let mut cues = Vec::new();
        for (fi, &t) in frame.iter().enumerate() {
            if !self.doc.is_word(t) {
                continue;
            }
            let lower = self.lower(t);
            let next = |k: usize| {
                frame
                    .get(fi + k)
                    .map(|&u| self.lower(u))
                    .unwrap_or_default()
            };
            if lower == "according" && next(1) == "to" {
                let candidate = self.right_np(&frame, fi + 2, true);
                cues.push(Cue {
                    token: t,
                    text: "according to".into(),
                    candidate,
                    reports: true,
                });
                continue;
            }
            if lower == "quoted" {
                // "X was quoted as saying" or "quoted X as saying".
                if next(1) == "as" {
                    let candidate = self.left_np(&frame, fi);
                    cues.push(Cue {
                        token: t,
                        text: "quoted as saying".into(),
                        candidate,
                        reports: true,
                    });
                } else if (2..6).any(|k| next(k) == "as") {
                    let candidate = self.right_np(&frame, fi + 1, false);
                    cues.push(Cue {
                        token: t,
                        text: "quoted as saying".into(),
                        candidate,
                        reports: true,
                    });
                }
                continue;
            }
            if let Some(&(_, reports)) = FINITE_CUES.iter().find(|(c, _)| *c == lower) {
                // "put" and "say" only as "put it", "they say" in frames that quote.
                if lower == "put" && next(1) != "it" {
                    continue;
                }
                let mut text = self.doc.token_text(t).to_string();
                let platform = frame.get(fi + 2).is_some_and(|&u| {
                    let l = self.lower(u);
                    self.doc.is_capitalized(u)
                        && !l.ends_with("day")
                        && !crate::lexicon::is_month(l)
                });
                if next(1) == "on" && platform {
                    text = format!(
                        "{text} on {}",
                        self.doc.token_text(frame[fi + 2]).trim_end_matches('.')
                    );
                }
                let candidate = self.finite_candidate(&frame, fi);
                cues.push(Cue {
                    token: t,
                    text,
                    candidate,
                    reports,
                });
            } else if PARTICIPLE_CUES.contains(&lower) {
                cues.push(Cue {
                    token: t,
                    text: self.doc.token_text(t).to_string(),
                    candidate: Candidate::Subject,
                    reports: true,
                });
            }
        }
        cues
    }

    fn finite_candidate(&self, frame: &[usize], fi: usize) -> Candidate {
        // "Holm, who wrote": the subject is the name before the relative pronoun.
        if fi >= 2 && self.lower(frame[fi - 1]) == "who" && self.doc.is_punct(frame[fi - 2], ',') {
            if let c @ (Candidate::Name(_) | Candidate::Description { .. }) =
                self.np_ending(frame, fi - 2)
            {
                return c;
            }
        }
        // "have been confirmed", "was told": a passive verb has no speaker of its own.
        let passive = fi >= 1
            && matches!(
                self.lower(frame[fi - 1]),
                "been" | "be" | "being" | "is" | "are" | "was" | "were"
            );
        if passive {
            return Candidate::None;
        }
        match self.left_np(frame, fi) {
            Candidate::None => {}
            c => return c,
        }
        // Nothing before the verb: inverted ("said Ivan Petrov") or coordinated ("and said").
        let before = fi
            .checked_sub(1)
            .map(|k| self.lower(frame[k]))
            .unwrap_or_default();
        if before == "and" || before == "but" {
            return Candidate::Subject;
        }
        // Inverted: a name, a pronoun, or a description with its article ("said a spokesman").
        match self.right_np(frame, fi + 1, false) {
            Candidate::Description { span, .. }
                if !is_determiner(self.doc.token_lower(self.doc.token_at_or_after(span.start))) =>
            {
                Candidate::Subject
            }
            Candidate::None => Candidate::Subject,
            c => c,
        }
    }

    /// The noun phrase that ends just before `frame[fi]`.
    fn left_np(&self, frame: &[usize], fi: usize) -> Candidate {
        let mut j = fi;
        while j > 0 && self.doc.is_word(frame[j - 1]) && is_adverb(self.lower(frame[j - 1])) {
            j -= 1;
        }
        if j == 0 {
            return Candidate::None;
        }
        let t = frame[j - 1];
        if self.is_mark(t) || self.in_quote[t].is_some() {
            return Candidate::None;
        }
        if self.doc.is_punct(t, ',') {
            // "X, the Y, said" or "The Y, X, said": prefer whichever is a name.
            let app_end = j - 1;
            let mut k = app_end;
            while k > 0 && !self.doc.is_punct(frame[k - 1], ',') && !self.is_mark(frame[k - 1]) {
                k -= 1;
            }
            if k == 0 || !self.doc.is_punct(frame[k - 1], ',') {
                return Candidate::None;
            }
            let appositive = self.np_in(&frame[k..app_end]);
            let head = self.np_ending(frame, k - 1);
            return match (head, appositive) {
                (Candidate::Name(n), _) => Candidate::Name(n),
                (_, Candidate::Name(n)) => Candidate::Name(n),
                (
                    d @ Candidate::Description { .. },
                    Candidate::Description { .. } | Candidate::None,
                ) => d,
                (h @ Candidate::Pronoun { .. }, _) => h,
                _ => Candidate::None,
            };
        }
        match self.np_ending(frame, j) {
            Candidate::Description {
                span,
                text,
                head,
                modifiers,
                plural,
            } => {
                // "Jorgen Frydnes, committee chairman told": a name right before the description.
                let first = self.doc.token_at_or_after(span.start);
                if let Some(fk) = frame.iter().position(|&u| u == first) {
                    if fk >= 1 && self.doc.is_punct(frame[fk - 1], ',') {
                        if let Candidate::Name(n) = self.np_ending(frame, fk - 1) {
                            return Candidate::Name(n);
                        }
                    }
                }
                Candidate::Description {
                    span,
                    text,
                    head,
                    modifiers,
                    plural,
                }
            }
            c => c,
        }
    }

    /// Classifies the noun phrase ending right before `frame[end]`.
    fn np_ending(&self, frame: &[usize], end: usize) -> Candidate {
        let mut k = end;
        while k > 0 {
            let t = frame[k - 1];
            if !self.doc.is_word(t) || self.in_quote[t].is_some() {
                // Keep "’s" possessives and dotted abbreviations, which tokenize as words.
                break;
            }
            let lower = self.lower(t);
            if np_stop(lower) || PARTICIPLE_CUES.contains(&lower) {
                break;
            }
            k -= 1;
            // "a spokeswoman for the embassy": a determiner after a preposition is inside the phrase.
            let inside = k > 0 && is_preposition(self.lower(frame[k - 1]));
            if is_determiner(lower)
                && !(lower == "her" || lower == "his" || lower == "their")
                && !inside
            {
                break;
            }
            if end - k > 14 {
                break;
            }
        }
        self.np_in(&frame[k..end])
    }

    /// Classifies a run of tokens as a name, pronoun or description.
    fn np_in(&self, toks: &[usize]) -> Candidate {
        let toks: Vec<usize> = toks
            .iter()
            .copied()
            .filter(|&t| self.doc.is_word(t))
            .collect();
        if toks.is_empty() {
            return Candidate::None;
        }
        // "On Saturday he": the pronoun closing the phrase is the subject.
        let last = *toks.last().unwrap();
        if let Some((gender, plural)) = pronoun(self.lower(last)) {
            return Candidate::Pronoun {
                token: last,
                gender,
                plural,
            };
        }
        if is_preposition(self.lower(toks[0])) {
            return Candidate::None;
        }
        // The head part ends at the first preposition: "a spokeswoman for Mr. X" is a spokeswoman.
        let head_end = toks
            .iter()
            .position(|&t| is_preposition(self.lower(t)))
            .unwrap_or(toks.len());
        let head_part = &toks[..head_end.max(1)];
        // A name inside the head part, not followed by a possessive.
        if let Some(n) = head_part
            .iter()
            .rev()
            .filter_map(|&t| self.name_at(t))
            .find(|&n| !self.names[n].possessive)
        {
            let name = &self.names[n];
            let after_name = head_part.iter().filter(|&&t| t >= name.tokens.end).count();
            if after_name == 0 {
                return Candidate::Name(n);
            }
        }
        let head_tok = *head_part.last().unwrap();
        let head = names::ends_possessive(self.doc.token_text(head_tok))
            .then(String::new)
            .unwrap_or_else(|| self.lower(head_tok).to_string());
        if head.is_empty()
            || !head
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '.')
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
        let plural =
            head.ends_with('s') && !head.ends_with("ss") && !matches!(head.as_str(), "news" | "us");
        Candidate::Description {
            span: start..end,
            text,
            head,
            modifiers,
            plural,
        }
    }

    /// The noun phrase starting at `frame[fi]` (after a verb or "according to").
    fn right_np(&self, frame: &[usize], fi: usize, with_prepositions: bool) -> Candidate {
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
            // "Belarus’ state news agency": a plural possessive apostrophe stays in the phrase.
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
            if k > fi
                && (np_stop(lower)
                    || (!with_prepositions
                        && is_preposition(lower)
                        && !self.doc.is_capitalized(frame[k - 1])))
            {
                break;
            }
            if k > fi
                && !with_prepositions
                && matches!(
                    lower,
                    "during" | "regarding" | "about" | "on" | "in" | "via" | "at"
                )
            {
                break;
            }
            k += 1;
        }
        let np = self.np_in(&frame[fi..k]);
        // "according to the state news agency, Belta": prefer the name in apposition.
        if with_prepositions
            && !matches!(np, Candidate::Name(_))
            && k + 1 < frame.len()
            && self.doc.is_punct(frame[k], ',')
        {
            if let Some(n) = self.name_at(frame[k + 1]) {
                let after = frame.iter().position(|&u| u >= self.names[n].tokens.end);
                let ends = after.is_none_or(|a| !self.doc.is_word(frame[a]));
                if ends && self.names[n].tokens.start == frame[k + 1] {
                    return Candidate::Name(n);
                }
            }
        }
        np
    }

    fn subject_of(&self, range: Range<usize>) -> Candidate {
        let frame = self.frame(range);
        let mut fi = 0;
        // Skip an introductory phrase ("After embracing her, ...", "In a statement, ...").
        if let Some(&first) = frame.first() {
            let lower = self.lower(first);
            let intro = names_intro(lower);
            if intro {
                if let Some(c) = frame.iter().position(|&t| self.doc.is_punct(t, ',')) {
                    fi = c + 1;
                }
            }
        }
        for (k, &t) in frame.iter().enumerate().skip(fi) {
            if self.is_mark(t) {
                continue;
            }
            if !self.doc.is_word(t) {
                break;
            }
            if let Some((gender, plural)) = pronoun(self.lower(t)) {
                return Candidate::Pronoun {
                    token: t,
                    gender,
                    plural,
                };
            }
            if let Some(n) = self.name_at(t) {
                if !self.names[n].possessive {
                    return Candidate::Name(n);
                }
            }
            let lower = self.lower(t);
            if k > fi + 6 || np_stop(lower) || FINITE_CUES.iter().any(|(c, _)| *c == lower) {
                // The subject is a description: take the phrase before the verb.
                return self.np_ending(&frame, k);
            }
        }
        Candidate::None
    }

    /// A single name next to a description of an organisation is one ("the state news agency,
    /// Belta"; "Viasna, a rights group").
    fn mark_organizations(&mut self) {
        for n in 0..self.names.len() {
            if self.names[n].kind != NameKind::Single {
                continue;
            }
            let (first, end) = (self.names[n].tokens.start, self.names[n].tokens.end);
            let before = first >= 2
                && self.doc.is_punct(first - 1, ',')
                && crate::entities::is_org_head(self.lower(first - 2));
            let after = end + 1 < self.doc.tokens.len() && self.doc.is_punct(end, ',') && {
                let words: Vec<&str> = (end + 1..(end + 8).min(self.doc.tokens.len()))
                    .take_while(|&u| self.doc.is_word(u))
                    .map(|u| self.lower(u))
                    .collect();
                words
                    .first()
                    .is_some_and(|w| matches!(*w, "a" | "an" | "the"))
                    && words.iter().any(|w| crate::entities::is_org_head(w))
            };
            if before || after {
                self.names[n].kind = NameKind::Organization;
            }
        }
    }

    fn find_appositions(&mut self) {
        let mut found = Vec::new();
        for (n, name) in self.names.iter().enumerate() {
            if name.kind != NameKind::Person {
                continue;
            }
            // "John Coale, the U.S. special envoy for Belarus," (name then description).
            let after = name.tokens.end;
            if after < self.doc.tokens.len()
                && self.doc.is_punct(after, ',')
                && self.in_quote[after].is_none()
            {
                let mut k = after + 1;
                let mut words = Vec::new();
                while k < self.doc.tokens.len()
                    && self.doc.is_word(k)
                    && self.in_quote[k].is_none()
                    && words.len() < 14
                {
                    let lower = self.lower(k);
                    if np_stop(lower) {
                        break;
                    }
                    words.push(k);
                    k += 1;
                }
                // An appositive opens like a noun phrase, not a verb or a preposition.
                let starts_like_description = words.first().is_some_and(|&w| {
                    let l = self.lower(w);
                    let verb_like = ["ed", "ing", "ly"].iter().any(|s| l.ends_with(s))
                        || is_preposition(l)
                        || matches!(
                            l,
                            "along"
                                | "near"
                                | "who"
                                | "which"
                                | "whose"
                                | "including"
                                | "among"
                                | "like"
                        );
                    is_determiner(l)
                        || names::ends_possessive(self.doc.token_text(w))
                        || names::is_demonym(self.doc.token_text(w))
                        || (!self.doc.is_capitalized(w) && !verb_like)
                });
                let closes = k >= self.doc.tokens.len() || !self.doc.is_word(k);
                if starts_like_description
                    && closes
                    && !words.is_empty()
                    && words.iter().any(|&w| !self.doc.is_capitalized(w))
                {
                    let span = self.doc.tokens[words[0]].start
                        ..self.doc.tokens[*words.last().unwrap()].end;
                    found.push(Apposition {
                        name: n,
                        description: self.doc.slice(span.clone()).to_lowercase(),
                        span,
                    });
                }
            }
            // Titles before the name ("Belarusian President Alexander Lukashenko").
            if let Some(title) = name.title.as_ref().filter(|t| {
                t.split(' ').any(|w| {
                    !matches!(
                        w,
                        "mr." | "ms." | "mrs." | "mr" | "ms" | "mrs" | "miss" | "dr." | "prof."
                    )
                })
            }) {
                found.push(Apposition {
                    name: n,
                    description: title.clone(),
                    span: name.start..name.start,
                });
            }
            // "Lukashenko’s press secretary, Natalya Eismont," (description then name).
            let before = name.tokens.start;
            if before >= 2 && self.doc.is_punct(before - 1, ',') {
                let mut k = before - 1;
                let mut words = Vec::new();
                while k > 0
                    && self.doc.is_word(k - 1)
                    && self.in_quote[k - 1].is_none()
                    && words.len() < 12
                {
                    let lower = self.lower(k - 1);
                    if np_stop(lower) {
                        break;
                    }
                    k -= 1;
                    words.push(k);
                    // "envoy to the country": a determiner after a preposition is inside the phrase.
                    if is_determiner(lower) && !(k > 0 && is_preposition(self.lower(k - 1))) {
                        break;
                    }
                }
                words.reverse();
                let ends_with_noun = words.last().is_some_and(|&w| !self.doc.is_capitalized(w));
                if ends_with_noun && words.len() >= 2 {
                    let span = self.doc.tokens[words[0]].start
                        ..self.doc.tokens[*words.last().unwrap()].end;
                    found.push(Apposition {
                        name: n,
                        description: self.doc.slice(span.clone()).to_lowercase(),
                        span,
                    });
                }
            }
        }
        found.sort_by_key(|a| (a.span.start, a.name));
        self.appositions = found;
    }

    /// Attaches each quotation span to its sentence and cue, dropping titles and scare quotes.
    fn choose_quotes(&self, spans: Vec<QuoteSpan>) -> Vec<RawQuote> {
        let mut out = Vec::new();
        for (qi, span) in spans.into_iter().enumerate() {
            let first = self.doc.token_at_or_after(span.start);
            if first >= self.doc.tokens.len() {
                continue;
            }
            let sentence = self.sentence_of_token[first];
            let cue = self.cue_for(sentence, qi);
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
            if (cue.is_none() && short) || (titled && !starts_paragraph) {
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

    /// The cue a quotation hangs on: one just after it, or the nearest before it.
    fn cue_for(&self, sentence: usize, qi: usize) -> Option<usize> {
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
            .filter(|(_, c)| c.token < q_first)
            .last()
            .map(|(i, _)| i);
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

fn names_intro(lower: &str) -> bool {
    matches!(
        lower,
        "after"
            | "following"
            | "upon"
            | "in"
            | "on"
            | "when"
            | "while"
            | "as"
            | "before"
            | "during"
            | "at"
            | "with"
            | "despite"
            | "since"
            | "for"
            | "from"
            | "commenting"
            | "speaking"
            | "asked"
            | "writing"
            | "reporting"
            | "according"
            | "later"
            | "earlier"
            | "meanwhile"
            | "separately"
            | "still"
            | "but"
            | "and"
            | "yet"
    ) || (lower.ends_with("ing") && lower.len() > 5)
}

/// A quotation with its resolved speaker, ready for output.
#[derive(Debug, Clone)]
pub(crate) struct ResolvedQuote {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<EntityIx>,
    pub mention: Option<Mention>,
    pub cue: Option<String>,
    /// Index of the previous quote of this article that this one continues (same statement).
    pub continues: Option<usize>,
    pub sentence: usize,
}

/// Per-article resolution results that figures need too.
pub(crate) struct Resolved {
    pub quotes: Vec<ResolvedQuote>,
    /// For each sentence, each cue's resolved speaker.
    pub cue_speakers: Vec<Vec<Option<EntityIx>>>,
    /// For each sentence, its resolved subject.
    pub subjects: Vec<Option<EntityIx>>,
}

/// Resolves every cue and quotation of article `ai` to entities.
pub(crate) fn resolve(art: &ArticleAnalysis, ai: usize, reg: &mut Registry) -> Resolved {
    // Salience history: (char offset, entity, is a subject, sentence).
    let mut history: Vec<(usize, EntityIx, bool, usize)> = Vec::new();
    let mut cue_speakers = Vec::new();
    let mut subjects = Vec::new();
    let mut cue_mentions: Vec<Vec<Option<Mention>>> = Vec::new();
    let mut names_by_sentence: Vec<Vec<usize>> = vec![Vec::new(); art.sentences.len()];
    for (n, name) in art.names.iter().enumerate() {
        let t = name.tokens.start;
        if t < art.sentence_of_token.len() {
            names_by_sentence[art.sentence_of_token[t]].push(n);
        }
    }
    for (si, sentence) in art.sentences.iter().enumerate() {
        // The subject first, so that "He added ..." can be followed in the next sentence.
        let subject = match &sentence.subject {
            // Subjects only point at entities that exist; a description that never speaks
            // does not become a source.
            Candidate::Description { .. } => None,
            c => resolve_candidate(art, ai, reg, c, &history, si, None)
                .filter(|(e, _)| reg.is_person(*e) || reg.is_group(*e)),
        };
        subjects.push(subject.as_ref().map(|s| s.0));
        for &n in &names_by_sentence[si] {
            if let Some(e) = reg.entity_of_mention(ai, n) {
                if reg.is_person(e) {
                    history.push((art.names[n].start, e, false, si));
                }
            }
        }
        if let Some((e, m)) = &subject {
            let pos = m.as_ref().map(|m| m.start).unwrap_or(0);
            history.push((pos, *e, true, si));
        }
        let mut speakers = Vec::new();
        let mut mentions = Vec::new();
        for cue in &sentence.cues {
            let resolved = match cue.candidate {
                Candidate::Subject => {
                    // A participle or a coordinated verb: the subject of the nearest finite cue, or of the sentence.
                    let finite = sentence
                        .cues
                        .iter()
                        .zip(&speakers)
                        .zip(&mentions)
                        .filter(
                            |((c, _), _): &((&Cue, &Option<EntityIx>), &Option<Mention>)| {
                                c.token < cue.token && !matches!(c.candidate, Candidate::Subject)
                            },
                        )
                        .last();
                    match finite {
                        Some(((_, Some(e)), m)) => Some((*e, m.clone())),
                        _ => subject.clone().or_else(|| match &sentence.subject {
                            d @ Candidate::Description { .. } => {
                                resolve_candidate(art, ai, reg, d, &history, si, Some(cue.token))
                            }
                            _ => None,
                        }),
                    }
                }
                ref c => resolve_candidate(art, ai, reg, c, &history, si, Some(cue.token)),
            };
            if let Some((e, m)) = &resolved {
                if reg.is_person(*e) {
                    history.push((
                        m.as_ref()
                            .map(|m| m.start)
                            .unwrap_or(art.doc.tokens[cue.token].start),
                        *e,
                        true,
                        si,
                    ));
                }
            }
            speakers.push(resolved.as_ref().map(|r| r.0));
            mentions.push(resolved.and_then(|r| r.1));
        }
        // Keep the history in text order; only this sentence's entries can be out of order.
        let tail = history
            .iter()
            .rposition(|h| h.3 < si)
            .map(|i| i + 1)
            .unwrap_or(0);
        history[tail..].sort_by_key(|h| h.0);
        cue_speakers.push(speakers);
        cue_mentions.push(mentions);
    }
    // Quotations: the cue's speaker, or the speaker carried over from the sentence before.
    let mut quotes: Vec<ResolvedQuote> = Vec::new();
    for (qi, q) in art.quotes.iter().enumerate() {
        let sentence = q.sentence;
        let mut rq = ResolvedQuote {
            start: q.span.start,
            end: q.span.end,
            speaker: None,
            mention: None,
            cue: None,
            continues: None,
            sentence,
        };
        let previous = qi.checked_sub(1).map(|p| (p, &quotes[p]));
        if q.span.continues_previous {
            if let Some((p, prev)) = previous {
                // A quotation running over paragraphs: attributed at its end or at its start.
                match q.cue {
                    Some(ci) if cue_speakers[sentence][ci].is_some() => {
                        rq.cue = Some(art.sentences[sentence].cues[ci].text.clone());
                        rq.speaker = cue_speakers[sentence][ci];
                        rq.mention = cue_mentions[sentence][ci].clone();
                        let mut back = Some(p);
                        while let Some(b) = back {
                            if quotes[b].speaker.is_some() {
                                break;
                            }
                            quotes[b].speaker = rq.speaker;
                            quotes[b].mention = rq.mention.clone();
                            back = quotes[b].continues;
                        }
                    }
                    _ => {
                        rq.speaker = prev.speaker;
                        rq.mention = prev.mention.clone();
                    }
                }
                rq.continues = Some(p);
                quotes.push(rq);
                continue;
            }
        }
        if let Some(ci) = q.cue {
            rq.cue = Some(art.sentences[sentence].cues[ci].text.clone());
            rq.speaker = cue_speakers[sentence][ci];
            rq.mention = cue_mentions[sentence][ci].clone();
        }
        if rq.speaker.is_none() && q.cue.is_none() {
            // A quotation standing alone continues whoever spoke in the sentence just before it.
            if let Some((p, prev)) =
                previous.filter(|(_, prev)| prev.sentence + 1 >= sentence && prev.speaker.is_some())
            {
                rq.speaker = prev.speaker;
                rq.mention = prev.mention.clone();
                let same_paragraph_or_next =
                    art.sentences[prev.sentence].paragraph + 1 >= art.sentences[sentence].paragraph;
                if same_paragraph_or_next {
                    rq.continues = Some(p);
                }
            } else if sentence > 0 {
                // Or a sentence just before that announces a speaker ("..., she stressed:").
                let before = &art.sentences[sentence - 1];
                if let Some((ci, _)) = before
                    .cues
                    .iter()
                    .enumerate()
                    .rev()
                    .find(|(ci, _)| cue_speakers[sentence - 1][*ci].is_some())
                {
                    rq.speaker = cue_speakers[sentence - 1][ci];
                    rq.mention = cue_mentions[sentence - 1][ci].clone();
                }
            }
        }
        quotes.push(rq);
    }
    Resolved {
        quotes,
        cue_speakers,
        subjects,
    }
}

/// Resolves one speaker candidate to an entity and the mention it rests on.
fn resolve_candidate(
    art: &ArticleAnalysis,
    ai: usize,
    reg: &mut Registry,
    candidate: &Candidate,
    history: &[(usize, EntityIx, bool, usize)],
    sentence: usize,
    cue: Option<usize>,
) -> Option<(EntityIx, Option<Mention>)> {
    let mention = |start: usize, end: usize| {
        Some(Mention {
            text: art.doc.slice(start..end),
            start,
            end,
        })
    };
    match candidate {
        Candidate::Name(n) => {
            let name = &art.names[*n];
            // A name nobody else shares becomes an entity only when it speaks.
            let e = reg.entity_of_mention(ai, *n).or_else(|| {
                cue.map(|_| {
                    let place_like = art.place_like(name.tokens.start);
                    reg.speaker_for_unknown_name(ai, *n, &name.text(), place_like)
                })
            })?;
            Some((e, mention(name.start, name.end)))
        }
        Candidate::Pronoun {
            token,
            gender,
            plural,
        } => {
            let pos = art.doc.tokens[*token].start;
            let tok = art.doc.tokens[*token];
            if *plural {
                let e = reg.latest_group(ai, pos)?;
                return Some((e, mention(tok.start, tok.end)));
            }
            let compatible = |e: EntityIx| match (gender, reg.gender(e)) {
                (Some(g), Some(h)) => *g == h,
                _ => true,
            };
            // Bounded look-back keeps hostile texts (thousands of pronouns, no antecedent) linear.
            let recent_subject = history
                .iter()
                .rev()
                .take_while(|h| h.3 + 2 >= sentence)
                .filter(|(p, e, subj, _)| *p < pos && *subj && compatible(*e))
                .map(|h| h.1)
                .next();
            let any = || {
                history
                    .iter()
                    .rev()
                    .take(200)
                    .filter(|(p, e, _, _)| *p < pos && compatible(*e))
                    .map(|h| h.1)
                    .next()
            };
            let e = recent_subject.or_else(any)?;
            Some((e, mention(tok.start, tok.end)))
        }
        Candidate::Description {
            span,
            text,
            head,
            modifiers,
            plural,
        } => {
            // Linked to a name by apposition in this very place, or elsewhere in the article.
            // Appositions and names are in text order: look back from here, a bounded distance.
            let apps_before = art.appositions.partition_point(|a| a.span.start < span.end);
            for app in art.appositions[..apps_before].iter().rev().take(100) {
                let overlaps =
                    !app.span.is_empty() && app.span.start < span.end && span.start < app.span.end;
                if overlaps || app.description == text.to_lowercase() {
                    if let Some(e) = reg.entity_of_mention(ai, app.name) {
                        return Some((e, mention(span.start, span.end)));
                    }
                }
            }
            let apps_before = art
                .appositions
                .partition_point(|a| a.span.start < span.start);
            let linked = art.appositions[..apps_before]
                .iter()
                .rev()
                .take(100)
                .find(|app| description_matches(&app.description, head, modifiers));
            if let Some(app) = linked {
                if let Some(e) = reg.entity_of_mention(ai, app.name) {
                    return Some((e, mention(span.start, span.end)));
                }
            }
            // "the union" after "the Harbour Workers’ Union": an organisation named before.
            let names_before = art.names.partition_point(|n| n.end <= span.start);
            let named = art.names[..names_before]
                .iter()
                .enumerate()
                .rev()
                .take(300)
                .filter(|(_, n)| n.kind == NameKind::Organization)
                .find(|(_, n)| n.words.last().is_some_and(|w| w.to_lowercase() == *head));
            if let Some(e) = named.and_then(|(n, _)| reg.entity_of_mention(ai, n)) {
                return Some((e, mention(span.start, span.end)));
            }
            let e = reg.description_entity(ai, span.start, text, head, *plural);
            Some((e, mention(span.start, span.end)))
        }
        Candidate::Subject | Candidate::None => None,
    }
}

/// Does a description ("the U.S. envoy") fit what the text said of someone ("the U.S. special
/// envoy for Belarus")? Same head or a synonym, and no modifier that changes the role.
fn description_matches(known: &str, head: &str, modifiers: &[String]) -> bool {
    let known_words: Vec<String> = known
        .split_whitespace()
        .map(|w| w.trim_end_matches(',').to_string())
        .collect();
    let known_head_part: Vec<&String> = known_words
        .iter()
        .take_while(|w| !is_preposition(w))
        .collect();
    let Some(known_head) = known_head_part.last() else {
        return false;
    };
    let synonyms = |a: &str, b: &str| {
        a == b || {
            let group = |w: &str| match w {
                "leader" | "president" | "strongman" | "ruler" | "autocrat" | "dictator" => 1,
                "envoy" | "emissary" | "mediator" | "negotiator" => 2,
                "spokeswoman" | "spokesman" | "spokesperson" => 3,
                "minister" | "secretary" => 4,
                "chief" | "head" | "director" | "chairman" | "chairwoman" | "chair" => 5,
                _ => 0,
            };
            group(a) != 0 && group(a) == group(b)
        }
    };
    if !synonyms(known_head.trim_end_matches("’s"), head) {
        return false;
    }
    const ROLE_CHANGING: &[&str] = &[
        "opposition",
        "former",
        "exiled",
        "deputy",
        "vice",
        "acting",
        "ex",
        "co",
        "assistant",
    ];
    let known_has = |w: &str| known_head_part.iter().any(|k| k.as_str() == w);
    let ours_has = |w: &str| modifiers.iter().any(|m| m == w);
    if ROLE_CHANGING.iter().any(|w| known_has(w) != ours_has(w)) {
        return false;
    }
    // Capitalised modifiers ("U.S.", "Belarusian") must be among the known ones.
    modifiers
        .iter()
        .filter(|m| m.contains('.') || m.ends_with("ian") || m.ends_with("ese"))
        .all(|m| known_words.iter().any(|k| k == m))
}
