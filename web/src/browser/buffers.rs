//! The download's buffers, which go round instead of piling up (issue 7).
//!
//! Every chunk a stream reader hands out is a fresh `ArrayBuffer`, and Chromium frees a chunk
//! only at the next garbage collection, even one transferred to the worker and emptied there:
//! a 73 MiB bundle left some 70 MiB of spent chunks in the tab at the end of its download. So
//! the download reads into buffers of its own (a "bring your own buffer" reader, where the
//! browser has one), hands each to the search worker, which copies the bytes into its memory
//! and sends the buffer back to be read into again.
//!
//! The pool is also the download's brake: while [`Buffers::IN_FLIGHT`] bytes are with a worker
//! that has not caught up, the download waits for some to come back rather than queue the
//! whole bundle in the worker's inbox.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{ArrayBuffer, Function, Promise};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The pool the page's download and its search worker share. Cloning shares it.
#[derive(Clone, Default)]
pub struct Buffers(Rc<RefCell<Pool>>);

#[derive(Default)]
struct Pool {
    /// Buffers back from the worker, ready to be read into.
    free: Vec<ArrayBuffer>,
    /// Bytes of buffers with the worker.
    lent: usize,
    /// Resolves the download's wait for room.
    wake: Option<Function>,
    /// The worker is gone: lent buffers will not come back, and nobody waits for them.
    unbounded: bool,
}

impl Pool {
    /// Keeps a buffer of the pool's size to be read into again.
    fn reuse(&mut self, buffer: ArrayBuffer) {
        if buffer.byte_length() == Buffers::SIZE {
            self.free.push(buffer);
        }
    }
}

impl Buffers {
    /// Each buffer's size: a read fills one as far as the network has bytes.
    pub const SIZE: u32 = 1 << 16;
    /// The most bytes with the worker before the download waits.
    pub const IN_FLIGHT: usize = 8 << 20;

    /// A buffer to read into: one that came back, or a new one.
    pub fn take(&self) -> ArrayBuffer {
        self.0
            .borrow_mut()
            .free
            .pop()
            .unwrap_or_else(|| ArrayBuffer::new(Self::SIZE))
    }

    /// Keeps a buffer the page did not hand on (it has no worker), to read into again.
    pub fn keep(&self, buffer: ArrayBuffer) {
        self.0.borrow_mut().reuse(buffer);
    }

    /// A buffer of `bytes` went to the worker.
    pub fn lend(&self, bytes: usize) {
        self.0.borrow_mut().lent += bytes;
    }

    /// The worker sent a buffer back.
    pub fn returned(&self, buffer: ArrayBuffer) {
        self.change_and_wake(|pool| {
            pool.lent = pool.lent.saturating_sub(buffer.byte_length() as usize);
            pool.reuse(buffer);
        });
    }

    /// The worker stopped: the download no longer waits for it.
    pub fn worker_gone(&self) {
        self.change_and_wake(|pool| pool.unbounded = true);
    }

    /// Changes the pool, then lets a download waiting for room look again.
    fn change_and_wake(&self, change: impl FnOnce(&mut Pool)) {
        let wake = {
            let mut pool = self.0.borrow_mut();
            change(&mut pool);
            pool.wake.take()
        };
        if let Some(wake) = wake {
            let _ = wake.call0(&JsValue::NULL);
        }
    }

    /// Waits while the worker holds [`Buffers::IN_FLIGHT`] bytes or more.
    pub async fn room(&self) {
        loop {
            {
                let pool = self.0.borrow();
                if pool.unbounded || pool.lent < Self::IN_FLIGHT {
                    return;
                }
            }
            let waited = Promise::new(&mut |resolve, _| self.0.borrow_mut().wake = Some(resolve));
            let _ = JsFuture::from(waited).await;
        }
    }
}
