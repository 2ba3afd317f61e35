//! Cases of attribution: quotations and who said them.

#[allow(unused_imports)]
use crate::support::*;
