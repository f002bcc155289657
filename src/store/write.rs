//! Writing extracted source files: each file's `sources` row and every article, paragraph, author,
//! caption, quote and speaker. Many files share one transaction, each inside its own savepoint, so a
//! file that fails leaves nothing half-written while a bulk import pays for a commit only every few
//! hundred files. Statements are prepared once and cached; speakers are resolved through an
//! in-memory index ([`super::speakers`]), never a scan of the archive. The files of a transaction
//! enter the full-text indexes together, just before it commits ([`super::fts`] says why).

use std::collections::HashSet;
use std::time::{Duration, Instant};

use rusqlite::{Connection, OptionalExtension, params};

use super::originals::{self, Original};
use super::{Result, Store, StoreError, fts, quote_outlets, search_terms, speakers::SpeakerIndex};
use crate::extract::entities::acronym_for;
use crate::extract::{Article, Speaker, SpeakerKind};
use crate::group::terms::Signature;

/// A source file about to be stored.
#[derive(Debug, Clone)]
pub struct NewSource<'a> {
    /// The path as the user named it (relative paths stay relative, so dumps do not hold machine paths).
    pub path: &'a str,
    pub sha256: &'a str,
    pub bytes: u64,
    /// What the bytes were: `text` for copied page text, with the encoding when it was not UTF-8.
    pub format: &'a str,
    /// RFC 3339 time of the import.
    pub imported_at: &'a str,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportCounts {
    pub articles: usize,
    pub paragraphs: usize,
    pub captions: usize,
    pub quotes: usize,
}

impl std::ops::AddAssign for ImportCounts {
    fn add_assign(&mut self, other: Self) {
        self.articles += other.articles;
        self.paragraphs += other.paragraphs;
        self.captions += other.captions;
        self.quotes += other.quotes;
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteOutcome {
    Imported(ImportCounts),
    /// The same bytes were imported before, from this path.
    AlreadyImported {
        earlier_path: String,
    },
    /// The same bytes were imported before morgue kept originals: their original is kept now.
    OriginalKept {
        earlier_path: String,
    },
}

/// Files per transaction at most, and the longest a transaction stays open: long enough to amortise
/// the commit, short enough that another importer waiting for the write lock gets it soon and a
/// crash loses little work (an uncommitted file is simply imported again by the next run).
pub(super) const FILES_PER_COMMIT: usize = 1000;
const COMMIT_EVERY: Duration = Duration::from_millis(500);

/// An import with more articles than this ends with FTS5 `optimize`, merging the index segments the
/// import left into one, which keeps `search` fast; below it the merge would cost more than it saves.
const OPTIMIZE_AFTER_ARTICLES: usize = 5_000;

/// Whether an import that wrote `written` articles into an archive now holding `total` should end
/// with `optimize`. The merge rewrites the whole index, so it is worth it only when the import is at
/// least half of the archive: then, over any sequence of imports, the rewrites cost no more than
/// twice what was imported (each one at least doubles the archive since the last), and a backfill
/// into an archive of 300,000 articles does not rewrite all of them for its 10,000 (`bench/scale`:
/// 17 s of a 52 s import). Without it FTS5's automerge keeps a few segments a level, which `search`
/// does not notice at that size (the same queries on the merged and the unmerged index: within 5%).
fn worth_optimizing(written: usize, total: usize) -> bool {
    written >= OPTIMIZE_AFTER_ARTICLES && written.saturating_mul(2) >= total
}

/// How long a writer waits for another importer's transaction: several of its commit intervals.
const WRITER_BUSY_TIMEOUT: Duration = Duration::from_secs(60);

impl Store {
    /// Whether a file with these bytes is already in the archive, and under which path.
    pub fn source_path_by_sha256(&self, sha256: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT path FROM sources WHERE sha256 = ?1")?
            .query_row([sha256], |row| row.get(0))
            .optional()?)
    }

    /// The SHA-256 of every imported file, to skip known bytes before spending any work on them;
    /// files imported before morgue kept originals are not among them, so that their bytes are kept.
    pub fn known_sha256s(&self) -> Result<HashSet<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT sha256 FROM sources WHERE id NOT IN
               (SELECT source_id FROM originals WHERE data IS NULL AND extractor_version IS NULL)",
        )?;
        let rows = stmt.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Stores one source file and its articles atomically. Bytes already imported are skipped.
    pub fn write_source(
        &mut self,
        source: &NewSource<'_>,
        articles: &[Article],
    ) -> Result<WriteOutcome> {
        let mut bulk = self.bulk()?;
        let outcome = bulk.write(source, articles)?;
        bulk.finish()?;
        Ok(outcome)
    }

    /// Removes a source file and everything extracted from it (articles with their paragraphs,
    /// captions, quotes and author links) from the archive and its full-text indexes, in one
    /// transaction. Speakers, aliases, authors and outlets stay, as other sources may name them.
    /// Returns whether there was such a source.
    pub fn delete_source(&mut self, source_id: i64) -> Result<bool> {
        // Its articles' and quotes' postings go with it, and their ids may be given again.
        self.forget_grouping();
        let tx = self.conn.transaction()?;
        search_terms::uncount_sources(&tx, &[source_id])?;
        fts::unindex_sources(&tx, &[source_id])?;
        let deleted = tx
            .prepare_cached("DELETE FROM sources WHERE id = ?1")?
            .execute([source_id])?;
        quote_outlets::refresh(&tx)?;
        tx.commit()?;
        Ok(deleted > 0)
    }

    /// Starts writing many files: pragmas for bulk work until [`Bulk::finish`] (or drop) restores them.
    pub fn bulk(&mut self) -> Result<Bulk<'_>> {
        let saved = Pragmas::read(&self.conn)?;
        let conn = &self.conn;
        if !saved.journal_mode.eq_ignore_ascii_case("wal") {
            // WAL lets readers (`sql`, `search`, `export`) run during the import and makes a commit
            // one append; an archive on a filesystem without shared memory stays as it was.
            let _ = conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()));
        }
        // NORMAL is safe against corruption and against a crashed process in WAL mode; only the last
        // commits before a power cut may be lost, and those files are imported again by a re-run.
        conn.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;")?;
        conn.busy_timeout(WRITER_BUSY_TIMEOUT)?;
        conn.set_prepared_statement_cache_capacity(32);
        Ok(Bulk {
            store: self,
            saved: Some(saved),
            in_transaction: false,
            files_in_transaction: 0,
            unindexed: Vec::new(),
            transaction_started: Instant::now(),
            articles_written: 0,
        })
    }
}

/// The connection settings a bulk write changes, as they were before it.
#[derive(Debug)]
struct Pragmas {
    journal_mode: String,
    synchronous: i64,
    cache_size: i64,
}

impl Pragmas {
    fn read(conn: &Connection) -> Result<Pragmas> {
        let number = |name: &str| conn.query_row(&format!("PRAGMA {name}"), [], |row| row.get(0));
        Ok(Pragmas {
            journal_mode: conn.query_row("PRAGMA journal_mode", [], |row| row.get(0))?,
            synchronous: number("synchronous")?,
            cache_size: number("cache_size")?,
        })
    }

    /// Best effort: leaving WAL needs the archive to itself, so while another process has it open
    /// the archive stays in WAL, which is as safe and which that process may still need.
    fn restore(&self, conn: &Connection) {
        let _ = conn.busy_timeout(Duration::ZERO);
        if !self.journal_mode.eq_ignore_ascii_case("wal") {
            let _ = conn.query_row(
                &format!("PRAGMA journal_mode = {}", self.journal_mode),
                [],
                |_| Ok(()),
            );
        }
        let _ = conn.execute_batch(&format!(
            "PRAGMA synchronous = {}; PRAGMA cache_size = {};",
            self.synchronous, self.cache_size
        ));
        let _ = conn.busy_timeout(super::READ_BUSY_TIMEOUT);
    }
}

/// A bulk write in progress; see [`Store::bulk`].
pub struct Bulk<'a> {
    store: &'a mut Store,
    saved: Option<Pragmas>,
    in_transaction: bool,
    files_in_transaction: usize,
    /// Sources written in the open transaction, not yet in the full-text indexes.
    unindexed: Vec<i64>,
    transaction_started: Instant,
    articles_written: usize,
}

impl Bulk<'_> {
    /// Writes one file inside its own savepoint of the current transaction (begun if need be). An
    /// error rolls back this file alone; the files written before it stay pending for [`Self::commit`].
    pub fn write(&mut self, source: &NewSource<'_>, articles: &[Article]) -> Result<WriteOutcome> {
        self.write_keeping(source, articles, None, Vec::new())
    }

    /// [`Self::write`], keeping the file's original bytes (when given) in the same savepoint.
    /// `signatures` are the articles' grouping signatures made beforehand (`group::terms::signature`
    /// of each article's title, dek and body, in article order), or none: grouping makes them then.
    pub fn write_keeping(
        &mut self,
        source: &NewSource<'_>,
        articles: &[Article],
        original: Option<&Original>,
        signatures: Vec<Signature>,
    ) -> Result<WriteOutcome> {
        self.begin()?;
        let conn = &self.store.conn;
        conn.prepare_cached("SAVEPOINT source")?.execute([])?;
        // Under the write lock, so a file another importer committed a moment ago is seen here.
        let written = match self.store.source_path_by_sha256(source.sha256) {
            Ok(Some(earlier_path)) => match original {
                Some(original) if originals::attach(conn, source, original)? => {
                    Ok((None, WriteOutcome::OriginalKept { earlier_path }))
                }
                _ => Ok((None, WriteOutcome::AlreadyImported { earlier_path })),
            },
            Ok(None) => write_articles(
                conn,
                self.store
                    .speakers
                    .get_or_insert_with(SpeakerIndex::default),
                source,
                articles,
            )
            .and_then(|written| originals::record(conn, source, original).map(|()| written))
            .map(|(source_id, ids, counts)| {
                (Some((source_id, ids)), WriteOutcome::Imported(counts))
            }),
            Err(err) => Err(err),
        };
        let conn = &self.store.conn;
        match written {
            Ok((written, outcome)) => {
                conn.prepare_cached("RELEASE source")?.execute([])?;
                let source_id = written.map(|(source_id, ids)| {
                    // Only once the file's savepoint is released: a rolled-back file's ids are
                    // given again to the next file's articles.
                    if self.store.grouping && ids.len() == signatures.len() {
                        self.store
                            .group_cache
                            .signed(ids.into_iter().zip(signatures));
                    }
                    source_id
                });
                if let WriteOutcome::Imported(counts) = outcome {
                    self.files_in_transaction += 1;
                    self.articles_written += counts.articles;
                }
                self.unindexed.extend(source_id);
                Ok(outcome)
            }
            Err(err) => {
                // The index may hold speakers the rollback removes: read it again on next use.
                self.store.speakers = None;
                if !conn.is_autocommit() {
                    conn.execute_batch("ROLLBACK TO source; RELEASE source")?;
                }
                Err(err)
            }
        }
    }

    /// Whether a file with these bytes is in the archive (or written in this import), and its path.
    pub fn source_path_by_sha256(&self, sha256: &str) -> Result<Option<String>> {
        self.store.source_path_by_sha256(sha256)
    }

    /// Whether nothing is waiting for a commit.
    pub fn is_idle(&self) -> bool {
        !self.in_transaction
    }

    /// Whether enough files or time went into the open transaction to commit it.
    pub fn commit_due(&self) -> bool {
        self.in_transaction
            && (self.files_in_transaction >= self.store.files_per_commit
                || self.transaction_started.elapsed() >= COMMIT_EVERY)
    }

    /// Commits the files written since the last commit; after it returns they are in the archive.
    pub fn commit(&mut self) -> Result<()> {
        if self.in_transaction {
            // Stories and quote groups are committed with the articles they group.
            if let Err(err) = self.store.group_pending() {
                self.abandon();
                return Err(err);
            }
            self.in_transaction = false;
            self.files_in_transaction = 0;
            let indexed = fts::index_sources(&self.store.conn, &self.unindexed)
                .and_then(|()| search_terms::count_sources(&self.store.conn, &self.unindexed))
                .and_then(|()| quote_outlets::refresh(&self.store.conn));
            self.unindexed.clear();
            if let Err(err) = indexed.and_then(|()| Ok(self.store.conn.execute_batch("COMMIT")?)) {
                self.abandon();
                return Err(err);
            }
            self.store.data_version = Some(data_version(&self.store.conn)?);
        }
        Ok(())
    }

    /// Commits, merges the full-text indexes after a large import, and restores the pragmas.
    pub fn finish(mut self) -> Result<()> {
        self.commit()?;
        let total = || -> Result<usize> {
            let count: i64 =
                self.store
                    .conn
                    .query_row("SELECT count(*) FROM articles", [], |row| row.get(0))?;
            Ok(usize::try_from(count).unwrap_or(usize::MAX))
        };
        if self.articles_written >= OPTIMIZE_AFTER_ARTICLES
            && worth_optimizing(self.articles_written, total()?)
        {
            self.store.conn.execute_batch(
                "INSERT INTO articles_fts(articles_fts) VALUES ('optimize');
                 INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize');",
            )?;
        }
        if let Some(saved) = self.saved.take() {
            saved.restore(&self.store.conn);
        }
        Ok(())
    }

    /// Rolls back whatever is pending, after a storage fault or when the import is abandoned.
    fn abandon(&mut self) {
        if !self.store.conn.is_autocommit() {
            let _ = self.store.conn.execute_batch("ROLLBACK");
        }
        self.in_transaction = false;
        self.files_in_transaction = 0;
        self.unindexed.clear();
        self.store.speakers = None;
        self.store.forget_grouping();
    }

    fn begin(&mut self) -> Result<()> {
        if self.in_transaction {
            return Ok(());
        }
        let conn = &self.store.conn;
        // IMMEDIATE takes the write lock now, so the sha256 checks and speaker reads below are not
        // overtaken by another importer's commit before this transaction ends.
        conn.execute_batch("BEGIN IMMEDIATE")?;
        self.in_transaction = true;
        self.transaction_started = Instant::now();
        let version = data_version(conn)?;
        if self.store.data_version != Some(version) {
            // Another process committed since this connection last looked: read its new aliases,
            // and forget the postings and counts grouping kept, which it may have added to.
            if let Some(index) = self.store.speakers.as_mut() {
                index.load(conn)?;
            }
            self.store.forget_grouping();
            self.store.data_version = Some(version);
        }
        let conn = &self.store.conn;
        if self.store.speakers.is_none() {
            let mut index = SpeakerIndex::default();
            index.load(conn)?;
            self.store.speakers = Some(index);
        }
        Ok(())
    }
}

impl Drop for Bulk<'_> {
    fn drop(&mut self) {
        if self.saved.is_some() {
            self.abandon();
            if let Some(saved) = self.saved.take() {
                saved.restore(&self.store.conn);
            }
        }
    }
}

pub(super) fn data_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA data_version", [], |row| row.get(0))?)
}

fn write_articles(
    conn: &Connection,
    speakers: &mut SpeakerIndex,
    source: &NewSource<'_>,
    articles: &[Article],
) -> Result<(i64, Vec<i64>, ImportCounts)> {
    conn.prepare_cached(
        "INSERT INTO sources (path, sha256, bytes, format, imported_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        source.path,
        source.sha256,
        source.bytes as i64,
        source.format,
        source.imported_at
    ])?;
    let source_id = conn.last_insert_rowid();
    let mut counts = ImportCounts::default();
    let mut ids = Vec::with_capacity(articles.len());
    for (position, article) in articles.iter().enumerate() {
        let (id, article_counts) =
            write_article(conn, speakers, source_id, position, None, article)?;
        ids.push(id);
        counts += article_counts;
    }
    Ok((source_id, ids, counts))
}

/// Writes one article with its rows; `id` keeps the id an earlier extraction gave it (None: a new one).
/// Returns the article's id and what was written.
pub(super) fn write_article(
    conn: &Connection,
    speakers: &mut SpeakerIndex,
    source_id: i64,
    position: usize,
    id: Option<i64>,
    article: &Article,
) -> Result<(i64, ImportCounts)> {
    let outlet_id = match &article.outlet {
        Some(outlet) => Some(
            conn.prepare_cached(
                "INSERT INTO outlets (name, domain) VALUES (?1, ?2)
                 ON CONFLICT (name) DO UPDATE SET domain = COALESCE(outlets.domain, excluded.domain)
                 RETURNING id",
            )?
            .query_row(params![outlet.name, outlet.domain], |row| {
                row.get::<_, i64>(0)
            })?,
        ),
        None => None,
    };
    conn.prepare_cached(
        "INSERT INTO articles (source_id, position, outlet_id, title, dek, byline, section,
                               published_at, updated_at, url, body, word_count, id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        source_id,
        position as i64,
        outlet_id,
        article.title,
        article.dek,
        article.byline,
        article.section,
        article.published_at,
        article.updated_at,
        article.url,
        article.body(),
        article.word_count() as i64,
        id,
    ])?;
    let article_id = conn.last_insert_rowid();

    let mut insert_paragraph = conn.prepare_cached(
        "INSERT INTO paragraphs (article_id, position, kind, text) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, paragraph) in article.paragraphs.iter().enumerate() {
        insert_paragraph.execute(params![
            article_id,
            position as i64,
            paragraph.kind.as_str(),
            paragraph.text
        ])?;
    }

    let mut insert_author = conn.prepare_cached(
        "INSERT INTO authors (name) VALUES (?1) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id",
    )?;
    let mut link_author = conn.prepare_cached(
        "INSERT OR IGNORE INTO article_authors (article_id, author_id, position) VALUES (?1, ?2, ?3)",
    )?;
    for (position, author) in article.authors.iter().enumerate() {
        let author_id: i64 = insert_author.query_row([author], |row| row.get(0))?;
        link_author.execute(params![article_id, author_id, position as i64])?;
    }

    let mut insert_caption = conn.prepare_cached(
        "INSERT INTO captions (article_id, position, text, credit) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, caption) in article.captions.iter().enumerate() {
        insert_caption.execute(params![
            article_id,
            position as i64,
            caption.text,
            caption.credit
        ])?;
    }

    let mut insert_quote = conn.prepare_cached(
        "INSERT INTO quotes (article_id, paragraph_position, text, speaker_id, attribution, verb, kind)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for quote in &article.quotes {
        let speaker_id = match &quote.speaker {
            Some(speaker) => {
                let id = speaker_id(conn, speakers, speaker)?;
                if let Some(acronym) = quote
                    .attribution
                    .as_deref()
                    .and_then(|a| acronym_for(a, &speaker.name))
                {
                    add_alias(conn, speakers, acronym, id)?;
                }
                Some(id)
            }
            None => None,
        };
        insert_quote.execute(params![
            article_id,
            quote.paragraph as i64,
            quote.text,
            speaker_id,
            quote.attribution,
            quote.verb,
            quote.kind.as_str(),
        ])?;
    }

    let counts = ImportCounts {
        articles: 1,
        paragraphs: article.paragraphs.len(),
        captions: article.captions.len(),
        quotes: article.quotes.len(),
    };
    Ok((article_id, counts))
}

/// Finds the speaker this name refers to, merging spelling variants: an exact alias first, then any
/// known person alias that `joins_speaker` accepts (the new spelling is then recorded as an alias),
/// else a new speaker whose own name is its first alias.
fn speaker_id(conn: &Connection, speakers: &mut SpeakerIndex, speaker: &Speaker) -> Result<i64> {
    let name = speaker.name.trim();
    if let Some(id) = speakers.exact(name) {
        return Ok(id);
    }
    // Organisations are matched by exact name only: "State Department" and "Defense Department" are
    // a few letters apart but never the same speaker. A person's name (or a bare surname of unknown
    // kind) joins an earlier speaker only when exactly one person matches: "Kowalczik" must not be
    // filed under Mira Kowalczyk when Jonas Kowalczyk is in the archive too.
    let variant = if speaker.kind != SpeakerKind::Organization {
        speakers.variant(name)
    } else {
        None
    };
    let (id, person) = match variant {
        Some(id) => (id, true),
        None => {
            conn.prepare_cached("INSERT INTO speakers (name, kind) VALUES (?1, ?2)")?
                .execute(params![name, speaker.kind.as_str()])?;
            (
                conn.last_insert_rowid(),
                speaker.kind == SpeakerKind::Person,
            )
        }
    };
    insert_alias(conn, speakers, name, id, person)?;
    Ok(id)
}

/// Writes one alias of speaker `id` and records it in the index.
fn insert_alias(
    conn: &Connection,
    speakers: &mut SpeakerIndex,
    alias: &str,
    id: i64,
    person: bool,
) -> Result<()> {
    conn.prepare_cached("INSERT INTO speaker_aliases (alias, speaker_id) VALUES (?1, ?2)")?
        .execute(params![alias, id])?;
    speakers.add(alias, id, person);
    speakers.last_rowid = conn.last_insert_rowid();
    Ok(())
}

/// Records another name of an organisation speaker ("RNC"), unless some speaker already answers
/// to it.
fn add_alias(conn: &Connection, speakers: &mut SpeakerIndex, alias: &str, id: i64) -> Result<()> {
    if speakers.exact(alias).is_some() {
        return Ok(());
    }
    insert_alias(conn, speakers, alias, id, false)
}

impl StoreError {
    /// Whether this error is the archive's storage failing (disk full, read-only, I/O, locked for
    /// longer than the busy timeout), which every later file would meet too, rather than one file's
    /// rows being refused.
    pub fn is_storage_fault(&self) -> bool {
        match self {
            StoreError::Sqlite(err) => !matches!(
                err.sqlite_error_code(),
                Some(rusqlite::ErrorCode::ConstraintViolation | rusqlite::ErrorCode::TooBig)
            ),
            _ => true,
        }
    }
}
