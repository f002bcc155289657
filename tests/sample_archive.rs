//! `sample.db.sql` is the dump of an archive built from `samples/`: it must rebuild byte for byte, and it
//! must load back into a working archive. After an intended extraction change, regenerate it with
//! `MORGUE_UPDATE_SAMPLE=1 cargo test --test sample_archive` and review the diff.

use std::path::Path;

use assert_cmd::Command;
use rusqlite::Connection;
use tempfile::TempDir;

/// 2023-11-14T22:13:20Z: any fixed time works; it only has to be the same on every machine.
const EPOCH: &str = "1700000000";

fn morgue() -> Command {
    let mut cmd = Command::cargo_bin("morgue").expect("the morgue binary is built");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env_remove("MORGUE_DB")
        .env_remove("MORGUE_PROFILES")
        .env_remove("XDG_CONFIG_HOME")
        .env("HOME", "/nonexistent");
    cmd
}

fn build_sample_dump(tmp: &Path) -> String {
    let db = tmp.join("sample.db");
    let db = db.to_str().unwrap();
    let import = morgue()
        .args(["--db", db, "import", "samples"])
        .output()
        .unwrap();
    assert!(
        import.status.success(),
        "importing samples/ failed:\n{}",
        String::from_utf8_lossy(&import.stderr)
    );
    let dump = morgue().args(["--db", db, "dump"]).output().unwrap();
    assert!(
        dump.status.success(),
        "dump failed:\n{}",
        String::from_utf8_lossy(&dump.stderr)
    );
    String::from_utf8(dump.stdout).unwrap()
}

#[test]
fn sample_db_sql_is_the_reproducible_dump_of_samples() {
    let tmp = TempDir::new().unwrap();
    let rebuilt = build_sample_dump(tmp.path());
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db.sql");
    if std::env::var_os("MORGUE_UPDATE_SAMPLE").is_some() {
        std::fs::write(&path, &rebuilt).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        !rebuilt.contains(env!("CARGO_MANIFEST_DIR")),
        "the dump must hold no machine paths"
    );
    if committed != rebuilt {
        let first_difference = committed
            .lines()
            .zip(rebuilt.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .map(|(n, (a, b))| format!("line {}:\n  committed: {a}\n  rebuilt:   {b}", n + 1))
            .unwrap_or_else(|| {
                format!(
                    "lengths differ: {} vs {} lines",
                    committed.lines().count(),
                    rebuilt.lines().count()
                )
            });
        panic!(
            "sample.db.sql is not the dump of samples/ ({first_difference})\n\
             if the change is intended: MORGUE_UPDATE_SAMPLE=1 cargo test --test sample_archive"
        );
    }
}

#[test]
fn sample_db_sql_restores_into_a_working_archive() {
    let tmp = TempDir::new().unwrap();
    let db = tmp.path().join("restored.db");
    let db_arg = db.to_str().unwrap();
    morgue()
        .args(["--db", db_arg, "restore", "sample.db.sql"])
        .assert()
        .success();
    let conn = Connection::open(&db).unwrap();
    let articles: i64 = conn
        .query_row("SELECT COUNT(*) FROM articles", [], |row| row.get(0))
        .unwrap();
    assert!(
        articles >= 6,
        "the sample archive holds at least six articles, found {articles}"
    );
    let indexed: i64 = conn
        .query_row("SELECT COUNT(*) FROM articles_fts", [], |row| row.get(0))
        .unwrap();
    assert_eq!(indexed, articles, "the full-text index is rebuilt on load");
    let word: String = conn
        .query_row(
            "SELECT lower(substr(title, 1, instr(title || ' ', ' ') - 1)) FROM articles LIMIT 1",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let hits: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?1",
            [format!("\"{word}\"")],
            |row| row.get(0),
        )
        .unwrap();
    assert!(
        hits >= 1,
        "searching the restored index for {word:?} finds its article"
    );

    let dumped = morgue().args(["--db", db_arg, "dump"]).output().unwrap();
    let committed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db.sql"))
            .unwrap();
    assert!(
        String::from_utf8(dumped.stdout).unwrap() == committed,
        "dump(restore(sample.db.sql)) == sample.db.sql"
    );

    morgue()
        .args(["--db", db_arg, "restore", "sample.db.sql"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("already exists"));
}
