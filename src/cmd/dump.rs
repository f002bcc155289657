//! `morgue dump`: the archive as a reproducible SQL script.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::Parser;

use super::Outcome;
use crate::store::{self, Store};

#[derive(Debug, Parser)]
pub struct Args {
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open(db)?;
    // Times later than $SOURCE_DATE_EPOCH are written as it, so that a rebuilt sample dumps the same.
    let clamp = super::source_date_epoch()?;
    let target: Box<dyn Write> = match &args.output {
        // A dump never overwrites a file by surprise, like every other output.
        Some(path) => Box::new(crate::export::create_file(path, args.force)?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(target);
    store::dump(&store, &mut out, clamp)?;
    out.flush()?;
    Ok(Outcome::Success)
}
