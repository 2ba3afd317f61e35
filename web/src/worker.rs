//! The search worker: receives the bundle's bytes from the page as they download, opens the
//! search engine and answers each request with the engine's results (see [`crate::protocol`]).
//! Typing never waits for the engine because the engine never runs on the page's thread.

use claimlens_search::{Engine, LeanLoader};

use crate::protocol::{write_reply, Reply, Request, Results};

/// The bundle while it arrives: each chunk is decoded as it comes, keeping only what search
/// needs ([`LeanLoader`]), so the worker never holds the whole file nor the story's quotes and
/// figures. `None` once the bundle turned out unreadable.
pub struct Loading {
    loader: Option<LeanLoader>,
    received: u64,
    /// Milliseconds spent decoding so far.
    busy: f64,
}

impl Default for Loading {
    fn default() -> Loading {
        Loading {
            loader: Some(LeanLoader::default()),
            received: 0,
            busy: 0.0,
        }
    }
}

impl Loading {
    /// Takes the next chunk. Returns the `failed` reply to send when the bundle turns out
    /// unreadable (once; later chunks are ignored).
    pub fn push(&mut self, bytes: &[u8], millis: impl Fn() -> f64) -> Option<Vec<u8>> {
        let started = millis();
        self.received += bytes.len() as u64;
        let pushed = self.loader.as_mut()?.push(bytes);
        self.busy += millis() - started;
        match pushed {
            Ok(()) => None,
            Err(e) => {
                self.loader = None;
                Some(failed(e))
            }
        }
    }

    /// The page has sent every chunk, `sent` bytes in all: opens the engine. The reply to send
    /// (none when a failure was already told), and the engine when it opened.
    pub fn finish(self, sent: u64, millis: impl Fn() -> f64) -> (Option<Vec<u8>>, Option<Engine>) {
        let Some(loader) = self.loader else {
            return (None, None);
        };
        if sent != self.received {
            let lost = format!("{} of the {sent} bytes sent arrived", self.received);
            return (Some(failed(lost)), None);
        }
        let started = millis();
        let opened = loader.finish();
        let millis = self.busy + millis() - started;
        match opened {
            Ok(engine) => (
                Some(write_reply(&Reply::<()>::Ready { millis })),
                Some(engine),
            ),
            Err(e) => (Some(failed(e)), None),
        }
    }
}

fn failed(why: impl std::fmt::Display) -> Vec<u8> {
    write_reply(&Reply::<()>::Failed {
        message: format!("the search engine could not open the story: {why}"),
    })
}

/// Answers one request. The answer says how long it took, by `millis` (from when the request
/// was read, `started`).
pub fn answer(
    engine: &Engine,
    request: Request,
    started: f64,
    millis: impl Fn() -> f64,
) -> Vec<u8> {
    let results = engine.search(&request.query, request.limit.clamp(1, 200));
    let results = Results::from_engine(&results);
    write_reply(&Reply::Results {
        millis: millis() - started,
        id: request.id,
        query: request.query,
        results,
    })
}

/// The worker's main loop: says hello, then handles messages until the page goes away.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use std::cell::RefCell;
    use std::rc::Rc;

    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    use crate::protocol::{read_request, ToWorker};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let engine: Rc<RefCell<Option<Engine>>> = Rc::new(RefCell::new(None));
    let reply_scope = scope.clone();
    let buffer_scope = scope.clone();
    let post = move |reply: Vec<u8>| {
        // Posting only fails once the page has closed the worker: nothing to tell.
        let _ = reply_scope.post_message(&js_sys::Uint8Array::from(&reply[..]));
    };
    let now = {
        let scope = scope.clone();
        move || scope.performance().map_or(0.0, |p| p.now())
    };
    // The page's reply channel, once it has named one (see `protocol::ToWorker`).
    let mut channel: Option<web_sys::BroadcastChannel> = None;
    let mut loading = Some(Loading::default());
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        if let Some(chunk) = data.dyn_ref::<js_sys::Uint8Array>() {
            // A chunk after the end (a page of another version) has nowhere to go.
            let failure = loading.as_mut().and_then(|l| l.push(&chunk.to_vec(), &now));
            // Its bytes are in wasm memory now: the buffer goes back to the page to be read
            // into again (`browser::buffers`), whatever became of the bytes.
            let buffer = chunk.buffer();
            let _ = buffer_scope.post_message_with_transfer(&buffer, &js_sys::Array::of1(&buffer));
            if let Some(reply) = failure {
                post(reply);
            }
            return;
        }
        let started = now();
        match data.as_string().as_deref().and_then(read_request) {
            Some(ToWorker::EndOfBundle { end_of_bundle }) => {
                if let Some(loading) = loading.take() {
                    let (reply, opened) = loading.finish(end_of_bundle, &now);
                    *engine.borrow_mut() = opened;
                    if let Some(reply) = reply {
                        post(reply);
                    }
                }
            }
            Some(ToWorker::Channel { channel: name }) => {
                channel = web_sys::BroadcastChannel::new(&name).ok();
                if let Some(channel) = &channel {
                    let hello = write_reply(&Reply::<()>::Hello);
                    let _ = channel.post_message(&js_sys::Uint8Array::from(&hello[..]));
                }
            }
            Some(ToWorker::Search(request)) => {
                let on_channel = request.on_channel;
                let reply = match engine.borrow().as_ref() {
                    Some(engine) => answer(engine, request, started, &now),
                    None => write_reply(&Reply::<()>::Failed {
                        message: "the search engine is not open".into(),
                    }),
                };
                match channel.as_ref().filter(|_| on_channel) {
                    Some(channel) => {
                        let _ = channel.post_message(&js_sys::Uint8Array::from(&reply[..]));
                    }
                    None => post(reply),
                }
            }
            None => {}
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page: its handler must too.
    on_message.forget();
    let hello = write_reply(&Reply::<()>::Hello);
    let _ = scope.post_message(&js_sys::Uint8Array::from(&hello[..]));
}

/// Natively there is no worker to run: the binary exists for the browser build.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("claimlens-worker runs in a browser: build it with `trunk build` (see Trunk.toml)");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{read_reply, Reply};

    fn bundle_bytes() -> Vec<u8> {
        use claimlens_core::{analyze, ArticleInput};
        let analysis = analyze(&[ArticleInput {
            id: "a".into(),
            outlet: Some("Ledger".into()),
            text: "Mayor Ana Duarte said the bridge would reopen.\n\n“We are ready,” Duarte said of the 48 people rescued by the bridge.".into(),
            ..Default::default()
        }]);
        claimlens_bundle::encode(&claimlens_search::build_bundle(None, analysis).unwrap())
    }

    /// The bundle as the page sends it: in chunks, then the end.
    fn load(bytes: &[u8], chunk: usize) -> (Vec<Reply<Results>>, Option<Engine>) {
        let mut loading = Loading::default();
        let mut replies: Vec<Vec<u8>> = bytes
            .chunks(chunk)
            .filter_map(|c| loading.push(c, || 0.0))
            .collect();
        let (reply, engine) = loading.finish(bytes.len() as u64, || 0.0);
        replies.extend(reply);
        (replies.iter().map(|r| read_reply(r)).collect(), engine)
    }

    #[test]
    fn opens_then_answers_by_id() {
        let (replies, engine) = load(&bundle_bytes(), 100);
        let [reply] = &replies[..] else {
            panic!("{replies:?}")
        };
        assert!(matches!(reply, Reply::Ready { .. }), "{reply:?}");
        let engine = engine.expect("an engine");
        let request = Request {
            id: 42,
            query: "brige".into(),
            limit: 5,
            on_channel: false,
        };
        let reply = answer(&engine, request, 0.0, || 1.5);
        let Reply::Results {
            millis,
            id,
            results,
            ..
        } = read_reply(&reply)
        else {
            panic!("{reply:?}")
        };
        assert_eq!((id, results.hits.len(), millis), (42, 2, 1.5));
    }

    #[test]
    fn the_worker_s_lean_engine_answers_as_the_whole_story_does() {
        let bytes = bundle_bytes();
        let (_, lean) = load(&bytes, 33);
        let lean = lean.expect("an engine");
        // The worker let the quotes and figures go; their marks remain.
        assert!(lean.analysis().articles[0].quotes.is_empty());
        assert!(lean.analysis().articles[0].text.is_empty());
        let whole = Engine::from_bytes(&bytes).unwrap();
        assert!(!whole.analysis().articles[0].quotes.is_empty());
        for query in [
            "bridge",
            "ready",
            "Duarte",
            "speaker:Duarte",
            "48",
            "rescu",
            "\"the bridge\"",
        ] {
            let (a, b) = (lean.search(query, 10), whole.search(query, 10));
            assert!(!b.hits.is_empty(), "{query}");
            assert_eq!(a, b, "{query}");
        }
        let ready = whole.search("ready", 10);
        assert!(!ready.hits[0].quotes.is_empty() && !ready.hits[0].figures.is_empty());
    }

    #[test]
    fn a_broken_bundle_is_a_message_for_a_person() {
        let (replies, engine) = load(b"<!doctype html><html>404</html>", 8);
        assert!(engine.is_none());
        // Said once, however many chunks follow.
        let [reply] = &replies[..] else {
            panic!("{replies:?}")
        };
        let Reply::Failed { message } = reply else {
            panic!("{reply:?}")
        };
        assert!(message.contains("HTML page"), "{message}");
        // Damage found only at the end, and chunks lost on the way, are said too.
        let mut damaged = bundle_bytes();
        damaged[100] ^= 1;
        let (replies, engine) = load(&damaged, 64);
        assert!(engine.is_none());
        assert!(
            matches!(&replies[0], Reply::Failed { message } if message.contains("checksum")),
            "{replies:?}"
        );
        let mut loading = Loading::default();
        assert_eq!(loading.push(&bundle_bytes()[..50], || 0.0), None);
        let (reply, _) = loading.finish(60, || 0.0);
        let Reply::Failed { message } = read_reply(&reply.unwrap()) else {
            panic!("not a failure")
        };
        assert!(message.contains("50 of the 60 bytes"), "{message}");
    }
}
