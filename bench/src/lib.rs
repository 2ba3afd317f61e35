//! claimlens-bench: the analysis throughput benchmark, defined once for both runtimes.
//!
//! The workloads (which articles go into each [`claimlens_core::analyze`] call), the iteration
//! policy and the report lines live here, so the native binary (`src/main.rs`) and the wasm module
//! (run by `wasm/run.mjs`) measure the same thing and print it the same way. The runners only read
//! files and keep time.
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

pub mod corpus;
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
