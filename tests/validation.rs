//! Arguments that cannot mean what they say are refused before anything runs, with the fix (issue 9):
//! impossible dates, `--limit 0`, `--url notaurl`, a `--db` that is a directory; and values that must
//! be taken literally are (`%` and `_` in a name), and `export --all` never stops half-written.

#[path = "query_support/mod.rs"]
mod support;

use predicates::prelude::*;
use support::{exact_archive, morgue, morgue_on, read_csv, stdout_of, write};

/// Every place a date is taken refuses one that does not exist, as a usage error (exit 2).
#[test]
fn impossible_dates_are_usage_errors_everywhere_a_date_is_taken() {
    let (dir, db) = exact_archive();
    let runs: [&[&str]; 7] = [
        &["search", "strike", "--since", "2023-13"],
        &["search", "strike", "--until", "2023-02-30"],
        &["search", "strike", "--since", "2023-00"],
        &[
            "query",
            "articles-by-outlet",
            "-p",
            "outlet=e",
            "-p",
            "since=2023-13",
        ],
        &[
            "query",
            "articles-by-outlet",
            "-p",
            "outlet=e",
            "-p",
            "until=2023-02-30",
        ],
        &[
            "export",
            "--query",
            "articles-by-outlet",
            "-p",
            "outlet=e",
            "-p",
            "since=2023-13-01",
        ],
        &["import", "--date", "2023-02-30", "--dry-run", "-"],
    ];
    for args in runs {
        morgue_on(dir.path(), &db)
            .args(args)
            .write_stdin("Title\n\nBody text of an article.\n")
            .assert()
            .code(2)
            .stdout(predicate::str::is_empty())
            .stderr(predicate::str::contains("not a date"));
    }
    morgue_on(dir.path(), &db)
        .args(["search", "strike", "--until", "2023-02-30"])
        .assert()
        .stderr(predicate::str::contains("February 2023 has no day 30"));
    // The dates that exist still work, a leap day included.
    stdout_of(morgue_on(dir.path(), &db).args(["search", "strike", "--since", "2024-02-29"]));
    stdout_of(morgue_on(dir.path(), &db).args([
        "query",
        "articles-by-outlet",
        "-p",
        "outlet=e",
        "-p",
        "since=2025-06",
    ]));
}

#[test]
fn a_limit_of_zero_is_refused() {
    let (dir, db) = exact_archive();
    morgue_on(dir.path(), &db)
        .args(["search", "strike", "--limit", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--limit").and(predicate::str::contains("1 or more")));
}

#[test]
fn a_url_that_is_not_a_web_address_is_refused_before_importing() {
    let dir = tempfile::TempDir::new().unwrap();
    write(dir.path(), "a.txt", "Title\n\nBody text of an article.\n");
    for (url, hint) in [
        ("notaurl", "e.g. https://example.org"),
        ("example.org/a", "https://example.org/a"),
        ("ftp://example.org/a", "http:// or https://"),
    ] {
        morgue(dir.path())
            .args(["--db", "a.db", "import", "--url", url, "a.txt"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(hint));
    }
    assert!(!dir.path().join("a.db").exists(), "nothing was opened");
    morgue(dir.path())
        .args([
            "--db",
            "a.db",
            "import",
            "--dry-run",
            "--url",
            "https://example.org/2024/03/a",
            "a.txt",
        ])
        .assert()
        .stderr(predicate::str::contains("--url").not());
}

#[test]
fn a_db_that_is_a_directory_says_so() {
    let dir = tempfile::TempDir::new().unwrap();
    std::fs::create_dir(dir.path().join("archive")).unwrap();
    write(dir.path(), "a.txt", "Title\n\nBody text of an article.\n");
    let runs: [&[&str]; 4] = [
        &["import", "a.txt"],
        &["sql", "SELECT 1"],
        &["search", "strike"],
        &["show", "1"],
    ];
    for args in runs {
        morgue(dir.path())
            .args(["--db", "archive"])
            .args(args)
            .assert()
            .code(1)
            .stderr(
                predicate::str::contains(
                    "archive is a directory: give the path of an archive file",
                )
                .and(predicate::str::contains("disk I/O").not()),
            );
    }
}

/// See issue 9: `-p speaker=%` matched every speaker. `%` and `_` are matched as themselves in
/// every parameter and option that finds names by a part of them.
#[test]
fn percent_and_underscore_in_a_name_match_literally() {
    let (dir, db) = exact_archive();
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "INSERT INTO outlets (id, name) VALUES (3, '100% Local_News');
         UPDATE articles SET outlet_id = 3 WHERE id = 3;
         INSERT INTO speakers (id, name, kind) VALUES (3, 'The 50% Club', 'organization');
         INSERT INTO speaker_aliases (alias, speaker_id) VALUES ('The 50% Club', 3);
         UPDATE quotes SET speaker_id = 3 WHERE id = 3;
         UPDATE captions SET credit = 'AP_Photo' WHERE id = 4;",
    )
    .unwrap();
    drop(conn);
    let rows = |args: &[&str]| -> Vec<Vec<String>> {
        let out = stdout_of(morgue_on(dir.path(), &db).args(args).args(["-f", "csv"]));
        read_csv(out.as_bytes()).1
    };
    let quotes_by = |speaker: &str| {
        rows(&[
            "query",
            "quotes-by-speaker",
            "-p",
            &format!("speaker={speaker}"),
        ])
    };
    assert!(
        quotes_by("%").iter().all(|r| r[0] == "The 50% Club"),
        "{:?}",
        quotes_by("%")
    );
    assert_eq!(quotes_by("%").len(), 1);
    assert_eq!(quotes_by("_").len(), 0, "no name has an underscore");
    assert_eq!(quotes_by("50%").len(), 1);
    assert_eq!(quotes_by("halvors_n").len(), 0, "_ is not any one letter");
    assert_eq!(
        quotes_by("halvorsen").len(),
        2,
        "a part of a name still matches"
    );

    let outlet_rows = rows(&["query", "articles-by-outlet", "-p", "outlet=%"]);
    assert_eq!(outlet_rows.len(), 1, "{outlet_rows:?}");
    assert_eq!(
        rows(&["query", "articles-by-outlet", "-p", "outlet=l_cal"]).len(),
        0
    );
    assert_eq!(
        rows(&["query", "articles-by-outlet", "-p", "outlet=l_news"]).len(),
        1
    );
    assert_eq!(
        rows(&["query", "top-speakers-by-outlet", "-p", "outlet=%"]).len(),
        1
    );
    let credits = rows(&["query", "captions-by-credit", "-p", "credit=_"]);
    assert_eq!(credits.len(), 1, "{credits:?}");

    let search = |args: &[&str]| rows(&[&["search", "pension OR strike OR talks"], args].concat());
    assert_eq!(
        search(&["--speaker", "%"]).len(),
        1,
        "{:?}",
        search(&["--speaker", "%"])
    );
    assert_eq!(search(&["--speaker", "_"]).len(), 0);
    assert!(
        search(&["--outlet", "%"])
            .iter()
            .all(|r| r[2] == "100% Local_News")
    );
    assert!(
        search(&["--outlet", "_"])
            .iter()
            .all(|r| r[2] == "100% Local_News")
    );
    assert_eq!(
        search(&["--outlet", "l_cal"]).len(),
        0,
        "_ is not any one letter"
    );
}

#[test]
fn a_canned_search_parameter_takes_words_as_written() {
    let (dir, db) = exact_archive();
    for term in ["Al-Awsat", "O'Brien", "U.S.", "-"] {
        let out = stdout_of(morgue_on(dir.path(), &db).args([
            "query",
            "articles-matching",
            "-p",
            &format!("term={term}"),
            "-f",
            "csv",
        ]));
        assert_eq!(read_csv(out.as_bytes()).1.len(), 0, "{term}");
    }
    let out = stdout_of(morgue_on(dir.path(), &db).args([
        "query",
        "articles-matching",
        "-p",
        "term=dock-strike",
        "-f",
        "csv",
    ]));
    assert_eq!(
        read_csv(out.as_bytes()).1.len(),
        1,
        "dock-strike is the phrase dock strike"
    );
    // The built-in search queries read the term with `morgue search`'s parser (in Datasette too, through
    // morgue serve's plugin): a half-typed quote is refused with where it is and how to fix it.
    morgue_on(dir.path(), &db)
        .args(["query", "articles-matching", "-p", "term=\"unclosed"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            predicate::str::contains("never closed at character 1")
                .and(predicate::str::contains("add the closing")),
        );
}

/// See issue 9: `export --all` stopped half-written when one target existed.
#[test]
fn export_all_checks_every_target_before_writing_any() {
    let (dir, db) = exact_archive();
    let folder = dir.path().join("out");
    write(&folder, "quotes.csv", "keep me");
    morgue_on(dir.path(), &db)
        .args(["export", "--all"])
        .arg(&folder)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("quotes.csv")
                .and(predicate::str::contains("nothing was written"))
                .and(predicate::str::contains("--force")),
        );
    let left: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["quotes.csv"], "nothing else was written");
    assert_eq!(
        std::fs::read_to_string(folder.join("quotes.csv")).unwrap(),
        "keep me"
    );
    morgue_on(dir.path(), &db)
        .args(["export", "--all"])
        .arg(&folder)
        .arg("--force")
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(folder.join("quotes.csv"))
            .unwrap()
            .starts_with("id,")
    );
    assert!(folder.join("articles.csv").exists());
}
