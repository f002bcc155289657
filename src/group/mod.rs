//! Grouping across articles, pure (no database, no filesystem): which articles report the same
//! event (stories) and which quotations are one quotation carried by several articles (quote
//! groups). The store ([`crate::store`], `stories.rs`) loads a bounded set of candidates from its
//! inverted indexes and asks this module to score them and decide; this module never sees the archive.
//!
//! ```text
//! article ─> terms::signature ─> index terms (postings) ─> candidates ─> terms::cosine ─┐
//! quotes  ─> quotes::QuoteKey ─> anchors (postings)     ─> candidates ─> quotes::similarity ─> story::decide
//! ```
//!
//! - [`terms`]: the weighted distinctive terms of an article (names counted most, common news words
//!   left out) and the cosine between two articles.
//! - [`quotes`]: one quotation against another: verbatim, trimmed (shingle containment) or reworded
//!   and translated (content-word overlap, only between related articles).
//! - [`story`]: joining a story or starting one, same-outlet duplicates, dates.
//! - [`speaker`]: the one voice of a quote group.

pub mod quotes;
pub mod speaker;
pub mod story;
pub mod terms;

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// Words too common in news to tell stories apart (`data/common-words.txt`). Grouping's maps and
/// sets are looked up for every word of every article and candidate, and hold words and row ids,
/// not input an attacker chooses to collide: a fast hash (rustc-hash) rather than SipHash, which
/// was a sixth of grouping's instructions.
pub(crate) static COMMON_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("data/common-words.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// The words of a text as (lowercased word, written capitalised): letters and digits, split at
/// everything else, so that quote marks, apostrophe styles and dashes never decide a match.
pub(crate) fn words(text: &str) -> impl Iterator<Item = (String, bool)> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            let mut lower = String::new();
            lowercase_into(w, &mut lower);
            (lower, capital)
        })
}

/// `word` lowercased into `out` (cleared first): a byte at a time when it is ASCII, as most words
/// are, by the Unicode rules (`str::to_lowercase`) otherwise; the same result either way.
pub(crate) fn lowercase_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// A word reduced to the form its inflections share ("leaks", "leaked", "leaking" → "leak"), so
/// that two outlets' wordings of one fact meet. Crude on purpose: both sides are reduced alike.
pub(crate) fn stem(word: &str) -> &str {
    let n = word.len();
    for (suffix, min) in [("ing", 6), ("ed", 5), ("s", 4)] {
        if n > min && word.ends_with(suffix) && word.is_char_boundary(n - suffix.len()) {
            let stem = &word[..n - suffix.len()];
            if suffix == "s" && (stem.ends_with('s') || stem.ends_with('u') || stem.ends_with('i'))
            {
                return word;
            }
            return stem;
        }
    }
    word
}

/// A word that can tell one text from another: not a common word, not a number, three letters or more.
pub(crate) fn is_content(word: &str) -> bool {
    word.chars().count() >= 3
        && !word.chars().all(|c| c.is_ascii_digit())
        && !COMMON_WORDS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_meet_and_short_words_stay() {
        for (a, b) in [
            ("leaks", "leaked"),
            ("leaking", "leak"),
            ("protests", "protest"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
        assert_eq!(stem("press"), "press");
        assert_eq!(stem("bus"), "bus");
        assert_ne!(stem("Mossad"), stem("Moss"));
    }

    #[test]
    fn common_words_are_not_content() {
        assert!(!is_content("said"));
        assert!(!is_content("2023"));
        assert!(is_content("pentagon"));
    }
}
