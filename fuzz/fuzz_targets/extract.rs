//! Arbitrary bytes through decode and extract, as an imported file goes: no panic, no hang (libFuzzer's
//! -timeout), and the output keeps extract's contract.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use morgue::extract::{Hints, Profiles, decode, extract};

static PROFILES: OnceLock<Profiles> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let profiles = PROFILES.get_or_init(Profiles::bundled);
    let Ok(decoded) = decode(data) else {
        return;
    };
    for &offset in &decoded.replaced.offsets {
        assert!(offset < data.len(), "a replaced byte's offset is inside the file");
    }
    assert!(decoded.replaced.count >= decoded.replaced.offsets.len());
    let extraction = extract(&decoded.text, &Hints::default(), profiles);
    for article in &extraction.articles {
        assert!(!article.title.trim().is_empty(), "an article has a title");
        assert!(article.paragraphs.iter().all(|p| !p.text.trim().is_empty()));
        for quote in &article.quotes {
            assert!(quote.paragraph < article.paragraphs.len(), "a quote is in a paragraph");
        }
    }
});
