//! `morgue show ARTICLE_ID`: one article as stored, with its story (the other articles about the same
//! event and why this one was grouped with them) and, for each quote, the other outlets that carried it.

use std::io::Write;
use std::path::Path;

use clap::Parser;

use super::Outcome;
use crate::store::{ArticleStory, Store, StoredArticle};

/// The JSON of `show --json`: the article, and its story when it has been grouped.
#[derive(serde::Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    article: &'a StoredArticle,
    story: Option<&'a ArticleStory>,
}

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
    let story = store.article_story(args.id)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        let shown = Shown {
            article: &article,
            story: story.as_ref(),
        };
        serde_json::to_writer_pretty(&mut out, &shown)?;
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
    if let Some(story) = &story {
        write_story(&mut out, article.id, story)?;
    }
    writeln!(out, "\nQuotes ({})", article.quotes.len())?;
    for (i, q) in article.quotes.iter().enumerate() {
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
        for carrier in story.iter().flat_map(|s| s.quote_carriers.get(i)).flatten() {
            writeln!(
                out,
                "      also in: {} (article {}, {}), similarity {:.2}",
                carrier.outlet.as_deref().unwrap_or("outlet unknown"),
                carrier.article_id,
                carrier.published_at.as_deref().unwrap_or("undated"),
                carrier.similarity
            )?;
        }
    }
    Ok(Outcome::Success)
}

fn write_story(out: &mut dyn Write, id: i64, story: &ArticleStory) -> std::io::Result<()> {
    let outlets: std::collections::BTreeSet<&str> = story
        .members
        .iter()
        .filter_map(|m| m.outlet.as_deref())
        .collect();
    writeln!(
        out,
        "\nStory {}: {} ({} articles, {} outlets)",
        story.story_id,
        story.label,
        story.members.len(),
        outlets.len()
    )?;
    for m in &story.members {
        let marker = if m.article_id == id { "*" } else { " " };
        let duplicate = m
            .duplicate_of
            .map(|d| format!(", repeats article {d}"))
            .unwrap_or_default();
        writeln!(
            out,
            " {marker} {} | {} | {} (article {}, score {:.2}{duplicate})",
            m.published_at.as_deref().unwrap_or("undated"),
            m.outlet.as_deref().unwrap_or("outlet unknown"),
            m.title,
            m.article_id,
            m.score
        )?;
    }
    match story.matched_with {
        None => writeln!(out, "  this article started the story")?,
        Some(other) => {
            writeln!(
                out,
                "  grouped with article {other} (score {:.2}): shared terms {}",
                story.score,
                story.shared_terms.join(", ")
            )?;
            for quote in &story.shared_quotes {
                writeln!(out, "    and the quotation \"{quote}\"")?;
            }
        }
    }
    Ok(())
}
