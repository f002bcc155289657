//! Upkeep of an archive file: a consistent copy taken with SQLite's online backup API while the
//! archive may be in use, and a check of its integrity (pages, foreign keys, full-text indexes).
//! Neither changes the archive.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{Result, Schema, StoreError, open_with_flags, refuse_directory, refuse_newer_schema};

/// How long a backup waits for writers to let it read.
const BUSY_FOR_AT_MOST: std::time::Duration = std::time::Duration::from_secs(60);

/// What a backup wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupReport {
    pub path: PathBuf,
    pub bytes: u64,
    pub articles: i64,
}

/// Opens an existing archive for reading, without creating or migrating it; says whether it has
/// tables yet (a blank one is being created by an importer, or its creator was killed).
fn open_existing(path: &Path) -> Result<(Connection, Schema)> {
    refuse_directory(path)?;
    if !path.exists() {
        return Err(StoreError::Missing { path: path.into() });
    }
    let schema = refuse_newer_schema(path)?;
    let conn = open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    Ok((conn, schema))
}

/// Copies the archive at `source` to `target` with the online backup API, so the copy is one
/// consistent state of the archive even while an import is writing to it. The copy is written
/// beside `target` and checked (`PRAGMA quick_check`) before it takes the name, so a failed backup
/// never leaves a half-written file under that name; without `force` an existing `target` is
/// refused, checked again at the moment of taking the name.
pub fn backup(source: &Path, target: &Path, force: bool) -> Result<BackupReport> {
    // A blank archive is copied as it is: the copy is as blank, and says so by holding no article.
    let (from, _) = open_existing(source)?;
    refuse_directory(target)?;
    if target.exists() && !force {
        return Err(StoreError::TargetExists {
            path: target.into(),
        });
    }
    let partial = partial_name(target);
    let _ = std::fs::remove_file(&partial);
    let written = copy_into(&from, &partial).and_then(|articles| {
        take_name(&partial, target, force)?;
        Ok(articles)
    });
    let articles = match written {
        Ok(articles) => articles,
        Err(err) => {
            let _ = std::fs::remove_file(&partial);
            return Err(err);
        }
    };
    let bytes = std::fs::metadata(target).map(|m| m.len()).unwrap_or(0);
    Ok(BackupReport {
        path: target.into(),
        bytes,
        articles,
    })
}

/// `.NAME.partial` in the target's folder: the same file system, so the final rename is atomic.
fn partial_name(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "backup".to_owned());
    target.with_file_name(format!(".{name}.partial"))
}

fn copy_into(from: &Connection, partial: &Path) -> Result<i64> {
    let mut to = Connection::open(partial).map_err(|source| StoreError::Open {
        path: partial.into(),
        source,
    })?;
    {
        use rusqlite::backup::StepResult;
        let backup = rusqlite::backup::Backup::new(from, &mut to)?;
        // All pages in one step: the step holds one read transaction on the source, so the copy is
        // a single snapshot and cannot be restarted forever by a busy importer. An archive is small
        // enough (megabytes) that writers wait a moment at most, within their busy timeout. While a
        // writer commits, the step is refused (busy) and tried again.
        let deadline = std::time::Instant::now() + BUSY_FOR_AT_MOST;
        loop {
            match backup.step(-1)? {
                StepResult::Done => break,
                _ if std::time::Instant::now() > deadline => {
                    return Err(StoreError::Busy {
                        seconds: BUSY_FOR_AT_MOST.as_secs(),
                    });
                }
                _ => std::thread::sleep(std::time::Duration::from_millis(20)),
            }
        }
    }
    let verdict: String = to.query_row("PRAGMA quick_check", [], |row| row.get(0))?;
    if verdict != "ok" {
        return Err(StoreError::BackupCorrupt {
            path: partial.into(),
            problem: verdict,
        });
    }
    // An archive being created this moment has no tables yet; its copy is an empty archive.
    let articles = if super::has_table(&to, "articles")? {
        to.query_row("SELECT count(*) FROM articles", [], |row| row.get(0))?
    } else {
        0
    };
    to.close().map_err(|(_, err)| StoreError::Sqlite(err))?;
    Ok(articles)
}

/// Gives the finished copy its name: a hard link refuses an existing file atomically when `force`
/// is not given (a rename would silently replace one that appeared during the backup).
fn take_name(partial: &Path, target: &Path, force: bool) -> Result<()> {
    let io = |source: std::io::Error| StoreError::Write {
        path: target.into(),
        source,
    };
    if force {
        return std::fs::rename(partial, target).map_err(io);
    }
    match std::fs::hard_link(partial, target) {
        Ok(()) => std::fs::remove_file(partial).map_err(io),
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(StoreError::TargetExists {
                path: target.into(),
            })
        }
        // A file system without hard links: the name was free a moment ago.
        Err(_) => std::fs::rename(partial, target).map_err(io),
    }
}

/// One check `morgue check` runs and the problems it found (none when all is well).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub name: &'static str,
    pub problems: Vec<String>,
}

/// The archive's integrity: every page and index (`PRAGMA integrity_check`), every reference between
/// tables (`PRAGMA foreign_key_check`), and each full-text index against the rows it indexes (FTS5's
/// `integrity-check` command). FTS5 runs its check as an INSERT, so it needs a writable connection;
/// it runs inside a transaction that is rolled back, and nothing is migrated.
pub fn check(path: &Path) -> Result<Vec<Check>> {
    match open_existing(path) {
        // Every check below would fail on "no such table": say what the file is instead.
        Ok((_, Schema::Blank)) => return Err(StoreError::Unfinished { path: path.into() }),
        Ok((conn, Schema::Archive)) => drop(conn),
        // So damaged that its table list cannot be read: that is the one finding.
        Err(StoreError::Damaged { detail, .. }) => {
            return Ok(vec![Check {
                name: "integrity_check",
                problems: vec![format!("the file is damaged: {detail}")],
            }]);
        }
        Err(err) => return Err(err),
    }
    let conn = open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    super::search_terms::install(&conn)?;
    let mut checks = Vec::new();
    // A badly damaged file fails the check itself instead of listing what is wrong.
    let integrity = match rows(&conn, "PRAGMA integrity_check", |row| {
        row.get::<_, String>(0)
    }) {
        Ok(lines) => lines.into_iter().filter(|line| line != "ok").collect(),
        Err(err) => vec![format!("the file is damaged: {err}")],
    };
    checks.push(Check {
        name: "integrity_check",
        problems: integrity,
    });
    let orphans: Vec<String> = rows(&conn, "PRAGMA foreign_key_check", |row| {
        let table: String = row.get(0)?;
        let rowid: Option<i64> = row.get(1)?;
        let parent: String = row.get(2)?;
        Ok(format!(
            "{table} row {} refers to a missing row of {parent}",
            rowid.map_or("?".to_owned(), |id| id.to_string())
        ))
    })?;
    checks.push(Check {
        name: "foreign_key_check",
        problems: orphans,
    });
    for table in ["articles_fts", "quotes_fts"] {
        conn.execute_batch("BEGIN")?;
        let verdict = conn.execute(
            // rank = 1 also compares the index with the table it indexes (an external content table).
            &format!("INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)"),
            [],
        );
        conn.execute_batch("ROLLBACK")?;
        let problems = match verdict {
            Ok(_) => Vec::new(),
            Err(err) => vec![format!(
                "the full-text index no longer matches its table ({err}), so searches miss or show wrong \
                 rows: rebuild it with sqlite3 {} \"INSERT INTO {table}({table}) VALUES('rebuild')\"",
                path.display()
            )],
        };
        checks.push(Check {
            name: table,
            problems,
        });
    }
    checks.extend(super::quote_outlets::check(&conn, path)?);
    checks.extend(super::summaries::check(&conn, path)?);
    Ok(checks)
}

fn rows<T>(
    conn: &Connection,
    sql: &str,
    map: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare(sql)?;
    let found = stmt.query_map([], map)?.collect::<Result<_, _>>()?;
    Ok(found)
}
