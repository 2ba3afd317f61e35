//! Front matter at the top of a Markdown article: a `---` line, `key: value` lines, a `---` line.
//!
//! Only the flat `key: value` subset of YAML that article metadata needs is read, so no YAML
//! library is pulled in: values may be bare or quoted (`"..."` with `\"` and `\\` escapes,
//! `'...'` with `''`), a `>` or `|` value takes the indented lines below it, and every other
//! line (comments, lists, nested keys, unknown keys) is ignored.

/// The article metadata a front matter block can give.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
}

/// What [`split`] found at the top of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Split {
    /// The text does not open with `---`.
    None,
    /// A complete block; the body starts at byte `body` of the text.
    Found {
        front_matter: FrontMatter,
        body: usize,
    },
    /// The text opens with `---` but no closing `---` line follows.
    Unclosed,
}

/// Finds and parses the front matter block at the very start of `text`.
pub fn split(text: &str) -> Split {
    let mut lines = Lines { text, pos: 0 };
    match lines.next() {
        Some(first) if is_fence(first, false) => {}
        _ => return Split::None,
    }
    let block_start = lines.pos;
    let block_end = loop {
        let line_start = lines.pos;
        match lines.next() {
            Some(line) if is_fence(line, true) => break line_start,
            Some(_) => {}
            None => return Split::Unclosed,
        }
    };
    let front_matter = parse_block(&text[block_start..block_end]);
    Split::Found {
        front_matter,
        body: lines.pos,
    }
}

/// Iterates over lines without their line ending, remembering where the next line starts.
struct Lines<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let (line, advance) = match rest.find('\n') {
            Some(end) => (&rest[..end], end + 1),
            None => (rest, rest.len()),
        };
        self.pos += advance;
        Some(line.strip_suffix('\r').unwrap_or(line))
    }
}

/// `---` opens and closes a block; YAML's document end marker `...` may also close it.
fn is_fence(line: &str, closing: bool) -> bool {
    let line = line.trim_end();
    line == "---" || (closing && line == "...")
}

fn parse_block(block: &str) -> FrontMatter {
    let mut front_matter = FrontMatter::default();
    let mut lines = block.lines().peekable();
    while let Some(line) = lines.next() {
        // Indented lines belong to the key above them (nested maps, lists); comments and blank
        // lines say nothing.
        if line.starts_with([' ', '\t']) || line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        let value = if is_block_indicator(value) {
            let mut parts = Vec::new();
            while let Some(next) = lines.peek() {
                if !(next.starts_with([' ', '\t']) || next.trim().is_empty()) {
                    break;
                }
                let part = next.trim();
                if !part.is_empty() {
                    parts.push(part);
                }
                lines.next();
            }
            parts.join(" ")
        } else {
            unquote(strip_comment(value))
        };
        let value = Some(value).filter(|value| !value.is_empty());
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => front_matter.title = value,
            "outlet" => front_matter.outlet = value,
            "date" => front_matter.date = value,
            "url" => front_matter.url = value,
            "author" => front_matter.author = value,
            _ => {}
        }
    }
    front_matter
}

/// YAML block scalar indicators: `|`, `>`, with optional chomping and indentation markers.
fn is_block_indicator(value: &str) -> bool {
    let mut chars = value.chars();
    matches!(chars.next(), Some('|' | '>')) && chars.all(|c| matches!(c, '+' | '-' | '0'..='9'))
}

/// Drops a ` # comment` after a bare value; a `#` inside a word (`page#top`) stays.
fn strip_comment(value: &str) -> &str {
    if value.starts_with(['"', '\'']) {
        return value;
    }
    match value.find(" #") {
        Some(at) => value[..at].trim_end(),
        None => value,
    }
}

fn unquote(value: &str) -> String {
    if let Some(inner) = value
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
    {
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => out.push('\\'),
                }
            } else {
                out.push(c);
            }
        }
        out
    } else if let Some(inner) = value
        .strip_prefix('\'')
        .and_then(|rest| rest.strip_suffix('\''))
    {
        inner.replace("''", "'")
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> (FrontMatter, &str) {
        match split(text) {
            Split::Found { front_matter, body } => (front_matter, &text[body..]),
            other => panic!("expected front matter in {text:?}, got {other:?}"),
        }
    }

    #[test]
    fn reads_known_keys_and_returns_the_body() {
        let text = "---\ntitle: Bridge reopens\nOutlet: The Ledger\ndate: 2025-09-11\nurl: https://example.com/a?b=c#d\nauthor: Ana Ruiz\ntags:\n  - roads\n---\nBody text.\n";
        let (front_matter, body) = found(text);
        assert_eq!(
            front_matter,
            FrontMatter {
                title: Some("Bridge reopens".into()),
                outlet: Some("The Ledger".into()),
                date: Some("2025-09-11".into()),
                url: Some("https://example.com/a?b=c#d".into()),
                author: Some("Ana Ruiz".into()),
            }
        );
        assert_eq!(body, "Body text.\n");
    }

    #[test]
    fn unquotes_values_and_strips_comments() {
        let text = "---\r\ntitle: \"Mayor: \\\"we will reopen\\\"\"\r\noutlet: 'Reuters'' wire'\r\ndate: 2025-09-11 # local time\r\n---\r\nBody";
        let (front_matter, body) = found(text);
        assert_eq!(
            front_matter.title.as_deref(),
            Some("Mayor: \"we will reopen\"")
        );
        assert_eq!(front_matter.outlet.as_deref(), Some("Reuters' wire"));
        assert_eq!(front_matter.date.as_deref(), Some("2025-09-11"));
        assert_eq!(body, "Body");
    }

    #[test]
    fn folds_block_scalars() {
        let (front_matter, body) =
            found("---\ntitle: >-\n  A long\n  headline\noutlet: AP\n...\nx");
        assert_eq!(front_matter.title.as_deref(), Some("A long headline"));
        assert_eq!(front_matter.outlet.as_deref(), Some("AP"));
        assert_eq!(body, "x");
    }

    #[test]
    fn empty_values_are_absent() {
        let (front_matter, body) = found("---\ntitle:\nurl: \"\"\n---\n");
        assert_eq!(front_matter, FrontMatter::default());
        assert_eq!(body, "");
    }

    #[test]
    fn text_without_an_opening_fence_has_none() {
        assert_eq!(split("Title\n---\nmore"), Split::None);
        assert_eq!(split(""), Split::None);
        assert_eq!(split("----\ntitle: x\n---\n"), Split::None);
    }

    #[test]
    fn an_unclosed_block_is_reported() {
        assert_eq!(split("---\ntitle: x\nno end"), Split::Unclosed);
        assert_eq!(split("---"), Split::Unclosed);
    }
}
