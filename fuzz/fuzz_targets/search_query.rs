//! Whatever is typed into a search box: `fts_query` either refuses it with a position inside the
//! input, or returns an expression that FTS5 accepts (never a syntax error at search time).
#![no_main]

use std::cell::RefCell;

use libfuzzer_sys::fuzz_target;
use morgue::query::{FTS_COLUMNS, fts_query};
use rusqlite::Connection;

thread_local! {
    static CONN: RefCell<Connection> = RefCell::new({
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(&format!(
            "CREATE VIRTUAL TABLE t USING fts5({}, tokenize='unicode61 remove_diacritics 2');
             INSERT INTO t VALUES ('Al-Awsat on the U.S. strike', 'O''Brien', 'it''s e-mail', 'Malmö');",
            FTS_COLUMNS.join(", ")
        ))
        .unwrap();
        conn
    });
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    match fts_query(input) {
        Ok(Some(expression)) => CONN.with(|conn| {
            let conn = conn.borrow();
            let result = conn.query_row("SELECT count(*) FROM t WHERE t MATCH ?", [&expression], |r| {
                r.get::<_, i64>(0)
            });
            if let Err(err) = result {
                panic!("{input:?} became {expression:?}, which FTS5 refuses: {err}");
            }
        }),
        Ok(None) => {}
        Err(err) => {
            assert!(err.column >= 1 && err.column <= input.chars().count() + 1, "{err}");
        }
    }
});
