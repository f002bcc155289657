//! The extractor's version, recorded with every source's rows so that `morgue reextract --outdated`
//! finds the sources an older extractor made.

/// The crate version and the extraction revision. Raise the revision (the number after `extract.`)
/// with every change that alters what extraction makes of some input, even within one release, so
/// that archives built in between can be brought up to date.
pub const EXTRACTOR_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+extract.1");
