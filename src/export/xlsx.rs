//! XLSX through rust_xlsxwriter in constant-memory mode (rows go to a temporary file next to the
//! output, not to RAM): bold frozen header with an autofilter, column widths from the content, ISO
//! dates written as real dates, and text beyond Excel's cell limit cut with a visible marker.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{ExcelDateTime, Format, IgnoreError, Workbook, Worksheet, XlsxError};
use unicode_width::UnicodeWidthStr;

use super::{ExportError, RowSink, Value};

/// Excel refuses a cell longer than this many characters.
pub const MAX_CELL_CHARS: usize = 32_767;
/// Column widths (in characters) stop growing here: a long body would otherwise make a column
/// wider than the screen.
const MAX_COLUMN_WIDTH: usize = 60;

pub struct Xlsx {
    workbook: Workbook,
    path: PathBuf,
    row: u32,
    columns: u16,
    widths: Vec<usize>,
    bold: Format,
    date: Format,
    datetime: Format,
    cut_cells: u64,
    first_cut: Option<(u32, String)>,
}

impl Xlsx {
    pub fn new(path: &Path) -> Result<Xlsx, ExportError> {
        let mut workbook = Workbook::new();
        // The temporary rows go beside the output: /tmp may be a small in-memory file system.
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            workbook.set_tempdir(dir)?;
        }
        let sheet = workbook.add_worksheet_with_constant_memory()?;
        if let Some(name) = sheet_name(path) {
            sheet.set_name(name)?;
        }
        Ok(Xlsx {
            workbook,
            path: path.to_owned(),
            row: 0,
            columns: 0,
            widths: Vec::new(),
            bold: Format::new().set_bold(),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            datetime: Format::new().set_num_format("yyyy-mm-dd hh:mm:ss"),
            cut_cells: 0,
            first_cut: None,
        })
    }

    fn sheet(&mut self) -> Result<&mut Worksheet, XlsxError> {
        self.workbook.worksheet_from_index(0)
    }
}

/// Excel sheet names: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.to_str()?;
    let name: String = stem
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect();
    let name = name.trim_matches('\'').to_owned();
    (!name.is_empty()).then_some(name)
}

/// An ISO-8601 date (`2026-03-07`) or date-time (`2026-03-07T09:14:00-05:00`, `T` or space) as an Excel
/// date. The offset is dropped: Excel has no time zones, and the wall-clock time as published is what
/// an editor expects to see.
pub fn parse_iso_date(text: &str) -> Option<(ExcelDateTime, bool)> {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        (part.bytes().all(|c| c.is_ascii_digit())).then(|| part.parse().ok())?
    };
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let date = ExcelDateTime::from_ymd(
        u16::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()?;
    if b.len() == 10 {
        return Some((date, false));
    }
    if !matches!(b[10], b'T' | b' ') || b.len() < 16 || b[13] != b':' {
        return None;
    }
    let (hour, minute) = (digits(11..13)?, digits(14..16)?);
    let mut rest = &text[16..];
    let mut second = 0.0;
    if let Some(after) = rest.strip_prefix(':') {
        let end = after
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(after.len());
        second = after[..end].parse::<f64>().ok()?;
        rest = &after[end..];
    }
    let zone_ok = rest.is_empty()
        || rest == "Z"
        || (rest.len() == 6
            && matches!(rest.as_bytes()[0], b'+' | b'-')
            && rest.as_bytes()[3] == b':')
        || (rest.len() == 5
            && matches!(rest.as_bytes()[0], b'+' | b'-')
            && rest[1..].bytes().all(|c| c.is_ascii_digit()));
    if !zone_ok {
        return None;
    }
    let time = date
        .and_hms(
            u16::try_from(hour).ok()?,
            u8::try_from(minute).ok()?,
            second,
        )
        .ok()?;
    Some((time, true))
}

impl RowSink for Xlsx {
    fn begin(&mut self, columns: &[String]) -> Result<(), ExportError> {
        self.columns = u16::try_from(columns.len()).unwrap_or(u16::MAX);
        self.widths = columns.iter().map(|c| c.width() + 3).collect();
        let bold = self.bold.clone();
        let sheet = self.sheet()?;
        for (col, name) in (0..u16::MAX).zip(columns) {
            sheet.write_string_with_format(0, col, name, &bold)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        self.row = 1;
        Ok(())
    }

    fn row(&mut self, values: &[Value]) -> Result<(), ExportError> {
        let row = self.row;
        let (date, datetime) = (self.date.clone(), self.datetime.clone());
        for (col, value) in (0..u16::MAX).zip(values) {
            let width = match value {
                Value::Null => 0,
                Value::Integer(n) => {
                    // Excel holds numbers as doubles: beyond 2^53 an id would silently change.
                    if n.unsigned_abs() < (1 << 53) {
                        self.sheet()?.write_number(row, col, *n as f64)?;
                    } else {
                        self.sheet()?.write_string(row, col, n.to_string())?;
                    }
                    n.to_string().len()
                }
                Value::Real(f) => {
                    self.sheet()?.write_number(row, col, *f)?;
                    f.to_string().len().min(12)
                }
                Value::Text(text) => match parse_iso_date(text) {
                    Some((when, false)) => {
                        self.sheet()?
                            .write_datetime_with_format(row, col, when, &date)?;
                        10
                    }
                    Some((when, true)) => {
                        self.sheet()?
                            .write_datetime_with_format(row, col, when, &datetime)?;
                        19
                    }
                    None => {
                        let (cell, cut) = fit_cell(text);
                        if cut {
                            self.cut_cells += 1;
                            if self.first_cut.is_none() {
                                self.first_cut = Some((row + 1, column_letters(col)));
                            }
                        }
                        self.sheet()?.write_string(row, col, cell.as_ref())?;
                        cell.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
                    }
                },
                Value::Blob(_) => {
                    let mut text = String::new();
                    super::value_text(value, &mut text);
                    let (cell, _) = fit_cell(&text);
                    self.sheet()?.write_string(row, col, cell.as_ref())?;
                    12
                }
            };
            if let Some(w) = self.widths.get_mut(usize::from(col)) {
                *w = (*w).max(width + 1);
            }
        }
        self.row = self.row.saturating_add(1);
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<Vec<String>, ExportError> {
        let widths = std::mem::take(&mut self.widths);
        let (last_row, columns) = (self.row.saturating_sub(1), self.columns);
        let sheet = self.sheet()?;
        for (col, width) in (0..u16::MAX).zip(widths) {
            sheet.set_column_width(col, width.min(MAX_COLUMN_WIDTH) as f64)?;
        }
        if columns > 0 {
            sheet.autofilter(0, 0, last_row, columns - 1)?;
            // Text that looks like a number ("007", a year in a title) is text on purpose: no green
            // warning triangles on it.
            sheet.ignore_error_range(
                0,
                0,
                last_row,
                columns - 1,
                IgnoreError::NumberStoredAsText,
            )?;
        }
        let path = self.path.clone();
        self.workbook.save(&path)?;
        let mut warnings = Vec::new();
        if let Some((row, col)) = &self.first_cut {
            warnings.push(format!(
                "{} cell(s) were longer than Excel's limit of {MAX_CELL_CHARS} characters and were cut, the first \
                 at {col}{row}; each ends with \"{}\". Export to CSV for the full text.",
                self.cut_cells,
                CUT_MARKER.trim()
            ));
        }
        Ok(warnings)
    }
}

/// Ends a cell that was cut to fit Excel, so a reader sees that text is missing.
pub const CUT_MARKER: &str = " [… cut: longer than Excel allows]";

fn fit_cell(text: &str) -> (std::borrow::Cow<'_, str>, bool) {
    if text.chars().count() <= MAX_CELL_CHARS {
        return (text.into(), false);
    }
    let keep = MAX_CELL_CHARS - CUT_MARKER.chars().count();
    let mut cell: String = text.chars().take(keep).collect();
    cell.push_str(CUT_MARKER);
    (cell.into(), true)
}

/// `0` → `A`, `27` → `AB`: how Excel names a column in messages.
fn column_letters(col: u16) -> String {
    let mut n = u32::from(col) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        letters.push(b'A' + rem);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_and_times_are_recognised() {
        assert!(matches!(parse_iso_date("2026-03-07"), Some((_, false))));
        assert!(matches!(
            parse_iso_date("2026-03-07T09:14:00-05:00"),
            Some((_, true))
        ));
        assert!(matches!(
            parse_iso_date("2026-03-07 09:14"),
            Some((_, true))
        ));
        assert!(matches!(
            parse_iso_date("2026-03-07T09:14:00Z"),
            Some((_, true))
        ));
        assert!(parse_iso_date("2026-13-07").is_none());
        assert!(parse_iso_date("2026-03-07 and more").is_none());
        assert!(parse_iso_date("March 7, 2026").is_none());
    }

    #[test]
    fn overlong_text_is_cut_to_the_limit_with_a_marker() {
        let long = "é".repeat(MAX_CELL_CHARS + 10);
        let (cell, cut) = fit_cell(&long);
        assert!(cut);
        assert_eq!(cell.chars().count(), MAX_CELL_CHARS);
        assert!(cell.ends_with(CUT_MARKER));
    }

    #[test]
    fn columns_are_named_like_excel() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(27), "AB");
    }
}
