//! The `morgue` binary: parses the command line, runs it, and maps how it ended to an exit code. All
//! the work is in the library (`morgue::cli` and what it calls).

use std::process::ExitCode;

use clap::Parser;
use morgue::cli::Cli;
use morgue::cmd::Outcome;

/// Exit codes: 0 success, 1 failure, 2 usage error (clap's, or a `-p` value a query cannot take), 3 finished but some inputs failed.
fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.run() {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::PartialFailure) => ExitCode::from(3),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) if morgue::cmd::is_usage_error(&err) => {
            eprintln!("morgue: {err:#}");
            ExitCode::from(2)
        }
        Err(err) => {
            eprintln!("morgue: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// `morgue sql ... | head` closes stdout early; that is the reader's choice, not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
