//! `morgue check`: the archive's integrity, foreign keys and full-text indexes, as a report; exit 1
//! when anything is wrong.

use std::io::Write;
use std::path::Path;

use clap::Parser;

use super::Outcome;
use crate::store;

#[derive(Debug, Parser)]
pub struct Args {}

pub fn run(db: &Path, _args: Args) -> anyhow::Result<Outcome> {
    let checks = store::check(db)?;
    let mut out = std::io::stdout().lock();
    let mut problems = 0;
    for check in &checks {
        if check.problems.is_empty() {
            writeln!(out, "{}: ok", check.name)?;
        }
        for problem in &check.problems {
            writeln!(out, "{}: {problem}", check.name)?;
        }
        problems += check.problems.len();
    }
    out.flush()?;
    if problems > 0 {
        anyhow::bail!(
            "{} has {problems} problem(s), listed above: restore it from a backup (`morgue backup` makes one), \
             or rebuild it with `morgue dump` and `morgue restore` if the dump succeeds",
            db.display()
        );
    }
    eprintln!("{}: no problems found", db.display());
    Ok(Outcome::Success)
}
