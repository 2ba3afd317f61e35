//! Files and the clipboard: a table saved as a download (a `Blob` behind a `download` link, so
//! it works on the site, from a `file://` single file and in a widget alike, with no server),
//! and a citation copied.

use wasm_bindgen::{JsCast, JsValue};

/// Saves `bytes` as a file called `name`: a link to a `blob:` URL of them, clicked.
pub fn save_file(name: &str, bytes: &[u8], mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    // A link that is in no document still downloads when clicked, so a widget's shadow root and
    // the host page are left alone.
    link.click();
    // The download has its own copy by the time the click returns; the URL can go later.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Puts `text` on the clipboard. The promise rejects where the page may not write to it (an
/// insecure origin, a denied permission); the caller then shows the text to copy by hand.
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let clipboard = window.navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
}
