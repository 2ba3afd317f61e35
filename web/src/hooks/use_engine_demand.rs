//! Says when the search engine is wanted: once the search view shows, the reader moves focus
//! into the explorer, or the caller says so (the explorer's own page, when it is first idle).
//! Until then a figures visit or a figures widget (issue 5) costs no worker and no engine
//! download (issue 16).

use gloo_events::EventListener;
use yew::prelude::*;

/// True from the first moment `now` is true or focus enters `root`; it never goes back.
#[hook]
pub fn use_engine_demand(root: Option<web_sys::Element>, now: bool) -> bool {
    let focused = use_state_eq(|| false);
    {
        let focused = focused.clone();
        use_effect_with(root, move |root| {
            let listener = root
                .as_ref()
                .map(|root| EventListener::new(root, "focusin", move |_| focused.set(true)));
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
