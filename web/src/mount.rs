//! What the page module's entry points do (`src/main.rs` exports them to JavaScript): start the
//! explorer's own page or iframe (boot.js) and mount one `<claim-lens>` widget (widget.js).
//!
//! The exports live in the page's binary, not here, so that the worker's binary, which links
//! this library too, does not carry the app.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};
use yew::{AppHandle, AttrValue};

use crate::components::app::{App, Config};
use crate::components::open_page::{OpenPage, OpenPageProps};
use crate::host::{internal_link, widget_route, Control, Mode};

/// Mounts the explorer into the element with id [`crate::ROOT_ID`] (boot.js calls this).
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(crate::ROOT_ID))
    else {
        web_sys::console::error_1(
            &format!(
                "claimlens: no element with id \"{}\" to mount the explorer into",
                crate::ROOT_ID
            )
            .into(),
        );
        return;
    };
    let config = Config::from_root(&root);
    let open_url = root
        .get_attribute("data-open")
        .filter(|u| !u.is_empty())
        .map(AttrValue::from);
    let shown = Rc::new(RefCell::new(show(&root, &config, open_url.clone())));
    // `#/open` reached from a story's page (its start page links there) replaces the story
    // with the open page; the open page itself moves to the built story's routes without this.
    // A fragment navigation fires `popstate`, then `hashchange`: these listeners, in the capture
    // phase, hear both before the app's route listeners, which must not hear of `#/open` at all
    // (they would take it for the search view and write that route over it).
    let Some(window) = web_sys::window() else {
        return;
    };
    let capture = EventListenerOptions {
        phase: gloo_events::EventListenerPhase::Capture,
        passive: true,
    };
    let on_pop = EventListener::new_with_options(&window, "popstate", capture, |event| {
        if is_open_route() {
            event.stop_immediate_propagation();
        }
    });
    let on_hash = EventListener::new_with_options(&window, "hashchange", capture, move |event| {
        let open = is_open_route();
        // Without a worker (a single file) the open page only says where articles can be
        // opened: leaving it ("Back to the story") shows the story again. With one, the open
        // page shows the story it builds under the story's routes itself.
        let back_to_story =
            !open && open_url.is_none() && matches!(*shown.borrow(), Some(Shown::Open(_)));
        if open || back_to_story {
            if open {
                event.stop_immediate_propagation();
            }
            if let Some(old) = shown.borrow_mut().take() {
                old.destroy();
            }
            *shown.borrow_mut() = show(&root, &config, open_url.clone());
        }
    });
    // The page lives as long as its document: so do the listeners.
    on_pop.forget();
    on_hash.forget();
}

/// The app on the page: the explorer of the bundle, or the `#/open` page.
enum Shown {
    Story(AppHandle<App>),
    Open(AppHandle<OpenPage>),
}

impl Shown {
    fn destroy(self) {
        match self {
            Shown::Story(app) => app.destroy(),
            Shown::Open(app) => app.destroy(),
        }
    }
}

fn show(root: &Element, config: &Config, open_url: Option<AttrValue>) -> Option<Shown> {
    // The page's fallback text ("loading", "needs JavaScript"), or the app before, makes way.
    root.set_inner_html("");
    let root = root.clone();
    Some(if is_open_route() {
        let props = OpenPageProps {
            config: config.clone(),
            open_url,
        };
        Shown::Open(yew::Renderer::<OpenPage>::with_root_and_props(root, props).render())
    } else {
        Shown::Story(yew::Renderer::<App>::with_root_and_props(root, config.clone()).render())
    })
}

/// Whether the address asks for `#/open` (issue 18).
fn is_open_route() -> bool {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .is_some_and(|hash| {
            hash == "#/open" || hash.starts_with("#/open?") || hash.starts_with("#/open/")
        })
}

/// One `<claim-lens>` widget's app, held by its element (widget.js).
pub struct Widget {
    control: Control,
    app: Option<AppHandle<App>>,
    _click: EventListener,
}

impl Widget {
    /// The `view` or `query` attribute changed: show that.
    pub fn navigate(&self, view: &str, query: &str) {
        self.control.navigate(widget_route(view, query));
    }

    /// The element left the page: stop the app (and with it the search worker).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Mounts a widget's app into `root`, an element inside the widget's shadow root. `bundle` and
/// `worker` are absolute URLs (widget.js resolves them against its own address).
pub fn mount(root: Element, bundle: String, worker: String, view: String, query: String) -> Widget {
    console_error_panic_hook::set_once();
    let control = Control::default();
    // The explorer's links are routes in a hash (#/figures/c1). In a widget they must not change
    // the host page's address, and two widgets must not share one route: follow them in memory.
    // The listener sits on the shadow root, above the app's own element, so that it hears a click
    // after the app's handlers have had their say (a handled click is default-prevented).
    let click = {
        let control = control.clone();
        let target: web_sys::EventTarget = root.get_root_node().unchecked_into();
        EventListener::new_with_options(
            &target,
            "click",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                let Some(event) = event.dyn_ref::<MouseEvent>() else {
                    return;
                };
                let plain = event.button() == 0
                    && !(event.ctrl_key()
                        || event.meta_key()
                        || event.shift_key()
                        || event.alt_key());
                if event.default_prevented() || !plain {
                    return;
                }
                let link = event
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|e| e.closest("a[href]").ok().flatten());
                let route = link
                    .and_then(|a| a.get_attribute("href"))
                    .and_then(|href| internal_link(&href));
                if let Some(route) = route {
                    event.prevent_default();
                    control.navigate(route);
                }
            },
        )
    };
    let config = Config {
        initial: Some(widget_route(&view, &query)),
        mode: Mode::Widget,
        control: control.clone(),
        ..Config::choose(None, Some(bundle), Some(worker))
    }
    .with_root(root.clone());
    let app = yew::Renderer::<App>::with_root_and_props(root, config).render();
    Widget {
        control,
        app: Some(app),
        _click: click,
    }
}
