//! `morgue migrate`: apply pending migrations and list them all.

use std::io::Write;
use std::path::Path;

use clap::Parser;

use super::Outcome;
use crate::store::Store;

#[derive(Debug, Parser)]
pub struct Args {}

pub fn run(db: &Path, _args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open(db)?;
    let mut out = std::io::stdout().lock();
    for migration in store.migrations()? {
        let state = migration
            .applied_on
            .as_deref()
            .map_or("pending".to_owned(), |on| format!("applied {on}"));
        writeln!(out, "V{}__{}\t{state}", migration.version, migration.name)?;
    }
    Ok(Outcome::Success)
}
