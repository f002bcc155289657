//! Scores the extractor on the development corpus in `../shared/corpus` (see the README):
//! `cargo run --release --example eval [-- [--pages|--quotes] CORPUS_DIR]`.
//!
//! `--split dev|held-out` scores one half of the browser copies (see `pages.rs`).
//!
//! `cargo run --example eval -- --show FILE` prints what the extractor makes of one file (articles as
//! YAML-like debug output, then every dropped line with its rule), for looking at a page by eye.

mod pages;
mod quotes;
mod strict;

use morgue::extract::{Hints, Profiles, decode, extract};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--show") {
        for path in &args[1..] {
            show(std::path::Path::new(path));
        }
        return;
    }
    // `--pages` or `--quotes` runs one half only.
    let only = args
        .iter()
        .find(|a| *a == "--pages" || *a == "--quotes")
        .cloned();
    let mut split = pages::Split::All;
    let mut rest = Vec::new();
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        if a == "--split" {
            let v = it.next().unwrap_or_default();
            split = pages::Split::parse(&v).unwrap_or_else(|| {
                eprintln!("eval: --split takes all, dev or held-out, not {v:?}");
                std::process::exit(2);
            });
        } else if !a.starts_with("--") {
            rest.push(a);
        }
    }
    let args = rest;
    let corpus = args
        .first()
        .cloned()
        .unwrap_or_else(|| "../shared/corpus".to_owned());
    let corpus = std::path::Path::new(&corpus);
    if !corpus.is_dir() {
        eprintln!(
            "eval: no corpus at {}: pass its path as the first argument",
            corpus.display()
        );
        std::process::exit(2);
    }
    std::panic::set_hook(Box::new(|info| eprintln!("eval: panic: {info}")));
    if only.as_deref() != Some("--quotes") {
        pages::run(corpus, split);
    }
    if only.as_deref() != Some("--pages") {
        quotes::run(corpus);
    }
}

fn show(path: &std::path::Path) {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            return;
        }
    };
    let decoded = match decode(&bytes) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            return;
        }
    };
    let ex = extract(&decoded.text, &Hints::default(), &Profiles::bundled());
    println!("==== {}", path.display());
    for a in &ex.articles {
        println!("--- article");
        println!("outlet: {:?}", a.outlet.as_ref().map(|o| &o.name));
        println!("title: {}", a.title);
        println!("dek: {:?}", a.dek);
        println!("byline: {:?} authors: {:?}", a.byline, a.authors);
        println!(
            "section: {:?} published: {:?} updated: {:?}",
            a.section, a.published_at, a.updated_at
        );
        for c in &a.captions {
            println!("caption: {} || credit: {:?}", c.text, c.credit);
        }
        for (i, p) in a.paragraphs.iter().enumerate() {
            let t: String = p.text.chars().take(110).collect();
            println!("  [{i} {}] {t}", p.kind.as_str());
        }
    }
    for d in &ex.dropped {
        let t: String = d.text.chars().take(80).collect();
        println!("  drop {:>4} {:<20} {t}", d.line, d.rule);
    }
    for w in &ex.warnings {
        println!("warning: {w}");
    }
}
