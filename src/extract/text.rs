//! The plain-text extractor: text copied out of a web page in, articles out.
//!
//! A browser copy is one block element per line: the article's paragraphs, separated by blank lines,
//! sit among navigation, widgets, captions and footers. The pipeline:
//! 1. lines (hard-wrapped prose joined back), the outlet (hints, URL, signatures, byline);
//! 2. chrome judged line by line ([`super::boilerplate`], the outlet's profile);
//! 3. the file split into articles where a headline is printed twice with chrome between
//!    ([`super::split`]);
//! 4. per article, the body: the densest cluster of prose lines; the header above it (title, dek,
//!    byline, dates, section); captions out of the body; runs of short lines dropped; paragraph kinds.
//!
//! Every line that ends up in no article field is reported in [`Extraction::dropped`] with its rule.

use super::boilerplate::{has_sentence_punct, line_rule, word_count};
use super::captions;
use super::metadata::{self, DateLine};
use super::profiles::Profile;
use super::{
    Article, Caption, DroppedLine, Extraction, Hints, Outlet, Paragraph, ParagraphKind, Profiles,
};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// One non-empty line of the source.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// 1-based line number in the decoded text.
    pub no: usize,
    pub text: String,
    /// Blank lines right before / after it.
    pub blank_before: usize,
    pub blank_after: usize,
    /// The line had tabs between cells: a table row.
    pub tabbed: bool,
}

/// What became of a line.
#[derive(Debug, Clone, PartialEq)]
enum Use {
    Unjudged,
    Dropped(&'static str),
    Title,
    Dek,
    Byline,
    Date,
    Section,
    Caption,
    Credit,
    Body,
}

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"https?://(?:www\.)?([A-Za-z0-9.-]+\.[A-Za-z]{2,})[^\s]*").unwrap()
});
/// What separates a byline from a date, or two dates, on one line.
static META_SEP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+[|•·/]\s+").unwrap());
static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[•●▪◦‣∙·]|[-*–])\s+(\S.*)$").unwrap());
/// A line introducing a block quote: "Avigdor Lieberman, Defence Minister said on Twitter:".
static BLOCK_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(said|says|saying|wrote|writes|tweeted|posted|added|stated|told [^:]{1,60}|declared|explained|noted|warned|continued|statement read|reads|read)\s*(on [A-Z][^:]{0,40})?:$").unwrap()
});
/// BLOCK_INTRO ends in `:$`: a paragraph not ending in a colon cannot match, and most do not.
fn is_block_intro(text: &str) -> bool {
    text.ends_with(':') && BLOCK_INTRO.is_match(text)
}
/// "Kobi Michael, former Deputy Director, …": a name, a comma, a role; the line after a block quote.
static ATTRIBUTION_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[—–-]?\s*(?:[A-Z][\p{L}'’.-]+\s){1,3}?[A-Z][\p{L}'’.-]+,\s+[^,]{2,80}(?:,[^,]{2,80}){0,3}\.?$").unwrap()
});

pub fn extract(text: &str, hints: &Hints, profiles: &Profiles) -> Extraction {
    let mut extraction = articles(text, hints, profiles);
    for article in &mut extraction.articles {
        article.quotes = super::quotes::find_quotes(&article.paragraphs);
    }
    extraction
}

/// Every stage of [`extract`] but quotes: what the HTML front end reads a page's visible header from
/// before it finds quotes once, on the DOM's paragraphs.
pub(crate) fn articles(text: &str, hints: &Hints, profiles: &Profiles) -> Extraction {
    let lines = build_lines(text);
    let mut warnings = Vec::new();
    let (outlet, profile) = detect_outlet(text, &lines, hints, profiles);
    if outlet.is_none() {
        warnings.push("no outlet recognised: pass --outlet or --url, or add a profile".to_owned());
    }
    let mut uses: Vec<Use> = vec![Use::Unjudged; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        if profile.is_some_and(|p| p.is_boilerplate(&line.text)) {
            uses[i] = Use::Dropped("outlet-boilerplate");
        } else if let Some(rule) = line_rule(&line.text) {
            uses[i] = Use::Dropped(rule);
        }
    }
    let url = hints.url.clone().or_else(|| find_url(&lines));
    let segments = super::split::segments(&lines);
    let mut articles = Vec::new();
    for range in &segments {
        if let Some(mut article) =
            extract_article(&lines, &mut uses, range.clone(), profile, url.as_deref())
        {
            // "Jane Doe, CNN": the outlet credited next to its writer is not an author.
            if article.authors.len() > 1 {
                article.authors.retain(|a| profiles.by_name(a).is_none());
            }
            article.outlet = outlet.clone().or_else(|| {
                let by = article.byline.as_deref()?;
                let p = profiles.by_credit(by)?;
                Some(Outlet {
                    name: p.name.clone(),
                    domain: p.domain().map(str::to_owned),
                })
            });
            article.url = url.clone();
            // An address with the date in its path ("/2016/11/29/") dates a page that prints none.
            if article.published_at.is_none() && article.updated_at.is_none() {
                article.published_at = url.as_deref().and_then(metadata::url_date);
            }
            // A page that shows only "Updated <date>" was out by then: that day is the latest it can
            // have been published, and without it date filters (`search --since`) never find it.
            if article.published_at.is_none() {
                article.published_at = article.updated_at.clone();
            }
            if let Some(date) = &hints.date {
                article.published_at = Some(date.clone());
            }
            articles.push(article);
        }
    }
    if outlet.is_none() && articles.iter().any(|a| a.outlet.is_some()) {
        warnings.retain(|w| !w.starts_with("no outlet"));
    }
    if articles.is_empty() {
        warnings.push("no article found: the text has no run of prose paragraphs".to_owned());
    }
    if articles.len() > 1 {
        warnings.push(format!("the file holds {} articles", articles.len()));
    }
    let dropped = lines
        .iter()
        .zip(&uses)
        .filter_map(|(l, u)| match u {
            Use::Dropped(rule) => Some(DroppedLine {
                line: l.no,
                text: l.text.clone(),
                rule: (*rule).to_owned(),
            }),
            Use::Unjudged => Some(DroppedLine {
                line: l.no,
                text: l.text.clone(),
                rule: "outside-article".to_owned(),
            }),
            _ => None,
        })
        .collect();
    Extraction {
        articles,
        dropped,
        warnings,
    }
}

/// Non-empty lines, trimmed, with hard-wrapped prose joined back into one line.
pub(crate) fn build_lines(text: &str) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut blanks = 0;
    for (i, raw) in text.lines().enumerate() {
        let t = raw.trim();
        if t.is_empty() {
            blanks += 1;
            continue;
        }
        let t: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
        // A label on a line of its own and its value on the next ("By" then the name, "Updated:"
        // then the date, "Author:" then the name): inline elements a page lays out as blocks. The
        // same for a byline's names printed one per line around "and" ("By / A / and / B").
        if let Some(prev) = out.last_mut()
            && blanks <= 1
            && (is_meta_label(&prev.text, &t)
                || (is_byline_start(&prev.text) && is_name_joiner(&t))
                || (is_name_joiner_end(&prev.text)
                    && is_byline_start(&prev.text)
                    && t.chars().next().is_some_and(char::is_uppercase)
                    && word_count(&t) <= 4))
        {
            prev.text.push(' ');
            prev.text.push_str(&t);
            blanks = 0;
            continue;
        }
        if blanks == 0
            && let Some(prev) = out.last_mut()
            && is_wrapped(&prev.text, &t)
        {
            prev.text.push(' ');
            prev.text.push_str(&t);
            continue;
        }
        if let Some(prev) = out.last_mut() {
            prev.blank_after = blanks;
        }
        out.push(Line {
            no: i + 1,
            text: t,
            blank_before: if out.is_empty() { 0 } else { blanks },
            blank_after: 0,
            tabbed: raw.trim().contains('\t'),
        });
        blanks = 0;
    }
    out
}

/// Labels printed on a line of their own with their value on the next line: a name or a date.
static NAME_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:by|by:|written by|words by|story by|posted by|authors?:)$").unwrap()
});
static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:published|updated|last updated|posted|posted on|original|first published|date|publish date|published date|release date)(?: on)?:?$").unwrap()
});

/// True when `label` is a byline or date label and `value` what it labels (a widget label such as
/// "Published" over "World" stays apart).
fn is_meta_label(label: &str, value: &str) -> bool {
    if NAME_LABEL.is_match(label) {
        return value.chars().next().is_some_and(char::is_uppercase) || label.len() <= 3;
    }
    DATE_LABEL.is_match(label) && metadata::date_line(value).is_some()
}

/// A line that opens a byline ("By Ann Lee", "Written by Ann Lee, Bo Chan").
fn is_byline_start(text: &str) -> bool {
    metadata::byline(text).is_some() && word_count(text) <= 10
}

/// "and", "&" or "," on a line of its own, between two names of a byline.
fn is_name_joiner(text: &str) -> bool {
    matches!(text, "and" | "&" | "," | "And")
}

fn is_name_joiner_end(text: &str) -> bool {
    text.ends_with(" and") || text.ends_with(" &") || text.ends_with(',')
}

/// True when `next` continues the sentence `prev` was cut in (a hard-wrapped paragraph). A byline
/// under a long headline ("by Staff Writer Oct. 13, 2016") starts lowercase but is its own line.
fn is_wrapped(prev: &str, next: &str) -> bool {
    prev.chars().count() >= 50
        && !prev.ends_with(['.', '!', '?', ':', '"', '”', ')'])
        && next.chars().next().is_some_and(char::is_lowercase)
        && metadata::byline(next).is_none()
        && metadata::byline_with_date(next).is_none()
}

fn find_url(lines: &[Line]) -> Option<String> {
    // A URL line standing on its own is the page's address, pasted with the text.
    lines.iter().find_map(|l| {
        let m = URL.find(&l.text)?;
        (m.as_str().len() == l.text.len()).then(|| m.as_str().to_owned())
    })
}

fn outlet_of(p: &Profile) -> Outlet {
    Outlet {
        name: p.name.clone(),
        domain: p.domain().map(str::to_owned),
    }
}

/// Outlet detection in order of strength: --outlet, a URL (--url or in the file), profile signatures,
/// the site's name in its own chrome (home link, copyright footer; mapped to a profile when it is one
/// of its names), a byline naming the outlet.
fn detect_outlet<'p>(
    text: &str,
    lines: &[Line],
    hints: &Hints,
    profiles: &'p Profiles,
) -> (Option<Outlet>, Option<&'p Profile>) {
    if let Some(name) = hints
        .outlet
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        return match profiles.by_name(name) {
            Some(p) => (Some(outlet_of(p)), Some(p)),
            None => (
                Some(Outlet {
                    name: name.to_owned(),
                    domain: None,
                }),
                None,
            ),
        };
    }
    let hosts = hints
        .url
        .iter()
        .filter_map(|u| URL.captures(u).map(|c| c[1].to_owned()))
        .chain(lines.iter().flat_map(|l| {
            URL.captures_iter(&l.text)
                .map(|c| c[1].to_owned())
                .collect::<Vec<_>>()
        }));
    for host in hosts {
        if let Some(p) = profiles.by_domain(&host) {
            return (Some(outlet_of(p)), Some(p));
        }
    }
    if let Some(p) = profiles.by_signature(text) {
        return (Some(outlet_of(p)), Some(p));
    }
    if let Some(name) = named_in_chrome(text, lines) {
        return match profiles.by_name(&name) {
            Some(p) => (Some(outlet_of(p)), Some(p)),
            None => {
                let domain = hints
                    .url
                    .clone()
                    .or_else(|| find_url(lines))
                    .and_then(|u| URL.captures(&u).map(|c| c[1].to_ascii_lowercase()));
                (Some(Outlet { name, domain }), None)
            }
        };
    }
    for l in lines {
        if let Some(by) = metadata::byline(&l.text)
            && let Some(p) = profiles.by_credit(&by)
        {
            return (Some(outlet_of(p)), Some(p));
        }
    }
    (None, None)
}

/// The name the page's own chrome gives its publisher: a "home" link naming the site, else the
/// holder in a copyright footer. Never from prose: a bare "© Name" counts only after the last prose
/// line, where it cannot be a photo credit.
fn named_in_chrome(text: &str, lines: &[Line]) -> Option<String> {
    // The raw lines: a home link and the site's tagline are told apart by the wide gap between them,
    // which the joined lines have collapsed.
    if let Some(name) = text.lines().find_map(super::profiles::homepage_name) {
        return Some(name);
    }
    let last_prose = lines.iter().rposition(|l| is_prose(&l.text));
    let mut best: Option<(String, u8)> = None;
    for (i, l) in lines.iter().enumerate() {
        let in_tail = last_prose.is_none_or(|p| i > p);
        if let Some((holder, rank)) = super::profiles::copyright_holder(&l.text, in_tail)
            && best.as_ref().is_none_or(|(_, r)| rank > *r)
        {
            best = Some((holder, rank));
        }
    }
    best.map(|(name, _)| name)
}

/// A line that reads as prose: a sentence or more.
fn is_prose(text: &str) -> bool {
    let w = word_count(text);
    (w >= 8 && has_sentence_punct(text)) || w >= 20
}

/// A line that can be a headline.
pub(crate) fn is_title_like(text: &str) -> bool {
    let w = word_count(text);
    let first = text.chars().next().unwrap_or(' ');
    // A headline may end in a period when it is in headline case ("... Alert Tues."); a sentence
    // in sentence case ending in one is a caption or a dek.
    let period_ok = !text.ends_with('.') || (capitalised_share(text) >= 0.6 && w <= 20);
    (2..=30).contains(&w)
        && text.chars().count() >= 12
        && period_ok
        && !text.ends_with([',', ';', ':'])
        && (first.is_uppercase() || first.is_ascii_digit() || "\"'“‘".contains(first))
        && (text.chars().any(char::is_lowercase) || w >= 4)
        && captions::split_credit(text).is_none()
        && metadata::date_line(text).is_none()
        && metadata::byline(text).is_none()
        && !(PUBLISH_WORD.is_match(text) && metadata::find_date(text).is_some())
        && !STAMP_NO_YEAR.is_match(text)
        && !PHOTO_CREDIT.is_match(text)
}

/// "Updated Nov 19, 6:55 AM", "Posted on Oktober 27, 2015": a time stamp with no year or in a
/// language the date grammar does not read.
static STAMP_NO_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:updated|posted|published|modified)\b:?\s*(?:on\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|[^.!?]{0,30}\d{4}\b)").unwrap()
});
/// "Anna Smith/The Daily Echo", "Jo Lee/AFP": a photo credit printed alone, under its picture.
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}\s?/\s?\p{Lu}[\p{L}.'’&-]*(?:\s[\p{L}.'’&-]+){0,5}$").unwrap()
});

static PUBLISH_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(published|updated|posted|modified)").unwrap());

static IN_PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+(?:in|from)\s+[A-Z][\p{L} .,'-]{1,40}$").unwrap());

/// True when the nearest kept line above or below `i` is a date line: a bare name is a byline
/// only where bylines sit, next to the date.
fn next_to_date(lines: &[Line], uses: &[Use], i: usize) -> bool {
    let kept = |j: &usize| matches!(uses[*j], Use::Unjudged | Use::Date | Use::Byline);
    let below = (i + 1..lines.len()).find(kept);
    let above = (0..i).rev().find(kept);
    [below, above]
        .into_iter()
        .flatten()
        .any(|j| read_meta(&lines[j].text, None).is_some_and(|m| !m.dates.is_empty()))
}

/// A byline without its place: "A and B in Lindholm" → "A and B".
fn strip_place(text: &str) -> &str {
    IN_PLACE.find(text).map_or(text, |m| &text[..m.start()])
}

/// A line that is only a person's name, or a few ("Jane Doe, Rui Li", "A and B in Lindholm"): a
/// byline printed without "By".
fn is_name_like(text: &str) -> bool {
    const NOT_NAMES: &[&str] = &[
        "article",
        "articles",
        "newsletter",
        "newsletters",
        "sharing",
        "share",
        "highlights",
        "reviews",
        "review",
        "daily",
        "news",
        "home",
        "menu",
        "search",
        "subscribe",
        "comments",
        "video",
        "videos",
        "photos",
        "gallery",
        "latest",
        "more",
        "read",
        "story",
        "stories",
        "edition",
        "opinion",
        "sports",
        "business",
        "politics",
        "world",
        "local",
        "weather",
        "podcast",
        "podcasts",
        "live",
        "updates",
        // Words of a short headline in title case ("Yellow Vests and I", "Why We Walk"), never of
        // a person's name.
        "the",
        "a",
        "an",
        "of",
        "to",
        "for",
        "on",
        "at",
        "with",
        "is",
        "are",
        "was",
        "how",
        "why",
        "what",
        "when",
        "who",
        "where",
        "i",
        "my",
        "your",
        "our",
        "we",
        "you",
        "it",
        "its",
        "this",
        "that",
        "not",
        "no",
        "all",
        "new",
        "about",
        "after",
        "over",
        "into",
        "or",
        "but",
        "vs",
        // Social buttons: "Like DailyMail", "Follow Jane Doe".
        "like",
        "follow",
        "tweet",
        "email",
        "print",
        "save",
        "comment",
        "site",
        "web",
    ];
    let text = strip_place(text);
    if text.split_whitespace().any(|w| {
        NOT_NAMES.contains(
            &w.to_lowercase()
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
        && !has_sentence_punct(text.trim_end_matches('.'))
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

/// One or two people's names and nothing else ("Jane Doe", "Ann Lee and Bo Chan"): each name two to
/// four words. A bare name right under the headline is its byline even with no date beside it.
fn short_name(text: &str) -> bool {
    let text = strip_place(text).trim_end_matches('.');
    let names: Vec<&str> = text
        .split(" and ")
        .flat_map(|p| p.split(", "))
        .map(str::trim)
        .collect();
    names.len() <= 2
        && names
            .iter()
            .all(|n| (2..=4).contains(&n.split_whitespace().count()))
}

/// What a byline or date line says.
struct Meta {
    byline: Option<String>,
    dates: Vec<DateLine>,
}

/// Reads a header line as byline and/or dates: "By A and B", "Posted by A", "A - May 1, 2020",
/// "May 2, 2023 by A", "Published Jun. 30, 2021 | Updated Jul. 1, 2021", "By A | Staff Writer".
fn read_meta(text: &str, profile: Option<&Profile>) -> Option<Meta> {
    let mut meta = Meta {
        byline: None,
        dates: Vec::new(),
    };
    let parts: Vec<&str> = META_SEP
        .split(text)
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
        if let Some(d) = metadata::date_line(part) {
            meta.dates.push(d);
            any = true;
        } else if let Some((b, d)) = metadata::byline_with_date(part) {
            meta.byline.get_or_insert(b);
            meta.dates.push(d);
            any = true;
        } else if let Some(b) = metadata::byline(part)
            .or_else(|| profile.and_then(|p| p.byline(part)).map(str::to_owned))
        {
            meta.byline.get_or_insert(b);
            any = true;
        } else if n > 0 && any && metadata::is_role(part) {
            // "By A | Staff Writer": the role is not an author.
        } else if dated && meta.byline.is_none() && n == 0 && is_name_like(part) {
            meta.byline = Some(part.to_string());
            any = true;
        } else if dated && n > 0 && n + 1 < parts.len() && any && is_name_like(part) {
            // The outlet or desk between the name and the date.
        } else if parts.len() > 1 && n == 0 {
            return None;
        }
    }
    any.then_some(meta)
}

/// A section label printed above a headline ("Politics", "Outlet | Real Estate").
fn section_label(text: &str) -> Option<String> {
    // "Business·Updated", "World · Live": a status flag after the section is not the section.
    let last = text
        .rsplit(['|', '›', '»', '/', '·', '•'])
        .map(str::trim)
        .find(|p| {
            !matches!(
                p.to_lowercase().as_str(),
                "updated" | "live" | "new" | "breaking" | "exclusive" | "analysis" | ""
            )
        })?;
    let w = word_count(last);
    let ok = (1..=3).contains(&w)
        && last.chars().count() >= 3
        && last.chars().next().is_some_and(char::is_uppercase)
        && !last.chars().any(|c| c.is_ascii_digit())
        && !has_sentence_punct(last)
        && !last.ends_with([',', '-', '—', '–'])
        && line_rule(last).is_none();
    ok.then(|| last.to_owned())
}

/// Share of a line's words that start with a capital letter (headline case scores high).
fn capitalised_share(text: &str) -> f64 {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.is_empty() {
        return 0.0;
    }
    let caps = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    caps as f64 / words.len() as f64
}

/// True when `text` is a date or byline line, or a byline run together with a date.
fn is_meta_line(text: &str) -> bool {
    read_meta(text, None).is_some()
}

/// The headline: among headline-shaped lines above the body, the one that sits where headlines sit,
/// right above the dek, byline and date, near the body, in headline case.
fn choose_title(
    lines: &[Line],
    uses: &[Use],
    doubled: &[bool],
    floor: usize,
    body_start: usize,
    end: usize,
    url: Option<&str>,
) -> Option<usize> {
    const WINDOW: usize = 60;
    const INSIDE: usize = 12;
    // A headline printed a second time near the body (the first copy in a menu or teaser list) is
    // dropped as a duplicate, but it is still where the headline sits.
    let candidate = |i: usize| matches!(uses[i], Use::Unjudged | Use::Dropped("duplicate-block"));
    let before: Vec<usize> = (floor..body_start).filter(|&i| candidate(i)).collect();
    let start = before.len().saturating_sub(WINDOW);
    let n_before = before.len();
    let kept_idx: Vec<usize> = before
        .into_iter()
        .chain(
            (body_start..end)
                .filter(|&i| matches!(uses[i], Use::Unjudged))
                .take(INSIDE),
        )
        .collect();
    let mut counts: HashMap<String, usize> = HashMap::new();
    for l in &lines[floor..end] {
        if (2..=30).contains(&word_count(&l.text)) {
            *counts.entry(norm(&l.text)).or_default() += 1;
        }
    }
    // The page's <title> printed as a line: "Headline | Site" or "Site - Headline".
    let mut page_titles: HashSet<String> = HashSet::new();
    for l in &lines[floor..end] {
        for sep in [" | ", " - ", " – ", " — ", " :: "] {
            if let (Some(first), Some(last)) = (l.text.find(sep), l.text.rfind(sep)) {
                page_titles.insert(norm(&l.text[..last]));
                page_titles.insert(norm(&l.text[first + sep.len()..]));
            }
        }
    }
    let slug = url.map(slug_words).unwrap_or_default();
    let mut best: Option<(f64, usize)> = None;
    for (pos, &i) in kept_idx.iter().enumerate().skip(start) {
        let t = &lines[i].text;
        if !is_title_like(t) {
            continue;
        }
        let inside = pos >= n_before;
        // Inside the prose cluster, only right at its top (a stray teaser line before the header).
        if inside {
            // Teaser items are packed line on line; a long list of them above the headline is
            // still chrome, not the start of the article.
            let teaser: Vec<usize> = (body_start..i)
                .filter(|&j| {
                    matches!(uses[j], Use::Unjudged)
                        && is_prose(&lines[j].text)
                        && !(lines[j].blank_before == 0 && lines[j].blank_after == 0)
                })
                .collect();
            if teaser.len() > 6
                || teaser
                    .iter()
                    .map(|&j| word_count(&lines[j].text))
                    .sum::<usize>()
                    > 100
            {
                continue;
            }
        }
        let dist = n_before.abs_diff(pos + 1);
        let mut score = -0.05 * dist as f64;
        let after: Vec<usize> = kept_idx[pos + 1..].iter().copied().take(4).collect();
        match after.iter().position(|&j| is_meta_line(&lines[j].text)) {
            Some(k) if !inside || k <= 1 => score += [3.0, 3.0, 3.0, 2.0][k.min(3)],
            // Inside the prose only a headline with its byline or date right under it counts.
            _ if inside => continue,
            _ => {}
        }
        match after.first() {
            // A standfirst under it.
            Some(&j) => {
                let n = &lines[j].text;
                let headline_case = capitalised_share(n) >= 0.6 && !n.ends_with('.');
                if (6..=60).contains(&word_count(n)) && !is_meta_line(n) && !headline_case {
                    score += 1.0;
                }
            }
            // Nothing between it and the body.
            None => score += 1.0,
        }
        let w = word_count(t);
        if (5..=25).contains(&w) {
            score += 1.0;
        } else if w < 4 {
            score -= 1.0;
        }
        if capitalised_share(t) >= 0.6 {
            score += 0.5;
        }
        if t.contains(['|', '@', '#', '>', '»', '›']) || t.contains("http") || t.contains("[email")
        {
            score -= 2.0;
        }
        if is_name_like(t) {
            score -= 3.0;
        }
        // Menus print in capitals; a few headlines do too, with their byline or date right under.
        if !t.chars().any(char::is_lowercase)
            && w > 3
            && !after.first().is_some_and(|&j| is_meta_line(&lines[j].text))
        {
            score -= 1.0;
        }
        // A newsletter's name: it says so, or its sign-up prompt sits right under it where a
        // headline would have its byline or date.
        let meta_under = after.iter().take(3).any(|&j| is_meta_line(&lines[j].text));
        if NEWSLETTER_WORD.is_match(t)
            || (!meta_under
                && lines
                    .get(i + 1)
                    .is_some_and(|l| NEWSLETTER_WORD.is_match(&l.text) && word_count(&l.text) >= 5))
        {
            score -= 2.0;
        }
        // "Headline / dek / Jane Doe": a bare name under the headline, just above the body, is
        // its byline (further up, a run of title-case names is a menu).
        if !after.iter().any(|&j| is_meta_line(&lines[j].text))
            && dist <= 10
            && after.iter().take(3).any(|&j| {
                let n = &lines[j].text;
                is_name_like(n) && short_name(n) && !NEWSLETTER_WORD.is_match(n)
            })
        {
            score += 1.5;
        }
        // "24 September 2019 / Headline": the date printed right above.
        if pos > 0
            && read_meta(&lines[kept_idx[pos - 1]].text, None)
                .is_some_and(|m| m.byline.is_none() && !m.dates.is_empty())
        {
            score += 1.0;
        }
        // The words of the page's address ("/2024/03/05/council-votes-to-keep-ferry").
        if slug.len() >= 3 {
            let words: HashSet<String> = norm(t).split(' ').map(str::to_owned).collect();
            let hits = slug.iter().filter(|s| words.contains(*s)).count();
            if hits as f64 >= 0.6 * slug.len() as f64 {
                score += 2.0;
            }
        }
        // Under a byline sit the author's bio and the body, not the headline (a date may sit above it).
        if kept_idx[pos.saturating_sub(2)..pos]
            .iter()
            .any(|&j| read_meta(&lines[j].text, None).is_some_and(|m| m.byline.is_some()))
        {
            score -= 2.0;
        }
        if doubled[i]
            || counts.get(&norm(t)).is_some_and(|&c| c > 1)
            || page_titles.contains(&norm(t))
        {
            score += 1.0;
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

static TITLE_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\S.{10,}?)\s+[Bb]y\s+(\p{Lu}[^,;:!?]{2,60})$").unwrap());
/// Bylines that may follow the story rather than head it; a bare "By" after the body is more often a
/// related story's.
static BYLINE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:written|words|story|text|reporting|report)\s+by\b").unwrap()
});
static NEWSLETTER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(newsletters?|subscribe|sign up|signup|inbox|unsubscribe)\b").unwrap()
});

/// The words of a URL's last path segment ("council-votes-to-keep-ferry.html" → council, votes, …),
/// without numbers and file extensions.
fn slug_words(url: &str) -> Vec<String> {
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or("")
        .splitn(4, '/')
        .nth(3)
        .unwrap_or("");
    let seg = path
        .split('/')
        .filter(|s| !s.is_empty())
        .max_by_key(|s| s.matches(['-', '_']).count())
        .unwrap_or("");
    if seg.matches(['-', '_']).count() < 2 {
        return Vec::new();
    }
    seg.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| {
            w.len() >= 2
                && w.chars().any(char::is_alphabetic)
                && !["html", "htm", "php", "aspx", "amp"].contains(&w.as_str())
        })
        .collect()
}

fn norm(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn extract_article(
    lines: &[Line],
    uses: &mut [Use],
    range: std::ops::Range<usize>,
    profile: Option<&Profile>,
    url: Option<&str>,
) -> Option<Article> {
    let kept = |uses: &[Use], i: usize| matches!(uses[i], Use::Unjudged);

    // Reader comments after the article are not the article, however long they run.
    let mut words_before = 0;
    let mut range = range;
    for i in range.clone() {
        let next = lines.get(i + 1).map(|l| l.text.as_str());
        if words_before >= 50 && super::boilerplate::opens_comments(&lines[i].text, next) {
            for u in &mut uses[i..range.end] {
                if matches!(u, Use::Unjudged) {
                    *u = Use::Dropped("comments");
                }
            }
            range = range.start..i;
            break;
        }
        if kept(uses, i) && is_prose(&lines[i].text) {
            words_before += word_count(&lines[i].text);
        }
    }

    // Printed twice: drop the copies (adjacent ones make the first a caption or dek), within the
    // article only so that the next article's identical chrome is judged there.
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut doubled = vec![false; lines.len()];
    for i in range.clone() {
        if !kept(uses, i) {
            continue;
        }
        let key = norm(&lines[i].text);
        if word_count(&key) < 3 {
            continue;
        }
        match seen.get(&key) {
            Some(&first) => {
                uses[i] = Use::Dropped("duplicate-block");
                if (first + 1..i).all(|k| !kept(uses, k)) && lines[i].blank_before == 0 {
                    doubled[first] = true;
                }
            }
            None => {
                seen.insert(key, i);
            }
        }
    }

    // Captions first: they are prose-shaped but never body.
    let mut captions_at: HashMap<usize, Caption> = HashMap::new();
    for i in range.clone() {
        if !kept(uses, i) {
            continue;
        }
        let text = &lines[i].text;
        if let Some(credit) = captions::credit_line(text) {
            // The caption it credits is the short line right above, if that is not yet a caption.
            let prev = (range.start..i).rev().find(|&k| kept(uses, k));
            match prev {
                Some(k) if captions_at.contains_key(&k) && captions_at[&k].credit.is_none() => {
                    captions_at.get_mut(&k)?.credit = Some(credit);
                }
                Some(k)
                    if !captions_at.contains_key(&k)
                        && word_count(&lines[k].text) <= 40
                        && !is_title_like(&lines[k].text)
                        && !is_meta_line(&lines[k].text) =>
                {
                    captions_at.insert(
                        k,
                        Caption {
                            text: lines[k].text.clone(),
                            credit: Some(credit),
                        },
                    );
                    uses[k] = Use::Caption;
                }
                _ => {
                    captions_at.insert(
                        i,
                        Caption {
                            text: String::new(),
                            credit: Some(credit),
                        },
                    );
                }
            }
            uses[i] = Use::Credit;
            continue;
        }
        if let Some(split) = captions::split_credit(text) {
            captions_at.insert(
                i,
                Caption {
                    text: split.text,
                    credit: split.credit,
                },
            );
            uses[i] = Use::Caption;
        } else if captions::caption_style(text) {
            captions_at.insert(
                i,
                Caption {
                    text: text.clone(),
                    credit: None,
                },
            );
            uses[i] = Use::Caption;
        }
    }

    // The body: the cluster of prose lines holding the most words.
    let prose_with = |short: bool| -> Vec<bool> {
        (0..lines.len())
            .map(|i| {
                let t = &lines[i].text;
                range.contains(&i)
                    && kept(uses, i)
                    && (is_prose(t) || (short && word_count(t) >= 3 && has_sentence_punct(t)))
                    && metadata::byline(t).is_none()
                    && metadata::date_line(t).is_none()
            })
            .collect()
    };
    // A very short clipping (a headline over a sentence or two) has no paragraph-length line; its
    // sentences are its body.
    let mut prose = prose_with(false);
    if !prose.iter().any(|&p| p) {
        prose = prose_with(true);
    }
    let Some((body_start, body_end)) = best_cluster(lines, uses, &prose, range.clone()) else {
        for u in &mut uses[range.clone()] {
            if matches!(u, Use::Unjudged) {
                *u = Use::Dropped("no-article");
            }
        }
        return None;
    };

    // The header above the body: title, dek, byline, dates, section.
    let mut article = Article::default();
    let header_floor = range.start;
    let title_at = choose_title(
        lines,
        uses,
        &doubled,
        header_floor,
        body_start,
        range.end,
        url,
    )
    .filter(|&t| t < body_start || (t + 1..=body_end).any(|j| prose[j]));
    // A headline found inside the prose cluster means the cluster began with chrome that reads like
    // prose (a notification prompt, a teaser): the body starts after the headline.
    let body_start = match title_at {
        Some(t) if t >= body_start => {
            // The date or byline line right above the headline is its header, not a teaser.
            let header_top = (body_start..t)
                .rev()
                .take_while(|&j| !kept(uses, j) || is_meta_line(&lines[j].text))
                .last()
                .unwrap_or(t);
            for u in &mut uses[body_start..header_top] {
                if matches!(u, Use::Unjudged) {
                    *u = Use::Dropped("before-article");
                }
            }
            // With no prose under it, the headline is the last prose line; the body keeps its start.
            (t + 1..=body_end).find(|&j| prose[j]).unwrap_or(body_start)
        }
        _ => body_start,
    };
    // With no headline-shaped line above the body, the first prose line may be the headline itself
    // (a sentence-case title ending in a period is rare but real).
    let (title_at, body_start) = match title_at {
        Some(t) => (t, body_start),
        None => {
            let t = body_start;
            let Some(next) = (t + 1..range.end).find(|&j| prose[j]) else {
                for u in &mut uses[range.clone()] {
                    if matches!(u, Use::Unjudged) {
                        *u = Use::Dropped("no-article");
                    }
                }
                return None;
            };
            (t, next)
        }
    };
    article.title = lines[title_at].text.clone();
    // "Headline by Jane Doe" on one line: the name is the byline, unless the body names it too
    // ("Man Rescued by Coast Guard").
    if let Some(c) = TITLE_BY.captures(&article.title) {
        let (head, name) = (c[1].trim().to_owned(), c[2].trim().to_owned());
        let lower = name.to_lowercase();
        let in_body = (range.clone())
            .filter(|&j| prose[j] && !lines[j].text.starts_with(name.as_str()))
            .any(|j| lines[j].text.to_lowercase().contains(&lower));
        // The name must be printed elsewhere on the page too (an author box, "More by …"), and
        // a possessive ("by Amazon's Alexa") is a thing, not a writer.
        let elsewhere = lines
            .iter()
            .enumerate()
            .any(|(j, l)| j != title_at && l.text.contains(name.as_str()));
        if is_name_like(&name)
            && short_name(&name)
            && !name.contains(['’', '\''])
            && is_title_like(&head)
            && !in_body
            && elsewhere
        {
            article.title = head;
            article.byline = Some(name);
        }
    }
    uses[title_at] = Use::Title;
    // Lines right above the headline may carry the date, byline or section.
    let mut above = Vec::new();
    let mut j = title_at;
    while j > header_floor && above.len() < 3 {
        j -= 1;
        if kept(uses, j) {
            above.push(j);
        }
    }
    let mut dates: Vec<DateLine> = Vec::new();
    let mut section_above: Option<String> = None;
    for (n, &j) in above.iter().enumerate() {
        let t = &lines[j].text;
        // The label sits right above the headline. A label under three more is the last item of a
        // menu, and the section only when the page prints it twice (the menu and the label);
        // "Outlet | Section" names the section outright.
        let explicit = t.contains(['|', '›', '»']);
        let menu_item = !explicit
            && lines[j].blank_before == 0
            && (header_floor..j)
                .rev()
                .filter(|&k| kept(uses, k))
                .take(3)
                .filter(|&k| section_label(&lines[k].text).is_some())
                .count()
                == 3;
        // A label is the headline's own only right above it: a newsletter's name with its dropped
        // sign-up prompt between is not a section.
        let adjacent = !(j + 1..title_at).any(|k| uses[k] == Use::Dropped("newsletter-prompt"));
        let repeated = || lines.iter().filter(|l| l.text == *t).count() > 1;
        if n == 0
            && adjacent
            && (!menu_item || repeated())
            && let Some(sec) = section_label(t)
        {
            section_above = Some(sec);
            uses[j] = Use::Section;
            continue;
        }
        if let Some(meta) = read_meta(t, profile) {
            if let Some(b) = meta.byline
                && article.byline.is_none()
            {
                article.byline = Some(b);
            }
            dates.extend(meta.dates);
            uses[j] = Use::Date;
        }
    }
    // "Jane Doe / Science / Sep 30, 2016 / Headline": a bare name in the header above the headline
    // is the byline when a date line is there too.
    if article.byline.is_none()
        && above.iter().any(|&j| uses[j] == Use::Date)
        && let Some(&j) = above
            .iter()
            .find(|&&j| kept(uses, j) && is_name_like(&lines[j].text))
    {
        article.byline = Some(strip_place(&lines[j].text).to_owned());
        uses[j] = Use::Byline;
    }
    // A byline or date a few lines under the headline closes the header, even when a dek and a photo
    // caption (prose-shaped both) come before it: the body starts after it.
    let after_title: Vec<usize> = (title_at + 1..range.end)
        .filter(|&j| kept(uses, j))
        .take(7)
        .collect();
    let body_start = match after_title
        .iter()
        .rposition(|&j| is_meta_line(&lines[j].text))
    {
        Some(p) if after_title[..p].iter().filter(|&&j| prose[j]).count() <= 2 => {
            let header_end = after_title[p];
            match (header_end + 1..=body_end).find(|&j| prose[j]) {
                Some(b) if b > body_start => b,
                _ => body_start,
            }
        }
        _ => body_start,
    };
    // Between headline and body.
    let mut dek_done = false;
    for j in title_at + 1..body_start {
        if !kept(uses, j) {
            continue;
        }
        let t = lines[j].text.clone();
        if let Some(meta) = read_meta(&t, profile) {
            if let Some(b) = meta.byline {
                article.byline.get_or_insert(b);
            }
            dates.extend(meta.dates);
            uses[j] = Use::Byline;
        } else if article.byline.is_none()
            && is_name_like(&t)
            && !prose[j]
            && (next_to_date(lines, uses, j)
                || (title_at + 1..j).all(|k| !kept(uses, k)) && short_name(&t))
        {
            article.byline = Some(strip_place(&t).trim_end_matches('.').to_owned());
            uses[j] = Use::Byline;
        } else if !dek_done && word_count(&t) >= 4 && article.byline.is_none() && dates.is_empty() {
            article.dek = Some(t);
            uses[j] = Use::Dek;
            dek_done = true;
        } else if dek_done && prose[j] && !captions_at.contains_key(&j) {
            // A second sentence in the header, under the dek: the lead photo's caption.
            captions_at.insert(
                j,
                Caption {
                    text: t,
                    credit: None,
                },
            );
            uses[j] = Use::Caption;
        } else {
            uses[j] = Use::Dropped("header-chrome");
        }
    }
    // The first body line is a dek when the page sets it apart: printed twice, or followed by a byline,
    // a date or a run of chrome before the body proper.
    let mut body_start = body_start;
    if article.dek.is_none() && word_count(&lines[body_start].text) <= 60 && kept(uses, body_start)
    {
        let next_prose = (body_start + 1..range.end)
            .find(|&j| prose[j])
            .unwrap_or(range.end);
        let chrome_between = (body_start + 1..next_prose)
            .filter(|&j| {
                matches!(uses[j], Use::Dropped(_))
                    || (kept(uses, j) && word_count(&lines[j].text) <= 3)
            })
            .count()
            >= 2;
        let meta_next = (body_start + 1..next_prose)
            .filter(|&j| kept(uses, j))
            .take(3)
            .any(|j| is_meta_line(&lines[j].text) || is_name_like(&lines[j].text));
        let directly_under_title =
            (title_at + 1..body_start).all(|j| !kept(uses, j) || uses[j] != Use::Unjudged);
        // A lone paragraph is the body, however it is set apart.
        let body_follows = next_prose <= body_end;
        if directly_under_title
            && body_follows
            && (doubled[body_start] || chrome_between || meta_next)
        {
            article.dek = Some(lines[body_start].text.clone());
            uses[body_start] = Use::Dek;
            body_start += 1;
        }
    }
    // Byline and date lines at the top of the body belong to the header, with any short lines
    // between them ("Reporting from …", a location).
    let header_line = |t: &str| read_meta(t, profile).is_some() || is_name_like(t);
    while body_start < body_end {
        if kept(uses, body_start) {
            let t = lines[body_start].text.clone();
            if let Some(meta) = read_meta(&t, profile) {
                if let Some(b) = meta.byline {
                    article.byline.get_or_insert(b);
                }
                dates.extend(meta.dates);
                uses[body_start] = Use::Byline;
            } else if article.byline.is_none()
                && is_name_like(&t)
                && !prose[body_start]
                && next_to_date(lines, uses, body_start)
            {
                article.byline = Some(strip_place(&t).to_owned());
                uses[body_start] = Use::Byline;
            } else if !prose[body_start]
                && word_count(&t) <= 8
                && (body_start + 1..body_end)
                    .filter(|&j| kept(uses, j))
                    .take(2)
                    .any(|j| header_line(&lines[j].text))
            {
                uses[body_start] = Use::Dropped("header-chrome");
            } else {
                break;
            }
        }
        body_start += 1;
    }
    for d in &dates {
        if d.updated {
            article.updated_at.get_or_insert(d.iso.clone());
        } else {
            article.published_at.get_or_insert(d.iso.clone());
        }
        if let Some(s) = &d.section {
            article.section.get_or_insert(s.clone());
        }
    }
    // A page showing only an "Updated" line leaves the publication date unknown: it is not invented.
    if article.section.is_none() {
        article.section = section_above
            .or_else(|| profile.and_then(|p| p.section(&lines[range.start..range.end])));
    }
    if let Some(b) = &article.byline {
        article.authors = metadata::authors(b);
    }

    // A short closing paragraph ("More rain is forecast for Thursday.") right after the last long
    // one still belongs to the body.
    let mut body_end = body_end;
    while body_end + 1 < range.end
        && kept(uses, body_end + 1)
        && lines[body_end + 1].blank_before > 0
        && word_count(&lines[body_end + 1].text) >= 4
        && lines[body_end + 1]
            .text
            .trim_end_matches(['"', '”', '’', '\''])
            .ends_with(['.', '!', '?'])
    {
        body_end += 1;
    }
    // Body lines: captions out, chrome runs out, kinds set.
    body_lines(
        lines,
        uses,
        &prose,
        body_start,
        body_end,
        &captions_at,
        &mut article,
    );
    // "Written by Jane Doe" under the last paragraph: a byline printed after the story.
    if article.byline.is_none() {
        let after = (body_end + 1..range.end.min(body_end + 7)).find(|&j| {
            kept(uses, j)
                && BYLINE_AFTER.is_match(&lines[j].text)
                && metadata::byline(&lines[j].text).is_some()
        });
        if let Some(j) = after {
            article.byline = metadata::byline(&lines[j].text);
            uses[j] = Use::Byline;
            if let Some(b) = &article.byline {
                article.authors = metadata::authors(b);
            }
        }
    }
    // "Jane Doe covers the Midwest for The Times.": the writer's bio closing the page, not the story.
    // Also "Jane is a reporter covering …" by first name, and a heading left with nothing under it
    // ("About the author").
    let bio = |text: &str, authors: &[String]| {
        word_count(text) <= 30
            && !text.contains(['"', '“', '”'])
            && authors.iter().any(|a| {
                let first = a.split_whitespace().next().unwrap_or("");
                (a.split_whitespace().count() >= 2 && text.starts_with(a.as_str()))
                    || (first.chars().count() >= 2
                        && [" is ", " covers ", " writes ", " reports "]
                            .iter()
                            .any(|v| text.starts_with(&format!("{first}{v}"))))
            })
    };
    let mut popped_bio = false;
    while let Some(last) = article.paragraphs.last() {
        let rule = if bio(&last.text, &article.authors) {
            "author-bio"
        } else if popped_bio && last.kind == ParagraphKind::Subhead {
            "trailing-heading"
        } else {
            break;
        };
        popped_bio = true;
        article.paragraphs.pop();
        if let Some(i) = (body_start..=body_end)
            .rev()
            .find(|&i| uses[i] == Use::Body)
        {
            uses[i] = Use::Dropped(rule);
        }
    }
    // Captions printed in the header area belong to the article too.
    let mut caps: Vec<(usize, Caption)> = captions_at
        .into_iter()
        .filter(|(i, c)| range.contains(i) && !(c.text.is_empty() && c.credit.is_none()))
        .collect();
    caps.sort_by_key(|(i, _)| *i);
    // Chrome after the body and before the header.
    for i in range.clone() {
        if uses[i] == Use::Unjudged {
            uses[i] = Use::Dropped(if i < title_at {
                "before-article"
            } else {
                "after-article"
            });
        }
    }
    article.captions = caps
        .into_iter()
        .filter(|(i, _)| matches!(uses[*i], Use::Caption | Use::Credit))
        .map(|(_, c)| c)
        .collect();
    if article.paragraphs.is_empty() {
        for u in &mut uses[range.clone()] {
            if !matches!(u, Use::Dropped(_)) {
                *u = Use::Dropped("no-article");
            }
        }
        return None;
    }
    Some(article)
}

/// The start and end (inclusive) of the cluster of prose lines with the most words.
fn best_cluster(
    lines: &[Line],
    uses: &[Use],
    prose: &[bool],
    range: std::ops::Range<usize>,
) -> Option<(usize, usize)> {
    // Gaps are counted in thirds: a kept non-prose line is a full step, a line already dropped as
    // chrome a third (an advert marker inside an article must not split it; a long menu must).
    // Bullets count as prose: a list inside an article does not end it.
    const MAX_GAP: usize = 12;
    // Clusters as (start, end, words).
    let mut clusters: Vec<(usize, usize, usize)> = Vec::new();
    let mut cur: Option<(usize, usize, usize)> = None;
    let mut gap = 0;
    for i in range.clone() {
        if prose[i] || (matches!(uses[i], Use::Unjudged) && BULLET.is_match(&lines[i].text)) {
            // Paragraphs are set off by blank lines; list and teaser items are packed line on line
            // and count half.
            let packed = lines[i].blank_before == 0 && lines[i].blank_after == 0;
            let w = word_count(&lines[i].text) / if packed { 2 } else { 1 };
            cur = Some(match cur {
                Some((s, _, words)) => (s, i, words + w),
                None => (i, i, w),
            });
            gap = 0;
        } else if super::boilerplate::stops_section(&lines[i].text) {
            clusters.extend(cur.take());
        } else {
            // A table row inside an article counts a third, like chrome.
            gap += match uses[i] {
                Use::Unjudged if !lines[i].tabbed => 3,
                _ => 1,
            };
            if gap > MAX_GAP {
                clusters.extend(cur.take());
            }
        }
    }
    clusters.extend(cur);
    // An article's prose sits under its byline or date: a cluster with one just above it outweighs
    // a longer run of footer or sidebar prose.
    // A run of headlines each with its date (a related or latest list) carries dates inside it; an
    // article carries its date above, not between its paragraphs.
    let score = |&(s, e, words): &(usize, usize, usize)| {
        let dated_items = (s..=e)
            .filter(|&j| {
                !prose[j] && matches!(uses[j], Use::Unjudged) && is_meta_line(&lines[j].text)
            })
            .count();
        if dated_items >= 3 {
            return words / 2;
        }
        let header = (range.start..s)
            .rev()
            .filter(|&j| matches!(uses[j], Use::Unjudged))
            .take(8)
            .any(|j| is_meta_line(&lines[j].text));
        words + if header { 150 } else { 0 }
    };
    clusters
        .iter()
        .max_by_key(|c| score(c))
        .map(|&(s, e, _)| (s, e))
}

fn body_lines(
    lines: &[Line],
    uses: &mut [Use],
    prose: &[bool],
    start: usize,
    end: usize,
    captions_at: &HashMap<usize, Caption>,
    article: &mut Article,
) {
    let kept = |uses: &[Use], i: usize| matches!(uses[i], Use::Unjudged);
    // Runs of non-prose lines with no blank line between them: menus, link lists, widgets.
    let mut i = start;
    while i <= end {
        if !kept(uses, i) || prose[i] || BULLET.is_match(&lines[i].text) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < end
            && lines[j].blank_after == 0
            && (!kept(uses, j + 1) || (!prose[j + 1] && !BULLET.is_match(&lines[j + 1].text)))
        {
            j += 1;
        }
        let members: Vec<usize> = (i..=j).filter(|&k| kept(uses, k)).collect();
        // A table (tab-separated rows, with the line introducing it) is content, not a link list.
        let table = members.iter().filter(|&&k| lines[k].tabbed).count() >= 2;
        if members.len() >= 2 && !table {
            let rule = if members.iter().all(|&k| word_count(&lines[k].text) <= 3) {
                "widget-run"
            } else {
                "link-list"
            };
            for k in members {
                uses[k] = Use::Dropped(rule);
            }
        }
        i = j + 1;
    }
    let mut prev_intro = false;
    for i in start..=end {
        if !kept(uses, i) {
            if captions_at.contains_key(&i) {
                continue;
            }
            continue;
        }
        let text = &lines[i].text;
        if metadata::date_line(text).is_some() {
            uses[i] = Use::Dropped("date-line");
            continue;
        }
        let next_kept = (i + 1..=end).find(|&j| kept(uses, j));
        let (kind, para) = if let Some(c) = BULLET.captures(text) {
            (ParagraphKind::Bullet, c[1].to_owned())
        } else if prose[i] {
            let followed_by_attribution = next_kept.is_some_and(|n| {
                lines[i].blank_after == 0
                    && ATTRIBUTION_LINE.is_match(&lines[n].text)
                    && word_count(&lines[n].text) <= 16
            });
            if prev_intro || followed_by_attribution {
                (ParagraphKind::Blockquote, text.clone())
            } else {
                (ParagraphKind::Text, text.clone())
            }
        } else if is_block_intro(text) {
            (ParagraphKind::Text, text.clone())
        } else if lines[i].blank_after == 0
            && matches!(
                uses.get(i + 1),
                Some(Use::Dropped("chrome-line" | "read-more"))
            )
            && lines
                .get(i + 1)
                .is_some_and(|l| l.text.to_lowercase().starts_with("read"))
        {
            // A headline with "Read more" under it: a link to another story.
            uses[i] = Use::Dropped("related-link");
            continue;
        } else if word_count(text) <= 14
            && !text.ends_with(['.', ',', ':'])
            && lines[i].blank_before > 0
            && next_kept.is_some_and(|n| prose[n] || word_count(&lines[n].text) >= 5)
        {
            (ParagraphKind::Subhead, text.clone())
        } else if lines[i].tabbed || (word_count(text) >= 4 && has_sentence_punct(text)) {
            (ParagraphKind::Text, text.clone())
        } else {
            uses[i] = Use::Dropped("short-line");
            continue;
        };
        prev_intro = is_block_intro(text) && kind != ParagraphKind::Blockquote;
        uses[i] = Use::Body;
        article.paragraphs.push(Paragraph { kind, text: para });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Extraction {
        extract(text, &Hints::default(), &Profiles::bundled())
    }

    const PAGE: &str = "Skip to content\nHome\nNews\nSport\nSign in\n\nCouncil votes to keep the ferry running all winter\n\nThe crossing will stay open after a late deal with the operator.\n\nBy Ann Lee and Bo Chan\nMay 17, 2017\n\nThe council voted on Tuesday to fund the winter ferry for three more years, ending months of doubt for island residents.\n\nAdvertisement\n\nThe operator had warned in March that it could not run the service at a loss beyond the summer season.\n\nA ferry leaves the island pier at dawn. (Reuters)\n\nResidents said the vote was a relief, and that the crossing was the only way to reach the hospital in winter.\n\nShare\nFacebook\nTwitter\n\nMost read\nTram fares to rise in April\nNew library opens\n\n© 2017 The Island Echo. All rights reserved.\n";

    #[test]
    fn a_page_gives_its_headline_dek_byline_date_and_body() {
        let ex = run(PAGE);
        assert_eq!(ex.articles.len(), 1);
        let a = &ex.articles[0];
        assert_eq!(
            a.title,
            "Council votes to keep the ferry running all winter"
        );
        assert_eq!(
            a.dek.as_deref(),
            Some("The crossing will stay open after a late deal with the operator.")
        );
        assert_eq!(a.authors, ["Ann Lee", "Bo Chan"]);
        assert_eq!(a.published_at.as_deref(), Some("2017-05-17"));
        assert_eq!(a.paragraphs.len(), 3, "{:#?}", a.paragraphs);
        assert_eq!(a.captions.len(), 1);
        assert_eq!(a.captions[0].credit.as_deref(), Some("Reuters"));
        assert!(
            a.paragraphs
                .iter()
                .all(|p| !p.text.contains("Advertisement") && !p.text.contains("ferry leaves"))
        );
    }

    #[test]
    fn every_line_outside_the_article_is_reported_with_a_rule() {
        let ex = run(PAGE);
        let rule = |text: &str| {
            ex.dropped
                .iter()
                .find(|d| d.text == text)
                .map(|d| d.rule.as_str())
        };
        assert_eq!(rule("Advertisement"), Some("advert-marker"));
        assert_eq!(rule("Skip to content"), Some("chrome-line"));
        assert_eq!(
            rule("© 2017 The Island Echo. All rights reserved."),
            Some("footer")
        );
        assert!(rule("Tram fares to rise in April").is_some());
    }

    #[test]
    fn an_unknown_outlet_is_named_by_its_copyright_footer() {
        let ex = run(PAGE);
        assert_eq!(
            ex.articles[0].outlet.as_ref().map(|o| o.name.as_str()),
            Some("The Island Echo")
        );
        assert!(ex.warnings.iter().all(|w| !w.starts_with("no outlet")));
        // The pasted address gives the unknown outlet its domain.
        let ex = run(&format!("https://islandecho.example/ferry\n\n{PAGE}"));
        let outlet = ex.articles[0].outlet.as_ref();
        assert_eq!(
            outlet.map(|o| (o.name.as_str(), o.domain.as_deref())),
            Some(("The Island Echo", Some("islandecho.example")))
        );
    }

    #[test]
    fn a_bare_credit_inside_the_article_names_no_outlet() {
        // "© Name" between prose paragraphs is a photo credit; without the footer nothing names
        // the outlet, and the summary says so.
        let page = PAGE
            .replace("© 2017 The Island Echo. All rights reserved.\n", "")
            .replace("(Reuters)\n", "(Reuters)\n© Harbour Pictures\n");
        let ex = run(&page);
        assert_eq!(ex.articles[0].outlet, None);
        assert!(ex.warnings.iter().any(|w| w.starts_with("no outlet")));
    }

    #[test]
    fn a_home_link_naming_a_bundled_outlet_picks_its_profile() {
        let page = format!("The Guardian - Back to home\n{PAGE}");
        let ex = run(&page);
        assert_eq!(
            ex.articles[0].outlet.as_ref().map(|o| o.name.as_str()),
            Some("The Guardian")
        );
    }

    #[test]
    fn hints_win_over_what_the_text_says() {
        let hints = Hints {
            outlet: Some("The Island Echo".into()),
            url: Some("https://echo.example/ferry".into()),
            date: Some("2017-05-18".into()),
        };
        let ex = extract(PAGE, &hints, &Profiles::bundled());
        let a = &ex.articles[0];
        assert_eq!(
            a.outlet.as_ref().map(|o| o.name.as_str()),
            Some("The Island Echo")
        );
        assert_eq!(a.url.as_deref(), Some("https://echo.example/ferry"));
        assert_eq!(a.published_at.as_deref(), Some("2017-05-18"));
        assert!(ex.warnings.iter().all(|w| !w.starts_with("no outlet")));
    }

    #[test]
    fn the_outlet_comes_from_a_url_in_the_file() {
        let text = format!("https://www.axios.com/2017/05/17/ferry\n\n{PAGE}");
        let a = &run(&text).articles[0];
        assert_eq!(a.outlet.as_ref().map(|o| o.name.as_str()), Some("Axios"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://www.axios.com/2017/05/17/ferry")
        );
    }

    #[test]
    fn a_name_with_its_outlet_and_date_on_one_line_is_the_byline() {
        let text = "Ferry fares frozen for another winter on the island route\n\
            Ann Lee · The Island Echo · Posted: Mar 5, 2024 9:30 AM EST | Last Updated: 2 hours ago\n\n\
            The council voted on Tuesday to keep ferry fares where they are for another winter, after a campaign by island residents.\n\n\
            The operator had asked for a rise of ten per cent to cover the cost of fuel, which has doubled since the spring.\n";
        let a = &run(text).articles[0];
        assert_eq!(a.authors, ["Ann Lee"]);
        assert_eq!(a.published_at.as_deref(), Some("2024-03-05T09:30:00-05:00"));
        assert_eq!(a.updated_at, None, "a relative time is not a date");
    }

    #[test]
    fn labels_on_their_own_lines_join_their_values() {
        let text = "Ferry fares frozen for another winter on the island route\nAuthor:\nAnn Lee\nUpdated:\nMar 6, 2024\nOriginal:\nDec 21, 2023\n\n\
            The council voted on Tuesday to keep ferry fares where they are for another winter, after a campaign by island residents.\n\n\
            The operator had asked for a rise of ten per cent to cover the cost of fuel, which has doubled since the spring.\n";
        let a = &run(text).articles[0];
        assert_eq!(a.authors, ["Ann Lee"]);
        assert_eq!(a.published_at.as_deref(), Some("2023-12-21"));
        assert_eq!(a.updated_at.as_deref(), Some("2024-03-06"));
    }

    #[test]
    fn a_byline_under_a_long_headline_is_not_joined_to_it() {
        let text = "Theatre trust launches training scholarships for young stage designers\nby News Desk Oct. 13, 2016\n\n\
            The trust announced today that its scholarship programme will pay for training for twenty young designers every year.\n\n\
            Applications open in January and the first scholars will be named in the spring, the trust said.\n";
        let a = &run(text).articles[0];
        assert_eq!(
            a.title,
            "Theatre trust launches training scholarships for young stage designers"
        );
        assert_eq!(a.authors, ["News Desk"]);
        assert_eq!(a.published_at.as_deref(), Some("2016-10-13"));
    }

    #[test]
    fn a_short_title_case_headline_is_not_a_name() {
        assert!(!is_name_like("Yellow Vests and I"));
        assert!(!is_name_like("Why We Walk"));
        assert!(!is_name_like("Like DailyMail"));
        assert!(is_name_like("Ann Lee and Bo Chan"));
        assert!(short_name("Marisol Ferreira"));
        assert!(!short_name("Ann Lee, Bo Chan and Cy Dee"));
    }

    #[test]
    fn stamps_credits_and_breadcrumbs_are_not_headlines() {
        assert!(!is_title_like(
            "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM"
        ));
        assert!(!is_title_like("Posted on Oktober 27, 2015 by Admin"));
        assert!(!is_title_like("Anna Smith/The Daily Echo"));
        assert!(is_title_like(
            "Council votes to keep the ferry running all winter"
        ));
        assert!(is_title_like(
            "Published works of a forgotten poet found in an attic"
        ));
    }

    #[test]
    fn a_url_slug_and_date_help_the_headline() {
        assert_eq!(
            slug_words("https://x.example/news/2024/03/05/harbour-board-approves-fish-market.html"),
            ["harbour", "board", "approves", "fish", "market"]
        );
        assert!(slug_words("https://x.example/story/12345").is_empty());
    }

    #[test]
    fn a_page_without_an_article_gives_none() {
        let ex = run(
            "Home\nNews\nSport\n\nPage not found\n\nSorry, we couldn't find the page you were looking for.\n\n© 2024 Echo\n",
        );
        assert!(ex.articles.is_empty());
        assert!(ex.warnings.iter().any(|w| w.starts_with("no article")));
    }
}

#[cfg(test)]
mod robustness {
    use super::*;

    #[test]
    fn odd_inputs_do_not_panic_and_stay_consistent() {
        let inputs = [
            "",
            "\n\n\n",
            "a",
            "By",
            "By\n",
            "By\nJane Doe\n",
            "...\n---\n***\n",
            "Title Only Here And Nothing Else",
            "标题\n\n这是一个很长的中文段落，用来测试没有空格的文字是否会被正确地处理。这是一个很长的中文段落。\n",
            "עברית כותרת\n\nזוהי פסקה בעברית עם מספיק מילים כדי להיחשב פסקה של ממש בטקסט.\n",
            "🙂🙂🙂\n\n🙂 🙂 🙂 🙂 🙂 🙂 🙂 🙂 🙂.\n",
            "Published 99:99 PM, Feb 31, 2020\n\nUpdated 2020-13-45T25:61\n",
        ];
        for text in inputs {
            let ex = extract(text, &Hints::default(), &Profiles::bundled());
            let n = text.lines().filter(|l| !l.trim().is_empty()).count();
            assert!(
                ex.dropped.len() <= n,
                "{text:?}: more dropped lines than lines"
            );
            for a in &ex.articles {
                assert!(
                    !a.paragraphs.is_empty(),
                    "{text:?}: an article without a body"
                );
            }
        }
        let long = "word ".repeat(20_000);
        let ex = extract(
            &format!("A Long Headline Here\n\n{long}.\n"),
            &Hints::default(),
            &Profiles::bundled(),
        );
        assert_eq!(ex.articles.len(), 1);
    }
}
