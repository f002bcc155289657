//! Speaker choice for quoted spans: which cue speaks for each span (a name line, the words after it,
//! the words before it, the report it sits in), what a span inherits from the quotation or paragraph
//! before it, and which spans are dropped as scare quotes or titles.

use super::blocks::{attribution_line, name_line};
use super::cues::{Attribution, attribution_after, attribution_before};
use crate::extract::words::{CHARACTERIZING, PERSONAL_PRONOUNS};
use crate::extract::{Quote, QuoteKind, Speaker};

use super::names::is_capitalized;
use super::reported::{QuotedReport, quoted_reports, report_before};
use super::resolve::Context;
use super::spans::{Segment, looks_like_title, quote_kind, sentence_breaks};
use super::tokens::{Tok, is_speech_verb, tokenize, word_count};

/// Who said a quotation: the speaker, the attribution as written, the verb.
pub(super) type Source = (Option<Speaker>, Option<String>, Option<String>);

/// Is a short quoted phrase governed by the attribution's verb ("called it “a disgrace”"), rather
/// than a scare quote in a sentence that happens to report speech elsewhere?
fn partial_governed(text: &str, left_from: usize, seg: &Segment, a: &Attribution) -> bool {
    // No verb: the phrase's subject stands right before it ("Trump “sort of hopes” …").
    let Some(verb) = &a.verb else { return true };
    let v = verb.to_lowercase();
    let before = &text[left_from..seg.open];
    // The verb must come before the phrase, close to it.
    let Some(vpos) = before.rfind(verb.as_str()) else {
        // The attribution follows ("“very concerning,” he said"): a short phrase that is the whole of
        // what was said.
        return seg.content(text).trim_end().ends_with([',', '.', '?', '!']);
    };
    let gap = word_count(&before[vpos + verb.len()..]);
    // Measured on the annotated corpus: a short phrase in marks anywhere after the speech verb of
    // its sentence is the speaker's wording far more often than a scare quote.
    if CHARACTERIZING.contains(&v.as_str()) || v == "according to" {
        gap <= 40
    } else {
        gap <= 30
    }
}

/// What one paragraph hands on to the next.
#[derive(Debug, Default)]
pub(super) struct Carried {
    /// The speaker of the previous paragraph's last quotation, if that paragraph ended in one (or
    /// left one open), for paragraphs that carry a quotation on with no attribution of their own.
    pub(super) carry: Option<Source>,
    /// The attribution a paragraph ending in "said:" gives the block quote or quotation after it.
    pub(super) intro: Option<(Option<Speaker>, Attribution)>,
    /// The named subject of the previous paragraph's last sentence, when that paragraph held no
    /// quotation.
    pub(super) prev_subject: Option<(Speaker, String)>,
}

/// A paragraph with quoted spans, as their attribution reads it.
pub(super) struct Para<'a> {
    pub(super) text: &'a str,
    pub(super) pi: usize,
    pub(super) segs: &'a [Segment],
    /// Sentence starts outside quotations.
    breaks: Vec<usize>,
    /// Sentences of reported speech that quote phrases.
    pub(super) reports: Vec<QuotedReport>,
}

impl<'a> Para<'a> {
    pub(super) fn new(text: &'a str, pi: usize, segs: &'a [Segment]) -> Self {
        debug_assert!(super::spans::in_order(segs), "spans overlap: {segs:?}");
        // The spans are in order and apart (`spans::in_order`), so the only one that can hold a
        // break is the last opening before it: a search, not a scan of every span for every break
        // (which made one endless line quadratic).
        let breaks: Vec<usize> = sentence_breaks(text)
            .into_iter()
            .filter(|&b| {
                let before = segs.partition_point(|g| g.start < b);
                !(before > 0 && b <= segs[before - 1].end)
            })
            .collect();
        let reports = quoted_reports(text, segs, &breaks);
        Para {
            text,
            pi,
            segs,
            breaks,
            reports,
        }
    }
}

/// The quotations in marks of one paragraph, pushed onto `quotes` in order. Returns the source of
/// the last one kept and which spans were kept.
pub(super) fn marked_quotes(
    para: &Para,
    ctx: &mut Context,
    carried: &Carried,
    quotes: &mut Vec<Quote>,
) -> (Option<Source>, Vec<bool>) {
    let (text, pi, segs) = (para.text, para.pi, para.segs);
    let mut last_in_para: Option<Source> = None;
    let mut emitted = vec![false; segs.len()];
    for (k, seg) in segs.iter().enumerate() {
        let (content, line_attr) = closing_name_line(text, seg);
        // The breaks are in increasing order: the last at or before the opening mark.
        let sent_start = match para.breaks.partition_point(|&b| b <= seg.open) {
            0 => 0,
            n => para.breaks[n - 1],
        };
        let left_from = if k > 0 {
            sent_start.max(segs[k - 1].close_end)
        } else {
            sent_start
        };
        let right = cue_after(para, k, content);
        let starts_lower = content.chars().next().is_some_and(char::is_lowercase);
        let left = || attribution_before(text, sent_start, seg.open, &segs[..k], starts_lower);
        // "Fundraising was “stagnant” as donors waited, he said.": the sentence's own report
        // names the speaker of every phrase quoted inside what was reported.
        let reported = || {
            para.reports
                .iter()
                .find(|r| r.from <= seg.open && seg.close_end <= r.to)
                .map(|r| r.attribution.clone())
        };
        // "under what Mr. Hedge called ''the prior economy model,'' the club charged …": a quotation
        // right after its speech verb is that verb's object, whatever cue follows it.
        let right = match right {
            Some(r) if seg.open > sent_start => match left() {
                Some(l) if verb_governs(text, &l, seg.open) => Some(l),
                _ => Some(r),
            },
            r => r,
        };
        let mut attr = line_attr.or(right).or_else(left).or_else(reported);
        let inherited = if attr.is_none() {
            inherited(para, k, sent_start, last_in_para.as_ref(), carried, ctx)
        } else {
            None
        };
        let kind = quote_kind(text, seg, left_from);
        let words = word_count(content);
        // Scare quotes, titles and bare names: a few words with no speech act around them.
        let short = words <= 3 || (words <= 7 && looks_like_title(content));
        let (speaker, attribution, verb) = if let Some(a) = attr.take() {
            if kind == QuoteKind::Partial && short && !partial_governed(text, sent_start, seg, &a) {
                continue;
            }
            let sp = ctx.resolve(&a.phrase, text, a.at, pi);
            (sp, Some(a.phrase), a.verb)
        } else if let Some(inh) = inherited {
            // A short phrase inherits a speaker only from a quotation earlier in its own sentence
            // ("praising their “courage”, fulfilling tasks “shoulder to shoulder”").
            let same_sentence = k > 0 && segs[k - 1].close_end >= sent_start;
            if short && kind == QuoteKind::Partial && !same_sentence {
                continue;
            }
            inh
        } else {
            // No speaker in sight: keep whole sentences that read as speech, drop the rest.
            if kind == QuoteKind::Partial || words < 6 || looks_like_title(content) {
                continue;
            }
            (None, None, None)
        };
        if looks_like_title(content) && words <= 7 && kind != QuoteKind::Direct {
            continue;
        }
        ctx.note_speaker(&speaker);
        last_in_para = Some((speaker.clone(), attribution.clone(), verb.clone()));
        emitted[k] = true;
        quotes.push(Quote {
            paragraph: pi,
            text: content.to_owned(),
            speaker,
            attribution,
            verb,
            kind,
        });
    }
    (last_in_para, emitted)
}

/// Whether the speech verb of attribution `a` stands right before the quotation opening at `open`,
/// with at most two words between ("called them “…”", "said that “…”").
fn verb_governs(text: &str, a: &Attribution, open: usize) -> bool {
    let Some(verb) = a.verb.as_deref() else {
        return false;
    };
    let Some(i) = text[a.at..open].rfind(verb) else {
        return false;
    };
    let between = &text[a.at + i + verb.len()..open];
    !between.contains(['.', ';', '"', '“', '”']) && word_count(between) <= 2
}

/// A span's text, with the "Name, title." line closing it taken off as its attribution
/// ("…\nCharles Lamb, Harbour Trust.").
fn closing_name_line<'t>(text: &'t str, seg: &Segment) -> (&'t str, Option<Attribution>) {
    let content = seg.content(text).trim();
    if let Some(nl) = content.rfind('\n') {
        let line = content[nl + 1..].trim().trim_end_matches(['"', '”']);
        if attribution_line(line).or_else(|| name_line(line)).is_some() {
            let at = seg.start + nl + 1;
            let attr = Attribution {
                phrase: line.trim_end_matches('.').to_owned(),
                verb: None,
                at,
            };
            return (content[..nl].trim_end(), Some(attr));
        }
    }
    if let Some((body, attr)) = attribution_inside_marks(text, content) {
        return (body, Some(attr));
    }
    (content, None)
}

/// "“The shipment was never authorised, the second harbour official said.”": an attribution the
/// outlet put inside the closing mark. The quotation is the words before it.
fn attribution_inside_marks<'t>(text: &'t str, content: &'t str) -> Option<(&'t str, Attribution)> {
    let trimmed = content.trim_end_matches(['.', ' ']);
    let comma = trimmed.rfind(", ")?;
    let tail = &trimmed[comma + 2..];
    let words: Vec<&str> = tail.split_whitespace().collect();
    let (verb, phrase) = words.split_last()?;
    let body = content[..comma].trim_end();
    let opens_phrase = phrase.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "a" | "an" | "one" | "another" | "two" | "three" | "he" | "she" | "they"
        ) || is_capitalized(w)
    });
    if !matches!(*verb, "said" | "says" | "added")
        || phrase.is_empty()
        || phrase.len() > 8
        || !opens_phrase
        || tail.contains(['"', '“', '”', '‘', '’', ':', ';'])
        || word_count(body) < 3
    {
        return None;
    }
    let phrase = phrase.join(" ");
    let at = content.as_ptr() as usize - text.as_ptr() as usize + comma + 2;
    Some((
        body,
        Attribution {
            phrase,
            verb: Some((*verb).to_owned()),
            at,
        },
    ))
}

/// The attribution in the words after span `k`, up to the end of its sentence or the next span.
fn cue_after(para: &Para, k: usize, content: &str) -> Option<Attribution> {
    let (text, segs, seg) = (para.text, para.segs, &para.segs[k]);
    // "…,” delegate Kari Dahl, wearing “Save the Ferry” pins, said: a few words quoted inside the
    // subject's appositive, with no punctuation of their own, do not end the writer's words.
    let inline_name = |n: &Segment| {
        let words = n.content(text);
        n.closed && word_count(words) <= 4 && !words.trim_end().ends_with(['.', ',', '?', '!', ':'])
    };
    let next_open = segs[k + 1..]
        .iter()
        .find(|n| !inline_name(n))
        .map_or(text.len(), |n| n.open);
    // A quotation ending in "?”" or "!”" seems to end its sentence, but "Smith asked." after it
    // still belongs to it.
    let after_ws =
        seg.close_end + (text[seg.close_end..].len() - text[seg.close_end..].trim_start().len());
    let right_to = para
        .breaks
        .get(para.breaks.partition_point(|&b| b <= after_ws))
        .copied()
        .unwrap_or(text.len())
        .min(next_open);
    if !seg.closed {
        return None;
    }
    let quote_end_punct = content.ends_with([',', '?', '!', '—', '–']) || content.ends_with("...");
    let after = text[seg.close_end..right_to].trim_start();
    let lower_start = after.chars().next().is_some_and(char::is_lowercase);
    // "“… the emails that are missing.” Trump said.": a full stop where the comma belonged; a
    // sentence of nothing but a subject and its speech verb still attributes the quotation.
    let bare_cue = || {
        let sentence = after.trim_end();
        let ws: Vec<&str> = sentence.trim_end_matches('.').split_whitespace().collect();
        sentence.ends_with('.')
            && (2..=4).contains(&ws.len())
            && ws.last().is_some_and(|v| {
                v.chars().all(char::is_lowercase) && crate::extract::words::SPEECH_VERBS.contains(v)
            })
    };
    if !(quote_end_punct || lower_start || !content.ends_with(['.', ';']) || bare_cue()) {
        return None;
    }
    // A phrase that ends without punctuation runs on into the writer's sentence; only a short "he
    // said" right after it attributes it.
    let max_subject = if quote_end_punct || content.ends_with(['.', ';']) {
        23
    } else {
        4
    };
    attribution_after(text, seg.close_end, right_to, max_subject)
        .or_else(|| attribution_closing_sentence(text, seg.close_end, right_to))
}

/// "''…,'' like the recent volatility of markets, said Richard Curtin, an economist." and "“…,” as
/// his father dreamed, Mr. Turry said.": the writer's words run on after the quotation and the
/// sentence closes with its attribution, set off by a comma. The words between hold no other
/// quotation.
fn attribution_closing_sentence(text: &str, from: usize, to: usize) -> Option<Attribution> {
    let between = &text[from..to];
    if between.contains(['"', '“', '”']) || between.contains("''") {
        return None;
    }
    let mut commas: Vec<usize> = between
        .match_indices(", ")
        .map(|(i, _)| from + i + 2)
        .collect();
    // The last clause first: it is the attribution when the sentence ends in one.
    commas.reverse();
    commas.into_iter().take(3).find_map(|at| {
        let a = attribution_after(text, at, to, 8)?;
        // The cue must close the sentence: only its subject's appositive may follow the verb.
        let rest = &text[a.at..to];
        (word_count(rest) <= 16).then_some(a)
    })
}

/// The source span `k` carries on from when no cue names one: the quotation before it in the
/// paragraph, the intro, quotation or subject the paragraph before hands on, or the reported speech
/// of the sentence before.
fn inherited(
    para: &Para,
    k: usize,
    sent_start: usize,
    last_in_para: Option<&Source>,
    carried: &Carried,
    ctx: &Context,
) -> Option<Source> {
    let (text, seg) = (para.text, &para.segs[k]);
    let pending_intro = &carried.intro;
    // Same-sentence or same-paragraph continuation: "“A,” X said. “B.”"
    if let Some(prev) = last_in_para {
        return Some(prev.clone());
    }
    if k == 0 && seg.open <= 1 {
        if let Some((sp, a)) = pending_intro {
            return Some((sp.clone(), Some(a.phrase.clone()), a.verb.clone()));
        } else if let Some((sp, a, v)) = &carried.carry {
            return Some((sp.clone(), a.clone(), v.clone()));
        } else if let Some((sp, a)) = &carried.prev_subject {
            // A paragraph that is all quotation after one about its speaker: "Richards also spoke
            // about the case." then "“…”".
            return Some((Some(sp.clone()), Some(a.clone()), None));
        }
        return None;
    }
    if k == 0
        && let Some((sp, a)) = pending_intro
    {
        return Some((sp.clone(), Some(a.phrase.clone()), a.verb.clone()));
    }
    // "Then, later that month on Harbour Radio: “…”": a paragraph opening with only when and where
    // before its colon goes on with the previous paragraph's speaker.
    if k == 0
        && sent_start == 0
        && let Some(carry) = &carried.carry
        && adverbial_intro(&text[..seg.open])
    {
        return Some(carry.clone());
    }
    if k == 0
        && text[sent_start..seg.open].trim().is_empty()
        && let Some(a) = report_before(text, sent_start)
    {
        // "Lindqvist said the strike was costly. “That is a large number …”": a quotation opening
        // the sentence after reported speech carries on its words.
        let sp = ctx.resolve(&a.phrase, text, a.at, para.pi);
        if sp.is_some() {
            return Some((sp, Some(a.phrase), a.verb));
        }
    }
    if k == 0 && sent_start > 0 && text[sent_start..seg.open].trim().is_empty() {
        return sentence_before(para, sent_start, ctx);
    }
    None
}

/// Words before a colon that say only when or where ("Then, later that month on Harbour Radio:"):
/// no speech verb, no pronoun, and every capitalised word after the first inside a place or outlet
/// that a preposition opens.
fn adverbial_intro(intro: &str) -> bool {
    let Some(intro) = intro.trim_end().strip_suffix(':') else {
        return false;
    };
    let toks = tokenize(intro, 0);
    let words: Vec<&Tok> = toks.iter().filter(|t| t.is_word()).collect();
    if words.is_empty() || words.len() > 12 {
        return false;
    }
    let mut in_place = false;
    words.iter().enumerate().all(|(k, t)| {
        let l = t.lower();
        if is_speech_verb(t)
            || PERSONAL_PRONOUNS.contains(&l.as_str())
            || matches!(l.as_str(), "i" | "we" | "they")
        {
            return false;
        }
        if matches!(
            l.as_str(),
            "on" | "in" | "at" | "to" | "from" | "during" | "after" | "before"
        ) {
            in_place = true;
            return true;
        }
        let capital = is_capitalized(t.text);
        if !capital {
            in_place = false;
        }
        k == 0 || !capital || in_place
    })
}

/// A quotation opening a sentence of its paragraph, with no cue of its own, speaks for the sentence
/// before it: for the speaker its closing attribution names ("Or maybe the mayor, consultant Phil
/// Moss says. “…”", "Dana Bryce agreed. “…”"), else for the person that sentence is about ("Boldt
/// distanced himself from the movement. “I am going to support him …”").
fn sentence_before(para: &Para, sent_start: usize, ctx: &Context) -> Option<Source> {
    let text = para.text;
    let prev_start = para
        .breaks
        .iter()
        .rev()
        .find(|&&b| b < sent_start)
        .copied()
        .unwrap_or(0);
    if para
        .segs
        .iter()
        .any(|g| g.open < sent_start && g.close_end > prev_start)
    {
        return None;
    }
    let closing = attribution_closing_sentence(text, prev_start, sent_start).or_else(|| {
        let a = attribution_after(text, prev_start, sent_start, 8)?;
        let after_verb = a
            .verb
            .as_ref()
            .and_then(|v| text[a.at..sent_start].find(v.as_str()));
        after_verb
            .is_some_and(|i| word_count(&text[a.at + i..sent_start]) <= 3)
            .then_some(a)
    });
    if let Some(a) = closing
        && let Some(sp) = ctx.resolve(&a.phrase, text, a.at, para.pi)
    {
        return Some((Some(sp), Some(a.phrase), a.verb));
    }
    let (sp, phrase) = ctx.closing_subject(&text[..sent_start], para.pi)?;
    (sp.kind == crate::extract::SpeakerKind::Person).then(|| (Some(sp), Some(phrase), None))
}

/// What paragraph `para` hands on to the next: its last quotation when the paragraph ends in it or
/// leaves it open, and its closing sentence's subject when it holds no quotation.
pub(super) fn hand_on(
    para: &Para,
    ctx: &Context,
    last_in_para: Option<Source>,
) -> (Option<Source>, Option<(Speaker, String)>) {
    let (text, segs) = (para.text, para.segs);
    let prev_subject = if segs.is_empty() {
        ctx.closing_subject(text, para.pi)
    } else {
        None
    };
    let carry = match (segs.last(), &last_in_para) {
        (Some(seg), Some((sp, a, v))) => {
            let tail = text[seg.close_end..].trim();
            // A long tail still hands the speaker on when it speaks of nobody else ("…,” Adelson
            // said during the interview in Macau, ahead of the opening of his new hotel.).
            let ends_in_quote = !seg.closed
                || tail.is_empty()
                || word_count(tail) <= 12
                || (sp.is_some() && !ctx.names_another_person(tail, para.pi, sp.as_ref()));
            ends_in_quote.then(|| (sp.clone(), a.clone(), v.clone()))
        }
        _ => None,
    };
    (carry, prev_subject)
}
