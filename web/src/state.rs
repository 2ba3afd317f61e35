//! Pure UI state, plain Rust tested natively: the route in the URL hash, the app reducer, the
//! loaded story's lookups, load errors, the marking of text, the search tips' examples, the
//! downloads' tables, the word differences between versions of a statement and when each
//! value of a claim was first reported.

pub mod app;
pub mod diff;
pub mod export;
pub mod load;
pub mod marks;
pub mod open;
pub mod route;
pub mod story;
pub mod timeline;
pub mod tips;
