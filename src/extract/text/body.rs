//! Body, the text path's fifth stage: which lines are the article's paragraphs. The body is the
//! densest cluster of prose lines in the article's range; once the header stage has taken its lines
//! off the top, runs of short lines (menus, link lists) inside it are dropped, each kept line gets its
//! paragraph kind, and a writer's bio closing the page is taken off the end.

use super::byline::{is_entry_stamp, is_meta_line};
use super::chrome::{Use, kept};
use super::lines::Line;
use super::shape::is_prose;
use crate::extract::boilerplate::{self, has_sentence_punct, word_count};
use crate::extract::matching;
use crate::extract::{Article, Paragraph, ParagraphKind, metadata};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

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

/// Which lines of `range` are prose the body may be made of. A very short clipping (a headline over a
/// sentence or two) has no paragraph-length line; its sentences are its body.
pub(super) fn prose_lines(lines: &[Line], uses: &[Use], range: Range<usize>) -> Vec<bool> {
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
    let mut prose = prose_with(false);
    if !prose.iter().any(|&p| p) {
        prose = prose_with(true);
    }
    prose
}

/// "The foods the diet allows:" under a paragraph, then one short line per item, packed with no
/// blank line between: a list that a copy prints without its bullets. True for each item line.
fn list_items(lines: &[Line], uses: &[Use], range: Range<usize>) -> Vec<bool> {
    let mut items = vec![false; lines.len()];
    for k in range.clone() {
        let intro = &lines[k].text;
        if !kept(uses, k) || !intro.ends_with(':') || lines[k].blank_after > 0 {
            continue;
        }
        // Inside a story: a sentence-length intro with a paragraph of prose just above it. A
        // menu's "Set your location:" heads the page, not a story.
        let prose_above = (range.start..k)
            .rev()
            .take(4)
            .any(|j| kept(uses, j) && is_prose(&lines[j].text));
        if !(4..=25).contains(&word_count(intro)) || !prose_above {
            continue;
        }
        let run: Vec<usize> = (k + 1..range.end)
            .take_while(|&j| {
                // A table's rows (tab-separated) stay text rows, not list items.
                lines[j].blank_before == 0
                    && kept(uses, j)
                    && !lines[j].tabbed
                    && lines[j].words <= 12
                    && !lines[j].text.ends_with(':')
            })
            .collect();
        if run.len() >= 2 {
            for j in run {
                items[j] = true;
            }
        }
    }
    items
}

/// Entry stamps a live blog needs before its stamps are read as such: one or two time-stamped
/// lines are a story's own.
const LIVE_ENTRIES: usize = 3;

/// The entry stamps of a live blog in `range` ([`is_entry_stamp`]), true for each: none unless the
/// range holds [`LIVE_ENTRIES`] of them.
fn entry_stamps(lines: &[Line], uses: &[Use], range: Range<usize>) -> Vec<bool> {
    let mut stamps = vec![false; lines.len()];
    for i in range {
        stamps[i] = matches!(uses[i], Use::Unjudged) && is_entry_stamp(&lines[i].text);
    }
    if stamps.iter().filter(|&&s| s).count() < LIVE_ENTRIES {
        stamps.fill(false);
    }
    stamps
}

/// The start and end (inclusive) of the cluster of prose lines with the most words.
pub(super) fn best_cluster(
    lines: &[Line],
    uses: &[Use],
    prose: &[bool],
    range: Range<usize>,
) -> Option<(usize, usize)> {
    // Gaps are counted in thirds: a kept non-prose line is a full step, a line already dropped as
    // chrome a third (an advert marker inside an article must not split it; a long menu must).
    // Bullets count as prose: a list inside an article does not end it.
    const MAX_GAP: usize = 12;
    // Clusters as (start, end, words).
    let mut clusters: Vec<(usize, usize, usize)> = Vec::new();
    let mut cur: Option<(usize, usize, usize)> = None;
    let mut gap = 0;
    let items = list_items(lines, uses, range.clone());
    let stamps = entry_stamps(lines, uses, range.clone());
    let mut after_stamp = false;
    for i in range.clone() {
        // A live blog's entries are one story: a stamp opens the next entry of it, so the short
        // entries before (a heading, an embedded post) part nothing, nor does the entry's heading
        // ("More on the closures") head a list of other stories.
        if stamps[i] {
            gap = 0;
            after_stamp = true;
            continue;
        }
        let heads_entry = std::mem::take(&mut after_stamp);
        let bullet = matches!(uses[i], Use::Unjudged) && BULLET.is_match(&lines[i].text);
        if prose[i] || bullet || items[i] {
            // Paragraphs are set off by blank lines; list and teaser items are packed line on line
            // and count half.
            let packed = lines[i].blank_before == 0 && lines[i].blank_after == 0;
            let w = lines[i].words / if packed { 2 } else { 1 };
            cur = Some(match cur {
                Some((s, _, words)) => (s, i, words + w),
                None => (i, i, w),
            });
            gap = 0;
        } else if !heads_entry && boilerplate::stops_section(&lines[i].text) {
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
                !prose[j]
                    && !stamps[j]
                    && matches!(uses[j], Use::Unjudged)
                    && is_meta_line(&lines[j].text)
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

/// A short closing paragraph ("More rain is forecast for Thursday.") right after the last long one
/// still belongs to the body: the body's last line, with it.
pub(super) fn closing_end(
    lines: &[Line],
    uses: &[Use],
    body_end: usize,
    range_end: usize,
) -> usize {
    let mut body_end = body_end;
    while body_end + 1 < range_end
        && kept(uses, body_end + 1)
        && lines[body_end + 1].blank_before > 0
        && lines[body_end + 1].words >= 4
        && lines[body_end + 1]
            .text
            .trim_end_matches(['"', '”', '’', '\''])
            .ends_with(['.', '!', '?'])
    {
        body_end += 1;
    }
    body_end
}

/// Body lines: chrome runs out, kinds set.
pub(super) fn paragraphs(
    lines: &[Line],
    uses: &mut [Use],
    prose: &[bool],
    start: usize,
    end: usize,
    article: &mut Article,
) {
    let items = list_items(lines, uses, start..end + 1);
    drop_runs(lines, uses, prose, &items, start, end);
    let mut prev_intro = false;
    for i in start..=end {
        if !kept(uses, i) {
            continue;
        }
        let text = &lines[i].text;
        if metadata::date_line(text).is_some() {
            uses[i] = Use::Dropped("date-line");
            continue;
        }
        let next_kept = (i + 1..=end).find(|&j| kept(uses, j));
        let (kind, para) = if let Some(c) = matching::captures(&BULLET, text) {
            (ParagraphKind::Bullet, c[1].to_owned())
        } else if items[i] {
            (ParagraphKind::Bullet, text.clone())
        } else if prose[i] {
            let followed_by_attribution = next_kept.is_some_and(|n| {
                lines[i].blank_after == 0
                    && ATTRIBUTION_LINE.is_match(&lines[n].text)
                    && lines[n].words <= 16
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
            && next_kept.is_some_and(|n| prose[n] || lines[n].words >= 5)
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

/// Runs of non-prose lines with no blank line between them: menus, link lists, widgets.
fn drop_runs(
    lines: &[Line],
    uses: &mut [Use],
    prose: &[bool],
    items: &[bool],
    start: usize,
    end: usize,
) {
    let mut i = start;
    while i <= end {
        if !kept(uses, i) || prose[i] || items[i] || BULLET.is_match(&lines[i].text) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < end
            && lines[j].blank_after == 0
            && !items[j + 1]
            && (!kept(uses, j + 1) || (!prose[j + 1] && !BULLET.is_match(&lines[j + 1].text)))
        {
            j += 1;
        }
        let members: Vec<usize> = (i..=j).filter(|&k| kept(uses, k)).collect();
        // A table (tab-separated rows, with the line introducing it) is content, not a link list.
        let table = members.iter().filter(|&&k| lines[k].tabbed).count() >= 2;
        if members.len() >= 2 && !table {
            let rule = if members.iter().all(|&k| lines[k].words <= 3) {
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
}

/// "Jane Doe covers the Midwest for The Times.": the writer's bio closing the page, not the story.
/// Also "Jane is a reporter covering …" by first name, and a heading left with nothing under it
/// ("About the author").
pub(super) fn drop_bio(
    article: &mut Article,
    uses: &mut [Use],
    body_start: usize,
    body_end: usize,
) {
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
}
