//! The import pipeline: collect the files → read, identify and extract them on every core → store
//! them through one writer, in input order (so ids and dumps never depend on thread timing).
//!
//! ```text
//! collect (walk, loops, missing paths) ─> workers: read + sha256 + decode + extract ─> writer
//!                                          (bounded window of files in flight)        (savepoint per
//!                                                                                      file, batched
//!                                                                                      commits)
//! ```
//! A file that fails is reported and the others go on; a storage fault (disk full, read-only archive)
//! stops the import at once, keeping every file committed before it. What happens to each file is told
//! to an [`Observer`] in input order, once its fate is final (after the commit that stored it).

mod collect;
mod pipeline;
mod prepare;
pub mod reextract;
mod writer;

use std::path::PathBuf;

use serde::Serialize;

use crate::extract::{Extraction, Hints, Profiles};
use crate::store::{ImportCounts, Store};

pub use collect::{Input, path_text};
pub use prepare::human_size;

/// What an import needs besides the paths and the archive.
pub struct Options {
    pub hints: Hints,
    pub profiles: Profiles,
    /// Files larger than this are refused without being read.
    pub max_file_size: u64,
    /// Worker threads for reading and extraction.
    pub jobs: usize,
    /// RFC 3339 time recorded on every source.
    pub imported_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileStatus {
    Imported,
    /// Extracted in a dry run: nothing was stored.
    Extracted,
    Skipped,
    Failed,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub path: String,
    pub status: FileStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    #[serde(flatten)]
    pub counts: ImportCounts,
}

/// The reason of a file skipped under the path it was imported with; one imported under another path
/// says which.
pub const ALREADY_IMPORTED: &str = "already imported";

impl FileReport {
    fn failed(path: String, reason: String) -> FileReport {
        FileReport {
            path,
            status: FileStatus::Failed,
            reason: Some(reason),
            warnings: Vec::new(),
            counts: ImportCounts::default(),
        }
    }

    fn skipped(path: String, reason: String) -> FileReport {
        FileReport {
            status: FileStatus::Skipped,
            ..FileReport::failed(path, reason)
        }
    }

    fn already_imported(path: String, earlier_path: &str) -> FileReport {
        let reason = if earlier_path == path {
            ALREADY_IMPORTED.to_owned()
        } else {
            format!("{ALREADY_IMPORTED} (same bytes as {earlier_path})")
        };
        FileReport::skipped(path, reason)
    }
}

/// Told what happens, in input order.
pub trait Observer {
    /// The number of files found, before any is read.
    fn collected(&mut self, _files: usize) {}
    /// A file's extraction, as it reaches the writer (for `--explain`).
    fn extracted(&mut self, _path: &str, _extraction: &Extraction) {}
    /// A file's final fate.
    fn finished(&mut self, report: &FileReport);
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct Summary {
    pub imported: usize,
    pub skipped: usize,
    pub failed: usize,
    #[serde(flatten)]
    pub counts: ImportCounts,
    /// Set when a storage fault stopped the import.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stopped: Option<Stopped>,
}

/// Why the import stopped before the end, and how much it left undone.
#[derive(Debug, Clone, Serialize)]
pub struct Stopped {
    /// The archive's error, as SQLite gives it ("database or disk is full").
    pub error: String,
    /// Files neither stored nor reported failed: the rest of the input, and the files written since
    /// the last commit, which the fault rolled back.
    pub not_imported: usize,
}

impl Summary {
    fn add(&mut self, report: &FileReport) {
        match report.status {
            FileStatus::Imported | FileStatus::Extracted => self.imported += 1,
            FileStatus::Skipped => self.skipped += 1,
            FileStatus::Failed => self.failed += 1,
        }
        self.counts += report.counts;
    }
}

/// Imports `paths` into `store` (None: a dry run that extracts and stores nothing).
pub fn run(
    paths: &[PathBuf],
    store: Option<&mut Store>,
    options: &Options,
    observer: &mut dyn Observer,
) -> Result<Summary, crate::store::StoreError> {
    let (inputs, problems) = collect::collect(paths);
    observer.collected(inputs.len() + problems.len());
    let mut summary = Summary::default();
    for problem in problems {
        let report = if problem.skipped {
            FileReport::skipped(problem.path, problem.reason)
        } else {
            FileReport::failed(problem.path, problem.reason)
        };
        summary.add(&report);
        observer.finished(&report);
    }
    let known = match &store {
        Some(store) => store.known_sha256s()?,
        None => Default::default(),
    };
    let context = prepare::Context {
        hints: &options.hints,
        profiles: &options.profiles,
        max_file_size: options.max_file_size,
        known: &known,
        grouping: store.as_ref().is_some_and(|store| store.groups_on_import()),
    };
    let mut writer =
        writer::Writer::new(store, &options.imported_at, summary, observer, inputs.len())?;
    pipeline::run(&inputs, &context, options.jobs, &mut writer);
    Ok(writer.finish())
}
