//! What the entity stage knows of words, from the lists in `src/extract/data/`: given names with
//! their gender (`first-names.txt`, read here), places, the last words of place names, and words
//! that make a name an event, a prize, a law or a work (read through [`crate::extract::words`]). The lists are data so that an editor can extend them without touching
//! the rules; each file's header names its source and licence.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::Gender;
use crate::extract::words::{self, lowercase};

fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static FIRST_NAMES: LazyLock<FxHashMap<String, Gender>> = LazyLock::new(|| {
    entries(include_str!("../data/first-names.txt"))
        .filter_map(|l| {
            let (name, gender) = l.split_once('\t')?;
            let gender = match gender.trim() {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => return None,
            };
            Some((name.to_lowercase(), gender))
        })
        .collect()
});

/// Places in lowercase, so that a dateline in capitals ("KYIV") is found too.
static PLACES: LazyLock<FxHashSet<String>> =
    LazyLock::new(|| words::PLACES.iter().map(|p| p.to_lowercase()).collect());

/// The gender most bearers of a given name were registered with, if nearly all share one.
pub fn first_name_gender(word: &str) -> Option<Gender> {
    FIRST_NAMES.get(lowercase(word).as_str()).copied()
}

/// Whether the given-name list knows the word (a strong sign the name is a person's). A name that
/// is also a place ("Boston", "Jordan", "Georgia") proves nothing.
pub fn is_first_name(word: &str) -> bool {
    FIRST_NAMES.contains_key(lowercase(word).as_str()) && !is_place(word)
}

/// A place by its whole name ("Saudi Arabia", "Calif.", "Kyiv").
pub fn is_place(name: &str) -> bool {
    // `strip_prefix` in a loop is `trim_start_matches` without building a substring searcher,
    // which cost more than the lookups: this is asked of every capital run.
    let mut name = name.trim();
    while let Some(rest) = name.strip_prefix("the ") {
        name = rest;
    }
    while let Some(rest) = name.strip_prefix("The ") {
        name = rest;
    }
    PLACES.contains(lowercase(name).as_str())
        || PLACES.contains(lowercase(name.trim_end_matches('.')).as_str())
}

/// A place written as a newspaper abbreviation, stop and all ("Calif.", "Wash."): the stop ends no
/// sentence. "Norway." does.
pub fn is_abbreviated_place(word: &str) -> bool {
    word.ends_with('.') && PLACES.contains(lowercase(word).as_str())
}

/// A first word that makes a name a place ("Port Vell", "Mount Arden").
pub fn is_place_prefix(word: &str) -> bool {
    words::PLACE_PREFIXES.contains(lowercase(word).as_str())
}

/// A last word that makes a name a place ("Rowan County").
pub fn is_place_word(word: &str) -> bool {
    words::PLACE_WORDS.contains(lowercase(word).as_str())
}

/// A word that makes a name something other than a person or a body ("Prize", "War", "Thursday").
pub fn is_non_person_word(word: &str) -> bool {
    words::NON_PERSON_WORDS.contains(lowercase(word.trim_end_matches(['.', ','])).as_str())
}

/// Weekday and month names, which follow a place in datelines and sentences ("Washington
/// Thursday") and are no part of it.
pub fn is_calendar_word(word: &str) -> bool {
    matches!(
        lowercase(word.trim_end_matches(['.', ','])).as_str(),
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// The gender a title or role word gives ("Mrs.", "spokeswoman", "congressman").
pub fn title_gender(word: &str) -> Option<Gender> {
    let l = lowercase(word.trim_end_matches(['.', ',']));
    match l.as_str() {
        "mr" | "sir" | "king" | "prince" | "actor" | "father" | "brother" | "son" | "husband"
        | "emperor" | "sultan" | "lord" | "uncle" | "grandfather" | "boy" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "lady" | "queen" | "princess" | "actress" | "mother" | "sister"
        | "daughter" | "wife" | "dame" | "empress" | "aunt" | "grandmother" | "girl" => {
            Some(Gender::Female)
        }
        _ if l.ends_with("woman") || l.ends_with("women") => Some(Gender::Female),
        _ if l.ends_with("man") && l.len() > 5 && !l.ends_with("human") => Some(Gender::Male),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_answer() {
        assert_eq!(first_name_gender("Hillary"), Some(Gender::Female));
        assert_eq!(first_name_gender("vladimir"), Some(Gender::Male));
        assert!(is_place("Kyiv") && is_place("Calif.") && is_place("Saudi Arabia"));
        assert!(!is_place("Liberman"));
        assert!(is_non_person_word("Prize") && is_non_person_word("Thursday"));
        assert_eq!(title_gender("spokeswoman"), Some(Gender::Female));
        assert_eq!(title_gender("Mr."), Some(Gender::Male));
        assert_eq!(title_gender("human"), None);
    }
}
