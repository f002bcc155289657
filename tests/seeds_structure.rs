//! Acceptance test of the plain-text extractor's structure (articles, outlet, title, dek, byline,
//! section, dates, captions, chrome) on the real pages in `../shared/seeds`, against the hand labels
//! in `tests/fixtures/seeds/structure.toml`.
//!
//! The seeds are not part of the repository: when the folder is absent the test prints a notice and
//! passes, unless `MORGUE_REQUIRE_SEEDS=1` (as `.ci/run` sets), which makes absence a failure.

#[path = "seeds_support/mod.rs"]
mod seeds_support;
use morgue::extract::{Article, Extraction, Hints, ParagraphKind, Profiles, decode, extract};
use seeds_support::seeds_dir;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Labels {
    file: Vec<FileLabel>,
}

#[derive(Deserialize)]
struct FileLabel {
    name: String,
    #[serde(default)]
    chrome: Vec<String>,
    #[serde(default)]
    chrome_prefixes: Vec<String>,
    article: Vec<ArticleLabel>,
}

#[derive(Deserialize)]
struct ArticleLabel {
    outlet: String,
    title: String,
    dek_prefix: Option<String>,
    byline: Option<String>,
    #[serde(default)]
    authors: Vec<String>,
    section: Option<String>,
    published_at: Option<String>,
    updated_at: Option<String>,
    paragraphs: usize,
    #[serde(default)]
    subheads: usize,
    #[serde(default)]
    bullets: usize,
    #[serde(default)]
    blockquotes: usize,
    #[serde(default)]
    captions: Vec<CaptionLabel>,
}

#[derive(Deserialize)]
struct CaptionLabel {
    prefix: String,
    credit: Option<String>,
}

fn labels() -> Labels {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds/structure.toml");
    let text = std::fs::read_to_string(&path).expect("labels file is readable");
    toml::from_str(&text).expect("labels file is valid")
}

fn run(dir: &Path, name: &str) -> Extraction {
    let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let text = decode(&bytes)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .text;
    extract(&text, &Hints::default(), &Profiles::bundled())
}

fn count(a: &Article, kind: ParagraphKind) -> usize {
    a.paragraphs.iter().filter(|p| p.kind == kind).count()
}

/// Every difference between the labels and the extraction of one file.
fn check_file(dir: &Path, label: &FileLabel) -> Vec<String> {
    let ex = run(dir, &label.name);
    let mut errs = Vec::new();
    let f = &label.name;
    if ex.articles.len() != label.article.len() {
        errs.push(format!(
            "{f}: {} articles, want {}",
            ex.articles.len(),
            label.article.len()
        ));
    }
    for (n, (a, want)) in ex.articles.iter().zip(&label.article).enumerate() {
        let at = format!("{f} article {n}");
        let outlet = a.outlet.as_ref().map(|o| o.name.as_str());
        if outlet != Some(want.outlet.as_str()) {
            errs.push(format!("{at}: outlet {outlet:?}, want {:?}", want.outlet));
        }
        if a.title != want.title {
            errs.push(format!("{at}: title {:?}, want {:?}", a.title, want.title));
        }
        match (&a.dek, &want.dek_prefix) {
            (None, None) => {}
            (Some(d), Some(p)) if d.starts_with(p.as_str()) => {}
            (got, want) => errs.push(format!("{at}: dek {got:?}, want one starting {want:?}")),
        }
        if a.byline != want.byline {
            errs.push(format!(
                "{at}: byline {:?}, want {:?}",
                a.byline, want.byline
            ));
        }
        if a.authors != want.authors {
            errs.push(format!(
                "{at}: authors {:?}, want {:?}",
                a.authors, want.authors
            ));
        }
        if a.section != want.section {
            errs.push(format!(
                "{at}: section {:?}, want {:?}",
                a.section, want.section
            ));
        }
        let day = |d: &Option<String>| d.as_ref().map(|d| d.chars().take(10).collect::<String>());
        if day(&a.published_at) != want.published_at {
            errs.push(format!(
                "{at}: published_at {:?}, want {:?}",
                a.published_at, want.published_at
            ));
        }
        if day(&a.updated_at) != want.updated_at {
            errs.push(format!(
                "{at}: updated_at {:?}, want {:?}",
                a.updated_at, want.updated_at
            ));
        }
        if a.paragraphs.len() != want.paragraphs {
            errs.push(format!(
                "{at}: {} paragraphs, want {}",
                a.paragraphs.len(),
                want.paragraphs
            ));
        }
        for (kind, n_want) in [
            (ParagraphKind::Subhead, want.subheads),
            (ParagraphKind::Bullet, want.bullets),
            (ParagraphKind::Blockquote, want.blockquotes),
        ] {
            let got = count(a, kind);
            if got != n_want {
                errs.push(format!(
                    "{at}: {got} {} paragraphs, want {n_want}",
                    kind.as_str()
                ));
            }
        }
        if a.captions.len() != want.captions.len() {
            errs.push(format!(
                "{at}: {} captions, want {}",
                a.captions.len(),
                want.captions.len()
            ));
        }
        for c in &want.captions {
            match a
                .captions
                .iter()
                .find(|got| got.text.starts_with(&c.prefix))
            {
                None => errs.push(format!("{at}: no caption starting {:?}", c.prefix)),
                Some(got) if got.credit != c.credit => errs.push(format!(
                    "{at}: caption {:?} credit {:?}, want {:?}",
                    c.prefix, got.credit, c.credit
                )),
                Some(_) => {}
            }
            // A caption never stays in the body.
            if a.paragraphs.iter().any(|p| p.text.starts_with(&c.prefix)) {
                errs.push(format!("{at}: caption {:?} left in the body", c.prefix));
            }
        }
        // The title and dek are printed once in the article, not repeated in its body.
        if a.paragraphs
            .iter()
            .any(|p| p.text == a.title || a.dek.as_ref().is_some_and(|d| &p.text == d))
        {
            errs.push(format!("{at}: title or dek repeated in the body"));
        }
        for p in &a.paragraphs {
            if label.chrome.contains(&p.text)
                || label
                    .chrome_prefixes
                    .iter()
                    .any(|c| p.text.starts_with(c.as_str()))
            {
                errs.push(format!("{at}: chrome in the body: {:?}", p.text));
            }
        }
    }
    // Every chrome line is reported as dropped, with a rule.
    for c in &label.chrome {
        if !ex
            .dropped
            .iter()
            .any(|d| d.text == *c && !d.rule.is_empty())
        {
            errs.push(format!("{f}: chrome line {c:?} not reported as dropped"));
        }
    }
    errs
}

#[test]
fn seeds_extract_to_the_labelled_structure() {
    let Some(dir) = seeds_dir("seeds structure test") else {
        return;
    };
    let labels = labels();
    assert_eq!(labels.file.len(), 5, "labels cover the five seeds");
    let total: usize = labels.file.iter().map(|f| f.article.len()).sum();
    assert_eq!(total, 6, "the seeds hold six articles");
    let errs: Vec<String> = labels
        .file
        .iter()
        .flat_map(|f| check_file(&dir, f))
        .collect();
    assert!(
        errs.is_empty(),
        "{} differences:\n{}",
        errs.len(),
        errs.join("\n")
    );
}

#[test]
fn seeds_outlets_follow_the_hints() {
    let Some(dir) = seeds_dir("seeds structure test") else {
        return;
    };
    let bytes = std::fs::read(dir.join("002_145d96fe2ff10499.txt")).expect("seed 002 is readable");
    let text = decode(&bytes).expect("seed 002 decodes").text;
    let hints = Hints {
        outlet: Some("Reuters".into()),
        date: Some("2023-04-12".into()),
        url: None,
    };
    let ex = extract(&text, &hints, &Profiles::bundled());
    let a = &ex.articles[0];
    assert_eq!(a.outlet.as_ref().map(|o| o.name.as_str()), Some("Reuters"));
    assert_eq!(a.published_at.as_deref(), Some("2023-04-12"));
}
