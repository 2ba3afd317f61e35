//! The result lines both runners print: one row per runtime and workload, whitespace-separated so
//! `analysis.sh` can put native and wasm side by side.

/// What one workload did in one runtime.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement<'a> {
    /// "native" or "wasm".
    pub runtime: &'a str,
    pub workload: &'a str,
    /// `analyze` calls per pass.
    pub calls: usize,
    /// Articles analysed per pass.
    pub articles: usize,
    /// UTF-8 bytes of article text analysed per pass.
    pub bytes: usize,
    pub iterations: u32,
    /// Wall time of all timed passes.
    pub seconds: f64,
}

pub fn header() -> String {
    format!(
        "{:<8} {:<14} {:>6} {:>9} {:>8} {:>6} {:>10} {:>8} {:>11}",
        "runtime", "workload", "calls", "articles", "MB", "iters", "ms/iter", "MB/s", "articles/s"
    )
}

pub fn row(m: &Measurement) -> String {
    let passes = f64::from(m.iterations.max(1));
    let seconds = m.seconds.max(f64::MIN_POSITIVE);
    let mb = m.bytes as f64 / 1e6;
    format!(
        "{:<8} {:<14} {:>6} {:>9} {:>8.3} {:>6} {:>10.2} {:>8.2} {:>11.1}",
        m.runtime,
        m.workload,
        m.calls,
        m.articles,
        mb,
        m.iterations,
        m.seconds * 1e3 / passes,
        mb * passes / seconds,
        m.articles as f64 * passes / seconds,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_per_second_over_all_passes() {
        let line = row(&Measurement {
            runtime: "native",
            workload: "whole-set",
            calls: 1,
            articles: 10,
            bytes: 2_000_000,
            iterations: 4,
            seconds: 2.0,
        });
        let fields: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(
            fields,
            [
                "native",
                "whole-set",
                "1",
                "10",
                "2.000",
                "4",
                "500.00",
                "4.00",
                "20.0"
            ]
        );
        assert_eq!(header().split_whitespace().count(), fields.len());
    }
}
