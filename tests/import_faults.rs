//! The importer when things go wrong (issue 9): paths that loop, vanish or are not UTF-8, files over
//! the size limit, pages nested too deep, storage faults, a crash mid-import, and other processes
//! using the archive at the same time. Each runs the binary on fictional files in a fresh directory.

#[path = "query_support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use predicates::prelude::*;
use rusqlite::Connection;
use support::{morgue, write};
use tempfile::TempDir;

/// A short fictional article, different for every `i`, with a byline and two quoted speakers who
/// recur across articles (so speakers are merged while files are written).
fn article(i: usize) -> String {
    const PLACES: [&str; 5] = ["Calder", "Brannock", "Harwick", "Millbrook", "Kestrel"];
    const PEOPLE: [&str; 4] = [
        "Mira Lindqvist",
        "Tomas Ekberg",
        "Petra Holmsen",
        "Yusuf Dalton",
    ];
    let place = PLACES[i % PLACES.len()];
    let first = PEOPLE[i % PEOPLE.len()];
    let second = PEOPLE[(i / 4 + 1) % PEOPLE.len()];
    format!(
        "{place} council approves plan number {i} for the harbour road\n\n\
         By Ana Ferreira\n\n\
         The {place} council voted on Tuesday to approve plan {i}, which rebuilds {n} metres of the \
         harbour road before the winter storms arrive.\n\n\
         \u{201c}We have waited {i} weeks for this vote,\u{201d} said {first}, who chairs the \
         residents' group. \u{201c}Now the work has to start.\u{201d}\n\n\
         The plan will cost about {cost} thousand euros, paid from the road budget and a grant.\n\n\
         \u{201c}It is the least the town could do,\u{201d} said {second}, a councillor for the \
         harbour ward.\n\n\
         Work is expected to begin in the spring and to last {weeks} weeks.\n",
        n = 100 + i * 7,
        cost = 40 + i % 90,
        weeks = 3 + i % 11,
    )
}

/// Writes articles `first..first + n` as `dir/name/NNNN.txt`.
fn corpus_from(dir: &Path, name: &str, first: usize, n: usize) -> PathBuf {
    for i in first..first + n {
        write(dir, &format!("{name}/{i:04}.txt"), article(i));
    }
    dir.join(name)
}

fn corpus(dir: &Path, name: &str, n: usize) -> PathBuf {
    corpus_from(dir, name, 0, n)
}

fn query_i64(db: &Path, sql: &str) -> i64 {
    let conn = Connection::open(db).unwrap();
    conn.query_row(sql, [], |row| row.get(0)).unwrap()
}

fn has_table(db: &Path, table: &str) -> bool {
    let sql =
        format!("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}'");
    query_i64(db, &sql) == 1
}

/// An archive file with no tables yet: `check`, which never migrates, says what happened instead
/// of "no such table", and a query answers (the archive is then migrated like a new one).
fn assert_blank_archive_is_usable(dir: &Path, db: &str) {
    let check = morgue(dir).args(["--db", db, "check"]).assert().failure();
    let stderr = String::from_utf8_lossy(&check.get_output().stderr).into_owned();
    assert!(stderr.contains("has no tables yet"), "{stderr}");
    assert!(!stderr.contains("no such table"), "{stderr}");
    morgue(dir)
        .args([
            "--db",
            db,
            "sql",
            "--format",
            "csv",
            "SELECT COUNT(*) AS n FROM sources",
        ])
        .assert()
        .success()
        .stdout("n\n0\n");
    assert!(has_table(&dir.join(db), "sources"));
}

/// `PRAGMA integrity_check` and `foreign_key_check` on the archive: "ok" and no rows.
fn assert_intact(db: &Path) {
    let conn = Connection::open(db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let orphans: i64 = conn
        .query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |row| {
            row.get(0)
        })
        .unwrap();
    assert_eq!(orphans, 0, "rows pointing at nothing");
}

/// Every source is whole: it has its article, the article its paragraphs and both quotes, and the
/// full-text index holds the article.
fn assert_every_source_whole(db: &Path) {
    let partial = query_i64(
        db,
        "SELECT COUNT(*) FROM sources s WHERE
             (SELECT COUNT(*) FROM articles a WHERE a.source_id = s.id) <> 1
          OR (SELECT COUNT(*) FROM paragraphs p JOIN articles a ON a.id = p.article_id
              WHERE a.source_id = s.id) < 5
          OR (SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id
              WHERE a.source_id = s.id) < 2",
    );
    assert_eq!(partial, 0, "sources stored in part");
    let indexed = query_i64(
        db,
        "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'",
    );
    assert_eq!(indexed, query_i64(db, "SELECT COUNT(*) FROM articles"));
}

fn spawn_import(dir: &Path, db: &str, paths: &[&str], extra: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_morgue"))
        .current_dir(dir)
        .env_remove("MORGUE_DB")
        .env_remove("MORGUE_PROFILES")
        .env("HOME", dir)
        .args(["--db", db, "import", "--json"])
        .args(extra)
        .args(paths)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("morgue starts")
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_reported_once_and_every_file_imports_once() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "clips/a.txt", article(1));
    write(tmp.path(), "clips/sub/b.txt", article(2));
    std::os::unix::fs::symlink("..", tmp.path().join("clips/sub/back")).unwrap();
    let out = morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(
        stderr.matches("symbolic link loop").count(),
        1,
        "one report of the loop: {stderr}"
    );
    assert!(
        stderr.contains("2 files imported, 1 skipped, 0 failed"),
        "{stderr}"
    );
    assert_eq!(
        query_i64(&tmp.path().join("a.db"), "SELECT COUNT(*) FROM sources"),
        2
    );
}

#[cfg(unix)]
#[test]
fn a_path_that_is_not_utf8_is_stored_escaped_without_loss() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = TempDir::new().unwrap();
    std::fs::create_dir(tmp.path().join("clips")).unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(tmp.path().join("clips").join(name), article(3)).unwrap();
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "its path is not UTF-8: stored as clips/caf\\xE9.txt",
        ));
    let conn = Connection::open(tmp.path().join("a.db")).unwrap();
    let path: String = conn
        .query_row("SELECT path FROM sources", [], |row| row.get(0))
        .unwrap();
    assert_eq!(path, "clips/caf\\xE9.txt");
}

#[cfg(unix)]
#[test]
fn a_file_deleted_during_the_import_is_reported_and_the_rest_imported() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "a.txt", article(4));
    write(tmp.path(), "c.txt", article(5));
    // The importer blocks on the pipe until the test writes to it: by then it has collected its
    // inputs, and c.txt, which comes after the pipe, has not been read yet.
    let fifo = tmp.path().join("pipe.txt");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let child = spawn_import(
        tmp.path(),
        "a.db",
        &["a.txt", "pipe.txt", "c.txt"],
        &["--jobs", "1"],
    );
    let mut pipe = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
    std::fs::remove_file(tmp.path().join("c.txt")).unwrap();
    std::io::Write::write_all(&mut pipe, article(6).as_bytes()).unwrap();
    drop(pipe);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["imported"], 2);
    let failed: Vec<&serde_json::Value> = summary["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "failed")
        .collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["path"], "c.txt");
    assert!(
        failed[0]["reason"]
            .as_str()
            .unwrap()
            .contains("removed before it could be read")
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_reading_it() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "clips/small.txt", article(7));
    // 200 MB, sparse: refused from its size alone, so the test neither writes nor reads 200 MB.
    let big = std::fs::File::create(tmp.path().join("clips/huge.txt")).unwrap();
    big.set_len(200 << 20).unwrap();
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "failed: clips/huge.txt: it is 200 MB, over the 64 MB limit",
        ))
        .stderr(predicate::str::contains("--max-file-size"))
        .stderr(predicate::str::contains(
            "1 files imported, 0 skipped, 1 failed",
        ));
    // A lower limit applies to standard input too, which has no size to look at first.
    morgue(tmp.path())
        .args(["--db", "b.db", "import", "--max-file-size", "512", "-"])
        .write_stdin(article(8))
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "more than 512 bytes, over the 512 bytes limit",
        ));
}

/// A saved page with its story nested `depth` elements deep.
fn nested_page(depth: usize) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>Harbour Wall Repairs Begin</title></head><body>{}\
         <h1>Harbour Wall Repairs Begin</h1><p>Repairs to the harbour wall at Vell began on Monday, \
         three years after the winter storm that breached it, the port authority said.</p>\
         <p>The work will close the north quay to fishing boats until September, and the \
         authority has offered berths at the marina to the boats that moor there.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    )
}

/// Nesting thousands of elements deep overflowed a worker's stack, which aborted the whole import;
/// past ten thousand the parse itself takes minutes. The first page is read as a browser lays it
/// out, the second refused with a reason, and the article beside them imports.
#[test]
fn pages_nested_thousands_deep_import_or_are_refused_alone() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "clips/plain.txt", article(3));
    write(tmp.path(), "clips/deep.html", nested_page(9_000));
    write(tmp.path(), "clips/deeper.html", nested_page(40_000));
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "failed: clips/deeper.html: the page nests elements more than 10000 deep",
        ))
        .stderr(predicate::str::contains("copy its text and import that"))
        .stderr(predicate::str::contains(
            "2 files imported, 0 skipped, 1 failed",
        ));
    let db = tmp.path().join("a.db");
    assert_eq!(
        query_i64(
            &db,
            "SELECT count(*) FROM paragraphs WHERE text LIKE 'Repairs to the harbour wall%'"
        ),
        1
    );
    assert_eq!(query_i64(&db, "SELECT count(*) FROM sources"), 2);
    assert_eq!(query_i64(&db, "SELECT count(*) FROM articles"), 2);
}

#[test]
fn two_importers_of_the_same_files_at_once_skip_rather_than_fail() {
    let tmp = TempDir::new().unwrap();
    corpus(tmp.path(), "clips", 150);
    let first = spawn_import(tmp.path(), "a.db", &["clips"], &[]);
    let second = spawn_import(tmp.path(), "a.db", &["clips"], &[]);
    let mut imported = 0;
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(summary["failed"], 0);
        assert_eq!(
            summary["imported"].as_i64().unwrap() + summary["skipped"].as_i64().unwrap(),
            150
        );
        imported += summary["imported"].as_i64().unwrap();
    }
    assert_eq!(imported, 150, "each file imported by exactly one of them");
    let db = tmp.path().join("a.db");
    assert_eq!(query_i64(&db, "SELECT COUNT(*) FROM sources"), 150);
    assert_intact(&db);
    assert_every_source_whole(&db);
}

#[test]
fn readers_during_an_import_never_see_half_a_source() {
    let tmp = TempDir::new().unwrap();
    corpus(tmp.path(), "clips", 300);
    // An archive with a first file, so that readers have something to open from the start.
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips/0000.txt"])
        .assert()
        .success();
    // Its output is not read until it ends, so it must not go to a pipe that could fill.
    let mut import = Command::new(env!("CARGO_BIN_EXE_morgue"))
        .current_dir(tmp.path())
        .env_remove("MORGUE_DB")
        .env("HOME", tmp.path())
        .args(["--db", "a.db", "import", "clips"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let half_a_source = "SELECT COUNT(*) FROM sources s WHERE
        (SELECT COUNT(*) FROM articles a WHERE a.source_id = s.id) = 0
        OR (SELECT COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE a.source_id = s.id) < 2";
    let mut reads = 0;
    let mut sizes = Vec::new();
    while import.try_wait().unwrap().is_none() {
        let out = morgue(tmp.path())
            .args(["--db", "a.db", "sql", half_a_source, "--format", "csv"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).lines().nth(1),
            Some("0")
        );
        for reader in [
            vec!["search", "harbour", "--limit", "3", "--format", "csv"],
            vec!["export", "--sql", "SELECT COUNT(*) AS n FROM sources"],
        ] {
            let out = morgue(tmp.path())
                .args(["--db", "a.db"])
                .args(&reader)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{reader:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            if reader[0] == "export" {
                sizes.push(
                    String::from_utf8_lossy(&out.stdout)
                        .lines()
                        .nth(1)
                        .map(str::to_owned),
                );
            }
        }
        reads += 1;
    }
    assert!(import.wait().unwrap().success());
    assert!(reads >= 1);
    // What readers see only grows, one committed batch at a time.
    let counts: Vec<i64> = sizes
        .iter()
        .map(|n| n.as_deref().expect("a count").parse().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
    let db = tmp.path().join("a.db");
    assert_eq!(query_i64(&db, "SELECT COUNT(*) FROM sources"), 300);
    assert_every_source_whole(&db);
}

#[cfg(unix)]
#[test]
fn a_crash_at_any_point_leaves_whole_sources_and_a_rerun_completes() {
    let tmp = TempDir::new().unwrap();
    corpus(tmp.path(), "clips", 300);
    let reference = tmp.path().join("ref.db");
    let started = std::time::Instant::now();
    morgue(tmp.path())
        .arg("--db")
        .arg(&reference)
        .args(["import", "clips"])
        .assert()
        .success();
    let whole_import = started.elapsed();
    let db = tmp.path().join("a.db");
    // Kill points spread over what an import takes on this machine (each run resumes the last); on a
    // loaded machine a run can take longer than the reference did, so later points wait longer, until
    // one kill has landed mid-import.
    let mut seen_partial = false;
    for percent in [10u32, 25, 40, 55, 70, 85, 110, 140, 180, 230, 300] {
        if seen_partial && percent > 85 {
            break;
        }
        let delay = whole_import * percent / 100;
        // A commit every 20 files: the whole import can take less than one commit interval (half a
        // second), and it would then be all or nothing whenever it is killed.
        let mut child = spawn_import(tmp.path(), "a.db", &["clips"], &["--commit-every", "20"]);
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL on Unix
        let _ = child.wait();
        if !db.exists() {
            continue;
        }
        if !has_table(&db, "sources") {
            // Killed before the first migration committed: morgue must treat it as a new archive.
            assert_blank_archive_is_usable(tmp.path(), "a.db");
            continue;
        }
        assert_intact(&db);
        assert_every_source_whole(&db);
        let stored = query_i64(&db, "SELECT COUNT(*) FROM sources");
        seen_partial |= stored > 0 && stored < 300;
    }
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips"])
        .assert()
        .success();
    assert_intact(&db);
    assert_every_source_whole(&db);
    for table in [
        "sources",
        "articles",
        "paragraphs",
        "quotes",
        "speakers",
        "speaker_aliases",
    ] {
        assert_eq!(
            query_i64(&db, &format!("SELECT COUNT(*) FROM {table}")),
            query_i64(&reference, &format!("SELECT COUNT(*) FROM {table}")),
            "{table} after the re-run"
        );
    }
    assert_eq!(
        query_i64(&db, "SELECT COUNT(DISTINCT sha256) FROM sources"),
        300
    );
    // Without a kill that landed mid-import the test would prove nothing.
    assert!(seen_partial, "no kill point fell inside the import");
}

#[test]
fn an_archive_killed_before_its_tables_exist_is_finished_by_the_next_command() {
    let tmp = TempDir::new().unwrap();
    // What a kill leaves: an empty file, or refinery's history table made and no migration applied.
    std::fs::write(tmp.path().join("empty.db"), b"").unwrap();
    assert_blank_archive_is_usable(tmp.path(), "empty.db");
    let history_only = tmp.path().join("history.db");
    Connection::open(&history_only)
        .unwrap()
        .execute_batch(
            "CREATE TABLE refinery_schema_history (version INT4 PRIMARY KEY, name VARCHAR(255), \
             applied_on VARCHAR(255), checksum VARCHAR(255))",
        )
        .unwrap();
    assert_blank_archive_is_usable(tmp.path(), "history.db");
    corpus(tmp.path(), "clips", 3);
    morgue(tmp.path())
        .args(["--db", "history.db", "import", "clips"])
        .assert()
        .success();
    assert_eq!(query_i64(&history_only, "SELECT COUNT(*) FROM sources"), 3);
}

/// Runs `f` with a tmpfs of `size` mounted at `dir`, when this process may mount one (root, as in
/// the project's CI container); otherwise says so and returns None.
#[cfg(target_os = "linux")]
fn with_tmpfs<T>(dir: &Path, size: &str, f: impl FnOnce() -> T) -> Option<T> {
    std::fs::create_dir_all(dir).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
        .arg(dir)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("cannot mount a tmpfs here (not root?): storage-fault test not run");
        return None;
    }
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    let _ = Command::new("umount").arg(dir).status();
    Some(result.unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_stops_the_import_with_one_message_and_keeps_what_landed() {
    let tmp = TempDir::new().unwrap();
    let first = corpus_from(tmp.path(), "first", 5000, 40);
    let clips = corpus(tmp.path(), "clips", 1000);
    let mnt = tmp.path().join("mnt");
    with_tmpfs(&mnt, "1m", || {
        morgue(tmp.path())
            .arg("--db")
            .arg(mnt.join("a.db"))
            .arg("import")
            .arg(&first)
            .assert()
            .success();
        let out = morgue(tmp.path())
            .arg("--db")
            .arg(mnt.join("a.db"))
            .arg("import")
            .arg(&clips)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert_eq!(
            stderr.matches("cannot write to the archive").count(),
            1,
            "{stderr}"
        );
        assert!(stderr.contains("full"), "{stderr}");
        assert!(
            !stderr.lines().any(|l| l.starts_with("failed:")),
            "no line per file: {stderr}"
        );
        let db = mnt.join("a.db");
        assert_intact(&db);
        assert_every_source_whole(&db);
        // The first import's files are all there; the second's are there whole or not at all.
        let stored = query_i64(&db, "SELECT COUNT(*) FROM sources");
        let first_sources = query_i64(
            &db,
            "SELECT COUNT(*) FROM sources WHERE path LIKE '%/first/%'",
        );
        assert_eq!(first_sources, 40);
        assert!(stored < 1040);
        assert!(
            stderr.contains(&format!(
                "{} files of this import are stored whole, {} were not imported",
                stored - 40,
                1040 - stored
            )),
            "the message counts what landed: {stderr}"
        );
    });
}

#[cfg(target_os = "linux")]
#[test]
fn a_read_only_archive_stops_the_import_with_one_message() {
    let tmp = TempDir::new().unwrap();
    let clips = corpus(tmp.path(), "clips", 20);
    let mnt = tmp.path().join("mnt");
    with_tmpfs(&mnt, "8m", || {
        let db = mnt.join("a.db");
        morgue(tmp.path())
            .arg("--db")
            .arg(&db)
            .args(["import"])
            .arg(clips.join("0000.txt"))
            .assert()
            .success();
        assert!(
            Command::new("mount")
                .args(["-o", "remount,ro"])
                .arg(&mnt)
                .status()
                .unwrap()
                .success()
        );
        let out = morgue(tmp.path())
            .arg("--db")
            .arg(&db)
            .arg("import")
            .arg(&clips)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert_eq!(
            stderr.lines().filter(|l| l.starts_with("morgue:")).count(),
            1,
            "{stderr}"
        );
        assert!(
            !stderr.lines().any(|l| l.starts_with("failed:")),
            "no line per file: {stderr}"
        );
        assert!(stderr.to_lowercase().contains("read"), "{stderr}");
        assert!(
            stderr.contains("0 files of this import are stored whole, 19 were not imported"),
            "{stderr}"
        );
        assert_eq!(query_i64(&db, "SELECT COUNT(*) FROM sources"), 1);
    });
}
