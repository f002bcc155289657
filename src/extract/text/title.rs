//! Title, the text path's sixth stage: which line is the headline. Among headline-shaped lines above
//! the body (and right at its top), the one that sits where headlines sit: right above the dek,
//! byline and date, near the body, in headline case, printed twice, matching the page's address.

use super::byline::{
    is_meta_line, is_name_like, known_given_name, name_with_tail, read_meta, short_name,
};
use super::chrome::{Use, kept};
use super::lines::Line;
use super::shape::{capitalised_share, is_prose, is_title_like, norm};
use crate::extract::boilerplate::word_count;
use regex::Regex;
use rustc_hash::FxHashMap;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

static TITLE_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\S.{10,}?)\s+[Bb]y\s+(\p{Lu}[^,;:!?]{2,60})$").unwrap());
static NEWSLETTER_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(newsletters?|subscribe|sign up|signup|inbox|unsubscribe)\b").unwrap()
});

/// Where the headline is, and where the body starts under it, given the body cluster
/// `body_start..=body_end`; `None` when the article has neither a headline nor prose under one.
#[allow(clippy::too_many_arguments)]
pub(super) fn place(
    lines: &[Line],
    uses: &mut [Use],
    doubled: &[bool],
    prose: &[bool],
    range: Range<usize>,
    (body_start, body_end): (usize, usize),
    url: Option<&str>,
) -> Option<(usize, usize)> {
    let header_floor = range.start;
    let title_at = choose_title(
        lines,
        uses,
        doubled,
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
    match title_at {
        Some(t) => Some((t, body_start)),
        None => {
            let t = body_start;
            let next = (t + 1..range.end).find(|&j| prose[j])?;
            Some((t, next))
        }
    }
}

/// "Headline by Jane Doe" on one line: the headline and the name, which is the byline, unless the
/// body names it too ("Man Rescued by Coast Guard").
pub(super) fn split_byline(
    lines: &[Line],
    prose: &[bool],
    range: Range<usize>,
    title_at: usize,
) -> Option<(String, String)> {
    let c = TITLE_BY.captures(&lines[title_at].text)?;
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
    (is_name_like(&name)
        && short_name(&name)
        && !name.contains(['’', '\''])
        && is_title_like(&head)
        && !in_body
        && elsewhere)
        .then_some((head, name))
}

/// What every candidate headline of one article is scored against.
struct Candidates<'a> {
    lines: &'a [Line],
    uses: &'a [Use],
    doubled: &'a [bool],
    body_start: usize,
    /// The candidate lines: those above the body, then the first few inside it.
    kept_idx: Vec<usize>,
    /// How many of `kept_idx` are above the body.
    n_before: usize,
    /// How often each headline-length line is printed in the article's range.
    counts: FxHashMap<&'a str, usize>,
    /// The page's <title> printed as a line: "Headline | Site" or "Site - Headline".
    page_titles: HashSet<String>,
    /// The words of the page's address.
    slug: Vec<String>,
    /// Whether each line is a byline or date line, read once: every candidate asks it of the four
    /// lines under it, so each line is asked up to four times.
    meta: Vec<std::cell::OnceCell<bool>>,
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
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for l in &lines[floor..end] {
        if (2..=30).contains(&l.words) {
            *counts.entry(l.key.as_str()).or_default() += 1;
        }
    }
    // The page's <title> printed as a line: "Headline | Site" or "Site - Headline".
    let mut page_titles: HashSet<String> = HashSet::new();
    for l in &lines[floor..end] {
        // A line holds a separator only if it holds its mark, which a byte search finds cheaply:
        // building a substring searcher for each separator of each line was most of this loop.
        for (sep, mark) in [
            (" | ", '|'),
            (" - ", '-'),
            (" – ", '–'),
            (" — ", '—'),
            (" :: ", ':'),
        ] {
            if !l.text.contains(mark) {
                continue;
            }
            if let (Some(first), Some(last)) = (l.text.find(sep), l.text.rfind(sep)) {
                page_titles.insert(norm(&l.text[..last]));
                page_titles.insert(norm(&l.text[first + sep.len()..]));
            }
        }
    }
    let slug = url.map(slug_words).unwrap_or_default();
    let c = Candidates {
        lines,
        uses,
        doubled,
        body_start,
        kept_idx,
        n_before,
        counts,
        page_titles,
        slug,
        meta: vec![std::cell::OnceCell::new(); lines.len()],
    };
    let mut best: Option<(f64, usize)> = None;
    for pos in start..c.kept_idx.len() {
        if let Some(score) = c.score(pos)
            && best.is_none_or(|(b, _)| score > b)
        {
            best = Some((score, c.kept_idx[pos]));
        }
    }
    best.map(|(_, i)| i)
}

impl Candidates<'_> {
    fn is_meta(&self, j: usize) -> bool {
        *self.meta[j].get_or_init(|| is_meta_line(&self.lines[j].text))
    }

    /// True when a paragraph of prose follows line `j` within the next few kept lines.
    fn prose_under(&self, j: usize) -> bool {
        (j + 1..self.lines.len())
            .filter(|&k| matches!(self.uses[k], Use::Unjudged))
            .take(3)
            .any(|k| is_prose(&self.lines[k].text))
    }

    /// How much the candidate at `pos` of `kept_idx` looks like the article's headline, or `None`
    /// when it cannot be it.
    fn score(&self, pos: usize) -> Option<f64> {
        let (lines, kept_idx, n_before) = (self.lines, &self.kept_idx, self.n_before);
        let i = kept_idx[pos];
        let t = &lines[i].text;
        if !is_title_like(t) {
            return None;
        }
        let inside = pos >= n_before;
        // Inside the prose cluster, only right at its top (a stray teaser line before the header).
        if inside {
            // Teaser items are packed line on line; a long list of them above the headline is
            // still chrome, not the start of the article.
            let teaser: Vec<usize> = (self.body_start..i)
                .filter(|&j| {
                    matches!(self.uses[j], Use::Unjudged)
                        && is_prose(&lines[j].text)
                        && !(lines[j].blank_before == 0 && lines[j].blank_after == 0)
                })
                .collect();
            if teaser.len() > 6 || teaser.iter().map(|&j| lines[j].words).sum::<usize>() > 100 {
                return None;
            }
        }
        let dist = n_before.abs_diff(pos + 1);
        let mut score = -0.05 * dist as f64;
        let after: Vec<usize> = kept_idx[pos + 1..].iter().copied().take(4).collect();
        let standfirst = |j: usize| {
            let n = &lines[j].text;
            let headline_case = capitalised_share(n) >= 0.6 && !n.ends_with('.');
            (6..=60).contains(&word_count(n)) && !self.is_meta(j) && !headline_case
        };
        let has_standfirst = after.first().is_some_and(|&j| standfirst(j));
        // A standfirst is part of the header: the byline or date may sit one line further down
        // under it, past the same share and account links.
        let header_lines = if has_standfirst { 5 } else { 4 };
        let meta_at = kept_idx[pos + 1..]
            .iter()
            .take(header_lines)
            .position(|&j| self.is_meta(j));
        match meta_at {
            // A date under the story's last paragraph is no headline's: inside the prose, the
            // body goes on under the headline's byline or date.
            Some(k) if !inside || k <= 1 && self.prose_under(kept_idx[pos + 1 + k]) => {
                score += [3.0, 3.0, 3.0, 2.0][k.min(3)]
            }
            // Inside the prose only a headline with its byline or date right under it counts.
            _ if inside => return None,
            _ => {}
        }
        // A standfirst under it, or nothing between it and the body.
        if has_standfirst || after.is_empty() {
            score += 1.0;
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
            && !after.first().is_some_and(|&j| self.is_meta(j))
        {
            score -= 1.0;
        }
        // A newsletter's name: it says so, or its sign-up prompt sits right under it where a
        // headline would have its byline or date.
        let meta_under = after.iter().take(3).any(|&j| self.is_meta(j));
        if NEWSLETTER_WORD.is_match(t)
            || (!meta_under
                && lines
                    .get(i + 1)
                    .is_some_and(|l| NEWSLETTER_WORD.is_match(&l.text) && l.words >= 5))
        {
            score -= 2.0;
        }
        // "Headline / dek / Jane Doe": a bare name under the headline, just above the body, is
        // its byline (further up, a run of title-case names is a menu).
        if !after.iter().any(|&j| self.is_meta(j))
            && dist <= 10
            && after.iter().take(3).any(|&j| {
                let n = &lines[j].text;
                is_name_like(n) && short_name(n) && !NEWSLETTER_WORD.is_match(n)
            })
        {
            score += 1.5;
        }
        // "Headline / Ann Lee, The Vell Courier": a person's name with its outlet or handle right
        // under it is its byline.
        if after
            .first()
            .is_some_and(|&j| name_with_tail(&lines[j].text).is_some_and(known_given_name))
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
        if self.slug.len() >= 3 {
            let words: HashSet<&str> = lines[i].key.split(' ').collect();
            let hits = self
                .slug
                .iter()
                .filter(|s| words.contains(s.as_str()))
                .count();
            if hits as f64 >= 0.6 * self.slug.len() as f64 {
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
        if self.doubled[i]
            || self
                .counts
                .get(lines[i].key.as_str())
                .is_some_and(|&c| c > 1)
            || self.page_titles.contains(&lines[i].key)
        {
            score += 1.0;
        }
        Some(score)
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_slug_and_date_help_the_headline() {
        assert_eq!(
            slug_words("https://x.example/news/2024/03/05/harbour-board-approves-fish-market.html"),
            ["harbour", "board", "approves", "fish", "market"]
        );
        assert!(slug_words("https://x.example/story/12345").is_empty());
    }
}
