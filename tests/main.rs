//! Cross-crate tests, compiled into one binary: the acceptance corpus, the demo corpus
//! goldens, the command line and its export tables.

mod belarus;
mod cli;
mod demo;
mod export;
mod fuzz_regressions;
mod ingest;
mod search;
