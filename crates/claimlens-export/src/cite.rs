//! Citations: what a fact-checker pastes into a draft for one quote or figure (outlet, title,
//! date, URL and the sentence), with a link that opens the source at that sentence.

use claimlens_core::Article;

/// Words a text fragment names at each end of a long sentence: enough to find it, few enough to
/// survive small differences in the middle between our text and the page.
const FRAGMENT_END_WORDS: usize = 4;

/// One item's citation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The citation as text: `“sentence” — Outlet, “Title”, date, link`.
    pub text: String,
    /// The article's URL opening at the sentence (a `#:~:text=` text fragment), when the
    /// article's URL is known and is http(s).
    pub link: Option<String>,
}

/// The citation of `sentence` in `article`, whose outlet reads `outlet` (see
/// [`crate::article_outlet`]).
pub fn cite(article: &Article, outlet: &str, sentence: &str) -> Citation {
    let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    let link = article
        .url
        .as_deref()
        .and_then(http_url)
        .map(|url| format!("{url}#:~:text={}", text_fragment(&sentence)));
    let mut parts = vec![outlet.to_string()];
    if let Some(title) = article
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        parts.push(format!("“{title}”"));
    }
    if let Some(date) = article
        .date
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        parts.push(date.to_string());
    }
    match (&link, article.url.as_deref().map(str::trim)) {
        (Some(link), _) => parts.push(link.clone()),
        (None, Some(url)) if !url.is_empty() => parts.push(url.to_string()),
        _ => {}
    }
    Citation {
        text: format!("“{sentence}” — {}", parts.join(", ")),
        link,
    }
}

/// An http(s) URL without its own fragment.
fn http_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return None;
    }
    url.split('#').next()
}

/// The value of a `text=` directive finding `sentence`: the whole sentence when short, else its
/// first and last words (`start,end`), each percent-encoded (`-`, `,` and `&` are syntax there).
pub fn text_fragment(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() <= 2 * FRAGMENT_END_WORDS {
        return encode(&words.join(" "));
    }
    let start = words[..FRAGMENT_END_WORDS].join(" ");
    let end = words[words.len() - FRAGMENT_END_WORDS..].join(" ");
    format!("{},{}", encode(&start), encode(&end))
}

/// Percent-encodes all but ASCII letters, digits and `.`, `_`, `~`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(url: Option<&str>) -> Article {
        Article {
            id: "a.md".into(),
            title: Some("Ferry capsizes".into()),
            outlet: Some("The Ledger".into()),
            date: Some("2026-03-14".into()),
            url: url.map(Into::into),
            ..Article::default()
        }
    }

    #[test]
    fn a_citation_names_the_source_and_links_to_the_sentence() {
        let sentence =
            "Coast guard captain Elena Marsh said 48 people, a third of those aboard, were saved.";
        let cited = cite(
            &article(Some("https://ledger.example/ferry#top")),
            "The Ledger",
            sentence,
        );
        let link = "https://ledger.example/ferry#:~:text=Coast%20guard%20captain%20Elena,those%20aboard%2C%20were%20saved.";
        assert_eq!(cited.link.as_deref(), Some(link));
        assert_eq!(
            cited.text,
            format!("“{sentence}” — The Ledger, “Ferry capsizes”, 2026-03-14, {link}")
        );
    }

    #[test]
    fn short_sentences_are_named_whole_and_unknown_urls_leave_no_link() {
        assert_eq!(
            text_fragment("Crews saved 48-year-old man"),
            "Crews%20saved%2048%2Dyear%2Dold%20man"
        );
        let cited = cite(&article(None), "The Ledger", "Crews saved 48.");
        assert_eq!(cited.link, None);
        assert_eq!(
            cited.text,
            "“Crews saved 48.” — The Ledger, “Ferry capsizes”, 2026-03-14"
        );
        let odd = cite(&article(Some("javascript:alert(1)")), "The Ledger", "x");
        assert_eq!(odd.link, None);
    }
}
