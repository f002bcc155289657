//! The one writer of an import: stores prepared files in input order through the store's bulk writer,
//! holds each file's report until the commit that makes it true, and stops at the first storage fault.

use super::collect::Input;
use super::pipeline::Sink;
use super::prepare::Prepared;
use super::{FileReport, FileStatus, Observer, Stopped, Summary};
use crate::extract::Extraction;
use crate::store::{Bulk, ImportCounts, NewSource, Store, StoreError, WriteOutcome};

pub struct Writer<'a> {
    bulk: Option<Bulk<'a>>,
    imported_at: &'a str,
    summary: Summary,
    observer: &'a mut dyn Observer,
    /// Reports of files written since the last commit, in input order.
    pending: Vec<FileReport>,
    /// Files taken so far, to tell how many a stop left undone.
    taken: usize,
    total: usize,
}

impl<'a> Writer<'a> {
    pub fn new(
        store: Option<&'a mut Store>,
        imported_at: &'a str,
        summary: Summary,
        observer: &'a mut dyn Observer,
        total: usize,
    ) -> Result<Writer<'a>, StoreError> {
        let bulk = match store {
            Some(store) => Some(store.bulk()?),
            None => None,
        };
        Ok(Writer {
            bulk,
            imported_at,
            summary,
            observer,
            pending: Vec::new(),
            taken: 0,
            total,
        })
    }

    /// Commits what is pending and returns the summary.
    pub fn finish(mut self) -> Summary {
        if self.summary.stopped.is_none() {
            match self.bulk.take().map(Bulk::finish) {
                Some(Err(err)) => self.stop(&err, 0),
                _ => self.release_pending(),
            }
        }
        self.summary
    }

    fn store_file(&mut self, path: String, prepared: Prepared) -> Result<FileReport, StoreError> {
        let (sha256, bytes, format, extraction, original, signatures) = match prepared {
            Prepared::Failed(reason) => return Ok(FileReport::failed(path, reason)),
            Prepared::Known { sha256 } => {
                let earlier = match &self.bulk {
                    Some(bulk) => bulk.source_path_by_sha256(&sha256)?,
                    None => None,
                };
                let earlier = earlier.unwrap_or_else(|| path.clone());
                return Ok(FileReport::already_imported(path, &earlier));
            }
            Prepared::Extracted {
                sha256,
                bytes,
                format,
                extraction,
                original,
                signatures,
            } => (sha256, bytes, format, extraction, original, signatures),
        };
        self.observer.extracted(&path, &extraction);
        if extraction.articles.is_empty() {
            let reason = extraction.refused.clone().unwrap_or_else(|| {
                "no article found in it: is it the text of a news page?".to_owned()
            });
            return Ok(FileReport::failed(path, reason));
        }
        let Some(bulk) = self.bulk.as_mut() else {
            return Ok(FileReport {
                path,
                status: FileStatus::Extracted,
                reason: None,
                counts: counts_of(&extraction),
                warnings: extraction.warnings,
            });
        };
        let source = NewSource {
            path: &path,
            sha256: &sha256,
            bytes,
            format: &format,
            imported_at: self.imported_at,
        };
        match bulk.write_keeping(&source, &extraction.articles, Some(&original), signatures) {
            Ok(WriteOutcome::Imported(counts)) => Ok(FileReport {
                path,
                status: FileStatus::Imported,
                reason: None,
                warnings: extraction.warnings,
                counts,
            }),
            Ok(WriteOutcome::OriginalKept { earlier_path }) => Ok(FileReport::skipped(
                path,
                format!(
                    "already imported (as {earlier_path}) before morgue kept originals: its bytes \
                     are kept now; `morgue reextract --outdated` extracts it again"
                ),
            )),
            Ok(WriteOutcome::AlreadyImported { earlier_path }) => {
                Ok(FileReport::already_imported(path, &earlier_path))
            }
            Err(err) if err.is_storage_fault() => Err(err),
            Err(err) => Ok(FileReport::failed(path, format!("cannot store it: {err}"))),
        }
    }

    fn release_pending(&mut self) {
        for report in std::mem::take(&mut self.pending) {
            self.summary.add(&report);
            self.observer.finished(&report);
        }
    }

    /// A storage fault: what was pending is rolled back; failures already decided still count.
    /// `current` is 1 when the file in hand was neither stored nor reported.
    fn stop(&mut self, err: &StoreError, current: usize) {
        let mut lost = self.total - self.taken + current;
        for report in std::mem::take(&mut self.pending) {
            if report.status == FileStatus::Failed {
                self.summary.add(&report);
                self.observer.finished(&report);
            } else {
                lost += 1;
            }
        }
        // Dropping the bulk writer rolls back the open transaction and restores the pragmas.
        drop(self.bulk.take());
        self.summary.stopped = Some(Stopped {
            error: err.to_string(),
            not_imported: lost,
        });
    }
}

impl Sink for Writer<'_> {
    fn accept(&mut self, input: &Input, prepared: Prepared) -> bool {
        self.taken += 1;
        let report = match self.store_file(input.display_name(), prepared) {
            Ok(report) => report,
            Err(err) => {
                self.stop(&err, 1);
                return false;
            }
        };
        self.pending.push(report);
        let commit = match self.bulk.as_mut() {
            None => Ok(true),
            Some(bulk) if bulk.is_idle() => Ok(true),
            Some(bulk) if bulk.commit_due() => bulk.commit().map(|()| true),
            Some(_) => Ok(false),
        };
        match commit {
            Ok(true) => self.release_pending(),
            Ok(false) => {}
            Err(err) => {
                self.stop(&err, 0);
                return false;
            }
        }
        true
    }
}

fn counts_of(extraction: &Extraction) -> ImportCounts {
    let mut counts = ImportCounts::default();
    for article in &extraction.articles {
        counts += ImportCounts {
            articles: 1,
            paragraphs: article.paragraphs.len(),
            captions: article.captions.len(),
            quotes: article.quotes.len(),
        };
    }
    counts
}
