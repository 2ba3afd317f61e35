//! The claimlens bundle: one file holding a story's analysis and its search index, written by
//! the indexer and read by the browser. Its types and version number are defined here only.
//!
//! Layout (little-endian):
//!
//! ```text
//! 0   8  magic  b"CLAIMLNS"
//! 8   4  format version (u32)
//! 12  4  CRC-32 of every byte after the header
//! 16  8  length of what follows the header (u64)
//! 24     sections, each a u8 kind, a u64 length and that many bytes:
//!          1 story       postcard: title, Latin table, entities, how many articles, claims
//!                        and statements follow, and each index file's name, length and
//!                        CRC-32 (first, once)
//!          2 article     postcard: one article, its text, quotes and figures (in order)
//!          3 claims      postcard: the next claims, up to BATCH of them
//!          4 statements  postcard: the next statements, up to BATCH of them
//!          5 index file  u16 name length, name, the file's bytes (sorted by name)
//! ```
//!
//! The analysis is postcard (serde's compact binary encoding: varints, no field names), outside
//! tantivy's lz4-compressed store, so that HTTP compression (brotli, gzip) works on the article
//! text. Quote, mention and figure texts are not stored: they are spans of the article text.
//!
//! Sections let a reader decode the bundle while it downloads ([`Decoder`]): it never holds the
//! whole file, and skips what it has no use for (the explorer's page skips the index, its search
//! worker the claims and statements), so a large story costs a browser tab its decoded form and
//! little more.
//!
//! ```
//! use claimlens_bundle::{Bundle, Decoder, Parts, decode, encode};
//! let bundle = Bundle { story: Some("A story".into()), index_files: vec![("meta.json".into(), b"{}".to_vec())], ..Default::default() };
//! let bytes = encode(&bundle);
//! assert_eq!(decode(&bytes).unwrap(), bundle);
//! assert!(decode(&bytes[..10]).is_err());
//! // The same, as it arrives in pieces, keeping only the story.
//! let mut decoder = Decoder::new(Parts::VIEWS);
//! for piece in bytes.chunks(7) {
//!     decoder.push(piece).unwrap();
//! }
//! assert_eq!(decoder.finish().unwrap().story.as_deref(), Some("A story"));
//! ```

use std::borrow::Cow;

mod packed;
pub use packed::PackedTexts;

use claimlens_core::{Analysis, Article, Claim, Entity, Statement};
use serde::{Deserialize, Serialize};

/// The first eight bytes of every bundle.
pub const MAGIC: [u8; 8] = *b"CLAIMLNS";
/// The bundle format this code writes and reads. Bump it on any change to the layout or to the
/// analysis schema.
pub const FORMAT_VERSION: u32 = 5;
/// The header's length: magic, version, CRC-32 and body length. The first `HEADER_LEN` bytes
/// alone already say how long the whole bundle is ([`Decoder::expected_len`]).
pub const HEADER_LEN: usize = 24;

/// Section kinds (see the layout above).
const STORY: u8 = 1;
const ARTICLE: u8 = 2;
const CLAIMS: u8 = 3;
const STATEMENTS: u8 = 4;
const INDEX_FILE: u8 = 5;
/// A section's kind and length.
const FRAME_LEN: usize = 9;
/// Claims and statements per section: a reader decodes them batch by batch, never holding the
/// bytes of them all (several megabytes for a large story) at once.
const BATCH: usize = 256;
/// The most room a section being gathered is given before its bytes arrive. A length is not
/// trusted before the checksum; past this, a section grows as it arrives.
const RESERVE_AT_MOST: u64 = 64 << 20;

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

/// The story section: everything but the articles, claims, statements and index.
#[derive(Serialize, Deserialize)]
struct Head<'a> {
    story: Option<String>,
    latin: Cow<'a, [(char, String)]>,
    entities: Cow<'a, [Entity]>,
    articles: u64,
    claims: u64,
    statements: u64,
    /// Each index file's name, length and CRC-32. tantivy trusts its files and panics on one
    /// that is not what its name says (a fuzzed bundle swapped two files' names: each file's
    /// own checksum still held), so a reader checks every file against this list.
    index: Vec<(String, u64, u32)>,
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
    #[error("the bundle is truncated: expected {expected} bytes, found {found}")]
    Truncated { expected: u64, found: u64 },
    #[error("the bundle is corrupted (checksum mismatch)")]
    Checksum,
    #[error("the bundle is corrupted: {0}")]
    Corrupt(String),
}

pub type Result<T> = std::result::Result<T, Error>;

/// Writes a bundle. The same bundle always gives the same bytes.
pub fn encode(bundle: &Bundle) -> Vec<u8> {
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
    let analysis = &bundle.analysis;
    let mut body = Vec::with_capacity(
        analysis
            .articles
            .iter()
            .map(|a| a.text.len() * 3 / 2)
            .sum::<usize>()
            + bundle
                .index_files
                .iter()
                .map(|f| f.1.len() + 64)
                .sum::<usize>(),
    );
    let mut files: Vec<&(String, Vec<u8>)> = bundle.index_files.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let head = Head {
        story: bundle.story.clone(),
        latin: Cow::Borrowed(&bundle.latin),
        entities: Cow::Borrowed(&analysis.entities),
        articles: analysis.articles.len() as u64,
        claims: analysis.claims.len() as u64,
        statements: analysis.statements.len() as u64,
        index: files
            .iter()
            .map(|(name, data)| (name.clone(), data.len() as u64, crc32fast::hash(data)))
            .collect(),
    };
    section(&mut body, STORY, &[&postcard_of(&head)]);
    for article in &analysis.articles {
        let mut article = article.clone();
        strip_article_span_texts(&mut article);
        section(&mut body, ARTICLE, &[&postcard_of(&article)]);
    }
    for batch in analysis.claims.chunks(BATCH) {
        section(&mut body, CLAIMS, &[&postcard_of(batch)]);
    }
    for batch in analysis.statements.chunks(BATCH) {
        section(&mut body, STATEMENTS, &[&postcard_of(batch)]);
    }
    for (name, data) in files {
        let name_len = (name.len() as u16).to_le_bytes();
        section(&mut body, INDEX_FILE, &[&name_len, name.as_bytes(), data]);
    }
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&body).to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&body);
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

/// Reads a whole bundle, checking everything before trusting any length inside it.
pub fn decode(bytes: &[u8]) -> Result<Bundle> {
    let mut decoder = Decoder::new(Parts::ALL);
    decoder.push(bytes)?;
    decoder.finish()
}

/// The header's two numbers, once magic and version are right.
#[derive(Debug, Clone, Copy)]
struct Header {
    crc: u32,
    /// Length of the body, after the header.
    len: u64,
}

impl Header {
    fn truncated(self, found_body: u64) -> Error {
        Error::Truncated {
            expected: self.len.saturating_add(HEADER_LEN as u64),
            found: found_body.saturating_add(HEADER_LEN as u64),
        }
    }
}

/// Reads the header from the first bytes of a bundle: `Truncated` (saying how long the whole
/// must be) when there are fewer than [`HEADER_LEN`] of them.
fn read_header(bytes: &[u8]) -> Result<Header> {
    if bytes.is_empty() {
        return Err(Error::Empty);
    }
    if bytes.len() < MAGIC.len() || bytes[..MAGIC.len()] != MAGIC {
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_lowercase();
        if head.trim_start().starts_with("<!doctype html") || head.contains("<html") {
            return Err(Error::Html);
        }
        return Err(Error::NotABundle);
    }
    if bytes.len() < HEADER_LEN {
        return Err(Error::Truncated {
            expected: HEADER_LEN as u64,
            found: bytes.len() as u64,
        });
    }
    let version = u32::from_le_bytes(bytes[8..12].try_into().unwrap());
    if version != FORMAT_VERSION {
        return Err(Error::UnsupportedVersion {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    Ok(Header {
        crc: u32::from_le_bytes(bytes[12..16].try_into().unwrap()),
        len: u64::from_le_bytes(bytes[16..24].try_into().unwrap()),
    })
}

/// Which parts of a bundle a reader keeps. The rest is checked (it counts for the checksum) but
/// never decoded or held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    /// The claims and statements.
    pub claims: bool,
    /// The tantivy index files.
    pub index: bool,
    /// Quote, mention and figure texts, restored from the article text. Without them those
    /// fields are empty and the spans say where the text is.
    pub span_texts: bool,
}

impl Parts {
    /// Everything: the bundle as it was written.
    pub const ALL: Parts = Parts {
        claims: true,
        index: true,
        span_texts: true,
    };
    /// What the explorer's page shows: the analysis, without the index or span texts.
    pub const VIEWS: Parts = Parts {
        claims: true,
        index: false,
        span_texts: false,
    };
    /// What the search engine needs: articles, entities and the index.
    pub const SEARCH: Parts = Parts {
        claims: false,
        index: true,
        span_texts: false,
    };
}

/// Decodes a bundle from pieces as they arrive (a download's chunks), keeping only the
/// [`Parts`] asked for. A section is decoded as soon as it is complete and its bytes let go, so
/// the whole file is never held. Nothing decoded is handed out before [`Decoder::finish`] has
/// checked the length and checksum; an error in the contents is reported then (as `Checksum`
/// when the bytes were damaged, else as what went wrong), errors in the header at once.
pub struct Decoder {
    parts: Parts,
    /// The first bytes, until the header is read (and up to 512 to say what a non-bundle is).
    start: Vec<u8>,
    header: Option<Header>,
    crc: crc32fast::Hasher,
    /// Body bytes received so far.
    received: u64,
    /// The section being received: its kind, length, and the bytes so far when it is kept.
    frame: Vec<u8>,
    section: Option<Section>,
    /// The first thing found wrong in the contents.
    fault: Option<Error>,
    head: Option<Head<'static>>,
    articles: Vec<Article>,
    claims: Vec<Claim>,
    statements: Vec<Statement>,
    index_files: Vec<(String, Vec<u8>)>,
    /// Called on each article once decoded (see [`Decoder::on_article`]).
    shape: Option<Shape>,
}

/// What a reader does to each article once decoded (see [`Decoder::on_article`]).
type Shape = Box<dyn FnMut(&mut Article)>;

struct Section {
    kind: u8,
    /// Bytes still to come.
    left: u64,
    /// The bytes so far, for a section that is kept.
    data: Option<Vec<u8>>,
}

impl Decoder {
    pub fn new(parts: Parts) -> Decoder {
        Decoder {
            parts,
            start: Vec::new(),
            header: None,
            crc: crc32fast::Hasher::new(),
            received: 0,
            frame: Vec::with_capacity(FRAME_LEN),
            section: None,
            fault: None,
            head: None,
            articles: Vec::new(),
            claims: Vec::new(),
            statements: Vec::new(),
            index_files: Vec::new(),
            shape: None,
        }
    }

    /// Calls `shape` on each article as soon as it is decoded, before it is kept: a reader
    /// that needs only part of each article lets the rest go at once, instead of holding every
    /// article whole until the end.
    pub fn on_article(mut self, shape: impl FnMut(&mut Article) + 'static) -> Decoder {
        self.shape = Some(Box::new(shape));
        self
    }

    /// The whole bundle's length in bytes, once the header has arrived.
    pub fn expected_len(&self) -> Option<u64> {
        self.header.map(|h| h.len.saturating_add(HEADER_LEN as u64))
    }

    /// Takes the next bytes of the bundle. Fails at once on a header that is not a bundle's, of
    /// another version, or on more bytes than the header announced.
    pub fn push(&mut self, mut bytes: &[u8]) -> Result<()> {
        let header = match self.header {
            Some(header) => header,
            None => {
                let want = 512usize.saturating_sub(self.start.len()).min(bytes.len());
                self.start.extend_from_slice(&bytes[..want]);
                let seen = self.start.len().min(MAGIC.len());
                let bundle_like = self.start[..seen] == MAGIC[..seen];
                if (bundle_like && self.start.len() < HEADER_LEN)
                    || (!bundle_like && self.start.len() < 512)
                {
                    // Wait for the rest of the header, or for enough of something else to say
                    // what it is (an HTML page, say).
                    return Ok(());
                }
                match read_header(&self.start) {
                    Ok(header) => {
                        let body_in_start = self.start.len() - HEADER_LEN;
                        bytes = &bytes[want - body_in_start..];
                        self.start = Vec::new();
                        self.header = Some(header);
                        header
                    }
                    Err(error) => return Err(error),
                }
            }
        };
        let received = self.received.saturating_add(bytes.len() as u64);
        if received > header.len {
            return Err(header.truncated(received));
        }
        self.received = received;
        self.crc.update(bytes);
        if self.fault.is_none() {
            if let Err(fault) = self.sections(bytes) {
                self.fault = Some(fault);
            }
        }
        Ok(())
    }

    /// Splits body bytes into sections, decoding each one kept as soon as it is whole.
    fn sections(&mut self, mut bytes: &[u8]) -> Result<()> {
        while !bytes.is_empty() {
            let Some(section) = &mut self.section else {
                let want = (FRAME_LEN - self.frame.len()).min(bytes.len());
                self.frame.extend_from_slice(&bytes[..want]);
                bytes = &bytes[want..];
                if self.frame.len() == FRAME_LEN {
                    let kind = self.frame[0];
                    let left = u64::from_le_bytes(self.frame[1..].try_into().unwrap());
                    self.frame.clear();
                    self.open_section(kind, left)?;
                    if left == 0 {
                        self.close_section(Cow::Borrowed(&[]))?;
                    }
                }
                continue;
            };
            let take = usize::try_from(section.left)
                .unwrap_or(usize::MAX)
                .min(bytes.len());
            let (now, rest) = bytes.split_at(take);
            bytes = rest;
            section.left -= take as u64;
            match &mut section.data {
                // A section that arrives whole in one piece is decoded where it lies.
                Some(data) if data.is_empty() && section.left == 0 => {
                    self.close_section(Cow::Borrowed(now))?
                }
                Some(data) => {
                    if data.is_empty() {
                        // Room for the whole section up front, within reason: a length is
                        // not trusted before the checksum, so a large one grows as it arrives.
                        let whole = (take as u64).saturating_add(section.left);
                        data.reserve_exact(whole.min(RESERVE_AT_MOST) as usize);
                    }
                    data.extend_from_slice(now);
                    if section.left == 0 {
                        let data = std::mem::take(data);
                        self.close_section(Cow::Owned(data))?;
                    }
                }
                None if section.left == 0 => self.close_section(Cow::Borrowed(&[]))?,
                None => {}
            }
        }
        Ok(())
    }

    fn open_section(&mut self, kind: u8, left: u64) -> Result<()> {
        let header = self.header.expect("sections come after the header");
        if left > header.len {
            return Err(Error::Corrupt("a section is longer than the bundle".into()));
        }
        if self.head.is_none() && kind != STORY {
            return Err(Error::Corrupt("the story does not come first".into()));
        }
        let keep = match kind {
            STORY | ARTICLE => true,
            CLAIMS | STATEMENTS => self.parts.claims,
            INDEX_FILE => self.parts.index,
            other => return Err(Error::Corrupt(format!("unknown section kind {other}"))),
        };
        self.section = Some(Section {
            kind,
            left,
            data: keep.then(Vec::new),
        });
        Ok(())
    }

    /// Decodes the section just completed, whose bytes are `data` (empty when not kept).
    fn close_section(&mut self, data: Cow<'_, [u8]>) -> Result<()> {
        let Some(section) = self.section.take() else {
            return Ok(());
        };
        let corrupt =
            |what: &str, e: postcard::Error| Error::Corrupt(format!("reading {what}: {e}"));
        match section.kind {
            STORY => {
                if self.head.is_some() {
                    return Err(Error::Corrupt("the story is in the bundle twice".into()));
                }
                let head: Head =
                    postcard::from_bytes(&data).map_err(|e| corrupt("the story", e))?;
                self.head = Some(Head {
                    story: head.story,
                    latin: Cow::Owned(head.latin.into_owned()),
                    entities: Cow::Owned(head.entities.into_owned()),
                    ..head
                });
            }
            ARTICLE => {
                let expected = self.head.as_ref().map_or(0, |h| h.articles);
                if self.articles.len() as u64 >= expected {
                    return Err(Error::Corrupt("more articles than the story counts".into()));
                }
                let mut article: Article =
                    postcard::from_bytes(&data).map_err(|e| corrupt("an article", e))?;
                if self.parts.span_texts {
                    restore_spans(&mut article)?;
                } else {
                    check_spans(&article)?;
                }
                if let Some(shape) = &mut self.shape {
                    shape(&mut article);
                }
                self.articles.push(article);
            }
            CLAIMS if self.parts.claims => {
                let expected = self.head.as_ref().map_or(0, |h| h.claims);
                append_batch(&mut self.claims, &data, expected, "claims")?;
            }
            STATEMENTS if self.parts.claims => {
                let expected = self.head.as_ref().map_or(0, |h| h.statements);
                append_batch(&mut self.statements, &data, expected, "statements")?;
            }
            INDEX_FILE if self.parts.index => {
                let name_len = data
                    .get(..2)
                    .map(|b| u16::from_le_bytes([b[0], b[1]]) as usize)
                    .ok_or_else(|| Error::Corrupt("an index file has no name".into()))?;
                let name = data
                    .get(2..2 + name_len)
                    .and_then(|b| std::str::from_utf8(b).ok())
                    .ok_or_else(|| Error::Corrupt("an index file name is not UTF-8".into()))?
                    .to_string();
                let listed = self.head.as_ref().and_then(|h| {
                    h.index
                        .iter()
                        .find(|(n, ..)| *n == name)
                        .map(|&(_, len, crc)| (len, crc))
                });
                let contents = &data[2 + name_len..];
                if listed != Some((contents.len() as u64, crc32fast::hash(contents))) {
                    return Err(Error::Corrupt(format!(
                        "the index file {name} is not the one the story lists"
                    )));
                }
                if self.index_files.iter().any(|(n, _)| *n == name) {
                    return Err(Error::Corrupt(format!("{name} is in the bundle twice")));
                }
                // The file's bytes, without a copy when the section was gathered here.
                let bytes = match data {
                    Cow::Owned(mut data) => {
                        data.drain(..2 + name_len);
                        data
                    }
                    Cow::Borrowed(data) => data[2 + name_len..].to_vec(),
                };
                self.index_files.push((name, bytes));
            }
            _ => {}
        }
        Ok(())
    }

    /// Checks that the whole bundle arrived intact and hands over what was kept.
    pub fn finish(self) -> Result<Bundle> {
        let header = match self.header {
            Some(header) => header,
            None => read_header(&self.start)?,
        };
        if self.received != header.len {
            return Err(header.truncated(self.received));
        }
        if self.crc.finalize() != header.crc {
            return Err(Error::Checksum);
        }
        if let Some(fault) = self.fault {
            return Err(fault);
        }
        if self.section.is_some() || !self.frame.is_empty() {
            return Err(Error::Corrupt("the last section is cut short".into()));
        }
        let Some(head) = self.head else {
            return Err(Error::Corrupt("the bundle holds no story".into()));
        };
        let mut counts = vec![("articles", head.articles, self.articles.len())];
        if self.parts.index {
            counts.push((
                "index files",
                head.index.len() as u64,
                self.index_files.len(),
            ));
        }
        if self.parts.claims {
            counts.push(("claims", head.claims, self.claims.len()));
            counts.push(("statements", head.statements, self.statements.len()));
        }
        for (what, expected, found) in counts {
            if found as u64 != expected {
                return Err(Error::Corrupt(format!(
                    "the story counts {expected} {what} but the bundle holds {found}"
                )));
            }
        }
        Ok(Bundle {
            story: head.story,
            analysis: Analysis {
                articles: self.articles,
                entities: head.entities.into_owned(),
                claims: self.claims,
                statements: self.statements,
            },
            index_files: self.index_files,
            latin: head.latin.into_owned(),
        })
    }
}

/// Decodes a section of claims or statements onto those before it, never past the `expected`
/// count the story gives.
fn append_batch<T: serde::de::DeserializeOwned>(
    into: &mut Vec<T>,
    data: &[u8],
    expected: u64,
    what: &str,
) -> Result<()> {
    let batch: Vec<T> =
        postcard::from_bytes(data).map_err(|e| Error::Corrupt(format!("reading {what}: {e}")))?;
    if (into.len() + batch.len()) as u64 > expected {
        return Err(Error::Corrupt(format!("more {what} than the story counts")));
    }
    into.extend(batch);
    Ok(())
}

/// Fills in the texts `encode` left out, from the article text and each span.
fn restore_spans(article: &mut Article) -> Result<()> {
    let chars: Vec<char> = article.text.chars().collect();
    let slice = |start: usize, end: usize| -> Result<String> {
        chars
            .get(start..end)
            .map(|c| c.iter().collect())
            .ok_or_else(|| outside(start, end))
    };
    for quote in &mut article.quotes {
        quote.text = slice(quote.start, quote.end)?;
        if let Some(m) = &mut quote.mention {
            m.text = slice(m.start, m.end)?;
        }
    }
    for figure in &mut article.figures {
        figure.text = slice(figure.start, figure.end)?;
    }
    Ok(())
}

/// Checks, without restoring them, that the spans whose texts were left out lie in the text.
fn check_spans(article: &Article) -> Result<()> {
    let chars = article.text.chars().count();
    let spans = article.quotes.iter().flat_map(|q| {
        std::iter::once((q.start, q.end)).chain(q.mention.as_ref().map(|m| (m.start, m.end)))
    });
    for (start, end) in spans.chain(article.figures.iter().map(|f| (f.start, f.end))) {
        if start > end || end > chars {
            return Err(outside(start, end));
        }
    }
    Ok(())
}

fn outside(start: usize, end: usize) -> Error {
    Error::Corrupt(format!("a span ({start}..{end}) lies outside its article"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        encode(&Bundle {
            story: None,
            analysis: Analysis::default(),
            index_files: vec![("b".into(), vec![1, 2, 3]), ("a".into(), vec![])],
            latin: vec![('ł', "l".into())],
        })
    }

    /// A bundle of a real analysis: two articles with quotes, a speaker and figures.
    fn story() -> Bundle {
        use claimlens_core::{analyze, ArticleInput};
        let article = |id: &str, outlet: &str, text: &str| ArticleInput {
            id: id.into(),
            outlet: Some(outlet.into()),
            text: text.into(),
            ..Default::default()
        };
        let analysis = analyze(&[
            article(
                "a",
                "Ledger",
                "Mayor Ana Duarte said 48 people were rescued.\n\n“We are ready,” Duarte said.",
            ),
            article(
                "b",
                "Courier",
                "Officials said 52 people were rescued. “We are ready,” the mayor said.",
            ),
        ]);
        assert!(!analysis.articles[0].quotes.is_empty() && !analysis.claims.is_empty());
        Bundle {
            story: Some("Floods".into()),
            analysis,
            index_files: vec![
                ("a.idx".into(), vec![7; 300]),
                ("meta.json".into(), b"{}".to_vec()),
            ],
            latin: vec![('ł', "l".into())],
        }
    }

    fn in_pieces(bytes: &[u8], size: usize, parts: Parts) -> Result<Bundle> {
        let mut decoder = Decoder::new(parts);
        for piece in bytes.chunks(size) {
            decoder.push(piece)?;
        }
        decoder.finish()
    }

    #[test]
    fn pieces_of_any_size_decode_like_the_whole() {
        let mut bundle = story();
        // More claims and statements than one section holds.
        let (claim, statement) = (
            bundle.analysis.claims[0].clone(),
            bundle.analysis.statements[0].clone(),
        );
        bundle.analysis.claims.resize(BATCH * 2 + 3, claim);
        bundle.analysis.statements.resize(BATCH + 1, statement);
        let bytes = encode(&bundle);
        assert_eq!(decode(&bytes).unwrap(), bundle);
        for size in [1, 2, 5, 9, 23, 24, 25, 64, 333, bytes.len()] {
            assert_eq!(
                in_pieces(&bytes, size, Parts::ALL).unwrap(),
                bundle,
                "pieces of {size}"
            );
        }
    }

    #[test]
    fn parts_not_asked_for_are_checked_but_not_kept() {
        let bundle = story();
        let bytes = encode(&bundle);
        let views = in_pieces(&bytes, 50, Parts::VIEWS).unwrap();
        assert!(views.index_files.is_empty());
        assert_eq!(views.analysis.claims, bundle.analysis.claims);
        let quote = &views.analysis.articles[0].quotes[0];
        assert!(quote.text.is_empty() && quote.end > quote.start);
        assert_eq!(
            views.analysis.articles[0].text,
            bundle.analysis.articles[0].text
        );
        let search = in_pieces(&bytes, 50, Parts::SEARCH).unwrap();
        assert_eq!(search.index_files, bundle.index_files);
        assert!(search.analysis.claims.is_empty() && search.analysis.statements.is_empty());
        assert_eq!(search.analysis.entities, bundle.analysis.entities);
        // Damage in a part left out still fails the checksum.
        let mut damaged = bytes.clone();
        let last = damaged.len() - 1;
        damaged[last] ^= 1;
        assert_eq!(in_pieces(&damaged, 50, Parts::VIEWS), Err(Error::Checksum));
    }

    #[test]
    fn damage_inside_a_section_reads_as_damage_not_as_a_parse_error() {
        let bytes = encode(&story());
        // A byte inside the first article: decoding it fails (or reads nonsense) before the
        // checksum is known; the error says the bundle is damaged.
        let mut damaged = bytes.clone();
        let at = HEADER_LEN + 200;
        damaged[at] = 0xff;
        assert_eq!(in_pieces(&damaged, 16, Parts::ALL), Err(Error::Checksum));
        assert_eq!(decode(&damaged), Err(Error::Checksum));
        // Written wrong (the checksum matches what was written): the error says what is wrong.
        let framed = damaged[HEADER_LEN..].to_vec();
        let mut rewritten = bytes[..HEADER_LEN].to_vec();
        rewritten[12..16].copy_from_slice(&crc32fast::hash(&framed).to_le_bytes());
        rewritten.extend_from_slice(&framed);
        assert!(
            matches!(decode(&rewritten), Err(Error::Corrupt(_))),
            "{:?}",
            decode(&rewritten)
        );
    }

    #[test]
    fn an_index_file_under_another_file_s_name_is_damage() {
        let mut bundle = story();
        bundle.index_files = vec![("a.idx".into(), vec![1; 40]), ("b.idx".into(), vec![2; 40])];
        let bytes = encode(&bundle);
        assert_eq!(decode(&bytes).unwrap(), bundle);
        // Swap the two files' names where the files are (their last mention), and make the
        // checksum right again: each file is intact, but not the file its name says.
        let last = |name: &[u8]| bytes.windows(name.len()).rposition(|w| w == name).unwrap();
        let mut swapped = bytes.clone();
        let (a, b) = (last(b"a.idx"), last(b"b.idx"));
        swapped[a..a + 5].copy_from_slice(b"b.idx");
        swapped[b..b + 5].copy_from_slice(b"a.idx");
        let crc = crc32fast::hash(&swapped[HEADER_LEN..]);
        swapped[12..16].copy_from_slice(&crc.to_le_bytes());
        let error = decode(&swapped).unwrap_err();
        assert!(
            error.to_string().contains("not the one the story lists"),
            "{error}"
        );
        // The page, which keeps no index, has no need to look.
        assert!(in_pieces(&swapped, 64, Parts::VIEWS).is_ok());
    }

    #[test]
    fn a_stream_longer_than_its_header_says_stops_at_once() {
        let mut bytes = encode(&story());
        bytes.push(0);
        let mut decoder = Decoder::new(Parts::ALL);
        let (first, rest) = bytes.split_at(100);
        decoder.push(first).unwrap();
        assert_eq!(decoder.expected_len(), Some(bytes.len() as u64 - 1));
        assert!(matches!(decoder.push(rest), Err(Error::Truncated { .. })));
    }

    #[test]
    fn round_trip_and_deterministic_file_order() {
        let bytes = sample();
        let back = decode(&bytes).unwrap();
        assert_eq!(
            back.index_files
                .iter()
                .map(|f| f.0.as_str())
                .collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(encode(&back), bytes);
    }

    #[test]
    fn damaged_bundles_name_the_problem() {
        let bytes = sample();
        assert_eq!(decode(&[]), Err(Error::Empty));
        assert_eq!(
            decode(b"<!DOCTYPE html><html><body>Not found</body></html>"),
            Err(Error::Html)
        );
        assert_eq!(decode(b"PK\x03\x04 some zip"), Err(Error::NotABundle));
        assert!(matches!(
            decode(&bytes[..bytes.len() - 1]),
            Err(Error::Truncated { .. })
        ));
        // The header alone says how long the whole must be: the browser refuses a bundle too
        // large to open from its first bytes (web/src/hooks/use_story_loader.rs).
        let mut decoder = Decoder::new(Parts::ALL);
        decoder.push(&bytes[..HEADER_LEN]).unwrap();
        assert_eq!(decoder.expected_len(), Some(bytes.len() as u64));
        assert_eq!(
            decoder.finish(),
            Err(Error::Truncated {
                expected: bytes.len() as u64,
                found: HEADER_LEN as u64
            })
        );
        let mut corrupt = bytes.clone();
        let last = corrupt.len() - 1;
        corrupt[last] ^= 0xff;
        assert_eq!(decode(&corrupt), Err(Error::Checksum));
        let mut other = bytes.clone();
        other[8..12].copy_from_slice(&99u32.to_le_bytes());
        assert_eq!(
            decode(&other),
            Err(Error::UnsupportedVersion {
                found: 99,
                supported: FORMAT_VERSION
            })
        );
        assert!(Error::UnsupportedVersion {
            found: 99,
            supported: 1
        }
        .to_string()
        .contains("version 99"));
    }
}
