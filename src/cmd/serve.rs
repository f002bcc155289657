//! `morgue serve`: the archive in a web browser, through Datasette (installed apart, with pip), with
//! morgue's metadata, plugin and template; read-only, on 127.0.0.1 unless told otherwise.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Parser;

use super::Outcome;
use super::query::QueriesArg;
use crate::datasette::{self, Serve};

const INSTALL: &str = "install it with `python3 -m pip install 'datasette==0.65.*'` (or `pipx install \
                       'datasette==0.65.*'`), or name the program with --datasette PATH";

#[derive(Debug, Parser)]
pub struct Args {
    /// The address to listen on. Anything but a loopback address lets other machines read the archive.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// The port to listen on.
    #[arg(long, default_value_t = 8001)]
    pub port: u16,
    /// Serve a frozen snapshot: faster on a large archive, but counts and search results stay as they
    /// were when it started. An archive you still import into needs the default (live) mode.
    #[arg(long)]
    pub immutable: bool,
    /// The Datasette program.
    #[arg(
        long,
        value_name = "PROGRAM",
        env = "MORGUE_DATASETTE",
        default_value = "datasette"
    )]
    pub datasette: PathBuf,
    /// Print the Datasette command instead of running it.
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub queries: QueriesArg,
    /// For morgue's Datasette plugin: read a search term from standard input and print, as JSON, the
    /// FTS5 expression `morgue search` would run on an index with these columns (space-separated; all
    /// of the archive's when left out) and what is wrong with the term, if anything.
    #[arg(long, hide = true, value_name = "COLUMNS", num_args = 0..=1, default_missing_value = "")]
    pub parse_search: Option<String>,
    /// Further arguments for Datasette, after `--` (e.g. `-- --setting sql_time_limit_ms 5000`).
    #[arg(last = true, value_name = "DATASETTE ARGS")]
    pub extra: Vec<OsString>,
}

/// Where the metadata, plugin and template go: the user's cache folder, which only they can write
/// (a shared temporary folder would let another user plant a plugin that Datasette runs).
fn cache_dir() -> anyhow::Result<PathBuf> {
    let non_empty = |name| std::env::var_os(name).filter(|v| !v.is_empty());
    non_empty("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| non_empty("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .map(|cache| cache.join("morgue").join("datasette"))
        .context("neither XDG_CACHE_HOME nor HOME is set, so there is no cache folder for Datasette's metadata: set one of them")
}

/// An argument as a shell would need it written.
fn shell_word(arg: &std::ffi::OsStr) -> String {
    let text = arg.to_string_lossy();
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./=:,+-@%".contains(c));
    if plain {
        text.into_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// The plugin's question: a term in, `{"expression": …, "problem": …}` out (both null when the term
/// holds nothing to search for).
fn parse_search(columns: &str) -> anyhow::Result<Outcome> {
    use std::io::{Read, Write};
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .context("cannot read the search term from standard input")?;
    let term = String::from_utf8_lossy(&bytes);
    let columns = Some(columns).filter(|c| !c.trim().is_empty());
    let (expression, problem) = match crate::query::fts_function::parse(&term, columns) {
        Ok(expression) => (expression, None),
        Err(syntax) => (
            None,
            Some(format!(
                "This search cannot run: {} (at character {}). To fix it, {}.",
                syntax.problem, syntax.column, syntax.fix
            )),
        ),
    };
    let mut out = std::io::stdout().lock();
    serde_json::to_writer(
        &mut out,
        &serde_json::json!({ "expression": expression, "problem": problem }),
    )?;
    writeln!(out)?;
    Ok(Outcome::Success)
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    if let Some(columns) = &args.parse_search {
        return parse_search(columns);
    }
    if !db.exists() {
        anyhow::bail!(
            "there is no archive at {}: import into it first (`morgue --db {} import FILES`), or point --db \
             at one",
            db.display(),
            db.display()
        );
    }
    // Refuses a newer archive or a file that is not one, before Datasette shows it half-understood.
    drop(crate::store::open_read_only(db)?);
    let name = datasette::database_name(db);
    let mut metadata = datasette::metadata(&args.queries.catalog()?, &name);
    let morgue = std::env::current_exe().context(
        "cannot tell where this morgue program is, which Datasette's search plugin runs",
    )?;
    datasette::name_search_parser(&mut metadata, &morgue);
    let cache = cache_dir()?;
    let assets = datasette::write_assets(&cache, &metadata).with_context(|| {
        format!(
            "cannot write Datasette's metadata under {}",
            cache.display()
        )
    })?;
    let serve = Serve {
        db: db.to_owned(),
        host: args.host,
        port: args.port,
        immutable: args.immutable,
        extra: args.extra,
    };
    let arguments = datasette::arguments(&serve, &assets);
    if args.dry_run {
        let words: Vec<String> = std::iter::once(args.datasette.as_os_str())
            .chain(arguments.iter().map(OsString::as_os_str))
            .map(shell_word)
            .collect();
        println!("{}", words.join(" "));
        return Ok(Outcome::Success);
    }
    let loopback = serve.host == "localhost"
        || serve
            .host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    if !loopback {
        eprintln!(
            "warning: listening on {}: anyone who can reach this machine can read the archive",
            serve.host
        );
    }
    let mode = if serve.immutable {
        "immutable: a frozen snapshot, restart after an import"
    } else {
        "live: a new import shows on reload"
    };
    eprintln!(
        "serving {} read-only at http://{}:{}/{name} ({mode}); Ctrl-C stops it",
        db.display(),
        serve.host,
        serve.port
    );
    let mut command = std::process::Command::new(&args.datasette);
    command.args(&arguments);
    let not_started = |err: std::io::Error| {
        if err.kind() == std::io::ErrorKind::NotFound {
            anyhow::anyhow!(
                "Datasette is not installed (no program `{}`): {INSTALL}",
                args.datasette.display()
            )
        } else {
            anyhow::Error::new(err).context(format!(
                "cannot start {}: {INSTALL}",
                args.datasette.display()
            ))
        }
    };
    // On Unix morgue becomes Datasette, so that Ctrl-C, a signal sent to this process id and the exit
    // status all reach Datasette itself; exec returns only when it could not start it.
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        Err(not_started(command.exec()))
    }
    #[cfg(not(unix))]
    {
        let status = command.status().map_err(not_started)?;
        if !status.success() {
            anyhow::bail!(
                "Datasette stopped ({status}): its messages above say why; a port in use needs another --port"
            );
        }
        Ok(Outcome::Success)
    }
}
