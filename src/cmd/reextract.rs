//! `morgue reextract [SOURCE_ID...] [--all] [--outdated]`: the current extractor over the originals
//! the archive keeps, one transaction per source, telling what changed. The work is in
//! [`crate::import::reextract`].

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Parser;
use serde::Serialize;

use super::Outcome;
use crate::import::reextract::reextract;
use crate::store::{Changes, Store};

#[derive(Debug, Parser)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["source_ids", "all", "outdated"])))]
pub struct Args {
    /// The sources to extract again (`sources.id`).
    #[arg(value_name = "SOURCE_ID")]
    pub source_ids: Vec<i64>,
    /// Every source whose original the archive keeps.
    #[arg(long)]
    pub all: bool,
    /// The sources an extractor other than this morgue's made (`morgue status` counts them).
    #[arg(long)]
    pub outdated: bool,
    /// Outlet profiles that add to or override the bundled ones (as for `morgue import`).
    #[arg(long, value_name = "FILE")]
    pub profiles: Option<PathBuf>,
    /// Print every source's changes as JSON on standard output.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Default, Serialize)]
struct Report {
    reextracted: usize,
    changed: usize,
    failed: Vec<String>,
    corrections_applied: usize,
    corrections_gone: usize,
    sources: Vec<Changes>,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let profiles = super::import::load_profiles(args.profiles.as_deref())?;
    let at = super::import::import_time()?;
    let mut store = Store::open(db)?;
    let ids = if args.source_ids.is_empty() {
        store.sources_with_originals(args.outdated && !args.all)?
    } else {
        args.source_ids.clone()
    };
    let mut report = Report::default();
    let mut out = std::io::stdout().lock();
    let mut reported = std::collections::HashSet::new();
    for id in ids {
        match reextract(&mut store, id, &profiles, &at) {
            Ok(changes) => {
                report.reextracted += 1;
                report.changed += usize::from(!changes.is_unchanged());
                report.corrections_applied += changes.corrections_applied;
                // A speaker correction is checked after every source: report it once.
                let new: Vec<_> = changes
                    .corrections_gone
                    .iter()
                    .filter(|g| reported.insert(g.id))
                    .collect();
                report.corrections_gone += new.len();
                for gone in new {
                    eprintln!(
                        "warning: correction {} ({} {}, {}) no longer applies: {}; \
                         `morgue correct --undo {}` removes it",
                        gone.id, gone.target, gone.field, gone.key, gone.why, gone.id
                    );
                }
                if !args.json {
                    writeln!(out, "{}", describe(&changes))?;
                }
                report.sources.push(changes);
            }
            Err(err) => {
                eprintln!("failed: {err}");
                report.failed.push(err.to_string());
            }
        }
    }
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    }
    eprintln!(
        "{} sources re-extracted ({} changed), {} failed; {} corrections applied again, {} whose \
         target is gone",
        report.reextracted,
        report.changed,
        report.failed.len(),
        report.corrections_applied,
        report.corrections_gone
    );
    let state = store.originals_state()?;
    if state.sources > state.with_original && args.all {
        eprintln!(
            "{} sources were imported before morgue kept originals and were left as they were",
            state.sources - state.with_original
        );
    }
    Ok(if report.failed.is_empty() {
        Outcome::Success
    } else {
        Outcome::PartialFailure
    })
}

/// One line per source: "source 3 (path): articles +1 -0 ~2; quotes +3 -1; speakers +A, -B".
fn describe(changes: &Changes) -> String {
    let head = format!("source {} ({})", changes.source_id, changes.path);
    if changes.is_unchanged() {
        return format!("{head}: unchanged");
    }
    let mut parts = vec![format!(
        "articles +{} -{} ~{}",
        changes.articles_added.len(),
        changes.articles_removed.len(),
        changes.articles_changed.len()
    )];
    parts.push(format!(
        "quotes +{} -{}",
        changes.quotes_added, changes.quotes_removed
    ));
    let speakers: Vec<String> = (changes.speakers_added.iter().map(|n| format!("+{n}")))
        .chain(changes.speakers_removed.iter().map(|n| format!("-{n}")))
        .collect();
    if !speakers.is_empty() {
        parts.push(format!("speakers {}", speakers.join(", ")));
    }
    for (id, title) in &changes.articles_removed {
        parts.push(format!("article {id} removed ({title})"));
    }
    format!("{head}: {}", parts.join("; "))
}
