//! The full-text indexes follow every write (issue 8): since migration V4 the store, not triggers,
//! writes them, so each path that adds or removes rows is checked here against `morgue check` (FTS5's
//! own comparison of each index with its table), the number of rows each index holds, and `search`.

#[path = "query_support/mod.rs"]
mod support;

use std::path::Path;

use morgue::store::Store;
use rusqlite::Connection;
use support::{morgue_on, sample_archive};

/// (articles, rows in articles_fts, quotes, rows in quotes_fts).
fn counts(db: &Path) -> (i64, i64, i64, i64) {
    let conn = Connection::open(db).unwrap();
    let count = |sql: &str| conn.query_row(sql, [], |row| row.get::<_, i64>(0)).unwrap();
    (
        count("SELECT count(*) FROM articles"),
        count("SELECT count(*) FROM articles_fts_docsize"),
        count("SELECT count(*) FROM quotes"),
        count("SELECT count(*) FROM quotes_fts_docsize"),
    )
}

fn check_passes(dir: &Path, db: &Path) {
    morgue_on(dir, db).arg("check").assert().success();
}

/// Article ids `search` returns for `words` in articles.
fn found(dir: &Path, db: &Path, words: &str) -> Vec<String> {
    let out = morgue_on(dir, db)
        .args(["search", "--in", "articles", "--format", "csv", words])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let (header, rows) = support::read_csv(&out.stdout);
    let id = header
        .iter()
        .position(|h| h == "article_id")
        .expect("an article_id column");
    rows.into_iter().map(|row| row[id].clone()).collect()
}

#[test]
fn every_imported_article_and_quote_is_indexed_once_across_imports() {
    let (dir, db) = sample_archive();
    let (articles, indexed, quotes, quotes_indexed) = counts(&db);
    assert!(articles > 3 && quotes > 10, "the samples import");
    assert_eq!((indexed, quotes_indexed), (articles, quotes));
    check_passes(dir.path(), &db);

    // A second import, in a transaction of its own, adds to the indexes without doubling the first.
    support::write(
        dir.path(),
        "more/gull.txt",
        "Gulls Return to the Old Pier\n\nBy Tove Rask\n\nMarch 3, 2026\n\n\
         The gulls came back to the old pier this spring, the harbour warden said on Monday.\n\n\
         \"We counted four hundred nests,\" said Maren Lyst, who leads the bird survey.\n",
    );
    morgue_on(dir.path(), &db)
        .args(["import", "more"])
        .assert()
        .success();
    let (articles2, indexed2, quotes2, quotes_indexed2) = counts(&db);
    assert_eq!(articles2, articles + 1);
    assert!(quotes2 > quotes);
    assert_eq!((indexed2, quotes_indexed2), (articles2, quotes2));
    check_passes(dir.path(), &db);
    assert_eq!(found(dir.path(), &db, "gulls").len(), 1);
}

#[test]
fn deleting_a_source_removes_its_rows_from_the_indexes() {
    let (dir, db) = sample_archive();
    let conn = Connection::open(&db).unwrap();
    let (source, article): (i64, i64) = conn
        .query_row(
            "SELECT source_id, id FROM articles WHERE title LIKE '%strike%' ORDER BY id LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    drop(conn);
    let before = found(dir.path(), &db, "strike");
    assert!(before.contains(&article.to_string()), "{before:?}");
    let (articles, _, quotes, _) = counts(&db);

    let mut store = Store::open(&db).unwrap();
    assert!(store.delete_source(source).unwrap());
    assert!(
        !store.delete_source(source).unwrap(),
        "a second delete finds nothing"
    );
    drop(store);

    let (articles2, indexed, quotes2, quotes_indexed) = counts(&db);
    assert!(articles2 < articles && quotes2 < quotes);
    assert_eq!((indexed, quotes_indexed), (articles2, quotes2));
    check_passes(dir.path(), &db);
    let after = found(dir.path(), &db, "strike");
    assert!(!after.contains(&article.to_string()), "{after:?}");
    assert!(after.iter().all(|id| before.contains(id)));
}

/// `morgue dump` writes no index rows; restoring rebuilds both indexes from their tables.
#[test]
fn a_restored_dump_has_both_indexes_in_step() {
    let (dir, db) = sample_archive();
    let dump = morgue_on(dir.path(), &db).arg("dump").output().unwrap();
    assert!(dump.status.success());
    // No trigger writes an index (the store does since V4); other triggers (V6's) may exist.
    let text = String::from_utf8_lossy(&dump.stdout);
    for trigger in text.split("CREATE TRIGGER").skip(1) {
        let body = trigger.split("END;").next().unwrap_or_default();
        assert!(
            !body.contains("_fts"),
            "a trigger writes a full-text index: {body}"
        );
    }
    let script = dir.path().join("dump.sql");
    std::fs::write(&script, &dump.stdout).unwrap();
    let restored = dir.path().join("restored.db");
    morgue_on(dir.path(), &restored)
        .arg("restore")
        .arg(&script)
        .assert()
        .success();
    assert_eq!(counts(&restored), counts(&db));
    check_passes(dir.path(), &restored);
    assert_eq!(
        found(dir.path(), &restored, "strike"),
        found(dir.path(), &db, "strike")
    );
}
