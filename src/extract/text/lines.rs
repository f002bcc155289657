//! Lines, the text path's first stage: the decoded text as its non-empty lines, trimmed, with what a
//! browser copy broke apart joined back (hard-wrapped prose, a label over its value, a byline's names
//! one per line). Every later stage reads these lines; this stage reads none of them.

use super::shape::norm;
use crate::extract::boilerplate::word_count;
use crate::extract::metadata;
use crate::extract::words::single_spaced;
use regex::Regex;
use std::sync::LazyLock;

/// One non-empty line of the source.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// 1-based line number in the decoded text.
    pub no: usize,
    pub text: String,
    /// Blank lines right before / after it.
    pub blank_before: usize,
    pub blank_after: usize,
    /// The line had tabs between cells: a table row.
    pub tabbed: bool,
    /// `word_count(&text)`, which the later stages ask of most lines several times over.
    pub words: usize,
    /// `shape::norm(&text)`: what two printings of one block share, by which the chrome and
    /// headline stages match a line with its other printings.
    pub key: String,
}

/// Non-empty lines, trimmed, with hard-wrapped prose joined back into one line.
pub(super) fn build_lines(text: &str) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut blanks = 0;
    for (i, raw) in text.lines().enumerate() {
        let t = raw.trim();
        if t.is_empty() {
            blanks += 1;
            continue;
        }
        let t = single_spaced(t);
        // A label on a line of its own and its value on the next ("By" then the name, "Updated:"
        // then the date, "Author:" then the name): inline elements a page lays out as blocks. The
        // same for a byline's names printed one per line around "and" ("By / A / and / B").
        if let Some(prev) = out.last_mut()
            && blanks <= 1
            && (is_meta_label(&prev.text, &t)
                // The joiner first: reading a byline off every line before was most of this loop.
                || (is_name_joiner(&t)
                    && (is_byline_start(&prev.text) || is_bare_name(&prev.text)))
                || (is_name_joiner_end(&prev.text)
                    && (is_byline_start(&prev.text) || is_bare_name(&prev.text))
                    && t.chars().next().is_some_and(char::is_uppercase)
                    && word_count(&t) <= 4))
        {
            prev.text.push(' ');
            prev.text.push_str(&t);
            blanks = 0;
            continue;
        }
        if blanks == 0
            && let Some(prev) = out.last_mut()
            && is_wrapped(&prev.text, &t)
        {
            prev.text.push(' ');
            prev.text.push_str(&t);
            continue;
        }
        if let Some(prev) = out.last_mut() {
            prev.blank_after = blanks;
        }
        out.push(Line {
            no: i + 1,
            text: t,
            blank_before: if out.is_empty() { 0 } else { blanks },
            blank_after: 0,
            tabbed: raw.trim().contains('\t'),
            words: 0,
            key: String::new(),
        });
        blanks = 0;
    }
    // Counted once the joins above are done: no later stage changes a line's text.
    for line in &mut out {
        line.words = word_count(&line.text);
        line.key = norm(&line.text);
    }
    out
}

/// Labels printed on a line of their own with their value on the next line: a name or a date.
static NAME_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:by|by:|written by|words by|story by|posted by|authors?:)$").unwrap()
});
static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:published|updated|last updated|posted|posted on|original|first published|date|publish date|published date|release date)(?: on)?:?$").unwrap()
});

/// True when `label` is a byline or date label and `value` what it labels (a widget label such as
/// "Published" over "World" stays apart).
fn is_meta_label(label: &str, value: &str) -> bool {
    if NAME_LABEL.is_match(label) {
        return value.chars().next().is_some_and(char::is_uppercase) || label.len() <= 3;
    }
    DATE_LABEL.is_match(label) && metadata::date_line(value).is_some()
}

/// A line that opens a byline ("By Ann Lee", "Written by Ann Lee, Bo Chan").
fn is_byline_start(text: &str) -> bool {
    metadata::byline(text).is_some() && word_count(text) <= 10
}

/// A byline's first name printed without "By" ("Ann Lee", or "Ann Lee and" once joined): two to
/// four capitalised words and no digits. Only "and" on a line of its own joins another name to it.
fn is_bare_name(text: &str) -> bool {
    let text = text
        .strip_suffix(" and")
        .or_else(|| text.strip_suffix(" &"))
        .unwrap_or(text);
    // Asked of every line: the length rules out a paragraph before its words are split.
    if text.len() > 40 {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && !text.chars().any(|c| c.is_ascii_digit())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "and", "&" or "," on a line of its own, between two names of a byline.
fn is_name_joiner(text: &str) -> bool {
    matches!(text, "and" | "&" | "," | "And")
}

fn is_name_joiner_end(text: &str) -> bool {
    text.ends_with(" and") || text.ends_with(" &") || text.ends_with(',')
}

/// True when `next` continues the sentence `prev` was cut in (a hard-wrapped paragraph). A byline
/// under a long headline ("by Staff Writer Oct. 13, 2016") starts lowercase but is its own line,
/// and a byline with its date ("Written by Ann Lee on March 4, 2024") ends one: the label under
/// it ("related stories") is not its continuation.
fn is_wrapped(prev: &str, next: &str) -> bool {
    prev.chars().count() >= 50
        && !prev.ends_with(['.', '!', '?', ':', '"', '”', ')'])
        && next.chars().next().is_some_and(char::is_lowercase)
        && metadata::byline(next).is_none()
        && metadata::byline_with_date(next).is_none()
        && metadata::byline_with_date(prev).is_none()
}
