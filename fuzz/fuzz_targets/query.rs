//! Fuzz target `query`: see `claimlens_fuzz::query`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimlens_fuzz::query(data));
