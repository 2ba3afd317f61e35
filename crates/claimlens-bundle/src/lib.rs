//! The claimlens bundle: a story's analysis, its article texts and its search index, written by
//! the indexer and read by the browser, in three parts that a reader fetches as its views need
//! them. Its types and version number are defined here only.
//!
//! Each part is a file of its own (issue 16: the figures view needs the head only, search the
//! index, the reader one article's text), laid out alike (little-endian):
//!
//! ```text
//! 0   8  magic  b"CLAIMLNS"
//! 8   4  format version (u32)
//! 12  4  part: 1 head, 2 texts, 3 index (u32)
//! 16  4  CRC-32 of every byte after the header
//! 20  8  length of what follows the header (u64)
//! 28     sections, each a u8 kind, a u64 length and that many bytes:
//!   head   1 story       postcard: title, Latin table, entities, how many articles, claims and
//!                        statements follow, and the texts' and index's lengths and CRC-32s
//!          2 article     postcard: one article's length in chars and the article without its
//!                        text (quotes, figures, metadata), in order
//!          3 claims      postcard: the next claims, up to BATCH of them
//!          4 statements  postcard: the next statements, up to BATCH of them
//!   texts  6 text        one article's text, UTF-8, in the articles' order
//!   index  7 file list   postcard: each index file's name, length and CRC-32 (first, once)
//!          5 index file  u16 name length, name, the file's bytes (sorted by name)
//! ```
//!
//! A site holds the parts as `NAME.bundle`, `NAME.texts.bundle` and `NAME.index.bundle`
//! ([`part_url`]). The parts one after another (head, texts, index) are the whole bundle, what
//! [`encode`] writes and [`decode`] reads, and what the search worker is handed.
//!
//! The analysis is postcard (serde's compact binary encoding: varints, no field names), outside
//! tantivy's lz4-compressed store, so that HTTP compression (brotli, gzip) works on the article
//! text. Quote, mention and figure texts are not stored: they are spans of the article text.
//!
//! Sections let a reader decode a part while it downloads ([`Decoder`]): it never holds the
//! whole file, and skips what it has no use for (the search worker skips the claims and
//! statements), so a large story costs a browser tab its decoded form and little more.
//!
//! ```
//! use claimlens_bundle::{Bundle, Decoder, Parts, decode, encode, encode_parts};
//! let bundle = Bundle { story: Some("A story".into()), index_files: vec![("meta.json".into(), b"{}".to_vec())], ..Default::default() };
//! let bytes = encode(&bundle);
//! assert_eq!(decode(&bytes).unwrap(), bundle);
//! assert!(decode(&bytes[..10]).is_err());
//! // The head alone, as it arrives in pieces: what the figures view waits for.
//! let parts = encode_parts(&bundle);
//! let mut decoder = Decoder::new(Parts::HEAD);
//! for piece in parts.head.chunks(7) {
//!     decoder.push(piece).unwrap();
//! }
//! assert_eq!(decoder.finish().unwrap().story.as_deref(), Some("A story"));
//! ```

use std::borrow::Cow;

mod crc;
mod decode;
mod packed;
pub use decode::{Decoder, Manifest, Parts};
pub use packed::PackedTexts;

use claimlens_core::{Analysis, Article, Entity};
use serde::{Deserialize, Serialize};

/// The first eight bytes of every part of a bundle.
pub const MAGIC: [u8; 8] = *b"CLAIMLNS";
/// The bundle format this code writes and reads. Bump it on any change to the layout or to the
/// analysis schema.
pub const FORMAT_VERSION: u32 = 6;
/// A part's header: magic, version, part, CRC-32 and body length. The first `HEADER_LEN` bytes
/// alone already say how long the part is ([`Decoder::expected_len`]).
pub const HEADER_LEN: usize = 28;

/// Section kinds (see the layout above).
const STORY: u8 = 1;
const ARTICLE: u8 = 2;
const CLAIMS: u8 = 3;
const STATEMENTS: u8 = 4;
const INDEX_FILE: u8 = 5;
const TEXT: u8 = 6;
const INDEX_LIST: u8 = 7;
/// Claims and statements per section: a reader decodes them batch by batch, never holding the
/// bytes of them all (several megabytes for a large story) at once.
const BATCH: usize = 256;

/// The three parts of a bundle, in the order they are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The story, entities, articles' metadata, quotes and figures, claims and statements:
    /// what the figures, speakers and overview views show.
    Head,
    /// The articles' texts: what the reader, the sentences and the search results show.
    Texts,
    /// The tantivy index: what search opens.
    Index,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Head, Part::Texts, Part::Index];

    fn code(self) -> u32 {
        match self {
            Part::Head => 1,
            Part::Texts => 2,
            Part::Index => 3,
        }
    }

    fn from_code(code: u32) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.code() == code)
    }
}

impl std::fmt::Display for Part {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Part::Head => "story head",
            Part::Texts => "article texts",
            Part::Index => "search index",
        })
    }
}

/// Where part `part` of the bundle whose head is at `head` lives: `story.bundle` has
/// `story.texts.bundle` and `story.index.bundle` beside it (a name without `.bundle` gets the
/// suffix added). The same rule for files on disk and URLs; a query or fragment is kept.
pub fn part_url(head: &str, part: Part) -> String {
    let infix = match part {
        Part::Head => return head.to_string(),
        Part::Texts => ".texts",
        Part::Index => ".index",
    };
    let cut = head.find(['?', '#']).unwrap_or(head.len());
    let (path, rest) = head.split_at(cut);
    match path.strip_suffix(".bundle") {
        Some(stem) => format!("{stem}{infix}.bundle{rest}"),
        None => format!("{path}{infix}.bundle{rest}"),
    }
}

/// What a bundle holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bundle {
    /// The story's title, when the corpus names one.
    pub story: Option<String>,
    pub analysis: Analysis,
    /// The tantivy index (one segment): file name and bytes, sorted by name.
    pub index_files: Vec<(String, Vec<u8>)>,
    /// The Latin form of each non-ASCII char of the corpus (and of the Cyrillic and Greek
    /// alphabets), sorted: search in the browser folds names with it instead of carrying full
    /// transliteration tables (`claimlens_core::learn_latin`).
    pub latin: Vec<(char, String)>,
}

/// A part's length and CR-32 as the head lists them: a part from another build of the story
/// is told apart from its own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Sum {
    len: u64,
    crc: u32,
}

/// The story section: everything of the head but the articles, claims and statements.
#[derive(Serialize, Deserialize)]
struct Head<'a> {
    story: Option<String>,
    latin: Cow<'a, [(char, String)]>,
    entities: Cow<'a, [Entity]>,
    articles: u64,
    claims: u64,
    statements: u64,
    texts: Sum,
    index: Sum,
}

/// Why bytes are not a readable bundle. The messages are written for a person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("the bundle is empty")]
    Empty,
    #[error("this is an HTML page, not a claimlens bundle (is the bundle URL right?)")]
    Html,
    #[error("this is not a claimlens bundle (it does not start with the bundle's magic bytes)")]
    NotABundle,
    #[error("the bundle is format version {found}, but this claimlens reads version {supported}; rebuild the site with this version of claimlens")]
    UnsupportedVersion { found: u32, supported: u32 },
    #[error("this file is not the bundle's {expected} (is the URL right?)")]
    WrongPart { expected: Part },
    #[error("the bundle's {0} is missing")]
    MissingPart(Part),
    #[error("the bundle's {0} belongs to another build of the story; rebuild the site")]
    OtherBuild(Part),
    #[error("the bundle is truncated: expected {expected} bytes, found {found}")]
    Truncated { expected: u64, found: u64 },
    #[error("the bundle is corrupted (checksum mismatch)")]
    Checksum,
    #[error("the bundle is corrupted: {0}")]
    Corrupt(String),
}

pub type Result<T> = std::result::Result<T, Error>;

/// A bundle's three parts, each a file of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    pub head: Vec<u8>,
    pub texts: Vec<u8>,
    pub index: Vec<u8>,
}

impl Encoded {
    pub fn part(&self, part: Part) -> &[u8] {
        match part {
            Part::Head => &self.head,
            Part::Texts => &self.texts,
            Part::Index => &self.index,
        }
    }

    /// The parts one after another: the whole bundle.
    pub fn whole(&self) -> Vec<u8> {
        [&self.head[..], &self.texts, &self.index].concat()
    }
}

/// Writes a bundle whole: its parts one after another. The same bundle always gives the same
/// bytes.
pub fn encode(bundle: &Bundle) -> Vec<u8> {
    encode_parts(bundle).whole()
}

/// Writes a bundle's three parts. The same bundle always gives the same bytes.
pub fn encode_parts(bundle: &Bundle) -> Encoded {
    let analysis = &bundle.analysis;
    let mut texts = Vec::new();
    for article in &analysis.articles {
        section(&mut texts, TEXT, &[article.text.as_bytes()]);
    }
    let mut files: Vec<&(String, Vec<u8>)> = bundle.index_files.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let list: Vec<(&str, u64, u32)> = files
        .iter()
        .map(|(name, data)| (name.as_str(), data.len() as u64, crc::hash(data)))
        .collect();
    let mut index = Vec::new();
    section(&mut index, INDEX_LIST, &[&postcard_of(&list)]);
    for (name, data) in files {
        let name_len = (name.len() as u16).to_le_bytes();
        section(&mut index, INDEX_FILE, &[&name_len, name.as_bytes(), data]);
    }
    let sum = |body: &[u8]| Sum {
        len: body.len() as u64,
        crc: crc::hash(body),
    };
    let head = Head {
        story: bundle.story.clone(),
        latin: Cow::Borrowed(&bundle.latin),
        entities: Cow::Borrowed(&analysis.entities),
        articles: analysis.articles.len() as u64,
        claims: analysis.claims.len() as u64,
        statements: analysis.statements.len() as u64,
        texts: sum(&texts),
        index: sum(&index),
    };
    let mut body = Vec::new();
    section(&mut body, STORY, &[&postcard_of(&head)]);
    for article in &analysis.articles {
        let chars = article.text.chars().count() as u64;
        let mut article = Article {
            text: String::new(),
            ..article.clone()
        };
        strip_article_span_texts(&mut article);
        section(&mut body, ARTICLE, &[&postcard_of(&(chars, &article))]);
    }
    for batch in analysis.claims.chunks(BATCH) {
        section(&mut body, CLAIMS, &[&postcard_of(batch)]);
    }
    for batch in analysis.statements.chunks(BATCH) {
        section(&mut body, STATEMENTS, &[&postcard_of(batch)]);
    }
    Encoded {
        head: framed(Part::Head, &body),
        texts: framed(Part::Texts, &texts),
        index: framed(Part::Index, &index),
    }
}

fn section(body: &mut Vec<u8>, kind: u8, contents: &[&[u8]]) {
    body.push(kind);
    let len: usize = contents.iter().map(|c| c.len()).sum();
    body.extend_from_slice(&(len as u64).to_le_bytes());
    for part in contents {
        body.extend_from_slice(part);
    }
}

fn postcard_of<T: Serialize + ?Sized>(value: &T) -> Vec<u8> {
    postcard::to_allocvec(value).expect("the analysis serializes with postcard")
}

/// A part's header, then its body.
fn framed(part: Part, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&part.code().to_le_bytes());
    out.extend_from_slice(&crc::hash(body).to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(body);
    out
}

/// Clears what a bundle does not store: quote, mention and figure texts, which are spans of the
/// article text and are restored from it on reading.
pub fn strip_span_texts(analysis: &mut Analysis) {
    for article in &mut analysis.articles {
        strip_article_span_texts(article);
    }
}

fn strip_article_span_texts(article: &mut Article) {
    for quote in &mut article.quotes {
        quote.text.clear();
        if let Some(m) = &mut quote.mention {
            m.text.clear();
        }
    }
    for figure in &mut article.figures {
        figure.text.clear();
    }
}

/// Reads a whole bundle (its three parts one after another), checking everything before
/// trusting any length inside it.
pub fn decode(bytes: &[u8]) -> Result<Bundle> {
    let mut decoder = Decoder::new(Parts::ALL);
    decoder.push(bytes)?;
    decoder.finish()
}

#[cfg(test)]
mod tests;
