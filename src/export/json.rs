//! JSON (one array of objects) and NDJSON (one object per line), streamed row by row. Keys keep the
//! query's column order.

use std::io::Write;

use super::{ExportError, RowSink, Value, value_text};

pub struct Json {
    out: Box<dyn Write>,
    lines: bool,
    keys: Vec<String>,
    rows: u64,
    scratch: String,
}

impl Json {
    pub fn new(out: Box<dyn Write>, lines: bool) -> Json {
        Json {
            out,
            lines,
            keys: Vec::new(),
            rows: 0,
            scratch: String::new(),
        }
    }
}

impl RowSink for Json {
    fn begin(&mut self, columns: &[String]) -> Result<(), ExportError> {
        self.keys = columns
            .iter()
            .map(|c| serde_json::to_string(c).unwrap_or_else(|_| "\"\"".into()))
            .collect();
        if !self.lines {
            self.out.write_all(b"[")?;
        }
        Ok(())
    }

    fn row(&mut self, values: &[Value]) -> Result<(), ExportError> {
        if !self.lines {
            self.out
                .write_all(if self.rows == 0 { b"\n" } else { b",\n" })?;
        }
        self.out.write_all(b"{")?;
        for (i, (key, value)) in self.keys.iter().zip(values).enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            self.out.write_all(key.as_bytes())?;
            self.out.write_all(b":")?;
            match value {
                Value::Null => self.out.write_all(b"null")?,
                Value::Integer(n) => write!(self.out, "{n}")?,
                Value::Real(f) if f.is_finite() => write!(self.out, "{f}")?,
                Value::Real(_) => self.out.write_all(b"null")?,
                Value::Text(s) => {
                    serde_json::to_writer(&mut self.out, s).map_err(std::io::Error::from)?
                }
                Value::Blob(_) => {
                    value_text(value, &mut self.scratch);
                    serde_json::to_writer(&mut self.out, &self.scratch)
                        .map_err(std::io::Error::from)?;
                }
            }
        }
        self.out.write_all(b"}")?;
        if self.lines {
            self.out.write_all(b"\n")?;
        }
        self.rows += 1;
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<Vec<String>, ExportError> {
        if !self.lines {
            self.out
                .write_all(if self.rows == 0 { b"]\n" } else { b"\n]\n" })?;
        }
        self.out.flush()?;
        Ok(Vec::new())
    }
}
