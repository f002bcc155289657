//! The terminal table: columns sized to their content, squeezed to the terminal's width, wide
//! characters (CJK, emoji) measured by their display width. A cell too long for its column wraps onto
//! up to [`MAX_LINES`] lines and is then cut with `…`, so a search snippet stays readable while an
//! article body does not flood the screen. It holds every row until `finish` because a column's width
//! depends on all of them; exports use the other formats.

use std::io::Write;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{ExportError, RowSink, Value, value_text};

const SEPARATOR: &str = " │ ";
/// A column squeezed to fit the terminal keeps at least this many cells of width.
const MIN_WIDTH: usize = 6;
/// A wrapped cell shows at most this many lines.
const MAX_LINES: usize = 4;

struct Cell {
    text: String,
    numeric: bool,
}

pub struct Table {
    out: Box<dyn Write>,
    max_width: Option<usize>,
    columns: Vec<String>,
    rows: Vec<Vec<Cell>>,
    scratch: String,
}

impl Table {
    pub fn new(out: Box<dyn Write>, max_width: Option<usize>) -> Table {
        Table {
            out,
            max_width,
            columns: Vec::new(),
            rows: Vec::new(),
            scratch: String::new(),
        }
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
        let row = values
            .iter()
            .map(|value| {
                value_text(value, &mut self.scratch);
                Cell {
                    text: printable(&self.scratch),
                    numeric: matches!(value, Value::Integer(_) | Value::Real(_)),
                }
            })
            .collect();
        self.rows.push(row);
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<Vec<String>, ExportError> {
        let mut natural: Vec<usize> = self.columns.iter().map(|c| c.width()).collect();
        for row in &self.rows {
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
        line.clear();
        for (i, &width) in widths.iter().enumerate() {
            if i > 0 {
                line.push_str("─┼─");
            }
            line.extend(std::iter::repeat_n('─', width));
        }
        writeln!(self.out, "{line}")?;
        let rule = line.clone();
        let mut previous_height = 0;
        for row in &self.rows {
            let cells: Vec<Vec<String>> = row
                .iter()
                .zip(&widths)
                .map(|(cell, &width)| wrap(&cell.text, width, MAX_LINES))
                .collect();
            let height = cells.iter().map(Vec::len).max().unwrap_or(1);
            // Rows of several lines need a rule between them, or they run together.
            if previous_height > 0 && (height > 1 || previous_height > 1) {
                writeln!(self.out, "{rule}")?;
            }
            previous_height = height;
            for i in 0..height {
                line.clear();
                for (c, ((cell, lines), &width)) in row.iter().zip(&cells).zip(&widths).enumerate()
                {
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
}
