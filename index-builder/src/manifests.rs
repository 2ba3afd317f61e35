//! The `claimlens.toml` manifests of one run: read from disk, applied to the articles they
//! govern, and checked for entries that matched nothing. What a manifest says and how an entry
//! applies is [`claimlens_ingest::manifest`]'s; this module only does the file system's part.

use std::fs;
use std::path::PathBuf;

use claimlens_core::ArticleInput;
use claimlens_ingest::manifest::{self, InUse};

use crate::sources::{self, ManifestLink};
use crate::{Loaded, Skipped, Warning};

/// The manifests of one run, each remembering which of its entries matched an article.
pub struct Set {
    manifests: Vec<Option<InUse>>,
    paths: Vec<String>,
}

impl Set {
    /// Reads the manifests at `paths` (as [`sources::find`] lists them). The first story named
    /// becomes `loaded.story`; a manifest that cannot be read or parsed is listed as skipped
    /// and not applied.
    pub fn read(paths: &[PathBuf], loaded: &mut Loaded) -> Set {
        let mut set = Set {
            manifests: Vec::new(),
            paths: Vec::new(),
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
                        reason: manifest::not_applied(&reason),
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
            set.manifests.push(Some(InUse::new(manifest)));
            set.paths.push(shown);
        }
        set
    }

    /// Applies the manifest `link` points to; `file_id` is the id of the article's file (the
    /// article's own id, or its id before `#N`).
    pub fn apply(&mut self, link: &ManifestLink, file_id: &str, input: &mut ArticleInput) {
        if let Some(Some(manifest)) = self.manifests.get_mut(link.index) {
            manifest.apply(&link.key, file_id, input);
        }
    }

    /// Warns about entries that matched no article: a misspelt or moved file.
    pub fn finish(self, loaded: &mut Loaded) {
        for (manifest, path) in self.manifests.iter().zip(&self.paths) {
            let Some(manifest) = manifest else {
                continue;
            };
            loaded
                .warnings
                .extend(manifest.unmatched().into_iter().map(|message| Warning {
                    path: path.clone(),
                    message,
                }));
        }
    }
}
