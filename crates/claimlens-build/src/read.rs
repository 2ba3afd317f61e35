//! Files known only by name and bytes (chosen in a page, dropped on it, pasted) read into
//! articles with claimlens-ingest's readers, the CLI's own: one outcome per article, skip
//! reasons for the rest.

use claimlens_core::ArticleInput;
use claimlens_ingest::document;

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
}

/// Reads `files` (name, bytes), in the order of their names so that the same files give the
/// same story however they were chosen; the name is each article's id and path, as for the
/// CLI given file names. `progress(Stage::Read, done, total)` follows the files.
pub fn read_files(
    mut files: Vec<(String, Vec<u8>)>,
    mut progress: impl FnMut(Stage, usize, usize),
) -> Read {
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let total = files.len();
    let mut read = Read::default();
    progress(Stage::Read, 0, total);
    for (done, (name, bytes)) in files.into_iter().enumerate() {
        for outcome in document::read_named(&name, bytes) {
            match outcome {
                Ok(doc) => {
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
        progress(Stage::Read, done + 1, total);
    }
    read
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
}
