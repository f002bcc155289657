//! Attribution cues in the sentence around a quoted span: "…," X said; said X, a former official;
//! X told Y, "…"; X's assertion that "…"; according to X; a clause ending in a colon. Each cue gives
//! the phrase as written and its verb; turning the phrase into a speaker is `resolve`'s job.

use std::sync::LazyLock;

use regex::Regex;

use super::names::{is_capitalized, is_generic_source, is_role, parse_speaker, split_name_role};
use super::phrases::{clause_subject, np_after, np_before, plausible_speaker};
use super::spans::Segment;
use super::tokens::{Tok, is_participle, is_speech_verb, join_span, tokenize};
use crate::extract::words::{FUNCTION_CAPS, SPEECH_NOUNS, TrimPossessive};

/// An attribution read out of the words around a quotation.
#[derive(Debug, Clone)]
pub(super) struct Attribution {
    /// The words that name the speaker, as written.
    pub(super) phrase: String,
    pub(super) verb: Option<String>,
    /// Byte offset in the paragraph where the phrase starts (for pronoun resolution).
    pub(super) at: usize,
}

/// Reads an attribution that follows a quotation: `" the Mossad said."`, `" said Mara Quell, a former
/// official."`, `" Quell told reporters."`, `" he added."`, `" according to the statement."`.
pub(super) fn attribution_after(
    text: &str,
    from: usize,
    to: usize,
    max_subject: usize,
) -> Option<Attribution> {
    let ctx = &text[from..to];
    let toks = tokenize(ctx, from);
    let mut i = 0;
    while i < toks.len() && !toks[i].is_word() {
        i += 1;
    }
    let toks = &toks[i..];
    if toks.is_empty() {
        return None;
    }
    if let Some(a) = according_to(text, toks)
        && a.at <= toks[0].start + 20
    {
        return Some(a);
    }
    // Inverted: "said X". A capitalised word after the closing mark opens a name ("…,” State
    // Department Spokesman Vedant Patel confirmed), not an inverted verb.
    if is_speech_verb(&toks[0]) && !is_capitalized(toks[0].text) && !is_tell(&toks[0]) {
        return inverted(text, toks);
    }
    // "…,” exhorted actress Lena Berg.": right after a quotation's closing comma, a past-tense verb
    // followed by a full name ending the sentence is an inverted cue even when the verb is not in
    // the list; the shape is the evidence.
    if unlisted_inverted_verb(toks)
        && let Some(a) = inverted(text, toks)
        && split_name_role(&a.phrase)
            .0
            .is_some_and(|n| n.contains(' '))
    {
        return Some(a);
    }
    // "X said", "X, a former official, said", "X told reporters".
    let limit = toks.len().min(max_subject + 1);
    // "a report by the institute said": a speech word after an article is a noun.
    let after_article = |k: usize| {
        k > 0
            && matches!(
                toks[k - 1].lower().as_str(),
                "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "this" | "that"
            )
    };
    let v = (0..limit).find(|&k| {
        is_speech_verb(&toks[k]) && !is_capitalized(toks[k].text) && !after_article(k)
    })?;
    if v == 0 {
        return None;
    }
    // Allow a modal or auxiliary before the verb ("has said", "would later say").
    let mut subj_end = v;
    while subj_end > 0
        && matches!(
            toks[subj_end - 1].lower().as_str(),
            "has"
                | "had"
                | "have"
                | "would"
                | "will"
                | "also"
                | "later"
                | "then"
                | "once"
                | "again"
                | "further"
                | "previously"
                | "earlier"
                | "recently"
                | "subsequently"
                | "went"
                | "on"
                | "to"
                | "was"
                | "were"
                | "is"
                | "did"
                | "does"
                | "could"
                | "might"
                | "may"
        )
    {
        subj_end -= 1;
    }
    let subj = &toks[..subj_end];
    if subj.is_empty() {
        return None;
    }
    // The subject runs up to its appositive: keep the head up to the first comma.
    let head_end = subj
        .iter()
        .position(|t| t.is(",") || t.is("(") || t.is("—"))
        .unwrap_or(subj.len());
    let head = &subj[..head_end];
    if head.is_empty() || !plausible_speaker(head) {
        return None;
    }
    // Everything between the quotation and the verb must be the subject and its appositive, and the
    // head a whole noun phrase ("in her handling of the server, but did not … charges" is not).
    // A few words before a name are its role ("library director Alma Reyes said", "former Lena
    // Berg speechwriter Ola Sunde wrote"): a lowercase role noun right before the name allows a
    // longer one.
    np_before(head, head.len()).filter(|&(s, _)| {
        let role_before = s > 0 && !is_capitalized(head[s - 1].text) && is_role(head[s - 1].text);
        s == 0
            || ((s <= 3 || (s <= 6 && role_before))
                && head[s..].iter().filter(|t| is_capitalized(t.text)).count() >= 2
                && head[..s].iter().all(|t| t.is_word() && !is_speech_verb(t)))
    })?;
    let phrase = join_span(text, subj)
        .trim_end_matches([',', '—', ' '])
        .to_owned();
    Some(Attribution {
        phrase,
        verb: Some(toks[v].text.to_owned()),
        at: subj[0].start,
    })
}

/// A lowercase past-tense word opening the words after a quotation, followed by a word.
fn unlisted_inverted_verb(toks: &[Tok]) -> bool {
    let first = &toks[0];
    first.is_word()
        && !is_capitalized(first.text)
        && first.text.len() > 4
        && first.text.ends_with("ed")
        && !FUNCTION_CAPS.contains(first.lower().as_str())
        && toks.get(1).is_some_and(|t| t.is_word())
}

fn is_tell(t: &Tok) -> bool {
    matches!(t.lower().as_str(), "told" | "tell" | "tells" | "telling")
}

/// An inverted cue, `toks[0]` its verb: "said X", "said X, a former official".
fn inverted(text: &str, toks: &[Tok]) -> Option<Attribution> {
    let verb = Some(toks[0].text.to_owned());
    if let Some((s, e)) = np_after(toks, 1) {
        let e = through_role_to_name(toks, e);
        let span = &toks[s..e];
        // "said his best friend at school, Ola Sunde, who …": a description in lowercase is
        // followed by the name it describes.
        if !span.iter().any(|t| is_capitalized(t.text))
            && let Some(name_end) = described_name_end(text, toks, e)
        {
            return Some(Attribution {
                phrase: appositive_extend(text, toks, s, name_end),
                verb,
                at: span[0].start,
            });
        }
        if plausible_speaker(span) {
            let phrase = appositive_extend(text, toks, s, e);
            return Some(Attribution {
                phrase,
                verb,
                at: span[0].start,
            });
        }
    }
    // "said operations manager Callum Reid", "said the conductor, Beatrice Lindqvist, 67",
    // "said Greystone's managing partner, Calvin Rhee": a role in lowercase or a possessive
    // before the name.
    inverted_named(text, toks).map(|name_end| Attribution {
        phrase: appositive_extend(text, toks, 1, name_end),
        verb,
        at: toks[1].start,
    })
}

/// After a description ending at `toks[from]`: the end of a full name set off by a comma within a
/// few words ("… at school, Ola Sunde, who"), when nothing between would start a new clause.
fn described_name_end(text: &str, toks: &[Tok], from: usize) -> Option<usize> {
    let comma = (from..toks.len().min(from + 6)).find(|&k| toks[k].is(","))?;
    if toks[from..comma]
        .iter()
        .any(|t| !t.is_word() || is_speech_verb(t) || is_capitalized(t.text))
    {
        return None;
    }
    let start = comma + 1;
    let mut end = start;
    while end < toks.len()
        && end < start + 4
        && toks[end].is_word()
        && is_capitalized(toks[end].text)
    {
        end += 1;
    }
    let closes = toks.get(end).is_none_or(|t| !t.is_word());
    let (name, _) = split_name_role(&join_span(text, toks.get(start..end)?));
    (end - start >= 2 && closes && name.is_some_and(|n| n.contains(' '))).then_some(end)
}

/// After an inverted "said": the words up to and including a personal name that a role or an
/// appositive comma leads to. Returns the index just past the name.
fn inverted_named(text: &str, toks: &[Tok]) -> Option<usize> {
    let stop = |t: &Tok| {
        t.is(";")
            || t.is("(")
            || is_speech_verb(t) && !is_capitalized(t.text)
            || matches!(
                t.lower().as_str(),
                "on" | "in"
                    | "at"
                    | "after"
                    | "before"
                    | "during"
                    | "to"
                    | "from"
                    | "about"
                    | "when"
                    | "while"
                    | "who"
                    | "which"
                    | "that"
            )
    };
    let limit = toks.len().min(14);
    let mut k = 1;
    while k < limit && !stop(&toks[k]) {
        // The name is the first run of two or more capitalised words not made of roles.
        if is_capitalized(toks[k].text) {
            let mut e = k;
            while e < limit
                && toks[e].is_word()
                && (is_capitalized(toks[e].text)
                    || split_name_role(toks[e].text).0.is_none()
                        && toks[e].text.len() <= 3
                        && toks[e].text.ends_with('.'))
            {
                e += 1;
            }
            let run = join_span(text, &toks[k..e]);
            if let (Some(name), _) = split_name_role(&run)
                && name.contains(' ')
            {
                return Some(e);
            }
            k = e.max(k + 1);
            continue;
        }
        k += 1;
    }
    None
}

/// "said X, a former official": the phrase as written includes the appositive up to the sentence's
/// end, so the role stays in the attribution.
pub(super) fn appositive_extend(text: &str, toks: &[Tok], s: usize, e: usize) -> String {
    let mut end = e;
    if end < toks.len() && toks[end].is(",") {
        let mut k = end + 1;
        while k < toks.len()
            && !toks[k].is(",")
            && !toks[k].is(";")
            && !is_speech_verb(&toks[k])
            && k - end < 14
        {
            k += 1;
        }
        if k > end + 1 && (k == toks.len() || toks[k].is(",")) {
            end = k;
        }
    }
    join_span(text, &toks[s..end])
        .trim_end_matches([',', ' '])
        .to_owned()
}

pub(super) fn according_to(text: &str, toks: &[Tok]) -> Option<Attribution> {
    let k = toks
        .windows(2)
        .position(|w| w[0].lower() == "according" && w[1].lower() == "to")?;
    let (s, e) = np_after(toks, k + 2)?;
    let span = &toks[s..e];
    plausible_speaker(span).then(|| Attribution {
        phrase: join_span(text, span),
        verb: Some("according to".to_owned()),
        at: span[0].start,
    })
}

/// Reads an attribution that precedes a quotation in the same sentence: `Israeli defense chief
/// Avigdor Liberman told Army Radio on Wednesday, "`, `He added, "`, `... and said, "`.
pub(super) fn attribution_before(
    text: &str,
    from: usize,
    to: usize,
    quoted: &[Segment],
    quote_starts_lower: bool,
) -> Option<Attribution> {
    // A wire story's dateline opening the paragraph names where, not who.
    let from = if from == 0 { dateline_end(text) } else { from };
    // Spans closed before `from` hold none of its tokens; in order (`spans::in_order`), they are a
    // prefix, skipped so that a long paragraph is not rescanned from its first span for each token.
    let quoted = &quoted[quoted.partition_point(|g| g.close_end <= from)..];
    // Earlier quotations in the sentence stand as one opaque token, so their words are never read as
    // the writer's ("“A,” she said, and “B”" still finds "she said").
    let mut toks: Vec<Tok> = Vec::new();
    for t in tokenize(&text[from..to], from) {
        match quoted
            .iter()
            .find(|g| g.open <= t.start && t.start < g.close_end)
        {
            Some(g) => {
                if toks.last().is_none_or(|l| l.start != g.open) {
                    toks.push(Tok {
                        text: "<quote>",
                        start: g.open,
                        end: g.close_end,
                    });
                }
            }
            None => toks.push(t),
        }
    }
    if toks.is_empty() {
        return None;
    }
    // "Said Corinne Pike, who grew up with him, “…”": the verb opens the sentence, its subject
    // after it.
    if toks[0].start == from
        && is_capitalized(toks[0].text)
        && is_speech_verb(&toks[0])
        && !is_tell(&toks[0])
        && toks.last().is_some_and(|t| t.is(",") || t.is(":"))
        && let Some(a) = inverted(text, &toks[..toks.len() - 1])
    {
        return Some(a);
    }
    // The nearest speech verb with a subject; a verb-looking noun ("their stress tests") has none.
    // "X's assertion that …" names whose words follow even when another verb governs the sentence.
    let verb = (0..toks.len())
        .rev()
        .filter(|&k| is_verb_at(&toks, k))
        .find_map(|v| subject_of(text, &toks, v).map(|a| (v, a)));
    let owner = possessive_speech(text, &toks);
    // "X's assertion that “…”", "X's remarks: “…”" quote the owner; in "Y said X's remarks were
    // “deeply unfair”" or "Y dismissed X's remarks as “theatre”" the words are Y's.
    let owner_quoted = |k: usize| match toks.get(k + 1) {
        None => !quote_starts_lower,
        Some(t) => t.is(":") || t.is(",") || t.lower() == "that",
    };
    match (verb, owner) {
        (Some((v, _)), Some((k, a))) if k > v && owner_quoted(k) => return Some(a),
        (Some((_, a)), _) => return Some(a),
        (None, Some((_, a))) => return Some(a),
        (None, None) => {}
    }
    // "several officials “urged their counterparts …”": the quotation carries its own verb and the
    // phrase right before it is its subject.
    if quote_starts_lower && let Some((s, e)) = np_before(&toks, toks.len()) {
        let span = &toks[s..e];
        let head_is_source = span
            .last()
            .is_some_and(|t| is_generic_source(t.text) || is_capitalized(t.text));
        if plausible_speaker(span) && head_is_source && (s == 0 || !is_verb_at(&toks, s - 1)) {
            return Some(Attribution {
                phrase: join_span(text, span),
                verb: None,
                at: span[0].start,
            });
        }
    }
    according_to(text, &toks).or_else(|| colon_intro(text, &toks))
}

/// "WASHINGTON —", "KYIV, Dec. 8 (UPI) —", "Washington (AFP) –": where a dateline opening a
/// paragraph ends (0 when there is none). The place is in capitals or followed by an agency's name.
///
/// The pattern is [`DATELINE`]'s, read over the paragraph's opening as [`dateline_shape`] spells it:
/// the pattern tells characters apart only by a few classes, so the same matches come from a
/// pattern over one ASCII stand-in per class. Over Unicode's classes its bounded repeats (`{1,30}`,
/// `{1,20}` of `\p{L}`) compiled into 27 ms of every process's start.
pub(super) fn dateline_end(text: &str) -> usize {
    static SHAPED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:(?P<caps>A[A'.\-]+(?: A[A'.\-]+)*)|A[Aa'.\-]+(?: A[Aa'.\-]+)*)(?:, [Aa0.' ]{1,30}?)?(?P<agency> ?\(A[Aa ]{1,20}\))?[ \t]*[=~\-]{1,2}[ \t]+",
        )
        .expect("dateline pattern compiles")
    });
    let (shape, offsets) = dateline_shape(text);
    let original = |m: regex::Match| &text[offsets[m.start()]..offsets[m.end()]];
    SHAPED
        .captures(&shape)
        .filter(|c| {
            c.name("agency").is_some()
                || c.name("caps").is_some_and(|m| {
                    original(m).chars().filter(|ch| ch.is_alphabetic()).count() >= 3
                })
        })
        .map_or(0, |c| c.get(0).map_or(0, |m| offsets[m.end()]))
}

/// The dateline pattern as written over Unicode's classes, which [`dateline_end`] matches through
/// [`dateline_shape`].
#[cfg(test)]
const DATELINE: &str = r"^(?:(?P<caps>\p{Lu}[\p{Lu}'.\-]+(?: \p{Lu}[\p{Lu}'.\-]+)*)|\p{Lu}[\p{L}'.\-]+(?: \p{Lu}[\p{L}'.\-]+)*)(?:, [\p{L}\d.' ]{1,30}?)?(?P<agency> ?\([\p{Lu}][\p{L} ]{1,20}\))?\s*[—–-]{1,2}\s+";

/// `text`'s opening as the dateline pattern reads it, one ASCII byte per character: `A` a capital
/// (`\p{Lu}`), `a` another letter, `0` a digit (`\p{Nd}`), a space as itself, `\t` other white
/// space, `=` and `~` the em and en dashes, and the marks the pattern names as themselves. It stops
/// at the first character of none of these, which no match can cross. With it, the byte offset in
/// `text` of each character, and of the end of the last.
fn dateline_shape(text: &str) -> (String, Vec<usize>) {
    static CLASSES: LazyLock<[Regex; 3]> = LazyLock::new(|| {
        [r"^\p{Lu}$", r"^\p{L}$", r"^\p{Nd}$"].map(|p| Regex::new(p).expect("class compiles"))
    });
    let mut shape = String::new();
    let mut offsets = Vec::new();
    let mut end = 0;
    for (at, c) in text.char_indices() {
        let stand_in = match c {
            ' ' | ',' | '.' | '\'' | '-' | '(' | ')' => c,
            '—' => '=',
            '–' => '~',
            'A'..='Z' => 'A',
            'a'..='z' => 'a',
            '0'..='9' => '0',
            c if c.is_whitespace() => '\t',
            c if c.is_ascii() => break,
            c => {
                let [capital, letter, digit] = &*CLASSES;
                let mut utf8 = [0; 4];
                let c = &*c.encode_utf8(&mut utf8);
                if capital.is_match(c) {
                    'A'
                } else if letter.is_match(c) {
                    'a'
                } else if digit.is_match(c) {
                    '0'
                } else {
                    break;
                }
            }
        };
        shape.push(stand_in);
        offsets.push(at);
        end = at + c.len_utf8();
    }
    offsets.push(end);
    (shape, offsets)
}

/// The last "Name's SPEECH-NOUN" in the tokens, with its index.
fn possessive_speech(text: &str, toks: &[Tok]) -> Option<(usize, Attribution)> {
    let k = (1..toks.len()).rev().find(|&k| {
        let owner = toks[k - 1].text;
        SPEECH_NOUNS.contains(&toks[k].lower().as_str())
            && (owner.ends_with("'s") || owner.ends_with("’s"))
            && is_capitalized(owner)
            && !FUNCTION_CAPS.contains(&owner.to_lowercase().trim_possessive())
    })?;
    let owner = &toks[k - 1];
    let bare = owner.text.trim_possessive();
    let _ = text;
    Some((
        k,
        Attribution {
            phrase: bare.to_owned(),
            verb: Some(toks[k].text.to_owned()),
            at: owner.start,
        },
    ))
}

/// Is `toks[k]` a speech verb used as a verb here, not a noun ("the report", "their claims")?
pub(super) fn is_verb_at(toks: &[Tok], k: usize) -> bool {
    if !is_speech_verb(&toks[k]) || (is_capitalized(toks[k].text) && k > 0) {
        return false;
    }
    let prev = k.checked_sub(1).map(|p| toks[p].lower());
    // "was asked", "been told": the subject is spoken to, not speaking.
    let passive = matches!(
        prev.as_deref(),
        Some("was" | "were" | "been" | "being" | "is" | "are" | "be" | "get" | "got")
    ) && !toks[k].lower().ends_with("ing");
    let possessed = k > 0 && (toks[k - 1].text.ends_with("'s") || toks[k - 1].text.ends_with("’s"));
    !passive
        && !possessed
        && !matches!(
            prev.as_deref(),
            Some(
                "the"
                    | "a"
                    | "an"
                    | "their"
                    | "his"
                    | "her"
                    | "its"
                    | "our"
                    | "my"
                    | "your"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "of"
                    | "in"
                    | "for"
            )
        )
}

/// "said Cruz constituent Dan Golvach", "said Republican party boss Reince Priebus": a name run
/// cut short by a lowercase role runs on through it (at most three words) to the name it titles,
/// when that name closes the clause. Returns the new end of the phrase.
fn through_role_to_name(toks: &[Tok], end: usize) -> usize {
    let mut j = end;
    // "said former secretary of state Hilde Marsh": "of" joins two role words.
    let role_joiner = |k: usize| {
        matches!(toks[k].lower().as_str(), "of" | "for")
            && toks
                .get(k + 1)
                .is_some_and(|n| n.is_word() && !is_capitalized(n.text))
    };
    // "state" in "secretary of state" is a role here, not the verb.
    let role_after_joiner =
        |k: usize| k > end && role_joiner(k - 1) && super::names::is_role(toks[k].text);
    while j < toks.len()
        && j < end + 3
        && toks[j].is_word()
        && !is_capitalized(toks[j].text)
        && (role_joiner(j)
            || role_after_joiner(j)
            || !is_speech_verb(&toks[j]) && !FUNCTION_CAPS.contains(toks[j].lower().as_str()))
    {
        j += 1;
    }
    if j == end {
        return end;
    }
    let name_start = j;
    while j < toks.len() && toks[j].is_word() && is_capitalized(toks[j].text) {
        j += 1;
    }
    let closes = toks.get(j).is_none_or(|t| !t.is_word());
    if j - name_start >= 2 && closes {
        j
    } else {
        end
    }
}

/// "Cruz called them on it: “…”": a clause ending in a colon introduces what its subject says.
fn colon_intro(text: &str, toks: &[Tok]) -> Option<Attribution> {
    if !toks.last()?.is(":") {
        return None;
    }
    let subject = clause_subject(toks).and_then(|(s, e)| {
        let span = &toks[s..e];
        let phrase = join_span(text, span);
        (plausible_speaker(span) && parse_speaker(&phrase).is_some() && !is_generic_source(&phrase))
            .then(|| Attribution {
                phrase,
                verb: None,
                at: span[0].start,
            })
    });
    subject.or_else(|| name_before_colon(text, toks))
}

/// "… doesn't surprise Republican pollster Daron Shaw: “…”", "More from Jones: “…”": a person named
/// right before the colon, in a clause with no speech verb of its own, introduces the quotation.
fn name_before_colon(text: &str, toks: &[Tok]) -> Option<Attribution> {
    let body = &toks[..toks.len() - 1];
    if body.iter().any(is_speech_verb) {
        return None;
    }
    let mut start = body.len();
    while start > 0 && {
        let t = &body[start - 1];
        t.is_word() && (is_capitalized(t.text) || t.text.ends_with('.') && t.text.len() <= 3)
    } {
        start -= 1;
    }
    // A lowercase role just before the name belongs to the attribution ("pollster Daron Shaw").
    if start > 0 && super::names::is_role(body[start - 1].text) {
        start -= 1;
    }
    let span = body.get(start..)?;
    if span.is_empty() || span.len() > 6 {
        return None;
    }
    let phrase = join_span(text, span);
    let speaker = parse_speaker(&phrase)?;
    (speaker.kind != crate::extract::SpeakerKind::Organization && !is_generic_source(&phrase)).then(
        || Attribution {
            phrase,
            verb: None,
            at: span[0].start,
        },
    )
}

/// Where the verb group of the speech verb at `toks[v]` starts: before the auxiliaries, adverbs and
/// reflexives that sit between a subject and its verb ("has also said", "is telling").
fn verb_group_start(toks: &[Tok], v: usize) -> usize {
    let mut end = v;
    while end > 0 && {
        let l = toks[end - 1].lower();
        matches!(
            l.as_str(),
            "has"
                | "had"
                | "have"
                | "would"
                | "will"
                | "also"
                | "later"
                | "then"
                | "once"
                | "again"
                | "further"
                | "previously"
                | "earlier"
                | "recently"
                | "did"
                | "does"
                | "could"
                | "might"
                | "may"
                | "not"
                | "never"
                | "often"
                | "always"
                | "soon"
                | "still"
                | "even"
                | "just"
                | "however"
                | "too"
                | "instead"
                | "himself"
                | "herself"
                | "themselves"
                | "itself"
        ) || (l.len() > 4 && l.ends_with("ly") && !is_capitalized(toks[end - 1].text))
    } {
        end -= 1;
    }
    // "Trump is telling supporters": a progressive form keeps its subject before "is".
    if is_participle(&toks[v])
        && end > 0
        && matches!(
            toks[end - 1].lower().as_str(),
            "is" | "was" | "were" | "are" | "been"
        )
    {
        end -= 1;
    }
    end
}

/// The subject of the speech verb at `toks[v]`.
pub(super) fn subject_of(text: &str, toks: &[Tok], v: usize) -> Option<Attribution> {
    let verb = Some(toks[v].text.to_owned());
    let end = verb_group_start(toks, v);
    // A phrase after a preposition ("… desk in the army's department said") is not the subject.
    // "with the chief praising …" is the exception: the phrase after "with" does the speaking.
    let with_participle = is_participle(&toks[v]);
    let after_preposition = |s: usize| {
        s > 0
            && match toks[s - 1].lower().as_str() {
                "with" => !with_participle,
                l => matches!(
                    l,
                    "in" | "of"
                        | "at"
                        | "from"
                        | "on"
                        | "by"
                        | "to"
                        | "for"
                        | "into"
                        | "about"
                        | "against"
                        | "over"
                        | "under"
                ),
            }
    };
    if let Some((mut s, e)) = np_before(toks, end).filter(|&(s, _)| !after_preposition(s)) {
        // "Avigdor Lieberman, Defence Minister said", "As John Cornyn, the No. 2 in the leadership,
        // put it": a bare role or a description before the verb follows the name.
        let phrase = join_span(text, &toks[s..e]);
        if s >= 2
            && toks[s - 1].is(",")
            && (is_capitalized(toks[s].text)
                || matches!(toks[s].lower().as_str(), "the" | "a" | "an"))
            && split_name_role(&phrase).0.is_none()
            && let Some((s2, _)) = np_before(toks, s - 1)
            && split_name_role(&join_span(text, &toks[s2..s - 1]))
                .0
                .is_some()
        {
            s = s2;
        }
        let span = &toks[s..e];
        if plausible_speaker(span) {
            return Some(Attribution {
                phrase: join_span(text, span),
                verb,
                at: span[0].start,
            });
        }
    }
    // "X, a former official, said" / "X ... and said" / "X issued a statement, saying": the clause's
    // subject opens it.
    let before = end.checked_sub(1).map(|k| toks[k].lower());
    // "Lazar said he welcomed it and added, ...": a second verb shares the first one's subject. A
    // verb in an opening subordinate clause ("As the crowd began to chant, Sunde … and joked")
    // has a subject of its own.
    // "in what Bay Buchanan, national treasurer for the campaign, called “…”": a full name with
    // its appositive set off by commas right before the verb.
    if before.as_deref() == Some(",")
        && let Some(a) = appositive_subject(text, toks, end - 1, &verb)
    {
        return Some(a);
    }
    let main_clause = clause_subject(&toks[..end]).map_or(0, |(s, _)| s);
    if (matches!(before.as_deref(), Some("and" | "but" | "then"))
        || (before.as_deref() == Some(",") && is_participle(&toks[v])))
        && let Some(a) = (main_clause..end - 1)
            .rev()
            .filter(|&k| is_verb_at(toks, k))
            .find_map(|k| subject_of(text, toks, k))
    {
        return Some(Attribution { verb, ..a });
    }
    // "Sunde incurred boos upon saying, “…”": a participle after a preposition of time has the
    // clause's subject.
    let time_participle = matches!(
        before.as_deref(),
        Some("upon" | "after" | "while" | "before")
    ) && is_participle(&toks[v]);
    if (time_participle
        || matches!(
            before.as_deref(),
            Some("," | "and" | "but" | "then" | "—" | "–")
        ))
        && let Some(a) = clause_opening_subject(text, toks, end, &verb)
    {
        return Some(a);
    }
    // "Aviv Oreg, former head of the desk said:": the appositive's closing comma was dropped.
    if let Some((s, e)) = clause_subject(&toks[..end]) {
        let span = &toks[s..e];
        if e < end
            && toks[e].is(",")
            && span.iter().all(|t| is_capitalized(t.text))
            && split_name_role(&join_span(text, span))
                .0
                .is_some_and(|n| n.contains(' '))
        {
            return Some(Attribution {
                phrase: join_span(text, span),
                verb,
                at: span[0].start,
            });
        }
    }
    None
}

/// "X, a former official, said" / "X ... and said": the subject opening the clause that ends just
/// before the verb group at `end`; a name set off by commas before the verb joins it.
/// The full name before an appositive that closes at the comma `toks[close]`: "Bay Buchanan,
/// national treasurer for the campaign,". Nothing between the commas may be a speech verb.
fn appositive_subject(
    text: &str,
    toks: &[Tok],
    close: usize,
    verb: &Option<String>,
) -> Option<Attribution> {
    let open = (close.saturating_sub(16)..close)
        .rev()
        .find(|&k| toks[k].is(","))?;
    if (open + 1..close).any(|k| is_verb_at(toks, k) || toks[k].is("<quote>")) {
        return None;
    }
    let (s, e) = np_before(toks, open)?;
    let name = &toks[s..e];
    let full_name = name.iter().all(|t| is_capitalized(t.text))
        && split_name_role(&join_span(text, name))
            .0
            .is_some_and(|n| n.contains(' '));
    full_name.then(|| Attribution {
        phrase: join_span(text, &toks[s..close]),
        verb: verb.clone(),
        at: toks[s].start,
    })
}

fn clause_opening_subject(
    text: &str,
    toks: &[Tok],
    end: usize,
    verb: &Option<String>,
) -> Option<Attribution> {
    let clause_start = toks[..end.saturating_sub(1)]
        .iter()
        .rposition(|t| t.is(";") || t.is(":"))
        .map_or(0, |p| p + 1);
    if let Some((s, e)) = clause_subject(&toks[clause_start..end]) {
        let span = &toks[clause_start + s..clause_start + e];
        if plausible_speaker(span) {
            // "Another delegate on the slate, Jim Poolman, said": a name set off by commas
            // just before the verb is who the description means.
            let (s_abs, e_abs) = (clause_start + s, clause_start + e);
            let named_end = end.saturating_sub(1);
            let appositive_name = (e_abs..named_end)
                .rev()
                .find(|&k| toks[k].is(","))
                .map(|k| &toks[k + 1..named_end])
                .filter(|name| {
                    (2..=4).contains(&name.len())
                        && name.iter().all(|t| is_capitalized(t.text))
                        && split_name_role(&join_span(text, name))
                            .0
                            .is_some_and(|n| n.contains(' '))
                });
            // "Retired crane driver Lars Pettersson, 71, said": the subject read so far stops
            // at the lowercase role words; when running on to the first comma gives a full
            // name, the whole phrase up to the verb is the attribution.
            let runs_on_to_name = || {
                if split_name_role(&join_span(text, span))
                    .0
                    .is_some_and(|n| n.contains(' '))
                {
                    return false;
                }
                let Some(comma) = (e_abs..named_end).find(|&k| toks[k].is(",")) else {
                    return false;
                };
                let longer = &toks[s_abs..comma];
                longer.len() <= 8
                    && plausible_speaker(longer)
                    && split_name_role(&join_span(text, longer))
                        .0
                        .is_some_and(|n| n.contains(' '))
            };
            let phrase = match appositive_name {
                Some(_) => join_span(text, &toks[s_abs..named_end]),
                None if runs_on_to_name() => join_span(text, &toks[s_abs..named_end]),
                None => join_span(text, span),
            };
            return Some(Attribution {
                phrase,
                verb: verb.clone(),
                at: span[0].start,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The old reading: the pattern over Unicode's classes, on the paragraph itself.
    fn dateline_end_by_pattern(pattern: &Regex, text: &str) -> usize {
        pattern
            .captures(text)
            .filter(|c| {
                c.name("agency").is_some()
                    || c.name("caps").is_some_and(|m| {
                        m.as_str().chars().filter(|ch| ch.is_alphabetic()).count() >= 3
                    })
            })
            .map_or(0, |c| c.get(0).map_or(0, |m| m.end()))
    }

    /// The shaped pattern ends each dateline where the pattern over Unicode's classes did.
    #[test]
    fn datelines_end_where_the_unicode_pattern_ended_them() {
        let pattern = Regex::new(DATELINE).unwrap();
        let pieces = [
            "WASHINGTON",
            "Kyiv",
            "KYIV",
            "ŁÓDŹ",
            "Łódź",
            "São",
            "D'IVOIRE",
            "ST.",
            ", ",
            ",",
            "Dec. 8",
            "٣",
            "2024",
            " (UPI)",
            " (Agence France Presse)",
            "(AFP)",
            " — ",
            " – ",
            "-",
            "--",
            " ",
            "\u{a0}",
            "\t",
            "\n",
            "said",
            "the",
            "“",
            "\"",
            ":",
            "A",
            "x",
            "\u{301}",
            "Ⅻ",
            "ǅ",
        ];
        let lines =
            crate::extract::captions::tests::lines_of(&pieces, 0x7d3c_22a9_f1e0_4b57, 40_000);
        let bounds = [
            format!("KYIV, {} — he", "a".repeat(29)),
            format!("KYIV, {} — he", "a".repeat(30)),
            format!("Kyiv (U{}) — he", "p".repeat(19)),
            format!("Kyiv (U{}) — he", "p".repeat(20)),
        ];
        let mut found = 0;
        for line in lines.iter().chain(&bounds) {
            let expected = dateline_end_by_pattern(&pattern, line);
            found += usize::from(expected > 0);
            assert_eq!(dateline_end(line), expected, "{line:?}");
        }
        assert!(
            found > 200,
            "only {found} datelines: the test reads too little"
        );
    }
}
