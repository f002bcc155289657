//! The README's examples run as shown. Every command line in a ```sh block of README.md is run, in
//! a fresh folder holding a copy of `samples/`, `sample.db.sql` and an archive `morgue.db` imported
//! from the samples (what the tour's first command makes); each must exit 0 and print something.
//! A command line that does not start with `morgue` must be on [`SKIPPED`], with the reason, so a new
//! example cannot go untested by accident. See issue 9.

#[path = "query_support/mod.rs"]
mod support;

use std::path::Path;

use support::morgue;

/// Lines that are not run, by how they start (or a word they contain), and why.
const SKIPPED: &[(&str, &str)] = &[
    (
        "cargo ",
        "builds and tests the project: running cargo inside `cargo test` would wait on its own build lock",
    ),
    (
        "pbpaste",
        "pbpaste is the macOS clipboard, not there on Linux or in CI",
    ),
    (
        "sqlite3 ",
        "the sqlite3 shell is not a dependency of morgue",
    ),
    ("datasette", "Datasette is a separate Python program"),
    (
        "morgue serve",
        "starts Datasette, which serves until stopped; tests/datasette.rs runs `serve --dry-run` and \
         .ci/browser-test serves the sample archive",
    ),
];

/// The command lines of every ```sh block, in order.
fn examples(readme: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut in_sh = false;
    for line in readme.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            in_sh = !in_sh && trimmed == "```sh";
            continue;
        }
        if in_sh && !trimmed.is_empty() {
            lines.push(trimmed.to_owned());
        }
    }
    lines
}

/// Splits a command line as a POSIX shell would for the forms the README uses: words, '…' and "…"
/// quoting, and a `#` comment to the end of the line. Anything else (pipes, redirections) is refused,
/// as such a line must be on the skip list.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    w.push(c);
                }
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => w.extend(chars.next()),
                        c => w.push(c),
                    }
                }
            }
            '#' if word.is_none() => break,
            '|' | '>' | '<' | '&' | ';' | '$' | '`' => {
                panic!(
                    "README line `{line}` uses the shell's {c}: put it on SKIPPED or write it without"
                )
            }
            c if c.is_whitespace() => words.extend(word.take()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
fn every_readme_example_runs_on_the_samples_and_prints_something() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let template = tempfile::TempDir::new().unwrap();
    copy_dir(&root.join("samples"), &template.path().join("samples"));
    std::fs::copy(
        root.join("sample.db.sql"),
        template.path().join("sample.db.sql"),
    )
    .unwrap();
    let built = morgue(template.path())
        .args(["import", "samples"])
        .output()
        .unwrap();
    assert!(built.status.success(), "{built:?}");

    let mut ran = 0;
    for line in examples(&readme) {
        if let Some((_, why)) = SKIPPED
            .iter()
            .find(|(start, _)| line.starts_with(start) || line.contains(start))
        {
            eprintln!("skipped: {line}\n    ({why})");
            continue;
        }
        let words = shell_words(&line);
        assert_eq!(
            words.first().map(String::as_str),
            Some("morgue"),
            "README line `{line}` is neither a morgue command nor on SKIPPED"
        );
        // Each example gets its own copy of the folder, so one cannot make another pass or fail.
        let dir = tempfile::TempDir::new().unwrap();
        copy_dir(
            &template.path().join("samples"),
            &dir.path().join("samples"),
        );
        for file in ["sample.db.sql", "morgue.db"] {
            std::fs::copy(template.path().join(file), dir.path().join(file)).unwrap();
        }
        let out = morgue(dir.path()).args(&words[1..]).output().unwrap();
        assert!(
            out.status.success(),
            "README example `{line}` failed: {}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            !out.stdout.is_empty() || !out.stderr.is_empty(),
            "README example `{line}` printed nothing"
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stderr.contains("nothing matches") && !stderr.contains("nothing to search for"),
            "README example `{line}` finds nothing in the samples: {stderr}"
        );
        ran += 1;
    }
    assert!(
        ran >= 15,
        "only {ran} README examples ran: is the README's ```sh parsing broken?"
    );
}

#[test]
fn shell_words_splits_like_a_shell_for_the_readme_forms() {
    assert_eq!(
        shell_words(r#"morgue search '"dock strike"' --outlet "The Vell Courier"   # a comment"#),
        [
            "morgue",
            "search",
            "\"dock strike\"",
            "--outlet",
            "The Vell Courier"
        ]
    );
    assert_eq!(
        shell_words("morgue sql \"SELECT 'a#b'\" -p o=2"),
        ["morgue", "sql", "SELECT 'a#b'", "-p", "o=2"]
    );
}
