//! The floor any searchable archive pays, for `bench/run`: every file of a corpus read and inserted
//! raw into one table with an FTS5 index (same tokenizer and pragmas as morgue's import), in one
//! transaction. Prints the seconds it took.
//!
//! `cargo run --release --example bench_floor -- CORPUS_DIR DB [trigger|direct|savepoint|direct-savepoint|deferred|fail]`
//! - `trigger` (the floor): an external-content FTS5 table kept by an AFTER INSERT trigger, as
//!   morgue's schema does;
//! - `direct`: the same FTS rows written by a second INSERT instead of the trigger;
//! - `savepoint`: the trigger, with a SAVEPOINT around each file as morgue's writer has;
//! - `direct-savepoint`: the direct FTS insert inside a SAVEPOINT per file (FTS5 flushes its pending
//!   index to a new segment at every SAVEPOINT once it holds rows of the transaction);
//! - `deferred`: a SAVEPOINT per file for the rows, the FTS rows of every file written at the end
//!   by one INSERT … SELECT, outside any savepoint (what morgue's writer does since migration V4);
//! - `fail`: the trigger, rows inserted with INSERT OR FAIL (no statement journal).

use std::path::{Path, PathBuf};
use std::time::Instant;

use rusqlite::{Connection, params};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(corpus), Some(db)) = (args.first(), args.get(1)) else {
        eprintln!(
            "usage: bench_floor CORPUS_DIR DB [trigger|direct|savepoint|direct-savepoint|deferred|fail]"
        );
        std::process::exit(2);
    };
    let mode = args.get(2).map_or("trigger", String::as_str);
    let mut files = Vec::new();
    collect(Path::new(corpus), &mut files);
    files.sort();
    let _ = std::fs::remove_file(db);
    let conn = Connection::open(db).expect("open the floor database");
    conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
        .expect("WAL");
    conn.execute_batch(
        "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;
         CREATE TABLE docs (id INTEGER PRIMARY KEY, path TEXT NOT NULL, body TEXT NOT NULL);
         CREATE VIRTUAL TABLE docs_fts USING fts5(body, content='docs', content_rowid='id',
                                                  tokenize='unicode61 remove_diacritics 2');",
    )
    .expect("schema");
    let direct = mode == "direct" || mode == "direct-savepoint";
    let savepoint = mode.contains("savepoint") || mode == "deferred";
    if !direct && mode != "deferred" {
        conn.execute_batch(
            "CREATE TRIGGER docs_fts_insert AFTER INSERT ON docs BEGIN
                 INSERT INTO docs_fts(rowid, body) VALUES (new.id, new.body);
             END;",
        )
        .expect("trigger");
    }
    let start = Instant::now();
    conn.execute_batch("BEGIN").expect("begin");
    {
        let verb = if mode == "fail" {
            "INSERT OR FAIL"
        } else {
            "INSERT"
        };
        let mut insert = conn
            .prepare_cached(&format!("{verb} INTO docs (path, body) VALUES (?1, ?2)"))
            .expect("prepare");
        let mut fts = conn
            .prepare_cached("INSERT INTO docs_fts (rowid, body) VALUES (?1, ?2)")
            .expect("prepare");
        for file in &files {
            let bytes = std::fs::read(file).expect("read a corpus file");
            let body = String::from_utf8_lossy(&bytes);
            if savepoint {
                conn.execute_batch("SAVEPOINT file").expect("savepoint");
            }
            insert
                .execute(params![file.to_string_lossy(), body])
                .expect("insert");
            if direct {
                fts.execute(params![conn.last_insert_rowid(), body])
                    .expect("insert fts");
            }
            if savepoint {
                conn.execute_batch("RELEASE file").expect("release");
            }
        }
    }
    if mode == "deferred" {
        conn.execute_batch("INSERT INTO docs_fts (rowid, body) SELECT id, body FROM docs")
            .expect("insert fts");
    }
    conn.execute_batch("COMMIT").expect("commit");
    println!("{:.3}", start.elapsed().as_secs_f64());
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read the corpus").flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}
