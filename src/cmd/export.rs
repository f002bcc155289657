//! `morgue export`: a table, a canned query or a SQL query to a file (CSV, XLSX or any other format),
//! or every table into a folder with `--all`. Always the full result, streamed.

use std::path::{Path, PathBuf};

use clap::Parser;

use super::Outcome;
use super::query::QueriesArg;
use super::sql::{
    OutputArgs, ParamArgs, read_sql, report, run_to_output_as, spreadsheet_hint, timeout,
};
use crate::export::{self, Destination, Format};
use crate::query::{Guarded, Params, QueryError};

#[derive(Debug, Parser)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["table", "query", "sql", "all"])))]
pub struct Args {
    /// A table (or view) of the archive, e.g. articles, quotes, captions.
    pub table: Option<String>,
    /// A canned query (see `morgue query --list`), with -p for its parameters.
    #[arg(long, value_name = "NAME")]
    pub query: Option<String>,
    /// A SQL query (read-only; `-` reads it from standard input).
    #[arg(long, value_name = "SQL")]
    pub sql: Option<String>,
    /// Write every table into this folder, one file per table (CSV unless --format says otherwise).
    #[arg(long, value_name = "DIR", conflicts_with_all = ["output"])]
    pub all: Option<PathBuf>,
    #[command(flatten)]
    pub queries: QueriesArg,
    #[command(flatten)]
    pub params: ParamArgs,
    /// Stop after this many seconds of query work; exports have no limit unless given one.
    #[arg(long, value_name = "SECONDS", default_value_t = 0.0)]
    pub timeout: f64,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let guarded = Guarded::open(db, timeout(args.timeout)?)?;
    if let Some(dir) = &args.all {
        return export_all(&guarded, dir, &args.output);
    }
    let (sql, params) = if let Some(table) = &args.table {
        (table_sql(&guarded, table)?, Params::default())
    } else if let Some(name) = &args.query {
        let catalog = args.queries.catalog()?;
        let query = catalog.get(name)?;
        (query.sql.clone(), query.bind_params(&args.params.parse())?)
    } else if let Some(sql) = &args.sql {
        (read_sql(sql)?, args.params.parse())
    } else {
        anyhow::bail!(
            "say what to export: a table name, --query NAME, --sql \"SELECT …\" or --all DIR"
        );
    };
    let destination = args.output.destination();
    // Exports are for files and programs: without a file name or --format, CSV rather than a table.
    let format = match (&args.output.format, &destination) {
        (None, Destination::Stdout) => Format::Csv,
        (explicit, destination) => export::resolve_format(*explicit, destination)?,
    };
    run_to_output_as(&guarded, &sql, &params, &args.output, format)?;
    Ok(Outcome::Success)
}

/// The tables a user can export: the archive's own, without SQLite's internals and full-text indexes
/// (their text is in `articles` and `quotes` already).
pub fn user_tables(guarded: &Guarded) -> Result<Vec<String>, QueryError> {
    let mut stmt = guarded
        .connection()
        .prepare(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
             AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY type, name",
        )
        .map_err(QueryError::from_sqlite)?;
    let names: Vec<String> = stmt
        .query_map([], |row| row.get(0))
        .and_then(|rows| rows.collect())
        .map_err(QueryError::from_sqlite)?;
    Ok(names
        .into_iter()
        .filter(|name| !crate::store::is_fts_shadow(name))
        .collect())
}

/// `SELECT *` from a table named on the command line, after checking the name against the schema so
/// that nothing but a real table name reaches the SQL text.
fn table_sql(guarded: &Guarded, table: &str) -> anyhow::Result<String> {
    let tables = user_tables(guarded)?;
    let Some(name) = tables.iter().find(|t| t.eq_ignore_ascii_case(table)) else {
        anyhow::bail!(
            "no table named {table} in the archive; tables: {}",
            tables.join(", ")
        );
    };
    Ok(select_all(name))
}

/// The statement for a whole table, its name quoted as an identifier.
fn select_all(table: &str) -> String {
    format!("SELECT * FROM \"{}\"", table.replace('"', "\"\""))
}

fn export_all(guarded: &Guarded, dir: &Path, output: &OutputArgs) -> anyhow::Result<Outcome> {
    let format = output.format.unwrap_or(Format::Csv);
    let tables = user_tables(guarded)?;
    let paths: Vec<PathBuf> = tables
        .iter()
        .map(|table| dir.join(format!("{table}.{}", format.extension())))
        .collect();
    // Every target is checked before the first is written, so a refusal leaves no half-export.
    let existing: Vec<String> = paths
        .iter()
        .filter(|path| path.exists())
        .map(|path| path.display().to_string())
        .collect();
    if !output.force && !existing.is_empty() {
        anyhow::bail!(
            "{} of the {} files export --all writes already exist ({}): nothing was written; pass --force to \
             replace them, or give an empty folder",
            existing.len(),
            paths.len(),
            existing.join(", ")
        );
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| anyhow::anyhow!("cannot create the folder {}: {e}", dir.display()))?;
    for (table, path) in tables.iter().zip(paths) {
        let destination = Destination::File {
            path,
            force: output.force,
        };
        let (sink, created) = export::open(format, &destination, &output.options())?;
        let summary = guarded.run(&select_all(table), &Params::default(), sink)?;
        created.keep();
        report(&summary, &destination, format);
    }
    spreadsheet_hint(format, true, output);
    Ok(Outcome::Success)
}
