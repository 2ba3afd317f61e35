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

use std::path::Path;

use claimlens_core::ArticleInput;

use crate::front_matter::{self, FrontMatter, Split};
use crate::manifest;
use crate::{dates, html, json_input, outlet, plaintext};

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
        Kind::of_name(path.file_name()?.to_str()?)
    }

    /// The kind of file a file name (or a `/`-separated path) names, judged by its extension
    /// (any case), as [`Kind::of`] judges a path.
    pub fn of_name(name: &str) -> Option<Kind> {
        let file_name = name.rsplit('/').next().unwrap_or(name);
        // As `Path::extension`: a leading dot starts a hidden file's name, not an extension.
        let (stem, ext) = file_name.rsplit_once('.')?;
        if stem.is_empty() {
            return None;
        }
        match ext.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Kind::Markdown),
            "txt" => Some(Kind::PlainText),
            "html" | "htm" => Some(Kind::Html),
            "json" => Some(Kind::Json),
            "jsonl" | "ndjson" => Some(Kind::JsonLines),
            _ => None,
        }
    }
}

/// Why a file, or one article of a file, could not be analysed: the crate's one error type.
/// Messages are written for a person and name what to do where there is something to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SkipReason {
    #[error("empty file")]
    Empty,
    /// Only whitespace, or only front matter.
    #[error("no article text (only whitespace or front matter)")]
    NoText,
    #[error("binary file (contains NUL bytes)")]
    Binary,
    #[error("UTF-16 text; save it as UTF-8")]
    Utf16,
    #[error("not valid UTF-8 (first bad byte at offset {offset}); save it as UTF-8")]
    InvalidUtf8 { offset: usize },
    /// Reading the file failed; the message is the operating system's (or the browser's).
    #[error("cannot read it: {0}")]
    Unreadable(String),
    /// A file name whose extension is none of [`Kind::EXTENSIONS`].
    #[error("not an article file: claimlens reads {extensions} files", extensions = Kind::EXTENSIONS)]
    Unsupported,
    /// The manifest (`claimlens.toml`) given where an article was expected.
    #[error("a manifest, not an article: it describes the articles beside it")]
    Manifest,
    /// A manifest that cannot be parsed; the message says where (`line 3: unknown field ...`).
    #[error("{0}")]
    BadManifest(String),
    /// An HTML page with nothing left once the boilerplate is gone.
    #[error("no article text in the page (nothing is left once navigation, scripts and other boilerplate are removed)")]
    NoPageText,
    /// serde_json's message, with its position.
    #[error("not valid JSON: {0}")]
    InvalidJson(String),
    /// A JSON value that should be an article object; says what it is instead.
    #[error("not an article: expected a JSON object, found {0}")]
    NotAnObject(&'static str),
    /// A JSON file or JSON Lines file with no objects at all.
    #[error("no articles: the file holds none")]
    NoArticles,
    /// A JSON object without any of the text keys.
    #[error(
        "no article text: the object has no `text` field (nor `body`, `content` or `articleBody`)"
    )]
    NoTextField,
    /// A JSON object whose text key holds something other than a string.
    #[error("no article text: `{key}` is {found}, not a string")]
    BadTextField {
        key: &'static str,
        found: &'static str,
    },
    /// One article of a multi-article file, by its place (`line 3`, `item 2`).
    #[error("{place}: {reason}")]
    Entry {
        place: String,
        reason: Box<SkipReason>,
    },
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
    // A saved page that names no outlet and no URL may be named after its site; a feed's
    // name is not its articles' outlet.
    let one_article = matches!(kind, Kind::Html | Kind::Markdown | Kind::PlainText);
    for doc in outcomes.iter_mut().flatten() {
        doc.input.title = doc
            .input
            .title
            .take()
            .map(|title| shorten(&title, MAX_TITLE_CHARS));
        let input = &mut doc.input;
        if one_article && input.outlet.is_none() && input.url.is_none() {
            input.outlet = outlet::from_file_name(&input.id);
        }
    }
    outcomes
}

/// Reads a file known only by its name and bytes (a file dropped into a page): the kind comes
/// from the name's extension, and the name is the article's id and path. A name of a kind
/// claimlens does not read, or the manifest's name, is one skip reason.
pub fn read_named(name: &str, bytes: Vec<u8>) -> Vec<Result<Document, SkipReason>> {
    let file_name = name.rsplit('/').next().unwrap_or(name);
    if file_name == manifest::FILE_NAME {
        return vec![Err(SkipReason::Manifest)];
    }
    let Some(kind) = Kind::of_name(name) else {
        return vec![Err(SkipReason::Unsupported)];
    };
    parse_file(name.to_owned(), Some(name.to_owned()), kind, bytes)
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
    fn a_saved_page_with_no_outlet_is_named_after_the_site_in_its_file_name() {
        let name = "Dam gives way - Lakeside Herald.txt";
        let doc = &read_named(name, b"Dam gives way\n\nThe dam held.".to_vec())[0];
        let input = &doc.as_ref().unwrap().input;
        assert_eq!(input.outlet.as_deref(), Some("Lakeside Herald"));
        // What the file says comes first: its own outlet, or a URL that names its site.
        let outlets = |bytes: &[u8]| {
            read_named("Dam gives way - Lakeside Herald.md", bytes.to_vec())[0]
                .as_ref()
                .unwrap()
                .input
                .outlet
                .clone()
        };
        assert_eq!(
            outlets(b"---\noutlet: Valley Post\n---\nText.").as_deref(),
            Some("Valley Post")
        );
        assert_eq!(
            outlets(b"---\nurl: https://example.org/dam\n---\nText."),
            None
        );
        // A feed's name is not its articles' outlet.
        let feed = read_named(
            "Dam stories - Lakeside Herald.jsonl",
            b"{\"text\": \"T.\"}".to_vec(),
        );
        assert_eq!(feed[0].as_ref().unwrap().input.outlet, None);
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
    fn kinds_come_from_the_extension_of_a_name_or_a_path() {
        for name in ["a.md", "dir/b.HTML", "c.d.jsonl", "x.ndjson", "notes.Txt"] {
            assert_eq!(Kind::of_name(name), Kind::of(Path::new(name)), "{name}");
            assert!(Kind::of_name(name).is_some(), "{name}");
        }
        for name in [".md", "dir/.txt", "README", "a.toml", "a.md/", ""] {
            assert_eq!(Kind::of_name(name), None, "{name}");
        }
    }

    #[test]
    fn named_files_are_read_by_their_extension_or_skipped() {
        let doc = read_named("notes/a.md", b"# Title\n\nText.".to_vec());
        let doc = doc.into_iter().next().unwrap().unwrap();
        assert_eq!(doc.input.id, "notes/a.md");
        assert_eq!(doc.input.title.as_deref(), Some("Title"));
        assert_eq!(
            read_named("photo.jpg", vec![0xFF, 0xD8]),
            [Err(SkipReason::Unsupported)]
        );
        assert_eq!(
            read_named("claimlens.toml", b"story = \"x\"".to_vec()),
            [Err(SkipReason::Manifest)]
        );
        assert_eq!(
            read_named("a.txt", b"\x00\x01".to_vec()),
            [Err(SkipReason::Binary)]
        );
    }

    #[test]
    fn shorten_counts_chars_not_bytes() {
        assert_eq!(shorten("ééé", 3), "ééé");
        assert_eq!(shorten("éééé", 3), "éé…");
        assert_eq!(shorten("one two three four", 12), "one two…");
    }
}
