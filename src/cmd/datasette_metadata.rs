//! `morgue datasette-metadata`: Datasette metadata JSON that serves the canned queries as Datasette
//! canned queries (`datasette morgue.db -m metadata.json`).

use std::io::Write;
use std::path::Path;

use clap::Parser;
use serde_json::{Map, Value, json};

use super::Outcome;
use super::query::QueriesArg;
use crate::query::canned::{CannedQuery, Catalog};

#[derive(Debug, Parser)]
pub struct Args {
    /// The database's name in Datasette; by default the archive's file name without extension, which
    /// is what Datasette uses.
    #[arg(long, value_name = "NAME")]
    pub database: Option<String>,
    #[command(flatten)]
    pub queries: QueriesArg,
}

/// The SQL without the header comment and final semicolon: Datasette shows the description itself,
/// and its SQL editor reads better without the duplicate.
fn body(query: &CannedQuery) -> String {
    let mut text = query
        .sql
        .lines()
        .skip_while(|l| l.trim_start().starts_with("--") || l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    while text.ends_with(';') || text.ends_with(char::is_whitespace) {
        text.pop();
    }
    text
}

pub fn metadata(catalog: &Catalog, database: &str) -> Value {
    let mut queries = Map::new();
    for query in catalog.iter() {
        let mut description = query.description.clone();
        for p in &query.params {
            description.push_str(&format!("\n:{}: {}", p.name, p.meaning));
        }
        queries.insert(
            query.name.clone(),
            json!({
                "title": query.name,
                "description": description,
                "sql": body(query),
                "params": query.params.iter().map(|p| p.name.clone()).collect::<Vec<_>>(),
            }),
        );
    }
    json!({
        "title": "morgue clippings archive",
        "description": "A newsroom's clippings archive: articles, quotes with speakers, captions. Made with morgue.",
        "databases": { database: { "queries": queries } },
    })
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let catalog = args.queries.catalog()?;
    let database = match args.database {
        Some(name) => name,
        None => db
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("morgue")
            .to_owned(),
    };
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &metadata(&catalog, &database))
        .map_err(std::io::Error::from)?;
    writeln!(out)?;
    out.flush()?;
    Ok(Outcome::Success)
}
