//! The `claimlens` command line, run as a real process: reading files, skipping bad ones, exit
//! codes, JSON output and the embedded demo.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

const GOOD_ARTICLE: &str = "---
title: Ferry capsizes near the harbour
outlet: The Harbour Ledger
date: 2025-03-02
url: https://example.com/ferry
author: Mira Voss
---

# Ferry capsizes near the harbour

“We have recovered twelve people,” coast guard captain Elena Marsh said on Sunday.
";

/// The `claimlens` binary, built once per test run.
///
/// Cargo builds a package's binaries only for that package's own tests, and this crate is a
/// different package, so the binary is built here with the cargo running the tests, in the same
/// profile. A fresh build each run also means a stale binary is never tested.
fn claimlens() -> Command {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    Command::new(BIN.get_or_init(build_claimlens))
}

fn build_claimlens() -> PathBuf {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    // This test binary lives in target/<profile>/deps.
    let exe = std::env::current_exe().expect("the test binary's path");
    let profile = match exe
        .parent()
        .and_then(Path::parent)
        .and_then(Path::file_name)
        .and_then(|name| name.to_str())
    {
        Some("debug") | None => "dev".to_owned(),
        Some(other) => other.to_owned(),
    };
    let output = Command::new(cargo)
        .args([
            "build",
            "--quiet",
            "--message-format=json",
            "-p",
            "claimlens-index-builder",
            "--bin",
            "claimlens",
        ])
        .args(["--profile", &profile])
        .arg("--manifest-path")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml"))
        .stderr(Stdio::inherit())
        .output()
        .expect("running cargo build");
    let messages: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .collect();
    // With --message-format=json the compiler's own errors go to stdout, so they are shown here.
    assert!(
        output.status.success(),
        "cargo build of claimlens failed:\n{}",
        messages
            .iter()
            .filter(|message| message["reason"] == "compiler-message")
            .filter_map(|message| message["message"]["rendered"].as_str())
            .collect::<String>()
    );
    messages
        .into_iter()
        .filter(|message| {
            message["reason"] == "compiler-artifact" && message["target"]["name"] == "claimlens"
        })
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .expect("cargo reported no claimlens executable")
}

pub(crate) fn run(args: &[&str]) -> Output {
    claimlens().args(args).output().expect("running claimlens")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

pub(crate) fn json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("stdout is not JSON ({err}):\n{}", stdout(output)))
}

pub(crate) fn path_arg(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

pub(crate) fn assert_no_panic(output: &Output) {
    assert!(
        !stderr(output).contains("panicked"),
        "claimlens panicked:\n{}",
        stderr(output)
    );
}

#[test]
fn bad_files_are_skipped_and_named_and_the_rest_is_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join("more")).unwrap();
    fs::write(root.join("good.md"), GOOD_ARTICLE).unwrap();
    fs::write(root.join("empty.txt"), "").unwrap();
    fs::write(root.join("more/blob.md"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    fs::write(root.join("latin1.txt"), b"Caf\xe9 owner said \"no\".\n").unwrap();
    fs::write(root.join("notes.pdf"), b"%PDF-1.7").unwrap();

    let output = run(&["analyze", "--format", "json", path_arg(root)]);
    assert_no_panic(&output);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "stderr:\n{err}");
    assert!(err.contains("skipped 3 files:"), "{err}");
    for (file, reason) in [
        ("empty.txt", "empty file"),
        ("blob.md", "binary file (contains NUL bytes)"),
        ("latin1.txt", "not valid UTF-8 (first bad byte at offset 3)"),
    ] {
        let line = err
            .lines()
            .find(|line| line.contains(file))
            .unwrap_or_else(|| panic!("{file} not named:\n{err}"));
        assert!(
            line.contains(reason),
            "{file}: expected {reason:?} in {line:?}"
        );
    }
    assert!(
        !err.contains("notes.pdf"),
        "files of other kinds in a directory are ignored silently:\n{err}"
    );

    let analysis = json(&output);
    let articles = analysis["articles"]
        .as_array()
        .expect("articles is an array");
    assert_eq!(articles.len(), 1, "only the good file is analysed");
    let article = &articles[0];
    assert_eq!(article["id"], "good.md");
    assert_eq!(article["title"], "Ferry capsizes near the harbour");
    assert_eq!(article["outlet"], "The Harbour Ledger");
    assert_eq!(article["date"], "2025-03-02");
    assert_eq!(article["url"], "https://example.com/ferry");
    let text = article["text"].as_str().unwrap();
    assert!(
        text.starts_with("# Ferry capsizes"),
        "front matter is stripped from the text: {text:?}"
    );
}

#[test]
fn nested_files_get_slash_separated_ids_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("b/c")).unwrap();
    fs::write(root.join("b/c/z.md"), GOOD_ARTICLE).unwrap();
    fs::write(root.join("b/a.txt"), "Headline\n\nBody.\n").unwrap();
    fs::write(root.join("a.md"), GOOD_ARTICLE).unwrap();

    let output = run(&["analyze", "--format", "json", path_arg(root)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let analysis = json(&output);
    let ids: Vec<&str> = analysis["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a.md", "b/a.txt", "b/c/z.md"]);
    assert_eq!(
        analysis["articles"][1]["title"], "Headline",
        "a .txt file's first line is its title"
    );
}

#[test]
fn json_has_the_documented_top_level_keys() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("good.md");
    fs::write(&file, GOOD_ARTICLE).unwrap();

    let output = run(&["analyze", "--format", "json", path_arg(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let analysis = json(&output);
    let mut keys: Vec<&str> = analysis
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["articles", "claims", "entities", "statements"]);
    let mut article_keys: Vec<&str> = analysis["articles"][0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    article_keys.sort_unstable();
    assert_eq!(
        article_keys,
        [
            "author",
            "date",
            "figures",
            "id",
            "outlet",
            "path",
            "quotes",
            "reprint_of",
            "text",
            "title",
            "url"
        ]
    );
    assert_eq!(
        analysis["articles"][0]["id"], "good.md",
        "an explicit file's id is its name"
    );
}

#[test]
fn text_is_the_default_format() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("good.md");
    fs::write(&file, GOOD_ARTICLE).unwrap();

    let output = run(&["analyze", path_arg(&file)]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(report.starts_with("1 article, "), "{report}");
    for heading in [
        "CONFLICTS (",
        "OTHER CLAIMS (",
        "SPEAKERS (",
        "UNATTRIBUTED QUOTES (",
    ] {
        assert!(report.contains(heading), "missing {heading}:\n{report}");
    }
}

#[test]
fn an_explicitly_named_unsupported_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("report.pdf");
    let good = dir.path().join("good.md");
    fs::write(&pdf, b"%PDF-1.7").unwrap();
    fs::write(&good, GOOD_ARTICLE).unwrap();

    let output = run(&["analyze", path_arg(&good), path_arg(&pdf)]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.starts_with("error: unsupported file "), "{err}");
    assert!(err.contains("report.pdf"), "{err}");
    assert!(
        output.stdout.is_empty(),
        "nothing is analysed after a usage error"
    );
}

#[test]
fn a_missing_path_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(&["analyze", path_arg(&dir.path().join("nope.md"))]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.starts_with("error: reading ") && err.contains("nope.md"),
        "{err}"
    );
}

#[test]
fn nothing_to_analyse_exits_with_2_and_lists_the_skipped_files() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("empty.md"), "").unwrap();

    let output = run(&["analyze", path_arg(dir.path())]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(err.contains("empty.md: empty file"), "{err}");
    assert!(err.contains("error: nothing to analyse"), "{err}");
    assert!(output.stdout.is_empty());
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        &["analyze"][..],
        &["analyze", "--format", "xml", "x.md"],
        &["frobnicate"],
    ] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(2), "claimlens {args:?}");
    }
}

#[test]
fn a_closed_stdout_is_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("long.txt");
    // The JSON holds the text, so this is far more than a pipe buffers.
    fs::write(
        &file,
        "The ferry left the harbour at noon.\n".repeat(20_000),
    )
    .unwrap();

    let mut child = claimlens()
        .args(["analyze", "--format", "json", path_arg(&file)])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(status.code(), Some(0), "{err}");
}

#[test]
fn demo_reports_a_conflict() {
    let output = run(&["demo"]);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = stdout(&output);
    let conflicts = report
        .lines()
        .find_map(|line| {
            line.strip_prefix("CONFLICTS (")?
                .strip_suffix(')')?
                .parse::<usize>()
                .ok()
        })
        .unwrap_or_else(|| panic!("no CONFLICTS heading:\n{report}"));
    assert!(
        conflicts >= 1,
        "the demo corpus is built around a disputed figure:\n{report}"
    );
    let section = report
        .split("CONFLICTS (")
        .nth(1)
        .unwrap()
        .split("OTHER CLAIMS (")
        .next()
        .unwrap();
    assert!(
        section.lines().any(|line| line.starts_with("    - ")),
        "no value line under CONFLICTS:\n{report}"
    );
}

#[test]
fn demo_json_holds_every_demo_article() {
    let demo_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus/demo");
    let mut expected: Vec<String> = fs::read_dir(&demo_dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".md") && name != "README.md")
        .collect();
    expected.sort();

    let output = run(&["demo", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let analysis = json(&output);
    let articles = analysis["articles"].as_array().unwrap();
    let ids: Vec<&str> = articles
        .iter()
        .map(|article| article["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, expected);
    assert!(
        articles.iter().all(|article| article["outlet"].is_string()),
        "demo articles name their outlet"
    );
}

fn site_files(site: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(site)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn build_writes_a_bundle_and_compressed_copies_deterministically() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    fs::write(corpus.join("good.md"), GOOD_ARTICLE).unwrap();
    fs::write(corpus.join("broken.txt"), b"\xff\xfe\x00b\x00a\x00d").unwrap();
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    for site in [&one, &two] {
        let output = run(&["build", path_arg(&corpus), "--out", path_arg(site)]);
        assert_no_panic(&output);
        let err = stderr(&output);
        assert_eq!(
            output.status.code(),
            Some(1),
            "a skipped file makes the exit code 1:\n{err}"
        );
        assert!(
            err.contains("broken.txt"),
            "the skipped file is named:\n{err}"
        );
        assert!(err.contains("built "), "{err}");
    }
    let files = site_files(&one);
    for name in [
        "claimlens.bundle",
        "claimlens.bundle.br",
        "claimlens.bundle.gz",
    ] {
        assert!(
            files.iter().any(|f| f == name),
            "{name} missing from {files:?}"
        );
    }
    // With the explorer built into the binary, the site holds it too.
    if claimlens_index_builder::build_cmd::has_explorer() {
        assert!(files.iter().any(|f| f == "index.html"), "{files:?}");
    }
    for name in site_files(&one) {
        assert_eq!(
            fs::read(one.join(&name)).unwrap(),
            fs::read(two.join(&name)).unwrap(),
            "{name} differs between two builds"
        );
    }
    // The brotli and gzip copies hold the same bundle.
    let raw = fs::read(one.join("claimlens.bundle")).unwrap();
    let mut unzipped = Vec::new();
    flate2::read::GzDecoder::new(&fs::read(one.join("claimlens.bundle.gz")).unwrap()[..])
        .read_to_end(&mut unzipped)
        .unwrap();
    assert_eq!(unzipped, raw);

    let output = run(&[
        "search",
        path_arg(&one.join("claimlens.bundle")),
        "twelve",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let results = json(&output);
    assert_eq!(results["total"], 1);
    assert_eq!(results["hits"][0]["article"], "good.md");
}

#[test]
fn a_build_with_nothing_readable_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    fs::write(corpus.join("empty.txt"), "").unwrap();
    let site = dir.path().join("site");
    let output = run(&["build", path_arg(&corpus), "--out", path_arg(&site)]);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("empty.txt"));
    assert!(
        site_files(&site).is_empty(),
        "no bundle, no temporary file: {:?}",
        site_files(&site)
    );
}

#[test]
fn searching_a_damaged_bundle_says_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    fs::create_dir(&corpus).unwrap();
    fs::write(corpus.join("good.md"), GOOD_ARTICLE).unwrap();
    let site = dir.path().join("site");
    assert_eq!(
        run(&["build", path_arg(&corpus), "--out", path_arg(&site)])
            .status
            .code(),
        Some(0)
    );
    let bundle = site.join("claimlens.bundle");
    let bytes = fs::read(&bundle).unwrap();
    fs::write(&bundle, &bytes[..bytes.len() - 7]).unwrap();
    let output = run(&["search", path_arg(&bundle), "twelve"]);
    assert_no_panic(&output);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("truncated") && err.contains("claimlens.bundle"),
        "{err}"
    );
}
