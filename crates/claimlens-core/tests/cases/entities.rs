//! Cases of entities: people, organisations and unnamed sources across mentions and outlets.

#[allow(unused_imports)]
use crate::support::*;
