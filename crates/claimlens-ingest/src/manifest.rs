//! `claimlens.toml`, the optional manifest of a corpus folder: the story's title, and metadata
//! per file that overrides what the files say.
//!
//! ```toml
//! story = "Korvel dam breach, April 2026"
//!
//! [files."01-lakeside-herald.html"]
//! outlet = "Lakeside Herald"
//! date = "2026-04-11"
//!
//! # One article of a multi-article file, by its id suffix.
//! [files."feeds/roundup.jsonl#3"]
//! author = ""            # an empty value removes what the file said
//! ```
//!
//! File keys are paths relative to the manifest's folder, with `/`. A manifest applies to the
//! files in its folder and below, unless a deeper folder has its own (manifests are not merged).
//! Unknown keys are errors, so that a typo (`oulet`) does not pass unnoticed.
//!
//! A manifest is applied through [`InUse`], which the CLI (for manifests found on disk) and the
//! browser's `#/open` (for a manifest chosen with the articles) share, so both give the same
//! articles for the same files.

use std::collections::{BTreeMap, BTreeSet};

use claimlens_core::ArticleInput;
use serde::Deserialize;

use crate::dates;
use crate::document::SkipReason;

/// The name a manifest must have.
pub const FILE_NAME: &str = "claimlens.toml";

/// A parsed manifest.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The title of the story the corpus is about.
    pub story: Option<String>,
    /// Overrides by file key (`name.html`, `sub/name.md`, `feed.jsonl#2`).
    #[serde(default)]
    pub files: BTreeMap<String, Entry>,
}

/// The metadata a manifest can set for one file or one article of a file. `None` leaves the
/// file's value; an empty string removes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
}

/// Parses a manifest; the error says where (`line 3: unknown field ...`).
pub fn parse(text: &str) -> Result<Manifest, SkipReason> {
    let mut manifest: Manifest = toml::from_str(text).map_err(|err| {
        let message = err.message().trim_end().to_owned();
        let message = match err.span() {
            Some(span) => {
                let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
                format!("line {line}: {message}")
            }
            None => message,
        };
        SkipReason::BadManifest(message)
    })?;
    manifest.story = manifest
        .story
        .map(|story| story.trim().to_owned())
        .filter(|story| !story.is_empty());
    Ok(manifest)
}

impl Manifest {
    /// Applies the entries for an article of the file at `file_key`; `item` is the article's
    /// suffix within the file (`#2`), empty for a one-article file. The file's entry applies
    /// first, then the article's own. Returns the keys that matched.
    pub fn apply(&self, file_key: &str, item: &str, input: &mut ArticleInput) -> Vec<String> {
        let mut matched = Vec::new();
        let item_key = format!("{file_key}{item}");
        let keys = if item.is_empty() {
            vec![file_key.to_owned()]
        } else {
            vec![file_key.to_owned(), item_key]
        };
        for key in keys {
            if let Some(entry) = self.files.get(&key) {
                entry.apply(input);
                matched.push(key);
            }
        }
        matched
    }
}

/// Why a manifest was not applied, as the list of skipped files says it.
pub fn not_applied(reason: &str) -> String {
    format!("manifest not applied: {reason}")
}

/// A manifest applied over one run: it remembers which entries matched an article, so that an
/// entry that matched none (a misspelt or moved file) can be reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InUse {
    manifest: Manifest,
    matched: BTreeSet<String>,
}

impl InUse {
    pub fn new(manifest: Manifest) -> InUse {
        InUse {
            manifest,
            matched: BTreeSet::new(),
        }
    }

    /// The story's title, when the manifest names it.
    pub fn story(&self) -> Option<&str> {
        self.manifest.story.as_deref()
    }

    /// Applies the manifest to `input`, an article of the file known to the manifest as
    /// `file_key` (its path from the manifest's folder) and to the run as `file_id`: the
    /// article's own id is `file_id`, or `file_id#N` for one of several in the file.
    pub fn apply(&mut self, file_key: &str, file_id: &str, input: &mut ArticleInput) {
        let item = input
            .id
            .strip_prefix(file_id)
            .unwrap_or_default()
            .to_owned();
        self.matched
            .extend(self.manifest.apply(file_key, &item, input));
    }

    /// One message per entry that matched no article, in key order.
    pub fn unmatched(&self) -> Vec<String> {
        self.manifest
            .files
            .keys()
            .filter(|key| !self.matched.contains(*key))
            .map(|key| format!("no article matches the entry {key:?}"))
            .collect()
    }
}

impl Entry {
    fn apply(&self, input: &mut ArticleInput) {
        let set = |field: &mut Option<String>, value: &Option<String>| {
            if let Some(value) = value {
                let value = value.trim();
                *field = (!value.is_empty()).then(|| value.to_owned());
            }
        };
        set(&mut input.title, &self.title);
        set(&mut input.outlet, &self.outlet);
        set(&mut input.url, &self.url);
        set(&mut input.author, &self.author);
        if let Some(date) = &self.date {
            input.date = dates::normalise(date);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> ArticleInput {
        ArticleInput {
            id: "feed.jsonl#2".into(),
            path: None,
            title: Some("From the file".into()),
            outlet: Some("Wrong outlet".into()),
            date: None,
            url: None,
            author: Some("Someone".into()),
            text: "Text.".into(),
        }
    }

    #[test]
    fn file_entries_then_item_entries_override_fields() {
        let manifest = parse(
            "story = \" Korvel dam breach \"\n\
             [files.\"feed.jsonl\"]\noutlet = \"Orbis Newswire\"\ndate = \"April 11, 2026\"\n\
             [files.\"feed.jsonl#2\"]\nauthor = \"\"\ntitle = \"Set by hand\"\n",
        )
        .unwrap();
        assert_eq!(manifest.story.as_deref(), Some("Korvel dam breach"));
        let mut input = article();
        let matched = manifest.apply("feed.jsonl", "#2", &mut input);
        assert_eq!(matched, ["feed.jsonl", "feed.jsonl#2"]);
        assert_eq!(input.outlet.as_deref(), Some("Orbis Newswire"));
        assert_eq!(input.date.as_deref(), Some("2026-04-11"));
        assert_eq!(input.title.as_deref(), Some("Set by hand"));
        assert_eq!(input.author, None);

        let mut other = article();
        assert_eq!(
            manifest.apply("feed.jsonl", "#3", &mut other),
            ["feed.jsonl"]
        );
        assert_eq!(other.author.as_deref(), Some("Someone"));
    }

    #[test]
    fn mistakes_name_their_line() {
        let err = parse("story = \"x\"\n\n[files.\"a.html\"]\noulet = \"X\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("line 4: unknown field `oulet`"), "{err}");
        let err = parse("story = \n").unwrap_err().to_string();
        assert!(err.starts_with("line 1: "), "{err}");
        let err = parse("[files.\"a.html\"]\ndate = 2026-04-11\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("line 2: "), "{err}");
    }

    #[test]
    fn a_manifest_in_use_reports_the_entries_that_matched_nothing() {
        let manifest = parse(
            "story = \"Dam\"\n[files.\"feed.jsonl#2\"]\nauthor = \"\"\n\
             [files.\"gone.md\"]\noutlet = \"X\"\n[files.\"feed.jsonl\"]\noutlet = \"Orbis\"\n",
        )
        .unwrap();
        let mut in_use = InUse::new(manifest);
        assert_eq!(in_use.story(), Some("Dam"));
        let mut input = article();
        in_use.apply("feed.jsonl", "feed.jsonl", &mut input);
        assert_eq!(input.author, None);
        assert_eq!(input.outlet.as_deref(), Some("Orbis"));
        assert_eq!(
            in_use.unmatched(),
            ["no article matches the entry \"gone.md\""]
        );
        // An article whose id is not of the file takes the file's entry alone.
        let mut other = ArticleInput {
            id: "elsewhere".into(),
            ..article()
        };
        in_use.apply("feed.jsonl", "feed.jsonl", &mut other);
        assert_eq!(other.author.as_deref(), Some("Someone"));
    }

    #[test]
    fn an_empty_manifest_is_fine() {
        assert_eq!(parse("").unwrap(), Manifest::default());
    }
}
