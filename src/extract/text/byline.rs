//! Header lines read on their own: a byline, a date line, or both run together ("Ann Lee | May 1,
//! 2020"), and a bare name printed as a byline. The header stage decides which such lines above and
//! under a headline belong to it.

use crate::extract::boilerplate::has_sentence_punct;
use crate::extract::matching;
use crate::extract::metadata::{self, DateLine};
use crate::extract::profiles::Profile;
use crate::extract::runs;
use crate::extract::words::NOT_NAMES;
use regex::Regex;
use std::sync::LazyLock;

/// What separates a byline from a date, or two dates, on one line.
static META_SEP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+[|•·/]\s+").unwrap());

/// A name run into its date or the date's label, as a copy glues inline elements ("Ann
/// LeeMarch 4, 2024", "Ann LeeUpdated 10:15"): a lower-case letter, then the label or month and a
/// number.
static GLUED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(\p{{Ll}})((?:Updated|Published|Posted|Modified|{})\.?:?\s*\d)",
        metadata::MONTHS
    ))
    .unwrap()
});

/// "October 15, 2018/0 Comments/in News /by Ann Lee": a blog theme's meta line, its parts parted by
/// slashes with no space: after a year, and before "by" or "in".
static GLUED_SLASH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\b(?:19|20)\d{2})/(\d+\s+\p{L})|(\S)\s?/((?:by|in)\s)").unwrap()
});

/// The line with its glued slashes spaced (see [`GLUED_SLASH`]), so that they part it as spaced ones do.
fn unglue_slashes(text: &str) -> std::borrow::Cow<'_, str> {
    GLUED_SLASH.replace_all(text, |c: &regex::Captures| {
        let part = |a: usize, b: usize| c.get(a).or(c.get(b)).map_or("", |m| m.as_str());
        format!("{} / {}", part(1, 3), part(2, 4))
    })
}

/// An "Updated" label after a date's last digit (or "AM"/"PM"), opening a second date on the line.
static UPDATED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\d|\b[ap]\.?m\.?)\s+((?:last\s+)?(?:updated|modified)\b)").unwrap()
});

/// Whether `text` holds "updated" or "modified" in any case, as [`UPDATED_AFTER`] needs: its search
/// is slow on every line of a page's header (its Unicode `\b` keeps the regex crate off its DFA).
/// No letter outside ASCII folds onto the letters of these words (a test checks), so the ASCII test
/// rules out exactly the lines the pattern would.
fn names_an_update(text: &str) -> bool {
    let has = |word: &[u8]| {
        text.as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word))
    };
    has(b"updated") || has(b"modified")
}

/// A middle initial ("Bruce Y. Lee"): its full stop ends no sentence.
static INITIAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\p{Lu})\.").unwrap());

/// "in Lindholm": the place's first letter, the rest in [`PLACE_REST`].
static IN_PLACE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+(?:in|from)\s+[A-Z]").unwrap());
/// The rest of the place's name, at most 40 characters: counted in code since a bounded repeat of
/// a Unicode class compiles into that many copies of it (21 ms at start-up).
static PLACE_REST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[\p{L} .,'-]+$").unwrap());

/// A byline without its place: "A and B in Lindholm" → "A and B". Each "in"/"from" is tried from
/// the left; two cannot overlap, since the place after one opens with a capital.
pub(super) fn strip_place(text: &str) -> &str {
    IN_PLACE
        .find_iter(text)
        .find(|m| {
            let rest = &text[m.end()..];
            PLACE_REST.is_match(rest) && rest.chars().count() <= 40
        })
        .map_or(text, |m| &text[..m.start()])
}

/// A line that is only a person's name, or a few ("Jane Doe, Rui Li", "A and B in Lindholm"): a
/// byline printed without "By".
pub(super) fn is_name_like(text: &str) -> bool {
    let text = strip_place(text);
    // "Senior Contributor" under the writer's name is the role, not a second name.
    if metadata::is_role(text) {
        return false;
    }
    if text.split_whitespace().any(|w| {
        NOT_NAMES.contains(
            w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
        )
    }) {
        return false;
    }
    const JOINERS: &[&str] = &[
        "and", "de", "da", "van", "von", "der", "la", "le", "bin", "al", "el", "&", "ben",
    ];
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    (2..=8).contains(&words.len())
        && !has_sentence_punct(&INITIAL.replace_all(text.trim_end_matches('.'), "$1"))
        && words.iter().all(|w| {
            JOINERS.contains(&w.to_lowercase().as_str())
                || w.chars().next().is_some_and(char::is_uppercase)
        })
        && words
            .iter()
            .filter(|w| !JOINERS.contains(&w.to_lowercase().as_str()))
            .count()
            <= 6
}

/// A byline that names no person: a news agency's ("Reuters") or a desk's ("The Vell Courier
/// Staff"). Like a bare name, it is a byline only where bylines sit.
pub(super) fn is_desk(text: &str) -> bool {
    metadata::is_agency(text) || metadata::is_desk_byline(text)
}

/// One or two people's names and nothing else ("Jane Doe", "Ann Lee and Bo Chan"): each name two to
/// four words. A bare name right under the headline is its byline even with no date beside it.
pub(super) fn short_name(text: &str) -> bool {
    let text = strip_place(text).trim_end_matches('.');
    let names: Vec<&str> = text
        .split(" and ")
        .flat_map(|p| p.split(" & "))
        .flat_map(|p| p.split(", "))
        .map(str::trim)
        .collect();
    names.len() <= 2
        && names
            .iter()
            .all(|n| (2..=4).contains(&n.split_whitespace().count()))
}

/// A writer's e-mail address, printed beside the byline.
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$").unwrap());

/// A writer's e-mail address or social handle ("@annlee": 2 to 30 word characters), printed
/// beside the byline. What `^(?:EMAIL|@\w{2,30})$` matches: the handle is counted here because a
/// bounded repeat of Unicode's `\w` compiles into thirty copies of it, 11 ms of every process's
/// start, and no address opens with `@`.
fn is_contact(part: &str) -> bool {
    if let Some(handle) = part.strip_prefix('@') {
        return (2..=30).contains(&handle.chars().count()) && handle.chars().all(runs::is_word);
    }
    EMAIL.is_match(part)
}

/// "Ann Lee | The Vell Courier": a name and the outlet it writes for, with no date on the line. The
/// name, when every part after it is a name too (an outlet's, a desk's); the header stage takes it only
/// right under the headline, where a menu's "News | Sport" does not stand.
pub(super) fn name_with_outlet(text: &str) -> Option<&str> {
    let mut parts = META_SEP.split(text).map(str::trim);
    let name = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    (!rest.is_empty()
        && short_name(name)
        && is_name_like(name)
        && rest.iter().all(|p| {
            // "Ann Lee | alee@vell.example", "Ann Lee | @annlee": how to reach the writer.
            if is_contact(p) {
                return true;
            }
            // An outlet's name may open with its article ("The Vell Courier").
            let p = p.strip_prefix("The ").unwrap_or(p);
            !metadata::is_role(p) && p.split_whitespace().count() <= 5 && is_name_like(p)
        }))
    .then_some(name)
}

/// A name with what a byline prints after it: "Charlie Ross, Harbour Business Weekly", "Ann Lee
/// @annlee / 2 days". The separator: a comma, a bar, slash or dash, or a social handle's "@".
static NAME_THEN_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(\s*,\s+|\s+[|/·•–—-]\s+|\s+@)(\S.*)$",
    )
    .unwrap()
});

/// "Charlie Ross, Harbour Business Weekly", "Ann Lee @annlee / 2 days": a name, then a short tail
/// after a separator that names no author (an outlet or a role in capitalised words, a handle, a
/// relative time): the name. The header stage takes it only where a byline sits, and only with
/// more evidence that it is a person's (see [`known_given_name`]).
pub(super) fn name_with_tail(text: &str) -> Option<&str> {
    let c = NAME_THEN_TAIL.captures(text)?;
    let (name, sep, tail) = (c.get(1)?.as_str(), c.get(2)?.as_str(), c.get(3)?.as_str());
    let capitalised = tail
        .split_whitespace()
        .all(|w| w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()));
    (short_name(name)
        && is_name_like(name)
        && tail.split_whitespace().count() <= 6
        && !has_sentence_punct(tail)
        && (sep.ends_with('@') || capitalised))
        .then_some(name)
}

/// True when `name` opens with a given name the name list knows (`data/first-names.txt`): a
/// person's, not a section's or a place's.
pub(super) fn known_given_name(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(crate::extract::entities::lexicon::is_first_name)
}

/// What a byline or date line says.
pub(super) struct Meta {
    pub byline: Option<String>,
    pub dates: Vec<DateLine>,
}

/// Reads a header line as byline and/or dates: "By A and B", "Posted by A", "A - May 1, 2020",
/// "May 2, 2023 by A", "Published Jun. 30, 2021 | Updated Jul. 1, 2021", "By A | Staff Writer".
pub(super) fn read_meta(text: &str, profile: Option<&Profile>) -> Option<Meta> {
    let mut meta = Meta {
        byline: None,
        dates: Vec::new(),
    };
    let unglued = GLUED_DATE.replace(text, "$1 | $2");
    let unglued = unglue_slashes(&unglued);
    // "March 4, 2024 Updated March 5, 2024": the second date is its own, labelled part.
    let updated = names_an_update(&unglued)
        .then(|| UPDATED_AFTER.captures(&unglued))
        .flatten();
    let unglued = match updated {
        Some(c)
            if metadata::find_date(&unglued[..c.get(1).unwrap().end()]).is_some()
                && metadata::find_date(&unglued[c.get(2).unwrap().start()..]).is_some() =>
        {
            std::borrow::Cow::Owned(UPDATED_AFTER.replace(&unglued, "$1 | $2").into_owned())
        }
        _ => unglued,
    };
    let parts: Vec<&str> = META_SEP
        .split(&unglued)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut any = false;
    // "Pete Evans · CBC News · Posted: Oct 14, 2022": a bare name is the byline when a date shares
    // its line; an outlet name or a relative time ("Last Updated: 24 minutes ago") rides along.
    let dated = parts.len() > 1 && parts.iter().any(|p| metadata::date_line(p).is_some());
    for (n, part) in parts.iter().enumerate() {
        if dated && metadata::is_relative_time(part) {
            continue;
        }
        // "Ann Lee Mar 5, 2024" is a date line with two words to spare, and the two words are the
        // byline: a name run into its date is read first ("Middle East Mar 5, 2024" is no name).
        let with_date = metadata::byline_with_date(part);
        let date = metadata::date_line(part);
        if let Some((b, d)) = with_date
            .filter(|(b, _)| date.is_none() || is_name_like(b) && !metadata::authors(b).is_empty())
        {
            meta.byline.get_or_insert(b);
            meta.dates.push(d);
            any = true;
        } else if let Some(d) = date {
            meta.dates.push(d);
            any = true;
        } else if let Some(b) = metadata::byline(part)
            .or_else(|| profile.and_then(|p| p.byline(part)).map(str::to_owned))
        {
            meta.byline.get_or_insert(b);
            any = true;
        } else if n > 0 && any && metadata::is_role(part) {
            // "By A | Staff Writer": the role is not an author.
        } else if dated && meta.byline.is_none() && n == 0 && (is_name_like(part) || is_desk(part))
        {
            meta.byline = Some(part.to_string());
            any = true;
        } else if dated && n > 0 && n + 1 < parts.len() && any && is_name_like(part) {
            // The outlet or desk between the name and the date.
        } else if dated
            && meta.byline.is_none()
            && n > 0
            && n + 1 == parts.len()
            && any
            && is_name_like(part)
            && short_name(part)
        {
            // "March 5, 2024 | Ann Lee": the date first, the name last.
            meta.byline = Some(part.to_string());
        } else if parts.len() > 1 && n == 0 {
            return None;
        }
    }
    any.then_some(meta)
}

/// A live blog's entry stamp: the time of day an entry was posted, alone or run into its writer's
/// name or a label in capitals ("12:18Ann Lee", "9.05 am Bo Chan", "18:28 KEY EVENT").
static ENTRY_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?i:[ap]\.?m\.?))?\s*(.*)$").unwrap()
});

/// True when `text` is a live blog's entry stamp ([`ENTRY_STAMP`]): furniture between the entries
/// of one story, not the header of another.
pub(super) fn is_entry_stamp(text: &str) -> bool {
    let Some(c) = matching::captures(&ENTRY_STAMP, text.trim()) else {
        return false;
    };
    let rest = c[1].trim();
    rest.is_empty()
        || (rest.split_whitespace().count() <= 4
            && (is_name_like(rest) || rest.chars().all(|ch| !ch.is_lowercase())))
}

/// True when `text` is a date or byline line, or a byline run together with a date.
pub(super) fn is_meta_line(text: &str) -> bool {
    read_meta(text, None).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `names_an_update` may test ASCII only: under `(?i)` no other character matches a letter of
    /// "updated" or "modified".
    #[test]
    fn no_letter_beyond_ascii_folds_onto_an_update_word() {
        let letters = Regex::new(r"(?i)^[updatemoifd]$").unwrap();
        let folding: Vec<char> = (0x80..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| letters.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert_eq!(folding, Vec::<char>::new());
        // The way of looking finds a fold where there is one: the Kelvin sign is a `k`.
        assert!(Regex::new(r"(?i)^k$").unwrap().is_match("\u{212A}"));
        assert!(names_an_update("Ann Lee | Mar 4, 2024 UPDATED 10:15"));
        assert!(!names_an_update("Ann Lee | Mar 4, 2024"));
    }

    /// `is_contact` accepts exactly what the one pattern it replaced did.
    #[test]
    fn contacts_are_read_as_the_single_pattern_did() {
        let single = Regex::new(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30})$").unwrap();
        let pieces = [
            "@",
            "a",
            "ann",
            "lee",
            "Łódź",
            "_",
            "9",
            ".",
            "-",
            "+",
            " ",
            "é",
            "\u{301}",
            "’",
            "example.org",
            "x",
        ];
        let lines =
            crate::extract::captions::tests::lines_of(&pieces, 0x51ed_270b_8c3a_9e41, 40_000);
        let mut handles = 0;
        for line in lines.iter().chain(&["@ab".to_owned(), "@a".to_owned()]) {
            let expected = single.is_match(line);
            handles += usize::from(expected && line.starts_with('@'));
            assert_eq!(is_contact(line), expected, "{line:?}");
        }
        // Handles of 30 and 31 characters, either side of the bound.
        assert!(is_contact(&format!("@{}", "a".repeat(30))));
        assert!(!is_contact(&format!("@{}", "a".repeat(31))));
        assert!(
            handles > 100,
            "only {handles} handles: the test reads too little"
        );
    }

    /// The split pattern strips exactly what the one pattern it replaced did.
    #[test]
    fn places_are_stripped_as_the_single_pattern_did() {
        let single = Regex::new(r"\s+(?:in|from)\s+[A-Z][\p{L} .,'-]{1,40}$").unwrap();
        let pieces = [
            " in ",
            " from ",
            "  ",
            "Lindholm",
            "Ana Ferreira",
            " and ",
            "Łódź",
            "-",
            ",",
            "\t",
            "in",
            "a",
            "Zürich of the lakes, far to the south",
            "3",
        ];
        let lines =
            crate::extract::captions::tests::lines_of(&pieces, 0x2545_f491_4f6c_dd1d, 40_000);
        let mut stripped = 0;
        for line in &lines {
            let expected = single
                .find(line)
                .map_or(line.as_str(), |m| &line[..m.start()]);
            stripped += usize::from(expected.len() < line.len());
            assert_eq!(strip_place(line), expected, "{line:?}");
        }
        assert!(
            stripped > 100,
            "only {stripped} lines stripped: the test reads too little"
        );
    }

    #[test]
    fn a_time_of_day_with_a_name_or_a_label_is_an_entry_stamp() {
        assert!(is_entry_stamp("12:18Ann Lee"));
        assert!(is_entry_stamp("9.05 am Bo Chan"));
        assert!(is_entry_stamp("18:28KEY EVENT"));
        assert!(is_entry_stamp("21:01"));
        assert!(!is_entry_stamp("12:18 The ferry will not sail today."));
        assert!(!is_entry_stamp("March 4, 2024 12:18"));
    }

    #[test]
    fn a_short_title_case_headline_is_not_a_name() {
        assert!(!is_name_like("Yellow Vests and I"));
        assert!(!is_name_like("Why We Walk"));
        assert!(!is_name_like("Like DailyMail"));
        assert!(!is_name_like("Senior Contributor"));
        assert!(is_name_like("Bruce Y. Lee"));
        assert!(is_name_like("Ann Lee and Bo Chan"));
        assert!(short_name("Marisol Ferreira"));
        assert!(!short_name("Ann Lee, Bo Chan and Cy Dee"));
    }

    #[test]
    fn a_name_beside_its_outlet_or_after_its_date_is_the_byline() {
        assert_eq!(
            name_with_outlet("Ann Lee | The Vell Courier"),
            Some("Ann Lee")
        );
        assert_eq!(name_with_outlet("Ann Lee | Staff Writer"), None);
        assert_eq!(
            name_with_outlet("Ann Lee | alee@vell.example"),
            Some("Ann Lee")
        );
        assert_eq!(name_with_outlet("News | Sport"), None);
        assert_eq!(name_with_outlet("Ann Lee"), None);
        let meta = read_meta("March 5, 2024 | Ann Lee", None).unwrap();
        assert_eq!(meta.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(meta.dates[0].iso, "2024-03-05");
    }
}
