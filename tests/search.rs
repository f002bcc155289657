//! `morgue search`: FTS5 over articles and quotes, ranked, highlighted, filtered; the FTS5 syntax
//! passed through; malformed expressions reported, never a crash.

#[path = "query_support/mod.rs"]
mod support;

use predicates::prelude::*;
use support::{exact_archive, morgue_on, read_csv, sample_archive, stdout_of};

/// Runs a search as CSV and returns (kind, article_id, speaker, snippet) per result.
fn search(
    dir: &std::path::Path,
    db: &std::path::Path,
    args: &[&str],
) -> Vec<(String, String, String, String)> {
    let out = stdout_of(
        morgue_on(dir, db)
            .arg("search")
            .args(args)
            .args(["-f", "csv"]),
    );
    let (header, rows) = read_csv(out.as_bytes());
    assert_eq!(
        header,
        [
            "kind",
            "article_id",
            "outlet",
            "published_at",
            "title",
            "speaker",
            "snippet"
        ]
    );
    rows.into_iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[5].clone(), r[6].clone()))
        .collect()
}

#[test]
fn articles_and_quotes_are_found_with_highlighted_snippets() {
    let (dir, db) = exact_archive();
    let hits = search(dir.path(), &db, &["pension"]);
    let articles: Vec<&str> = hits
        .iter()
        .filter(|h| h.0 == "article")
        .map(|h| h.1.as_str())
        .collect();
    let quotes: Vec<&str> = hits
        .iter()
        .filter(|h| h.0 == "quote")
        .map(|h| h.3.as_str())
        .collect();
    assert_eq!(articles.len(), 2, "{hits:?}");
    assert!(articles.contains(&"1") && articles.contains(&"3"));
    assert_eq!(quotes.len(), 2, "{hits:?}");
    assert!(
        quotes.contains(&"We will not accept cuts to the [pension] fund"),
        "{quotes:?}"
    );
    assert!(
        hits.iter()
            .all(|h| h.3.to_lowercase().contains("[pension]")),
        "every snippet marks the match: {hits:?}"
    );
}

#[test]
fn fts5_syntax_is_passed_through() {
    let (dir, db) = exact_archive();
    let ids = |args: &[&str]| {
        // kind and article id: a quote is named by the article it is in.
        let mut ids: Vec<String> = search(dir.path(), &db, args)
            .into_iter()
            .map(|h| format!("{}{}", h.0, h.1))
            .collect();
        ids.sort();
        ids.dedup();
        ids
    };
    assert_eq!(ids(&["\"dock strike\""]), ["article1"], "a phrase");
    assert_eq!(
        ids(&["ferries", "OR", "cranes"]),
        ["article1", "article2", "quote2"],
        "OR"
    );
    assert_eq!(ids(&["ferr*", "--in", "articles"]), ["article2"], "prefix");
    assert_eq!(ids(&["NEAR(pension talks, 2)"]), ["article1"], "NEAR");
    assert_eq!(
        ids(&["strike", "NOT", "ferries"]),
        ["article1", "quote1"],
        "NOT: the quote is in article 1"
    );
    assert_eq!(
        ids(&["title:ferry", "--in", "articles"]),
        ["article2"],
        "a column filter"
    );
    assert_eq!(
        ids(&["harbour", "board"]),
        ["article3"],
        "several words must all match"
    );
}

#[test]
fn filters_narrow_by_outlet_speaker_and_dates() {
    let (dir, db) = exact_archive();
    let kinds = |args: &[&str]| {
        search(dir.path(), &db, args)
            .into_iter()
            .map(|h| format!("{}{}", h.0, h.1))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds(&["strike", "--outlet", "GAZETTE"])
            .iter()
            .filter(|k| k.ends_with('2'))
            .count(),
        0
    );
    assert!(
        kinds(&["strike", "--outlet", "wire"])
            .iter()
            .all(|k| k.ends_with('2'))
    );
    let by_speaker = search(dir.path(), &db, &["pension", "--speaker", "halvorson"]);
    assert_eq!(
        by_speaker.len(),
        2,
        "both of her quotes, found by an alias: {by_speaker:?}"
    );
    assert!(
        by_speaker
            .iter()
            .all(|h| h.0 == "quote" && h.2 == "Ingrid Halvorsen")
    );
    assert_eq!(kinds(&["strike", "--since", "2025-06-01"]), ["article2"]);
    assert_eq!(
        kinds(&["strike", "--until", "2025-05-01", "--in", "articles"]),
        ["article1"],
        "the whole last day counts"
    );
    assert!(
        kinds(&["pension", "--since", "2020-01-01"])
            .iter()
            .all(|k| k != "article3"),
        "undated articles drop out of a date range"
    );
}

#[test]
fn a_date_that_is_not_iso_is_refused() {
    let (dir, db) = exact_archive();
    morgue_on(dir.path(), &db)
        .args(["search", "strike", "--since", "May 2025"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("YYYY-MM-DD"));
    let out = stdout_of(
        morgue_on(dir.path(), &db).args(["search", "strike", "--until", "2025-05", "-f", "csv"]),
    );
    assert_eq!(
        read_csv(out.as_bytes()).1.len(),
        2,
        "a month means the whole month: the article and its quote"
    );
}

#[test]
fn a_limit_keeps_the_best_results() {
    let (dir, db) = exact_archive();
    assert_eq!(
        search(dir.path(), &db, &["pension", "--limit", "1"]).len(),
        1
    );
}

#[test]
fn a_malformed_expression_is_a_clear_error_saying_where() {
    let (dir, db) = exact_archive();
    for (bad, position) in [
        ("strike AND", "character 8"),
        ("\"unclosed", "character 1"),
        ("NEAR(", "character 5"),
        ("(a OR", "character 4"),
        ("a OR b)", "character 7"),
    ] {
        morgue_on(dir.path(), &db)
            .args(["search", bad])
            .assert()
            .code(1)
            .stderr(
                predicate::str::contains("not a valid search expression")
                    .and(predicate::str::contains(position))
                    .and(predicate::str::contains("panicked").not()),
            );
    }
}

/// See issue 9: `morgue search Al-Awsat` said "no such column: Awsat", and `U.S.`, `O'Brien`,
/// `e-mail`, `it's`, `Biden's` were FTS5 syntax errors. Each is searched as written.
#[test]
fn everyday_newsroom_words_are_searched_as_written() {
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("t.db");
    let store = morgue::store::Store::open(&db).unwrap();
    store
        .connection()
        .execute_batch(
            "INSERT INTO sources (id, path, sha256, bytes, format, imported_at)
                 VALUES (1, 'a.txt', 'aa', 1, 'text', '2026-01-01T00:00:00Z');
             INSERT INTO articles (id, source_id, position, title, body, word_count) VALUES
                (1, 1, 0, 'Asharq Al-Awsat on the U.S. port deal',
                 'Mary O''Brien sent an e-mail: it''s Biden''s plan, she wrote.', 12),
                (2, 1, 1, 'Al Jazeera elsewhere', 'An unrelated article about Awsat Street.', 6);
             INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');",
        )
        .unwrap();
    drop(store);
    for words in [
        "Al-Awsat",
        "U.S.",
        "O'Brien",
        "e-mail",
        "it's",
        "Biden's",
        "Biden’s",
    ] {
        let hits = search(dir.path(), &db, &[words, "--in", "articles"]);
        let ids: Vec<&str> = hits.iter().map(|h| h.1.as_str()).collect();
        assert_eq!(ids, ["1"], "{words}: {hits:?}");
    }
    let both = search(
        dir.path(),
        &db,
        &["Al-Awsat OR Jazeera", "--in", "articles"],
    );
    assert_eq!(
        both.len(),
        2,
        "operators still work beside such words: {both:?}"
    );
    let prefix = search(dir.path(), &db, &["Al-Aws*", "--in", "articles"]);
    assert_eq!(prefix.len(), 1, "a prefix on a punctuated word: {prefix:?}");
}

#[test]
fn an_empty_term_finds_nothing_and_says_why() {
    let (dir, db) = exact_archive();
    for empty in ["", "-", "\"\""] {
        let out = morgue_on(dir.path(), &db)
            .args(["search", empty, "-f", "csv"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{empty:?}: {out:?}");
        let (header, rows) = read_csv(&out.stdout);
        assert_eq!(header[0], "kind");
        assert!(rows.is_empty());
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("nothing to search for"),
            "{out:?}"
        );
    }
}

#[test]
fn a_column_filter_on_quotes_says_which_scope_has_it() {
    let (dir, db) = exact_archive();
    morgue_on(dir.path(), &db)
        .args(["search", "title:ferry", "--in", "quotes"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("not a valid search expression")
                .and(predicate::str::contains("--in articles")),
        );
}

#[test]
fn the_sample_archive_is_searchable() {
    let (dir, db) = sample_archive();
    let hits = search(dir.path(), &db, &["strike"]);
    assert!(hits.iter().any(|h| h.0 == "article"), "{hits:?}");
    assert!(hits.iter().any(|h| h.0 == "quote"), "{hits:?}");
}

#[test]
fn an_empty_result_says_so_on_stderr_and_names_the_filters_to_drop() {
    let (dir, db) = exact_archive();
    let out = morgue_on(dir.path(), &db)
        .args(["search", "pension", "--outlet", "no such outlet"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("nothing matches pension") && stderr.contains("drop --outlet"),
        "{stderr}"
    );
    let found = morgue_on(dir.path(), &db)
        .args(["search", "pension", "-f", "csv"])
        .output()
        .unwrap();
    assert!(
        found.status.success() && found.stderr.is_empty(),
        "{found:?}"
    );
}

#[test]
fn a_story_filter_alone_still_narrows() {
    let (dir, db) = exact_archive();
    assert!(!search(dir.path(), &db, &["strike"]).is_empty());
    // With no other filter given, --story must not be dropped with the unused filters.
    assert_eq!(
        search(dir.path(), &db, &["strike", "--story", "999999"]),
        [],
        "no story has that number"
    );
}

/// stderr of a search that must succeed.
fn stderr_of(dir: &std::path::Path, db: &std::path::Path, args: &[&str]) -> String {
    let out = morgue_on(dir, db)
        .arg("search")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn a_capped_ranking_ranks_the_newest_matches_and_says_so() {
    let (dir, db) = exact_archive();
    let args = ["pension", "--in", "articles", "--limit", "1"];
    // Articles 1 and 3 hold the word: ranked within one, the newest (3) is the only candidate.
    let capped = search(
        dir.path(),
        &db,
        &[&args[..], &["--rank-within", "1"]].concat(),
    );
    assert_eq!(capped.len(), 1);
    assert_eq!(capped[0].1, "3", "{capped:?}");
    let said = stderr_of(
        dir.path(),
        &db,
        &[&args[..], &["--rank-within", "1"]].concat(),
    );
    assert!(
        said.contains("more than 1 rows match pension") && said.contains("--rank-within all"),
        "{said}"
    );
    // Ranked within as many as match or more, it is the exact ranking, and nothing is said.
    let exact = search(
        dir.path(),
        &db,
        &[&args[..], &["--rank-within", "all"]].concat(),
    );
    assert_eq!(
        search(
            dir.path(),
            &db,
            &[&args[..], &["--rank-within", "2"]].concat()
        ),
        exact
    );
    assert_eq!(
        search(dir.path(), &db, &args),
        exact,
        "the default cap is far above 2"
    );
    for within in ["2", "all", "1000"] {
        let said = stderr_of(
            dir.path(),
            &db,
            &[&args[..], &["--rank-within", within]].concat(),
        );
        assert!(said.is_empty(), "{within}: {said}");
    }
}

#[test]
fn a_capped_ranking_never_ranks_fewer_than_the_limit_shows() {
    let (dir, db) = exact_archive();
    let hits = search(
        dir.path(),
        &db,
        &["pension", "--limit", "4", "--rank-within", "1"],
    );
    let exact = search(dir.path(), &db, &["pension", "--rank-within", "all"]);
    assert_eq!(hits.len(), 4, "two articles and two quotes: {hits:?}");
    assert_eq!(
        hits, exact,
        "four candidates of each index: every match, ranked exactly"
    );
}

#[test]
fn filters_apply_before_the_cap() {
    let (dir, db) = exact_archive();
    // Of the two articles with the word, only article 1 is from the Gazette: the cap of one is taken
    // among the Gazette's matches, not among all of them (which would leave article 3, then nothing).
    let hits = search(
        dir.path(),
        &db,
        &[
            "pension",
            "--in",
            "articles",
            "--outlet",
            "gazette",
            "--limit",
            "1",
            "--rank-within",
            "1",
        ],
    );
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].1, "1");
}

#[test]
fn rank_within_refuses_what_is_not_a_count() {
    let (dir, db) = exact_archive();
    for bad in ["0", "-3", "some"] {
        morgue_on(dir.path(), &db)
            .args([
                "search",
                "pension",
                "--limit",
                "1",
                &format!("--rank-within={bad}"),
            ])
            .assert()
            .failure()
            .stderr(predicate::str::contains("not a number of matches to rank"));
    }
}

/// `script` runs the command on a pseudo-terminal, as an editor's shell would; stdout and stderr
/// both come back in its output.
fn on_a_terminal(dir: &std::path::Path, db: &std::path::Path, search: &str) -> String {
    let bin = assert_cmd::cargo::cargo_bin("morgue");
    let line = format!("{} --db {} {search}", bin.display(), db.display());
    let out = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .current_dir(dir)
        .env("HOME", dir)
        .env_remove("MORGUE_DB")
        .output()
        .expect("script(1) from util-linux runs the command on a pseudo-terminal");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout).replace('\r', "")
}

#[test]
fn a_search_on_a_terminal_shows_a_screenful_and_into_a_pipe_every_match() {
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("t.db");
    for i in 0..30 {
        support::write(
            dir.path(),
            &format!("in/{i:02}.txt"),
            format!(
                "Lighthouse keepers' rota changes for the {i}th time\n\n\
                 By Mara Quell\n\n\
                 The Tollen Point lighthouse will change its rota for the {i}th time this year, the \
                 harbour board said on Monday.\n\n\
                 Keepers at the lighthouse have asked for longer breaks between night watches.\n"
            ),
        );
    }
    morgue_on(dir.path(), &db)
        .args(["import", "in"])
        .assert()
        .code(predicate::in_iter([0, 3]));
    let rows = |csv: &str| csv.lines().filter(|l| l.starts_with("article,")).count();

    let piped = stdout_of(morgue_on(dir.path(), &db).args(["search", "lighthouse", "-f", "csv"]));
    assert_eq!(rows(&piped), 30, "{piped}");

    let screen = on_a_terminal(dir.path(), &db, "search lighthouse -f csv");
    assert_eq!(rows(&screen), 20, "{screen}");
    assert!(screen.contains("showing the best 20"), "{screen}");

    let all = on_a_terminal(dir.path(), &db, "search lighthouse -f csv --limit all");
    assert_eq!(rows(&all), 30, "{all}");
    assert!(!all.contains("showing the best"), "{all}");
}
