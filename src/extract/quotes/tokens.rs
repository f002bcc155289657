//! Tokens shared by the stages: a paragraph cut into words and the punctuation that bounds phrases,
//! with the small word tests every stage asks (is this a speech verb, an abbreviation, a participle).

use std::sync::LazyLock;

use regex::Regex;

use crate::extract::words::{ABBREVIATIONS, Lower, SPEECH_VERBS, lower};

/// The words a context is cut into: `[\p{L}\p{N}$][\p{L}\p{N}\-'’.&/]*`, and the punctuation
/// that bounds phrases, `[,;:—–()\[\]!?]`, as [`tokenize`] reads them with a scan of its own.
/// `resolve` still finds words with the pattern itself, on the few phrases it reads that way.
pub(super) static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}$][\p{L}\p{N}\-'’.&/]*|[,;:—–()\[\]!?]").expect("word pattern compiles")
});

/// `\p{L}` or `\p{N}`, as [`WORD`] reads them. ASCII and the General Punctuation block (curly
/// marks, dashes) are decided here; any other letter-like character by the pattern itself, since
/// `char::is_alphanumeric` also admits combining marks that `\p{L}` does not.
fn letter_or_number(c: char) -> bool {
    static LETTER_OR_NUMBER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[\p{L}\p{N}]$").expect("letter pattern compiles"));
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{2000}'..='\u{206F}').contains(&c) || !c.is_alphanumeric() {
        return false;
    }
    LETTER_OR_NUMBER.is_match(c.encode_utf8(&mut [0; 4]))
}

/// The spans [`WORD`] finds in `s`, leftmost first, in order. A scan: the tokenizer runs on every
/// sentence several times over, and the pattern's Unicode classes made it the quotes stage's
/// largest single cost.
fn word_spans(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((start, c)) = chars.next() {
            if c == '$' || letter_or_number(c) {
                let mut end = start + c.len_utf8();
                while let Some(&(at, d)) = chars.peek() {
                    if !(matches!(d, '-' | '\'' | '’' | '.' | '&' | '/') || letter_or_number(d)) {
                        break;
                    }
                    end = at + d.len_utf8();
                    chars.next();
                }
                return Some((start, end));
            }
            if matches!(
                c,
                ',' | ';' | ':' | '—' | '–' | '(' | ')' | '[' | ']' | '!' | '?'
            ) {
                return Some((start, start + c.len_utf8()));
            }
        }
        None
    })
}

/// One token of a context: a word (with a full stop kept only on abbreviations) or a punctuation
/// mark that matters for phrase boundaries.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    pub(super) text: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
}

impl Tok<'_> {
    pub(super) fn lower(&self) -> Lower<'_> {
        crate::extract::words::lower(self.text)
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
    // `lower` reads a curly apostrophe as a straight one, which no abbreviation holds either way.
    let w = lower(word.trim_end_matches('.'));
    w.chars().count() == 1 || w.contains('.') || ABBREVIATIONS.contains(w.as_str())
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
    word_spans(s)
        .map(|(start, end)| {
            let mut text = &s[start..end];
            if text.ends_with('.') && !is_abbreviation(text) {
                text = text.trim_end_matches('.');
            }
            Tok {
                text,
                start: base + start,
                end: base + start + text.len(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scan_finds_what_the_word_pattern_finds() {
        let texts = [
            "“We will not,” said Sen. Ada Pike (R-Ohio), “back down — ever.”",
            "Prices rose 4.5% to $1,200/mo. at AT&T; O’Neill’s co-op [sic] didn't!?",
            "Émile Zoë-Brontë, l’ingénieur, cited ΣΟΦΊΑ and 北京 – also ⅻ, ²³ and a\u{301}b.",
            "tabs\tand\u{a0}nbsp … ellipsis ‘single’ ‹angle› «guillemets» Ⓐ ǅ",
            "",
        ];
        for text in texts {
            let by_pattern: Vec<(usize, usize)> =
                WORD.find_iter(text).map(|m| (m.start(), m.end())).collect();
            let by_scan: Vec<(usize, usize)> = word_spans(text).collect();
            assert_eq!(by_scan, by_pattern, "{text}");
        }
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
