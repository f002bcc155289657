//! Issue 11 end to end: the archive keeps each file's bytes (`morgue original`), extracts them again
//! (`morgue reextract`, `morgue status`), keeps editors' corrections through re-extraction (`morgue
//! correct`, `morgue corrections`, `--undo`), migrates archives made before it, carries both through
//! dump and restore, and stays small (originals add at most 40% of the raw size).

#[path = "query_support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use rusqlite::Connection;
use support::{morgue, morgue_on, write};
use tempfile::TempDir;

/// An editor's `correct speaker FROM --merge-into INTO`, then `reextract --all`.
fn merge_speaker_then_reextract_all(dir: &Path, db: &Path, from: i64, into: i64) {
    let (from, into) = (from.to_string(), into.to_string());
    morgue_on(dir, db)
        .args(["correct", "speaker", &from, "--merge-into", &into])
        .assert()
        .success();
    morgue_on(dir, db)
        .args(["reextract", "--all"])
        .assert()
        .success();
}

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// A temporary directory with copies of the samples (and two files whose bytes are not plain UTF-8
/// text), imported into `t.db`; the copies are then deleted, so only the archive holds them.
fn archive_without_files() -> (TempDir, PathBuf, Vec<(String, Vec<u8>)>) {
    let dir = TempDir::new().unwrap();
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&samples)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let name = format!("in/{}", p.file_name().unwrap().to_str().unwrap());
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles");
    for name in ["encoding-windows-1252-cp1252.txt", "line-endings-crlf.txt"] {
        files.push((
            format!("in/{name}"),
            std::fs::read(fixtures.join(name)).unwrap(),
        ));
    }
    files.sort();
    for (name, bytes) in &files {
        write(dir.path(), name, bytes);
    }
    let db = dir.path().join("t.db");
    morgue_on(dir.path(), &db)
        .args(["import", "in"])
        .assert()
        .success();
    std::fs::remove_dir_all(dir.path().join("in")).unwrap();
    (dir, db, files)
}

fn query<T: rusqlite::types::FromSql>(db: &Path, sql: &str) -> T {
    Connection::open(db)
        .unwrap()
        .query_row(sql, [], |row| row.get(0))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn stdout(cmd: &mut assert_cmd::Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn original_writes_each_file_back_byte_for_byte_after_the_files_are_deleted() {
    let (dir, db, files) = archive_without_files();
    for (name, bytes) in &files {
        let id: i64 = query(
            &db,
            &format!("SELECT id FROM sources WHERE path = '{name}'"),
        );
        let out = morgue_on(dir.path(), &db)
            .args(["original", &id.to_string()])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        assert!(&out.stdout == bytes, "{name}: the original differs");
    }
    morgue_on(dir.path(), &db)
        .args(["original", "1", "-o", "back.txt"])
        .assert()
        .success()
        .stderr(predicate::str::contains("bytes"));
    assert_eq!(
        std::fs::read(dir.path().join("back.txt")).unwrap(),
        files[0].1
    );
    morgue_on(dir.path(), &db)
        .args(["original", "1", "-o", "back.txt"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--force"));
    morgue_on(dir.path(), &db)
        .args(["original", "999"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no source with id 999"));
    let compressed: i64 = query(&db, "SELECT sum(length(data)) FROM originals");
    let raw: i64 = query(&db, "SELECT sum(bytes) FROM sources");
    assert!(
        compressed < raw,
        "originals are stored compressed: {compressed} of {raw}"
    );
}

#[test]
fn an_archive_made_before_originals_migrates_and_says_which_sources_have_none() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("old.db");
    let mut conn = Connection::open(&db).unwrap();
    embedded::migrations::runner()
        .set_grouped(true)
        .set_target(refinery::Target::Version(1))
        .run(&mut conn)
        .unwrap();
    let fill = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/upgrade/V1.sql"),
    )
    .unwrap();
    conn.execute_batch(&format!("BEGIN; {fill} COMMIT;"))
        .unwrap();
    drop(conn);
    let status = stdout(morgue_on(dir.path(), &db).arg("status"));
    assert!(
        status.contains("sources:     3 (0 with their original, 3 imported before"),
        "{status}"
    );
    morgue_on(dir.path(), &db)
        .args(["original", "2"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "imported before morgue kept originals",
        ));
    morgue_on(dir.path(), &db)
        .args(["reextract", "--all"])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("0 sources re-extracted").and(predicate::str::contains(
                "3 sources were imported before morgue kept originals",
            )),
        );
    let articles: i64 = query(&db, "SELECT count(*) FROM articles");
    assert_eq!(
        articles, 4,
        "nothing of a source without its original is touched"
    );
    // Correcting works on such sources too: only re-extraction needs the original.
    morgue_on(dir.path(), &db)
        .args(["correct", "article", "1", "--section", "Business"])
        .assert()
        .success();
    let section: String = query(&db, "SELECT section FROM articles WHERE id = 1");
    assert_eq!(section, "Business");

    // Importing the same files again gives the archive their bytes, and re-extraction can follow.
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let names = [
        "ap-lindholm-pension-fund.txt",
        "asharq-lindholm-and-jordan-frost.txt",
        "axios-harbor-strike.txt",
    ];
    let mut import = morgue_on(dir.path(), &db);
    import.arg("import");
    for name in names {
        import.arg(samples.join(name));
    }
    import
        .assert()
        .success()
        .stderr(predicate::str::contains("its bytes are kept now").count(3));
    let status = stdout(morgue_on(dir.path(), &db).arg("status"));
    assert!(
        status.contains("(3 with their original, 0 imported before"),
        "{status}"
    );
    assert!(status.contains("outdated:    3 "), "{status}");
    let out = morgue_on(dir.path(), &db)
        .args(["original", "2"])
        .output()
        .unwrap();
    assert!(out.stdout == std::fs::read(samples.join(names[1])).unwrap());
    morgue_on(dir.path(), &db)
        .args(["reextract", "--outdated"])
        .assert()
        .success()
        .stderr(predicate::str::contains("3 sources re-extracted"));
    let section: String = query(&db, "SELECT section FROM articles WHERE id = 1");
    assert_eq!(
        section, "Business",
        "the correction made before is applied again"
    );
    let status = stdout(morgue_on(dir.path(), &db).arg("status"));
    assert!(status.contains("outdated:    0 "), "{status}");
}

#[test]
fn reextract_keeps_article_ids_reports_changes_and_status_counts_outdated_sources() {
    let (dir, db, _) = archive_without_files();
    let before: Vec<(i64, i64, String)> = rows(&db, "SELECT id, source_id, title FROM articles");
    // What an older extractor could have made of source 2: another title, one quote fewer.
    let conn = Connection::open(&db).unwrap();
    conn.execute_batch(
        "UPDATE articles SET title = 'An older title' WHERE source_id = 2 AND position = 0;
         DELETE FROM quotes WHERE id = (SELECT min(q.id) FROM quotes q JOIN articles a
                                        ON a.id = q.article_id WHERE a.source_id = 2);
         UPDATE originals SET extractor_version = '0.0.1+extract.0' WHERE source_id = 2;
         -- Rows changed by hand: the full-text indexes follow only what morgue writes (V4), and
         -- so do their term counts (V9), counted again here from the rebuilt indexes.
         INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
         INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
         CREATE VIRTUAL TABLE temp.av USING fts5vocab(main, articles_fts, row);
         CREATE VIRTUAL TABLE temp.qv USING fts5vocab(main, quotes_fts, row);
         DELETE FROM search_terms;
         INSERT INTO search_terms SELECT 'articles_fts', term, doc FROM temp.av
             UNION ALL SELECT 'quotes_fts', term, doc FROM temp.qv;",
    )
    .unwrap();
    drop(conn);
    let status = stdout(morgue_on(dir.path(), &db).arg("status"));
    assert!(status.contains("outdated:    1 "), "{status}");
    assert!(status.contains("`morgue reextract --outdated`"), "{status}");

    let report = stdout(morgue_on(dir.path(), &db).args(["reextract", "--outdated"]));
    assert_eq!(
        report.lines().count(),
        1,
        "only the outdated source: {report}"
    );
    assert!(
        report.starts_with("source 2 (")
            && report.contains("articles +0 -0 ~1")
            && report.contains("quotes +1 -0"),
        "{report}"
    );
    let after: Vec<(i64, i64, String)> = rows(&db, "SELECT id, source_id, title FROM articles");
    assert_eq!(
        after, before,
        "same ids, and the extractor's own title back"
    );
    let status = stdout(morgue_on(dir.path(), &db).arg("status"));
    assert!(status.contains("outdated:    0 "), "{status}");

    let all = stdout(morgue_on(dir.path(), &db).args(["reextract", "--all", "--json"]));
    let json: serde_json::Value = serde_json::from_str(&all).unwrap();
    let sources: i64 = query(&db, "SELECT count(*) FROM sources");
    assert_eq!(json["reextracted"], sources);
    assert_eq!(
        json["changed"], 0,
        "the same extractor makes the same rows: {all}"
    );
    morgue_on(dir.path(), &db).arg("check").assert().success();
    morgue_on(dir.path(), &db).arg("reextract").assert().code(2);
}

fn rows(db: &Path, sql: &str) -> Vec<(i64, i64, String)> {
    Connection::open(db)
        .unwrap()
        .prepare(&format!("{sql} ORDER BY 1"))
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The first quote with a speaker in source 1, with its speaker.
fn a_quote(db: &Path) -> (i64, String, i64) {
    Connection::open(db)
        .unwrap()
        .query_row(
            "SELECT q.id, q.text, q.speaker_id FROM quotes q JOIN articles a ON a.id = q.article_id
             WHERE a.source_id = 1 AND q.speaker_id IS NOT NULL ORDER BY q.id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
}

#[test]
fn corrections_survive_reextract_all_after_the_files_are_deleted() {
    let (dir, db, _) = archive_without_files();
    let run = |args: &[&str]| morgue_on(dir.path(), &db).args(args).assert().success();
    run(&[
        "correct",
        "article",
        "1",
        "--title",
        "A title fixed by hand",
        "--published",
        "2026-03-08",
    ]);
    run(&[
        "correct",
        "article",
        "2",
        "--outlet",
        "The Lindholm Courier",
    ]);
    let (quote, text, speaker) = a_quote(&db);
    run(&[
        "correct",
        "quote",
        &quote.to_string(),
        "--speaker",
        "Edda Fictional",
    ]);
    run(&[
        "correct",
        "speaker",
        &speaker.to_string(),
        "--name",
        "Jonas K. Kowalczyk",
    ])
    .stderr(predicate::str::contains("is called Jonas K. Kowalczyk"));
    run(&[
        "correct",
        "speaker",
        &speaker.to_string(),
        "--kind",
        "person",
    ]);
    let caption: i64 = query(&db, "SELECT min(id) FROM captions");
    let captioned: i64 = query(
        &db,
        &format!("SELECT article_id FROM captions WHERE id = {caption}"),
    );
    run(&[
        "correct",
        "caption",
        &caption.to_string(),
        "--credit",
        "Photo desk",
    ]);
    let struck: (i64, String) = Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT id, text FROM quotes WHERE id <> ?1 ORDER BY id DESC LIMIT 1",
            [quote],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    run(&["correct", "quote", &struck.0.to_string(), "--not-a-quote"]);

    let out = morgue_on(dir.path(), &db)
        .args(["reextract", "--all"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("0 whose target is gone"), "{stderr}");
    assert!(stderr.contains("6 corrections applied again"), "{stderr}");

    let title: String = query(&db, "SELECT title FROM articles WHERE id = 1");
    assert_eq!(title, "A title fixed by hand");
    let published: String = query(&db, "SELECT published_at FROM articles WHERE id = 1");
    assert_eq!(published, "2026-03-08");
    let outlet: String = query(
        &db,
        "SELECT o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.id = 2",
    );
    assert_eq!(outlet, "The Lindholm Courier");
    let said_by: String = query(
        &db,
        &format!(
            "SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id
             WHERE q.text = '{}'",
            text.replace('\'', "''")
        ),
    );
    assert_eq!(said_by, "Edda Fictional");
    let renamed: (String, String) = Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT name, kind FROM speakers WHERE id = ?1",
            [speaker],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        renamed,
        ("Jonas K. Kowalczyk".to_owned(), "person".to_owned())
    );
    let credit: String = query(
        &db,
        &format!("SELECT credit FROM captions WHERE article_id = {captioned} AND position = 0"),
    );
    assert_eq!(credit, "Photo desk");
    let back: i64 = query(
        &db,
        &format!(
            "SELECT count(*) FROM quotes WHERE text = '{}'",
            struck.1.replace('\'', "''")
        ),
    );
    assert_eq!(back, 0, "a quote struck out stays out");

    // Canned queries show corrected values, and the `corrected` view says what was corrected.
    let log = stdout(morgue_on(dir.path(), &db).args(["query", "import-log", "-f", "csv"]));
    assert!(log.contains("A title fixed by hand"), "{log}");
    let corrected = stdout(morgue_on(dir.path(), &db).args([
        "sql",
        "SELECT \"table\", row_id, field FROM corrected ORDER BY correction_id",
        "-f",
        "csv",
    ]));
    assert!(corrected.starts_with("table,row_id,field\narticles,1,title\narticles,1,published_at\narticles,2,outlet\nquotes,"), "{corrected}");
    let listed = stdout(morgue_on(dir.path(), &db).args(["corrections", "-f", "csv"]));
    assert_eq!(listed.lines().count(), 1 + 8, "{listed}");
    assert!(
        listed.lines().skip(1).all(|l| l.contains(",applied,")),
        "{listed}"
    );
}

#[test]
fn a_correction_whose_target_is_gone_is_reported_and_kept() {
    let (dir, db, _) = archive_without_files();
    let (quote, _, _) = a_quote(&db);
    morgue_on(dir.path(), &db)
        .args([
            "correct",
            "quote",
            &quote.to_string(),
            "--text",
            "Words as corrected",
        ])
        .assert()
        .success();
    // As if a better extractor now reads that quote differently: its key finds nothing.
    Connection::open(&db)
        .unwrap()
        .execute(
            "UPDATE corrections SET quote_text = 'words no extraction finds'",
            [],
        )
        .unwrap();
    morgue_on(dir.path(), &db)
        .args(["reextract", "1"])
        .assert()
        .success()
        .stderr(
            predicate::str::contains("correction 1 (quote text")
                .and(predicate::str::contains("no longer applies"))
                .and(predicate::str::contains("1 whose target is gone")),
        );
    let listed = stdout(morgue_on(dir.path(), &db).args(["corrections", "-f", "csv"]));
    assert!(listed.contains(",target gone,"), "{listed}");
    let status = stdout(morgue_on(dir.path(), &db).arg("status"));
    assert!(
        status.contains("corrections: 1 (1 whose target is gone"),
        "{status}"
    );
    morgue_on(dir.path(), &db)
        .args(["correct", "--undo", "1"])
        .assert()
        .success();
    let left: i64 = query(&db, "SELECT count(*) FROM corrections");
    assert_eq!(left, 0);
}

#[test]
fn undo_puts_back_what_a_correction_replaced() {
    let (dir, db, _) = archive_without_files();
    let extracted: String = query(&db, "SELECT title FROM articles WHERE id = 3");
    let run = |args: &[&str]| morgue_on(dir.path(), &db).args(args).assert().success();
    run(&["correct", "article", "3", "--title", "First fix"]);
    run(&["correct", "article", "3", "--title", "Second fix"]);
    run(&["correct", "--undo", "2"]);
    let title: String = query(&db, "SELECT title FROM articles WHERE id = 3");
    assert_eq!(title, "First fix");
    run(&["correct", "--undo", "1"]);
    let title: String = query(&db, "SELECT title FROM articles WHERE id = 3");
    assert_eq!(title, extracted);

    let (quote, text, _) = a_quote(&db);
    let article: i64 = query(
        &db,
        &format!("SELECT article_id FROM quotes WHERE id = {quote}"),
    );
    let shown = stdout(morgue_on(dir.path(), &db).args(["show", &article.to_string()]));
    assert!(
        shown.contains(&format!("  #{quote} [")),
        "show gives the ids correct takes: {shown}"
    );
    run(&["correct", "quote", &quote.to_string(), "--not-a-quote"]);
    let sql = format!(
        "SELECT count(*) FROM quotes WHERE text = '{}'",
        text.replace('\'', "''")
    );
    assert_eq!(query::<i64>(&db, &sql), 0);
    run(&["correct", "--undo", "3"]).stderr(predicate::str::contains("extracted again"));
    assert_eq!(query::<i64>(&db, &sql), 1, "the quote is back");
    morgue_on(dir.path(), &db)
        .args(["correct", "--undo", "3"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no correction with id 3"));
    morgue_on(dir.path(), &db)
        .args(["correct", "article", "9999", "--title", "x"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no article with id 9999"));
    morgue_on(dir.path(), &db)
        .args(["correct", "article", "1", "--published", "yesterday"])
        .assert()
        .code(2);
}

#[test]
fn speakers_merged_and_split_by_hand_stay_so_after_reextraction() {
    let (dir, db, _) = archive_without_files();
    let id = |name: &str| -> i64 {
        query(
            &db,
            &format!("SELECT speaker_id FROM speaker_aliases WHERE alias = '{name}'"),
        )
    };
    let (jonas, mira) = (id("Jonas Kowalczyk"), id("Mira Kowalczyk"));
    let mira_quotes: i64 = query(
        &db,
        &format!("SELECT count(*) FROM quotes WHERE speaker_id = {mira}"),
    );
    assert!(mira_quotes > 0);
    merge_speaker_then_reextract_all(dir.path(), &db, mira, jonas);
    assert_eq!(
        id("Mira Kowalczyk"),
        jonas,
        "Mira's spelling is filed under Jonas"
    );
    let left: i64 = query(
        &db,
        &format!("SELECT count(*) FROM speakers WHERE id = {mira}"),
    );
    assert_eq!(left, 0);

    morgue_on(dir.path(), &db)
        .args([
            "correct",
            "speaker",
            &jonas.to_string(),
            "--split-alias",
            "Mira Kowalczyk",
        ])
        .assert()
        .success();
    // The merge filed her other spelling under Jonas too: split it off and give it back to her.
    morgue_on(dir.path(), &db)
        .args([
            "correct",
            "speaker",
            &jonas.to_string(),
            "--split-alias",
            "Mira Kowalczik",
        ])
        .assert()
        .success();
    let (mira, variant) = (id("Mira Kowalczyk"), id("Mira Kowalczik"));
    merge_speaker_then_reextract_all(dir.path(), &db, variant, mira);
    assert_eq!(id("Mira Kowalczyk"), mira);
    assert_eq!(id("Mira Kowalczik"), mira);
    assert_ne!(mira, jonas, "split off again, and so it stays");
    let now: i64 = query(
        &db,
        &format!("SELECT count(*) FROM quotes WHERE speaker_id = {mira}"),
    );
    assert_eq!(now, mira_quotes, "her quotes are hers again");
    morgue_on(dir.path(), &db)
        .args(["correct", "--undo", "1"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot be taken back"));
    morgue_on(dir.path(), &db)
        .args([
            "correct",
            "speaker",
            &mira.to_string(),
            "--name",
            "Jonas Kowalczyk",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--merge-into"));
}

#[test]
fn dump_and_restore_carry_originals_and_corrections() {
    let (dir, db, files) = archive_without_files();
    morgue_on(dir.path(), &db)
        .args(["correct", "article", "1", "--title", "Kept through a dump"])
        .assert()
        .success();
    morgue_on(dir.path(), &db)
        .args(["dump", "-o", "a.sql"])
        .assert()
        .success();
    let copy = dir.path().join("copy.db");
    morgue_on(dir.path(), &copy)
        .args(["restore", "a.sql"])
        .assert()
        .success();
    let out = morgue_on(dir.path(), &copy)
        .args(["original", "1"])
        .output()
        .unwrap();
    assert!(
        out.stdout == files[0].1,
        "the original survives dump and restore"
    );
    morgue_on(dir.path(), &copy)
        .args(["reextract", "--all"])
        .assert()
        .success();
    let title: String = query(&copy, "SELECT title FROM articles WHERE id = 1");
    assert_eq!(title, "Kept through a dump");
}

/// Originals of a generated corpus (the benchmark's generator) add at most 40% of the files' size to
/// the archive, measured on the file itself, compacted with and without them.
#[test]
fn originals_add_at_most_forty_percent_of_the_raw_size() {
    let dir = TempDir::new().unwrap();
    let corpus = dir.path().join("corpus");
    let status = std::process::Command::new(gen_corpus())
        .args(["--files", "150", "--seed", "11"])
        .arg(&corpus)
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    let db = dir.path().join("t.db");
    morgue_on(dir.path(), &db)
        .arg("import")
        .arg(&corpus)
        .assert()
        .success();
    let raw: i64 = query(&db, "SELECT sum(bytes) FROM sources");
    let compact = |path: &Path| {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch("PRAGMA journal_mode = DELETE; VACUUM;")
            .unwrap();
        std::fs::metadata(path).unwrap().len() as i64
    };
    let with = compact(&db);
    let without_path = dir.path().join("without.db");
    std::fs::copy(&db, &without_path).unwrap();
    Connection::open(&without_path)
        .unwrap()
        .execute("UPDATE originals SET data = NULL, compression = NULL", [])
        .unwrap();
    let without = compact(&without_path);
    let added = with - without;
    assert!(raw > 500_000, "a corpus worth measuring: {raw} bytes");
    assert!(
        added * 100 <= raw * 40,
        "originals add {added} bytes to an archive of {raw} raw bytes ({}%)",
        added * 100 / raw
    );
}

/// The corpus generator, built by `cargo test` with the other examples; built here when a single test
/// target was asked for.
fn gen_corpus() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().and_then(Path::parent).unwrap();
    let path = profile_dir.join("examples").join("gen_corpus");
    if !path.exists() {
        let built = std::process::Command::new(env!("CARGO"))
            .args(["build", "--example", "gen_corpus"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .unwrap();
        assert!(built.success(), "cargo build --example gen_corpus failed");
    }
    path
}

#[test]
fn correct_needs_a_field_and_says_so() {
    let dir = TempDir::new().unwrap();
    morgue(dir.path())
        .args(["--db", "t.db", "correct", "article", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--title"));
}

#[path = "seeds_support/mod.rs"]
mod seeds;

/// Issue 11's acceptance on the real seed articles (read from ../shared at test time, never copied):
/// import, delete the files, every original comes back byte-identical; a title and a speaker
/// corrected by hand survive `reextract --all`.
#[test]
fn on_the_seeds_originals_come_back_and_hand_corrections_survive_reextract_all() {
    let Some(seeds) = seeds::seeds_dir("originals acceptance test") else {
        return;
    };
    let dir = TempDir::new().unwrap();
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&seeds).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let name = format!("in/{}", path.file_name().unwrap().to_str().unwrap());
            let bytes = std::fs::read(&path).unwrap();
            write(dir.path(), &name, &bytes);
            files.push((name, bytes));
        }
    }
    assert!(files.len() >= 5, "the five seeds");
    let db = dir.path().join("seeds.db");
    morgue_on(dir.path(), &db)
        .args(["import", "in"])
        .assert()
        .success();
    std::fs::remove_dir_all(dir.path().join("in")).unwrap();
    for (name, bytes) in &files {
        let id: i64 = query(
            &db,
            &format!("SELECT id FROM sources WHERE path = '{name}'"),
        );
        let out = morgue_on(dir.path(), &db)
            .args(["original", &id.to_string()])
            .output()
            .unwrap();
        assert!(
            out.status.success() && &out.stdout == bytes,
            "{name} comes back byte-identical"
        );
    }

    let (quote, text, speaker): (i64, String, i64) = Connection::open(&db)
        .unwrap()
        .query_row(
            "SELECT id, text, speaker_id FROM quotes WHERE speaker_id IS NOT NULL ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    let run = |args: &[&str]| morgue_on(dir.path(), &db).args(args).assert().success();
    run(&[
        "correct",
        "article",
        "1",
        "--title",
        "A title corrected by hand",
    ]);
    run(&[
        "correct",
        "quote",
        &quote.to_string(),
        "--speaker",
        "Corrected Speaker",
    ]);
    run(&[
        "correct",
        "speaker",
        &speaker.to_string(),
        "--name",
        "Renamed By Hand",
    ]);
    run(&["reextract", "--all"]).stderr(predicate::str::contains("0 whose target is gone"));

    let title: String = query(&db, "SELECT title FROM articles WHERE id = 1");
    assert_eq!(title, "A title corrected by hand");
    let said_by: String = query(
        &db,
        &format!(
            "SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id WHERE q.text = '{}'",
            text.replace('\'', "''")
        ),
    );
    assert_eq!(said_by, "Corrected Speaker");
    let renamed: String = query(
        &db,
        &format!("SELECT name FROM speakers WHERE id = {speaker}"),
    );
    assert_eq!(renamed, "Renamed By Hand");
}

#[test]
fn articles_extracted_again_stay_in_their_stories() {
    let (dir, db, _) = archive_without_files();
    let members = |db: &Path| -> Vec<(i64, i64)> {
        let conn = Connection::open(db).unwrap();
        conn.prepare("SELECT article_id, story_id FROM story_members ORDER BY article_id")
            .unwrap()
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let before = members(&db);
    let stories_with_several: i64 = query(
        &db,
        "SELECT count(*) FROM (SELECT story_id FROM story_members GROUP BY story_id HAVING count(*) > 1)",
    );
    assert!(
        stories_with_several >= 1,
        "the samples hold a story told by several outlets"
    );
    morgue_on(dir.path(), &db)
        .args(["reextract", "--all"])
        .assert()
        .success();
    assert_eq!(members(&db), before, "every article keeps its story");
    morgue_on(dir.path(), &db).arg("check").assert().success();
}

/// Every quote group as the set of its members, each named by what a re-extraction keeps (the
/// source's path, the article's position, the quote's words), with the group's speaker.
fn quote_groups(
    db: &Path,
) -> std::collections::BTreeSet<(Option<String>, Vec<(String, i64, String)>)> {
    let conn = Connection::open(db).unwrap();
    let rows: Vec<(i64, Option<String>, String, i64, String)> = conn
        .prepare(
            "SELECT g.id, gs.name, src.path, a.position, q.text FROM quote_groups g
             JOIN quote_group_members m ON m.group_id = g.id JOIN quotes q ON q.id = m.quote_id
             JOIN articles a ON a.id = q.article_id JOIN sources src ON src.id = a.source_id
             LEFT JOIN speakers gs ON gs.id = g.speaker_id ORDER BY g.id, src.path, a.position, q.text",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut groups: std::collections::BTreeMap<i64, (Option<String>, Vec<(String, i64, String)>)> =
        Default::default();
    for (id, speaker, path, position, text) in rows {
        let group = groups.entry(id).or_insert_with(|| (speaker, Vec::new()));
        group.1.push((path, position, text));
    }
    groups.into_values().collect()
}

/// Issue 12: a re-extraction gives the source's quotes new ids; the quote groups they were in are
/// rebuilt by the grouping code, whichever source is extracted again and in whatever order, and a
/// quotation whose other carriers are all gone is no group.
#[test]
fn quote_groups_are_the_same_after_reextraction() {
    let (dir, db, _) = archive_without_files();
    let before = quote_groups(&db);
    assert!(
        before.iter().any(|(_, members)| {
            members
                .iter()
                .map(|m| &m.0)
                .collect::<std::collections::BTreeSet<_>>()
                .len()
                > 1
        }),
        "the samples hold a quotation carried by several outlets: {before:?}"
    );
    // Each source that carries a grouped quote, alone: the first carrier, whose copies were never
    // indexed themselves, and the later ones.
    let sources: Vec<i64> = {
        let conn = Connection::open(&db).unwrap();
        conn.prepare(
            "SELECT DISTINCT a.source_id FROM quote_group_members m JOIN quotes q ON q.id = m.quote_id
             JOIN articles a ON a.id = q.article_id ORDER BY a.source_id",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    };
    assert!(sources.len() >= 2, "{sources:?}");
    for source in &sources {
        morgue_on(dir.path(), &db)
            .args(["reextract", &source.to_string()])
            .assert()
            .success();
        assert_eq!(quote_groups(&db), before, "after reextract {source}");
    }
    morgue_on(dir.path(), &db)
        .args(["reextract", "--all"])
        .assert()
        .success();
    assert_eq!(quote_groups(&db), before, "after reextract --all");
    let empty: i64 = query(
        &db,
        "SELECT count(*) FROM quote_groups g WHERE (SELECT count(*) FROM quote_group_members m
         WHERE m.group_id = g.id) < 2",
    );
    assert_eq!(empty, 0, "no group of one or none is left behind");
    let trail = stdout(morgue_on(dir.path(), &db).args([
        "query",
        "quote-trail",
        "-p",
        "text=accounted",
        "-f",
        "csv",
    ]));
    assert!(
        trail.lines().count() > 2,
        "the trail still runs across outlets: {trail}"
    );
    morgue_on(dir.path(), &db).arg("check").assert().success();
}
