//! GitHub-flavoured Markdown tables, streamed: pipes are escaped and line breaks become `<br>` so that
//! every row stays one table row.

use std::io::Write;

use super::{ExportError, RowSink, Value, value_text};

pub struct Markdown {
    out: Box<dyn Write>,
    scratch: String,
    line: String,
}

impl Markdown {
    pub fn new(out: Box<dyn Write>) -> Markdown {
        Markdown {
            out,
            scratch: String::new(),
            line: String::new(),
        }
    }

    fn write_line<'a>(&mut self, cells: impl Iterator<Item = &'a str>) -> Result<(), ExportError> {
        self.line.clear();
        self.line.push('|');
        for cell in cells {
            self.line.push(' ');
            push_escaped(&mut self.line, cell);
            self.line.push_str(" |");
        }
        self.line.push('\n');
        self.out.write_all(self.line.as_bytes())?;
        Ok(())
    }
}

fn push_escaped(line: &mut String, cell: &str) {
    let mut chars = cell.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '|' => line.push_str("\\|"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => line.push_str("<br>"),
            c if c.is_control() => line.push(' '),
            c => line.push(c),
        }
    }
}

impl RowSink for Markdown {
    fn begin(&mut self, columns: &[String]) -> Result<(), ExportError> {
        self.write_line(columns.iter().map(String::as_str))?;
        self.write_line(columns.iter().map(|_| "---"))
    }

    fn row(&mut self, values: &[Value]) -> Result<(), ExportError> {
        let mut cells = Vec::with_capacity(values.len());
        for value in values {
            value_text(value, &mut self.scratch);
            cells.push(std::mem::take(&mut self.scratch));
        }
        self.write_line(cells.iter().map(String::as_str))
    }

    fn finish(mut self: Box<Self>) -> Result<Vec<String>, ExportError> {
        self.out.flush()?;
        Ok(Vec::new())
    }
}
