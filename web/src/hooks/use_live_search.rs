//! Sends searches to the worker as the reader types: at once when the worker is idle, otherwise
//! as soon as it answers, so there is never more than one request in flight and the newest text
//! is always the next one searched. No timer: an idle worker answers a keystroke straight away.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::WorkerSlot;
use crate::protocol::Request;
use crate::state::app::{Action, AppState, SearchState};

/// How many passages a search shows.
pub const RESULT_LIMIT: usize = 30;

#[hook]
pub fn use_live_search(
    worker: WorkerSlot,
    engine_ready: bool,
    query: String,
    search: &SearchState,
    dispatch: UseReducerDispatcher<AppState>,
) {
    let next_id = use_memo((), |_| Rc::new(Cell::new(0u64)));
    let request = engine_ready
        .then(|| search.next_request(&query))
        .flatten()
        .map(str::to_owned);
    // Runs whenever the request to send changes: a new query typed, or an answer arrived and
    // freed the worker for the text typed meanwhile.
    use_effect_with(request, move |request| {
        if let (Some(query), Ok(worker)) = (request, worker.0.as_ref()) {
            let id = next_id.get() + 1;
            next_id.set(id);
            dispatch.dispatch(Action::Sent {
                id,
                query: query.clone(),
            });
            worker.search(&Request {
                id,
                query: query.clone(),
                limit: RESULT_LIMIT,
            });
        }
    });
}
