//! Attribution: sentences, speech cues, and the speaker each quotation rests on.
//!
//! Works in two passes. [`analyze_article`] reads one article on its own: quotation spans,
//! sentences, name mentions, cues and the speaker *candidate* of every cue (a name, a pronoun
//! or a description). After entities are clustered across articles, [`resolve`] walks each
//! article in order and turns candidates into entities: pronouns go to the most salient
//! compatible person, descriptions to the name the text links them to.

mod appositions;
mod bodies;
mod colons;
mod cue_phrases;
mod cues;
mod descriptions;
mod hangs;
mod inverted;
mod lines;
mod memory;
mod named;
mod passages;
mod phrases;
mod relative;
mod resolution;
mod sentences;
mod variation;

use std::collections::HashSet;
use std::ops::Range;

use crate::entities::{EntityIx, Registry};
use crate::model::Mention;
use crate::names::{self, gender_compatible, Gender, NameKind, NameMention};
use crate::quotes::QuoteSpan;
use crate::text::{Doc, TokenKind};

pub(crate) use memory::kin_gender_before;
pub(crate) use resolution::{resolve, Resolved, ResolvedQuote};
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    /// Token index of the cue word.
    pub token: usize,
    /// The cue as written ("said", "according to", "wrote on X").
    pub text: String,
    pub candidate: Candidate,
    /// True for verbs that report figures as well as words ("confirmed", "reported").
    pub reports: bool,
    pub kind: CueKind,
}

/// How a cue introduces its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A speech verb or phrase ("said", "according to", "quoted as saying").
    Words,
    /// A dash after a quotation, then the speaker ("“…” — Dana Whitlow").
    Dash,
    /// A line of its own naming the speaker of the quotation that ends the paragraph before.
    NameLine,
    /// A name opening its sentence, then a colon and a quotation, as transcripts and live
    /// blogs write a turn ("Marsh: “Going in the right direction?”").
    Colon,
    /// A sentence right after a quotation that says whose words they were ("The mayor’s words
    /// drew applause.").
    After,
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
    pub cue: Option<CueRef>,
}

/// Where a quotation's cue is: usually in the quotation's own sentence, but a vox pop's name
/// line is the next paragraph.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CueRef {
    pub sentence: usize,
    /// Index among that sentence's cues.
    pub index: usize,
}

/// A link the text makes between a name and a description ("Ana Ruiz, the county treasurer").
#[derive(Debug, Clone)]
pub(crate) struct Apposition {
    pub name: usize,
    pub description: String,
    pub span: Range<usize>,
    /// A role written in lower case right before the name ("coach Ana Ruiz"): it names the
    /// person only for a definite description ("the coach"), never for "a coach".
    pub in_front: bool,
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
    /// Capitalised words the corpus uses as places ("in Tromsby", "to Kelmar").
    pub places: std::sync::Arc<HashSet<String>>,
    /// Token index → name mention index.
    pub name_of_token: Vec<Option<usize>>,
    /// Token index → sentence index.
    pub sentence_of_token: Vec<usize>,
    /// Quotation span index → its content tokens.
    pub quote_tokens: Vec<Range<usize>>,
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
        let inside = doc.tokens[first..]
            .iter()
            .take_while(|tok| tok.start < q.end)
            .count();
        for slot in &mut in_quote[first..first + inside] {
            *slot = Some(qi);
        }
        quote_tokens.push(first..first + inside);
    }
    let mut masked: Vec<bool> = in_quote.iter().map(Option::is_some).collect();
    for para in &doc.paragraph_tokens {
        if let Some(end) = sentences::dateline_end(&doc, para.clone()) {
            masked[para.start..end].fill(true);
        }
    }
    let names = names::find_mentions(&doc, &masked, &|w| proper.contains(w));
    let mut name_of_token = vec![None; doc.tokens.len()];
    for (n, name) in names.iter().enumerate() {
        for t in name.tokens.clone() {
            name_of_token[t] = Some(n);
        }
    }
    let sentence_ranges = sentences::split_sentences(&doc, &spans, &in_quote);
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

impl ArticleAnalysis {
    pub(super) fn lower(&self, t: usize) -> &str {
        self.doc.token_lower(t)
    }

    pub(super) fn frame(&self, range: Range<usize>) -> Vec<usize> {
        range.filter(|&t| self.in_quote[t].is_none()).collect()
    }

    /// Is `t` an opening or closing quotation mark token (these separate clauses)?
    pub(super) fn is_mark(&self, t: usize) -> bool {
        self.doc.tokens[t].kind == TokenKind::Punct
            && crate::quotes::is_quote_mark(self.doc.first_char(t))
    }

    /// Is the word at `t` used elsewhere in the article as a place ("in Tromsby", "to Kelmar")?
    pub fn place_like(&self, t: usize) -> bool {
        self.places.contains(self.doc.token_text(t))
    }

    pub(super) fn name_at(&self, t: usize) -> Option<usize> {
        self.name_of_token.get(t).copied().flatten()
    }

    /// The name that opens at token `t`, its title included ("Professor Anders Lykke").
    pub(super) fn name_opening_at(&self, t: usize) -> Option<usize> {
        let n = (t..self.doc.tokens.len())
            .take(4)
            .find_map(|u| self.name_at(u))?;
        let name = &self.names[n];
        let opens = name.tokens.start == t
            || name
                .title_span
                .as_ref()
                .is_some_and(|s| s.start == self.doc.tokens[t].start);
        opens.then_some(n)
    }
}
