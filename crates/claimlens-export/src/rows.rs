//! The four tables, one row per item: figures, quotes, claim values and speakers. Each row is
//! plain data built from the analysis and its articles' metadata; the columns are documented in
//! docs/export.md, and a row's field order is its column order.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;

use claimlens_core::{sort, Analysis, Article, EntityKind, Qualifier};
use serde::{Serialize, Serializer};

use crate::names::outlet_or_opening;
use crate::sentence::sentence_in;
use crate::trace::ArticleOrder;
use crate::Header;

/// How far from a span, in chars, its sentence may start or end: a sentence is looked for near
/// the span, never across a whole article (a long article has thousands of figures; issue 7).
const NEAR: usize = 1_000;

/// Where the rows read article texts: the analysis itself natively, the explorer's packed
/// texts in the browser (where the articles' own `text` is empty).
pub trait ArticleTexts {
    /// The whole text of the `article`-th article ("" when unknown).
    fn article_text(&self, article: usize) -> Cow<'_, str>;
}

impl ArticleTexts for Analysis {
    fn article_text(&self, article: usize) -> Cow<'_, str> {
        Cow::Borrowed(self.articles.get(article).map_or("", |a| a.text.as_str()))
    }
}

/// One figure: what it says, who says it, where, and the sentence it sits in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureRow {
    pub claim: String,
    pub conflict: YesNo,
    pub value: String,
    #[serde(serialize_with = "number")]
    pub low: Option<f64>,
    #[serde(serialize_with = "number")]
    pub high: Option<f64>,
    pub qualifier: &'static str,
    pub counts: String,
    pub holder: String,
    pub outlet: String,
    pub title: String,
    pub date: String,
    pub url: String,
    pub reprint_of: String,
    pub sentence: String,
    pub article: String,
    pub start: usize,
    pub end: usize,
    /// The claim's id, for the explorer's claim page (not a column).
    #[serde(skip)]
    pub claim_id: Option<String>,
}

/// One quotation: who said it, the words the attribution rests on, where, and its sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRow {
    pub speaker: String,
    pub quote: String,
    pub cue: String,
    pub mention: String,
    pub statement: String,
    pub outlet: String,
    pub title: String,
    pub date: String,
    pub url: String,
    pub reprint_of: String,
    pub sentence: String,
    pub article: String,
    pub start: usize,
    pub end: usize,
    /// The speaker's entity id, for the explorer's speaker page (not a column).
    #[serde(skip)]
    pub speaker_id: Option<String>,
}

/// One value of a claim, with everyone asserting it and who reported it first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimRow {
    pub claim: String,
    pub conflict: YesNo,
    pub value: String,
    #[serde(serialize_with = "number")]
    pub low: Option<f64>,
    #[serde(serialize_with = "number")]
    pub high: Option<f64>,
    pub holders: String,
    pub outlets: String,
    pub articles: usize,
    pub first_reported: String,
    pub first_reported_by: String,
    pub explanation: String,
    #[serde(skip)]
    pub claim_id: String,
}

/// Someone quoted in the story.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerRow {
    pub name: String,
    pub kind: &'static str,
    pub spellings: String,
    pub descriptions: String,
    pub quotes: usize,
    pub statements: usize,
    pub outlets: String,
    /// The entity id (not a column).
    #[serde(skip)]
    pub id: String,
}

impl Header for FigureRow {
    const COLUMNS: &'static [&'static str] = &[
        "claim",
        "conflict",
        "value",
        "low",
        "high",
        "qualifier",
        "counts",
        "holder",
        "outlet",
        "title",
        "date",
        "url",
        "reprint_of",
        "sentence",
        "article",
        "start",
        "end",
    ];

    fn fields(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(self.claim.as_str()),
            Cow::Borrowed(self.conflict.as_str()),
            Cow::Borrowed(self.value.as_str()),
            number_text(self.low),
            number_text(self.high),
            Cow::Borrowed(self.qualifier),
            Cow::Borrowed(self.counts.as_str()),
            Cow::Borrowed(self.holder.as_str()),
            Cow::Borrowed(self.outlet.as_str()),
            Cow::Borrowed(self.title.as_str()),
            Cow::Borrowed(self.date.as_str()),
            Cow::Borrowed(self.url.as_str()),
            Cow::Borrowed(self.reprint_of.as_str()),
            Cow::Borrowed(self.sentence.as_str()),
            Cow::Borrowed(self.article.as_str()),
            Cow::Owned(self.start.to_string()),
            Cow::Owned(self.end.to_string()),
        ]
    }
}

impl Header for QuoteRow {
    const COLUMNS: &'static [&'static str] = &[
        "speaker",
        "quote",
        "cue",
        "mention",
        "statement",
        "outlet",
        "title",
        "date",
        "url",
        "reprint_of",
        "sentence",
        "article",
        "start",
        "end",
    ];

    fn fields(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(self.speaker.as_str()),
            Cow::Borrowed(self.quote.as_str()),
            Cow::Borrowed(self.cue.as_str()),
            Cow::Borrowed(self.mention.as_str()),
            Cow::Borrowed(self.statement.as_str()),
            Cow::Borrowed(self.outlet.as_str()),
            Cow::Borrowed(self.title.as_str()),
            Cow::Borrowed(self.date.as_str()),
            Cow::Borrowed(self.url.as_str()),
            Cow::Borrowed(self.reprint_of.as_str()),
            Cow::Borrowed(self.sentence.as_str()),
            Cow::Borrowed(self.article.as_str()),
            Cow::Owned(self.start.to_string()),
            Cow::Owned(self.end.to_string()),
        ]
    }
}

impl Header for ClaimRow {
    const COLUMNS: &'static [&'static str] = &[
        "claim",
        "conflict",
        "value",
        "low",
        "high",
        "holders",
        "outlets",
        "articles",
        "first_reported",
        "first_reported_by",
        "explanation",
    ];

    fn fields(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(self.claim.as_str()),
            Cow::Borrowed(self.conflict.as_str()),
            Cow::Borrowed(self.value.as_str()),
            number_text(self.low),
            number_text(self.high),
            Cow::Borrowed(self.holders.as_str()),
            Cow::Borrowed(self.outlets.as_str()),
            Cow::Owned(self.articles.to_string()),
            Cow::Borrowed(self.first_reported.as_str()),
            Cow::Borrowed(self.first_reported_by.as_str()),
            Cow::Borrowed(self.explanation.as_str()),
        ]
    }
}

impl Header for SpeakerRow {
    const COLUMNS: &'static [&'static str] = &[
        "name",
        "kind",
        "spellings",
        "descriptions",
        "quotes",
        "statements",
        "outlets",
    ];

    fn fields(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(self.name.as_str()),
            Cow::Borrowed(self.kind),
            Cow::Borrowed(self.spellings.as_str()),
            Cow::Borrowed(self.descriptions.as_str()),
            Cow::Owned(self.quotes.to_string()),
            Cow::Owned(self.statements.to_string()),
            Cow::Borrowed(self.outlets.as_str()),
        ]
    }
}

/// `yes` or `no`, as a spreadsheet reader filters on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum YesNo {
    Yes,
    No,
}

impl From<bool> for YesNo {
    fn from(b: bool) -> YesNo {
        if b {
            YesNo::Yes
        } else {
            YesNo::No
        }
    }
}

impl YesNo {
    pub fn as_str(self) -> &'static str {
        match self {
            YesNo::Yes => "yes",
            YesNo::No => "no",
        }
    }
}

/// Joins list cells: a semicolon, which no name or outlet in a list is expected to hold.
pub const LIST_SEPARATOR: &str = "; ";

/// What an article says about itself, for every row read from it.
struct Source<'a> {
    article: &'a Article,
    outlet: String,
    /// The outlet of the article this one reprints ("" for an original).
    reprint_of: String,
    chars: Vec<char>,
}

impl Source<'_> {
    fn span(&self, range: Range<usize>) -> String {
        let end = range.end.min(self.chars.len());
        let start = range.start.min(end);
        self.chars[start..end].iter().collect()
    }

    fn sentence(&self, span: Range<usize>) -> String {
        let lo = span.start.saturating_sub(NEAR).min(self.chars.len());
        let hi = span.end.saturating_add(NEAR).min(self.chars.len()).max(lo);
        let local = sentence_in(
            &self.chars[lo..hi],
            span.start.saturating_sub(lo)..span.end.saturating_sub(lo),
        );
        one_line(&self.span(local.start + lo..local.end + lo))
    }
}

fn sources<'a>(analysis: &'a Analysis, texts: &impl ArticleTexts) -> Vec<Source<'a>> {
    let outlet_of = outlets(analysis, texts);
    let by_id: HashMap<&str, usize> = analysis
        .articles
        .iter()
        .enumerate()
        .map(|(ai, a)| (a.id.as_str(), ai))
        .collect();
    analysis
        .articles
        .iter()
        .enumerate()
        .map(|(ai, article)| Source {
            article,
            outlet: outlet_of[ai].clone(),
            reprint_of: article
                .reprint_of
                .as_deref()
                .and_then(|id| by_id.get(id))
                .map(|&original| outlet_of[original].clone())
                .unwrap_or_default(),
            chars: texts.article_text(ai).chars().collect(),
        })
        .collect()
}

/// Each article's outlet as a reader knows it, reading a text only for an article nothing else
/// names.
fn outlets(analysis: &Analysis, texts: &impl ArticleTexts) -> Vec<String> {
    analysis
        .articles
        .iter()
        .enumerate()
        .map(|(ai, a)| outlet_or_opening(a, || texts.article_text(ai).into_owned()))
        .collect()
}

fn entity_names(analysis: &Analysis) -> HashMap<&str, &str> {
    analysis
        .entities
        .iter()
        .map(|e| (e.id.as_str(), e.name.as_str()))
        .collect()
}

/// Every figure, article by article in reading order.
pub fn figures(analysis: &Analysis, texts: &impl ArticleTexts) -> Vec<FigureRow> {
    let names = entity_names(analysis);
    let claims: HashMap<&str, (&str, bool)> = analysis
        .claims
        .iter()
        .map(|c| (c.id.as_str(), (c.label.as_str(), c.conflict)))
        .collect();
    let mut rows = Vec::new();
    for source in sources(analysis, texts) {
        let a = source.article;
        for f in &a.figures {
            let claim = f.claim.as_deref().and_then(|id| claims.get(id));
            rows.push(FigureRow {
                claim: claim.map_or("", |c| c.0).to_string(),
                conflict: claim.is_some_and(|c| c.1).into(),
                value: source.span(f.start..f.end),
                low: f.low,
                high: f.high,
                qualifier: qualifier_words(f.qualifier),
                counts: f.counts.clone(),
                holder: name_of(&names, f.holder.as_deref()),
                outlet: source.outlet.clone(),
                title: a.title.clone().unwrap_or_default(),
                date: a.date.clone().unwrap_or_default(),
                url: a.url.clone().unwrap_or_default(),
                reprint_of: source.reprint_of.clone(),
                sentence: source.sentence(f.start..f.end),
                article: a.id.clone(),
                start: f.start,
                end: f.end,
                claim_id: f.claim.clone(),
            });
        }
    }
    rows
}

/// Every quotation, article by article in reading order.
pub fn quotes(analysis: &Analysis, texts: &impl ArticleTexts) -> Vec<QuoteRow> {
    let names = entity_names(analysis);
    let mut rows = Vec::new();
    for source in sources(analysis, texts) {
        let a = source.article;
        for q in &a.quotes {
            rows.push(QuoteRow {
                speaker: name_of(&names, q.speaker.as_deref()),
                quote: source.span(q.start..q.end).trim().to_string(),
                cue: q.cue.clone().unwrap_or_default(),
                mention: q
                    .mention
                    .as_ref()
                    .map(|m| one_line(&m.text))
                    .unwrap_or_default(),
                statement: q.statement.clone(),
                outlet: source.outlet.clone(),
                title: a.title.clone().unwrap_or_default(),
                date: a.date.clone().unwrap_or_default(),
                url: a.url.clone().unwrap_or_default(),
                reprint_of: source.reprint_of.clone(),
                sentence: source.sentence(q.start..q.end),
                article: a.id.clone(),
                start: q.start,
                end: q.end,
                speaker_id: q.speaker.clone(),
            });
        }
    }
    rows
}

/// Every value of every claim, claims in the analysis's order, values first reported first.
pub fn claims(analysis: &Analysis, texts: &impl ArticleTexts) -> Vec<ClaimRow> {
    let names = entity_names(analysis);
    let outlet_of = outlets(analysis, texts);
    let order = ArticleOrder::of(analysis);
    let mut rows = Vec::new();
    for claim in &analysis.claims {
        for value in order.values_by_first_report(claim) {
            let mut holders: Vec<String> = Vec::new();
            let mut outlets: Vec<String> = Vec::new();
            let mut articles = BTreeSet::new();
            for r in &value.figures {
                let Some(ai) = order.index(&r.article) else {
                    continue;
                };
                articles.insert(ai);
                push_new(&mut outlets, outlet_of[ai].clone());
                let figure = analysis.articles[ai].figures.get(r.index);
                if let Some(holder) = figure.and_then(|f| f.holder.as_deref()) {
                    push_new(&mut holders, name_of(&names, Some(holder)));
                }
            }
            let first = order.first_report(value);
            rows.push(ClaimRow {
                claim: claim.label.clone(),
                conflict: claim.conflict.into(),
                value: value.label.clone(),
                low: value.low,
                high: value.high,
                holders: holders.join(LIST_SEPARATOR),
                outlets: outlets.join(LIST_SEPARATOR),
                articles: articles.len(),
                first_reported: first.as_ref().map(|f| f.date.clone()).unwrap_or_default(),
                first_reported_by: first
                    .map(|f| {
                        let mut first: Vec<String> = Vec::new();
                        for &ai in &f.articles {
                            push_new(&mut first, outlet_of[ai].clone());
                        }
                        first.join(LIST_SEPARATOR)
                    })
                    .unwrap_or_default(),
                explanation: claim.explanation.clone(),
                claim_id: claim.id.clone(),
            });
        }
    }
    rows
}

/// Everyone quoted, most quoted first, then by name.
pub fn speakers(analysis: &Analysis, texts: &impl ArticleTexts) -> Vec<SpeakerRow> {
    let outlet_of = outlets(analysis, texts);
    let mut quoted: BTreeMap<&str, (usize, BTreeSet<usize>)> = BTreeMap::new();
    for (ai, article) in analysis.articles.iter().enumerate() {
        for speaker in article.quotes.iter().filter_map(|q| q.speaker.as_deref()) {
            let entry = quoted.entry(speaker).or_default();
            entry.0 += 1;
            entry.1.insert(ai);
        }
    }
    let mut statements: HashMap<&str, usize> = HashMap::new();
    for speaker in analysis
        .statements
        .iter()
        .filter_map(|s| s.speaker.as_deref())
    {
        *statements.entry(speaker).or_default() += 1;
    }
    let mut rows: Vec<SpeakerRow> = analysis
        .entities
        .iter()
        .filter_map(|e| {
            let (quotes, in_articles) = quoted.get(e.id.as_str())?;
            let mut outlets: Vec<String> = in_articles
                .iter()
                .map(|&ai| outlet_of[ai].clone())
                .collect();
            sort::sort_dedup(&mut outlets);
            Some(SpeakerRow {
                name: e.name.clone(),
                kind: kind_word(e.kind),
                spellings: e.aliases.join(LIST_SEPARATOR),
                descriptions: e.descriptions.join(LIST_SEPARATOR),
                quotes: *quotes,
                statements: statements.get(e.id.as_str()).copied().unwrap_or(0),
                outlets: outlets.join(LIST_SEPARATOR),
                id: e.id.clone(),
            })
        })
        .collect();
    sort::sort_by(&mut rows, |a, b| {
        b.quotes.cmp(&a.quotes).then_with(|| a.name.cmp(&b.name))
    });
    rows
}

fn push_new(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

fn name_of(names: &HashMap<&str, &str>, id: Option<&str>) -> String {
    id.map(|id| names.get(id).copied().unwrap_or(id).to_string())
        .unwrap_or_default()
}

/// A sentence or mention on one line, its runs of white space one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn qualifier_words(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Approximate => "about",
        Qualifier::MoreThan => "more than",
        Qualifier::AtLeast => "at least",
        Qualifier::LessThan => "fewer than",
        Qualifier::AtMost => "at most",
        Qualifier::Range => "range",
        Qualifier::Vague => "vague",
    }
}

fn kind_word(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Anonymous => "anonymous",
    }
}

/// A bound as a reader writes it: `156`, not `156.0`; empty (CSV) or `null` (JSON) when open.
/// A fraction is written shortest round trip by ryu, as the `csv` crate wrote it before.
fn number_text(value: Option<f64>) -> Cow<'static, str> {
    match value {
        None => Cow::Borrowed(""),
        Some(v) if whole(v) => Cow::Owned((v as i64).to_string()),
        Some(v) => Cow::Owned(ryu::Buffer::new().format(v).to_string()),
    }
}

fn whole(v: f64) -> bool {
    v.fract() == 0.0 && v.abs() < 1e15
}

fn number<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        None => s.serialize_none(),
        Some(v) if whole(*v) => s.serialize_i64(*v as i64),
        Some(v) => s.serialize_f64(*v),
    }
}

#[cfg(test)]
mod tests {
    use super::number_text;

    #[test]
    fn bounds_read_as_the_csv_crate_wrote_them() {
        for (value, text) in [
            (None, ""),
            (Some(156.0), "156"),
            (Some(-3.0), "-3"),
            (Some(2.5), "2.5"),
            (Some(0.1 + 0.2), "0.30000000000000004"),
            (Some(1e20), "1e20"),
        ] {
            assert_eq!(number_text(value), text);
            if let Some(v) = value.filter(|v| v.fract() != 0.0 || v.abs() >= 1e15) {
                let mut theirs = csv::Writer::from_writer(Vec::new());
                theirs.serialize(v).unwrap();
                assert_eq!(
                    theirs.into_inner().unwrap(),
                    format!("{text}\n").into_bytes()
                );
            }
        }
    }
}
