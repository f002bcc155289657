//! `morgue corrections`: every correction an editor made, what it names, whether it still applies,
//! and what it replaced; in any output format.

use std::path::Path;

use clap::Parser;

use super::Outcome;
use super::sql::RunArgs;
use crate::query::Params;
use crate::store::CORRECTIONS_SQL;

#[derive(Debug, Parser)]
pub struct Args {
    #[command(flatten)]
    pub run: RunArgs,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    args.run.run(db, CORRECTIONS_SQL, &Params::default())?;
    Ok(Outcome::Success)
}
