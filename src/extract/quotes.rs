//! Quotations and their speakers, found in an article's paragraphs.
//!
//! Owns everything between body paragraphs and [`Quote`]s: finding quoted passages (curly,
//! straight, mixed or single marks, and the paired apostrophes some archives print; a quotation
//! carried on into the next paragraph; block quotes with no marks), reading the attribution around
//! each ("…," X said; X told Y, "…"; "…," said X, a former official; a line ending in "said:" before a
//! block quote; a "Name, title." line after one), resolving pronouns, surnames and "the statement"
//! to the person or body meant, and reported speech without marks ("X said that …", "…, X said.") as
//! [`QuoteKind::Indirect`]. Words in marks that no speech act governs (scare quotes, titles) are left
//! out.
//!
//! Everything works on words and small word lists, so it behaves the same on outlets and people it
//! has never seen. The rules were tuned against the annotated corpus in `../shared/corpus` (see
//! `examples/eval/quotes.rs` for the measure).

use std::sync::LazyLock;

use regex::Regex;

use super::speakers::{self, is_capitalized, parse_speaker, split_name_role};
use super::{Paragraph, ParagraphKind, Quote, QuoteKind, Speaker, SpeakerKind};

/// Verbs that introduce speech or writing, in every form an attribution uses them.
const SPEECH_VERBS: &[&str] = &[
    "say",
    "said",
    "says",
    "saying",
    "tell",
    "told",
    "tells",
    "telling",
    "add",
    "added",
    "adds",
    "adding",
    "write",
    "wrote",
    "writes",
    "writing",
    "tweet",
    "tweeted",
    "tweets",
    "tweeting",
    "state",
    "stated",
    "states",
    "declare",
    "declared",
    "declares",
    "declaring",
    "announce",
    "announced",
    "announces",
    "ask",
    "asked",
    "asks",
    "asking",
    "reply",
    "replied",
    "replies",
    "respond",
    "responded",
    "responds",
    "explain",
    "explained",
    "explains",
    "explaining",
    "note",
    "noted",
    "notes",
    "noting",
    "continue",
    "continued",
    "continues",
    "argue",
    "argued",
    "argues",
    "arguing",
    "insist",
    "insisted",
    "insists",
    "insisting",
    "claim",
    "claimed",
    "claims",
    "claiming",
    "warn",
    "warned",
    "warns",
    "warning",
    "urge",
    "urged",
    "urges",
    "urging",
    "confirm",
    "confirmed",
    "confirms",
    "confirming",
    "admit",
    "admitted",
    "admits",
    "admitting",
    "acknowledge",
    "acknowledged",
    "acknowledges",
    "acknowledging",
    "concede",
    "conceded",
    "concedes",
    "recall",
    "recalled",
    "recalls",
    "recalling",
    "remark",
    "remarked",
    "remarks",
    "observe",
    "observed",
    "observes",
    "suggest",
    "suggested",
    "suggests",
    "suggesting",
    "promise",
    "promised",
    "promises",
    "promising",
    "pledge",
    "pledged",
    "pledges",
    "vow",
    "vowed",
    "vows",
    "vowing",
    "predict",
    "predicted",
    "predicts",
    "conclude",
    "concluded",
    "concludes",
    "complain",
    "complained",
    "complains",
    "complaining",
    "lament",
    "lamented",
    "laments",
    "joke",
    "joked",
    "jokes",
    "joking",
    "quip",
    "quipped",
    "quips",
    "boast",
    "boasted",
    "boasts",
    "boasting",
    "brag",
    "bragged",
    "brags",
    "charge",
    "charged",
    "charges",
    "contend",
    "contended",
    "contends",
    "counter",
    "countered",
    "counters",
    "maintain",
    "maintained",
    "maintains",
    "emphasize",
    "emphasized",
    "emphasizes",
    "emphasise",
    "emphasised",
    "stress",
    "stressed",
    "stresses",
    "stressing",
    "shout",
    "shouted",
    "shouts",
    "chant",
    "chanted",
    "chanting",
    "yell",
    "yelled",
    "read",
    "reads",
    "post",
    "posted",
    "posts",
    "report",
    "reported",
    "reports",
    "describe",
    "described",
    "describes",
    "describing",
    "call",
    "called",
    "calls",
    "calling",
    "label",
    "labeled",
    "labelled",
    "labels",
    "dub",
    "dubbed",
    "brand",
    "branded",
    "term",
    "termed",
    "praise",
    "praised",
    "praises",
    "praising",
    "criticize",
    "criticized",
    "criticizes",
    "criticised",
    "criticizing",
    "slam",
    "slammed",
    "slams",
    "blast",
    "blasted",
    "blasts",
    "accuse",
    "accused",
    "accuses",
    "accusing",
    "deny",
    "denied",
    "denies",
    "denying",
    "mock",
    "mocked",
    "mocks",
    "tout",
    "touted",
    "touts",
    "hail",
    "hailed",
    "hails",
    "hailing",
    "characterize",
    "characterized",
    "characterizes",
    "dismiss",
    "dismissed",
    "dismisses",
    "dismissing",
    "demand",
    "demanded",
    "demands",
    "demanding",
    "question",
    "questioned",
    "wonder",
    "wondered",
    "wonders",
    "wondering",
    "testify",
    "testified",
    "testifies",
    "assert",
    "asserted",
    "asserts",
    "asserting",
    "allege",
    "alleged",
    "alleges",
    "announcing",
    "thank",
    "thanked",
    "greet",
    "greeted",
    "cry",
    "cried",
    "exclaim",
    "exclaimed",
    "muse",
    "mused",
    "scoff",
    "scoffed",
    "snap",
    "snapped",
    "retort",
    "retorted",
    "interject",
    "interjected",
    "concur",
    "agree",
    "agreed",
    "agrees",
    "pointed",
    "point",
    "points",
    "reiterate",
    "reiterated",
    "reiterates",
    "repeat",
    "repeated",
    "repeats",
    "whisper",
    "whispered",
    "preach",
    "preached",
    "proclaim",
    "proclaimed",
    "proclaims",
    "predicting",
    "explaining",
    "summed",
    "summarize",
    "summarized",
    "recount",
    "recounted",
    "recounts",
    "elaborate",
    "elaborated",
    "begin",
    "began",
    "begins",
    "starts",
    "started",
    "went",
    "goes",
    "chimed",
    "wrote",
    "texted",
    "emailed",
    "e-mailed",
    "messaged",
    "advise",
    "advised",
    "advises",
    "plead",
    "pleaded",
    "pled",
    "beg",
    "begged",
    "implore",
    "implored",
    "reason",
    "reasoned",
    "signal",
    "signaled",
    "signalled",
    "mused",
    "opine",
    "opined",
    "theorize",
    "theorized",
    "figured",
    "believes",
    "believe",
    "believed",
    "thinks",
    "think",
    "thought",
    "feel",
    "feels",
    "felt",
    "hope",
    "hopes",
    "hoped",
    "fear",
    "fears",
    "feared",
    "worry",
    "worries",
    "worried",
    "estimate",
    "estimated",
    "estimates",
    "insisted",
    "warned",
    "quoted",
    "cited",
    "citing",
    "barked",
    "cracked",
    "gushed",
    "raged",
    "fumed",
    "sniped",
    "thundered",
    "roared",
    "intoned",
    "marveled",
    "marvelled",
    "pressed",
    "interrupted",
    "challenged",
    "demurred",
    "offered",
    "ventured",
    "clarified",
    "corrected",
    "objected",
    "protested",
    "sighed",
    "laughed",
    "cautioned",
    "cautions",
    "threatened",
    "threatens",
    "retweeted",
    "explains",
    "recalls",
    "jokes",
    "observing",
    "recalling",
    "remarking",
    "replying",
    "responding",
    "conceding",
    "acknowledging",
    "confessed",
    "confesses",
    "confided",
    "lectured",
    "preached",
    "scolded",
    "pleads",
    "swore",
    "vowed",
    "bemoaned",
    "decried",
    "decries",
    "ridiculed",
    "lambasted",
    "derided",
    "chided",
    "rebuked",
    "taunted",
    "teased",
    "hinted",
    "mused",
    "griped",
    "answer",
    "answered",
    "answers",
    "imply",
    "implied",
    "implies",
    "beamed",
    "expressed",
    "expressing",
    "expresses",
    "voiced",
    "puts",
    "put",
];

/// Verbs that, in front of a short quoted phrase, make it a partial quote rather than a scare quote:
/// "called it “a disgrace”", "described the leak as “very concerning”".
const CHARACTERIZING: &[&str] = &[
    "call",
    "called",
    "calls",
    "calling",
    "describe",
    "described",
    "describes",
    "describing",
    "label",
    "labeled",
    "labelled",
    "labels",
    "dub",
    "dubbed",
    "brand",
    "branded",
    "term",
    "termed",
    "characterize",
    "characterized",
    "characterizes",
    "refer",
    "referred",
    "refers",
    "referring",
];

/// Words after which a sentence does not end even though a full stop follows them.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
    "st", "jr", "sr", "prof", "rev", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct",
    "nov", "dec", "no", "vs", "inc", "corp", "co", "ltd", "ft", "mt", "gov", "pres", "u.s", "u.n",
    "u.k", "d.c", "e.g", "i.e", "a.m", "p.m", "vol", "fig", "approx", "est", "dept", "univ",
    "calif", "ariz", "ark", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
    "tex", "va", "vt", "wash", "wis", "wyo", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "r.i",
    "s.c", "s.d", "w.va",
];

/// Capitalised words that open a sentence or clause without naming anyone.
const FUNCTION_CAPS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "so",
    "yet",
    "when",
    "after",
    "before",
    "as",
    "while",
    "although",
    "though",
    "if",
    "because",
    "since",
    "until",
    "once",
    "however",
    "meanwhile",
    "still",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "to",
    "of",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "there",
    "here",
    "then",
    "now",
    "last",
    "next",
    "on",
    "during",
    "instead",
    "also",
    "even",
    "both",
    "asked",
    "speaking",
    "according",
    "earlier",
    "later",
    "today",
    "yesterday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "what",
    "why",
    "how",
    "who",
    "where",
    "we",
    "i",
    "you",
    "they",
    "he",
    "she",
    "our",
    "my",
    "his",
    "her",
    "their",
    "your",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "president",
    "north",
    "south",
    "east",
    "west",
    "new",
    "united",
    "great",
    "middle",
    "islamic",
    "saint",
    "san",
    "los",
    "las",
    "tel",
    "el",
    "al",
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "democratic",
    "white",
    "supreme",
    "prime",
    "minister",
    "secretary",
    "state",
    "house",
    "senate",
    "congress",
    "american",
    "americans",
    "not",
    "no",
    "yes",
    "all",
    "some",
    "many",
    "most",
    "more",
    "several",
    "every",
    "each",
    "one",
    "two",
    "three",
    "first",
    "second",
    "third",
    "former",
    "like",
    "unlike",
    "despite",
    "without",
    "within",
    "under",
    "over",
    "about",
    "into",
    "through",
    "between",
    "among",
    "against",
    "toward",
    "towards",
    "upon",
    "where",
    "whether",
    "such",
    "another",
    "other",
    "only",
    "just",
    "perhaps",
    "maybe",
    "indeed",
    "thus",
    "therefore",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
    "otherwise",
    "rather",
    "either",
    "neither",
];

/// Pronouns that name no one we can resolve: the quotation is kept, its speaker left open.
const UNRESOLVED_PRONOUNS: &[&str] = &["they", "we", "i", "you", "it", "one", "who", "which"];

static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}$][\p{L}\p{N}\-'’.&/]*|[,;:—–()\[\]!?]").expect("word pattern compiles")
});

/// One token of a context: a word (with a full stop kept only on abbreviations) or a punctuation
/// mark that matters for phrase boundaries.
#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl Tok<'_> {
    fn lower(&self) -> String {
        self.text.replace('’', "'").to_lowercase()
    }
    fn is_word(&self) -> bool {
        self.text
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '$')
    }
    fn is(&self, p: &str) -> bool {
        self.text == p
    }
}

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    w.chars().count() == 1 || w.contains('.') || ABBREVIATIONS.contains(&w.as_str())
}

fn tokenize(s: &str, base: usize) -> Vec<Tok<'_>> {
    WORD.find_iter(s)
        .map(|m| {
            let mut text = m.as_str();
            if text.ends_with('.') && !is_abbreviation(text) {
                text = text.trim_end_matches('.');
            }
            Tok {
                text,
                start: base + m.start(),
                end: base + m.start() + text.len(),
            }
        })
        .filter(|t| !t.text.is_empty())
        .collect()
}

fn is_speech_verb(t: &Tok) -> bool {
    SPEECH_VERBS.contains(&t.lower().as_str())
}

fn is_double_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '″')
}

/// A passage in quotation marks, as byte offsets into its paragraph.
#[derive(Debug, Clone)]
struct Segment {
    /// Where the opening mark is (equal to `start` when the passage opens without one).
    open: usize,
    start: usize,
    end: usize,
    /// Just past the closing mark (equal to `end` when the passage runs to the paragraph's end).
    close_end: usize,
    closed: bool,
}

impl Segment {
    fn content<'a>(&self, text: &'a str) -> &'a str {
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
                if is_closer || closer_ctx {
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

fn double_segments(text: &str) -> Vec<Segment> {
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

/// Where the sentence containing `i` starts, not looking before `floor`.
fn sentence_start_after(text: &str, floor: usize, i: usize) -> usize {
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
fn sentence_breaks(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let bytes: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in bytes.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        // Skip closing marks and brackets right after the stop.
        let mut j = k + 1;
        while j < bytes.len() && matches!(bytes[j].1, '"' | '”' | '’' | ')' | '\'') {
            j += 1;
        }
        if j >= bytes.len() || !bytes[j].1.is_whitespace() {
            continue;
        }
        let mut n = j;
        while n < bytes.len() && bytes[n].1.is_whitespace() {
            n += 1;
        }
        if n >= bytes.len() {
            continue;
        }
        let nc = bytes[n].1;
        // '' or a single mark before a capital opens a quotation as a double mark does.
        let after = bytes.get(n + 1).map(|b| b.1);
        let quote_open =
            (nc == '\'' || nc == '‘') && after.is_some_and(|a| a == '\'' || a.is_uppercase());
        let nc = if quote_open { '"' } else { nc };
        if !(nc.is_uppercase() || nc.is_numeric() || is_double_mark(nc) || nc == '‘') {
            continue;
        }
        if c == '.' {
            let word_start = s[..i]
                .char_indices()
                .rev()
                .find(|&(_, ch)| ch.is_whitespace() || ch == '(')
                .map_or(0, |(p, ch)| p + ch.len_utf8());
            let word = &s[word_start..i];
            if is_abbreviation(&format!("{word}."))
                && !word.is_empty()
                && !word.chars().all(char::is_numeric)
            {
                // "U.S. officials": an abbreviation followed by a capital rarely ends a sentence, but
                // one followed by a quotation mark does.
                if !is_double_mark(nc) {
                    continue;
                }
            }
        }
        out.push(bytes[n].0);
    }
    out
}

/// An attribution read out of the words around a quotation.
#[derive(Debug, Clone)]
struct Attribution {
    /// The words that name the speaker, as written.
    phrase: String,
    verb: Option<String>,
    /// Byte offset in the paragraph where the phrase starts (for pronoun resolution).
    at: usize,
}

fn join_span(text: &str, toks: &[Tok]) -> String {
    match (toks.first(), toks.last()) {
        (Some(a), Some(b)) => text[a.start..b.end].trim().to_owned(),
        _ => String::new(),
    }
}

/// Can these words be the subject of a speech verb: a name, a pronoun, or a noun phrase about
/// people or bodies?
fn plausible_speaker(toks: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return false;
    };
    // "the GOP's “establishment”": a possessive qualifies the next word; it does not speak.
    if toks.len() > 14
        || last.text.ends_with("'s")
        || last.text.ends_with("’s")
        || last.text.ends_with("s'")
    {
        return false;
    }
    let lower = first.lower();
    if toks.len() == 1
        && (is_determiner_start(first)
            || (FUNCTION_CAPS.contains(&lower.as_str())
                && !speakers::PERSONAL_PRONOUNS.contains(&lower.as_str())
                && !UNRESOLVED_PRONOUNS.contains(&lower.as_str())))
    {
        return false;
    }
    if toks.len() == 1 {
        return speakers::PERSONAL_PRONOUNS.contains(&lower.as_str())
            || UNRESOLVED_PRONOUNS.contains(&lower.as_str())
            || speakers::is_org_word(first.text)
            || is_capitalized(first.text)
            || speakers::is_generic_source(first.text);
    }
    // A pronoun never heads a longer subject ("he said" is one word).
    if speakers::PERSONAL_PRONOUNS.contains(&lower.as_str()) {
        return false;
    }
    let head: Vec<&Tok> = toks
        .iter()
        .take_while(|t| !t.is(",") && !t.is("("))
        .collect();
    // "the White House": words that open clauses ("White", "House") count inside a name.
    head.iter().enumerate().any(|(i, t)| {
        is_capitalized(t.text) && (i > 0 || !FUNCTION_CAPS.contains(&t.lower().as_str()))
    }) || head
        .last()
        .is_some_and(|t| speakers::is_generic_source(t.text) || is_people_noun(t.text))
}

fn is_people_noun(w: &str) -> bool {
    speakers::split_name_role(w).0.is_none()
        && (speakers::is_generic_source(w) || speakers::is_org_word(w) || speakers::is_role(w) || {
            let l = w.to_lowercase();
            l.ends_with("man")
                || l.ends_with("woman")
                || l.ends_with("ist")
                || l.ends_with("er")
                || l.ends_with("ers")
                || l.ends_with("or")
                || l.ends_with("ors")
                || l.ends_with("ent")
                || l.ends_with("ents")
        })
}

/// Words that may belong to a noun phrase naming a speaker, read right to left from a verb.
fn np_word(t: &Tok) -> bool {
    if !t.is_word() {
        return false;
    }
    let l = t.lower();
    is_capitalized(t.text)
        || speakers::is_generic_source(t.text)
        || is_role_word(&l)
        || speakers::is_org_word(&l)
        || l.chars().all(|c| c.is_numeric())
        || matches!(
            l.as_str(),
            "senior"
                | "top"
                | "former"
                | "chief"
                | "deputy"
                | "state"
                | "federal"
                | "local"
                | "military"
                | "defense"
                | "defence"
                | "foreign"
                | "intelligence"
                | "administration"
                | "campaign"
                | "government"
                | "white"
                | "house"
                | "security"
                | "press"
                | "party"
                | "election"
                | "presidential"
                | "republican"
                | "democratic"
                | "principal"
                | "assistant"
                | "national"
        )
}

fn is_role_word(l: &str) -> bool {
    speakers::is_role(l)
}

/// The noun phrase that ends right before `toks[v]` (a verb), read right to left: "Israeli defense
/// chief Avigdor Liberman" before "told", "the Mossad" before "said".
fn np_before(toks: &[Tok], v: usize) -> Option<(usize, usize)> {
    let end = v;
    let mut start = v;
    while start > 0 {
        let t = &toks[start - 1];
        let l = t.lower();
        if speakers::PERSONAL_PRONOUNS.contains(&l.as_str())
            || UNRESOLVED_PRONOUNS.contains(&l.as_str())
        {
            if start == end {
                start -= 1;
            }
            break;
        }
        if matches!(
            l.as_str(),
            "the"
                | "a"
                | "an"
                | "two"
                | "three"
                | "several"
                | "some"
                | "many"
                | "one"
                | "another"
                | "other"
                | "his"
                | "her"
                | "their"
                | "its"
        ) {
            start -= 1;
            // Keep going only through "of the"/"for the" ("the chief of the military staff").
            if start > 0
                && matches!(toks[start - 1].lower().as_str(), "of" | "for")
                && start >= 2
                && np_word(&toks[start - 2])
            {
                start -= 1;
                continue;
            }
            break;
        }
        if (l == "of" || l == "for" || l == "&" || l == "and")
            && start < end
            && start >= 2
            && np_word(&toks[start - 2])
            && is_capitalized(toks[start].text)
        {
            start -= 1;
            continue;
        }
        // "sources in Tel Aviv", "officials at the Pentagon": a place after an unnamed source.
        if matches!(l.as_str(), "in" | "at" | "from")
            && start < end
            && start >= 2
            && speakers::is_generic_source(toks[start - 2].text)
        {
            start -= 1;
            continue;
        }
        // A role in lowercase ("the minister said") is a noun here, not a clause word.
        let clause_word = FUNCTION_CAPS.contains(&l.as_str())
            && !is_capitalized_name_like(toks, start - 1)
            && (is_capitalized(t.text) || !is_role_word(&l));
        if np_word(t) && !clause_word {
            start -= 1;
            continue;
        }
        // "An industry group", "the trade association": one lowercase modifier between a
        // determiner and a noun for a body or a group.
        if start < end
            && start >= 2
            && t.is_word()
            && !is_speech_verb(t)
            && (speakers::is_org_word(toks[start].text)
                || speakers::is_generic_source(toks[start].text))
            && is_determiner_start(&toks[start - 2])
        {
            start -= 1;
            continue;
        }
        break;
    }
    // A capitalised function word ("But", "When") never opens the phrase.
    while start < end
        && FUNCTION_CAPS.contains(&toks[start].lower().as_str())
        && !is_determiner_start(&toks[start])
        && !is_capitalized_name_like(toks, start)
        && !(end - start == 1
            && speakers::PERSONAL_PRONOUNS.contains(&toks[start].lower().as_str()))
    {
        start += 1;
    }
    (start < end).then_some((start, end))
}

fn is_determiner_start(t: &Tok) -> bool {
    matches!(
        t.lower().as_str(),
        "the"
            | "a"
            | "an"
            | "two"
            | "three"
            | "several"
            | "some"
            | "many"
            | "one"
            | "another"
            | "other"
    )
}

/// Role words such as "President" or "Secretary" sit in FUNCTION_CAPS so that they never start a
/// clause subject on their own, but they do belong to a phrase naming someone ("President Trump").
fn is_capitalized_name_like(toks: &[Tok], i: usize) -> bool {
    let l = toks[i].lower();
    is_capitalized(toks[i].text)
        && matches!(
            l.as_str(),
            "president"
                | "prime"
                | "minister"
                | "secretary"
                | "state"
                | "house"
                | "white"
                | "sen"
                | "sen."
                | "rep"
                | "rep."
                | "gov"
                | "gov."
                | "gen"
                | "gen."
                | "mr"
                | "mr."
                | "mrs"
                | "mrs."
                | "ms"
                | "ms."
                | "dr"
                | "dr."
                | "former"
                | "republican"
                | "democratic"
                | "democrat"
                | "north"
                | "south"
                | "east"
                | "west"
                | "supreme"
                | "senate"
                | "congress"
                | "islamic"
                | "united"
                | "new"
                | "tel"
                | "los"
                | "las"
                | "san"
                | "saint"
                | "great"
                | "middle"
                | "el"
                | "al"
                | "american"
        )
}

/// The noun phrase starting at `toks[i]`, left to right, up to a comma, a verb or a preposition
/// ("said Mara Quell, a former official" → "Mara Quell").
fn np_after(toks: &[Tok], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    while j < toks.len() {
        let t = &toks[j];
        if !t.is_word() {
            break;
        }
        let l = t.lower();
        let joiner = matches!(l.as_str(), "of" | "for" | "&")
            && j + 1 < toks.len()
            && is_capitalized(toks[j + 1].text)
            && j > i;
        let det = j == i && is_determiner_start(t);
        let det_after_joiner =
            j > i && l == "the" && matches!(toks[j - 1].lower().as_str(), "of" | "for");
        // "the budget office", "a trade group": one lowercase modifier between a determiner and a
        // noun for a body or a group.
        let modifier = j == i + 1
            && is_determiner_start(&toks[i])
            && !is_speech_verb(t)
            && toks.get(j + 1).is_some_and(|n| {
                n.is_word()
                    && (speakers::is_org_word(n.text) || speakers::is_generic_source(n.text))
            });
        if np_word(t)
            || joiner
            || modifier
            || det
            || det_after_joiner
            || (speakers::PERSONAL_PRONOUNS.contains(&l.as_str()) && j == i)
        {
            if j > i && is_speech_verb(t) && !is_capitalized(t.text) {
                break;
            }
            j += 1;
            if speakers::PERSONAL_PRONOUNS.contains(&l.as_str()) {
                break;
            }
        } else {
            break;
        }
    }
    (j > i).then_some((i, j))
}

/// The subject at the start of a clause: skips an opening subordinate clause ("When X was asked
/// ..., Trump said") and sentence adverbs.
fn clause_subject(toks: &[Tok]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < toks.len() {
        let l = toks[i].lower();
        if matches!(
            l.as_str(),
            "when"
                | "from"
                | "by"
                | "under"
                | "through"
                | "across"
                | "after"
                | "before"
                | "as"
                | "while"
                | "although"
                | "though"
                | "if"
                | "because"
                | "since"
                | "until"
                | "once"
                | "in"
                | "on"
                | "at"
                | "during"
                | "asked"
                | "speaking"
                | "earlier"
                | "later"
                | "last"
                | "meanwhile"
                | "however"
                | "still"
                | "then"
                | "for"
                | "with"
                | "despite"
                | "like"
        ) {
            // Skip to after the clause's comma.
            match toks[i..].iter().position(|t| t.is(",")) {
                Some(p) => i += p + 1,
                None => return None,
            }
            continue;
        }
        if matches!(l.as_str(), "and" | "but" | "so" | "yet" | "also" | "now")
            || toks[i].is(",")
            || toks[i].is("—")
            || toks[i].is("–")
        {
            i += 1;
            continue;
        }
        break;
    }
    let (s, e) = np_after(toks, i)?;
    // Stop the name at an appositive: "Ron Dermer, Israel's ambassador, issued ...".
    Some((s, e))
}

/// Reads an attribution that follows a quotation: `" the Mossad said."`, `" said Mara Quell, a former
/// official."`, `" Quell told reporters."`, `" he added."`, `" according to the statement."`.
fn attribution_after(
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
    // Inverted: "said X".
    if is_speech_verb(&toks[0])
        && !matches!(
            toks[0].lower().as_str(),
            "told" | "tell" | "tells" | "telling"
        )
    {
        let verb = Some(toks[0].text.to_owned());
        if let Some((s, e)) = np_after(toks, 1) {
            let span = &toks[s..e];
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
        return inverted_named(text, toks).map(|name_end| Attribution {
            phrase: appositive_extend(text, toks, 1, name_end),
            verb,
            at: toks[1].start,
        });
    }
    // "X said", "X, a former official, said", "X told reporters".
    let limit = toks.len().min(max_subject + 1);
    let v = (0..limit).find(|&k| is_speech_verb(&toks[k]) && !is_capitalized(toks[k].text))?;
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
    // A few lowercase words before a name are its role ("library director Alma Reyes said").
    np_before(head, head.len()).filter(|&(s, _)| {
        s == 0
            || (s <= 3
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
                    || speakers::split_name_role(toks[e].text).0.is_none()
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
fn appositive_extend(text: &str, toks: &[Tok], s: usize, e: usize) -> String {
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

fn according_to(text: &str, toks: &[Tok]) -> Option<Attribution> {
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
fn attribution_before(
    text: &str,
    from: usize,
    to: usize,
    quoted: &[Segment],
    quote_starts_lower: bool,
) -> Option<Attribution> {
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
    // The nearest speech verb with a subject; a verb-looking noun ("their stress tests") has none.
    // "X's assertion that …" names whose words follow even when another verb governs the sentence.
    let verb = (0..toks.len())
        .rev()
        .filter(|&k| is_verb_at(&toks, k))
        .find_map(|v| subject_of(text, &toks, v).map(|a| (v, a)));
    let owner = possessive_speech(text, &toks);
    match (verb, owner) {
        (Some((v, _)), Some((k, a))) if k > v => return Some(a),
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
            .is_some_and(|t| speakers::is_generic_source(t.text) || is_capitalized(t.text));
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

/// Nouns that carry someone's words: "Gerasimov's assertion that …".
const SPEECH_NOUNS: &[&str] = &[
    "assertion",
    "claim",
    "claims",
    "statement",
    "remarks",
    "remark",
    "comments",
    "comment",
    "words",
    "description",
    "promise",
    "pledge",
    "warning",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "argument",
    "insistence",
    "contention",
    "suggestion",
    "demand",
    "charge",
    "charges",
    "call",
    "calls",
    "vow",
    "boast",
    "complaint",
    "tweet",
    "tweets",
    "speech",
];

/// The last "Name's SPEECH-NOUN" in the tokens, with its index.
fn possessive_speech(text: &str, toks: &[Tok]) -> Option<(usize, Attribution)> {
    let k = (1..toks.len()).rev().find(|&k| {
        let owner = toks[k - 1].text;
        SPEECH_NOUNS.contains(&toks[k].lower().as_str())
            && (owner.ends_with("'s") || owner.ends_with("’s"))
            && is_capitalized(owner)
            && !FUNCTION_CAPS.contains(
                &owner
                    .to_lowercase()
                    .trim_end_matches("'s")
                    .trim_end_matches("’s"),
            )
    })?;
    let owner = &toks[k - 1];
    let bare = owner.text.trim_end_matches("'s").trim_end_matches("’s");
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
fn is_verb_at(toks: &[Tok], k: usize) -> bool {
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

/// "Cruz called them on it: “…”": a clause ending in a colon introduces what its subject says.
fn colon_intro(text: &str, toks: &[Tok]) -> Option<Attribution> {
    if !toks.last()?.is(":") {
        return None;
    }
    let (s, e) = clause_subject(toks)?;
    let span = &toks[s..e];
    let phrase = join_span(text, span);
    (plausible_speaker(span)
        && parse_speaker(&phrase).is_some()
        && !speakers::is_generic_source(&phrase))
    .then(|| Attribution {
        phrase,
        verb: None,
        at: span[0].start,
    })
}

/// The subject of the speech verb at `toks[v]`.
fn subject_of(text: &str, toks: &[Tok], v: usize) -> Option<Attribution> {
    let verb = Some(toks[v].text.to_owned());
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
        // "Avigdor Lieberman, Defence Minister said": a bare role before the verb follows the name.
        let phrase = join_span(text, &toks[s..e]);
        if s >= 2
            && toks[s - 1].is(",")
            && is_capitalized(toks[s].text)
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
    // "Lazar said he welcomed it and added, ...": a second verb shares the first one's subject.
    if (matches!(before.as_deref(), Some("and" | "but" | "then"))
        || (before.as_deref() == Some(",") && is_participle(&toks[v])))
        && let Some(a) = (0..end - 1)
            .rev()
            .filter(|&k| is_verb_at(toks, k))
            .find_map(|k| subject_of(text, toks, k))
    {
        return Some(Attribution { verb, ..a });
    }
    if matches!(
        before.as_deref(),
        Some("," | "and" | "but" | "then" | "—" | "–")
    ) {
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
                    verb,
                    at: span[0].start,
                });
            }
        }
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

fn is_participle(t: &Tok) -> bool {
    t.lower().ends_with("ing")
}

/// A line naming who said the block quote just before it: "Name, title." or "— Name, title".
fn attribution_line(line: &str) -> Option<String> {
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
fn name_line(line: &str) -> Option<String> {
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
fn block_intro(text: &str) -> Option<Attribution> {
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

fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Title-cased words with no sentence punctuation: a show, a book or a slogan named in marks.
fn looks_like_title(s: &str) -> bool {
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

/// A full name as people are written: no sentence break inside ("ITV. Trump") and no word in
/// capitals ("NEAR EAST").
fn looks_like_person(name: &str) -> bool {
    let ws: Vec<&str> = name.split_whitespace().collect();
    let last = ws.last().map(|w| w.to_lowercase()).unwrap_or_default();
    ws.len() >= 2
        && !PLACE_WORDS.contains(&last.as_str())
        && !matches!(last.as_str(), "east" | "west" | "north" | "south")
        && ws.iter().all(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            let shouting = letters >= 3
                && w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            !(shouting || (w.ends_with('.') && letters > 2 && !is_abbreviation(w)))
        })
}

/// The roles and genders an article gives the people it names: the words before a name in its
/// clause ("Russian Foreign Minister Sergey Lavrov"), a role set off before it ("Chief of the General
/// Staff, Valery Gerasimov") or after it ("Lena Okafor, the ministry's spokeswoman,"), and a title
/// before a full name or surname ("Mrs. Okafor").
#[allow(clippy::type_complexity)]
fn read_roles(
    paragraphs: &[Paragraph],
    names: &[(usize, String)],
) -> (
    Vec<(usize, String, Vec<String>)>,
    std::collections::HashMap<String, Gender>,
) {
    let mut roles: Vec<(usize, String, Vec<String>)> = Vec::new();
    // Surnames are asked for in every sentence and paragraph: work them out once per name, or a long
    // page with hundreds of names takes seconds.
    let surnames: Vec<Option<&str>> = names.iter().map(|(_, n)| speakers::surname(n)).collect();
    let mut surname_counts: std::collections::HashMap<&str, usize> = Default::default();
    for surname in surnames.iter().flatten() {
        *surname_counts.entry(surname).or_default() += 1;
    }
    // Votes for each person: a title or a gendered role counts three, a pronoun in a sentence that
    // mentions nobody else counts one.
    let mut votes: std::collections::HashMap<String, (u32, u32)> = Default::default();
    let mut vote = |name: &str, g: Gender, weight: u32| {
        let v = votes.entry(name.to_owned()).or_default();
        match g {
            Gender::Male => v.0 += weight,
            Gender::Female => v.1 += weight,
        }
    };
    let mut note_gender = |name: &str, g: Gender| vote(name, g, 3);
    let mut pronoun_votes: Vec<(String, Gender)> = Vec::new();
    for p in paragraphs {
        let text = p.text.as_str();
        let mut starts = vec![0];
        starts.extend(sentence_breaks(text));
        starts.push(text.len());
        for w in starts.windows(2) {
            let sentence = &text[w[0]..w[1]];
            // Quotations speak of others ("she" in a quote is seldom the speaker's own pronoun).
            let mut plain = sentence.to_owned();
            for g in double_segments(sentence).iter().rev() {
                plain.replace_range(g.open..g.close_end, " ");
            }
            let plain_words: std::collections::HashSet<&str> = plain
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .collect();
            let people: Vec<&String> = names
                .iter()
                .zip(&surnames)
                .filter(|((_, n), sn)| {
                    plain.contains(n.as_str()) || sn.is_some_and(|sn| plain_words.contains(sn))
                })
                .map(|((_, n), _)| n)
                .collect();
            let [person] = people.as_slice() else {
                continue;
            };
            // A pronoun soon after the name ("Noor Halabi opened her bakery", "Arjun Patel saw a
            // gull that he could not name"), but not one before it ("Her first mate, Dmitri
            // Volkov, …") nor one in what someone said ("Volkov said she kept her calm").
            let at = plain
                .find(person.as_str())
                .or_else(|| speakers::surname(person).and_then(|sn| plain.find(sn)));
            let Some(at) = at else { continue };
            let (mut male, mut female) = (false, false);
            let words: Vec<&str> = plain[at..]
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .skip(person.split_whitespace().count())
                .take(12)
                .collect();
            for word in &words {
                let l = word.to_lowercase();
                // What follows a speech verb is what was said, and its pronouns may be anyone's.
                if SPEECH_VERBS.contains(&l.as_str()) {
                    break;
                }
                match l.as_str() {
                    "he" | "his" | "him" | "himself" => male = true,
                    "she" | "her" | "herself" => female = true,
                    _ => {}
                }
            }
            match (male, female) {
                (true, false) => pronoun_votes.push(((*person).clone(), Gender::Male)),
                (false, true) => pronoun_votes.push(((*person).clone(), Gender::Female)),
                _ => {}
            }
        }
    }
    for (pi, p) in paragraphs.iter().enumerate() {
        let text = p.text.as_str();
        for ((_, full), surname) in names.iter().zip(&surnames) {
            let Some(surname) = *surname else {
                continue;
            };
            // Where the full name, or the surname alone, stands in the paragraph.
            let mut hits: Vec<(usize, usize, bool)> = Vec::new();
            for (i, _) in text.match_indices(full.as_str()) {
                hits.push((i, i + full.len(), true));
            }
            for (i, _) in text.match_indices(surname) {
                let end = i + surname.len();
                let bounded = !text[..i].ends_with(|c: char| c.is_alphanumeric())
                    && !text[end..].starts_with(|c: char| c.is_alphanumeric());
                if bounded && !hits.iter().any(|(s, e, _)| *s <= i && end <= *e) {
                    hits.push((i, end, false));
                }
            }
            // "Mrs. Clinton" says nothing of which Clinton when the article names two.
            let shared_surname = surname_counts.get(surname).copied().unwrap_or(0) > 1;
            for (s, e, whole) in hits {
                let before = &text[..s];
                let title = before.split_whitespace().last().unwrap_or("");
                if (whole || !shared_surname)
                    && matches!(
                        title.trim_end_matches('.').to_lowercase().as_str(),
                        "mr" | "mrs" | "ms" | "miss"
                    )
                    && let Some(g) = gender_of_word(title)
                {
                    note_gender(full, g);
                }
                if !whole {
                    continue;
                }
                let clause_start = sentence_breaks(before).last().copied().unwrap_or(0);
                let clause = &before[clause_start..];
                let trimmed = clause.trim_end();
                // "Chief of the General Staff, Valery Gerasimov": the role stands before a comma.
                let lead = if let Some(head) = trimmed.strip_suffix(',') {
                    head.rsplit([',', ';', ':']).next().unwrap_or(head)
                } else {
                    trimmed
                        .rsplit([',', ';', ':', '('])
                        .next()
                        .unwrap_or(trimmed)
                };
                // "a former aide to Ray Dunn": a role before a preposition is someone else's.
                let governed = matches!(
                    lead.split_whitespace()
                        .last()
                        .map(str::to_lowercase)
                        .as_deref(),
                    Some(
                        "to" | "of"
                            | "for"
                            | "with"
                            | "by"
                            | "under"
                            | "from"
                            | "at"
                            | "against"
                            | "about"
                            | "and"
                            | "or"
                            | "than"
                            | "like"
                    )
                );
                let lead = if governed { "" } else { lead };
                let lead_words: Vec<String> = lower_words(lead);
                let lead_words = lead_words[lead_words.len().saturating_sub(8)..].to_vec();
                // "Lena Okafor, the ministry's spokeswoman, said": an appositive after the name.
                let after = &text[e..];
                let mut role = lead_words;
                if let Some(rest) = after.strip_prefix(',') {
                    let end = rest
                        .find([',', ';', '.', '(', '“', '"'])
                        .unwrap_or(rest.len());
                    let app = rest[..end].trim();
                    let app_words = lower_words(app);
                    let opens_role =
                        app.split_whitespace().next().is_some_and(|w| {
                            matches!(w, "the" | "a" | "an" | "his" | "her" | "its")
                        }) || app_words.first().is_some_and(|w| speakers::is_role(w));
                    if opens_role && app_words.len() <= 12 {
                        role.extend(app_words);
                    }
                }
                role.retain(|w| !w.chars().all(|c| c.is_numeric()));
                for w in &role {
                    if let Some(g) = gender_of_word(w)
                        && !matches!(w.as_str(), "he" | "him" | "his" | "she" | "her")
                    {
                        note_gender(full, g);
                    }
                }
                if role
                    .iter()
                    .any(|w| speakers::is_role(w) || ROLE_HEADS.contains(&w.as_str()))
                {
                    roles.push((pi, full.clone(), role));
                }
            }
        }
    }
    for (name, g) in pronoun_votes {
        vote(&name, g, 1);
    }
    // A clear majority only: mixed signals leave the gender open.
    let genders = votes
        .into_iter()
        .filter_map(|(name, (m, f))| {
            if m >= 2 * f.max(1) || (f == 0 && m > 0) {
                Some((name, Gender::Male))
            } else if f >= 2 * m.max(1) || (m == 0 && f > 0) {
                Some((name, Gender::Female))
            } else {
                None
            }
        })
        .collect();
    (roles, genders)
}

trait SentenceEnd {
    fn is_empty_or_ends_sentence(&self) -> bool;
}

impl SentenceEnd for str {
    fn is_empty_or_ends_sentence(&self) -> bool {
        self.is_empty() || self.ends_with(['.', '?', '!', ':', '“', '"', '—'])
    }
}

/// Last words that make a capitalised run a place rather than a person ("Rowan County").
const PLACE_WORDS: &[&str] = &[
    "county",
    "city",
    "town",
    "village",
    "street",
    "road",
    "avenue",
    "square",
    "river",
    "valley",
    "island",
    "islands",
    "bay",
    "mountain",
    "mountains",
    "state",
    "states",
    "republic",
    "kingdom",
    "province",
    "district",
    "region",
    "coast",
    "sea",
    "ocean",
    "harbor",
    "harbour",
    "airport",
    "heights",
    "falls",
    "peninsula",
    "strait",
    "gulf",
    "canal",
    "korea",
    "america",
    "africa",
    "asia",
    "europe",
];

/// Singular roles that, after "the", stand for a person named earlier ("the U.S. leader said").
const ROLE_HEADS: &[&str] = &[
    "president",
    "leader",
    "minister",
    "senator",
    "governor",
    "candidate",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "mayor",
    "chairman",
    "chairwoman",
    "secretary",
    "congressman",
    "congresswoman",
    "nominee",
    "billionaire",
    "businessman",
    "businesswoman",
    "lawmaker",
    "premier",
    "chancellor",
    "general",
    "ambassador",
    "envoy",
    "diplomat",
    "prosecutor",
    "judge",
    "frontrunner",
    "front-runner",
    "mogul",
    "real-estate",
    "tycoon",
    "democrat",
    "republican",
];

fn is_definite_role(lower: &str) -> bool {
    let ws: Vec<&str> = lower.split_whitespace().collect();
    ws.len() >= 2
        && ws.len() <= 5
        && ws[0] == "the"
        && ws.last().is_some_and(|h| ROLE_HEADS.contains(h))
        && !ws
            .iter()
            .any(|w| matches!(*w, "of" | "for" | "and" | "former"))
}

/// Per-article state used to resolve "he", "the statement" and surnames.
struct Context {
    /// Full personal names in the article, with the paragraph each is first seen in.
    names: Vec<(usize, String)>,
    last_person: Option<String>,
    /// Who last "released a statement" (for "the statement said").
    last_statement_source: Option<Speaker>,
    /// Words the article also writes in lowercase: ordinary words, not names, when capitalised at
    /// the start of a sentence.
    lowercase: std::collections::HashSet<String>,
    /// The words of the roles the article gives each person ("Chief of the General Staff, Valery
    /// Gerasimov"), with the paragraph they are given in, for "the chief of staff said".
    roles: Vec<(usize, String, Vec<String>)>,
    /// What titles and gendered roles say about each person ("Mrs. Okafor", "spokeswoman ...").
    genders: std::collections::HashMap<String, Gender>,
    /// Organisations the article names, with the paragraph each is named in, for "the company said".
    orgs: Vec<(usize, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// The gender a title or role word gives ("Mrs.", "spokeswoman"), if any.
fn gender_of_word(word: &str) -> Option<Gender> {
    let l = word.trim_end_matches('.').to_lowercase();
    match l.as_str() {
        "mr" | "he" | "him" | "his" | "sir" | "king" | "prince" | "actor" | "father"
        | "brother" | "son" | "husband" | "emperor" | "sultan" | "lord" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "she" | "her" | "lady" | "queen" | "princess" | "actress"
        | "mother" | "sister" | "daughter" | "wife" | "dame" | "empress" => Some(Gender::Female),
        _ if l.ends_with("woman") || l.ends_with("women") => Some(Gender::Female),
        _ if l.ends_with("man") && l.len() > 5 => Some(Gender::Male),
        _ => None,
    }
}

/// Words that carry no meaning when a role is compared with a description of it.
fn role_stopword(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "of" | "for" | "and" | "in" | "at" | "on" | "to" | "who" | "with"
    )
}

fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && !role_stopword(w))
        // "Gov. Mike Pence" is "the governor" later on.
        .map(|w| match w.as_str() {
            "gov" => "governor".to_owned(),
            "sen" => "senator".to_owned(),
            "rep" => "representative".to_owned(),
            "gen" => "general".to_owned(),
            "lt" => "lieutenant".to_owned(),
            "sec" => "secretary".to_owned(),
            "pres" => "president".to_owned(),
            "adm" => "admiral".to_owned(),
            "col" => "colonel".to_owned(),
            "capt" => "captain".to_owned(),
            // "the head of the general staff" is its chief.
            "head" => "chief".to_owned(),
            _ => w,
        })
        .collect()
}

/// Nouns that, after "the", stand for an organisation named earlier ("the company said").
const ORG_ANAPHORS: &[&str] = &[
    "company",
    "firm",
    "group",
    "organization",
    "organisation",
    "ministry",
    "department",
    "agency",
    "office",
    "council",
    "committee",
    "commission",
    "party",
    "bank",
    "university",
    "association",
    "authority",
    "union",
    "carrier",
    "operator",
    "airline",
    "insurer",
    "lender",
    "retailer",
    "manufacturer",
    "network",
    "newspaper",
    "broadcaster",
    "institute",
    "foundation",
    "charity",
    "court",
    "board",
    "police",
    "army",
    "military",
    "campaign",
];

/// Last words of a company's name.
const COMPANY_WORDS: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "ltd",
    "llc",
    "plc",
    "co",
    "company",
    "group",
    "line",
    "lines",
    "holdings",
    "partners",
    "industries",
    "airlines",
    "airways",
    "motors",
    "shipping",
    "logistics",
    "enterprises",
    "ventures",
    "technologies",
    "systems",
    "bank",
];

static NAME_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\p{Lu}[\p{L}'’\-]*\.?(?:\s+(?:(?:de|del|van|von|der|bin|al|la|le|da|di)\s+)?\p{Lu}[\p{L}'’\-]*\.?){1,5}")
        .expect("name run pattern compiles")
});

/// A run of capitalised words that may name a body, small joining words allowed ("the Ministry of
/// Ports and Harbours", "Bank of Ardmore").
static ORG_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\p{Lu}[\p{L}'’\-&.]*(?:\s+(?:(?:of|for|and|on|the|&)\s+){0,2}\p{Lu}[\p{L}'’\-&.]*){1,6}")
        .expect("organisation run pattern compiles")
});

static STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:released|issued|put out|sent|posted|published)\s+(?:a|an)\s+(?:\w+\s+){0,2}statement").expect("statement pattern compiles")
});

impl Context {
    fn new(paragraphs: &[Paragraph]) -> Self {
        // Words the article also writes in lowercase are ordinary words when they open a sentence
        // ("Out Ted Cruz went …" names Ted Cruz).
        let lowercase: std::collections::HashSet<&str> = paragraphs
            .iter()
            .flat_map(|p| p.text.split_whitespace())
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let mut names: Vec<(usize, String)> = Vec::new();
        for (pi, p) in paragraphs.iter().enumerate() {
            for m in NAME_RUN.find_iter(&p.text) {
                let mut run = m.as_str().trim().trim_end_matches(['.', ',']);
                if let Some((first, rest)) = run.split_once(char::is_whitespace) {
                    let lower = first.to_lowercase();
                    let at_start = p.text[..m.start()].trim_end().is_empty_or_ends_sentence();
                    if at_start
                        && lowercase.contains(lower.as_str())
                        && rest.split_whitespace().count() >= 2
                    {
                        run = rest.trim_start();
                    }
                }
                // "When Celia Dunmore took …": clause words before the name are not part of it.
                while let Some((first, rest)) = run.split_once(char::is_whitespace) {
                    let l = first.to_lowercase();
                    if FUNCTION_CAPS.contains(&l.as_str())
                        && !matches!(l.as_str(), "al" | "el" | "san" | "new")
                        && rest.split_whitespace().count() >= 2
                    {
                        run = rest.trim_start();
                    } else {
                        break;
                    }
                }
                let (Some(name), _) = split_name_role(run) else {
                    continue;
                };
                let ws: Vec<&str> = name.split_whitespace().collect();
                // Places and bodies are not people a "he" or a surname could stand for.
                let last = ws.last().map(|w| w.to_lowercase()).unwrap_or_default();
                if ws.len() < 2
                    || FUNCTION_CAPS.contains(&ws[0].to_lowercase().trim_end_matches('.'))
                    || PLACE_WORDS.contains(&last.as_str())
                    || speakers::is_org_word(&last)
                {
                    continue;
                }
                if ws.iter().any(|w| w.ends_with("'s") || w.ends_with("’s"))
                    || !looks_like_person(&name)
                {
                    continue;
                }
                if !names.iter().any(|(_, n)| n == &name) {
                    names.push((pi, name));
                }
            }
        }
        let lowercase = lowercase.into_iter().map(str::to_owned).collect();
        let (roles, genders) = read_roles(paragraphs, &names);
        let mut orgs: Vec<(usize, String)> = Vec::new();
        for (pi, p) in paragraphs.iter().enumerate() {
            for m in ORG_RUN.find_iter(&p.text) {
                let run = m.as_str().trim().trim_end_matches(['.', ',']);
                if let Some(sp) = parse_speaker(run)
                    && sp.kind == SpeakerKind::Organization
                    && sp.name.contains(' ')
                {
                    orgs.push((pi, sp.name));
                }
            }
        }
        Context {
            names,
            last_person: None,
            last_statement_source: None,
            lowercase,
            roles,
            genders,
            orgs,
        }
    }

    /// The person a definite description stands for ("the chief of the military General Staff"):
    /// among people the article has given a role by paragraph `pi`, the one whose role shares the
    /// description's head noun and most of its other words; the latest on a tie.
    fn described(&self, lower: &str, pi: usize) -> Option<String> {
        let ws: Vec<&str> = lower.split_whitespace().collect();
        if ws.len() < 2 || ws[0] != "the" || ws.len() > 9 {
            return None;
        }
        let body = &ws[1..];
        let head = match body.iter().position(|w| *w == "of" || *w == "for") {
            Some(k) if k > 0 => body[k - 1],
            Some(_) => return None,
            None => body[body.len() - 1],
        };
        let head = head.trim_end_matches("'s").trim_end_matches("’s");
        // "the Trump campaign" names a body; "the former" names nobody.
        if !(speakers::is_role(head) || ROLE_HEADS.contains(&head))
            || speakers::is_org_word(head)
            || matches!(head, "former" | "first" | "top" | "senior")
        {
            return None;
        }
        let desc = lower_words(&body.join(" "));
        // "the president" is not the vice president, nor "the minister" the deputy minister.
        let rank = |words: &[String]| {
            words
                .iter()
                .filter(|w| {
                    matches!(
                        w.as_str(),
                        "vice" | "deputy" | "assistant" | "associate" | "acting" | "lieutenant"
                    )
                })
                .cloned()
                .collect::<std::collections::BTreeSet<_>>()
        };
        let want_rank = rank(&desc);
        let head = lower_words(head).pop().unwrap_or_default();
        let fits = |name: &str, role: &[String]| {
            role.contains(&head) && rank(role) == want_rank && looks_like_person(name)
        };
        let score = |role: &[String]| desc.iter().filter(|w| role.contains(w)).count();
        // Someone given the role by this paragraph, the latest on a tie; else (the role may be
        // spelled out only in a caption the body never repeats) the first given it later.
        let earlier = self.roles.iter().filter(|(p, n, r)| *p <= pi && fits(n, r));
        let later = self.roles.iter().filter(|(p, n, r)| *p > pi && fits(n, r));
        let pick = |cands: Vec<&(usize, String, Vec<String>)>, latest: bool| {
            let mut best: Option<(usize, &str)> = None;
            for (_, name, role) in &cands {
                let sc = score(role);
                if best.is_none_or(|(b, _)| sc > b || (sc == b && latest)) {
                    best = Some((sc, name));
                }
            }
            // Another person given the same role as well makes the description ambiguous.
            let (sc, name) = best?;
            let rival = cands.iter().any(|(_, n, r)| n != name && score(r) == sc);
            (!rival).then(|| name.to_owned())
        };
        let earlier: Vec<_> = earlier.collect();
        if !earlier.is_empty() {
            return pick(earlier, true);
        }
        pick(later.collect(), false)
    }

    /// The organisation "the company", "the ministry" or "the group" stands for: the latest one
    /// named by paragraph `pi` whose name has that noun, or for "company"-like nouns a company's
    /// ending ("Carmel Line", "Harwick Holdings").
    fn org_anaphor(&self, phrase: &str, pi: usize) -> Option<Speaker> {
        let lower = phrase.trim().to_lowercase();
        let ws: Vec<&str> = lower.split_whitespace().collect();
        if ws.len() < 2 || ws.len() > 4 || ws[0] != "the" {
            return None;
        }
        // "the Trump campaign" is a name in its own right: only a common-noun phrase looks back.
        if phrase.split_whitespace().skip(1).any(is_capitalized) {
            return None;
        }
        let noun = ws[ws.len() - 1];
        if !ORG_ANAPHORS.contains(&noun) {
            return None;
        }
        let companyish = matches!(
            noun,
            "company"
                | "firm"
                | "group"
                | "carrier"
                | "operator"
                | "airline"
                | "insurer"
                | "lender"
                | "retailer"
                | "manufacturer"
        );
        let fits = |name: &str| {
            let words = lower_words(name);
            words
                .iter()
                .any(|w| w == noun || w.trim_end_matches('s') == noun)
                || (companyish
                    && words
                        .last()
                        .is_some_and(|l| COMPANY_WORDS.contains(&l.as_str())))
        };
        self.orgs
            .iter()
            .rev()
            .find(|(p, n)| *p <= pi && fits(n))
            .map(|(_, n)| Speaker {
                name: n.clone(),
                kind: SpeakerKind::Organization,
            })
    }

    fn compatible(&self, name: &str, want: Option<Gender>) -> bool {
        match (want, self.genders.get(name)) {
            (Some(w), Some(g)) => w == *g,
            _ => true,
        }
    }

    /// The full name a lone surname (or first name) stands for: the latest full name seen by
    /// paragraph `pi` that ends in it, else the first one after.
    fn full_name(&self, word: &str, pi: usize) -> Option<String> {
        let word = word.trim_end_matches("'s").trim_end_matches("’s");
        let hits: Vec<&(usize, String)> = self
            .names
            .iter()
            .filter(|(_, n)| speakers::surname(n).is_some_and(|s| s.eq_ignore_ascii_case(word)))
            .collect();
        hits.iter()
            .rev()
            .find(|(p, _)| *p <= pi)
            .or_else(|| hits.first())
            .map(|(_, n)| n.clone())
    }

    /// The person a "he"/"she" at byte `at` of paragraph `pi` refers to: the latest speaker if the
    /// paragraph mentions them before the pronoun, else the first person the sentence or paragraph
    /// mentions, else the latest speaker.
    fn pronoun(&self, text: &str, at: usize, pi: usize, gender: Option<Gender>) -> Option<String> {
        self.referent(text, at, pi, false, gender)
    }

    /// The person a pronoun or a definite role ("the U.S. leader") refers to; a role needs the
    /// person to be named earlier in the same paragraph. A "she" skips people the article calls
    /// "Mr." or a spokesman, and a "he" those it calls "Ms." or a spokeswoman.
    fn referent(
        &self,
        text: &str,
        at: usize,
        pi: usize,
        need_mention: bool,
        gender: Option<Gender>,
    ) -> Option<String> {
        let before = &text[..at];
        // Speakers seldom name themselves: names inside quotations are not who "he" is.
        let quoted = double_segments(before);
        let mut mentioned: Vec<(usize, String)> = Vec::new();
        for m in WORD.find_iter(before) {
            if quoted
                .iter()
                .any(|g| g.open <= m.start() && m.start() < g.close_end)
            {
                continue;
            }
            let w = m.as_str().trim_end_matches('.');
            if !is_capitalized(w) || FUNCTION_CAPS.contains(&w.to_lowercase().as_str()) {
                continue;
            }
            if let Some(full) = self.full_name(w, pi)
                && speakers::surname(&full).is_some_and(|s| {
                    s.eq_ignore_ascii_case(w.trim_end_matches("'s").trim_end_matches("’s"))
                })
            {
                mentioned.push((m.start(), full));
            }
        }
        mentioned.retain(|(_, n)| self.compatible(n, gender));
        let last_person = self
            .last_person
            .as_ref()
            .filter(|n| self.compatible(n, gender));
        if let Some(last) = last_person
            && mentioned.iter().any(|(_, n)| n == last)
        {
            return Some(last.clone());
        }
        let sentence_start = sentence_breaks(before).last().copied().unwrap_or(0);
        let found = mentioned
            .iter()
            .find(|(p, _)| *p >= sentence_start)
            .or_else(|| mentioned.first())
            .map(|(_, n)| n.clone());
        if need_mention {
            return found;
        }
        // Nobody has spoken yet: the person the article introduced last.
        // Someone known to match the pronoun beats someone the article says nothing about.
        let known = |n: &str| gender.is_some() && self.genders.get(n).copied() == gender;
        found.or_else(|| last_person.cloned()).or_else(|| {
            let seen = || self.names.iter().rev().filter(|(p, _)| *p <= pi);
            seen()
                .find(|(_, n)| known(n))
                .or_else(|| seen().find(|(_, n)| self.compatible(n, gender)))
                .map(|(_, n)| n.clone())
        })
    }

    /// Turns an attribution phrase into a speaker, resolving pronouns, surnames and "the statement".
    fn resolve(&self, phrase: &str, text: &str, at: usize, pi: usize) -> Option<Speaker> {
        let lower = phrase.trim().to_lowercase();
        if speakers::PERSONAL_PRONOUNS.contains(&lower.as_str()) {
            return self
                .pronoun(text, at, pi, gender_of_word(&lower))
                .map(|name| Speaker {
                    name,
                    kind: SpeakerKind::Person,
                });
        }
        if UNRESOLVED_PRONOUNS.contains(&lower.as_str()) {
            return None;
        }
        let person = |name| Speaker {
            name,
            kind: SpeakerKind::Person,
        };
        // A role the article gave someone beats whoever the paragraph happens to mention.
        if is_definite_role(&lower) {
            return self
                .described(&lower, pi)
                .or_else(|| self.referent(text, at, pi, true, None))
                .map(person);
        }
        if let Some(org) = self.org_anaphor(phrase, pi) {
            return Some(org);
        }
        if let Some(name) = self.described(&lower, pi) {
            return Some(person(name));
        }
        if speakers::is_generic_source(phrase) {
            if lower.ends_with("statement") || lower.ends_with("release") {
                return self.last_statement_source.clone();
            }
            return None;
        }
        let speaker = parse_speaker(phrase)?;
        if speaker.kind == SpeakerKind::Organization {
            return Some(speaker);
        }
        if !speaker.name.contains(' ')
            && let Some(full) = self.full_name(&speaker.name, pi)
        {
            return Some(Speaker {
                name: full,
                kind: SpeakerKind::Person,
            });
        }
        // "Insurers said", "Commuters said": a plural noun at the head of a sentence names a group
        // of people, nobody in particular.
        let l = speaker.name.to_lowercase();
        if speaker.kind == SpeakerKind::Unknown
            && ["ers", "ors", "ists", "ents", "ians"]
                .iter()
                .any(|s| l.ends_with(s))
        {
            return None;
        }
        // "Continuing, …", "Signs of …": a lone capitalised word that the article also uses in
        // lowercase, or a participle or adverb, opened a sentence; it names nobody.
        if speaker.kind == SpeakerKind::Unknown
            && (self.lowercase.contains(&l) || l.ends_with("ing") || l.ends_with("ly"))
        {
            return None;
        }
        Some(speaker)
    }

    fn note_speaker(&mut self, s: &Option<Speaker>) {
        if let Some(s) = s
            && s.kind == SpeakerKind::Person
            && s.name.contains(' ')
        {
            self.last_person = Some(s.name.clone());
        }
    }

    /// The person or body the last sentence of a paragraph is about, when it names one.
    fn closing_subject(&self, text: &str, pi: usize) -> Option<(Speaker, String)> {
        let start = sentence_breaks(text).last().copied().unwrap_or(0);
        let toks = tokenize(&text[start..], start);
        let (a, b) = clause_subject(&toks)?;
        let phrase = join_span(text, &toks[a..b]);
        let sp = self.resolve(&phrase, text, toks[a].start, pi)?;
        (sp.kind != SpeakerKind::Unknown || sp.name.contains(' ')).then_some((sp, phrase))
    }

    /// Reads a paragraph's sentences for who spoke without quotation marks ("Sofrin said the issue
    /// ...", "the Prime Minister's Office released a statement"), so that a later "he said" or "the
    /// statement said" resolves to them.
    fn observe(&mut self, text: &str, pi: usize, segs: &[Segment]) -> Vec<Quote> {
        let mut reported = Vec::new();
        let mut starts = vec![0];
        starts.extend(sentence_breaks(text));
        starts.push(text.len());
        for w in starts.windows(2) {
            let (s, e) = (w[0], w[1]);
            if segs.iter().any(|g| g.start < e && g.end > s) {
                continue;
            }
            let sentence = &text[s..e];
            if STATEMENT.is_match(sentence) {
                let toks = tokenize(sentence, s);
                if let Some((a, b)) = clause_subject(&toks) {
                    let phrase = join_span(text, &toks[a..b]);
                    if let Some(sp) = self.resolve(&phrase, text, toks[a].start, pi) {
                        self.last_statement_source = Some(sp);
                    }
                }
            }
            let toks = tokenize(sentence, s);
            let found = reported_speech(text, &toks, s, e).map(|(a, from, to)| {
                let speaker = self.resolve(&a.phrase, text, a.at, pi);
                (a, from, to, speaker)
            });
            // Reported speech needs a source: a resolved speaker or an unnamed one ("officials").
            let found = found
                .filter(|(a, _, _, sp)| sp.is_some() || speakers::is_generic_source(&a.phrase));
            if let Some((a, from, to, speaker)) = found {
                self.note_speaker(&speaker);
                let content = text[from..to]
                    .trim()
                    .trim_end_matches(['.', ',', ';'])
                    .trim_end();
                reported.push(Quote {
                    paragraph: pi,
                    text: content.to_owned(),
                    speaker,
                    attribution: Some(a.phrase),
                    verb: a.verb,
                    kind: QuoteKind::Indirect,
                });
            } else if let Some(v) = toks
                .iter()
                .position(|t| is_speech_verb(t) && !is_capitalized(t.text))
                && let Some(a) = subject_of(text, &toks, v)
            {
                let sp = self.resolve(&a.phrase, text, a.at, pi);
                self.note_speaker(&sp);
            }
        }
        reported
    }
}

/// Whether reported speech comes back as [`QuoteKind::Indirect`] quotes.
const REPORT_INDIRECT: bool = true;

/// Verbs that report what someone said in the writer's words ("X said that …", "…, X said.").
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "announced",
    "announces",
    "explained",
    "explains",
    "argued",
    "argues",
    "noted",
    "notes",
    "warned",
    "warns",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "acknowledged",
    "acknowledges",
    "confirmed",
    "confirms",
    "predicted",
    "predicts",
    "suggested",
    "suggests",
    "wrote",
    "writes",
    "reported",
    "reports",
    "conceded",
    "concedes",
    "admitted",
    "admits",
    "alleged",
    "alleges",
    "asserted",
    "asserts",
    "maintained",
    "maintains",
    "contended",
    "contends",
    "testified",
    "concluded",
    "declared",
    "declares",
    "stressed",
    "stresses",
    "emphasized",
    "emphasizes",
    "recalled",
    "recalls",
    "tweeted",
    "complained",
    "complains",
    "countered",
    "replied",
    "responded",
];

/// Reported speech in a sentence with no quotation marks: "Sofrin said the issue was unlikely to be
/// raised", "Officials told reporters that the talks had stalled", "The talks stalled, officials
/// said." Returns the attribution and the byte range of what was said.
fn reported_speech(
    text: &str,
    toks: &[Tok],
    s: usize,
    e: usize,
) -> Option<(Attribution, usize, usize)> {
    let is_reporting = |t: &Tok| REPORTING_VERBS.contains(&t.lower().as_str());
    let mut end = text[s..e].trim_end().len() + s;
    // A sentence ending in a colon introduces a quotation; that is read elsewhere.
    if text[..end].ends_with(':') {
        return None;
    }
    // "…, X said." at the end of the sentence.
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
    // "…, said Dan Marsh, a pollster in Leeds." at the end of the sentence.
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
    // "X said (that) …".
    let v = (0..n).find(|&k| is_reporting(&toks[k]) && is_verb_at(toks, k))?;
    let a = subject_of(text, toks, v)?;
    if is_first_person(&a.phrase) || a.phrase.contains("<quote>") {
        return None;
    }
    let that = (v + 1..n.min(v + 12)).find(|&k| toks[k].lower() == "that" && !toks[k - 1].is(","));
    let start = match that {
        Some(k) if k + 1 < n => toks[k + 1].start,
        _ => {
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
                "the"
                    | "he"
                    | "she"
                    | "they"
                    | "it"
                    | "we"
                    | "there"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
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
            next.start
        }
    };
    // "… and said the inquiry goes on, the second official said": a trailing attribution is not part
    // of what was said.
    if let Some(k) = (0..n.saturating_sub(1)).rev().find(|&k| {
        toks[k].is(",") && toks[k].start > start && toks[k + 1..].iter().take(7).any(&is_reporting)
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

fn is_first_person(phrase: &str) -> bool {
    matches!(phrase.trim().to_lowercase().as_str(), "i" | "we" | "you")
}

/// Is the quotation the whole of what someone said, or a few words worked into the writer's own
/// sentence?
fn quote_kind(text: &str, seg: &Segment, sentence_start: usize) -> QuoteKind {
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

/// Who said a quotation: the speaker, the attribution as written, the verb.
type Source = (Option<Speaker>, Option<String>, Option<String>);

/// Finds the quotations in an article's body paragraphs, in order.
pub fn find_quotes(paragraphs: &[Paragraph]) -> Vec<Quote> {
    let mut ctx = Context::new(paragraphs);
    let mut quotes: Vec<Quote> = Vec::new();
    // The speaker of the previous paragraph's last quotation, if that paragraph ended in one (or
    // left one open), for paragraphs that carry a quotation on with no attribution of their own.
    let mut carry: Option<Source> = None;
    let mut intro: Option<(Option<Speaker>, Attribution)> = None;
    // The named subject of the previous paragraph's last sentence, when that paragraph held no
    // quotation.
    let mut prev_subject: Option<(Speaker, String)> = None;
    let mut pi = 0;
    while pi < paragraphs.len() {
        let p = &paragraphs[pi];
        let text = p.text.as_str();
        let mut segs = double_segments(text);
        if segs.is_empty() && !text.contains(['"', '“', '”']) && !text.contains("''") {
            segs = single_segments(text);
            // Single marks double as apostrophes; only whole sentences in them count as quotes.
            segs.retain(|s| word_count(s.content(text)) >= 4);
        }

        // Block quotes: a blockquote paragraph, or a paragraph without marks right after a line
        // that introduces one.
        let wrapped =
            segs.len() == 1 && segs[0].open <= 1 && segs[0].close_end + 1 >= text.trim_end().len();
        let is_block = segs.is_empty() && (p.kind == ParagraphKind::Blockquote || intro.is_some());
        let next_attr_line = paragraphs
            .get(pi + 1)
            .and_then(|n| attribution_line(&n.text));
        let (body, own_line) = split_trailing_attribution(text);
        if is_block
            || (segs.is_empty()
                && p.kind != ParagraphKind::Subhead
                && (next_attr_line.is_some() || own_line.is_some())
                && word_count(body) >= 8
                && (p.kind == ParagraphKind::Blockquote || speaks_in_first_person(body)))
            || (p.kind == ParagraphKind::Blockquote && wrapped)
        {
            let mut speaker = None;
            let mut attribution = None;
            let mut verb = None;
            if let Some((sp, a)) = intro.take() {
                speaker = sp;
                attribution = Some(a.phrase);
                verb = a.verb;
            } else if let Some(name) = own_line.clone().or(next_attr_line.clone()) {
                speaker = ctx.resolve(&name, text, 0, pi);
                attribution = Some(name);
            } else if p.kind == ParagraphKind::Blockquote
                && let Some((sp, a, v)) = carry.clone()
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
            quotes.push(Quote {
                paragraph: pi,
                text: content,
                speaker: speaker.clone(),
                attribution: attribution.clone(),
                verb: verb.clone(),
                kind: QuoteKind::Block,
            });
            carry = Some((speaker, attribution, verb));
            // Skip the attribution line after the block, so it is not read as text.
            if next_attr_line.is_some() && own_line.is_none() {
                pi += 1;
            }
            pi += 1;
            continue;
        }

        let pending_intro = intro.take();
        if !segs.is_empty() && segs[0].open > 1 {
            prev_subject = None;
        }
        let para_intro = block_intro(text);

        let mut last_in_para: Option<Source> = None;
        // Sentence starts outside quotations.
        let breaks: Vec<usize> = sentence_breaks(text)
            .into_iter()
            .filter(|&b| !segs.iter().any(|g| g.start < b && b <= g.end))
            .collect();
        let reports = quoted_reports(text, &segs, &breaks);
        let mut emitted = vec![false; segs.len()];
        for (k, seg) in segs.iter().enumerate() {
            let mut content = seg.content(text).trim();
            // "…\nCharles Lamb, Harbour Trust.": a name line closing the quotation is its attribution.
            let mut line_attr = None;
            if let Some(nl) = content.rfind('\n') {
                let line = content[nl + 1..].trim().trim_end_matches(['"', '”']);
                if attribution_line(line).or_else(|| name_line(line)).is_some() {
                    let at = seg.start + nl + 1;
                    line_attr = Some(Attribution {
                        phrase: line.trim_end_matches('.').to_owned(),
                        verb: None,
                        at,
                    });
                    content = content[..nl].trim_end();
                }
            }
            let sent_start = breaks
                .iter()
                .rev()
                .find(|&&b| b <= seg.open)
                .copied()
                .unwrap_or(0);
            let left_from = if k > 0 {
                sent_start.max(segs[k - 1].close_end)
            } else {
                sent_start
            };
            let next_open = segs.get(k + 1).map_or(text.len(), |n| n.open);
            // A quotation ending in "?”" or "!”" seems to end its sentence, but "Smith asked." after it
            // still belongs to it.
            let after_ws = seg.close_end
                + (text[seg.close_end..].len() - text[seg.close_end..].trim_start().len());
            let right_to = breaks
                .iter()
                .find(|&&b| b > after_ws)
                .copied()
                .unwrap_or(text.len())
                .min(next_open);

            let quote_end_punct =
                content.ends_with([',', '?', '!', '—', '–']) || content.ends_with("...");
            let right = if seg.closed {
                let after = text[seg.close_end..right_to].trim_start();
                let lower_start = after.chars().next().is_some_and(char::is_lowercase);
                if quote_end_punct || lower_start || !content.ends_with(['.', ';']) {
                    // A phrase that ends without punctuation runs on into the writer's sentence;
                    // only a short "he said" right after it attributes it.
                    let max_subject = if quote_end_punct || content.ends_with(['.', ';']) {
                        23
                    } else {
                        4
                    };
                    attribution_after(text, seg.close_end, right_to, max_subject)
                } else {
                    None
                }
            } else {
                None
            };
            let starts_lower = content.chars().next().is_some_and(char::is_lowercase);
            let left = || attribution_before(text, sent_start, seg.open, &segs[..k], starts_lower);
            // "Fundraising was “stagnant” as donors waited, he said.": the sentence's own report
            // names the speaker of every phrase quoted inside what was reported.
            let reported = || {
                reports
                    .iter()
                    .find(|r| r.from <= seg.open && seg.close_end <= r.to)
                    .map(|r| r.attribution.clone())
            };
            let mut attr = line_attr.or(right).or_else(left).or_else(reported);
            let mut inherited = None;
            if attr.is_none() {
                // Same-sentence or same-paragraph continuation: "“A,” X said. “B.”"
                if let Some(prev) = &last_in_para {
                    inherited = Some(prev.clone());
                } else if k == 0 && seg.open <= 1 {
                    if let Some((sp, a)) = &pending_intro {
                        inherited = Some((sp.clone(), Some(a.phrase.clone()), a.verb.clone()));
                    } else if let Some((sp, a, v)) = &carry {
                        inherited = Some((sp.clone(), a.clone(), v.clone()));
                    } else if let Some((sp, a)) = &prev_subject {
                        // A paragraph that is all quotation after one about its speaker: "Richards
                        // also spoke about the case." then "“…”".
                        inherited = Some((Some(sp.clone()), Some(a.clone()), None));
                    }
                } else if k == 0
                    && let Some((sp, a)) = &pending_intro
                {
                    inherited = Some((sp.clone(), Some(a.phrase.clone()), a.verb.clone()));
                } else if k == 0
                    && text[sent_start..seg.open].trim().is_empty()
                    && let Some(a) = report_before(text, sent_start)
                {
                    // "Lindqvist said the strike was costly. “That is a large number …”": a
                    // quotation opening the sentence after reported speech carries on its words.
                    let sp = ctx.resolve(&a.phrase, text, a.at, pi);
                    if sp.is_some() {
                        inherited = Some((sp, Some(a.phrase), a.verb));
                    }
                }
            }
            let kind = quote_kind(text, seg, left_from);
            let words = word_count(content);
            // Scare quotes, titles and bare names: a few words with no speech act around them.
            let short = words <= 3 || (words <= 7 && looks_like_title(content));
            let (speaker, attribution, verb) = if let Some(a) = attr.take() {
                if kind == QuoteKind::Partial
                    && short
                    && !partial_governed(text, sent_start, seg, &a)
                {
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

        let reported = ctx.observe(text, pi, &segs);
        if REPORT_INDIRECT {
            // Reported speech with quoted phrases worked in: the whole of what was reported, as
            // well as the phrases themselves.
            // One phrase already kept as a partial quote says it all; several phrases with the
            // writer's words between them, or a phrase too short to keep alone, do not.
            for r in reports.iter().filter(|r| {
                r.writer_words >= 3
                    && (r.segments.len() >= 2 || r.segments.iter().any(|&k| !emitted[k]))
            }) {
                let speaker = ctx.resolve(&r.attribution.phrase, text, r.attribution.at, pi);
                if speaker.is_none() && !speakers::is_generic_source(&r.attribution.phrase) {
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
            quotes.extend(reported);
        }
        prev_subject = if segs.is_empty() {
            ctx.closing_subject(text, pi)
        } else {
            None
        };
        // What the next paragraph may carry on: this paragraph's last quotation, when the paragraph
        // ends in it or leaves it open.
        carry = match (segs.last(), &last_in_para) {
            (Some(seg), Some((sp, a, v))) => {
                let tail = text[seg.close_end..].trim();
                let ends_in_quote = !seg.closed || tail.is_empty() || word_count(tail) <= 12;
                ends_in_quote.then(|| (sp.clone(), a.clone(), v.clone()))
            }
            _ => None,
        };
        if let Some(a) = para_intro {
            let sp = ctx.resolve(&a.phrase, text, a.at, pi);
            intro = Some((sp, a));
        }
        pi += 1;
    }
    quotes
}

/// A sentence of reported speech with quoted phrases inside what was reported.
struct QuotedReport {
    attribution: Attribution,
    /// Byte range of what was reported.
    from: usize,
    to: usize,
    /// Words of the report outside quotation marks.
    writer_words: usize,
    /// Indices of the quoted phrases inside it, in the paragraph's segments.
    segments: Vec<usize>,
}

impl QuotedReport {
    fn content<'a>(&self, text: &'a str) -> &'a str {
        text[self.from..self.to]
            .trim()
            .trim_end_matches([',', ';'])
            .trim_end()
    }
}

/// The sentences of a paragraph that report speech ("X said …", "…, X said.") and quote only
/// phrases, never a whole sentence: the quotation marks sit inside the writer's own clause.
fn quoted_reports(text: &str, segs: &[Segment], breaks: &[usize]) -> Vec<QuotedReport> {
    let mut starts = vec![0];
    starts.extend(breaks.iter().copied().filter(|&b| b > 0));
    starts.push(text.len());
    let mut out = Vec::new();
    for w in starts.windows(2) {
        let (s, e) = (w[0], w[1]);
        let indices: Vec<usize> = (0..segs.len())
            .filter(|&k| segs[k].open >= s && segs[k].open < e)
            .collect();
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
fn report_before(text: &str, end: usize) -> Option<Attribution> {
    let start = sentence_breaks(&text[..end])
        .into_iter()
        .rfind(|&b| b < end && !text[b..end].trim().is_empty())
        .unwrap_or(0);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(texts: &[&str]) -> Vec<Paragraph> {
        texts
            .iter()
            .map(|t| Paragraph {
                kind: ParagraphKind::Text,
                text: (*t).to_owned(),
            })
            .collect()
    }

    fn speaker(q: &Quote) -> &str {
        q.speaker.as_ref().map_or("", |s| s.name.as_str())
    }

    #[test]
    fn attribution_after_the_quote() {
        let q = find_quotes(&paras(&[
            "“The harbour will reopen on Monday,” Port Director Mara Quell said.",
        ]));
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "The harbour will reopen on Monday,");
        assert_eq!(speaker(&q[0]), "Mara Quell");
        assert_eq!(
            q[0].attribution.as_deref(),
            Some("Port Director Mara Quell")
        );
        assert_eq!(q[0].verb.as_deref(), Some("said"));
        assert_eq!(q[0].kind, QuoteKind::Direct);
    }

    #[test]
    fn inverted_attribution_with_appositive() {
        let q = find_quotes(&paras(&[
            "\"Nobody saw the ledger,\" said Tomas Reyne, a former auditor.",
        ]));
        assert_eq!(speaker(&q[0]), "Tomas Reyne");
        assert_eq!(
            q[0].attribution.as_deref(),
            Some("Tomas Reyne, a former auditor")
        );
    }

    #[test]
    fn attribution_before_with_mixed_marks() {
        let q = find_quotes(&paras(&[
            "Fisheries chief Olva Brandt told Coast Radio on Friday, “We have counted every boat and the numbers hold up.\"",
            "He added, \"The quota stays where it is.”",
        ]));
        assert_eq!(q.len(), 2);
        assert_eq!(speaker(&q[0]), "Olva Brandt");
        assert_eq!(q[0].verb.as_deref(), Some("told"));
        assert_eq!(speaker(&q[1]), "Olva Brandt");
        assert_eq!(q[1].text, "The quota stays where it is.");
    }

    #[test]
    fn organisation_speaker_and_continued_paragraph() {
        let q = find_quotes(&paras(&[
            "“The report is false,” the Harbour Authority said.",
            "“Its officers never took part in any of the events described.”",
        ]));
        assert_eq!(q.len(), 2);
        let s = q[0].speaker.as_ref().expect("speaker");
        assert_eq!(
            (s.name.as_str(), s.kind),
            ("Harbour Authority", SpeakerKind::Organization)
        );
        assert_eq!(q[1].speaker, q[0].speaker);
        assert_eq!(q[1].paragraph, 1);
    }

    #[test]
    fn quote_left_open_continues_in_next_paragraph() {
        let q = find_quotes(&paras(&[
            "Mara Quell said: “We waited three weeks for the permits and nobody called us back.",
            "“Then the cranes arrived all at once.”",
        ]));
        assert_eq!(q.len(), 2);
        assert_eq!(speaker(&q[1]), "Mara Quell");
    }

    #[test]
    fn surname_and_pronoun_resolve_to_full_name() {
        let q = find_quotes(&paras(&[
            "Harbour master Ilse Varga met the inspectors on Tuesday.",
            "\"We are ready,\" Varga said. \"The berths are clear.\"",
            "She said the vessels were \"in good order.\"",
        ]));
        assert!(q.iter().all(|q| speaker(q) == "Ilse Varga"), "{q:#?}");
        assert_eq!(q.len(), 3);
        assert_eq!(q[2].kind, QuoteKind::Partial);
    }

    #[test]
    fn scare_quotes_and_titles_are_not_quotes() {
        let q = find_quotes(&paras(&[
            "The town waited for its “big sister” to step in, while the mayor appeared on “Morning Harbour Live” twice.",
        ]));
        assert!(q.is_empty(), "{q:#?}");
    }

    #[test]
    fn partial_quote_with_characterizing_verb() {
        let q = find_quotes(&paras(&[
            "Senator Ann Pike called the plan “a slow-motion wreck” on Tuesday.",
        ]));
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].kind, QuoteKind::Partial);
        assert_eq!(speaker(&q[0]), "Ann Pike");
    }

    #[test]
    fn block_quote_after_intro_and_before_attribution_line() {
        let q = find_quotes(&paras(&[
            "Petra Lund, Transport Minister said on the radio:",
            "The rail link will open in spring and the fares will not rise this year.",
            "Observers were less sure about the timetable than the minister was.",
            "We have seen these promises before and the trains still run late every single week.",
            "Jonas Eide, chairman, Commuters Association.",
        ]));
        assert_eq!(q.len(), 2, "{q:#?}");
        assert_eq!(q[0].kind, QuoteKind::Block);
        assert_eq!(speaker(&q[0]), "Petra Lund");
        assert_eq!(q[1].kind, QuoteKind::Block);
        assert_eq!(speaker(&q[1]), "Jonas Eide");
        assert_eq!(q[1].paragraph, 3);
    }

    #[test]
    fn statement_resolves_to_its_issuer() {
        let q = find_quotes(&paras(&[
            "The Ministry of Ports released a statement on Monday.",
            "“No cargo was lost,” the statement said.",
        ]));
        let s = q[0].speaker.as_ref().expect("speaker");
        assert_eq!(s.kind, SpeakerKind::Organization);
        assert_eq!(s.name, "Ministry of Ports");
    }

    #[test]
    fn orphan_closing_mark_closes_a_sentence_quotation() {
        let q = find_quotes(&paras(&[
            "\"The audit is finished,\" the statement said. The ledgers match the bank records in every month,\" the statement said.",
        ]));
        assert_eq!(q.len(), 2, "{q:#?}");
        assert_eq!(
            q[1].text,
            "The ledgers match the bank records in every month,"
        );
    }

    #[test]
    fn single_marks_are_quotes_only_as_whole_phrases() {
        let q = find_quotes(&paras(&[
            "Coach Dara Vell said: ‘We played the best half of football this club has seen.’",
        ]));
        assert_eq!(q.len(), 1);
        assert_eq!(speaker(&q[0]), "Dara Vell");
        let q = find_quotes(&paras(&[
            "The club’s ‘golden generation’ was never as good as its fans’ songs claimed.",
        ]));
        assert!(q.is_empty(), "{q:#?}");
    }

    #[test]
    fn possessive_speech_noun_names_the_speaker() {
        let q = find_quotes(&paras(&[
            "Engineer Hallie Brook inspected the bridge on Monday.",
            "The council rejected Brook's claim that the cables were “badly corroded” and voted to reopen it.",
        ]));
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(speaker(&q[0]), "Hallie Brook");
        assert_eq!(q[0].kind, QuoteKind::Partial);
    }

    #[test]
    fn passive_verb_does_not_make_a_speaker() {
        let q = find_quotes(&paras(&[
            "When Mayor Ida Ferrand was asked about the budget, Treasurer Colm Ashby waved the reporters away and said, “The numbers will be published on Friday.”",
        ]));
        assert_eq!(speaker(&q[0]), "Colm Ashby", "{q:#?}");
    }

    #[test]
    fn progressive_and_according_to() {
        let q = find_quotes(&paras(&[
            "Governor Nell Ostrow is telling voters that the new levy is “a fair deal for every town.”",
            "According to the Coastal Herald, officials “refused to reopen the night shift.”",
        ]));
        assert_eq!(q.len(), 2, "{q:#?}");
        assert_eq!(speaker(&q[0]), "Nell Ostrow");
        // The phrase right before a quotation that carries its own verb is its subject: unnamed
        // officials, not the newspaper that reported them.
        assert_eq!(q[1].speaker, None);
        assert_eq!(q[1].attribution.as_deref(), Some("officials"));
    }

    #[test]
    fn definite_role_resolves_to_the_person_named_in_the_paragraph() {
        let q = find_quotes(&paras(&[
            "Mayor Ida Ferrand toured the flooded streets. The mayor said the pumps had been \"working around the clock.\"",
        ]));
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(speaker(&q[0]), "Ida Ferrand");
    }

    #[test]
    fn name_line_under_a_quotation_attributes_it() {
        let q = find_quotes(&paras(&[
            "“We will not let the shipyard close without a fight.\nUnion Chair Petra Solberg.",
        ]));
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(
            q[0].text,
            "We will not let the shipyard close without a fight."
        );
        assert_eq!(speaker(&q[0]), "Petra Solberg");
    }

    #[test]
    fn verb_first_intro_and_blockquote_paragraphs() {
        let mut ps = paras(&[
            "Wrote Ansel Marr:",
            "Nobody in this valley has seen water this high since the dam was built.",
        ]);
        let q = find_quotes(&ps);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(
            (speaker(&q[0]), q[0].kind),
            ("Ansel Marr", QuoteKind::Block)
        );
        ps = paras(&[
            "The museum's director answered the critics in a letter.",
            "We never sold a painting we did not own.",
            "Hanna Groot, Director, Civic Museum.",
        ]);
        ps[1].kind = ParagraphKind::Blockquote;
        let q = find_quotes(&ps);
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(speaker(&q[0]), "Hanna Groot");
    }

    #[test]
    fn signature_line_after_plain_prose_is_not_an_attribution() {
        let q = find_quotes(&paras(&[
            "The survey covered forty towns along the coast and found that rents rose faster than wages in all of them.",
            "Lena Moss, Staff Reporter.",
        ]));
        assert!(q.is_empty(), "{q:#?}");
    }

    #[test]
    fn inverted_attribution_with_a_role_before_the_name() {
        let q = find_quotes(&paras(&[
            "\"We have no idea why,\" said the choir's director, Oona Fenwick, 58. \"Maybe people like singing.\"",
            "“The roof leaks,” said caretaker Bram Oyelaran.",
        ]));
        assert_eq!(q.len(), 3, "{q:#?}");
        assert!(
            q[..2].iter().all(|q| speaker(q) == "Oona Fenwick"),
            "{q:#?}"
        );
        assert_eq!(
            q[0].attribution.as_deref(),
            Some("the choir's director, Oona Fenwick, 58")
        );
        assert_eq!(speaker(&q[2]), "Bram Oyelaran");
    }

    #[test]
    fn paired_apostrophes_and_straight_single_marks_are_quotation_marks() {
        let q = find_quotes(&paras(&[
            "''The vote was fair,'' said Mayor Tilde Rasmussen. ''We counted twice.''",
            "'The passengers are the best part,' Captain Iris Vale said. 'Some of them I have known for years.'",
        ]));
        assert_eq!(q.len(), 4, "{q:#?}");
        assert_eq!(q[0].text, "The vote was fair,");
        assert_eq!(speaker(&q[1]), "Tilde Rasmussen");
        assert_eq!(speaker(&q[3]), "Iris Vale");
        assert_eq!(q[3].kind, QuoteKind::Direct);
    }

    #[test]
    fn places_and_clause_words_are_not_names() {
        let q = find_quotes(&paras(&[
            "When Hedda Lorne opened the clinic in Marrow County, patients came from three valleys.",
            "“This clinic is the only one for fifty miles,” she said.",
        ]));
        assert_eq!(speaker(&q[0]), "Hedda Lorne", "{q:#?}");
    }

    #[test]
    fn a_possessive_is_not_a_speaker() {
        let q = find_quotes(&paras(&[
            "The party's “new direction” was unveiled at a rally on Sunday.",
        ]));
        assert!(q.is_empty(), "{q:#?}");
    }

    #[test]
    fn reported_speech_is_indirect() {
        let q = find_quotes(&paras(&[
            "Harbour master Ilse Varga said that the berths would reopen on Monday morning.",
            "The dredging will take at least three more weeks, officials said.",
            "Varga met the inspectors on Tuesday and said nothing.",
        ]));
        assert_eq!(q.len(), 2, "{q:#?}");
        assert_eq!(
            (q[0].kind, speaker(&q[0])),
            (QuoteKind::Indirect, "Ilse Varga")
        );
        assert_eq!(q[0].text, "the berths would reopen on Monday morning");
        assert_eq!(
            q[1].text,
            "The dredging will take at least three more weeks"
        );
        assert_eq!(
            (q[1].speaker.as_ref(), q[1].attribution.as_deref()),
            (None, Some("officials"))
        );
    }

    #[test]
    fn phrases_quoted_inside_reported_speech_take_its_speaker() {
        let q = find_quotes(&paras(&[
            "Ticket sales were “flat for about a month” while buyers waited, Ilse Marrow said.",
        ]));
        // The one phrase says it all: no second, reported quote around it.
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].kind, QuoteKind::Partial);
        assert_eq!(q[0].text, "flat for about a month");
        assert_eq!(speaker(&q[0]), "Ilse Marrow");
    }

    #[test]
    fn a_report_with_several_quoted_phrases_is_kept_whole() {
        let q = find_quotes(&paras(&[
            "Harbor chief Olen Tave said it was “badly delayed” by storms and that the budget was \
             “entirely spent” before spring.",
        ]));
        let partials: Vec<&str> = q
            .iter()
            .filter(|q| q.kind == QuoteKind::Partial)
            .map(|q| q.text.as_str())
            .collect();
        assert_eq!(partials, ["badly delayed", "entirely spent"]);
        let report = q
            .iter()
            .find(|q| q.kind == QuoteKind::Indirect)
            .expect("indirect");
        assert!(
            report.text.starts_with("it was “badly delayed” by storms"),
            "{}",
            report.text
        );
        assert_eq!(speaker(report), "Olen Tave");
    }

    #[test]
    fn a_name_set_off_after_a_description_is_the_speaker() {
        let q = find_quotes(&paras(&[
            "Another delegate on the Marsh slate, Jim Poolman, said he was only “leaning north.”",
        ]));
        assert_eq!(speaker(&q[0]), "Jim Poolman");
        assert_eq!(
            q[0].attribution.as_deref(),
            Some("Another delegate on the Marsh slate, Jim Poolman")
        );
    }

    #[test]
    fn a_role_description_resolves_to_the_person_given_that_role() {
        let q = find_quotes(&paras(&[
            "Chief of the Coastal Staff, Piet Vandermolen, met Interior Minister Saskia Doorn on \
             Monday.",
            "“The dykes will hold through the winter,” the chief of the coastal staff said.",
            "“We have the money for repairs,” the interior minister said later.",
        ]));
        assert_eq!(q.len(), 2);
        assert_eq!(speaker(&q[0]), "Piet Vandermolen");
        assert_eq!(
            q[0].attribution.as_deref(),
            Some("the chief of the coastal staff")
        );
        assert_eq!(speaker(&q[1]), "Saskia Doorn");
    }

    #[test]
    fn a_role_two_people_share_stays_unresolved() {
        let q = find_quotes(&paras(&[
            "Deputy Mayor Ana Brisk and Deputy Mayor Colm Fairley toured the flooded streets.",
            "“We need pumps, not promises,” the deputy mayor said.",
        ]));
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker, None);
    }

    #[test]
    fn the_company_resolves_to_the_company_named_earlier() {
        let q = find_quotes(&paras(&[
            "Carmel Line, which runs ferries out of Haifa, cancelled three sailings on Tuesday.",
            "“The vessels will stay in port until the storm passes,” the company said.",
            "The Ministry of Ports said the closure was temporary. “Crews are inspecting the \
             breakwater tonight,” the ministry said.",
        ]));
        assert_eq!(q.len(), 2, "{q:?}");
        let sp = q[0].speaker.as_ref().expect("speaker");
        assert_eq!(
            (sp.name.as_str(), sp.kind),
            ("Carmel Line", SpeakerKind::Organization)
        );
        let sp = q[1].speaker.as_ref().expect("speaker");
        assert_eq!(
            (sp.name.as_str(), sp.kind),
            ("Ministry of Ports", SpeakerKind::Organization)
        );
    }

    #[test]
    fn she_skips_a_man_named_later() {
        let q = find_quotes(&paras(&[
            "Tamsin Ruel, the council's spokeswoman, answered questions after Mr. Dov Arlen left \
             the hall.",
            "“We will put it to a vote again in March,” she said.",
            "“Nobody asked me,” he said.",
        ]));
        assert_eq!(q.len(), 2);
        assert_eq!(speaker(&q[0]), "Tamsin Ruel");
        assert_eq!(speaker(&q[1]), "Dov Arlen");
    }

    #[test]
    fn according_to_at_the_end_of_a_sentence_with_quoted_phrases() {
        let q = find_quotes(&paras(&[
            "The harbour board is hiring “dozens” of divers and “a few” pilots before the summer, \
             according to board secretary Imre Valk.",
        ]));
        let report = q
            .iter()
            .find(|q| q.kind == QuoteKind::Indirect)
            .expect("indirect");
        assert_eq!(
            report.text,
            "The harbour board is hiring “dozens” of divers and “a few” pilots before the summer"
        );
        assert_eq!(speaker(report), "Imre Valk");
        assert_eq!(report.verb.as_deref(), Some("according to"));
    }

    #[test]
    fn a_lowercase_modifier_before_a_body_names_the_source() {
        let q = find_quotes(&paras(&[
            "Over the decade, according to the budget office, the deficit \
             \"is mainly attributable to rising repair costs on the old bridges.\"",
        ]));
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].attribution.as_deref(), Some("the budget office"));
    }

    #[test]
    fn a_pronoun_in_a_sentence_about_one_person_tells_their_gender() {
        let q = find_quotes(&paras(&[
            "Noor Halabi opened her bakery on Quay Street at dawn.",
            "A delivery from Pavel Roth arrived an hour later.",
            "“We sold out of bread by noon,” she said.",
        ]));
        assert_eq!(q.len(), 1);
        assert_eq!(speaker(&q[0]), "Noor Halabi");
    }

    #[test]
    fn a_reflexive_between_subject_and_verb_keeps_the_subject() {
        let q = find_quotes(&paras(&[
            "Harlan Mott himself acknowledged on Monday night \"it will be very hard for us to \
             win\" if the count goes on like this.",
            "“North,” he answered.",
        ]));
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(speaker(&q[0]), "Harlan Mott");
        assert_eq!(q[1].verb.as_deref(), Some("answered"));
        assert_eq!(speaker(&q[1]), "Harlan Mott");
    }

    #[test]
    fn a_pronoun_about_someone_else_does_not_give_a_gender() {
        let q = find_quotes(&paras(&[
            "Captain Ines Moura retired on Friday after 30 years on the ferry.",
            "Her first mate, Tobias Renn, said she kept her calm in every storm. “She never \
             shouted, not once,” he said.",
        ]));
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(speaker(&q[0]), "Tobias Renn");
    }

    #[test]
    fn a_quotation_after_reported_speech_carries_on_its_speaker() {
        let q = find_quotes(&paras(&[
            "The council's treasurer, Odile Brant, said the closure was costing the town about \
             4,000 pounds a day. \"That is a lot of money, but it is not yet a crisis.\"",
        ]));
        let direct = q
            .iter()
            .find(|q| q.kind == QuoteKind::Direct)
            .expect("direct");
        assert_eq!(speaker(direct), "Odile Brant");
    }

    #[test]
    fn a_role_opening_the_sentence_runs_on_to_the_name_before_an_age() {
        let q = find_quotes(&paras(&[
            "\u{201c}We have asked for nothing new,\u{201d} said union chair Ines Vidal.",
            "Retired ferry pilot Tomas Brandt, 71, said he had watched every sailing for years.",
            "\u{201c}I do not care who wins,\u{201d} he said.",
        ]));
        let reported = q
            .iter()
            .find(|q| q.paragraph == 1)
            .expect("reported speech");
        assert_eq!(speaker(reported), "Tomas Brandt");
        assert!(
            reported
                .attribution
                .as_deref()
                .is_some_and(|a| a.starts_with("Retired ferry pilot"))
        );
        let he = q.iter().find(|q| q.paragraph == 2).expect("he said");
        assert_eq!(
            speaker(he),
            "Tomas Brandt",
            "\"he\" is the man just named, not the earlier speaker"
        );
    }
}
