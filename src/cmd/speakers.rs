//! `morgue speakers [NAME]`: the speakers in the archive, every spelling filed under each, and with
//! `--explain` why each spelling was filed there and which other speakers it could have meant.

use std::io::Write;
use std::path::Path;

use clap::Parser;

use super::Outcome;
use crate::extract::quotes::names::explain_same_speaker;
use crate::store::{Store, StoredSpeaker};

#[derive(Debug, Parser)]
pub struct Args {
    /// Only speakers with a spelling containing this (any case).
    pub name: Option<String>,
    /// Say why each spelling was filed under its speaker, and which others it also fits.
    #[arg(long)]
    pub explain: bool,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open(db)?;
    let speakers = store.speakers(args.name.as_deref())?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &speakers)?;
        writeln!(out)?;
        return Ok(Outcome::Success);
    }
    if speakers.is_empty() {
        match &args.name {
            Some(name) => eprintln!("no speaker has a spelling containing \"{name}\""),
            None => eprintln!("the archive has no speakers yet: import some articles first"),
        }
        return Ok(Outcome::Success);
    }
    let everyone = if args.explain {
        store.speakers(None)?
    } else {
        Vec::new()
    };
    for s in &speakers {
        writeln!(
            out,
            "{} ({}, #{}): {} quotes",
            s.name, s.kind, s.id, s.quotes
        )?;
        for alias in s.aliases.iter().filter(|a| *a != &s.name) {
            if !args.explain {
                writeln!(out, "  also {alias}")?;
                continue;
            }
            let why = explain_same_speaker(&s.name, alias).unwrap_or_else(|| {
                // Filed under a spelling other than the canonical one: say through which.
                s.aliases
                    .iter()
                    .find_map(|other| {
                        explain_same_speaker(other, alias).map(|w| format!("as {other}: {w}"))
                    })
                    .unwrap_or_else(|| "filed by hand or by an earlier morgue".to_owned())
            });
            writeln!(out, "  also {alias}: {why}")?;
        }
        if args.explain {
            explain_rivals(&mut out, s, &everyone)?;
        }
    }
    Ok(Outcome::Success)
}

/// Other person speakers one of this speaker's spellings also fits: a lone surname shared by two
/// people is filed under neither, which is why they stay apart.
fn explain_rivals(
    out: &mut impl Write,
    speaker: &StoredSpeaker,
    everyone: &[StoredSpeaker],
) -> std::io::Result<()> {
    if speaker.kind != "person" {
        writeln!(out, "  (bodies are merged by exact name only)")?;
        return Ok(());
    }
    let rivals: Vec<&StoredSpeaker> = everyone
        .iter()
        .filter(|o| o.id != speaker.id && o.kind == "person")
        .filter(|o| {
            speaker.aliases.iter().any(|a| {
                o.aliases
                    .iter()
                    .any(|b| explain_same_speaker(a, b).is_some())
            })
        })
        .collect();
    if rivals.is_empty() {
        writeln!(out, "  no other speaker fits any of these spellings")?;
    }
    for r in rivals {
        writeln!(
            out,
            "  kept apart from {} (#{}): a spelling fits both, so it was not merged",
            r.name, r.id
        )?;
    }
    Ok(())
}
