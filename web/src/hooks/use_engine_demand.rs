//! Says when the search engine is wanted: once the search view shows, the reader moves focus
//! into the search box, or the caller says so (the explorer's own page, when it is first idle).
//! Focus elsewhere (a click on a claim's button, a tab, a link) says nothing of search, so it
//! starts nothing.
//! Until then a figures visit or a figures widget (issue 5) costs no worker and no engine
//! download (issue 16).

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where focus says search is wanted: the search form (its box and its tips).
const SEARCH_FORM: &str = "form.search-box";

/// True from the first moment `now` is true or focus enters the search box inside `root`; it
/// never goes back.
#[hook]
pub fn use_engine_demand(root: Option<web_sys::Element>, now: bool) -> bool {
    let focused = use_state_eq(|| false);
    {
        let focused = focused.clone();
        use_effect_with(root, move |root| {
            let listener = root.as_ref().map(|root| {
                EventListener::new(root, "focusin", move |event| {
                    let in_search_box = event
                        .target()
                        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                        .and_then(|element| element.closest(SEARCH_FORM).ok().flatten())
                        .is_some();
                    if in_search_box {
                        focused.set(true);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let wanted = use_mut_ref(|| false);
    if now || *focused {
        *wanted.borrow_mut() = true;
    }
    let wanted = *wanted.borrow();
    wanted
}
