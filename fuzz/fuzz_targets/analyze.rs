//! Fuzz target `analyze`: see `claimlens_fuzz::analyze`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimlens_fuzz::analyze(data));
