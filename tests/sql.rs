//! `morgue sql`: output formats, parameters, the read-only guard and the time limit, on the binary.

#[path = "query_support/mod.rs"]
mod support;

use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

use predicates::prelude::*;
use rusqlite::Connection;
use rusqlite::types::Value;
use support::{exact_archive, morgue_on, read_csv, stdout_of};
use unicode_width::UnicodeWidthStr;

fn sql(dir: &std::path::Path, db: &std::path::Path, query: &str) -> assert_cmd::Command {
    let mut cmd = morgue_on(dir, db);
    cmd.arg("sql").arg(query);
    cmd
}

fn text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(s) => s.clone(),
        Value::Blob(_) => unreachable!("the fixture has no blobs"),
    }
}

#[test]
fn csv_read_back_equals_the_query_result() {
    let (dir, db) = exact_archive();
    let query = "SELECT a.id, a.title, a.published_at, a.body, o.name AS outlet FROM articles a \
                 LEFT JOIN outlets o ON o.id = a.outlet_id ORDER BY a.id";
    let out = stdout_of(sql(dir.path(), &db, query).args(["--format", "csv"]));
    let (header, rows) = read_csv(out.as_bytes());
    assert_eq!(header, ["id", "title", "published_at", "body", "outlet"]);

    let conn = Connection::open(&db).unwrap();
    let mut stmt = conn.prepare(query).unwrap();
    let expected: Vec<Vec<String>> = stmt
        .query_map([], |row| {
            (0..5)
                .map(|i| row.get::<_, Value>(i).map(|v| text(&v)))
                .collect()
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows, expected);
    assert!(
        rows.iter().any(|r| r[1].contains('🚢')),
        "Unicode survives the round trip"
    );
}

#[test]
fn json_ndjson_tsv_and_markdown_carry_the_same_rows() {
    let (dir, db) = exact_archive();
    let query = "SELECT id, title, published_at FROM articles ORDER BY id";
    let json: serde_json::Value =
        serde_json::from_str(&stdout_of(sql(dir.path(), &db, query).args(["-f", "json"])))
            .expect("valid JSON");
    let rows = json.as_array().expect("an array");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["id"], 1);
    assert_eq!(rows[2]["published_at"], serde_json::Value::Null);
    assert_eq!(
        rows[2]["title"],
        "東京港のストライキ 🚢 and an undated note"
    );

    let ndjson = stdout_of(sql(dir.path(), &db, query).args(["-f", "ndjson"]));
    let lines: Vec<serde_json::Value> = ndjson
        .lines()
        .map(|l| serde_json::from_str(l).expect("one object"))
        .collect();
    assert_eq!(lines, *rows);

    let tsv = stdout_of(sql(dir.path(), &db, query).args(["-f", "tsv"]));
    assert_eq!(tsv.lines().next(), Some("id\ttitle\tpublished_at"));
    assert_eq!(tsv.lines().count(), 4);

    let md = stdout_of(
        sql(dir.path(), &db, "SELECT 'a|b' AS x, 'two\nlines' AS y").args(["-f", "markdown"]),
    );
    assert_eq!(md, "| x | y |\n| --- | --- |\n| a\\|b | two<br>lines |\n");

    let empty =
        stdout_of(sql(dir.path(), &db, "SELECT id FROM articles WHERE 0").args(["-f", "json"]));
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&empty).unwrap(),
        serde_json::json!([])
    );
}

#[test]
fn the_table_fits_the_terminal_width_even_with_wide_characters() {
    let (dir, db) = exact_archive();
    let out = stdout_of(
        sql(
            dir.path(),
            &db,
            "SELECT id, title, body FROM articles ORDER BY id",
        )
        .env("COLUMNS", "50"),
    );
    assert!(
        out.lines().count() > 5,
        "long cells wrap onto more lines:\n{out}"
    );
    assert!(
        out.contains("The dock strike in"),
        "wrapped at spaces:\n{out}"
    );
    for line in out.lines() {
        assert!(
            line.width() <= 50,
            "line wider than 50 columns ({}): {line}",
            line.width()
        );
    }
    let long = stdout_of(
        sql(
            dir.path(),
            &db,
            "SELECT replace(hex(zeroblob(500)), '00', 'word ') AS w",
        )
        .env("COLUMNS", "50"),
    );
    assert_eq!(
        long.lines().count(),
        6,
        "a very long cell stops after four lines:\n{long}"
    );
    assert!(
        long.trim_end().ends_with('…'),
        "and says it was cut:\n{long}"
    );
    assert!(out.contains("東京港"), "wide characters are kept:\n{out}");
}

#[test]
fn named_and_positional_parameters_are_bound() {
    let (dir, db) = exact_archive();
    let out = stdout_of(
        sql(
            dir.path(),
            &db,
            "SELECT title FROM articles WHERE outlet_id = :outlet AND word_count > ?",
        )
        .args(["-p", "outlet=1", "-p", "5", "-f", "csv"]),
    );
    assert_eq!(out, "title\nCranes fall silent in Eastport\n");
    let out = stdout_of(
        sql(dir.path(), &db, "SELECT $a || @b AS joined")
            .args(["-p", "a=x=y", "-p", "@b=007", "-f", "csv"]),
    );
    assert_eq!(
        out, "joined\nx=y007\n",
        "values keep their text, = and leading zeros included"
    );
}

#[test]
fn parameters_are_never_spliced_into_the_sql() {
    let (dir, db) = exact_archive();
    for evil in [
        "x' OR '1'='1",
        "1; DROP TABLE articles; --",
        "' UNION SELECT sql FROM sqlite_master --",
    ] {
        let out = stdout_of(
            sql(dir.path(), &db, "SELECT id FROM articles WHERE title = :t").args([
                "-p",
                &format!("t={evil}"),
                "-f",
                "csv",
            ]),
        );
        assert_eq!(out, "id\n", "{evil} matched rows");
        let echoed = stdout_of(sql(dir.path(), &db, "SELECT :t AS t").args([
            "-p",
            &format!("t={evil}"),
            "-f",
            "csv",
        ]));
        assert_eq!(read_csv(echoed.as_bytes()).1, vec![vec![evil.to_owned()]]);
    }
    let conn = Connection::open(&db).unwrap();
    assert_eq!(
        conn.query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0))
            .unwrap(),
        3
    );
}

#[test]
fn a_missing_or_unknown_parameter_names_the_expected_ones() {
    let (dir, db) = exact_archive();
    sql(dir.path(), &db, "SELECT :speaker, :since")
        .args(["-p", "speaker=x"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("missing parameter since")
                .and(predicate::str::contains("-p speaker=")),
        );
    sql(dir.path(), &db, "SELECT :speaker")
        .args(["-p", "speakr=x"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("unknown parameter speakr")
                .and(predicate::str::contains("-p speaker=")),
        );
}

#[test]
fn writes_attach_and_extension_loading_are_refused_and_the_archive_is_unchanged() {
    let (dir, db) = exact_archive();
    let before = std::fs::read(&db).unwrap();
    let attached = dir.path().join("other.db");
    let refused = [
        (
            "INSERT INTO outlets (name) VALUES ('x')",
            "INSERT into outlets",
        ),
        ("UPDATE articles SET title = 'x'", "UPDATE of articles"),
        ("DELETE FROM quotes", "DELETE from quotes"),
        ("DROP TABLE captions", "DROP"),
        ("CREATE TABLE t (x)", "schema"),
        ("CREATE TEMP VIEW v AS SELECT 1", "schema"),
        ("ALTER TABLE articles ADD COLUMN x", "ALTER"),
        (
            &format!("ATTACH '{}' AS other", attached.display()),
            "ATTACH",
        ),
        ("DETACH main", "DETACH"),
        (
            "SELECT load_extension('/nonexistent/evil.so')",
            "load_extension",
        ),
        (&format!("VACUUM INTO '{}'", attached.display()), "refused"),
        ("PRAGMA user_version = 7", "PRAGMA user_version"),
        ("PRAGMA journal_mode = DELETE", "PRAGMA journal_mode"),
        ("BEGIN IMMEDIATE", "transactions"),
        ("REINDEX", "REINDEX"),
    ];
    for (statement, reason) in refused {
        sql(dir.path(), &db, statement).assert().code(1).stderr(
            predicate::str::contains(reason).and(predicate::str::contains("panicked").not()),
        );
    }
    assert!(!attached.exists(), "nothing was written beside the archive");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the archive's bytes did not change"
    );
    // Reading the schema stays possible.
    let out = stdout_of(
        sql(
            dir.path(),
            &db,
            "SELECT name FROM pragma_table_info('outlets')",
        )
        .args(["-f", "csv"]),
    );
    assert_eq!(out, "name\nid\nname\ndomain\n");
}

#[test]
fn sql_errors_are_sentences_not_panics() {
    let (dir, db) = exact_archive();
    for (statement, says) in [
        ("SELECT nope FROM articles", "no such column: nope"),
        ("SELECT * FROM nowhere", "morgue schema"),
        ("SELECT 1; SELECT 2", "one SELECT at a time"),
        ("SELEC 1", "syntax error"),
        ("", "returns no columns"),
    ] {
        sql(dir.path(), &db, statement)
            .assert()
            .code(1)
            .stderr(predicate::str::starts_with("morgue: ").and(predicate::str::contains(says)));
    }
}

#[test]
fn the_time_limit_stops_a_runaway_query() {
    let (dir, db) = exact_archive();
    let started = Instant::now();
    sql(
        dir.path(),
        &db,
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n",
    )
    .args(["--timeout", "1"])
    .timeout(Duration::from_secs(60))
    .assert()
    .code(1)
    .stderr(
        predicate::str::contains("stopped after 1 s").and(predicate::str::contains("--timeout")),
    );
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "took {:?}",
        started.elapsed()
    );
}

/// `morgue sql QUERY ARGS` running in the background, its stdout and stderr piped to the test.
fn spawn_sql(
    dir: &std::path::Path,
    db: &std::path::Path,
    query: &str,
    args: &[&str],
) -> std::process::Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("morgue"))
        .current_dir(dir)
        .env_remove("COLUMNS")
        .arg("--db")
        .arg(db)
        .arg("sql")
        .arg(query)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts")
}

/// Waits (a minute at most) for a child whose reader has gone away, and asserts that it ended with
/// success and said nothing: a closed pipe is the reader's choice, not a failure.
fn assert_ends_quietly(mut child: std::process::Child) {
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("morgue kept running after its reader went away");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(status.success(), "exit {status}, stderr: {stderr}");
    assert!(stderr.is_empty(), "nothing is reported: {stderr}");
}

const ENDLESS: &str = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) \
                       SELECT x, 'row number ' || x AS label FROM n";

#[test]
fn a_closed_pipe_is_success() {
    let (dir, db) = exact_archive();
    let mut child = spawn_sql(
        dir.path(),
        &db,
        ENDLESS,
        &["--format", "csv", "--timeout", "30"],
    );
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    assert!(
        first.starts_with(b"x,label\n1,row number 1\n2,"),
        "{}",
        String::from_utf8_lossy(&first)
    );
    drop(stdout);
    assert_ends_quietly(child);
}

/// See issue 9: the table format held every row until the end, so an endless query piped to `head`
/// used gigabytes and printed nothing. With no time limit, only streaming lets this test end.
#[test]
fn the_table_streams_an_endless_query_to_a_reader_that_closes_early() {
    let (dir, db) = exact_archive();
    let mut child = spawn_sql(
        dir.path(),
        &db,
        ENDLESS,
        &["--format", "table", "--timeout", "0"],
    );
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = Vec::new();
    for _ in 0..5 {
        let mut line = String::new();
        std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
        first.push(line);
    }
    assert!(
        first[0].starts_with('x') && first[0].contains("label"),
        "{first:?}"
    );
    assert!(first[2].contains("row number 1"), "{first:?}");
    drop(stdout);
    assert_ends_quietly(child);
}

#[test]
fn an_output_file_is_never_replaced_without_force() {
    let (dir, db) = exact_archive();
    let out = dir.path().join("result.csv");
    std::fs::write(&out, "keep me").unwrap();
    sql(dir.path(), &db, "SELECT 1 AS one")
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("already exists").and(predicate::str::contains("--force")),
        );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    sql(dir.path(), &db, "SELECT 1 AS one")
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .success()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("wrote 1 row(s) to"));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "one\n1\n",
        "the extension chose CSV"
    );
    sql(dir.path(), &db, "SELECT 1")
        .arg("-o")
        .arg(dir.path().join("x.weird"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot tell the output format"));
    sql(dir.path(), &db, "SELECT nope")
        .arg("-o")
        .arg(dir.path().join("failed.csv"))
        .assert()
        .code(1);
    assert!(
        !dir.path().join("failed.csv").exists(),
        "a failed query leaves no file behind"
    );
}

#[test]
fn like_ignores_case_beyond_ascii() {
    let (dir, db) = exact_archive();
    let out = stdout_of(
        sql(dir.path(), &db, "SELECT 'Per Engström' LIKE '%ENGSTRÖM%' AS a, 'ÅSA' LIKE 'åsa' AS b, 'x' LIKE 'y' AS c")
            .args(["-f", "csv"]),
    );
    assert_eq!(out, "a,b,c\n1,1,0\n");
}

#[test]
fn a_fresh_archive_is_created_and_queried() {
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("new.db");
    let out =
        stdout_of(sql(dir.path(), &db, "SELECT count(*) AS n FROM articles").args(["-f", "csv"]));
    assert_eq!(out, "n\n0\n");
}
