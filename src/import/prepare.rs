//! The pure half of importing one file, run on every core: read its bytes (never more than the size
//! limit), identify them by SHA-256, decode, extract and compress them for the archive to keep. Nothing
//! here touches the archive.

use std::collections::HashSet;
use std::io::Read;

use sha2::{Digest, Sha256};

use super::collect::{Input, is_escaped, path_text};
use crate::extract::{self, Article, Extraction, Hints, Profiles};
use crate::group::terms::{Signature, signature};
use crate::store::Original;

/// What the workers share.
pub struct Context<'a> {
    pub hints: &'a Hints,
    pub profiles: &'a Profiles,
    pub max_file_size: u64,
    /// SHA-256 of every file already in the archive when the import began.
    pub known: &'a HashSet<String>,
    /// Whether the writer groups what it stores, so that each article's grouping signature is
    /// worth making here, on a worker, rather than by the single writer.
    pub grouping: bool,
}

/// A file read, identified and extracted, not yet stored.
pub enum Prepared {
    Failed(String),
    /// Bytes the archive already held when the import began.
    Known {
        sha256: String,
    },
    Extracted {
        sha256: String,
        bytes: u64,
        format: String,
        extraction: Extraction,
        /// The bytes themselves, compressed here, on a worker, for the archive to keep.
        original: Original,
        /// Each article's grouping signature, in article order; empty when the writer does not group.
        signatures: Vec<Signature>,
    },
}

/// Above this size a file is read and extracted only when every file before it is stored, so that
/// at most one large file is held in memory at a time.
pub const LARGE_FILE: u64 = 4 << 20;

/// The size of a file before reading it, when it has one (not standard input or a pipe).
pub fn size_hint(input: &Input) -> Option<u64> {
    match input {
        Input::File(path) => std::fs::metadata(path)
            .ok()
            .filter(|m| m.is_file())
            .map(|m| m.len()),
        Input::Stdin => None,
    }
}

pub fn prepare(input: &Input, context: &Context<'_>) -> Prepared {
    let bytes = match read(input, context.max_file_size) {
        Ok(bytes) => bytes,
        Err(reason) => return Prepared::Failed(reason),
    };
    let sha256 = hex(&Sha256::digest(&bytes));
    if context.known.contains(&sha256) {
        return Prepared::Known { sha256 };
    }
    let decoded = match extract::decode(&bytes) {
        Ok(decoded) => decoded,
        Err(err) => return Prepared::Failed(err.to_string()),
    };
    let length = bytes.len() as u64;
    let original = match Original::keep(&bytes, context.hints) {
        Ok(original) => original,
        Err(err) => return Prepared::Failed(format!("cannot compress it to keep it: {err}")),
    };
    drop(bytes);
    let mut extraction = extract::extract(&decoded.text, context.hints, context.profiles);
    // A guessed encoding and the offsets of bytes replaced in a mostly-UTF-8 file come first.
    extraction.warnings.splice(0..0, decoded.warnings());
    if let Input::File(path) = input
        && is_escaped(path)
    {
        extraction.warnings.push(format!(
            "its path is not UTF-8: stored as {} (bytes that are not UTF-8 written \\xHH, backslashes doubled)",
            path_text(path)
        ));
    }
    let kind = if extract::html::looks_like_html(&decoded.text) {
        "html"
    } else {
        "text"
    };
    let format = if decoded.encoding == "UTF-8" {
        kind.to_owned()
    } else {
        format!("{kind};charset={}", decoded.encoding)
    };
    let signatures = if context.grouping {
        extraction.articles.iter().map(grouping_signature).collect()
    } else {
        Vec::new()
    };
    Prepared::Extracted {
        sha256,
        bytes: length,
        format,
        extraction,
        original,
        signatures,
    }
}

/// The signature grouping makes of the article as the store keeps it (its title, dek and body).
fn grouping_signature(article: &Article) -> Signature {
    signature(&article.title, article.dek.as_deref(), &article.body())
}

/// Reads the whole file, refusing one over `limit` without reading it (or, for a pipe or standard
/// input, without reading more than the limit).
fn read(input: &Input, limit: u64) -> Result<Vec<u8>, String> {
    let too_large = |size: String| {
        format!(
            "it is {size}, over the {} limit: a copied page is rarely more than a few MB; if this \
             file is meant to be imported, raise the limit with --max-file-size",
            human_size(limit)
        )
    };
    let mut bytes = Vec::new();
    match input {
        Input::File(path) => {
            let file = std::fs::File::open(path).map_err(|err| read_error(&err))?;
            let size = file
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len());
            if let Some(size) = size {
                if size > limit {
                    return Err(too_large(human_size(size)));
                }
                bytes.reserve_exact(size as usize);
            }
            file.take(limit + 1)
                .read_to_end(&mut bytes)
                .map_err(|err| read_error(&err))?;
        }
        Input::Stdin => {
            std::io::stdin()
                .lock()
                .take(limit + 1)
                .read_to_end(&mut bytes)
                .map_err(|err| read_error(&err))?;
        }
    }
    if bytes.len() as u64 > limit {
        return Err(too_large(format!("more than {}", human_size(limit))));
    }
    Ok(bytes)
}

fn read_error(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => {
            "it was removed before it could be read (moved or deleted during the import?): \
             import it again from where it is now"
                .to_owned()
        }
        std::io::ErrorKind::PermissionDenied => {
            "cannot read it: permission denied (check its permissions)".to_owned()
        }
        _ => format!("cannot read it: {err}"),
    }
}

/// A size the way the limit is written: "64 MB", "1.5 GB", "900 bytes" (1 MB = 1,048,576 bytes).
pub fn human_size(bytes: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)];
    for (unit, size) in UNITS {
        if bytes >= size {
            let value = bytes as f64 / size as f64;
            return if value.fract() == 0.0 {
                format!("{value:.0} {unit}")
            } else {
                format!("{value:.1} {unit}")
            };
        }
    }
    format!("{bytes} bytes")
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        text.push(DIGITS[usize::from(byte >> 4)] as char);
        text.push(DIGITS[usize::from(byte & 15)] as char);
    }
    text
}
