//! Bundles held in the page's memory under made-up addresses (`open:1/claimlens.bundle`): a
//! story built on `#/open` (issue 18) is opened by the app exactly as a site's, through
//! [`super::fetch::fetch_chunks`], which finds its parts here instead of asking the network.
//! (A `blob:` URL would need `connect-src blob:`, which the site's policy does not allow.)

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::Uint8Array;

/// The scheme of the addresses kept here; no fetch is ever made for one.
pub const SCHEME: &str = "open:";

thread_local! {
    static HELD: RefCell<HashMap<String, Uint8Array>> = RefCell::new(HashMap::new());
}

/// Keeps `bytes` under `url` (which starts with [`SCHEME`]), replacing what was there.
pub fn keep(url: &str, bytes: Uint8Array) {
    HELD.with(|held| held.borrow_mut().insert(url.to_string(), bytes));
}

/// Forgets every address of a build (those starting with `prefix`).
pub fn forget(prefix: &str) {
    HELD.with(|held| held.borrow_mut().retain(|url, _| !url.starts_with(prefix)));
}

/// A copy of what is held under `url`: the copy may be transferred to the search worker, which
/// detaches it, while the original stays for the next reader.
pub fn copy(url: &str) -> Option<Uint8Array> {
    if !url.starts_with(SCHEME) {
        return None;
    }
    HELD.with(|held| held.borrow().get(url).map(|b| b.slice(0, b.length())))
}

/// Whether `url` names something held here (held or not, it is never fetched).
pub fn is_memory(url: &str) -> bool {
    url.starts_with(SCHEME)
}
