//! Hostile input to queries and outputs (issue 9, item 7): canned-query parameters and search options
//! carrying SQL injection strings are bound, never spliced (they match nothing and change nothing),
//! and no command replaces an existing output file without --force. Ad-hoc SQL's guard (no writes,
//! ATTACH, extensions, pragmas) is tested in tests/sql.rs, formula defusing in tests/export.rs.

#[path = "query_support/mod.rs"]
mod support;

use std::path::Path;

use morgue::query::canned::Catalog;
use predicates::prelude::*;
use support::{exact_archive, morgue_on, read_csv};

const INJECTIONS: &[&str] = &[
    "'; DROP TABLE articles; --",
    "\" OR 1=1 --",
    "' OR '1'='1",
    "x') UNION SELECT name, sql, 1, 2, 3, 4, 5 FROM sqlite_master --",
    "%' OR 1=1 --",
];

/// The archive's bytes: a bound parameter leaves them as they were.
fn bytes(db: &Path) -> Vec<u8> {
    std::fs::read(db).unwrap()
}

#[test]
fn every_canned_query_parameter_is_bound_not_spliced() {
    let (dir, db) = exact_archive();
    let before = bytes(&db);
    let mut runs = 0;
    for query in Catalog::built_in().iter() {
        for param in &query.params {
            for evil in INJECTIONS {
                let mut cmd = morgue_on(dir.path(), &db);
                cmd.args(["query", &query.name, "-f", "csv"]);
                // The other parameters get a harmless value that matches everything they can.
                for other in &query.params {
                    let value = if other.name == param.name {
                        (*evil).to_owned()
                    } else {
                        other.default.clone().unwrap_or_else(|| "e".to_owned())
                    };
                    cmd.arg("-p").arg(format!("{}={value}", other.name));
                }
                let out = cmd.output().unwrap();
                let stderr = String::from_utf8_lossy(&out.stderr);
                let context = format!("{} -p {}={evil}", query.name, param.name);
                if param.takes_date() {
                    // A date parameter refuses anything that is not a date before the query runs.
                    assert_eq!(out.status.code(), Some(2), "{context}: {stderr}");
                    assert!(stderr.contains("not a date"), "{context}: {stderr}");
                } else if query.is_search(param) && !out.status.success() {
                    // An unbalanced quote or parenthesis in a search is a syntax error, said so.
                    assert_eq!(out.status.code(), Some(1), "{context}: {stderr}");
                    assert!(
                        stderr.contains("not a valid search expression"),
                        "{context}: {stderr}"
                    );
                    assert_eq!(
                        stderr.matches("not a valid").count(),
                        1,
                        "said once: {stderr}"
                    );
                } else {
                    assert!(out.status.success(), "{context}: {stderr}");
                    let (_, rows) = read_csv(&out.stdout);
                    assert!(rows.is_empty(), "{context} matched rows: {rows:?}");
                }
                assert!(!stderr.contains("panicked"), "{context}: {stderr}");
                runs += 1;
            }
        }
    }
    assert!(
        runs >= 8 * INJECTIONS.len(),
        "only {runs} runs: the catalog lost its parameters?"
    );
    assert_eq!(bytes(&db), before, "the archive is unchanged");
}

#[test]
fn search_options_and_terms_are_bound_not_spliced() {
    let (dir, db) = exact_archive();
    let before = bytes(&db);
    for evil in INJECTIONS {
        for option in ["--outlet", "--speaker"] {
            let out = morgue_on(dir.path(), &db)
                .args(["search", "pension OR strike", option, evil, "-f", "csv"])
                .output()
                .unwrap();
            assert!(out.status.success(), "{option} {evil}: {out:?}");
            assert!(
                read_csv(&out.stdout).1.is_empty(),
                "{option} {evil} matched rows"
            );
        }
        let out = morgue_on(dir.path(), &db)
            .args(["search", evil, "-f", "csv"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            assert_eq!(out.status.code(), Some(1), "{evil}: {stderr}");
            assert!(stderr.contains("not a valid search expression"), "{stderr}");
        } else {
            assert!(out.status.success(), "{evil}: {stderr}");
            assert!(read_csv(&out.stdout).1.is_empty(), "{evil} matched rows");
        }
    }
    assert_eq!(bytes(&db), before, "the archive is unchanged");
}

/// Every command that writes a file refuses to replace one without --force, leaves it as it was,
/// and replaces it with --force.
#[test]
fn no_output_file_is_replaced_without_force() {
    let (dir, db) = exact_archive();
    let runs: [(&str, &[&str]); 7] = [
        ("sql.csv", &["sql", "SELECT 1 AS one", "-o"]),
        ("query.csv", &["query", "top-speakers", "-o"]),
        ("search.json", &["search", "strike", "-o"]),
        ("export.xlsx", &["export", "quotes", "-o"]),
        ("dump.sql", &["dump", "-o"]),
        ("backup.db", &["backup"]),
        ("restored.db", &["restore", "-"]),
    ];
    let dump = morgue_on(dir.path(), &db)
        .arg("dump")
        .output()
        .unwrap()
        .stdout;
    for (file, args) in runs {
        let target = dir.path().join(file);
        std::fs::write(&target, "keep me").unwrap();
        let mut cmd = morgue_on(dir.path(), &db);
        if file == "restored.db" {
            // restore writes the --db archive itself.
            cmd = morgue_on(dir.path(), &target);
        }
        cmd.args(args).write_stdin(dump.clone());
        if file != "restored.db" {
            cmd.arg(&target);
        }
        cmd.assert()
            .code(1)
            .stderr(predicate::str::contains("already exists"));
        assert_eq!(
            std::fs::read_to_string(&target).unwrap(),
            "keep me",
            "{file} was left as it was"
        );
        if file == "restored.db" {
            continue; // restore only ever builds a new archive; there is no --force to replace one.
        }
        let mut forced = morgue_on(dir.path(), &db);
        forced.args(args).arg(&target).arg("--force");
        forced.assert().success();
        assert_ne!(
            std::fs::read(&target).unwrap(),
            b"keep me",
            "{file} was replaced with --force"
        );
    }
}
