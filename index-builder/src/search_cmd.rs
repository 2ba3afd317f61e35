//! `claimlens search`: queries a bundle with the same engine the browser runs.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use claimlens_search::{Engine, SearchResults};

/// How search results are written. The variant docs are the `--format` help text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum SearchFormat {
    /// Passages with matches in [brackets], then facets
    #[default]
    Text,
    /// The results as JSON: hits with highlight spans, facets, suggestions
    Json,
}

/// Opens the bundle at `path`, with the bundle's own message when it is damaged.
pub fn open_bundle(path: &Path) -> Result<Engine> {
    let bytes = crate::bundle_file::read_whole(path)?;
    Engine::from_bytes(&bytes).with_context(|| format!("opening the bundle {}", path.display()))
}

pub fn search_command(
    bundle: &Path,
    query: &str,
    format: SearchFormat,
    limit: usize,
    out: &mut dyn Write,
) -> Result<()> {
    let engine = open_bundle(bundle)?;
    let results = engine.search(query, limit);
    match format {
        SearchFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &results)?;
            writeln!(out)?;
        }
        SearchFormat::Text => render(&engine, &results, out)?,
    }
    Ok(())
}

fn render(engine: &Engine, results: &SearchResults, out: &mut dyn Write) -> std::io::Result<()> {
    let total = results.total;
    let found = if results.partial {
        format!("no passage holds every word; {total} passages hold some of them")
    } else {
        format!("{total} passages match")
    };
    writeln!(out, "{found}; showing {}", results.hits.len())?;
    let analysis = engine.analysis();
    for hit in &results.hits {
        writeln!(out)?;
        let source = [
            hit.outlet.as_deref(),
            hit.title.as_deref(),
            hit.date.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
        writeln!(
            out,
            "{} — {} (score {:.2})",
            if source.is_empty() {
                hit.article.as_str()
            } else {
                &source
            },
            hit.article,
            hit.score
        )?;
        let chars: Vec<char> = hit.text.chars().collect();
        let mut marked = String::new();
        let mut at = 0;
        for span in &hit.highlights {
            marked.extend(&chars[at..span.start]);
            marked.push('[');
            marked.extend(&chars[span.start..span.end]);
            marked.push(']');
            at = span.end;
        }
        marked.extend(&chars[at..]);
        writeln!(out, "  {marked}")?;
        let article = analysis.articles.iter().find(|a| a.id == hit.article);
        for &qi in &hit.quotes {
            let Some(quote) = article.and_then(|a| a.quotes.get(qi)) else {
                continue;
            };
            let speaker = quote
                .speaker
                .as_ref()
                .and_then(|id| analysis.entities.iter().find(|e| &e.id == id))
                .map(|e| e.name.as_str())
                .unwrap_or("unattributed");
            let short: String = quote.text.chars().take(60).collect();
            writeln!(
                out,
                "  quote: {speaker}: “{short}{}”",
                if quote.text.chars().count() > 60 {
                    "…"
                } else {
                    ""
                }
            )?;
        }
        for &fi in &hit.figures {
            let Some(figure) = article.and_then(|a| a.figures.get(fi)) else {
                continue;
            };
            writeln!(out, "  figure: {} ({})", figure.text, figure.counts)?;
        }
    }
    if !results.outlets.is_empty() {
        writeln!(out)?;
        let facets: Vec<String> = results
            .outlets
            .iter()
            .map(|f| format!("{} {}", f.label, f.count))
            .collect();
        writeln!(out, "outlets: {}", facets.join(", "))?;
    }
    if !results.speakers.is_empty() {
        let facets: Vec<String> = results
            .speakers
            .iter()
            .map(|f| format!("{} {}", f.label, f.count))
            .collect();
        writeln!(out, "speakers: {}", facets.join(", "))?;
    }
    if !results.suggestions.is_empty() {
        writeln!(out, "try: {}", results.suggestions.join(" | "))?;
    }
    Ok(())
}
