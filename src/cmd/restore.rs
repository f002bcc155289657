//! `morgue restore FILE`: a new archive from a script written by `morgue dump` (e.g. sample.db.sql).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Parser;

use super::Outcome;
use crate::store;

#[derive(Debug, Parser)]
pub struct Args {
    /// The SQL script, or - for standard input.
    pub script: PathBuf,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let script = if args.script.as_os_str() == "-" {
        std::io::read_to_string(std::io::stdin())
            .context("cannot read the script from standard input")?
    } else {
        std::fs::read_to_string(&args.script)
            .with_context(|| format!("cannot read {}", args.script.display()))?
    };
    let store = store::restore(db, &script)
        .with_context(|| format!("cannot restore {}", args.script.display()))?;
    let articles: i64 =
        store
            .connection()
            .query_row("SELECT COUNT(*) FROM articles", [], |row| row.get(0))?;
    writeln!(
        std::io::stderr(),
        "restored {} articles into {}",
        articles,
        db.display()
    )?;
    Ok(Outcome::Success)
}
