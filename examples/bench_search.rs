//! `search` latency without process start, for `bench/run`: opens the archive once and runs the very
//! statement `morgue search --limit N` runs for each set of words, printing the milliseconds each
//! took (statement prepared, every row read), one line per search, in the order given.
//!
//! `cargo run --release --example bench_search -- DB LIMIT WORDS...`; with `BENCH_RANK_ALL=1` it
//! ranks every match (`--rank-within all`) instead of the default candidates, for a side by side.

use std::time::Instant;

use morgue::query::fts_query;
use morgue::query::search::{self, DEFAULT_CANDIDATES, Filters, Ranking, Scope};
use morgue::store::open_read_only;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(db), Some(limit)) = (args.first(), args.get(1).and_then(|l| l.parse().ok())) else {
        eprintln!("usage: bench_search DB LIMIT WORDS...");
        std::process::exit(2);
    };
    // BENCH_RANK_ALL=1 times the exact ranking of every match, for the side-by-side table.
    let ranking = if std::env::var_os("BENCH_RANK_ALL").is_some() {
        Ranking::All
    } else {
        Ranking::Capped(DEFAULT_CANDIDATES)
    };
    // The store's own opener: it registers the ranking function the statement calls.
    let conn = open_read_only(std::path::Path::new(db)).expect("open the archive read-only");
    for words in &args[2..] {
        let start = Instant::now();
        let expression = fts_query(words)
            .expect("a valid search")
            .expect("a word to search for");
        let (sql, params) = search::statement(
            &expression,
            Scope::All,
            &Filters::default(),
            Some(limit),
            ranking,
        );
        let mut stmt = conn.prepare(&sql).expect("the search statement prepares");
        params.bind(&mut stmt).expect("its parameters bind");
        let mut rows = stmt.raw_query();
        let mut found = 0;
        while let Some(row) = rows.next().expect("a row") {
            let _snippet: Option<String> = row.get(6).expect("a snippet");
            found += 1;
        }
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        println!("{ms:.2}");
        eprintln!("{words}: {found} results in {ms:.2} ms");
    }
}
