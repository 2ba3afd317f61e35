//! The page's handle on the `#/open` worker (`claimlens-open`, issue 18): started from
//! `open-loader.js` only when `#/open` is shown, so no other visit downloads its module.
//! Messages sent before the worker says hello wait here (a worker's handler is set only once its
//! wasm has loaded, and a message it receives before then is lost).

use std::cell::RefCell;
use std::rc::Rc;

use claimlens_open::protocol::{FromOpen, ToOpen};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ErrorEvent, Event, MessageEvent, Worker};

use super::js_message;

#[derive(Default)]
struct Shared {
    listening: bool,
    pending: Vec<(JsValue, js_sys::Array)>,
}

/// The running worker; dropping it stops the worker, mid-build too (the page's "Cancel").
pub struct OpenWorker {
    worker: Worker,
    shared: Rc<RefCell<Shared>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

impl OpenWorker {
    /// Starts the worker at `url`; `on_message` hears everything it says (a worker that stops
    /// or cannot load is said as [`FromOpen::Failed`]).
    pub fn start(url: &str, on_message: impl Fn(FromOpen) + 'static) -> Result<OpenWorker, String> {
        let worker = Worker::new(url).map_err(|e| {
            format!(
                "the worker that reads your articles could not start ({})",
                js_message(&e)
            )
        })?;
        let shared = Rc::new(RefCell::new(Shared::default()));
        let on_message = Rc::new(on_message);
        let heard = {
            let (worker, shared, on_message) = (worker.clone(), shared.clone(), on_message.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                let message = FromOpen::from_js(&data).unwrap_or_else(|| FromOpen::Failed {
                    message: data.as_string().unwrap_or_else(|| {
                        "the worker that reads your articles said something this page does not understand".into()
                    }),
                    skipped: Vec::new(),
                });
                if matches!(message, FromOpen::Hello) {
                    let pending = {
                        let mut shared = shared.borrow_mut();
                        shared.listening = true;
                        std::mem::take(&mut shared.pending)
                    };
                    for (value, transfer) in pending {
                        let _ = worker.post_message_with_transfer(&value, &transfer);
                    }
                }
                on_message(message);
            })
        };
        let failed = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            let detail = event
                .dyn_ref::<ErrorEvent>()
                .map(|e| e.message())
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "it stopped".into());
            on_message(FromOpen::Failed {
                message: format!("the worker that reads your articles failed ({detail})"),
                skipped: Vec::new(),
            });
        });
        worker.set_onmessage(Some(heard.as_ref().unchecked_ref()));
        worker.set_onerror(Some(failed.as_ref().unchecked_ref()));
        Ok(OpenWorker {
            worker,
            shared,
            _on_message: heard,
            _on_error: failed,
        })
    }

    /// Sends `message`, its buffers transferred; held until the worker listens.
    pub fn send(&self, message: &ToOpen) -> Result<(), String> {
        let (value, transfer) = message.to_js();
        let mut shared = self.shared.borrow_mut();
        if !shared.listening {
            shared.pending.push((value, transfer));
            return Ok(());
        }
        self.worker
            .post_message_with_transfer(&value, &transfer)
            .map_err(|e| {
                format!(
                    "the worker that reads your articles did not take the files ({})",
                    js_message(&e)
                )
            })
    }
}

impl Drop for OpenWorker {
    fn drop(&mut self) {
        // A message the worker posted before it stopped may still be queued: with the handlers
        // taken off first, it finds none rather than the closures freed below.
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}
