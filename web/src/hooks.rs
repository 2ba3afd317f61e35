//! The explorer's hooks: each ties one piece of the browser (the URL hash, the download, the
//! search worker, focus) to the app's reducer.

mod use_engine_demand;
mod use_idle_after;
mod use_live_search;
mod use_part;
mod use_route_sync;
mod use_search_worker;
mod use_story_loader;
mod use_texts;
pub mod use_view_focus;

pub use use_engine_demand::use_engine_demand;
pub use use_idle_after::use_idle_after;
pub use use_live_search::use_live_search;
pub use use_part::use_part;
pub use use_route_sync::use_route_sync;
pub use use_search_worker::{use_search_worker, WorkerSlot};
pub use use_story_loader::use_story_loader;
pub use use_texts::{use_texts, TextsDemand};
pub use use_view_focus::use_view_focus;
