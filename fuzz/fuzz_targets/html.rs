//! Fuzz target `html`: see `claimlens_fuzz::html`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimlens_fuzz::html(data));
