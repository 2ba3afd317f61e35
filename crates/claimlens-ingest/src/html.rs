//! Reads a saved news page: its metadata, and its article text without the page around it.
//!
//! The page is parsed by html5ever (through `scraper`'s DOM) with its nesting capped
//! ([`parse`]), its metadata read from Open Graph tags, JSON-LD and `<title>` ([`meta`]), and its
//! article found and rendered one paragraph per line ([`body`]). Which source wins for each
//! field is decided in [`read`] and documented in `docs/json.md`.

mod body;
mod boilerplate;
mod furniture;
mod headline;
mod meta;
mod parse;
mod render;
mod tags;

use scraper::ElementRef;

use crate::dates;

/// What a page gives: the article text and whatever metadata it carries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    /// One paragraph per line, each ending with `\n`; empty when the page has no text.
    pub text: String,
    pub warnings: Vec<String>,
}

/// Reads one page.
pub fn read(html: &str) -> Page {
    let parsed = parse::parse(html);
    let document = &parsed.document;
    let mut warnings = Vec::new();
    if parsed.capped {
        warnings.push(format!(
            "the page nests elements more than {} deep; the deepest parts were read without their structure",
            parse::MAX_DEPTH
        ));
    }
    let page_meta = meta::read(document, &mut warnings);
    let tag = |key: &str| page_meta.tags.get(key).cloned();
    let ld = &page_meta.json_ld;

    let outlet = tag("og:site_name")
        .or_else(|| ld.publisher.clone())
        .or_else(|| page_meta.json_ld_site.clone())
        .or_else(|| tag("application-name"))
        .or_else(|| {
            // Failing all those, a `<title>` that is the headline and one more part names the
            // site in that part ("Dam gives way | Lakeside Herald").
            let headline = tag("og:title")
                .or_else(|| ld.headline.clone())
                .or_else(|| meta::first_h1(document.root_element()))?;
            site_in_title(page_meta.title.as_deref()?, &headline)
        });
    let meta_title = tag("og:title")
        .map(|title| without_site_name(&title, outlet.as_deref()))
        .or_else(|| ld.headline.clone())
        .or_else(|| {
            page_meta
                .title
                .as_deref()
                .map(|title| without_site_name(title, outlet.as_deref()))
        });
    let extracted = body::extract(document, meta_title.as_deref());
    let title = meta_title.or_else(|| {
        let root = document.tree.get(extracted.root).and_then(ElementRef::wrap);
        root.and_then(meta::first_h1)
            .or_else(|| meta::first_h1(document.root_element()))
    });
    let date = ld
        .date_published
        .clone()
        .or_else(|| tag("article:published_time"))
        .or_else(|| tag("datepublished"))
        .or_else(|| {
            document
                .select(&scraper::Selector::parse("time[itemprop=datePublished][datetime]").ok()?)
                .find_map(|el| el.attr("datetime").and_then(meta::clean))
        })
        .and_then(|date| dates::normalise(&date));
    let author = (!ld.authors.is_empty())
        .then(|| ld.authors.join(", "))
        .or_else(|| tag("author"))
        .or_else(|| tag("article:author").filter(|author| !is_url(author)));
    let url = tag("og:url").or_else(|| page_meta.canonical.clone());

    let mut text = extracted.text;
    if text.is_empty() {
        // Pages rendered by scripts have no text in their HTML, but many still carry the
        // article in their JSON-LD.
        if let Some(article_body) = &ld.article_body {
            text = paragraphs(article_body);
            if !text.is_empty() {
                warnings.push(
                    "the page holds no article text in its HTML; read the JSON-LD articleBody instead"
                        .to_owned(),
                );
            }
        }
    }
    Page {
        title,
        outlet,
        date,
        url,
        author,
        text,
        warnings,
    }
}

/// `Dam gives way | Lakeside Herald` → `Dam gives way`, when the page names its site.
fn without_site_name(title: &str, site: Option<&str>) -> String {
    const SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " · ", " :: "];
    let Some(site) = site.filter(|site| !site.is_empty()) else {
        return title.to_owned();
    };
    for separator in SEPARATORS {
        let suffix = format!("{separator}{site}");
        if title.len() > suffix.len() && ends_with_ignore_case(title, &suffix) {
            return title[..title.len() - suffix.len()].trim().to_owned();
        }
        let prefix = format!("{site}{separator}");
        if title.len() > prefix.len() && starts_with_ignore_case(title, &prefix) {
            return title[prefix.len()..].trim().to_owned();
        }
    }
    title.to_owned()
}

/// The site's name in a page's `<title>` made of `headline`, a separator and the name, in either
/// order: `Dam gives way | Lakeside Herald`, `Lakeside Herald — Dam gives way`. The name is at
/// most six words; a title that is not the headline plus one part names nothing.
fn site_in_title(title: &str, headline: &str) -> Option<String> {
    const SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " · ", " :: "];
    const MAX_SITE_WORDS: usize = 6;
    let title = meta::clean(title)?;
    let headline = meta::clean(headline)?;
    if title.len() <= headline.len() {
        return None;
    }
    let rest = if starts_with_ignore_case(&title, &headline) {
        let rest = &title[headline.len()..];
        SEPARATORS.iter().find_map(|s| rest.strip_prefix(s))
    } else if ends_with_ignore_case(&title, &headline) {
        let rest = &title[..title.len() - headline.len()];
        SEPARATORS.iter().find_map(|s| rest.strip_suffix(s))
    } else {
        None
    }?;
    let site = rest.trim();
    let words = site.split_whitespace().count();
    let one_part = !SEPARATORS.iter().any(|s| site.contains(s));
    (words > 0 && words <= MAX_SITE_WORDS && one_part).then(|| site.to_owned())
}

fn ends_with_ignore_case(text: &str, suffix: &str) -> bool {
    text.is_char_boundary(text.len() - suffix.len())
        && text[text.len() - suffix.len()..].to_lowercase() == suffix.to_lowercase()
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.is_char_boundary(prefix.len())
        && text[..prefix.len()].to_lowercase() == prefix.to_lowercase()
}

fn is_url(value: &str) -> bool {
    value.starts_with("http://") || value.starts_with("https://") || value.starts_with("//")
}

/// Plain text from JSON-LD as paragraphs: one per non-empty line, whitespace collapsed.
fn paragraphs(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if let Some(line) = meta::clean(line) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_lose_the_site_name() {
        let site = Some("Lakeside Herald");
        assert_eq!(
            without_site_name("Dam gives way | Lakeside Herald", site),
            "Dam gives way"
        );
        assert_eq!(
            without_site_name("LAKESIDE HERALD - Dam gives way", site),
            "Dam gives way"
        );
        assert_eq!(without_site_name("Dam gives way", site), "Dam gives way");
        assert_eq!(
            without_site_name("Lakeside Herald", site),
            "Lakeside Herald"
        );
        assert_eq!(without_site_name("Dam | Herald", None), "Dam | Herald");
    }

    #[test]
    fn meta_tags_fill_in_when_there_is_no_json_ld() {
        let page = read(
            "<html><head><title>Dam gives way – Valley Post</title>\
             <meta property=og:site_name content=\"Valley Post\">\
             <meta name=author content=\"Dana Kell\">\
             <meta property=article:published_time content=\"2026-04-12T05:00:00Z\">\
             <link rel=canonical href=\"https://example.org/valley-post/dam\"></head>\
             <body><p>Text.</p></body></html>",
        );
        assert_eq!(page.title.as_deref(), Some("Dam gives way"));
        assert_eq!(page.outlet.as_deref(), Some("Valley Post"));
        assert_eq!(page.author.as_deref(), Some("Dana Kell"));
        assert_eq!(page.date.as_deref(), Some("2026-04-12T05:00Z"));
        assert_eq!(
            page.url.as_deref(),
            Some("https://example.org/valley-post/dam")
        );
        assert_eq!(page.text, "Text.\n");
    }

    #[test]
    fn the_outlet_falls_back_on_the_site_named_beside_the_headline() {
        // No og:site_name or publisher: the title is the headline and the site's name.
        let page = read(
            "<html><head><title>Dam gives way | Lakeside Herald</title></head>\
             <body><article><h1>Dam gives way</h1><p>Text.</p></article></body></html>",
        );
        assert_eq!(page.outlet.as_deref(), Some("Lakeside Herald"));
        assert_eq!(page.title.as_deref(), Some("Dam gives way"));
        let page = read(
            "<html><head><title>VALLEY POST — Dam gives way</title>\
             <meta property=og:title content=\"Dam gives way\"></head><body><p>Text.</p></body></html>",
        );
        assert_eq!(page.outlet.as_deref(), Some("VALLEY POST"));
        // A title that is only the headline, or more than the headline and one part, names no site.
        for title in [
            "Dam gives way",
            "Dam gives way | News | Lakeside Herald",
            "Dam gives way: what we know so far about the breach of the Korvel dam",
        ] {
            let page = read(&format!(
                "<html><head><title>{title}</title></head><body><h1>Dam gives way</h1><p>Text.</p></body></html>"
            ));
            assert_eq!(page.outlet, None, "{title}");
        }
        // The JSON-LD site and the application name come before the title.
        let page = read(
            "<html><head><title>Dam gives way | Herald</title><meta name=application-name content=\"Lakeside Herald\"></head>\
             <body><h1>Dam gives way</h1><p>Text.</p></body></html>",
        );
        assert_eq!(page.outlet.as_deref(), Some("Lakeside Herald"));
        let page = read(
            "<html><head><meta name=application-name content=\"Herald app\">\
             <script type=application/ld+json>{\"@type\":\"WebSite\",\"name\":\"Lakeside Herald\"}</script></head>\
             <body><p>Text.</p></body></html>",
        );
        assert_eq!(page.outlet.as_deref(), Some("Lakeside Herald"));
    }

    #[test]
    fn a_page_without_a_title_is_named_by_its_first_heading() {
        let page =
            read("<body><article><h1>Dam <em>gives</em> way</h1><p>Text.</p></article></body>");
        assert_eq!(page.title.as_deref(), Some("Dam gives way"));
    }

    #[test]
    fn script_rendered_pages_fall_back_to_the_json_ld_body() {
        let page = read(
            "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":\"First.\\n\\nSecond.\"}</script>\
             <body><div id=app></div></body>",
        );
        assert_eq!(page.text, "First.\nSecond.\n");
        assert_eq!(page.warnings.len(), 1);
    }
}
