//! Starts the search worker once it is wanted and routes its replies into the reducer.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::mark;
use crate::browser::search_worker::SearchWorker;
use crate::protocol::Reply;
use crate::state::app::{Action, AppState};

/// The worker, or why it could not start. Compared by identity: there is only ever one.
#[derive(Clone)]
pub struct WorkerSlot(pub Rc<Result<SearchWorker, String>>);

impl PartialEq for WorkerSlot {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[hook]
pub fn use_search_worker(
    url: &str,
    wanted: bool,
    dispatch: UseReducerDispatcher<AppState>,
) -> WorkerSlot {
    let slot = {
        let dispatch = dispatch.clone();
        use_memo(url.to_string(), move |url| {
            WorkerSlot(Rc::new(Ok(SearchWorker::new(
                url,
                move |reply| match reply {
                    Reply::Ready { .. } => {
                        mark("claimlens:engine-ready");
                        dispatch.dispatch(Action::EngineReady);
                    }
                    Reply::Failed { message } => dispatch.dispatch(Action::EngineFailed(message)),
                    Reply::Results {
                        id, query, results, ..
                    } => {
                        mark("claimlens:results");
                        dispatch.dispatch(Action::Answered {
                            id,
                            query,
                            results: Rc::new(results),
                        });
                    }
                    Reply::Hello => {}
                },
            ))))
        })
    };
    let slot = (*slot).clone();
    // Started after rendering, not during it (a worker that cannot start reports at once).
    use_effect_with((slot.clone(), wanted), move |(slot, wanted)| {
        match slot.0.as_ref() {
            Ok(worker) if *wanted => worker.start(),
            Ok(_) => {}
            Err(message) => dispatch.dispatch(Action::EngineFailed(message.clone())),
        }
    });
    slot
}
