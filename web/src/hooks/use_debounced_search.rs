//! Sends the search to the worker once typing pauses, each request with a fresh id so that
//! only the newest answer is shown.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::hooks::WorkerSlot;
use crate::protocol::Request;
use crate::state::app::{Action, AppState};

/// How long typing must pause before a search is sent. Short: the engine answers in a
/// millisecond or two; the pause only spares it the keystrokes of a fast typist.
const DEBOUNCE_MS: u32 = 60;
/// How many passages a search shows.
pub const RESULT_LIMIT: usize = 30;

#[hook]
pub fn use_debounced_search(
    worker: WorkerSlot,
    engine_ready: bool,
    query: String,
    dispatch: UseReducerDispatcher<AppState>,
) {
    let next_id = use_memo((), |_| Rc::new(Cell::new(0u64)));
    use_effect_with((query, engine_ready), move |(query, ready)| {
        let timeout = (*ready && !query.trim().is_empty()).then(|| {
            let query = query.clone();
            let next_id = (*next_id).clone();
            Timeout::new(DEBOUNCE_MS, move || {
                let Ok(worker) = worker.0.as_ref() else {
                    return;
                };
                let id = next_id.get() + 1;
                next_id.set(id);
                dispatch.dispatch(Action::Sent {
                    id,
                    query: query.clone(),
                });
                worker.search(&Request {
                    id,
                    query,
                    limit: RESULT_LIMIT,
                });
            })
        });
        move || drop(timeout)
    });
}
