//! Robustness of extraction on pages nobody has seen: a deterministic generator mutates the fictional
//! fixtures (and makes up text and bytes from scratch) with the oddities real copies carry - combining
//! marks, right-to-left text, emoji sequences, U+FFFD, CR-only line ends, tabs, very long lines,
//! unbalanced quotation marks, lone "By" lines, impossible dates - and checks that `extract` neither
//! panics nor breaks what its contract in `src/extract/mod.rs` promises.
//!
//! A failure names the case's seed and writes the input, shrunk to a small one that still fails, to a
//! file under the system temp dir. Time is never a pass/fail criterion here (that is the benchmarks'
//! job); a case slower than a couple of seconds is only reported on stderr.

use morgue::extract::{Extraction, Hints, Profiles, decode, extract, html};
use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// xorshift64*: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn percent(&mut self, p: u64) -> bool {
        self.next() % 100 < p
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }
}

/// Characters and short strings that break code assuming one byte per character, one character
/// per letter, left-to-right text, or case mappings that keep the length.
const NASTY: &[&str] = &[
    "\u{0301}",
    "e\u{0308}\u{0308}\u{0308}",
    "\u{202E}",
    "\u{200F}",
    "\u{200E}",
    "مرحبا بالعالم",
    "שלום",
    "👨\u{200D}👩\u{200D}👧\u{200D}👦",
    "🏳\u{FE0F}\u{200D}🌈",
    "😀",
    "\u{200D}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{FFFD}",
    "\u{FFFD}\u{FFFD}",
    "\r",
    "\t",
    "\t\t",
    "\u{00A0}",
    "\u{2028}",
    "\u{2029}",
    "\u{0085}",
    "\u{3000}",
    "\u{000B}",
    "\u{000C}",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "„",
    "‚",
    "‹",
    "›",
    "「",
    "」",
    "İ",
    "ß",
    "ẞ",
    "ﬁ",
    "ǅ",
    "ŉ",
    "ΐ",
    "क्षि",
    "ภาษาไทย",
    "中文新闻",
    "Å",
    "\u{10FFFF}",
    "—",
    "–",
    "…",
    "•",
    "©",
    "®",
    "|",
    "/",
    ":",
    "By",
    "by",
    "Photo:",
    "(Reuters)",
    "AP Photo/",
    "said",
    " said ",
    "Mr.",
    ".",
    ",",
    "?!",
    "#",
    "0",
    "12:",
    "2023",
    "İSTANBUL",
    "ǅemal İnce",
];

const DATE_LIKE: &[&str] = &[
    "31 February 2023",
    "February 31, 2023",
    "Feb 29, 2023",
    "Feb 29, 2024",
    "2023-02-31",
    "2023-02-30T10:00",
    "2023-13-45T25:61:61+99:99",
    "2023-04-31 23:59+0530",
    "Updated 99:99 PM EDT, May 17, 2017",
    "Published 0000-00-00",
    "Mar. 32, 20233",
    "1 January 10000",
    "Jan 1, 0001",
    "12/31/2023",
    "31/31/2023",
    "02/30/2023",
    "2024/02/30",
    "Updated Nov 19, 6:55 AM",
    "Published 10:42 AM EDT, May 17, 2017",
    "Updated: 31 April 2022 - World",
    "Posted on June 31, 2021 by",
    "Dec 20 201610:32 AM",
    "1st Sept 2019 at 12:00 UTC+14:00",
    "November 31, 2019 12:60 PM",
    "2019-11-30T24:00:00Z",
    "By Staff Writer Oct. 13, 2016",
];

const BYLINE_LIKE: &[&str] = &[
    "By",
    "By ",
    "By:",
    "by and",
    "By ,",
    "By A and",
    "Written by",
    "By ‘Name’ Surname",
    "By Ánna Łukasz and 👩\u{200D}🔬",
    "By İSTANBUL STAFF",
    "By By By",
    "BY JANE DOE, STAFF WRITER | Harwick Courier",
    "By Jane Doe and",
    "and",
    "&",
    ",",
    "By \u{202E}Ana Silva\u{202C}",
    "Author:",
    "Authors: , , ,",
    "Story by \u{FFFD}\u{FFFD}",
    "By Jo Lee in",
    "By Jo Lee, Bo Chan, and",
];

/// Whole lines of the shapes the line rules look at.
const ODD_LINES: &[&str] = &[
    "",
    " ",
    "\t",
    "...",
    "—",
    "* * *",
    "“",
    "”",
    "\"",
    "'",
    "“”",
    "\"\"\"\"\"",
    "”He said,“ she said.",
    "“Unclosed quote, said the mayor.",
    "He said: “",
    "Photo:",
    "(Reuters)",
    "Advertisement",
    "Read more",
    "Share",
    "•",
    "- ",
    "1.",
    "Ｆｕｌｌｗｉｄｔｈ　Ｈｅａｄｌｉｎｅ",
    "https://",
    "https://www.example.com/2023/02/31/story.html",
    "http://a.b/2099/99/99/",
    "© ",
    "©",
    "Copyright ©",
    "<p>",
    "<html>",
    "-- ",
    "??!!??",
];

fn seeds() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["tests/fixtures/articles", "samples", "tests/fixtures/html"] {
        let Ok(rd) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "html"))
            .collect();
        paths.sort();
        for p in paths {
            let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let text = decode(&bytes)
                .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
                .text;
            out.push((p.display().to_string(), text));
        }
    }
    assert!(
        out.len() >= 20,
        "expected the fixtures, found {}",
        out.len()
    );
    out
}

/// A char-boundary position in `s`, chosen at random.
fn char_pos(rng: &mut Rng, s: &str) -> usize {
    let n = s.chars().count();
    let k = rng.below(n + 1);
    s.char_indices().nth(k).map_or(s.len(), |(i, _)| i)
}

fn splice_nasty(rng: &mut Rng, line: &mut String) {
    for _ in 0..=rng.below(4) {
        let at = char_pos(rng, line);
        line.insert_str(at, rng.pick(NASTY));
    }
}

fn swap_quotes(rng: &mut Rng, line: &str) -> String {
    const QUOTES: &[char] = &[
        '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」',
    ];
    line.chars()
        .map(|c| {
            if QUOTES.contains(&c) && rng.percent(60) {
                rng.pick(QUOTES)
            } else {
                c
            }
        })
        .collect()
}

/// Letters swapped for accented or look-alike ones of other byte lengths ("İ" even lowercases to
/// two characters): the text keeps its shape, every byte offset after the swap moves.
fn accent(rng: &mut Rng, line: &str) -> String {
    line.chars()
        .map(|c| {
            if !rng.percent(30) {
                return c.to_string();
            }
            match c {
                'a' => "á",
                'e' => "ё",
                'i' => "ı",
                'o' => "ō̂",
                's' => "ş",
                'S' => "Ş",
                'I' => "İ",
                'A' => "Å",
                'D' => "Ǆ",
                'n' => "ñ",
                'f' => "ﬀ",
                ' ' => rng.pick(&[" ", "\u{00A0}", "\u{2009}", "\u{3000}", "  "]),
                '.' => rng.pick(&[".", "。", "．"]),
                ',' => rng.pick(&[",", "，", "、"]),
                ':' => "：",
                '"' => "＂",
                _ => return c.to_string(),
            }
            .to_owned()
        })
        .collect()
}

/// One random edit of the text's lines.
fn mutate(rng: &mut Rng, lines: &mut Vec<String>) {
    if lines.is_empty() {
        lines.push(String::new());
    }
    let i = rng.below(lines.len());
    match rng.below(16) {
        0 => {
            lines.remove(i);
        }
        1 => {
            let l = lines[i].clone();
            lines.insert(i, l);
        }
        2 => splice_nasty(rng, &mut lines[i]),
        3 => {
            let at = char_pos(rng, &lines[i]);
            lines[i].truncate(at);
        }
        4 => {
            let at = char_pos(rng, &lines[i]);
            let tail = lines[i].split_off(at);
            lines.insert(i + 1, tail);
        }
        5 if i + 1 < lines.len() => {
            let next = lines.remove(i + 1);
            let sep = rng.pick(&["", " ", "\t", "\r"]);
            lines[i].push_str(sep);
            lines[i].push_str(&next);
        }
        6 => lines[i] = swap_quotes(rng, &lines[i]),
        7 => lines[i] = lines[i].to_uppercase(),
        8 => lines.insert(i, rng.pick(DATE_LIKE).to_owned()),
        9 => lines.insert(i, rng.pick(BYLINE_LIKE).to_owned()),
        10 => lines.insert(i, rng.pick(ODD_LINES).to_owned()),
        11 => {
            // A date or byline run into the line, as inline elements copy.
            let extra = if rng.percent(50) {
                rng.pick(DATE_LIKE)
            } else {
                rng.pick(BYLINE_LIKE)
            };
            let at = char_pos(rng, &lines[i]);
            lines[i].insert_str(at, extra);
        }
        12 => {
            // Every quotation mark of one kind removed: quotes left open.
            let q = rng.pick(&['"', '“', '”', '’']);
            lines[i].retain(|c| c != q);
        }
        13 => lines[i] = accent(rng, &lines[i]),
        14 => {
            // Odd characters sprinkled all through one line.
            let mut out = String::new();
            for c in lines[i].chars() {
                out.push(c);
                if rng.percent(8) {
                    out.push_str(rng.pick(NASTY));
                }
            }
            lines[i] = out;
        }
        _ => {
            let j = rng.below(lines.len());
            lines.swap(i, j);
        }
    }
}

fn join(rng: &mut Rng, lines: &[String]) -> String {
    let ending = match rng.below(10) {
        0 => "\r",
        1 => "\r\n",
        _ => "\n",
    };
    let mut text = lines.join(ending);
    if rng.percent(50) {
        text.push_str(ending);
    }
    text
}

/// What a user may pass on the command line, odd values included (the date hint is left out: the
/// contract passes it through as given, so its form is the caller's to check).
fn random_hints(rng: &mut Rng) -> Hints {
    const URLS: &[&str] = &[
        "https://www.reuters.com/world/2023/02/31/story",
        "https://",
        "http://xn--ls8h.example/😀/2024/02/29/",
        "https://www.example.com:8080/2019/13/40/x",
        "ftp://axios.com",
        "https://İstanbul.example/path",
        "not a url",
    ];
    const OUTLETS: &[&str] = &[
        "Reuters",
        "  ",
        "The Guardian",
        "😀 News",
        "Axios\u{200B}",
        "\u{202E}",
    ];
    let mut h = Hints::default();
    if rng.percent(10) {
        h.url = Some(rng.pick(URLS).to_owned());
    }
    if rng.percent(10) {
        h.outlet = Some(rng.pick(OUTLETS).to_owned());
    }
    h
}

/// The text as a saved page: one paragraph element per line, with machine dates in the head that
/// may be impossible.
fn as_html(rng: &mut Rng, text: &str) -> String {
    const STAMPS: &[&str] = &[
        "2023-02-31T10:00:00Z",
        "2024-02-29T24:00:00+0000",
        "2023-04-30T10:15:00.123+0530",
        "2023-04-30T10:15:00-99:00",
        "0000-00-00",
        "yesterday",
        "2022-06-15T08:00:00+02:00",
    ];
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;");
    let mut html = format!(
        "<!DOCTYPE html><html><head><meta property=\"article:published_time\" content=\"{}\">\
         <meta property=\"article:modified_time\" content=\"{}\"><title>{}</title></head><body>\n",
        rng.pick(STAMPS),
        rng.pick(STAMPS),
        escape(text.lines().next().unwrap_or(""))
    );
    for line in text.lines() {
        html.push_str(&format!("<p>{}</p>\n", escape(line)));
    }
    html.push_str("</body></html>\n");
    html
}

fn random_text(rng: &mut Rng) -> String {
    const WORDS: &[&str] = &[
        "the", "mayor", "Harwick", "said", "told", "“", "”", "\"", "By", "and", ",", ".", "port",
        "Minister", "Lindholm", "May", "17", "2017", "Photo", "/", "AP", "—", "\n", "\n", "\n\n",
        "\t", "(", ")", ":", "Updated", "EDT", "10:42", "AM",
    ];
    let mut s = String::new();
    let n = rng.below(400);
    for _ in 0..n {
        match rng.below(4) {
            0 => s.push_str(rng.pick(NASTY)),
            1 => {
                if let Some(c) = char::from_u32(rng.below(0x3_0000) as u32) {
                    s.push(c);
                }
            }
            _ => {
                s.push_str(rng.pick(WORDS));
                s.push(' ');
            }
        }
    }
    s
}

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    let n = rng.below(600) + 1;
    let mut b: Vec<u8> = match rng.below(5) {
        0 => vec![0xEF, 0xBB, 0xBF],
        1 => vec![0xFF, 0xFE],
        2 => vec![0xFE, 0xFF],
        _ => Vec::new(),
    };
    let utf16ish = rng.percent(25);
    for k in 0..n {
        let byte = if utf16ish && k % 2 == 1 {
            0
        } else if rng.percent(70) {
            rng.pick(b"abc The said \"\n\r\t.,")
        } else {
            rng.next() as u8
        };
        b.push(byte);
    }
    b
}

thread_local! {
    /// Set while a case runs: its panic is a finding to report, not noise on stderr.
    static IN_CASE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn quiet_panics() {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if IN_CASE.get() {
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(info.to_string()));
            } else {
                default(info);
            }
        }));
    });
}

/// Runs `f` as a case: a panic inside comes back as its message.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    IN_CASE.set(true);
    let r = catch_unwind(AssertUnwindSafe(f));
    IN_CASE.set(false);
    r.map_err(|_| {
        LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_default()
    })
}

fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits_at = |r: std::ops::Range<usize>| r.into_iter().all(|i| b[i].is_ascii_digit());
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits_at(0..4) || !digits_at(5..7) {
        return false;
    }
    if !digits_at(8..10) {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

fn two_digits(s: &str, max: u32) -> bool {
    s.len() == 2
        && s.bytes().all(|c| c.is_ascii_digit())
        && s.parse::<u32>().is_ok_and(|v| v <= max)
}

/// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`, a real calendar date and clock time.
fn valid_iso(s: &str) -> bool {
    let Some(date) = s.get(..10) else {
        return false;
    };
    if !valid_date(date) {
        return false;
    }
    let rest = &s[10..];
    if rest.is_empty() {
        return true;
    }
    let Some(time) = rest.strip_prefix('T') else {
        return false;
    };
    let (clock, zone) = match time.find(['Z', '+', '-']) {
        Some(i) => time.split_at(i),
        None => (time, ""),
    };
    let parts: Vec<&str> = clock.split(':').collect();
    let clock_ok = match parts.as_slice() {
        [h, m] => two_digits(h, 23) && two_digits(m, 59),
        [h, m, sec] => two_digits(h, 23) && two_digits(m, 59) && two_digits(sec, 59),
        _ => false,
    };
    let zone_ok = zone.is_empty()
        || zone == "Z"
        || (zone.len() == 6
            && zone.as_bytes()[3] == b':'
            && two_digits(&zone[1..3], 14)
            && two_digits(&zone[4..6], 59));
    clock_ok && zone_ok
}

/// What the contract promises about any extraction of `text`.
fn check(text: &str, x: &Extraction) -> Result<(), String> {
    // Line numbers count the lines of the text the extractor read: the page's text for HTML.
    let line_count = if html::looks_like_html(text) {
        html::parse(text).text.lines().count()
    } else {
        text.lines().count()
    };
    for d in &x.dropped {
        if d.line == 0 || d.line > line_count {
            return Err(format!(
                "dropped line number {} outside 1..={line_count} ({:?})",
                d.line, d.text
            ));
        }
    }
    for (n, a) in x.articles.iter().enumerate() {
        if a.title.trim().is_empty() {
            return Err(format!("article {n}: empty title"));
        }
        if let Some(p) = a.paragraphs.iter().position(|p| p.text.trim().is_empty()) {
            return Err(format!("article {n}: paragraph {p} is empty"));
        }
        // A credit line whose picture has no caption text is kept as a credit-only caption (the
        // extractor's choice; the schema allows it), so a caption needs text or a credit, and a
        // credit that is there is not blank.
        if let Some(c) = a.captions.iter().find(|c| {
            let credit = c.credit.as_deref().map(str::trim);
            (c.text.trim().is_empty() && credit.is_none()) || credit == Some("")
        }) {
            return Err(format!("article {n}: empty caption ({c:?})"));
        }
        for q in &a.quotes {
            if q.paragraph >= a.paragraphs.len() {
                return Err(format!(
                    "article {n}: quote in paragraph {} of {} ({:?})",
                    q.paragraph,
                    a.paragraphs.len(),
                    q.text
                ));
            }
        }
        for (what, d) in [
            ("published_at", &a.published_at),
            ("updated_at", &a.updated_at),
        ] {
            if let Some(d) = d
                && !valid_iso(d)
            {
                return Err(format!("article {n}: {what} {d:?} is not ISO-8601"));
            }
        }
    }
    Ok(())
}

/// Runs one case; `Err` holds the panic message or the broken promise.
fn run(text: &str, hints: &Hints, profiles: &Profiles) -> Result<(), String> {
    match guarded(|| extract(text, hints, profiles)) {
        Ok(x) => check(text, &x),
        Err(p) => Err(format!("panic: {p}")),
    }
}

/// The smallest input found that still fails the same way: chunks of whole lines removed first,
/// then chunks of characters, each halving the chunk size when nothing more can go.
fn shrink(text: &str, hints: &Hints, profiles: &Profiles, err: &str) -> String {
    let want = failure_kind(err);
    let fails = |t: &str| {
        run(t, hints, profiles)
            .err()
            .is_some_and(|e| failure_kind(&e) == want)
    };
    let mut budget = 4000;
    let lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    let lines = drop_chunks(lines, &mut budget, &fails);
    let chars: Vec<String> = lines.concat().chars().map(String::from).collect();
    drop_chunks(chars, &mut budget, &fails).concat()
}

fn drop_chunks(
    mut units: Vec<String>,
    budget: &mut usize,
    fails: &dyn Fn(&str) -> bool,
) -> Vec<String> {
    let mut chunk = units.len().div_ceil(2).max(1);
    loop {
        let mut i = 0;
        while i < units.len() && *budget > 0 {
            let mut trial = units.clone();
            trial.drain(i..(i + chunk).min(units.len()));
            *budget -= 1;
            if fails(&trial.concat()) {
                units = trial;
            } else {
                i += chunk;
            }
        }
        if chunk == 1 || *budget == 0 {
            return units;
        }
        chunk /= 2;
    }
}

/// Fails the test with one shrunk example of each kind of failure (see [`failure_kind`]), its input
/// written under the system temp dir.
fn report(test: &str, failures: &[(String, String, Hints, String)]) {
    if failures.is_empty() {
        return;
    }
    let dir = std::env::temp_dir().join("morgue-extract-robustness");
    let _ = std::fs::create_dir_all(&dir);
    let profiles = Profiles::bundled();
    let mut kinds: Vec<String> = Vec::new();
    let mut msg = format!("{test}: {} failing case(s)\n", failures.len());
    for (name, text, hints, err) in failures {
        let kind = failure_kind(err);
        if kinds.contains(&kind) || kinds.len() >= 8 {
            continue;
        }
        let small = shrink(text, hints, &profiles, err);
        let path = dir.join(format!("{test}-{}.txt", kinds.len()));
        kinds.push(kind);
        let written = std::fs::write(&path, &small).is_ok();
        msg.push_str(&format!(
            "- {name}: {err}\n  shrunk input ({} bytes){}: {}\n",
            small.len(),
            if written { "" } else { " NOT WRITTEN" },
            path.display()
        ));
    }
    panic!("{msg}");
}

/// Failures of one kind: the same broken promise (its message up to the first quoted value, digits
/// masked), or a panic at the same source location.
fn failure_kind(err: &str) -> String {
    match err.strip_prefix("panic: ") {
        Some(p) => p.split(':').take(3).collect::<Vec<_>>().join(":"),
        None => err
            .split(['"', '('])
            .next()
            .unwrap_or("")
            .replace(|c: char| c.is_ascii_digit(), "#"),
    }
}

/// How many times more cases than the default to run: `MORGUE_ROBUSTNESS_SCALE=20 cargo test --test
/// extract_robustness` for a deeper search than the suite's few seconds allow.
fn scale() -> u64 {
    std::env::var("MORGUE_ROBUSTNESS_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n| n >= 1)
        .unwrap_or(1)
}

fn timed(name: &str, text: &str, hints: &Hints, profiles: &Profiles) -> Result<(), String> {
    let start = Instant::now();
    let r = run(text, hints, profiles);
    let took = start.elapsed();
    if took > Duration::from_secs(2) {
        eprintln!(
            "warning: {name} took {took:.1?} ({} bytes, {} lines)",
            text.len(),
            text.lines().count()
        );
    }
    r
}

#[test]
fn mutated_fixtures_extract_within_contract() {
    quiet_panics();
    let profiles = Profiles::bundled();
    let seeds = seeds();
    let mut failures = Vec::new();
    let mut cases = 0;
    for round in 0..10 * scale() {
        for (k, (path, text)) in seeds.iter().enumerate() {
            let seed = round * 1000 + k as u64;
            let mut rng = Rng::new(seed);
            let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
            for _ in 0..=rng.below(12) {
                mutate(&mut rng, &mut lines);
            }
            if rng.percent(10) {
                for l in &mut lines {
                    *l = accent(&mut rng, l);
                }
            }
            let mut input = join(&mut rng, &lines);
            if rng.percent(8) {
                input = as_html(&mut rng, &input);
            }
            let hints = random_hints(&mut rng);
            let name = format!("seed {seed} (from {path}, {hints:?})");
            cases += 1;
            if let Err(e) = timed(&name, &input, &hints, &profiles) {
                failures.push((name, input, hints, e));
            }
        }
    }
    assert!(cases > 500, "only {cases} cases ran");
    report("mutated", &failures);
}

#[test]
fn random_text_and_bytes_extract_within_contract() {
    quiet_panics();
    let profiles = Profiles::bundled();
    let mut failures = Vec::new();
    let mut decoded = 0;
    for seed in 0..500 * scale() {
        let mut rng = Rng::new(seed + 1_000_000);
        let text = random_text(&mut rng);
        let name = format!("random text seed {seed}");
        if let Err(e) = timed(&name, &text, &Hints::default(), &profiles) {
            failures.push((name, text, Hints::default(), e));
        }
        let bytes = random_bytes(&mut rng);
        let d = match guarded(|| decode(&bytes)) {
            Ok(d) => d,
            Err(p) => {
                let name = format!("random bytes seed {seed}");
                let text = String::from_utf8_lossy(&bytes).into_owned();
                failures.push((
                    name,
                    text,
                    Hints::default(),
                    format!("panic in decode: {p}"),
                ));
                continue;
            }
        };
        if let Ok(d) = d {
            decoded += 1;
            if d.text.contains('\r') {
                failures.push((
                    format!("random bytes seed {seed}"),
                    d.text.clone(),
                    Hints::default(),
                    "decode left a CR in the text".to_owned(),
                ));
            }
            let name = format!("random bytes seed {seed} decoded as {}", d.encoding);
            if let Err(e) = timed(&name, &d.text, &Hints::default(), &profiles) {
                failures.push((name, d.text, Hints::default(), e));
            }
        }
    }
    assert!(decoded > 100, "only {decoded} random byte strings decoded");
    report("random", &failures);
}

/// Sizes far beyond the fixtures: one 10,000-character line, 50,000 short lines, a file with CR-only
/// line ends (one line to `str::lines`), a line of only punctuation.
#[test]
fn huge_and_degenerate_inputs_extract_within_contract() {
    quiet_panics();
    let profiles = Profiles::bundled();
    let seeds = seeds();
    let mut rng = Rng::new(42);
    let sentence = "The harbour board said “the strike will end soon,” and left. ";
    let mut cases: Vec<(String, String)> = Vec::new();
    let mut long = String::from("A Headline About the Long Line\n\nBy Jane Doe\n\n");
    while long.chars().count() < 10_000 {
        long.push_str(sentence);
        long.push_str(rng.pick(NASTY));
    }
    long.push('\n');
    cases.push(("10,000-character line".into(), long.clone()));
    let mut many = String::new();
    for i in 0..50_000 {
        match i % 7 {
            0 => many.push_str("By\n"),
            1 => many.push('\n'),
            2 => many.push_str("“\n"),
            3 => many.push_str(&format!("Line {i} said the mayor.\n")),
            4 => many.push_str("31 February 2023\n"),
            5 => many.push_str("Photo: AP\n"),
            _ => many.push_str("...\n"),
        }
    }
    cases.push(("50,000 lines".into(), many));
    let cr_only = seeds[0].1.replace('\n', "\r");
    cases.push(("CR-only line ends".into(), cr_only));
    cases.push(("punctuation only".into(), "!?.,;:“”\"'—–-…\n".repeat(200)));
    let mut quoted = String::from("Talks Collapse at the Harbour Board\n\n");
    while quoted.len() < 20_000 {
        quoted.push_str("“We will not move,” said Jo Lee, a docker. He added, “");
    }
    quoted.push('\n');
    cases.push((
        "20,000-byte paragraph of quotes, the last left open".into(),
        quoted,
    ));
    let open_marks = format!(
        "Open Quotes Everywhere in One Line\n\nThe mayor said {} and left.\n",
        "“ ".repeat(5_000)
    );
    cases.push(("5,000 unclosed quotation marks".into(), open_marks));
    cases.push(("one char".into(), "“".into()));
    cases.push(("By alone".into(), "By\n".into()));
    cases.push(("empty".into(), String::new()));
    cases.push(("whitespace".into(), " \t\u{00A0}\u{3000}\n\n\r\n".into()));
    let mut failures = Vec::new();
    for (name, text) in cases {
        if let Err(e) = timed(&name, &text, &Hints::default(), &profiles) {
            failures.push((name, text, Hints::default(), e));
        }
    }
    report("huge", &failures);
}
