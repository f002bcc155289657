//! `morgue import`: its arguments, progress, `--explain` and the summary. The work is in
//! [`crate::import`].

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::Parser;

use super::Outcome;
use crate::extract::{Extraction, Hints, Profiles};
use crate::import::{self, ALREADY_IMPORTED, FileReport, FileStatus, Observer, Options, Summary};
use crate::store::Store;

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
    /// Store without grouping articles into stories and quote groups (faster for a first bulk load;
    /// the next import without it groups what this one stored).
    #[arg(long)]
    pub no_group: bool,
    /// Print what would be stored and every dropped line with the rule that dropped it.
    #[arg(long)]
    pub explain: bool,
    /// Print the summary as JSON on standard output.
    #[arg(long)]
    pub json: bool,
    /// Refuse files larger than this, without reading them (e.g. 64M, 1G, 500K).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "64M")]
    pub max_file_size: u64,
    /// Commit after this many files at most (a commit also comes every half second): fewer lose
    /// less work if the import is killed, at some speed.
    #[arg(long, value_name = "FILES", default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    pub commit_every: u64,
    /// Threads reading and extracting files [default: one per core].
    #[arg(long, value_name = "N", env = "MORGUE_JOBS")]
    pub jobs: Option<usize>,
}

/// A size in bytes, with an optional K, M or G (powers of 1024; a trailing B is allowed).
fn parse_size(value: &str) -> Result<u64, String> {
    let text = value.trim().to_ascii_uppercase();
    let text = text.strip_suffix('B').unwrap_or(&text);
    let (digits, unit) = match text.char_indices().last() {
        Some((i, 'K')) => (&text[..i], 1 << 10),
        Some((i, 'M')) => (&text[..i], 1 << 20),
        Some((i, 'G')) => (&text[..i], 1 << 30),
        _ => (text, 1),
    };
    digits
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(unit))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("`{value}` is not a size: write e.g. 64M, 1G or 500K"))
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

pub(super) fn parse_date(value: &str) -> Result<String, String> {
    let date = value.get(..10).unwrap_or(value);
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(date, &format)
        .map(|_| value.to_owned())
        .map_err(|_| format!("`{value}` is not a date: write it as YYYY-MM-DD, e.g. 2023-04-11"))
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let options = Options {
        hints: Hints {
            outlet: args.outlet.clone(),
            url: args.url.clone(),
            date: args.date.clone(),
        },
        profiles: load_profiles(args.profiles.as_deref())?,
        max_file_size: args.max_file_size,
        jobs: args.jobs.unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
        }),
        imported_at: import_time()?,
    };
    let mut store = if args.dry_run {
        None
    } else {
        let mut store = Store::open(db)?;
        store.set_grouping(!args.no_group);
        store.set_files_per_commit(usize::try_from(args.commit_every).unwrap_or(usize::MAX));
        Some(store)
    };
    let mut reporter = Reporter::new(&args);
    let summary = import::run(&args.paths, store.as_mut(), &options, &mut reporter)?;
    reporter.progress.finish_and_clear();
    if let Some(err) = reporter.explain_error.take() {
        return Err(err.into());
    }

    if let Some(json) = reporter.json.as_mut() {
        json.finish(&summary)?;
    } else {
        print_summary(&summary, args.dry_run)?;
    }
    if let Some(store) = &store {
        super::status::hint_outdated(store)?;
    }
    if let Some(stopped) = &summary.stopped {
        bail!(
            "cannot write to the archive {}: {}. The import stopped there: {} files of this import \
             are stored whole, {} were not imported and nothing of them was stored. Free disk space or make \
             the archive and its folder writable, then run the same import again (stored files are \
             skipped)",
            db.display(),
            stopped.error,
            summary.imported,
            stopped.not_imported
        );
    }
    Ok(if summary.failed > 0 {
        Outcome::PartialFailure
    } else {
        Outcome::Success
    })
}

/// The `--json` output, one object: every file's report (`files`), then the totals. The reports
/// are written as files finish, not kept: at 100,000 files keeping them was most of the import's
/// growth in memory (25 MB of JSON).
#[derive(Default)]
struct JsonOutput {
    files_written: usize,
    /// The first failure to write standard output, reported when the import ends.
    error: Option<std::io::Error>,
}

impl JsonOutput {
    fn file(&mut self, report: &FileReport) {
        if self.error.is_none() {
            self.error = self.write_file(report).err();
        }
    }

    fn write_file(&mut self, report: &FileReport) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(if self.files_written == 0 {
            b"{\n  \"files\": [\n"
        } else {
            b",\n"
        })?;
        self.files_written += 1;
        write_indented(&mut out, &serde_json::to_string_pretty(report)?, "    ")
    }

    /// Closes the object with the totals.
    fn finish(&mut self, summary: &Summary) -> std::io::Result<()> {
        if let Some(err) = self.error.take() {
            return Err(err);
        }
        let mut out = std::io::stdout().lock();
        out.write_all(if self.files_written == 0 {
            b"{\n  \"files\": [],\n"
        } else {
            b"\n  ],\n"
        })?;
        let totals = serde_json::to_string_pretty(summary)?;
        // The totals' own object, without its opening brace, closes this one.
        out.write_all(totals.strip_prefix("{\n").unwrap_or(&totals).as_bytes())?;
        writeln!(out)?;
        out.flush()
    }
}

/// Writes `text` with `indent` before each of its lines.
fn write_indented(out: &mut impl Write, text: &str, indent: &str) -> std::io::Result<()> {
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(indent.as_bytes())?;
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// Progress, `--explain`, and the per-file lines of the summary, printed as the import goes.
struct Reporter {
    progress: indicatif::ProgressBar,
    explain: bool,
    explain_error: Option<std::io::Error>,
    /// Where the reports go with `--json`.
    json: Option<JsonOutput>,
}

impl Reporter {
    fn new(args: &Args) -> Reporter {
        let progress = indicatif::ProgressBar::new(0);
        progress.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        progress.set_draw_target(indicatif::ProgressDrawTarget::hidden());
        Reporter {
            progress,
            explain: args.explain,
            explain_error: None,
            json: args.json.then(JsonOutput::default),
        }
    }
}

impl Observer for Reporter {
    fn collected(&mut self, files: usize) {
        self.progress.set_length(files as u64);
        if self.json.is_none() && files >= 2 {
            self.progress
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }

    fn extracted(&mut self, path: &str, extraction: &Extraction) {
        if self.explain && self.explain_error.is_none() {
            let result = explain(&mut std::io::stdout().lock(), path, extraction);
            self.explain_error = result.err();
        }
    }

    fn finished(&mut self, report: &FileReport) {
        self.progress.inc(1);
        if let Some(json) = self.json.as_mut() {
            json.file(report);
            return;
        }
        self.progress.suspend(|| {
            let _ = print_file(report);
        });
    }
}

fn print_file(file: &FileReport) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
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
    Ok(())
}

/// Now, unless SOURCE_DATE_EPOCH says otherwise, so that the sample archive can be rebuilt byte for byte.
pub(super) fn import_time() -> anyhow::Result<String> {
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
