//! The README's bad-input table, one test per row: each bad file is imported beside a good one, and
//! the test checks the message names the file and says what is wrong, that the good file still
//! lands, and that nothing of a refused file is stored. See issue 9, item 2.

#[path = "query_support/mod.rs"]
mod support;

use std::path::Path;
use std::process::Output;

use rusqlite::Connection;
use support::{morgue, write};
use tempfile::TempDir;

const GOOD: &str = "Ferry Crews Accept New Rota

Crews on the Vell island ferries accepted a new rota on Friday after six weeks of talks.

By Ines Marr

The rota adds a rest day every fortnight, the union said.
";

/// Six quotations in curly quotes, as a UTF-8 page copies them.
const SIX_QUOTES: &str = "Harbour Board Delays Crane Vote

The harbour board put off its vote on new cranes until spring.

\u{201c}We need more time,\u{201d} said Board Chair Mira Solberg.

\u{201c}The cranes are old,\u{201d} said Dock Foreman Alvar Kettu. \u{201c}They break every week.\u{201d}

\u{201c}Nobody wants a strike,\u{201d} said union steward Hanna Berg.

\u{201c}The money is there,\u{201d} said councillor Otto Vainio. \u{201c}It has been for a year.\u{201d}

The board meets again in March.
";

/// Imports `bad` (written as `bad_name`) and the good article in one run, with the JSON summary.
fn import_beside_good(bad_name: &str, bad: &[u8]) -> (TempDir, Output, serde_json::Value) {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "clips/good.txt", GOOD);
    write(tmp.path(), &format!("clips/{bad_name}"), bad);
    let output = import(
        tmp.path(),
        &["clips/good.txt", &format!("clips/{bad_name}")],
    );
    let summary = serde_json::from_slice(&output.stdout).expect("a JSON summary");
    (tmp, output, summary)
}

fn import(dir: &Path, paths: &[&str]) -> Output {
    morgue(dir)
        .args(["--db", "a.db", "import", "--json"])
        .args(paths)
        .output()
        .unwrap()
}

/// The file's entry in the summary: (status, reason, warnings).
fn file_entry(summary: &serde_json::Value, path: &str) -> (String, String, Vec<String>) {
    let file = summary["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"] == path)
        .unwrap_or_else(|| panic!("{path} is in the summary: {summary}"));
    let text = |v: &serde_json::Value| v.as_str().unwrap_or("").to_owned();
    let warnings = file["warnings"]
        .as_array()
        .map(|w| w.iter().map(text).collect())
        .unwrap_or_default();
    (text(&file["status"]), text(&file["reason"]), warnings)
}

fn sources(dir: &Path) -> Vec<(String, String)> {
    let conn = Connection::open(dir.join("a.db")).unwrap();
    let mut stmt = conn
        .prepare("SELECT path, format FROM sources ORDER BY id")
        .unwrap();
    stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// A refused file: exit 3, its reason contains `reason`, the good file is stored and it is not.
fn assert_refused(bad_name: &str, bad: &[u8], reason: &str) {
    let (tmp, output, summary) = import_beside_good(bad_name, bad);
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let path = format!("clips/{bad_name}");
    let (status, why, _) = file_entry(&summary, &path);
    assert_eq!(status, "failed", "{summary}");
    assert!(why.contains(reason), "{path}: {why}");
    assert_eq!(file_entry(&summary, "clips/good.txt").0, "imported");
    let stored = sources(tmp.path());
    assert_eq!(stored.len(), 1, "only the good file is stored: {stored:?}");
    assert_eq!(stored[0].0, "clips/good.txt");
    // Without --json the message names the file on stderr.
    let plain = morgue(tmp.path())
        .args(["--db", "b.db", "import", &path])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&plain.stderr);
    assert!(
        stderr.contains(&format!("failed: {path}: ")) && stderr.contains(reason),
        "{stderr}"
    );
}

#[test]
fn an_empty_file_is_refused_as_empty() {
    assert_refused("empty.txt", b"", "the file is empty");
    assert_refused("blank.txt", b"\n \r\n\t\n", "the file is empty");
}

#[test]
fn a_file_with_nul_bytes_is_refused_as_binary_with_the_offset() {
    assert_refused(
        "nul.txt",
        b"Headline\n\nSome text\0with a NUL in it.\n",
        "binary file, not text (a NUL byte at byte offset 19)",
    );
}

#[test]
fn an_image_renamed_txt_is_refused_as_binary() {
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x04\0\0\0\x03\0\x08\x06".to_vec();
    png.extend((0..2000u32).map(|i| (i * 7 % 251) as u8));
    assert_refused("photo.txt", &png, "binary file");
    let jpeg = [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00,
    ];
    assert_refused("photo2.txt", &jpeg, "binary file");
}

#[test]
fn a_file_with_no_recognisable_article_is_refused() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/articles/chrome-only-no-article.txt");
    assert_refused(
        "chrome.txt",
        &std::fs::read(fixture).unwrap(),
        "no article found in it",
    );
    assert_refused("nav.txt", b"Home\nLogin\nSubscribe\n", "no article found");
}

/// See issue 9: a UTF-8 file with a few bad bytes was read whole as Windows-1252, its curly quotes
/// became mojibake and 4 of its 6 quotations were lost. It stays UTF-8, the bad bytes are replaced,
/// and the warning gives their byte offsets.
#[test]
fn invalid_utf8_in_a_utf8_file_is_replaced_and_reported_with_offsets() {
    let clean_dir = TempDir::new().unwrap();
    write(clean_dir.path(), "clean.txt", SIX_QUOTES);
    assert!(import(clean_dir.path(), &["clean.txt"]).status.success());
    let quotes_of = |dir: &Path| -> Vec<String> {
        let conn = Connection::open(dir.join("a.db")).unwrap();
        let mut stmt = conn.prepare("SELECT text FROM quotes ORDER BY id").unwrap();
        stmt.query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let clean_quotes = quotes_of(clean_dir.path());
    assert!(clean_quotes.len() >= 6, "{clean_quotes:?}");

    let mut bytes = SIX_QUOTES.as_bytes().to_vec();
    let first = SIX_QUOTES.find("spring").unwrap();
    bytes.insert(first, 0xE9);
    let second = bytes.len() - 3;
    bytes.insert(second, 0x92);
    let (tmp, output, summary) = import_beside_good("mixed.txt", &bytes);
    assert!(output.status.success(), "{output:?}");
    let (status, _, warnings) = file_entry(&summary, "clips/mixed.txt");
    assert_eq!(status, "imported");
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("not UTF-8")
                && w.contains(&format!("byte offsets {first}, {second}"))),
        "{warnings:?}"
    );
    assert!(
        !warnings.iter().any(|w| w.contains("guessed")),
        "{warnings:?}"
    );
    let stored = sources(tmp.path());
    assert_eq!(stored.len(), 2);
    assert_eq!(
        stored[1],
        ("clips/mixed.txt".to_owned(), "text".to_owned()),
        "stored as UTF-8"
    );
    assert_eq!(
        quotes_of(tmp.path()),
        clean_quotes,
        "every quotation is kept"
    );
}

#[test]
fn utf16_with_a_bom_is_transcoded() {
    for (bom, encode, charset) in [
        (
            &[0xFF, 0xFE][..],
            u16::to_le_bytes as fn(u16) -> [u8; 2],
            "UTF-16LE",
        ),
        (&[0xFE, 0xFF][..], u16::to_be_bytes, "UTF-16BE"),
    ] {
        let bytes: Vec<u8> = bom
            .iter()
            .copied()
            .chain(SIX_QUOTES.encode_utf16().flat_map(encode))
            .collect();
        let (tmp, output, summary) = import_beside_good("utf16.txt", &bytes);
        assert!(output.status.success(), "{output:?}");
        assert_eq!(file_entry(&summary, "clips/utf16.txt").0, "imported");
        assert_eq!(sources(tmp.path())[1].1, format!("text;charset={charset}"));
        let conn = Connection::open(tmp.path().join("a.db")).unwrap();
        let title: String = conn
            .query_row("SELECT title FROM articles WHERE source_id = 2", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(title, "Harbour Board Delays Crane Vote");
    }
}

/// Permissions do not stop root, so as root the test reads a file the kernel refuses to read
/// (`/proc/self/mem` at offset 0 is unmapped: EIO) instead of a file with mode 000.
#[test]
fn an_unreadable_file_is_reported_and_the_others_still_import() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "good.txt", GOOD);
    write(tmp.path(), "locked.txt", GOOD.replace("Friday", "Monday"));
    let locked = tmp.path().join("locked.txt");
    #[cfg(unix)]
    let as_root = {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        std::fs::metadata(&locked).unwrap().uid() == 0
    };
    #[cfg(not(unix))]
    let as_root = false;
    let unreadable = if as_root && Path::new("/proc/self/mem").exists() {
        "/proc/self/mem"
    } else {
        "locked.txt"
    };
    let output = import(tmp.path(), &["good.txt", unreadable]);
    assert_eq!(output.status.code(), Some(3), "{output:?}");
    let summary: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let (status, reason, _) = file_entry(&summary, unreadable);
    assert_eq!(status, "failed");
    assert!(reason.contains("cannot read it"), "{reason}");
    let stored = sources(tmp.path());
    assert_eq!(stored, [("good.txt".to_owned(), "text".to_owned())]);
}
