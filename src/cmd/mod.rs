//! One module per subcommand: its clap `Args` and a `run(db, args)` that calls the library and reports.

pub mod datasette_metadata;
pub mod dump;
pub mod export;
pub mod import;
pub mod migrate;
pub mod query;
pub mod restore;
pub mod schema;
pub mod search;
pub mod show;
pub mod sql;

/// How a command ended, for the exit code: some commands finish their work yet must say that part of it
/// failed (an import where one file of many was refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    PartialFailure,
}
