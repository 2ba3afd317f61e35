//! Articles given as JSON: a `.json` file holding one object or an array of them (or an API
//! response with the array under `articles` or `items`), or a `.jsonl` file holding one object
//! per line.
//!
//! Each object is one article. Its text is required (`text`, else `body`, `content` or
//! `articleBody`); `title` (`headline`), `outlet` (`source`, `publisher`, `site_name`), `date`
//! (`datePublished`, `publishedAt`, `published_at`, `published`), `url` (`link`) and `author`
//! (`authors`, `byline`) are read when present, and every other key is ignored. An object that
//! cannot be read is skipped on its own, naming its line or item; the rest of the file still
//! loads.

use claimlens_core::ArticleInput;
use serde_json::{Map, Value};

use crate::dates;
use crate::document::{Document, SkipReason};

/// The keys each field is read from, in order of preference (documented in `docs/json.md`).
const TEXT_KEYS: &[&str] = &["text", "body", "content", "articleBody"];
const TITLE_KEYS: &[&str] = &["title", "headline"];
const OUTLET_KEYS: &[&str] = &["outlet", "source", "publisher", "site_name"];
const DATE_KEYS: &[&str] = &[
    "date",
    "datePublished",
    "publishedAt",
    "published_at",
    "published",
];
const URL_KEYS: &[&str] = &["url", "link"];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline"];

/// Keys under which an API response wraps its list of articles (NewsAPI's
/// `{"status": "ok", "articles": [...]}`), read when the object has no text of its own.
const LIST_KEYS: &[&str] = &["articles", "items"];

/// Reads every article of a `.json` file. A single object has the file's `id`; the objects of
/// an array are `id#1`, `id#2`, … by their position, counted from 1.
pub fn read_json(id: &str, path: Option<&str>, text: &str) -> Vec<Result<Document, SkipReason>> {
    let mut value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(err) => return vec![Err(SkipReason::InvalidJson(err.to_string()))],
    };
    if let Value::Object(object) = &mut value {
        let has_text = TEXT_KEYS.iter().any(|key| object.contains_key(*key));
        let list = LIST_KEYS
            .iter()
            .find(|key| object.get(**key).is_some_and(Value::is_array));
        if let (false, Some(key)) = (has_text, list) {
            value = object.remove(*key).unwrap_or_default();
        }
    }
    match value {
        Value::Object(object) => vec![read_object(id.to_owned(), path, object, None)],
        Value::Array(items) if items.is_empty() => vec![Err(SkipReason::NoArticles)],
        Value::Array(items) => items
            .into_iter()
            .enumerate()
            .map(|(index, item)| {
                let place = format!("item {}", index + 1);
                let item_id = format!("{id}#{}", index + 1);
                match item {
                    Value::Object(object) => read_object(item_id, path, object, Some(&place)),
                    other => Err(SkipReason::Entry {
                        place,
                        reason: Box::new(SkipReason::NotAnObject(kind_of(&other))),
                    }),
                }
            })
            .collect(),
        other => vec![Err(SkipReason::NotAnObject(kind_of(&other)))],
    }
}

/// Reads every article of a `.jsonl` file: line N (counted from 1, blank lines included) is
/// `id#N`. Blank lines are allowed and skipped silently.
pub fn read_json_lines(
    id: &str,
    path: Option<&str>,
    text: &str,
) -> Vec<Result<Document, SkipReason>> {
    let mut outcomes = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let place = format!("line {}", index + 1);
        let item_id = format!("{id}#{}", index + 1);
        let outcome = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(object)) => read_object(item_id, path, object, Some(&place)),
            Ok(other) => Err(SkipReason::Entry {
                place,
                reason: Box::new(SkipReason::NotAnObject(kind_of(&other))),
            }),
            Err(err) => Err(SkipReason::Entry {
                place,
                // The position inside a one-line document is its column.
                reason: Box::new(SkipReason::InvalidJson(
                    err.to_string().replace(" at line 1 column ", " at column "),
                )),
            }),
        };
        outcomes.push(outcome);
    }
    if outcomes.is_empty() {
        outcomes.push(Err(SkipReason::NoArticles));
    }
    outcomes
}

/// One object into an article; `place` names it in messages when the file holds several.
fn read_object(
    id: String,
    path: Option<&str>,
    mut object: Map<String, Value>,
    place: Option<&str>,
) -> Result<Document, SkipReason> {
    let in_place = |reason: SkipReason| match place {
        Some(place) => SkipReason::Entry {
            place: place.to_owned(),
            reason: Box::new(reason),
        },
        None => reason,
    };
    let text = match TEXT_KEYS
        .iter()
        .find_map(|key| Some((*key, object.remove(*key)?)))
    {
        Some((_, Value::String(text))) => text,
        Some((key, other)) => {
            return Err(in_place(SkipReason::BadTextField {
                key,
                found: kind_of(&other),
            }))
        }
        None => return Err(in_place(SkipReason::NoTextField)),
    };
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    if text.trim().is_empty() {
        return Err(in_place(SkipReason::NoText));
    }
    let mut warnings = Vec::new();
    let mut field = |keys: &[&str], read: fn(&Value) -> Option<String>| {
        let (key, value) = keys
            .iter()
            .find_map(|key| Some((*key, object.get(*key)?)))?;
        if value.is_null() {
            return None;
        }
        let read = read(value);
        if read.is_none() {
            let prefix = place.map(|place| format!("{place}: ")).unwrap_or_default();
            warnings.push(format!(
                "{prefix}`{key}` is {}, not text; it was ignored",
                kind_of(value)
            ));
        }
        read.filter(|text| !text.is_empty())
    };
    let title = field(TITLE_KEYS, string);
    let outlet = field(OUTLET_KEYS, name);
    let date = field(DATE_KEYS, string).and_then(|date| dates::normalise(&date));
    let url = field(URL_KEYS, string);
    let author = field(AUTHOR_KEYS, names);
    Ok(Document {
        input: ArticleInput {
            id,
            path: path.map(str::to_owned),
            title,
            outlet,
            date,
            url,
            author,
            text,
        },
        warnings,
    })
}

/// A string, whitespace collapsed.
fn string(value: &Value) -> Option<String> {
    let text = value.as_str()?;
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A name: a string, or an object with a `name` (`"source": {"id": null, "name": "Reuters"}`).
fn name(value: &Value) -> Option<String> {
    match value {
        Value::Object(object) => object.get("name").and_then(string),
        other => string(other),
    }
}

/// One name or a list of them, joined with `, `.
fn names(value: &Value) -> Option<String> {
    match value {
        Value::Array(items) => {
            let names: Option<Vec<String>> = items.iter().map(name).collect();
            Some(
                names?
                    .into_iter()
                    .filter(|name| !name.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        }
        other => name(other),
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(outcome: &Result<Document, SkipReason>) -> &ArticleInput {
        &outcome.as_ref().expect("an article").input
    }

    #[test]
    fn a_single_object_keeps_the_file_id_and_reads_aliases() {
        let outcomes = read_json(
            "a.json",
            Some("dir/a.json"),
            r#"{"headline":"Dam gives way","content":"Text.\r\nMore.","source":{"id":null,"name":"Orbis"},
                "publishedAt":"2026-04-11T08:00:00Z","link":"https://example.org/x","authors":["Ana Ruiz",{"name":"Ben Ode"}],
                "tags":["ignored"]}"#,
        );
        assert_eq!(outcomes.len(), 1);
        let input = ok(&outcomes[0]);
        assert_eq!(input.id, "a.json");
        assert_eq!(input.path.as_deref(), Some("dir/a.json"));
        assert_eq!(input.title.as_deref(), Some("Dam gives way"));
        assert_eq!(input.text, "Text.\nMore.");
        assert_eq!(input.outlet.as_deref(), Some("Orbis"));
        assert_eq!(input.date.as_deref(), Some("2026-04-11T08:00Z"));
        assert_eq!(input.url.as_deref(), Some("https://example.org/x"));
        assert_eq!(input.author.as_deref(), Some("Ana Ruiz, Ben Ode"));
    }

    #[test]
    fn array_items_are_numbered_from_one_and_bad_ones_named() {
        let outcomes = read_json(
            "a.json",
            None,
            r#"[{"text":"One."}, 7, {"title":"no text"}, {"text":"Four."}]"#,
        );
        let ids: Vec<&str> = outcomes
            .iter()
            .filter_map(|o| o.as_ref().ok())
            .map(|d| d.input.id.as_str())
            .collect();
        assert_eq!(ids, ["a.json#1", "a.json#4"]);
        let reasons: Vec<String> = outcomes
            .iter()
            .filter_map(|o| o.as_ref().err())
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            reasons,
            [
                "item 2: not an article: expected a JSON object, found a number",
                "item 3: no article text: the object has no `text` field (nor `body`, `content` or `articleBody`)",
            ]
        );
    }

    #[test]
    fn an_api_response_wrapping_its_articles_is_read_as_the_list() {
        let outcomes = read_json(
            "news.json",
            None,
            r#"{"status":"ok","totalResults":1,"articles":[{"source":{"id":null,"name":"Orbis"},"title":"T","content":"Text."}]}"#,
        );
        assert_eq!(ok(&outcomes[0]).id, "news.json#1");
        assert_eq!(ok(&outcomes[0]).outlet.as_deref(), Some("Orbis"));
    }

    #[test]
    fn a_bad_line_is_skipped_and_the_others_load() {
        let outcomes = read_json_lines(
            "f.jsonl",
            None,
            "{\"text\":\"One.\"}\n\n{\"text\": oops}\n{\"text\":\"Four.\",\"date\":20260411}\n",
        );
        assert_eq!(outcomes.len(), 3);
        assert_eq!(ok(&outcomes[0]).id, "f.jsonl#1");
        assert_eq!(
            outcomes[1].as_ref().unwrap_err().to_string(),
            "line 3: not valid JSON: expected value at column 10"
        );
        let last = outcomes[2].as_ref().unwrap();
        assert_eq!(last.input.id, "f.jsonl#4");
        assert_eq!(last.input.date, None);
        assert_eq!(
            last.warnings,
            ["line 4: `date` is a number, not text; it was ignored"]
        );
    }

    #[test]
    fn files_without_articles_are_skipped_whole() {
        let reason = |outcomes: Vec<Result<Document, SkipReason>>| {
            outcomes[0].as_ref().unwrap_err().to_string()
        };
        assert_eq!(
            reason(read_json("a", None, "[]")),
            "no articles: the file holds none"
        );
        assert_eq!(
            reason(read_json_lines("a", None, "\n \n")),
            "no articles: the file holds none"
        );
        assert_eq!(
            reason(read_json("a", None, "\"text\"")),
            "not an article: expected a JSON object, found a string"
        );
        assert!(reason(read_json("a", None, "{\"text\": "))
            .starts_with("not valid JSON: EOF while parsing"));
        assert_eq!(
            reason(read_json("a", None, "{\"text\": 3}")),
            "no article text: `text` is a number, not a string"
        );
    }
}
