//! Tokens shared by the stages: a paragraph cut into words and the punctuation that bounds phrases,
//! with the small word tests every stage asks (is this a speech verb, an abbreviation, a participle).

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::words::{ABBREVIATIONS, SPEECH_VERBS};

pub(super) static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}$][\p{L}\p{N}\-'’.&/]*|[,;:—–()\[\]!?]").expect("word pattern compiles")
});

/// One token of a context: a word (with a full stop kept only on abbreviations) or a punctuation
/// mark that matters for phrase boundaries.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
}

impl Tok<'_> {
    pub(super) fn lower(&self) -> String {
        self.text.replace('’', "'").to_lowercase()
    }
    pub(super) fn is_word(&self) -> bool {
        self.text
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '$')
    }
    pub(super) fn is(&self, p: &str) -> bool {
        self.text == p
    }
}

pub(super) fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    w.chars().count() == 1 || w.contains('.') || ABBREVIATIONS.contains(&w.as_str())
}

pub(super) fn tokenize(s: &str, base: usize) -> Vec<Tok<'_>> {
    WORD.find_iter(s)
        .map(|m| {
            let mut text = m.as_str();
            if text.ends_with('.') && !is_abbreviation(text) {
                text = text.trim_end_matches('.');
            }
            Tok {
                text,
                start: base + m.start(),
                end: base + m.start() + text.len(),
            }
        })
        .filter(|t| !t.text.is_empty())
        .collect()
}

pub(super) fn is_speech_verb(t: &Tok) -> bool {
    SPEECH_VERBS.contains(&t.lower().as_str())
}

pub(super) fn is_participle(t: &Tok) -> bool {
    t.lower().ends_with("ing")
}

pub(super) fn join_span(text: &str, toks: &[Tok]) -> String {
    match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => text[a.start..b.end].trim().to_owned(),
        _ => String::new(),
    }
}

pub(super) fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

pub(super) fn is_first_person(phrase: &str) -> bool {
    matches!(phrase.trim().to_lowercase().as_str(), "i" | "we" | "you")
}
