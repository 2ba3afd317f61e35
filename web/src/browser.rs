//! The browser's side of things, behind small functions the hooks call: downloading with
//! progress, saving files and copying citations, the search worker, the URL hash and history,
//! performance marks. Only the page's
//! binary calls these, in the browser; they compile natively so the crate's tests build.

pub mod buffers;
pub mod download;
pub mod fetch;
pub mod history;
pub mod idle;
pub mod memory;
pub mod open_worker;
pub mod search_worker;

/// The element with `id` inside `root` (the element the app is mounted into), or in the document
/// when there is no root. A widget's elements live in a shadow root, where
/// `document.getElementById` cannot see them, and two widgets on one page use the same ids.
pub fn by_id(root: Option<&web_sys::Element>, id: &str) -> Option<web_sys::Element> {
    match root {
        Some(root) => root.query_selector(&format!("#{id}")).ok().flatten(),
        None => web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id)),
    }
}

/// Does the element the app is mounted into hold the keyboard focus? In a shadow root the
/// document's active element is the host, so ask the root's own tree.
pub fn holds_focus(root: &web_sys::Element) -> bool {
    use wasm_bindgen::JsCast;
    let node = root.get_root_node();
    let active = if let Some(shadow) = node.dyn_ref::<web_sys::ShadowRoot>() {
        shadow.active_element()
    } else {
        node.dyn_ref::<web_sys::Document>()
            .and_then(|d| d.active_element())
    };
    active.is_some_and(|a| root.contains(Some(&a)))
}

/// A `performance.mark`, so benchmarks can time what a person sees (`claimlens:*` names).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// The readable message of a JavaScript exception or rejection.
pub fn js_message(value: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    if let Some(error) = value.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    value
        .as_string()
        .unwrap_or_else(|| "an unknown error".to_string())
}
