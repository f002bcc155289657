//! `morgue import`: read files, decode, extract, store; one transaction per file, and a summary.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::Parser;
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::Outcome;
use crate::extract::{self, Extraction, Hints, Profiles};
use crate::store::{ImportCounts, NewSource, Store, WriteOutcome};

#[derive(Debug, Parser)]
pub struct Args {
    /// Files, directories (searched recursively for .txt and .html files), or - for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The outlet that published the files, when the text does not say.
    #[arg(long)]
    pub outlet: Option<String>,
    /// The page's address, when the text does not hold it.
    #[arg(long, value_parser = parse_url)]
    pub url: Option<String>,
    /// The publication date (YYYY-MM-DD), when the text does not show it.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<String>,
    /// Outlet profiles that add to or override the bundled ones
    /// [default: $MORGUE_PROFILES, else ~/.config/morgue/profiles.toml when it exists].
    #[arg(long, value_name = "FILE")]
    pub profiles: Option<PathBuf>,
    /// Extract but store nothing (the archive is not opened).
    #[arg(long)]
    pub dry_run: bool,
    /// Print what would be stored and every dropped line with the rule that dropped it.
    #[arg(long)]
    pub explain: bool,
    /// Print the summary as JSON on standard output.
    #[arg(long)]
    pub json: bool,
}

/// The page's web address as a browser shows it: it is stored as the article's URL and its domain
/// picks the outlet, so `notaurl` or `example.org/a` is refused with the fix.
fn parse_url(value: &str) -> Result<String, String> {
    match url::Url::parse(value) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => {
            Ok(value.to_owned())
        }
        Ok(url) => Err(format!(
            "`{value}` is not a web page's address (it starts with {}:): give its http:// or https:// address",
            url.scheme()
        )),
        Err(_) if !value.contains("://") && value.contains('.') && !value.contains(' ') => {
            Err(format!(
                "`{value}` is not a full web address: write it with https://, e.g. https://{value}"
            ))
        }
        Err(err) => Err(format!(
            "`{value}` is not a web address ({err}): give the page's address, e.g. https://example.org/2024/03/story"
        )),
    }
}

fn parse_date(value: &str) -> Result<String, String> {
    let date = value.get(..10).unwrap_or(value);
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(date, &format)
        .map(|_| value.to_owned())
        .map_err(|_| format!("`{value}` is not a date: write it as YYYY-MM-DD, e.g. 2023-04-11"))
}

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub imported: usize,
    pub skipped: usize,
    pub failed: usize,
    #[serde(flatten)]
    pub counts: ImportCounts,
    pub files: Vec<FileReport>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileStatus {
    Imported,
    /// Extracted in a dry run: nothing was stored.
    Extracted,
    Skipped,
    Failed,
}

#[derive(Debug, Serialize)]
pub struct FileReport {
    pub path: String,
    pub status: FileStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    #[serde(flatten)]
    pub counts: ImportCounts,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let profiles = load_profiles(args.profiles.as_deref())?;
    let hints = Hints {
        outlet: args.outlet.clone(),
        url: args.url.clone(),
        date: args.date.clone(),
    };
    let inputs = collect_inputs(&args.paths)?;
    let mut store = if args.dry_run {
        None
    } else {
        Some(Store::open(db)?)
    };
    let imported_at = import_time()?;

    let progress = indicatif::ProgressBar::new(inputs.len() as u64);
    progress.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    if args.json || inputs.len() < 2 {
        progress.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }

    let known = match &store {
        Some(store) => store.known_sources()?,
        None => HashMap::new(),
    };
    let mut summary = Summary::default();
    let stdout = std::io::stdout();
    // Reading, decoding and extracting are pure and run in parallel; storing stays in input order on
    // this thread, so ids and dumps do not depend on thread timing. Batches bound the memory held.
    for batch in inputs.chunks(PARALLEL_BATCH) {
        let prepared: Vec<Prepared> = batch
            .par_iter()
            .map(|input| prepare(input, &hints, &profiles, &known))
            .collect();
        for (input, prepared) in batch.iter().zip(prepared) {
            progress.set_message(input.display_name());
            if let (true, Prepared::Extracted { extraction, .. }) = (args.explain, &prepared) {
                explain(&mut stdout.lock(), &input.display_name(), extraction)?;
            }
            let report = finish(input.display_name(), prepared, store.as_mut(), &imported_at);
            match report.status {
                FileStatus::Imported | FileStatus::Extracted => summary.imported += 1,
                FileStatus::Skipped => summary.skipped += 1,
                FileStatus::Failed => summary.failed += 1,
            }
            summary.counts += report.counts;
            summary.files.push(report);
            progress.inc(1);
        }
    }
    progress.finish_and_clear();

    if args.json {
        let mut out = stdout.lock();
        serde_json::to_writer_pretty(&mut out, &summary)?;
        writeln!(out)?;
    } else {
        print_summary(&summary, args.dry_run)?;
    }
    Ok(if summary.failed > 0 {
        Outcome::PartialFailure
    } else {
        Outcome::Success
    })
}

enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    fn display_name(&self) -> String {
        match self {
            Input::File(path) => path.display().to_string(),
            Input::Stdin => "<stdin>".to_owned(),
        }
    }

    fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Input::File(path) => std::fs::read(path),
            Input::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin().read_to_end(&mut bytes)?;
                Ok(bytes)
            }
        }
    }
}

/// Expands directories into their text and HTML files, sorted so that imports (and dumps) are reproducible.
/// A file named on the command line is taken whatever its extension; a missing path is an error before
/// anything is imported, since it is almost always a typo.
fn collect_inputs(paths: &[PathBuf]) -> anyhow::Result<Vec<Input>> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files)
                .with_context(|| format!("cannot read directory {}", path.display()))?;
            files.sort();
            inputs.extend(files.into_iter().map(Input::File));
        } else if path.exists() {
            inputs.push(Input::File(path.clone()));
        } else {
            bail!("{}: no such file or directory", path.display());
        }
    }
    Ok(inputs)
}

/// What a directory import picks up: copied page text and saved pages. Anything else in a clippings
/// folder (READMEs, images) is passed over; name a file explicitly to import it whatever its extension.
const IMPORTED_EXTENSIONS: [&str; 4] = ["txt", "text", "html", "htm"];

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let hidden = path
            .file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|ext| {
            IMPORTED_EXTENSIONS
                .iter()
                .any(|e| ext.eq_ignore_ascii_case(e))
        }) {
            files.push(path);
        }
    }
    Ok(())
}

/// Files per parallel batch: enough to keep every core busy, few enough to bound memory.
const PARALLEL_BATCH: usize = 64;

/// A file read, identified and extracted, not yet stored.
enum Prepared {
    Failed(String),
    Skipped {
        earlier_path: String,
    },
    Extracted {
        sha256: String,
        bytes: u64,
        format: String,
        extraction: Extraction,
    },
}

fn prepare(
    input: &Input,
    hints: &Hints,
    profiles: &Profiles,
    known: &HashMap<String, String>,
) -> Prepared {
    let bytes = match input.read() {
        Ok(bytes) => bytes,
        Err(err) => return Prepared::Failed(format!("cannot read it: {err}")),
    };
    let sha256 = hex(&Sha256::digest(&bytes));
    if let Some(earlier_path) = known.get(&sha256) {
        return Prepared::Skipped {
            earlier_path: earlier_path.clone(),
        };
    }
    let decoded = match extract::decode(&bytes) {
        Ok(decoded) => decoded,
        Err(err) => return Prepared::Failed(err.to_string()),
    };
    let mut extraction = extract::extract(&decoded.text, hints, profiles);
    extraction.warnings.splice(0..0, decoded.warnings());
    let kind = if extract::html::looks_like_html(&decoded.text) {
        "html"
    } else {
        "text"
    };
    let format = if decoded.encoding == "UTF-8" {
        kind.to_owned()
    } else {
        format!("{kind};charset={}", decoded.encoding)
    };
    Prepared::Extracted {
        sha256,
        bytes: bytes.len() as u64,
        format,
        extraction,
    }
}

fn finish(
    path: String,
    prepared: Prepared,
    store: Option<&mut Store>,
    imported_at: &str,
) -> FileReport {
    let failed = |path: String, reason: String| FileReport {
        path,
        status: FileStatus::Failed,
        reason: Some(reason),
        warnings: Vec::new(),
        counts: ImportCounts::default(),
    };
    let (sha256, bytes, format, extraction) = match prepared {
        Prepared::Failed(reason) => return failed(path, reason),
        Prepared::Skipped { earlier_path } => return skipped(path, earlier_path),
        Prepared::Extracted {
            sha256,
            bytes,
            format,
            extraction,
        } => (sha256, bytes, format, extraction),
    };
    if extraction.articles.is_empty() {
        return failed(
            path,
            "no article found in it: is it the text of a news page?".to_owned(),
        );
    }
    let status = if store.is_some() {
        FileStatus::Imported
    } else {
        FileStatus::Extracted
    };
    let counts = match store {
        None => counts_of(&extraction),
        Some(store) => {
            let source = NewSource {
                path: &path,
                sha256: &sha256,
                bytes,
                format: &format,
                imported_at,
            };
            match store.write_source(&source, &extraction.articles) {
                Ok(WriteOutcome::Imported(counts)) => counts,
                Ok(WriteOutcome::AlreadyImported { earlier_path }) => {
                    return skipped(path, earlier_path);
                }
                Err(err) => return failed(path, format!("cannot store it: {err}")),
            }
        }
    };
    FileReport {
        path,
        status,
        reason: None,
        warnings: extraction.warnings,
        counts,
    }
}

/// The reason of a file skipped under the path it was imported with; one imported under another path
/// says which, and is the only kind of skip the summary names.
const ALREADY_IMPORTED: &str = "already imported";

fn skipped(path: String, earlier_path: String) -> FileReport {
    let reason = if earlier_path == path {
        ALREADY_IMPORTED.to_owned()
    } else {
        format!("{ALREADY_IMPORTED} (same bytes as {earlier_path})")
    };
    FileReport {
        path,
        status: FileStatus::Skipped,
        reason: Some(reason),
        warnings: Vec::new(),
        counts: ImportCounts::default(),
    }
}

fn counts_of(extraction: &Extraction) -> ImportCounts {
    let mut counts = ImportCounts::default();
    for article in &extraction.articles {
        counts += ImportCounts {
            articles: 1,
            paragraphs: article.paragraphs.len(),
            captions: article.captions.len(),
            quotes: article.quotes.len(),
        };
    }
    counts
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Now, unless SOURCE_DATE_EPOCH says otherwise, so that the sample archive can be rebuilt byte for byte.
fn import_time() -> anyhow::Result<String> {
    let now = match super::source_date_epoch()? {
        Some(epoch) => epoch,
        None => time::OffsetDateTime::now_utc().replace_nanosecond(0)?,
    };
    Ok(now.format(&time::format_description::well_known::Rfc3339)?)
}

/// The bundled profiles, plus the user's file: --profiles, else $MORGUE_PROFILES, else
/// ~/.config/morgue/profiles.toml when it exists.
pub fn load_profiles(explicit: Option<&Path>) -> anyhow::Result<Profiles> {
    let mut profiles = Profiles::bundled();
    let user_file = explicit
        .map(Path::to_path_buf)
        .or_else(default_profiles_path);
    if let Some(path) = user_file {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read outlet profiles {}", path.display()))?;
        profiles
            .merge_user(&text)
            .with_context(|| format!("in outlet profiles {}", path.display()))?;
    }
    Ok(profiles)
}

fn default_profiles_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("MORGUE_PROFILES") {
        return Some(PathBuf::from(path));
    }
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))?;
    let path = config.join("morgue").join("profiles.toml");
    path.is_file().then_some(path)
}

fn explain(out: &mut dyn Write, path: &str, extraction: &Extraction) -> std::io::Result<()> {
    writeln!(out, "== {path}")?;
    for warning in &extraction.warnings {
        writeln!(out, "warning: {warning}")?;
    }
    for (i, article) in extraction.articles.iter().enumerate() {
        writeln!(out, "-- article {} of {}", i + 1, extraction.articles.len())?;
        let field = |name: &str, value: &Option<String>| {
            format!("{name:>10}: {}", value.as_deref().unwrap_or("-"))
        };
        writeln!(out, "{:>10}: {}", "title", article.title)?;
        writeln!(
            out,
            "{}",
            field("outlet", &article.outlet.as_ref().map(|o| o.name.clone()))
        )?;
        writeln!(out, "{}", field("dek", &article.dek))?;
        writeln!(out, "{}", field("byline", &article.byline))?;
        writeln!(out, "{:>10}: {}", "authors", article.authors.join("; "))?;
        writeln!(out, "{}", field("section", &article.section))?;
        writeln!(out, "{}", field("published", &article.published_at))?;
        writeln!(out, "{}", field("updated", &article.updated_at))?;
        writeln!(out, "{}", field("url", &article.url))?;
        for (n, paragraph) in article.paragraphs.iter().enumerate() {
            writeln!(
                out,
                "  [{n} {}] {}",
                paragraph.kind.as_str(),
                paragraph.text
            )?;
        }
        for caption in &article.captions {
            writeln!(
                out,
                "  caption: {} | credit: {}",
                caption.text,
                caption.credit.as_deref().unwrap_or("-")
            )?;
        }
        for quote in &article.quotes {
            let speaker = quote.speaker.as_ref().map_or("-".to_owned(), |s| {
                format!("{} ({})", s.name, s.kind.as_str())
            });
            writeln!(
                out,
                "  quote [{} {}] {speaker}: {}",
                quote.paragraph,
                quote.kind.as_str(),
                quote.text
            )?;
        }
    }
    if !extraction.dropped.is_empty() {
        writeln!(out, "-- dropped lines")?;
        for dropped in &extraction.dropped {
            writeln!(
                out,
                "  {}:{} [{}] {}",
                path, dropped.line, dropped.rule, dropped.text
            )?;
        }
    }
    Ok(())
}

fn print_summary(summary: &Summary, dry_run: bool) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    for file in &summary.files {
        match file.status {
            FileStatus::Failed => writeln!(
                err,
                "failed: {}: {}",
                file.path,
                file.reason.as_deref().unwrap_or("unknown reason")
            )?,
            // Re-importing a folder skips every file already in it; only name the surprising ones,
            // whose bytes were imported under another path.
            FileStatus::Skipped if file.reason.as_deref() != Some(ALREADY_IMPORTED) => writeln!(
                err,
                "skipped: {}: {}",
                file.path,
                file.reason.as_deref().unwrap_or("")
            )?,
            _ => {}
        }
        for warning in &file.warnings {
            writeln!(err, "warning: {}: {warning}", file.path)?;
        }
    }
    let verb = if dry_run {
        "extracted (dry run, nothing stored)"
    } else {
        "imported"
    };
    writeln!(
        err,
        "{} files {verb}, {} skipped, {} failed: {} articles, {} paragraphs, {} captions, {} quotes",
        summary.imported,
        summary.skipped,
        summary.failed,
        summary.counts.articles,
        summary.counts.paragraphs,
        summary.counts.captions,
        summary.counts.quotes,
    )
}
