//! Output formats for query results: a [`RowSink`] receives the column names, then rows one at a time,
//! and writes them as a terminal table, CSV, TSV, JSON, NDJSON, Markdown or XLSX.
//!
//! Sinks never see SQL or a connection (that is `query`'s job); they only turn values into bytes. All
//! but the terminal table stream, so an export's memory does not grow with its rows.

mod delimited;
mod json;
mod markdown;
mod table;
mod xlsx;

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

pub use rusqlite::types::Value;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum ExportError {
    #[error("cannot write output")]
    Io(#[from] io::Error),
    #[error("cannot write the spreadsheet")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("{path} already exists: pass --force to overwrite it, or choose another file name")]
    Exists { path: PathBuf },
    #[error("cannot create {path}")]
    Create { path: PathBuf, source: io::Error },
    #[error(
        "cannot tell the output format from the file name {path}: name it .csv, .tsv, .json, .ndjson, .md or \
         .xlsx, or pass --format"
    )]
    UnknownExtension { path: PathBuf },
    #[error("XLSX is a binary file format: write it to a file with -o FILE.xlsx")]
    XlsxNeedsFile,
}

/// The output formats; `Table` is for people at a terminal, the others for programs and spreadsheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Tsv,
    Json,
    Ndjson,
    Markdown,
    Xlsx,
}

impl Format {
    /// The format a file name asks for, from its extension (case-insensitive).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "csv" => Format::Csv,
            "tsv" | "tab" => Format::Tsv,
            "json" => Format::Json,
            "ndjson" | "jsonl" => Format::Ndjson,
            "md" | "markdown" => Format::Markdown,
            "xlsx" => Format::Xlsx,
            "txt" => Format::Table,
            _ => return None,
        })
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Table => "txt",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Json => "json",
            Format::Ndjson => "ndjson",
            Format::Markdown => "md",
            Format::Xlsx => "xlsx",
        }
    }
}

/// Choices that change how values are written.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// CSV/TSV for Excel: a UTF-8 byte-order mark and CRLF line ends.
    pub excel: bool,
    /// Write text cells exactly as stored, without defusing ones a spreadsheet would run as a formula.
    pub raw: bool,
    /// The widest line the table may print (the terminal's width); None for no limit.
    pub max_width: Option<usize>,
}

/// Receives one result set. `begin` once, `row` per row, then `finish`, which flushes and returns
/// warnings for the user (values that had to be changed to fit the format).
pub trait RowSink {
    fn begin(&mut self, columns: &[String]) -> Result<(), ExportError>;
    fn row(&mut self, values: &[Value]) -> Result<(), ExportError>;
    fn finish(self: Box<Self>) -> Result<Vec<String>, ExportError>;
}

/// Where output goes: standard output, or a file that is created new (or replaced with `force`).
#[derive(Debug, Clone)]
pub enum Destination {
    Stdout,
    File { path: PathBuf, force: bool },
}

/// A file this run created: removed again on drop unless [`CreatedFile::keep`] is called, so that a
/// failed export never leaves half a file behind that looks complete.
#[derive(Debug)]
pub struct CreatedFile(Option<PathBuf>);

impl CreatedFile {
    pub fn keep(mut self) {
        self.0 = None;
    }
}

impl Drop for CreatedFile {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Picks the format: an explicit one wins, then the file's extension, then the table.
pub fn resolve_format(
    explicit: Option<Format>,
    destination: &Destination,
) -> Result<Format, ExportError> {
    match (explicit, destination) {
        (Some(format), _) => Ok(format),
        (None, Destination::Stdout) => Ok(Format::Table),
        (None, Destination::File { path, .. }) => Format::from_path(path)
            .ok_or_else(|| ExportError::UnknownExtension { path: path.clone() }),
    }
}

/// Opens a sink writing `format` to `destination`. The returned guard removes a created file unless
/// the caller keeps it after a successful `finish`.
pub fn open(
    format: Format,
    destination: &Destination,
    options: &Options,
) -> Result<(Box<dyn RowSink>, CreatedFile), ExportError> {
    let (writer, created): (Box<dyn Write>, CreatedFile) = match destination {
        Destination::Stdout => {
            if format == Format::Xlsx {
                return Err(ExportError::XlsxNeedsFile);
            }
            (Box::new(BufWriter::new(io::stdout())), CreatedFile(None))
        }
        Destination::File { path, force } => {
            let file = create_file(path, *force)?;
            (
                Box::new(BufWriter::new(file)),
                CreatedFile(Some(path.clone())),
            )
        }
    };
    let sink: Box<dyn RowSink> = match format {
        Format::Table => Box::new(table::Table::new(writer, options.max_width)),
        Format::Csv => Box::new(delimited::Delimited::new(writer, b',', options)?),
        Format::Tsv => Box::new(delimited::Delimited::new(writer, b'\t', options)?),
        Format::Json => Box::new(json::Json::new(writer, false)),
        Format::Ndjson => Box::new(json::Json::new(writer, true)),
        Format::Markdown => Box::new(markdown::Markdown::new(writer)),
        Format::Xlsx => {
            drop(writer);
            let Destination::File { path, .. } = destination else {
                return Err(ExportError::XlsxNeedsFile);
            };
            Box::new(xlsx::Xlsx::new(path)?)
        }
    };
    Ok((sink, created))
}

/// A new file at `path`, or with `force` a replaced one; an existing file without `force` is
/// [`ExportError::Exists`].
pub fn create_file(path: &Path, force: bool) -> Result<File, ExportError> {
    let mut options = OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        // create_new checks and creates in one step, so two exports cannot both think the name is free.
        options.create_new(true);
    }
    options.open(path).map_err(|source| {
        if source.kind() == io::ErrorKind::AlreadyExists {
            ExportError::Exists {
                path: path.to_owned(),
            }
        } else {
            ExportError::Create {
                path: path.to_owned(),
                source,
            }
        }
    })
}

/// A value as text, the way every text format shows it. Blobs (the archive has none of its own) are
/// shown as SQL hex literals so that nothing is lost or sent raw to a terminal.
pub fn value_text(value: &Value, out: &mut String) {
    use std::fmt::Write as _;
    out.clear();
    match value {
        Value::Null => {}
        Value::Integer(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Real(f) => {
            let _ = write!(out, "{f}");
        }
        Value::Text(s) => out.push_str(s),
        Value::Blob(bytes) => {
            out.push_str("X'");
            for b in bytes {
                let _ = write!(out, "{b:02X}");
            }
            out.push('\'');
        }
    }
}

/// True when a spreadsheet program would treat text starting this way as a formula (OWASP's list for
/// CSV injection).
pub fn looks_like_formula(text: &str) -> bool {
    matches!(
        text.as_bytes().first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
}
