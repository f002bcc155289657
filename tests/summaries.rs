//! The counting queries read summaries that triggers keep (migration V7: `speaker_outlets`,
//! `caption_credits`, `story_outlets`; V8: `credit_lines`, `credit_words`). Here every way an
//! archive changes under them (imports,
//! corrected outlets, dates, speakers and credits, a speaker merged, a quote removed, a source
//! extracted again or deleted) is followed by each query, compared with its statement as it was
//! before V7 (`tests/fixtures/queries_before_v7/`, run as a user's queries folder), and by
//! `morgue check`. And the paged search queries: a page by default, all rows on request.

#[path = "query_support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};

use morgue::store::Store;
use rusqlite::Connection;
use support::morgue_on;

/// Each query the summaries changed, with parameters; the paged ones with `limit=all`, since the
/// statements before V7 listed every row, or with a page, which must be their first rows.
const QUERIES: [(&str, &[&str]); 13] = [
    ("top-speakers", &[]),
    ("top-speakers-by-outlet", &[]),
    ("top-speakers-by-outlet", &["-p", "outlet=reuters"]),
    ("outlet-summary", &[]),
    ("photo-agencies", &[]),
    ("stories", &["-p", "min_outlets=1"]),
    ("stories", &["-p", "order=latest"]),
    ("first-to-report", &[]),
    ("articles-matching", &["-p", "term=said", "-p", "limit=all"]),
    (
        "who-said-what",
        &["-p", "term=said OR the", "-p", "limit=all"],
    ),
    // Short pages of a common term: found by walking articles in outlet and date order, not by
    // sorting every match (queries/who-said-what.sql), and the same rows.
    (
        "who-said-what",
        &["-p", "term=said OR the", "-p", "limit=1"],
    ),
    (
        "who-said-what",
        &["-p", "term=said OR the", "-p", "limit=7"],
    ),
    ("who-said-what", &["-p", "term=the", "-p", "limit=30"]),
];

fn before_v7() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/queries_before_v7")
}

/// A query's output in `format`, through the built-in statement or, with `queries`, the user's
/// folder.
fn output(
    dir: &Path,
    db: &Path,
    name: &str,
    params: &[&str],
    queries: Option<&Path>,
    format: &str,
) -> Vec<u8> {
    let mut cmd = morgue_on(dir, db);
    cmd.args(["query", name, "-f", format]).args(params);
    if let Some(folder) = queries {
        cmd.arg("--queries").arg(folder);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{name}: {out:?}");
    out.stdout
}

/// A query's rows as CSV.
fn csv(dir: &Path, db: &Path, name: &str, params: &[&str], queries: Option<&Path>) -> String {
    String::from_utf8(output(dir, db, name, params, queries, "csv")).unwrap()
}

/// A query's rows as JSON values.
fn rows(
    dir: &Path,
    db: &Path,
    name: &str,
    params: &[&str],
    queries: Option<&Path>,
) -> Vec<serde_json::Value> {
    serde_json::from_slice(&output(dir, db, name, params, queries, "json")).unwrap()
}

/// `morgue check`'s report (stdout and stderr) and whether it passed.
fn check(dir: &Path, db: &Path) -> (String, bool) {
    let out = morgue_on(dir, db).arg("check").output().unwrap();
    let report =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (report, out.status.success())
}

/// Every query gives what its statement before V7 gives, and `morgue check` finds each summary in
/// step. Returns the rows of each query, to see that a step changed something.
fn agrees(dir: &Path, db: &Path, step: &str) -> Vec<String> {
    let outputs = QUERIES
        .iter()
        .map(|(name, params)| {
            let now = csv(dir, db, name, params, None);
            // The statements before V7 had no limit: they listed every row.
            let limit = params.iter().find_map(|p| p.strip_prefix("limit="));
            let unpaged: Vec<&str> = params
                .iter()
                .copied()
                .filter(|p| !p.starts_with("limit="))
                .collect();
            let unpaged = unpaged.strip_suffix(&["-p"]).unwrap_or(&unpaged);
            match limit.and_then(|n| n.parse::<usize>().ok()) {
                None => {
                    let before = csv(dir, db, name, unpaged, Some(&before_v7()));
                    assert_eq!(now, before, "{name} {params:?} after {step}");
                }
                Some(page) => {
                    let before = rows(dir, db, name, unpaged, Some(&before_v7()));
                    assert!(
                        before.len() > page,
                        "{name} {params:?}: more rows than the page"
                    );
                    assert_eq!(
                        rows(dir, db, name, params, None),
                        before[..page],
                        "{name} {params:?} after {step}"
                    );
                }
            }
            now
        })
        .collect();
    let (report, passed) = check(dir, db);
    for table in [
        "speaker_outlets",
        "caption_credits",
        "story_outlets",
        "credit_lines",
        "credit_words",
    ] {
        assert!(
            report.contains(&format!("{table}: ok")),
            "after {step}: {report}"
        );
    }
    assert!(passed, "after {step}: {report}");
    outputs
}

fn one(db: &Path, sql: &str) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

fn correct(dir: &Path, db: &Path, args: &[&str]) {
    morgue_on(dir, db)
        .arg("correct")
        .args(args)
        .assert()
        .success();
}

#[test]
fn the_counting_queries_follow_every_change_to_what_they_count() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::TempDir::new().unwrap();
    let (dir, db) = (dir.path(), dir.path().join("summaries.db"));
    // Two imports: the summaries are written by a first import and added to by a later one.
    morgue_on(dir, &db)
        .arg("import")
        .arg(root.join("samples"))
        .assert()
        .success();
    morgue_on(dir, &db)
        .arg("import")
        .arg(root.join("tests/fixtures/stories"))
        .assert()
        .success();
    let imported = agrees(dir, &db, "the imports");
    for (output, (name, _)) in imported.iter().zip(QUERIES) {
        assert!(
            output.lines().count() > 1,
            "{name} finds rows here: {output}"
        );
    }

    // An article with quotes and captions moves to a new outlet, and is redated.
    let article = one(
        &db,
        "SELECT a.id FROM articles a WHERE outlet_id IS NOT NULL
           AND EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.speaker_id IS NOT NULL)
           AND EXISTS (SELECT 1 FROM captions c WHERE c.article_id = a.id)
           AND EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)
         ORDER BY a.id LIMIT 1",
    )
    .to_string();
    correct(
        dir,
        &db,
        &["article", &article, "--outlet", "The Skerra Courier"],
    );
    let moved = agrees(dir, &db, "a corrected outlet");
    assert!(
        moved[3].contains("The Skerra Courier"),
        "outlet-summary lists it: {}",
        moved[3]
    );
    correct(
        dir,
        &db,
        &["article", &article, "--published", "1999-01-01"],
    );
    agrees(dir, &db, "a corrected date");

    // A quote given another speaker; then a speaker merged into another; a quote removed.
    let quote = one(
        &db,
        "SELECT max(id) FROM quotes WHERE speaker_id IS NOT NULL",
    )
    .to_string();
    correct(dir, &db, &["quote", &quote, "--speaker", "Ottilie Brask"]);
    let spoken = agrees(dir, &db, "a corrected speaker");
    assert!(
        spoken[0].contains("Ottilie Brask"),
        "top-speakers lists the new speaker: {}",
        spoken[0]
    );
    let (from, into) = (
        one(&db, "SELECT min(speaker_id) FROM quotes"),
        one(&db, "SELECT max(speaker_id) FROM quotes"),
    );
    correct(
        dir,
        &db,
        &[
            "speaker",
            &from.to_string(),
            "--merge-into",
            &into.to_string(),
        ],
    );
    agrees(dir, &db, "a merge of two speakers");
    let removed = one(&db, "SELECT min(id) FROM quotes").to_string();
    correct(dir, &db, &["quote", &removed, "--not-a-quote"]);
    agrees(dir, &db, "a quote removed");

    // A caption credited to an agency.
    let caption = one(&db, "SELECT min(id) FROM captions").to_string();
    correct(
        dir,
        &db,
        &["caption", &caption, "--credit", "Lars Vinter/Reuters"],
    );
    let credited = agrees(dir, &db, "a corrected credit");
    assert!(
        credited[4].contains("Lars Vinter/Reuters"),
        "photo-agencies counts it: {}",
        credited[4]
    );

    // Every source extracted again (articles deleted and written back), then one deleted.
    morgue_on(dir, &db)
        .args(["reextract", "--all"])
        .assert()
        .success();
    agrees(dir, &db, "a re-extraction");
    let source = one(
        &db,
        &format!("SELECT source_id FROM articles WHERE id = {article}"),
    );
    let mut store = Store::open(&db).unwrap();
    assert!(store.delete_source(source).unwrap());
    drop(store);
    let deleted = agrees(dir, &db, "a deleted source");
    assert!(
        deleted[3]
            .lines()
            .any(|line| line.starts_with("The Skerra Courier,,0,,,0,0")),
        "its only article is gone, with its quotes and captions: {}",
        deleted[3]
    );
}

#[test]
fn check_finds_a_wrong_summary_and_names_the_remedy() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::TempDir::new().unwrap();
    let (dir, db) = (dir.path(), dir.path().join("wrong.db"));
    morgue_on(dir, &db)
        .arg("import")
        .arg(root.join("tests/fixtures/stories"))
        .assert()
        .success();
    for (table, count) in [
        ("speaker_outlets", "quotes"),
        ("caption_credits", "photos"),
        ("story_outlets", "articles"),
        ("credit_lines", "photos"),
        ("credit_words", ""),
    ] {
        // One row's count made wrong, or a word lost, found by its key (the summaries have no rowid).
        let key = key_of(table);
        let row = format!("({key}) = (SELECT {key} FROM {table} ORDER BY {key} LIMIT 1)");
        let wrong = match count {
            "" => format!("DELETE FROM {table} WHERE {row};"),
            count => format!("UPDATE {table} SET {count} = {count} + 1 WHERE {row};"),
        };
        let conn = Connection::open(&db).unwrap();
        conn.execute_batch(&wrong).unwrap();
        drop(conn);
        let (report, passed) = check(dir, &db);
        assert!(!passed, "a wrong {table} fails the check: {report}");
        assert!(report.contains(&format!("{table} row (")), "{report}");
        let remedy =
            format!("DELETE FROM {table}; INSERT INTO {table} SELECT * FROM {table}_computed");
        assert!(
            report.contains(&remedy),
            "the report says how to mend it: {report}"
        );
        Connection::open(&db)
            .unwrap()
            .execute_batch(&remedy)
            .unwrap();
        let (report, passed) = check(dir, &db);
        assert!(
            passed && report.contains(&format!("{table}: ok")),
            "after the remedy: {report}"
        );
    }
}

fn key_of(table: &str) -> &'static str {
    match table {
        "speaker_outlets" => "speaker_id, outlet_id",
        "caption_credits" => "outlet_id, credit",
        "credit_lines" => "credit",
        "credit_words" => "word, credit",
        _ => "story_id, outlet_id",
    }
}

#[test]
fn the_search_queries_list_a_page_by_default_and_every_row_on_request() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::TempDir::new().unwrap();
    let (dir, db) = (dir.path(), dir.path().join("paged.db"));
    morgue_on(dir, &db)
        .arg("import")
        .arg(root.join("samples"))
        .arg(root.join("tests/fixtures/stories"))
        .assert()
        .success();
    for (name, term) in [
        ("articles-matching", "term=the"),
        ("who-said-what", "term=the OR said"),
    ] {
        let rows = |limit: &[&str]| -> Vec<serde_json::Value> {
            let out = morgue_on(dir, &db)
                .args(["query", name, "-f", "json", "-p", term])
                .args(limit)
                .output()
                .unwrap();
            assert!(out.status.success(), "{name}: {out:?}");
            serde_json::from_slice(&out.stdout).unwrap()
        };
        let all = rows(&["-p", "limit=all"]);
        assert!(all.len() > 3, "{name}: enough rows to page: {}", all.len());
        assert_eq!(
            rows(&[]),
            all[..all.len().min(100)],
            "{name}: the default page is the first 100 rows"
        );
        assert_eq!(
            rows(&["-p", "limit="]),
            rows(&[]),
            "{name}: Datasette's empty field is the default"
        );
        assert_eq!(
            rows(&["-p", "limit=3"]),
            all[..3],
            "{name}: a page is the first rows, in order"
        );
        assert!(
            rows(&["-p", "limit=lots"]).is_empty(),
            "{name}: not a number lists nothing"
        );
    }
}

/// A credit line two outlets print is one line of `credit_lines` with both outlets' photos, found
/// by each agency it names; it and its words go when the last caption carrying it does.
#[test]
fn a_credit_line_is_kept_once_while_a_caption_carries_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::TempDir::new().unwrap();
    let (dir, db) = (dir.path(), dir.path().join("credits.db"));
    morgue_on(dir, &db)
        .arg("import")
        .arg(root.join("samples"))
        .assert()
        .success();
    let captions: Vec<i64> = {
        let conn = Connection::open(&db).unwrap();
        let mut stmt = conn
            .prepare(
                "SELECT min(c.id) FROM captions c JOIN articles a ON a.id = c.article_id
                 WHERE a.outlet_id IS NOT NULL GROUP BY a.outlet_id ORDER BY 1 LIMIT 2",
            )
            .unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    assert_eq!(captions.len(), 2, "captions of two outlets in the samples");
    let line = "Ines Marl/AFP via Getty Images";
    let agency = |name: &str| -> Option<i64> {
        rows(dir, &db, "photo-agencies", &[], None)
            .iter()
            .find(|row| row["agency"] == name)
            .map(|row| row["photos"].as_i64().unwrap())
    };
    let kept = |sql: &str| one(&db, &sql.replace("LINE", line));
    let (afp, getty) = (
        agency("AFP").unwrap_or(0),
        agency("Getty Images").unwrap_or(0),
    );
    for caption in &captions {
        correct(
            dir,
            &db,
            &["caption", &caption.to_string(), "--credit", line],
        );
    }
    assert_eq!(
        kept("SELECT outlets * 10 + photos FROM credit_lines WHERE credit = 'LINE'"),
        22
    );
    assert_eq!(
        kept("SELECT count(*) FROM credit_words WHERE credit = 'LINE'"),
        6,
        "ines marl afp via getty images"
    );
    assert_eq!(
        (agency("AFP"), agency("Getty Images")),
        (Some(afp + 2), Some(getty + 2))
    );
    agrees(dir, &db, "one credit line in two outlets");

    correct(
        dir,
        &db,
        &["caption", &captions[0].to_string(), "--credit", "Ines Marl"],
    );
    assert_eq!(
        kept("SELECT outlets * 10 + photos FROM credit_lines WHERE credit = 'LINE'"),
        11
    );
    assert_eq!(agency("AFP"), Some(afp + 1));
    correct(
        dir,
        &db,
        &["caption", &captions[1].to_string(), "--credit", "Ines Marl"],
    );
    assert_eq!(
        kept("SELECT count(*) FROM credit_lines WHERE credit = 'LINE'"),
        0
    );
    assert_eq!(
        kept("SELECT count(*) FROM credit_words WHERE credit = 'LINE'"),
        0
    );
    assert_eq!(
        kept("SELECT photos FROM credit_lines WHERE credit = 'Ines Marl'"),
        2
    );
    assert_eq!(agency("AFP").unwrap_or(0), afp);
    agrees(dir, &db, "the credit line corrected away");
}
