//! The `#/open` worker's entry point (see `claimlens_open::worker`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    claimlens_open::worker::start();
}
