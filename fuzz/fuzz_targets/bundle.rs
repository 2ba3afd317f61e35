//! Fuzz target `bundle`: see `claimlens_fuzz::bundle`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| claimlens_fuzz::bundle(data));
