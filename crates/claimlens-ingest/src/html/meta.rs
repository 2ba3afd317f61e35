//! A page's metadata: Open Graph and other `<meta>` tags, the canonical link, `<title>`, and the
//! schema.org article in its JSON-LD.

use std::collections::HashMap;

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

/// What a page says about its article, before any fallback between sources is chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// `<meta property|name|itemprop=KEY content=...>`, keys lower-cased, the first of each.
    pub tags: HashMap<String, String>,
    pub canonical: Option<String>,
    /// The `<title>` element's text.
    pub title: Option<String>,
    pub json_ld: JsonLd,
    /// The name of the first JSON-LD `WebSite` object in any block: the site the page is on.
    pub json_ld_site: Option<String>,
}

/// The fields read from the first schema.org article object in the page's JSON-LD.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JsonLd {
    pub headline: Option<String>,
    pub date_published: Option<String>,
    /// Every author's name, in order.
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub article_body: Option<String>,
}

/// Reads the metadata of `document`; problems (invalid JSON-LD) are added to `warnings`.
pub fn read(document: &Html, warnings: &mut Vec<String>) -> PageMeta {
    let mut meta = PageMeta::default();
    for el in document.select(&selector("meta")) {
        let Some(content) = el.attr("content").and_then(clean) else {
            continue;
        };
        for key in ["property", "name", "itemprop"] {
            if let Some(key) = el.attr(key) {
                meta.tags
                    .entry(key.trim().to_ascii_lowercase())
                    .or_insert_with(|| content.clone());
            }
        }
    }
    meta.canonical = document
        .select(&selector("link[rel][href]"))
        .find(|el| {
            el.attr("rel").is_some_and(|rel| {
                rel.split_ascii_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
            })
        })
        .and_then(|el| el.attr("href"))
        .and_then(clean);
    // The document's title, not an SVG's <title> inside the body.
    meta.title = document
        .select(&selector("title"))
        .find(|el| {
            !el.ancestors()
                .any(|node| node.value().as_element().is_some_and(|a| a.name() == "svg"))
        })
        .and_then(|el| clean(&text_of(el)));
    let mut blocks = 0;
    for script in document.select(&selector("script[type]")) {
        let is_json_ld = script.attr("type").is_some_and(|kind| {
            kind.trim()
                .to_ascii_lowercase()
                .starts_with("application/ld+json")
        });
        if !is_json_ld {
            continue;
        }
        blocks += 1;
        let source = text_of(script);
        match serde_json::from_str::<Value>(strip_wrappers(&source)) {
            Ok(value) => {
                if meta.json_ld == JsonLd::default() {
                    meta.json_ld = read_json_ld(&value);
                }
                if meta.json_ld_site.is_none() {
                    meta.json_ld_site = site_name(&value);
                }
            }
            Err(err) => warnings.push(format!(
                "JSON-LD block {blocks} is not valid JSON ({err}); its metadata was not read"
            )),
        }
    }
    meta
}

/// The first `<h1>` under `scope`, as text.
pub fn first_h1(scope: ElementRef<'_>) -> Option<String> {
    scope
        .select(&selector("h1"))
        .find_map(|h1| clean(&text_of(h1)))
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("the selectors here are valid CSS")
}

fn text_of(el: ElementRef<'_>) -> String {
    el.text().collect()
}

/// "Norwood&#8217;s revival": some CMSs write HTML entities inside JSON-LD strings; they are
/// read as the page would show them.
fn unescape(value: &str) -> String {
    if !value.contains('&') {
        return value.to_owned();
    }
    Html::parse_fragment(value).root_element().text().collect()
}

/// Collapses whitespace; `None` when nothing is left.
pub fn clean(value: &str) -> Option<String> {
    let cleaned = value.split_whitespace().collect::<Vec<_>>().join(" ");
    (!cleaned.is_empty()).then_some(cleaned)
}

/// Some pages wrap JSON-LD in `<!-- -->` or `<![CDATA[ ]]>` (from XHTML days) or end it with `;`.
fn strip_wrappers(source: &str) -> &str {
    let mut text = source.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(inner) = text.strip_prefix(open) {
            text = inner.strip_suffix(close).unwrap_or(inner).trim();
        }
    }
    text.trim_end_matches(';').trim_end()
}

/// Reads the first article object: JSON-LD may be one object, an array of them, or an object
/// with an `@graph` array, and may refer to other objects of the graph by `@id`.
fn read_json_ld(value: &Value) -> JsonLd {
    let mut nodes: Vec<&Value> = Vec::new();
    collect_nodes(value, &mut nodes);
    let by_id: HashMap<&str, &Value> = nodes
        .iter()
        .filter_map(|node| Some((node.get("@id")?.as_str()?, *node)))
        .collect();
    let resolve =
        |value: &'_ Value| -> Option<String> { name_of(value, &by_id).map(|n| unescape(&n)) };
    let Some(article) = nodes.iter().find(|node| is_article_type(node.get("@type"))) else {
        return JsonLd::default();
    };
    let field = |key: &str| {
        article
            .get(key)
            .and_then(Value::as_str)
            .and_then(clean)
            .map(|v| unescape(&v))
    };
    let authors = match article.get("author") {
        Some(Value::Array(items)) => items.iter().filter_map(resolve).collect(),
        Some(author) => resolve(author).into_iter().collect(),
        None => Vec::new(),
    };
    let publisher = match article.get("publisher") {
        Some(Value::Array(items)) => items.iter().find_map(resolve),
        Some(publisher) => resolve(publisher),
        None => None,
    };
    JsonLd {
        headline: field("headline"),
        date_published: field("datePublished"),
        authors,
        publisher,
        article_body: article
            .get("articleBody")
            .and_then(Value::as_str)
            .filter(|body| !body.trim().is_empty())
            .map(str::to_owned),
    }
}

/// The name of the first `WebSite` object of a JSON-LD block.
fn site_name(value: &Value) -> Option<String> {
    let mut nodes: Vec<&Value> = Vec::new();
    collect_nodes(value, &mut nodes);
    nodes
        .iter()
        .filter(|node| has_type(node.get("@type"), "WebSite"))
        .find_map(|node| node.get("name").and_then(Value::as_str).and_then(clean))
}

/// An `@type` that is `wanted`, or a list holding it.
fn has_type(kind: Option<&Value>, wanted: &str) -> bool {
    match kind {
        Some(Value::String(name)) => name == wanted,
        Some(Value::Array(names)) => names.iter().any(|n| n.as_str() == Some(wanted)),
        _ => false,
    }
}

fn collect_nodes<'a>(value: &'a Value, nodes: &mut Vec<&'a Value>) {
    match value {
        Value::Array(items) => {
            for item in items {
                if item.is_object() {
                    nodes.push(item);
                    if let Some(Value::Array(graph)) = item.get("@graph") {
                        nodes.extend(graph.iter().filter(|node| node.is_object()));
                    }
                }
            }
        }
        Value::Object(_) => {
            nodes.push(value);
            if let Some(Value::Array(graph)) = value.get("@graph") {
                nodes.extend(graph.iter().filter(|node| node.is_object()));
            }
        }
        _ => {}
    }
}

/// `NewsArticle`, `ReportageNewsArticle`, `Article`, `BlogPosting`, `LiveBlogPosting` …, or a
/// list holding one.
fn is_article_type(kind: Option<&Value>) -> bool {
    let is_article = |name: &str| {
        let name = name.rsplit(['/', ':']).next().unwrap_or(name);
        name.ends_with("Article") || name.ends_with("BlogPosting")
    };
    match kind {
        Some(Value::String(name)) => is_article(name),
        Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).any(is_article),
        _ => false,
    }
}

/// A person's or organisation's name: a string, an object with `name`, or a reference by `@id`.
fn name_of(value: &Value, by_id: &HashMap<&str, &Value>) -> Option<String> {
    match value {
        Value::String(name) => clean(name),
        Value::Object(object) => {
            if let Some(name) = object.get("name").and_then(Value::as_str) {
                return clean(name);
            }
            let target = by_id.get(object.get("@id")?.as_str()?)?;
            target.get("name").and_then(Value::as_str).and_then(clean)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_strings_with_entities_read_as_shown() {
        let value: Value = serde_json::from_str(
            r#"{"@type":"NewsArticle","headline":"Norwood&#8217;s revival &amp; more",
                "author":{"@type":"Person","name":"Hana O&#39;Kelly"}}"#,
        )
        .unwrap();
        let ld = read_json_ld(&value);
        assert_eq!(ld.headline.as_deref(), Some("Norwood’s revival & more"));
        assert_eq!(ld.authors, vec!["Hana O'Kelly".to_string()]);
    }

    #[test]
    fn json_ld_graphs_are_followed_by_id() {
        let value: Value = serde_json::from_str(
            r##"{"@context":"https://schema.org","@graph":[
                {"@type":"WebPage","@id":"#page","name":"Page"},
                {"@type":["NewsArticle"],"headline":" Dam  gives way ","datePublished":"2026-04-11T06:45:00Z",
                 "author":[{"@id":"#ilse"},"Tomas Reyk"],"publisher":{"@id":"#org"}},
                {"@type":"Person","@id":"#ilse","name":"Ilse Marten"},
                {"@type":"Organization","@id":"#org","name":"Lakeside Herald"}]}"##,
        )
        .unwrap();
        assert_eq!(
            read_json_ld(&value),
            JsonLd {
                headline: Some("Dam gives way".into()),
                date_published: Some("2026-04-11T06:45:00Z".into()),
                authors: vec!["Ilse Marten".into(), "Tomas Reyk".into()],
                publisher: Some("Lakeside Herald".into()),
                article_body: None,
            }
        );
    }

    #[test]
    fn objects_that_are_not_articles_are_ignored() {
        let value: Value = serde_json::from_str(
            r#"[{"@type":"BreadcrumbList","name":"x"},{"@type":"Organization","name":"Y"}]"#,
        )
        .unwrap();
        assert_eq!(read_json_ld(&value), JsonLd::default());
    }

    #[test]
    fn the_site_is_the_first_website_object_in_any_block() {
        let html = Html::parse_document(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script>\
             <script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Organization\",\"name\":\"Owner Group\"},\
             {\"@type\":\"WebSite\",\"name\":\" Harbour  Ledger \"}]}</script>",
        );
        let meta = read(&html, &mut Vec::new());
        assert_eq!(meta.json_ld.publisher, None);
        assert_eq!(meta.json_ld_site.as_deref(), Some("Harbour Ledger"));
    }

    #[test]
    fn invalid_json_ld_is_a_warning() {
        let html = Html::parse_document(
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\",}</script>\
             <script type=\"application/ld+json\"><!--{\"@type\":\"NewsArticle\",\"headline\":\"H\"}--></script>",
        );
        let mut warnings = Vec::new();
        let meta = read(&html, &mut warnings);
        assert_eq!(meta.json_ld.headline.as_deref(), Some("H"));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].starts_with("JSON-LD block 1 is not valid JSON"),
            "{warnings:?}"
        );
    }
}
