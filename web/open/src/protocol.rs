//! The messages between the page and the `#/open` worker, as plain JavaScript objects so that
//! the files' bytes and the built bundle travel as transferred buffers, never copied into JSON.
//!
//! The page sends [`ToOpen::Build`] with the chosen files; the worker says `progress` for each
//! stage as it goes, then `built` (the bundle's three parts, and the files it skipped, with
//! their reasons) or `failed`. Asked for [`ToOpen::SingleFile`] with the explorer's own files,
//! it answers with the single file's HTML.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

/// A file the reader chose, dropped or pasted: its name (which says its kind) and bytes.
#[derive(Debug, Clone)]
pub struct File {
    pub name: String,
    pub bytes: Uint8Array,
}

/// The explorer's own files, which the single file inlines: the page module's script and wasm,
/// the search worker's script and wasm, the style sheet.
#[derive(Debug, Clone)]
pub struct Explorer {
    pub page_js: String,
    pub page_wasm: Uint8Array,
    pub worker_js: String,
    pub worker_wasm: Uint8Array,
    pub css: String,
}

/// What the page asks of the worker.
#[derive(Debug, Clone)]
pub enum ToOpen {
    Build { files: Vec<File> },
    SingleFile { explorer: Explorer },
}

/// A file, or an article in one, left out, and why (in words for a person).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub name: String,
    pub reason: String,
}

/// What the worker tells the page.
#[derive(Debug, Clone)]
pub enum FromOpen {
    /// The worker's module has loaded: it is listening.
    Hello,
    /// `done` of `total` of stage `stage` (its name; `label` says it for a person).
    Progress {
        stage: String,
        label: String,
        done: u32,
        total: u32,
    },
    /// The story is built: the bundle's head, texts and index parts, in that order, the files
    /// left out and notes on files read all the same (`reason` is the note).
    Built {
        title: Option<String>,
        articles: u32,
        skipped: Vec<Skip>,
        notes: Vec<Skip>,
        parts: Vec<Uint8Array>,
    },
    Failed {
        message: String,
        skipped: Vec<Skip>,
    },
    SingleFile {
        html: Uint8Array,
    },
}

impl ToOpen {
    /// The message and the buffers to transfer with it.
    pub fn to_js(&self) -> (JsValue, Array) {
        let message = Object::new();
        let transfer = Array::new();
        match self {
            ToOpen::Build { files } => {
                set(&message, "type", &"build".into());
                let list = Array::new();
                for file in files {
                    let item = Object::new();
                    set(&item, "name", &file.name.as_str().into());
                    set(&item, "bytes", &file.bytes);
                    transfer.push(&file.bytes.buffer());
                    list.push(&item);
                }
                set(&message, "files", &list);
            }
            ToOpen::SingleFile { explorer } => {
                set(&message, "type", &"single-file".into());
                set(&message, "pageJs", &explorer.page_js.as_str().into());
                set(&message, "pageWasm", &explorer.page_wasm);
                set(&message, "workerJs", &explorer.worker_js.as_str().into());
                set(&message, "workerWasm", &explorer.worker_wasm);
                set(&message, "css", &explorer.css.as_str().into());
                transfer.push(&explorer.page_wasm.buffer());
                transfer.push(&explorer.worker_wasm.buffer());
            }
        }
        (message.into(), transfer)
    }

    /// Reads a message from the page; `None` for one this worker does not know.
    pub fn from_js(value: &JsValue) -> Option<ToOpen> {
        match string(value, "type")?.as_str() {
            "build" => {
                let list: Array = get(value, "files")?.dyn_into().ok()?;
                let files = list
                    .iter()
                    .map(|item| {
                        Some(File {
                            name: string(&item, "name")?,
                            bytes: bytes(&item, "bytes")?,
                        })
                    })
                    .collect::<Option<Vec<File>>>()?;
                Some(ToOpen::Build { files })
            }
            "single-file" => Some(ToOpen::SingleFile {
                explorer: Explorer {
                    page_js: string(value, "pageJs")?,
                    page_wasm: bytes(value, "pageWasm")?,
                    worker_js: string(value, "workerJs")?,
                    worker_wasm: bytes(value, "workerWasm")?,
                    css: string(value, "css")?,
                },
            }),
            _ => None,
        }
    }
}

impl FromOpen {
    /// The message and the buffers to transfer with it.
    pub fn to_js(&self) -> (JsValue, Array) {
        let message = Object::new();
        let transfer = Array::new();
        let skips = |skipped: &[Skip]| -> Array {
            let list = Array::new();
            for skip in skipped {
                let item = Object::new();
                set(&item, "name", &skip.name.as_str().into());
                set(&item, "reason", &skip.reason.as_str().into());
                list.push(&item);
            }
            list
        };
        match self {
            FromOpen::Hello => set(&message, "type", &"hello".into()),
            FromOpen::Progress {
                stage,
                label,
                done,
                total,
            } => {
                set(&message, "type", &"progress".into());
                set(&message, "stage", &stage.as_str().into());
                set(&message, "label", &label.as_str().into());
                set(&message, "done", &(*done).into());
                set(&message, "total", &(*total).into());
            }
            FromOpen::Built {
                title,
                articles,
                skipped,
                notes,
                parts,
            } => {
                set(&message, "type", &"built".into());
                if let Some(title) = title {
                    set(&message, "title", &title.as_str().into());
                }
                set(&message, "articles", &(*articles).into());
                set(&message, "skipped", &skips(skipped));
                set(&message, "notes", &skips(notes));
                let list = Array::new();
                for part in parts {
                    list.push(part);
                    transfer.push(&part.buffer());
                }
                set(&message, "parts", &list);
            }
            FromOpen::Failed {
                message: text,
                skipped,
            } => {
                set(&message, "type", &"failed".into());
                set(&message, "message", &text.as_str().into());
                set(&message, "skipped", &skips(skipped));
            }
            FromOpen::SingleFile { html } => {
                set(&message, "type", &"single-file".into());
                set(&message, "html", html);
                transfer.push(&html.buffer());
            }
        }
        (message.into(), transfer)
    }

    /// Reads a message from the worker; `None` for one the page does not know.
    pub fn from_js(value: &JsValue) -> Option<FromOpen> {
        let skips = |value: &JsValue, key: &str| -> Vec<Skip> {
            get(value, key)
                .and_then(|l| l.dyn_into::<Array>().ok())
                .map(|list| {
                    list.iter()
                        .filter_map(|item| {
                            Some(Skip {
                                name: string(&item, "name")?,
                                reason: string(&item, "reason")?,
                            })
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        match string(value, "type")?.as_str() {
            "hello" => Some(FromOpen::Hello),
            "progress" => Some(FromOpen::Progress {
                stage: string(value, "stage")?,
                label: string(value, "label")?,
                done: number(value, "done")?,
                total: number(value, "total")?,
            }),
            "built" => {
                let parts: Array = get(value, "parts")?.dyn_into().ok()?;
                Some(FromOpen::Built {
                    title: string(value, "title"),
                    articles: number(value, "articles")?,
                    skipped: skips(value, "skipped"),
                    notes: skips(value, "notes"),
                    parts: parts
                        .iter()
                        .map(|p| p.dyn_into::<Uint8Array>().ok())
                        .collect::<Option<Vec<_>>>()?,
                })
            }
            "failed" => Some(FromOpen::Failed {
                message: string(value, "message")?,
                skipped: skips(value, "skipped"),
            }),
            "single-file" => Some(FromOpen::SingleFile {
                html: bytes(value, "html")?,
            }),
            _ => None,
        }
    }
}

fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a property on a plain object just made cannot fail.
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

fn get(value: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(value, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn string(value: &JsValue, key: &str) -> Option<String> {
    get(value, key)?.as_string()
}

fn number(value: &JsValue, key: &str) -> Option<u32> {
    let n = get(value, key)?.as_f64()?;
    (n >= 0.0 && n <= f64::from(u32::MAX)).then_some(n as u32)
}

fn bytes(value: &JsValue, key: &str) -> Option<Uint8Array> {
    get(value, key)?.dyn_into().ok()
}
