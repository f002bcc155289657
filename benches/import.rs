//! Import benchmark: prints a table, asserts nothing. `cargo bench --bench import`.
//!
//! Measures pure extraction per page, then whole imports run side by side in one process tree: the
//! binary with one worker thread and with the default pool, so the ratio compares like with like.
//! Pages come from `../shared/corpus/browser-copy` when present, else from `samples/`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use morgue::extract::{Hints, Profiles, decode, extract};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus/browser-copy");
    let mut files = Vec::new();
    if corpus.is_dir() {
        collect_txt(&corpus, &mut files);
    } else {
        collect_txt(&root.join("samples"), &mut files);
    }
    files.sort();
    let pages: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(f).expect("readable page"))
        .collect();
    let total_bytes: usize = pages.iter().map(Vec::len).sum();
    println!(
        "{} pages, {:.1} MiB, from {}",
        pages.len(),
        total_bytes as f64 / 1048576.0,
        files[0].parent().unwrap().parent().unwrap().display()
    );

    let profiles = Profiles::bundled();
    let hints = Hints::default();
    let mut per_page: Vec<Duration> = Vec::new();
    for _ in 0..3 {
        for bytes in &pages {
            let start = Instant::now();
            let decoded = decode(bytes).expect("corpus pages decode");
            std::hint::black_box(extract(&decoded.text, &hints, &profiles));
            per_page.push(start.elapsed());
        }
    }
    per_page.sort();
    let total: Duration = per_page.iter().sum();
    println!();
    println!("| extraction (one thread) | value |");
    println!("| --- | ---: |");
    println!(
        "| median per page | {:.2} ms |",
        ms(per_page[per_page.len() / 2])
    );
    println!(
        "| 95th percentile | {:.2} ms |",
        ms(per_page[per_page.len() * 95 / 100])
    );
    println!("| slowest | {:.2} ms |", ms(*per_page.last().unwrap()));
    println!(
        "| throughput | {:.1} MiB/s |",
        (3 * total_bytes) as f64 / 1048576.0 / total.as_secs_f64()
    );

    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("pages");
    std::fs::create_dir(&input).unwrap();
    for (i, bytes) in pages.iter().enumerate() {
        std::fs::write(input.join(format!("{i:04}.txt")), bytes).unwrap();
    }
    let runs = 3;
    let mut one_thread = Vec::new();
    let mut pool = Vec::new();
    for run in 0..runs {
        one_thread.push(time_import(
            tmp.path(),
            &input,
            &format!("one-{run}.db"),
            Some("1"),
        ));
        pool.push(time_import(
            tmp.path(),
            &input,
            &format!("pool-{run}.db"),
            None,
        ));
    }
    one_thread.sort();
    pool.sort();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!();
    println!(
        "| import of {} files into a new archive (median of {runs}) | wall time | files/s |",
        pages.len()
    );
    println!("| --- | ---: | ---: |");
    for (label, times) in [
        ("1 extraction thread", &one_thread),
        (&*format!("default pool ({cores} cores)"), &pool),
    ] {
        let median = times[runs / 2];
        println!(
            "| {label} | {:.0} ms | {:.0} |",
            ms(median),
            pages.len() as f64 / median.as_secs_f64()
        );
    }
    println!(
        "| ratio (1 thread / pool) | {:.2}x | |",
        one_thread[runs / 2].as_secs_f64() / pool[runs / 2].as_secs_f64()
    );
}

fn time_import(dir: &Path, input: &Path, db: &str, threads: Option<&str>) -> Duration {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_morgue"));
    cmd.current_dir(dir)
        .args(["--db", db, "import", "--json"])
        .arg(input);
    if let Some(threads) = threads {
        cmd.env("MORGUE_JOBS", threads);
    }
    let start = Instant::now();
    let out = cmd.output().expect("morgue runs");
    let elapsed = start.elapsed();
    assert!(
        out.status.code().is_some_and(|c| c == 0 || c == 3),
        "import failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    elapsed
}

fn collect_txt(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_txt(&path, files);
        } else if path.extension().is_some_and(|e| e == "txt") {
            files.push(path);
        }
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
