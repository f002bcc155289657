//! `morgue dump`: the archive as a reproducible SQL script.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Parser;

use super::Outcome;
use crate::store::{self, Store};

#[derive(Debug, Parser)]
pub struct Args {
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open(db)?;
    let clamp = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(epoch) => {
            let seconds: i64 = epoch
                .trim()
                .parse()
                .with_context(|| format!("SOURCE_DATE_EPOCH `{epoch}` is not a number"))?;
            Some(time::OffsetDateTime::from_unix_timestamp(seconds)?)
        }
        Err(_) => None,
    };
    match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            let mut out = BufWriter::new(file);
            store::dump(&store, &mut out, clamp)?;
            out.flush()?;
        }
        None => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            store::dump(&store, &mut out, clamp)?;
            out.flush()?;
        }
    }
    Ok(Outcome::Success)
}
