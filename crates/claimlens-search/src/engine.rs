//! The search engine over an opened bundle: query building, ranking, highlights and facets.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

use claimlens_bundle::Bundle;
use claimlens_core::{Analysis, NameKey};
use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector, TopDocs};
use tantivy::columnar::Column;
use tantivy::directory::RamDirectory;
use tantivy::query::doc_predicate_query::{
    DocPredicateQuery, FunctionPredicate, SegmentDocPredicate,
};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query as TantivyQuery, TermQuery,
    TermSetQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    Directory, DocAddress, DocId, Index, ReloadPolicy, Score, Searcher, SegmentOrdinal,
    SegmentReader, Term,
};

use crate::marks::{Lists, Marks};
use crate::query::{self, Query, Term as QueryTerm};
use crate::schema::{self, analyzer, Fields, TOKENIZER};
use crate::{Error, Result};

/// How many values a facet lists at most.
const MAX_FACETS: usize = 30;
/// How many words the last, unfinished word of a query stands for at most: fewer for a prefix of
/// one or two letters, which begins a large part of the vocabulary and tells little yet (its
/// union of postings was most of a search-as-you-type answer's time).
const MAX_COMPLETIONS: [usize; 3] = [8, 16, 24];
/// The weight of a passage naming the entity a query word spells, for a spelling the same as
/// the word once folded; less for spellings further from it (see `Engine::spelled_by`).
const NAME_BOOST: f32 = 2.0;
/// The score of a passage holding a word one edit from the query's. tantivy scores typo
/// matches as a constant, not by BM25: it must be high enough that the word the reader
/// mistyped outranks other people whose names merely share its consonants, while a passage
/// with the exact word (which the typo clause matches too) stays above one with only a typo.
const TYPO_BOOST: f32 = 4.0;

/// A paragraph of an article: the unit search returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// Index into the analysis's articles.
    pub article: usize,
    /// Char offsets into the article text.
    pub start: usize,
    pub end: usize,
}

/// Checks that the index's `meta.json` declares exactly the schema claimlens builds. tantivy
/// panics reading a schema it cannot hold (a field named twice, found by fuzzing the bundle),
/// and no other schema could be searched anyway.
fn check_schema(meta: &[u8]) -> Result<()> {
    let meta: serde_json::Value = serde_json::from_slice(meta)
        .map_err(|e| Error::Index(format!("reading meta.json: {e}")))?;
    let expected = serde_json::to_value(schema::schema().0).expect("a schema serializes");
    if meta.get("schema") != Some(&expected) {
        return Err(Error::Index(
            "its schema is not the one this claimlens builds".into(),
        ));
    }
    Ok(())
}

/// A span of chars in a passage's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One matching passage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub passage: usize,
    /// The article's id, title, outlet and date.
    pub article: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    /// Char offsets of the passage in the article text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub score: f32,
    /// Matched words, as char spans of `text` (the UI renders them; no HTML here).
    pub highlights: Vec<Span>,
    /// Indexes into the article's quotes and figures that sit in this passage.
    pub quotes: Vec<usize>,
    pub figures: Vec<usize>,
}

/// A facet value and how many matching passages have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    /// What a filter names: the outlet, or the speaker's entity id.
    pub key: String,
    pub label: String,
    pub count: usize,
}

/// The answer to a query.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchResults {
    pub query: Query,
    /// All matching passages (hits hold the best of them).
    pub total: usize,
    /// No passage holds every word of the query, though each is in the coverage: these
    /// passages hold some of them.
    pub partial: bool,
    pub hits: Vec<Hit>,
    pub outlets: Vec<FacetCount>,
    pub speakers: Vec<FacetCount>,
    /// Article dates (`YYYY-MM-DD`, as the articles give them), oldest first.
    pub dates: Vec<FacetCount>,
    /// Other queries to try when nothing matched: other spellings, fewer words.
    pub suggestions: Vec<String>,
}

/// An opened bundle, ready to search. Opening unpacks the index into memory once.
pub struct Engine {
    story: Option<String>,
    /// The story; its articles' quotes and figures may be empty (see [`Engine::open_with`]).
    analysis: Arc<Analysis>,
    /// The passages, and which quotes, figures and speakers each holds.
    marks: Arc<Marks>,
    /// Each article's outlet and id in lower case, and each entity's name: filters compare
    /// these for every query.
    articles_lower: Vec<(Option<String>, String)>,
    entity_names_lower: Vec<String>,
    searcher: Searcher,
    fields: Fields,
    analyzer: TextAnalyzer,
    /// Every word of every alias, with its entity, for expanding a name to all its spellings.
    alias_words: Vec<(String, usize)>,
    /// The same words folded once (by index into alias_words), and those indexes bucketed by
    /// consonant skeleton.
    alias_keys: Vec<NameKey>,
    alias_by_skeleton: BTreeMap<String, Vec<usize>>,
    /// The same words in lower case, as chars (for suggesting near misses without re-reading
    /// every alias per query), and their indexes by length in chars.
    alias_lower: Vec<Vec<char>>,
    alias_by_length: BTreeMap<usize, Vec<usize>>,
    /// Every alias as its folded words, with its entity, for phrases that name someone.
    alias_phrases: Vec<(usize, Vec<NameKey>)>,
    /// What the facets count, per passage, worked out once when the bundle opens.
    facet_keys: FacetKeys,
}

/// Each passage's outlet, date and quoted speakers, as indexes, so that counting the facets of
/// thousands of matching passages is a few array increments each.
struct FacetKeys {
    /// Outlet names (an article without one counts under its id), and each passage's.
    outlets: Vec<String>,
    outlet_of: Vec<u32>,
    /// Dates as the articles give them, and each passage's (`None` when undated).
    dates: Vec<String>,
    date_of: Vec<Option<u32>>,
    /// Entity indexes of the speakers quoted in each passage, without repeats.
    speakers_of: Lists<u32>,
}

impl FacetKeys {
    fn new(analysis: &Analysis, marks: &Marks) -> FacetKeys {
        fn intern(names: &mut BTreeMap<String, u32>, name: &str) -> u32 {
            let next = names.len() as u32;
            *names.entry(name.to_string()).or_insert(next)
        }
        let entity_index: BTreeMap<&str, u32> = analysis
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i as u32))
            .collect();
        let (mut outlets, mut dates) = (BTreeMap::new(), BTreeMap::new());
        let (mut outlet_of, mut date_of, mut speakers_of) =
            (Vec::new(), Vec::new(), Lists::default());
        for (p, passage) in marks.passages.iter().enumerate() {
            let article = &analysis.articles[passage.article];
            outlet_of.push(intern(
                &mut outlets,
                article.outlet.as_deref().unwrap_or(&article.id),
            ));
            // A facet per day: a date may carry its time (`2026-04-11T06:45Z`), and the `date:`
            // filter reads days.
            date_of.push(
                article
                    .date
                    .as_deref()
                    .map(|d| intern(&mut dates, day_of(d))),
            );
            let speakers: BTreeSet<u32> = marks
                .speakers
                .get(p)
                .iter()
                .filter_map(|id| entity_index.get(id.as_str()).copied())
                .collect();
            speakers_of.push(speakers);
        }
        let by_index = |names: BTreeMap<String, u32>| {
            let mut list = vec![String::new(); names.len()];
            for (name, i) in names {
                list[i as usize] = name;
            }
            list
        };
        FacetKeys {
            outlets: by_index(outlets),
            outlet_of,
            dates: by_index(dates),
            date_of,
            speakers_of,
        }
    }
}

/// What a phrase check reads: each passage's text.
#[derive(Clone)]
struct PassageTexts {
    analysis: Arc<Analysis>,
    marks: Arc<Marks>,
}

/// Is a document's passage text the phrase's words in a row? (A `SegmentDocPredicate`: tantivy
/// asks it only of documents holding every word.)
struct InARow {
    passages: Column<u64>,
    texts: PassageTexts,
    words: Arc<[String]>,
    analyzer: TextAnalyzer,
    /// The article text last unpacked (see [`Marks::text_in`]).
    unpacked: Option<(usize, String)>,
}

impl SegmentDocPredicate for InARow {
    fn eval(&mut self, doc: DocId) -> bool {
        let Some(p) = self.passages.first(doc).map(|p| p as usize) else {
            return false;
        };
        let PassageTexts { analysis, marks } = &self.texts;
        let Some(passage) = marks.passages.get(p) else {
            return false;
        };
        let article = marks.text_in(analysis, passage.article, &mut self.unpacked);
        holds_in_a_row(&mut self.analyzer, marks.passage(article, p), &self.words)
    }
}

/// Does `text`, tokenized by `analyzer`, hold `words` at consecutive positions? One pass over
/// the tokens, remembering how many of the words each partial match so far has (a word may
/// repeat, so several can be under way), with no token copied.
fn holds_in_a_row(analyzer: &mut TextAnalyzer, text: &str, words: &[String]) -> bool {
    if words.is_empty() {
        return false;
    }
    let (mut under_way, mut next): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let mut last_position = None;
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        let follows = last_position.is_some_and(|p: usize| token.position == p + 1);
        last_position = Some(token.position);
        next.clear();
        if follows {
            next.extend(
                under_way
                    .iter()
                    .filter(|&&matched| words[matched] == token.text)
                    .map(|matched| matched + 1),
            );
        }
        if words[0] == token.text {
            next.push(1);
        }
        if next.contains(&words.len()) {
            return true;
        }
        std::mem::swap(&mut under_way, &mut next);
    }
    false
}

/// Collects the passage number (the `passage` fast field) of every matching document.
struct PassageCollector;

struct PassageSegmentCollector {
    column: Column<u64>,
    found: Vec<u32>,
}

impl Collector for PassageCollector {
    type Fruit = Vec<u32>;
    type Child = PassageSegmentCollector;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<PassageSegmentCollector> {
        Ok(PassageSegmentCollector {
            column: reader.fast_fields().u64("passage")?,
            found: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<u32>>) -> tantivy::Result<Vec<u32>> {
        let mut all = fruits.concat();
        all.sort_unstable();
        all.dedup();
        Ok(all)
    }
}

impl SegmentCollector for PassageSegmentCollector {
    type Fruit = Vec<u32>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(passage) = self.column.first(doc) {
            self.found.push(passage as u32);
        }
    }

    fn harvest(self) -> Vec<u32> {
        self.found
    }
}

impl Engine {
    /// Opens a bundle read from bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Engine> {
        Engine::open(claimlens_bundle::decode(bytes)?)
    }

    /// Opens the engine over a decoded bundle. Only the articles, entities, Latin table and
    /// index are read: a bundle decoded with [`claimlens_bundle::Parts::SEARCH`] will do.
    pub fn open(bundle: Bundle) -> Result<Engine> {
        let marks = Marks::of(&bundle.analysis);
        Engine::open_with(bundle, marks)
    }

    /// Opens the engine over a decoded bundle whose articles' quotes and figures may already
    /// be gone, given their [`Marks`] (see [`Marks::add_and_strip`]): what a browser's search
    /// worker does, so as never to hold every quote and figure of a large story.
    pub fn open_with(bundle: Bundle, marks: Marks) -> Result<Engine> {
        if marks.articles() != bundle.analysis.articles.len() {
            return Err(Error::Index(format!(
                "marks for {} articles, but the story has {}",
                marks.articles(),
                bundle.analysis.articles.len()
            )));
        }
        let Bundle {
            story,
            analysis,
            index_files,
            latin,
        } = bundle;
        claimlens_core::learn_latin(&latin);
        let directory = RamDirectory::create();
        let mut names = BTreeSet::new();
        // Each file is let go once the directory holds its copy: a large index is never held
        // twice.
        for (name, bytes) in index_files {
            if names.contains(&name) {
                return Err(Error::Index(format!("{name} is in the bundle twice")));
            }
            if name == "meta.json" {
                check_schema(&bytes)?;
            }
            directory
                .atomic_write(Path::new(&name), &bytes)
                .map_err(|e| Error::Index(e.to_string()))?;
            names.insert(name);
        }
        let index = Index::open(directory)?;
        // tantivy trusts the bytes of its files and panics on damaged ones (a term dictionary
        // pointing past its file's end, found by fuzzing the bundle), so each file's own
        // checksum is checked before anything reads it. The bundle's CRC catches damage in
        // transit; this catches a bundle whose contents were written wrong. Every file but the
        // JSON metadata ends with tantivy's footer.
        for name in &names {
            if name.ends_with(".json") {
                continue;
            }
            let intact = index
                .directory()
                .validate_checksum(Path::new(name))
                .map_err(|e| Error::Index(format!("checking {name}: {e}")))?;
            if !intact {
                return Err(Error::Index(format!(
                    "{name} is damaged (checksum mismatch)"
                )));
            }
        }
        index.tokenizers().register(TOKENIZER, analyzer());
        let fields = schema::fields(&index.schema())
            .ok_or_else(|| Error::Index("the index lacks claimlens fields".into()))?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let searcher: Searcher = reader.searcher();
        if searcher.num_docs() as usize != marks.passages.len() {
            return Err(Error::Index(format!(
                "{} passages indexed but the analysis has {}",
                searcher.num_docs(),
                marks.passages.len()
            )));
        }
        let mut alias_words = Vec::new();
        for (ei, entity) in analysis.entities.iter().enumerate() {
            for alias in &entity.aliases {
                for word in alias
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 3)
                {
                    alias_words.push((word.to_string(), ei));
                }
            }
        }
        alias_words.sort();
        alias_words.dedup();
        let alias_keys: Vec<NameKey> = alias_words.iter().map(|(w, _)| NameKey::new(w)).collect();
        let mut alias_by_skeleton: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, key) in alias_keys.iter().enumerate() {
            alias_by_skeleton
                .entry(key.skeleton().to_string())
                .or_default()
                .push(i);
        }
        let alias_lower: Vec<Vec<char>> = alias_words
            .iter()
            .map(|(word, _)| word.to_lowercase().chars().collect())
            .collect();
        let mut alias_by_length: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, word) in alias_lower.iter().enumerate() {
            alias_by_length.entry(word.len()).or_default().push(i);
        }
        let alias_phrases = analysis
            .entities
            .iter()
            .enumerate()
            .flat_map(|(ei, e)| {
                e.aliases
                    .iter()
                    .map(move |alias| (ei, alias.split_whitespace().map(NameKey::new).collect()))
            })
            .collect();
        let facet_keys = FacetKeys::new(&analysis, &marks);
        let articles_lower = analysis
            .articles
            .iter()
            .map(|a| {
                let outlet = a.outlet.as_deref().map(str::to_lowercase);
                (outlet, a.id.to_lowercase())
            })
            .collect();
        let entity_names_lower = analysis
            .entities
            .iter()
            .map(|e| e.name.to_lowercase())
            .collect();
        Ok(Engine {
            story,
            analysis: Arc::new(analysis),
            marks: Arc::new(marks),
            articles_lower,
            entity_names_lower,
            searcher,
            fields,
            analyzer: analyzer(),
            alias_words,
            alias_keys,
            alias_by_skeleton,
            alias_lower,
            alias_by_length,
            alias_phrases,
            facet_keys,
        })
    }

    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    pub fn story(&self) -> Option<&str> {
        self.story.as_deref()
    }

    pub fn passages(&self) -> &[Passage] {
        &self.marks.passages
    }

    /// Normalised terms of `text`, with byte offsets, exactly as the index tokenized it.
    fn terms(&self, text: &str) -> Vec<(String, usize, usize)> {
        let mut analyzer = self.analyzer.clone();
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            out.push((token.text.clone(), token.offset_from, token.offset_to));
        }
        out
    }

    /// Entities one of whose spellings the query word is, each with how close its closest
    /// spelling is to the word (see [`Engine::spelled_by`]).
    fn entities_for_word(&self, word: &str) -> BTreeMap<usize, f32> {
        let lower: Vec<char> = word.to_lowercase().chars().collect();
        if lower.len() < 4 {
            return BTreeMap::new();
        }
        let mut out = self.spelled_by(word);
        // A typo of a spelling stands for that spelling, as the typo clause takes it in the
        // text: a word of five letters or more names whoever is spelled one edit from it as
        // written. Folding alone misses such a typo of a short name ("Bryeec" for "Breec":
        // short names must fold equal) or one that changes the consonants.
        if lower.len() >= 5 {
            let key = NameKey::new(word);
            // One edit apart, one of the two words' first two letters line up: a cheap test
            // before counting edits.
            let near_start = |alias: &[char]| {
                let (a, b) = (&lower[..2], alias.get(..2).unwrap_or(alias));
                a.first() == b.first()
                    || a.get(1) == b.first()
                    || a.first() == b.get(1)
                    || a.get(1) == b.get(1)
            };
            for i in self.aliases_of_length(lower.len(), 1) {
                let alias = &self.alias_lower[i];
                if near_start(alias)
                    && edits_within_chars(&lower, alias, 1).is_some()
                    && key.same_gender(&self.alias_keys[i])
                {
                    self.note_closeness(&mut out, i, &key, &lower);
                }
            }
        }
        out
    }

    /// Entities with an alias word that spells `word`, whatever its length.
    fn entities_matching(&self, word: &str) -> BTreeSet<usize> {
        self.spelled_by(word).into_keys().collect()
    }

    /// Entities with an alias word that spells `word`, each with how close the closest such
    /// word is to it (1 the same, less the more letters differ, folded and as written). Spellings that
    /// share a consonant skeleton ("Raski" for "Riaskiy") match, but a closer spelling
    /// ("Ryaskiy") must rank first.
    fn spelled_by(&self, word: &str) -> BTreeMap<usize, f32> {
        let key = NameKey::new(word);
        let lower: Vec<char> = word.to_lowercase().chars().collect();
        let mut out = BTreeMap::new();
        for i in self.same_name(&key) {
            self.note_closeness(&mut out, i, &key, &lower);
        }
        out
    }

    /// The alias words (indexes into alias_words) that spell the same name as `key`.
    fn same_name<'k>(&'k self, key: &'k NameKey) -> impl Iterator<Item = usize> + 'k {
        self.alias_by_skeleton
            .get(key.skeleton())
            .into_iter()
            .flatten()
            .copied()
            .filter(move |&i| self.alias_keys[i].matches(key))
    }

    /// The alias words (indexes) whose length in chars is within `spread` of `length`.
    fn aliases_of_length(&self, length: usize, spread: usize) -> impl Iterator<Item = usize> + '_ {
        self.alias_by_length
            .range(length.saturating_sub(spread)..=length + spread)
            .flat_map(|(_, list)| list.iter().copied())
    }

    /// Keeps in `out`, for alias word `i`'s entity, the best closeness of its spellings to the
    /// query word (`key` folded, `lower` as written): the folded spellings say how alike two
    /// names sound; the letters as written break the ties folding makes ("Ryaskiy" and
    /// "Riaskiy" fold alike, but the first is written as the query is).
    fn note_closeness(
        &self,
        out: &mut BTreeMap<usize, f32>,
        i: usize,
        key: &NameKey,
        lower: &[char],
    ) {
        let folded = closeness(key.folded(), self.alias_keys[i].folded());
        let close = (folded + closeness_of(lower, &self.alias_lower[i])) / 2.0;
        let best = out.entry(self.alias_words[i].1).or_insert(0.0_f32);
        *best = best.max(close);
    }

    /// Entities whose alias is the phrase, word by word, in any spelling.
    fn entities_for_phrase(&self, phrase: &str) -> BTreeSet<usize> {
        let words: Vec<NameKey> = phrase.split_whitespace().map(NameKey::new).collect();
        self.alias_phrases
            .iter()
            .filter(|(_, alias)| {
                alias.len() == words.len() && alias.iter().zip(&words).all(|(a, w)| w.matches(a))
            })
            .map(|(ei, _)| *ei)
            .collect()
    }

    /// The indexed words that `prefix` begins (itself left out), the most frequent first, at
    /// most [`MAX_COMPLETIONS`] (by the prefix's length): search as you type completes the last word to what the story
    /// says most, and a one-letter prefix never becomes a union of thousands of words.
    fn completions(&self, prefix: &str) -> Vec<String> {
        let mut found: BTreeMap<String, u32> = BTreeMap::new();
        for segment in self.searcher.segment_readers() {
            let Ok(index) = segment.inverted_index(self.fields.body) else {
                continue;
            };
            let Ok(mut stream) = index.terms().range().ge(prefix.as_bytes()).into_stream() else {
                continue;
            };
            while stream.advance() {
                if !stream.key().starts_with(prefix.as_bytes()) {
                    break;
                }
                if let Ok(word) = std::str::from_utf8(stream.key()) {
                    if word != prefix {
                        *found.entry(word.to_string()).or_default() += stream.value().doc_freq;
                    }
                }
            }
        }
        let mut found: Vec<(String, u32)> = found.into_iter().collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let most = MAX_COMPLETIONS[prefix.chars().count().clamp(1, 3) - 1];
        found.truncate(most);
        found.into_iter().map(|(word, _)| word).collect()
    }

    fn body_term(&self, text: &str) -> Term {
        Term::from_field_text(self.fields.body, text)
    }

    /// Passages holding `words` one after the other. The index keeps no positions (they were
    /// a fifth of a bundle): passages holding every word, ranked by them, are kept when their
    /// text, read with the index's own tokenizer, has the words in a row.
    fn phrase(&self, words: Vec<String>) -> Box<dyn TantivyQuery> {
        let mut clauses: Vec<(Occur, Box<dyn TantivyQuery>)> = words
            .iter()
            .map(|w| {
                let query = TermQuery::new(self.body_term(w), IndexRecordOption::WithFreqs);
                (Occur::Must, Box::new(query) as Box<dyn TantivyQuery>)
            })
            .collect();
        let texts = PassageTexts {
            analysis: self.analysis.clone(),
            marks: self.marks.clone(),
        };
        let words: Arc<[String]> = words.into();
        let in_a_row = FunctionPredicate::from(move |reader: &SegmentReader| {
            Ok(InARow {
                passages: reader.fast_fields().u64("passage")?,
                texts: texts.clone(),
                words: words.clone(),
                analyzer: analyzer(),
                unpacked: None,
            })
        });
        let filter = DocPredicateQuery::from(in_a_row);
        // Only a filter: the words' own scores rank the passages.
        clauses.push((
            Occur::Must,
            Box::new(BoostQuery::new(Box::new(filter), 0.0)),
        ));
        Box::new(BooleanQuery::new(clauses))
    }

    /// Builds the tantivy query and the words to highlight. With `Words::Some`, a passage needs
    /// only one of the query's words or phrases (filters and exclusions still hold), and the
    /// ranking favours passages holding more of them.
    fn build(&self, q: &Query, words: Words) -> (Box<dyn TantivyQuery>, Highlighter) {
        let mut clauses: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();
        let mut any_of: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();
        let mut hl = Highlighter::default();
        let last = q.terms.len().saturating_sub(1);
        for (ti, term) in q.terms.iter().enumerate() {
            let terms = self.terms(term.text());
            if terms.is_empty() {
                continue;
            }
            let mut options: Vec<(Occur, Box<dyn TantivyQuery>)> = Vec::new();
            let entities = match term {
                QueryTerm::Word(w) if terms.len() == 1 => self.entities_for_word(w),
                _ => self
                    .entities_for_phrase(term.text())
                    .into_iter()
                    .map(|e| (e, 1.0))
                    .collect(),
            };
            if terms.len() == 1 {
                let t = &terms[0].0;
                hl.exact.insert(t.clone());
                // Exact matches rank above typo and prefix matches.
                options.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(
                        Box::new(TermQuery::new(
                            self.body_term(t),
                            IndexRecordOption::WithFreqs,
                        )),
                        3.0,
                    )),
                ));
                if t.chars().count() >= 5 {
                    hl.fuzzy.insert(t.clone());
                    options.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(
                            Box::new(FuzzyTermQuery::new(self.body_term(t), 1, true)),
                            TYPO_BOOST,
                        )),
                    ));
                }
                if q.open_end && ti == last && matches!(term, QueryTerm::Word(_)) {
                    let completions: Vec<(Occur, Box<dyn TantivyQuery>)> = self
                        .completions(t)
                        .into_iter()
                        .map(|word| {
                            let query =
                                TermQuery::new(self.body_term(&word), IndexRecordOption::WithFreqs);
                            hl.exact.insert(word);
                            (Occur::Should, Box::new(query) as Box<dyn TantivyQuery>)
                        })
                        .collect();
                    if !completions.is_empty() {
                        options.push((
                            Occur::Should,
                            Box::new(BoostQuery::new(
                                Box::new(BooleanQuery::new(completions)),
                                0.4,
                            )),
                        ));
                    }
                }
            } else {
                let words: Vec<String> = terms.into_iter().map(|(t, _, _)| t).collect();
                hl.phrases.push(words.clone());
                options.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(self.phrase(words), 3.0)),
                ));
            }
            for (e, close) in entities {
                let id = &self.analysis.entities[e].id;
                // Only the name words of an alias: "the company’s manifest" must not mark every "the".
                for alias in &self.analysis.entities[e].aliases {
                    for word in alias
                        .split_whitespace()
                        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                    {
                        for (t, _, _) in self.terms(word) {
                            hl.names.insert(t);
                        }
                    }
                }
                let term = Term::from_field_text(self.fields.entities, id);
                options.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(
                        Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                        NAME_BOOST * close.powi(3),
                    )),
                ));
            }
            let clause: Box<dyn TantivyQuery> = Box::new(BooleanQuery::new(options));
            match words {
                Words::All => clauses.push((Occur::Must, clause)),
                Words::Some => any_of.push((Occur::Should, clause)),
            }
        }
        if !any_of.is_empty() {
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(any_of))));
        }
        for term in &q.excluded {
            let terms = self.terms(term.text());
            match terms.len() {
                0 => {}
                1 => clauses.push((
                    Occur::MustNot,
                    Box::new(TermQuery::new(
                        self.body_term(&terms[0].0),
                        IndexRecordOption::Basic,
                    )),
                )),
                _ => clauses.push((
                    Occur::MustNot,
                    self.phrase(terms.into_iter().map(|(t, _, _)| t).collect()),
                )),
            }
        }
        for filter in self.filters(q) {
            clauses.push((Occur::Must, filter));
        }
        if !clauses.iter().any(|(occur, _)| *occur == Occur::Must) {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        (Box::new(BooleanQuery::new(clauses)), hl)
    }

    /// Filters on outlet, speaker and date, as queries on article numbers and speaker ids.
    fn filters(&self, q: &Query) -> Vec<Box<dyn TantivyQuery>> {
        let mut out: Vec<Box<dyn TantivyQuery>> = Vec::new();
        let articles = |keep: &dyn Fn(usize) -> bool| -> Box<dyn TantivyQuery> {
            let terms: Vec<Term> = (0..self.analysis.articles.len())
                .filter(|&ai| keep(ai))
                .map(|ai| Term::from_field_u64(self.fields.article, ai as u64))
                .collect();
            Box::new(TermSetQuery::new(terms))
        };
        for outlet in &q.outlets {
            let wanted = outlet.to_lowercase();
            out.push(articles(&|ai| {
                let (outlet, id) = &self.articles_lower[ai];
                outlet.as_ref().is_some_and(|o| o.contains(&wanted)) || *id == wanted
            }));
        }
        for range in &q.dates {
            out.push(articles(&|ai| {
                self.analysis.articles[ai]
                    .date
                    .as_deref()
                    .is_some_and(|d| query::date_in(d, range))
            }));
        }
        for speaker in &q.speakers {
            let wanted = speaker.to_lowercase();
            // Entities every word of the value names, in any spelling (through the folded alias
            // words, so a filter costs a few lookups, not a fold per alias).
            let mut by_spelling: Option<BTreeSet<usize>> = None;
            for word in speaker.split_whitespace() {
                let found = self.entities_matching(word);
                by_spelling = Some(match by_spelling {
                    Some(so_far) => so_far.intersection(&found).copied().collect(),
                    None => found,
                });
            }
            let by_spelling = by_spelling.unwrap_or_default();
            let terms: Vec<Term> = self
                .analysis
                .entities
                .iter()
                .enumerate()
                .filter(|(ei, e)| {
                    e.id == wanted
                        || self.entity_names_lower[*ei].contains(&wanted)
                        || by_spelling.contains(ei)
                })
                .map(|(_, e)| Term::from_field_text(self.fields.speakers, &e.id))
                .collect();
            out.push(Box::new(TermSetQuery::new(terms)));
        }
        out
    }

    /// Runs a query and returns the best `limit` passages, facets and suggestions.
    pub fn search(&self, input: &str, limit: usize) -> SearchResults {
        let q = query::parse(input);
        if q.is_empty() {
            return SearchResults {
                query: q,
                total: 0,
                partial: false,
                hits: Vec::new(),
                outlets: Vec::new(),
                speakers: Vec::new(),
                dates: Vec::new(),
                suggestions: Vec::new(),
            };
        }
        let collector = (
            TopDocs::with_limit(limit.max(1)).order_by_score(),
            PassageCollector,
        );
        let run = |words| {
            let (tq, hl) = self.build(&q, words);
            match self.searcher.search(&tq, &collector) {
                Ok(found) => (found, hl),
                // A query the index cannot run is answered with nothing rather than an error page.
                Err(_) => ((Vec::new(), Vec::new()), hl),
            }
        };
        let ((mut top, mut all_passages), mut hl) = run(Words::All);
        // Passages are paragraphs: words an article holds in different paragraphs match no
        // single passage. When each word is found somewhere, passages with some of them are
        // the answer, said as such (`partial`), rather than nothing.
        let mut partial = false;
        if all_passages.is_empty() && q.terms.len() > 1 && self.each_word_found(&q) {
            ((top, all_passages), hl) = run(Words::Some);
            partial = !all_passages.is_empty();
        }
        let columns: Vec<_> = self
            .searcher
            .segment_readers()
            .iter()
            .map(|s| s.fast_fields().u64("passage").ok())
            .collect();
        let passage_of = |d: DocAddress| {
            columns
                .get(d.segment_ord as usize)?
                .as_ref()?
                .first(d.doc_id)
                .map(|p| p as usize)
        };
        let mut ranked: Vec<(f32, usize)> = top
            .iter()
            .filter_map(|(score, d)| passage_of(*d).map(|p| (*score, p)))
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let hits = ranked
            .into_iter()
            .take(limit)
            .map(|(score, p)| self.hit(p, score, &hl))
            .collect();
        let (outlets, speakers, dates) = self.facets(&all_passages);
        let suggestions = if all_passages.is_empty() || partial {
            self.suggest(&q)
        } else {
            Vec::new()
        };
        SearchResults {
            total: all_passages.len(),
            partial,
            query: q,
            hits,
            outlets,
            speakers,
            dates,
            suggestions,
        }
    }

    fn hit(&self, p: usize, score: f32, hl: &Highlighter) -> Hit {
        let passage = self.marks.passages[p];
        let article = &self.analysis.articles[passage.article];
        let text = self
            .marks
            .passage(&self.marks.text(&self.analysis, passage.article), p)
            .to_string();
        let highlights = hl.spans(&text, &self.terms(&text));
        Hit {
            passage: p,
            article: article.id.clone(),
            title: article.title.clone(),
            outlet: article.outlet.clone(),
            date: article.date.clone(),
            start: passage.start,
            end: passage.end,
            text,
            score,
            highlights,
            quotes: self
                .marks
                .quotes
                .get(p)
                .iter()
                .map(|&i| i as usize)
                .collect(),
            figures: self
                .marks
                .figures
                .get(p)
                .iter()
                .map(|&i| i as usize)
                .collect(),
        }
    }

    /// Outlet, speaker and date counts over the matching passages: the most frequent outlets
    /// and speakers, and the dates with most passages in date order.
    fn facets(&self, passages: &[u32]) -> (Vec<FacetCount>, Vec<FacetCount>, Vec<FacetCount>) {
        let keys = &self.facet_keys;
        let mut outlets = vec![0usize; keys.outlets.len()];
        let mut dates = vec![0usize; keys.dates.len()];
        let mut speakers = vec![0usize; self.analysis.entities.len()];
        for &p in passages {
            let p = p as usize;
            outlets[keys.outlet_of[p] as usize] += 1;
            if let Some(d) = keys.date_of[p] {
                dates[d as usize] += 1;
            }
            for &s in keys.speakers_of.get(p) {
                speakers[s as usize] += 1;
            }
        }
        // A facet list is read, not scanned: the top entries are what a person uses.
        let top = |counts: Vec<usize>, key: &dyn Fn(usize) -> (String, String)| {
            let mut list: Vec<FacetCount> = counts
                .into_iter()
                .enumerate()
                .filter(|&(_, count)| count > 0)
                .map(|(i, count)| {
                    let (key, label) = key(i);
                    FacetCount { key, label, count }
                })
                .collect();
            list.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
            list.truncate(MAX_FACETS);
            list
        };
        let outlets = top(outlets, &|i| {
            (keys.outlets[i].clone(), keys.outlets[i].clone())
        });
        let speakers = top(speakers, &|i| {
            let entity = &self.analysis.entities[i];
            (entity.id.clone(), entity.name.clone())
        });
        let mut dates = top(dates, &|i| (keys.dates[i].clone(), keys.dates[i].clone()));
        dates.sort_by(|a, b| a.key.cmp(&b.key));
        (outlets, speakers, dates)
    }

    /// Does each word or phrase of the query, alone, match some passage?
    fn each_word_found(&self, q: &Query) -> bool {
        let last = q.terms.len() - 1;
        q.terms.iter().enumerate().all(|(i, term)| {
            let one = Query {
                terms: vec![term.clone()],
                // The last word stands for its completions here too.
                open_end: q.open_end && i == last,
                ..Query::default()
            };
            let (tq, _) = self.build(&one, Words::All);
            self.searcher
                .search(&tq, &tantivy::collector::Count)
                .is_ok_and(|n| n > 0)
        })
    }

    /// Other spellings the corpus uses for a word that found nothing, and the query with fewer words.
    fn suggest(&self, q: &Query) -> Vec<String> {
        let mut out = Vec::new();
        for term in &q.terms {
            let word = term.text();
            let lower: Vec<char> = word.to_lowercase().chars().collect();
            let key = NameKey::new(word);
            // Other spellings of the same name, then words a typo or two away.
            let near = self
                .aliases_of_length(lower.len(), 2)
                .filter(|&i| edits_within_chars(&lower, &self.alias_lower[i], 2).is_some());
            let close: BTreeSet<&str> = self
                .same_name(&key)
                .chain(near)
                .filter(|&i| self.alias_lower[i] != lower)
                .map(|i| self.alias_words[i].0.as_str())
                .collect();
            out.extend(close.into_iter().map(String::from));
        }
        if q.terms.len() > 1 {
            out.push(
                q.terms[..q.terms.len() - 1]
                    .iter()
                    .map(|t| match t {
                        QueryTerm::Word(w) => w.clone(),
                        QueryTerm::Phrase(p) => format!("\"{p}\""),
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }
        out.dedup();
        out.truncate(8);
        out
    }
}

/// How alike two folded words are: 1 for the same, down to 0 as edits approach the longer's
/// length.
fn closeness(a: &str, b: &str) -> f32 {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    closeness_of(&a, &b)
}

/// [`closeness`] of two words already split into chars.
fn closeness_of(a: &[char], b: &[char]) -> f32 {
    let longer = a.len().max(b.len()).max(1);
    let edits = edits_within_chars(a, b, usize::MAX).unwrap_or(longer);
    1.0 - edits as f32 / longer as f32
}

/// Must a passage hold every word of a query, or some of them?
#[derive(Clone, Copy)]
enum Words {
    All,
    Some,
}

/// What to mark in a passage: the words a query matched.
#[derive(Default)]
struct Highlighter {
    exact: BTreeSet<String>,
    fuzzy: BTreeSet<String>,
    names: BTreeSet<String>,
    phrases: Vec<Vec<String>>,
}

impl Highlighter {
    /// Char spans of matching tokens; `tokens` carry byte offsets into `text`.
    fn spans(&self, text: &str, tokens: &[(String, usize, usize)]) -> Vec<Span> {
        let mut marked = vec![false; tokens.len()];
        for (i, (t, _, _)) in tokens.iter().enumerate() {
            marked[i] = self.exact.contains(t)
                || self.names.contains(t)
                || self.fuzzy.iter().any(|f| edits_within(f, t, 1).is_some());
        }
        for phrase in &self.phrases {
            for start in 0..tokens.len() {
                if tokens.len() - start >= phrase.len()
                    && phrase
                        .iter()
                        .enumerate()
                        .all(|(k, w)| &tokens[start + k].0 == w)
                {
                    for m in &mut marked[start..start + phrase.len()] {
                        *m = true;
                    }
                }
            }
        }
        // Byte offsets to char offsets.
        let mut char_at = vec![0; text.len() + 1];
        let mut c = 0;
        for (b, ch) in text.char_indices() {
            for slot in &mut char_at[b..b + ch.len_utf8()] {
                *slot = c;
            }
            c += 1;
        }
        char_at[text.len()] = c;
        tokens
            .iter()
            .zip(marked)
            .filter(|(_, m)| *m)
            .map(|((_, from, to), _)| Span {
                start: char_at[*from],
                end: char_at[*to],
            })
            .collect()
    }
}

/// The edit distance of two words in chars, if it is at most `max`: a swap of two neighbouring
/// letters counts as one edit, as tantivy's typo matching counts it ("Krushia" is one edit
/// from "Krushaia"). Stops as soon as every way through is over `max`.
fn edits_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    edits_within_chars(&a, &b, max)
}

/// [`edits_within`] of two words already split into chars.
fn edits_within_chars(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // Three rows of the table: two back, one back, and the one being filled.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut above: Vec<usize> = (0..=b.len()).collect();
    let mut row: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (above[j - 1] + cost).min(above[j] + 1).min(row[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        // A row's smallest entry never falls further down the table.
        if row.iter().min().is_some_and(|&least| least > max) {
            return None;
        }
        std::mem::swap(&mut before, &mut above);
        std::mem::swap(&mut above, &mut row);
    }
    Some(above[b.len()]).filter(|&d| d <= max)
}

/// The day of a date with a time (`2026-04-11T06:45Z` → `2026-04-11`), else the date as it is.
fn day_of(date: &str) -> &str {
    match date.get(..10) {
        Some(day) if date.as_bytes().get(10) == Some(&b'T') => day,
        _ => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_a_swap_of_neighbours_as_one() {
        let edit_distance = |a, b| edits_within(a, b, usize::MAX).unwrap();
        assert_eq!(edit_distance("krushia", "krushaia"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("ryaskiy", "ryaskiy"), 0);
        assert_eq!(edit_distance("ca", "abc"), 3);
        assert_eq!(edits_within("kitten", "sitting", 2), None);
        assert_eq!(edits_within("kitten", "sitting", 3), Some(3));
        assert_eq!(edits_within("abcdef", "ab", 3), None);
    }

    #[cfg(feature = "build")]
    #[test]
    fn a_typo_of_a_short_name_stands_for_that_name() {
        use claimlens_core::{analyze, ArticleInput};
        let said = |id: &str, who: &str| ArticleInput {
            id: id.into(),
            text: format!("{who} said the bridge would reopen."),
            ..Default::default()
        };
        let inputs = [
            said("a", "Adviser Bjaboas Brjuec"),
            said("b", "Mayor Reina Breec"),
        ];
        let bundle = crate::build_bundle(None, analyze(&inputs)).unwrap();
        let engine = Engine::from_bytes(&claimlens_bundle::encode(&bundle)).unwrap();
        let named = |word: &str| -> Vec<String> {
            let found = engine.entities_for_word(word);
            found
                .keys()
                .map(|&e| engine.analysis.entities[e].name.clone())
                .collect()
        };
        // One letter from "Breec" as written; folded, short names must be equal, and only the
        // longer "Brjuec" is one folded letter away.
        let found = named("Bryeec");
        assert!(found.iter().any(|n| n.ends_with("Breec")), "{found:?}");
    }

    #[cfg(feature = "build")]
    #[test]
    fn a_phrase_is_its_words_in_a_row_in_the_text() {
        use claimlens_core::{analyze, ArticleInput};
        let article = |id: &str, text: &str| ArticleInput {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        };
        let inputs = [
            article("row", "The old bridge reopened on Monday."),
            article("apart", "The bridge is old and reopened on Monday."),
            article("split", "An old, long-awaited bridge reopened."),
        ];
        let bundle = crate::build_bundle(None, analyze(&inputs)).unwrap();
        let engine = Engine::from_bytes(&claimlens_bundle::encode(&bundle)).unwrap();
        let found = |query: &str| -> Vec<String> {
            let mut ids: Vec<String> = engine
                .search(query, 10)
                .hits
                .into_iter()
                .map(|h| h.article)
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(found("\"old bridge\""), ["row"]);
        // Punctuation between the words does not part them, as for the index.
        assert_eq!(found("\"Old Bridge Reopened\""), ["row"]);
        assert_eq!(found("\"bridge old\""), Vec::<String>::new());
        assert_eq!(found("bridge -\"old bridge\""), ["apart", "split"]);
        assert_eq!(found("\"long awaited bridge\""), ["split"]);
    }

    #[cfg(feature = "build")]
    #[test]
    fn dates_with_a_time_are_faceted_and_filtered_by_their_day() {
        use claimlens_core::{analyze, ArticleInput};
        let article = |id: &str, date: &str| ArticleInput {
            id: id.into(),
            date: Some(date.into()),
            text: "The old bridge reopened on Monday.".into(),
            ..Default::default()
        };
        let inputs = [
            article("a", "2026-04-11T06:45Z"),
            article("b", "2026-04-11T09:10+02:00"),
            article("c", "2026-04-12"),
        ];
        let bundle = crate::build_bundle(None, analyze(&inputs)).unwrap();
        let engine = Engine::from_bytes(&claimlens_bundle::encode(&bundle)).unwrap();
        let results = engine.search("bridge", 10);
        let facets: Vec<(&str, usize)> = results
            .dates
            .iter()
            .map(|f| (f.key.as_str(), f.count))
            .collect();
        assert_eq!(facets, [("2026-04-11", 2), ("2026-04-12", 1)]);
        assert_eq!(engine.search("date:2026-04-11 bridge", 10).hits.len(), 2);
    }

    #[test]
    fn closeness_falls_with_the_edits() {
        assert_eq!(closeness("raski", "raski"), 1.0);
        assert!(closeness("riaskiy", "ryaskiy") > closeness("riaskiy", "raski"));
        assert_eq!(closeness("", ""), 1.0);
    }
}
