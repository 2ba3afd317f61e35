//! Downloads the bundle with real progress: the response body is read chunk by chunk through a
//! `ReadableStream` reader, against the `Content-Length` the server announced. A bundle larger
//! than [`MAX_BUNDLE_BYTES`] is refused as soon as anything says so (the `Content-Length`, the
//! bundle's own header, the bytes received), before the memory for it is asked for.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, Response};

use super::js_message;
use crate::state::load::{LoadError, MAX_BUNDLE_BYTES};

/// Fetches `url`, calling `progress(received, total)` after each chunk. `total` is `None` when
/// the server did not say, or sent the body compressed (then `Content-Length` counts the
/// compressed bytes while the stream yields the decompressed ones).
pub async fn fetch_bytes(
    url: &str,
    mut progress: impl FnMut(u64, Option<u64>),
) -> Result<Vec<u8>, LoadError> {
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
    let total = length.filter(|_| !encoded);
    progress(0, total);
    let Some(body) = response.body() else {
        // No stream (an empty body, or an old browser): read it whole.
        let buffer = JsFuture::from(response.array_buffer().map_err(network)?)
            .await
            .map_err(network)?;
        let bytes = Uint8Array::new(&buffer).to_vec();
        progress(bytes.len() as u64, Some(bytes.len() as u64));
        return Ok(bytes);
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let refuse = |bytes: u64| {
        // Stops the download; the promise only says when the stream has let go.
        let _ = reader.cancel();
        Err(too_large(bytes))
    };
    let expected = total.unwrap_or(0);
    let mut bytes: Vec<u8> = Vec::new();
    if bytes.try_reserve_exact(expected as usize).is_err() {
        return refuse(expected);
    }
    let mut header_read = false;
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(network)?;
        let done = Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            break;
        }
        let value = Reflect::get(&chunk, &JsValue::from_str("value"))
            .map_err(|e| LoadError::Browser(js_message(&e)))?;
        let Some(value) = value.dyn_ref::<Uint8Array>() else {
            return Err(LoadError::Browser(
                "the download stream gave something other than bytes".into(),
            ));
        };
        let at = bytes.len();
        let received = at as u64 + u64::from(value.length());
        if received > MAX_BUNDLE_BYTES || bytes.try_reserve(value.length() as usize).is_err() {
            return refuse(received);
        }
        bytes.resize(at + value.length() as usize, 0);
        value.copy_to(&mut bytes[at..]);
        // The bundle's header says how long the whole is: a server that sends no length (or
        // the wrong one) cannot make the page wait for, and buffer, more than it can open.
        if !header_read && bytes.len() >= claimlens_bundle::HEADER_LEN {
            header_read = true;
            let header = &bytes[..claimlens_bundle::HEADER_LEN];
            if let Err(claimlens_bundle::Error::Truncated { expected, .. }) =
                claimlens_bundle::check(header)
            {
                if expected > MAX_BUNDLE_BYTES {
                    return refuse(expected);
                }
            }
        }
        progress(bytes.len() as u64, total);
    }
    Ok(bytes)
}
