//! claimlens-bench-search-wasm: the search engine behind the smallest API a page needs (open a
//! bundle, run a query, get the results as JSON), so that `bench/search.sh` measures the wasm
//! size and the query latency of what a browser would load, and of nothing else.
//!
//! ```js
//! const { SearchEngine } = require('./claimlens_bench_search_wasm.js');
//! const engine = new SearchEngine(fs.readFileSync('site/claimlens.bundle'));
//! const results = JSON.parse(engine.search('Krevytsky', 10));
//! ```

use claimlens_search::Engine;
use wasm_bindgen::prelude::{wasm_bindgen, JsError};

/// An opened bundle.
#[wasm_bindgen]
pub struct SearchEngine {
    engine: Engine,
}

#[wasm_bindgen]
impl SearchEngine {
    /// Opens the bytes of a bundle; a damaged bundle throws the bundle's message.
    #[wasm_bindgen(constructor)]
    pub fn open(bundle: &[u8]) -> Result<SearchEngine, JsError> {
        Engine::from_bytes(bundle)
            .map(|engine| SearchEngine { engine })
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// The best `limit` passages for `query`, with highlights and facets, as JSON
    /// (`claimlens_search::SearchResults`).
    pub fn search(&self, query: &str, limit: usize) -> String {
        serde_json::to_string(&self.engine.search(query, limit))
            .expect("search results serialize to JSON")
    }

    /// How many passages the index holds.
    pub fn passages(&self) -> usize {
        self.engine.passages().len()
    }
}
