//! Acceptance test of quotation extraction on the real pages in `../shared/seeds`, through the whole
//! extractor (`decode` then `extract`), against the hand labels in
//! `tests/fixtures/seeds/quotes.toml`. Asserts quote recall and speaker accuracy of at least 0.9
//! and quote precision of at least 0.95.
//!
//! The labels cover quotations (direct, partial and block quotes). Reported speech without marks
//! (kind `indirect`) is not labelled here and not scored; it is measured on the annotated corpus,
//! where every attribution is annotated (`cargo run --release --example eval`).
//!
//! The seeds are not part of the repository: when the folder is absent the test prints a notice and
//! passes, unless `MORGUE_REQUIRE_SEEDS=1` (as `.ci/run` sets), which makes absence a failure. Set
//! `MORGUE_SEEDS_SHOW=1` to print every extracted quote.

#[path = "seeds_support/mod.rs"]
mod seeds_support;
use morgue::extract::quotes::names::same_speaker;
use morgue::extract::{Hints, Profiles, Quote, QuoteKind, decode, extract};
use seeds_support::seeds_dir;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Labels {
    quote: Vec<Label>,
}

#[derive(Deserialize)]
struct Label {
    file: String,
    starts: String,
    speaker: String,
    kind: String,
}

/// Lowercase letters and digits, words separated by one space: quote marks, apostrophe styles and
/// punctuation never decide a match.
fn norm(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn matches(q: &Quote, label: &Label) -> bool {
    format!(" {} ", norm(&q.text)).contains(&format!(" {} ", norm(&label.starts)))
}

/// The same speaker: one spelling of a person's name, or an organisation named with more or fewer
/// words ("Defense Ministry" in "Russia's Defense Ministry").
fn speaker_ok(q: &Quote, label: &Label) -> bool {
    match (&q.speaker, label.speaker.as_str()) {
        (None, "") => true,
        (Some(s), want) if !want.is_empty() => {
            let got = norm(&s.name);
            let want_n = norm(want);
            same_speaker(&s.name, want) || want_n.split(' ').all(|w| got.split(' ').any(|g| g == w))
        }
        _ => false,
    }
}

#[test]
fn seed_quotes_match_the_hand_labels() {
    let Some(dir) = seeds_dir("seeds quotes test") else {
        return;
    };
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds/quotes.toml");
    let labels: Labels =
        toml::from_str(&std::fs::read_to_string(&path).expect("labels are readable"))
            .expect("labels parse");
    let show = std::env::var("MORGUE_SEEDS_SHOW").is_ok_and(|v| v == "1");

    let mut files: Vec<String> = labels.quote.iter().map(|l| l.file.clone()).collect();
    files.dedup();
    let (mut found, mut speaker_right, mut kind_right) = (0usize, 0usize, 0usize);
    let (mut extracted, mut extracted_right) = (0usize, 0usize);
    let mut problems = Vec::new();
    for file in &files {
        let bytes = std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let text = decode(&bytes)
            .unwrap_or_else(|e| panic!("{file}: {e}"))
            .text;
        let ex = extract(&text, &Hints::default(), &Profiles::bundled());
        let quotes: Vec<&Quote> = ex
            .articles
            .iter()
            .flat_map(|a| &a.quotes)
            .filter(|q| q.kind != QuoteKind::Indirect)
            .collect();
        let mine: Vec<&Label> = labels.quote.iter().filter(|l| &l.file == file).collect();
        if show {
            for q in &quotes {
                eprintln!(
                    "{file} [{}] {:?} <- {:?} ({:?})",
                    q.kind.as_str(),
                    q.text,
                    q.speaker,
                    q.attribution
                );
            }
        }
        for q in &quotes {
            extracted += 1;
            if mine.iter().any(|l| matches(q, l)) {
                extracted_right += 1;
            } else {
                problems.push(format!("{file}: unlabelled quote {:?}", q.text));
            }
        }
        for l in &mine {
            match quotes.iter().find(|q| matches(q, l)) {
                None => problems.push(format!("{file}: missed {:?}", l.starts)),
                Some(q) => {
                    found += 1;
                    if speaker_ok(q, l) {
                        speaker_right += 1;
                    } else {
                        problems.push(format!(
                            "{file}: {:?} speaker {:?}, want {:?}",
                            l.starts,
                            q.speaker.as_ref().map(|s| &s.name),
                            l.speaker
                        ));
                    }
                    if q.kind.as_str() == l.kind {
                        kind_right += 1;
                    } else {
                        problems.push(format!(
                            "{file}: {:?} kind {}, want {} (not scored)",
                            l.starts,
                            q.kind.as_str(),
                            l.kind
                        ));
                    }
                }
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let recall = ratio(found, labels.quote.len());
    let precision = ratio(extracted_right, extracted);
    let speakers = ratio(speaker_right, found);
    eprintln!(
        "seed quotes: recall {recall:.3} ({found}/{}), precision {precision:.3} ({extracted_right}/{extracted}), speaker accuracy {speakers:.3} ({speaker_right}/{found}), kind {kind_right}/{found}",
        labels.quote.len()
    );
    for p in &problems {
        eprintln!("  {p}");
    }
    assert!(recall >= 0.9, "quote recall {recall:.3} < 0.9");
    assert!(precision >= 0.95, "quote precision {precision:.3} < 0.95");
    assert!(speakers >= 0.9, "speaker accuracy {speakers:.3} < 0.9");
}
