//! Downloads the bundle once, with progress, decoding it chunk by chunk for the views while
//! handing each chunk on to the search worker, which decodes what search needs.

use std::cell::RefCell;
use std::rc::Rc;

use claimlens_bundle::{Decoder, Parts};
use yew::prelude::*;

use crate::browser::fetch::fetch_chunks;
use crate::browser::mark;
use crate::browser::search_worker::SearchWorker;
use crate::hooks::WorkerSlot;
use crate::state::app::{Action, AppState};
use crate::state::load::{LoadError, MAX_BUNDLE_BYTES};
use crate::state::story::{Story, Texts};

#[hook]
pub fn use_story_loader(url: &str, worker: WorkerSlot, dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with(url.to_string(), move |url| {
        let url = url.clone();
        yew::platform::spawn_local(async move {
            let worker = worker.0.as_ref().as_ref().ok();
            let failed = |error: LoadError| {
                dispatch.dispatch(Action::EngineFailed("there is no story to search".into()));
                dispatch.dispatch(Action::LoadFailed(error));
            };
            dispatch.dispatch(Action::Progress {
                received: 0,
                total: None,
            });
            // The views need the analysis, not the index nor the quote texts (spans of the
            // article text): the page never holds the whole file, nor the index at all. Each
            // article's text is packed as soon as it is decoded.
            let texts = Rc::new(RefCell::new(Texts::default()));
            let mut decoder = Decoder::new(Parts::VIEWS).on_article({
                let texts = texts.clone();
                move |article| texts.borrow_mut().take(article)
            });
            let mut received = 0;
            let mut probed = false;
            // Read into the buffers the worker gives back (a page without one keeps its own).
            let buffers = worker.map(SearchWorker::buffers).unwrap_or_default();
            let fetched = fetch_chunks(&url, &buffers, |chunk, download| {
                let bundle_error = |error| LoadError::Bundle {
                    url: url.clone(),
                    error,
                };
                decoder.push(&chunk.to_vec()).map_err(bundle_error)?;
                // The bundle's header says how long the whole is: a server that sends no
                // length (or the wrong one) cannot make the page wait for more than it can open.
                let total = decoder.expected_len();
                if let Some(bytes) = total.filter(|_| !probed) {
                    probed = true;
                    // The decoded story takes at least the bundle's length: ask for that much
                    // once, up front, so that a browser short of memory is said in words
                    // instead of ending the page halfway through (the memory is given back
                    // at once, for the decoding to use).
                    let room = usize::try_from(bytes).ok().filter(|&b| {
                        let mut probe = Vec::<u8>::new();
                        let given = probe.try_reserve_exact(b).is_ok();
                        // Kept from the optimiser, which may drop an allocation never used.
                        std::hint::black_box(&probe);
                        given
                    });
                    if bytes > MAX_BUNDLE_BYTES || room.is_none() {
                        return Err(LoadError::TooLarge {
                            url: url.clone(),
                            bytes,
                        });
                    }
                }
                match worker {
                    Some(worker) => worker.feed(chunk),
                    None => buffers.keep(chunk.buffer()),
                }
                // The bar moves by at least a hundredth of the whole (or a megabyte when the
                // size is unknown): a large bundle arrives in thousands of chunks, and redrawing
                // the page for each was work and garbage for nothing.
                let total = total.or(download.announced);
                let step = total.map_or(1 << 20, |t| (t / 100).max(1));
                if download.received / step != received / step || received == 0 {
                    dispatch.dispatch(Action::Progress {
                        received: download.received,
                        total,
                    });
                }
                received = download.received;
                Ok(())
            })
            .await;
            if let Err(error) = fetched {
                failed(error);
                return;
            }
            mark("claimlens:bundle-received");
            match decoder.finish() {
                Ok(bundle) => {
                    if let Some(worker) = worker {
                        worker.end(received);
                    }
                    dispatch.dispatch(Action::Loaded(Rc::new(Story::with_texts(
                        bundle.story,
                        bundle.analysis,
                        texts.take(),
                    ))));
                    mark("claimlens:story-ready");
                }
                Err(error) => failed(LoadError::Bundle { url, error }),
            }
        });
    });
}
