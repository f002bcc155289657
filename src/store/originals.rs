//! Originals: each source's own bytes, zstd-compressed, with what the user stated about it at import
//! and the extractor version that made its rows (`originals`, migration V2). Written in the same
//! savepoint as the source; read back byte for byte, checked against the source's SHA-256.
//!
//! Compression happens in the import's workers ([`Original::keep`]), so the one writer only stores.

use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

use super::write::NewSource;
use super::{Result, Store, StoreError};
use crate::extract::{EXTRACTOR_VERSION, Hints};

/// zstd's level for originals: its own default. Copied pages compress to about a quarter at this
/// level; level 9 made them 4 % smaller (saved HTML 10 %) for four times the instructions, about 5 %
/// of what the import spends on a file (BENCHMARKS.md, "Extraction, side by side (session 8)").
const LEVEL: i32 = 3;

/// The name recorded in `originals.compression`.
const ZSTD: &str = "zstd";

/// A file's bytes, compressed, ready to be kept with its source.
#[derive(Debug, Clone)]
pub struct Original {
    compressed: Vec<u8>,
    hints: Hints,
}

impl Original {
    /// Compresses `bytes`; `hints` are what the user said about the file, kept for re-extraction.
    pub fn keep(bytes: &[u8], hints: &Hints) -> std::io::Result<Original> {
        // One compressor per worker thread: `zstd::bulk::compress` builds and clears a fresh
        // context (about a megabyte of tables at this level) for every file. A reused context
        // writes the same bytes, since each call starts a new frame with the same parameters.
        thread_local! {
            static COMPRESSOR: std::cell::RefCell<Option<zstd::bulk::Compressor<'static>>> =
                const { std::cell::RefCell::new(None) };
        }
        let compressed = COMPRESSOR.with_borrow_mut(|slot| {
            let compressor = match slot {
                Some(c) => c,
                None => slot.insert(zstd::bulk::Compressor::new(LEVEL)?),
            };
            compressor.compress(bytes)
        })?;
        Ok(Original {
            compressed,
            hints: hints.clone(),
        })
    }

    /// Its compressed size in bytes.
    pub fn compressed_len(&self) -> usize {
        self.compressed.len()
    }
}

/// A source's original as read back.
#[derive(Debug, Clone)]
pub struct StoredOriginal {
    pub source_id: i64,
    pub path: String,
    pub bytes: Vec<u8>,
    pub hints: Hints,
    /// The extractor that made the source's rows, when known.
    pub extractor_version: Option<String>,
}

/// Records `source`'s original (None: a source stored without one) and the current extractor version.
pub(super) fn record(
    conn: &Connection,
    source: &NewSource<'_>,
    original: Option<&Original>,
) -> Result<()> {
    let hints = original.map(|o| &o.hints);
    conn.prepare_cached(
        "INSERT INTO originals (source_id, compression, data, outlet_hint, url_hint, date_hint,
                                extractor_version, extracted_at)
         SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8 FROM sources WHERE sha256 = ?1",
    )?
    .execute(params![
        source.sha256,
        original.map(|_| ZSTD),
        original.map(|o| o.compressed.as_slice()),
        hints.and_then(|h| h.outlet.as_deref()),
        hints.and_then(|h| h.url.as_deref()),
        hints.and_then(|h| h.date.as_deref()),
        EXTRACTOR_VERSION,
        source.imported_at,
    ])?;
    Ok(())
}

/// Keeps `original` for the source with `source`'s bytes when it has none (it was imported before
/// morgue kept originals). Returns whether it did.
pub(super) fn attach(
    conn: &Connection,
    source: &NewSource<'_>,
    original: &Original,
) -> Result<bool> {
    let changed = conn
        .prepare_cached(
            "UPDATE originals SET compression = ?2, data = ?3, outlet_hint = ?4, url_hint = ?5,
                                  date_hint = ?6
             WHERE data IS NULL AND source_id = (SELECT id FROM sources WHERE sha256 = ?1)",
        )?
        .execute(params![
            source.sha256,
            ZSTD,
            original.compressed.as_slice(),
            original.hints.outlet.as_deref(),
            original.hints.url.as_deref(),
            original.hints.date.as_deref(),
        ])?;
    Ok(changed > 0)
}

/// Notes that `source_id`'s rows were just made by the current extractor.
pub(super) fn mark_extracted(conn: &Connection, source_id: i64, at: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE originals SET extractor_version = ?2, extracted_at = ?3 WHERE source_id = ?1",
    )?
    .execute(params![source_id, EXTRACTOR_VERSION, at])?;
    Ok(())
}

/// How many sources the archive holds, how many have their original, and how many of those an
/// extractor other than this one made.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct OriginalsState {
    pub sources: i64,
    pub with_original: i64,
    pub outdated: i64,
}

impl Store {
    /// The original bytes of source `id`, decompressed and checked against its SHA-256.
    pub fn original(&self, id: i64) -> Result<StoredOriginal> {
        read_original(&self.conn, id)
    }

    /// The ids of sources with an original, in id order; `outdated_only` keeps those an extractor
    /// other than this one made.
    pub fn sources_with_originals(&self, outdated_only: bool) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare(
            "SELECT source_id FROM originals WHERE data IS NOT NULL
               AND (?1 = 0 OR extractor_version IS NOT ?2) ORDER BY source_id",
        )?;
        let ids = stmt
            .query_map(params![outdated_only, EXTRACTOR_VERSION], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        Ok(ids)
    }

    pub fn originals_state(&self) -> Result<OriginalsState> {
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM sources),
                    count(data),
                    count(CASE WHEN data IS NOT NULL AND extractor_version IS NOT ?1 THEN 1 END)
             FROM originals",
            [EXTRACTOR_VERSION],
            |row| {
                Ok(OriginalsState {
                    sources: row.get(0)?,
                    with_original: row.get(1)?,
                    outdated: row.get(2)?,
                })
            },
        )?)
    }
}

pub(super) fn read_original(conn: &Connection, id: i64) -> Result<StoredOriginal> {
    let row = conn
        .query_row(
            "SELECT s.path, s.sha256, o.compression, o.data, o.outlet_hint, o.url_hint, o.date_hint,
                    o.extractor_version
             FROM sources s LEFT JOIN originals o ON o.source_id = s.id WHERE s.id = ?1",
            [id],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, Option<String>>(2)?,
                    row.get::<_, Option<Vec<u8>>>(3)?,
                    Hints {
                        outlet: row.get(4)?,
                        url: row.get(5)?,
                        date: row.get(6)?,
                    },
                    row.get::<_, Option<String>>(7)?,
                ))
            },
        )
        .optional()?
        .ok_or(StoreError::NoSuchSource(id))?;
    let (path, sha256, compression, data, hints, extractor_version) = row;
    let damaged = |detail: String| StoreError::OriginalDamaged {
        id,
        path: path.clone(),
        detail,
    };
    let bytes = match (compression.as_deref(), data) {
        (Some(ZSTD), Some(data)) => {
            zstd::stream::decode_all(data.as_slice()).map_err(|err| damaged(err.to_string()))?
        }
        (Some(other), Some(_)) => return Err(damaged(format!("unknown compression `{other}`"))),
        _ => {
            return Err(StoreError::NoOriginal { id, path });
        }
    };
    let found = hex(&Sha256::digest(&bytes));
    if found != sha256 {
        return Err(damaged(format!(
            "its SHA-256 is {found}, the source's is {sha256}"
        )));
    }
    Ok(StoredOriginal {
        source_id: id,
        path,
        bytes,
        hints,
        extractor_version,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
