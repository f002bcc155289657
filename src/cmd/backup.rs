//! `morgue backup FILE`: a consistent copy of the archive, taken while it may be in use.

use std::path::{Path, PathBuf};

use clap::Parser;

use super::Outcome;
use crate::store;

#[derive(Debug, Parser)]
pub struct Args {
    /// The copy to write; an existing file is replaced only with --force.
    #[arg(value_name = "FILE")]
    pub target: PathBuf,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let report = store::backup(db, &args.target, args.force)?;
    eprintln!(
        "backed up {} to {}: {} articles, {} KB, checked",
        db.display(),
        report.path.display(),
        report.articles,
        report.bytes.div_ceil(1024)
    );
    Ok(Outcome::Success)
}
