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
//! 24     contents: u64 length + the story (title and analysis, article texts included) in
//!        postcard, then u32 file count and, per index file, u16 name length, name, u64 length,
//!        bytes
//! ```
//!
//! The analysis is postcard (serde's compact binary encoding: varints, no field names), outside
//! tantivy's lz4-compressed store, so that HTTP compression (brotli, gzip) works on the article
//! text. Quote, mention and figure texts are not stored: they are spans of the article text.
//!
//! ```
//! use claimlens_bundle::{Bundle, decode, encode};
//! let bundle = Bundle { story: Some("A story".into()), index_files: vec![("meta.json".into(), b"{}".to_vec())], ..Default::default() };
//! let bytes = encode(&bundle);
//! assert_eq!(decode(&bytes).unwrap(), bundle);
//! assert!(decode(&bytes[..10]).is_err());
//! ```

use claimlens_core::Analysis;
use serde::{Deserialize, Serialize};

/// The first eight bytes of every bundle.
pub const MAGIC: [u8; 8] = *b"CLAIMLNS";
/// The bundle format this code writes and reads. Bump it on any change to the layout or to the
/// analysis schema.
pub const FORMAT_VERSION: u32 = 3;
/// The header's length: magic, version, CRC-32 and body length. `check` on the first
/// `HEADER_LEN` bytes alone already says how long the whole bundle must be (`Error::Truncated`).
pub const HEADER_LEN: usize = 24;

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

#[derive(Serialize, Deserialize)]
struct Story<'a> {
    story: Option<String>,
    analysis: std::borrow::Cow<'a, Analysis>,
    latin: std::borrow::Cow<'a, [(char, String)]>,
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
    let mut analysis = bundle.analysis.clone();
    strip_span_texts(&mut analysis);
    let story = Story {
        story: bundle.story.clone(),
        analysis: std::borrow::Cow::Owned(analysis),
        latin: std::borrow::Cow::Borrowed(&bundle.latin),
    };
    let story = postcard::to_allocvec(&story).expect("the analysis serializes with postcard");
    let mut body = Vec::with_capacity(
        story.len()
            + bundle
                .index_files
                .iter()
                .map(|f| f.1.len() + 64)
                .sum::<usize>()
            + 16,
    );
    body.extend_from_slice(&(story.len() as u64).to_le_bytes());
    body.extend_from_slice(&story);
    let mut files: Vec<&(String, Vec<u8>)> = bundle.index_files.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    body.extend_from_slice(&(files.len() as u32).to_le_bytes());
    for (name, data) in files {
        body.extend_from_slice(&(name.len() as u16).to_le_bytes());
        body.extend_from_slice(name.as_bytes());
        body.extend_from_slice(&(data.len() as u64).to_le_bytes());
        body.extend_from_slice(data);
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
}

/// Checks the header of `bytes` without reading the contents: magic, version, length and
/// checksum. Cheap enough to run before anything else.
pub fn check(bytes: &[u8]) -> Result<()> {
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
    let crc = u32::from_le_bytes(bytes[12..16].try_into().unwrap());
    let len = u64::from_le_bytes(bytes[16..24].try_into().unwrap());
    let found = (bytes.len() - HEADER_LEN) as u64;
    if found != len {
        return Err(Error::Truncated {
            expected: len.saturating_add(HEADER_LEN as u64),
            found: bytes.len() as u64,
        });
    }
    if crc32fast::hash(&bytes[HEADER_LEN..]) != crc {
        return Err(Error::Checksum);
    }
    Ok(())
}

/// Reads a bundle, checking everything before trusting any length inside it.
pub fn decode(bytes: &[u8]) -> Result<Bundle> {
    check(bytes)?;
    let mut r = Reader {
        bytes: &bytes[HEADER_LEN..],
        at: 0,
    };
    let story_len = r.u64()?;
    let story: Story = postcard::from_bytes(r.take(story_len)?)
        .map_err(|e| Error::Corrupt(format!("reading the analysis: {e}")))?;
    let count = r.u32()?;
    let mut index_files = Vec::new();
    for _ in 0..count {
        let name_len = r.u16()?;
        let name = std::str::from_utf8(r.take(name_len as u64)?)
            .map_err(|_| Error::Corrupt("an index file name is not UTF-8".into()))?
            .to_string();
        let len = r.u64()?;
        index_files.push((name, r.take(len)?.to_vec()));
    }
    if r.at != r.bytes.len() {
        return Err(Error::Corrupt("unexpected bytes after the index".into()));
    }
    let mut analysis = story.analysis.into_owned();
    restore_spans(&mut analysis)?;
    Ok(Bundle {
        story: story.story,
        analysis,
        index_files,
        latin: story.latin.into_owned(),
    })
}

/// Fills in the texts `encode` left out, from the article text and each span.
fn restore_spans(analysis: &mut Analysis) -> Result<()> {
    for article in &mut analysis.articles {
        let chars: Vec<char> = article.text.chars().collect();
        let slice = |start: usize, end: usize| -> Result<String> {
            chars
                .get(start..end)
                .map(|c| c.iter().collect())
                .ok_or_else(|| {
                    Error::Corrupt(format!("a span ({start}..{end}) lies outside its article"))
                })
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
    }
    Ok(())
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: u64) -> Result<&'a [u8]> {
        let n = usize::try_from(n)
            .map_err(|_| Error::Corrupt("a length does not fit in memory".into()))?;
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.bytes.len())
            .ok_or_else(|| Error::Corrupt("a length points past the end".into()))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().unwrap()))
    }

    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().unwrap()))
    }

    fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().unwrap()))
    }
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
        // large to open from its first bytes (web/src/browser/fetch.rs).
        assert_eq!(
            check(&bytes[..HEADER_LEN]),
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
