//! Cases of figures: numbers, ranges, qualifiers, scales and what a figure counts.

#[allow(unused_imports)]
use crate::support::*;
