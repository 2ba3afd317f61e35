//! Keeps the route and the URL hash in step, both ways: links, back and forward move the app;
//! the app's moves show in the address bar. A widget does not own the address bar (`enabled` is
//! false): its route stays in memory.
//!
//! Refining a search (typing, which changes only the query) is written to the address bar once
//! the typing pauses, not per keystroke: in Chromium a `history.replaceState` took about 5 ms of
//! the keystroke's task, a third of the frame the results have to arrive in (issue 4). Any other
//! move (another view, a link, back) is written at once and drops a pending write.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::browser::history;
use crate::state::app::{Action, AppState};
use crate::state::route::Route;

/// How long typing must pause before the address bar shows the query.
const SETTLE_MS: u32 = 400;

#[hook]
pub fn use_route_sync(route: &Route, dispatch: UseReducerDispatcher<AppState>, enabled: bool) {
    use_effect_with(enabled, move |enabled| {
        let listeners = enabled
            .then(|| history::listen(move |route| dispatch.dispatch(Action::Navigate(route))));
        move || drop(listeners)
    });
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    use_effect_with((route.clone(), enabled), move |(route, enabled)| {
        if *enabled {
            if history::current().refined_by(route) {
                let route = route.clone();
                *pending.borrow_mut() =
                    Some(Timeout::new(SETTLE_MS, move || history::show(&route)));
            } else {
                history::show(route);
            }
        }
        // The next route, or the app going away, cancels a write not yet made.
        move || drop(pending.borrow_mut().take())
    });
}
