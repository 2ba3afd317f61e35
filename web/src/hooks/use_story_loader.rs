//! Downloads the bundle part by part as the views need it (issue 16): the head (story, claims,
//! statements, articles without their texts) at once, with progress, for the figures, speakers
//! and overview views; the articles' texts once a view shows text or search is wanted; the
//! index only for search. Every part is decoded chunk by chunk and each chunk handed on to the
//! search worker, which decodes what search needs from the parts one after another.

use std::cell::RefCell;
use std::rc::Rc;

use claimlens_bundle::{Decoder, Manifest, Part, Parts};
use yew::prelude::*;

use crate::browser::buffers::Buffers;
use crate::browser::fetch::{fetch_chunks, Download};
use crate::browser::mark;
use crate::browser::search_worker::SearchWorker;
use crate::components::app::Config;
use crate::hooks::WorkerSlot;
use crate::state::app::{Action, AppState};
use crate::state::load::{LoadError, MAX_BUNDLE_BYTES};
use crate::state::story::{Story, Texts};

/// How far a part after the head has come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Stage {
    #[default]
    Waiting,
    Fetching,
    Done,
    Failed,
}

/// What the head said of the other parts, and how far they have come: shared by the runs of
/// the effect that fetches them, so each part is fetched once, in order.
#[derive(Default)]
struct Rest {
    manifest: Option<Manifest>,
    /// Bytes handed on to the worker so far, all parts together.
    sent: u64,
    texts: Stage,
    index: Stage,
    /// Search is wanted (read when the texts have arrived: it may have become so meanwhile).
    engine_wanted: bool,
}

#[hook]
pub fn use_story_loader(
    config: &Config,
    worker: WorkerSlot,
    texts_wanted: bool,
    engine_wanted: bool,
    dispatch: UseReducerDispatcher<AppState>,
) {
    let rest = use_mut_ref(Rest::default);
    rest.borrow_mut().engine_wanted = engine_wanted;
    let head_ready = use_state_eq(|| false);
    {
        let (worker, dispatch, rest, head_ready) = (
            worker.clone(),
            dispatch.clone(),
            rest.clone(),
            head_ready.clone(),
        );
        use_effect_with(config.bundle_url.to_string(), move |url| {
            let url = url.clone();
            yew::platform::spawn_local(async move {
                if let Some(manifest) = load_head(&url, &worker, &rest, &dispatch).await {
                    rest.borrow_mut().manifest = Some(manifest);
                    head_ready.set(true);
                }
            });
        });
    }
    let urls = (
        config.part_url(Part::Texts).to_string(),
        config.part_url(Part::Index).to_string(),
    );
    use_effect_with(
        (
            *head_ready,
            texts_wanted || engine_wanted,
            engine_wanted,
            urls,
        ),
        move |(ready, texts, engine, urls)| {
            if *ready && (*texts || *engine) {
                let urls = urls.clone();
                yew::platform::spawn_local(async move {
                    load_rest(&urls.0, &urls.1, &worker, &rest, &dispatch).await;
                });
            }
        },
    );
}

/// The bundle's head: the story the views show first. Its chunks go on to the worker.
async fn load_head(
    url: &str,
    worker: &WorkerSlot,
    rest: &Rc<RefCell<Rest>>,
    dispatch: &UseReducerDispatcher<AppState>,
) -> Option<Manifest> {
    let worker = worker.0.as_ref().as_ref().ok();
    let failed = |error: LoadError| {
        dispatch.dispatch(Action::EngineFailed("there is no story to search".into()));
        dispatch.dispatch(Action::LoadFailed(error));
    };
    dispatch.dispatch(Action::Progress {
        received: 0,
        total: None,
    });
    // The views need the analysis, not the index nor the quote texts (spans of the article
    // text, which comes later).
    let mut decoder = Decoder::new(Parts::HEAD);
    let mut received = 0;
    let mut probed = false;
    // Read into the buffers the worker gives back (a page without one keeps its own).
    let buffers = worker.map(SearchWorker::buffers).unwrap_or_default();
    let fetched = fetch_chunks(url, &buffers, |chunk, download| {
        let bundle_error = |error| LoadError::Bundle {
            url: url.to_string(),
            error,
        };
        decoder.push(&chunk.to_vec()).map_err(bundle_error)?;
        // The head's header says how long it is: a server that sends no length (or the wrong
        // one) cannot make the page wait for more than it can open.
        let total = decoder.expected_len();
        if let Some(bytes) = total.filter(|_| !probed) {
            probed = true;
            check_room(url, bytes)?;
        }
        hand_on(worker, &buffers, chunk);
        // The bar moves by at least a hundredth of the whole (or a megabyte when the size is
        // unknown): a large bundle arrives in thousands of chunks, and redrawing the page for
        // each was work and garbage for nothing.
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
        return None;
    }
    mark("claimlens:bundle-received");
    match decoder.finish_with_manifest() {
        Ok((bundle, manifest)) => {
            rest.borrow_mut().sent = received;
            // The story shows at once, its texts empty until they arrive.
            dispatch.dispatch(Action::Loaded(Rc::new(Story::with_texts(
                bundle.story,
                bundle.analysis,
                Texts::default(),
            ))));
            mark("claimlens:story-ready");
            Some(manifest)
        }
        Err(error) => {
            failed(LoadError::Bundle {
                url: url.to_string(),
                error,
            });
            None
        }
    }
}

/// The parts after the head, each once and in order: the texts (for the views and the
/// worker), then, once search is wanted, the index (for the worker only).
async fn load_rest(
    texts_url: &str,
    index_url: &str,
    worker: &WorkerSlot,
    rest: &Rc<RefCell<Rest>>,
    dispatch: &UseReducerDispatcher<AppState>,
) {
    let worker = worker.0.as_ref().as_ref().ok();
    let buffers = worker.map(SearchWorker::buffers).unwrap_or_default();
    let Some(manifest) = rest.borrow().manifest.clone() else {
        return;
    };
    if rest.borrow().texts == Stage::Waiting {
        rest.borrow_mut().texts = Stage::Fetching;
        let texts = Rc::new(RefCell::new(Texts::default()));
        let mut decoder = Decoder::after(&manifest, Parts::TEXTS).on_text({
            let texts = texts.clone();
            move |_, text| texts.borrow_mut().push(&text)
        });
        let mut received = 0;
        let fetched = fetch_chunks(texts_url, &buffers, |chunk, download: Download| {
            decoder
                .push(&chunk.to_vec())
                .map_err(|error| LoadError::Bundle {
                    url: texts_url.to_string(),
                    error,
                })?;
            hand_on(worker, &buffers, chunk);
            received = download.received;
            Ok(())
        })
        .await;
        let finished = fetched
            .and_then(|()| {
                decoder.finish().map_err(|error| LoadError::Bundle {
                    url: texts_url.to_string(),
                    error,
                })
            })
            .map_err(|error| LoadError::Part {
                part: Part::Texts,
                error: Box::new(error),
            });
        match finished {
            Ok(_) => {
                rest.borrow_mut().sent += received;
                rest.borrow_mut().texts = Stage::Done;
                dispatch.dispatch(Action::TextsLoaded(texts));
                mark("claimlens:texts-ready");
            }
            Err(error) => {
                rest.borrow_mut().texts = Stage::Failed;
                dispatch.dispatch(Action::EngineFailed(format!(
                    "the articles' texts could not be loaded ({})",
                    error.message()
                )));
                dispatch.dispatch(Action::TextsFailed(error));
                return;
            }
        }
    }
    {
        let rest = rest.borrow();
        if rest.texts != Stage::Done || rest.index != Stage::Waiting || !rest.engine_wanted {
            return;
        }
    }
    rest.borrow_mut().index = Stage::Fetching;
    // The worker decodes and checks the index; the page only passes it on.
    let mut received = 0;
    let fetched = fetch_chunks(index_url, &buffers, |chunk, download| {
        hand_on(worker, &buffers, chunk);
        received = download.received;
        Ok(())
    })
    .await;
    match fetched {
        Ok(()) => {
            let sent = {
                let mut rest = rest.borrow_mut();
                rest.index = Stage::Done;
                rest.sent += received;
                rest.sent
            };
            if let Some(worker) = worker {
                worker.end(sent);
            }
        }
        Err(error) => {
            rest.borrow_mut().index = Stage::Failed;
            let error = LoadError::Part {
                part: Part::Index,
                error: Box::new(error),
            };
            dispatch.dispatch(Action::EngineFailed(format!(
                "the search index could not be loaded ({})",
                error.message()
            )));
        }
    }
}

/// Hands a chunk on to the worker, or back to the buffers when there is none.
fn hand_on(worker: Option<&SearchWorker>, buffers: &Buffers, chunk: js_sys::Uint8Array) {
    match worker {
        Some(worker) => worker.feed(chunk),
        None => buffers.keep(chunk.buffer()),
    }
}

/// The decoded story takes at least the head's length: ask for that much once, up front, so
/// that a browser short of memory is said in words instead of ending the page halfway
/// through (the memory is given back at once, for the decoding to use).
fn check_room(url: &str, bytes: u64) -> Result<(), LoadError> {
    let room = usize::try_from(bytes).ok().filter(|&b| {
        let mut probe = Vec::<u8>::new();
        let given = probe.try_reserve_exact(b).is_ok();
        // Kept from the optimiser, which may drop an allocation never used.
        std::hint::black_box(&probe);
        given
    });
    if bytes > MAX_BUNDLE_BYTES || room.is_none() {
        return Err(LoadError::TooLarge {
            url: url.to_string(),
            bytes,
        });
    }
    Ok(())
}
