//! `claimlens export` run as a real process: the tables of the shared Belarus corpus (read at
//! run time from `../shared/corpus`), the same rows from a bundle as from its corpus, CSV that a
//! CSV reader gives back field for field, and bad input.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::cli::{assert_no_panic, json, path_arg, run, stderr};

const BOM: &str = "\u{feff}";

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/belarus-2025-12")
}

/// Runs `claimlens export ARGS --out FILE` and returns the file's bytes.
fn export_to_file(args: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("table.csv");
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--out", path_arg(&out)]);
    let output = run(&all);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    fs::read(&out).expect("the exported file")
}

/// A CSV file's header and records, read back with a CSV reader, each record as column → field.
fn read_csv(bytes: &[u8]) -> Vec<BTreeMap<String, String>> {
    let text = std::str::from_utf8(bytes).expect("CSV is UTF-8");
    let text = text
        .strip_prefix(BOM)
        .expect("CSV opens with a byte order mark");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    reader
        .records()
        .map(|record| {
            let record = record.expect("a well-formed CSV record");
            header
                .iter()
                .cloned()
                .zip(record.iter().map(String::from))
                .collect()
        })
        .collect()
}

fn corpus_table(table: &str) -> Vec<BTreeMap<String, String>> {
    read_csv(&export_to_file(&[path_arg(&corpus()), "--table", table]))
}

#[test]
fn the_figures_table_has_the_156_claimed_by_john_coale_in_its_sentence() {
    let rows = corpus_table("figures");
    let row = rows
        .iter()
        .find(|r| r["low"] == "156" && r["holder"] == "John Coale")
        .unwrap_or_else(|| panic!("no 156 row held by John Coale among {} rows", rows.len()));
    assert_eq!(row["high"], "156");
    assert_eq!(row["conflict"], "yes", "156 conflicts with 123");
    assert!(row["value"].contains("156"), "{row:?}");
    assert!(!row["claim"].is_empty(), "{row:?}");
    // The sentence is one sentence of the article, holding the figure as written.
    let sentence = &row["sentence"];
    assert!(sentence.contains(&row["value"]), "{row:?}");
    let text = fs::read_to_string(corpus().join(&row["article"])).unwrap();
    assert!(
        text.contains(sentence.as_str()),
        "{sentence:?} is not in {}",
        row["article"]
    );
    assert!(
        sentence.len() < 300,
        "one sentence, not a paragraph: {sentence:?}"
    );
    // No article of the corpus is left without a name a reader recognises.
    for r in &rows {
        assert!(
            !r["outlet"].is_empty() && !r["outlet"].starts_with("Article "),
            "{r:?}"
        );
    }
}

#[test]
fn every_attributed_quote_has_its_speaker_in_the_quotes_table() {
    let rows = corpus_table("quotes");
    let analysis = json(&run(&["analyze", "--format", "json", path_arg(&corpus())]));
    let names: BTreeMap<&str, &str> = analysis["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["id"].as_str().unwrap(), e["name"].as_str().unwrap()))
        .collect();
    let mut expected = BTreeSet::new();
    let mut quotes = 0;
    for article in analysis["articles"].as_array().unwrap() {
        for quote in article["quotes"].as_array().unwrap() {
            quotes += 1;
            if let Some(speaker) = quote["speaker"].as_str() {
                expected.insert((
                    article["id"].as_str().unwrap().to_string(),
                    quote["start"].to_string(),
                    names[speaker].to_string(),
                ));
            }
        }
    }
    assert_eq!(rows.len(), quotes, "one row per quote");
    assert!(expected.len() > 20, "the corpus has many attributed quotes");
    let named: BTreeSet<(String, String, String)> = rows
        .iter()
        .filter(|r| !r["speaker"].is_empty())
        .map(|r| {
            (
                r["article"].clone(),
                r["start"].clone(),
                r["speaker"].clone(),
            )
        })
        .collect();
    assert_eq!(named, expected);
    assert!(rows.iter().any(|r| r["speaker"] == "John Coale"));
}

#[test]
fn a_bundle_exports_the_same_rows_as_the_corpus_it_was_built_from() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let output = run(&["build", path_arg(&corpus()), "--out", path_arg(&site)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let bundle = site.join("claimlens.bundle");
    // With no manifest, the story is named by the headline its articles share most.
    let whole = claimlens_index_builder::bundle_file::read_whole(&bundle).unwrap();
    let decoded = claimlens_bundle::decode(&whole).unwrap();
    let title = decoded
        .story
        .expect("a story title derived from the headlines");
    assert!(
        decoded
            .analysis
            .articles
            .iter()
            .any(|a| a.title.as_deref() == Some(title.as_str())),
        "{title:?} is one of the headlines"
    );
    assert!(title.contains("Prisoners"), "{title:?}");
    for table in ["figures", "quotes", "claims", "speakers"] {
        for format in ["csv", "json"] {
            let from_corpus =
                export_to_file(&[path_arg(&corpus()), "--table", table, "--format", format]);
            let from_bundle =
                export_to_file(&[path_arg(&bundle), "--table", table, "--format", format]);
            assert!(from_corpus.len() > 200, "{table} {format} has rows");
            assert!(
                from_corpus == from_bundle,
                "{table} as {format} differs between the corpus and its bundle"
            );
        }
    }
}

/// An article whose metadata and quotations hold commas, quotation marks and a line break
/// (front matter keeps `\n` in a quoted title; the other readers fold line breaks into spaces).
const AWKWARD: &str = r#"---
title: "Ferry \"Aurel\" capsizes, 48 saved\nOstrel edition"
outlet: "The Ledger, Ostrel"
date: 2025-03-02
url: https://ledger.example/ferry?a=1,b=2
---

“We saved 48 people, and we will not stop,” coast guard captain Elena Marsh said.

“Nobody could reach them,” said Petar Holm, the harbour master.
"#;

#[test]
fn csv_fields_with_commas_quotes_and_line_breaks_read_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("awkward.md");
    fs::write(&article, AWKWARD).unwrap();
    let analysis = json(&run(&["analyze", "--format", "json", path_arg(&article)]));
    let title = analysis["articles"][0]["title"].as_str().unwrap();
    assert!(
        title.contains('\n') && title.contains('"') && title.contains(','),
        "the title tests every kind of awkward field: {title:?}"
    );
    for table in ["figures", "quotes"] {
        let rows = read_csv(&export_to_file(&[path_arg(&article), "--table", table]));
        assert!(!rows.is_empty(), "{table} has rows");
        for row in &rows {
            assert_eq!(row["title"], title);
            assert_eq!(row["outlet"], "The Ledger, Ostrel");
            assert_eq!(row["url"], "https://ledger.example/ferry?a=1,b=2");
            assert_eq!(row["date"], "2025-03-02");
        }
        // JSON Lines holds the same rows, field for field.
        let lines = export_to_file(&[path_arg(&article), "--table", table, "--format", "json"]);
        let lines: Vec<Value> = std::str::from_utf8(&lines)
            .unwrap()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        assert_eq!(lines.len(), rows.len());
        for (line, row) in lines.iter().zip(&rows) {
            for (column, field) in row {
                let value = match &line[column] {
                    Value::String(s) => s.clone(),
                    Value::Null => String::new(),
                    other => other.to_string(),
                };
                assert_eq!(&value, field, "{table}.{column}");
            }
        }
    }
    let quotes = read_csv(&export_to_file(&[path_arg(&article), "--table", "quotes"]));
    let saved = quotes
        .iter()
        .find(|r| r["quote"].contains("48 people"))
        .unwrap();
    assert_eq!(saved["speaker"], "Elena Marsh");
    assert!(
        saved["quote"].contains(", and we will not stop"),
        "{saved:?}"
    );
}

#[test]
fn bad_files_are_skipped_and_a_failed_export_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    fs::write(corpus.join("good.md"), AWKWARD).unwrap();
    fs::write(corpus.join("empty.txt"), "").unwrap();
    let out = dir.path().join("figures.csv");
    let output = run(&[
        "export",
        path_arg(&corpus),
        "--table",
        "figures",
        "--out",
        path_arg(&out),
    ]);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("empty.txt"), "{}", stderr(&output));
    assert!(!read_csv(&fs::read(&out).unwrap()).is_empty());

    // Nothing readable: no file, and an existing one is left as it was.
    fs::remove_file(corpus.join("good.md")).unwrap();
    fs::write(&out, "kept").unwrap();
    let output = run(&[
        "export",
        path_arg(&corpus),
        "--table",
        "quotes",
        "--out",
        path_arg(&out),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("nothing to export"),
        "{}",
        stderr(&output)
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), "kept");
    assert_only_file(dir.path(), &["corpus", "figures.csv"]);

    // A damaged bundle is an error naming it.
    let bundle = dir.path().join("story.bundle");
    let mut bytes = b"CLAIMLNS".to_vec();
    bytes.extend_from_slice(&[0; 40]);
    fs::write(&bundle, bytes).unwrap();
    let output = run(&["export", path_arg(&bundle), "--table", "claims"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("story.bundle"),
        "{}",
        stderr(&output)
    );
}

/// `dir` holds exactly `names` (no temporary file left behind).
fn assert_only_file(dir: &Path, names: &[&str]) {
    let mut found: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    found.sort();
    assert_eq!(found, names);
}

/// A wire story of our own, for the reprint test: the agency's copy and an outlet's reprint.
const WIRE_COPY: &str = "In all, 48 people were rescued from the capsized ferry Aurel off the Varnetian coast. Fishing crews joined the search before dawn and brought four survivors to the harbour at Ostrel, where ambulances waited on the quay. The harbour authority said the ferry had passed its last inspection in March and that divers would return to the wreck when the wind eased. Relatives waited at the terminal for a list of names that had still not been published by the evening.";

#[test]
fn a_reprint_is_marked_and_counted_once() {
    let dir = tempfile::tempdir().unwrap();
    let article = |name: &str, outlet: &str, date: &str, text: &str| {
        let md = format!("---\ntitle: {name}\noutlet: {outlet}\ndate: {date}\n---\n\n{text}\n");
        fs::write(dir.path().join(format!("{name}.md")), md).unwrap();
    };
    article("wire", "Orbis", "2026-03-14", WIRE_COPY);
    article(
        "reprint",
        "The Courier",
        "2026-03-15",
        &format!("{WIRE_COPY}\n\nCopyright The Courier."),
    );
    article(
        "own",
        "The Ledger",
        "2026-03-15",
        "In all, 48 people were rescued from the capsized ferry. The mayor, Petar Holm, said 61 people were rescued.",
    );
    let figures = read_csv(&export_to_file(&[
        path_arg(dir.path()),
        "--table",
        "figures",
    ]));
    for row in &figures {
        let expected = if row["outlet"] == "The Courier" {
            "Orbis"
        } else {
            ""
        };
        assert_eq!(row["reprint_of"], expected, "{row:?}");
    }
    let claims = read_csv(&export_to_file(&[
        path_arg(dir.path()),
        "--table",
        "claims",
    ]));
    let rescued = claims
        .iter()
        .find(|r| r["value"] == "48")
        .expect("a 48 row");
    assert!(
        rescued["explanation"].contains("48: 2 independent reports (3 articles)"),
        "{rescued:?}"
    );
    assert_eq!(rescued["first_reported_by"], "Orbis");
}
