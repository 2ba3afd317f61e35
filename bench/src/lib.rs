//! claimlens-bench: the benchmarks' shared code: the analysis throughput benchmark, defined once
//! for both runtimes, and the search benchmark's synthetic corpora and native steps.
//!
//! Analysis (`bench/analysis.sh`): the workloads (which articles go into each
//! [`claimlens_core::analyze`] call), the iteration policy and the report lines live here, so the
//! native binary (`src/main.rs`) and the wasm module (run by `wasm/run.mjs`) measure the same
//! thing and print it the same way. The runners only read files and keep time.
//!
//! ```
//! use claimlens_bench::{workloads, Options, Source};
//!
//! let sources = vec![Source::new("a.md", "---\ntitle: A\n---\n“We will reopen the bridge,” Mayor Ana Duarte said.\n")];
//! let options = Options::new(true, None, None, None);
//! let all = workloads(&sources, &options);
//! assert_eq!(all[0].name, "per-article");
//! assert!(all[0].run() > 0);
//! ```
//!
//! Search (`bench/search.sh`): [`corpus`] makes seeded synthetic news corpora and query sets,
//! `search` (native only) measures bundles and query latency for `claimlens-search-bench`.
//!
//! ```
//! use claimlens_bench::corpus::{generate, queries, Format, Spec};
//!
//! let spec = Spec::new(3);
//! let articles = generate(&spec);
//! assert_eq!(articles.len(), 3);
//! assert!(articles[0].render(Format::Markdown).starts_with("---\ntitle: "));
//! assert_eq!(queries(&spec, 10).len(), 10);
//! ```

pub mod corpus;
#[cfg(not(target_arch = "wasm32"))]
pub mod devset;
#[cfg(not(target_arch = "wasm32"))]
pub mod extraction;
mod options;
mod report;
pub mod rng;
#[cfg(not(target_arch = "wasm32"))]
pub mod search;
#[cfg(target_arch = "wasm32")]
mod wasm;
mod workload;

pub use options::Options;
pub use report::{header, row, Measurement};
pub use workload::{article_body, workloads, Source, Workload};
