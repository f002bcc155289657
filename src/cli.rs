//! Command-line definitions (clap) and dispatch: each subcommand's arguments and `run` live in its own
//! file under `cmd/`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::cmd;

#[derive(Debug, Parser)]
#[command(
    name = "morgue",
    version,
    about = "A newsroom's clippings archive in one SQLite file"
)]
pub struct Cli {
    /// The archive file; created and migrated on first use.
    #[arg(long, global = true, env = "MORGUE_DB", default_value = "morgue.db")]
    pub db: PathBuf,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import text files copied from web pages (files, directories, or - for standard input).
    Import(cmd::import::Args),
    /// Print one article as stored: metadata, paragraphs, captions, quotes with speakers.
    Show(cmd::show::Args),
    /// List speakers with every spelling filed under each; --explain says why they were merged.
    Speakers(cmd::speakers::Args),
    /// Write a source's original bytes, as imported, byte for byte (to standard output or -o FILE).
    Original(cmd::original::Args),
    /// Run the current extractor again over stored originals, keeping article ids and corrections.
    Reextract(cmd::reextract::Args),
    /// Correct an article, quote, caption or speaker; the correction survives re-extraction.
    Correct(cmd::correct::Args),
    /// List editors' corrections, with what each names and whether it still applies.
    Corrections(cmd::corrections::Args),
    /// What the archive holds: sources without originals, outdated extractions, corrections.
    Status(cmd::status::Args),
    /// Apply pending migrations and list every migration with its state.
    Migrate(cmd::migrate::Args),
    /// Print the archive's schema (CREATE statements).
    Schema(cmd::schema::Args),
    /// Write the archive as a reproducible SQL script (what sample.db.sql is made with).
    Dump(cmd::dump::Args),
    /// Build an archive from a SQL script written by `dump` (e.g. sample.db.sql).
    Restore(cmd::restore::Args),
    /// Run one read-only SQL query and print the rows (table, CSV, TSV, JSON, NDJSON, Markdown, XLSX).
    Sql(cmd::sql::Args),
    /// List, describe and run canned queries (`morgue query --list`).
    Query(cmd::query::Args),
    /// Export a table, a canned query or a SQL query to CSV or XLSX; --all DIR writes every table.
    Export(cmd::export::Args),
    /// Full-text search over articles and quotes, ranked, with highlighted snippets.
    Search(cmd::search::Args),
    /// Copy the archive consistently, even while it is in use (SQLite's online backup).
    Backup(cmd::backup::Args),
    /// Check the archive's integrity, foreign keys and full-text indexes; exit 1 on any problem.
    Check(cmd::check::Args),
    /// Print Datasette metadata JSON that serves the canned queries (datasette morgue.db -m FILE).
    DatasetteMetadata(cmd::datasette_metadata::Args),
    /// Browse the archive in a web browser: start Datasette on it, read-only, on 127.0.0.1.
    Serve(cmd::serve::Args),
}

impl Cli {
    pub fn run(self) -> anyhow::Result<cmd::Outcome> {
        let db = self.db;
        match self.command {
            Command::Import(args) => cmd::import::run(&db, args),
            Command::Show(args) => cmd::show::run(&db, args),
            Command::Speakers(args) => cmd::speakers::run(&db, args),
            Command::Original(args) => cmd::original::run(&db, args),
            Command::Reextract(args) => cmd::reextract::run(&db, args),
            Command::Correct(args) => cmd::correct::run(&db, args),
            Command::Corrections(args) => cmd::corrections::run(&db, args),
            Command::Status(args) => cmd::status::run(&db, args),
            Command::Migrate(args) => cmd::migrate::run(&db, args),
            Command::Schema(args) => cmd::schema::run(&db, args),
            Command::Dump(args) => cmd::dump::run(&db, args),
            Command::Restore(args) => cmd::restore::run(&db, args),
            Command::Sql(args) => cmd::sql::run(&db, args),
            Command::Query(args) => cmd::query::run(&db, args),
            Command::Export(args) => cmd::export::run(&db, args),
            Command::Search(args) => cmd::search::run(&db, args),
            Command::Backup(args) => cmd::backup::run(&db, args),
            Command::Check(args) => cmd::check::run(&db, args),
            Command::DatasetteMetadata(args) => cmd::datasette_metadata::run(&db, args),
            Command::Serve(args) => cmd::serve::run(&db, args),
        }
    }
}
