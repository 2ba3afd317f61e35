//! Says when the browser has had idle time since a condition first held. The explorer's own page
//! starts its search worker then (issue 16): the figures a visit came for are drawn first, and
//! the worker's 1.6 MB of wasm is on its way before most readers reach for the search box.

use yew::prelude::*;

use crate::browser::idle::when_idle;

/// False until the browser's first idle period after `after` became true; then true for good.
#[hook]
pub fn use_idle_after(after: bool) -> bool {
    let idle = use_state_eq(|| false);
    {
        let idle = idle.clone();
        use_effect_with(after, move |after| {
            let waiting = after.then(|| when_idle(move || idle.set(true)));
            move || drop(waiting)
        });
    }
    *idle
}
