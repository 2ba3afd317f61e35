//! The search worker's entry point: answers queries off the main thread (see `claimlens_web::worker`).

fn main() {
    claimlens_web::worker::start();
}
