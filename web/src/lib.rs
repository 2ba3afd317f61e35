//! claimlens-web: the explorer, a Yew app that opens a story's bundle in the browser and shows
//! who said what, which figures the outlets give and where they disagree, and searches every
//! passage. Two binaries share this library: the page (`claimlens-web`) and the search worker
//! (`claimlens-worker`), which runs the search engine off the main thread.
//!
//! - [`state`]: pure state (route, reducer, story lookups, text marking), tested natively;
//! - [`protocol`]: the messages between page and worker; [`worker`]: the worker;
//! - [`browser`], [`hooks`] and [`components`]: the browser side (loading, the worker, the URL,
//!   the views).
//!
//! The page mounts into an element it is given, never `<body>`:
//!
//! ```no_run
//! // In index.html: <div id="claimlens" data-bundle="claimlens.bundle"></div>
//! claimlens_web::start(); // finds #claimlens and renders into it
//! ```

pub mod browser;
pub mod components;
pub mod hooks;
pub mod protocol;
pub mod state;
pub mod worker;

/// The id of the element the explorer mounts into.
pub const ROOT_ID: &str = "claimlens";

/// Mounts the explorer into the element with id [`ROOT_ID`].
#[cfg(target_arch = "wasm32")]
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ROOT_ID))
    else {
        web_sys::console::error_1(
            &format!("claimlens: no element with id \"{ROOT_ID}\" to mount the explorer into")
                .into(),
        );
        return;
    };
    let config = components::app::Config::from_root(&root);
    // The page's fallback text ("loading", "needs JavaScript") makes way for the app.
    root.set_inner_html("");
    yew::Renderer::<components::app::App>::with_root_and_props(root, config).render();
}

/// Natively there is no page to mount into: the binary exists for the browser build.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("claimlens-web runs in a browser: build it with `trunk build` (see Trunk.toml)");
}
