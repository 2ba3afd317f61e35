//! Reads a bundle from disk: the head file a site holds (`claimlens.bundle`) with its other
//! parts beside it (`claimlens_bundle::part_url`), or one file holding the parts one after
//! another, as `claimlens_bundle::encode` writes them.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use claimlens_bundle::{Part, HEADER_LEN};

/// The whole bundle whose head is at `path`: its parts one after another. A part missing from
/// disk is left out, and decoding says which one is missing.
pub fn read_whole(path: &Path) -> Result<Vec<u8>> {
    let mut bytes = fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    if holds_more_than_its_head(&bytes) {
        return Ok(bytes);
    }
    for part in [Part::Texts, Part::Index] {
        let beside = PathBuf::from(claimlens_bundle::part_url(&path.to_string_lossy(), part));
        match fs::read(&beside) {
            Ok(more) => bytes.extend_from_slice(&more),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("reading {}", beside.display())),
        }
    }
    Ok(bytes)
}

/// Does the file go on past the length its first header gives (a whole bundle in one file)?
fn holds_more_than_its_head(bytes: &[u8]) -> bool {
    let Some(len) = bytes.get(HEADER_LEN - 8..HEADER_LEN) else {
        return false;
    };
    let len = u64::from_le_bytes(len.try_into().expect("eight bytes"));
    bytes.starts_with(&claimlens_bundle::MAGIC) && (bytes.len() as u64) > len + HEADER_LEN as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_s_head_is_read_with_its_parts_and_a_whole_file_as_it_is() {
        let bundle = claimlens_bundle::Bundle {
            story: Some("S".into()),
            index_files: vec![("meta.json".into(), b"{}".to_vec())],
            ..Default::default()
        };
        let parts = claimlens_bundle::encode_parts(&bundle);
        let dir = tempfile::tempdir().unwrap();
        let head = dir.path().join("claimlens.bundle");
        fs::write(&head, &parts.head).unwrap();
        fs::write(dir.path().join("claimlens.texts.bundle"), &parts.texts).unwrap();
        // The index missing: decoding says so.
        let error = claimlens_bundle::decode(&read_whole(&head).unwrap()).unwrap_err();
        assert_eq!(error, claimlens_bundle::Error::MissingPart(Part::Index));
        fs::write(dir.path().join("claimlens.index.bundle"), &parts.index).unwrap();
        assert_eq!(read_whole(&head).unwrap(), parts.whole());
        let whole = dir.path().join("whole.bundle");
        fs::write(&whole, parts.whole()).unwrap();
        assert_eq!(read_whole(&whole).unwrap(), parts.whole());
    }
}
