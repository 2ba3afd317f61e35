//! The route in the URL hash: reading it, writing it back without flooding the history, and
//! hearing when it changes (links, back, forward, an edited address).

use gloo_events::EventListener;
use wasm_bindgen::JsValue;

use crate::state::route::Route;

/// The route the address bar shows now.
pub fn current() -> Route {
    Route::parse(
        &web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default(),
    )
}

/// Makes the address bar show `route`. Moving to another view or item adds a history entry, so
/// back returns to it; refining the search (typing, filters) replaces the entry instead, so back
/// does not step through every keystroke.
pub fn show(route: &Route) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let hash = route.to_hash();
    let now = window.location().hash().unwrap_or_default();
    if now == hash {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    let shown = Route::parse(&now);
    let same_place = shown.view == route.view && shown.selected == route.selected;
    let result = if same_place || now.is_empty() {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&hash))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&hash))
    };
    // Browsers refuse only past a rate limit (hundreds of changes a second): the state still
    // holds the route, and the next change writes it.
    let _ = result;
}

/// Calls `on_change` with the new route whenever the hash changes under the page. Keep the
/// listeners: dropping them stops listening.
pub fn listen(on_change: impl Fn(Route) + Clone + 'static) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let hash_change = on_change.clone();
    vec![
        EventListener::new(&window, "hashchange", move |_| hash_change(current())),
        EventListener::new(&window, "popstate", move |_| on_change(current())),
    ]
}
