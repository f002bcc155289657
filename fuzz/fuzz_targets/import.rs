//! Arbitrary bytes through the whole import into one in-memory archive that every input adds to, as
//! a long import does: decode, extract, store (speaker identity across files included). No panic, no
//! store error on any input, and a file is stored whole: its quotes and articles are all there.
#![no_main]

use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::fuzz_target;
use morgue::extract::{Hints, Profiles, decode, extract};
use morgue::store::{NewSource, Store, WriteOutcome};

static PROFILES: OnceLock<Profiles> = OnceLock::new();
static ARCHIVE: OnceLock<Mutex<(Store, u64)>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let profiles = PROFILES.get_or_init(Profiles::bundled);
    let Ok(decoded) = decode(data) else {
        return;
    };
    let extraction = extract(&decoded.text, &Hints::default(), profiles);
    let archive = ARCHIVE.get_or_init(|| Mutex::new((Store::open_in_memory().expect("archive"), 0)));
    let mut guard = archive.lock().expect("one input at a time");
    let (store, n) = &mut *guard;
    *n += 1;
    // Each input is a distinct file, whatever its bytes.
    let sha256 = format!("{n:064x}");
    let source = NewSource {
        path: "fuzz.txt",
        sha256: &sha256,
        bytes: data.len() as u64,
        format: "text",
        imported_at: "2026-01-01T00:00:00Z",
    };
    match store.write_source(&source, &extraction.articles) {
        Ok(WriteOutcome::Imported(counts)) => {
            assert_eq!(counts.articles, extraction.articles.len());
            let quotes: usize = extraction.articles.iter().map(|a| a.quotes.len()).sum();
            assert_eq!(counts.quotes, quotes, "every quote of the file is stored");
        }
        Ok(other) => panic!("a new file was not imported: {other:?}"),
        Err(err) => panic!("storing an extracted file failed: {err}"),
    }
});
