//! `morgue_bm25`, search's ranking function (src/store/search_terms.rs): its scores are bm25's where
//! the kept term counts are exact, the counts (`search_terms`) follow every write, and search's
//! order is the one the FTS tables' own rank gives.

#[path = "query_support/mod.rs"]
mod support;

use std::path::Path;

use morgue::query::search::{self, Filters, Ranking, Scope};
use morgue::store::Store;
use rusqlite::Connection;
use rusqlite::types::Value;
use support::{exact_archive, morgue_on};

/// Searches whose every phrase is one word: the kept counts are those bm25 makes.
const ONE_WORD_PHRASES: [&str; 7] = [
    "pension",
    "strike",
    "ferry OR pension",
    "strike NOT ferry",
    "harbour AND pension",
    "the OR talks OR summer",
    "NEAR(dock strike, 3)",
];

fn imported() -> (tempfile::TempDir, std::path::PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("ranked.db");
    morgue_on(dir.path(), &db)
        .arg("import")
        .arg(root.join("samples"))
        .assert()
        .success();
    morgue_on(dir.path(), &db)
        .arg("import")
        .arg(root.join("tests/fixtures/stories"))
        .assert()
        .success();
    (dir, db)
}

/// (rowid, bm25, morgue_bm25) of every match of `term` in `index`.
fn scores(conn: &Connection, index: &str, term: &str) -> Vec<(i64, f64, f64)> {
    let expression = morgue::query::fts_query(term).unwrap().unwrap();
    let sql = format!(
        "SELECT rowid, bm25({index}), morgue_bm25({index}, '{index}', ?1) FROM {index}
         WHERE {index} MATCH ?1 ORDER BY rowid"
    );
    let mut stmt = conn.prepare(&sql).unwrap();
    stmt.query_map([&expression], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn its_scores_are_bm25s_where_the_counts_are_exact() {
    let (_exact_dir, exact_db) = exact_archive();
    let (_dir, db) = imported();
    for db in [&exact_db, &db] {
        let store = Store::open(db).unwrap();
        let mut compared = 0;
        for term in ONE_WORD_PHRASES {
            for index in ["articles_fts", "quotes_fts"] {
                for (rowid, bm25, ours) in scores(store.connection(), index, term) {
                    assert!(
                        (bm25 - ours).abs() <= 1e-9,
                        "{term} in {index}, row {rowid}: bm25 {bm25}, morgue_bm25 {ours}"
                    );
                    compared += 1;
                }
            }
        }
        assert!(
            compared > 20,
            "{compared} scores compared in {}",
            db.display()
        );
    }
}

#[test]
fn a_column_filter_or_an_expression_it_cannot_read_is_counted_by_fts5() {
    let (_dir, db) = imported();
    let store = Store::open(&db).unwrap();
    // title: counts rows with the word in the title only, "a" + "b" joins phrases: both are
    // counted as bm25 counts them, so the scores are bm25's.
    for (index, term) in [
        ("articles_fts", "title:strike OR pension"),
        ("quotes_fts", "strike"),
    ] {
        for (rowid, bm25, ours) in scores(store.connection(), index, term) {
            assert!(
                (bm25 - ours).abs() <= 1e-9,
                "{term}, row {rowid}: {bm25} against {ours}"
            );
        }
    }
    let joined = "SELECT count(*) FROM quotes_fts
        WHERE quotes_fts MATCH ?1 AND abs(bm25(quotes_fts) - morgue_bm25(quotes_fts, 'quotes_fts', ?1)) > 1e-9";
    let off: i64 = store
        .connection()
        .query_row(joined, ["\"the\" + \"strike\""], |r| r.get(0))
        .unwrap();
    assert_eq!(off, 0);
}

/// Every kept count against the index itself (fts5vocab's rows per term): none missing, none wrong.
fn counts_match_the_index(db: &Path, step: &str) {
    let conn = Connection::open(db).unwrap();
    conn.execute_batch(
        "CREATE VIRTUAL TABLE temp.av USING fts5vocab(main, articles_fts, row);
         CREATE VIRTUAL TABLE temp.qv USING fts5vocab(main, quotes_fts, row);
         CREATE TEMP VIEW truth AS SELECT 'articles_fts' AS fts, term, doc AS rows FROM temp.av
             UNION ALL SELECT 'quotes_fts', term, doc FROM temp.qv;",
    )
    .unwrap();
    let (kept, wrong): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM search_terms),
                    (SELECT count(*) FROM (SELECT * FROM truth EXCEPT SELECT * FROM search_terms))
                  + (SELECT count(*) FROM (SELECT * FROM search_terms EXCEPT SELECT * FROM truth))",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(kept > 100, "{step}: {kept} terms kept");
    assert_eq!(wrong, 0, "{step}: kept term counts differ from the index's");
}

#[test]
fn the_counts_follow_imports_reextraction_corrections_and_deletion() {
    let (dir, db) = imported();
    let dir = dir.path();
    counts_match_the_index(&db, "two imports");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    morgue_on(dir, &db)
        .arg("import")
        .arg(root.join("samples"))
        .assert()
        .success();
    counts_match_the_index(&db, "the same files imported again");
    let conn = Connection::open(&db).unwrap();
    let (article, quote): (i64, i64) = conn
        .query_row(
            "SELECT article_id, id FROM quotes ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    drop(conn);
    let article = article.to_string();
    morgue_on(dir, &db)
        .args([
            "correct",
            "article",
            &article,
            "--title",
            "Quayside cranes idle in Brennvik",
        ])
        .assert()
        .success();
    counts_match_the_index(&db, "a corrected title");
    morgue_on(dir, &db)
        .args(["correct", "quote", &quote.to_string(), "--not-a-quote"])
        .assert()
        .success();
    counts_match_the_index(&db, "a quote removed");
    morgue_on(dir, &db)
        .args(["reextract", "--all"])
        .assert()
        .success();
    counts_match_the_index(&db, "a re-extraction, the corrections applied again");
    let mut store = Store::open(&db).unwrap();
    let source: i64 = store
        .connection()
        .query_row(
            "SELECT source_id FROM articles WHERE id = ?1",
            [&article],
            |r| r.get(0),
        )
        .unwrap();
    assert!(store.delete_source(source).unwrap());
    drop(store);
    counts_match_the_index(&db, "a deleted source");
    let out = morgue_on(dir, &db).arg("check").output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("search_terms: ok"),
        "{out:?}"
    );
}

#[test]
fn check_finds_a_wrong_term_count() {
    let (dir, db) = imported();
    let conn = Connection::open(&db).unwrap();
    conn.execute(
        "UPDATE search_terms SET rows = rows + 1 WHERE (fts, term) = (SELECT fts, term FROM search_terms LIMIT 1)",
        [],
    )
    .unwrap();
    drop(conn);
    let out = morgue_on(dir.path(), &db).arg("check").output().unwrap();
    assert!(!out.status.success());
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(report.contains("search_terms row ("), "{report}");
}

/// The writer's counting function adds to a tally only the writer holds: called from ad-hoc SQL it
/// must fail with a message, not count into nothing or crash.
#[test]
fn the_writers_counting_function_refuses_ad_hoc_sql() {
    let (dir, db) = imported();
    let out = morgue_on(dir.path(), &db)
        .args([
            "sql",
            "SELECT morgue_count_terms(articles_fts) FROM articles_fts LIMIT 1",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("use morgue_terms(fts)"), "{stderr}");
}

/// The search statement as it was before morgue_bm25: ranked by the FTS tables' own rank.
fn rows(conn: &Connection, term: &str, ours: bool, ranking: Ranking) -> Vec<Vec<String>> {
    let expression = morgue::query::fts_query(term).unwrap().unwrap();
    let (mut sql, params) = search::statement(
        &expression,
        Scope::All,
        &Filters::default(),
        Some(20),
        ranking,
    );
    if !ours {
        for index in ["articles_fts", "quotes_fts"] {
            sql = sql.replace(
                &format!("morgue_bm25({index}, '{index}', :expression)"),
                &format!("{index}.rank"),
            );
        }
        assert!(!sql.contains("morgue_bm25"), "{sql}");
    }
    run(conn, &sql, &params)
        .into_iter()
        .map(|row| row.iter().map(|v| format!("{v:?}")).collect())
        .collect()
}

/// Every row of `sql` with `params` bound by name.
fn run(conn: &Connection, sql: &str, params: &morgue::query::Params) -> Vec<Vec<Value>> {
    let named: Vec<(String, String)> = params
        .named
        .iter()
        .map(|(k, v)| (format!(":{k}"), v.clone()))
        .collect();
    let refs: Vec<(&str, &dyn rusqlite::ToSql)> = named
        .iter()
        .map(|(k, v)| (k.as_str(), v as &dyn rusqlite::ToSql))
        .collect();
    let mut stmt = conn.prepare(sql).unwrap();
    let width = stmt.column_count();
    stmt.query_map(refs.as_slice(), |r| (0..width).map(|i| r.get(i)).collect())
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn search_order_is_the_one_bm25_gives() {
    let (_dir, db) = imported();
    let store = Store::open(&db).unwrap();
    let mut found = 0;
    for term in ONE_WORD_PHRASES
        .iter()
        .chain(&["\"port authority\"", "harb*"])
    {
        for ranking in [Ranking::All, Ranking::Capped(5)] {
            let before = rows(store.connection(), term, false, ranking);
            assert_eq!(
                rows(store.connection(), term, true, ranking),
                before,
                "{term} ranked {ranking}"
            );
            found += before.len();
        }
    }
    assert!(found > 40, "{found} rows compared");
}

#[test]
fn a_prefix_search_highlights_each_row_as_a_lookup_of_that_row_does() {
    let (_dir, db) = imported();
    let store = Store::open(&db).unwrap();
    let conn = store.connection();
    let mut compared = 0;
    for term in ["harb*", "str* OR ferr*", "po*"] {
        let expression = morgue::query::fts_query(term).unwrap().unwrap();
        for ranking in [Ranking::All, Ranking::Capped(3)] {
            let (sql, params) = search::statement(
                &expression,
                Scope::Articles,
                &Filters::default(),
                Some(5),
                ranking,
            );
            assert!(
                sql.contains("+rowid IN"),
                "one MATCH for a prefix's snippets: {sql}"
            );
            let shown: Vec<(i64, String)> = run(conn, &sql, &params)
                .into_iter()
                .map(|row| match (&row[1], &row[6]) {
                    (Value::Integer(id), Value::Text(snippet)) => (*id, snippet.clone()),
                    other => panic!("an article id and a snippet: {other:?}"),
                })
                .collect();
            assert!(!shown.is_empty(), "{term} finds articles");
            for (id, snippet) in shown {
                let alone: String = conn
                    .query_row(
                        "SELECT snippet(articles_fts, -1, '[', ']', '…', 20) FROM articles_fts
                         WHERE articles_fts MATCH ?1 AND rowid = ?2",
                        (&expression, id),
                        |r| r.get(0),
                    )
                    .unwrap();
                assert_eq!(snippet, alone, "{term}, article {id}");
                compared += 1;
            }
        }
    }
    assert!(compared >= 10, "{compared} snippets compared");
}
