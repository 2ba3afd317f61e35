//! The app shell: owns the state, wires the hooks, and shows the view the route names.

use yew::prelude::*;

use crate::browser::history;
use crate::components::figures_view::FiguresView;
use crate::components::header::Header;
use crate::components::load_failure::LoadFailure;
use crate::components::load_progress::LoadProgress;
use crate::components::reader_view::ReaderView;
use crate::components::search_view::SearchView;
use crate::components::speakers_view::SpeakersView;
use crate::components::ById;
use crate::hooks::{
    use_engine_demand, use_idle_after, use_live_search, use_route_sync, use_search_worker,
    use_story_loader, use_view_focus, TextsDemand,
};
use crate::host::{Control, Mode};
use crate::state::app::{Action, AppState, EngineState, Load, TextsState};
use crate::state::route::{Route, View};

/// Where the explorer finds its files, read from the element it mounts into.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct Config {
    /// The bundle: `data-bundle`, or `?bundle=` in the page's address (a relative path only).
    pub bundle_url: AttrValue,
    /// The bundle's texts and index parts, when the element names them (`data-bundle-texts`,
    /// `data-bundle-index`: the single file's blobs); else beside the bundle
    /// (`claimlens_bundle::part_url`).
    pub texts_url: Option<AttrValue>,
    pub index_url: Option<AttrValue>,
    /// The worker's loader script (`data-worker`).
    pub worker_url: AttrValue,
    /// Where the explorer runs: its own page, an iframe, a widget.
    pub mode: Mode,
    /// The element it is mounted into: focus and lookups by id stay inside it (a widget's
    /// elements live in a shadow root, out of `document`'s reach).
    pub root: Option<web_sys::Element>,
    /// The route to start on instead of the URL hash's (a widget's attributes).
    pub initial: Option<Route>,
    /// How a widget's element moves its app.
    pub control: Control,
}

impl Config {
    pub const DEFAULT_BUNDLE: &'static str = "claimlens.bundle";
    pub const DEFAULT_WORKER: &'static str = "worker-loader.js";

    pub fn from_root(root: &web_sys::Element) -> Config {
        let from_query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
            .and_then(|params| params.get("bundle"));
        let mode = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .map_or(Mode::Page, |search| Mode::from_search(&search));
        let chosen = Config::choose(
            from_query,
            root.get_attribute("data-bundle"),
            root.get_attribute("data-worker"),
        );
        // Parts named by the element go with the bundle it names, not with one from the address.
        let named = |name: &str| {
            root.get_attribute(name)
                .filter(|u| {
                    !u.is_empty()
                        && root.get_attribute("data-bundle").as_deref() == Some(&*chosen.bundle_url)
                })
                .map(AttrValue::from)
        };
        Config {
            mode,
            texts_url: named("data-bundle-texts"),
            index_url: named("data-bundle-index"),
            ..chosen
        }
        .with_root(root.clone())
    }

    /// Where part `part` of the bundle is.
    pub fn part_url(&self, part: claimlens_bundle::Part) -> AttrValue {
        use claimlens_bundle::Part;
        let named = match part {
            Part::Head => Some(&self.bundle_url),
            Part::Texts => self.texts_url.as_ref(),
            Part::Index => self.index_url.as_ref(),
        };
        named
            .cloned()
            .unwrap_or_else(|| claimlens_bundle::part_url(&self.bundle_url, part).into())
    }

    pub fn with_root(self, root: web_sys::Element) -> Config {
        Config {
            root: Some(root),
            ..self
        }
    }

    /// Picks the bundle and worker URLs. A bundle named in the address must be a relative path:
    /// a link to this page must not make it show another site's story as its own.
    pub fn choose(
        from_query: Option<String>,
        from_attribute: Option<String>,
        worker: Option<String>,
    ) -> Config {
        let relative = |url: &String| {
            !url.is_empty()
                && !url.contains(':')
                && !url.starts_with("//")
                && !url.starts_with("\\\\")
        };
        let bundle = from_query
            .filter(relative)
            .or(from_attribute.filter(|u| !u.is_empty()))
            .unwrap_or_else(|| Config::DEFAULT_BUNDLE.to_string());
        let worker = worker
            .filter(|u| !u.is_empty())
            .unwrap_or_else(|| Config::DEFAULT_WORKER.to_string());
        Config {
            bundle_url: bundle.into(),
            texts_url: None,
            index_url: None,
            worker_url: worker.into(),
            mode: Mode::Page,
            root: None,
            initial: None,
            control: Control::default(),
        }
    }
}

#[component]
pub fn App(config: &Config) -> Html {
    let state =
        use_reducer(|| AppState::new(config.initial.clone().unwrap_or_else(history::current)));
    let dispatch = state.dispatcher();
    let mode = config.mode;
    use_route_sync(&state.route, dispatch.clone(), mode.owns_hash());
    {
        let control = config.control.clone();
        let dispatch = dispatch.clone();
        use_effect_with(control, move |control| control.attach(dispatch));
    }
    // The engine waits for the search view, focus in the search box, or (on the explorer's
    // own page and its iframe) the first idle time after the story is drawn: a figures-only
    // visit downloads the story and the page, not the worker's wasm (issue 16).
    let idle = use_idle_after(mode.engine_when_idle() && state.story().is_some());
    let engine_wanted = use_engine_demand(
        config.root.clone(),
        state.route.view == View::Search || idle,
    );
    let worker = use_search_worker(&config.worker_url, engine_wanted, dispatch.clone());
    // The articles' texts come when a view shows text (`use_texts`) or search is wanted.
    let texts_wanted = use_state_eq(|| false);
    let texts_demand = {
        let texts_wanted = texts_wanted.clone();
        TextsDemand(Callback::from(move |()| texts_wanted.set(true)))
    };
    use_story_loader(
        config,
        worker.clone(),
        *texts_wanted,
        engine_wanted,
        dispatch.clone(),
    );
    let search_now = use_live_search(
        worker,
        state.engine == EngineState::Ready,
        state.route.engine_query(),
        &state.search,
        dispatch.clone(),
    );
    // The reader's target paragraph is there once the texts are.
    let view_ready = state.story().is_some()
        && (state.route.view != View::Reader || state.texts != TextsState::Waiting);
    use_view_focus(
        &state.route,
        view_ready,
        config.root.clone(),
        mode == Mode::Widget,
    );

    let title = mode.owns_title().then(|| document_title(&state));
    use_effect_with(title, |title| {
        let document = web_sys::window().and_then(|w| w.document());
        if let (Some(document), Some(title)) = (document, title) {
            document.set_title(title);
        }
    });

    let on_type = {
        let route = state.route.clone();
        Callback::from(move |query: String| {
            // The worker hears of the keystroke before the page re-renders for it.
            search_now.emit(
                Route {
                    query: query.clone(),
                    ..route.to_search()
                }
                .engine_query(),
            );
            dispatch.dispatch(Action::Type(query));
        })
    };
    let story = state.story().map(|s| ById(s.clone()));
    let route = state.route.clone();
    let body = match (&state.load, &story) {
        (Load::Failed(error), _) => {
            html! { <LoadFailure error={error.clone()} url={config.bundle_url.clone()} /> }
        }
        (_, Some(story)) => match route.view {
            View::Search => html! {
                <SearchView story={story.clone()} route={route.clone()} search={state.search.clone()} engine={state.engine.clone()} {on_type} />
            },
            View::Figures => html! { <FiguresView story={story.clone()} route={route.clone()} /> },
            View::Speakers => {
                html! { <SpeakersView story={story.clone()} route={route.clone()} /> }
            }
            View::Reader => html! { <ReaderView story={story.clone()} route={route.clone()} /> },
        },
        (Load::Fetching { received, total }, None) => {
            html! { <LoadProgress received={*received} total={*total} /> }
        }
        (Load::Ready(_), None) => html! {},
    };
    // The story shows without its texts; a text part that cannot be loaded is said once, above
    // the view.
    let texts_failure = match &state.texts {
        TextsState::Failed(error) => html! {
            <section class="panel failure texts-failure" role="alert">
                <p>{ error.message() }</p>
                <p class="hint">{ error.hint() }</p>
            </section>
        },
        _ => html! {},
    };
    let skip = {
        let root = config.root.clone();
        Callback::from(move |event: MouseEvent| {
            // An in-page anchor would change the hash, which holds the route: move focus instead.
            event.prevent_default();
            focus_main(root.as_ref());
        })
    };
    let class = classes!(
        "claimlens",
        mode.compact().then_some("compact"),
        (mode == Mode::Widget).then_some("widget")
    );
    html! {
        <div {class}>
            <a class="skip-link" href="#/" onclick={skip}>{ "Skip to content" }</a>
            <Header story={story.clone()} route={route} />
            <main id="claimlens-main" class="main" tabindex="-1">
                <ContextProvider<TextsDemand> context={texts_demand}>
                    { texts_failure }
                    { body }
                </ContextProvider<TextsDemand>>
            </main>
            <footer class="footer">
                <p>{ "claimlens finds who said what and which figures the outlets disagree on. It reads the articles as written: check the sources before you quote them." }</p>
            </footer>
        </div>
    }
}

fn focus_main(root: Option<&web_sys::Element>) {
    use wasm_bindgen::JsCast;
    let main = crate::browser::by_id(root, "claimlens-main");
    if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
    }
}

/// The tab's title: the view, the story, the tool.
fn document_title(state: &AppState) -> String {
    let Some(story) = state.story() else {
        return match state.load {
            Load::Failed(_) => "Could not load the story · claimlens".into(),
            _ => "Loading · claimlens".into(),
        };
    };
    let route = &state.route;
    let view = match route.view {
        View::Search if route.query.trim().is_empty() => "Search".to_string(),
        View::Search => format!("“{}”", route.query.trim()),
        View::Figures => route
            .selected
            .as_deref()
            .and_then(|id| story.claim(id))
            .map_or("Figures".into(), |c| c.label.clone()),
        View::Speakers => route
            .selected
            .as_deref()
            .map_or("Speakers".into(), |id| story.name(id)),
        View::Reader => route
            .selected
            .as_deref()
            .and_then(|id| story.article(id))
            .and_then(|a| a.title.clone())
            .unwrap_or_else(|| "Article".into()),
    };
    format!("{view} · {} · claimlens", story.heading())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_comes_from_the_address_only_as_a_relative_path() {
        let pick = |q: Option<&str>, attr: Option<&str>| {
            Config::choose(q.map(Into::into), attr.map(Into::into), None)
                .bundle_url
                .to_string()
        };
        assert_eq!(pick(None, None), "claimlens.bundle");
        assert_eq!(pick(None, Some("data/story.bundle")), "data/story.bundle");
        assert_eq!(
            pick(Some("other.bundle"), Some("data/story.bundle")),
            "other.bundle"
        );
        assert_eq!(
            pick(Some("https://elsewhere.example/x.bundle"), None),
            "claimlens.bundle"
        );
        assert_eq!(
            pick(Some("//elsewhere.example/x.bundle"), Some("a.bundle")),
            "a.bundle"
        );
        assert_eq!(
            Config::choose(None, None, Some("w.js".into())).worker_url,
            "w.js"
        );
    }
}
