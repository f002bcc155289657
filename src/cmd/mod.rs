//! One module per subcommand: its clap `Args` and a `run(db, args)` that calls the library and reports.

pub mod backup;
pub mod check;
pub mod correct;
pub mod corrections;
pub mod datasette_metadata;
pub mod dump;
pub mod export;
pub mod import;
pub mod migrate;
pub mod original;
pub mod query;
pub mod reextract;
pub mod restore;
pub mod schema;
pub mod search;
pub mod serve;
pub mod show;
pub mod speakers;
pub mod sql;
pub mod status;

/// How a command ended, for the exit code: some commands finish their work yet must say that part of it
/// failed (an import where one file of many was refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    PartialFailure,
}

/// Whether `err` is a mistake in what was asked rather than a failure doing it (a `-p` value the query
/// cannot take): `main` gives it clap's usage exit code, 2.
pub fn is_usage_error(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<crate::query::QueryError>(),
            Some(crate::query::QueryError::BadParam { .. })
        )
    })
}

/// `$SOURCE_DATE_EPOCH` (the reproducible-builds convention) as a time, None when it is not set: import
/// and dump use it instead of the clock so that the sample archive can be rebuilt byte for byte.
fn source_date_epoch() -> anyhow::Result<Option<time::OffsetDateTime>> {
    use anyhow::Context;
    let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    let seconds: i64 = epoch.trim().parse().with_context(|| {
        format!("SOURCE_DATE_EPOCH is `{epoch}`, not a number of seconds: unset it or fix it")
    })?;
    let time = time::OffsetDateTime::from_unix_timestamp(seconds).with_context(|| {
        format!("SOURCE_DATE_EPOCH {seconds} is out of range: unset it or fix it")
    })?;
    Ok(Some(time))
}
