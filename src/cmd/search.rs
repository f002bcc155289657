//! `morgue search TERMS…`: ranked full-text search over articles and quotes.

use std::io::IsTerminal;
use std::path::Path;

use clap::Parser;

use super::Outcome;
use super::sql::{LimitArgs, OutputArgs, run_to_output};
use crate::export::Destination;
use crate::query::search::{self, DEFAULT_CANDIDATES, Filters, Ranking, Scope};
use crate::query::{Guarded, dates, fts_query};

#[derive(Debug, Parser)]
pub struct Args {
    /// What to look for: words as written (all must match; Al-Awsat, U.S., O'Brien), "a phrase",
    /// a OR b, a NOT b, NEAR(a b, 5), prefix*, (groups), and with --in articles a column filter
    /// (title:word). Several arguments are joined with spaces.
    #[arg(required = true, value_name = "TERMS")]
    pub terms: Vec<String>,
    /// Only articles from outlets whose name contains this (any case).
    #[arg(long)]
    pub outlet: Option<String>,
    /// Only quotes by a speaker whose name or alias contains this (any case); searches quotes only.
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only articles published on or after this date (YYYY-MM-DD, or YYYY-MM, or YYYY).
    #[arg(long, value_name = "DATE", value_parser = iso_date_prefix)]
    pub since: Option<String>,
    /// Only articles published on or before this date, the whole day (month, year) included.
    #[arg(long, value_name = "DATE", value_parser = iso_date_prefix)]
    pub until: Option<String>,
    /// Only the articles of this story, and their quotes (its number: `morgue query stories` lists them,
    /// `morgue show ID` gives an article's).
    #[arg(long, value_name = "STORY")]
    pub story: Option<u64>,
    /// Search articles, quotes, or both.
    #[arg(long = "in", value_enum, default_value_t = Scope::All)]
    pub scope: Scope,
    /// At most this many results, best first, or `all`. Default: the best 20 when the results go to a
    /// terminal (stderr says so when there may be more), all of them into a pipe or a file (-o). With a
    /// limit, each index ranks only its most recently imported matches that pass the filters,
    /// --rank-within of them (or N if more): for a word found in more rows than that, the results are
    /// the best of the newest, and stderr says so.
    #[arg(long, value_name = "N|all", value_parser = limit)]
    pub limit: Option<Limit>,
    /// With --limit, how many of each index's most recently imported matches are ranked, or `all`
    /// to rank every match (exact, and slower for common words: bm25 is computed for each match).
    #[arg(long, value_name = "N|all", default_value_t = Ranking::Capped(DEFAULT_CANDIDATES), value_parser = ranking)]
    pub rank_within: Ranking,
    #[command(flatten)]
    pub time: LimitArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Dates are compared as text with the stored ISO-8601 values, so anything but a real ISO date (or
/// its year or month) would silently match the wrong articles.
fn iso_date_prefix(text: &str) -> Result<String, String> {
    dates::iso_date_prefix(text).map(|()| text.to_owned())
}

/// A number of matches to rank, or `all`; 0 would rank nothing and show nothing.
fn ranking(text: &str) -> Result<Ranking, String> {
    if text.eq_ignore_ascii_case("all") {
        return Ok(Ranking::All);
    }
    match text.parse::<u64>() {
        Ok(n) if n > 0 => Ok(Ranking::Capped(n)),
        _ => Err(format!(
            "`{text}` is not a number of matches to rank: give a whole number, 1 or more, or `all`"
        )),
    }
}

/// What `--limit` asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Rows(u64),
    All,
}

/// Results a search shows on a terminal when no `--limit` is given: a screenful, best first. Every
/// match of a common word is tens of thousands of rows at archive scale, which scroll the best ones
/// away and take seconds to rank.
pub const TERMINAL_LIMIT: u64 = 20;

/// A number of results, or `all`; `--limit 0` would print nothing and look like a search that found
/// nothing.
fn limit(text: &str) -> Result<Limit, String> {
    if text.eq_ignore_ascii_case("all") {
        return Ok(Limit::All);
    }
    match text.parse::<u64>() {
        Ok(0) => Err("0 would show no results: give 1 or more, or `all`".to_owned()),
        Ok(n) => Ok(Limit::Rows(n)),
        Err(_) => Err(format!(
            "`{text}` is not a number of results: give a whole number, 1 or more, or `all`"
        )),
    }
}

/// The limit in force: the one asked for, else a screenful on a terminal, else none.
fn effective_limit(asked: Option<Limit>, to_terminal: bool) -> Option<u64> {
    match asked {
        Some(Limit::Rows(n)) => Some(n),
        Some(Limit::All) => None,
        None if to_terminal => Some(TERMINAL_LIMIT),
        None => None,
    }
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let typed = args.terms.join(" ");
    let expression = fts_query(&typed)?;
    // Punctuation alone has no word to find; FTS5 matches nothing for an empty phrase, so the
    // output keeps its header (CSV, JSON) and says why it is empty.
    let searchable = expression.is_some();
    let expression = expression.unwrap_or_else(|| "\"\"".to_owned());
    let filtered: Vec<&str> = [
        ("--outlet", &args.outlet),
        ("--speaker", &args.speaker),
        ("--since", &args.since),
        ("--until", &args.until),
        ("--story", &args.story.map(|s| s.to_string())),
    ]
    .into_iter()
    .filter_map(|(flag, value)| value.as_ref().map(|_| flag))
    .collect();
    let filters = Filters {
        outlet: args.outlet.unwrap_or_default(),
        speaker: args.speaker.unwrap_or_default(),
        since: args.since.unwrap_or_default(),
        until: args.until.unwrap_or_default(),
        story: args.story.map(|s| s.to_string()).unwrap_or_default(),
    };
    let ranking = args.rank_within;
    let to_terminal =
        matches!(args.output.destination(), Destination::Stdout) && std::io::stdout().is_terminal();
    let limit = effective_limit(args.limit, to_terminal);
    let (sql, params) = search::statement(&expression, args.scope, &filters, limit, ranking);
    let guarded = Guarded::open(db, args.time.duration()?)?;
    let summary = run_to_output(&guarded, &sql, &params, &args.output).map_err(|err| {
        match err.downcast::<crate::query::QueryError>() {
            Ok(err) => search::explain_error(err).into(),
            Err(other) => other,
        }
    })?;
    if searchable
        && let Some((probe, probe_params)) =
            search::probe(&expression, args.scope, &filters, limit, ranking)
        && guarded.single_integer(&probe, &probe_params)? == 1
    {
        // The ranking was of a part of the matches: a reader must know the list is not the best of all.
        let cap = search::candidates(ranking, limit).unwrap_or_default();
        eprintln!(
            "morgue: more than {cap} rows match {typed}: these are the best of the {cap} most recently \
             imported (of articles and of quotes each); --rank-within all ranks every match"
        );
    }
    if args.limit.is_none() && limit.is_some() && summary.rows == TERMINAL_LIMIT {
        eprintln!(
            "morgue: showing the best {TERMINAL_LIMIT} (the default on a terminal): --limit N for more, \
             --limit all for every match; a pipe or -o FILE gets every match"
        );
    }
    // An empty result looks the same as a broken command; say so, and what usually helps.
    if !searchable {
        eprintln!(
            "morgue: nothing to search for in `{typed}`: it holds no word, so nothing matches (e.g. `morgue search strike`)"
        );
    } else if summary.rows == 0 {
        let drop_filters = if filtered.is_empty() {
            String::new()
        } else {
            format!(", or drop {}", filtered.join(" or "))
        };
        eprintln!(
            "morgue: nothing matches {typed}: all words must match; try fewer words, word* for any ending, \
             a OR b{drop_filters}"
        );
    }
    Ok(Outcome::Success)
}
