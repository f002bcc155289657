//! Mentions: every run of capitalised words in an article's paragraphs that names someone or
//! something, with the title written before it, typed person / organisation / place / other from
//! what the words themselves show, and with the gender a title, a role or a given name shows.
//!
//! Typing is by evidence, strongest first: a known place, an organisation's head word or an
//! acronym, a place's last word ("County"), a word that makes the name an event, prize, law, work
//! or date ("Prize", "War", "Thursday"); then a person's signs (a title or honorific before the
//! name, a given name from the bundled list, an initial). A run with none of these is a person only
//! when it looks like one (two to four words, none written in lowercase elsewhere in the article,
//! so that headline fragments such as "Kyiv Denies Assertion" are not people).

use std::borrow::Cow;

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon;
use super::{EntityKind, Gender};
use crate::extract::quotes::names::{is_org_word, is_role};
use crate::extract::runs::capital_runs;
use crate::extract::words::{NAME_PARTICLES, TrimPossessive, lowercase};
use crate::extract::{Paragraph, ParagraphKind};

/// One name as written in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub paragraph: usize,
    /// Byte offset of the name (titles excluded) in its paragraph.
    pub start: usize,
    /// The name without the titles and roles before it: "Avigdor Liberman", "Mossad", "Kyiv".
    pub name: String,
    /// Titles and roles written before the name ("Defense Minister", "Mr."), if any.
    pub title: Option<String>,
    pub kind: EntityKind,
    pub gender: Option<Gender>,
    /// Whether the kind rests on evidence (a title, a given name, a list) rather than a guess from
    /// the shape of the words.
    pub certain: bool,
}

static CAPITAL_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\p{Lu}[\p{L}\p{M}'’\-\.]*(?:\s+(?:(?:de|del|della|van|von|der|den|bin|ibn|al|el|la|le|da|di|du|of|for|and|the|on|&)\s+){0,2}\p{Lu}[\p{L}\p{M}'’\-\.]*)*",
    )
    .expect("capital run pattern compiles")
});

/// Capitalised words that open sentences and clauses without naming anyone. Not the attribution
/// stages' `function-caps.txt`: that list also holds title and name words ("President", "New",
/// "United") which a mention must keep ("New York", "President Vladimir Putin" read as a title).
const FUNCTION_CAPS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "so",
    "yet",
    "if",
    "when",
    "while",
    "as",
    "after",
    "before",
    "since",
    "until",
    "because",
    "although",
    "though",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "without",
    "to",
    "of",
    "into",
    "during",
    "under",
    "over",
    "about",
    "against",
    "between",
    "among",
    "through",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "then",
    "now",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "it",
    "who",
    "what",
    "which",
    "where",
    "why",
    "how",
    "not",
    "no",
    "yes",
    "all",
    "some",
    "many",
    "most",
    "more",
    "each",
    "every",
    "both",
    "either",
    "neither",
    "one",
    "two",
    "three",
    "former",
    "ex",
    "meanwhile",
    "however",
    "also",
    "still",
    "even",
    "only",
    "just",
    "last",
    "next",
    "new",
    "according",
    "asked",
    "said",
    "says",
    "dear",
    "like",
    "unlike",
    "despite",
    "read",
    "watch",
    "see",
    "photo",
    "video",
    "related",
    "updated",
    "published",
    "by",
];

fn is_function_cap(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&str>> =
        LazyLock::new(|| FUNCTION_CAPS.iter().copied().collect());
    SET.contains(lowercase(word.trim_end_matches(['.', ','])).as_str())
}

fn is_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(lowercase(word).as_str())
}

pub(super) fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

fn is_initial(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters == 1 && word.ends_with('.')
}

fn is_shouting(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 7 && letters.iter().all(|c| c.is_uppercase())
}

/// A word whose full stop belongs to it: an initial, a title, an abbreviation with stops inside
/// ("U.S.", "G.K."), a place's abbreviation ("Calif.").
fn keeps_its_stop(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    is_initial(word)
        || w.contains('.')
        || is_role(word)
        || lexicon::is_abbreviated_place(word)
        || matches!(
            lowercase(w).as_str(),
            "jr" | "sr" | "st" | "co" | "inc" | "corp" | "ltd" | "no"
        )
}

fn bare(word: &str) -> &str {
    word.trim_possessive().trim_end_matches([',', ';', ':'])
}

fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// Words an article writes in lowercase, lower-cased, borrowed from its text where they already are
/// (nearly all: only a word such as "iPhone" needs a copy).
pub type Vocabulary<'a> = FxHashSet<Cow<'a, str>>;

/// Words the article also writes in lowercase: ordinary words wherever they are capitalised.
pub fn lowercase_vocabulary(paragraphs: &[Paragraph]) -> Vocabulary<'_> {
    paragraphs
        .iter()
        .flat_map(|p| p.text.split_whitespace())
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            }
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// A paragraph set in title case ("Kyiv Denies Assertion of Strike"): a headline, a subhead or a
/// related-story link, whose capitals say nothing about names.
fn is_title_case(p: &Paragraph) -> bool {
    if p.kind == ParagraphKind::Subhead {
        return true;
    }
    if p.text.trim_end().ends_with(['.', '"', '”']) {
        return false;
    }
    let title_word = |w: &str| {
        !w.chars().any(char::is_alphabetic)
            || w.chars().next().is_some_and(|c| !c.is_lowercase())
            || matches!(
                lowercase(w).as_str(),
                "a" | "an"
                    | "the"
                    | "of"
                    | "in"
                    | "on"
                    | "for"
                    | "to"
                    | "and"
                    | "or"
                    | "at"
                    | "by"
                    | "with"
                    | "as"
                    | "from"
                    | "vs"
            )
    };
    // Three to sixteen words, each a title's: a body paragraph fails at its first lowercase word.
    let mut words = 0;
    for w in p.text.split_whitespace() {
        words += 1;
        if words > 16 || !title_word(w) {
            return false;
        }
    }
    words >= 3
}

/// Every mention in the article, in reading order.
pub fn find(paragraphs: &[Paragraph]) -> Vec<Mention> {
    let lowercase = lowercase_vocabulary(paragraphs);
    let mut out = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        if is_title_case(p) {
            continue;
        }
        for m in capital_runs(&CAPITAL_RUN, &p.text) {
            let at_sentence_start = {
                let before = p.text[..m.start()].trim_end();
                before.is_empty() || before.ends_with(['.', '?', '!', ':', '"', '“', '”', '—', '('])
            };
            for (start, words) in pieces(m.start(), m.as_str()) {
                let sentence_start = at_sentence_start && start == m.start();
                if let Some(mention) = read(&p.text, pi, start, &words, sentence_start, &lowercase)
                {
                    out.push(mention);
                }
            }
        }
    }
    out
}

/// Splits a capital run into the names it holds: at possessives ("Trump's Mar-a-Lago") and at
/// "and" between two names ("Bolton and Gorka"), keeping "and" inside a body's name ("Ministry of
/// Ports and Harbours"). Returns each piece's byte offset and words.
fn pieces(offset: usize, run: &str) -> Vec<(usize, Vec<&str>)> {
    let mut out: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut current_start = offset;
    let mut cursor = 0;
    let words: Vec<(usize, &str)> = run
        .split_whitespace()
        .map(|w| {
            let at = run[cursor..].find(w).map_or(cursor, |i| cursor + i);
            cursor = at + w.len();
            (offset + at, w)
        })
        .collect();
    let has_org_head = words.iter().any(|(_, w)| is_org_word(bare(w)));
    for (i, (at, w)) in words.iter().enumerate() {
        let lower = lowercase(w);
        let splits_here = (lower == "and" || lower == "&") && !has_org_head;
        if splits_here {
            if !current.is_empty() {
                out.push((current_start, std::mem::take(&mut current)));
            }
            continue;
        }
        if current.is_empty() {
            current_start = *at;
        }
        current.push(w);
        let ends_sentence = (w.ends_with('.') || w.ends_with(".''") || w.ends_with(".”"))
            && !keeps_its_stop(w.trim_end_matches(['\'', '”']));
        if (is_possessive(w) || ends_sentence) && i + 1 < words.len() {
            out.push((current_start, std::mem::take(&mut current)));
        }
    }
    if !current.is_empty() {
        out.push((current_start, current));
    }
    out
}

/// Reads one piece of a capital run as a mention, or None when it names nothing.
fn read(
    text: &str,
    pi: usize,
    start: usize,
    words: &[&str],
    sentence_start: bool,
    lowercase: &Vocabulary<'_>,
) -> Option<Mention> {
    let mut words: Vec<&str> = words
        .iter()
        .map(|w| bare(w).trim_end_matches(','))
        .collect();
    let mut start = start;
    let advance = |start: &mut usize, word: &str| {
        if let Some(i) = text[*start..].find(word) {
            *start += i + word.len();
            *start += text[*start..].len() - text[*start..].trim_start().len();
        }
    };
    // An ordinary word opening the sentence is not part of the name ("Asked about it, Trump …").
    // Only the sentence's first word owes its capital to its place: "Rail" in "The Rail Workers
    // Alliance" is part of the name however often the article writes "rail".
    let mut opens_sentence = sentence_start;
    while let Some(first) = words.first() {
        let first_of_sentence = std::mem::replace(&mut opens_sentence, false);
        let opener = is_function_cap(first)
            || (first_of_sentence
                && words.len() > 1
                && lowercase.contains(self::lowercase(first).as_str())
                && !lexicon::is_first_name(first)
                && !is_role(first));
        if !opener {
            break;
        }
        advance(&mut start, first);
        words.remove(0);
    }
    // "Washington Thursday": the day is no part of the place.
    while words.len() > 1 && words.last().is_some_and(|w| lexicon::is_calendar_word(w)) {
        words.pop();
    }
    // Titles and roles before the name, and what they govern: "Defense Minister", "Mr.",
    // "Florida Gov.", "State Department Spokesman". A body's own name keeps its role words
    // ("Office of the Prime Minister").
    let mut title_words = Vec::new();
    let org_name = words.iter().any(|w| is_org_word(w));
    // A role word closing the run after a given name or an honorific is a surname ("Amy Pope",
    // "Mr. Prince").
    let surname_role = words.len() >= 2 && {
        let before = words[words.len() - 2];
        is_role(words[words.len() - 1])
            && (lexicon::is_first_name(before)
                || matches!(
                    self::lowercase(before.trim_end_matches('.')).as_str(),
                    "mr" | "mrs" | "ms" | "miss" | "dr"
                ))
    };
    let roles_end = if surname_role {
        words.len() - 1
    } else {
        words.len()
    };
    if let Some(last_role) = words[..roles_end].iter().rposition(|w| is_role(w))
        && last_role + 1 < words.len()
        && (!org_name || words[..=last_role].iter().any(|w| is_org_word(w)))
        && !words[last_role + 1..].iter().any(|w| is_org_word(w))
    {
        for w in words.drain(..=last_role) {
            advance(&mut start, w);
            title_words.push(w);
        }
    }
    while words.last().is_some_and(|w| {
        matches!(
            self::lowercase(w).as_str(),
            "of" | "for" | "and" | "the" | "on" | "&"
        )
    }) {
        words.pop();
    }
    if words.is_empty() || words.iter().all(|w| is_function_cap(w) || is_particle(w)) {
        return None;
    }
    // A full stop after the last word ends the sentence, unless the word is an initial or an
    // abbreviation that keeps its stop ("Jr.", "Calif.").
    if let Some(last) = words.last_mut()
        && last.ends_with('.')
        && !is_initial(last)
        && !lexicon::is_place(last)
        && !matches!(
            self::lowercase(last).as_str(),
            "jr." | "sr." | "co." | "inc." | "corp." | "ltd." | "st."
        )
        && !last[..last.len() - 1].contains('.')
    {
        *last = &last[..last.len() - 1];
    }
    // A lowercase title just before the name ("spokesman Vedant Patel", "said Mrs."): read back.
    let before_words: Vec<&str> = text[..start].split_whitespace().rev().take(3).collect();
    let title_before = before_words
        .iter()
        .take_while(|w| !w.ends_with([',', '.', ';', ':']) || is_role(w))
        .copied()
        .filter(|w| is_role(w))
        .collect::<Vec<_>>();
    let name = words.join(" ");
    let title = (!title_words.is_empty()).then(|| title_words.join(" "));
    let gender = title_words
        .iter()
        .chain(title_before.iter())
        .find_map(|w| lexicon::title_gender(w))
        .or_else(|| {
            (words.len() >= 2)
                .then(|| lexicon::first_name_gender(words[0]))
                .flatten()
        })
        .or_else(|| after_role_gender(text, start + name.len()));
    let titled = !title_words.is_empty() || !title_before.is_empty();
    let (kind, certain) = classify(&words, titled, lowercase);
    Some(Mention {
        paragraph: pi,
        start,
        name,
        title,
        kind,
        gender: if kind == EntityKind::Person || kind == EntityKind::Unknown {
            gender
        } else {
            None
        },
        certain,
    })
}

/// "Lena Okafor, a spokeswoman for …": the gender of a role set off right after the name.
fn after_role_gender(text: &str, end: usize) -> Option<Gender> {
    let rest = text.get(end..)?.trim_start();
    let rest = rest.strip_prefix(',')?;
    rest.split_whitespace()
        .take(5)
        .take_while(|w| !w.ends_with([',', '.']) || w.len() > 3)
        .find_map(|w| lexicon::title_gender(w.trim_end_matches([',', '.'])))
}

/// The kind of entity a name's words show, and whether that rests on evidence.
pub fn classify(words: &[&str], titled: bool, lowercase: &Vocabulary<'_>) -> (EntityKind, bool) {
    let name = words.join(" ");
    let last = words.last().copied().unwrap_or("");
    if words.iter().any(|w| is_shouting(w)) {
        return (EntityKind::Other, false);
    }
    if lexicon::is_place(&name) && !titled {
        return (EntityKind::Place, true);
    }
    let org_head = words.iter().enumerate().any(|(i, w)| {
        is_org_word(w)
            && (i + 1 == words.len()
                || matches!(self::lowercase(words[i + 1]).as_str(), "of" | "for" | "on"))
    });
    if org_head || (words.len() == 1 && is_acronym(last)) {
        return (EntityKind::Organization, true);
    }
    if words.len() >= 2
        && (lexicon::is_place_word(last) || lexicon::is_place_prefix(words[0]))
        && !titled
    {
        return (EntityKind::Place, true);
    }
    // The head of a name says what it is: "Orange Prize", "World War II", "Boston Marathon"; a
    // word of the same kind elsewhere does not ("Bill Clinton", "Kathleen Hall Jamieson").
    let head = words
        .iter()
        .rev()
        .find(|w| {
            !w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X'))
        })
        .copied()
        .unwrap_or(last);
    let first = words[0];
    let given_name = words.len() >= 2 && (lexicon::is_first_name(first) || is_initial(first));
    let non_person_head = if given_name {
        false
    } else if words.len() == 1 {
        lexicon::is_calendar_word(head)
    } else {
        lexicon::is_non_person_word(head)
    };
    if non_person_head {
        return (EntityKind::Other, true);
    }
    if titled || given_name {
        return (EntityKind::Person, true);
    }
    if words.len() == 1 {
        return (EntityKind::Unknown, false);
    }
    // Capitalised ordinary words: a headline fragment or a name of a thing ("Go Digital").
    let ordinary = words[1..]
        .iter()
        .any(|w| !is_particle(w) && lowercase.contains(self::lowercase(w).as_str()));
    if ordinary
        || words.len() > 4
        || words
            .iter()
            .any(|w| is_acronym(w) && w.len() > 1 && !w.ends_with('.'))
    {
        return (EntityKind::Other, false);
    }
    (EntityKind::Person, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Paragraph {
        Paragraph {
            kind: ParagraphKind::Text,
            text: text.to_owned(),
        }
    }

    fn kinds(text: &str) -> Vec<(String, EntityKind)> {
        find(&[para(text)])
            .into_iter()
            .map(|m| (m.name, m.kind))
            .collect()
    }

    #[test]
    fn places_events_and_prizes_are_not_people() {
        let got = kinds(
            "The talks in Washington Thursday followed the Orange Prize ceremony, the Boston \
             Marathon and World War II memorials, said Defense Minister Avigdor Liberman.",
        );
        assert!(
            got.contains(&("Washington".into(), EntityKind::Place)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Orange Prize".into(), EntityKind::Other)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Boston Marathon".into(), EntityKind::Other)),
            "{got:?}"
        );
        assert!(
            got.contains(&("World War II".into(), EntityKind::Other)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Avigdor Liberman".into(), EntityKind::Person)),
            "{got:?}"
        );
    }

    #[test]
    fn titles_given_names_and_roles_give_gender() {
        let ms = find(&[para(
            "Mrs. Okafor met Hillary Clinton and Lena Vasquez, a spokeswoman for the port, and \
             spokesman Idris Farrow.",
        )]);
        let gender = |n: &str| ms.iter().find(|m| m.name == n).and_then(|m| m.gender);
        assert_eq!(gender("Okafor"), Some(Gender::Female));
        assert_eq!(gender("Hillary Clinton"), Some(Gender::Female));
        assert_eq!(gender("Lena Vasquez"), Some(Gender::Female));
        assert_eq!(gender("Idris Farrow"), Some(Gender::Male));
    }

    #[test]
    fn possessives_and_pairs_split_into_names() {
        let got =
            kinds("Bolton and Gorka praised Trump's plan and the Ministry of Ports and Harbours.");
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert!(
            names.contains(&"Bolton") && names.contains(&"Gorka") && names.contains(&"Trump"),
            "{names:?}"
        );
        assert!(
            names.contains(&"Ministry of Ports and Harbours"),
            "{names:?}"
        );
    }

    #[test]
    fn headline_lines_hold_no_mentions() {
        assert!(kinds("Kyiv Denies Assertion Of Strike On Depot").is_empty());
    }
}
