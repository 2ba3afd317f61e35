//! Plain-text tables for the benchmark's report, and the summary file `search.sh` reads its
//! headline figures from.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};

/// A table printed with its columns aligned: the first left, the others right.
pub struct Table {
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(header: &[&str]) -> Table {
        Table {
            rows: vec![header.iter().map(|h| h.to_string()).collect()],
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn render(&self) -> String {
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|c| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|s| s.chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let mut out = String::new();
        for row in &self.rows {
            let line: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    if c == 0 {
                        format!("{cell:<w$}", w = widths[c])
                    } else {
                        format!("{cell:>w$}", w = widths[c])
                    }
                })
                .collect();
            out.push_str(line.join("  ").trim_end());
            out.push('\n');
        }
        out
    }
}

/// Kilobytes (10³ bytes) with one decimal.
pub fn kb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1e3)
}

/// `key<TAB>value` lines appended to a file, for `search.sh`'s closing summary.
pub struct Summary(Option<PathBuf>);

impl Summary {
    pub fn new(path: Option<PathBuf>) -> Summary {
        Summary(path)
    }

    pub fn put(&self, key: &str, value: impl std::fmt::Display) -> Result<()> {
        let Some(path) = &self.0 else { return Ok(()) };
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .with_context(|| format!("opening {}", path.display()))?;
        writeln!(file, "{key}\t{value}").with_context(|| format!("writing {}", path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align() {
        let mut table = Table::new(&["part", "bytes"]);
        table.row(vec!["analysis JSON".into(), "1234".into()]);
        assert_eq!(
            table.render(),
            "part           bytes\nanalysis JSON   1234\n"
        );
        assert_eq!(kb(12_345), "12.3");
    }
}
