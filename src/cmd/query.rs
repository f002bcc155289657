//! `morgue query`: list, describe and run canned queries (built-in ones and a user's folder).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Parser;

use super::Outcome;
use super::sql::RunArgs;
use crate::query::canned::{CannedQuery, Catalog, Origin, ParamSpec};

#[derive(Debug, Parser)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["name", "list"])))]
pub struct Args {
    /// The canned query to run or describe.
    pub name: Option<String>,
    /// List the canned queries with one line each.
    #[arg(long, conflicts_with = "describe")]
    pub list: bool,
    /// Show the query's parameters and SQL instead of running it.
    #[arg(long, requires = "name")]
    pub describe: bool,
    #[command(flatten)]
    pub queries: QueriesArg,
    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Debug, Clone, Parser)]
pub struct QueriesArg {
    /// A folder of your own .sql queries; they add to the built-in ones and replace any of the same
    /// name. Default: $MORGUE_QUERIES, else ~/.config/morgue/queries/.
    #[arg(long = "queries", value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

impl QueriesArg {
    pub fn catalog(&self) -> anyhow::Result<Catalog> {
        Ok(match &self.dir {
            Some(dir) => Catalog::load(Some(dir), true)?,
            None => Catalog::load_default()?,
        })
    }
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let catalog = args.queries.catalog()?;
    if args.list {
        list(&catalog)?;
        return Ok(Outcome::Success);
    }
    let Some(name) = args.name.as_deref() else {
        anyhow::bail!("name a canned query, or pass --list")
    };
    let query = catalog.get(name)?;
    if args.describe {
        describe(query)?;
        return Ok(Outcome::Success);
    }
    let params = query.bind_params(&args.run.params.parse())?;
    args.run.run(db, &query.sql, &params)?;
    Ok(Outcome::Success)
}

fn list(catalog: &Catalog) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    let width = catalog.iter().map(|q| q.name.len()).max().unwrap_or(0);
    for query in catalog.iter() {
        let params: Vec<String> = query.params.iter().map(ParamSpec::usage).collect();
        let origin = match query.origin {
            Origin::BuiltIn => String::new(),
            ref file => format!("  ({file})"),
        };
        writeln!(out, "{:width$}  {}{origin}", query.name, query.description)?;
        if !params.is_empty() {
            writeln!(out, "{:width$}    {}", "", params.join(" "))?;
        }
    }
    out.flush()
}

fn describe(query: &CannedQuery) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}: {}", query.name, query.description)?;
    writeln!(out, "source: {}", query.origin)?;
    if query.params.is_empty() {
        writeln!(out, "parameters: none")?;
    } else {
        writeln!(out, "parameters:")?;
        let width = query.params.iter().map(|p| p.name.len()).max().unwrap_or(0);
        for p in &query.params {
            let default = match p.default.as_deref() {
                None => " (required)".to_owned(),
                Some("") => String::new(),
                Some(value) => format!(" (default: {value})"),
            };
            writeln!(out, "  {:width$}  {}{default}", p.name, p.meaning)?;
        }
    }
    let example = query
        .example
        .as_deref()
        .map(|e| format!(" {e}"))
        .unwrap_or_default();
    writeln!(out, "run: morgue query {}{example}", query.name)?;
    writeln!(out, "\n{}", query.sql)?;
    out.flush()
}
