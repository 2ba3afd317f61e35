//! The demo corpus, embedded in the binary by `build.rs` from `corpus/demo/*.md`.

use crate::Loaded;
use claimlens_ingest::{document, Kind};

include!(concat!(env!("OUT_DIR"), "/demo_corpus.rs"));

/// The embedded file names, in the order they are analysed.
pub fn file_names() -> impl Iterator<Item = &'static str> {
    FILES.iter().map(|(name, _)| *name)
}

/// Reads the embedded articles exactly as `claimlens analyze corpus/demo` reads the files.
pub fn load() -> Loaded {
    let mut loaded = Loaded::default();
    for (name, bytes) in FILES {
        let path = format!("corpus/demo/{name}");
        let parsed = document::parse(
            (*name).to_owned(),
            Some(path.clone()),
            Kind::Markdown,
            bytes.to_vec(),
        );
        loaded.add(path, parsed);
    }
    loaded
}
