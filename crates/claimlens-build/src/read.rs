//! Files known only by name and bytes (chosen in a page, dropped on it, pasted) read into
//! articles with claimlens-ingest's readers, the CLI's own: one outcome per article, skip
//! reasons for the rest. A `claimlens.toml` among them is applied to the others as the CLI
//! applies the manifest of their folder.

use claimlens_core::ArticleInput;
use claimlens_ingest::document;
use claimlens_ingest::manifest::{self, InUse};

use crate::Stage;

/// A file, or one article of a file, that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub name: String,
    pub reason: String,
}

/// The articles read from a set of files.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Read {
    pub inputs: Vec<ArticleInput>,
    pub skipped: Vec<Skipped>,
    /// Something odd noticed in a file that was read all the same: (file name, message).
    pub warnings: Vec<(String, String)>,
    /// The story's title, when a manifest among the files names it.
    pub story: Option<String>,
}

/// Reads `files` (name, bytes), in the order of their names so that the same files give the
/// same story however they were chosen; the name is each article's id and path, as for the
/// CLI given file names. A file named `claimlens.toml` is the manifest of the others, whose
/// names are their keys in it, as for files in the manifest's own folder; only one can apply,
/// so a second is listed as skipped. `progress(Stage::Read, done, total)` follows the files.
pub fn read_files(
    mut files: Vec<(String, Vec<u8>)>,
    mut progress: impl FnMut(Stage, usize, usize),
) -> Read {
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let total = files.len();
    let mut read = Read::default();
    progress(Stage::Read, 0, total);
    let (manifests, articles): (Vec<_>, Vec<_>) = files
        .into_iter()
        .partition(|(name, _)| base_name(name) == manifest::FILE_NAME);
    let mut done = 0;
    let mut in_use = None;
    for (name, bytes) in manifests {
        match read_manifest(&bytes, in_use.is_some()) {
            Ok(manifest) => in_use = Some((name, manifest)),
            Err(reason) => read.skipped.push(Skipped { name, reason }),
        }
        done += 1;
        progress(Stage::Read, done, total);
    }
    for (name, bytes) in articles {
        for outcome in document::read_named(&name, bytes) {
            match outcome {
                Ok(mut doc) => {
                    if let Some((_, manifest)) = &mut in_use {
                        manifest.apply(&name, &name, &mut doc.input);
                    }
                    read.warnings
                        .extend(doc.warnings.into_iter().map(|w| (name.clone(), w)));
                    read.inputs.push(doc.input);
                }
                Err(reason) => read.skipped.push(Skipped {
                    name: name.clone(),
                    reason: reason.to_string(),
                }),
            }
        }
        done += 1;
        progress(Stage::Read, done, total);
    }
    if let Some((name, manifest)) = in_use {
        read.story = manifest.story().map(str::to_owned);
        read.warnings
            .extend(manifest.unmatched().into_iter().map(|w| (name.clone(), w)));
    }
    read
}

/// A manifest's bytes parsed, or why it is not applied (as the CLI words it).
fn read_manifest(bytes: &[u8], another_applies: bool) -> Result<InUse, String> {
    if another_applies {
        return Err(manifest::not_applied(
            "another claimlens.toml among these files applies; open one folder's files at a time",
        ));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| manifest::not_applied("not valid UTF-8; save it as UTF-8"))?;
    manifest::parse(text)
        .map(InUse::new)
        .map_err(|e| manifest::not_applied(&e.to_string()))
}

/// The last part of a `/`-separated name.
fn base_name(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_read_in_name_order_and_the_unreadable_listed() {
        let files = vec![
            ("b.md".to_string(), b"Second article, by name.".to_vec()),
            ("photo.jpg".to_string(), vec![0xff, 0xd8, 0xff]),
            ("a.txt".to_string(), b"First article, by name.".to_vec()),
            ("c.txt".to_string(), b"x\0y".to_vec()),
        ];
        let mut last = (0, 0);
        let read = read_files(files, |stage, done, total| {
            assert_eq!(stage, Stage::Read);
            last = (done, total);
        });
        assert_eq!(last, (4, 4));
        let ids: Vec<&str> = read.inputs.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a.txt", "b.md"]);
        let skipped: Vec<(&str, &str)> = read
            .skipped
            .iter()
            .map(|s| (s.name.as_str(), s.reason.as_str()))
            .collect();
        assert_eq!(skipped.len(), 2);
        assert_eq!(skipped[0].0, "c.txt");
        assert!(skipped[0].1.contains("binary"), "{}", skipped[0].1);
        assert_eq!(skipped[1].0, "photo.jpg");
        assert!(
            skipped[1].1.contains("not an article file"),
            "{}",
            skipped[1].1
        );
    }

    #[test]
    fn a_manifest_among_the_files_is_applied_to_them() {
        let manifest = "story = \"Harbour storm\"\n\
            [files.\"a.txt\"]\noutlet = \"Coast Courier\"\ndate = \"April 11, 2026\"\n\
            [files.\"missing.md\"]\nauthor = \"X\"\n";
        let files = vec![
            (
                "a.txt".to_string(),
                b"Storm hits harbour\n\nIt was loud.".to_vec(),
            ),
            ("claimlens.toml".to_string(), manifest.as_bytes().to_vec()),
            (
                "b.txt".to_string(),
                b"Second report\n\nIt was wet.".to_vec(),
            ),
        ];
        let mut steps = Vec::new();
        let read = read_files(files, |_, done, total| steps.push((done, total)));
        assert_eq!(steps.last(), Some(&(3, 3)));
        assert!(read.skipped.is_empty(), "{:?}", read.skipped);
        assert_eq!(read.story.as_deref(), Some("Harbour storm"));
        assert_eq!(read.inputs[0].outlet.as_deref(), Some("Coast Courier"));
        assert_eq!(read.inputs[0].date.as_deref(), Some("2026-04-11"));
        assert_eq!(read.inputs[1].outlet, None);
        assert_eq!(
            read.warnings,
            [(
                "claimlens.toml".to_string(),
                "no article matches the entry \"missing.md\"".to_string()
            )]
        );
    }

    #[test]
    fn a_bad_or_second_manifest_is_listed_and_not_applied() {
        let files = vec![
            ("a.txt".to_string(), b"Storm hits harbour".to_vec()),
            (
                "claimlens.toml".to_string(),
                b"[files.\"a.txt\"]\noulet = \"X\"\n".to_vec(),
            ),
        ];
        let read = read_files(files, |_, _, _| {});
        assert_eq!(read.inputs.len(), 1);
        assert_eq!(read.inputs[0].outlet, None);
        assert_eq!(read.skipped.len(), 1);
        assert!(
            read.skipped[0]
                .reason
                .starts_with("manifest not applied: line 2: unknown field `oulet`"),
            "{}",
            read.skipped[0].reason
        );

        let files = vec![
            ("a.txt".to_string(), b"Storm hits harbour".to_vec()),
            ("x/claimlens.toml".to_string(), b"story = \"One\"".to_vec()),
            ("y/claimlens.toml".to_string(), b"story = \"Two\"".to_vec()),
        ];
        let read = read_files(files, |_, _, _| {});
        assert_eq!(read.story.as_deref(), Some("One"));
        assert_eq!(read.skipped.len(), 1);
        assert_eq!(read.skipped[0].name, "y/claimlens.toml");
        assert!(read.skipped[0].reason.contains("another claimlens.toml"));
    }
}
