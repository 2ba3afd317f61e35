//! Handwritten cases of how news is written, one module per area of the analysis: each test is a
//! small text of our own showing one pattern, and fails if that pattern breaks.

mod attribution;
mod changes;
mod counts;
mod entities;
mod figures;
mod labels;
mod money;
mod reprints;
mod sources;
mod speakers;
mod support;
