//! Shared set-up for the integration tests that run the binary: the binary in a fresh directory with
//! none of the developer's environment, an archive imported from `samples/`, and a small archive with
//! exact rows for exact answers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use morgue::store::Store;
use tempfile::TempDir;

/// The binary, run in `dir`, with no archive, queries folder, profiles, clock override or home
/// directory from the environment: a developer's own settings must not change what a test sees.
pub fn morgue(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("morgue").expect("the morgue binary is built");
    cmd.current_dir(dir)
        .env_remove("MORGUE_DB")
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("MORGUE_QUERIES")
        .env_remove("MORGUE_PROFILES")
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("COLUMNS")
        .env("HOME", dir);
    cmd
}

/// The binary, run in `dir`, on the archive `db`.
pub fn morgue_on(dir: &Path, db: &Path) -> Command {
    let mut cmd = morgue(dir);
    cmd.arg("--db").arg(db);
    cmd
}

/// Writes `contents` to `dir/name`, creating the folders on the way.
pub fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().expect("a path inside dir"))
        .expect("folders are created");
    std::fs::write(path, contents).expect("the file is written");
}

/// A temporary directory holding `t.db`, imported from the project's fictional samples.
pub fn sample_archive() -> (TempDir, PathBuf) {
    let dir = TempDir::new().expect("temp dir");
    let db = dir.path().join("t.db");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let output = morgue(dir.path())
        .arg("--db")
        .arg(&db)
        .arg("import")
        .arg(&samples)
        .output()
        .expect("runs");
    assert!(
        db.exists(),
        "import made no archive: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    (dir, db)
}

/// A temporary directory holding `t.db` with a few hand-written rows, for tests that need exact
/// answers whatever the extractor does.
pub fn exact_archive() -> (TempDir, PathBuf) {
    let dir = TempDir::new().expect("temp dir");
    let db = dir.path().join("t.db");
    let store = Store::open(&db).expect("archive opens");
    store
        .connection()
        .execute_batch(
            "INSERT INTO sources (id, path, sha256, bytes, format, imported_at) VALUES
                (1, 'gazette.txt', 'aa', 100, 'text', '2026-01-01T00:00:00Z'),
                (2, 'wire.txt', 'bb', 200, 'text', '2026-01-02T00:00:00Z');
             INSERT INTO outlets (id, name, domain) VALUES
                (1, 'Harbour Gazette', 'gazette.example'),
                (2, 'Northern Wire', 'wire.example');
             INSERT INTO articles (id, source_id, position, outlet_id, title, published_at, body, word_count) VALUES
                (1, 1, 0, 1, 'Cranes fall silent in Eastport', '2025-05-01T08:00:00+02:00',
                 'The dock strike in Eastport entered its third week. Pension talks stalled again.', 13),
                (2, 1, 1, 2, 'Ferry timetable changes', '2025-06-15',
                 'Ferries will run less often this summer. No strike is planned.', 11),
                (3, 2, 0, NULL, '東京港のストライキ 🚢 and an undated note', NULL,
                 'Pension reform was discussed at length by the harbour board.', 10);
             INSERT INTO paragraphs (article_id, position, kind, text) VALUES
                (1, 0, 'text', 'The dock strike in Eastport entered its third week.'),
                (1, 1, 'text', 'Pension talks stalled again.');
             INSERT INTO speakers (id, name, kind) VALUES
                (1, 'Ingrid Halvorsen', 'person'),
                (2, 'Eastport Port Authority', 'organization');
             INSERT INTO speaker_aliases (alias, speaker_id) VALUES
                ('Ingrid Halvorsen', 1), ('Ingrid Halvorson', 1), ('Eastport Port Authority', 2);
             INSERT INTO quotes (id, article_id, paragraph_position, text, speaker_id, attribution, verb, kind) VALUES
                (1, 1, 0, 'We will not accept cuts to the pension fund', 1, 'said Ingrid Halvorsen', 'said', 'direct'),
                (2, 2, 0, 'The ferries keep running all summer', 2, 'the authority said', 'said', 'direct'),
                (3, 1, 1, 'Talks continue on the strike', NULL, NULL, NULL, 'partial'),
                (4, 3, 0, 'Pension reform cannot wait', 1, 'Halvorson said', 'said', 'direct');
             INSERT INTO captions (id, article_id, position, text, credit) VALUES
                (1, 1, 0, 'Cranes at dawn', 'AP Photo/Jane Roe'),
                (2, 2, 0, 'A ferry leaves', 'Reuters'),
                (3, 2, 1, 'The ferry terminal', 'Tom Berg/AFP via Getty Images'),
                (4, 3, 0, 'Harbour board', NULL);
             -- As the store does after writing rows (src/store/fts.rs).
             INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
             INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
             -- And the term counts it keeps beside them (src/store/search_terms.rs).
             INSERT INTO search_terms SELECT * FROM search_terms_computed;",
        )
        .expect("fixture rows insert");
    drop(store);
    (dir, db)
}

/// Parses CSV output into its header and rows.
pub fn read_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let header = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            r.expect("a valid CSV record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    (header, rows)
}

/// The stdout of a successful run, as UTF-8.
pub fn stdout_of(cmd: &mut Command) -> String {
    let output = cmd.output().expect("runs");
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}
