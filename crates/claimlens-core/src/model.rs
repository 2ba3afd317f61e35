//! The plain data the analysis takes and returns; this is the documented JSON schema.
//!
//! All spans are offsets in Unicode scalar values (chars) into the article text exactly as
//! given, so `text.chars().skip(start).take(end - start)` is the span.

use serde::{Deserialize, Serialize};

/// One article to analyse: its text and whatever metadata the caller knows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleInput {
    /// Stable identifier, unique within one analysis (for files: the path relative to the corpus).
    pub id: String,
    pub path: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub text: String,
}

/// The result of analysing a set of articles about one story.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    pub claims: Vec<Claim>,
    pub statements: Vec<Statement>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub path: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    /// The analysed text; every span of this article points into it.
    pub text: String,
    /// The id of the article this one reprints (near-identical text: one wire story run by two
    /// outlets), the earliest printing; `null` for an original. Claims count reprints once.
    #[serde(default)]
    pub reprint_of: Option<String>,
    pub quotes: Vec<Quote>,
    pub figures: Vec<Figure>,
}

/// A span of text with its offsets (chars).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// One direct quotation: the characters between its marks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Entity id of the speaker, or `null` when the text does not say.
    pub speaker: Option<String>,
    /// The words the attribution rests on: a name, a pronoun or a description.
    pub mention: Option<Mention>,
    /// The attribution cue ("said", "according to", "wrote on X"), when there is one.
    pub cue: Option<String>,
    /// Statement id: the parts of one interrupted quotation and its versions in other outlets share it.
    pub statement: String,
}

/// Whether a figure is exact or a bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    /// "about 20%", "around 70".
    Approximate,
    /// "more than 300", "over 40": low is exclusive.
    MoreThan,
    /// "at least 48": low is inclusive.
    AtLeast,
    /// "fewer than 10", "under 5": high is exclusive.
    LessThan,
    /// "at most 9", "up to 9": high is inclusive.
    AtMost,
    /// "eight or nine", "between 8 and 9".
    Range,
    /// "hundreds", "thousands".
    Vague,
}

/// A number that states a fact, with what it counts and who asserts it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Lower end of the interval, `null` when open.
    pub low: Option<f64>,
    /// Upper end of the interval, `null` when open.
    pub high: Option<f64>,
    pub qualifier: Qualifier,
    /// What it counts, in words ("people rescued", "annual budget", "share of voters undecided").
    pub counts: String,
    /// The claim (see [`Claim`]) this figure belongs to, if it was grouped.
    pub claim: Option<String>,
    /// Entity id of whoever asserts the figure; `null` is the outlet's own voice.
    pub holder: Option<String>,
    /// When the figure is a sum of parts ("12 firefighters and 40 volunteers"), the total.
    pub total: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Person,
    Organization,
    /// An unnamed source: "a senior official who spoke on condition of anonymity".
    Anonymous,
}

/// A person or organisation, clustered across spellings and articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    /// The most complete common form of the name.
    pub name: String,
    pub kind: EntityKind,
    /// Every spelling seen, most frequent first.
    pub aliases: Vec<String>,
    /// Descriptions the text links to this entity ("the harbour authority's chief engineer").
    pub descriptions: Vec<String>,
}

/// A reference to the `index`-th figure or quote of the article `article`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Ref {
    pub article: String,
    pub index: usize,
}

/// One value asserted for a claim, with everyone asserting it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimValue {
    /// The value as a person reads it ("48", "more than 300", "8–9").
    pub label: String,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub figures: Vec<Ref>,
}

/// Figures across articles that measure the same quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    pub label: String,
    /// True when the intervals cannot all be true.
    pub conflict: bool,
    /// Who says what, for a person ("48: 3 reports, Ilvana Morosk; 61: Petar Holm").
    pub explanation: String,
    pub figures: Vec<Ref>,
    /// Groups of mutually compatible values; more than one group means a conflict.
    pub values: Vec<ClaimValue>,
}

/// One statement, possibly quoted in several parts and by several outlets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: String,
    pub speaker: Option<String>,
    pub quotes: Vec<Ref>,
}
