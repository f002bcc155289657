//! Re-extraction: the current extractor over originals the archive keeps, one source at a time, each
//! stored in its own transaction ([`Store::replace_extraction`]), so that an archive benefits from
//! every improvement to extraction even when the files themselves are gone.

use crate::extract::{self, Profiles};
use crate::store::{Changes, Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ReextractError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("source {id} ({path}): {reason}; its rows were left as they were")]
    Unreadable {
        id: i64,
        path: String,
        reason: String,
    },
}

/// Extracts source `id` again from its original with `profiles` and the hints given when it was
/// imported, and stores the result; `at` is recorded as the time of the extraction.
pub fn reextract(
    store: &mut Store,
    id: i64,
    profiles: &Profiles,
    at: &str,
) -> Result<Changes, ReextractError> {
    let original = store.original(id)?;
    let unreadable = |reason: String| ReextractError::Unreadable {
        id,
        path: original.path.clone(),
        reason,
    };
    let decoded = extract::decode(&original.bytes).map_err(|err| unreadable(err.to_string()))?;
    let extraction = extract::extract(&decoded.text, &original.hints, profiles);
    if extraction.articles.is_empty() {
        return Err(unreadable(extraction.refused.unwrap_or_else(|| {
            "the current extractor finds no article in it (run `morgue original` on it and \
             `morgue import --dry-run --explain` on the file to see why)"
                .to_owned()
        })));
    }
    Ok(store.replace_extraction(id, &extraction.articles, at)?)
}
