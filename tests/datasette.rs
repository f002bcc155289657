//! The archive in Datasette, without Datasette: the metadata describes every column of the schema and
//! nothing that is not in it, the search queries take whatever an editor types into a form, and
//! `morgue serve` builds the right Datasette command or says how to install it. The browser test
//! (`.ci/browser-test`) checks the same pages in a real Datasette and Chromium.

mod query_support;

use std::collections::BTreeSet;

use predicates::prelude::*;
use query_support::{exact_archive, morgue, morgue_on, stdout_of};
use rusqlite::Connection;
use serde_json::Value;

use morgue::query::canned::Catalog;

fn metadata(db_name: &str) -> Value {
    let dir = tempfile::TempDir::new().unwrap();
    let out = stdout_of(morgue(dir.path()).args(["--db", db_name, "datasette-metadata"]));
    serde_json::from_str(&out).expect("valid JSON")
}

/// Every table of a fresh archive and its columns, as SQLite reports them.
fn schema() -> Vec<(String, Vec<String>)> {
    let (_dir, db) = exact_archive();
    let conn = Connection::open(&db).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|table| {
            let columns = conn
                .prepare("SELECT name FROM pragma_table_info(?1)")
                .unwrap()
                .query_map([&table], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            (table, columns)
        })
        .collect()
}

#[test]
fn every_column_is_described_and_every_description_names_a_real_column() {
    let metadata = metadata("clips.db");
    let tables = metadata["databases"]["clips"]["tables"]
        .as_object()
        .expect("tables for the clips database");
    let schema = schema();
    let mut shown = BTreeSet::new();
    for (table, columns) in &schema {
        // FTS5's own tables (articles_fts_data and the like) are hidden by Datasette itself.
        if ["_data", "_idx", "_docsize", "_config", "_content"]
            .iter()
            .any(|s| table.ends_with(s) && table.contains("_fts"))
        {
            continue;
        }
        let entry = tables
            .get(table)
            .unwrap_or_else(|| panic!("{table} has no entry in src/datasette/tables.toml"));
        if entry["hidden"] == Value::Bool(true) {
            continue;
        }
        shown.insert(table.as_str());
        let described = entry["columns"].as_object().expect("column descriptions");
        for column in columns {
            assert!(
                described
                    .get(column)
                    .and_then(Value::as_str)
                    .is_some_and(|d| !d.is_empty()),
                "{table}.{column} has no description"
            );
        }
        for column in described.keys() {
            assert!(
                columns.contains(column),
                "{table}.{column} is described but not in the schema"
            );
        }
        for key in ["label_column", "sort", "sort_desc"] {
            if let Some(column) = entry[key].as_str() {
                assert!(
                    columns.iter().any(|c| c == column),
                    "{table}: {key} {column} is no column"
                );
            }
        }
        for facet in entry["facets"].as_array().into_iter().flatten() {
            let facet = facet.as_str().unwrap();
            assert!(
                columns.iter().any(|c| c == facet),
                "{table}: facet {facet} is no column"
            );
        }
    }
    for table in tables.keys() {
        assert!(
            schema.iter().any(|(t, _)| t == table),
            "{table} is in tables.toml but not in the schema"
        );
    }
    for internal in ["refinery_schema_history", "articles_fts", "quotes_fts"] {
        assert!(
            !shown.contains(internal),
            "{internal} is listed among the tables"
        );
    }
    assert!(shown.contains("articles") && shown.contains("quotes"));
}

#[test]
fn foreign_keys_show_a_label_and_articles_and_quotes_have_search() {
    let metadata = metadata("clips.db");
    let tables = &metadata["databases"]["clips"]["tables"];
    let (_dir, db) = exact_archive();
    let conn = Connection::open(&db).unwrap();
    let targets: Vec<String> = conn
        .prepare(
            "SELECT DISTINCT f.\"table\" FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS f
             WHERE m.type = 'table'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(targets.contains(&"sources".to_owned()), "{targets:?}");
    for target in &targets {
        assert!(
            tables[target]["label_column"].is_string(),
            "{target} has no label_column"
        );
    }
    assert_eq!(tables["sources"]["label_column"], "path");
    for (table, fts) in [("articles", "articles_fts"), ("quotes", "quotes_fts")] {
        assert_eq!(tables[table]["fts_table"], fts);
        assert_eq!(tables[table]["fts_pk"], "id");
        // The search the box runs: Datasette's escaped mode quotes every word, as below.
        let hits: i64 = conn
            .query_row(
                &format!("SELECT count(*) FROM {fts} WHERE {fts} MATCH '\"pension\"'"),
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(hits > 0, "{fts} finds nothing for pension");
    }
    assert_eq!(tables["articles"]["sort_desc"], "published_at");
}

#[test]
fn canned_queries_have_titles_help_for_every_input_and_hidden_sql() {
    let metadata = metadata("clips.db");
    let queries = &metadata["databases"]["clips"]["queries"];
    for query in Catalog::built_in().iter() {
        let entry = &queries[&query.name];
        let title = entry["title"].as_str().unwrap();
        assert!(
            title != query.name && title.chars().next().is_some_and(char::is_uppercase),
            "{}: title {title}",
            query.name
        );
        assert_eq!(entry["hide_sql"], true);
        for param in &query.params {
            let help = entry["param_help"][&param.name].as_str().unwrap_or("");
            assert!(
                !help.is_empty(),
                "{}: no help for {}",
                query.name,
                param.name
            );
            assert!(!entry["description"].as_str().unwrap().contains(help));
        }
        for (name, _) in entry["example"].as_object().unwrap() {
            assert!(
                query.params.iter().any(|p| &p.name == name),
                "{}: example names {name}",
                query.name
            );
        }
    }
    assert_eq!(queries["who-said-what"]["title"], "Who said what");
    assert_eq!(queries["who-said-what"]["example"]["term"], "strike");
    let links = &metadata["plugins"]["morgue-links"]["columns"];
    assert_eq!(links["article_id"], "articles");
}

/// The full-text part of a search query file: from `WITH` to the end of its first part, `search`,
/// which reads the term (who-said-what's page is chosen by parts of its own after it).
fn search_part(name: &str) -> String {
    let catalog = Catalog::built_in();
    let sql = &catalog.get(name).unwrap().sql;
    let start = sql.find("\nWITH\n").expect("a WITH part");
    let end = start + sql[start..].find("\n)").expect("the search part's end") + 2;
    assert!(
        sql[start..end].contains("search (expression) AS ("),
        "{name}"
    );
    // Each names the columns of the index it searches.
    sql[start..end]
        .replace("'title dek body'", "COLUMNS")
        .replace("'text'", "COLUMNS")
}

#[test]
fn both_search_queries_read_the_term_the_same_way() {
    assert_eq!(
        search_part("who-said-what"),
        search_part("articles-matching")
    );
}

/// The quote ids `who-said-what` returns for `term` on the exact archive, or SQLite's error.
fn quotes_for(conn: &Connection, sql: &str, term: &str) -> Result<Vec<i64>, String> {
    let mut stmt = conn.prepare(sql).map_err(|e| e.to_string())?;
    let rows = stmt
        .query_map(rusqlite::named_params! {":term": term}, |r| {
            r.get::<_, String>(3)
        })
        .map_err(|e| e.to_string())?;
    let quotes: Vec<String> = rows.collect::<Result<_, _>>().map_err(|e| e.to_string())?;
    let texts = [
        "We will not accept cuts to the pension fund",
        "The ferries keep running all summer",
        "Talks continue on the strike",
        "Pension reform cannot wait",
    ];
    let mut ids: Vec<i64> = quotes
        .iter()
        .map(|q| {
            let plain = q.replace(['[', ']'], "");
            texts
                .iter()
                .position(|t| *t == plain)
                .expect("a known quote") as i64
                + 1
        })
        .collect();
    ids.sort();
    Ok(ids)
}

/// A connection to the exact archive with morgue's `morgue_fts` function, as `morgue query` and
/// `morgue serve`'s plugin give it.
fn searchable(db: &std::path::Path) -> Connection {
    let conn = Connection::open(db).unwrap();
    morgue::query::fts_function::install(&conn).unwrap();
    conn
}

#[test]
fn who_said_what_takes_what_an_editor_types() {
    let (_dir, db) = exact_archive();
    let conn = searchable(&db);
    let metadata = metadata("t.db");
    // The SQL exactly as Datasette gets it.
    let sql = metadata["databases"]["t"]["queries"]["who-said-what"]["sql"]
        .as_str()
        .unwrap();
    for (term, expected) in [
        ("pension", vec![1, 4]),
        ("pension OR ferries", vec![1, 2, 4]),
        ("pension NOT reform", vec![1]),
        ("\"pension fund\"", vec![1]),
        ("pens*", vec![1, 4]),
        ("NEAR(pension fund, 2)", vec![1]),
        ("(pension OR ferries) summer", vec![2]),
        ("summer (pension OR ferries)", vec![2]),
        ("cuts-to", vec![1]),
        ("", vec![]),
        ("   ", vec![]),
        ("- ...", vec![]),
        ("O'Brien", vec![]),
        ("U.S.", vec![]),
        ("Al-Awsat", vec![]),
    ] {
        assert_eq!(quotes_for(&conn, sql, term), Ok(expected), "term {term:?}");
    }
    for (term, problem) in [
        ("\"pension fund", "never closed at character 1"),
        ("()", "the parentheses hold nothing at character 1"),
        ("pension)", "the ) closes nothing at character 8"),
        ("strike OR", "OR has nothing after it at character 8"),
    ] {
        let err = quotes_for(&conn, sql, term).unwrap_err();
        assert!(err.contains(problem), "term {term:?}: {err}");
    }
}

/// The search queries read a term exactly as `morgue search` does: whatever is typed, the query runs
/// when morgue's parser accepts the term and fails with the parser's own message when it does not,
/// never with an FTS5 syntax error.
#[test]
fn the_search_queries_read_a_term_as_morgue_search_does() {
    let (_dir, db) = exact_archive();
    let conn = searchable(&db);
    let catalog = Catalog::built_in();
    let pieces = [
        "pension", "fund", "\"", "(", ")", "*", ",", "2", " ", " ", "OR", "AND", "NOT", "NEAR",
        "-", "'", "\\", ":", "^", "é", "\t", "text:", "title:", "-body:",
    ];
    // A fixed pseudo-random sequence (an LCG), so that a failure names an input that reproduces.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize % n
    };
    let (mut ran, mut refused) = (0, 0);
    for name in ["who-said-what", "articles-matching"] {
        let sql = &catalog.get(name).unwrap().sql;
        let mut stmt = conn.prepare(sql).unwrap();
        for _ in 0..600 {
            let len = next(10);
            let term: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let result: Result<Vec<rusqlite::types::Value>, _> = stmt
                .query_map(rusqlite::named_params! {":term": term}, |r| r.get(0))
                .and_then(|rows| rows.collect());
            let columns = if name == "who-said-what" {
                &["text"][..]
            } else {
                &["title", "dek", "body"][..]
            };
            match (morgue::query::fts_query_in(&term, columns), result) {
                (Ok(_), Ok(_)) => ran += 1,
                (Err(syntax), Err(err)) => {
                    assert!(
                        err.to_string().contains(&syntax.to_string()),
                        "{name}: term {term:?}: {err}, not the parser's {syntax}"
                    );
                    refused += 1;
                }
                (parsed, result) => {
                    panic!(
                        "{name}: term {term:?}: the parser gives {parsed:?}, the query {result:?}"
                    )
                }
            }
        }
    }
    assert!(ran > 100 && refused > 100, "{ran} ran, {refused} refused");
}

#[test]
fn serve_runs_datasette_on_loopback_with_the_metadata() {
    let (dir, db) = exact_archive();
    let out = stdout_of(morgue_on(dir.path(), &db).args(["serve", "--dry-run", "--port", "8123"]));
    let words: Vec<&str> = out.split_whitespace().collect();
    assert_eq!(&words[..2], ["datasette", "serve"], "{out}");
    let after = |flag: &str| {
        let at = words
            .iter()
            .position(|w| *w == flag)
            .unwrap_or_else(|| panic!("no {flag} in {out}"));
        words[at + 1]
    };
    assert_eq!(after("--host"), "127.0.0.1");
    assert_eq!(after("--port"), "8123");
    assert!(!out.contains("--immutable"), "{out}");
    let written: Value = serde_json::from_str(
        &std::fs::read_to_string(after("--metadata")).expect("metadata written"),
    )
    .unwrap();
    assert!(written["databases"]["t"]["queries"]["who-said-what"].is_object());
    assert!(
        std::path::Path::new(after("--plugins-dir"))
            .join("morgue_links.py")
            .is_file()
    );
    assert!(
        std::path::Path::new(after("--template-dir"))
            .join("query.html")
            .is_file()
    );
    let immutable =
        stdout_of(morgue_on(dir.path(), &db).args(["serve", "--dry-run", "--immutable"]));
    assert!(
        immutable.contains(&format!("--immutable {}", db.display())),
        "{immutable}"
    );
}

#[test]
fn serve_says_how_to_install_datasette_when_it_is_missing() {
    let (dir, db) = exact_archive();
    morgue_on(dir.path(), &db)
        .args(["serve", "--datasette", "/nonexistent/datasette"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Datasette is not installed"))
        .stderr(predicate::str::contains("pip install"));
}

#[test]
fn serve_refuses_an_archive_that_does_not_exist() {
    let dir = tempfile::TempDir::new().unwrap();
    morgue(dir.path())
        .args(["--db", "missing.db", "serve", "--dry-run"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "there is no archive at missing.db",
        ));
    assert!(!dir.path().join("missing.db").exists());
}
