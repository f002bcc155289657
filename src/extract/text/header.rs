//! Header, the text path's seventh stage: the lines around the headline that say who wrote the
//! article, when, in which section, and its standfirst (dek). Lines right above the headline may
//! carry the section, date or byline; those between it and the body the dek, byline, dates and the
//! lead photo's caption; byline and date lines at the top of the body close the header, and the body
//! starts under them.

use super::byline::{
    Meta, is_desk, is_meta_line, is_name_like, known_given_name, name_with_outlet, name_with_tail,
    read_meta, short_name, strip_place,
};
use super::captions::Captions;
use super::chrome::{Use, kept};
use super::lines::Line;
use super::shape::section_label;
use crate::extract::boilerplate::word_count;
use crate::extract::metadata::{self, DateLine};
use crate::extract::profiles::Profile;
use crate::extract::words::VALEDICTIONS;
use crate::extract::{Article, Caption};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Bylines that may follow the story rather than head it; a bare "By" after the body is more often a
/// related story's.
static BYLINE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:written|words|story|text|reporting|report)\s+by\b").unwrap()
});

/// The article's lines as the header stage sees them, once its headline is placed.
pub(super) struct Frame<'a> {
    pub lines: &'a [Line],
    /// The lines the body may be made of (see [`super::body::prose_lines`]).
    pub prose: &'a [bool],
    /// Lines printed twice in a row (see [`super::chrome::drop_duplicates`]).
    pub doubled: &'a [bool],
    pub range: Range<usize>,
    pub profile: Option<&'a Profile>,
    pub title_at: usize,
    /// The last line of the body cluster.
    pub body_end: usize,
    /// The page's address, when known: its country domain hints at how its dates are written.
    pub url: Option<&'a str>,
}

/// Reads the header into `article` (byline, authors, dek, dates, section) and returns the line the
/// body starts at.
pub(super) fn read(
    f: &Frame,
    uses: &mut [Use],
    captions_at: &mut Captions,
    body_start: usize,
    article: &mut Article,
) -> usize {
    let mut dates: Vec<DateLine> = Vec::new();
    let section_above = above_title(f, uses, article, &mut dates);
    let body_start = header_end(f, uses, body_start);
    between(f, uses, captions_at, body_start, article, &mut dates);
    let body_start = dek_at_top(f, uses, body_start, article);
    let body_start = header_at_top(f, uses, body_start, article, &mut dates);
    let (lines, range, profile) = (f.lines, &f.range, f.profile);
    if dates.iter().any(|d| d.either_way)
        && metadata::day_first_page(lines.iter().map(|l| l.text.as_str()), f.url)
    {
        for d in dates.iter_mut().filter(|d| d.either_way) {
            d.iso = metadata::swap_day_month(&d.iso);
        }
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
        article.section = section_above.or_else(|| {
            profile.and_then(|p| {
                p.section(
                    lines[range.start..range.end]
                        .iter()
                        .map(|l| l.text.as_str()),
                )
            })
        });
    }
    if let Some(b) = &article.byline {
        article.authors = metadata::authors(b);
    }
    body_start
}

/// Lines right above the headline may carry the date, byline or section: the section label found
/// there, with dates and byline read into `article` and `dates`.
fn above_title(
    f: &Frame,
    uses: &mut [Use],
    article: &mut Article,
    dates: &mut Vec<DateLine>,
) -> Option<String> {
    let (lines, profile, title_at) = (f.lines, f.profile, f.title_at);
    let header_floor = f.range.start;
    let mut above = Vec::new();
    let mut j = title_at;
    while j > header_floor && above.len() < 3 {
        j -= 1;
        if kept(uses, j) {
            above.push(j);
        }
    }
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
            .find(|&&j| kept(uses, j) && (is_name_like(&lines[j].text) || is_desk(&lines[j].text)))
    {
        article.byline = Some(strip_place(&lines[j].text).to_owned());
        uses[j] = Use::Byline;
    }
    section_above
}

/// A byline or date a few lines under the headline closes the header, even when a dek and a photo
/// caption (prose-shaped both) come before it: the body starts after it.
fn header_end(f: &Frame, uses: &[Use], body_start: usize) -> usize {
    let (lines, prose, title_at, body_end) = (f.lines, f.prose, f.title_at, f.body_end);
    let range = &f.range;
    let after_title: Vec<usize> = (title_at + 1..range.end)
        .filter(|&j| kept(uses, j))
        .take(7)
        .collect();
    match after_title
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
    }
}

/// Between headline and body: the dek, the byline and dates, and a second sentence under the dek.
fn between(
    f: &Frame,
    uses: &mut [Use],
    captions_at: &mut Captions,
    body_start: usize,
    article: &mut Article,
    dates: &mut Vec<DateLine>,
) {
    let (lines, prose, title_at) = (f.lines, f.prose, f.title_at);
    let mut dek_done = false;
    for j in title_at + 1..body_start {
        if !kept(uses, j) {
            continue;
        }
        let t = lines[j].text.clone();
        let first_under_title = (title_at + 1..j).all(|k| !kept(uses, k));
        if header_line(f, uses, j, first_under_title, article, dates) {
            continue;
        }
        if !dek_done && word_count(&t) >= 4 && article.byline.is_none() && dates.is_empty() {
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
}

/// The first body line is a dek when the page sets it apart: printed twice, or followed by a byline,
/// a date or a run of chrome before the body proper.
fn dek_at_top(f: &Frame, uses: &mut [Use], body_start: usize, article: &mut Article) -> usize {
    let (lines, prose, doubled, title_at, body_end) =
        (f.lines, f.prose, f.doubled, f.title_at, f.body_end);
    let range = &f.range;
    let mut body_start = body_start;
    if article.dek.is_none() && lines[body_start].words <= 60 && kept(uses, body_start) {
        let next_prose = (body_start + 1..range.end)
            .find(|&j| prose[j])
            .unwrap_or(range.end);
        let chrome_between = (body_start + 1..next_prose)
            .filter(|&j| {
                matches!(uses[j], Use::Dropped(_)) || (kept(uses, j) && lines[j].words <= 3)
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
    body_start
}

/// Byline and date lines at the top of the body belong to the header, with any short lines between
/// them ("Reporting from …", a location): the line the body starts at under them.
fn header_at_top(
    f: &Frame,
    uses: &mut [Use],
    body_start: usize,
    article: &mut Article,
    dates: &mut Vec<DateLine>,
) -> usize {
    let (lines, prose, profile, body_end) = (f.lines, f.prose, f.profile, f.body_end);
    let mut body_start = body_start;
    let looks_header = |t: &str| read_meta(t, profile).is_some() || is_name_like(t);
    while body_start < body_end {
        if kept(uses, body_start) {
            let t = lines[body_start].text.clone();
            if header_line(f, uses, body_start, false, article, dates) {
                // Read into the article.
            } else if !prose[body_start]
                && word_count(&t) <= 8
                && (body_start + 1..body_end)
                    .filter(|&j| kept(uses, j))
                    .take(2)
                    .any(|j| looks_header(&lines[j].text))
            {
                uses[body_start] = Use::Dropped("header-chrome");
            } else {
                break;
            }
        }
        body_start += 1;
    }
    body_start
}

/// Reads line `j` of the header into `article`: a byline or date line, or a bare name where bylines
/// sit (next to a date line, or the first line under the headline, where "Ann Lee | The Vell
/// Courier" names the writer and the outlet). True when the line was one of them.
fn header_line(
    f: &Frame,
    uses: &mut [Use],
    j: usize,
    first_under_title: bool,
    article: &mut Article,
    dates: &mut Vec<DateLine>,
) -> bool {
    let t = f.lines[j].text.as_str();
    if let Some(meta) = read_meta(t, f.profile) {
        take_meta(meta, article, dates);
        uses[j] = Use::Byline;
        return true;
    }
    if article.byline.is_some() || f.prose[j] {
        return false;
    }
    let desk = is_desk(t);
    let bare_name = (is_name_like(t) || desk)
        && (next_to_date(f.lines, uses, j) || first_under_title && (desk || short_name(t)));
    // A name with a tail after it is the byline by its given name where bylines sit, or right
    // under the headline with a date beside it.
    let dated = || next_to_date(f.lines, uses, j);
    let tailed = || {
        name_with_tail(t)
            .filter(|n| (first_under_title || dated()) && known_given_name(n))
            .or_else(|| name_with_tail(t).filter(|_| first_under_title && dated()))
    };
    let name = if bare_name {
        Some(strip_place(t).trim_end_matches('.'))
    } else if first_under_title {
        name_with_outlet(t).or_else(tailed)
    } else {
        tailed()
    };
    let Some(name) = name else {
        return false;
    };
    article.byline = Some(name.to_owned());
    uses[j] = Use::Byline;
    true
}

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

/// A byline or date line of the header read into the article: the first byline found wins, every
/// date counts.
fn take_meta(meta: Meta, article: &mut Article, dates: &mut Vec<DateLine>) {
    if let Some(b) = meta.byline {
        article.byline.get_or_insert(b);
    }
    dates.extend(meta.dates);
}

/// "Written by Jane Doe on March 4, 2024" inside the body's cluster, with less prose under it than
/// above: the byline that closes the story, and what follows it (related stories' headlines and
/// teasers) is not the story. The body's last line, above it.
pub(super) fn end_at_closing_byline(
    lines: &[Line],
    uses: &[Use],
    prose: &[bool],
    body_start: usize,
    body_end: usize,
) -> usize {
    let words = |r: std::ops::Range<usize>| -> usize {
        r.filter(|&j| prose[j]).map(|j| lines[j].words).sum()
    };
    (body_start + 1..=body_end)
        .find(|&j| {
            kept(uses, j)
                && !prose[j]
                && BYLINE_AFTER.is_match(&lines[j].text)
                && metadata::byline(&lines[j].text).is_some()
                && words(j + 1..body_end + 1) * 3 < words(body_start..j)
        })
        .map_or(body_end, |j| j - 1)
}

/// "Written by Jane Doe" under the last paragraph: a byline printed after the story.
pub(super) fn byline_after_body(
    lines: &[Line],
    uses: &mut [Use],
    body_end: usize,
    range_end: usize,
    article: &mut Article,
) {
    // "Written by Jane Doe" under the last paragraph: a byline printed after the story.
    if article.byline.is_none() {
        let after = (body_end + 1..range_end.min(body_end + 7)).find(|&j| {
            kept(uses, j)
                && BYLINE_AFTER.is_match(&lines[j].text)
                && metadata::byline(&lines[j].text).is_some()
        });
        if let Some(j) = after {
            // "Written by Ann Lee on March 4, 2024": the date rides along, and dates a page
            // that prints none in its header.
            let meta = read_meta(&lines[j].text, None).filter(|m| m.byline.is_some());
            article.byline = match &meta {
                Some(m) => m.byline.clone(),
                None => metadata::byline(&lines[j].text),
            };
            uses[j] = Use::Byline;
            if let Some(b) = &article.byline {
                article.authors = metadata::authors(b);
            }
            if article.published_at.is_none() && article.updated_at.is_none() {
                take_dates(meta.map(|m| m.dates).unwrap_or_default(), article);
            }
        }
    }
    if article.byline.is_none() {
        sign_off(lines, uses, body_end, range_end, article);
    }
}

/// "— Ann Lee, The Vell Courier" right under the story: the writer signing it off, as columns and
/// agency copy do. Only the first line under the body counts.
fn sign_off(
    lines: &[Line],
    uses: &mut [Use],
    body_end: usize,
    range_end: usize,
    article: &mut Article,
) {
    static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:—|–|--|-)\s*(\p{Lu}[^,|]{2,60}?)\s*(?:[,|]\s*(.{2,60}))?$").unwrap()
    });
    let Some(j) = (body_end + 1..range_end).find(|&j| kept(uses, j)) else {
        return;
    };
    let Some(c) = SIGN_OFF.captures(lines[j].text.trim()) else {
        return;
    };
    let name = c[1].trim();
    // What follows the name is whom it wrote for: an outlet's or a desk's name, in capitals.
    let tail_is_name = c
        .get(2)
        .is_none_or(|t| is_name_like(t.as_str()) || is_desk(t.as_str()));
    if is_name_like(name) && short_name(name) && tail_is_name {
        uses[j] = Use::Byline;
        article.authors = metadata::authors(name);
        article.byline = Some(name.to_owned());
    }
}

/// The date of a page that prints none in its header, from under its story: the line right under
/// the last paragraph ([`date_under_body`]), else a line at the foot that says it is the story's
/// date ([`labelled_date_at_foot`]).
pub(super) fn date_after_body(
    lines: &[Line],
    uses: &mut [Use],
    body_end: usize,
    range_end: usize,
    article: &mut Article,
) {
    if article.published_at.is_some() || article.updated_at.is_some() {
        return;
    }
    date_under_body(lines, uses, body_end, range_end, article);
    if article.published_at.is_none() && article.updated_at.is_none() {
        labelled_date_at_foot(lines, uses, body_end, range_end, article);
    }
}

/// A line at the foot of the page that says what it dates: "Published: March 4, 2024", "First
/// posted March 4, 2024", "This article was originally published on March 4, 2024.".
static FOOT_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:this|the)\s+(?:article|story|post|piece|report|column)\s+(?:was|is|has\s+been)\s+)?(?:(?:first|originally|last)\s+)?(?:published|posted|updated|modified)\b\s*(?:on\b|:)?\s*(.{6,60}?)\.?$").unwrap()
});

/// The date a foot line labels: "Last modified: March 4, 2024" in English ([`FOOT_DATE`]), or a
/// line another language opens with its word for an update ("Aktualisiert am 4. März 2024"). Either
/// label may say the date is the update's, English or not.
fn foot_date(text: &str) -> Option<DateLine> {
    if let Some(c) = FOOT_DATE.captures(text) {
        let rest = c.get(1)?;
        let mut d = metadata::date_line(rest.as_str())?;
        d.updated |= metadata::says_updated(&text[..rest.start()]);
        return Some(d);
    }
    let first = text.split_whitespace().next()?;
    if !crate::extract::foreign_dates::says_updated(first) {
        return None;
    }
    metadata::date_line(text).filter(|d| d.updated)
}

/// How many labelled dates the foot may hold and still date the story: more are a list's (the
/// related stories', the comments').
const FOOT_DATES: usize = 2;

/// "Published: March 4, 2024" anywhere under the story, when nothing closer dates it: further down
/// than the line under the last paragraph, a bare date is a related story's, but one that says it
/// is the publication's (or the update's) is the page's own. The first such line counts, unless
/// the foot holds more of them than a story's published and updated dates.
fn labelled_date_at_foot(
    lines: &[Line],
    uses: &mut [Use],
    body_end: usize,
    range_end: usize,
    article: &mut Article,
) {
    // The story's last paragraph may be the note itself ("This article was first published on
    // ..."), read as prose: it stays in the body.
    let found: Vec<(usize, DateLine)> = (body_end..range_end)
        .filter(|&j| matches!(uses[j], Use::Unjudged | Use::Dropped(_) | Use::Body))
        .filter_map(|j| {
            let text = lines[j].text.trim();
            Some((j, foot_date(text)?))
        })
        .take(FOOT_DATES + 1)
        .collect();
    if found.is_empty() || found.len() > FOOT_DATES {
        return;
    }
    for (j, _) in &found {
        if uses[*j] != Use::Body {
            uses[*j] = Use::Date;
        }
    }
    take_dates(found.into_iter().map(|(_, d)| d).collect(), article);
}

/// "Published March 4, 2024", or "Ann Lee" over it, right under the last paragraph: the date (and
/// byline) of a page that prints none in its header. Only the line right under the story counts
/// for a date without a label; further down, such dates belong to the related stories listed there.
fn date_under_body(
    lines: &[Line],
    uses: &mut [Use],
    body_end: usize,
    range_end: usize,
    article: &mut Article,
) {
    let mut after = (body_end + 1..range_end).filter(|&j| kept(uses, j));
    let Some(first) = after.next() else {
        return;
    };
    let name = (article.byline.is_none()
        && is_name_like(&lines[first].text)
        && short_name(&lines[first].text))
    .then_some(first);
    let Some(j) = (if name.is_some() {
        after.next()
    } else {
        Some(first)
    }) else {
        return;
    };
    let Some(meta) = read_meta(&lines[j].text, None).filter(|m| !m.dates.is_empty()) else {
        return;
    };
    take_dates(meta.dates, article);
    uses[j] = Use::Date;
    if let Some(b) = meta.byline.filter(|_| article.byline.is_none()) {
        article.authors = metadata::authors(&b);
        article.byline = Some(b);
    } else if let Some(n) = name {
        article.byline = Some(lines[n].text.clone());
        article.authors = metadata::authors(&lines[n].text);
        uses[n] = Use::Byline;
    }
}

/// How many lines under the story a writer's bio may stand ("About the author", a name, the bio).
const BIO_BELOW: usize = 4;

/// "Ann Lee is a reporter at The Vell Courier.": a page that prints no byline names its writer in
/// the bio closing the story, either as its last paragraph or in the few lines under it. The bio
/// itself is then dropped from the body by [`super::body::drop_bio`].
pub(super) fn byline_from_bio(
    lines: &[Line],
    uses: &mut [Use],
    body_end: usize,
    range_end: usize,
    article: &mut Article,
) {
    if article.byline.is_some() || !article.authors.is_empty() {
        return;
    }
    let last = article
        .paragraphs
        .last()
        .and_then(|p| metadata::bio_name(&p.text));
    let below = || {
        (body_end + 1..range_end.min(body_end + 1 + BIO_BELOW))
            .filter(|&j| kept(uses, j))
            .find_map(|j| metadata::bio_name(&lines[j].text).map(|n| (j, n)))
    };
    let name = match last {
        Some(name) => name,
        None => {
            let Some((j, name)) = below() else {
                return;
            };
            uses[j] = Use::Dropped("author-bio");
            name
        }
    };
    article.authors = metadata::authors(&name);
    article.byline = Some(name);
}

/// The given name alone that `text` is, as a writer signs a post ("Pamela", "— Pamela.").
fn signature_name(text: &str) -> Option<&str> {
    let given = text
        .trim_start_matches(['—', '–', '-', ' '])
        .trim_end_matches(['.', ',', '!', ' ']);
    (!given.contains(char::is_whitespace)
        && crate::extract::entities::lexicon::is_first_name(given))
    .then_some(given)
}

/// "… Watch this space! / Love, / Pamela": a post its writer signs with a given name alone, as a
/// blog's writer does, as its last paragraph or the line under it (or under a valediction from
/// `data/valedictions.txt`), on a page that prints the full name
/// only in its own chrome (the site's menu or title, "Pamela Anderson"). The full name is the
/// byline when the page holds exactly one name opening with the signature; the signature leaves
/// the body.
pub(super) fn byline_from_signature(
    lines: &[Line],
    uses: &mut [Use],
    range: Range<usize>,
    body_end: usize,
    article: &mut Article,
) {
    if article.byline.is_some() || !article.authors.is_empty() || article.paragraphs.len() < 2 {
        return;
    }
    let in_body = article
        .paragraphs
        .last()
        .and_then(|p| signature_name(&p.text));
    // Under the story, the name may sit under a valediction ("Love, / Pamela").
    let mut after = (body_end + 1..range.end).filter(|&j| kept(uses, j));
    let under = after.next().and_then(|j| {
        let closing = lines[j].text.trim().trim_end_matches([',', '.', '!']);
        if VALEDICTIONS.contains(crate::extract::words::lowercase(closing).as_str()) {
            after.next()
        } else {
            Some(j)
        }
    });
    let (given, at) = match (in_body, under) {
        (Some(g), _) => (g.to_owned(), None),
        (None, Some(j)) => match signature_name(&lines[j].text) {
            Some(g) => (g.to_owned(), Some(j)),
            None => return,
        },
        (None, None) => return,
    };
    let mut full: Vec<&str> = range
        .clone()
        .map(|j| lines[j].text.trim())
        .filter(|t| {
            t.split_whitespace().next() == Some(given.as_str())
                && (2..=3).contains(&t.split_whitespace().count())
                && is_name_like(t)
                && short_name(t)
        })
        .collect();
    full.sort_unstable();
    full.dedup();
    let [name] = full[..] else {
        return;
    };
    article.byline = Some(name.to_owned());
    article.authors = metadata::authors(name);
    let at = at.or_else(|| {
        article.paragraphs.pop();
        range.clone().rev().find(|&j| uses[j] == Use::Body)
    });
    if let Some(j) = at {
        uses[j] = Use::Dropped("signature");
    }
}

/// How many lines above the headline a date printed without its year may stand.
const YEARLESS_ABOVE: usize = 3;

/// "Dec. 1" or "Updated Nov 19, 6:55 AM" by the headline: the date of a page that prints none with
/// its year, dated in the year the rest of the page gives (see [`metadata::page_year`]). A date in
/// the page's address says more, so a page that has one keeps it.
pub(super) fn yearless_date(
    lines: &[Line],
    uses: &mut [Use],
    range: Range<usize>,
    title_at: usize,
    body_start: usize,
    url: Option<&str>,
    article: &mut Article,
) {
    if article.published_at.is_some()
        || article.updated_at.is_some()
        || url.and_then(metadata::url_date).is_some()
    {
        return;
    }
    let from = title_at.saturating_sub(YEARLESS_ABOVE).max(range.start);
    let candidates = (from..body_start.min(range.end)).filter(|&j| {
        j != title_at && matches!(uses[j], Use::Unjudged | Use::Dropped(_) | Use::Date)
    });
    let mut year = None;
    for j in candidates {
        let text = &lines[j].text;
        let Some(y) =
            *year.get_or_insert_with(|| metadata::page_year(lines.iter().map(|l| l.text.as_str())))
        else {
            return;
        };
        if let Some(d) = metadata::date_line_in_year(text, y) {
            if uses[j] == Use::Unjudged {
                uses[j] = Use::Date;
            }
            take_dates(vec![d], article);
            return;
        }
    }
}

/// How many date lines of one day a page may print and still be dated by them alone: the
/// published and the updated date.
const SOLE_DATES: usize = 2;

/// A page whose header and foot gave no date but which prints one day's date on its own line
/// somewhere in the article's part of the page (above the headline, among the share links): with
/// no other date to tell apart, it is the story's. Two days, or more lines, are a list's (related
/// stories, comments) and date nothing, and so is a page that shows its own date as a time ago.
pub(super) fn sole_date(
    lines: &[Line],
    uses: &mut [Use],
    range: Range<usize>,
    article: &mut Article,
) {
    if article.published_at.is_some() || article.updated_at.is_some() {
        return;
    }
    // "3 days ago" under the headline is the page's own date, told relative to its reading: an
    // absolute date elsewhere is then another story's.
    // A header line ends in it as often as it stands alone ("Ann Lee and Bo Chan 3 days ago").
    let shows_time_ago = |j: usize| {
        let text = lines[j].text.trim();
        metadata::is_relative_time(text)
            || (uses[j] != Use::Body && text.len() <= 100 && metadata::ends_in_time_ago(text))
    };
    if range.clone().any(shows_time_ago) {
        return;
    }
    let mut found: Vec<(usize, DateLine)> = Vec::new();
    for j in range.filter(|&j| matches!(uses[j], Use::Unjudged | Use::Dropped(_))) {
        let Some(d) = metadata::date_line(&lines[j].text) else {
            continue;
        };
        if found.len() == SOLE_DATES
            || found
                .first()
                .is_some_and(|(_, f)| f.iso[..10] != d.iso[..10])
        {
            return;
        }
        found.push((j, d));
    }
    for (j, _) in &found {
        uses[*j] = Use::Date;
    }
    take_dates(found.into_iter().map(|(_, d)| d).collect(), article);
}

/// Dates read after the body into the article's published and updated dates, the first of each.
fn take_dates(dates: Vec<DateLine>, article: &mut Article) {
    for d in dates {
        let slot = if d.updated {
            &mut article.updated_at
        } else {
            &mut article.published_at
        };
        slot.get_or_insert(d.iso);
    }
}
