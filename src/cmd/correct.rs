//! `morgue correct article|quote|caption|speaker ID --FIELD VALUE` and `morgue correct --undo ID`:
//! an editor's corrections, kept by the archive and applied again after every re-extraction. The
//! work is in the store ([`crate::store::Correction`]).

use std::path::Path;

use clap::{Parser, Subcommand};

use super::Outcome;
use crate::store::{ArticleField, Correction, Store};

#[derive(Debug, Parser)]
#[command(args_conflicts_with_subcommands = true, arg_required_else_help = true)]
pub struct Args {
    /// Remove correction ID (`morgue corrections` lists them), putting back what it replaced.
    #[arg(long, value_name = "ID")]
    pub undo: Option<i64>,
    #[command(subcommand)]
    pub what: Option<What>,
}

#[derive(Debug, Subcommand)]
pub enum What {
    /// An article's metadata (`articles.id`, as `morgue show` prints it).
    Article(ArticleArgs),
    /// A quote's speaker or words, or that it is not a quote (`quotes.id`).
    Quote(QuoteArgs),
    /// A caption's credit (`captions.id`).
    Caption(CaptionArgs),
    /// A speaker's name or kind, or which speaker it is (`morgue speakers` prints the ids).
    Speaker(SpeakerArgs),
}

#[derive(Debug, Parser)]
#[command(group(clap::ArgGroup::new("field").required(true).multiple(true)
    .args(["title", "dek", "byline", "published", "outlet", "section"])))]
pub struct ArticleArgs {
    pub id: i64,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub dek: Option<String>,
    #[arg(long)]
    pub byline: Option<String>,
    /// YYYY-MM-DD, optionally with a time.
    #[arg(long, value_name = "DATE", value_parser = super::import::parse_date)]
    pub published: Option<String>,
    /// The outlet's name (a new outlet is added when the archive has none of that name).
    #[arg(long, value_name = "NAME")]
    pub outlet: Option<String>,
    #[arg(long)]
    pub section: Option<String>,
}

#[derive(Debug, Parser)]
#[command(group(clap::ArgGroup::new("field").required(true).multiple(true)
    .args(["speaker", "text", "not_a_quote"])))]
pub struct QuoteArgs {
    pub id: i64,
    /// Who said it: a spelling of a speaker in the archive, or a new person's name.
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// The quoted words as they should read.
    #[arg(long, value_name = "T")]
    pub text: Option<String>,
    /// It is not a quote: it is removed, and stays removed after re-extraction.
    #[arg(long, conflicts_with_all = ["speaker", "text"])]
    pub not_a_quote: bool,
}

#[derive(Debug, Parser)]
pub struct CaptionArgs {
    pub id: i64,
    #[arg(long, value_name = "C")]
    pub credit: String,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Kind {
    Person,
    Organization,
    Unknown,
}

#[derive(Debug, Parser)]
#[command(group(clap::ArgGroup::new("change").required(true)
    .args(["name", "kind", "merge_into", "split_alias"])))]
pub struct SpeakerArgs {
    pub id: i64,
    /// The speaker's name as it should read (the old one stays a spelling of it).
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    #[arg(long, value_enum, value_name = "K")]
    pub kind: Option<Kind>,
    /// The same speaker as speaker ID: its quotes and spellings move there.
    #[arg(long, value_name = "ID")]
    pub merge_into: Option<i64>,
    /// A spelling filed under this speaker that is someone else: it becomes a speaker of its own,
    /// with the quotes attributed to that spelling.
    #[arg(long, value_name = "ALIAS")]
    pub split_alias: Option<String>,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let mut store = Store::open(db)?;
    if let Some(id) = args.undo {
        return undo(&mut store, id);
    }
    let Some(what) = args.what else {
        anyhow::bail!("say what to correct (`morgue correct article ID --title T`), or --undo ID");
    };
    let at = super::import::import_time()?;
    for correction in corrections(what) {
        let made = store.correct(&correction, &at)?;
        eprintln!(
            "correction {}: {} (was {})",
            made.id,
            describe(&correction),
            made.previous
                .as_deref()
                .map_or("empty".to_owned(), |p| format!("\"{p}\""))
        );
    }
    Ok(Outcome::Success)
}

fn corrections(what: What) -> Vec<Correction> {
    match what {
        What::Article(a) => {
            let fields = [
                (ArticleField::Title, a.title),
                (ArticleField::Dek, a.dek),
                (ArticleField::Byline, a.byline),
                (ArticleField::Published, a.published),
                (ArticleField::Outlet, a.outlet),
                (ArticleField::Section, a.section),
            ];
            fields
                .into_iter()
                .filter_map(|(field, value)| {
                    value.map(|value| Correction::Article {
                        id: a.id,
                        field,
                        value,
                    })
                })
                .collect()
        }
        What::Quote(q) if q.not_a_quote => vec![Correction::NotAQuote { id: q.id }],
        What::Quote(q) => {
            let mut list = Vec::new();
            if let Some(text) = q.text {
                list.push(Correction::QuoteText { id: q.id, text });
            }
            if let Some(name) = q.speaker {
                list.push(Correction::QuoteSpeaker { id: q.id, name });
            }
            list
        }
        What::Caption(c) => vec![Correction::CaptionCredit {
            id: c.id,
            credit: c.credit,
        }],
        What::Speaker(s) => {
            let id = s.id;
            let correction = if let Some(name) = s.name {
                Correction::SpeakerName { id, name }
            } else if let Some(kind) = s.kind {
                let kind = format!("{kind:?}").to_lowercase();
                Correction::SpeakerKind { id, kind }
            } else if let Some(into) = s.merge_into {
                Correction::SpeakerMerge { id, into }
            } else {
                let alias = s.split_alias.unwrap_or_default();
                Correction::SpeakerSplit { id, alias }
            };
            vec![correction]
        }
    }
}

fn describe(correction: &Correction) -> String {
    match correction {
        Correction::Article { id, field, value } => {
            format!("article {id} {field:?} is now \"{value}\"")
        }
        Correction::QuoteSpeaker { id, name } => format!("quote {id} was said by {name}"),
        Correction::QuoteText { id, text } => format!("quote {id} reads \"{text}\""),
        Correction::NotAQuote { id } => format!("quote {id} is not a quote (removed)"),
        Correction::CaptionCredit { id, credit } => format!("caption {id} is credited to {credit}"),
        Correction::SpeakerName { id, name } => format!("speaker {id} is called {name}"),
        Correction::SpeakerKind { id, kind } => format!("speaker {id} is a {kind}"),
        Correction::SpeakerMerge { id, into } => {
            format!("speaker {id} is speaker {into}: merged into it")
        }
        Correction::SpeakerSplit { id, alias } => {
            format!("{alias} is not speaker {id}: a speaker of its own")
        }
    }
}

fn undo(store: &mut Store, id: i64) -> anyhow::Result<Outcome> {
    let source = store.undo_correction(id)?;
    eprintln!("correction {id} removed");
    if let Some(source) = source {
        let profiles = super::import::load_profiles(None)?;
        let at = super::import::import_time()?;
        let changes = crate::import::reextract::reextract(store, source, &profiles, &at)?;
        eprintln!(
            "source {} ({}) extracted again to bring the quote back: {} quotes added",
            changes.source_id, changes.path, changes.quotes_added
        );
    }
    Ok(Outcome::Success)
}
