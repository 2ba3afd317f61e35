//! Downloads the bundle once, with progress, hands its bytes to the search worker and decodes
//! the story for the views.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::fetch::fetch_bytes;
use crate::browser::mark;
use crate::hooks::WorkerSlot;
use crate::protocol::Reply;
use crate::state::app::{Action, AppState};
use crate::state::load::LoadError;
use crate::state::story::Story;

#[hook]
pub fn use_story_loader(url: &str, worker: WorkerSlot, dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with(url.to_string(), move |url| {
        let url = url.clone();
        yew::platform::spawn_local(async move {
            let progress = {
                let dispatch = dispatch.clone();
                move |received, total| dispatch.dispatch(Action::Progress { received, total })
            };
            let bytes = match fetch_bytes(&url, progress).await {
                Ok(bytes) => bytes,
                Err(error) => {
                    dispatch.dispatch(Action::EngineFailed("there is no story to search".into()));
                    dispatch.dispatch(Action::LoadFailed(error));
                    return;
                }
            };
            mark("claimlens:bundle-received");
            // The header check is cheap: when it passes, the worker starts opening the engine
            // while this thread decodes the story for the views.
            if let Err(error) = claimlens_bundle::check(&bytes) {
                dispatch.dispatch(Action::EngineFailed("there is no story to search".into()));
                dispatch.dispatch(Action::LoadFailed(LoadError::Bundle { url, error }));
                return;
            }
            if let Ok(worker) = worker.0.as_ref() {
                let dispatch = dispatch.clone();
                worker.open(&bytes, move |reply| {
                    if let Reply::Failed { message } = reply {
                        dispatch.dispatch(Action::EngineFailed(message));
                    }
                });
            }
            match claimlens_bundle::decode(&bytes) {
                Ok(bundle) => {
                    dispatch.dispatch(Action::Loaded(Rc::new(Story::new(
                        bundle.story,
                        bundle.analysis,
                    ))));
                    mark("claimlens:story-ready");
                }
                Err(error) => {
                    dispatch.dispatch(Action::LoadFailed(LoadError::Bundle { url, error }))
                }
            }
        });
    });
}
