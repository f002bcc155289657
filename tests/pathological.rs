//! Pathological pages (issue 9, item 3): a million quotation marks, quotations nested thousands deep,
//! thousands of repeated lines, one very long line. Each is decoded and extracted and what comes out
//! is checked; time is not a pass/fail criterion here (see `cargo bench --bench pathological` for
//! the timings at doubling sizes), it is printed with `--nocapture`.
//!
//! Sizes: the (scale 1.0) except the long line, which is 60 KB here: quotation finding is
//! quadratic in the length of a paragraph holding many quotations (`sentence_breaks` rescans the
//! paragraph before each one), so a 5 MB line takes minutes even in a release build. Set
//! MORGUE_PATHOLOGICAL_SCALE to change every size (e.g. 0.1 for a quick run).

#[path = "pathological_support/mod.rs"]
mod pathological;

use std::time::Instant;

use morgue::extract::{Extraction, Hints, Profiles, decode, extract};
use pathological::Case;

fn scale() -> f64 {
    std::env::var("MORGUE_PATHOLOGICAL_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0)
}

fn run(case: &Case) -> (String, Extraction) {
    let started = Instant::now();
    let decoded = decode(&case.bytes).unwrap_or_else(|e| panic!("{}: {e}", case.name));
    assert_eq!(decoded.encoding, "UTF-8", "{}", case.name);
    assert_eq!(decoded.replaced.count, 0, "{}", case.name);
    let extraction = extract(&decoded.text, &Hints::default(), &Profiles::bundled());
    eprintln!(
        "{:<16} size {:>9}  {:>8.3} s  {} quote(s)",
        case.name,
        case.size,
        started.elapsed().as_secs_f64(),
        extraction
            .articles
            .iter()
            .map(|a| a.quotes.len())
            .sum::<usize>()
    );
    (decoded.text, extraction)
}

/// What holds for every case: one article with the headline, its paragraphs and quotes sane, and no
/// more text out than went in.
fn assert_sane(case: &Case, text: &str, x: &Extraction) {
    assert_eq!(x.articles.len(), 1, "{}", case.name);
    let article = &x.articles[0];
    assert_eq!(
        article.title, "Harbour Board Meets Again as Talks Drag On",
        "{}",
        case.name
    );
    assert!(!article.paragraphs.is_empty(), "{}", case.name);
    assert!(
        article.paragraphs.iter().all(|p| !p.text.trim().is_empty()),
        "{}",
        case.name
    );
    let body = article.body();
    assert!(
        body.len() <= text.len(),
        "{}: the body is longer than the page",
        case.name
    );
    for quote in &article.quotes {
        assert!(quote.paragraph < article.paragraphs.len(), "{}", case.name);
        assert!(
            !quote.text.trim().is_empty(),
            "{}: an empty quote",
            case.name
        );
        assert!(quote.text.len() <= body.len(), "{}", case.name);
    }
}

#[test]
fn a_million_quotation_marks() {
    let case = pathological::quotation_marks((1_000_000.0 * scale()) as usize);
    let (text, x) = run(&case);
    assert_sane(&case, &text, &x);
    let body = x.articles[0].body();
    assert!(body.starts_with("The mayor said"), "{}", &body[..40]);
    assert!(
        body.ends_with("and left."),
        "nothing after the marks is lost"
    );
}

#[test]
fn quotations_nested_ten_thousand_deep() {
    let case = pathological::nested_quotes((10_000.0 * scale()) as usize);
    let (text, x) = run(&case);
    assert_sane(&case, &text, &x);
    assert!(x.articles[0].body().contains("the cranes are old"));
    assert!(
        !x.articles[0].quotes.is_empty(),
        "the outermost quotation is found"
    );
}

#[test]
fn thousands_of_repeated_lines() {
    let n = (5_000.0 * scale()) as usize;
    let case = pathological::repeated_lines(n);
    let (text, x) = run(&case);
    assert_sane(&case, &text, &x);
    let article = &x.articles[0];
    assert!(article.paragraphs.len() <= n);
    assert!(
        article.quotes.iter().all(|q| q.text == "We will not move,"),
        "{:?}",
        article.quotes.first()
    );
}

#[test]
fn one_very_long_line() {
    let case = pathological::one_long_line((60_000.0 * scale()) as usize);
    let (text, x) = run(&case);
    assert_sane(&case, &text, &x);
    let body = x.articles[0].body();
    let line = text.lines().last().unwrap();
    assert!(
        body.len() * 10 >= line.len() * 9,
        "the line is kept: {} of {} bytes",
        body.len(),
        line.len()
    );
    let quotes = &x.articles[0].quotes;
    let sentences = line.matches("the strike will end soon").count();
    assert_eq!(
        quotes.len(),
        sentences,
        "every quotation in the line is found"
    );
}
