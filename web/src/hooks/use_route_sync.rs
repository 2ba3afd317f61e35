//! Keeps the route and the URL hash in step, both ways: links, back and forward move the app;
//! the app's moves (typing a query) show in the address bar. A widget does not own the address
//! bar (`enabled` is false): its route stays in memory.

use yew::prelude::*;

use crate::browser::history;
use crate::state::app::{Action, AppState};
use crate::state::route::Route;

#[hook]
pub fn use_route_sync(route: &Route, dispatch: UseReducerDispatcher<AppState>, enabled: bool) {
    use_effect_with(enabled, move |enabled| {
        let listeners = enabled
            .then(|| history::listen(move |route| dispatch.dispatch(Action::Navigate(route))));
        move || drop(listeners)
    });
    use_effect_with((route.clone(), enabled), |(route, enabled)| {
        if *enabled {
            history::show(route);
        }
    });
}
