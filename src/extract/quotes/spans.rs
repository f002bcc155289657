//! Quoted spans: where a paragraph's quotation marks open and close (curly, straight, mixed, single
//! marks and paired apostrophes; a mark left open; a closing mark whose opener was dropped), where its
//! sentences break, and whether a span is a whole quotation or a few words worked into the writer's
//! sentence. Knows nothing of speakers.

use super::names::is_capitalized;
use super::tokens::{is_abbreviation, word_count};
use crate::extract::QuoteKind;

fn is_double_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '″')
}

/// A passage in quotation marks, as byte offsets into its paragraph.
#[derive(Debug, Clone)]
pub(super) struct Segment {
    /// Where the opening mark is (equal to `start` when the passage opens without one).
    pub(super) open: usize,
    pub(super) start: usize,
    pub(super) end: usize,
    /// Just past the closing mark (equal to `end` when the passage runs to the paragraph's end).
    pub(super) close_end: usize,
    pub(super) closed: bool,
}

impl Segment {
    pub(super) fn content<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

fn prev_char(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// Finds the quoted passages of a paragraph. Straight marks are told open from close by the
/// characters around them, so mixed styles ("“…\"", "\"…”") pair up; a mark left open runs to the end
/// of the paragraph; a closing mark with no opener closes a passage that began at the start of its
/// sentence (an outlet dropped the opener).
fn find_segments(
    text: &str,
    marks: fn(char) -> bool,
    openers: &[char],
    closers: &[char],
    paired_apostrophes: bool,
) -> Vec<Segment> {
    let mut segs: Vec<Segment> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i < skip_to {
            continue;
        }
        // Some archives print a double mark as two apostrophes (''like this'').
        let (c, len) = if paired_apostrophes && c == '\'' && text[i + 1..].starts_with('\'') {
            ('"', 2)
        } else {
            (c, c.len_utf8())
        };
        if !marks(c) {
            continue;
        }
        skip_to = i + len;
        let prev = prev_char(text, i);
        let next = text[i + len..].chars().next();
        let opener_ctx = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/:".contains(p))
            && next.is_some_and(|n| !n.is_whitespace());
        let closer_ctx = prev.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| {
                n.is_whitespace() || n.is_ascii_punctuation() || "—–”’".contains(n)
            });
        // "… keep it running,' \" said Holt": a mark standing free after a nested quotation's close
        // (or the sentence's punctuation) closes the passage that is open.
        let spaced_closer = prev.is_some_and(char::is_whitespace)
            && next.is_none_or(char::is_whitespace)
            && text[..i]
                .trim_end()
                .ends_with(['\'', '’', ',', '.', '?', '!']);
        // An apostrophe between letters (don’t) is never a mark.
        if prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let is_opener = openers.contains(&c);
        let is_closer = closers.contains(&c);
        match open {
            None => {
                // A curly opener always opens; a straight (or misused closing) mark opens where it
                // sits like an opener.
                if is_opener || (opener_ctx && !closer_ctx) {
                    open = Some((i, i + len));
                } else if closer_ctx && prev.is_some_and(|p| ".,?!".contains(p)) {
                    // Orphan closer: the passage began at its sentence's start (after the previous
                    // passage's attribution, if any).
                    let floor = segs.last().map_or(0, |s| s.close_end);
                    let start = sentence_start_after(text, floor, i);
                    if start < i {
                        segs.push(Segment {
                            open: start,
                            start,
                            end: i,
                            close_end: i + len,
                            closed: true,
                        });
                    }
                }
            }
            Some((o, s)) => {
                if is_closer || closer_ctx || spaced_closer {
                    segs.push(Segment {
                        open: o,
                        start: s,
                        end: i,
                        close_end: i + len,
                        closed: true,
                    });
                    open = None;
                } else if opener_ctx {
                    // Two openers in a row: the first was never closed; start over at the second.
                    open = Some((i, i + len));
                }
            }
        }
    }
    if let Some((o, s)) = open {
        let end = text.trim_end().len();
        if end > s {
            segs.push(Segment {
                open: o,
                start: s,
                end,
                close_end: end,
                closed: false,
            });
        }
    }
    segs.retain(|s| s.content(text).chars().any(char::is_alphabetic));
    segs
}

pub(super) fn double_segments(text: &str) -> Vec<Segment> {
    // Most sentences hold no quotation: every double mark but '"' and "''" is outside ASCII.
    if !text.bytes().any(|b| b == b'"' || b == b'\'' || b >= 0x80) {
        return Vec::new();
    }
    find_segments(text, is_double_mark, &['“', '„', '«'], &['”', '»'], true)
}

/// Single marks as the primary quotation marks (British style), used only when a paragraph has no
/// double marks at all.
fn single_segments(text: &str) -> Vec<Segment> {
    let curly = find_segments(text, |c| matches!(c, '‘' | '’'), &['‘'], &['’'], false);
    if !curly.is_empty() || !text.contains('\'') {
        return curly;
    }
    // Straight single marks ('…,' she said): an apostrophe inside a word is skipped by the scan.
    find_segments(text, |c| c == '\'', &[], &[], false)
}

/// How far back a sentence's start is looked for. News sentences are far shorter; the bound keeps a
/// paragraph that is one endless line from being read again for every quotation and name in it.
const SENTENCE_WINDOW: usize = 4096;

/// The sentence breaks of `text[..end]` within the last [`SENTENCE_WINDOW`] bytes, as offsets in
/// `text`, and where that window starts.
pub(super) fn breaks_before(text: &str, end: usize) -> (Vec<usize>, usize) {
    let from = text.floor_char_boundary(end.saturating_sub(SENTENCE_WINDOW));
    let breaks = sentence_breaks(&text[from..end])
        .into_iter()
        .map(|b| b + from)
        .collect();
    (breaks, from)
}

/// Where the sentence that `text[..end]` ends in starts: its last sentence break, or the start of
/// the window looked at.
pub(super) fn last_sentence_start(text: &str, end: usize) -> usize {
    let from = text.floor_char_boundary(end.saturating_sub(SENTENCE_WINDOW));
    last_sentence_break(&text[from..end]).map_or(from, |b| b + from)
}

/// Where the sentence containing `i` starts, not looking before `floor`.
pub(super) fn sentence_start_after(text: &str, floor: usize, i: usize) -> usize {
    let floor = floor.max(text.floor_char_boundary(i.saturating_sub(SENTENCE_WINDOW)));
    let mut start = floor;
    // Include the character at `i` so that a break right before it (". “") is seen.
    let upto = text[i..].chars().next().map_or(i, |c| i + c.len_utf8());
    for b in sentence_breaks(&text[floor..upto]) {
        if floor + b <= i {
            start = floor + b;
        }
    }
    let rest = &text[start..i];
    start + (rest.len() - rest.trim_start().len())
}

/// Byte offsets where new sentences start in `s` (after ". ", "? ", "! " and a capital or a mark).
pub(super) fn sentence_breaks(s: &str) -> Vec<usize> {
    // The stops are ASCII, so a byte search finds them on character boundaries; most stops end no
    // sentence and are ruled out by the few characters after them.
    memchr::memchr3_iter(b'.', b'?', b'!', s.as_bytes())
        .filter_map(|i| break_after_stop(s, i))
        .collect()
}

/// The last of [`sentence_breaks`]`(s)`: breaks rise with their stops, so the last stop that makes
/// one is found from the end.
pub(super) fn last_sentence_break(s: &str) -> Option<usize> {
    memchr::memchr3_iter(b'.', b'?', b'!', s.as_bytes())
        .rev()
        .find_map(|i| break_after_stop(s, i))
}

/// Where the sentence that the stop at `s[i]` ends is followed by the next one, if it is.
fn break_after_stop(s: &str, i: usize) -> Option<usize> {
    // Closing marks and brackets right after the stop, then a space, then what opens the next one.
    let after_closers = s[i + 1..].trim_start_matches(['"', '”', '’', ')', '\'']);
    if !after_closers.starts_with(char::is_whitespace) {
        return None;
    }
    let next = after_closers.trim_start();
    let mut chars = next.chars();
    let nc = chars.next()?;
    // '' or a single mark before a capital opens a quotation as a double mark does.
    let after = chars.next();
    let quote_open =
        (nc == '\'' || nc == '‘') && after.is_some_and(|a| a == '\'' || a.is_uppercase());
    let nc = if quote_open { '"' } else { nc };
    if !(nc.is_uppercase() || nc.is_numeric() || is_double_mark(nc) || nc == '‘') {
        return None;
    }
    if s.as_bytes()[i] == b'.' {
        let word_start = s[..i]
            .char_indices()
            .rev()
            .find(|&(_, ch)| ch.is_whitespace() || ch == '(')
            .map_or(0, |(p, ch)| p + ch.len_utf8());
        let word = &s[word_start..i];
        // "U.S. officials": an abbreviation followed by a capital rarely ends a sentence, but one
        // followed by a quotation mark does.
        if !word.is_empty()
            && is_abbreviation(word)
            && !word.chars().all(char::is_numeric)
            && !is_double_mark(nc)
        {
            return None;
        }
    }
    Some(s.len() - next.len())
}

pub(super) trait SentenceEnd {
    fn is_empty_or_ends_sentence(&self) -> bool;
}

impl SentenceEnd for str {
    fn is_empty_or_ends_sentence(&self) -> bool {
        self.is_empty() || self.ends_with(['.', '?', '!', ':', '“', '"', '—'])
    }
}

/// Is the quotation the whole of what someone said, or a few words worked into the writer's own
/// sentence?
pub(super) fn quote_kind(text: &str, seg: &Segment, sentence_start: usize) -> QuoteKind {
    let content = seg.content(text).trim();
    let starts_upper = content
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '[' || c == '.');
    let before = text[sentence_start..seg.open].trim_end();
    let introduced =
        before.is_empty() || before.ends_with([',', ':', '—', '–']) || before.ends_with("that");
    let ends_sentence = content.ends_with(['.', '?', '!', ',', '—', '…'])
        || content.ends_with("...")
        || !seg.closed;
    let sentence_like = starts_upper && (ends_sentence || word_count(content) >= 6);
    // "“…,” said Stavros, “and the channel cannot wait.”": the second half of an interrupted
    // sentence starts in lowercase but is as direct as the first.
    let resumed = before.ends_with([',', ':'])
        && content.ends_with(['.', '?', '!'])
        && word_count(content) >= 3;
    if introduced && (sentence_like || resumed || word_count(content) >= 12) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Title-cased words with no sentence punctuation: a show, a book or a slogan named in marks.
pub(super) fn looks_like_title(s: &str) -> bool {
    let s = s.trim().trim_end_matches([',', '.']);
    let ws: Vec<&str> = s.split_whitespace().collect();
    if ws.is_empty() || ws.len() > 7 || s.ends_with(['?', '!']) {
        return false;
    }
    let small = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "of" | "the"
                | "a"
                | "an"
                | "and"
                | "in"
                | "on"
                | "for"
                | "to"
                | "with"
                | "at"
                | "&"
                | "or"
                | "from"
                | "by"
        )
    };
    ws.iter()
        .all(|w| is_capitalized(w) || small(w) || !w.chars().any(char::is_alphabetic))
        && !ws.is_empty()
        && !ws.iter().all(|w| w.chars().all(|c| !c.is_lowercase()))
}

/// Whether `segs` are in reading order and apart, each within itself in order (open ≤ start ≤ end ≤
/// close_end) and closed before the next opens: what [`find_segments`] makes (it pushes a span only
/// past the last one's close, and filters keep the order), and what the stages' binary searches
/// over spans and sentence breaks rely on.
pub(super) fn in_order(segs: &[Segment]) -> bool {
    segs.iter()
        .all(|g| g.open <= g.start && g.start <= g.end && g.end <= g.close_end)
        && segs.windows(2).all(|w| w[0].close_end <= w[1].open)
}

/// The quoted spans of a paragraph: double marks, or single marks when it has no double ones.
pub(super) fn paragraph_segments(text: &str) -> Vec<Segment> {
    let mut segs = double_segments(text);
    if segs.is_empty() && !text.contains(['"', '“', '”']) && !text.contains("''") {
        segs = single_segments(text);
        // Single marks double as apostrophes; only whole sentences in them count as quotes.
        segs.retain(|s| word_count(s.content(text)) >= 4);
    }
    segs
}
