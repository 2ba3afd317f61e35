//! How long each workload runs: a fixed number of passes, or until a minimum time has passed.

/// Passes a timed run makes at least, however long each pass takes.
const MIN_ITERATIONS: u32 = 3;
const DEFAULT_MIN_SECONDS: f64 = 2.0;
const DEFAULT_SYNTHETIC: usize = 200;
/// The smoke run keeps a synthetic workload, small, so every code path still runs.
const SMOKE_SYNTHETIC: usize = 8;

/// The benchmark's settings, resolved from the command-line flags both runners accept.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// One pass per workload and no warmup: checks that the harness runs, times nothing useful.
    pub smoke: bool,
    /// A fixed number of timed passes, or `None` to run for `min_seconds`.
    pub iterations: Option<u32>,
    pub min_seconds: f64,
    /// How many synthetic articles the large workload holds.
    pub synthetic: usize,
}

impl Options {
    /// Fills in the defaults for the flags not given (`--iterations`, `--min-time`, `--synthetic`).
    pub fn new(
        smoke: bool,
        iterations: Option<u32>,
        min_seconds: Option<f64>,
        synthetic: Option<usize>,
    ) -> Options {
        let default_synthetic = if smoke {
            SMOKE_SYNTHETIC
        } else {
            DEFAULT_SYNTHETIC
        };
        Options {
            smoke,
            iterations: iterations.or(smoke.then_some(1)),
            min_seconds: min_seconds.unwrap_or(DEFAULT_MIN_SECONDS),
            synthetic: synthetic.unwrap_or(default_synthetic),
        }
    }

    /// Whether to make one untimed pass first (caches, lazy statics, JIT tiers in V8).
    pub fn warmup(&self) -> bool {
        !self.smoke
    }

    /// Whether a workload has run long enough after `iterations` passes taking `elapsed` seconds.
    pub fn done(&self, iterations: u32, elapsed: f64) -> bool {
        match self.iterations {
            Some(n) => iterations >= n,
            None => iterations >= MIN_ITERATIONS && elapsed >= self.min_seconds,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smoke_runs_one_pass_without_warmup() {
        let options = Options::new(true, None, None, None);
        assert!(!options.warmup());
        assert!(!options.done(0, 10.0));
        assert!(options.done(1, 0.0));
    }

    #[test]
    fn timed_runs_need_both_time_and_passes() {
        let options = Options::new(false, None, Some(1.0), None);
        assert!(options.warmup());
        assert!(!options.done(100, 0.5));
        assert!(!options.done(2, 5.0));
        assert!(options.done(3, 1.0));
    }
}
