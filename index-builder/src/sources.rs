//! Finds the article files named on the command line and gives each a stable id.
//!
//! Directories are walked recursively in file name order, following symbolic links, skipping
//! hidden entries (`.git`, `.DS_Store`), `README` files and files that are not `.md` or `.txt`.
//! A file named explicitly must be one of those kinds.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Context, Result};
use walkdir::WalkDir;

use crate::document::Kind;
use crate::Skipped;

/// One article file to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub path: PathBuf,
    /// The path relative to the directory it was found in (or the file name), with `/`.
    pub id: String,
    pub kind: Kind,
}

/// Lists the article files under `paths`, in the order given and sorted within directories.
///
/// Entries that cannot be listed (permissions, symbolic link loops) come back as skipped. A path
/// that does not exist or an explicitly named file of an unsupported kind is an error.
pub fn find(paths: &[PathBuf]) -> Result<(Vec<Source>, Vec<Skipped>)> {
    let mut sources = Vec::new();
    let mut skipped = Vec::new();
    for path in paths {
        let metadata = fs::metadata(path).with_context(|| format!("reading {}", path.display()))?;
        if metadata.is_dir() {
            walk(path, &mut sources, &mut skipped);
        } else {
            let kind = Kind::of(path).with_context(|| {
                format!(
                    "unsupported file {}: claimlens reads .md and .txt files",
                    path.display()
                )
            })?;
            let name = path
                .file_name()
                .map_or_else(|| display(path), |name| name.to_string_lossy().into_owned());
            sources.push(Source {
                path: path.clone(),
                id: name,
                kind,
            });
        }
    }
    if sources.is_empty() && skipped.is_empty() {
        let names: Vec<String> = paths
            .iter()
            .map(|path| path.display().to_string())
            .collect();
        bail!("no .md or .txt files found in {}", names.join(", "));
    }
    dedup(&mut sources);
    make_ids_unique(&mut sources);
    Ok((sources, skipped))
}

fn walk(dir: &Path, sources: &mut Vec<Source>, skipped: &mut Vec<Skipped>) {
    let walker = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.')
        });
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err.path().unwrap_or(dir);
                let reason = match err.loop_ancestor() {
                    Some(ancestor) => format!("symbolic link loop back to {}", ancestor.display()),
                    None => format!(
                        "cannot list it: {}",
                        err.io_error()
                            .map_or_else(|| err.to_string(), ToString::to_string)
                    ),
                };
                skipped.push(Skipped {
                    path: display(path),
                    reason,
                });
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let Some(kind) = Kind::of(entry.path()) else {
            continue;
        };
        if is_readme(entry.path()) {
            continue;
        }
        let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        sources.push(Source {
            path: entry.path().to_path_buf(),
            id: slash_path(relative),
            kind,
        });
    }
}

/// A README in a corpus directory describes the corpus; it is not an article (`corpus/demo`
/// has one). Named explicitly, it is read like any other file.
fn is_readme(path: &Path) -> bool {
    path.file_stem()
        .and_then(|stem| stem.to_str())
        .is_some_and(|stem| stem.eq_ignore_ascii_case("readme"))
}

/// Drops a file met twice (named twice, or named and inside a named directory), keeping the first.
fn dedup(sources: &mut Vec<Source>) {
    let mut seen = HashSet::new();
    sources.retain(|source| {
        seen.insert(fs::canonicalize(&source.path).unwrap_or_else(|_| source.path.clone()))
    });
}

/// Ids must be unique within one analysis: when two directories both hold `01.md`, those files
/// are identified by their path as given instead.
fn make_ids_unique(sources: &mut [Source]) {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for source in sources.iter() {
        *counts.entry(source.id.clone()).or_default() += 1;
    }
    for source in sources.iter_mut() {
        if counts[&source.id] > 1 {
            source.id = slash_path(&source.path);
        }
    }
}

/// A path as a string with `/` separators on every platform.
fn slash_path(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .filter_map(|component| match component {
            Component::Prefix(prefix) => Some(prefix.as_os_str().to_string_lossy().into_owned()),
            Component::RootDir => Some(String::new()),
            Component::CurDir => None,
            Component::ParentDir => Some("..".to_owned()),
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
        })
        .collect();
    match parts.as_slice() {
        [root] if root.is_empty() => "/".to_owned(),
        _ => parts.join("/"),
    }
}

/// How a path is named in messages.
pub(crate) fn display(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slash_path_joins_components_with_slashes() {
        assert_eq!(slash_path(Path::new("a/b/c.md")), "a/b/c.md");
        assert_eq!(slash_path(Path::new("./a/../b.md")), "a/../b.md");
        assert_eq!(slash_path(Path::new("/tmp/x.md")), "/tmp/x.md");
    }

    #[test]
    fn walks_directories_sorted_and_keeps_explicit_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/nested")).unwrap();
        fs::create_dir_all(root.join(".hidden")).unwrap();
        for name in [
            "b/nested/z.md",
            "b/a.txt",
            "a.md",
            "notes.pdf",
            ".hidden/x.md",
            ".dot.md",
            "C.MD",
        ] {
            fs::write(root.join(name), "text").unwrap();
        }
        let (sources, skipped) = find(&[root.to_path_buf()]).unwrap();
        let ids: Vec<&str> = sources.iter().map(|source| source.id.as_str()).collect();
        assert_eq!(ids, ["C.MD", "a.md", "b/a.txt", "b/nested/z.md"]);
        assert!(skipped.is_empty());

        // The same file twice is read once.
        let (sources, _) = find(&[root.join("a.md"), root.to_path_buf()]).unwrap();
        assert_eq!(
            sources.iter().filter(|source| source.id == "a.md").count(),
            1
        );
    }

    #[test]
    fn colliding_ids_fall_back_to_the_full_path() {
        let dir = tempfile::tempdir().unwrap();
        for sub in ["x", "y"] {
            fs::create_dir(dir.path().join(sub)).unwrap();
            fs::write(dir.path().join(sub).join("01.md"), "text").unwrap();
        }
        let (sources, _) = find(&[dir.path().join("x"), dir.path().join("y")]).unwrap();
        assert_eq!(sources.len(), 2);
        assert_ne!(sources[0].id, sources[1].id);
        assert!(sources[0].id.ends_with("x/01.md"), "{}", sources[0].id);
    }

    #[test]
    fn explicit_unsupported_or_missing_paths_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("a.pdf");
        fs::write(&pdf, "x").unwrap();
        let err = find(&[pdf]).unwrap_err();
        assert!(
            format!("{err:#}").starts_with("unsupported file "),
            "{err:#}"
        );
        let err = find(&[dir.path().join("missing.md")]).unwrap_err();
        assert!(format!("{err:#}").starts_with("reading "), "{err:#}");
        let err = find(&[dir.path().to_path_buf()]).unwrap_err();
        assert!(
            format!("{err:#}").starts_with("no .md or .txt files found in "),
            "{err:#}"
        );
    }
}
