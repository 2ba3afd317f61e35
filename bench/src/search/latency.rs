//! Native query latency over a bundle: the same queries, passes and percentiles as the wasm
//! runner (`wasm/search.mjs`), for comparison.

use std::fs;
use std::path::Path;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use claimlens_search::Engine;

use super::Summary;

/// The queries of a query file: one a line, blank lines and `#` comments left out. A line is
/// used as typed, trailing spaces included (they close the last word).
pub fn read_queries(path: &Path, limit: Option<usize>) -> Result<Vec<String>> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let queries: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .take(limit.unwrap_or(usize::MAX))
        .map(String::from)
        .collect();
    if queries.is_empty() {
        bail!("no queries in {}", path.display());
    }
    Ok(queries)
}

/// The nearest-rank percentile `p` (0..=100) of `sorted` values.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Opens `bundle`, runs every query once untimed, then `passes` timed passes with `limit` hits
/// each (highlights included), and prints one row; the summary gets `latency.native.*` in ms.
pub fn latency(
    bundle: &Path,
    queries: &[String],
    passes: usize,
    limit: usize,
    summary: &Summary,
) -> Result<String> {
    let bytes = claimlens_index_builder::bundle_file::read_whole(bundle)?;
    let start = Instant::now();
    let engine =
        Engine::from_bytes(&bytes).with_context(|| format!("opening {}", bundle.display()))?;
    let open_ms = start.elapsed().as_secs_f64() * 1e3;

    let mut found = 0;
    for query in queries {
        found += engine.search(query, limit).total;
    }
    if found == 0 {
        bail!(
            "no query found anything in {}: the queries do not fit the corpus",
            bundle.display()
        );
    }
    let mut times = Vec::with_capacity(queries.len() * passes);
    // Each query's slowest run, in query order.
    let mut slowest = vec![0.0_f64; queries.len()];
    for _ in 0..passes.max(1) {
        for (i, query) in queries.iter().enumerate() {
            let start = Instant::now();
            let results = std::hint::black_box(engine.search(query, limit));
            let ms = start.elapsed().as_secs_f64() * 1e3;
            assert!(results.hits.len() <= limit);
            times.push(ms);
            slowest[i] = slowest[i].max(ms);
        }
    }
    times.sort_by(f64::total_cmp);
    let mut slowest: Vec<(f64, &String)> = slowest.into_iter().zip(queries).collect();
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    let (p50, p95, max) = (
        percentile(&times, 50.0),
        percentile(&times, 95.0),
        percentile(&times, 100.0),
    );
    for (key, value) in [
        ("open", open_ms),
        ("p50", p50),
        ("p95", p95),
        ("max", max),
        ("mean", mean),
    ] {
        summary.put(&format!("latency.native.{key}"), format!("{value:.3}"))?;
    }
    let row = [
        "native".to_string(),
        queries.len().to_string(),
        times.len().to_string(),
        format!("{open_ms:.1}"),
        format!("{p50:.3}"),
        format!("{p95:.3}"),
        format!("{max:.3}"),
        format!("{mean:.3}"),
    ];
    let slow: Vec<String> = slowest
        .iter()
        .take(5)
        .map(|(ms, q)| format!("  {ms:>8.3} ms  {q}"))
        .collect();
    Ok(format!(
        "{HEADER}\n{}\nslowest native queries:\n{}\n",
        row.join("\t"),
        slow.join("\n")
    ))
}

/// The columns of a latency row, tab-separated; `wasm/search.mjs` prints its row the same way
/// and `search.sh` lays both out as one table.
pub const HEADER: &str = "runtime\tqueries\ttimed\topen ms\tp50 ms\tp95 ms\tmax ms\tmean ms";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(
            (
                percentile(&v, 50.0),
                percentile(&v, 95.0),
                percentile(&v, 100.0)
            ),
            (10.0, 19.0, 20.0)
        );
        assert_eq!(percentile(&[3.0], 95.0), 3.0);
    }
}
