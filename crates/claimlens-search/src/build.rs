//! Building the passage index from an analysis, as files for a bundle.

use std::collections::BTreeSet;
use std::path::Path;

use aho_corasick::{AhoCorasick, MatchKind};
use claimlens_bundle::Bundle;
use claimlens_core::Analysis;
use tantivy::directory::RamDirectory;
use tantivy::tokenizer::TokenizerManager;
use tantivy::{doc, Directory, Index, IndexSettings, SingleSegmentIndexWriter, TantivyDocument};

use crate::marks::Marks;
use crate::schema::{self, analyzer, TOKENIZER};
use crate::Result;

/// The writer's first arena; a single segment grows past it rather than being flushed.
const WRITER_MEMORY: usize = 16 * 1024 * 1024;

/// How many passages between two calls of a build's progress callback.
const PROGRESS_STEP: usize = 256;

/// Segment ids are random; a fixed one makes the same input give the same bytes.
const FIXED_SEGMENT_ID: &str = "00000000000000000000000000000001";

/// A whole bundle for `analysis`: its search index and the Latin forms of its chars.
pub fn build_bundle(story: Option<String>, analysis: Analysis) -> Result<Bundle> {
    build_bundle_with_progress(story, analysis, |_, _| {})
}

/// [`build_bundle`], calling `on_passage(done, total)` as passages are indexed (every few
/// hundred, and at the end), for a progress bar.
pub fn build_bundle_with_progress(
    story: Option<String>,
    analysis: Analysis,
    on_passage: impl FnMut(usize, usize),
) -> Result<Bundle> {
    let index_files = build_index_with_progress(&analysis, on_passage)?;
    let latin = claimlens_core::latin_table(
        analysis
            .articles
            .iter()
            .flat_map(|a| [a.text.as_str(), a.title.as_deref().unwrap_or_default()]),
    );
    Ok(Bundle {
        story,
        analysis,
        index_files,
        latin,
    })
}

/// Builds the search index for `analysis`: one merged segment, returned as (file name, bytes)
/// pairs ready for a bundle. Deterministic: the same analysis gives the same files.
pub fn build_index(analysis: &Analysis) -> Result<Vec<(String, Vec<u8>)>> {
    build_index_with_progress(analysis, |_, _| {})
}

fn build_index_with_progress(
    analysis: &Analysis,
    mut on_passage: impl FnMut(usize, usize),
) -> Result<Vec<(String, Vec<u8>)>> {
    let (schema, fields) = schema::schema();
    let tokenizers = TokenizerManager::default();
    tokenizers.register(TOKENIZER, analyzer());
    // One segment written in the calling thread, with no merge: the same code runs natively and
    // in the browser's worker, which has no threads (issue 18), and documents keep their order,
    // so the index bytes are deterministic.
    // The doc store is compressed in the writing thread too: by default tantivy spawns a thread
    // for it, which wasm32 refuses ("operation not supported on this platform").
    let settings = IndexSettings {
        docstore_compress_dedicated_thread: false,
        ..IndexSettings::default()
    };
    let mut writer: SingleSegmentIndexWriter<TantivyDocument> = Index::builder()
        .settings(settings)
        .schema(schema)
        .tokenizers(tokenizers)
        .single_segment_index_writer(RamDirectory::create(), WRITER_MEMORY)?;
    let names = NameFinder::new(analysis);
    let marks = Marks::of(analysis);
    // Each article's quotes are bucketed once and its passages' byte ranges worked out once
    // (by `Marks`), so one huge article costs linear time (issue 7), not a scan from its start
    // for every paragraph.
    let total = marks.passages.len();
    for (p, passage) in marks.passages.iter().enumerate() {
        let text = marks.passage(&analysis.articles[passage.article].text, p);
        let mut document = doc!(fields.body => text, fields.passage => p as u64, fields.article => passage.article as u64);
        for id in names.entities_in(text) {
            document.add_text(fields.entities, id);
        }
        for id in marks.speakers.get(p) {
            document.add_text(fields.speakers, id);
        }
        writer.add_document(document)?;
        if (p + 1) % PROGRESS_STEP == 0 || p + 1 == total {
            on_passage(p + 1, total);
        }
    }
    let index = writer.finalize()?;

    let metas = index.load_metas()?;
    let directory = index.directory();
    let renames: Vec<(String, String)> = metas
        .segments
        .iter()
        .enumerate()
        .map(|(i, meta)| {
            (
                meta.id().uuid_string(),
                format!(
                    "{}{}",
                    &FIXED_SEGMENT_ID[..FIXED_SEGMENT_ID.len() - 1],
                    i + 1
                ),
            )
        })
        .collect();
    // File names use the id's simple form, meta.json its hyphenated form.
    let hyphenated = |id: &str| {
        format!(
            "{}-{}-{}-{}-{}",
            &id[..8],
            &id[8..12],
            &id[12..16],
            &id[16..20],
            &id[20..]
        )
    };
    let rename = |name: &str| {
        renames.iter().fold(name.to_string(), |n, (id, fixed)| {
            n.replace(id, fixed)
                .replace(&hyphenated(id), &hyphenated(fixed))
        })
    };
    let mut files = Vec::new();
    // Candidate paths may not all exist (no deletes, for instance): keep those that do.
    for path in metas.list_segment_files() {
        if let Ok(bytes) = directory.atomic_read(&path) {
            files.push((rename(&path.to_string_lossy()), bytes));
        }
    }
    let mut meta_json = String::from_utf8(
        directory
            .atomic_read(Path::new("meta.json"))
            .map_err(|e| crate::Error::Index(e.to_string()))?,
    )
    .map_err(|e| crate::Error::Index(e.to_string()))?;
    meta_json = rename(&meta_json);
    files.push(("meta.json".to_string(), meta_json.into_bytes()));
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

/// Finds which entities a passage names, in any of their spellings, in one pass over the text.
struct NameFinder<'a> {
    matcher: Option<AhoCorasick>,
    ids: Vec<&'a str>,
}

impl<'a> NameFinder<'a> {
    fn new(analysis: &'a Analysis) -> NameFinder<'a> {
        let mut patterns = Vec::new();
        let mut ids = Vec::new();
        for entity in &analysis.entities {
            for alias in &entity.aliases {
                if alias.chars().count() >= 3 {
                    patterns.push(alias.as_str());
                    ids.push(entity.id.as_str());
                }
            }
        }
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok();
        NameFinder { matcher, ids }
    }

    fn entities_in(&self, text: &str) -> BTreeSet<&'a str> {
        let mut out = BTreeSet::new();
        let Some(matcher) = &self.matcher else {
            return out;
        };
        for m in matcher.find_iter(text) {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            if before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
            {
                out.insert(self.ids[m.pattern().as_usize()]);
            }
        }
        out
    }
}
