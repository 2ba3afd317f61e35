//! Finds the article files named on the command line, gives each a stable id, and finds the
//! `claimlens.toml` manifest that governs each.
//!
//! Directories are walked recursively in file name order, following symbolic links, skipping
//! hidden entries (`.git`, `.DS_Store`), `README` files and files of kinds claimlens does not
//! read ([`Kind::of`]). A file named explicitly must be of a kind claimlens reads.
//!
//! A manifest governs the files in its folder and below, down to the next manifest; manifests
//! are looked for inside the directories named, and, for a file named directly, in its folder.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Context, Result};
use walkdir::WalkDir;

use crate::Skipped;
use claimlens_ingest::{manifest, Kind};

/// One article file to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub path: PathBuf,
    /// The path relative to the directory it was found in (or the file name), with `/`.
    pub id: String,
    pub kind: Kind,
    /// The manifest that governs the file, if any.
    pub manifest: Option<ManifestLink>,
}

/// Which manifest governs a file, and the file's key in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestLink {
    /// Index into [`Found::manifests`].
    pub index: usize,
    /// The file's path relative to the manifest's folder, with `/`.
    pub key: String,
}

/// What [`find`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub sources: Vec<Source>,
    /// Paths of the manifests that govern at least one source, in the order first met.
    pub manifests: Vec<PathBuf>,
    /// Entries that could not be listed.
    pub skipped: Vec<Skipped>,
}

/// Lists the article files under `paths`, in the order given and sorted within directories.
///
/// Entries that cannot be listed (permissions, symbolic link loops) come back as skipped. A path
/// that does not exist or an explicitly named file of an unsupported kind is an error.
pub fn find(paths: &[PathBuf]) -> Result<Found> {
    let mut found = Found::default();
    let mut manifests = Manifests::default();
    for path in paths {
        let metadata = fs::metadata(path).with_context(|| format!("reading {}", path.display()))?;
        if metadata.is_dir() {
            walk(path, &mut found, &mut manifests);
        } else {
            let name = path
                .file_name()
                .map_or_else(|| display(path), |name| name.to_string_lossy().into_owned());
            if name == manifest::FILE_NAME {
                bail!(
                    "{} is a manifest, not an article: name the folder it describes",
                    path.display()
                );
            }
            let kind = Kind::of(path).with_context(|| {
                format!(
                    "unsupported file {}: claimlens reads {} files",
                    path.display(),
                    Kind::EXTENSIONS
                )
            })?;
            let folder = path.parent().unwrap_or(Path::new(""));
            let manifest_path = folder.join(manifest::FILE_NAME);
            let link = manifest_path.is_file().then(|| ManifestLink {
                index: manifests.index(&manifest_path),
                key: name.clone(),
            });
            found.sources.push(Source {
                path: path.clone(),
                id: name,
                kind,
                manifest: link,
            });
        }
    }
    if found.sources.is_empty() && found.skipped.is_empty() {
        let names: Vec<String> = paths
            .iter()
            .map(|path| path.display().to_string())
            .collect();
        bail!(
            "no article files ({}) found in {}",
            Kind::EXTENSIONS,
            names.join(", ")
        );
    }
    dedup(&mut found.sources);
    make_ids_unique(&mut found.sources);
    found.manifests = manifests.used(&mut found.sources);
    Ok(found)
}

/// Manifests met so far, each once however it was reached.
#[derive(Default)]
struct Manifests {
    paths: Vec<PathBuf>,
    by_path: HashMap<PathBuf, usize>,
}

impl Manifests {
    fn index(&mut self, path: &Path) -> usize {
        let key = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        *self.by_path.entry(key).or_insert_with(|| {
            self.paths.push(path.to_path_buf());
            self.paths.len() - 1
        })
    }

    /// The manifests some source refers to, renumbering the sources' links to match.
    fn used(self, sources: &mut [Source]) -> Vec<PathBuf> {
        let mut renumbered: HashMap<usize, usize> = HashMap::new();
        let mut used = Vec::new();
        for link in sources
            .iter_mut()
            .filter_map(|source| source.manifest.as_mut())
        {
            link.index = *renumbered.entry(link.index).or_insert_with(|| {
                used.push(self.paths[link.index].clone());
                used.len() - 1
            });
        }
        used
    }
}

fn walk(dir: &Path, found: &mut Found, manifests: &mut Manifests) {
    let first_source = found.sources.len();
    // Folders (relative to `dir`) that hold a manifest.
    let mut manifest_dirs: HashMap<PathBuf, usize> = HashMap::new();
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
                found.skipped.push(Skipped {
                    path: display(path),
                    reason,
                });
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        if entry.file_name() == manifest::FILE_NAME {
            let folder = relative.parent().unwrap_or(Path::new("")).to_path_buf();
            manifest_dirs.insert(folder, manifests.index(entry.path()));
            continue;
        }
        let Some(kind) = Kind::of(entry.path()) else {
            continue;
        };
        if is_readme(entry.path()) {
            continue;
        }
        found.sources.push(Source {
            path: entry.path().to_path_buf(),
            id: slash_path(relative),
            kind,
            manifest: None,
        });
    }
    if manifest_dirs.is_empty() {
        return;
    }
    // Each file is governed by the manifest in the nearest folder at or above its own.
    for source in &mut found.sources[first_source..] {
        let relative = source.path.strip_prefix(dir).unwrap_or(&source.path);
        source.manifest = relative.ancestors().skip(1).find_map(|folder| {
            let index = *manifest_dirs.get(folder)?;
            let key = relative.strip_prefix(folder).unwrap_or(relative);
            Some(ManifestLink {
                index,
                key: slash_path(key),
            })
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
            "page.HTM",
            "b/feed.jsonl",
            ".hidden/x.md",
            ".dot.md",
            "C.MD",
        ] {
            fs::write(root.join(name), "text").unwrap();
        }
        let found = find(&[root.to_path_buf()]).unwrap();
        let ids: Vec<&str> = found
            .sources
            .iter()
            .map(|source| source.id.as_str())
            .collect();
        assert_eq!(
            ids,
            [
                "C.MD",
                "a.md",
                "b/a.txt",
                "b/feed.jsonl",
                "b/nested/z.md",
                "page.HTM"
            ]
        );
        assert!(found.skipped.is_empty());
        assert!(found.manifests.is_empty());

        // The same file twice is read once.
        let found = find(&[root.join("a.md"), root.to_path_buf()]).unwrap();
        assert_eq!(
            found
                .sources
                .iter()
                .filter(|source| source.id == "a.md")
                .count(),
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
        let sources = find(&[dir.path().join("x"), dir.path().join("y")])
            .unwrap()
            .sources;
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
            format!("{err:#}")
                .starts_with("no article files (.md, .txt, .html, .htm, .json, .jsonl) found in "),
            "{err:#}"
        );
        fs::write(dir.path().join(manifest::FILE_NAME), "").unwrap();
        let err = find(&[dir.path().join(manifest::FILE_NAME)]).unwrap_err();
        assert!(
            format!("{err:#}").contains("is a manifest, not an article"),
            "{err:#}"
        );
    }

    #[test]
    fn each_file_is_linked_to_the_nearest_manifest_above_it() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("wire/more")).unwrap();
        fs::create_dir_all(root.join("own")).unwrap();
        for name in [
            "a.md",
            "wire/b.md",
            "wire/more/c.md",
            "own/d.md",
            "claimlens.toml",
            "own/claimlens.toml",
        ] {
            fs::write(root.join(name), "").unwrap();
        }
        let found = find(&[root.to_path_buf()]).unwrap();
        let links: Vec<(&str, usize, &str)> = found
            .sources
            .iter()
            .map(|source| {
                let link = source.manifest.as_ref().expect("every file has a manifest");
                (source.id.as_str(), link.index, link.key.as_str())
            })
            .collect();
        let top = found
            .manifests
            .iter()
            .position(|path| path == &root.join("claimlens.toml"))
            .unwrap();
        let own = 1 - top;
        assert_eq!(found.manifests[own], root.join("own/claimlens.toml"));
        assert_eq!(
            links,
            [
                ("a.md", top, "a.md"),
                ("own/d.md", own, "d.md"),
                ("wire/b.md", top, "wire/b.md"),
                ("wire/more/c.md", top, "wire/more/c.md")
            ]
        );

        // A file named directly is governed by the manifest beside it.
        let found = find(&[root.join("own/d.md")]).unwrap();
        assert_eq!(found.manifests, [root.join("own/claimlens.toml")]);
        assert_eq!(
            found.sources[0].manifest,
            Some(ManifestLink {
                index: 0,
                key: "d.md".into()
            })
        );
        let found = find(&[root.join("wire/b.md")]).unwrap();
        assert!(found.manifests.is_empty());
    }
}
