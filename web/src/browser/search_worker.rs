//! The page's handle on the search worker: starts it when asked (only once search
//! is wanted), hands it the bundle's chunks as they download (transferred, not copied; held
//! until it says hello; the worker sends each buffer back to the download's [`Buffers`]) and
//! then says the bundle has ended, sends
//! requests and passes every reply to a callback. Answers come back on a `BroadcastChannel` of
//! this worker's own once the worker has said hello on it (see [`crate::protocol::ToWorker`]).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, ArrayBuffer, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, ErrorEvent, Event, MessageEvent, Worker};

use super::buffers::Buffers;
use super::js_message;
use crate::protocol::{read_reply, Reply, Request, Results, ToWorker};

struct Shared {
    /// The worker, once started.
    worker: Option<Worker>,
    /// The worker has said hello: messages sent now are heard.
    listening: bool,
    /// Bundle chunks held until the worker listens, and the byte count once the last was given.
    pending: Vec<Uint8Array>,
    ended: Option<u64>,
    /// The reply channel, and whether the worker has said hello on it (answers may use it).
    channel: Option<BroadcastChannel>,
    channel_heard: bool,
    /// The download's buffers: chunks handed to the worker are lent from here.
    buffers: Buffers,
}

/// The search worker, started on demand. Dropping it stops the worker.
pub struct SearchWorker {
    url: String,
    shared: Rc<RefCell<Shared>>,
    on_reply: Rc<dyn Fn(Reply<Results>)>,
    handlers: RefCell<Option<Handlers>>,
}

struct Handlers {
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
    _on_channel: Option<Closure<dyn FnMut(MessageEvent)>>,
}

impl SearchWorker {
    /// A worker for the script at `url`, not yet started (see [`SearchWorker::start`]);
    /// `on_reply` will hear its `ready`, `failed` and `results`.
    pub fn new(url: &str, on_reply: impl Fn(Reply<Results>) + 'static) -> SearchWorker {
        SearchWorker {
            url: url.to_string(),
            shared: Rc::new(RefCell::new(Shared {
                worker: None,
                listening: false,
                pending: Vec::new(),
                ended: None,
                channel: None,
                channel_heard: false,
                buffers: Buffers::default(),
            })),
            on_reply: Rc::new(on_reply),
            handlers: RefCell::new(None),
        }
    }

    /// Starts the worker, once; a worker that cannot start is reported through `on_reply`.
    pub fn start(&self) {
        if self.shared.borrow().worker.is_some() {
            return;
        }
        let worker = match Worker::new(&self.url) {
            Ok(worker) => worker,
            Err(e) => {
                (self.on_reply)(Reply::Failed {
                    message: format!("the search worker could not start ({})", js_message(&e)),
                });
                return;
            }
        };
        let on_message = {
            let shared = self.shared.clone();
            let on_reply = self.on_reply.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                if let Some(buffer) = data.dyn_ref::<ArrayBuffer>() {
                    // A chunk's buffer, back to be read into again.
                    let buffers = shared.borrow().buffers.clone();
                    buffers.returned(buffer.clone());
                    return;
                }
                let Some(reply) = reply_in(&data) else {
                    return;
                };
                match reply {
                    Reply::Hello => {
                        let mut shared = shared.borrow_mut();
                        shared.listening = true;
                        if let (Some(worker), Some(channel)) = (&shared.worker, &shared.channel) {
                            let offer = ToWorker::Channel {
                                channel: channel.name(),
                            };
                            if let Ok(json) = serde_json::to_string(&offer) {
                                let _ = worker.post_message(&JsValue::from_str(&json));
                            }
                        }
                        if let Some(worker) = shared.worker.clone() {
                            for chunk in std::mem::take(&mut shared.pending) {
                                post_chunk(&worker, &chunk, &shared.buffers, &*on_reply);
                            }
                            if let Some(bytes) = shared.ended {
                                post_end(&worker, bytes);
                            }
                        }
                    }
                    reply @ Reply::Failed { .. } => {
                        // A worker that failed may have stopped reading: nobody waits for it.
                        let buffers = shared.borrow().buffers.clone();
                        buffers.worker_gone();
                        on_reply(reply);
                    }
                    reply => on_reply(reply),
                }
            })
        };
        // A channel only this page and its worker know the name of. Without BroadcastChannel
        // (or if it never carries the worker's hello) answers come by postMessage.
        let channel = BroadcastChannel::new(&channel_name()).ok();
        let on_channel = channel.as_ref().map(|channel| {
            let shared = self.shared.clone();
            let on_reply = self.on_reply.clone();
            let on_channel = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let Some(reply) = reply_in(&event.data()) else {
                    return;
                };
                match reply {
                    Reply::Hello => shared.borrow_mut().channel_heard = true,
                    reply => on_reply(reply),
                }
            });
            channel.set_onmessage(Some(on_channel.as_ref().unchecked_ref()));
            on_channel
        });
        let on_error = {
            let on_reply = self.on_reply.clone();
            let buffers = self.shared.borrow().buffers.clone();
            Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                buffers.worker_gone();
                // Stop the default report; the page says it in words instead. A script that
                // could not be loaded raises a plain Event, an exception an ErrorEvent.
                event.prevent_default();
                let detail = event
                    .dyn_ref::<ErrorEvent>()
                    .map(ErrorEvent::message)
                    .filter(|m| !m.is_empty());
                let detail = detail.unwrap_or_else(|| "its script could not be loaded".to_string());
                on_reply(Reply::Failed {
                    message: format!("the search worker stopped: {detail}"),
                });
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        {
            let mut shared = self.shared.borrow_mut();
            shared.worker = Some(worker);
            shared.channel = channel;
        }
        *self.handlers.borrow_mut() = Some(Handlers {
            _on_message: on_message,
            _on_error: on_error,
            _on_channel: on_channel,
        });
    }

    /// The buffers the download reads into: the worker gives back those it is handed.
    pub fn buffers(&self) -> Buffers {
        self.shared.borrow().buffers.clone()
    }

    /// Hands the worker the bundle's next chunk (transferred: `chunk` is empty afterwards),
    /// now or as soon as it listens.
    pub fn feed(&self, chunk: Uint8Array) {
        let mut shared = self.shared.borrow_mut();
        match shared.worker.clone().filter(|_| shared.listening) {
            Some(worker) => post_chunk(&worker, &chunk, &shared.buffers, &*self.on_reply),
            None => shared.pending.push(chunk),
        }
    }

    /// Says the bundle is complete, `bytes` long: the worker opens the engine.
    pub fn end(&self, bytes: u64) {
        let mut shared = self.shared.borrow_mut();
        shared.ended = Some(bytes);
        if let Some(worker) = shared.worker.clone().filter(|_| shared.listening) {
            post_end(&worker, bytes);
        }
    }

    /// Asks for the best `limit` passages for `query`, the answer to come back on the channel
    /// when it carries.
    pub fn search(&self, id: u64, query: String, limit: usize) {
        let shared = self.shared.borrow();
        let request = Request {
            id,
            query,
            limit,
            on_channel: shared.channel_heard,
        };
        if let (Ok(json), Some(worker)) = (serde_json::to_string(&request), &shared.worker) {
            let _ = worker.post_message(&JsValue::from_str(&json));
        }
    }
}

impl Drop for SearchWorker {
    fn drop(&mut self) {
        let shared = self.shared.borrow();
        if let Some(worker) = &shared.worker {
            worker.terminate();
        }
        if let Some(channel) = &shared.channel {
            channel.close();
        }
    }
}

/// The reply a worker's message holds: postcard bytes, or a failure in words (a plain string,
/// from `worker-loader.js` when the worker's WebAssembly could not load); `None` for anything
/// else.
fn reply_in(data: &JsValue) -> Option<Reply<Results>> {
    if let Some(bytes) = data.dyn_ref::<Uint8Array>() {
        return Some(read_reply(&bytes.to_vec()));
    }
    data.as_string().map(|message| Reply::Failed { message })
}

/// A fresh channel name: 64 random bits, so that no other page of the origin (another tab,
/// another widget) shares it.
fn channel_name() -> String {
    let mut bits = [0u8; 8];
    let random = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bits).ok());
    if random.is_none() {
        // No Web Crypto (a very old browser): Math.random is enough for a name.
        bits = ((js_sys::Math::random() * 2f64.powi(53)) as u64).to_le_bytes();
    }
    format!("claimlens-{:016x}", u64::from_le_bytes(bits))
}

/// Posts a chunk of the bundle, transferring its buffer (lent from `buffers`, to come back): the
/// page keeps no copy.
fn post_chunk(
    worker: &Worker,
    chunk: &Uint8Array,
    buffers: &Buffers,
    on_fail: &dyn Fn(Reply<Results>),
) {
    let buffer = chunk.buffer();
    let bytes = buffer.byte_length() as usize;
    let transfer = Array::of1(&buffer);
    match worker.post_message_with_transfer(chunk, &transfer) {
        Ok(()) => buffers.lend(bytes),
        Err(e) => {
            buffers.worker_gone();
            on_fail(Reply::Failed {
                message: format!(
                    "the story could not be handed to the search worker ({})",
                    js_message(&e)
                ),
            });
        }
    }
}

fn post_end(worker: &Worker, bytes: u64) {
    let end = ToWorker::EndOfBundle {
        end_of_bundle: bytes,
    };
    if let Ok(json) = serde_json::to_string(&end) {
        let _ = worker.post_message(&JsValue::from_str(&json));
    }
}
