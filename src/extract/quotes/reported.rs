//! Reported speech without quotation marks ("X said that …", "…, X said.", "according to X, …") as
//! [`QuoteKind::Indirect`], and the sentences of reported speech that quote only a few phrases.

use super::cues::{
    Attribution, according_to, appositive_extend, attribution_after, is_verb_at, subject_of,
};
use super::names::{is_capitalized, is_generic_source};
use super::phrases::{np_after, plausible_speaker};
use super::resolve::Context;
use super::spans::{Segment, breaks_before, quote_kind};
use super::tokens::{Tok, is_first_person, is_speech_verb, tokenize, word_count};
use crate::extract::words::REPORTING_VERBS;
use crate::extract::{Quote, QuoteKind};

/// Whether reported speech comes back as [`QuoteKind::Indirect`] quotes.
pub(super) const REPORT_INDIRECT: bool = true;

/// Reported speech in a sentence with no quotation marks: "Sofrin said the issue was unlikely to be
/// raised", "Officials told reporters that the talks had stalled", "The talks stalled, officials
/// said." Returns the attribution and the byte range of what was said.
pub(super) fn reported_speech(
    text: &str,
    toks: &[Tok],
    s: usize,
    e: usize,
) -> Option<(Attribution, usize, usize)> {
    let mut end = text[s..e].trim_end().len() + s;
    // A sentence ending in a colon introduces a quotation; that is read elsewhere.
    if text[..end].ends_with(':') {
        return None;
    }
    let n = toks.len();
    if let Some(found) = trailing_report(text, toks, end) {
        return Some(found);
    }
    if let Some(found) = trailing_inverted_report(text, toks) {
        return Some(found);
    }
    // "X said (that) …".
    let v = (0..n).find(|&k| is_reporting(&toks[k]) && is_verb_at(toks, k))?;
    let a = subject_of(text, toks, v)?;
    if is_first_person(&a.phrase) || a.phrase.contains("<quote>") {
        return None;
    }
    let that = (v + 1..n.min(v + 12)).find(|&k| toks[k].lower() == "that" && !toks[k - 1].is(","));
    let start = match that {
        Some(k) if k + 1 < n => toks[k + 1].start,
        _ => clause_after_verb(toks, v)?,
    };
    // "… and said the inquiry goes on, the second official said": a trailing attribution is not part
    // of what was said.
    if let Some(k) = (0..n.saturating_sub(1)).rev().find(|&k| {
        toks[k].is(",") && toks[k].start > start && toks[k + 1..].iter().take(7).any(is_reporting)
    }) {
        let tail_attr = attribution_after(text, toks[k].end, end, 8);
        if tail_attr.is_some() {
            end = toks[k].start;
        }
    }
    // "Although he said he would come, he did not": what was said ends with the subordinate clause.
    let subordinate = toks.first().is_some_and(|t| {
        matches!(
            t.lower().as_str(),
            "while"
                | "although"
                | "though"
                | "as"
                | "after"
                | "when"
                | "because"
                | "if"
                | "since"
                | "before"
                | "even"
                | "whereas"
                | "until"
                | "once"
        )
    });
    if subordinate && let Some(c) = toks.iter().find(|t| t.start >= start && t.is(",")) {
        end = c.start;
    }
    (word_count(&text[start..end]) >= 5).then_some((a, start, end))
}

fn is_reporting(t: &Tok) -> bool {
    REPORTING_VERBS.contains(&t.lower().as_str())
}

/// "…, X said." at the end of a sentence that ends at byte `end`.
fn trailing_report(text: &str, toks: &[Tok], end: usize) -> Option<(Attribution, usize, usize)> {
    let n = toks.len();
    if n >= 6
        && let Some(c) = (n.saturating_sub(9)..n).rev().find(|&k| toks[k].is(","))
    {
        let tail = &toks[c + 1..];
        let verb_at = tail
            .iter()
            .position(|t| is_reporting(t) && !is_capitalized(t.text));
        if let Some(vk) = verb_at {
            let attr = attribution_after(text, toks[c].end, end, 8);
            if let Some(a) = attr.filter(|a| a.verb.as_deref() == Some(tail[vk].text)) {
                // Nothing but the attribution may follow the verb ("…, she said Tuesday.").
                let after = &tail[vk + 1..];
                let only_time =
                    after.len() <= 4 && after.iter().all(|t| !is_speech_verb(t) && !t.is(","));
                // "What's next: …, officials said.": a lead-in before a colon is not what was said.
                let from = toks[..c]
                    .iter()
                    .rposition(|t| t.is(":"))
                    .map_or(toks[0].start, |k| {
                        toks.get(k + 1).map_or(toks[c].start, |t| t.start)
                    });
                if only_time
                    && word_count(&text[from..toks[c].start]) >= 5
                    && !is_first_person(&a.phrase)
                {
                    return Some((a, from, toks[c].start));
                }
            }
        }
    }
    None
}

/// "…, said Dan Marsh, a pollster in Leeds." at the end of the sentence.
fn trailing_inverted_report(text: &str, toks: &[Tok]) -> Option<(Attribution, usize, usize)> {
    let n = toks.len();
    for k in (1..n.saturating_sub(2)).rev() {
        if toks[k].is(",")
            && is_reporting(&toks[k + 1])
            && !is_capitalized(toks[k + 1].text)
            && !matches!(toks[k + 1].lower().as_str(), "told" | "tells")
            && let Some((ns, ne)) = np_after(toks, k + 2)
        {
            let rest_is_appositive = ne == n || toks[ne].is(",");
            if rest_is_appositive
                && plausible_speaker(&toks[ns..ne])
                && word_count(&text[toks[0].start..toks[k].start]) >= 5
            {
                let phrase = appositive_extend(text, toks, ns, ne);
                let a = Attribution {
                    phrase,
                    verb: Some(toks[k + 1].text.to_owned()),
                    at: toks[ns].start,
                };
                return Some((a, toks[0].start, toks[k].start));
            }
        }
    }
    None
}

/// Where what was said starts after a reporting verb at `toks[v]` with no "that": only after
/// "said", "added" or "wrote" with a clause right after it.
fn clause_after_verb(toks: &[Tok], v: usize) -> Option<usize> {
    let n = toks.len();
    // No "that": only "said"/"added"/"wrote" with a clause right after it, which must have
    // its own subject and a finite verb soon ("said he would", not "said Dan Marsh" or
    // "noted the prize").
    if !matches!(
        toks[v].lower().as_str(),
        "said" | "says" | "added" | "adds" | "wrote" | "writes"
    ) {
        return None;
    }
    let next = toks.get(v + 1)?;
    let l = next.lower();
    let opens_clause = matches!(
        l.as_str(),
        "the" | "he" | "she" | "they" | "it" | "we" | "there" | "his" | "her" | "their" | "its"
    );
    let finite_soon = toks[v + 1..n.min(v + 8)].iter().any(|t| {
        matches!(
            t.lower().as_str(),
            "is" | "was"
                | "were"
                | "are"
                | "would"
                | "will"
                | "had"
                | "has"
                | "have"
                | "could"
                | "should"
                | "can"
                | "may"
                | "might"
                | "did"
                | "does"
                | "do"
                | "must"
        )
    });
    if !opens_clause || !finite_soon {
        return None;
    }
    Some(next.start)
}

/// A sentence of reported speech with quoted phrases inside what was reported.
pub(super) struct QuotedReport {
    pub(super) attribution: Attribution,
    /// Byte range of what was reported.
    pub(super) from: usize,
    pub(super) to: usize,
    /// Words of the report outside quotation marks.
    pub(super) writer_words: usize,
    /// Indices of the quoted phrases inside it, in the paragraph's segments.
    pub(super) segments: Vec<usize>,
}

impl QuotedReport {
    pub(super) fn content<'a>(&self, text: &'a str) -> &'a str {
        text[self.from..self.to]
            .trim()
            .trim_end_matches([',', ';'])
            .trim_end()
    }
}

/// The sentences of a paragraph that report speech ("X said …", "…, X said.") and quote only
/// phrases, never a whole sentence: the quotation marks sit inside the writer's own clause.
pub(super) fn quoted_reports(text: &str, segs: &[Segment], breaks: &[usize]) -> Vec<QuotedReport> {
    let mut starts = vec![0];
    starts.extend(breaks.iter().copied().filter(|&b| b > 0));
    starts.push(text.len());
    let mut out = Vec::new();
    for w in starts.windows(2) {
        let (s, e) = (w[0], w[1]);
        // The spans are in order (`spans::in_order`): those opening in the sentence are a range.
        let indices: Vec<usize> =
            (segs.partition_point(|g| g.open < s)..segs.partition_point(|g| g.open < e)).collect();
        let inside: Vec<&Segment> = indices.iter().map(|&k| &segs[k]).collect();
        if inside.is_empty() || inside.iter().any(|g| !g.closed || g.close_end > e) {
            continue;
        }
        let mut left = s;
        let all_partial = inside.iter().all(|g| {
            let k = quote_kind(text, g, left);
            left = g.close_end;
            k == QuoteKind::Partial
        });
        if !all_partial {
            continue;
        }
        let toks = tokenize(&text[s..e], s);
        let Some((attribution, mut from, mut to)) =
            reported_speech(text, &toks, s, e).or_else(|| according_to_report(text, &toks, s, e))
        else {
            continue;
        };
        // "Gorka said it was “absolutely clear” that …": the report starts right after the verb, not
        // at a later "that" beyond a quoted phrase.
        if let Some(verb) = &attribution.verb
            && inside
                .iter()
                .any(|g| g.open > attribution.at && g.close_end <= from)
            && let Some(v) = toks
                .iter()
                .position(|t| t.start >= attribution.at && t.text == verb.as_str())
            && let Some(next) = toks.get(v + 1)
        {
            from = next.start;
        }
        // The marks of a phrase at either edge of the report belong to it.
        for g in &inside {
            if g.open < from && from <= g.start {
                from = g.open;
            }
            if g.end <= to && to < g.close_end {
                to = g.close_end;
            }
        }
        // The attribution must stand outside every quotation.
        if inside
            .iter()
            .any(|g| g.open <= attribution.at && attribution.at < g.close_end)
        {
            continue;
        }
        let mut writer = text[from..to].to_owned();
        for g in inside.iter().rev() {
            if g.open >= from && g.close_end <= to {
                writer.replace_range(g.open - from..g.close_end - from, " ");
            }
        }
        out.push(QuotedReport {
            attribution,
            from,
            to,
            writer_words: word_count(&writer),
            segments: indices,
        });
    }
    out
}

/// The attribution of the sentence of reported speech that ends at byte `end` of a paragraph, if
/// that sentence is one.
pub(super) fn report_before(text: &str, end: usize) -> Option<Attribution> {
    let (breaks, from) = breaks_before(text, end);
    let start = breaks
        .into_iter()
        .rfind(|&b| b < end && !text[b..end].trim().is_empty())
        .unwrap_or(from);
    let toks = tokenize(&text[start..end], start);
    reported_speech(text, &toks, start, end).map(|(a, _, _)| a)
}

/// "The campaign is paying “dozens” of canvassers, according to its manager." or "According to
/// the memo, the loss was “long anticipated.”": the source set off by a comma at either end of the
/// sentence, and the rest of the sentence as what it says.
fn according_to_report(
    text: &str,
    toks: &[Tok],
    s: usize,
    e: usize,
) -> Option<(Attribution, usize, usize)> {
    let k = toks
        .windows(2)
        .position(|w| w[0].lower() == "according" && w[1].lower() == "to")?;
    let a = according_to(text, &toks[k..])?;
    let end = s + text[s..e]
        .trim_end()
        .trim_end_matches(['.', '!', '?'])
        .len();
    if k > 0 && toks[k - 1].is(",") {
        let (_, ne) = np_after(toks, k + 2)?;
        let rest = toks.get(ne..).unwrap_or_default();
        if rest.is_empty() {
            return Some((a, toks[0].start, toks[k - 1].start));
        }
        // "Over the long term, according to the office, the deficit …": after a short lead-in.
        let lead = word_count(&text[toks[0].start..toks[k - 1].start]);
        if rest[0].is(",") && lead <= 4 {
            let from = rest.get(1)?.start;
            return (from < end).then_some((a, from, end));
        }
        return None;
    }
    if k == 0 || (k == 1 && matches!(toks[0].lower().as_str(), "but" | "and")) {
        let comma = toks.iter().position(|t| t.is(","))?;
        let from = toks.get(comma + 1)?.start;
        return (from < end).then_some((a, from, end));
    }
    None
}

/// Reported speech with quoted phrases worked in: the whole of what was reported, as well as the
/// phrases themselves (`emitted` says which of the paragraph's spans were kept as quotes).
pub(super) fn phrase_reports(
    text: &str,
    pi: usize,
    reports: &[QuotedReport],
    emitted: &[bool],
    ctx: &Context,
) -> Vec<Quote> {
    let mut quotes = Vec::new();
    // One phrase already kept as a partial quote says it all; several phrases with the writer's
    // words between them, or a phrase too short to keep alone, do not.
    for r in reports.iter().filter(|r| {
        r.writer_words >= 3 && (r.segments.len() >= 2 || r.segments.iter().any(|&k| !emitted[k]))
    }) {
        let speaker = ctx.resolve(&r.attribution.phrase, text, r.attribution.at, pi);
        if speaker.is_none() && !is_generic_source(&r.attribution.phrase) {
            continue;
        }
        quotes.push(Quote {
            paragraph: pi,
            text: r.content(text).to_owned(),
            speaker,
            attribution: Some(r.attribution.phrase.clone()),
            verb: r.attribution.verb.clone(),
            kind: QuoteKind::Indirect,
        });
    }
    quotes
}
