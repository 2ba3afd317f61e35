//! claimlens-export: a story's findings as tables a spreadsheet opens, and the names a reader
//! recognises.
//!
//! One definition of the four tables (figures, quotes, claim values, speakers; columns in
//! docs/export.md), built from an [`Analysis`] and its articles' metadata, used by the
//! `claimlens export` command and by the explorer's "Download CSV". CSV is RFC 4180 with a
//! header row and a UTF-8 byte order mark (so that Excel reads it as UTF-8); JSON is the same
//! rows as JSON Lines. The crate does no IO beyond writing to the `Write` it is given, and
//! builds for `wasm32-unknown-unknown`.
//!
//! ```
//! use claimlens_core::{analyze, ArticleInput};
//! use claimlens_export::{Rows, Table};
//!
//! let text = "Rescuers saved 48 people, coast guard captain Elena Marsh said.";
//! let analysis = analyze(&[ArticleInput { id: "a".into(), text: text.into(), ..Default::default() }]);
//! let rows = Rows::of(Table::Figures, &analysis, &analysis);
//! let csv = String::from_utf8(rows.to_csv()).unwrap();
//! assert!(csv.starts_with("\u{feff}claim,conflict,value,"));
//! assert!(csv.contains("Elena Marsh"));
//! ```

mod cite;
mod names;
mod rfc4180;
mod rows;
mod sentence;
mod trace;

use std::borrow::Cow;
use std::io::{BufWriter, Write};

use claimlens_core::Analysis;

pub use cite::{cite, text_fragment, Citation};
pub use names::{
    article_outlet, outlet_label, outlet_or_opening, short_title, story_title, url_host,
};
pub use rows::{
    claims, figures, quotes, speakers, ArticleTexts, ClaimRow, FigureRow, QuoteRow, SpeakerRow,
    YesNo, LIST_SEPARATOR,
};
pub use sentence::{sentence_around, sentence_in};
pub use trace::{is_iso_date, readable_date, ArticleOrder, FirstReport};

/// The UTF-8 byte order mark that opens every CSV file.
pub const BOM: &str = "\u{feff}";

/// Why writing a table failed: the writer it was given failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("writing the table: {0}")]
    Json(#[from] serde_json::Error),
    #[error("writing the table: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T> = std::result::Result<T, Error>;

/// Which table to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Figures,
    Quotes,
    Claims,
    Speakers,
}

impl Table {
    /// The table's name, as the command line and file names spell it.
    pub fn name(self) -> &'static str {
        match self {
            Table::Figures => "figures",
            Table::Quotes => "quotes",
            Table::Claims => "claims",
            Table::Speakers => "speakers",
        }
    }
}

/// The rows of one table.
#[derive(Debug, Clone, PartialEq)]
pub enum Rows {
    Figures(Vec<FigureRow>),
    Quotes(Vec<QuoteRow>),
    Claims(Vec<ClaimRow>),
    Speakers(Vec<SpeakerRow>),
}

impl Rows {
    /// The rows of `table`, reading article texts from `texts` (the analysis itself, when its
    /// articles hold their texts).
    pub fn of(table: Table, analysis: &Analysis, texts: &impl ArticleTexts) -> Rows {
        match table {
            Table::Figures => Rows::Figures(figures(analysis, texts)),
            Table::Quotes => Rows::Quotes(quotes(analysis, texts)),
            Table::Claims => Rows::Claims(claims(analysis, texts)),
            Table::Speakers => Rows::Speakers(speakers(analysis, texts)),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Rows::Figures(rows) => rows.len(),
            Rows::Quotes(rows) => rows.len(),
            Rows::Claims(rows) => rows.len(),
            Rows::Speakers(rows) => rows.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Writes the rows as CSV: a byte order mark, a header row (also when there are no rows),
    /// then one record per row, fields quoted when they hold a comma, a quotation mark or a
    /// line break.
    pub fn write_csv(&self, out: impl Write) -> Result<()> {
        match self {
            Rows::Figures(rows) => write_csv(rows, out),
            Rows::Quotes(rows) => write_csv(rows, out),
            Rows::Claims(rows) => write_csv(rows, out),
            Rows::Speakers(rows) => write_csv(rows, out),
        }
    }

    /// Writes the rows as JSON Lines: one object per line, keys as the CSV's columns.
    pub fn write_json_lines(&self, out: impl Write) -> Result<()> {
        match self {
            Rows::Figures(rows) => write_json_lines(rows, out),
            Rows::Quotes(rows) => write_json_lines(rows, out),
            Rows::Claims(rows) => write_json_lines(rows, out),
            Rows::Speakers(rows) => write_json_lines(rows, out),
        }
    }

    /// The CSV as bytes (for the browser's download).
    pub fn to_csv(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // Writing to a Vec cannot fail.
        let _ = self.write_csv(&mut out);
        out
    }
}

fn write_csv<R: Header>(rows: &[R], out: impl Write) -> Result<()> {
    let mut out = BufWriter::new(out);
    out.write_all(BOM.as_bytes())?;
    rfc4180::write_record(&mut out, R::COLUMNS.iter().copied())?;
    for row in rows {
        rfc4180::write_record(&mut out, row.fields().iter().map(|field| field.as_ref()))?;
    }
    out.flush()?;
    Ok(())
}

fn write_json_lines<R: serde::Serialize>(rows: &[R], mut out: impl Write) -> Result<()> {
    for row in rows {
        serde_json::to_writer(&mut out, row)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// A row type's columns: their names, in order (the CSV's header), and a row's values in that
/// order (its CSV record). A test checks both against the fields serde writes (JSON Lines).
pub trait Header {
    const COLUMNS: &'static [&'static str];

    /// The row's value in each column, as the CSV writes it.
    fn fields(&self) -> Vec<Cow<'_, str>>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimlens_core::{analyze, ArticleInput};

    const TEXT: &str = "“We saved 48 people, and more will come,” coast guard captain Elena Marsh said.\n\nPetar Holm, the mayor, said 61 were rescued.";

    fn analysis() -> Analysis {
        analyze(&[ArticleInput {
            id: "a.md".into(),
            title: Some("Ferry, \"capsized\"\nat Ostrel".into()),
            text: TEXT.into(),
            ..Default::default()
        }])
    }

    fn header(csv: &[u8]) -> Vec<String> {
        let text = std::str::from_utf8(csv).unwrap();
        let text = text.strip_prefix(BOM).expect("a byte order mark");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        reader.headers().unwrap().iter().map(String::from).collect()
    }

    /// The row's fields as serde names them (JSON's keys) are its type's columns, and its CSV
    /// record, read back, holds each field's JSON value at that column's place.
    fn fields_are_columns<R: serde::Serialize + Header>(row: &R) {
        let serde_json::Value::Object(fields) = serde_json::to_value(row).unwrap() else {
            panic!("a row is an object")
        };
        let mut names: Vec<&str> = fields.keys().map(String::as_str).collect();
        let mut columns = R::COLUMNS.to_vec();
        names.sort_unstable();
        columns.sort_unstable();
        assert_eq!(names, columns);
        let mut written = Vec::new();
        write_csv(std::slice::from_ref(row), &mut written).unwrap();
        let text = std::str::from_utf8(&written).unwrap();
        let mut reader = csv::Reader::from_reader(text.strip_prefix(BOM).unwrap().as_bytes());
        let record = reader.records().next().unwrap().unwrap();
        for (place, column) in R::COLUMNS.iter().enumerate() {
            let value = match &fields[*column] {
                serde_json::Value::Null => String::new(),
                serde_json::Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            assert_eq!(record.get(place), Some(value.as_str()), "column {column}");
        }
    }

    #[test]
    fn every_table_has_its_declared_header_with_rows_and_without() {
        let analysis = analysis();
        let empty = Analysis::default();
        for (table, columns) in [
            (Table::Figures, FigureRow::COLUMNS),
            (Table::Quotes, QuoteRow::COLUMNS),
            (Table::Claims, ClaimRow::COLUMNS),
            (Table::Speakers, SpeakerRow::COLUMNS),
        ] {
            let rows = Rows::of(table, &analysis, &analysis);
            assert!(!rows.is_empty(), "{} has rows", table.name());
            assert_eq!(header(&rows.to_csv()), columns, "{}", table.name());
            // The CSV is written from the type's list, so the list must be the serialised
            // fields, in order.
            match &rows {
                Rows::Figures(rows) => fields_are_columns(&rows[0]),
                Rows::Quotes(rows) => fields_are_columns(&rows[0]),
                Rows::Claims(rows) => fields_are_columns(&rows[0]),
                Rows::Speakers(rows) => fields_are_columns(&rows[0]),
            }
            let none = Rows::of(table, &empty, &empty);
            assert_eq!(header(&none.to_csv()), columns, "{} (empty)", table.name());
        }
    }

    #[test]
    fn fields_with_commas_quotes_and_line_breaks_survive_a_csv_reader() {
        let analysis = analysis();
        let rows = Rows::of(Table::Quotes, &analysis, &analysis);
        let csv = rows.to_csv();
        let text = std::str::from_utf8(&csv)
            .unwrap()
            .strip_prefix(BOM)
            .unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        let Rows::Quotes(quotes) = &rows else {
            unreachable!()
        };
        assert_eq!(records.len(), quotes.len());
        let title = &records[0][6];
        assert_eq!(title, "Ferry, \"capsized\"\nat Ostrel");
        assert!(
            records[0][1].contains("48 people, and more"),
            "{:?}",
            &records[0]
        );
        assert_eq!(&records[0][0], "Elena Marsh");
    }

    #[test]
    fn json_lines_are_the_same_rows() {
        let analysis = analysis();
        let rows = Rows::of(Table::Figures, &analysis, &analysis);
        let mut out = Vec::new();
        rows.write_json_lines(&mut out).unwrap();
        let lines: Vec<serde_json::Value> = std::str::from_utf8(&out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), rows.len());
        let row = lines
            .iter()
            .find(|l| l["value"] == "61")
            .expect("the 61 row");
        assert_eq!(row["low"], 61);
        assert_eq!(row["holder"], "Petar Holm");
        assert_eq!(
            row["sentence"],
            "Petar Holm, the mayor, said 61 were rescued."
        );
    }
}
