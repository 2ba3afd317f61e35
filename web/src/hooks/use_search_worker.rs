//! Starts the search worker once and routes its replies into the reducer.

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
pub fn use_search_worker(url: &str, dispatch: UseReducerDispatcher<AppState>) -> WorkerSlot {
    let slot = {
        let dispatch = dispatch.clone();
        use_memo(url.to_string(), move |url| {
            WorkerSlot(Rc::new(SearchWorker::spawn(
                url,
                move |reply| match reply {
                    Reply::Ready { .. } => {
                        mark("claimlens:engine-ready");
                        dispatch.dispatch(Action::EngineReady);
                    }
                    Reply::Failed { message } => dispatch.dispatch(Action::EngineFailed(message)),
                    Reply::Results { id, query, results } => {
                        mark("claimlens:results");
                        dispatch.dispatch(Action::Answered {
                            id,
                            query,
                            results: Rc::new(results),
                        });
                    }
                    Reply::Hello => {}
                },
            )))
        })
    };
    let slot = (*slot).clone();
    // A worker that could not start is reported after rendering, not during it.
    use_effect_with(slot.clone(), move |slot| {
        if let Err(message) = slot.0.as_ref() {
            dispatch.dispatch(Action::EngineFailed(message.clone()));
        }
    });
    slot
}
