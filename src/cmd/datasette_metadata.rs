//! `morgue datasette-metadata`: the Datasette metadata JSON that `morgue serve` uses, for serving the
//! archive with Datasette by hand (`datasette morgue.db -m metadata.json`).

use std::io::Write;
use std::path::Path;

use clap::Parser;

use super::Outcome;
use super::query::QueriesArg;
use crate::datasette;

#[derive(Debug, Parser)]
pub struct Args {
    /// The database's name in Datasette; by default the archive's file name without extension, which
    /// is what Datasette uses.
    #[arg(long, value_name = "NAME")]
    pub database: Option<String>,
    #[command(flatten)]
    pub queries: QueriesArg,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let catalog = args.queries.catalog()?;
    let database = args
        .database
        .unwrap_or_else(|| datasette::database_name(db));
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &datasette::metadata(&catalog, &database))
        .map_err(std::io::Error::from)?;
    writeln!(out)?;
    out.flush()?;
    Ok(Outcome::Success)
}
