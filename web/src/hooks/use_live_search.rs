//! Sends searches to the worker as the reader types: at once when the worker is idle, otherwise
//! as soon as it answers, so there is never more than one request in flight and the newest text
//! is always the next one searched. No timer: an idle worker hears of a keystroke straight from
//! the input event, while the page re-renders.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::WorkerSlot;
use crate::state::app::{Action, AppState, SearchState};

/// How many passages a search shows.
pub const RESULT_LIMIT: usize = 20;

/// Keeps the worker searching for the route's query. Returns what the input handler calls with
/// the engine query a keystroke makes, to send it before the page re-renders.
#[hook]
pub fn use_live_search(
    worker: WorkerSlot,
    engine_ready: bool,
    query: String,
    search: &SearchState,
    dispatch: UseReducerDispatcher<AppState>,
) -> Callback<String> {
    let next_id = use_memo((), |_| Rc::new(Cell::new(0u64)));
    let send = {
        let next_id = (*next_id).clone();
        Rc::new(move |query: String| {
            let Ok(worker) = worker.0.as_ref() else {
                return;
            };
            let id = next_id.get() + 1;
            next_id.set(id);
            dispatch.dispatch(Action::Sent {
                id,
                query: query.clone(),
            });
            worker.search(id, query, RESULT_LIMIT);
        })
    };
    let request = engine_ready
        .then(|| search.next_request(&query))
        .flatten()
        .map(str::to_owned);
    // Runs whenever the request to send changes: an answer arrived and freed the worker for the
    // text typed meanwhile, the engine became ready, or a filter changed.
    {
        let send = send.clone();
        use_effect_with(request, move |request| {
            if let Some(query) = request {
                send(query.clone());
            }
        });
    }
    let search = search.clone();
    Callback::from(move |engine_query: String| {
        if engine_ready && search.next_request(&engine_query).is_some() {
            send(engine_query);
        }
    })
}
