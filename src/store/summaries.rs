//! The summaries the counting queries read (migration V7): `speaker_outlets` (quotes and articles
//! per speaker and outlet), `caption_credits` (captions per outlet and credit line) and
//! `story_outlets` (articles and the earliest one per story and outlet); and, of caption_credits
//! (migration V8), `credit_lines` (each distinct credit line once) and `credit_words` (its words, so
//! that photo-agencies finds an agency by its first word). Triggers keep them on every change to the
//! rows they count, so no write path calls anything here; this module checks each against its
//! `_computed` view (the statement the queries ran before) for `morgue check`.

use std::path::Path;

use rusqlite::Connection;

use super::Result;
use super::upkeep::Check;

/// Each summary, its key columns, and the queries that read it (for the message).
const SUMMARIES: [(&str, &str, &str); 6] = [
    (
        "speaker_outlets",
        "speaker_id, outlet_id",
        "top-speakers, top-speakers-by-outlet and outlet-summary",
    ),
    (
        "caption_credits",
        "outlet_id, credit",
        "photo-agencies and outlet-summary",
    ),
    (
        "story_outlets",
        "story_id, outlet_id",
        "stories and first-to-report",
    ),
    ("credit_lines", "credit", "photo-agencies"),
    ("credit_words", "word, credit", "photo-agencies"),
    ("search_terms", "fts, term", "search's ranking"),
];

/// How many wrong rows are named in a report, at most.
const SHOWN: i64 = 10;

/// One check per summary present (an archive not yet at V7 or V8 lacks some): the keys whose stored row
/// differs from, or is missing in, what the counted rows give.
pub(crate) fn check(conn: &Connection, path: &Path) -> Result<Vec<Check>> {
    let mut checks = Vec::new();
    for (table, key, queries) in SUMMARIES {
        if !super::has_table(conn, table)? {
            continue;
        }
        let sql = format!(
            "SELECT DISTINCT {key} FROM (
                 SELECT * FROM (SELECT * FROM {table}_computed EXCEPT SELECT * FROM {table})
                 UNION ALL
                 SELECT * FROM (SELECT * FROM {table} EXCEPT SELECT * FROM {table}_computed))
             ORDER BY {key} LIMIT ?1"
        );
        let mut stmt = conn.prepare(&sql)?;
        let wrong = stmt
            .query_map([SHOWN], |row| {
                let values = (0..row.as_ref().column_count())
                    .map(|i| row.get(i).map(|value| shown(&value)))
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                Ok(format!("({})", values.join(", ")))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let problems = wrong
            .iter()
            .map(|row| {
                format!(
                    "{table} row ({key}) = {row} is not what the rows it counts give, so {queries} \
                     show wrong counts: compute the summary again with sqlite3 {} \"DELETE FROM \
                     {table}; INSERT INTO {table} SELECT * FROM {table}_computed\"",
                    path.display()
                )
            })
            .collect();
        checks.push(Check {
            name: table,
            problems,
        });
    }
    Ok(checks)
}

fn shown(value: &rusqlite::types::Value) -> String {
    match value {
        rusqlite::types::Value::Integer(n) => n.to_string(),
        rusqlite::types::Value::Text(text) => format!("'{text}'"),
        other => format!("{other:?}"),
    }
}
