//! The importer end to end: the binary run on files in a fresh temporary directory, the archive read
//! back with SQL.

#[path = "query_support/mod.rs"]
mod support;

use std::path::Path;

use predicates::prelude::*;
use rusqlite::Connection;
use support::{morgue, write};
use tempfile::TempDir;

const HARBOR: &str = "Harbor Pilots Vote to Strike Over Night Shifts

Pilots who guide container ships into Port Lindqvist voted on Tuesday to strike next month.

By Ana Ferreira

The vote, 212 to 9, follows eight months of talks over night shifts and rest periods.

\u{201c}We are not asking for anything new,\u{201d} said Tomas Brandt, the pilots' union chair. \u{201c}We are asking to be awake.\u{201d}

The port authority said it would keep talking.
";

const ORCHARD: &str = "Orchard Growers Count Losses After Late Frost

Apple growers in the Vell valley lost up to half their blossom to a frost last week.

\"It was the worst night in twenty years,\" said grower Petra Olsen.

Insurers expect claims to rise sharply this spring.
";

fn count(db: &Path, table: &str) -> i64 {
    let conn = Connection::open(db).unwrap();
    conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| {
        row.get(0)
    })
    .unwrap()
}

/// The first column of every row a query returns, as text.
fn column(db: &Path, sql: &str) -> Vec<String> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    stmt.query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn dump(dir: &Path, db: &str) -> String {
    let out = morgue(dir).args(["--db", db, "dump"]).output().unwrap();
    assert!(
        out.status.success(),
        "dump failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn import_a_directory_then_count_rows() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "clips/harbor.txt", HARBOR.as_bytes());
    write(tmp.path(), "clips/nested/orchard.txt", ORCHARD.as_bytes());
    write(
        tmp.path(),
        "clips/README.md",
        b"# not an article: directories import only .txt files\n",
    );

    morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "2 files imported, 0 skipped, 0 failed: 2 articles",
        ));

    let db = tmp.path().join("a.db");
    assert_eq!(count(&db, "sources"), 2);
    assert_eq!(count(&db, "articles"), 2);
    let conn = Connection::open(&db).unwrap();
    let titles = column(&db, "SELECT title FROM articles ORDER BY id");
    assert_eq!(
        titles,
        [
            "Harbor Pilots Vote to Strike Over Night Shifts",
            "Orchard Growers Count Losses After Late Frost"
        ]
    );
    let paths = column(&db, "SELECT path FROM sources ORDER BY id");
    assert_eq!(
        paths,
        ["clips/harbor.txt", "clips/nested/orchard.txt"],
        "paths stay as the user named them"
    );
    let body: String = conn
        .query_row("SELECT body FROM articles WHERE id = 2", [], |row| {
            row.get(0)
        })
        .unwrap();
    assert!(body.contains("Insurers expect claims"), "body: {body}");
    assert!(count(&db, "paragraphs") >= 4);
    let fts_hits: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'frost'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(
        fts_hits, 1,
        "the full-text index follows the articles table"
    );
}

#[test]
fn importing_the_same_bytes_again_changes_nothing() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "clips/harbor.txt", HARBOR.as_bytes());
    write(tmp.path(), "clips/orchard.txt", ORCHARD.as_bytes());
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips"])
        .assert()
        .success();
    let before = dump(tmp.path(), "a.db");

    write(
        tmp.path(),
        "elsewhere/copy-of-harbor.txt",
        HARBOR.as_bytes(),
    );
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips", "elsewhere"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "0 files imported, 3 skipped, 0 failed",
        ))
        .stderr(predicate::str::contains("same bytes as clips/harbor.txt"));
    assert_eq!(
        dump(tmp.path(), "a.db"),
        before,
        "a re-import must leave the archive byte for byte as it was"
    );
}

#[test]
fn import_from_standard_input() {
    let tmp = TempDir::new().unwrap();
    morgue(tmp.path())
        .args([
            "--db",
            "a.db",
            "import",
            "-",
            "--outlet",
            "The Vell Courier",
            "--date",
            "2024-03-05",
        ])
        .write_stdin(ORCHARD)
        .assert()
        .success();
    let conn = Connection::open(tmp.path().join("a.db")).unwrap();
    let (path, outlet, date): (String, String, String) = conn
        .query_row(
            "SELECT s.path, o.name, a.published_at FROM articles a JOIN sources s ON s.id = a.source_id
             JOIN outlets o ON o.id = a.outlet_id",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (path.as_str(), outlet.as_str(), date.as_str()),
        ("<stdin>", "The Vell Courier", "2024-03-05")
    );
}

#[test]
fn a_bad_file_is_reported_and_the_good_ones_still_land() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "clips/a-harbor.txt", HARBOR.as_bytes());
    write(
        tmp.path(),
        "clips/b-photo.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0",
    );
    write(tmp.path(), "clips/c-empty.txt", b"");
    write(tmp.path(), "clips/d-orchard.txt", ORCHARD.as_bytes());

    let assert = morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips", "--json"])
        .assert()
        .code(3);
    let summary: serde_json::Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    assert_eq!(summary["imported"], 2);
    assert_eq!(summary["failed"], 2);
    let failures: Vec<(String, String)> = summary["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] == "failed")
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_owned(),
                f["reason"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(failures[0].0, "clips/b-photo.txt");
    assert!(
        failures[0].1.contains("binary file") && failures[0].1.contains("byte offset 8"),
        "{}",
        failures[0].1
    );
    assert_eq!(failures[1].0, "clips/c-empty.txt");
    assert!(failures[1].1.contains("empty"), "{}", failures[1].1);

    let db = tmp.path().join("a.db");
    assert_eq!(
        count(&db, "sources"),
        2,
        "nothing of a failed file stays in the archive"
    );
    assert_eq!(count(&db, "articles"), 2);
}

#[test]
fn windows_1252_and_utf16_files_are_transcoded() {
    let tmp = TempDir::new().unwrap();
    write(
        tmp.path(),
        "cp1252.txt",
        b"Caf\xe9 Owners Rally\n\n\x93We stay open,\x94 said Lena Aho.\n",
    );
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "Bridge Reopens\n\nThe bridge reopened on Monday.\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    write(tmp.path(), "utf16.txt", &utf16);
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "cp1252.txt", "utf16.txt"])
        .assert()
        .success();
    let conn = Connection::open(tmp.path().join("a.db")).unwrap();
    let rows: Vec<(String, String)> = conn
        .prepare("SELECT a.title, s.format FROM articles a JOIN sources s ON s.id = a.source_id ORDER BY a.id")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        rows[0],
        (
            "Caf\u{e9} Owners Rally".to_owned(),
            "text;charset=windows-1252".to_owned()
        )
    );
    assert_eq!(
        rows[1],
        (
            "Bridge Reopens".to_owned(),
            "text;charset=UTF-16LE".to_owned()
        )
    );
}

#[test]
fn an_archive_from_a_newer_morgue_is_refused_and_left_untouched() {
    let tmp = TempDir::new().unwrap();
    morgue(tmp.path())
        .args(["--db", "a.db", "migrate"])
        .assert()
        .success();
    let db = tmp.path().join("a.db");
    Connection::open(&db)
        .unwrap()
        .execute("INSERT INTO refinery_schema_history VALUES (99, 'from_the_future', '2030-01-01T00:00:00Z', '1')", [])
        .unwrap();
    let before = std::fs::read(&db).unwrap();
    write(tmp.path(), "harbor.txt", HARBOR.as_bytes());

    morgue(tmp.path())
        .args(["--db", "a.db", "import", "harbor.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "written by a newer morgue (schema version 99",
        ))
        .stderr(predicate::str::contains("upgrade morgue"));
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the archive must not be modified"
    );
}

#[test]
fn migrate_creates_an_empty_archive_with_the_whole_schema() {
    let tmp = TempDir::new().unwrap();
    morgue(tmp.path())
        .args(["--db", "new.db", "migrate"])
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(r"(?m)^V1__initial_schema\tapplied \d{4}-\d\d-\d\dT").unwrap(),
        );
    let db = tmp.path().join("new.db");
    for table in [
        "outlets",
        "sources",
        "articles",
        "paragraphs",
        "authors",
        "article_authors",
        "captions",
        "speakers",
        "speaker_aliases",
        "quotes",
        "articles_fts",
        "quotes_fts",
    ] {
        assert_eq!(count(&db, table), 0, "{table} exists and is empty");
    }
    let history: Vec<(i64, String)> = Connection::open(&db)
        .unwrap()
        .prepare("SELECT version, name FROM refinery_schema_history")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(history.first(), Some(&(1, "initial_schema".to_owned())));
    for migration in [
        (2, "originals_and_corrections"),
        (3, "stories_and_quote_groups"),
        (4, "fts_written_by_the_store"),
        (5, "quote_group_members_article"),
    ] {
        assert!(
            history.contains(&(migration.0, migration.1.to_owned())),
            "{history:?}"
        );
    }
    for table in ["originals", "corrections"] {
        assert_eq!(count(&db, table), 0, "{table} exists and is empty");
    }
    morgue(tmp.path())
        .args(["--db", "new.db", "schema"])
        .assert()
        .success()
        .stdout(predicate::str::contains("CREATE TABLE articles"))
        .stdout(predicate::str::contains(
            "CREATE VIRTUAL TABLE articles_fts",
        ))
        .stdout(predicate::str::contains("articles_fts_data").not());
}

#[test]
fn dry_run_explain_stores_nothing_and_shows_the_extraction() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "harbor.txt", HARBOR.as_bytes());
    morgue(tmp.path())
        .args([
            "--db",
            "a.db",
            "import",
            "--dry-run",
            "--explain",
            "harbor.txt",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "title: Harbor Pilots Vote to Strike Over Night Shifts",
        ))
        .stderr(predicate::str::contains("dry run, nothing stored"));
    assert!(
        !tmp.path().join("a.db").exists(),
        "a dry run does not even create the archive"
    );
}

#[test]
fn a_missing_path_among_several_is_named_and_the_others_still_import() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "harbor.txt", HARBOR.as_bytes());
    write(tmp.path(), "orchard.txt", ORCHARD.as_bytes());
    morgue(tmp.path())
        .args([
            "--db",
            "a.db",
            "import",
            "harbor.txt",
            "no-such-dir",
            "orchard.txt",
        ])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "failed: no-such-dir: no such file or directory",
        ))
        .stderr(predicate::str::contains(
            "2 files imported, 0 skipped, 1 failed",
        ));
    assert_eq!(count(&tmp.path().join("a.db"), "sources"), 2);
}

#[test]
fn show_prints_a_stored_article() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "harbor.txt", HARBOR.as_bytes());
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "harbor.txt"])
        .assert()
        .success();
    morgue(tmp.path())
        .args(["--db", "a.db", "show", "1"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Harbor Pilots Vote to Strike Over Night Shifts\n",
        ))
        .stdout(predicate::str::contains("The vote, 212 to 9"));
    morgue(tmp.path())
        .args(["--db", "a.db", "show", "42"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no article with id 42"));
}

#[test]
fn a_saved_html_page_imports_with_its_declared_metadata() {
    let tmp = TempDir::new().unwrap();
    let page = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/html/vell-courier-ferry-fares.html"),
    )
    .unwrap();
    write(tmp.path(), "clips/ferry.html", &page);
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips"])
        .assert()
        .success();
    let conn = Connection::open(tmp.path().join("a.db")).unwrap();
    let row: (String, String, String, String, String, String) = conn
        .query_row(
            "SELECT a.title, a.published_at, a.url, o.name, s.format, a.body
             FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN outlets o ON o.id = a.outlet_id",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?)),
        )
        .unwrap();
    let (title, published, url, outlet, format, body) = row;
    assert_eq!(title, "Ferry Fares Rise Again");
    assert_eq!(published, "2024-03-05T09:30:00Z");
    assert_eq!(
        url,
        "https://www.vellcourier.example/island/ferry-fares-rise-again"
    );
    assert_eq!(outlet, "The Vell Courier");
    assert_eq!(format, "html");
    assert!(
        body.contains("Fares on the island ferry will rise by 8 percent"),
        "body: {body}"
    );
    for hidden in [
        "this is not article text",
        "Subscribe to keep reading",
        "enable JavaScript",
        "color: red",
    ] {
        assert!(
            !body.contains(hidden),
            "{hidden:?} is not shown by a browser, so it is not in the body: {body}"
        );
    }
}

#[test]
fn a_file_that_is_not_a_morgue_archive_is_refused_and_left_untouched() {
    let tmp = TempDir::new().unwrap();
    let other = tmp.path().join("other.db");
    Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE articles (x); INSERT INTO articles VALUES (1);")
        .unwrap();
    let before = std::fs::read(&other).unwrap();
    morgue(tmp.path())
        .args(["--db", "other.db", "migrate"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "other.db is an SQLite database but not a morgue archive",
        ));
    assert_eq!(
        std::fs::read(&other).unwrap(),
        before,
        "someone else's database is not modified"
    );

    write(
        tmp.path(),
        "notes.db",
        b"these are my notes, not a database\n",
    );
    morgue(tmp.path())
        .args(["--db", "notes.db", "sql", "SELECT 1"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "notes.db is not an SQLite database",
        ));
}
