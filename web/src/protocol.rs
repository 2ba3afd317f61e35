//! The messages between the page and the search worker (the bundle itself travels as the
//! download's chunks, each a transferred `Uint8Array`, and then [`ToWorker::EndOfBundle`]).
//!
//! The page asks in JSON strings, `{"id": 3, "query": "Krewitzki", "limit": 30}`, which it
//! only writes. The worker answers in postcard (serde's compact binary encoding, which the page
//! already links to read the bundle), each reply a `Uint8Array`, so that the page carries no
//! JSON reader (issue 16: serde_json's reader and the buffering an internally tagged enum needs
//! were a tenth of the page's code). The worker says `hello` once it listens, `ready` once the
//! engine is open (or `failed`), then one `results` per request: the engine's
//! [`claimlens_search::SearchResults`] cut down to [`Results`], what the page shows and cannot
//! take from the story it already holds (no passage texts, titles or dates: the page has the
//! articles), so that each answer is a small message to write, post and read. A plain string
//! from the worker is a failure in words: `worker-loader.js` says so when the worker's
//! WebAssembly cannot load, before any encoder exists.
//!
//! A reply's first byte is its kind ([`Reply`]'s variant index: 0 hello, 1 ready, 2 failed,
//! 3 results) and a `results` reply's next 8 bytes are the worker's time in ms (an `f64`,
//! little-endian): `bench/explorer/instrument.js` reads those two, and
//! `bench/compare/page/claimlens.js` reads the hits' articles from the fields in order.

use serde::{Deserialize, Serialize};

/// A search request from the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub id: u64,
    pub query: String,
    pub limit: usize,
    /// Answer on the reply channel (see [`ToWorker::Channel`]), not by `postMessage`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub on_channel: bool,
}

/// What the page sends the worker as JSON (the bundle's bytes aside).
///
/// Answers to searches go back through a `BroadcastChannel` once both ends have it: after a key
/// press, Chromium holds a worker's `postMessage` for the page until the next frame is drawn
/// (its scheduler's `DeferRendererTasksAfterInput`), which made every answer wait up to a frame
/// (15 ms of a 17 ms keystroke, issue 4), while a channel's message is handled at once. The
/// page names a channel; the worker opens it and says `hello` on it; only then does the page ask
/// for answers on it, so a browser where the channel does not carry (an opaque origin) keeps
/// plain `postMessage`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ToWorker {
    Search(Request),
    /// Open the `BroadcastChannel` of this name for answers.
    Channel {
        channel: String,
    },
    /// The bundle's chunks have all been sent: this many bytes in all. The worker decodes the
    /// chunks as they come and opens the engine now.
    EndOfBundle {
        end_of_bundle: u64,
    },
}

/// Reads a message from the page; `None` for one this worker cannot read (which only a page
/// of another version could send).
pub fn read_request(json: &str) -> Option<ToWorker> {
    serde_json::from_str(json).ok()
}

/// A message from the worker, in postcard ([`write_reply`], [`read_reply`]). `R` is the
/// engine's results when the worker writes and [`Results`] when the page reads. The order of
/// the variants, and `millis` first in `Results`, are read by the benchmarks' JavaScript (see
/// the module's documentation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply<R> {
    /// The worker is listening: the page may send the bundle.
    Hello,
    /// The engine is open; opening took `millis`.
    Ready { millis: f64 },
    /// The engine could not be opened; a message for a person.
    Failed { message: String },
    /// The answer to request `id`, which asked for `query`; the worker took `millis` to search
    /// and cut the answer down (for benchmarks).
    Results {
        millis: f64,
        id: u64,
        query: String,
        results: R,
    },
}

/// Search results as the page reads them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Results {
    pub total: usize,
    /// No passage holds every word; these hold some of them.
    pub partial: bool,
    pub hits: Vec<Hit>,
    pub outlets: Vec<FacetCount>,
    pub speakers: Vec<FacetCount>,
    pub dates: Vec<FacetCount>,
    pub suggestions: Vec<String>,
    pub query: ParsedQuery,
}

/// What the engine made of the query (only what the page reports back).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ParsedQuery {
    /// Filters that could not be read and were left out.
    pub ignored: Vec<String>,
}

/// One matching passage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub passage: usize,
    /// The article's id.
    pub article: String,
    /// Char offsets of the passage in the article.
    pub start: usize,
    pub end: usize,
    /// Matched words, char spans of the passage's text.
    pub highlights: Vec<Span>,
}

impl Results {
    /// What the page needs of the engine's answer.
    pub fn from_engine(results: &claimlens_search::SearchResults) -> Results {
        let facets = |list: &[claimlens_search::FacetCount]| {
            list.iter()
                .map(|f| FacetCount {
                    key: f.key.clone(),
                    label: f.label.clone(),
                    count: f.count,
                })
                .collect()
        };
        Results {
            total: results.total,
            partial: results.partial,
            hits: results
                .hits
                .iter()
                .map(|hit| Hit {
                    passage: hit.passage,
                    article: hit.article.clone(),
                    start: hit.start,
                    end: hit.end,
                    highlights: hit
                        .highlights
                        .iter()
                        .map(|s| Span {
                            start: s.start,
                            end: s.end,
                        })
                        .collect(),
                })
                .collect(),
            outlets: facets(&results.outlets),
            speakers: facets(&results.speakers),
            dates: facets(&results.dates),
            suggestions: results.suggestions.clone(),
            query: ParsedQuery {
                ignored: results.query.ignored.clone(),
            },
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCount {
    /// What a filter names: the outlet, or the speaker's entity id.
    pub key: String,
    pub label: String,
    pub count: usize,
}

/// A reply as the worker posts it.
pub fn write_reply<R: Serialize>(reply: &Reply<R>) -> Vec<u8> {
    // Plain data (strings, numbers, vectors) always encodes; an empty message would reach the
    // page as one it cannot read.
    postcard::to_allocvec(reply).unwrap_or_default()
}

/// Reads a worker message; a message that is not valid is reported as a failure.
pub fn read_reply(bytes: &[u8]) -> Reply<Results> {
    postcard::from_bytes(bytes).unwrap_or_else(|e| Reply::Failed {
        message: format!("the search worker sent a message this page cannot read ({e})"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_core::{analyze, ArticleInput};
    use claimlens_search::{build_bundle, Engine};

    pub(crate) fn engine() -> Engine {
        let text = "Mayor Ana Duarte said the bridge would reopen.\n“We are ready,” Duarte said of the 48 people rescued.";
        let analysis = analyze(&[ArticleInput {
            id: "a".into(),
            outlet: Some("Ledger".into()),
            text: text.into(),
            ..Default::default()
        }]);
        Engine::open(build_bundle(None, analysis).expect("the index builds"))
            .expect("the index opens")
    }

    #[test]
    fn engine_results_read_back() {
        let engine = engine();
        let results = engine.search("ready date:nonsense", 10);
        let bytes = write_reply(&Reply::Results {
            millis: 2.5,
            id: 7,
            query: "ready date:nonsense".into(),
            results: Results::from_engine(&results),
        });
        let Reply::Results {
            millis,
            id,
            query,
            results: read,
        } = read_reply(&bytes)
        else {
            panic!("not results: {bytes:?}")
        };
        assert_eq!(millis, 2.5);
        assert_eq!((id, query.as_str()), (7, "ready date:nonsense"));
        assert_eq!(read.total, results.total);
        assert_eq!(read.hits.len(), 1);
        let (hit, engine_hit) = (&read.hits[0], &results.hits[0]);
        assert_eq!(
            (hit.article.as_str(), hit.start, hit.end),
            ("a", engine_hit.start, engine_hit.end)
        );
        // Highlights are char spans of the passage, which the page cuts from its own copy of
        // the article.
        let article = &engine.analysis().articles[0].text;
        let passage: String = article
            .chars()
            .skip(hit.start)
            .take(hit.end - hit.start)
            .collect();
        let marked: Vec<String> = hit
            .highlights
            .iter()
            .map(|s| crate::state::marks::slice(&passage, s.start..s.end))
            .collect();
        assert_eq!(marked, ["ready"]);
        assert_eq!(read.speakers[0].key, "ana-duarte");
        assert_eq!(read.outlets[0].key, "Ledger");
        assert_eq!(read.query.ignored, ["date:nonsense"]);
        // Nothing the page already has travels: no passage text or article title.
        assert!(
            !bytes.windows(12).any(|w| w == b"We are ready"),
            "{bytes:?}"
        );
    }

    #[test]
    fn requests_and_channel_offers_read_back() {
        let plain = Request {
            id: 7,
            query: "Holm".into(),
            limit: 10,
            on_channel: false,
        };
        let json = serde_json::to_string(&plain).unwrap();
        assert_eq!(json, r#"{"id":7,"query":"Holm","limit":10}"#);
        assert_eq!(read_request(&json), Some(ToWorker::Search(plain.clone())));
        let channelled = Request {
            on_channel: true,
            ..plain
        };
        let json = serde_json::to_string(&channelled).unwrap();
        assert_eq!(read_request(&json), Some(ToWorker::Search(channelled)));
        let end = serde_json::to_string(&ToWorker::EndOfBundle { end_of_bundle: 77 }).unwrap();
        assert_eq!(
            read_request(&end),
            Some(ToWorker::EndOfBundle { end_of_bundle: 77 })
        );
        let offer = serde_json::to_string(&ToWorker::Channel {
            channel: "claimlens-1".into(),
        })
        .unwrap();
        assert_eq!(
            read_request(&offer),
            Some(ToWorker::Channel {
                channel: "claimlens-1".into()
            })
        );
        assert_eq!(read_request("not json"), None);
        assert_eq!(read_request(r#"{"id":"x"}"#), None);
    }

    #[test]
    fn control_messages_and_garbage() {
        for reply in [
            Reply::Hello,
            Reply::Ready { millis: 1.5 },
            Reply::Failed {
                message: "no".into(),
            },
        ] {
            assert_eq!(read_reply(&write_reply(&reply)), reply);
        }
        assert!(matches!(read_reply(&[3, 1]), Reply::Failed { .. }));
        assert!(matches!(read_reply(&[]), Reply::Failed { .. }));
    }

    /// What the benchmarks' JavaScript reads without a decoder of its own: the kind in the
    /// first byte, and a result's time in the next eight.
    #[test]
    fn the_bytes_the_benchmarks_read() {
        let kind = |reply: &Reply<Results>| write_reply(reply)[0];
        assert_eq!(kind(&Reply::Hello), 0);
        assert_eq!(kind(&Reply::Ready { millis: 0.0 }), 1);
        let failed = Reply::<Results>::Failed {
            message: "no".into(),
        };
        assert_eq!(write_reply(&failed), [2, 2, b'n', b'o']);
        let bytes = write_reply(&Reply::Results {
            millis: 12.25,
            id: 3,
            query: "x".into(),
            results: Results::default(),
        });
        assert_eq!(bytes[0], 3);
        assert_eq!(bytes[1..9], 12.25f64.to_le_bytes());
    }
}
