//! `morgue status`: what the archive holds and what needs attention: sources without their original,
//! sources an older extractor made, corrections whose target is gone.

use std::io::Write;
use std::path::Path;

use clap::Parser;
use serde::Serialize;

use super::Outcome;
use crate::extract::EXTRACTOR_VERSION;
use crate::store::{OriginalsState, Store};

#[derive(Debug, Parser)]
pub struct Args {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Status {
    extractor_version: &'static str,
    #[serde(flatten)]
    originals: OriginalsState,
    corrections: i64,
    corrections_gone: i64,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open(db)?;
    let (corrections, corrections_gone) = store.corrections_state()?;
    let status = Status {
        extractor_version: EXTRACTOR_VERSION,
        originals: store.originals_state()?,
        corrections,
        corrections_gone,
    };
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &status)?;
        writeln!(out)?;
        return Ok(Outcome::Success);
    }
    let o = status.originals;
    writeln!(
        out,
        "sources:     {} ({} with their original, {} imported before originals were kept)",
        o.sources,
        o.with_original,
        o.sources - o.with_original
    )?;
    writeln!(
        out,
        "outdated:    {} (extracted by another extractor than {EXTRACTOR_VERSION}){}",
        o.outdated,
        if o.outdated > 0 {
            ": `morgue reextract --outdated`"
        } else {
            ""
        }
    )?;
    writeln!(
        out,
        "corrections: {corrections} ({corrections_gone} whose target is gone{})",
        if corrections_gone > 0 {
            ": `morgue corrections` lists them"
        } else {
            ""
        }
    )?;
    Ok(Outcome::Success)
}

/// After an import: a line on standard error when some sources were made by an older extractor.
pub fn hint_outdated(store: &Store) -> anyhow::Result<()> {
    let outdated = store.originals_state()?.outdated;
    if outdated > 0 {
        eprintln!(
            "{outdated} sources of the archive were extracted by an older morgue: \
             `morgue reextract --outdated` extracts them again from their originals"
        );
    }
    Ok(())
}
