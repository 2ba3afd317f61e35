//! Cross-crate tests, compiled into one binary: the acceptance corpus, the demo corpus
//! goldens and the command line.

mod belarus;
mod cli;
mod demo;
mod fuzz_regressions;
mod ingest;
mod search;
