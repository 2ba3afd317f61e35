//! The names a reader sees: a story's title and each article's outlet, worked out from what the
//! articles say about themselves when the corpus does not name them (issue 17, item 6).

use std::collections::BTreeSet;

use claimlens_core::{Analysis, Article};

/// How many words of a title stand for an article whose outlet is unknown.
const SHORT_TITLE_WORDS: usize = 6;
/// How many words a title may have to count as a headline when naming the story.
const HEADLINE_WORDS: usize = 16;
/// And how many chars at most a short title has.
const SHORT_TITLE_CHARS: usize = 48;

/// The story's title: the one given (a manifest's), else the headline that shares the most
/// words with the other headlines, so that one outlet's odd headline or a photo caption read
/// as a title does not name the story. `None` when no article has a title.
pub fn story_title(given: Option<&str>, analysis: &Analysis) -> Option<String> {
    if let Some(title) = given.map(str::trim).filter(|t| !t.is_empty()) {
        return Some(title.to_string());
    }
    let all: Vec<&str> = analysis
        .articles
        .iter()
        .filter_map(|a| a.title.as_deref().map(str::trim))
        .filter(|t| !t.is_empty())
        .collect();
    // A headline is short: a long title is a first paragraph or a caption standing in for one.
    let headlines: Vec<&str> = all
        .iter()
        .copied()
        .filter(|t| t.split_whitespace().count() <= HEADLINE_WORDS && !t.ends_with(['…', '.']))
        .collect();
    let titles = if headlines.is_empty() { all } else { headlines };
    let words: Vec<BTreeSet<String>> = titles.iter().map(|t| title_words(t)).collect();
    let shared = |i: usize| -> f64 {
        (0..words.len())
            .filter(|&j| j != i)
            .map(|j| jaccard(&words[i], &words[j]))
            .sum()
    };
    let mut best: Option<(usize, f64)> = None;
    for i in 0..titles.len() {
        let score = shared(i);
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| titles[i].to_string())
}

/// The outlet to show for an article: its outlet (from metadata, a byline or a dateline: the
/// index builder reads those), else the host of its URL, else its file's name when the reader
/// gave it one ([`file_label`]), else its shortened title, else the opening words of its text,
/// else its id.
pub fn outlet_label(analysis: &Analysis, article: usize) -> String {
    match analysis.articles.get(article) {
        Some(a) => article_outlet(a),
        None => String::new(),
    }
}

/// [`outlet_label`] of one article.
pub fn article_outlet(a: &Article) -> String {
    outlet_or_opening(a, || a.text.clone())
}

/// [`article_outlet`] for an article whose text is kept elsewhere (the explorer keeps texts
/// packed): `text` is asked for only when nothing else names the article.
pub fn outlet_or_opening(a: &Article, text: impl FnOnce() -> String) -> String {
    if let Some(outlet) = a.outlet.as_deref().map(str::trim).filter(|o| !o.is_empty()) {
        return outlet.to_string();
    }
    if let Some(host) = a.url.as_deref().and_then(url_host) {
        return host;
    }
    if let Some(name) = file_label(&a.id) {
        return name;
    }
    if let Some(title) = a
        .title
        .as_deref()
        .map(short_title)
        .filter(|t| !t.is_empty())
    {
        return title;
    }
    let text = text();
    let opening = text.lines().map(str::trim).find(|l| !l.is_empty());
    match opening.map(short_title).filter(|t| !t.is_empty()) {
        Some(opening) => opening,
        None => a.id.clone(),
    }
}

/// Words that name a file's role or origin, not what it holds: what pages, editors and download
/// folders call files (`pasted.txt`, the `#/open` page's paste box; `untitled.md`).
const FILE_WORDS: &[&str] = &[
    "article", "clip", "copy", "doc", "document", "download", "draft", "file", "index", "new",
    "page", "paste", "pasted", "saved", "story", "text", "untitled",
];

/// How many words a file's name may have to label its article.
const MAX_FILE_NAME_WORDS: usize = 4;

/// An article's file name (the last part of its id, `#N` left out) when a person chose it:
/// `reuters.txt`, `the-guardian.md`, `storm.md`. Numbered or hashed names
/// (`000_157f15aab4e61d7f.txt`, `03-orbis-wire.txt`), one letter (`a.txt`), long names and a
/// file word (`pasted.txt`) say less than the headline: `None`. It is shown as a file's name,
/// extension and all, because it is no outlet's: only the reader knows what it stands for.
pub fn file_label(id: &str) -> Option<String> {
    let file = id.split('#').next().unwrap_or(id);
    let name = file.rsplit('/').next().unwrap_or(file);
    let (stem, _) = name.rsplit_once('.')?;
    let words: Vec<&str> = stem
        .split(|c: char| c == '-' || c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let letters = stem.chars().filter(|c| c.is_alphabetic()).count();
    let readable = !words.is_empty()
        && words.len() <= MAX_FILE_NAME_WORDS
        && letters >= 2
        && stem
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '_' | ' ' | '.' | '\''))
        && !words
            .iter()
            .any(|w| FILE_WORDS.contains(&w.to_lowercase().as_str()));
    readable.then(|| name.to_string())
}

/// The host of an http(s) URL, without `www.`.
pub fn url_host(url: &str) -> Option<String> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let skip = if lower.starts_with("https://") {
        8
    } else if lower.starts_with("http://") {
        7
    } else {
        return None;
    };
    let rest = &url[skip..];
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

/// The first words of a title, with an ellipsis when some were left out:
/// "Belarus Frees Over 120 Prisoners Following…".
pub fn short_title(title: &str) -> String {
    let mut out = String::new();
    let mut cut = false;
    for (i, word) in title.split_whitespace().enumerate() {
        if i == SHORT_TITLE_WORDS
            || out.chars().count() + word.chars().count() + 1 > SHORT_TITLE_CHARS && i > 0
        {
            cut = true;
            break;
        }
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    if cut {
        let trimmed = out.trim_end_matches([',', ';', ':', '-', '—', '–']).len();
        out.truncate(trimmed);
        out.push('…');
    }
    out
}

/// A title's words for comparing headlines: lower case, letters and digits, three chars or more.
fn title_words(title: &str) -> BTreeSet<String> {
    // Filled by `extend`, not `collect`: collecting into a B-tree sorts first, one more copy of
    // the standard sort in the explorer's page (see `claimlens_core::sort`).
    let mut words = BTreeSet::new();
    words.extend(
        title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_lowercase),
    );
    words
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(outlet: Option<&str>, url: Option<&str>, title: Option<&str>) -> Article {
        Article {
            id: "c.md".into(),
            outlet: outlet.map(Into::into),
            url: url.map(Into::into),
            title: title.map(Into::into),
            ..Article::default()
        }
    }

    #[test]
    fn outlets_fall_back_to_the_url_host_then_the_short_title_never_a_number() {
        let title = Some("Ferry capsizes off Ostrel harbour, dozens missing in the storm");
        assert_eq!(
            article_outlet(&article(Some(" Ledger "), Some("https://x.org/a"), title)),
            "Ledger"
        );
        assert_eq!(
            article_outlet(&article(
                None,
                Some("HTTPS://www.Example.org:8080/a?b"),
                title
            )),
            "example.org"
        );
        assert_eq!(
            article_outlet(&article(None, Some("javascript:alert(1)"), title)),
            "Ferry capsizes off Ostrel harbour, dozens…"
        );
        let mut bare = article(None, None, None);
        bare.text = "\n\n  Rescuers worked through the night at Ostrel\nMore".into();
        assert_eq!(
            article_outlet(&bare),
            "Rescuers worked through the night at…"
        );
        bare.text.clear();
        assert_eq!(article_outlet(&bare), "c.md");
    }

    #[test]
    fn an_article_without_outlet_or_url_is_labelled_by_a_file_name_a_person_gave() {
        let title = Some("Ferry capsizes off Ostrel harbour, dozens missing in the storm");
        let named = |id: &str| Article {
            id: id.into(),
            ..article(None, None, title)
        };
        assert_eq!(
            article_outlet(&named("coast-courier.md")),
            "coast-courier.md"
        );
        assert_eq!(
            article_outlet(&named("saved/Ostrel Times.txt")),
            "Ostrel Times.txt"
        );
        assert_eq!(article_outlet(&named("feed.jsonl#2")), "feed.jsonl");
        // An outlet or a URL still comes first.
        let mut with_outlet = named("coast-courier.md");
        with_outlet.outlet = Some("Coast Courier".into());
        assert_eq!(article_outlet(&with_outlet), "Coast Courier");
        for id in [
            "000_157f15aab4e61d7f.txt",
            "03-orbis-wire.txt",
            "a.txt",
            "pasted.txt",
            "untitled-1.md",
            "one-two-three-four-five.md",
            "README",
        ] {
            assert_eq!(
                article_outlet(&named(id)),
                "Ferry capsizes off Ostrel harbour, dozens…",
                "{id}"
            );
        }
    }

    #[test]
    fn short_titles_keep_short_titles_whole() {
        assert_eq!(short_title("Ferry capsizes"), "Ferry capsizes");
        assert_eq!(short_title("  "), "");
        assert_eq!(
            short_title(
                "Supercalifragilisticexpialidociousness-and-more-hyphenated-words-here wins"
            ),
            "Supercalifragilisticexpialidociousness-and-more-hyphenated-words-here…"
        );
    }

    #[test]
    fn the_story_title_is_the_manifests_else_the_most_shared_headline() {
        let analysis = Analysis {
            articles: vec![
                article(None, None, Some("Rescuers at work, photographed at dawn")),
                article(None, None, Some("Ferry capsizes near Ostrel, 48 rescued")),
                article(None, None, Some("The ferry capsized near Ostrel on Sunday, and rescuers saved 48 of the people aboard, the coast guard said.")),
                article(
                    None,
                    None,
                    Some("Ostrel ferry capsizes: 61 rescued, dozens missing"),
                ),
                article(None, None, None),
            ],
            ..Analysis::default()
        };
        assert_eq!(
            story_title(Some("The Ostrel ferry"), &analysis).as_deref(),
            Some("The Ostrel ferry")
        );
        assert_eq!(
            story_title(Some(" "), &analysis).as_deref(),
            Some("Ferry capsizes near Ostrel, 48 rescued")
        );
        assert_eq!(story_title(None, &Analysis::default()), None);
    }
}
