//! The explorer's page entry point: mounts the app (see `claimlens_web::start`).

fn main() {
    claimlens_web::start();
}
