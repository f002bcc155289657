//! The search parser's promise, checked on many generated inputs: whatever a person types,
//! `fts_query` either says what is wrong or returns an expression FTS5 accepts (never an FTS5 syntax
//! error at search time). The inputs are built from the pieces that trip FTS5 up: quotes, parentheses,
//! operators, NEAR, stars, colons, column names, commas, apostrophes, dots, carets, plus signs,
//! braces, non-ASCII letters. The same property runs unbounded under cargo fuzz (fuzz/).

use morgue::query::{FTS_COLUMNS, fts_query};
use rusqlite::Connection;

const PIECES: &[&str] = &[
    "\"", "\"\"", "(", ")", " ", " ", " ", "AND", "OR", "NOT", "NEAR", "NEAR(", ",", ", 3", "*",
    ":", "title:", "-title:", "body:", "text:", "nosuch:", "-", "'", ".", "^", "+", "{", "}",
    "strike", "Al-Awsat", "U.S.", "O'Brien", "it's", "Malmö", "東京", "🚢", "and", "or", "10:30",
    "e-mail", "\t", "\u{00A0}", "\0", "\u{1b}", "\r\n", "’", "“", "”", "\\", "%", "_", "$", "@",
    "0", "42",
];

/// xorshift64*: deterministic, so a failure is the same on every run.
fn next(state: &mut u64) -> u64 {
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    state.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

#[test]
fn every_expression_the_parser_returns_is_valid_fts5() {
    let conn = Connection::open_in_memory().unwrap();
    let columns = FTS_COLUMNS.join(", ");
    conn.execute_batch(&format!(
        "CREATE VIRTUAL TABLE t USING fts5({columns}, tokenize='unicode61 remove_diacritics 2');
         INSERT INTO t VALUES ('Al-Awsat on the U.S. strike', 'O''Brien', 'it''s e-mail', 'Malmö 東京');"
    ))
    .unwrap();
    let mut stmt = conn
        .prepare("SELECT count(*) FROM t WHERE t MATCH ?")
        .unwrap();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let (mut accepted, mut refused, mut empty) = (0, 0, 0);
    for _ in 0..20_000 {
        let length = 1 + (next(&mut state) % 12) as usize;
        let input: String = (0..length)
            .map(|_| PIECES[(next(&mut state) % PIECES.len() as u64) as usize])
            .collect();
        match fts_query(&input) {
            Ok(Some(expression)) => {
                if let Err(err) = stmt.query_row([&expression], |r| r.get::<_, i64>(0)) {
                    panic!("{input:?} became {expression:?}, which FTS5 refuses: {err}");
                }
                accepted += 1;
            }
            Ok(None) => empty += 1,
            Err(err) => {
                let message = err.to_string();
                assert!(
                    message.contains("at character")
                        && err.column >= 1
                        && err.column <= input.chars().count() + 1,
                    "{input:?}: {message}"
                );
                refused += 1;
            }
        }
    }
    eprintln!(
        "20,000 inputs: {accepted} searched, {refused} refused with a position, {empty} with nothing to search"
    );
    assert!(
        accepted > 5_000 && refused > 1_000,
        "the generator still reaches both sides"
    );
}
