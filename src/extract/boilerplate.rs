//! Page chrome that any outlet prints: rules that judge one line on its own (advert markers,
//! share/comment prompts, counters, font-size buttons, membership pleas, footers) and rules that
//! judge a run of lines (widget runs of one-word lines, link lists). Outlet-specific chrome lives in
//! the profiles data; these rules are for pages nobody has seen.

use regex::Regex;
use std::sync::LazyLock;

/// Whole lines (compared lowercase) that are chrome on any site.
const CHROME_LINES: &[&str] = &[
    "advertisement",
    "advertisements",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "skip advertisement",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading below",
    "continue reading",
    "continue reading the main story",
    "read more",
    "read more:",
    "read more below",
    "read full article",
    "read the full story",
    "go deeper",
    "related",
    "related:",
    "related stories",
    "related articles",
    "related content",
    "related coverage",
    "related posts",
    "recommended",
    "recommended stories",
    "more stories",
    "more from",
    "more on this",
    "you may also like",
    "you might also like",
    "most read",
    "most popular",
    "most viewed",
    "trending",
    "trending now",
    "top stories",
    "latest news",
    "latest",
    "popular",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "share on linkedin",
    "share on whatsapp",
    "share on reddit",
    "share on pinterest",
    "share via email",
    "share via e-mail",
    "post on twitter",
    "email this story",
    "email",
    "print",
    "print this article",
    "tweet",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "reddit",
    "pinterest",
    "instagram",
    "youtube",
    "telegram",
    "flipboard",
    "copy link",
    "copy url",
    "link copied",
    "link copied!",
    "comments",
    "comment",
    "leave a comment",
    "view comments",
    "show comments",
    "hide comments",
    "add comment",
    "post a comment",
    "join the conversation",
    "subscribe",
    "subscribe now",
    "sign up",
    "sign in",
    "log in",
    "login",
    "logout",
    "log out",
    "register",
    "my account",
    "search",
    "menu",
    "close",
    "open",
    "home",
    "back to top",
    "top",
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "skip navigation",
    "accessibility links",
    "breaking news",
    "listen",
    "listen to this article",
    "play",
    "pause",
    "mute",
    "watch",
    "video",
    "gallery",
    "view gallery",
    "photos",
    "next",
    "previous",
    "prev",
    "next article",
    "previous article",
    "next story",
    "previous story",
    "load more",
    "show more",
    "see more",
    "see all",
    "view all",
    "more",
    "follow us",
    "follow",
    "newsletter",
    "newsletters",
    "sign up for our newsletter",
    "contact us",
    "about us",
    "privacy policy",
    "terms of use",
    "terms of service",
    "cookie policy",
    "cookies",
    "accept",
    "accept all",
    "reject all",
    "manage cookies",
    "cookie settings",
    "advertise",
    "careers",
    "site map",
    "sitemap",
    "rss",
    "feedback",
    "tags",
    "tags:",
    "topics",
    "topics:",
    "filed under",
    "filed under:",
    "categories",
    "categories:",
    "toggle navigation",
    "navigation",
    "main menu",
    "sections",
    "x",
    "×",
    "✕",
    "...",
    "…",
    "opens in new window",
    "open in new window",
    "zoom",
    "enlarge",
    "expand",
    "collapse",
    "full screen",
    "fullscreen",
    "image",
    "photo",
    "credit",
    "font size",
    "text size",
    "decrease font size",
    "increase font size",
    "reset font size",
    "small",
    "medium",
    "large",
    "a",
    "a+",
    "a-",
    "a−",
    "aa",
    "tt",
    "xs",
    "sm",
    "md",
    "lg",
    "xl",
    "editor's picks",
    "editors' picks",
    "editor picks",
    "don't miss",
    "must read",
    "also read",
    "also read:",
    "see also",
    "see also:",
    "watch:",
    "watch more",
    "up next",
    "now playing",
    "most shared",
    "most commented",
    "explore more",
    "more in",
    "featured",
    "latest stories",
    "become a member",
    "become a subscriber",
    "support us",
    "donate",
    "donate now",
    "give now",
    "already a subscriber?",
    "already a member?",
    "subscriber only",
    "premium",
    "exclusive",
];

/// A generic chrome pattern, its rule, and a test on the lowercased line that every line it
/// matches passes.
struct Generic {
    pattern: &'static str,
    /// Compiled on first use: where a twin (below) exists, only the lines it lets through need it.
    re: std::sync::OnceLock<Regex>,
    /// [`loosened`] `pattern`, where that differs from it: a test every line `re` matches passes,
    /// unless the line holds one of the two non-ASCII letters `(?i)` folds onto ASCII ones (`ſ`,
    /// the Kelvin sign). It rules out nearly every line at DFA speed, and compiles in a fraction of
    /// the time `re` does.
    prefilter: Option<Regex>,
    rule: &'static str,
    may_match: fn(&str) -> bool,
}

impl Generic {
    /// Whether the pattern matches `line`; `lower` is the line lower-cased and trimmed.
    fn matches(&self, line: &str, lower: &str, folds_onto_ascii: bool) -> bool {
        if !folds_onto_ascii {
            if !(self.may_match)(lower) {
                return false;
            }
            if let Some(prefilter) = &self.prefilter
                && !prefilter.is_match(line)
            {
                return false;
            }
        }
        self.re().is_match(line)
    }

    fn re(&self) -> &Regex {
        self.re
            .get_or_init(|| Regex::new(self.pattern).expect("generic chrome pattern compiles"))
    }
}

/// `pattern` made a cheaper test that every line it matches passes (see [`Generic::prefilter`]):
/// - each `\b` an ASCII word boundary. Every `\b` of the patterns below stands next to an ASCII
///   letter or digit, so an ASCII boundary stands wherever a Unicode one does, except beside `ſ` or
///   the Kelvin sign; and unlike a Unicode `\b` it keeps the regex crate's DFA on a line with a
///   curly quote, instead of a backtracking search that first clears a table as large as the line.
/// - each bounded run of any characters, `.{a,b}`, unbounded (`.*`, or `.+` when `a` > 0): a
///   bounded repeat of Unicode's `.` compiles into one copy of it per repetition, which made these
///   patterns a fifth of every process's start.
fn loosened(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.char_indices().peekable();
    let mut in_class = false;
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => {
                let next = chars.next().map(|(_, n)| n);
                if next == Some('b') && !in_class {
                    out.push_str(r"(?-u:\b)");
                } else {
                    out.push(c);
                    out.extend(next);
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // A `]` first in a class is a member, not its end.
                if let Some(&(_, ']')) = chars.peek() {
                    out.push(']');
                    chars.next();
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            '.' if !in_class => match bounded_repeat(&pattern[at + 1..]) {
                Some((least, len)) => {
                    out.push_str(if least == 0 { ".*" } else { ".+" });
                    for _ in 0..len {
                        chars.next();
                    }
                }
                None => out.push(c),
            },
            _ => out.push(c),
        }
    }
    out
}

/// The `{a,b}` opening `rest`: `a`, and its length in characters.
fn bounded_repeat(rest: &str) -> Option<(usize, usize)> {
    let inner = rest.strip_prefix('{')?;
    let close = inner.find('}')?;
    let (least, most) = inner[..close].split_once(',')?;
    if most.is_empty() || !most.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((least.parse().ok()?, close + 2))
}

/// A line holding a letter that `(?i)` matches with an ASCII one (`ſ` with `s`, the Kelvin sign
/// with `k`): the cheap tests, which look for ASCII, may not rule it out.
fn folds_onto_ascii(line: &str) -> bool {
    line.contains(['ſ', '\u{212A}'])
}

/// Cheap tests for the costliest patterns below, keyed by a fragment of the pattern: these are
/// unanchored or open with `.{0,n}`, so on a line with a non-ASCII character (a curly quote) their
/// Unicode `\b` makes the regex crate leave its DFA for a backtracking search of the whole line,
/// which was most of `line_rule`'s time. Each test asks for a literal every alternative of its
/// pattern holds. `(?i)` lets `ſ` match `s`, which lowercasing keeps, so a line holding one skips
/// the tests (see `line_rule`).
const MAY_MATCH: &[(&str, fn(&str) -> bool)] = &[
    ("become a (member", |l| {
        [
            "become a",
            "journalism",
            "make a",
            "answerable",
            "join",
            "needs readers",
        ]
        .iter()
        .any(|w| l.contains(w))
    }),
    ("uses? cookies", |l| l.contains("cookie")),
    ("can be reached at", |l| {
        ["reach", "contacted", "email"]
            .iter()
            .any(|w| l.contains(w))
    }),
    // The second alternative is a whole line of letters and hyphens.
    ("story-hero-img", |l| {
        l.contains("story-hero-img") || (l.contains('-') && !l.contains(char::is_whitespace))
    }),
];

static GENERIC_PATTERNS: LazyLock<Vec<Generic>> = LazyLock::new(|| {
    let rules: &[(&'static str, &'static str)] = &[
        (r"(?i)^advertisement\b.{0,30}$", "advert-marker"),
        (
            r"(?i)^(ad|advertisement)\s*[-–:|]?\s*(remove ad|scroll to continue|continue reading)",
            "advert-marker",
        ),
        (
            r"(?i)^(share|tweet|email|print|save|comment)(\s*(this|on|via|article|story|to)\b.{0,30})?$",
            "share-prompt",
        ),
        (
            r"(?i)^(new,?\s*)?\d+\s*(comments?|shares?|views?|likes?|reactions?|replies)(\s*/\s*new)?$",
            "counter",
        ),
        (r"(?i)^(comments?|shares?|views?)\s*\(?\d+\)?$", "counter"),
        (
            r"(?i)^\d+\s*(min|mins|minutes?)\s*(read|listen|watch)?$",
            "reading-time",
        ),
        (
            r"(?i)^(reading time|read time|estimated reading time)\b.{0,30}$",
            "reading-time",
        ),
        (r"(?i)\b(to|in) your inbox\b", "newsletter-prompt"),
        (
            r"(?i)^(sign up|subscribe|register|join)\b.{0,80}\b(newsletter|inbox|updates|free|today|now|account|here)\b.{0,60}$",
            "newsletter-prompt",
        ),
        (
            r"(?i)\b(become a (member|subscriber|supporter)|support (our|independent|quality) journalism|make a (contribution|donation)|our journalism (depends|relies) on|we are answerable only to|answerable only to our (audience|readers)|join\b.{1,40}\bas a (member|subscriber|supporter)|journalism needs (independent|your|readers)|needs readers like you)\b",
            "membership-plea",
        ),
        (r"(?i)^(©|\(c\)|copyright\b|all rights reserved)", "footer"),
        (r"(?i)\ball rights reserved\b", "footer"),
        (
            r"(?i)^(this (material|article|story|content) may not be (published|reproduced|broadcast))",
            "footer",
        ),
        (
            r"(?i)^(we use cookies|we and our partners (use|store)|this (web)?site uses cookies|by (using|continuing to use) this (web)?site|we value your privacy|manage (settings|preferences|consent))",
            "cookie-notice",
        ),
        (
            r"(?i)\b(uses? cookies|cookie (policy|settings|preferences))\b.{0,200}$",
            "cookie-notice",
        ),
        (
            r"(?i)^(page not found|404( error)?|error 404|sorry,? (we|the page) (couldn'?t|could not|can'?t|cannot) (find|be found)|the page you (are|were) looking for)\b.{0,120}$",
            "error-page",
        ),
        (r"(?i)^(click|tap) (here|to)\b.{0,80}$", "call-to-action"),
        (
            r"(?i)^(show|hide|open|close|toggle|expand|collapse) (the )?(search|menu|navigation|nav|sections?|comments|all|more|filters?|sidebar)$",
            "ui-button",
        ),
        (r"(?i)^(\w+ )?search( \w+)?$", "ui-button"),
        (
            r"(?i)^(this (article|content|story|page) is (only )?(for|available to|reserved for) (paying )?(subscribers|members)|(subscribe|log in|sign in) to (read|continue|keep reading)|to (continue|keep) reading)\b.{0,120}$",
            "paywall",
        ),
        (
            r"(?i)^.{0,80}\b(can be reached at|can be contacted at|reach (him|her|them) at|email (him|her|them) at)\b",
            "author-contact",
        ),
        (
            r"(?i)^(read|see|watch|listen)( the)? (more|next|also|full|latest|related)\b.{0,100}$",
            "read-more",
        ),
        (
            r"(?i)^(read|see) more( about| on| from| at)?\b.{0,100}$",
            "read-more",
        ),
        (
            r"(?i)^(also read|read also|also see|see also|related|related story|related article|recommended|more|more from|more on|read next|up next|don't miss|must read|watch)\s*[:|]\s*.{0,160}$",
            "read-more",
        ),
        (r"(?i)^(follow|like) (us|me)\b.{0,60}$", "follow-prompt"),
        (
            r"(?i)^(previous|next) (article|story|post|page)\b.{0,120}$",
            "pagination",
        ),
        (r"(?i)^page \d+ of \d+$", "pagination"),
        (
            r"(?i)^(tags|topics|filed under|categories|keywords)\s*:.{0,200}$",
            "tag-list",
        ),
        (r"(?i)^(photo|image|video) \d+ of \d+$", "gallery-counter"),
        (r"(?i)^\d+\s*/\s*\d+$", "gallery-counter"),
        (r"(?i)^(published|updated|posted)$", "widget-label"),
        (
            r"(?i)^(have a (news )?tip|got a (news )?tip|send us a tip)\b.{0,100}$",
            "tip-prompt",
        ),
        (
            r"(?i)^\(?(this (story|article) (was|has been) (published|republished|auto-generated|generated)|this article originally appeared|originally published (on|at|in))\b.{0,160}$",
            "syndication-note",
        ),
        (
            r"(?i)^(we'?re sorry|sorry), (this|the) (video|content|feature)\b",
            "embed-fallback",
        ),
        (
            r"(?i)(your browser does not support|enable javascript|javascript is (disabled|required))",
            "embed-fallback",
        ),
        (
            r"(?i)^(hindi|english|tamil|urdu) (female|male)$",
            "widget-label",
        ),
        (
            r"(?i)^(do not sell my (personal )?info(rmation)?|your privacy choices|privacy (settings|center|preferences)|dark mode|light mode|go (to )?top|back to top)\b.{0,40}$",
            "chrome-line",
        ),
        (
            r"(?i)^.{0,20}\bshar(e|ing)\b.{0,20}\b(options|dialog)\b.{0,10}$",
            "share-prompt",
        ),
        (
            r"(?i)^this (article|story|post) is (more than|over) .{1,30} old$",
            "age-notice",
        ),
        (
            r"(?i)^(discover|explore|see|view) (our|the|more) (latest|top|best|editorial|more)\b.{0,40}$",
            "read-more",
        ),
        (
            r"(?i)\bstory-hero-img\b|^[a-z]+(-[a-z]+){2,}$",
            "widget-label",
        ),
    ];
    rules
        .iter()
        .map(|&(p, rule)| Generic {
            pattern: p,
            re: std::sync::OnceLock::new(),
            prefilter: Some(loosened(p))
                .filter(|l| l != p)
                .map(|l| Regex::new(&l).expect("loosened chrome pattern compiles")),
            rule,
            may_match: MAY_MATCH
                .iter()
                .find(|(fragment, _)| p.contains(fragment))
                .map_or(|_| true, |&(_, test)| test),
        })
        .collect()
});

static COMMENTS_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\d+\s+(comments?|responses?|replies|reactions)\b.{0,120}|(leave|post|add|write) a (reply|comment)\b.{0,40}|(reader |user )?comments\s*\(\d+\)|join the (conversation|discussion)|comments are closed\.?|discussion \(\d+\))$")
        .unwrap()
});
static COMMENT_AUTHOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\S+(\s\S+){0,3} (says|said|wrote):$").unwrap());
// "Related" and "See also" lists also sit inside articles, so they are not stops.
static SECTION_STOP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(related (topics|videos?)|more (stories|news|articles|videos)( from .{1,40})?|more (from|on|in) .{1,40}|recommended( for you| stories| reading| articles)?|you (may|might) (also )?like|most (read|popular|viewed|shared|commented)|trending( now| stories)?|latest (news|stories|articles|videos)|(from )?around the web|sponsored (stories|content|links)|promoted (stories|content)|editor'?s'? picks|don'?t miss|what to read next|keep reading|popular (stories|now|posts|articles)|top stories|share this( article| story)?|other (stories|news)|in other news|recent posts|more like this|further reading)\s*:?$")
        .unwrap()
});

/// True when `line` opens the reader comments: everything after it is comments, not article.
pub fn opens_comments(line: &str, next: Option<&str>) -> bool {
    COMMENTS_HEADER.is_match(line)
        || (COMMENT_AUTHOR.is_match(line)
            && next.is_some_and(|n| super::metadata::date_line(n).is_some()))
}

/// True when `line` heads a list that follows an article (related stories, most read, share
/// buttons): the article's prose does not run on across it.
pub fn stops_section(line: &str) -> bool {
    SECTION_STOP.is_match(line)
}

/// The rule that makes `line` (trimmed, non-empty) chrome on any site, judged on its own.
pub fn line_rule(line: &str) -> Option<&'static str> {
    let lower = crate::extract::words::lowercase(line);
    let lower = lower.trim();
    if CHROME_LINES.contains(&lower) {
        return Some(match lower {
            "advertisement" | "advertisements" | "advertising" | "ad" | "ads" | "sponsored"
            | "skip advertisement" => "advert-marker",
            "xs" | "sm" | "md" | "lg" | "xl" | "a" | "a+" | "a-" | "a−" | "aa" | "tt" | "small"
            | "medium" | "large" => "font-size-button",
            _ => "chrome-line",
        });
    }
    if !line.chars().any(char::is_alphabetic) && super::metadata::find_date(line).is_none() {
        return Some(
            if line
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            {
                "counter"
            } else {
                "symbol-line"
            },
        );
    }
    if line.chars().count() <= 2 {
        return Some("fragment");
    }
    if is_teaser_run(line) {
        return Some("teaser-run");
    }
    // "← Previous post | Next post →": a blog theme's links to the posts either side.
    if line.starts_with('←') || line.ends_with('→') {
        return Some("post-navigation");
    }
    let unusual_letters = folds_onto_ascii(line);
    GENERIC_PATTERNS
        .iter()
        .find(|g| g.matches(line, lower, unusual_letters))
        .map(|g| g.rule)
}

/// "Council backs the plan to... Ferry fares rise again LINDHOLM: The ferry...": a ticker or strip
/// of teasers, each cut off with an ellipsis and followed by the next headline, run into one long
/// line. A paragraph of a story may hold an ellipsis or two, not four.
fn is_teaser_run(line: &str) -> bool {
    static CUT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:\.\.\.|…)\s+\p{Lu}").unwrap());
    (line.contains("...") || line.contains('…'))
        && CUT.find_iter(line).count() >= 4
        && word_count(line) >= 60
}

/// True when a line carries sentence punctuation somewhere a sentence would: prose, not a label.
pub fn has_sentence_punct(line: &str) -> bool {
    let t = line.trim_end();
    // A closing quote or bracket ends a sentence only when punctuation sits inside it: "'Personal
    // Beef'" closes a headline, "...beef.'" a sentence.
    let inner = t.trim_end_matches(['"', '”', '’', '\'', ']', '»']);
    inner.ends_with(['.', '!', '?', ':', ';', '…', '。', '！', '？', '」', '』'])
        || t.contains(". ")
        || t.contains("? ")
        || t.contains("! ")
}

/// Words in a line; in scripts written without spaces (Chinese, Japanese) two characters count as
/// one word, roughly what the same text holds in English.
pub fn word_count(line: &str) -> usize {
    // Called for most lines several times over (by the splitter and the article reader), so
    // ASCII text, where no character is CJK and whitespace is six bytes, is counted a byte at a time.
    if line.is_ascii() {
        // Branch-free, so that the compiler counts many bytes at a time.
        let space = |b: u8| (b == b' ') | (b.wrapping_sub(b'\t') < 5);
        let bytes = line.as_bytes();
        let first = bytes.first().is_some_and(|&b| !space(b));
        // Each block holds 256 byte pairs: it overlaps the next by the byte they share.
        let mut starts = 0usize;
        for block in (0..bytes.len().saturating_sub(1)).step_by(256) {
            let pairs = &bytes[block..(block + 257).min(bytes.len())];
            let mut in_block = 0u32;
            for (&a, &b) in pairs.iter().zip(&pairs[1..]) {
                in_block += u32::from(space(a) & !space(b));
            }
            starts += in_block as usize;
        }
        return starts + usize::from(first);
    }
    // Otherwise one pass: a word starts at each non-space character after a space or the start.
    // Most such lines are ASCII but for a curly quote or a dash, so only the bytes of characters
    // outside ASCII are decoded.
    let bytes = line.as_bytes();
    let (mut words, mut cjk, mut in_word) = (0, 0, false);
    let mut i = 0;
    while i < bytes.len() {
        let (space, len) = if bytes[i].is_ascii() {
            (matches!(bytes[i], b' ' | b'\t'..=b'\r'), 1)
        } else {
            let c = line[i..].chars().next().unwrap_or(' ');
            cjk += usize::from(is_cjk(c));
            (c.is_whitespace(), c.len_utf8())
        };
        words += usize::from(!space && !in_word);
        in_word = !space;
        i += len;
    }
    words + cjk / 2
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_chrome_lines_are_named_by_rule() {
        assert_eq!(line_rule("ADVERTISEMENT"), Some("advert-marker"));
        assert_eq!(
            line_rule("Advertisement - Scroll to continue"),
            Some("advert-marker")
        );
        assert_eq!(line_rule("XS"), Some("font-size-button"));
        assert_eq!(line_rule("20"), Some("counter"));
        assert_eq!(line_rule("Read more"), Some("chrome-line"));
        assert_eq!(
            line_rule("Sign up for our daily newsletter today"),
            Some("newsletter-prompt")
        );
        assert_eq!(
            line_rule("© 2024 Daily Planet Inc. All rights reserved."),
            Some("footer")
        );
        assert_eq!(line_rule("4 min read"), Some("reading-time"));
    }

    #[test]
    fn loosened_patterns_lose_their_bounds_and_unicode_boundaries_only() {
        assert_eq!(
            loosened(r"(?i)^advertisement\b.{0,30}$"),
            r"(?i)^advertisement(?-u:\b).*$"
        );
        assert_eq!(
            loosened(r"^.{0,20}\bshar(e|ing)\b.{1,20}x"),
            r"^.*(?-u:\b)shar(e|ing)(?-u:\b).+x"
        );
        // Escaped dots, dots in classes and other repeats stay as they are.
        for kept in [
            r"a\.{0,3}",
            r"[.]{0,3}",
            r"[\].]{1,2}",
            r"\d{1,2}",
            r".{2}",
            r"[\b]",
        ] {
            assert_eq!(loosened(kept), kept);
        }
    }

    /// `line_rule` as it reads without the cheap tests: the first pattern that matches.
    fn rule_by_patterns_alone(line: &str) -> Option<&'static str> {
        GENERIC_PATTERNS
            .iter()
            .find(|g| g.re().is_match(line))
            .map(|g| g.rule)
    }

    #[test]
    fn cheap_tests_never_hide_a_match() {
        for (fragment, _) in MAY_MATCH {
            let holders = GENERIC_PATTERNS
                .iter()
                .filter(|g| g.pattern.contains(fragment))
                .count();
            assert_eq!(holders, 1, "{fragment:?} must name exactly one pattern");
        }
        let lines = [
            "Support our journalism today",
            "“We are answerable only to our readers,” the editor wrote.",
            "This site uses cookies – learn more",
            "Reporter Ann Ray can be reached at ann@example.com",
            "EMAIL HER AT the desk — tips welcome",
            "story-hero-img",
            "top-stories-widget",
            "Top-Stories-Widget-ſ",
            "Sign up for our free updateſ",
            "Read more about the \u{212A}elvin scale",
            "Café sign-up: newsletter é",
            "Sign up to get our morning briefing newsletter – it’s free",
            "Emails straight to your inbox — “every” morning",
            "« All rights reserved »",
            "Click here to read more…",
            "Our journalism depends on you, so make a donation",
            "The council said it would consider the plan on Monday.",
            "“The plan,” she said, “is not finished.”",
            "Advertisement: the council’s new ferry timetable begins on Monday, with more sailings",
            "Sign up for our newsletter, which reaches readers across the three islands every single day",
        ];
        let samples = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/samples"))
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
            .collect::<Vec<_>>();
        let sample_lines = samples.iter().flat_map(|t| t.lines()).map(str::trim);
        let mut matched = 0;
        for line in lines
            .into_iter()
            .chain(sample_lines)
            .filter(|l| !l.is_empty())
        {
            let alone = rule_by_patterns_alone(line);
            let lower = line.to_lowercase();
            let filtered = GENERIC_PATTERNS
                .iter()
                .find(|g| g.matches(line, lower.trim(), folds_onto_ascii(line)))
                .map(|g| g.rule);
            assert_eq!(filtered, alone, "{line:?}");
            matched += usize::from(alone.is_some());
        }
        assert!(matched >= 8, "the lines above should exercise the patterns");
    }

    #[test]
    fn words_are_counted_alike_in_ascii_and_beyond() {
        for line in [
            "",
            " ",
            "one",
            " one  two\tthree\n",
            "a\x0bb",
            "x \u{a0}y",
            "日本語の文章です ok",
            "“Quoted,” she said — twice\u{2003}over\u{3000}again ",
            "\u{85}next\u{2028}line\u{1680}ogham \u{1c}unit",
        ] {
            let cjk = line.chars().filter(|&c| is_cjk(c)).count();
            assert_eq!(
                word_count(line),
                line.split_whitespace().count() + cjk / 2,
                "{line:?}"
            );
        }
        assert_eq!(word_count("  The mayor said so. "), 4);
        // Long ASCII lines are counted in blocks of 256 bytes: words across and at their edges.
        for gap in 1..12 {
            let line: String = (0..2000)
                .map(|i| if i % (gap + 4) < gap { ' ' } else { 'w' })
                .collect();
            for end in [255, 256, 257, 511, 512, 513, 1999] {
                let part = &line[..end];
                assert_eq!(
                    word_count(part),
                    part.split_whitespace().count(),
                    "gap {gap} end {end}"
                );
            }
        }
    }

    #[test]
    fn prose_is_not_chrome() {
        assert_eq!(
            line_rule("The minister said the talks would resume on Monday."),
            None
        );
        assert_eq!(
            line_rule("Share prices fell sharply on Monday after the announcement."),
            None
        );
        assert_eq!(
            line_rule("Comments by the minister drew criticism from the opposition."),
            None
        );
    }
}
