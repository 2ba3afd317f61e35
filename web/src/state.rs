//! Pure UI state, plain Rust tested natively: the route in the URL hash, the app reducer, the
//! loaded story's lookups, load errors and the marking of text.

pub mod app;
pub mod load;
pub mod marks;
pub mod route;
pub mod story;
