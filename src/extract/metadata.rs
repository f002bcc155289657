//! Article metadata read from single lines: date lines ("Updated Apr 11, 2023 - World", "Published
//! 10:42 AM EDT, May 17, 2017", "17 May 2017", ISO), bylines ("By A and B", "By X Staff") and the
//! authors they name. Each function looks at one whole line, so a date inside a caption or a sentence
//! is never mistaken for the article's date: the line must be mostly date.

use crate::extract::matching;
use regex::Regex;
use std::sync::LazyLock;

pub(crate) const MONTHS: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

static MDY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b({MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
    ))
    .unwrap()
});
/// "4 March 2024", "4th Mar, 2024", and "4-Mar-2024" as logs and some CMSs print it.
static DMY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)({MONTHS})\.?,?(?:\s+|-)(\d{{4}})\b"
    ))
    .unwrap()
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?)?\b")
        .unwrap()
});
static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b").unwrap());
/// "2024/03/05", "2024.03.05": year first, then month and day.
static YMD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b").unwrap());
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})(?:[:.]|h)(\d{2})(?::\d{2})?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*\b(UTC|GMT|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|IST|IDT|EET|EEST|MSK|JST|KST|HKT|SGT|AEST|AEDT|SAST|WAT|CAT|EAT|NZST|NZDT|ET|CT|MT|PT)\b)?")
        .unwrap()
});
static UTC_OFFSET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*([+-])(\d{1,2})(?::?(\d{2}))?\b").unwrap());
static BARE_OFFSET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:UTC|GMT)?\s*([+-])(\d{2}):?(\d{2})\b").unwrap());
static YEAR_TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b((?:19|20)\d{2})(\d{1,2}:\d{2})").unwrap());
/// Words a date line may carry besides the date itself.
static DATE_FILLER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(published|updated|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|utc|gmt|edt|est|cdt|cst|pdt|pst|bst|cet|cest|ist|idt|et|ct|mt|pt|first|date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|and|time|reading|min|read|minutes?)\b")
        .unwrap()
});
/// "Updated Apr 11, 2023 - World", "Posted March 4, 2024 in Local News": a section after a dash or
/// "in" at the end of a date line.
static SECTION_AFTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\d{4}(?:\s+[-–—|]|,?\s+in)\s+([A-Z][A-Za-z&' ]{1,30})$").unwrap()
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(?:by)+|written by|words by|story by|reporting by|reported by|posted by|published by|(?:opinion|analysis|commentary|column|review|interview|perspective)\s+by|author|authors|(?:words|text|story|reporting|writer|reporter)\s*:)[:\s]+(\S.{1,150})$").unwrap()
});
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^((senior|chief|staff|contributing|special|deputy|associate|managing|political|foreign|business|sports?|investigative)\s+)*(writer|reporter|editor|correspondent|contributor|columnist|journalist|photographer|producer|analyst|intern)s?$").unwrap()
});
/// "May 2, 2023 by Name": a date line followed by the byline.
static DATE_THEN_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(.{6,60}?)\s+(?:by|posted by)\s+(\S.{1,80})$").unwrap());
static AUTHOR_SPLIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s*(?:,\s*and\s+|,|\band\b|&|\|)\s*").unwrap());

/// A date found in a date line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateLine {
    /// ISO-8601: the date, plus the time when the line gives one.
    pub iso: String,
    pub updated: bool,
    pub section: Option<String>,
    /// Written in numbers that read either way ("04/03/2026") and read month first, as US pages
    /// write them: the rest of the page may show it is day first (see [`day_first_page`]).
    pub either_way: bool,
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months
        .iter()
        .position(|m| lower.starts_with(m))
        .map(|i| i as u32 + 1)
}

/// A real calendar date in the years web pages are dated: "31 February" is a typo, not a date.
fn valid(y: u32, m: u32, d: u32) -> bool {
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2100).contains(&y) && (1..=days).contains(&d)
}

/// A machine timestamp's parts (`YYYY-MM-DD`, `HH:MM[:SS]`, `Z` or `±HH[:]MM`) as the contract's
/// ISO-8601, or `None` when the date is no calendar date. A time that is no clock time ("24:00",
/// "10:75") is left out, and so is an offset no zone has, rather than storing what cannot be parsed.
pub(crate) fn iso_timestamp(date: &str, time: Option<&str>, zone: Option<&str>) -> Option<String> {
    let num = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let mut parts = date.splitn(3, '-');
    let (y, m, d) = (
        num(parts.next()?)?,
        num(parts.next()?)?,
        num(parts.next()?)?,
    );
    if date.len() != 10 || !valid(y, m, d) {
        return None;
    }
    let mut iso = date.to_owned();
    let Some(time) = time else {
        return Some(iso);
    };
    let clock: Option<Vec<u32>> = time.split(':').map(num).collect();
    let clock_ok = match clock.as_deref() {
        Some([h, min]) | Some([h, min, _]) if *h > 23 || *min > 59 => false,
        Some([_, _]) => true,
        Some([_, _, sec]) => *sec <= 59,
        _ => false,
    };
    if !clock_ok {
        return Some(iso);
    }
    iso.push('T');
    iso.push_str(time);
    let zone = zone.and_then(|z| {
        if z == "Z" {
            return Some("Z".to_owned());
        }
        let (sign, rest) = z.split_at_checked(1)?;
        let digits = rest.replace(':', "");
        let (oh, om) = (num(digits.get(..2)?)?, num(digits.get(2..)?)?);
        (digits.len() == 4 && matches!(sign, "+" | "-") && oh <= 14 && om <= 59)
            .then(|| format!("{sign}{oh:02}:{om:02}"))
    });
    if let Some(zone) = zone {
        iso.push_str(&zone);
    }
    Some(iso)
}

/// The first calendar date in `s` as `YYYY-MM-DD` and the byte range it covers.
pub fn find_date(s: &str) -> Option<(String, std::ops::Range<usize>)> {
    // Most lines asked hold no date, and these tests skip the searches that cannot find one. Every
    // pattern needs a digit, and a date matched in other digits than ASCII ("٢٠٢٣") ends in `None`
    // anyway, where its number fails to parse. When the line has no digits but ASCII, every pattern
    // but NUMERIC needs four in a row.
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let ascii_digits = s.is_ascii() || !s.chars().any(|c| !c.is_ascii() && c.is_numeric());
    if ascii_digits && !has_digit_run(s, 4) {
        return numeric_date(s);
    }
    // "Dec 20 201610:32 AM": a year run into the time that follows it. The dates are read from a
    // copy with a space put between them; `inserted` maps the copy's offsets back to the caller's.
    let spaced;
    let inserted: Vec<usize> = YEAR_TIME
        .captures_iter(s)
        .filter_map(|c| c.get(1).map(|m| m.end()))
        .collect();
    let s = if inserted.is_empty() {
        s
    } else {
        spaced = YEAR_TIME.replace_all(s, "$1 $2").into_owned();
        spaced.as_str()
    };
    let original = |at: usize| {
        at - inserted
            .iter()
            .enumerate()
            .filter(|&(k, &i)| i + k < at)
            .count()
    };
    let mut found: Vec<(usize, String, std::ops::Range<usize>)> = Vec::new();
    if let Some(c) = matching::captures(&MDY, s) {
        let (m, d, y) = (month_number(&c[1])?, c[2].parse().ok()?, c[3].parse().ok()?);
        if valid(y, m, d) {
            let r = c.get(0)?.range();
            found.push((r.start, format!("{y:04}-{m:02}-{d:02}"), r));
        }
    }
    if let Some(c) = matching::captures(&DMY, s) {
        let (d, m, y) = (c[1].parse().ok()?, month_number(&c[2])?, c[3].parse().ok()?);
        if valid(y, m, d) {
            let r = c.get(0)?.range();
            found.push((r.start, format!("{y:04}-{m:02}-{d:02}"), r));
        }
    }
    if let Some(c) = matching::captures(&ISO, s)
        && let Some(iso) = iso_timestamp(
            &c[1],
            c.get(2).map(|m| m.as_str()),
            c.get(3).map(|m| m.as_str()),
        )
    {
        let r = c.get(0)?.range();
        found.push((r.start, iso, r));
    }
    if let Some(c) = matching::captures(&YMD, s) {
        let (y, m, d) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
        if valid(y, m, d) {
            let r = c.get(0)?.range();
            found.push((r.start, format!("{y:04}-{m:02}-{d:02}"), r));
        }
    }
    // "3. März 2024", "5 de marzo de 2024": another language's month name, the day first.
    if let Some((y, m, d, r)) = crate::extract::foreign_dates::day_month_year(s)
        && valid(y, m, d)
    {
        found.push((r.start, format!("{y:04}-{m:02}-{d:02}"), r));
    }
    if found.is_empty() {
        let (iso, r) = numeric_date(s)?;
        found.push((r.start, iso, r));
    }
    found
        .into_iter()
        .min_by_key(|f| f.0)
        .map(|(_, iso, r)| (iso, original(r.start)..original(r.end)))
}

/// True when `s` holds `n` ASCII digits in a row.
pub(super) fn has_digit_run(s: &str, n: usize) -> bool {
    let mut run = 0;
    s.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run >= n
    })
}

/// The first all-numeric date ("5/3/2024", "12.16.16") in `s`, when it is a calendar date. `None`
/// also when its numbers fail to parse, as `find_date` has it.
fn numeric_date(s: &str) -> Option<(String, std::ops::Range<usize>)> {
    let c = matching::captures(&NUMERIC, s)?;
    // US pages dominate the copies morgue sees, so month/day/year unless the first number cannot
    // be a month.
    let (a, b, y): (u32, u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    // "12/16/16": a two-digit year is this century's.
    let y = if y < 100 { 2000 + y } else { y };
    // Dots are the day-first countries' way ("05.03.2024" is 5 March), slashes the US's.
    let day_first = &c[0][c[1].len()..=c[1].len()] == ".";
    let (m, d) = if a > 12 || (day_first && b <= 12) {
        (b, a)
    } else {
        (a, b)
    };
    valid(y, m, d).then(|| (format!("{y:04}-{m:02}-{d:02}"), c.get(0).unwrap().range()))
}

fn tz_offset(tz: &str) -> Option<&'static str> {
    Some(match tz.to_ascii_uppercase().as_str() {
        "UTC" | "GMT" => "Z",
        "EDT" => "-04:00",
        "EST" | "CDT" => "-05:00",
        "CST" | "MDT" => "-06:00",
        "MST" | "PDT" => "-07:00",
        "PST" => "-08:00",
        "BST" | "CET" => "+01:00",
        "CEST" => "+02:00",
        "IST" => "+05:30",
        "IDT" | "EEST" | "MSK" | "EAT" => "+03:00",
        "EET" | "SAST" | "CAT" => "+02:00",
        "WAT" => "+01:00",
        "JST" | "KST" => "+09:00",
        "HKT" | "SGT" => "+08:00",
        "AEST" => "+10:00",
        "AEDT" => "+11:00",
        "NZST" => "+12:00",
        "NZDT" => "+13:00",
        _ => return None,
    })
}

/// "10:15 AM ET": a US zone written without saying whether summer time holds, as US pages print
/// it. Its offset on the date `iso` opens with: summer time from the second Sunday of March to the
/// first Sunday of November (the rule since 2007; the 2 a.m. change is not told apart).
fn us_zone_offset(zone: &str, iso: &str) -> Option<String> {
    let standard: i32 = match zone.to_ascii_uppercase().as_str() {
        "ET" => -5,
        "CT" => -6,
        "MT" => -7,
        "PT" => -8,
        _ => return None,
    };
    let num = |r: std::ops::Range<usize>| iso.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    // 1970-01-01 was a Thursday; 0 = Sunday.
    let first_sunday = |m: i64| 1 + (7 - (days_from_civil(y, m, 1) + 4).rem_euclid(7)) % 7;
    let summer = (m, d) >= (3, first_sunday(3) + 7) && (m, d) < (11, first_sunday(11));
    Some(format!("{:+03}:00", standard + i32::from(summer)))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// True when a date's label says the date is the last change's, not the publication's: "Updated",
/// "Last modified", or another language's word for it (`data/updated-words.txt`).
pub(crate) fn says_updated(label: &str) -> bool {
    let lower = label.to_ascii_lowercase();
    lower.contains("updated")
        || lower.contains("modified")
        || crate::extract::foreign_dates::says_updated(label)
}

/// Reads `line` as a date line: a line that is a date with at most a few words around it
/// ("Published", a time, a weekday, "- World"). Anything longer is a sentence, not a date line.
pub fn date_line(line: &str) -> Option<DateLine> {
    let line = line.trim();
    if line.len() > 90 {
        return None;
    }
    let (mut iso, range) = find_date(line)?;
    let mut either_way = reads_either_way(&line[range.clone()]);
    // "04/03/2026 09:00 GMT": a zone of the day-first countries settles it.
    if either_way && DAY_FIRST_ZONE.is_match(line) {
        iso = swap_day_month(&iso);
        either_way = false;
    }
    let section = SECTION_AFTER_DATE
        .captures(line)
        .map(|c| c[1].trim().to_owned());
    let mut rest = format!("{} {}", &line[..range.start], &line[range.end..]);
    if let Some(s) = &section {
        rest = rest.replacen(s.as_str(), " ", 1);
    }
    let time = TIME.captures(&rest).and_then(|c| {
        let mut h: u32 = c[1].parse().ok()?;
        let min: u32 = c[2].parse().ok()?;
        let ampm = c.get(3).map(|m| m.as_str().to_ascii_lowercase());
        if let Some(ap) = &ampm {
            if ap.starts_with('p') && h < 12 {
                h += 12;
            } else if ap.starts_with('a') && h == 12 {
                h = 0;
            }
        }
        if h > 23 || min > 59 {
            return None;
        }
        // A numeric offset after the time: "UTC+0000", "GMT+1", "-05:00" (a bare sign needs four
        // digits, so "10:32 AM - 2 min read" is no offset).
        let whole = c.get(0)?;
        let tail = &rest[whole.end()..];
        let utc_named = c.get(4).is_some_and(|m| {
            m.as_str().eq_ignore_ascii_case("utc") || m.as_str().eq_ignore_ascii_case("gmt")
        });
        let offset: Option<&Regex> = if utc_named {
            Some(&UTC_OFFSET)
        } else if c.get(4).is_none() {
            Some(&BARE_OFFSET)
        } else {
            None
        };
        let numeric = offset.and_then(|re| re.captures(tail)).and_then(|o| {
            let oh: u32 = o[2].parse().ok()?;
            let om: u32 = o.get(3).map_or(Some(0), |m| m.as_str().parse().ok())?;
            if oh > 14 || om > 59 {
                None
            } else if oh == 0 && om == 0 {
                Some(("Z".to_owned(), o.get(0)?.end()))
            } else {
                Some((format!("{}{oh:02}:{om:02}", &o[1]), o.get(0)?.end()))
            }
        });
        let end = whole.end() + numeric.as_ref().map_or(0, |n| n.1);
        let tz = numeric
            .map(|n| n.0)
            .or_else(|| {
                c.get(4).and_then(|m| {
                    tz_offset(m.as_str())
                        .map(str::to_owned)
                        .or_else(|| us_zone_offset(m.as_str(), &iso))
                })
            })
            .unwrap_or_default();
        Some((format!("T{h:02}:{min:02}:00{tz}"), whole.start()..end))
    });
    if let Some((t, r)) = &time {
        if !iso.contains('T') {
            iso.push_str(t);
        }
        rest.replace_range(r.clone(), " ");
    }
    let rest = DATE_FILLER.replace_all(&rest, " ");
    let leftover_words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            w.chars().any(char::is_alphabetic)
                && !crate::extract::foreign_dates::is_date_word(
                    crate::extract::words::lowercase(w).as_str(),
                )
        })
        .count();
    if leftover_words > 2 {
        return None;
    }
    let updated = says_updated(line);
    Some(DateLine {
        iso,
        updated,
        section,
        either_way,
    })
}

/// Zones of countries that write the day first (Europe, Africa, Asia, Oceania).
static DAY_FIRST_ZONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:GMT|BST|WET|WEST|CET|CEST|EET|EEST|MSK|IST|SAST|WAT|CAT|EAT|AEST|AEDT|ACST|AWST|NZST|NZDT)\b").unwrap()
});

/// True when `date` is all numbers with slashes whose first two could each be the month
/// ("04/03/2026").
fn reads_either_way(date: &str) -> bool {
    let Some(c) = NUMERIC.captures(date) else {
        return false;
    };
    let (Ok(a), Ok(b)) = (c[1].parse::<u32>(), c[2].parse::<u32>()) else {
        return false;
    };
    c[0].len() == date.len()
        && date.contains('/')
        && a != b
        && (1..=12).contains(&a)
        && (1..=12).contains(&b)
}

/// "2026-04-03..." → "2026-03-04...": the date read the other way round.
pub fn swap_day_month(iso: &str) -> String {
    match (iso.get(..5), iso.get(5..7), iso.get(8..10), iso.get(10..)) {
        (Some(y), Some(m), Some(d), Some(rest)) => format!("{y}{d}-{m}{rest}"),
        _ => iso.to_owned(),
    }
}

/// Country domains whose pages do not write the day first, or that sites take as generic names.
const NOT_DAY_FIRST_DOMAINS: &[&str] = &[
    "us", "ca", "ph", "io", "co", "tv", "fm", "me", "ly", "ai", "gg", "to",
];

/// True when a page writes its dates day first: most of its dates in words are ("4 March 2026"
/// over "March 4, 2026"), or, with none either way, its address is under a country's domain
/// where the day comes first (".uk", ".ie", ".in", ".au").
pub fn day_first_page<'a>(lines: impl Iterator<Item = &'a str>, url: Option<&str>) -> bool {
    let (mut day_first, mut month_first) = (0, 0);
    for line in lines.filter(|l| l.len() <= 200 && has_digit_run(l, 4)) {
        day_first += usize::from(DMY.is_match(line));
        month_first += usize::from(MDY.is_match(line));
    }
    if day_first != month_first {
        return day_first > month_first;
    }
    url.and_then(crate::extract::url_host).is_some_and(|host| {
        host.rsplit('.').next().is_some_and(|tld| {
            tld.len() == 2 && !NOT_DAY_FIRST_DOMAINS.contains(&tld.to_ascii_lowercase().as_str())
        })
    })
}

/// "Dec. 1", "1 December", "Nov 19, 6:55 AM": a month and its day, printed without the year.
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:{MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\b\.?)(?:\b|$)"
    ))
    .unwrap()
});

/// Reads `line` as a date line that prints its month and day but no year ("Updated Nov 19, 6:55
/// AM"), dated in `year`: the year another source on the page gives (see [`page_year`]).
pub fn date_line_in_year(line: &str, year: u32) -> Option<DateLine> {
    if line.len() > 60 || find_date(line).is_some() {
        return None;
    }
    let m = MONTH_DAY.find(line)?;
    let end = m.end();
    date_line(&format!("{}, {year}{}", &line[..end], &line[end..]))
}

/// "© 2019 The Vell Courier", "Copyright 2010-2024 ...": the (last) year a copyright notice names.
static COPYRIGHT_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*[-–—]\s*)?((?:19|20)\d{2})\b")
        .unwrap()
});

/// The year a page that prints a date without its year was published in: the year most of the
/// page's other full dates give (related stories, comments, the footer's), else the year of its
/// copyright notice. `None` when the page names no year either way.
pub fn page_year<'a>(lines: impl Iterator<Item = &'a str> + Clone) -> Option<u32> {
    let mut counts: Vec<(u32, usize)> = Vec::new();
    for line in lines.clone().filter(|l| l.len() <= 200) {
        let Some((iso, _)) = find_date(line) else {
            continue;
        };
        let Ok(year) = iso[..4].parse::<u32>() else {
            continue;
        };
        match counts.iter_mut().find(|(y, _)| *y == year) {
            Some((_, n)) => *n += 1,
            None => counts.push((year, 1)),
        }
    }
    // The most frequent year; of two as frequent, the later.
    if let Some(&(year, _)) = counts.iter().max_by_key(|&&(y, n)| (n, y)) {
        return Some(year);
    }
    lines
        .filter_map(|l| COPYRIGHT_YEAR.captures(l))
        .filter_map(|c| c[1].parse().ok())
        .last()
}

/// The byline in `line` ("By A and B" → "A and B"), if the line is one.
pub fn byline(line: &str) -> Option<String> {
    // "ByAnn Lee": a copy glues the label's element to the name's.
    static GLUED_BY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^By(\p{Lu}[\p{Ll}'’].{1,150})$").unwrap());
    let line = line.trim();
    let Some(c) = matching::captures(&BYLINE, line).or_else(|| matching::captures(&GLUED_BY, line))
    else {
        // "Von Anna Berger", "Contributors: A, B and C": another label, names only after it.
        return crate::extract::byline_labels::labelled_byline(line);
    };
    let cleaned = clean_name(&c[1]);
    let text = cleaned.trim_end_matches(['.', ',', '|']).trim();
    // A byline names people; a sentence starting "By the time ..." does not.
    let first = text.split_whitespace().next()?;
    if !first.chars().next()?.is_uppercase() || text.split_whitespace().count() > 16 {
        return None;
    }
    let lower = text.to_lowercase();
    if ["the time", "the way", "the end", "then", "now"]
        .iter()
        .any(|w| lower.starts_with(w))
    {
        return None;
    }
    Some(text.to_owned())
}

/// A byline run together with a date ("Jane Doe - Aug 10, 2016 11:15 am UTC", "By A Lee Dec 10,
/// 2016"): the byline and the date line read from what is left.
pub fn byline_with_date(line: &str) -> Option<(String, DateLine)> {
    let line = line.trim();
    if line.len() > 160 {
        return None;
    }
    if let Some(c) = matching::captures(&DATE_THEN_BY, line)
        && let Some(date) = date_line(&c[1])
    {
        let name = clean_name(c[2].trim_end_matches(['.', ',']));
        return name
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then_some((name, date));
    }
    let (_, range) = find_date(line)?;
    let before = line[..range.start]
        .trim()
        .trim_end_matches(['-', '–', '—', '|', ',', '·', '•'])
        .trim();
    if before.is_empty() {
        return None;
    }
    let stripped = BYLINE
        .captures(before)
        .map_or(before, |c| c.get(1).map_or(before, |m| m.as_str()));
    let name = clean_name(stripped);
    let name = name.as_str();
    // "Last Updated Mar 5, 2024": the date's own label, not a name.
    if name
        .split_whitespace()
        .next()
        .is_some_and(|w| DATE_FILLER.find(w).is_some_and(|m| m.len() == w.len()))
    {
        return None;
    }
    // "Tim Lee - Vell Courier Contributor 2019-11-19T12:48:14Z": a dash between the name and the
    // role is no word of either.
    let name_words = || {
        name.split_whitespace()
            .filter(|w| !matches!(*w, "-" | "–" | "—"))
    };
    let words = name_words().count();
    let capitalised = name_words().all(|w| {
        w.chars().next().is_some_and(|c| c.is_uppercase())
            || ["and", "de", "van", "von", "der", "&"].contains(&w)
    });
    if !(2..=10).contains(&words) || !capitalised {
        return None;
    }
    let date = date_line(&line[range.start..])?;
    Some((name.to_owned(), date))
}

/// "Howard BlumeStaff Writer": a role run into the name.
static GLUED_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([a-z])((?:Staff|Senior|Contributing|Chief) )?(Writer|Reporter|Correspondent|Editor|Columnist)$").unwrap()
});
static NAME_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(\s*@\w+.*|\s+(published|posted|updated|filed) (in|on|under)\b.*|\s+on\s*(mon|tue|wed|thu|fri|sat|sun)?\w*\.?$|\s+(on|at|in|-|–|—|•|·|\|)\s*$)").unwrap()
});

/// A byline's names without what follows them on the line: a social handle, "Published in …",
/// a dangling "on" left where a date was cut off.
fn clean_name(raw: &str) -> String {
    let mut s = GLUED_ROLE.replace(raw.trim(), "$1").into_owned();
    loop {
        let next = NAME_TAIL
            .replace(&s, "")
            .trim()
            .trim_end_matches([',', '-', '|', '•', '·'])
            .trim()
            .to_owned();
        if next == s {
            return s;
        }
        s = next;
    }
}

/// "3 hours ago", "a day ago": a time told relative to the page's reading.
const TIME_AGO: &str =
    r"(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago";

static RELATIVE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s*)?{TIME_AGO}$|^(?:(?:last\s+)?(?:updated|published|posted)\s*:?\s*)?(?:just now|yesterday|today)$")).unwrap()
});

/// True when `text` ends in a time ago, as a header line may after the names ("Ann Lee and Bo
/// Chan 3 days ago").
pub fn ends_in_time_ago(text: &str) -> bool {
    static AT_END: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)\b{TIME_AGO}$")).unwrap());
    AT_END.is_match(text.trim())
}

/// True when `text` is a time relative to now ("Updated 2 hours ago", "Last Updated: 24 minutes
/// ago", "Published yesterday"): it says when the page was read, so it is never a date.
pub fn is_relative_time(text: &str) -> bool {
    RELATIVE_TIME.is_match(text.trim())
}

static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|\.html?|$)").unwrap()
});

/// The date in a page address's path ("…/2016/11/29/slug", "…/2016-11-29-slug"), if it has one.
pub fn url_date(url: &str) -> Option<String> {
    let (y, m, d) = match URL_DATE.captures(url) {
        Some(c) => (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?),
        None => url_month_day(url)?,
    };
    valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// "…/2015/08/150803-slug": a year and month folder, then a slug opening with the same date as
/// YYMMDD, which gives the day.
fn url_month_day(url: &str) -> Option<(u32, u32, u32)> {
    static MONTH_THEN_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"/((?:19|20)(\d{2}))/(\d{2})/(\d{2})(\d{2})(\d{2})[-_.]").unwrap()
    });
    let c = MONTH_THEN_DAY.captures(url)?;
    (c[2] == c[4] && c[3] == c[5]).then_some(())?;
    Some((c[1].parse().ok()?, c[3].parse().ok()?, c[6].parse().ok()?))
}

/// "Ann Lee is a reporter at The Vell Courier.", "Ann Lee covers transport for ...": a writer's
/// bio, which names the writer; the name (two to four capitalised words, particles allowed).
static BIO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|du|la|le|al|el|bin|ben)){1,3})\s+(?:is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|producer|critic)s?\b|covers\s|writes\s+(?:about|on|for)\s|reports\s+(?:on|for)\s)").unwrap()
});

/// The writer a short bio at the foot of a story names ("Ann Lee is a reporter at ..."), if the
/// text is one: at most 40 words and no quotation.
pub fn bio_name(text: &str) -> Option<String> {
    if text.split_whitespace().count() > 40 || text.contains(['"', '“', '”']) {
        return None;
    }
    let name = BIO.captures(text.trim())?.get(1)?.as_str();
    (!is_role(name)).then(|| name.to_owned())
}

/// True when `text` ends in a job title ("Vell Courier Business Reporter").
fn ends_in_role(text: &str) -> bool {
    text.char_indices()
        .filter(|&(_, c)| c.is_whitespace())
        .any(|(at, _)| is_role(&text[at..]))
}

/// True when `text` is a job title ("Staff Writer"), not a name.
pub fn is_role(text: &str) -> bool {
    ROLE.is_match(text.trim())
}

/// What a byline's line leaves around a name: a date's label run into it ("Al Root Updated" before
/// "Nov. 19, 2019"), a role after a dash ("Tim Childers - Live Science Contributor"), a stray
/// separator at its end ("Cat Lafuente/").
fn clean_author(part: &str) -> String {
    static LABEL_TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s+(?:updated|published|posted|modified|last updated)\s*:?$").unwrap()
    });
    static ROLE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\s+[-–—]\s+[\p{L} .'&-]*\b(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|photographer|producer|analyst|intern)s?$").unwrap()
    });
    let trim = |s: &str| {
        s.trim()
            .trim_end_matches(['.', '/', '\\', ':', '-', '–', '—', '|'])
            .trim()
            .to_owned()
    };
    let part = trim(part);
    let part = LABEL_TAIL.replace(&part, "");
    let part = without_role_after(&trim(&ROLE_TAIL.replace(&part, ""))).to_owned();
    without_outlet_in_capitals(without_credentials(&part)).to_owned()
}

/// A name without the credentials printed after it ("Ann Lee MS RDN" → "Ann Lee"); a part that is
/// only credentials ("RDN", split off at its comma) is left empty.
fn without_credentials(part: &str) -> &str {
    let mut rest = part.trim_end();
    loop {
        let (head, last) = rest.rsplit_once(' ').unwrap_or(("", rest));
        let word = last.trim_end_matches(',').replace('.', "");
        // A name in capitals throughout ("KEVIN MA") may end in letters that look like a degree.
        let capital_name = !head.is_empty() && !head.chars().any(char::is_lowercase);
        if capital_name || !crate::extract::words::CREDENTIALS.contains(word.as_str()) {
            return rest;
        }
        rest = head.trim_end().trim_end_matches(',').trim_end();
        if rest.is_empty() {
            return rest;
        }
    }
}

/// "Kevin McCoy USA TODAY": an outlet in capitals run into a name written in mixed case is not part
/// of the name. A name in capitals throughout ("JANIE HAR") and a suffix ("III") keep their words.
fn without_outlet_in_capitals(part: &str) -> &str {
    let words: Vec<(usize, &str)> = part
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - part.as_ptr() as usize, w))
        .collect();
    let capitals = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(char::is_lowercase)
            && !crate::extract::words::NAME_SUFFIXES
                .contains(crate::extract::words::lowercase(w).as_str())
    };
    let Some(first_caps) = words.iter().position(|(_, w)| capitals(w)) else {
        return part;
    };
    let mixed_before = first_caps >= 2
        && words[..first_caps]
            .iter()
            .all(|(_, w)| w.chars().any(char::is_lowercase));
    if mixed_before && words[first_caps..].iter().all(|(_, w)| capitals(w)) {
        part[..words[first_caps].0].trim_end()
    } else {
        part
    }
}

/// A name with its job title after it and nothing between ("Ann Lee Contributor", "Bo Chan Senior
/// Staff Writer"): the name. The title alone ("Staff Writer") is left whole, and so is a name of
/// fewer than two words before it.
fn without_role_after(part: &str) -> &str {
    part.char_indices()
        .filter(|&(i, c)| i > 0 && c.is_whitespace())
        .map(|(i, _)| i)
        .find(|&at| {
            let (name, role) = part.split_at(at);
            name.split_whitespace().count() >= 2 && is_role(role)
        })
        .map_or(part, |at| part[..at].trim_end())
}

/// A weekday left by a date cut out of the byline ("Sherif Saed, Wednesday, 20 November 2019"), a
/// dateline's place ("Reuters, Washington") or the site's address ("Troy Lee, Cleveland.com"): none
/// of them wrote the story.
fn is_not_an_author(part: &str) -> bool {
    static DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|uk|ca|au|in|io|ie|news)$").unwrap()
    });
    static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?$").unwrap()
    });
    WEEKDAY.is_match(part) || DOMAIN.is_match(part) || crate::extract::words::PLACES.contains(part)
}

/// True when `text` is a news agency's name and nothing else ("Reuters", "AFP", "The Associated
/// Press"): the byline of a wire story that names no reporter, where a byline stands.
pub fn is_agency(text: &str) -> bool {
    let t = text.trim().trim_end_matches(['.', ',']);
    t.len() <= 40 && crate::extract::words::NEWS_AGENCIES.contains(t.to_lowercase().as_str())
}

/// True when `text` is a desk's byline: an outlet's name and "Staff" ("The Vell Courier Staff",
/// "VCN STAFF"), a few capitalised words and no sentence.
pub fn is_desk_byline(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("staff"))
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || *w == "&"
        })
}

/// "Ann Lee for The Vell Courier", "Ann Lee, special to the Courier": whom the writer wrote for,
/// which names no author.
static AFFILIATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:,?\s+(?:for|special to|exclusively for|writing for|reporting for)\s+)(?:(?i:the)\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.'’&-]*|of|&))*").unwrap()
});

/// A byline without whom it was written for: "Ann Lee for The Vell Courier" → "Ann Lee".
pub fn without_affiliation(byline: &str) -> std::borrow::Cow<'_, str> {
    AFFILIATION.replace_all(byline, "")
}

/// An outlet's name in a byline's list ("Ann Lee, The Vell Courier"): a person's name never opens
/// with "The".
fn is_outlet_name(part: &str) -> bool {
    let mut words = part.split_whitespace();
    words.next() == Some("The")
        && words.clone().count() >= 1
        && words.all(|w| w.chars().next().is_some_and(char::is_uppercase) || w == "of" || w == "&")
}

/// Where a byline goes on to credit the pictures, the video or the editing ("..., Photos: Bo Chan",
/// "... | Edited by Bo Chan").
static OTHER_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[,|/·•]?\s*\b(?:photos?|photography|pictures?|images?|video|illustrations?|graphics|editing|edited|produced|design)\s*(?::|by\b)").unwrap()
});

/// The authors a byline names: "A and B" → [A, B]; "A, Reuters" keeps the desk as part of the list.
pub fn authors(byline: &str) -> Vec<String> {
    // "Von Anna Berger", "Contributors: A, B": a label other than "By" names no one.
    let unlabelled = crate::extract::byline_labels::without_label(byline.trim());
    let cleaned = without_affiliation(&unlabelled);
    // "Reporting by Ann Lee; Editing by Bo Chan", "Text: Ann Lee, Photos: Bo Chan": the credits
    // after the writer's are not bylines.
    let cleaned = cleaned.split(';').next().unwrap_or_default().trim();
    let cleaned = match OTHER_CREDIT.find(cleaned) {
        Some(m) if m.start() > 0 => cleaned[..m.start()].trim(),
        _ => cleaned,
    };
    // A date or time run into the byline ("Jane Doe | May 1, 2020") is not an author.
    let cleaned = match find_date(cleaned) {
        Some((_, r)) if r.start > 0 => {
            cleaned[..r.start].trim_end_matches([' ', '|', ',', '-', '–', '—'])
        }
        _ => cleaned,
    };
    // "Ann Lee and Bo Chan, Vell Courier Business Reporters": what follows a comma and ends in a
    // job title describes the names before it; a part of its own that is only a title ("Staff
    // Writer") is dropped below.
    let described = cleaned.rsplit_once(',').filter(|(_, after)| {
        let after = after.trim();
        after.split_whitespace().count() > 2 && !after.contains(" and ") && ends_in_role(after)
    });
    let cleaned = described.map_or(cleaned, |(names, _)| names.trim());
    let all: Vec<String> = AUTHOR_SPLIT
        .split(cleaned)
        .map(clean_author)
        .filter(|a| !a.is_empty() && a.chars().any(char::is_alphabetic) && !is_not_an_author(a))
        .collect();
    // "Jane Doe, Staff Writer" drops the role, "Jane Doe, The Vell Courier" the outlet; a desk
    // byline ("Staff Reporter") is the author.
    let named: Vec<String> = all
        .iter()
        .filter(|a| !is_role(a) && !is_outlet_name(a))
        .cloned()
        .collect();
    let chosen = if named.is_empty() { all } else { named };
    chosen.into_iter().map(title_case_if_shouted).collect()
}

/// "BY JANE DOE": a byline set in capitals names "Jane Doe", as the archive files people. Only a
/// name of two words or more in capitals throughout: an agency's initials ("AFP") stay as they are.
/// Both front ends file their authors through it, so one writer is one author whatever the page.
pub fn title_case_if_shouted(name: String) -> String {
    let letters = || name.chars().filter(|c| c.is_alphabetic());
    let long_words = name
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    if long_words < 2 || letters().any(char::is_lowercase) || !letters().any(char::is_uppercase) {
        return name;
    }
    // A capital opens each word and each part after a hyphen or an apostrophe ("O'Neil-Brant").
    let mut out = String::with_capacity(name.len());
    let mut opens = true;
    for c in name.chars() {
        if opens {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        opens = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines_in_the_usual_forms() {
        let d = date_line("Updated Apr 11, 2023 - World").unwrap();
        assert_eq!(
            (d.iso.as_str(), d.updated, d.section.as_deref()),
            ("2023-04-11", true, Some("World"))
        );
        let d = date_line("Published 10:42 AM EDT, May 17, 2017").unwrap();
        assert_eq!(d.iso, "2017-05-17T10:42:00-04:00");
        assert!(!d.updated);
        assert_eq!(date_line("17 May 2017").unwrap().iso, "2017-05-17");
        assert_eq!(
            date_line("2017-05-17T08:00:00Z").unwrap().iso,
            "2017-05-17T08:00:00Z"
        );
        assert_eq!(
            date_line("Wednesday, May 17, 2017 3:05 p.m.").unwrap().iso,
            "2017-05-17T15:05:00"
        );
        assert_eq!(
            date_line("Mon 13 Mar 2023 07.00 GMT").unwrap().iso,
            "2023-03-13T07:00:00Z"
        );
    }

    #[test]
    fn more_date_forms_and_zones() {
        assert_eq!(date_line("2024/03/05").unwrap().iso, "2024-03-05");
        assert_eq!(date_line("5th March 2024").unwrap().iso, "2024-03-05");
        assert_eq!(
            date_line("March 5, 2024 at 9:30 a.m. EST").unwrap().iso,
            "2024-03-05T09:30:00-05:00"
        );
        assert_eq!(
            date_line("Mon 5 Mar 2024 09.30 GMT").unwrap().iso,
            "2024-03-05T09:30:00Z"
        );
        assert_eq!(
            date_line("Updated: Oct 9, 2019, 11:05 IST").unwrap().iso,
            "2019-10-09T11:05:00+05:30"
        );
        assert_eq!(
            date_line("Fri Sep 30 2016 15:13 UTC+0000").unwrap().iso,
            "2016-09-30T15:13:00Z"
        );
        assert_eq!(
            date_line("Posted 5 March 2024 09:30 +0100").unwrap().iso,
            "2024-03-05T09:30:00+01:00"
        );
        // A dash before a reading time is not an offset.
        assert_eq!(
            date_line("Dec 20, 2016 10:32 AM - 2 min read").unwrap().iso,
            "2016-12-20T10:32:00"
        );
    }

    #[test]
    fn what_a_byline_line_leaves_around_a_name_is_not_an_author() {
        assert_eq!(authors("Ann Lee Updated"), ["Ann Lee"]);
        assert_eq!(
            authors("Ann Lee - Harbour Science Contributor"),
            ["Ann Lee"]
        );
        assert_eq!(authors("Ann Lee/"), ["Ann Lee"]);
        assert_eq!(authors("Ann Lee, Wednesday"), ["Ann Lee"]);
        assert_eq!(authors("Reuters, Washington,"), ["Reuters"]);
        assert_eq!(authors("Troy Lee, Cleveland.com"), ["Troy Lee"]);
        // A name is not cut where it only looks like a tail.
        assert_eq!(authors("Ann Lee-Marsh"), ["Ann Lee-Marsh"]);
        assert_eq!(authors("Sunday Okafor"), ["Sunday Okafor"]);
        assert_eq!(authors("Ann Lee Contributor"), ["Ann Lee"]);
        assert_eq!(authors("Bo Chan Senior Staff Writer"), ["Bo Chan"]);
        assert_eq!(authors("Staff Writer"), ["Staff Writer"]);
        assert_eq!(authors("ANN LEE AND BO CHAN"), ["Ann Lee", "Bo Chan"]);
    }

    #[test]
    fn relative_times_and_url_dates() {
        assert!(is_relative_time("Updated 2 hours ago"));
        assert!(is_relative_time("Last Updated: 24 minutes ago"));
        assert!(is_relative_time("Published yesterday"));
        assert!(!is_relative_time("Published Mar 5, 2024"));
        assert!(date_line("Published 3 hours ago").is_none());
        assert_eq!(
            url_date("https://example.com/news/2016/11/29/why-it-matters").as_deref(),
            Some("2016-11-29")
        );
        assert_eq!(
            url_date("https://example.com/2024-03-05-ferry.html").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(url_date("https://example.com/news/2016/ferry-story"), None);
        assert_eq!(url_date("https://example.com/2016/13/45/x"), None);
        assert_eq!(
            url_date("https://news.example/energy/2015/08/150803-office-heating.html").as_deref(),
            Some("2015-08-03")
        );
        // The slug's date must agree with its folders.
        assert_eq!(
            url_date("https://news.example/2015/08/160803-office.html"),
            None
        );
    }

    #[test]
    fn a_date_inside_a_sentence_or_caption_is_not_a_date_line() {
        assert!(
            date_line("President Trump talks to reporters, May 22, 2017, in Jerusalem.").is_none()
        );
        assert!(date_line("The meeting was held on May 10, 2017 at the White House").is_none());
        assert!(date_line("No date here").is_none());
    }

    #[test]
    fn bylines_and_their_authors() {
        assert_eq!(
            byline("By World Israel News Staff").as_deref(),
            Some("World Israel News Staff")
        );
        assert_eq!(
            authors("World Israel News Staff"),
            vec!["World Israel News Staff"]
        );
        assert_eq!(
            authors("Ann Lee, Bo Chan and Cy Dee"),
            vec!["Ann Lee", "Bo Chan", "Cy Dee"]
        );
        assert_eq!(authors("Ann Lee | May 1, 2020"), vec!["Ann Lee"]);
        assert_eq!(authors("ANN LEE | Staff Writer"), vec!["Ann Lee"]);
        let (b, d) = byline_with_date("May 2, 2023 by Ann Lee").unwrap();
        assert_eq!((b.as_str(), d.iso.as_str()), ("Ann Lee", "2023-05-02"));
        assert!(byline("By the time we arrived, it was over.").is_none());
        assert_eq!(byline("Words: Ann Lee").as_deref(), Some("Ann Lee"));
        assert!(byline("Words matter most").is_none());
        let (b, d) = byline_with_date("Ann Lee Mar 5, 2024").unwrap();
        assert_eq!((b.as_str(), d.iso.as_str()), ("Ann Lee", "2024-03-05"));
        assert!(byline_with_date("Last Updated Mar 5, 2024").is_none());
        assert_eq!(date_line("05.03.2024").unwrap().iso, "2024-03-05");
        assert_eq!(date_line("12.16.16").unwrap().iso, "2016-12-16");
        assert_eq!(date_line("03/05/2024").unwrap().iso, "2024-03-05");
        assert!(byline("by far the largest").is_none());
        assert_eq!(
            authors("Ann Lee and Bo Chan, Vell Courier Business Reporter"),
            vec!["Ann Lee", "Bo Chan"]
        );
        assert_eq!(
            authors("Ann Lee, Bo Chan, Vell Courier Staff Writers"),
            vec!["Ann Lee", "Bo Chan"]
        );
        assert_eq!(authors("Ann Lee | Photos by Bo Chan"), vec!["Ann Lee"]);
        assert_eq!(
            bio_name("Ann Lee is a staff writer at the Courier.").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            bio_name("Ann van Dijk covers courts for the Courier.").as_deref(),
            Some("Ann van Dijk")
        );
        assert!(bio_name("The Courier is a newspaper in Vell.").is_none());
        assert!(bio_name("Ann Lee is a friend of the mayor.").is_none());
    }

    #[test]
    fn numbers_that_read_either_way_are_read_as_the_page_writes_dates() {
        let d = date_line("04/03/2026").unwrap();
        assert_eq!((d.iso.as_str(), d.either_way), ("2026-04-03", true));
        let d = date_line("04/03/2026 09:00 GMT").unwrap();
        assert_eq!(
            (d.iso.as_str(), d.either_way),
            ("2026-03-04T09:00:00Z", false)
        );
        assert!(!date_line("13/03/2026").unwrap().either_way);
        assert!(!date_line("March 4, 2026").unwrap().either_way);
        assert_eq!(
            swap_day_month("2026-04-03T09:00:00Z"),
            "2026-03-04T09:00:00Z"
        );
        assert!(day_first_page(
            ["4 March 2026", "Library opens"].into_iter(),
            None
        ));
        assert!(!day_first_page(
            ["March 4, 2026"].into_iter(),
            Some("https://vell.co.uk/a")
        ));
        assert!(day_first_page(
            ["Home"].into_iter(),
            Some("https://www.vell.co.uk/a")
        ));
        assert!(!day_first_page(
            ["Home"].into_iter(),
            Some("https://vell.example.com/a")
        ));
    }

    #[test]
    fn a_date_without_a_year_takes_the_page_year() {
        assert_eq!(date_line_in_year("Dec. 1", 2024).unwrap().iso, "2024-12-01");
        assert_eq!(
            date_line_in_year("1 December", 2024).unwrap().iso,
            "2024-12-01"
        );
        let d = date_line_in_year("Updated Nov 19, 6:55 AM", 2019).unwrap();
        assert_eq!((d.iso.as_str(), d.updated), ("2019-11-19T06:55:00", true));
        assert!(date_line_in_year("March 4, 2024", 2019).is_none());
        assert!(date_line_in_year("May the best team win", 2019).is_none());
        assert_eq!(
            page_year(["© 2010–2024 Vell Courier"].into_iter()),
            Some(2024)
        );
        assert_eq!(
            page_year(["May 2, 2023", "© 2024 Vell Courier", "June 1, 2023"].into_iter()),
            Some(2023)
        );
        assert_eq!(page_year(["No year here"].into_iter()), None);
    }

    // Found by tests/extract_robustness.rs: typos and impossible stamps came out as "dates".
    #[test]
    fn impossible_dates_and_times_are_not_dates() {
        assert!(date_line("31 February 2023").is_none());
        assert!(date_line("Updated: 31 April 2022 - World").is_none());
        assert!(date_line("02/30/2023").is_none());
        assert_eq!(date_line("Feb 29, 2024").unwrap().iso, "2024-02-29");
        assert!(date_line("Feb 29, 2023").is_none());
        assert!(url_date("https://news.example/2023/02/31/story").is_none());
        // A stamp with no clock time keeps its date only; an offset gets its colon.
        assert_eq!(date_line("2019-11-30T24:00:00Z").unwrap().iso, "2019-11-30");
        assert_eq!(
            date_line("2023-04-30 23:59+0530").unwrap().iso,
            "2023-04-30T23:59+05:30"
        );
        assert_eq!(
            date_line("2023-04-30T10:15:00+99:00").unwrap().iso,
            "2023-04-30T10:15:00"
        );
    }

    // Found by tests/extract_robustness.rs: a year run into a time before the date shifted the
    // date's offsets by the space put between them, past the end of the line.
    #[test]
    fn a_date_after_a_year_run_into_a_time_keeps_its_offsets() {
        let line = "20610:32 1 Jul 2022";
        let (iso, range) = find_date(line).unwrap();
        assert_eq!((iso.as_str(), &line[range]), ("2022-07-01", "1 Jul 2022"));
        assert!(date_line(line).is_some_and(|d| d.iso.starts_with("2022-07-01")));
        let line = "Dec 20 201610:32 AM";
        let (_, range) = find_date(line).unwrap();
        assert_eq!(&line[range], "Dec 20 2016");
        assert_eq!(date_line(line).unwrap().iso, "2016-12-20T10:32:00");
    }
}
