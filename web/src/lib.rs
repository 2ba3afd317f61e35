//! claimlens-web: the explorer, a Yew app that opens a story's bundle in the browser and shows
//! who said what, which figures the outlets give and where they disagree, and searches every
//! passage. Two binaries share this library: the page (`claimlens-web`) and the search worker
//! (`claimlens-worker`), which runs the search engine off the main thread.
//!
//! - [`state`]: pure state (route, reducer, story lookups, text marking), tested natively;
//! - [`protocol`]: the messages between page and worker; [`worker`]: the worker;
//! - [`browser`], [`hooks`] and [`components`]: the browser side (loading, the worker, the URL,
//!   the views);
//! - [`host`]: where the explorer runs (its own page, an iframe, a `<claim-lens>` widget);
//!   `mount` (wasm only): the entry points JavaScript calls.
//!
//! The app mounts into an element it is given, never `<body>`. boot.js calls `start()`, which
//! finds `<div id="claimlens" data-bundle="claimlens.bundle">`; widget.js calls, per element,
//!
//! ```text
//! mount(shadowRoot.querySelector(".claimlens-root"), bundleUrl, workerUrl, "figures", "")
//! ```

pub mod browser;
pub mod components;
pub mod hooks;
pub mod host;
#[cfg(target_arch = "wasm32")]
pub mod mount;
pub mod protocol;
pub mod state;
pub mod worker;

/// The id of the element the explorer mounts into.
pub const ROOT_ID: &str = "claimlens";

/// Natively there is no page to mount into: the binaries exist for the browser build.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("claimlens-web runs in a browser: build it with `trunk build` (see Trunk.toml)");
}
