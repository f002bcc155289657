//! One quotation against another: the same words (verbatim), a part of them (trimmed: one outlet
//! quotes a sentence, another half of it), or other words for the same statement (reworded, or
//! translated by two outlets from one original).
//!
//! Verbatim and trimmed are told by word 3-shingles: the share of the shorter quote's shingles that
//! the longer one holds. Reworded is told by stemmed content words (Dice overlap, with a minimum of
//! shared words), and only between articles already related, since two politicians' lines on one
//! topic can share words without being one quotation.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use super::{is_content, stem, words};

/// Quotes shorter than this (in words) are never grouped: "heroism" or "very productive" in two
/// articles says nothing about where a quotation came from.
pub const MIN_WORDS: usize = 4;
/// Anchor words a quote is indexed under: its longest content words, the least common as a rule.
pub const ANCHORS: usize = 5;

/// Shingle containment at or above which one quote is the other, trimmed or whole.
const CONTAINED: f32 = 0.6;
/// Content-word overlap (Dice) at or above which related quotes are one reworded quotation,
/// and the fewest content words they must share.
const REWORDED: f32 = 0.5;
const REWORDED_SHARED: usize = 3;

/// What a quote is compared by.
#[derive(Debug, Clone, Default)]
pub struct QuoteKey {
    pub words: usize,
    /// Hashes of word 3-shingles, sorted, deduplicated.
    shingles: Vec<u64>,
    /// Stemmed content words, sorted, deduplicated.
    content: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    Verbatim,
    Trimmed,
    Reworded,
}

impl Match {
    pub fn as_str(self) -> &'static str {
        match self {
            Match::Verbatim => "verbatim",
            Match::Trimmed => "trimmed",
            Match::Reworded => "reworded",
        }
    }
}

impl QuoteKey {
    pub fn new(text: &str) -> QuoteKey {
        let tokens: Vec<String> = words(text).map(|(w, _)| w).collect();
        let mut shingles: Vec<u64> = tokens
            .windows(3)
            .map(|w| {
                let mut h = DefaultHasher::new();
                w.hash(&mut h);
                h.finish()
            })
            .collect();
        shingles.sort_unstable();
        shingles.dedup();
        let mut content: Vec<String> = tokens
            .iter()
            .filter(|w| is_content(w))
            .map(|w| stem(w).to_owned())
            .collect();
        content.sort_unstable();
        content.dedup();
        QuoteKey {
            words: tokens.len(),
            shingles,
            content,
        }
    }

    /// Whether the quote is long enough to be grouped at all.
    pub fn groupable(&self) -> bool {
        self.words >= MIN_WORDS && self.content.len() >= 2
    }

    /// The words to index it under, and to look candidates up by.
    pub fn anchors(&self) -> Vec<&str> {
        let mut by_length: Vec<&String> = self.content.iter().collect();
        by_length.sort_by(|a, b| {
            b.chars()
                .count()
                .cmp(&a.chars().count())
                .then_with(|| a.cmp(b))
        });
        by_length
            .into_iter()
            .take(ANCHORS)
            .map(String::as_str)
            .collect()
    }

    /// How alike two quotes are, and how, or None when they are not one quotation. `related`:
    /// their articles are about the same story, which a reworded match needs.
    pub fn similarity(&self, other: &QuoteKey, related: bool) -> Option<(f32, Match)> {
        if !self.groupable() || !other.groupable() {
            return None;
        }
        let shared_shingles = count_shared(&self.shingles, &other.shingles);
        let fewer = self.shingles.len().min(other.shingles.len());
        if fewer > 0
            && shared_shingles == self.shingles.len()
            && shared_shingles == other.shingles.len()
        {
            return Some((1.0, Match::Verbatim));
        }
        if fewer > 0 {
            let containment = shared_shingles as f32 / fewer as f32;
            if containment >= CONTAINED {
                return Some((containment, Match::Trimmed));
            }
        }
        if !related {
            return None;
        }
        let shared = count_shared(&self.content, &other.content);
        let dice = 2.0 * shared as f32 / (self.content.len() + other.content.len()) as f32;
        (shared >= REWORDED_SHARED && dice >= REWORDED).then_some((dice, Match::Reworded))
    }
}

/// How close a member's wording is to the group's canonical text, 1 for the same words: the larger of
/// shingle containment and content-word overlap, so a trimmed quote and a reworded one both score.
pub fn closeness(member: &QuoteKey, canonical: &QuoteKey) -> f32 {
    let fewer = member.shingles.len().min(canonical.shingles.len());
    let containment = if fewer == 0 {
        0.0
    } else {
        count_shared(&member.shingles, &canonical.shingles) as f32 / fewer as f32
    };
    let words = member.content.len() + canonical.content.len();
    let dice = if words == 0 {
        0.0
    } else {
        2.0 * count_shared(&member.content, &canonical.content) as f32 / words as f32
    };
    containment.max(dice)
}

fn count_shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str, related: bool) -> Option<(f32, Match)> {
        QuoteKey::new(a).similarity(&QuoteKey::new(b), related)
    }

    #[test]
    fn the_same_words_in_other_marks_are_verbatim() {
        let (s, m) = sim(
            "We will not reopen the harbour until the cranes are safe,",
            "“We will not reopen the harbour until the cranes are safe.”",
            false,
        )
        .unwrap();
        assert_eq!((s, m), (1.0, Match::Verbatim));
    }

    #[test]
    fn a_trimmed_quote_is_contained() {
        let full =
            "We will not reopen the harbour until the cranes are safe, and that could take a month";
        let (_, m) = sim(full, "reopen the harbour until the cranes are safe", false).unwrap();
        assert_eq!(m, Match::Trimmed);
    }

    #[test]
    fn a_rewording_needs_related_articles_and_shared_words() {
        let a = "The harbour authority and its inspectors did not and will not approve the cranes for work";
        let b = "The harbour authority and its senior inspectors have not approved — and will not approve — the cranes for any work";
        assert_eq!(sim(a, b, true).unwrap().1, Match::Reworded);
        assert!(sim(a, b, false).is_none());
        assert!(
            sim(
                a,
                "The cranes are old but the harbour is busy this week",
                true
            )
            .is_none()
        );
    }

    #[test]
    fn short_quotes_are_never_grouped() {
        assert!(sim("very productive", "very productive", true).is_none());
    }
}
