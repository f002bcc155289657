//! Running SQL against the archive for people: ad-hoc statements through a read-only guard, canned
//! queries (built-in `.sql` files and a user's own folder), and full-text search. Results go to an
//! [`export::RowSink`](crate::export::RowSink) row by row; this module never formats output.

pub mod canned;
pub mod dates;
mod fts;
pub mod fts_function;
mod guard;
mod like;
mod params;
pub mod search;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rusqlite::Connection;
use rusqlite::types::Value;
use thiserror::Error;

use crate::export::{ExportError, RowSink};
use crate::store::{self, StoreError};
pub use fts::{COLUMNS as FTS_COLUMNS, SearchSyntaxError, fts_query, fts_query_in};
pub use params::Params;

#[derive(Debug, Error)]
pub enum QueryError {
    #[error(
        "the query was stopped after {seconds} s, its time limit: narrow it (a WHERE clause, a LIMIT) or raise \
         --timeout (0 means no limit)"
    )]
    Timeout { seconds: f64 },
    #[error("refused: {what}. `morgue sql` and canned queries only read the archive")]
    Refused { what: String },
    /// `hint` is kept apart from SQLite's message so that a caller that knows better (search) can
    /// replace it.
    #[error("SQL error: {message}{hint}")]
    Sql { message: String, hint: &'static str },
    #[error("unknown parameter {name}: this query takes {expected}")]
    UnknownParam { name: String, expected: String },
    #[error("missing parameter {name}: this query takes {expected}")]
    MissingParam { name: String, expected: String },
    /// A value the query's header says the parameter cannot take (a date that does not exist).
    #[error("parameter {name}: {message}")]
    BadParam { name: String, message: String },
    /// Not `source`: the message already holds the syntax error, and a source would repeat it.
    #[error("parameter {name}: {syntax}")]
    SearchParam {
        name: String,
        syntax: SearchSyntaxError,
    },
    #[error("{0}")]
    Canned(String),
    #[error(
        "not a valid search expression: {message}. Search syntax: words as written, \"a phrase\", a OR b, \
         a NOT b, NEAR(a b), prefix*, and column filters (title:, dek:, body: with --in articles; text: with \
         --in quotes)"
    )]
    Search { message: String },
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl QueryError {
    /// Turns SQLite's error into a sentence for the user; the guard's refusals and timeouts are
    /// recognised by the caller, which knows the context.
    pub(crate) fn from_sqlite(err: rusqlite::Error) -> QueryError {
        let message = match &err {
            rusqlite::Error::SqliteFailure(_, Some(message)) => message.clone(),
            rusqlite::Error::MultipleStatement => {
                "more than one statement: give one SELECT at a time (remove the `;` and what follows)".to_owned()
            }
            other => other.to_string(),
        };
        let hint = if message.starts_with("no such table") || message.starts_with("no such column")
        {
            " (`morgue schema` lists the tables and their columns)"
        } else {
            ""
        };
        QueryError::Sql { message, hint }
    }
}

/// How a run ended: the rows written and the sink's warnings for the user.
#[derive(Debug, Default)]
pub struct Summary {
    pub rows: u64,
    pub warnings: Vec<String>,
}

/// A read-only connection with the guard installed: the only way `morgue` runs SQL a user wrote.
pub struct Guarded {
    conn: Connection,
    refusal: guard::Refusal,
    budget: Arc<guard::Budget>,
}

impl Guarded {
    /// Opens the archive read-only (creating and migrating a missing one first) and installs the
    /// guard. `timeout` of None means no limit.
    pub fn open(path: &Path, timeout: Option<Duration>) -> Result<Guarded, QueryError> {
        let conn = store::open_read_only(path)?;
        Guarded::new(conn, timeout)
    }

    /// Installs the guard on a connection the caller opened, read-only unless it has a reason.
    pub fn new(mut conn: Connection, timeout: Option<Duration>) -> Result<Guarded, QueryError> {
        like::install(&conn).map_err(QueryError::from_sqlite)?;
        fts_function::install(&conn).map_err(QueryError::from_sqlite)?;
        let (refusal, budget) =
            guard::install(&mut conn, timeout).map_err(QueryError::from_sqlite)?;
        Ok(Guarded {
            conn,
            refusal,
            budget,
        })
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    fn error(&self, err: rusqlite::Error) -> QueryError {
        use rusqlite::ErrorCode;
        if let Some(what) = self
            .refusal
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            return QueryError::Refused { what };
        }
        match err.sqlite_error_code() {
            Some(ErrorCode::OperationInterrupted) => QueryError::Timeout {
                seconds: self.budget.limit.map(|d| d.as_secs_f64()).unwrap_or(0.0),
            },
            Some(ErrorCode::AuthorizationForStatementDenied) => QueryError::Refused {
                what: "this statement".to_owned(),
            },
            _ => QueryError::from_sqlite(err),
        }
    }

    fn prepare(&self, sql: &str) -> Result<rusqlite::Statement<'_>, QueryError> {
        *self.refusal.lock().unwrap_or_else(|e| e.into_inner()) = None;
        self.conn.prepare(sql).map_err(|e| self.error(e))
    }

    /// Runs a statement whose first row's first column is an integer (a count, a flag) and returns
    /// it, under the same time limit as [`Guarded::run`].
    pub fn single_integer(&self, sql: &str, params: &Params) -> Result<i64, QueryError> {
        let mut stmt = self.prepare(sql)?;
        params.bind(&mut stmt)?;
        self.budget.reset();
        self.budget.arm();
        let started = Instant::now();
        let value = stmt.raw_query().next().and_then(|row| match row {
            Some(row) => row.get::<_, i64>(0).map(Some),
            None => Ok(None),
        });
        self.budget.disarm(started.elapsed());
        Ok(value.map_err(|e| self.error(e))?.unwrap_or(0))
    }

    /// Runs one statement with `params` bound and streams every row into `sink` (then finishes it).
    pub fn run(
        &self,
        sql: &str,
        params: &Params,
        mut sink: Box<dyn RowSink>,
    ) -> Result<Summary, QueryError> {
        let mut stmt = self.prepare(sql)?;
        if !stmt.readonly() {
            return Err(QueryError::Refused {
                what: "a statement that changes the archive".to_owned(),
            });
        }
        let width = stmt.column_count();
        if width == 0 {
            return Err(QueryError::Sql {
                message: "the statement returns no columns: give a SELECT (or WITH … SELECT) query"
                    .to_owned(),
                hint: "",
            });
        }
        params.bind(&mut stmt)?;
        let columns: Vec<String> = stmt.column_names().map(str::to_owned).collect();
        sink.begin(&columns)?;
        self.budget.reset();
        let mut rows = stmt.raw_query();
        let mut values: Vec<Value> = Vec::with_capacity(width);
        let mut count = 0u64;
        loop {
            self.budget.arm();
            let started = Instant::now();
            let next = rows.next();
            self.budget.disarm(started.elapsed());
            let Some(row) = next.map_err(|e| self.error(e))? else {
                break;
            };
            values.clear();
            for i in 0..width {
                values.push(row.get::<_, Value>(i).map_err(QueryError::from_sqlite)?);
            }
            sink.row(&values)?;
            count += 1;
        }
        let warnings = sink.finish()?;
        Ok(Summary {
            rows: count,
            warnings,
        })
    }
}
