//! CSV (RFC 4180 quoting, UTF-8, header row) and TSV, streamed one record at a time.

use std::io::Write;

use super::{ExportError, Options, RowSink, Value, looks_like_formula, value_text};

pub struct Delimited {
    writer: csv::Writer<Box<dyn Write>>,
    record: csv::ByteRecord,
    scratch: String,
    neutralise: bool,
}

impl Delimited {
    pub fn new(
        mut out: Box<dyn Write>,
        delimiter: u8,
        options: &Options,
    ) -> Result<Delimited, ExportError> {
        if options.excel {
            // Without the byte-order mark Excel reads UTF-8 CSV as the machine's legacy code page.
            out.write_all("\u{FEFF}".as_bytes())?;
        }
        let terminator = if options.excel {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        };
        let writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(terminator)
            .from_writer(out);
        Ok(Delimited {
            writer,
            record: csv::ByteRecord::new(),
            scratch: String::new(),
            neutralise: !options.raw,
        })
    }
}

impl RowSink for Delimited {
    fn begin(&mut self, columns: &[String]) -> Result<(), ExportError> {
        self.record.clear();
        for name in columns {
            self.record.push_field(name.as_bytes());
        }
        self.writer
            .write_byte_record(&self.record)
            .map_err(csv_error)
    }

    fn row(&mut self, values: &[Value]) -> Result<(), ExportError> {
        self.record.clear();
        for value in values {
            value_text(value, &mut self.scratch);
            // Only stored text can be a formula: a negative number is a number, not an attack.
            if self.neutralise
                && matches!(value, Value::Text(_))
                && looks_like_formula(&self.scratch)
            {
                self.scratch.insert(0, '\'');
            }
            self.record.push_field(self.scratch.as_bytes());
        }
        self.writer
            .write_byte_record(&self.record)
            .map_err(csv_error)
    }

    fn finish(mut self: Box<Self>) -> Result<Vec<String>, ExportError> {
        self.writer.flush()?;
        Ok(Vec::new())
    }
}

/// The csv crate wraps write failures; unwrap them so a closed pipe is still seen as one.
fn csv_error(err: csv::Error) -> ExportError {
    match err.into_kind() {
        csv::ErrorKind::Io(io) => ExportError::Io(io),
        other => ExportError::Io(std::io::Error::other(format!("{other:?}"))),
    }
}
