//! `pickups` (which outlets repeat another's quotes) reads a summary of each quote group's outlets
//! (`quote_group_outlets`, migration V6) that triggers and the store keep. Here every way an archive
//! changes under it (imports, a corrected date or outlet, a deleted source, a member removed behind
//! the store's back) is followed by the query, compared with the same answer computed from every
//! group member and its article, as the query did before V6.

#[path = "query_support/mod.rs"]
mod support;

use std::path::Path;

use morgue::store::Store;
use rusqlite::Connection;
use support::morgue_on;

/// pickups from the members themselves: per (group, article) the outlet and the article's place in
/// date order, the group's origin the earliest. (outlet, repeats, quotations), sorted.
const FROM_MEMBERS: &str = "
WITH member AS (
    SELECT m.group_id, a.outlet_id,
        iif(coalesce(a.published_at, a.updated_at) IS NULL, '1', '0') || coalesce(a.published_at, a.updated_at, '')
            || char(1) || printf('%019d', a.id) AS first
    FROM (SELECT DISTINCT group_id, article_id FROM quote_group_members) AS m
    JOIN articles AS a ON a.id = m.article_id
), carried AS (SELECT DISTINCT group_id, outlet_id FROM member),
origin AS (SELECT group_id, outlet_id, min(first) FROM member GROUP BY group_id)
SELECT p.name, src.name, count(*) FROM carried AS x
JOIN origin ON origin.group_id = x.group_id
JOIN outlets AS p ON p.id = x.outlet_id JOIN outlets AS src ON src.id = origin.outlet_id
WHERE x.outlet_id <> origin.outlet_id
GROUP BY p.id, src.id ORDER BY 3 DESC, 1, 2";

type Row = (String, String, i64);

fn from_members(db: &Path) -> Vec<Row> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn.prepare(FROM_MEMBERS).unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn pickups(dir: &Path, db: &Path) -> Vec<Row> {
    let out = morgue_on(dir, db)
        .args(["query", "pickups", "-f", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    rows.iter()
        .map(|r| {
            (
                r["outlet"].as_str().unwrap().to_owned(),
                r["repeats"].as_str().unwrap().to_owned(),
                r["quotations"].as_i64().unwrap(),
            )
        })
        .collect()
}

/// `morgue check`'s report (stdout and stderr) and whether it passed.
fn check(dir: &Path, db: &Path) -> (String, bool) {
    let out = morgue_on(dir, db).arg("check").output().unwrap();
    let report =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (report, out.status.success())
}

/// Rows of the summary marked stale.
fn stale_rows(db: &Path) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM quote_group_outlets WHERE stale",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// pickups agrees with the members, `morgue check` finds the summary in step, and no group is left
/// stale by the store.
fn agrees(dir: &Path, db: &Path, step: &str) -> Vec<Row> {
    let rows = pickups(dir, db);
    assert_eq!(rows, from_members(db), "after {step}");
    let (report, _) = check(dir, db);
    assert!(
        report.contains("quote_group_outlets: ok"),
        "after {step}: {report}"
    );
    assert_eq!(
        stale_rows(db),
        0,
        "after {step}, the store summarised the changed groups before it committed"
    );
    rows
}

fn article_of(db: &Path, file: &str) -> (i64, i64) {
    let conn = Connection::open(db).unwrap();
    conn.query_row(
        "SELECT a.id, a.source_id FROM articles a JOIN sources s ON s.id = a.source_id
         WHERE s.path LIKE '%' || ?1 ORDER BY a.id LIMIT 1",
        [file],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap()
}

#[test]
fn pickups_follows_every_change_to_the_groups_and_their_articles() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories");
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("pickups.db");
    let story = [
        "s1-ap-eastmere-crane.txt",
        "s1-guardian-eastmere-crane.txt",
        "s1-reuters-eastmere-crane.txt",
    ];
    // One outlet first, then the others: the summary is written by both an import and a later one.
    morgue_on(dir.path(), &db)
        .arg("import")
        .arg(fixtures.join(story[0]))
        .assert()
        .success();
    morgue_on(dir.path(), &db)
        .arg("import")
        .args(story[1..].iter().map(|f| fixtures.join(f)))
        .assert()
        .success();
    let imported = agrees(dir.path(), &db, "the imports");
    assert!(
        !imported.is_empty()
            && imported
                .iter()
                .all(|(outlet, repeats, _)| outlet != repeats),
        "the outlets repeat each other's quotes: {imported:?}"
    );

    // The first outlet's article redated after the others: the origin moves.
    let (first, _) = article_of(&db, story[0]);
    morgue_on(dir.path(), &db)
        .args([
            "correct",
            "article",
            &first.to_string(),
            "--published",
            "2027-01-01",
        ])
        .assert()
        .success();
    let redated = agrees(dir.path(), &db, "a corrected date");
    assert_ne!(redated, imported, "another outlet is now the origin");

    let (second, second_source) = article_of(&db, story[2]);
    morgue_on(dir.path(), &db)
        .args([
            "correct",
            "article",
            &second.to_string(),
            "--outlet",
            "The Eastmere Ledger",
        ])
        .assert()
        .success();
    let moved = agrees(dir.path(), &db, "a corrected outlet");
    assert!(
        moved
            .iter()
            .any(|(o, r, _)| o == "The Eastmere Ledger" || r == "The Eastmere Ledger"),
        "{moved:?}"
    );

    let mut store = Store::open(&db).unwrap();
    assert!(store.delete_source(second_source).unwrap());
    drop(store);
    let deleted = agrees(dir.path(), &db, "a deleted source");
    assert!(
        deleted
            .iter()
            .all(|(o, r, _)| o != "The Eastmere Ledger" && r != "The Eastmere Ledger"),
        "{deleted:?}"
    );

    // A member removed by hand, where no store code runs to summarise its group again: the query
    // reads the stale group from its members.
    let conn = Connection::open(&db).unwrap();
    conn.execute(
        "DELETE FROM quote_group_members WHERE quote_id = (SELECT max(quote_id) FROM quote_group_members)",
        [],
    )
    .unwrap();
    drop(conn);
    assert!(stale_rows(&db) > 0, "the group is marked stale");
    assert_eq!(
        pickups(dir.path(), &db),
        from_members(&db),
        "with a stale group"
    );

    // A summary row gone wrong is what `morgue check` reports.
    let conn = Connection::open(&db).unwrap();
    // Summarised again by hand (the stale group made fresh), then one row given a wrong date.
    conn.execute_batch(
        "UPDATE quote_group_outlets SET stale = 0;
         UPDATE quote_group_outlets SET first = '0'
         WHERE (group_id, outlet_id) IN (SELECT group_id, outlet_id FROM quote_group_outlets LIMIT 1);",
    )
    .unwrap();
    drop(conn);
    let (report, passed) = check(dir.path(), &db);
    assert!(
        report.contains("quote_group_outlets: ") && !report.contains("quote_group_outlets: ok"),
        "{report}"
    );
    assert!(
        report.contains("SET stale = 1"),
        "the report says how to mend it: {report}"
    );
    assert!(!passed, "a problem found fails the check: {report}");
    // The remedy the report gives, then any write: the summary is right again.
    Connection::open(&db)
        .unwrap()
        .execute("UPDATE quote_group_outlets SET stale = 1", [])
        .unwrap();
    let mut store = Store::open(&db).unwrap();
    assert!(
        !store.delete_source(second_source).unwrap(),
        "already gone: a write that changes nothing"
    );
    drop(store);
    let (report, passed) = check(dir.path(), &db);
    assert!(
        passed && report.contains("quote_group_outlets: ok"),
        "{report}"
    );
    assert_eq!(
        pickups(dir.path(), &db),
        from_members(&db),
        "after the remedy"
    );
}
