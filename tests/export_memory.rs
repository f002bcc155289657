//! Exports stream: the heap a CSV or XLSX export uses does not grow with the number of rows. Measured
//! with a counting allocator, so this file is its own test binary.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use morgue::export::{self, Destination, Format, Options};
use morgue::query::{Guarded, Params};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = CURRENT.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Peak heap growth, in bytes, while exporting `rows` rows of about 120 bytes each.
fn peak_growth(format: Format, rows: u64) -> usize {
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("t.db");
    drop(morgue::store::Store::open(&db).unwrap());
    let guarded = Guarded::open(&db, None).unwrap();
    let sql = format!(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {rows}) \
         SELECT x AS id, 'a line of text long enough to matter, number ' || x || ' of many' AS body, \
         '2026-03-0' || (x % 9 + 1) AS published_at, x * 0.5 AS half FROM n"
    );
    let destination = Destination::File {
        path: dir.path().join(format!("out.{}", format.extension())),
        force: false,
    };
    let baseline = CURRENT.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);
    let (sink, created) = export::open(format, &destination, &Options::default()).unwrap();
    let summary = guarded.run(&sql, &Params::default(), sink).unwrap();
    created.keep();
    assert_eq!(summary.rows, rows);
    PEAK.load(Ordering::Relaxed) - baseline
}

#[test]
fn csv_and_xlsx_exports_use_the_same_memory_for_ten_times_the_rows() {
    for format in [Format::Csv, Format::Xlsx] {
        let small = peak_growth(format, 3_000);
        let large = peak_growth(format, 30_000);
        eprintln!("{format:?}: peak heap growth {small} bytes for 3,000 rows, {large} for 30,000");
        // 30,000 rows hold over 3.5 MB of text; a streamed export's heap stays about where it was.
        assert!(
            large < small + 1_000_000,
            "{format:?}: {small} bytes for 3,000 rows, {large} for 30,000"
        );
        assert!(large < 8_000_000, "{format:?}: {large} bytes");
    }
}
