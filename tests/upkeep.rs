//! Upgrades and upkeep (issue 9, item 8): an archive at every migration version, filled and migrated
//! to the latest, keeps every row; `morgue backup` takes a consistent copy while the archive is in
//! use and never replaces a file without --force; `morgue check` reports damage and exits 1.

#[path = "query_support/mod.rs"]
mod support;

use std::path::Path;

use predicates::prelude::*;
use rusqlite::Connection;
use rusqlite::types::Value;
use support::{morgue, morgue_on, sample_archive, write};

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// Every row of every table that holds data (not SQLite's, refinery's or FTS5's own), by table, with
/// its column names; rows in a fixed order so two snapshots compare.
type Snapshot = Vec<(String, Vec<String>, Vec<Vec<Value>>)>;

fn snapshot(conn: &Connection) -> Snapshot {
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' \
             AND name NOT LIKE '%fts%' AND name <> 'refinery_schema_history' ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|table| {
            let columns: Vec<String> = conn
                .prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            let rows = select(conn, &table, &columns);
            (table, columns, rows)
        })
        .collect()
}

fn select(conn: &Connection, table: &str, columns: &[String]) -> Vec<Vec<Value>> {
    let list = columns
        .iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let order = (1..=columns.len())
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let mut stmt = conn
        .prepare(&format!("SELECT {list} FROM \"{table}\" ORDER BY {order}"))
        .unwrap_or_else(|e| panic!("{table} lost a column after migrating: {e}"));
    stmt.query_map([], |row| {
        (0..columns.len()).map(|i| row.get::<_, Value>(i)).collect()
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// What a word finds in each full-text index: the indexes must survive a migration too.
fn searches(conn: &Connection) -> Vec<(String, Vec<i64>)> {
    let indexes: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    indexes
        .into_iter()
        .map(|index| {
            let ids = conn
                .prepare(&format!(
                    "SELECT rowid FROM {index} WHERE {index} MATCH 'strike' ORDER BY rowid"
                ))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            (index, ids)
        })
        .collect()
}

/// Generic over `migrations/`: for each version V there must be `tests/fixtures/upgrade/V{V}.sql`,
/// rows as an archive at V held them. The archive is migrated to V, filled, then upgraded by morgue
/// itself (`morgue migrate`), and every row and search result must still be there.
#[test]
fn an_archive_at_every_migration_version_upgrades_without_losing_anything() {
    let migrations = embedded::migrations::runner().get_migrations().clone();
    assert!(!migrations.is_empty());
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/upgrade");
    for migration in &migrations {
        let version = migration.version();
        let fill_path = fixtures.join(format!("V{version}.sql"));
        let fill = std::fs::read_to_string(&fill_path).unwrap_or_else(|_| {
            panic!(
                "{} is missing: add rows as an archive at V{version} holds them (e.g. from `morgue dump` \
                 of the sample archive, taken before the next migration is added)",
                fill_path.display()
            )
        });
        let dir = tempfile::TempDir::new().unwrap();
        let db = dir.path().join("old.db");
        let mut conn = Connection::open(&db).unwrap();
        embedded::migrations::runner()
            .set_grouped(true)
            .set_target(refinery::Target::Version(version))
            .run(&mut conn)
            .unwrap();
        conn.execute_batch(&format!("BEGIN; {fill} COMMIT;"))
            .unwrap_or_else(|e| {
                panic!("V{version}.sql does not load into a V{version} archive: {e}")
            });
        let before = snapshot(&conn);
        let found_before = searches(&conn);
        assert!(
            before
                .iter()
                .all(|(table, _, rows)| !rows.is_empty() || table == "article_authors"),
            "the V{version} fill leaves a table empty: {:?}",
            before
                .iter()
                .map(|(t, _, r)| (t, r.len()))
                .collect::<Vec<_>>()
        );
        assert!(found_before.iter().any(|(_, ids)| !ids.is_empty()));
        drop(conn);

        let out = morgue(dir.path())
            .args(["--db", "old.db", "migrate"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        let listed = String::from_utf8_lossy(&out.stdout);
        assert!(
            listed.lines().all(|l| l.contains("applied"))
                && listed.lines().count() == migrations.len(),
            "every migration applied: {listed}"
        );

        let conn = Connection::open(&db).unwrap();
        for (table, columns, rows) in &before {
            assert_eq!(
                &select(&conn, table, columns),
                rows,
                "{table}: rows of a V{version} archive changed or were lost in the upgrade"
            );
        }
        assert_eq!(
            searches(&conn),
            found_before,
            "search finds the same after the upgrade"
        );
        // V5 copies each quote group member's article from its quote: every member has it, right.
        if version >= 3 {
            let (members, wrong): (i64, i64) = conn
                .query_row(
                    "SELECT count(*), count(*) FILTER (WHERE m.article_id IS NOT q.article_id)
                     FROM quote_group_members AS m LEFT JOIN quotes AS q ON q.id = m.quote_id",
                    [],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .unwrap();
            assert!(
                members > 0 && wrong == 0,
                "V{version}: {wrong} of {members} members name another article than their quote's"
            );
        }
        morgue(dir.path())
            .args(["--db", "old.db", "check"])
            .assert()
            .success();
    }
}

fn sha(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn backup_copies_the_archive_and_never_replaces_a_file_without_force() {
    let (dir, db) = sample_archive();
    let copy = dir.path().join("copy.db");
    morgue_on(dir.path(), &db)
        .arg("backup")
        .arg(&copy)
        .assert()
        .success()
        .stderr(predicate::str::contains("backed up").and(predicate::str::contains("12 articles")));
    let original = snapshot(&Connection::open(&db).unwrap());
    assert_eq!(snapshot(&Connection::open(&copy).unwrap()), original);
    assert_eq!(
        searches(&Connection::open(&copy).unwrap()),
        searches(&Connection::open(&db).unwrap())
    );

    write(dir.path(), "notes.db", "my notes, not an archive");
    morgue_on(dir.path(), &db)
        .args(["backup", "notes.db"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("notes.db already exists")
                .and(predicate::str::contains("--force")),
        );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.db")).unwrap(),
        "my notes, not an archive"
    );
    morgue_on(dir.path(), &db)
        .args(["backup", "notes.db", "--force"])
        .assert()
        .success();
    assert_eq!(
        snapshot(&Connection::open(dir.path().join("notes.db")).unwrap()),
        original
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    morgue_on(dir.path(), &dir.path().join("missing.db"))
        .args(["backup", "x.db"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no archive at"));
    assert!(
        !dir.path().join("missing.db").exists(),
        "backup creates no archive"
    );
}

/// A writer holds an open transaction while the backup runs: the copy is the last committed state,
/// taken without waiting for the writer to finish.
#[test]
fn backup_while_a_writer_is_in_the_middle_of_a_transaction_copies_the_committed_state() {
    let (dir, db) = sample_archive();
    let writer = Connection::open(&db).unwrap();
    writer
        .execute_batch(
            "BEGIN IMMEDIATE;
             INSERT INTO outlets (name) VALUES ('Uncommitted Outlet');",
        )
        .unwrap();
    let copy = dir.path().join("copy.db");
    morgue_on(dir.path(), &db)
        .arg("backup")
        .arg(&copy)
        .assert()
        .success();
    writer.execute_batch("COMMIT").unwrap();
    let copied: i64 = Connection::open(&copy)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM outlets WHERE name = 'Uncommitted Outlet'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(copied, 0, "an uncommitted row is not in the copy");
    let committed: i64 = writer
        .query_row(
            "SELECT count(*) FROM outlets WHERE name = 'Uncommitted Outlet'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(committed, 1, "and the writer was not disturbed");
    morgue_on(dir.path(), &copy).arg("check").assert().success();
}

/// Backups taken while `morgue import` runs each hold every source whole or not at all.
#[test]
fn backups_during_an_import_hold_whole_sources() {
    let dir = tempfile::TempDir::new().unwrap();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&samples).unwrap() {
        texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    // Distinct bytes, so that every file is a new source.
    for copy in 0..5 {
        for (i, text) in texts.iter().enumerate() {
            write(
                dir.path(),
                &format!("clips/{copy}-{i}.txt"),
                format!("{text}\nCopy {copy}.\n"),
            );
        }
    }
    let mut import = std::process::Command::new(assert_cmd::cargo::cargo_bin("morgue"))
        .current_dir(dir.path())
        .args(["--db", "a.db", "import", "clips"])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut backups = 0;
    let mut seen = std::collections::BTreeSet::new();
    while import.try_wait().unwrap().is_none() || backups == 0 {
        if !dir.path().join("a.db").exists() {
            std::thread::sleep(std::time::Duration::from_millis(10));
            continue;
        }
        let name = format!("b{backups}.db");
        let out = morgue(dir.path())
            .args(["--db", "a.db", "backup", &name])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        backups += 1;
    }
    assert!(import.wait().unwrap().success());
    let full = Connection::open(dir.path().join("a.db")).unwrap();
    let per_source = |conn: &Connection| -> Vec<(i64, i64, i64)> {
        conn.prepare(
            "SELECT s.id, (SELECT count(*) FROM articles a WHERE a.source_id = s.id),
                    (SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.source_id = s.id)
             FROM sources s ORDER BY s.id",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    };
    let complete = per_source(&full);
    for i in 0..backups {
        let copy = Connection::open(dir.path().join(format!("b{i}.db"))).unwrap();
        let has_schema: bool = copy
            .query_row(
                "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'sources'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        if !has_schema {
            // Taken while the archive was being created: an empty copy, which is consistent too.
            continue;
        }
        let partial = per_source(&copy);
        seen.insert(partial.len());
        assert_eq!(
            partial,
            complete[..partial.len()],
            "backup {i} holds each of its sources whole"
        );
        let verdict: String = copy
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(verdict, "ok");
    }
    eprintln!(
        "{backups} backups taken during an import of {} files, holding these numbers of sources: {seen:?}",
        complete.len()
    );
}

#[test]
fn check_reports_a_healthy_archive_and_changes_nothing() {
    let (dir, db) = sample_archive();
    let before = sha(&db);
    morgue_on(dir.path(), &db)
        .arg("check")
        .assert()
        .success()
        .stdout(
            predicate::str::contains("integrity_check: ok")
                .and(predicate::str::contains("foreign_key_check: ok"))
                .and(predicate::str::contains("articles_fts: ok"))
                .and(predicate::str::contains("quotes_fts: ok")),
        )
        .stderr(predicate::str::contains("no problems found"));
    assert_eq!(sha(&db), before, "check writes nothing");
}

#[test]
fn check_finds_broken_references_and_a_stale_search_index() {
    let (dir, db) = sample_archive();
    let conn = Connection::open(&db).unwrap();
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF;
         INSERT INTO quotes (article_id, paragraph_position, text, kind) VALUES (9999, 0, 'Orphaned words', 'direct');
         INSERT INTO quotes_fts(rowid, text) VALUES (last_insert_rowid(), 'Orphaned words');
         INSERT INTO articles_fts(articles_fts, rowid, title, dek, body) VALUES ('delete', 1, 'wrong', 'wrong', 'wrong');",
    )
    .unwrap();
    drop(conn);
    morgue_on(dir.path(), &db)
        .arg("check")
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("integrity_check: ok")
                .and(predicate::str::contains("foreign_key_check: quotes row"))
                .and(predicate::str::contains(
                    "refers to a missing row of articles",
                ))
                .and(predicate::str::contains(
                    "articles_fts: the full-text index no longer matches",
                ))
                .and(
                    predicate::str::contains("quotes_fts: the full-text index no longer matches")
                        .not(),
                ),
        )
        .stderr(
            predicate::str::contains("problem(s)").and(predicate::str::contains("morgue backup")),
        );
}

#[test]
fn check_reports_a_damaged_file() {
    let (dir, db) = sample_archive();
    let mut bytes = std::fs::read(&db).unwrap();
    let page = 4096;
    // Garbage over the middle pages: the header (page 1) stays, so SQLite still opens the file.
    let (start, end) = (page * 3, bytes.len() - page);
    for (i, b) in bytes[start..end].iter_mut().enumerate() {
        *b = (i * 31 % 251) as u8;
    }
    std::fs::write(&db, bytes).unwrap();
    let out = morgue_on(dir.path(), &db).arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!text.contains("panicked"), "{text}");
    assert!(
        text.contains("integrity_check: ")
            && text.contains("problem(s)")
            && text.contains("backup"),
        "a report and what to do: {text}"
    );
}
