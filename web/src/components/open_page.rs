//! `#/open` (issue 18): the reader's own articles, chosen, dropped or pasted, read, analysed and
//! indexed by the `#/open` worker with a bar per stage, then shown by the explorer as a built
//! story's are (the bundle is held in memory, `browser::memory`), with the files left out
//! listed, "Save as one file" and "Download bundle". Nothing is sent anywhere: the only
//! requests are for the site's own files (the worker's module, and the explorer's files that a
//! single file inlines).

use std::cell::RefCell;
use std::rc::Rc;

use claimlens_bundle::Part;
use claimlens_open::protocol::{Explorer, File, FromOpen, ToOpen};
use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser::download::save_file;
use crate::browser::memory;
use crate::browser::open_worker::OpenWorker;
use crate::browser::{by_id, js_message};
use crate::components::app::{App, Config};
use crate::state::open::{OpenAction, OpenState, Phase, StageBar};
use crate::state::route::Route;

#[derive(Clone, PartialEq, Properties)]
pub struct OpenPageProps {
    /// The explorer's setup (search worker, root); its bundle addresses are replaced by the
    /// built story's.
    pub config: Config,
    /// The worker's loader script (`data-open`); `None` where there is none (a single file).
    pub open_url: Option<AttrValue>,
}

/// What the article files may be called (claimlens-ingest's kinds), and the `claimlens.toml`
/// manifest that may come with them.
const ACCEPT: &str = ".txt,.md,.markdown,.html,.htm,.json,.jsonl,.ndjson,.toml";

/// Where build number `build` keeps its bundle's `part`.
fn part_address(build: u32, part: Part) -> String {
    let head = format!("{}{build}/claimlens.bundle", memory::SCHEME);
    claimlens_bundle::part_url(&head, part)
}

/// What (re)starts the page's worker: its loader's address and what its messages update.
#[derive(Clone)]
struct Starter {
    url: AttrValue,
    worker: Rc<RefCell<Option<OpenWorker>>>,
    dispatch: UseReducerDispatcher<OpenState>,
    builds: Rc<RefCell<u32>>,
    title: Rc<RefCell<Option<String>>>,
}

impl Starter {
    /// Starts a worker in place of the running one, which stops.
    fn start(&self) {
        drop(self.worker.borrow_mut().take());
        let heard = {
            let (dispatch, builds, title) = (
                self.dispatch.clone(),
                self.builds.clone(),
                self.title.clone(),
            );
            move |message: FromOpen| hear(message, &dispatch, &builds, &title)
        };
        match OpenWorker::start(&self.url, heard) {
            Ok(started) => *self.worker.borrow_mut() = Some(started),
            Err(message) => state_failed(&self.dispatch, message),
        }
    }
}

#[component]
pub fn OpenPage(props: &OpenPageProps) -> Html {
    let state = use_reducer(OpenState::default);
    let worker: Rc<RefCell<Option<OpenWorker>>> = use_mut_ref(|| None);
    // Build numbers and the last title outlive a stopped worker, so every build keeps its own
    // in-memory addresses.
    let builds = use_mut_ref(|| 0u32);
    let title = use_mut_ref(|| None::<String>);
    let dragging = use_state(|| false);
    let starter = props.open_url.clone().map(|url| Starter {
        url,
        worker: worker.clone(),
        dispatch: state.dispatcher(),
        builds,
        title,
    });
    {
        // The worker starts with the page, so its module loads while the reader picks files.
        let (starter, worker) = (starter.clone(), worker.clone());
        use_effect_with(props.open_url.clone(), move |_| {
            if let Some(starter) = starter {
                starter.start();
            }
            move || drop(worker.borrow_mut().take())
        });
    }
    let send_files = {
        let (worker, dispatch) = (worker.clone(), state.dispatcher());
        Callback::from(move |files: Vec<File>| {
            if files.is_empty() {
                return;
            }
            dispatch.dispatch(OpenAction::Start { files: files.len() });
            let sent = match worker.borrow().as_ref() {
                Some(worker) => worker.send(&ToOpen::Build { files }),
                None => Err("the worker that reads your articles is not running".into()),
            };
            if let Err(message) = sent {
                state_failed(&dispatch, message);
            }
        })
    };
    // A build runs in one go inside the worker and cannot be interrupted: the worker is stopped
    // and a fresh one started for the next files.
    let cancel = {
        let (starter, dispatch) = (starter.clone(), state.dispatcher());
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(OpenAction::Cancel);
            if let Some(starter) = &starter {
                starter.start();
            }
        })
    };
    if props.open_url.is_none() {
        return cannot_read();
    }
    if let Phase::Built { build, .. } = &state.phase {
        return built_view(props, &state, *build, &worker, state.dispatcher());
    }
    let busy = matches!(state.phase, Phase::Building { .. });
    html! {
        <div class="claimlens open-page">
            <main id="claimlens-main" class="main" tabindex="-1">
                <h1>{ "Open your own articles" }</h1>
                <p class="lede">{ "Choose news articles saved as text, Markdown, web pages (HTML) or JSON. This browser reads, analyses and indexes them itself: nothing is sent anywhere. Then search them, compare their figures and see who said what, as in any claimlens story." }</p>
                { chooser(&send_files, busy, &dragging) }
                { progress(&state.stages, busy.then_some(&cancel)) }
                if let Phase::Failed { message } = &state.phase {
                    <section class="panel failure" role="alert">
                        <p class="failure-message">{ capitalise(message) }</p>
                    </section>
                }
                { skipped(&state) }
            </main>
        </div>
    }
}

/// `#/open` where the page has no worker to read articles with: a single file, which carries
/// one story and the explorer but not the reader's module (about 800 KB more, brotli), so that
/// it stays small enough to send around. Says where articles can be read instead.
fn cannot_read() -> Html {
    html! {
        <div class="claimlens open-page">
            <main id="claimlens-main" class="main" tabindex="-1">
                <section class="panel open-elsewhere" aria-labelledby="claimlens-open-elsewhere">
                    <h1 id="claimlens-open-elsewhere">{ "Open your own articles on a claimlens site" }</h1>
                    <p>{ "This file holds one story and the explorer to read it, but not the part that reads articles, which would make every copy of it much larger. Your own articles open on a claimlens site instead, in the same way: your browser reads them itself and sends nothing anywhere." }</p>
                    <ul>
                        <li>{ "If this story came from a claimlens site, open that site and choose " }<strong>{ "Open your own articles" }</strong>{ " on its start page." }</li>
                        <li>{ "With the claimlens command line, build a site from any folder of articles and serve it on this computer: " }
                            <code>{ "claimlens build FOLDER --out SITE" }</code>{ ", then " }<code>{ "claimlens serve SITE" }</code>
                            { ", and open the address it prints. " }<code>{ "claimlens demo --serve" }</code>{ " does both with the demo story." }</li>
                    </ul>
                    <p><a href="#/">{ "Back to the story" }</a></p>
                </section>
            </main>
        </div>
    }
}

fn state_failed(dispatch: &UseReducerDispatcher<OpenState>, message: String) {
    dispatch.dispatch(OpenAction::Failed {
        message,
        skipped: Vec::new(),
    });
}

/// Handles one message from the worker.
fn hear(
    message: FromOpen,
    dispatch: &UseReducerDispatcher<OpenState>,
    builds: &Rc<RefCell<u32>>,
    title: &Rc<RefCell<Option<String>>>,
) {
    match message {
        FromOpen::Hello => {}
        FromOpen::Progress {
            stage,
            label,
            done,
            total,
        } => dispatch.dispatch(OpenAction::Progress(StageBar {
            stage,
            label,
            done,
            total,
        })),
        FromOpen::Built {
            title: story,
            articles,
            skipped,
            notes,
            parts,
        } => {
            // The reducer numbers builds the same way: one per `built`.
            let build = {
                let mut builds = builds.borrow_mut();
                *builds += 1;
                *builds
            };
            memory::forget(memory::SCHEME);
            for (part, bytes) in Part::ALL.into_iter().zip(parts) {
                memory::keep(&part_address(build, part), bytes);
            }
            *title.borrow_mut() = story.clone();
            // The story opens on its figures; #/open is left out of the history, so going back
            // does not throw the story away for an empty page.
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let hash = Route::figures(None).to_hash();
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
            }
            dispatch.dispatch(OpenAction::Built {
                title: story,
                articles,
                skipped,
                notes,
            });
        }
        FromOpen::Failed { message, skipped } => {
            dispatch.dispatch(OpenAction::Failed { message, skipped })
        }
        FromOpen::SingleFile { html } => {
            let name = file_name(title.borrow().as_deref());
            let saved = save_file(&name, &html.to_vec(), "text/html");
            dispatch.dispatch(OpenAction::Save(
                saved
                    .err()
                    .map(|e| format!("The file could not be saved ({}).", js_message(&e))),
            ));
        }
    }
}

/// The single file's name: the story's title in lower case with dashes.
fn file_name(title: Option<&str>) -> String {
    let slug: String = title
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug: Vec<&str> = slug.split('-').filter(|w| !w.is_empty()).take(8).collect();
    if slug.is_empty() {
        "claimlens-story.html".into()
    } else {
        format!("{}.html", slug.join("-"))
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The three ways in: the file input, a drop anywhere on the box (outlined while files are
/// dragged over it), a pasted text.
fn chooser(send: &Callback<Vec<File>>, busy: bool, dragging: &UseStateHandle<bool>) -> Html {
    let on_change = {
        let send = send.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            // Taken now: clearing the input below empties its list.
            let files = listed(input.files());
            let send = send.clone();
            yew::platform::spawn_local(async move {
                send.emit(read_files(files).await);
            });
            // The same files chosen again are a change again.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Leaving for one of the box's own children is not leaving the box.
            let inside = match (event.current_target(), event.related_target()) {
                (Some(zone), Some(to)) => zone
                    .dyn_into::<web_sys::Node>()
                    .ok()
                    .zip(to.dyn_into::<web_sys::Node>().ok())
                    .is_some_and(|(zone, to)| zone.contains(Some(&to))),
                _ => false,
            };
            if !inside {
                dragging.set(false);
            }
        })
    };
    let on_drop = {
        let (send, dragging) = (send.clone(), dragging.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            if busy {
                return;
            }
            let files = listed(event.data_transfer().and_then(|d| d.files()));
            let send = send.clone();
            yew::platform::spawn_local(async move {
                send.emit(read_files(files).await);
            });
        })
    };
    let on_paste = {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| {
            let text = by_id(None, "claimlens-open-paste")
                .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
                .map(|t| t.value())
                .unwrap_or_default();
            if text.trim().is_empty() {
                return;
            }
            send.emit(vec![File {
                name: "pasted.txt".into(),
                bytes: Uint8Array::from(text.as_bytes()),
            }]);
        })
    };
    html! {
        <section class="open-chooser" aria-label="Your articles">
            <div class={classes!("open-drop", dragging.then_some("dragging"))} ondragover={on_drag_over.clone()} ondragenter={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <label for="claimlens-open-files" class="open-files-label">{ "Choose article files" }</label>
                <input id="claimlens-open-files" type="file" multiple=true accept={ACCEPT} disabled={busy} onchange={on_change} />
                <p class="muted">{ "or drop them here (.txt, .md, .html, .json, .jsonl; a claimlens.toml among them is applied to them as the command line applies it)" }</p>
            </div>
            <div class="open-paste">
                <label for="claimlens-open-paste">{ "Or paste an article's text" }</label>
                <textarea id="claimlens-open-paste" rows="5" placeholder="Headline, then the article's text" />
                <button type="button" class="open-action" disabled={busy} onclick={on_paste}>{ "Open the pasted text" }</button>
            </div>
        </section>
    }
}

/// The files of a list, taken out of it.
fn listed(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    files.map_or_else(Vec::new, |files| {
        (0..files.length()).filter_map(|i| files.get(i)).collect()
    })
}

/// Reads each chosen file's bytes (a file that cannot be read goes on, empty: the worker lists
/// it as empty rather than the page giving up on all).
async fn read_files(files: Vec<web_sys::File>) -> Vec<File> {
    let mut read = Vec::new();
    for file in files {
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => Uint8Array::new(&buffer),
            Err(_) => Uint8Array::new_with_length(0),
        };
        read.push(File {
            name: file.name(),
            bytes,
        });
    }
    read
}

/// A bar per stage reached, and while building a way to stop.
fn progress(stages: &[StageBar], cancel: Option<&Callback<MouseEvent>>) -> Html {
    if stages.is_empty() && cancel.is_none() {
        return Html::default();
    }
    html! {
        <section class="panel open-progress" aria-label="Progress">
            if stages.is_empty() {
                <p class="muted">{ "Starting…" }</p>
            }
            { for stages.iter().map(|s| html! {
                <label class="progress open-stage" data-stage={s.stage.clone()}>
                    <span>{ format!("{}: {} of {}", s.label, s.done, s.total) }</span>
                    <progress max={s.total.max(1).to_string()} value={s.done.min(s.total).to_string()}></progress>
                </label>
            }) }
            if let Some(cancel) = cancel {
                <p><button type="button" class="open-cancel" onclick={cancel.clone()}>{ "Cancel" }</button></p>
            }
        </section>
    }
}

/// The files left out, with their reasons.
fn skipped(state: &OpenState) -> Html {
    if state.skipped.is_empty() {
        return Html::default();
    }
    html! {
        <section class="panel open-skipped" aria-labelledby="claimlens-open-skipped">
            <h2 id="claimlens-open-skipped">{ format!("Left out ({})", state.skipped.len()) }</h2>
            <ul>
                { for state.skipped.iter().map(|s| html! {
                    <li><strong class="open-skipped-name">{ s.name.clone() }</strong>{ format!(": {}", s.reason) }</li>
                }) }
            </ul>
        </section>
    }
}

/// Notes on files read all the same: a manifest's entry that matched no file, a page's odd
/// markup.
fn notes(state: &OpenState) -> Html {
    if state.notes.is_empty() {
        return Html::default();
    }
    html! {
        <section class="panel open-notes" aria-labelledby="claimlens-open-notes">
            <h2 id="claimlens-open-notes">{ format!("Notes ({})", state.notes.len()) }</h2>
            <ul>
                { for state.notes.iter().map(|s| html! {
                    <li><strong class="open-note-name">{ s.name.clone() }</strong>{ format!(": {}", s.reason) }</li>
                }) }
            </ul>
        </section>
    }
}

/// The built story: a bar with what was read and the ways to keep it, then the explorer.
fn built_view(
    props: &OpenPageProps,
    state: &OpenState,
    build: u32,
    worker: &Rc<RefCell<Option<OpenWorker>>>,
    dispatch: UseReducerDispatcher<OpenState>,
) -> Html {
    let Phase::Built { articles, .. } = &state.phase else {
        return Html::default();
    };
    let config = Config {
        bundle_url: part_address(build, Part::Head).into(),
        texts_url: Some(part_address(build, Part::Texts).into()),
        index_url: Some(part_address(build, Part::Index).into()),
        initial: Some(Route::figures(None)),
        ..props.config.clone()
    };
    let download = Callback::from(move |_: MouseEvent| {
        let whole: Vec<u8> = Part::ALL
            .into_iter()
            .filter_map(|p| memory::copy(&part_address(build, p)))
            .flat_map(|b| b.to_vec())
            .collect();
        let _ = save_file("claimlens.bundle", &whole, "application/octet-stream");
    });
    let save = {
        let worker = worker.clone();
        Callback::from(move |_: MouseEvent| {
            let (worker, dispatch) = (worker.clone(), dispatch.clone());
            dispatch.dispatch(OpenAction::Save(Some("Writing the single file…".into())));
            yew::platform::spawn_local(async move {
                let sent = match explorer_files().await {
                    Ok(explorer) => match worker.borrow().as_ref() {
                        Some(worker) => worker.send(&ToOpen::SingleFile { explorer }),
                        None => Err("the worker that writes it is not running".into()),
                    },
                    Err(message) => Err(message),
                };
                if let Err(message) = sent {
                    dispatch.dispatch(OpenAction::Save(Some(format!(
                        "The single file could not be written: {message}."
                    ))));
                }
            });
        })
    };
    html! {
        <>
            <section class="open-built" aria-label="Your articles">
                <p>
                    { format!("{} read in this browser. ", if *articles == 1 { "1 article".to_string() } else { format!("{articles} articles") }) }
                    <button type="button" id="claimlens-open-save" onclick={save}>{ "Save as one file" }</button>
                    { " " }
                    <button type="button" id="claimlens-open-download" onclick={download}>{ "Download bundle" }</button>
                    { " " }
                    <a href="#/open">{ "Open other articles" }</a>
                </p>
                if let Some(message) = &state.save {
                    <p class="open-save-status" role="status">{ message.clone() }</p>
                }
                { skipped(state) }
                { notes(state) }
            </section>
            <App key={build.to_string()} ..config />
        </>
    }
}

/// The explorer's own files, fetched from the site (the page's script and wasm as boot.js
/// names them, the search worker's, the style sheet), for the single file to inline.
async fn explorer_files() -> Result<Explorer, String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let boot = document
        .get_element_by_id("claimlens-boot")
        .ok_or("the page has no boot script to name its files")?;
    let attribute = |element: &web_sys::Element, name: &str| {
        element
            .get_attribute(name)
            .ok_or(format!("the page does not name its {name}"))
    };
    let css = document
        .query_selector("link[rel=stylesheet]")
        .ok()
        .flatten()
        .ok_or("the page has no style sheet")?;
    Ok(Explorer {
        page_js: fetch_text(&attribute(&boot, "data-js")?).await?,
        page_wasm: fetch_bytes(&attribute(&boot, "data-wasm")?).await?,
        worker_js: fetch_text("claimlens-worker.js").await?,
        worker_wasm: fetch_bytes("claimlens-worker_bg.wasm").await?,
        css: fetch_text(&attribute(&css, "href")?).await?,
    })
}

async fn fetch_response(url: &str) -> Result<web_sys::Response, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("fetching {url}: {}", js_message(&e)))?
        .dyn_into()
        .map_err(|_| format!("fetching {url}: no response"))?;
    if !response.ok() {
        return Err(format!("fetching {url}: status {}", response.status()));
    }
    Ok(response)
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let response = fetch_response(url).await?;
    let text = response.text().map_err(|e| js_message(&e))?;
    JsFuture::from(text)
        .await
        .map_err(|e| js_message(&e))?
        .as_string()
        .ok_or_else(|| format!("{url} is not text"))
}

async fn fetch_bytes(url: &str) -> Result<Uint8Array, String> {
    let response = fetch_response(url).await?;
    let buffer = response.array_buffer().map_err(|e| js_message(&e))?;
    Ok(Uint8Array::new(
        &JsFuture::from(buffer).await.map_err(|e| js_message(&e))?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_file_is_named_after_its_story() {
        assert_eq!(
            file_name(Some("Belarus: 123 prisoners freed")),
            "belarus-123-prisoners-freed.html"
        );
        assert_eq!(file_name(None), "claimlens-story.html");
        assert_eq!(file_name(Some("“ ”")), "claimlens-story.html");
    }

    #[test]
    fn each_build_has_its_own_addresses() {
        assert_eq!(part_address(2, Part::Head), "open:2/claimlens.bundle");
        assert_ne!(part_address(2, Part::Texts), part_address(3, Part::Texts));
        assert!(memory::is_memory(&part_address(1, Part::Index)));
    }
}
