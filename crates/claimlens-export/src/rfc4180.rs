//! CSV text as RFC 4180 writes it: fields joined by commas, records ended by CRLF, a field in
//! double quotes (its quotes doubled) when it holds a comma, a quote or a line break.
//!
//! Written here rather than through the `csv` crate: the explorer's "Download CSV" runs in the
//! page's wasm, where `csv` brought its serde serialisers, a float parser (for a quoting style
//! the tables never use) and the standard library's float printing with it (issue 16: the
//! page's size). Tests compare it with the `csv` crate, and read the tables back with it.

use std::io::{self, Write};

/// Writes one record: each field, quoted when it must be, then CRLF.
pub fn write_record<'a>(
    out: &mut impl Write,
    fields: impl IntoIterator<Item = &'a str>,
) -> io::Result<()> {
    for (place, field) in fields.into_iter().enumerate() {
        if place > 0 {
            out.write_all(b",")?;
        }
        write_field(out, field)?;
    }
    out.write_all(b"\r\n")
}

fn write_field(out: &mut impl Write, field: &str) -> io::Result<()> {
    if !field
        .bytes()
        .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
    {
        return out.write_all(field.as_bytes());
    }
    out.write_all(b"\"")?;
    for (n, piece) in field.split('"').enumerate() {
        if n > 0 {
            out.write_all(b"\"\"")?;
        }
        out.write_all(piece.as_bytes())?;
    }
    out.write_all(b"\"")
}

#[cfg(test)]
mod tests {
    use super::write_record;

    fn record(fields: &[&str]) -> String {
        let mut out = Vec::new();
        write_record(&mut out, fields.iter().copied()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(record(&["a", "", "b c"]), "a,,b c\r\n");
        assert_eq!(record(&["1,5", "x"]), "\"1,5\",x\r\n");
        assert_eq!(
            record(&["say \"no\"", "two\nlines", "cr\r"]),
            "\"say \"\"no\"\"\",\"two\nlines\",\"cr\r\"\r\n"
        );
        assert_eq!(record(&["\""]), "\"\"\"\"\r\n");
    }

    #[test]
    fn the_csv_crate_writes_the_same_bytes() {
        let fields = [
            "plain",
            "",
            "comma, here",
            "\"quoted\"",
            "line\r\nbreak",
            "ünï",
            " pad ",
        ];
        let mut theirs = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        theirs.write_record(fields).unwrap();
        let theirs = String::from_utf8(theirs.into_inner().unwrap()).unwrap();
        assert_eq!(record(&fields), theirs);
    }
}
