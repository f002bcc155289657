//! `morgue sql "SELECT ..."`: ad-hoc SQL on a read-only, guarded connection. Also holds the output and
//! limit options that `query`, `search` and `export` share.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use clap::Parser;

use super::Outcome;
use crate::export::{self, Destination, Format};
use crate::query::{Guarded, Params, Summary};

#[derive(Debug, Parser)]
pub struct Args {
    /// One SQL statement (SELECT or WITH … SELECT); `-` reads it from standard input.
    pub sql: String,
    #[command(flatten)]
    pub run: RunArgs,
}

/// Everything `sql` and `query` need to run a statement: its parameters, time limit and output.
#[derive(Debug, Clone, Parser)]
pub struct RunArgs {
    #[command(flatten)]
    pub params: ParamArgs,
    #[command(flatten)]
    pub limit: LimitArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

impl RunArgs {
    /// Runs `sql` with `params` (already checked against what the statement takes) on a guarded
    /// connection to `db`, into the output asked for.
    pub fn run(&self, db: &Path, sql: &str, params: &Params) -> anyhow::Result<Summary> {
        let guarded = Guarded::open(db, self.limit.duration()?)?;
        run_to_output(&guarded, sql, params, &self.output)
    }
}

#[derive(Debug, Clone, Parser)]
pub struct ParamArgs {
    /// A parameter: NAME=VALUE for :NAME (also @NAME, $NAME), or VALUE for ? placeholders in order.
    /// Always bound, never pasted into the SQL. Repeat for more.
    #[arg(short = 'p', long = "param", value_name = "NAME=VALUE")]
    pub params: Vec<String>,
}

impl ParamArgs {
    pub fn parse(&self) -> Params {
        Params::parse(&self.params)
    }
}

#[derive(Debug, Clone, Parser)]
pub struct LimitArgs {
    /// Stop the query after this many seconds of work (0 = no limit).
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0)]
    pub timeout: f64,
}

impl LimitArgs {
    pub fn duration(&self) -> anyhow::Result<Option<Duration>> {
        timeout(self.timeout)
    }
}

/// `--timeout SECONDS` as a limit: None for 0 (no limit); a negative or non-finite value is refused
/// rather than read as "no limit".
pub fn timeout(seconds: f64) -> anyhow::Result<Option<Duration>> {
    if !seconds.is_finite() || seconds < 0.0 {
        anyhow::bail!("--timeout must be a number of seconds, 0 or more (0 means no limit)");
    }
    Ok((seconds > 0.0).then(|| Duration::from_secs_f64(seconds)))
}

#[derive(Debug, Clone, Parser)]
pub struct OutputArgs {
    /// Output format. Default: the -o file's extension, else a table (CSV for `export`).
    #[arg(short = 'f', long, value_enum)]
    pub format: Option<Format>,
    /// Write to this file instead of standard output (.csv .tsv .json .ndjson .md .xlsx).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
    /// CSV/TSV for Excel: add a byte-order mark and CRLF line ends.
    #[arg(long)]
    pub excel: bool,
    /// Write text cells as stored: do not defuse cells that start with = + - @ (formula injection).
    #[arg(long)]
    pub raw: bool,
}

impl OutputArgs {
    pub fn destination(&self) -> Destination {
        match &self.output {
            Some(path) => Destination::File {
                path: path.clone(),
                force: self.force,
            },
            None => Destination::Stdout,
        }
    }

    pub fn options(&self) -> export::Options {
        export::Options {
            excel: self.excel,
            raw: self.raw,
            max_width: terminal_width(),
        }
    }
}

/// The table's width limit: $COLUMNS if set, else the terminal's, else none (output to a pipe or
/// file is not cut).
fn terminal_width() -> Option<usize> {
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
    {
        return Some(columns.max(20));
    }
    if !std::io::stdout().is_terminal() {
        return None;
    }
    terminal_size::terminal_size().map(|(terminal_size::Width(w), _)| usize::from(w).max(20))
}

/// Runs `sql` through `guarded` into the output the user asked for, then reports on stderr.
pub fn run_to_output(
    guarded: &Guarded,
    sql: &str,
    params: &Params,
    output: &OutputArgs,
) -> anyhow::Result<Summary> {
    let format = export::resolve_format(output.format, &output.destination())?;
    run_to_output_as(guarded, sql, params, output, format)
}

/// [`run_to_output`] with the format already chosen, for callers whose default differs (`export`).
pub fn run_to_output_as(
    guarded: &Guarded,
    sql: &str,
    params: &Params,
    output: &OutputArgs,
    format: Format,
) -> anyhow::Result<Summary> {
    let destination = output.destination();
    let (sink, created) = export::open(format, &destination, &output.options())?;
    let summary = guarded.run(sql, params, sink)?;
    created.keep();
    report(&summary, &destination, format);
    spreadsheet_hint(
        format,
        matches!(destination, Destination::File { .. }),
        output,
    );
    Ok(summary)
}

/// A plain UTF-8 CSV has no mark of its encoding, and spreadsheet programs opening it by double-click
/// guess a legacy one (Excel always, LibreOffice by default), which mangles accents, curly quotes and
/// dashes. Said once per command, on stderr, only for files, where a spreadsheet is the likely reader.
pub fn spreadsheet_hint(format: Format, to_file: bool, output: &OutputArgs) {
    if matches!(format, Format::Csv | Format::Tsv) && !output.excel && to_file {
        eprintln!(
            "morgue: note: for Excel or LibreOffice, export again with --excel (adds the byte-order mark they need \
             to read accents, curly quotes and dashes right), or as .xlsx"
        );
    }
}

/// Warnings and, for files, what was written go to stderr, never into the data.
pub fn report(summary: &Summary, destination: &Destination, format: Format) {
    for warning in &summary.warnings {
        eprintln!("morgue: warning: {warning}");
    }
    match destination {
        Destination::File { path, .. } => {
            eprintln!("wrote {} row(s) to {}", summary.rows, path.display())
        }
        Destination::Stdout if format == Format::Table && std::io::stderr().is_terminal() => {
            eprintln!("({} row(s))", summary.rows)
        }
        Destination::Stdout => {}
    }
}

/// The SQL argument as given, or standard input when it is `-` (for statements too long to quote).
pub fn read_sql(sql: &str) -> anyhow::Result<String> {
    if sql != "-" {
        return Ok(sql.to_owned());
    }
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
        .context("cannot read the SQL from standard input")?;
    Ok(text)
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let sql = read_sql(&args.sql)?;
    args.run.run(db, &sql, &args.run.params.parse())?;
    Ok(Outcome::Success)
}
