//! Runs of capitalised words (names, bodies) found quickly: the matches of a pattern that opens with
//! a word boundary and a capital, without the regex crate searching for the boundary itself.
//!
//! A Unicode `\b` makes the regex crate's DFA give up at the first non-ASCII byte (a curly quote, in
//! most paragraphs that quote anyone) and search the rest of the paragraph with a backtracker, again
//! for every match: the name and mention finders spent most of their time there. Here the boundary
//! is checked by hand at each capital letter, and the pattern, anchored, runs from that letter only.

use regex::Regex;
use std::sync::LazyLock;

/// One run: where it starts in the text, and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run<'t> {
    start: usize,
    text: &'t str,
}

impl<'t> Run<'t> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn as_str(&self) -> &'t str {
        self.text
    }
}

/// The regex crate's own `\w`, so the boundary test is the one `\b` makes.
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\w$").unwrap());

pub(crate) fn is_word(c: char) -> bool {
    // On ASCII, Unicode `\w` is `[0-9A-Za-z_]`; the pattern decides only the rest.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    WORD.is_match(c.encode_utf8(&mut [0; 4]))
}

/// What `Regex::new(r"\b<body>")?.find_iter(text)` gives, for `anchored` compiled as `^<body>`,
/// where `body` opens with `\p{Lu}` and holds no other `\b`.
pub fn capital_runs<'t>(anchored: &'t Regex, text: &'t str) -> impl Iterator<Item = Run<'t>> + 't {
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut prev = text[..at].chars().next_back();
        for (i, c) in text[at..].char_indices() {
            // Every `\p{Lu}` letter is uppercase, so this skips no start the pattern could have.
            if c.is_uppercase()
                && !prev.is_some_and(is_word)
                && let Some(m) = anchored.find(&text[at + i..])
            {
                let start = at + i;
                at = start + m.end();
                return Some(Run {
                    start,
                    text: &text[start..at],
                });
            }
            prev = Some(c);
        }
        at = text.len();
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_the_matches_of_the_pattern_with_its_boundary() {
        let body = r"\p{Lu}[\p{L}\p{M}'’\-\.]*(?:\s+(?:(?:de|of|and)\s+){0,2}\p{Lu}[\p{L}\p{M}'’\-\.]*){1,3}";
        let plain = Regex::new(&format!(r"\b{body}")).unwrap();
        let anchored = Regex::new(&format!("^{body}")).unwrap();
        let mut texts = vec![
            "“We will not move,” said Ana de Souza, head of the Port Authority.".to_owned(),
            "ÉlodieMartin and Jean-Luc Picard met 2Bad Wolf, _Mr Smith and x́Ana Lima.".to_owned(),
            "The Bank of Ardmore and Lloyd’s Register. U.S. Coast Guard. Ñandú Ríos".to_owned(),
            "no capitals here, only “quotes” — and dashes".to_owned(),
            String::new(),
        ];
        let samples = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/samples")).unwrap();
        texts.extend(samples.filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok()));
        let mut found = 0;
        for text in &texts {
            let want: Vec<(usize, &str)> = plain
                .find_iter(text)
                .map(|m| (m.start(), m.as_str()))
                .collect();
            let got: Vec<(usize, &str)> = capital_runs(&anchored, text)
                .map(|r| (r.start(), r.as_str()))
                .collect();
            assert_eq!(got, want, "{text:?}");
            found += got.len();
        }
        assert!(found > 50, "the texts should hold runs");
    }
}
