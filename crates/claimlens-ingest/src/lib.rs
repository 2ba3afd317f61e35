//! claimlens-ingest: article files read from bytes, for the command line and the browser alike.
//!
//! Given a file's name and bytes it returns the articles the file holds, each an
//! [`ArticleInput`](claimlens_core::ArticleInput) ready for `claimlens_core::analyze` with any
//! warnings ([`Document`]), or the reason it cannot be read ([`SkipReason`]). It reads plain text
//! with a byline and a dateline ([`plaintext`]), Markdown with front matter ([`front_matter`]),
//! saved news pages ([`html`]), JSON and JSON Lines ([`json_input`]), and the `claimlens.toml`
//! manifest that overrides their metadata ([`manifest`]); dates are normalised by [`dates`], and
//! a file that names no outlet may be named after one ([`outlet`]).
//!
//! It does no IO: the caller reads the files (the CLI from disk, the explorer from a file input)
//! and decides what to do with a skipped one. So it builds for `wasm32-unknown-unknown`, and the
//! CLI and the browser read every format with the same code.
//!
//! ```
//! use claimlens_ingest::{read_named, SkipReason};
//!
//! let outcomes = read_named("dam.md", b"---\ntitle: Dam gives way\n---\nThe dam held.\n".to_vec());
//! let doc = outcomes[0].as_ref().unwrap();
//! assert_eq!(doc.input.title.as_deref(), Some("Dam gives way"));
//! assert_eq!(doc.input.text, "The dam held.\n");
//!
//! let outcomes = read_named("photo.png", vec![0x89, b'P', b'N', b'G', 0]);
//! assert_eq!(outcomes, [Err(SkipReason::Unsupported)]);
//! ```

pub mod dates;
pub mod document;
pub mod front_matter;
pub mod html;
pub mod json_input;
pub mod manifest;
pub mod outlet;
pub mod plaintext;

pub use document::{parse, parse_file, read_named, shorten, Document, Kind, SkipReason};
pub use manifest::Manifest;

/// What reading can fail with: the reason an article (or a manifest) is skipped.
pub type Result<T, E = SkipReason> = std::result::Result<T, E>;
