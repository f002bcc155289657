//! The full-text indexes (`articles_fts`, `quotes_fts`) kept in step with the rows they index. Since
//! migration V4 no trigger does it: every path that adds, changes or removes articles or quotes calls
//! [`index_sources`] after writing them and [`unindex_sources`] before changing or deleting them, a
//! source file (all its articles and their quotes) at a time.
//!
//! Why not triggers: FTS5 flushes its in-memory index to a new on-disk segment at every SAVEPOINT
//! once the transaction has written to it, and the writer opens one savepoint per file. With the
//! rows indexed as they were inserted, every file became a segment of its own, merged again and
//! again (`examples/bench_floor`: 3.8 s for 5,000 files against 2.0 s when the rows are indexed in
//! one statement outside the savepoints). So a bulk write indexes the files of a transaction together
//! just before it commits, one statement per index.

use rusqlite::Connection;

use super::Result;

/// The sources' ids as the JSON array `json_each` reads, so that one statement covers all of them.
fn id_list(source_ids: &[i64]) -> String {
    let ids: Vec<String> = source_ids.iter().map(i64::to_string).collect();
    format!("[{}]", ids.join(","))
}

/// Adds the articles and quotes of these sources to the full-text indexes. They must not be indexed
/// already: FTS5 would then hold them twice.
pub(crate) fn index_sources(conn: &Connection, source_ids: &[i64]) -> Result<()> {
    write(conn, source_ids, "")
}

/// Removes the articles and quotes of these sources from the full-text indexes, with the values they
/// were indexed with: call it before those rows are updated or deleted.
pub(crate) fn unindex_sources(conn: &Connection, source_ids: &[i64]) -> Result<()> {
    write(conn, source_ids, "'delete', ")
}

/// One INSERT … SELECT per index. An external-content FTS5 table is told about a removal by
/// inserting the `'delete'` command with the old values into its hidden column of the same name.
fn write(conn: &Connection, source_ids: &[i64], command: &str) -> Result<()> {
    if source_ids.is_empty() {
        return Ok(());
    }
    let ids = id_list(source_ids);
    let hidden = if command.is_empty() {
        ""
    } else {
        "articles_fts, "
    };
    conn.prepare_cached(&format!(
        "INSERT INTO articles_fts ({hidden}rowid, title, dek, body)
         SELECT {command}a.id, a.title, a.dek, a.body
         FROM json_each(?1) AS s CROSS JOIN articles AS a ON a.source_id = s.value
         ORDER BY a.id"
    ))?
    .execute([&ids])?;
    let hidden = if command.is_empty() {
        ""
    } else {
        "quotes_fts, "
    };
    conn.prepare_cached(&format!(
        "INSERT INTO quotes_fts ({hidden}rowid, text)
         SELECT {command}q.id, q.text
         FROM json_each(?1) AS s CROSS JOIN articles AS a ON a.source_id = s.value
         CROSS JOIN quotes AS q ON q.article_id = a.id
         ORDER BY q.id"
    ))?
    .execute([&ids])?;
    Ok(())
}
