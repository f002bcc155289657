//! The store: the only module that touches SQLite. It opens an archive (creating and migrating it on
//! first use, refusing one written by a newer morgue), writes an extracted source file in one
//! transaction, reads articles back, and dumps or restores the archive as a SQL script. It keeps each
//! source's original bytes, re-extracts from them and applies editors' corrections (issue 11).
//!
//! It never looks inside article text: deciding what is a title or a quote is `extract`'s job.

mod corrections;
mod dump;
mod fts;
mod originals;
mod postings;
mod quote_outlets;
mod read;
mod reextract;
mod search_terms;
mod speakers;
mod stories;
mod story_read;
mod summaries;
mod upkeep;
mod write;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};
use thiserror::Error;

pub use corrections::{ArticleField, Correction, Gone, LIST_SQL as CORRECTIONS_SQL, Made};
pub use dump::{dump, restore};
pub use originals::{Original, OriginalsState, StoredOriginal};
pub use read::{StoredArticle, StoredCaption, StoredParagraph, StoredQuote, StoredSpeaker};
pub use reextract::Changes;
pub use story_read::{ArticleStory, Carrier, StoryMember};
pub use upkeep::{BackupReport, Check, backup, check};
pub use write::{Bulk, ImportCounts, NewSource, WriteOutcome};

mod embedded {
    refinery::embed_migrations!("migrations");
}

#[derive(Debug, Error)]
pub enum StoreError {
    #[error(
        "cannot open archive {path} (check that its folder exists and that you may write there, or pass another --db)"
    )]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{path} is a directory: give the path of an archive file, e.g. --db {path}/morgue.db")]
    IsDirectory { path: PathBuf },
    #[error(
        "there is no archive at {path}: import some files first, or pass --db with an existing archive"
    )]
    Missing { path: PathBuf },
    #[error(
        "archive {path} was written by a newer morgue (schema version {found}, this binary knows {known}): \
         upgrade morgue to use it; the archive was not modified"
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error(
        "cannot migrate archive {path}: migrations run in one transaction, so it is as it was; \
         if it was copied from elsewhere, check that it is a morgue archive"
    )]
    Migrate {
        path: PathBuf,
        source: refinery::Error,
    },
    #[error(
        "{path} is not an SQLite database: pass --db with a morgue archive, or a new file name"
    )]
    NotADatabase { path: PathBuf },
    #[error(
        "{path} is an SQLite database but not a morgue archive (it has tables and no migration \
         history); it was left untouched: pass --db with a morgue archive, or a new file name"
    )]
    NotAnArchive { path: PathBuf },
    #[error(
        "archive {path} has no tables yet (a morgue creating it was stopped before it could make them): \
         run `morgue --db {path} import FILES` to finish it, or remove the file"
    )]
    Unfinished { path: PathBuf },
    #[error(
        "no article with id {0} in the archive: `morgue sql \"SELECT id, title FROM articles\"` lists them"
    )]
    NoSuchArticle(i64),
    #[error(
        "no source with id {0} in the archive: `morgue sql \"SELECT id, path FROM sources\"` lists them"
    )]
    NoSuchSource(i64),
    #[error(
        "source {id} ({path}) was imported before morgue kept originals, so the archive has no copy of \
         its bytes: keep the file itself, or import it into a new archive"
    )]
    NoOriginal { id: i64, path: String },
    #[error(
        "the original of source {id} ({path}) is damaged ({detail}): restore the archive from a backup \
         (`morgue backup` makes one), or import the file again into a new archive"
    )]
    OriginalDamaged {
        id: i64,
        path: String,
        detail: String,
    },
    #[error(
        "the SQL script is not a morgue dump ({0}): restore only scripts written by `morgue dump`"
    )]
    NotADump(String),
    #[error(
        "{path} already exists: restore builds a new archive; choose another --db or remove the file"
    )]
    Exists { path: PathBuf },
    #[error("{path} already exists: pass --force to replace it, or choose another file name")]
    TargetExists { path: PathBuf },
    #[error(
        "archive {path} is damaged ({detail}): restore it from a backup (`morgue backup` makes one), or \
         rebuild it by importing its sources again into a new archive"
    )]
    Damaged { path: PathBuf, detail: String },
    #[error(
        "the archive stayed busy for {seconds} s (another morgue is writing to it): try again when it is done"
    )]
    Busy { seconds: u64 },
    #[error(
        "the backup copy {path} failed its check ({problem}); it was removed: run `morgue check` on the archive"
    )]
    BackupCorrupt { path: PathBuf, problem: String },
    #[error("cannot write {path} (check that its folder exists and that you may write there)")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A correction or undo that cannot be done, with why and what to do instead.
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// One migration as `morgue migrate` lists it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MigrationState {
    pub version: i64,
    pub name: String,
    /// RFC 3339 time it was applied, or None if pending (never, after `Store::open`).
    pub applied_on: Option<String>,
}

/// Applies pending migrations. Two morgue processes opening a new archive at once both see no
/// migration applied; the one that commits second fails on tables the first just made, with
/// nothing changed by it (the migrations run in one transaction). It then tries again, and finds
/// them applied.
fn migrate_racing(conn: &mut Connection) -> std::result::Result<(), refinery::Error> {
    let mut attempt = 0;
    loop {
        match embedded::migrations::runner().set_grouped(true).run(conn) {
            Ok(_) => return Ok(()),
            Err(err) if attempt < 5 && err.to_string().contains("already exists") => {
                attempt += 1;
                std::thread::sleep(std::time::Duration::from_millis(50 * attempt));
            }
            Err(err) => return Err(err),
        }
    }
}

/// An open, migrated, writable archive.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Speaker aliases in memory, read on the first write and kept up to date by the writer.
    speakers: Option<speakers::SpeakerIndex>,
    /// `PRAGMA data_version` after this connection's last commit: a different value means another
    /// process wrote to the archive since.
    data_version: Option<i64>,
    /// Whether a commit groups the articles it stores into stories and quote groups.
    grouping: bool,
    /// What grouping keeps between commits.
    group_cache: stories::GroupCache,
    /// Files a bulk write commits together at most (see `write::FILES_PER_COMMIT`).
    files_per_commit: usize,
}

/// How long a reader (and a command that writes once) waits for an importer's transaction.
const READ_BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

impl Store {
    /// Opens the archive at `path`, creating it if missing, and applies pending migrations.
    pub fn open(path: &Path) -> Result<Store> {
        refuse_directory(path)?;
        if path.exists() {
            refuse_newer_schema(path)?;
        }
        let mut conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.into(),
            source,
        })?;
        configure(&conn)?;
        migrate_racing(&mut conn).map_err(|source| StoreError::Migrate {
            path: path.into(),
            source,
        })?;
        Ok(Store {
            conn,
            path: path.into(),
            speakers: None,
            data_version: None,
            grouping: true,
            group_cache: Default::default(),
            files_per_commit: write::FILES_PER_COMMIT,
        })
    }

    /// An in-memory archive with every migration applied, for tests and dry runs.
    pub fn open_in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        embedded::migrations::runner()
            .set_grouped(true)
            .run(&mut conn)
            .map_err(|source| StoreError::Migrate {
                path: ":memory:".into(),
                source,
            })?;
        Ok(Store {
            conn,
            path: ":memory:".into(),
            speakers: None,
            data_version: None,
            grouping: true,
            group_cache: Default::default(),
            files_per_commit: write::FILES_PER_COMMIT,
        })
    }

    /// Whether imports group what they store into stories and quote groups (on by default). Articles
    /// stored with it off are grouped by the next import with it on.
    pub fn set_grouping(&mut self, on: bool) {
        self.grouping = on;
    }

    /// Files an import commits together at most (at least one; the default is 1,000, and a commit
    /// also comes every half second): fewer lose less work to a killed import, at some speed.
    pub fn set_files_per_commit(&mut self, files: usize) {
        self.files_per_commit = files.max(1);
    }

    /// Whether imports group what they store (see [`Store::set_grouping`]).
    pub fn groups_on_import(&self) -> bool {
        self.grouping
    }

    /// Groups the articles stored since the last grouping, when grouping is on; see `stories.rs`.
    pub(crate) fn group_pending(&mut self) -> Result<usize> {
        if !self.grouping {
            return Ok(0);
        }
        stories::group_pending(&self.conn, &mut self.group_cache)
    }

    /// Drops what grouping keeps between commits, when the archive changed under it other than by
    /// this store's imports (see `stories::GroupCache`).
    fn forget_grouping(&mut self) {
        self.group_cache = Default::default();
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Read access for queries that belong to other modules (`query`, `export`). Writes go through the
    /// store's own methods.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Every migration the binary knows, with when each was applied.
    pub fn migrations(&self) -> Result<Vec<MigrationState>> {
        let mut applied = self
            .conn
            .prepare("SELECT version, applied_on FROM refinery_schema_history")?;
        let applied: Vec<(i64, String)> = applied
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<Result<_, _>>()?;
        Ok(embedded::migrations::runner()
            .get_migrations()
            .iter()
            .map(|m| {
                let version = i64::from(m.version());
                MigrationState {
                    version,
                    name: m.name().to_owned(),
                    applied_on: applied
                        .iter()
                        .find(|(v, _)| *v == version)
                        .map(|(_, on)| on.clone()),
                }
            })
            .collect())
    }

    /// The schema as CREATE statements, in creation order, without SQLite's and FTS5's internal tables.
    pub fn schema(&self) -> Result<String> {
        schema_sql(&self.conn)
    }
}

/// Opens the archive for reading only. A missing archive is created and migrated first, so every
/// command works on a fresh `--db`.
pub fn open_read_only(path: &Path) -> Result<Connection> {
    refuse_directory(path)?;
    if !path.exists() {
        Store::open(path)?;
    }
    // The schema is checked on the connection that then reads: a second connection would read and
    // parse the whole schema again, a third of a short search's work.
    let mut conn = read_only_connection(path)?;
    // Before anything else touches the file: a file that is no archive is named as such.
    // An archive whose creator was killed before its migrations committed is as new as a missing one.
    if schema_of(&conn, path)? == Schema::Blank {
        drop(conn);
        Store::open(path)?;
        conn = read_only_connection(path)?;
    }
    conn.busy_timeout(READ_BUSY_TIMEOUT)?;
    search_terms::install(&conn)?;
    Ok(conn)
}

fn read_only_connection(path: &Path) -> Result<Connection> {
    open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
}

/// SQLite reports a directory as "disk I/O error", which sends people looking for a broken disk.
pub(crate) fn refuse_directory(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(StoreError::IsDirectory { path: path.into() });
    }
    Ok(())
}

/// The highest migration version this binary carries: the `V{N}__` of the last file in
/// `migrations/`. A constant, because every command checks it on opening an archive, and asking
/// refinery compiles its migration-name pattern and parses every migration's name first, which was
/// a quarter of a short search's instructions. A unit test holds it to refinery's answer.
pub const SCHEMA_VERSION: i64 = 9;

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(READ_BUSY_TIMEOUT)?;
    // foreign_keys must be set outside any transaction: inside a migration it would do nothing.
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    search_terms::install(conn)?;
    Ok(())
}

/// A connection to an existing file with `flags`, failures named after the archive.
pub(crate) fn open_with_flags(path: &Path, flags: OpenFlags) -> Result<Connection> {
    Connection::open_with_flags(path, flags).map_err(|source| StoreError::Open {
        path: path.into(),
        source,
    })
}

/// What an existing file holds, once it is known not to be from a newer morgue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Schema {
    /// No table, or only an empty migration history: the file was made and its first migration
    /// never committed (a morgue killed while creating it).
    Blank,
    /// At least one migration applied.
    Archive,
}

/// Looks at the migration history through a read-only connection, so that an archive from a newer
/// morgue is never touched, not even by a journal-mode change.
pub(crate) fn refuse_newer_schema(path: &Path) -> Result<Schema> {
    let conn = open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    schema_of(&conn, path)
}

/// What the file behind `conn` holds; an error if it is no archive or a newer morgue's.
fn schema_of(conn: &Connection, path: &Path) -> Result<Schema> {
    // SQLite opens any file lazily; the first read is what tells a database from something else.
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .and_then(|mut stmt| stmt.query_map([], |row| row.get(0))?.collect())
        .map_err(|source| match source.sqlite_error_code() {
            Some(rusqlite::ErrorCode::NotADatabase) => {
                StoreError::NotADatabase { path: path.into() }
            }
            Some(rusqlite::ErrorCode::DatabaseCorrupt) => StoreError::Damaged {
                path: path.into(),
                detail: source.to_string(),
            },
            _ => StoreError::Open {
                path: path.into(),
                source,
            },
        })?;
    let has_history = tables.iter().any(|t| t == "refinery_schema_history");
    // Migrating someone else's database would add morgue's tables to it, or fail halfway on a
    // name they share: refuse before writing anything.
    if !has_history && !tables.is_empty() {
        return Err(StoreError::NotAnArchive { path: path.into() });
    }
    if !has_history {
        return Ok(Schema::Blank);
    }
    let found: Option<i64> = conn.query_row(
        "SELECT MAX(version) FROM refinery_schema_history",
        [],
        |row| row.get(0),
    )?;
    let known = SCHEMA_VERSION;
    match found {
        Some(found) if found > known => Err(StoreError::NewerSchema {
            path: path.into(),
            found,
            known,
        }),
        Some(_) => Ok(Schema::Archive),
        None => Ok(Schema::Blank),
    }
}

pub(crate) fn schema_sql(conn: &Connection) -> Result<String> {
    let mut stmt =
        conn.prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")?;
    let rows: Vec<(String, String)> = stmt
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(rows
        .iter()
        .filter(|(name, _)| !name.starts_with("sqlite_") && !is_fts_shadow(name))
        .map(|(_, sql)| format!("{sql};\n"))
        .collect::<Vec<_>>()
        .join("\n"))
}

/// FTS5 keeps its index in ordinary tables named after the virtual table; they are an implementation
/// detail that neither `schema` nor `dump` should show.
pub(crate) fn is_fts_shadow(name: &str) -> bool {
    const SUFFIXES: [&str; 5] = ["_data", "_idx", "_content", "_docsize", "_config"];
    ["articles_fts", "quotes_fts"].iter().any(|table| {
        name.strip_prefix(table)
            .is_some_and(|rest| SUFFIXES.contains(&rest))
    })
}

/// Whether the archive has table `name` (one an older schema lacks, or a file being created).
pub(crate) fn has_table(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1)",
        [name],
        |row| row.get(0),
    )?)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_schema_version_is_the_last_migration() {
        let last = super::embedded::migrations::runner()
            .get_migrations()
            .iter()
            .map(|m| i64::from(m.version()))
            .max();
        assert_eq!(
            last,
            Some(super::SCHEMA_VERSION),
            "a migration was added: set SCHEMA_VERSION to its number"
        );
    }
}
