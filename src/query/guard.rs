//! Read-only by construction, for SQL that users write: the connection is opened read-only, an
//! authorizer refuses anything but reading (writes, schema changes, ATTACH, extension loading, setting
//! pragmas), no database may be attached at all, and a progress handler stops a statement that runs
//! past its time limit. Each layer alone would stop a write; together they also stop the ways around
//! one (`VACUUM INTO` attaches a file; `load_extension` would run native code).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rusqlite::Connection;
use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
use rusqlite::limits::Limit;

/// What the authorizer refused last, so the error can say it instead of SQLite's "not authorized".
pub type Refusal = Arc<Mutex<Option<String>>>;

/// The time a statement may still run, measured only while SQLite works: time spent waiting for a
/// slow reader of the output (a pager, a pipe) does not count against the query.
pub struct Budget {
    origin: Instant,
    /// Nanoseconds after `origin` when the running step must stop; `u64::MAX` when nothing runs.
    deadline: AtomicU64,
    pub limit: Option<Duration>,
    remaining: Mutex<Option<Duration>>,
}

impl Budget {
    fn new(limit: Option<Duration>) -> Budget {
        Budget {
            origin: Instant::now(),
            deadline: AtomicU64::new(u64::MAX),
            limit,
            remaining: Mutex::new(limit),
        }
    }

    /// Starts the clock for one step of the statement.
    pub fn arm(&self) {
        let remaining = *self.remaining.lock().unwrap_or_else(|e| e.into_inner());
        let deadline = match remaining {
            Some(left) => (self.origin.elapsed() + left)
                .as_nanos()
                .try_into()
                .unwrap_or(u64::MAX - 1),
            None => u64::MAX,
        };
        self.deadline.store(deadline, Ordering::Relaxed);
    }

    /// Stops the clock and charges the step's time.
    pub fn disarm(&self, spent: Duration) {
        self.deadline.store(u64::MAX, Ordering::Relaxed);
        let mut remaining = self.remaining.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(left) = remaining.as_mut() {
            *left = left.saturating_sub(spent);
        }
    }

    /// Gives the whole limit back, for the next statement.
    pub fn reset(&self) {
        *self.remaining.lock().unwrap_or_else(|e| e.into_inner()) = self.limit;
    }

    fn expired(&self) -> bool {
        let deadline = self.deadline.load(Ordering::Relaxed);
        deadline != u64::MAX && self.origin.elapsed().as_nanos() >= u128::from(deadline)
    }
}

/// Pragmas that, given an argument, only describe the schema.
const INTROSPECTION_PRAGMAS: &[&str] = &[
    "table_info",
    "table_xinfo",
    "table_list",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
    "foreign_key_check",
    "integrity_check",
    "quick_check",
];

/// Pragmas that act even without an argument.
const ACTING_PRAGMAS: &[&str] = &[
    "optimize",
    "shrink_memory",
    "wal_checkpoint",
    "incremental_vacuum",
    "analysis_limit",
];

/// Decides one action: `Ok` to allow, `Err(what)` naming what was refused.
pub fn decide(action: &AuthAction<'_>) -> Result<(), String> {
    use AuthAction::*;
    match action {
        Select | Read { .. } | Recursive => Ok(()),
        Function { function_name } => {
            if function_name.eq_ignore_ascii_case("load_extension") {
                Err("loading extensions (load_extension)".to_owned())
            } else {
                Ok(())
            }
        }
        Pragma {
            pragma_name,
            pragma_value,
        } => {
            let name = pragma_name.to_ascii_lowercase();
            let allowed = match pragma_value {
                None => !ACTING_PRAGMAS.contains(&name.as_str()),
                Some(_) => INTROSPECTION_PRAGMAS.contains(&name.as_str()),
            };
            if allowed {
                Ok(())
            } else {
                Err(format!(
                    "PRAGMA {pragma_name} with a value (it changes a setting)"
                ))
            }
        }
        Insert { table_name } | Update { table_name, .. } | Delete { table_name }
            if is_schema_table(table_name) =>
        {
            Err("changing the schema (CREATE, DROP, ALTER)".to_owned())
        }
        Insert { table_name } => Err(format!("INSERT into {table_name}")),
        Update { table_name, .. } => Err(format!("UPDATE of {table_name}")),
        Delete { table_name } => Err(format!("DELETE from {table_name}")),
        Attach { .. } => Err("ATTACH (opening another database file)".to_owned()),
        Detach { .. } => Err("DETACH".to_owned()),
        Transaction { .. } | Savepoint { .. } => {
            Err("transactions (BEGIN, COMMIT, SAVEPOINT)".to_owned())
        }
        Reindex { .. } | Analyze { .. } => Err("REINDEX and ANALYZE".to_owned()),
        CreateIndex { .. }
        | CreateTable { .. }
        | CreateTempIndex { .. }
        | CreateTempTable { .. }
        | CreateTempTrigger { .. }
        | CreateTempView { .. }
        | CreateTrigger { .. }
        | CreateView { .. }
        | CreateVtable { .. } => Err("CREATE (tables, views, indexes and triggers)".to_owned()),
        DropIndex { .. }
        | DropTable { .. }
        | DropTempIndex { .. }
        | DropTempTable { .. }
        | DropTempTrigger { .. }
        | DropTempView { .. }
        | DropTrigger { .. }
        | DropView { .. }
        | DropVtable { .. } => Err("DROP (tables, views, indexes and triggers)".to_owned()),
        AlterTable { .. } => Err("ALTER TABLE".to_owned()),
        _ => Err("this kind of statement".to_owned()),
    }
}

fn is_schema_table(name: &str) -> bool {
    [
        "sqlite_master",
        "sqlite_temp_master",
        "sqlite_schema",
        "sqlite_temp_schema",
    ]
    .iter()
    .any(|t| name.eq_ignore_ascii_case(t))
}

/// Installs every read-only layer and the time limit on `conn`; returns what the error mapping needs.
pub fn install(
    conn: &mut Connection,
    limit: Option<Duration>,
) -> rusqlite::Result<(Refusal, Arc<Budget>)> {
    conn.set_limit(Limit::SQLITE_LIMIT_ATTACHED, 0)?;
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    let refusal: Refusal = Arc::default();
    let seen = Arc::clone(&refusal);
    conn.authorizer(Some(move |ctx: AuthContext<'_>| {
        match decide(&ctx.action) {
            Ok(()) => Authorization::Allow,
            Err(what) => {
                // The first refusal is the statement's own; SQLite may ask about follow-on actions after it.
                seen.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .get_or_insert(what);
                Authorization::Deny
            }
        }
    }))?;
    let budget = Arc::new(Budget::new(limit));
    let clock = Arc::clone(&budget);
    // Every 10,000 virtual-machine steps: often enough to stop within milliseconds, rare enough to cost
    // nothing measurable.
    conn.progress_handler(10_000, Some(move || clock.expired()))?;
    Ok((refusal, budget))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::hooks::AuthAction;

    #[test]
    fn reading_is_allowed() {
        assert!(decide(&AuthAction::Select).is_ok());
        assert!(
            decide(&AuthAction::Read {
                table_name: "articles",
                column_name: "title"
            })
            .is_ok()
        );
        assert!(
            decide(&AuthAction::Function {
                function_name: "snippet"
            })
            .is_ok()
        );
        assert!(
            decide(&AuthAction::Pragma {
                pragma_name: "table_info",
                pragma_value: Some("articles")
            })
            .is_ok()
        );
        assert!(
            decide(&AuthAction::Pragma {
                pragma_name: "data_version",
                pragma_value: None
            })
            .is_ok()
        );
    }

    #[test]
    fn everything_else_is_refused_with_a_reason() {
        let refused = [
            AuthAction::Insert {
                table_name: "articles",
            },
            AuthAction::Delete {
                table_name: "sqlite_master",
            },
            AuthAction::Attach {
                filename: "/tmp/x.db",
            },
            AuthAction::Function {
                function_name: "LOAD_EXTENSION",
            },
            AuthAction::Pragma {
                pragma_name: "writable_schema",
                pragma_value: Some("1"),
            },
            AuthAction::Pragma {
                pragma_name: "optimize",
                pragma_value: None,
            },
            AuthAction::CreateTempTable { table_name: "t" },
        ];
        for action in refused {
            let reason = decide(&action).expect_err("refused");
            assert!(!reason.is_empty());
        }
        assert_eq!(
            decide(&AuthAction::Delete {
                table_name: "sqlite_master"
            })
            .unwrap_err(),
            "changing the schema (CREATE, DROP, ALTER)"
        );
    }
}
