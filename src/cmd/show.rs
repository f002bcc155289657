//! `morgue show ARTICLE_ID`: one article as stored.

use std::io::Write;
use std::path::Path;

use clap::Parser;

use super::Outcome;
use crate::store::Store;

#[derive(Debug, Parser)]
pub struct Args {
    /// The article's id (`articles.id`).
    pub id: i64,
    /// Print it as JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<Outcome> {
    let store = Store::open(db)?;
    let article = store.article(args.id)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &article)?;
        writeln!(out)?;
        return Ok(Outcome::Success);
    }
    let opt = |value: &Option<String>| value.clone().unwrap_or_else(|| "-".to_owned());
    writeln!(out, "{}", article.title)?;
    writeln!(
        out,
        "{}",
        "=".repeat(article.title.chars().count().min(100))
    )?;
    writeln!(
        out,
        "id:        {} ({} #{})",
        article.id,
        article.source_path,
        article.position + 1
    )?;
    writeln!(out, "outlet:    {}", opt(&article.outlet))?;
    writeln!(out, "dek:       {}", opt(&article.dek))?;
    writeln!(out, "byline:    {}", opt(&article.byline))?;
    writeln!(
        out,
        "authors:   {}",
        if article.authors.is_empty() {
            "-".to_owned()
        } else {
            article.authors.join("; ")
        }
    )?;
    writeln!(out, "section:   {}", opt(&article.section))?;
    writeln!(out, "published: {}", opt(&article.published_at))?;
    writeln!(out, "updated:   {}", opt(&article.updated_at))?;
    writeln!(out, "url:       {}", opt(&article.url))?;
    writeln!(out, "words:     {}", article.word_count)?;
    writeln!(out, "\nParagraphs")?;
    for p in &article.paragraphs {
        writeln!(out, "  [{} {}] {}", p.position, p.kind, p.text)?;
    }
    writeln!(out, "\nCaptions ({})", article.captions.len())?;
    for c in &article.captions {
        writeln!(out, "  #{} {} | credit: {}", c.id, c.text, opt(&c.credit))?;
    }
    writeln!(out, "\nQuotes ({})", article.quotes.len())?;
    for q in &article.quotes {
        let speaker = match (&q.speaker, &q.speaker_kind) {
            (Some(name), Some(kind)) => format!("{name} ({kind})"),
            _ => "no speaker".to_owned(),
        };
        writeln!(
            out,
            "  #{} [{} {}] {speaker}: {}",
            q.id, q.paragraph_position, q.kind, q.text
        )?;
        if let Some(attribution) = &q.attribution {
            writeln!(
                out,
                "      attribution: {attribution}; verb: {}",
                opt(&q.verb)
            )?;
        }
    }
    Ok(Outcome::Success)
}
