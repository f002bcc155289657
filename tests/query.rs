//! Canned queries: listing, describing, running every built-in on the sample archive, their query
//! plans, parameters, a user's own folder, and the Datasette metadata made from them.

#[path = "query_support/mod.rs"]
mod support;

use morgue::query::Params;
use morgue::query::canned::Catalog;
use predicates::prelude::*;
use rusqlite::Connection;
use support::{exact_archive, morgue, morgue_on, read_csv, sample_archive, stdout_of};

/// `-p a=b -p c=d` from a query's example line, as the parameters it names.
fn example_params(example: Option<&str>) -> Vec<String> {
    let words: Vec<&str> = example.unwrap_or("").split_whitespace().collect();
    words
        .chunks(2)
        .filter(|pair| pair[0] == "-p")
        .map(|pair| pair[1].to_owned())
        .collect()
}

#[test]
fn list_shows_every_built_in_query_with_its_description() {
    let dir = tempfile::TempDir::new().unwrap();
    let out = stdout_of(morgue(dir.path()).args(["query", "--list"]));
    for query in Catalog::built_in().iter() {
        let line = out
            .lines()
            .find(|l| l.starts_with(&format!("{} ", query.name)))
            .unwrap_or_else(|| panic!("{} not listed", query.name));
        assert!(line.contains(&query.description), "{line}");
    }
    for required in [
        "articles-by-outlet",
        "quotes-by-speaker",
        "top-speakers",
        "top-speakers-by-outlet",
        "captions-by-credit",
        "photo-agencies",
        "who-said-what",
        "articles-matching",
        "outlet-summary",
        "import-log",
    ] {
        assert!(out.contains(required), "{required} is missing");
    }
}

#[test]
fn describe_shows_parameters_defaults_and_the_sql() {
    let dir = tempfile::TempDir::new().unwrap();
    let out = stdout_of(morgue(dir.path()).args(["query", "articles-by-outlet", "--describe"]));
    assert!(
        out.contains("outlet") && out.contains("(required)"),
        "{out}"
    );
    assert!(out.contains("since") && out.contains("optional"), "{out}");
    assert!(out.contains("SELECT") && out.contains(":outlet"), "{out}");
    assert!(
        out.contains("run: morgue query articles-by-outlet -p"),
        "{out}"
    );
}

#[test]
fn every_built_in_query_runs_on_the_sample_archive_and_returns_rows() {
    let (dir, db) = sample_archive();
    for query in Catalog::built_in().iter() {
        let mut cmd = morgue_on(dir.path(), &db);
        cmd.args(["query", &query.name, "-f", "csv"]);
        for param in example_params(query.example.as_deref()) {
            cmd.args(["-p", &param]);
        }
        let (header, rows) = read_csv(stdout_of(&mut cmd).as_bytes());
        assert!(!header.is_empty(), "{}", query.name);
        assert!(
            !rows.is_empty(),
            "{} returned no rows on the samples",
            query.name
        );
    }
}

#[test]
fn every_built_in_query_declares_exactly_the_parameters_its_sql_uses() {
    let store = morgue::store::Store::open_in_memory().unwrap();
    // The search parser canned queries call, as `morgue query` registers it.
    morgue::query::fts_function::install(store.connection()).unwrap();
    for query in Catalog::built_in().iter() {
        let stmt = store
            .connection()
            .prepare(&query.sql)
            .unwrap_or_else(|e| panic!("{}: {e}", query.name));
        let mut used: Vec<String> = (1..=stmt.parameter_count())
            .filter_map(|i| stmt.parameter_name(i))
            .map(|n| n[1..].to_owned())
            .collect();
        used.sort();
        let mut declared: Vec<String> = query.params.iter().map(|p| p.name.clone()).collect();
        declared.sort();
        assert_eq!(used, declared, "{}", query.name);
        assert!(
            query.params.iter().all(|p| !p.meaning.is_empty()),
            "{}: a parameter without a meaning",
            query.name
        );
    }
}

/// The table names and aliases under which `articles` and `quotes` appear in `sql`.
fn big_table_names(sql: &str) -> Vec<String> {
    let words: Vec<&str> = sql
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut names = vec!["articles".to_owned(), "quotes".to_owned()];
    for (i, word) in words.iter().enumerate() {
        if (*word == "articles" || *word == "quotes")
            && words
                .get(i + 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("AS"))
            && let Some(alias) = words.get(i + 2)
        {
            names.push((*alias).to_owned());
        }
    }
    names
}

/// The plan lines of `sql` that read all of `articles` or `quotes` (a table scan or a full index scan);
/// a full-text index is searched, never scanned, even when the plan calls it a SCAN.
fn full_scans(conn: &Connection, sql: &str, params: &Params) -> Vec<String> {
    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
    params.bind(&mut stmt).unwrap();
    let mut rows = stmt.raw_query();
    let mut plan = Vec::new();
    while let Some(row) = rows.next().unwrap() {
        plan.push(row.get::<_, String>(3).unwrap());
    }
    let names = big_table_names(sql);
    plan.into_iter()
        .filter(|detail| {
            detail.strip_prefix("SCAN ").is_some_and(|rest| {
                let table = rest.split_whitespace().next().unwrap_or("");
                names.iter().any(|n| n == table) && !rest.contains("VIRTUAL TABLE")
            })
        })
        .collect()
}

#[test]
fn no_built_in_query_scans_all_of_articles_or_quotes() {
    let (_dir, db) = sample_archive();
    let conn = Connection::open(&db).unwrap();
    morgue::query::fts_function::install(&conn).unwrap();
    // The check itself catches a scan, aliased or not.
    let none = Params::default();
    assert_eq!(
        full_scans(
            &conn,
            "SELECT title FROM articles AS a WHERE a.word_count > 5",
            &none
        ),
        ["SCAN a"]
    );
    assert_eq!(
        full_scans(
            &conn,
            "SELECT count(*) FROM quotes WHERE kind = 'direct'",
            &none
        )
        .len(),
        1
    );
    assert!(full_scans(&conn, "SELECT title FROM articles WHERE id = 1", &none).is_empty());
    for query in Catalog::built_in().iter() {
        let params = query
            .bind_params(&Params::parse(&example_params(query.example.as_deref())))
            .unwrap();
        let scans = full_scans(&conn, &query.sql, &params);
        assert!(
            scans.is_empty(),
            "{} reads all of articles or quotes: {scans:?}",
            query.name
        );
    }
}

#[test]
fn quotes_by_speaker_matches_aliases_any_case_and_part_of_a_name() {
    let (dir, db) = exact_archive();
    for speaker in ["Ingrid Halvorsen", "halvorson", "INGRID", "vors"] {
        let out = stdout_of(morgue_on(dir.path(), &db).args([
            "query",
            "quotes-by-speaker",
            "-p",
            &format!("speaker={speaker}"),
            "-f",
            "csv",
        ]));
        let (_, rows) = read_csv(out.as_bytes());
        let quotes: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
        assert_eq!(quotes.len(), 2, "{speaker}: {quotes:?}");
        assert!(quotes.contains(&"We will not accept cuts to the pension fund"));
        assert!(rows.iter().all(|r| r[0] == "Ingrid Halvorsen"));
    }
}

#[test]
fn articles_by_outlet_honours_the_date_range() {
    let (dir, db) = exact_archive();
    let run = |params: &[&str]| {
        let mut cmd = morgue_on(dir.path(), &db);
        cmd.args(["query", "articles-by-outlet", "-f", "csv"]);
        for p in params {
            cmd.args(["-p", p]);
        }
        read_csv(stdout_of(&mut cmd).as_bytes())
            .1
            .into_iter()
            .map(|r| r[3].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(run(&["outlet=gazette"]), ["Cranes fall silent in Eastport"]);
    assert_eq!(
        run(&["outlet=e", "since=2025-06-01"]),
        ["Ferry timetable changes"]
    );
    assert_eq!(
        run(&["outlet=e", "until=2025-05-01"]),
        ["Cranes fall silent in Eastport"],
        "the whole last day counts"
    );
    assert_eq!(
        run(&["outlet=e", "since=2025-05-02", "until=2025-06-14"]),
        Vec::<String>::new()
    );
}

#[test]
fn photo_agencies_count_every_agency_a_credit_names() {
    let (dir, db) = exact_archive();
    let out = stdout_of(morgue_on(dir.path(), &db).args(["query", "photo-agencies", "-f", "csv"]));
    let (_, rows) = read_csv(out.as_bytes());
    let counts: Vec<(String, String)> = rows
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect();
    for expected in [
        ("AP", "1"),
        ("Reuters", "1"),
        ("AFP", "1"),
        ("Getty Images", "1"),
        ("(no credit)", "1"),
    ] {
        assert!(
            counts.contains(&(expected.0.to_owned(), expected.1.to_owned())),
            "{expected:?} in {counts:?}"
        );
    }
}

#[test]
fn photo_agencies_list_each_credit_once_with_a_separator_that_survives_commas() {
    let (dir, db) = exact_archive();
    Connection::open(&db)
        .unwrap()
        .execute_batch(
            "INSERT INTO captions (id, article_id, position, text, credit) VALUES
                (5, 3, 1, 'Pier', 'Lena Dahl, pool/AFP'), (6, 3, 2, 'Quay', 'Lena Dahl, pool/AFP');",
        )
        .unwrap();
    let out = stdout_of(morgue_on(dir.path(), &db).args(["query", "photo-agencies", "-f", "csv"]));
    let (_, rows) = read_csv(out.as_bytes());
    let afp = rows.iter().find(|r| r[0] == "AFP").expect("AFP row");
    assert_eq!(afp[1], "3", "every photo counts: {afp:?}");
    let mut credits: Vec<&str> = afp[2].split(" | ").collect();
    credits.sort_unstable();
    assert_eq!(
        credits,
        ["Lena Dahl, pool/AFP", "Tom Berg/AFP via Getty Images"],
        "each credit once: {afp:?}"
    );
}

#[test]
fn outlet_summary_and_import_log_add_up() {
    let (dir, db) = exact_archive();
    let out = stdout_of(morgue_on(dir.path(), &db).args(["query", "outlet-summary", "-f", "csv"]));
    let (header, rows) = read_csv(out.as_bytes());
    assert_eq!(
        header,
        [
            "outlet",
            "domain",
            "articles",
            "first_published",
            "last_published",
            "quotes",
            "captions"
        ]
    );
    let gazette = rows
        .iter()
        .find(|r| r[0] == "Harbour Gazette")
        .expect("gazette row");
    assert_eq!(
        gazette[2..],
        [
            "1",
            "2025-05-01T08:00:00+02:00",
            "2025-05-01T08:00:00+02:00",
            "2",
            "1"
        ]
    );
    assert!(
        rows.iter().any(|r| r[0] == "(no outlet)" && r[2] == "1"),
        "{rows:?}"
    );
    let total: i64 = rows.iter().map(|r| r[5].parse::<i64>().unwrap()).sum();
    assert_eq!(total, 4, "every quote is counted once");

    let out = stdout_of(morgue_on(dir.path(), &db).args(["query", "import-log", "-f", "json"]));
    let log: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(log[0]["path"], "gazette.txt");
    assert_eq!(log[0]["articles"], 2);
    assert_eq!(log[0]["quotes"], 3);
    assert_eq!(log[0]["paragraphs"], 2);
    assert_eq!(
        log[0]["titles"],
        "Cranes fall silent in Eastport | Ferry timetable changes"
    );
}

#[test]
fn parameters_are_checked_against_the_query() {
    let (dir, db) = exact_archive();
    morgue_on(dir.path(), &db)
        .args(["query", "quotes-by-speaker"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("missing parameter speaker")
                .and(predicate::str::contains("-p speaker=")),
        );
    morgue_on(dir.path(), &db)
        .args([
            "query",
            "quotes-by-speaker",
            "-p",
            "speaker=x",
            "-p",
            "limit=3",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("unknown parameter limit"));
    morgue(dir.path())
        .args(["query", "top-speaker"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("no canned query named top-speaker")
                .and(predicate::str::contains("top-speakers")),
        );
}

#[test]
fn a_user_folder_adds_queries_and_overrides_built_ins() {
    let (dir, db) = exact_archive();
    let folder = dir.path().join("my-queries");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(
        folder.join("ferry-articles.sql"),
        "-- name: ferry-articles\n-- Articles about ferries.\n--\n-- :word  what else to look for (default: ferr*)\nSELECT title FROM articles_fts WHERE articles_fts MATCH :word;\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("top-speakers.sql"),
        "-- Overridden: just names.\nSELECT name FROM speakers ORDER BY name;\n",
    )
    .unwrap();

    let list = stdout_of(
        morgue(dir.path())
            .args(["query", "--list", "--queries"])
            .arg(&folder),
    );
    assert!(
        list.contains("ferry-articles") && list.contains("Articles about ferries."),
        "{list}"
    );
    assert!(list.contains("Overridden: just names."), "{list}");

    let out = stdout_of(
        morgue_on(dir.path(), &db)
            .args(["query", "ferry-articles", "-f", "csv", "--queries"])
            .arg(&folder),
    );
    assert_eq!(out, "title\nFerry timetable changes\n");
    // The environment variable names the folder too.
    let out = stdout_of(
        morgue(dir.path())
            .env("MORGUE_QUERIES", &folder)
            .arg("--db")
            .arg(&db)
            .args(["query", "top-speakers", "-f", "csv"]),
    );
    assert_eq!(out, "name\nEastport Port Authority\nIngrid Halvorsen\n");
    // And so does the default folder under the home directory.
    let default = dir.path().join(".config/morgue/queries");
    std::fs::create_dir_all(&default).unwrap();
    std::fs::copy(
        folder.join("top-speakers.sql"),
        default.join("top-speakers.sql"),
    )
    .unwrap();
    let out = stdout_of(morgue_on(dir.path(), &db).args(["query", "top-speakers", "-f", "csv"]));
    assert_eq!(out, "name\nEastport Port Authority\nIngrid Halvorsen\n");

    morgue(dir.path())
        .args(["query", "--list", "--queries", "no-such-folder"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot read the queries folder"));
}

#[test]
fn canned_queries_are_read_only_too() {
    let (dir, db) = exact_archive();
    let folder = dir.path().join("q");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(
        folder.join("wipe.sql"),
        "-- Deletes everything.\nDELETE FROM articles;\n",
    )
    .unwrap();
    morgue_on(dir.path(), &db)
        .args(["query", "wipe", "--queries"])
        .arg(&folder)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("refused: DELETE from articles"));
}

#[test]
fn datasette_metadata_turns_canned_queries_into_datasette_ones() {
    let dir = tempfile::TempDir::new().unwrap();
    let out = stdout_of(morgue(dir.path()).args(["--db", "clips.db", "datasette-metadata"]));
    let metadata: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let queries = metadata["databases"]["clips"]["queries"]
        .as_object()
        .expect("queries for the clips database");
    for query in Catalog::built_in().iter() {
        let entry = &queries[&query.name];
        let sql = entry["sql"].as_str().expect("sql");
        assert!(
            !sql.trim_start().starts_with("--") && !sql.ends_with(';'),
            "{sql}"
        );
        let params: Vec<&str> = entry["params"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap())
            .collect();
        for p in &params {
            assert!(
                sql.contains(&format!(":{p}")),
                "{}: :{p} not in the SQL",
                query.name
            );
        }
        assert!(
            entry["description"]
                .as_str()
                .unwrap()
                .starts_with(&query.description)
        );
    }
    // Datasette sends '' for an empty form field: the optional parameters must accept it.
    let (dir, db) = exact_archive();
    let conn = Connection::open(&db).unwrap();
    let sql = queries["articles-by-outlet"]["sql"].as_str().unwrap();
    let titles: Vec<String> = conn
        .prepare(sql)
        .unwrap()
        .query_map(
            rusqlite::named_params! {":outlet": "", ":since": "", ":until": ""},
            |r| r.get(3),
        )
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(titles.len(), 2, "{titles:?}");
    drop(dir);
}

#[test]
fn articles_by_outlet_dates_a_page_that_shows_only_an_update_time_by_it() {
    let (dir, db) = exact_archive();
    Connection::open(&db)
        .unwrap()
        .execute(
            "INSERT INTO articles (id, source_id, position, outlet_id, title, updated_at, body, word_count)
             VALUES (9, 2, 1, 2, 'Updated only', '2025-07-01', 'Text.', 1)",
            [],
        )
        .unwrap();
    let titles = |params: &[&str]| {
        let mut cmd = morgue_on(dir.path(), &db);
        cmd.args(["query", "articles-by-outlet", "-f", "csv"]);
        for p in params {
            cmd.args(["-p", p]);
        }
        let (header, rows) = read_csv(stdout_of(&mut cmd).as_bytes());
        let title = header
            .iter()
            .position(|h| h == "title")
            .expect("title column");
        rows.into_iter()
            .map(|r| r[title].clone())
            .collect::<Vec<String>>()
    };
    assert_eq!(
        titles(&["outlet=wire", "since=2025-06-30"]),
        ["Updated only"]
    );
    assert_eq!(
        titles(&["outlet=wire", "until=2025-06-30"]),
        ["Ferry timetable changes"]
    );
    assert_eq!(
        titles(&["outlet=wire"]),
        ["Updated only", "Ferry timetable changes"],
        "newest first"
    );
}

#[test]
fn import_log_lists_a_page_of_files_by_default_and_all_on_request() {
    let (dir, db) = exact_archive();
    let rows = |limit: &[&str]| {
        let out = stdout_of(
            morgue_on(dir.path(), &db)
                .args(["query", "import-log", "-f", "csv"])
                .args(limit),
        );
        read_csv(out.as_bytes()).1
    };
    let all = rows(&[]);
    assert_eq!(all.len(), 2, "both files fit the default page: {all:?}");
    assert_eq!(rows(&["-p", "limit=all"]), all);
    assert_eq!(
        rows(&["-p", "limit="]),
        all,
        "Datasette's empty field is the default"
    );
    let first = rows(&["-p", "limit=1"]);
    assert_eq!(first.len(), 1);
    assert_eq!(
        first[0], all[0],
        "the page is the oldest files, with the same counts"
    );
    assert_eq!(
        rows(&["-p", "limit=lots"]),
        Vec::<Vec<String>>::new(),
        "not a number: nothing"
    );
}
