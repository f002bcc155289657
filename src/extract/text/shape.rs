//! What one line reads as, on its own: prose, a headline, a section label. Pure functions of a line's
//! text that every stage after [`super::lines`] asks; they know nothing of the page around the line.

use crate::extract::boilerplate::{has_sentence_punct, line_rule, word_count};
use crate::extract::{captions, metadata};
use regex::Regex;
use std::sync::LazyLock;

/// A line that reads as prose: a sentence or more.
pub(super) fn is_prose(text: &str) -> bool {
    let w = word_count(text);
    (w >= 8 && has_sentence_punct(text)) || w >= 20
}

/// A line that can be a headline.
pub(super) fn is_title_like(text: &str) -> bool {
    let w = word_count(text);
    let first = text.chars().next().unwrap_or(' ');
    // A headline may end in a period when it is in headline case ("... Alert Tues."); a sentence
    // in sentence case ending in one is a caption or a dek.
    let period_ok = !text.ends_with('.') || (capitalised_share(text) >= 0.6 && w <= 20);
    (2..=30).contains(&w)
        && text.chars().count() >= 12
        && period_ok
        && !text.ends_with([',', ';', ':'])
        && (first.is_uppercase() || first.is_ascii_digit() || "\"'“‘".contains(first))
        && (text.chars().any(char::is_lowercase) || w >= 4)
        && captions::split_credit(text).is_none()
        && metadata::date_line(text).is_none()
        && metadata::byline(text).is_none()
        && !(PUBLISH_WORD.is_match(text) && metadata::find_date(text).is_some())
        && !STAMP_NO_YEAR.is_match(text)
        && !PHOTO_CREDIT.is_match(text)
}

/// "Updated Nov 19, 6:55 AM", "Posted on Oktober 27, 2015": a time stamp with no year or in a
/// language the date grammar does not read.
static STAMP_NO_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:updated|posted|published|modified)\b:?\s*(?:on\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|[^.!?]{0,30}\d{4}\b)").unwrap()
});
/// "Anna Smith/The Daily Echo", "Jo Lee/AFP": a photo credit printed alone, under its picture.
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}\s?/\s?\p{Lu}[\p{L}.'’&-]*(?:\s[\p{L}.'’&-]+){0,5}$").unwrap()
});

static PUBLISH_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(published|updated|posted|modified)").unwrap());

/// A section label printed above a headline ("Politics", "Outlet | Real Estate").
pub(super) fn section_label(text: &str) -> Option<String> {
    // "Business·Updated", "World · Live": a status flag after the section is not the section.
    let last = text
        .rsplit(['|', '›', '»', '/', '·', '•'])
        .map(str::trim)
        .find(|p| {
            !matches!(
                p.to_lowercase().as_str(),
                "updated" | "live" | "new" | "breaking" | "exclusive" | "analysis" | ""
            )
        })?;
    let w = word_count(last);
    let ok = (1..=3).contains(&w)
        && last.chars().count() >= 3
        && last.chars().next().is_some_and(char::is_uppercase)
        && !last.chars().any(|c| c.is_ascii_digit())
        && !has_sentence_punct(last)
        && !last.ends_with([',', '-', '—', '–'])
        && line_rule(last).is_none();
    ok.then(|| last.to_owned())
}

/// Share of a line's words that start with a capital letter (headline case scores high).
pub(super) fn capitalised_share(text: &str) -> f64 {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.is_empty() {
        return 0.0;
    }
    let caps = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    caps as f64 / words.len() as f64
}

/// The letters and digits of `text`, lower-cased a character at a time, its words joined by single
/// spaces and other characters dropped. One pass into one string: it runs on every line.
pub(super) fn norm(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if c.is_alphanumeric() {
            if space {
                out.push(' ');
                space = false;
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_keeps_letters_and_digits_lowercased_in_single_spaced_words() {
        let reference = |text: &str| {
            text.chars()
                .filter(|c| c.is_alphanumeric() || c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        for text in [
            "  Council — votes: to KEEP the ferry!  ",
            "Émile’s co-op\tÖPNV\u{a0}2026 , ΟΔΟΣ",
            "- - -",
            "",
        ] {
            assert_eq!(norm(text), reference(text), "{text:?}");
        }
        assert_eq!(norm(" A  b-c, D "), "a bc d");
    }

    #[test]
    fn stamps_credits_and_breadcrumbs_are_not_headlines() {
        assert!(!is_title_like(
            "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM"
        ));
        assert!(!is_title_like("Posted on Oktober 27, 2015 by Admin"));
        assert!(!is_title_like("Anna Smith/The Daily Echo"));
        assert!(is_title_like(
            "Council votes to keep the ferry running all winter"
        ));
        assert!(is_title_like(
            "Published works of a forgotten poet found in an attic"
        ));
    }
}
