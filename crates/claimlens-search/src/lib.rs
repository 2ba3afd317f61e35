//! claimlens-search: the story's search engine, one code path natively and in the browser.
//!
//! The index is built natively or in the browser's worker ([`build_bundle`], [`build_index`]; one segment, no threads) over passages (paragraphs) of the analysed
//! articles and shipped inside a bundle; [`Engine::open`] unpacks it into memory and answers
//! queries in the small query language of [`query`]: words, `"phrases"`, `-exclusions`, and
//! `outlet:`, `speaker:` and `date:` filters. Search understands the domain: any spelling of a
//! person finds every spelling (through the analysis's entities), a one-letter typo still finds
//! the word, and the last word matches as a prefix for search as you type.
//!
//! ```
//! # #[cfg(feature = "build")] {
//! use claimlens_core::{analyze, ArticleInput};
//! use claimlens_search::{build_bundle, Engine};
//!
//! let text = "Mayor Ana Duarte said the bridge would reopen.\n“We are ready,” Duarte said.";
//! let analysis = analyze(&[ArticleInput { id: "a".into(), outlet: Some("Ledger".into()), text: text.into(), ..Default::default() }]);
//! let engine = Engine::open(build_bundle(None, analysis).unwrap()).unwrap();
//! let results = engine.search("brige", 10); // a typo
//! assert_eq!(results.hits.len(), 1);
//! assert_eq!(results.hits[0].outlet.as_deref(), Some("Ledger"));
//! # }
//! ```

#[cfg(feature = "build")]
mod build;
mod engine;
mod marks;
pub mod query;
mod schema;

#[cfg(feature = "build")]
pub use build::{build_bundle, build_bundle_with_progress, build_index};
pub use engine::{Engine, FacetCount, Hit, Passage, SearchResults, Span};
pub use marks::{LeanLoader, Marks};

/// What can go wrong opening or building an index.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Bundle(#[from] claimlens_bundle::Error),
    #[error("the search index in the bundle is unreadable: {0}")]
    Index(String),
}

impl From<tantivy::TantivyError> for Error {
    fn from(e: tantivy::TantivyError) -> Error {
        Error::Index(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, Error>;
