//! Scores the extractor on the browser copies in `CORPUS/browser-copy` (aeb, mercury, trafilatura)
//! and, side by side, on the saved HTML of the same pages in `CORPUS/html` (same truth files).
//!
//! Measures, all per document and then averaged:
//! - body: word 4-gram shingle precision and recall against the true body (aeb pages with a body),
//!   as the Article Extraction Benchmark does. Tokens are maximal runs of letters and digits,
//!   lowercased; shingles are sets. An empty extraction scores precision 0 and recall 0. F1 is
//!   reported from the mean precision and mean recall (the benchmark's way) and as the mean of
//!   per-document F1. The same measure of the whole copied text is printed as the baseline.
//! - title (mercury, trafilatura): the first article's title equals the true title after
//!   normalisation: lowercase, curly quotes/dashes folded to ASCII, every run of characters that are
//!   not letters or digits turned into one space, trimmed.
//! - author (pages whose truth names one): the normalised word sequence of our authors equals the
//!   truth's, ignoring the words "by" and "and" and all punctuation (so "A, B" matches "A and B").
//!   The misses are counted by kind per folder (none found, a name too many, a name too few,
//!   another name), and dates a day either side off by none found or another date: counts only,
//!   so they are printed for either half. The ceiling: the share of those pages whose true names
//!   all appear in the input (each name's words as a run in any order, case-insensitive), and how
//!   many misses are among them (fixable from the input; the rest are not).
//! - date (pages whose truth has one): our published date (the updated date when the page shows
//!   only that), as a UTC calendar day when we have a time
//!   zone (mercury normalises to UTC), equals the truth's `YYYY-MM-DD`; printed again counting a day
//!   either side as right, the target measure (time zones move a late-evening date).
//! - trafilatura snippets: the share of `body_must_contain` snippets found in our body and of
//!   `body_must_not_contain` snippets absent from it (whitespace-normalised, case-sensitive).
//! - outlet (every page, extracted with no hints, so the URL in the `.json` is not given): the share
//!   of pages where the first article has an outlet; among pages whose URL host is a bundled
//!   profile's domain, the share where that profile's outlet was found (and the share where another
//!   outlet was); with `EVAL_VERBOSE`, the outlet found for each page of an unknown host, to judge by
//!   eye.
//!
//! - articles per file: every corpus page holds one article, so anything above 1 is a story cut in
//!   pieces or a teaser taken for an article (pages that make other than one are listed verbose).
//!
//! `--split dev` or `--split held-out` scores one half of the pages only, so that rules can be
//! developed on one half and checked on the other. A page's half is fixed by its file name alone:
//! the 64-bit FNV-1a hash of `FOLDER/NAME` (e.g. `mercury/fortune.com`), even → dev, odd →
//! held-out. Without `--split` every page is scored.

use morgue::extract::{Extraction, Hints, Profiles, decode, extract};
use serde_json::Value;
use std::collections::HashSet;
use std::path::Path;
use std::time::{Duration, Instant};

#[derive(Default)]
struct Mean {
    sum: f64,
    n: usize,
}

impl Mean {
    fn add(&mut self, v: f64) {
        self.sum += v;
        self.n += 1;
    }
    /// Counts one right-or-wrong case, and notes the miss when it is wrong.
    fn tally(&mut self, ok: bool, misses: &mut Vec<String>, miss: impl FnOnce() -> String) {
        self.add(f64::from(u8::from(ok)));
        if !ok {
            misses.push(miss());
        }
    }
    fn get(&self) -> f64 {
        if self.n == 0 {
            0.0
        } else {
            self.sum / self.n as f64
        }
    }
}

fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn shingles(text: &str) -> HashSet<Vec<String>> {
    let t = tokens(text);
    if t.len() < 4 {
        return if t.is_empty() {
            HashSet::new()
        } else {
            HashSet::from([t])
        };
    }
    t.windows(4).map(<[String]>::to_vec).collect()
}

fn pr(pred: &str, truth: &str) -> (f64, f64) {
    let p = shingles(pred);
    let t = shingles(truth);
    if p.is_empty() || t.is_empty() {
        return (0.0, 0.0);
    }
    let common = p.intersection(&t).count() as f64;
    (common / p.len() as f64, common / t.len() as f64)
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Title normalisation (see the module doc).
fn norm_title(s: &str) -> String {
    let folded: String = s
        .chars()
        .map(|c| match c {
            '‘' | '’' | '′' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn norm_authors(s: &str) -> Vec<String> {
    tokens(s)
        .into_iter()
        .filter(|t| t != "by" && t != "and")
        .collect()
}

/// Our published date as a UTC day when it carries an offset; otherwise its calendar day.
fn utc_day(iso: &str) -> String {
    let day = iso.get(..10).unwrap_or(iso).to_owned();
    let Some(rest) = iso.get(11..) else {
        return day;
    };
    let Some(pos) = rest.find(['+', '-']) else {
        return day;
    };
    let (time, off) = rest.split_at(pos);
    let num = |s: Option<&str>| s.and_then(|v| v.parse::<i64>().ok());
    let (Some(h), Some(m)) = (num(time.get(..2)), num(time.get(3..5))) else {
        return day;
    };
    let (Some(oh), om) = (num(off.get(1..3)), num(off.get(4..6)).unwrap_or(0)) else {
        return day;
    };
    let off_min = (oh * 60 + om) * if off.starts_with('-') { -1 } else { 1 };
    let utc = h * 60 + m - off_min;
    let shift = if utc < 0 {
        -1
    } else if utc >= 24 * 60 {
        1
    } else {
        0
    };
    if shift == 0 {
        return day;
    }
    shift_day(&day, shift).unwrap_or(day)
}

fn shift_day(day: &str, by: i64) -> Option<String> {
    let y: i64 = day.get(..4)?.parse().ok()?;
    let m: i64 = day.get(5..7)?.parse().ok()?;
    let d: i64 = day.get(8..10)?.parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in = |m: i64| match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let (mut y, mut m, mut d) = (y, m, d + by);
    if d < 1 {
        m -= 1;
        if m < 1 {
            m = 12;
            y -= 1;
        }
        d = days_in(m);
    } else if d > days_in(m) {
        d = 1;
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

fn body_of(ex: &Extraction) -> String {
    ex.articles
        .iter()
        .map(|a| a.body())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::Array(a) => a
            .iter()
            .filter_map(|s| s.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// Which pages a run scores (see the module doc).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Split {
    All,
    Dev,
    HeldOut,
}

impl Split {
    pub fn parse(s: &str) -> Option<Split> {
        match s {
            "all" => Some(Split::All),
            "dev" => Some(Split::Dev),
            "held-out" | "heldout" => Some(Split::HeldOut),
            _ => None,
        }
    }

    fn keeps(self, folder: &str, name: &str) -> bool {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in format!("{folder}/{name}").bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        match self {
            Split::All => true,
            Split::Dev => h.is_multiple_of(2),
            Split::HeldOut => !h.is_multiple_of(2),
        }
    }
}

struct Page {
    txt: String,
    json: Value,
    name: String,
}

/// The pages of one folder whose file name ends in `.{ext}` ("txt" for copies, "html" for saved
/// pages), each with its truth file.
fn load(dir: &Path, ext: &str, split: Split) -> Vec<Page> {
    let folder = dir
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == ext))
                .filter(|p| {
                    p.file_stem()
                        .is_some_and(|n| split.keeps(&folder, &n.to_string_lossy()))
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            let txt = decode(&bytes).ok()?.text;
            let json: Value =
                serde_json::from_slice(&std::fs::read(p.with_extension("json")).ok()?).ok()?;
            Some(Page {
                txt,
                json,
                name: p.file_stem()?.to_string_lossy().into_owned(),
            })
        })
        .collect()
}

/// Every figure of one run over one kind of input (copied text or saved HTML).
#[derive(Default)]
struct Scores {
    p: Mean,
    r: Mean,
    f: Mean,
    bp: Mean,
    br: Mean,
    bf: Mean,
    title: [Mean; 2],
    author: [Mean; 2],
    date: [Mean; 2],
    /// The same, counting a day either side as right (the target measure).
    date_near: [Mean; 2],
    /// Author and date misses by kind, per folder (mercury, trafilatura): counts, not cases, so
    /// they may be printed for the held-out half too.
    author_miss: [MissKinds; 2],
    date_miss: [MissKinds; 2],
    /// The ceiling: pages whose true authors all appear in the input (see `named_in`), and the
    /// misses among them (the ones the input could have fixed).
    author_named: Mean,
    author_named_missed: usize,
    must: Mean,
    must_not: Mean,
    /// Files and the articles made of them, per folder (aeb, mercury, trafilatura): every page of
    /// the corpus holds one article.
    files: [usize; 3],
    articles: [usize; 3],
    outlets: OutletScore,
    elapsed: Duration,
    pages: usize,
    worst: Vec<(f64, String)>,
    misses: Vec<String>,
}

pub fn run(corpus: &Path, split: Split) {
    let text = score(&corpus.join("browser-copy"), "txt", split);
    let html = score(&corpus.join("html"), "html", split);
    print(&text, &html, split);
}

fn score(root: &Path, ext: &str, split: Split) -> Scores {
    let profiles = Profiles::bundled();
    let mut s = Scores::default();
    let run_one = |page: &Page, s: &mut Scores| {
        let start = Instant::now();
        // A panic is a bug to fix, but one page's bug should not hide the other pages' scores: the
        // page counts as an empty extraction and is named.
        let ex = std::panic::catch_unwind(|| extract(&page.txt, &Hints::default(), &profiles))
            .unwrap_or_else(|_| {
                eprintln!("eval: extraction panicked on {}", page.name);
                Extraction::default()
            });
        s.elapsed += start.elapsed();
        s.pages += 1;
        ex
    };

    // Body on aeb.
    for page in load(&root.join("aeb"), ext, split) {
        let ex = run_one(&page, &mut s);
        s.files[0] += 1;
        s.articles[0] += ex.articles.len();
        if ex.articles.len() != 1 {
            s.misses.push(format!(
                "count  aeb/{}: {} articles",
                page.name,
                ex.articles.len()
            ));
        }
        s.outlets.add("aeb", &page, &ex, &profiles);
        let Some(truth) = page
            .json
            .get("body")
            .and_then(Value::as_str)
            .filter(|b| !b.trim().is_empty())
        else {
            continue;
        };
        let (pp, rr) = pr(&body_of(&ex), truth);
        s.p.add(pp);
        s.r.add(rr);
        s.f.add(f1(pp, rr));
        s.worst
            .push((f1(pp, rr), format!("{} P={pp:.2} R={rr:.2}", page.name)));
        let (wp, wr) = pr(&page.txt, truth);
        s.bp.add(wp);
        s.br.add(wr);
        s.bf.add(f1(wp, wr));
    }

    // Title, author, date on mercury and trafilatura; snippets on trafilatura.
    for (k, folder) in ["mercury", "trafilatura"].iter().enumerate() {
        for page in load(&root.join(folder), ext, split) {
            let ex = run_one(&page, &mut s);
            s.files[k + 1] += 1;
            s.articles[k + 1] += ex.articles.len();
            if ex.articles.len() != 1 {
                s.misses.push(format!(
                    "count  {folder}/{}: {} articles",
                    page.name,
                    ex.articles.len()
                ));
            }
            s.outlets.add(folder, &page, &ex, &profiles);
            score_meta(&mut s, k, folder, &page, &ex);
        }
    }
    s
}

fn score_meta(s: &mut Scores, k: usize, folder: &str, page: &Page, ex: &Extraction) {
    let first = ex.articles.first();
    if let Some(t) = page
        .json
        .get("title")
        .and_then(Value::as_str)
        .filter(|t| !t.trim().is_empty())
    {
        let got = first.map(|a| a.title.as_str()).unwrap_or("");
        let ok = norm_title(got) == norm_title(t);
        s.title[k].tally(ok, &mut s.misses, || {
            format!("title  {folder}/{}: got {got:?} want {t:?}", page.name)
        });
    }
    if let Some(a) = page
        .json
        .get("author")
        .and_then(Value::as_str)
        .filter(|a| !a.trim().is_empty())
    {
        let got = first.map(|x| x.authors.join(", ")).unwrap_or_default();
        let ok = norm_authors(&got) == norm_authors(a);
        let named = named_in(&page.txt, a);
        s.author_named.add(f64::from(u8::from(named)));
        if !ok {
            s.author_miss[k].add(author_miss(&norm_authors(&got), &norm_authors(a)));
            s.author_named_missed += usize::from(named);
        }
        s.author[k].tally(ok, &mut s.misses, || {
            format!("author {folder}/{}: got {got:?} want {a:?}", page.name)
        });
    }
    let want_date = page
        .json
        .get("date_published")
        .or_else(|| page.json.get("date"))
        .and_then(Value::as_str);
    if let Some(d) = want_date.filter(|d| d.len() >= 10) {
        let got = first
            .and_then(|a| a.published_at.as_deref().or(a.updated_at.as_deref()))
            .map(utc_day)
            .unwrap_or_default();
        let ok = got == d[..10];
        let near = ok
            || [-1, 1]
                .iter()
                .any(|&by| shift_day(&d[..10], by).is_some_and(|n| n == got));
        s.date_near[k].add(f64::from(u8::from(near)));
        if !near {
            s.date_miss[k].add(if got.is_empty() {
                MissKind::None
            } else {
                MissKind::Wrong
            });
        }
        s.date[k].tally(ok, &mut s.misses, || {
            format!(
                "date   {folder}/{}: got {got:?} want {:?}",
                page.name,
                &d[..10]
            )
        });
    }
    if folder == "trafilatura" {
        let body = squash(&body_of(ex));
        for snippet in strings(page.json.get("body_must_contain").unwrap_or(&Value::Null)) {
            let ok = body.contains(&squash(&snippet));
            s.must.tally(ok, &mut s.misses, || {
                format!("must   {folder}/{}: missing {snippet:?}", page.name)
            });
        }
        let must_not = page
            .json
            .get("body_must_not_contain")
            .unwrap_or(&Value::Null);
        for snippet in strings(must_not) {
            let ok = !body.contains(&squash(&snippet));
            s.must_not.tally(ok, &mut s.misses, || {
                format!("mustnt {folder}/{}: has {snippet:?}", page.name)
            });
        }
    }
}

fn both(m: &[Mean; 2]) -> Mean {
    Mean {
        sum: m[0].sum + m[1].sum,
        n: m[0].n + m[1].n,
    }
}

/// The table: one row per measure, copied text and saved HTML side by side.
fn print(text: &Scores, html: &Scores, split: Split) {
    println!(
        "Pages ({} browser copies, {} saved HTML pages, split {split:?})",
        text.pages, html.pages
    );
    println!(
        "{:<44} {:>8} {:>6} {:>8} {:>6} {:>9}",
        "measure", "text", "pages", "html", "pages", "baseline"
    );
    let row = |name: &str, f: &dyn Fn(&Scores) -> (f64, usize), base: Option<f64>| {
        let (t, tn) = f(text);
        let (h, hn) = f(html);
        let base = base.map(|b| format!("{b:>9.3}")).unwrap_or_default();
        println!("{name:<44} {t:>8.3} {tn:>6} {h:>8.3} {hn:>6} {base}");
    };
    let m = |m: &Mean| (m.get(), m.n);
    row("body precision (aeb)", &|s| m(&s.p), Some(text.bp.get()));
    row("body recall (aeb)", &|s| m(&s.r), Some(text.br.get()));
    row(
        "body F1 of mean P/R (aeb)",
        &|s| (f1(s.p.get(), s.r.get()), s.p.n),
        Some(f1(text.bp.get(), text.br.get())),
    );
    row(
        "body mean per-page F1 (aeb)",
        &|s| m(&s.f),
        Some(text.bf.get()),
    );
    row("title accuracy (mercury)", &|s| m(&s.title[0]), None);
    row("title accuracy (trafilatura)", &|s| m(&s.title[1]), None);
    row(
        "title accuracy (mercury+trafilatura)",
        &|s| m(&both(&s.title)),
        None,
    );
    row(
        "author accuracy (mercury+trafilatura)",
        &|s| m(&both(&s.author)),
        None,
    );
    row(
        "date accuracy (mercury+trafilatura)",
        &|s| m(&both(&s.date)),
        None,
    );
    row(
        "date accuracy, a day either side (merc+traf)",
        &|s| m(&both(&s.date_near)),
        None,
    );
    row(
        "body_must_contain found (trafilatura)",
        &|s| m(&s.must),
        None,
    );
    row(
        "body_must_not_contain absent (trafilatura)",
        &|s| m(&s.must_not),
        None,
    );
    for (k, folder) in ["aeb", "mercury", "trafilatura"].iter().enumerate() {
        row(
            &format!("articles per file ({folder})"),
            &|s| (s.articles[k] as f64 / s.files[k].max(1) as f64, s.files[k]),
            None,
        );
    }
    row("outlet found (all pages)", &|s| m(&s.outlets.found), None);
    row(
        "outlet = host's profile (known hosts)",
        &|s| m(&s.outlets.known_right),
        None,
    );
    row(
        "outlet = another outlet (known hosts)",
        &|s| m(&s.outlets.known_wrong),
        None,
    );
    row(
        "outlet found (unknown hosts)",
        &|s| m(&s.outlets.unknown_found),
        None,
    );
    row(
        "author named in the input (ceiling)",
        &|s| m(&s.author_named),
        None,
    );
    println!(
        "{:<44} {:>8} {:>6} {:>8} {:>6}",
        "author misses named in the input (fixable)",
        text.author_named_missed,
        both(&text.author).n,
        html.author_named_missed,
        both(&html.author).n
    );
    print_miss_kinds(text, html);
    let per_page = |s: &Scores| s.elapsed.as_secs_f64() * 1000.0 / s.pages.max(1) as f64;
    println!(
        "{:<44} {:>8.2} {:>6} {:>8.2} {:>6} (ms, wall)",
        "mean extraction time per page",
        per_page(text),
        text.pages,
        per_page(html),
        html.pages
    );
    if std::env::var_os("EVAL_VERBOSE").is_some() {
        // Cases of the dev half only (see `Split`): reading the held-out half's would tune to it.
        if split != Split::Dev {
            eprintln!("eval: EVAL_VERBOSE lists cases of the dev half only: add --split dev");
            std::process::exit(2);
        }
        for (label, s) in [("text", text), ("html", html)] {
            let mut worst: Vec<_> = s.worst.iter().collect();
            worst.sort_by(|a, b| a.0.total_cmp(&b.0));
            for (_, w) in worst {
                println!("  {label} body  {w}");
            }
            for miss in &s.misses {
                println!("  {label} {miss}");
            }
            for l in &s.outlets.lines {
                println!("  {label} {l}");
            }
        }
    }
}

/// How an author or date miss is wrong: nothing found, a name too many (every true word found, in
/// order, with more), a name too few (ours are all in the truth, in order), or another one.
#[derive(Clone, Copy)]
enum MissKind {
    None,
    Extra,
    Part,
    Wrong,
}

#[derive(Default, Clone, Copy)]
struct MissKinds([usize; 4]);

impl MissKinds {
    fn add(&mut self, kind: MissKind) {
        self.0[kind as usize] += 1;
    }
}

/// `small` is a subsequence of `big`.
fn within(small: &[String], big: &[String]) -> bool {
    let mut it = big.iter();
    small.iter().all(|w| it.any(|b| b == w))
}

/// Every true author's name appears in the input as a run of its words in any order
/// (case-insensitive, so "DOE, Jane" names Jane Doe): a miss whose name is not there cannot be
/// fixed from the input.
fn named_in(input: &str, truth: &str) -> bool {
    let words = tokens(input);
    let names: Vec<Vec<String>> = truth
        .split([',', '&', ';'])
        .flat_map(|part| part.split(" and "))
        .map(norm_authors)
        .filter(|n| !n.is_empty())
        .collect();
    !names.is_empty()
        && names.iter().all(|name| {
            let mut want = name.clone();
            want.sort();
            words.windows(want.len()).any(|w| {
                let mut got = w.to_vec();
                got.sort();
                got == want
            })
        })
}

fn author_miss(got: &[String], want: &[String]) -> MissKind {
    if got.is_empty() {
        MissKind::None
    } else if within(want, got) {
        MissKind::Extra
    } else if within(got, want) {
        MissKind::Part
    } else {
        MissKind::Wrong
    }
}

/// The misses by kind, per folder, text then HTML.
fn print_miss_kinds(text: &Scores, html: &Scores) {
    for (what, pick) in [
        (
            "author",
            (|s: &Scores| s.author_miss) as fn(&Scores) -> [MissKinds; 2],
        ),
        ("date ±1", |s: &Scores| s.date_miss),
    ] {
        for (k, folder) in ["mercury", "trafilatura"].iter().enumerate() {
            let line = |s: &Scores| {
                let [none, extra, part, wrong] = pick(s)[k].0;
                if what == "author" {
                    format!("none {none} extra {extra} part {part} wrong {wrong}")
                } else {
                    format!("none {none} wrong {wrong}")
                }
            };
            println!(
                "{:<44} text: {} | html: {}",
                format!("{what} misses ({folder})"),
                line(text),
                line(html)
            );
        }
    }
}

/// The outlet measure (see the module doc).
#[derive(Default)]
struct OutletScore {
    found: Mean,
    known_right: Mean,
    known_wrong: Mean,
    unknown_found: Mean,
    /// One line per page worth a look: known hosts missed or misnamed, every unknown host.
    lines: Vec<String>,
}

impl OutletScore {
    fn add(&mut self, folder: &str, page: &Page, ex: &Extraction, profiles: &Profiles) {
        let got = ex
            .articles
            .first()
            .and_then(|a| a.outlet.as_ref())
            .map(|o| o.name.as_str());
        self.found.add(f64::from(u8::from(got.is_some())));
        let host = page
            .json
            .get("url")
            .and_then(Value::as_str)
            .and_then(|u| u.split("://").nth(1))
            .and_then(|rest| rest.split(['/', '?', '#']).next())
            .unwrap_or("")
            .to_ascii_lowercase();
        let name = &page.name;
        match profiles.by_domain(&host).filter(|_| !host.is_empty()) {
            Some(p) => {
                let right = got == Some(p.name.as_str());
                self.known_right.add(f64::from(u8::from(right)));
                self.known_wrong
                    .add(f64::from(u8::from(!right && got.is_some())));
                if !right {
                    self.lines.push(format!(
                        "outlet {folder}/{name} ({host}): got {got:?} want {:?}",
                        p.name
                    ));
                }
            }
            None => {
                self.unknown_found.add(f64::from(u8::from(got.is_some())));
                self.lines.push(format!(
                    "outlet {folder}/{name} ({host}): got {got:?} (unknown host)"
                ));
            }
        }
    }
}
