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
        crate::extract::words::lower_key(self.text)
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

/// "(R-Ohio)", "(D-Nev.)", "(I-Vt.)": a legislator's party and state, which American outlets set
/// right after the name. It is no part of any phrase, so the tokens leave it out.
fn is_party_tag(t: &str) -> bool {
    let mut parts = t.splitn(2, '-');
    matches!(parts.next(), Some("R" | "D" | "I"))
        && parts.next().is_some_and(|state| {
            state.chars().next().is_some_and(char::is_uppercase)
                && state.trim_end_matches('.').chars().all(char::is_alphabetic)
        })
}

pub(super) fn tokenize(s: &str, base: usize) -> Vec<Tok<'_>> {
    let mut toks = words(s, base);
    let mut k = 0;
    while k + 2 < toks.len() {
        if toks[k].is("(") && toks[k + 2].is(")") && is_party_tag(toks[k + 1].text) {
            toks.drain(k..k + 3);
        } else {
            k += 1;
        }
    }
    toks
}

fn words(s: &str, base: usize) -> Vec<Tok<'_>> {
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

/// The words of `toks` as written, without the party tags `tokenize` left out ("Sen. Ada Pike
/// (R-Ohio), a …" reads "Sen. Ada Pike, a …").
pub(super) fn join_span(text: &str, toks: &[Tok]) -> String {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return String::new();
    };
    let mut out = String::new();
    let mut from = first.start;
    for pair in toks.windows(2) {
        let gap = &text[pair[0].end..pair[1].start];
        let tag_end = gap.trim_start().strip_prefix('(').and_then(|g| {
            let close = g.find(')')?;
            is_party_tag(&g[..close]).then(|| gap.len() - g.len() + close + 1)
        });
        if let Some(tag_end) = tag_end {
            // The space before the tag goes with it; what follows it stays.
            out.push_str(&text[from..pair[0].end]);
            from = pair[0].end + tag_end;
        }
    }
    out.push_str(&text[from..last.end]);
    out.trim().to_owned()
}

pub(super) fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

pub(super) fn is_first_person(phrase: &str) -> bool {
    matches!(phrase.trim().to_lowercase().as_str(), "i" | "we" | "you")
}
