//! Downloads the bundle with real progress: the response body is read chunk by chunk through a
//! `ReadableStream` reader, against the `Content-Length` the server announced.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, Response};

use super::js_message;
use crate::state::load::LoadError;

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
    let total = headers
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.trim().parse::<u64>().ok())
        .filter(|_| !encoded);
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
    let mut bytes: Vec<u8> = Vec::with_capacity(total.unwrap_or(0).min(1 << 30) as usize);
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
        bytes.resize(at + value.length() as usize, 0);
        value.copy_to(&mut bytes[at..]);
        progress(bytes.len() as u64, total);
    }
    Ok(bytes)
}
