//! The archive as a plain SQL script, and back.
//!
//! The script loads in the sqlite3 shell (`sqlite3 new.db < sample.db.sql`) and through `morgue restore`.
//! Unlike the shell's `.dump` it writes no FTS5 shadow tables and no `writable_schema` inserts (they fail
//! under defensive settings): it creates the full-text tables empty and asks FTS5 to rebuild them from
//! the content tables. Rows come in rowid order, so the same archive always dumps to the same bytes.

use std::io::Write;
use std::path::Path;

use rusqlite::Connection;
use rusqlite::types::ValueRef;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::{Result, Store, StoreError, is_fts_shadow};

/// Columns holding wall-clock times; clamped in a reproducible dump.
const TIME_COLUMNS: [(&str, &str); 4] = [
    ("sources", "imported_at"),
    ("originals", "extracted_at"),
    ("corrections", "made_at"),
    ("refinery_schema_history", "applied_on"),
];

const HEADER: &str = "-- morgue archive dump";

/// Writes the archive as SQL. With `clamp_times`, times later than it (import and migration times) are
/// written as it: the reproducible-builds convention of SOURCE_DATE_EPOCH, which keeps a dump of the same
/// files byte-identical from one run to the next. Written times stay RFC 3339, as refinery requires.
pub fn dump(
    store: &Store,
    out: &mut dyn Write,
    clamp_times: Option<OffsetDateTime>,
) -> Result<(), DumpError> {
    let conn = store.connection();
    let objects = schema_objects(conn)?;
    writeln!(out, "{HEADER} (schema version {}).", super::SCHEMA_VERSION)?;
    writeln!(
        out,
        "-- Load it with `sqlite3 NEW.db < FILE` or `morgue --db NEW.db restore FILE`."
    )?;
    writeln!(out, "PRAGMA foreign_keys=OFF;")?;
    writeln!(out, "BEGIN TRANSACTION;")?;
    let tables = objects
        .iter()
        .filter(|o| o.kind == "table" && !o.is_virtual());
    for table in tables {
        writeln!(out, "{};", table.sql)?;
        dump_rows(conn, &table.name, clamp_times, out)?;
    }
    for object in objects.iter().filter(|o| o.kind == "index") {
        writeln!(out, "{};", object.sql)?;
    }
    for object in objects.iter().filter(|o| o.is_virtual()) {
        writeln!(out, "{};", object.sql)?;
        writeln!(
            out,
            "INSERT INTO {0}({0}) VALUES('rebuild');",
            quote_identifier(&object.name)
        )?;
    }
    for object in objects
        .iter()
        .filter(|o| o.kind == "trigger" || o.kind == "view")
    {
        writeln!(out, "{};", object.sql)?;
    }
    writeln!(out, "COMMIT;")?;
    Ok(())
}

/// Builds a new archive at `path` from a script written by [`dump`], then applies any migrations the
/// dump predates. Nothing is left at `path` if it fails.
pub fn restore(path: &Path, script: &str) -> Result<Store> {
    super::refuse_directory(path)?;
    if path.exists() {
        return Err(StoreError::Exists { path: path.into() });
    }
    if !script.starts_with(HEADER) {
        return Err(StoreError::NotADump(
            "it does not start with the morgue dump header".into(),
        ));
    }
    let built = Connection::open(path)
        .map_err(|source| StoreError::Open {
            path: path.into(),
            source,
        })
        .and_then(|conn| conn.execute_batch(script).map_err(StoreError::from))
        .and_then(|()| Store::open(path));
    if built.is_err() {
        let _ = std::fs::remove_file(path);
    }
    built
}

#[derive(Debug, thiserror::Error)]
pub enum DumpError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the dump: {0}")]
    Io(#[from] std::io::Error),
}

impl From<rusqlite::Error> for DumpError {
    fn from(err: rusqlite::Error) -> Self {
        DumpError::Store(err.into())
    }
}

struct SchemaObject {
    kind: String,
    name: String,
    sql: String,
}

impl SchemaObject {
    fn is_virtual(&self) -> bool {
        self.kind == "table"
            && self
                .sql
                .trim_start()
                .to_ascii_uppercase()
                .starts_with("CREATE VIRTUAL TABLE")
    }
}

fn schema_objects(conn: &Connection) -> Result<Vec<SchemaObject>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid",
    )?;
    let objects = stmt
        .query_map([], |row| {
            Ok(SchemaObject {
                kind: row.get(0)?,
                name: row.get(1)?,
                sql: row.get(2)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(objects
        .into_iter()
        .filter(|o| !o.name.starts_with("sqlite_") && !is_fts_shadow(&o.name))
        .collect())
}

/// `rowid`, or for a WITHOUT ROWID table (which has none) its primary key columns.
fn row_order(conn: &Connection, table: &str) -> Result<String, DumpError> {
    let without_rowid: bool = conn.query_row(
        "SELECT sql LIKE '%WITHOUT ROWID' FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [table],
        |row| row.get(0),
    )?;
    if !without_rowid {
        return Ok("rowid".to_owned());
    }
    let mut stmt =
        conn.prepare("SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk")?;
    let columns: Vec<String> = stmt
        .query_map([table], |row| row.get::<_, String>(0))?
        .map(|name| name.map(|n| quote_identifier(&n)))
        .collect::<Result<_, _>>()?;
    Ok(columns.join(", "))
}

fn dump_rows(
    conn: &Connection,
    table: &str,
    clamp_times: Option<OffsetDateTime>,
    out: &mut dyn Write,
) -> Result<(), DumpError> {
    let table_sql = quote_identifier(table);
    let order = row_order(conn, table)?;
    let mut stmt = conn.prepare(&format!("SELECT * FROM {table_sql} ORDER BY {order}"))?;
    let clamp_columns: Vec<usize> = stmt
        .column_names()
        .enumerate()
        .filter(|(_, column)| TIME_COLUMNS.contains(&(table, *column)))
        .map(|(i, _)| i)
        .collect();
    let width = stmt.column_count();
    let mut rows = stmt.query([])?;
    let mut line = String::new();
    while let Some(row) = rows.next()? {
        line.clear();
        line.push_str("INSERT INTO ");
        line.push_str(&table_sql);
        line.push_str(" VALUES(");
        for i in 0..width {
            if i > 0 {
                line.push(',');
            }
            let value = row.get_ref(i)?;
            match (clamp_times, value) {
                (Some(limit), ValueRef::Text(text)) if clamp_columns.contains(&i) => {
                    push_text(&mut line, &clamp(&String::from_utf8_lossy(text), limit));
                }
                _ => push_value(&mut line, value),
            }
        }
        line.push_str(");\n");
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

fn clamp(time: &str, limit: OffsetDateTime) -> String {
    match OffsetDateTime::parse(time, &Rfc3339) {
        Ok(parsed) if parsed <= limit => time.to_owned(),
        _ => limit.format(&Rfc3339).unwrap_or_else(|_| time.to_owned()),
    }
}

fn push_value(line: &mut String, value: ValueRef<'_>) {
    match value {
        ValueRef::Null => line.push_str("NULL"),
        ValueRef::Integer(i) => line.push_str(&i.to_string()),
        ValueRef::Real(f) => {
            let text = f.to_string();
            line.push_str(&text);
            if !text.contains(['.', 'e', 'E', 'N', 'i']) {
                line.push_str(".0");
            }
        }
        ValueRef::Text(text) => push_text(line, &String::from_utf8_lossy(text)),
        ValueRef::Blob(bytes) => {
            line.push_str("X'");
            for byte in bytes {
                line.push_str(&format!("{byte:02X}"));
            }
            line.push('\'');
        }
    }
}

fn push_text(line: &mut String, text: &str) {
    line.push('\'');
    line.push_str(&text.replace('\'', "''"));
    line.push('\'');
}

fn quote_identifier(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}
