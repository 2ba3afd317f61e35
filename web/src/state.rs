//! Pure UI state, plain Rust tested natively: the route in the URL hash, the app reducer, the
//! loaded story's lookups, load errors, the marking of text and the search tips' examples.

pub mod app;
pub mod load;
pub mod marks;
pub mod route;
pub mod story;
pub mod tips;
