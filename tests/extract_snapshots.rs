//! Snapshot tests of the plain-text extractor: the full extraction (articles, dropped lines with
//! their rules, warnings) of every fictional article under `tests/fixtures/articles/*.txt` and
//! `samples/*.txt`, as YAML under `tests/snapshots/`.
//!
//! A snapshot is a record, not a proof: review new ones against the expected extractions listed in
//! `tests/fixtures/articles/README.md` before accepting them (`INSTA_UPDATE=always cargo test` writes
//! them; `cargo insta review` if installed).

use morgue::extract::{Hints, Profiles, decode, extract};
use std::path::Path;

fn snapshot_dir(dir: &str, prefix: &str) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let profiles = Profiles::bundled();
    for path in &files {
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let text = decode(&bytes)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .text;
        let extraction = extract(&text, &Hints::default(), &profiles);
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_yaml_snapshot!(format!("{prefix}__{stem}"), extraction);
        });
    }
    files.len()
}

#[test]
fn fixtures_articles_match_their_snapshots() {
    let n = snapshot_dir("tests/fixtures/articles", "articles");
    assert!(
        n >= 20,
        "expected at least twenty article fixtures, found {n}"
    );
}

#[test]
fn samples_match_their_snapshots() {
    let n = snapshot_dir("samples", "samples");
    assert!(n >= 6, "expected at least six samples, found {n}");
}
