//! Turns the bytes of one article file into [`ArticleInput`]s, or says why it cannot.
//!
//! Decisions made here, documented in `docs/json.md`:
//! - Text must be UTF-8 (a leading byte order mark is dropped). Invalid UTF-8 is skipped, not
//!   decoded lossily: replacement characters inside names and numbers would silently change
//!   who is matched with whom, and the fix (`iconv -f latin1 -t utf-8`) is the user's to make.
//! - A NUL byte marks a binary file; a UTF-16 byte order mark gets its own message.
//! - Line endings are normalised to `\n`, so `\r\n` files analyse like any other.
//! - Most kinds hold one article; `.json` arrays and `.jsonl` files hold one per object, and a
//!   bad object is skipped on its own ([`json_input`]).
//! - Dates are written `YYYY-MM-DD` whenever they can be read completely ([`dates`]).

use std::fmt;
use std::path::Path;

use claimlens_core::ArticleInput;

use crate::front_matter::{self, FrontMatter, Split};
use crate::{dates, html, json_input, plaintext};

/// Titles longer than this (a `.txt` file with no headline) are cut at a word boundary.
const MAX_TITLE_CHARS: usize = 200;

/// The kinds of file claimlens reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `.md`, `.markdown`: optional front matter; the title comes from it or from a leading
    /// `# heading`.
    Markdown,
    /// `.txt`: the first non-empty line is the title; a byline, a date line and a wire dateline
    /// at the top fill the other fields ([`plaintext`]).
    PlainText,
    /// `.html`, `.htm`: a saved news page; its article is extracted ([`html`]).
    Html,
    /// `.json`: one article object, or an array of them.
    Json,
    /// `.jsonl`, `.ndjson`: one article object per line.
    JsonLines,
}

impl Kind {
    /// The file name extensions read, for messages.
    pub const EXTENSIONS: &'static str = ".md, .txt, .html, .htm, .json, .jsonl";

    /// The kind of file a path names, judged by its extension (any case).
    pub fn of(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(Kind::Markdown),
            "txt" => Some(Kind::PlainText),
            "html" | "htm" => Some(Kind::Html),
            "json" => Some(Kind::Json),
            "jsonl" | "ndjson" => Some(Kind::JsonLines),
            _ => None,
        }
    }
}

/// Why a file, or one article of a file, could not be analysed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    Empty,
    /// Only whitespace, or only front matter.
    NoText,
    Binary,
    Utf16,
    InvalidUtf8 {
        offset: usize,
    },
    /// Reading the file failed; the message is the operating system's.
    Unreadable(String),
    /// An HTML page with nothing left once the boilerplate is gone.
    NoPageText,
    /// serde_json's message, with its position.
    InvalidJson(String),
    /// A JSON value that should be an article object; says what it is instead.
    NotAnObject(&'static str),
    /// A JSON file or JSON Lines file with no objects at all.
    NoArticles,
    /// A JSON object without any of the text keys.
    NoTextField,
    /// A JSON object whose text key holds something other than a string.
    BadTextField {
        key: &'static str,
        found: &'static str,
    },
    /// One article of a multi-article file, by its place (`line 3`, `item 2`).
    Entry {
        place: String,
        reason: Box<SkipReason>,
    },
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::Empty => f.write_str("empty file"),
            SkipReason::NoText => f.write_str("no article text (only whitespace or front matter)"),
            SkipReason::Binary => f.write_str("binary file (contains NUL bytes)"),
            SkipReason::Utf16 => f.write_str("UTF-16 text; save it as UTF-8"),
            SkipReason::InvalidUtf8 { offset } => {
                write!(
                    f,
                    "not valid UTF-8 (first bad byte at offset {offset}); save it as UTF-8"
                )
            }
            SkipReason::Unreadable(message) => write!(f, "cannot read it: {message}"),
            SkipReason::NoPageText => f.write_str(
                "no article text in the page (nothing is left once navigation, scripts and other boilerplate are removed)",
            ),
            SkipReason::InvalidJson(message) => write!(f, "not valid JSON: {message}"),
            SkipReason::NotAnObject(found) => {
                write!(f, "not an article: expected a JSON object, found {found}")
            }
            SkipReason::NoArticles => f.write_str("no articles: the file holds none"),
            SkipReason::NoTextField => f.write_str(
                "no article text: the object has no `text` field (nor `body`, `content` or `articleBody`)",
            ),
            SkipReason::BadTextField { key, found } => {
                write!(f, "no article text: `{key}` is {found}, not a string")
            }
            SkipReason::Entry { place, reason } => write!(f, "{place}: {reason}"),
        }
    }
}

/// An article ready for analysis, with anything odd noticed on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub input: ArticleInput,
    pub warnings: Vec<String>,
}

/// Reads one file into its articles, or the reasons they cannot be read: one outcome for most
/// kinds, one per object for JSON arrays and JSON Lines. `id` and `path` are the file's; the
/// articles of a multi-article file get ids `id#N` (see [`json_input`]).
pub fn parse_file(
    id: String,
    path: Option<String>,
    kind: Kind,
    bytes: Vec<u8>,
) -> Vec<Result<Document, SkipReason>> {
    let text = match decode(bytes) {
        Ok(text) => text,
        Err(reason) => return vec![Err(reason)],
    };
    let mut outcomes = match kind {
        Kind::Json => json_input::read_json(&id, path.as_deref(), &text),
        Kind::JsonLines => json_input::read_json_lines(&id, path.as_deref(), &text),
        Kind::Html => vec![parse_html(id, path, &text)],
        Kind::Markdown | Kind::PlainText => vec![parse_text(id, path, kind, text)],
    };
    for doc in outcomes.iter_mut().flatten() {
        doc.input.title = doc
            .input
            .title
            .take()
            .map(|title| shorten(&title, MAX_TITLE_CHARS));
    }
    outcomes
}

/// Reads a file that holds one article. For a multi-article kind (`.json`, `.jsonl`) this is
/// the first of its outcomes; use [`parse_file`] to get them all.
pub fn parse(
    id: String,
    path: Option<String>,
    kind: Kind,
    bytes: Vec<u8>,
) -> Result<Document, SkipReason> {
    parse_file(id, path, kind, bytes)
        .into_iter()
        .next()
        .unwrap_or(Err(SkipReason::NoArticles))
}

fn parse_html(id: String, path: Option<String>, text: &str) -> Result<Document, SkipReason> {
    let page = html::read(text);
    if page.text.trim().is_empty() {
        return Err(SkipReason::NoPageText);
    }
    let input = ArticleInput {
        id,
        path,
        title: page.title,
        outlet: page.outlet,
        date: page.date,
        url: page.url,
        author: page.author,
        text: page.text,
    };
    Ok(Document {
        input,
        warnings: page.warnings,
    })
}

fn parse_text(
    id: String,
    path: Option<String>,
    kind: Kind,
    text: String,
) -> Result<Document, SkipReason> {
    let mut warnings = Vec::new();
    let (front_matter, mut text) = match kind {
        Kind::Markdown => match front_matter::split(&text) {
            Split::Found { front_matter, body } => (front_matter, without_prefix(text, body)),
            Split::Unclosed => {
                warnings.push("front matter opened with `---` is never closed; reading the whole file as text".to_owned());
                (FrontMatter::default(), text)
            }
            Split::None => (FrontMatter::default(), text),
        },
        _ => (FrontMatter::default(), text),
    };
    // Blank lines between the front matter and the text carry nothing.
    let leading = text.len() - text.trim_start_matches('\n').len();
    text = without_prefix(text, leading);
    if text.trim().is_empty() {
        return Err(SkipReason::NoText);
    }
    let header = match kind {
        Kind::PlainText => plaintext::header(&text),
        _ => plaintext::Header {
            title: markdown_title(&text),
            ..plaintext::Header::default()
        },
    };
    let input = ArticleInput {
        id,
        path,
        title: front_matter.title.or(header.title),
        outlet: front_matter.outlet.or(header.outlet),
        date: front_matter
            .date
            .and_then(|date| dates::normalise(&date))
            .or(header.date),
        url: front_matter.url,
        author: front_matter.author.or(header.author),
        text,
    };
    Ok(Document { input, warnings })
}

/// Checks the encoding and returns the text with `\n` line endings; takes the bytes by value so
/// that a large file is not copied.
fn decode(mut bytes: Vec<u8>) -> Result<String, SkipReason> {
    if bytes.is_empty() {
        return Err(SkipReason::Empty);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(SkipReason::Utf16);
    }
    if bytes.contains(&0) {
        return Err(SkipReason::Binary);
    }
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes).map_err(|err| SkipReason::InvalidUtf8 {
        offset: err.utf8_error().valid_up_to(),
    })?;
    if text.contains('\r') {
        Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Ok(text)
    }
}

/// Drops the first `len` bytes of `text` in place.
fn without_prefix(mut text: String, len: usize) -> String {
    text.drain(..len);
    text
}

/// A leading `# heading` (ATX style, with or without closing `#`s).
fn markdown_title(text: &str) -> Option<String> {
    let first = text.lines().map(str::trim).find(|line| !line.is_empty())?;
    let heading = first.strip_prefix('#')?.trim_start_matches('#');
    if !heading.is_empty() && !heading.starts_with(' ') {
        return None;
    }
    let title = heading.trim().trim_end_matches('#').trim();
    (!title.is_empty()).then(|| title.to_owned())
}

/// Cuts `text` to at most `max` chars, at a word boundary when there is one, adding `…`.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(kind: Kind, text: &str) -> Result<Document, SkipReason> {
        parse("a".into(), None, kind, text.as_bytes().to_vec())
    }

    #[test]
    fn markdown_front_matter_fills_the_metadata_and_leaves_the_text() {
        let doc = parse_str(
            Kind::Markdown,
            "---\ntitle: T\noutlet: O\n---\n\n“Hi,” she said.\n",
        )
        .unwrap();
        assert_eq!(doc.input.title.as_deref(), Some("T"));
        assert_eq!(doc.input.outlet.as_deref(), Some("O"));
        assert_eq!(doc.input.text, "“Hi,” she said.\n");
        assert!(doc.warnings.is_empty());
    }

    #[test]
    fn markdown_without_front_matter_takes_its_heading_as_title() {
        let doc = parse_str(Kind::Markdown, "# Bridge reopens #\n\nText.").unwrap();
        assert_eq!(doc.input.title.as_deref(), Some("Bridge reopens"));
        assert_eq!(doc.input.text, "# Bridge reopens #\n\nText.");
        let doc = parse_str(Kind::Markdown, "#hashtag first\n\nText.").unwrap();
        assert_eq!(doc.input.title, None);
    }

    #[test]
    fn unclosed_front_matter_is_text_with_a_warning() {
        let doc = parse_str(Kind::Markdown, "---\nSome text").unwrap();
        assert_eq!(doc.input.text, "---\nSome text");
        assert_eq!(doc.warnings.len(), 1);
    }

    #[test]
    fn plain_text_title_is_the_first_non_empty_line() {
        let doc = parse_str(Kind::PlainText, "\r\n  Headline here \r\nBody\r\n").unwrap();
        assert_eq!(doc.input.title.as_deref(), Some("Headline here"));
        assert_eq!(doc.input.text, "  Headline here \nBody\n");
        // A .txt file is not searched for front matter.
        let doc = parse_str(Kind::PlainText, "---\ntitle: x\n---\nBody").unwrap();
        assert_eq!(doc.input.title.as_deref(), Some("---"));
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let line = "word ".repeat(100);
        let doc = parse_str(Kind::PlainText, &line).unwrap();
        let title = doc.input.title.unwrap();
        assert!(title.chars().count() <= MAX_TITLE_CHARS, "{title}");
        assert!(title.ends_with("word…"), "{title}");
    }

    #[test]
    fn bad_files_are_skipped_with_a_reason() {
        let skip = |kind, bytes: &[u8]| parse("a".into(), None, kind, bytes.to_vec()).unwrap_err();
        assert_eq!(skip(Kind::PlainText, b""), SkipReason::Empty);
        assert_eq!(skip(Kind::PlainText, b" \n\t\n"), SkipReason::NoText);
        assert_eq!(
            skip(Kind::Markdown, b"---\ntitle: x\n---\n\n"),
            SkipReason::NoText
        );
        assert_eq!(skip(Kind::PlainText, b"abc\0def"), SkipReason::Binary);
        assert_eq!(skip(Kind::PlainText, b"\xFF\xFEa\0"), SkipReason::Utf16);
        assert_eq!(
            skip(Kind::PlainText, b"caf\xE9 au lait"),
            SkipReason::InvalidUtf8 { offset: 3 }
        );
    }

    #[test]
    fn a_utf8_byte_order_mark_is_dropped() {
        let doc = parse(
            "a".into(),
            None,
            Kind::Markdown,
            b"\xEF\xBB\xBF---\ntitle: T\n---\nx".to_vec(),
        )
        .unwrap();
        assert_eq!(doc.input.title.as_deref(), Some("T"));
        assert_eq!(doc.input.text, "x");
    }

    #[test]
    fn shorten_counts_chars_not_bytes() {
        assert_eq!(shorten("ééé", 3), "ééé");
        assert_eq!(shorten("éééé", 3), "éé…");
        assert_eq!(shorten("one two three four", 12), "one two…");
    }
}
