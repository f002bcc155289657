//! Bylines opened by another label than "By": another language's ("Von Anna Berger", "Par Jean
//! Dupont et Marie Roux", "Door Jan de Vries") or a list's ("Contributors: A, B"). The labels and
//! the conjunctions of those languages are data (`data/byline-labels.txt`,
//! `data/byline-conjunctions.txt`); the rule is that a label is a label only when a name of two words
//! or more follows it, so "Von Trapp", a surname, stays whole.

use crate::extract::words::{
    BYLINE_CONJUNCTIONS, BYLINE_LABELS, NAME_PARTICLES, NOT_NAMES, lowercase,
};
use std::borrow::Cow;

/// `byline` without its opening label, with the language's conjunctions read as "and": "Par Jean
/// Dupont et Marie Roux" → "Jean Dupont and Marie Roux". A byline with no label, or whose label no
/// name of two words follows, is returned as it is.
pub(crate) fn without_label(byline: &str) -> Cow<'_, str> {
    match split_label(byline) {
        Some((_, rest)) if opens_with_a_name(rest) => Cow::Owned(joined(rest)),
        _ => Cow::Borrowed(byline),
    }
}

/// The names of a line that is a labelled byline and nothing else ("Von Anna Berger und Max Roth"
/// → "Anna Berger and Max Roth"): after the label, one to four names of two to four words each,
/// every word capitalised or a name's particle, and no sentence.
pub(crate) fn labelled_byline(line: &str) -> Option<String> {
    let (_, rest) = split_label(line)?;
    let rest = joined(rest.trim_end_matches('.'));
    let names: Vec<&str> = rest
        .split(" and ")
        .flat_map(|p| p.split([',', '&']))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let name_shaped = |n: &str| {
        let words: Vec<&str> = n.split_whitespace().collect();
        (2..=4).contains(&words.len())
            && opens_with_a_name(n)
            && words.iter().all(|w| {
                !NOT_NAMES.contains(lowercase(w).as_str())
                    && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
            })
    };
    ((1..=4).contains(&names.len()) && names.iter().all(|n| name_shaped(n))).then_some(rest)
}

/// True when `label` says that what it labels is the writer's name: "Written by", "Author:",
/// "Autor", as a sharing card's label names its value.
pub(crate) fn is_author_label(label: &str) -> bool {
    label
        .split_whitespace()
        .last()
        .map(|w| lowercase(w.trim_end_matches(':')))
        .is_some_and(|w| w.as_str() == "by" || BYLINE_LABELS.contains(w.as_str()))
}

/// The label opening `text` and what follows it, when its first word (less a colon) is a listed
/// label.
fn split_label(text: &str) -> Option<(&str, &str)> {
    let (label, rest) = text.trim_start().split_once(char::is_whitespace)?;
    BYLINE_LABELS
        .contains(lowercase(label.trim_end_matches(':')).as_str())
        .then_some((label, rest.trim()))
}

/// `names` with the listed conjunctions read as "and". Only lower-case ones: "E." in "Ana E. Roux"
/// is an initial.
fn joined(names: &str) -> String {
    names
        .split_whitespace()
        .map(|w| {
            if BYLINE_CONJUNCTIONS.contains(w) {
                "and"
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when `text` opens with a name of two words or more, each capitalised or a name's particle
/// ("Jan de Vries"), before any comma or conjunction.
fn opens_with_a_name(text: &str) -> bool {
    let first = text
        .split([',', ';', '|', '&'])
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .take_while(|w| *w != "and" && !BYLINE_CONJUNCTIONS.contains(*w));
    let mut words = 0;
    for w in first {
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if !capital && !NAME_PARTICLES.contains(lowercase(w).as_str()) {
            return false;
        }
        words += usize::from(capital);
    }
    words >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_goes_only_when_a_name_follows() {
        assert_eq!(without_label("Von Anna Berger"), "Anna Berger");
        assert_eq!(without_label("Door Jan de Vries"), "Jan de Vries");
        assert_eq!(
            without_label("Par Jean Dupont et Marie Roux"),
            "Jean Dupont and Marie Roux"
        );
        assert_eq!(
            without_label("Contributors: Ines Dahl, Rui Lobo"),
            "Ines Dahl, Rui Lobo"
        );
        assert_eq!(without_label("Von Trapp"), "Von Trapp");
        assert_eq!(without_label("Anna Berger"), "Anna Berger");
        assert_eq!(
            labelled_byline("Von Anna Berger und Max Roth").as_deref(),
            Some("Anna Berger and Max Roth")
        );
        assert_eq!(labelled_byline("Von Trapp"), None);
        assert!(is_author_label("Written by") && is_author_label("Author:"));
        assert!(!is_author_label("Est. reading time"));
        assert_eq!(labelled_byline("Par ici la sortie"), None);
    }
}
