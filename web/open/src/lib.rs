//! claimlens-open: the explorer's `#/open` worker (issue 18). Articles chosen in the page are
//! read, analysed and indexed here, off the page's thread, with claimlens-build (the CLI's own
//! build path), and the bundle handed back to the page, which opens it as it opens a built
//! story's. It also writes the single file ("Save as one file").
//!
//! - [`protocol`]: the messages, which the page links too (without this crate's `worker`
//!   feature, so the page never carries the build code);
//! - `worker` (feature `worker`): the worker's loop; `src/main.rs` starts it.
//!
//! ```text
//! page ── build {files} ──► worker ── progress {stage, done, total} … ──► page
//!                                  ── built {parts: [head, texts, index], skipped} ──► page
//! ```

pub mod protocol;
#[cfg(feature = "worker")]
pub mod worker;
