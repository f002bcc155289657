//! morgue: a newsroom's clippings archive in one SQLite file.
//!
//! The library holds everything; `main.rs` only parses arguments, calls [`cli::run`] and maps errors
//! to exit codes. Extraction ([`extract`]) is pure; [`store`] is the only module that touches SQLite.

pub mod cli;
pub mod cmd;
pub mod datasette;
pub mod export;
pub mod extract;
pub mod group;
pub mod import;
pub mod query;
pub mod store;
