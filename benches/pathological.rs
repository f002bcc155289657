//! Extraction time on pathological pages at doubling sizes: `cargo bench --bench pathological`.
//! Linear time shows as a ratio near 2 between one size and the next; a ratio near 4 is quadratic.
//! Printed, never asserted (timings are not pass/fail criteria).

#[path = "../tests/pathological_support/mod.rs"]
mod pathological;

use std::time::Instant;

use morgue::extract::{Hints, Profiles, decode, extract};

fn main() {
    let profiles = Profiles::bundled();
    let scales = [0.125, 0.25, 0.5, 1.0];
    let per_scale: Vec<Vec<pathological::Case>> =
        scales.iter().map(|&s| pathological::all(s)).collect();
    for i in 0..per_scale[0].len() {
        let mut previous: Option<f64> = None;
        for cases in &per_scale {
            let case = &cases[i];
            let started = Instant::now();
            let decoded = decode(&case.bytes).expect("the case is text");
            let extraction = extract(&decoded.text, &Hints::default(), &profiles);
            let seconds = started.elapsed().as_secs_f64();
            let ratio = previous.map_or(String::new(), |p| format!("  x{:.1}", seconds / p));
            println!(
                "{:<16} size {:>9}  {:>9.3} s  {} article(s), {} quote(s){ratio}",
                case.name,
                case.size,
                seconds,
                extraction.articles.len(),
                extraction
                    .articles
                    .iter()
                    .map(|a| a.quotes.len())
                    .sum::<usize>(),
            );
            previous = Some(seconds);
        }
    }
}
