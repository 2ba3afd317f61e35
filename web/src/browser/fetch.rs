//! Downloads the bundle with real progress: the response body is read chunk by chunk through a
//! `ReadableStream` reader and each chunk handed on as it arrives (the page decodes it and
//! passes it to the search worker, so the whole file is never held in one piece). Where the
//! browser lets it, the body is read into the page's own [`Buffers`], which go round between
//! the download and the worker instead of leaving a spent chunk per read for the garbage
//! collector; the pool also holds the download back while the worker catches up. A bundle
//! larger than [`MAX_BUNDLE_BYTES`] is refused as soon as anything says so (the
//! `Content-Length`, the bundle's own header as the caller reads it, the bytes received), before
//! the memory for it is asked for.

use js_sys::{Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamByobReader, ReadableStreamDefaultReader, Response};

use super::buffers::Buffers;
use super::js_message;
use crate::state::load::{LoadError, MAX_BUNDLE_BYTES};

/// How far a download has come.
#[derive(Debug, Clone, Copy)]
pub struct Download {
    /// Bytes received so far, this chunk included.
    pub received: u64,
    /// The length the server announced: `None` when it did not say, or sent the body
    /// compressed (then `Content-Length` counts the compressed bytes while the stream yields
    /// the decompressed ones).
    pub announced: Option<u64>,
}

/// Fetches `url`, handing each chunk of the body to `on_chunk` in order, read into `buffers`
/// where the browser can: `on_chunk` hands the chunk to the worker (which gives its buffer back
/// to `buffers`) or [`Buffers::keep`]s it to be read into again. An error from `on_chunk`
/// stops the download and is returned.
pub async fn fetch_chunks(
    url: &str,
    buffers: &Buffers,
    mut on_chunk: impl FnMut(Uint8Array, Download) -> Result<(), LoadError>,
) -> Result<(), LoadError> {
    // A story built on #/open is in the page's memory: one chunk, no request (issue 18).
    if super::memory::is_memory(url) {
        let bytes = super::memory::copy(url).ok_or_else(|| LoadError::Network {
            url: url.to_string(),
            detail: "the story built on this page is gone; open your articles again".into(),
        })?;
        let received = u64::from(bytes.length());
        let announced = Some(received);
        return on_chunk(
            bytes,
            Download {
                received,
                announced,
            },
        );
    }
    let window = web_sys::window().ok_or_else(|| LoadError::Browser("no window".into()))?;
    let network = |e: JsValue| LoadError::Network {
        url: url.to_string(),
        detail: js_message(&e),
    };
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(network)?
        .dyn_into()
        .map_err(|_| LoadError::Browser("fetch did not return a response".into()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_string(),
            status: response.status(),
        });
    }
    let headers = response.headers();
    let encoded = headers
        .get("content-encoding")
        .ok()
        .flatten()
        .is_some_and(|e| !e.eq_ignore_ascii_case("identity"));
    let length = headers
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.trim().parse::<u64>().ok());
    let too_large = |bytes: u64| LoadError::TooLarge {
        url: url.to_string(),
        bytes,
    };
    // Compressed, the length counts fewer bytes than will arrive: still a lower bound.
    if let Some(length) = length.filter(|&l| l > MAX_BUNDLE_BYTES) {
        if let Some(body) = response.body() {
            let _ = body.cancel();
        }
        return Err(too_large(length));
    }
    let announced = length.filter(|_| !encoded);
    let Some(body) = response.body() else {
        // No stream (an empty body, or an old browser): read it whole.
        let buffer = JsFuture::from(response.array_buffer().map_err(network)?)
            .await
            .map_err(network)?;
        let bytes = Uint8Array::new(&buffer);
        let received = u64::from(bytes.length());
        return on_chunk(
            bytes,
            Download {
                received,
                announced: Some(received),
            },
        );
    };
    // A byte stream lets the page bring its own buffers; where the body is not one, the
    // stream's own chunks go to the worker and are collected as garbage.
    let reader = match ReadableStreamByobReader::new(&body) {
        Ok(reader) => Reader::Byob(reader),
        Err(_) => Reader::Chunks(body.get_reader().unchecked_into()),
    };
    let stop = |error: LoadError| {
        // Stops the download; the promise only says when the stream has let go.
        let _ = reader.cancel();
        Err(error)
    };
    let mut received = 0u64;
    loop {
        buffers.room().await;
        let chunk = JsFuture::from(reader.read(buffers))
            .await
            .map_err(network)?;
        let done = Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            return Ok(());
        }
        let value = Reflect::get(&chunk, &JsValue::from_str("value"))
            .map_err(|e| LoadError::Browser(js_message(&e)))?;
        let Ok(value) = value.dyn_into::<Uint8Array>() else {
            return Err(LoadError::Browser(
                "the download stream gave something other than bytes".into(),
            ));
        };
        received += u64::from(value.length());
        if received > MAX_BUNDLE_BYTES {
            return stop(too_large(received));
        }
        if let Err(error) = on_chunk(
            value,
            Download {
                received,
                announced,
            },
        ) {
            return stop(error);
        }
    }
}

/// How the body is read.
enum Reader {
    /// Into the page's buffers.
    Byob(ReadableStreamByobReader),
    /// In the chunks the stream makes.
    Chunks(ReadableStreamDefaultReader),
}

impl Reader {
    /// The next read: a promise of `{ done, value }`.
    fn read(&self, buffers: &Buffers) -> Promise {
        match self {
            Reader::Byob(reader) => {
                reader.read_with_array_buffer_view(&Uint8Array::new(&buffers.take()))
            }
            Reader::Chunks(reader) => reader.read(),
        }
    }

    fn cancel(&self) -> Promise {
        match self {
            Reader::Byob(reader) => reader.cancel(),
            Reader::Chunks(reader) => reader.cancel(),
        }
    }
}
