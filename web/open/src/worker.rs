//! The worker's loop: a `build` message's files read, analysed, indexed and encoded with
//! claimlens-build, progress told per stage, the parts sent back; the last story kept for
//! `single-file`, which gzips the explorer's files and the parts and renders the single file.

use claimlens_build::{single_file, Stage};

use crate::protocol::Skip;

/// A story built from the page's files, kept for "Save as one file".
#[derive(Debug)]
pub struct Story {
    pub title: Option<String>,
    pub articles: usize,
    pub skipped: Vec<Skip>,
    /// Things noticed in files that were read all the same (a manifest's entry that matched
    /// no file), as the CLI warns of them.
    pub notes: Vec<Skip>,
    /// The bundle's head, texts and index.
    pub parts: Vec<Vec<u8>>,
}

/// Reads and builds `files` (name, bytes); `progress(stage, done, total)` as it goes. A build
/// with no readable article fails with a message and the skipped files.
pub fn build_files(
    files: Vec<(String, Vec<u8>)>,
    mut progress: impl FnMut(Stage, usize, usize),
) -> Result<Story, (String, Vec<Skip>)> {
    let read = claimlens_build::read_files(files, &mut progress);
    let skipped: Vec<Skip> = read
        .skipped
        .iter()
        .map(|s| Skip {
            name: s.name.clone(),
            reason: s.reason.clone(),
        })
        .collect();
    let notes = read
        .warnings
        .iter()
        .map(|(name, message)| Skip {
            name: name.clone(),
            reason: message.clone(),
        })
        .collect();
    match claimlens_build::build(read.story.as_deref(), &read.inputs, &mut progress) {
        Ok(built) => Ok(Story {
            title: built.title,
            articles: built.articles,
            skipped,
            notes,
            parts: claimlens_bundle::Part::ALL
                .iter()
                .map(|&p| built.encoded.part(p).to_vec())
                .collect(),
        }),
        Err(e) => Err((e.to_string(), skipped)),
    }
}

/// The explorer's files as bytes, for [`single_file_html`].
pub struct ExplorerFiles<'a> {
    pub page_js: &'a str,
    pub page_wasm: &'a [u8],
    pub worker_js: &'a str,
    pub worker_wasm: &'a [u8],
    pub css: &'a str,
}

/// The single file of `story`, as `claimlens build --single-file` writes it.
pub fn single_file_html(
    story: &Story,
    explorer: &ExplorerFiles,
) -> claimlens_build::Result<String> {
    let gz = claimlens_build::gzip;
    let page_wasm_gz = gz(explorer.page_wasm)?;
    let worker_wasm_gz = gz(explorer.worker_wasm)?;
    let parts_gz = story
        .parts
        .iter()
        .map(|p| gz(p))
        .collect::<claimlens_build::Result<Vec<_>>>()?;
    let parts: Vec<&[u8]> = parts_gz.iter().map(Vec::as_slice).collect();
    single_file::render(
        &single_file::Parts {
            page_js: explorer.page_js,
            page_wasm_gz: &page_wasm_gz,
            worker_js: explorer.worker_js,
            worker_wasm_gz: &worker_wasm_gz,
            css: explorer.css,
        },
        &parts,
        story.title.as_deref().unwrap_or("Story"),
    )
}

/// Starts the loop: says hello, then answers each message.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use std::cell::RefCell;
    use std::rc::Rc;

    use js_sys::Uint8Array;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    use crate::protocol::{FromOpen, ToOpen};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post = {
        let scope = scope.clone();
        move |message: FromOpen| {
            let (value, transfer) = message.to_js();
            // Posting fails only once the page has closed the worker: nothing to tell.
            let _ = scope.post_message_with_transfer(&value, &transfer);
        }
    };
    let story: Rc<RefCell<Option<Story>>> = Rc::default();
    let hello = post.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        match ToOpen::from_js(&event.data()) {
            Some(ToOpen::Build { files }) => {
                let files = files
                    .into_iter()
                    .map(|f| (f.name, f.bytes.to_vec()))
                    .collect();
                let mut last = None;
                let progress = |stage: Stage, done: usize, total: usize| {
                    // Told at most once per step of a hundredth, so a large build's messages stay few.
                    let step = (done * 100) / total.max(1);
                    if last != Some((stage, step)) {
                        last = Some((stage, step));
                        post(FromOpen::Progress {
                            stage: stage.name().into(),
                            label: stage.label_at(done),
                            done: u32::try_from(done).unwrap_or(u32::MAX),
                            total: u32::try_from(total).unwrap_or(u32::MAX),
                        });
                    }
                };
                match build_files(files, progress) {
                    Ok(built) => {
                        post(FromOpen::Built {
                            title: built.title.clone(),
                            articles: u32::try_from(built.articles).unwrap_or(u32::MAX),
                            skipped: built.skipped.clone(),
                            notes: built.notes.clone(),
                            parts: built
                                .parts
                                .iter()
                                .map(|p| Uint8Array::from(&p[..]))
                                .collect(),
                        });
                        *story.borrow_mut() = Some(built);
                    }
                    Err((message, skipped)) => post(FromOpen::Failed { message, skipped }),
                }
            }
            Some(ToOpen::SingleFile { explorer }) => {
                let story = story.borrow();
                let Some(story) = story.as_ref() else {
                    post(FromOpen::Failed {
                        message: "there is no story to save yet".into(),
                        skipped: Vec::new(),
                    });
                    return;
                };
                let (page_wasm, worker_wasm) =
                    (explorer.page_wasm.to_vec(), explorer.worker_wasm.to_vec());
                let files = ExplorerFiles {
                    page_js: &explorer.page_js,
                    page_wasm: &page_wasm,
                    worker_js: &explorer.worker_js,
                    worker_wasm: &worker_wasm,
                    css: &explorer.css,
                };
                match single_file_html(story, &files) {
                    Ok(html) => post(FromOpen::SingleFile {
                        html: Uint8Array::from(html.as_bytes()),
                    }),
                    Err(e) => post(FromOpen::Failed {
                        message: format!("the single file could not be written: {e}"),
                        skipped: Vec::new(),
                    }),
                }
            }
            None => post(FromOpen::Failed {
                message: "the page sent a message this worker does not know".into(),
                skipped: Vec::new(),
            }),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page keeps it: so does its handler.
    on_message.forget();
    hello(FromOpen::Hello);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_build_keeps_what_it_could_read_and_lists_the_rest() {
        let files = vec![
            (
                "a.txt".to_string(),
                b"Mayor Ana Duarte said 40 people came to the vote.".to_vec(),
            ),
            ("b.png".to_string(), vec![0x89, b'P', b'N', b'G', 0, 0]),
        ];
        let mut stages = Vec::new();
        let story = build_files(files, |stage, _, _| stages.push(stage)).unwrap();
        stages.dedup();
        assert_eq!(stages, Stage::ALL);
        assert_eq!(story.articles, 1);
        assert_eq!(story.skipped.len(), 1);
        assert_eq!(story.skipped[0].name, "b.png");
        let whole: Vec<u8> = story.parts.concat();
        let bundle = claimlens_bundle::decode(&whole).unwrap();
        assert_eq!(bundle.analysis.articles[0].id, "a.txt");
        let html = single_file_html(
            &story,
            &ExplorerFiles {
                page_js: "export function startPage() {}",
                page_wasm: b"page",
                worker_js: "let wasm_bindgen;",
                worker_wasm: b"worker",
                css: "body {}",
            },
        )
        .unwrap();
        assert!(html.contains("id=\"claimlens-bundle-index\""));
        // A manifest among the files names the story and is applied; its entry for no file is
        // a note.
        let files = vec![
            (
                "a.txt".to_string(),
                b"Mayor Ana Duarte said 40 people came to the vote.".to_vec(),
            ),
            (
                "claimlens.toml".to_string(),
                b"story = \"The vote\"\n[files.\"a.txt\"]\noutlet = \"Coast Courier\"\n[files.\"b.txt\"]\noutlet = \"X\"\n".to_vec(),
            ),
        ];
        let story = build_files(files, |_, _, _| {}).unwrap();
        assert_eq!(story.title.as_deref(), Some("The vote"));
        assert!(story.skipped.is_empty());
        assert_eq!(story.notes.len(), 1);
        assert!(story.notes[0].reason.contains("\"b.txt\""));
        let bundle = claimlens_bundle::decode(&story.parts.concat()).unwrap();
        assert_eq!(
            bundle.analysis.articles[0].outlet.as_deref(),
            Some("Coast Courier")
        );
        let (message, skipped) =
            build_files(vec![("x.bin".into(), vec![0, 0, 0])], |_, _, _| {}).unwrap_err();
        assert!(message.contains("no article"), "{message}");
        assert_eq!(skipped.len(), 1);
    }
}
