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
    // A whole bundle in one file, or a head cut short (decoding then says it is truncated,
    // rather than reading the next part as the rest of the head).
    if head_length(&bytes).is_none_or(|len| bytes.len() as u64 != len) {
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

/// The length the head's header gives its file, when `bytes` start with a bundle's header.
fn head_length(bytes: &[u8]) -> Option<u64> {
    let len = bytes.get(HEADER_LEN - 8..HEADER_LEN)?;
    let len = u64::from_le_bytes(len.try_into().expect("eight bytes"));
    bytes
        .starts_with(&claimlens_bundle::MAGIC)
        .then(|| len.saturating_add(HEADER_LEN as u64))
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
        // A head cut short is read alone, and said to be truncated.
        fs::write(&head, &parts.head[..parts.head.len() - 3]).unwrap();
        let error = claimlens_bundle::decode(&read_whole(&head).unwrap()).unwrap_err();
        assert!(
            matches!(error, claimlens_bundle::Error::Truncated { .. }),
            "{error}"
        );
    }
}
