//! Scores the extractor on the development corpus in `../shared/corpus` (see the README):
//! `cargo run --release --example eval [-- CORPUS_DIR]`.

mod pages;
mod quotes;

fn main() {
    let corpus = std::env::args().nth(1).unwrap_or_else(|| "../shared/corpus".to_owned());
    let corpus = std::path::Path::new(&corpus);
    if !corpus.is_dir() {
        eprintln!("eval: no corpus at {}: pass its path as the first argument", corpus.display());
        std::process::exit(2);
    }
    pages::run(corpus);
    quotes::run(corpus);
}
