//! The terminal table: columns sized to their content, squeezed to the terminal's width, wide
//! characters (CJK, emoji) measured by their display width. A cell too long for its column wraps onto
//! up to [`MAX_LINES`] lines and is then cut with `…`, so a search snippet stays readable while an
//! article body does not flood the screen. Widths are decided from the first [`LOOKAHEAD`] rows; the
//! table then prints as it goes, so an endless query piped to `head` prints at once and memory stays
//! bounded. A later, longer text cell wraps and is cut like any other; a later, longer number is
//! printed whole (a cut number would be a wrong number), pushing its line out of alignment.

use std::io::Write;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{ExportError, RowSink, Value, value_text};

const SEPARATOR: &str = " │ ";
/// A column squeezed to fit the terminal keeps at least this many cells of width.
const MIN_WIDTH: usize = 6;
/// A wrapped cell shows at most this many lines.
const MAX_LINES: usize = 4;
/// Rows held back to decide the column widths before anything is printed.
pub const LOOKAHEAD: usize = 100;

struct Cell {
    text: String,
    numeric: bool,
}

pub struct Table {
    out: Box<dyn Write>,
    max_width: Option<usize>,
    columns: Vec<String>,
    /// The first rows, until the widths are settled; empty afterwards.
    pending: Vec<Vec<Cell>>,
    /// Column widths, once settled (after [`LOOKAHEAD`] rows or at the end).
    widths: Option<Vec<usize>>,
    /// The horizontal rule under the header, also drawn between rows of several lines.
    rule: String,
    previous_height: usize,
    scratch: String,
}

impl Table {
    pub fn new(out: Box<dyn Write>, max_width: Option<usize>) -> Table {
        Table {
            out,
            max_width,
            columns: Vec::new(),
            pending: Vec::new(),
            widths: None,
            rule: String::new(),
            previous_height: 0,
            scratch: String::new(),
        }
    }

    /// Decides the widths from the header and the rows held so far, prints the header and those rows.
    fn settle(&mut self) -> Result<(), ExportError> {
        let mut natural: Vec<usize> = self.columns.iter().map(|c| c.width()).collect();
        for row in &self.pending {
            for (width, cell) in natural.iter_mut().zip(row) {
                *width = (*width).max(cell.text.width());
            }
        }
        let widths = fit_widths(&natural, SEPARATOR.width(), self.max_width);
        let mut line = String::new();
        for (i, (name, &width)) in self.columns.iter().zip(&widths).enumerate() {
            if i > 0 {
                line.push_str(SEPARATOR);
            }
            pad(&mut line, &truncate(name, width), width, false);
        }
        writeln!(self.out, "{}", line.trim_end())?;
        self.rule.clear();
        for (i, &width) in widths.iter().enumerate() {
            if i > 0 {
                self.rule.push_str("─┼─");
            }
            self.rule.extend(std::iter::repeat_n('─', width));
        }
        writeln!(self.out, "{}", self.rule)?;
        self.widths = Some(widths);
        for row in std::mem::take(&mut self.pending) {
            self.print(&row)?;
        }
        // Whoever waits at a terminal (or `head`) sees the first rows now, not when a buffer fills.
        self.out.flush()?;
        Ok(())
    }

    fn print(&mut self, row: &[Cell]) -> Result<(), ExportError> {
        let widths = self
            .widths
            .as_ref()
            .expect("widths are settled before printing");
        let cells: Vec<Vec<String>> = row
            .iter()
            .zip(widths)
            .map(|(cell, &width)| {
                if cell.numeric {
                    vec![cell.text.clone()]
                } else {
                    wrap(&cell.text, width, MAX_LINES)
                }
            })
            .collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1);
        // Rows of several lines need a rule between them, or they run together.
        if self.previous_height > 0 && (height > 1 || self.previous_height > 1) {
            writeln!(self.out, "{}", self.rule)?;
        }
        self.previous_height = height;
        let mut line = String::new();
        for i in 0..height {
            line.clear();
            for (c, ((cell, lines), &width)) in row.iter().zip(&cells).zip(widths).enumerate() {
                if c > 0 {
                    line.push_str(SEPARATOR);
                }
                pad(
                    &mut line,
                    lines.get(i).map(String::as_str).unwrap_or(""),
                    width,
                    cell.numeric,
                );
            }
            writeln!(self.out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

/// Control characters (newlines, tabs, escape sequences from a pasted page) would break the grid or
/// drive the terminal; each becomes one space.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Column widths that fit `max_width` (separators included): the widest columns give up width first,
/// down to [`MIN_WIDTH`] (or their natural width if smaller). Returns the natural widths when they fit.
pub fn fit_widths(natural: &[usize], separator: usize, max_width: Option<usize>) -> Vec<usize> {
    let Some(max_width) = max_width else {
        return natural.to_vec();
    };
    let overhead = separator * natural.len().saturating_sub(1);
    let total = |cap: usize| natural.iter().map(|&w| w.min(cap)).sum::<usize>() + overhead;
    if total(usize::MAX) <= max_width {
        return natural.to_vec();
    }
    // The largest cap on every column's width that still fits; leftover width goes to the capped columns.
    let widest = natural.iter().copied().max().unwrap_or(0);
    let mut cap = MIN_WIDTH;
    while cap < widest && total(cap + 1) <= max_width {
        cap += 1;
    }
    let mut widths: Vec<usize> = natural.iter().map(|&w| w.min(cap)).collect();
    let mut spare = max_width.saturating_sub(total(cap));
    for (width, &natural) in widths.iter_mut().zip(natural) {
        if spare == 0 {
            break;
        }
        let extra = natural.saturating_sub(*width).min(spare);
        *width += extra;
        spare -= extra;
    }
    widths
}

/// Cuts `text` to at most `width` display cells, ending with `…` when something was cut.
fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Splits `text` into lines of at most `width` display cells, breaking at spaces where it can, and
/// keeps at most `max_lines` of them, the last ending with `…` when text was left out.
fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    if text.width() <= width {
        return vec![text.to_owned()];
    }
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut used = 0;
    for word in text.split_inclusive(' ') {
        let word_width = word.trim_end().width();
        if used > 0 && used + word_width > width {
            lines.push(std::mem::take(&mut current).trim_end().to_owned());
            used = 0;
        }
        for c in word.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > width {
                if c == ' ' {
                    continue;
                }
                lines.push(std::mem::take(&mut current));
                used = 0;
            }
            current.push(c);
            used += w;
        }
    }
    let rest = current.trim_end();
    if !rest.is_empty() {
        lines.push(rest.to_owned());
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines > 0");
        *last = truncate(&format!("{last} …"), width);
        if !last.ends_with('…') {
            last.push('…');
        }
    }
    lines
}

fn pad(out: &mut String, text: &str, width: usize, right: bool) {
    let fill = width.saturating_sub(text.width());
    if right {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(text);
    } else {
        out.push_str(text);
        out.extend(std::iter::repeat_n(' ', fill));
    }
}

impl RowSink for Table {
    fn begin(&mut self, columns: &[String]) -> Result<(), ExportError> {
        self.columns = columns.iter().map(|c| printable(c)).collect();
        Ok(())
    }

    fn row(&mut self, values: &[Value]) -> Result<(), ExportError> {
        let row: Vec<Cell> = values
            .iter()
            .map(|value| {
                value_text(value, &mut self.scratch);
                Cell {
                    text: printable(&self.scratch),
                    numeric: matches!(value, Value::Integer(_) | Value::Real(_)),
                }
            })
            .collect();
        if self.widths.is_some() {
            return self.print(&row);
        }
        self.pending.push(row);
        if self.pending.len() >= LOOKAHEAD {
            self.settle()?;
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<Vec<String>, ExportError> {
        if self.widths.is_none() {
            self.settle()?;
        }
        self.out.flush()?;
        Ok(Vec::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_widths_are_kept_when_they_fit() {
        assert_eq!(fit_widths(&[3, 10], 3, Some(80)), vec![3, 10]);
        assert_eq!(fit_widths(&[3, 100], 3, None), vec![3, 100]);
    }

    #[test]
    fn the_widest_column_gives_way_first() {
        let widths = fit_widths(&[4, 50, 200], 3, Some(80));
        assert_eq!(widths.iter().sum::<usize>() + 6, 80);
        assert_eq!(widths[0], 4);
        assert!(widths[2] >= widths[1] - 1);
    }

    #[test]
    fn long_cells_wrap_at_spaces_and_stop_after_the_last_line() {
        assert_eq!(
            wrap("the dock strike entered its ninth day", 12, 4),
            ["the dock", "strike", "entered its", "ninth day"]
        );
        let cut = wrap("one two three four five six seven eight nine ten", 9, 2);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…') && cut[1].width() <= 9, "{cut:?}");
        let cjk = wrap("東京都の港湾でストライキが続く", 6, 4);
        assert!(cjk.iter().all(|l| l.width() <= 6), "{cjk:?}");
        assert_eq!(wrap("short", 10, 4), ["short"]);
    }

    #[test]
    fn wide_characters_are_cut_by_display_width() {
        let cut = truncate("東京都の港湾", 7);
        assert!(cut.width() <= 7, "{cut}");
        assert!(cut.ends_with('…'));
        assert_eq!(truncate("abc", 3), "abc");
    }

    /// A writer the test can read while the table still holds it.
    #[derive(Clone, Default)]
    struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Shared {
        fn text(&self) -> String {
            String::from_utf8(self.0.borrow().clone()).unwrap()
        }
    }

    /// See issue 9: the table held every row until the end, so an endless query printed nothing.
    #[test]
    fn rows_print_as_they_come_once_the_first_rows_set_the_widths() {
        let out = Shared::default();
        let mut table: Box<dyn RowSink> = Box::new(Table::new(Box::new(out.clone()), None));
        table.begin(&["id".to_owned(), "word".to_owned()]).unwrap();
        let row = |i: i64, word: &str| [Value::Integer(i), Value::Text(word.to_owned())];
        for i in 1..LOOKAHEAD as i64 {
            table.row(&row(i, "short")).unwrap();
        }
        assert_eq!(out.text(), "", "nothing before the look-ahead is full");
        table.row(&row(LOOKAHEAD as i64, "short")).unwrap();
        let settled = out.text();
        assert!(settled.starts_with("id  │ word"), "{settled}");
        assert_eq!(settled.lines().count(), 2 + LOOKAHEAD);
        table
            .row(&row(123_456, "a much longer word than before"))
            .unwrap();
        let after = out.text();
        let later: Vec<&str> = after.lines().skip(2 + LOOKAHEAD).collect();
        assert!(
            later.iter().any(|l| l.starts_with("123456 │ a")),
            "a later number is printed whole: {later:?}"
        );
        assert!(
            later.iter().all(|l| l.width() <= "123456 │ short".width()),
            "a later long text wraps within its column: {later:?}"
        );
        assert!(
            later.last().unwrap().ends_with('…'),
            "and is cut: {later:?}"
        );
        table.finish().unwrap();
    }

    #[test]
    fn a_short_result_is_printed_at_the_end() {
        let out = Shared::default();
        let mut table: Box<dyn RowSink> = Box::new(Table::new(Box::new(out.clone()), None));
        table.begin(&["n".to_owned()]).unwrap();
        table.row(&[Value::Integer(7)]).unwrap();
        assert_eq!(out.text(), "");
        table.finish().unwrap();
        assert_eq!(out.text(), "n\n─\n7\n");
    }
}
