//! claimlens-core: who said what in a set of news articles, and which figures disagree.
//!
//! The analysis takes article text and returns plain data ([`Analysis`]): every direct
//! quotation with its speaker, every person and organisation clustered across spellings and
//! outlets, every figure with what it counts and who asserts it, figures grouped into claims
//! with conflicts flagged, and quotations of one statement grouped across outlets.
//!
//! It performs no IO and builds for native targets and `wasm32-unknown-unknown` alike.
//!
//! ```
//! use claimlens_core::{analyze, ArticleInput};
//!
//! let text = "“We will reopen the bridge,” Mayor Ana Duarte said. She added that 40 crews were working.";
//! let analysis = analyze(&[ArticleInput { id: "a".into(), text: text.into(), ..Default::default() }]);
//! let quote = &analysis.articles[0].quotes[0];
//! assert_eq!(quote.text, "We will reopen the bridge,");
//! let speaker = analysis.entities.iter().find(|e| Some(&e.id) == quote.speaker.as_ref()).unwrap();
//! assert_eq!(speaker.name, "Ana Duarte");
//! ```

mod attribution;
mod char_index;
mod claims;
mod entities;
mod figures;
mod lexicon;
mod model;
mod names;
mod numbers;
mod quotes;
mod reprints;
pub mod sort;
mod statements;
mod text;

use std::collections::{BTreeSet, HashSet};

pub use char_index::CharIndex;
pub use model::*;
#[cfg(feature = "transliterate")]
pub use names::latin_table;
pub use names::{fold_name, learn_latin, to_latin};

/// Analyses a set of articles about one story.
///
/// Articles are read one by one, then entities are clustered across all of them, speakers and
/// figures resolved, and claims and statements grouped. The output is deterministic for a given
/// input.
pub fn analyze(inputs: &[ArticleInput]) -> Analysis {
    analyze_with_progress(inputs, |_| {})
}

/// A step of [`analyze`], in order, for reporting progress (the browser's `#/open` page shows
/// them, issue 18).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// Each article read alone: tokens, quotations, names, speech cues.
    Read,
    /// Names clustered into people and organisations across the articles.
    Entities,
    /// Quotes attributed to their speakers.
    Speakers,
    /// Figures read and keyed by what they measure.
    Figures,
    /// Claims and statements grouped across the articles.
    Groups,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Read,
        Step::Entities,
        Step::Speakers,
        Step::Figures,
        Step::Groups,
    ];
}

/// [`analyze`], calling `done(step)` as each [`Step`] ends, in the calling thread.
pub fn analyze_with_progress(inputs: &[ArticleInput], mut done: impl FnMut(Step)) -> Analysis {
    let arts = read_articles(inputs);
    done(Step::Read);
    let mut registry = entities::resolve(&arts);
    done(Step::Entities);
    // Resolution creates entities for unnamed sources as it meets them, so it runs in order.
    let resolved: Vec<attribution::Resolved> = arts
        .iter()
        .enumerate()
        .map(|(ai, art)| attribution::resolve(art, ai, &mut registry))
        .collect();
    done(Step::Speakers);
    let figure_sets: Vec<Vec<figures::RawFigure>> =
        each(arts.iter().enumerate().collect(), |(ai, art)| {
            figures::extract(art, &resolved[ai], &registry, ai)
        });
    done(Step::Figures);

    // Output every person named, and every source that speaks or holds a figure.
    let mut keep: BTreeSet<usize> = registry.people().collect();
    keep.extend(
        resolved
            .iter()
            .flat_map(|r| r.quotes.iter().filter_map(|q| q.speaker)),
    );
    keep.extend(figure_sets.iter().flatten().filter_map(|f| f.holder));
    let (entities, ids) = registry.output(&keep);
    let ids = OutputIds(ids);

    let article_ids: Vec<String> = inputs.iter().map(|i| i.id.clone()).collect();
    let reprint_of = reprints::find(inputs);
    let (claims, figure_claims) = claims::group(&figure_sets, &registry, &article_ids, &reprint_of);
    let quotes = quote_texts(&arts, &resolved);
    let (statements, quote_statement) = group_statements(&quotes, &ids, &article_ids);

    let articles = inputs
        .iter()
        .enumerate()
        .map(|(ai, input)| Article {
            id: input.id.clone(),
            path: input.path.clone(),
            title: input.title.clone(),
            outlet: input.outlet.clone(),
            date: input.date.clone(),
            url: input.url.clone(),
            author: input.author.clone(),
            text: input.text.clone(),
            reprint_of: reprint_of[ai].map(|original| article_ids[original].clone()),
            quotes: output_quotes(&quotes[ai], &quote_statement[ai], &ids),
            figures: output_figures(&arts[ai], &figure_sets[ai], &figure_claims[ai], &ids),
        })
        .collect();
    done(Step::Groups);
    Analysis {
        articles,
        entities,
        claims,
        statements,
    }
}

/// Pass 1: each article read alone (tokens, quotation spans, mentions, cues, appositions),
/// knowing the proper nouns and places of the whole corpus.
fn read_articles(inputs: &[ArticleInput]) -> Vec<attribution::ArticleAnalysis> {
    struct Read {
        doc: text::Doc,
        spans: Vec<quotes::QuoteSpan>,
        proper: HashSet<String>,
        places: HashSet<String>,
    }
    let read: Vec<Read> = each(inputs.iter().collect(), |input| {
        let doc = text::Doc::new(&input.text);
        let mut spans = quotes::find(&doc);
        let turns = quotes::turns::find(&doc, &spans);
        if !turns.is_empty() {
            spans.extend(turns);
            spans.sort_by_key(|s| s.start);
        }
        let proper = proper_words(&doc, &spans);
        let places = place_words(&doc);
        Read {
            doc,
            spans,
            proper,
            places,
        }
    });
    let mut docs = Vec::with_capacity(read.len());
    let (mut proper, mut places) = (HashSet::new(), HashSet::new());
    for r in read {
        docs.push((r.doc, r.spans));
        proper.extend(r.proper);
        places.extend(r.places);
    }
    let places = std::sync::Arc::new(places);
    each(docs, |(doc, spans)| {
        attribution::analyze_article(doc, spans, &proper, places.clone())
    })
}

/// The output id of each entity kept, by its index in the registry.
struct OutputIds(std::collections::BTreeMap<usize, String>);

impl OutputIds {
    fn of(&self, e: Option<usize>) -> Option<String> {
        e.and_then(|e| self.0.get(&e).cloned())
    }
}

/// Each article's resolved quotes with their text.
fn quote_texts(
    arts: &[attribution::ArticleAnalysis],
    resolved: &[attribution::Resolved],
) -> Vec<Vec<(attribution::ResolvedQuote, String)>> {
    resolved
        .iter()
        .zip(arts)
        .map(|(r, art)| {
            r.quotes
                .iter()
                .map(|q| (q.clone(), art.doc.slice(q.start..q.end)))
                .collect()
        })
        .collect()
}

/// Pass 4 for quotations: statements across articles, and each quote's statement id.
fn group_statements(
    quotes: &[Vec<(attribution::ResolvedQuote, String)>],
    ids: &OutputIds,
    article_ids: &[String],
) -> (Vec<Statement>, Vec<Vec<String>>) {
    let grouped = statements::group(quotes);
    let mut quote_statement: Vec<Vec<String>> = quotes
        .iter()
        .map(|l| vec![String::new(); l.len()])
        .collect();
    let statements = grouped
        .into_iter()
        .enumerate()
        .map(|(si, (speaker, refs))| {
            let id = format!("s{}", si + 1);
            for &(ai, qi) in &refs {
                quote_statement[ai][qi] = id.clone();
            }
            Statement {
                id,
                speaker: ids.of(speaker),
                quotes: refs
                    .into_iter()
                    .map(|(ai, qi)| Ref {
                        article: article_ids[ai].clone(),
                        index: qi,
                    })
                    .collect(),
            }
        })
        .collect();
    (statements, quote_statement)
}

fn output_quotes(
    quotes: &[(attribution::ResolvedQuote, String)],
    statement_ids: &[String],
    ids: &OutputIds,
) -> Vec<Quote> {
    quotes
        .iter()
        .zip(statement_ids)
        .map(|((q, text), statement)| Quote {
            text: text.clone(),
            start: q.start,
            end: q.end,
            speaker: ids.of(q.speaker),
            mention: q.mention.clone(),
            cue: q.cue.clone(),
            statement: statement.clone(),
        })
        .collect()
}

fn output_figures(
    art: &attribution::ArticleAnalysis,
    figures: &[figures::RawFigure],
    claim_ids: &[Option<String>],
    ids: &OutputIds,
) -> Vec<Figure> {
    figures
        .iter()
        .zip(claim_ids)
        .map(|(f, claim)| Figure {
            text: art.doc.slice(f.start..f.end),
            start: f.start,
            end: f.end,
            low: f.low,
            high: f.high,
            qualifier: f.qualifier,
            counts: f.counts.clone(),
            claim: claim.clone(),
            holder: ids.of(f.holder),
            total: f.total,
        })
        .collect()
}

/// The paragraphs of an article's text as char ranges: non-empty lines, trimmed. Search indexes
/// these as passages, so quotes and figures map onto passages by their offsets.
pub fn paragraphs(text: &str) -> Vec<std::ops::Range<usize>> {
    let chars: Vec<char> = text.chars().collect();
    text::paragraph_ranges(&chars)
}

/// Do two name words plausibly spell the same name (across transliterations), without crossing
/// a gendered surname ending ("Petrovsky" is not "Petrovskaya")? Search uses this to expand
/// a query word to every spelling of an entity.
pub fn same_name_word(a: &str, b: &str) -> bool {
    NameKey::new(a).matches(&NameKey::new(b))
}

/// A name word folded once, for comparing it with many others (see [`same_name_word`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameKey {
    folded: names::Folded,
    gender: Option<names::Gender>,
}

impl NameKey {
    pub fn new(word: &str) -> NameKey {
        NameKey {
            folded: names::Folded::new(word),
            gender: names::surname_gender(word),
        }
    }

    /// The consonant skeleton: words that can match share it, so it serves as a lookup key.
    pub fn skeleton(&self) -> &str {
        &self.folded.skeleton
    }

    /// The word folded to plain Latin letters, as names are compared.
    pub fn folded(&self) -> &str {
        &self.folded.fold
    }

    pub fn matches(&self, other: &NameKey) -> bool {
        names::same_folded(&self.folded, &other.folded) && self.same_gender(other)
    }

    /// Could the two be one person's name by their surname endings ("Petrov" is not
    /// "Petrova")? True when either ending says nothing.
    pub fn same_gender(&self, other: &NameKey) -> bool {
        names::gender_compatible(self.gender, other.gender)
    }
}

/// Capitalised words seen in the middle of a sentence of an article: proper nouns, which stay
/// names even when they begin a sentence (the analysis takes those of the whole corpus).
fn proper_words(doc: &text::Doc, spans: &[quotes::QuoteSpan]) -> HashSet<String> {
    let mut out = HashSet::new();
    let quote_starts: HashSet<usize> = spans.iter().map(|q| q.start).collect();
    for range in &doc.paragraph_tokens {
        if names::is_headline(doc, range.clone()) {
            continue;
        }
        for t in range.clone().skip(1) {
            let prev = t - 1;
            // "Ernesto “Bong” Salcedo": after a nickname in marks too.
            let after_nickname = prev > range.start
                && doc.is_word(prev - 1)
                && doc.token_text(prev).chars().all(quotes::is_closing_mark)
                && doc.tokens[prev].start == doc.tokens[prev - 1].end;
            let after_word = doc.is_word(prev) || doc.is_punct(prev, ',') || after_nickname;
            let quoted_start = quote_starts.contains(&doc.tokens[t].start);
            if doc.is_capitalized(t) && after_word && !quoted_start {
                let text = doc.token_text(t);
                let text = if names::ends_possessive(text) {
                    text.chars().take(text.chars().count() - 2).collect()
                } else {
                    text.to_string()
                };
                out.insert(text);
            }
        }
    }
    out
}

/// Maps `f` over the articles, on all cores with the `parallel` feature. Order is kept.
#[cfg(feature = "parallel")]
pub(crate) fn each<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync + Send) -> Vec<R> {
    use rayon::prelude::*;
    items.into_par_iter().map(f).collect()
}

#[cfg(not(feature = "parallel"))]
pub(crate) fn each<T, R>(items: Vec<T>, f: impl Fn(T) -> R) -> Vec<R> {
    items.into_iter().map(f).collect()
}

/// Capitalised words an article puts after "in", "to" or "from": places, which may speak as
/// their governments ("Washington said") but are never people (the corpus's are pooled).
fn place_words(doc: &text::Doc) -> HashSet<String> {
    let mut out = HashSet::new();
    for t in 1..doc.tokens.len() {
        if doc.is_capitalized(t)
            && matches!(
                doc.token_lower(t - 1),
                "in" | "to"
                    | "from"
                    | "into"
                    | "across"
                    | "near"
                    | "through"
                    | "toward"
                    | "towards"
            )
        {
            out.insert(doc.token_text(t).to_string());
        }
    }
    out
}
