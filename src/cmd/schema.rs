//! `morgue schema`: the archive's CREATE statements.

use std::io::Write;
use std::path::Path;

use clap::Parser;

use super::Outcome;
use crate::store::Store;

#[derive(Debug, Parser)]
pub struct Args {}

pub fn run(db: &Path, _args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open(db)?;
    write!(std::io::stdout().lock(), "{}", store.schema()?)?;
    Ok(Outcome::Success)
}
