//! `morgue_fts(term, columns)`: the search-box parser ([`super::fts_query_in`]) as an SQL function, so
//! that a canned query reads a term exactly as `morgue search` does (`WHERE quotes_fts MATCH
//! morgue_fts(:term, 'text')`, the index's columns space-separated; without them, every indexed
//! column of the archive). It gives the FTS5 expression, NULL when the term holds nothing to search
//! for (so the query finds nothing instead of failing), and an error saying where and how to fix a
//! malformed term. Registered on the guarded connection; `morgue serve`'s Datasette plugin registers
//! the same name, answered by this parser too.

use rusqlite::Connection;
use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::types::ValueRef;

use super::SearchSyntaxError;

/// The function's name, as canned queries call it.
pub const NAME: &str = "morgue_fts";

pub fn install(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_scalar_function(NAME, 1, flags, expression)?;
    conn.create_scalar_function(NAME, 2, flags, expression)
}

fn text(ctx: &Context<'_>, index: usize) -> Option<String> {
    match ctx.get_raw(index) {
        ValueRef::Null => None,
        ValueRef::Text(bytes) | ValueRef::Blob(bytes) => {
            Some(String::from_utf8_lossy(bytes).into_owned())
        }
        ValueRef::Integer(i) => Some(i.to_string()),
        ValueRef::Real(f) => Some(f.to_string()),
    }
}

fn expression(ctx: &Context<'_>) -> rusqlite::Result<Option<String>> {
    let Some(term) = text(ctx, 0) else {
        return Ok(None);
    };
    let columns = if ctx.len() == 2 { text(ctx, 1) } else { None };
    parse(&term, columns.as_deref())
        .map_err(|syntax| rusqlite::Error::UserFunctionError(Box::new(syntax)))
}

/// `term` read for an index with `columns` (space-separated; None for all of the archive's).
pub fn parse(term: &str, columns: Option<&str>) -> Result<Option<String>, SearchSyntaxError> {
    match columns {
        Some(columns) => super::fts_query_in(term, &columns.split_whitespace().collect::<Vec<_>>()),
        None => super::fts_query(term),
    }
}

/// When `sql` passes the parameter `name` through the function, the columns it searches (None for
/// all): such a parameter is a search box. `Some(None)`: every column.
pub fn searches(sql: &str, name: &str) -> Option<Option<String>> {
    let call = format!("{NAME}(:{name}");
    let at = sql.find(&call)? + call.len();
    let rest = sql[at..].trim_start();
    if rest.starts_with(')') {
        return Some(None);
    }
    let quoted = rest.strip_prefix(',')?.trim_start().strip_prefix('\'')?;
    Some(Some(quoted[..quoted.find('\'')?].to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(conn: &Connection, term: Option<&str>) -> Result<Option<String>, String> {
        conn.query_row("SELECT morgue_fts(?1)", [term], |r| r.get(0))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn terms_read_as_morgue_search_reads_them() {
        let conn = Connection::open_in_memory().unwrap();
        install(&conn).unwrap();
        assert_eq!(
            run(&conn, Some("Al-Awsat OR ferries")),
            Ok(Some("\"Al-Awsat\" OR ferries".into()))
        );
        assert_eq!(run(&conn, Some("   ")), Ok(None));
        assert_eq!(run(&conn, None), Ok(None));
        let err = run(&conn, Some("\"unclosed")).unwrap_err();
        assert!(err.contains("never closed at character 1"), "{err}");
        let in_quotes = |term: &str| -> Result<Option<String>, String> {
            conn.query_row("SELECT morgue_fts(?1, 'text')", [term], |r| r.get(0))
                .map_err(|e| e.to_string())
        };
        assert_eq!(in_quotes("text:ferry"), Ok(Some("text:ferry".into())));
        assert!(
            in_quotes("title:ferry")
                .unwrap_err()
                .contains("filter on text:")
        );
    }

    #[test]
    fn a_search_parameter_is_one_the_sql_passes_through_the_function() {
        let sql = "SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH morgue_fts(:term, 'text')";
        assert_eq!(searches(sql, "term"), Some(Some("text".to_owned())));
        assert_eq!(searches("SELECT morgue_fts(:q)", "q"), Some(None));
        assert_eq!(searches(sql, "ter"), None);
        assert_eq!(searches("SELECT :term", "term"), None);
    }
}
