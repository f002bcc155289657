//! `morgue original SOURCE_ID [-o FILE]`: a source's original bytes, byte for byte, as the archive
//! keeps them.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Parser;

use super::Outcome;
use crate::store;

#[derive(Debug, Parser)]
pub struct Args {
    /// The source's id (`sources.id`; `morgue sql "SELECT id, path FROM sources"` lists them).
    pub source_id: i64,
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let store = store::Store::open(db)?;
    let original = store.original(args.source_id)?;
    match &args.output {
        Some(path) => {
            let mut file = crate::export::create_file(path, args.force)?;
            file.write_all(&original.bytes)?;
            file.sync_all()?;
            eprintln!(
                "wrote the original of source {} ({}) to {}: {} bytes",
                original.source_id,
                original.path,
                path.display(),
                original.bytes.len()
            );
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&original.bytes)?;
            out.flush()?;
        }
    }
    Ok(Outcome::Success)
}
