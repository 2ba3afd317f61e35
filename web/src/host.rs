//! Where the explorer runs (issue 5): its own page, an iframe (`?embed=1`) or a `<claim-lens>`
//! widget inside someone else's page, and the handle a widget's element keeps on its app.
//!
//! The three differ in what the explorer may take for itself. The page owns the address bar (the
//! route lives in the URL hash), the tab's title and the focus. An iframe owns its own address
//! but is small, so its layout is compact. A widget owns nothing outside its element: several can
//! share one page, so its route lives in memory, its links are caught before they change the host
//! page's hash, and its search engine starts only when search is asked for.

use std::cell::RefCell;
use std::rc::Rc;

use yew::UseReducerDispatcher;

use crate::state::app::{Action, AppState};
use crate::state::route::Route;
#[cfg(test)]
use crate::state::route::View;

/// How the explorer is hosted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// The explorer's own page (`index.html`).
    #[default]
    Page,
    /// `index.html?embed=1` inside an iframe: compact, still routed by its own URL hash.
    Embed,
    /// A `<claim-lens>` element (widget.js) in a host page.
    Widget,
}

impl Mode {
    /// Reads the mode of the explorer's own page from its address's query string.
    pub fn from_search(search: &str) -> Mode {
        let search = search.strip_prefix('?').unwrap_or(search);
        let embed = search
            .split('&')
            .any(|pair| matches!(pair, "embed" | "embed=1" | "embed=true"));
        if embed {
            Mode::Embed
        } else {
            Mode::Page
        }
    }

    /// The route is kept in the URL hash (and back and forward move it).
    pub fn owns_hash(self) -> bool {
        self != Mode::Widget
    }

    /// The explorer names the tab.
    pub fn owns_title(self) -> bool {
        self == Mode::Page
    }

    /// The smaller layout for a box inside an article.
    pub fn compact(self) -> bool {
        self != Mode::Page
    }

    /// The search engine (a worker and 1.6 MB of wasm) always waits until the search view is
    /// shown or focus enters the search box; the explorer's own page and its iframe also start it
    /// in the first idle time after the story is drawn, so that search is ready when wanted. A
    /// widget does not: a figures widget lower down an article costs no engine.
    pub fn engine_when_idle(self) -> bool {
        self != Mode::Widget
    }
}

/// The route a widget starts on, from its `view` and `query` attributes. Unknown views fall back
/// to the search.
pub fn widget_route(view: &str, query: &str) -> Route {
    let base = match view.trim().to_ascii_lowercase().as_str() {
        "figures" | "claims" => Route::figures(None),
        "speakers" => Route::speakers(None),
        _ => Route::search(""),
    };
    Route {
        query: query.to_string(),
        ..base
    }
}

/// Is this link one of the explorer's own (a route in a hash), which a widget must follow in
/// memory rather than let change the host page's address?
pub fn internal_link(href: &str) -> Option<Route> {
    href.starts_with("#/").then(|| Route::parse(href))
}

/// The widget's element's handle on its app: moves it to another route (the `view` and `query`
/// attributes changed, or one of its links was clicked). Routes sent before the app is up wait
/// for it. Compared by identity.
#[derive(Clone, Default)]
pub struct Control(Rc<RefCell<ControlInner>>);

#[derive(Default)]
struct ControlInner {
    dispatch: Option<UseReducerDispatcher<AppState>>,
    pending: Option<Route>,
}

impl Control {
    /// Moves the app to `route`, now or as soon as it is up.
    pub fn navigate(&self, route: Route) {
        let mut inner = self.0.borrow_mut();
        match &inner.dispatch {
            Some(dispatch) => dispatch.dispatch(Action::Navigate(route)),
            None => inner.pending = Some(route),
        }
    }

    /// Called by the app once it runs.
    pub fn attach(&self, dispatch: UseReducerDispatcher<AppState>) {
        let mut inner = self.0.borrow_mut();
        if let Some(route) = inner.pending.take() {
            dispatch.dispatch(Action::Navigate(route));
        }
        inner.dispatch = Some(dispatch);
    }
}

impl PartialEq for Control {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Control {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Control")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_is_embedded_only_when_its_address_says_so() {
        assert_eq!(Mode::from_search(""), Mode::Page);
        assert_eq!(Mode::from_search("?bundle=a.bundle"), Mode::Page);
        assert_eq!(Mode::from_search("?embed=1"), Mode::Embed);
        assert_eq!(Mode::from_search("?bundle=x&embed"), Mode::Embed);
        assert_eq!(Mode::from_search("?embedded=1"), Mode::Page);
        assert!(Mode::Embed.owns_hash() && !Mode::Widget.owns_hash());
        assert!(!Mode::Widget.engine_when_idle() && Mode::Page.engine_when_idle());
    }

    #[test]
    fn widget_attributes_name_a_route() {
        let figures = widget_route("Figures", "");
        assert_eq!(figures.view, View::Figures);
        let search = widget_route("", "Holm");
        assert_eq!((search.view, search.query.as_str()), (View::Search, "Holm"));
        assert_eq!(widget_route("nonsense", "x").view, View::Search);
        assert_eq!(
            internal_link("#/speakers/petar-holm").and_then(|r| r.selected),
            Some("petar-holm".to_string())
        );
        assert_eq!(internal_link("https://example.org/#/figures"), None);
        assert_eq!(internal_link("#top"), None);
    }
}
