//! Block quotes: paragraphs quoted whole without marks (a blockquote, a paragraph after a line that
//! ends in "said:", or a first-person paragraph over a "Name, title." line), with the lines that
//! introduce or sign them.

use super::attribute::Carried;
use super::cues::{Attribution, subject_of};
use super::names::{is_capitalized, split_name_role};
use super::phrases::{is_role_word, np_after, plausible_speaker};
use super::resolve::Context;
use super::spans::{Segment, double_segments, sentence_start_after};
use super::tokens::{is_speech_verb, join_span, tokenize, word_count};
use crate::extract::{Paragraph, ParagraphKind, Quote, QuoteKind};

/// A line naming who said the block quote just before it: "Name, title." or "— Name, title".
pub(super) fn attribution_line(line: &str) -> Option<String> {
    let trimmed = line.trim();
    let dashed = trimmed.starts_with(['—', '–', '-', '~']);
    let line = trimmed.trim_start_matches(['—', '–', '-', '~', ' ']).trim();
    // A bare name on its own line is as often a subhead or a signature as an attribution; only a
    // dash or a title after a comma makes it one.
    if !dashed && !line.contains(',') {
        return None;
    }
    let body = line.trim_end_matches('.');
    if body.is_empty() || body.contains(['“', '”', '"', '?', '!', ':']) || body.contains(". ") {
        return None;
    }
    let ws: Vec<&str> = body.split_whitespace().collect();
    if ws.len() > 18 {
        return None;
    }
    let (head, tail) = match body.split_once(',') {
        Some((h, t)) => (h.trim(), t.trim()),
        None => (body, ""),
    };
    let head_words: Vec<&str> = head.split_whitespace().collect();
    if head_words.len() < 2 || head_words.len() > 4 || !head_words.iter().all(|w| is_capitalized(w))
    {
        return None;
    }
    let (name, role) = split_name_role(head);
    let name = name?;
    if role.is_some() && tail.is_empty() {
        return None;
    }
    // The rest is a title: capitalised words and the small words between them, no verb.
    for w in tail.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() || is_capitalized(w) {
            continue;
        }
        let l = w.to_lowercase();
        let small = matches!(
            l.as_str(),
            "of" | "the"
                | "and"
                | "for"
                | "at"
                | "in"
                | "on"
                | "a"
                | "an"
                | "to"
                | "former"
                | "deputy"
                | "senior"
                | "chief"
                | "head"
                | "acting"
                | "assistant"
                | "associate"
                | "research"
                | "fellow"
                | "professor"
                | "director"
                | "member"
                | "founder"
                | "author"
                | "editor"
                | "spokesperson"
                | "spokesman"
                | "spokeswoman"
                | "minister"
                | "secretary"
                | "ambassador"
                | "adviser"
                | "advisor"
                | "analyst"
        );
        if !small && !is_role_word(&l) {
            return None;
        }
    }
    Some(name)
}

/// A short line holding only a titled name ("S.C. Rep. Jim Clyburn."), as printed under a quotation.
pub(super) fn name_line(line: &str) -> Option<String> {
    let body = line
        .trim()
        .trim_start_matches(['—', '–', '-', '~', ' '])
        .trim_end_matches('.');
    let ws: Vec<&str> = body.split_whitespace().collect();
    if ws.len() < 2 || ws.len() > 8 || body.contains(['“', '”', '"', '?', '!', ':']) {
        return None;
    }
    let name = split_name_role(body).0?;
    (name.contains(' ')
        && ws
            .iter()
            .all(|w| is_capitalized(w) || is_role_word(&w.to_lowercase()) || w.starts_with('(')))
    .then_some(name)
}

/// Does this paragraph end by introducing a block quote ("Avigdor Lieberman, Defence Minister said
/// on Twitter:", "Michael said:")? Returns the attribution it gives.
pub(super) fn block_intro(text: &str) -> Option<Attribution> {
    let t = text.trim_end();
    if !t.ends_with(':') {
        return None;
    }
    let segs = double_segments(t);
    if segs.iter().any(|s| !s.closed) {
        return None;
    }
    let floor = segs.last().map_or(0, |s| s.close_end);
    let start = sentence_start_after(t, floor, t.len());
    let toks = tokenize(&t[start..], start);
    // "Stated Stone:", "Said the senator:": the verb first, the speaker after it.
    if toks
        .first()
        .is_some_and(|f| is_speech_verb(f) && is_capitalized(f.text))
        && let Some((s, e)) = np_after(&toks, 1)
        && e + 1 == toks.len()
        && plausible_speaker(&toks[s..e])
    {
        return Some(Attribution {
            phrase: join_span(t, &toks[s..e]),
            verb: Some(toks[0].text.to_owned()),
            at: toks[s].start,
        });
    }
    let v = (0..toks.len())
        .rev()
        .find(|&k| is_speech_verb(&toks[k]) && !is_capitalized(toks[k].text))?;
    // The verb must be close to the colon: "said:", "said on Twitter:", "saying:".
    if toks.len() - v > 6 {
        return None;
    }
    subject_of(t, &toks, v)
}

/// Does the passage speak as "I" or "we"? A plain paragraph followed by a "Name, title." line is a
/// quotation only then; otherwise the line is a signature or a credit.
fn speaks_in_first_person(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
        .any(|w| {
            matches!(
                w.replace('’', "'").to_lowercase().as_str(),
                "i" | "i'm"
                    | "i've"
                    | "i'd"
                    | "i'll"
                    | "we"
                    | "we're"
                    | "we've"
                    | "our"
                    | "us"
                    | "my"
                    | "me"
            )
        })
}

/// Splits a trailing "Name, title." line (or last sentence) off a paragraph.
fn split_trailing_attribution(text: &str) -> (&str, Option<String>) {
    let t = text.trim_end();
    if let Some(nl) = t.rfind('\n')
        && let Some(name) = attribution_line(&t[nl + 1..])
    {
        return (t[..nl].trim_end(), Some(name));
    }
    (t, None)
}

/// Paragraph `pi` as a block quote, when it is one: a blockquote paragraph, or a paragraph without
/// marks right after a line that introduces one or over a line that signs it. Returns the quote and
/// the paragraph to read next (past a signing line).
pub(super) fn block_quote(
    paragraphs: &[Paragraph],
    pi: usize,
    segs: &[Segment],
    ctx: &mut Context,
    carried: &mut Carried,
) -> Option<(Quote, usize)> {
    let p = &paragraphs[pi];
    let text = p.text.as_str();
    let wrapped =
        segs.len() == 1 && segs[0].open <= 1 && segs[0].close_end + 1 >= text.trim_end().len();
    let is_block =
        segs.is_empty() && (p.kind == ParagraphKind::Blockquote || carried.intro.is_some());
    let next_attr_line = paragraphs
        .get(pi + 1)
        .and_then(|n| attribution_line(&n.text));
    let (body, own_line) = split_trailing_attribution(text);
    if !(is_block
        || (segs.is_empty()
            && p.kind != ParagraphKind::Subhead
            && (next_attr_line.is_some() || own_line.is_some())
            && word_count(body) >= 8
            && (p.kind == ParagraphKind::Blockquote || speaks_in_first_person(body)))
        || (p.kind == ParagraphKind::Blockquote && wrapped))
    {
        return None;
    }
    let mut speaker = None;
    let mut attribution = None;
    let mut verb = None;
    if let Some((sp, a)) = carried.intro.take() {
        speaker = sp;
        attribution = Some(a.phrase);
        verb = a.verb;
    } else if let Some(name) = own_line.clone().or(next_attr_line.clone()) {
        speaker = ctx.resolve(&name, text, 0, pi);
        attribution = Some(name);
    } else if p.kind == ParagraphKind::Blockquote
        && let Some((sp, a, v)) = carried.carry.clone()
    {
        speaker = sp;
        attribution = a;
        verb = v;
    }
    // A run of block paragraphs closed by one attribution line shares it.
    let mut group_end = pi;
    if speaker.is_none() && p.kind == ParagraphKind::Blockquote {
        while group_end + 1 < paragraphs.len()
            && paragraphs[group_end + 1].kind == ParagraphKind::Blockquote
        {
            group_end += 1;
        }
        if let Some(name) = paragraphs
            .get(group_end + 1)
            .and_then(|n| attribution_line(&n.text))
        {
            speaker = ctx.resolve(&name, text, 0, pi);
            attribution = Some(name);
        }
    }
    let content = if wrapped { segs[0].content(text) } else { body };
    let content = content.trim().to_owned();
    ctx.note_speaker(&speaker);
    let quote = Quote {
        paragraph: pi,
        text: content,
        speaker: speaker.clone(),
        attribution: attribution.clone(),
        verb: verb.clone(),
        kind: QuoteKind::Block,
    };
    carried.carry = Some((speaker, attribution, verb));
    // Skip the attribution line after the block, so it is not read as text.
    let skip_line = next_attr_line.is_some() && own_line.is_none();
    Some((quote, pi + 1 + usize::from(skip_line)))
}
