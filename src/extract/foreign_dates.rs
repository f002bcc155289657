//! Dates written in the languages of Europe besides English: a day, a month's name from
//! `data/month-names.txt` and a year ("3. März 2024", "12 mars 2024", "5 de marzo de 2024",
//! "1er avril 2024"), and the words a date line in those languages prints around its date
//! (`data/date-words.txt`, `data/updated-words.txt`). The grammar is one for all of them: these
//! languages put the day first, with at most a full stop or an ordinal ending after it and a "de"
//! around the month; which words are months is the data's.

use crate::extract::words::{DATE_WORDS, MONTH_NAMES, UPDATED_WORDS};
use regex::Regex;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Day, month word, year. The month word is any run of letters, judged against the month list, so a
/// list entry needs no regex of its own.
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(\d{1,2})(?:\.|º|°|er|e)?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:del?\s+)?(\d{4})\b",
    )
    .unwrap()
});

/// The month list as name → number.
static MONTHS: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    MONTH_NAMES
        .iter()
        .filter_map(|entry| {
            let (name, number) = entry.rsplit_once(' ')?;
            Some((name, number.parse().ok()?))
        })
        .collect()
});

/// The month `word` names in one of the listed languages.
fn month(word: &str) -> Option<u32> {
    MONTHS
        .get(crate::extract::words::lowercase(word).as_str())
        .copied()
}

/// The first day-first date with a listed month's name in `s`: year, month, day and the bytes it
/// covers. The day is not checked against the month here; the caller's calendar does that.
pub(crate) fn day_month_year(s: &str) -> Option<(u32, u32, u32, std::ops::Range<usize>)> {
    DAY_MONTH_YEAR.captures_iter(s).find_map(|c| {
        let m = month(&c[2])?;
        Some((c[3].parse().ok()?, m, c[1].parse().ok()?, c.get(0)?.range()))
    })
}

/// True when `word` (lower case) is one a date line of these languages prints beside its date.
pub(crate) fn is_date_word(word: &str) -> bool {
    DATE_WORDS.contains(word)
}

/// True when `line` says, in one of these languages, that its date is the last update's.
pub(crate) fn says_updated(line: &str) -> bool {
    line.split(|c: char| !c.is_alphabetic()).any(|w| {
        !w.is_empty() && UPDATED_WORDS.contains(crate::extract::words::lowercase(w).as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_a_listed_month_and_a_year_in_the_usual_forms() {
        let d = |s: &str| day_month_year(s).map(|(y, m, d, _)| (y, m, d));
        assert_eq!(d("3. März 2024"), Some((2024, 3, 3)));
        assert_eq!(d("12 mars 2024"), Some((2024, 3, 12)));
        assert_eq!(d("5 de marzo de 2024"), Some((2024, 3, 5)));
        assert_eq!(d("le 1er avril 2024 à 10h30"), Some((2024, 4, 1)));
        assert_eq!(d("12 DÉC. 2023"), Some((2023, 12, 12)));
        assert_eq!(d("3 people in 2024"), None);
    }
}
