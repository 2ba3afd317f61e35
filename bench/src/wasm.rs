//! The wasm entry points `wasm/run.mjs` calls: build the workloads once, then run and report
//! passes; the timing is done in JavaScript with `performance.now()`.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::{header, row, workloads, Measurement, Options, Source, Workload};

/// The workloads built from the corpus files given, held in wasm memory so a timed pass measures
/// analysis, not copying text across the JavaScript boundary.
#[wasm_bindgen]
pub struct Bench {
    options: Options,
    workloads: Vec<Workload>,
}

#[wasm_bindgen]
impl Bench {
    /// `names[i]` is the file name of `contents[i]`; the flags are the runners' common ones.
    #[wasm_bindgen(constructor)]
    pub fn new(
        names: Vec<String>,
        contents: Vec<String>,
        smoke: bool,
        iterations: Option<u32>,
        min_seconds: Option<f64>,
        synthetic: Option<u32>,
    ) -> Bench {
        let options = Options::new(
            smoke,
            iterations,
            min_seconds,
            synthetic.map(|n| n as usize),
        );
        let sources: Vec<Source> = names
            .into_iter()
            .zip(&contents)
            .map(|(name, text)| Source::new(name, text))
            .collect();
        let workloads = workloads(&sources, &options);
        Bench { options, workloads }
    }

    pub fn count(&self) -> usize {
        self.workloads.len()
    }

    pub fn name(&self, index: usize) -> String {
        self.workloads[index].name.clone()
    }

    pub fn warmup(&self) -> bool {
        self.options.warmup()
    }

    pub fn done(&self, iterations: u32, elapsed_seconds: f64) -> bool {
        self.options.done(iterations, elapsed_seconds)
    }

    /// One pass of workload `index`; returns the quotes and figures found.
    pub fn run(&self, index: usize) -> usize {
        self.workloads[index].run()
    }

    /// The report line for workload `index` after `iterations` passes in `seconds`.
    pub fn report(&self, index: usize, iterations: u32, seconds: f64) -> String {
        let workload = &self.workloads[index];
        row(&Measurement {
            runtime: "wasm",
            workload: &workload.name,
            calls: workload.calls(),
            articles: workload.articles(),
            bytes: workload.bytes(),
            iterations,
            seconds,
        })
    }
}

/// The header line above the report lines.
#[wasm_bindgen(js_name = reportHeader)]
pub fn report_header() -> String {
    header()
}
