//! Scores quotation extraction on the annotated articles in `quotes/polnear-train` (see the corpus
//! README): each article's `text` is split into paragraphs at blank lines, its first line (the
//! headline) is left out as the extractor never sees titles as body, and `find_quotes` runs on the
//! rest directly, so the figures measure the quotation rules alone, not the page extraction.
//!
//! Matching works on character coverage, counting non-space characters only (a normalised form of
//! token overlap that also works for quotes cut mid-word by the annotators):
//! - recall: an annotated attribution whose content carries quotation marks is found when extracted
//!   quotes cover at least half of its quoted part (its annotated text from its first to its last
//!   mark). It is also printed by kind: quotations, whose annotated content is at least 80% the
//!   words in marks, and phrases quoted inside reported speech ("He called the plan “a
//!   disgrace” and left"), which the extractor keeps only where a speech act governs them;
//! - precision: an extracted quote is right when at least half of it lies inside annotated
//!   attribution content (a quotation or any other attribution: the corpus annotates every one);
//! - speaker accuracy: over found quotations whose annotated speaker is a proper name (capitalised
//!   words, not a pronoun or common noun phrase), the speaker of the extracted quote that covers
//!   most of it names the same person: its surname is one of the annotated words, or the annotated
//!   name's last word is one of its words.
//!
//! The corpus flags quotation marks as straight, curly or guillemets; its New York Times articles
//! print a double mark as two apostrophes (''…''), which the flag misses, so a second line gives
//! recall and speaker accuracy with those counted too. Precision is printed with and without
//! reported speech (kind `indirect`), which carries no marks and is optional.
//!
//! Run with `cargo run --release --example eval -- ../shared/corpus`. `--split=dev` or `--split=held`
//! scores one half of the articles (split by a hash of the file name; develop rules on `dev`, check
//! them on `held`), `--split=each` prints both halves and the whole. Set
//! `MORGUE_EVAL_SHOW=miss|missp|fp|speaker|speakerp|strict|strictp|described` to print the failures of one kind (the `p`
//! forms with their paragraphs). `MORGUE_EVAL_TRY=FILE` prints the quotes found in a plain text file instead.

use std::collections::HashSet;
use std::path::Path;
use std::time::Instant;

use morgue::extract::quotes::find_quotes;

use crate::strict;
use morgue::extract::{Paragraph, ParagraphKind, Quote};
use serde::Deserialize;

#[derive(Deserialize)]
struct Article {
    text: String,
    quotes: Vec<Annotated>,
}

#[derive(Deserialize)]
struct Annotated {
    quote: String,
    speaker: Option<String>,
    cue: Option<String>,
    quote_spans: Vec<[usize; 2]>,
    has_quotation_marks: bool,
}

const MARKS: &[char] = &['"', '“', '”', '„', '«', '»'];

/// Paragraphs of an article with the character offset each starts at, headline left out.
fn paragraphs(chars: &[char]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let n = chars.len();
    let push = |s: usize, e: usize, out: &mut Vec<(usize, String)>| {
        let raw: String = chars[s..e].iter().collect();
        let lead = raw.len() - raw.trim_start().len();
        let lead_chars = raw[..lead].chars().count();
        let t = raw.trim();
        if !t.is_empty() {
            out.push((s + lead_chars, t.to_owned()));
        }
    };
    while i < n {
        if chars[i] == '\n' && i + 1 < n && chars[i + 1] == '\n' {
            push(start, i, &mut out);
            while i < n && chars[i] == '\n' {
                i += 1;
            }
            start = i;
        } else {
            i += 1;
        }
    }
    push(start, n, &mut out);
    if !out.is_empty() {
        out.remove(0);
    }
    out
}

fn is_name(speaker: &str) -> bool {
    let ws: Vec<&str> = speaker.split_whitespace().collect();
    let ws: Vec<&str> = match ws.first() {
        Some(w) if w.eq_ignore_ascii_case("the") => ws[1..].to_vec(),
        _ => ws,
    };
    let Some(first) = ws.first() else {
        return false;
    };
    let pronouns = [
        "He", "She", "They", "We", "I", "You", "It", "His", "Her", "Their", "One", "Some", "Many",
        "A", "An", "Two", "Three", "This", "That", "These", "Those", "Both", "Others", "Most",
        "All", "Several", "Who", "Which",
    ];
    if pronouns.contains(first) || !first.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    ws.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
            || matches!(
                w.to_lowercase().as_str(),
                "of" | "the" | "and" | "for" | "de" | "van" | "von" | "al" | "bin" | "&"
            )
    })
}

fn name_tokens(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .to_lowercase()
        })
        .filter(|w| {
            w.len() > 1 && !matches!(w.as_str(), "of" | "the" | "and" | "for" | "jr" | "sr")
        })
        .collect()
}

fn speaker_matches(extracted: &str, annotated: &str) -> bool {
    let e = name_tokens(extracted);
    let a = name_tokens(annotated);
    e.last().is_some_and(|s| a.contains(s)) || a.last().is_some_and(|s| e.contains(s))
}

pub fn run(corpus: &Path) {
    // `MORGUE_EVAL_TRY=FILE`: the quotes found in a plain text file (paragraphs at blank lines), for
    // trying a rule on a sentence by hand.
    if let Ok(file) = std::env::var("MORGUE_EVAL_TRY") {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let input: Vec<Paragraph> = text
            .split("\n\n")
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| Paragraph {
                kind: ParagraphKind::Text,
                text: t.to_owned(),
            })
            .collect();
        for q in find_quotes(&input) {
            println!(
                "[{} {}] {:?} <- {:?} / {:?} {:?}",
                q.paragraph,
                q.kind.as_str(),
                q.text,
                q.attribution,
                q.speaker.as_ref().map(|s| (&s.name, s.kind.as_str())),
                q.verb
            );
        }
        return;
    }
    let dir = corpus.join("quotes/polnear-train");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("quotes: no annotated articles at {}", dir.display());
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    // `--split=X` or `--split X`, the form the pages half takes; its "held-out" is this "held".
    let args: Vec<String> = std::env::args().collect();
    let split = args
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--split=") {
            Some(value) => Some(value.to_owned()),
            None if a == "--split" => args.get(i + 1).cloned(),
            None => None,
        })
        .map(|s| {
            if s == "held-out" {
                "held".to_owned()
            } else {
                s
            }
        })
        .unwrap_or_default();
    match split.as_str() {
        "" | "all" => score(&dir, &files, "all"),
        "dev" | "held" => {
            let part: Vec<_> = files
                .iter()
                .filter(|p| is_dev(p) == (split == "dev"))
                .cloned()
                .collect();
            score(&dir, &part, &split);
        }
        "each" => {
            for (label, dev) in [("dev", true), ("held", false)] {
                let part: Vec<_> = files.iter().filter(|p| is_dev(p) == dev).cloned().collect();
                score(&dir, &part, label);
            }
            score(&dir, &files, "all");
        }
        other => eprintln!("quotes: unknown split {other:?} (dev, held, each or all)"),
    }
}

/// The development half of the corpus: files whose name hashes (FNV-1a) to an even number. Rules
/// are studied on this half only; the other half is held out to show whether they generalise.
fn is_dev(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h.is_multiple_of(2)
}

fn score(dir: &Path, files: &[std::path::PathBuf], label: &str) {
    let show = std::env::var("MORGUE_EVAL_SHOW").unwrap_or_default();
    // Rules are studied on the dev half only: its cases may be read, the other half's not, or it
    // would no longer show whether they generalise.
    if !show.is_empty() && label != "dev" {
        eprintln!("quotes: MORGUE_EVAL_SHOW lists cases of the dev half only: add --split dev");
        std::process::exit(2);
    }

    // Index 0: quotations the corpus flags as carrying marks; 1: those printed with '' only.
    let (mut wanted, mut found) = ([0usize; 2], [0usize; 2]);
    // Quotations with marks by kind: [phrases quoted in reported speech, whole quotations].
    let (mut by_kind_wanted, mut by_kind_found) = ([0usize; 2], [0usize; 2]);
    let (mut extracted, mut correct) = (0usize, 0usize);
    let (mut named, mut named_right) = ([0usize; 2], [0usize; 2]);
    let mut kinds = std::collections::BTreeMap::<&str, (usize, usize)>::new();
    let mut elapsed = std::time::Duration::ZERO;
    // For the strict figure: every article as extracted, and the found quotations to score on it.
    let mut stored: Vec<(String, Vec<Paragraph>, Vec<Quote>)> = Vec::new();
    let mut strict_cases: Vec<strict::Case> = Vec::new();
    let mut found_quotes: Vec<(usize, usize)> = Vec::new();
    for path in files {
        let Ok(raw) = std::fs::read_to_string(path) else {
            continue;
        };
        let Ok(article) = serde_json::from_str::<Article>(&raw) else {
            eprintln!("quotes: cannot read {}", path.display());
            continue;
        };
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let chars: Vec<char> = article.text.chars().collect();
        let paras = paragraphs(&chars);
        let body_start = paras.first().map_or(chars.len(), |p| p.0);
        let input: Vec<Paragraph> = paras
            .iter()
            .map(|(_, t)| Paragraph {
                kind: ParagraphKind::Text,
                text: t.clone(),
            })
            .collect();
        let t0 = Instant::now();
        let quotes = find_quotes(&input);
        elapsed += t0.elapsed();
        let article_index = stored.len();

        // Character ranges of extracted quotes in the article.
        let ranges: Vec<(usize, usize, &Quote)> = quotes
            .iter()
            .filter_map(|q| {
                let (off, ptext) = &paras[q.paragraph];
                let b = ptext.find(q.text.as_str())?;
                let s = off + ptext[..b].chars().count();
                Some((s, s + q.text.chars().count(), q))
            })
            .collect();
        if show == "described" {
            // Descriptions ("the company", "the foreign minister") and what they resolved to.
            for q in &quotes {
                if let (Some(a), Some(sp)) = (&q.attribution, &q.speaker)
                    && a.starts_with("the ")
                {
                    println!("DESC {name} {a:?} -> {} ({})", sp.name, sp.kind.as_str());
                }
            }
        }
        let mut annotated_chars = vec![false; chars.len()];
        for a in &article.quotes {
            for [s, e] in &a.quote_spans {
                for c in annotated_chars
                    .iter_mut()
                    .take((*e).min(chars.len()))
                    .skip(*s)
                {
                    *c = true;
                }
            }
        }
        let solid = |i: usize| !chars[i].is_whitespace() && !MARKS.contains(&chars[i]);
        for (s, e, q) in &ranges {
            let total = (*s..*e).filter(|&i| solid(i)).count().max(1);
            let inside = (*s..*e).filter(|&i| solid(i) && annotated_chars[i]).count();
            extracted += 1;
            let ok = inside * 2 >= total;
            let k = kinds.entry(q.kind.as_str()).or_default();
            k.0 += 1;
            if ok {
                correct += 1;
                k.1 += 1;
            } else if show == "fp" {
                println!(
                    "FP {name} [{}] {:?} <- {:?}",
                    q.kind.as_str(),
                    q.text,
                    q.attribution
                );
            }
        }
        // Marks as the corpus counts them, plus two apostrophes standing for one double mark, as the
        // New York Times articles print them (the corpus flag misses those).
        let is_mark = |i: usize| {
            MARKS.contains(&chars[i])
                || (chars[i] == '\''
                    && (chars.get(i + 1) == Some(&'\'') || (i > 0 && chars[i - 1] == '\'')))
        };
        for a in article
            .quotes
            .iter()
            .filter(|a| a.has_quotation_marks || a.quote.contains("''"))
        {
            let paired_only = !a.has_quotation_marks;
            let Some(first) = a.quote_spans.first() else {
                continue;
            };
            if first[0] < body_start {
                continue;
            }
            // The quoted part: from the first mark to the last one across the spans.
            let positions: Vec<usize> = a
                .quote_spans
                .iter()
                .flat_map(|[s, e]| (*s..(*e).min(chars.len())).filter(|&i| is_mark(i)))
                .collect();
            let (lo, hi) = match (positions.first(), positions.last()) {
                (Some(&l), Some(&h)) if h > l => (l, h),
                (Some(&l), _) => {
                    let last = a.quote_spans.last().map_or(l, |s| s[1]);
                    (l, last.min(chars.len()))
                }
                _ => continue,
            };
            // Only the annotated pieces: a quotation split by its attribution ("“A,” she said. “B.”")
            // is annotated as two pieces without the words between.
            let in_spans = |i: usize| a.quote_spans.iter().any(|[s, e]| *s <= i && i < *e);
            let part: HashSet<usize> = (lo..hi).filter(|&i| solid(i) && in_spans(i)).collect();
            if part.is_empty() {
                continue;
            }
            let g = usize::from(paired_only);
            wanted[g] += 1;
            // A quotation is mostly the words in marks; a reported statement quotes a phrase of it
            // ("He called the plan “a disgrace” and left").
            let content = a
                .quote_spans
                .iter()
                .flat_map(|[s, e]| *s..(*e).min(chars.len()))
                .filter(|&i| solid(i))
                .count();
            let whole = usize::from(part.len() * 10 >= content * 8);
            if !paired_only {
                by_kind_wanted[whole] += 1;
            }
            let mut best: Option<(usize, &Quote)> = None;
            let mut covered = HashSet::new();
            for (s, e, q) in &ranges {
                let hit = (*s..*e).filter(|i| part.contains(i)).count();
                if hit > 0 {
                    covered.extend((*s..*e).filter(|i| part.contains(i)));
                    if best.is_none_or(|(b, _)| hit > b) {
                        best = Some((hit, q));
                    }
                }
            }
            if covered.len() * 2 < part.len() {
                if show == "miss" || show == "missp" {
                    println!(
                        "MISS {name} {:?} <- {:?} cue {:?}",
                        a.quote, a.speaker, a.cue
                    );
                }
                if show == "missp"
                    && let Some((pi, (_, ptext))) = paras
                        .iter()
                        .enumerate()
                        .rev()
                        .find(|(_, (off, _))| *off <= lo)
                {
                    println!("   PARA {ptext:?}");
                    for q in quotes.iter().filter(|q| q.paragraph == pi) {
                        println!(
                            "   GOT [{}] {:?} <- {:?} / {:?}",
                            q.kind.as_str(),
                            q.text,
                            q.attribution,
                            q.speaker.as_ref().map(|s| &s.name)
                        );
                    }
                }
                continue;
            }
            found[g] += 1;
            if !paired_only {
                by_kind_found[whole] += 1;
            }
            let best_index = best.and_then(|(_, q)| quotes.iter().position(|x| std::ptr::eq(x, q)));
            if let Some(q) = best_index {
                found_quotes.push((article_index, q));
            }
            if let Some(words) = a.speaker.as_deref().and_then(strict::annotated_name) {
                strict_cases.push(strict::Case {
                    article: article_index,
                    quote: best_index,
                    name: words,
                    annotated: a.speaker.clone().unwrap_or_default(),
                });
            }
            let Some(speaker) = a.speaker.as_deref().filter(|s| is_name(s)) else {
                continue;
            };
            named[g] += 1;
            let got = best
                .and_then(|(_, q)| q.speaker.as_ref())
                .map(|s| s.name.as_str());
            if got.is_some_and(|g| speaker_matches(g, speaker)) {
                named_right[g] += 1;
            } else if show == "speaker" || show == "speakerp" {
                let q = best.map(|(_, q)| q);
                if show == "speakerp"
                    && let Some(q) = q
                {
                    if q.paragraph > 0 {
                        println!("   PREV {:?}", paras[q.paragraph - 1].1);
                    }
                    println!("   PARA {:?}", paras[q.paragraph].1);
                }
                println!(
                    "SPEAKER {name} want {speaker:?} got {got:?} attr {:?} :: {:?}",
                    q.and_then(|q| q.attribution.as_deref()),
                    q.map(|q| q.text.chars().take(70).collect::<String>())
                );
            }
        }
        stored.push((name, input, quotes.clone()));
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    println!(
        "quotes [{label}]: {} annotated articles ({})",
        files.len(),
        dir.display()
    );
    let [w, wp] = wanted;
    let [f, fp] = found;
    let [n, np] = named;
    let [r, rp] = named_right;
    println!(
        "  quoted-text recall   {:.3}  ({f}/{w} annotated quotations with marks)",
        ratio(f, w)
    );
    println!(
        "    of which quotations {:.3}  ({}/{} mostly in marks); phrases in reported speech {:.3}  ({}/{})",
        ratio(by_kind_found[1], by_kind_wanted[1]),
        by_kind_found[1],
        by_kind_wanted[1],
        ratio(by_kind_found[0], by_kind_wanted[0]),
        by_kind_found[0],
        by_kind_wanted[0]
    );
    println!(
        "  quote precision      {:.3}  ({correct}/{extracted} extracted quotes)",
        ratio(correct, extracted)
    );
    println!(
        "  speaker accuracy     {:.3}  ({r}/{n} found quotations with a named speaker)",
        ratio(r, n)
    );
    let strict = strict::score(&stored, &strict_cases, &found_quotes, &show);
    println!(
        "  strict speaker       {:.3}  ({}/{} found quotations whose annotated speaker holds a name; stored speaker row)",
        ratio(strict.right, strict.cases),
        strict.right,
        strict.cases
    );
    println!(
        "  no speaker stored    {:.3}  ({}/{} of those; {:.3} = {}/{} of all found quotations)",
        ratio(strict.no_speaker, strict.cases),
        strict.no_speaker,
        strict.cases,
        ratio(strict.found_without_speaker, strict.found),
        strict.found_without_speaker,
        strict.found
    );
    println!(
        "  with '' marks too:   recall {:.3} ({}/{}), speaker accuracy {:.3} ({}/{})",
        ratio(f + fp, w + wp),
        f + fp,
        w + wp,
        ratio(r + rp, n + np),
        r + rp,
        n + np
    );
    let (n_all, ok_all) = kinds
        .iter()
        .filter(|(k, _)| **k != "indirect")
        .fold((0, 0), |(a, b), (_, (n, ok))| (a + n, b + ok));
    println!(
        "  precision w/o indirect {:.3}  ({ok_all}/{n_all} quotations: direct, partial, block)",
        ratio(ok_all, n_all)
    );
    for (k, (n, ok)) in &kinds {
        println!(
            "    {k:<9} {n:>5} extracted, precision {:.3}",
            ratio(*ok, *n)
        );
    }
    println!(
        "  find_quotes time     {:.2} ms/article",
        elapsed.as_secs_f64() * 1000.0 / files.len().max(1) as f64
    );
}
