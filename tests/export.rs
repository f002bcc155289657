//! `morgue export` and file outputs: CSV read back with the csv crate, formula injection defused,
//! Excel's CSV dialect, XLSX read back cell by cell with calamine, every table with --all.

#[path = "query_support/mod.rs"]
mod support;

use calamine::{Data, Reader, Xlsx, open_workbook};
use predicates::prelude::*;
use rusqlite::Connection;
use support::{exact_archive, morgue_on, read_csv, stdout_of};

#[test]
fn a_table_exported_to_csv_reads_back_equal_to_the_table() {
    let (dir, db) = exact_archive();
    let out = dir.path().join("quotes.csv");
    morgue_on(dir.path(), &db)
        .args(["export", "quotes", "-o"])
        .arg(&out)
        .assert()
        .success();
    let (header, rows) = read_csv(&std::fs::read(&out).unwrap());
    assert_eq!(
        header,
        [
            "id",
            "article_id",
            "paragraph_position",
            "text",
            "speaker_id",
            "attribution",
            "verb",
            "kind"
        ]
    );
    let conn = Connection::open(&db).unwrap();
    let mut stmt = conn
        .prepare("SELECT id, text, coalesce(speaker_id, ''), kind FROM quotes ORDER BY id")
        .unwrap();
    let expected: Vec<(String, String, String, String)> = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?.to_string(),
                r.get(1)?,
                r.get::<_, rusqlite::types::Value>(2).map(|v| match v {
                    rusqlite::types::Value::Integer(i) => i.to_string(),
                    _ => String::new(),
                })?,
                r.get(3)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let got: Vec<(String, String, String, String)> = rows
        .iter()
        .map(|r| (r[0].clone(), r[3].clone(), r[4].clone(), r[7].clone()))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn formula_cells_are_defused_unless_raw() {
    let (dir, db) = exact_archive();
    let query = "SELECT '=HYPERLINK(\"http://x.example\")' AS a, '+1' AS b, '-2+3' AS c, '@SUM(A1)' AS d, \
                 char(9) || 'tab' AS e, char(13) || 'cr' AS f, -5 AS g, 'plain = text' AS h";
    let out = stdout_of(morgue_on(dir.path(), &db).args(["export", "--sql", query]));
    let (_, rows) = read_csv(out.as_bytes());
    assert_eq!(
        rows[0],
        [
            "'=HYPERLINK(\"http://x.example\")",
            "'+1",
            "'-2+3",
            "'@SUM(A1)",
            "'\ttab",
            "'\rcr",
            "-5",
            "plain = text"
        ]
    );
    let raw = stdout_of(morgue_on(dir.path(), &db).args(["export", "--raw", "--sql", query]));
    let (_, rows) = read_csv(raw.as_bytes());
    assert_eq!(rows[0][0], "=HYPERLINK(\"http://x.example\")");
    assert_eq!(rows[0][4], "\ttab");
}

#[test]
fn excel_csv_has_a_bom_and_crlf_and_plain_csv_has_neither() {
    let (dir, db) = exact_archive();
    let query = "SELECT id, title FROM articles ORDER BY id";
    let excel = morgue_on(dir.path(), &db)
        .args(["sql", query, "-f", "csv", "--excel"])
        .output()
        .unwrap();
    assert!(excel.stdout.starts_with("\u{FEFF}id,title\r\n".as_bytes()));
    assert_eq!(excel.stdout.windows(2).filter(|w| w == b"\r\n").count(), 4);
    let plain = morgue_on(dir.path(), &db)
        .args(["sql", query, "-f", "csv"])
        .output()
        .unwrap();
    assert!(plain.stdout.starts_with(b"id,title\n"));
    assert!(!plain.stdout.contains(&b'\r'));
    // The BOM is invisible to a CSV reader that knows it: the rows are the same.
    let text = String::from_utf8(excel.stdout).unwrap();
    assert_eq!(
        read_csv(text.trim_start_matches('\u{FEFF}').as_bytes()).1,
        read_csv(&plain.stdout).1
    );
}

#[test]
fn xlsx_reads_back_cell_by_cell() {
    let (dir, db) = exact_archive();
    let out = dir.path().join("articles.xlsx");
    let query = "SELECT id, title, published_at, word_count, 0.5 AS ratio, NULL AS empty, '=1+1' AS formula \
                 FROM articles ORDER BY id";
    morgue_on(dir.path(), &db)
        .args(["export", "--sql", query, "-o"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("wrote 3 row(s)"));
    let mut book: Xlsx<_> = open_workbook(&out).expect("a valid workbook");
    let sheet = book
        .worksheet_range_at(0)
        .expect("one sheet")
        .expect("readable");
    assert_eq!(sheet.get_size(), (4, 7));
    let header: Vec<String> = (0..7)
        .map(|c| sheet.get((0, c)).unwrap().to_string())
        .collect();
    assert_eq!(
        header,
        [
            "id",
            "title",
            "published_at",
            "word_count",
            "ratio",
            "empty",
            "formula"
        ]
    );
    assert_eq!(sheet.get((1, 0)), Some(&Data::Float(1.0)));
    assert_eq!(
        sheet.get((1, 1)),
        Some(&Data::String("Cranes fall silent in Eastport".into()))
    );
    assert_eq!(
        sheet.get((3, 1)),
        Some(&Data::String(
            "東京港のストライキ 🚢 and an undated note".into()
        ))
    );
    assert_eq!(sheet.get((1, 3)), Some(&Data::Float(13.0)));
    assert_eq!(sheet.get((1, 4)), Some(&Data::Float(0.5)));
    assert!(matches!(sheet.get((1, 5)), None | Some(Data::Empty)));
    // A string cell is never a formula, so no defusing is needed or done.
    assert_eq!(sheet.get((1, 6)), Some(&Data::String("=1+1".into())));
    // ISO dates are real dates, the time as published kept.
    match sheet.get((1, 2)) {
        Some(Data::DateTime(when)) => assert_eq!(when.to_ymd_hms_milli(), (2025, 5, 1, 8, 0, 0, 0)),
        other => panic!("published_at should be a date, got {other:?}"),
    }
    match sheet.get((2, 2)) {
        Some(Data::DateTime(when)) => {
            assert_eq!(when.as_f64(), 45_823.0, "2025-06-15 with no time of day")
        }
        other => panic!("a date-only value should be a date, got {other:?}"),
    }
    assert!(
        matches!(sheet.get((3, 2)), None | Some(Data::Empty)),
        "an undated article stays empty"
    );
}

#[test]
fn a_cell_over_excels_limit_is_cut_with_a_marker_and_a_warning() {
    let (dir, db) = exact_archive();
    let out = dir.path().join("long.xlsx");
    morgue_on(dir.path(), &db)
        .args([
            "export",
            "--sql",
            "SELECT 'start' || replace(hex(zeroblob(20000)), '00', 'ab') AS body, 'short' AS other",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success()
        .stderr(
            predicate::str::contains("warning")
                .and(predicate::str::contains("32767"))
                .and(predicate::str::contains("A2")),
        );
    let mut book: Xlsx<_> = open_workbook(&out).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    let Some(Data::String(body)) = sheet.get((1, 0)) else {
        panic!("the long cell is text")
    };
    assert_eq!(body.chars().count(), 32_767);
    assert!(body.starts_with("startabab"));
    assert!(
        body.ends_with("cut: longer than Excel allows]"),
        "{}",
        &body[body.len() - 60..]
    );
    assert_eq!(sheet.get((1, 1)), Some(&Data::String("short".into())));
}

#[test]
fn xlsx_needs_a_file_and_is_chosen_by_the_extension() {
    let (dir, db) = exact_archive();
    morgue_on(dir.path(), &db)
        .args(["export", "articles", "--format", "xlsx"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("-o FILE.xlsx"));
}

#[test]
fn a_canned_query_exports_with_its_parameters() {
    let (dir, db) = exact_archive();
    let out = dir.path().join("q.tsv");
    morgue_on(dir.path(), &db)
        .args([
            "export",
            "--query",
            "quotes-by-speaker",
            "-p",
            "speaker=halvor",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success();
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(
        text.lines().count(),
        3,
        "header and Ingrid Halvorsen's two quotes:\n{text}"
    );
    assert!(text.starts_with("speaker\tquote\t"));
}

#[test]
fn all_writes_every_table_in_full() {
    let (dir, db) = exact_archive();
    let folder = dir.path().join("everything");
    morgue_on(dir.path(), &db)
        .arg("export")
        .arg("--all")
        .arg(&folder)
        .assert()
        .success();
    let conn = Connection::open(&db).unwrap();
    for table in [
        "articles",
        "outlets",
        "quotes",
        "speakers",
        "speaker_aliases",
        "captions",
        "sources",
        "paragraphs",
    ] {
        let (_, rows) = read_csv(&std::fs::read(folder.join(format!("{table}.csv"))).expect(table));
        let count: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows.len() as i64, count, "{table}");
    }
    assert!(
        !folder.join("articles_fts.csv").exists(),
        "full-text indexes are not tables to export"
    );
    assert!(!folder.join("articles_fts_data.csv").exists());
    // A second run refuses to replace the files; --force replaces them.
    morgue_on(dir.path(), &db)
        .arg("export")
        .arg("--all")
        .arg(&folder)
        .assert()
        .code(1);
    morgue_on(dir.path(), &db)
        .arg("export")
        .arg("--all")
        .arg(&folder)
        .arg("--force")
        .assert()
        .success();
    morgue_on(dir.path(), &db)
        .args(["export", "--all"])
        .arg(&folder)
        .args(["--force", "-f", "xlsx"])
        .assert()
        .success();
    let mut book: Xlsx<_> = open_workbook(folder.join("outlets.xlsx")).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    assert_eq!(
        sheet.get((2, 1)),
        Some(&Data::String("Northern Wire".into()))
    );
}

#[test]
fn an_unknown_table_lists_the_real_ones() {
    let (dir, db) = exact_archive();
    morgue_on(dir.path(), &db)
        .args(["export", "artikles"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("no table named artikles")
                .and(predicate::str::contains("articles")),
        );
}

#[test]
fn a_large_export_is_complete_and_streamed() {
    let (dir, db) = exact_archive();
    let out = dir.path().join("big.csv");
    morgue_on(dir.path(), &db)
        .args([
            "export",
            "--sql",
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 200000) \
                SELECT x, 'row ' || x AS label FROM n",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success();
    let (_, rows) = read_csv(&std::fs::read(&out).unwrap());
    assert_eq!(rows.len(), 200_000, "never capped at a display limit");
    assert_eq!(rows[199_999], ["200000", "row 200000"]);
}

#[test]
fn a_plain_csv_file_comes_with_a_hint_for_spreadsheet_users_and_excel_csv_does_not() {
    let (dir, db) = exact_archive();
    let export = |name: &str, extra: &[&str]| {
        let out = morgue_on(dir.path(), &db)
            .args(["export", "articles", "-o", name])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(
        export("plain.csv", &[]).contains("--excel"),
        "a plain CSV file names the fix"
    );
    assert!(!export("excel.csv", &["--excel"]).contains("--excel"));
    assert!(!export("sheet.xlsx", &[]).contains("--excel"));
    let piped = morgue_on(dir.path(), &db)
        .args(["export", "articles"])
        .output()
        .unwrap();
    assert!(
        piped.status.success() && piped.stderr.is_empty(),
        "{piped:?}"
    );
}
