//! The `claimlens.toml` manifests of one run: read from disk, applied to the articles they
//! govern, and checked for entries that matched nothing. What a manifest says and how an entry
//! applies is [`claimlens_ingest::manifest`]'s; this module only does the file system's part.

use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;

use claimlens_core::ArticleInput;
use claimlens_ingest::manifest::{self, Manifest};

use crate::sources::{self, ManifestLink};
use crate::{Loaded, Skipped, Warning};

/// The manifests of one run, and which of their entries matched an article.
pub struct Set {
    manifests: Vec<Option<Manifest>>,
    paths: Vec<String>,
    matched: Vec<HashSet<String>>,
}

impl Set {
    /// Reads the manifests at `paths` (as [`sources::find`] lists them). The first story named
    /// becomes `loaded.story`; a manifest that cannot be read or parsed is listed as skipped
    /// and not applied.
    pub fn read(paths: &[PathBuf], loaded: &mut Loaded) -> Set {
        let mut set = Set {
            manifests: Vec::new(),
            paths: Vec::new(),
            matched: vec![HashSet::new(); paths.len()],
        };
        for path in paths {
            let shown = sources::display(path);
            let manifest = fs::read_to_string(path)
                .map_err(|err| format!("cannot read it: {err}"))
                .and_then(|text| manifest::parse(&text).map_err(|err| err.to_string()));
            let manifest = match manifest {
                Ok(manifest) => manifest,
                Err(reason) => {
                    loaded.skipped.push(Skipped {
                        path: shown.clone(),
                        reason: format!("manifest not applied: {reason}"),
                    });
                    set.manifests.push(None);
                    set.paths.push(shown);
                    continue;
                }
            };
            match (&loaded.story, &manifest.story) {
                (None, Some(story)) => loaded.story = Some(story.clone()),
                (Some(first), Some(story)) if first != story => loaded.warnings.push(Warning {
                    path: shown.clone(),
                    message: format!("names the story {story:?}, but an earlier manifest named it {first:?}; keeping {first:?}"),
                }),
                _ => {}
            }
            set.manifests.push(Some(manifest));
            set.paths.push(shown);
        }
        set
    }

    /// Applies the manifest `link` points to; `item` is the article's id suffix (`#2`) within
    /// its file.
    pub fn apply(&mut self, link: &ManifestLink, item: &str, input: &mut ArticleInput) {
        if let Some(Some(manifest)) = self.manifests.get(link.index) {
            let matched = manifest.apply(&link.key, item, input);
            self.matched[link.index].extend(matched);
        }
    }

    /// Warns about entries that matched no article: a misspelt or moved file.
    pub fn finish(self, loaded: &mut Loaded) {
        for ((manifest, path), matched) in self.manifests.iter().zip(&self.paths).zip(&self.matched)
        {
            let Some(manifest) = manifest else {
                continue;
            };
            for key in manifest.files.keys().filter(|key| !matched.contains(*key)) {
                loaded.warnings.push(Warning {
                    path: path.clone(),
                    message: format!("no article matches the entry {key:?}"),
                });
            }
        }
    }
}
