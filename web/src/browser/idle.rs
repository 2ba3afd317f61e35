//! Idle time: a callback run once the browser has nothing more pressing to do
//! (`requestIdleCallback`), or after a short timer in a browser without it (Safari).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use js_sys::{Function, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The longest the browser may put the callback off while it stays busy, in milliseconds.
const LATEST_MS: u32 = 4_000;
/// Without `requestIdleCallback`: long enough for the first frames to be drawn.
const FALLBACK_MS: u32 = 300;

/// A callback waiting for idle time; dropping it cancels the wait.
pub struct WhenIdle {
    _idle: Option<IdleRequest>,
    _timer: Option<Timeout>,
}

struct IdleRequest {
    handle: JsValue,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for IdleRequest {
    fn drop(&mut self) {
        let window: JsValue = js_sys::global().into();
        if let Some(cancel) = Reflect::get(&window, &"cancelIdleCallback".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
        {
            let _ = cancel.call1(&window, &self.handle);
        }
    }
}

/// Runs `callback` once, in the browser's next idle period.
pub fn when_idle(callback: impl FnOnce() + 'static) -> WhenIdle {
    let callback = Rc::new(RefCell::new(Some(callback)));
    let run = {
        let callback = callback.clone();
        move || {
            if let Some(callback) = callback.borrow_mut().take() {
                callback();
            }
        }
    };
    let window: JsValue = js_sys::global().into();
    let request = Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    if let Some(request) = request {
        let closure = Closure::<dyn FnMut()>::new(run.clone());
        let options = Object::new();
        let _ = Reflect::set(&options, &"timeout".into(), &LATEST_MS.into());
        // A browser that refuses the request falls back on the timer below.
        if let Ok(handle) = request.call2(&window, closure.as_ref(), &options) {
            return WhenIdle {
                _idle: Some(IdleRequest {
                    handle,
                    _callback: closure,
                }),
                _timer: None,
            };
        }
    }
    WhenIdle {
        _idle: None,
        _timer: Some(Timeout::new(FALLBACK_MS, run)),
    }
}
