//! The browser's side of things, behind small functions the hooks call: downloading with
//! progress, the search worker, the URL hash and history, performance marks. Only the page's
//! binary calls these, in the browser; they compile natively so the crate's tests build.

pub mod fetch;
pub mod history;
pub mod search_worker;

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
