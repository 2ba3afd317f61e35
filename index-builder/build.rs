//! Embeds the demo corpus (`corpus/demo/*.md`, except `README.md`) and, when Trunk has built it,
//! the explorer (`target/dist`) into the binary.
//!
//! The set of demo articles changes as the corpus grows, so the list is generated here rather
//! than written out as `include_bytes!` lines by hand. The files are embedded as bytes and go
//! through the same reader as files on disk, so a bad demo file is reported, not a build error.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let demo_dir = manifest_dir.join("..").join("corpus").join("demo");
    // Cargo rescans a watched directory for any change, so new and removed articles are picked
    // up. A path that does not exist would make the script rerun on every build, so watch the
    // nearest existing ancestor instead.
    let watched = demo_dir
        .ancestors()
        .find(|dir| dir.exists())
        .unwrap_or(&manifest_dir);
    println!("cargo:rerun-if-changed={}", watched.display());

    let mut files = demo_files(&demo_dir);
    files.sort();

    let mut code =
        String::from("/// The demo corpus: file name and contents, sorted by file name.\n");
    code.push_str("pub(crate) static FILES: &[(&str, &[u8])] = &[\n");
    for (name, path) in &files {
        let path = path.to_str().expect("demo corpus paths are UTF-8");
        writeln!(code, "    ({name:?}, include_bytes!({path:?})),").unwrap();
    }
    code.push_str("];\n");

    let out =
        PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("demo_corpus.rs");
    fs::write(&out, code).unwrap_or_else(|err| panic!("writing {}: {err}", out.display()));

    embed_explorer(&manifest_dir);
}

/// Embeds the explorer Trunk built (`target/dist`, or `$CLAIMLENS_WEB_DIST`) so that
/// `claimlens build` writes a whole site. Without a build the list is empty and `claimlens
/// build` writes the bundle alone, saying how to build the explorer.
fn embed_explorer(manifest_dir: &Path) {
    println!("cargo:rerun-if-env-changed=CLAIMLENS_WEB_DIST");
    let dist = env::var_os("CLAIMLENS_WEB_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir.join("..").join("target").join("dist"));
    let watched = dist
        .ancestors()
        .find(|dir| dir.exists())
        .unwrap_or(manifest_dir);
    println!("cargo:rerun-if-changed={}", watched.display());
    let mut files: Vec<(String, PathBuf)> = fs::read_dir(&dist)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .filter_map(|p| {
                    Some((
                        p.file_name()?.to_str()?.to_owned(),
                        fs::canonicalize(&p).ok()?,
                    ))
                })
                .filter(|(name, _)| !name.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code = String::from("/// The explorer's files (Trunk's dist): name and contents.\n");
    code.push_str("pub(crate) static EXPLORER: &[(&str, &[u8])] = &[\n");
    for (name, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let path = path.to_str().expect("dist paths are UTF-8");
        writeln!(code, "    ({name:?}, include_bytes!({path:?})),").unwrap();
    }
    code.push_str("];\n");
    let out =
        PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("explorer.rs");
    fs::write(&out, code).unwrap_or_else(|err| panic!("writing {}: {err}", out.display()));
}

/// The `.md` files of the demo directory other than its README, as (file name, absolute path).
fn demo_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|name| name.to_str()) else {
            continue;
        };
        let is_article = path
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("md"))
            && !name.eq_ignore_ascii_case("README.md")
            && !name.starts_with('.')
            && path.is_file();
        if is_article {
            let absolute = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            files.push((name.to_owned(), absolute));
        }
    }
    files
}
