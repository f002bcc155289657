//! Reading an article's story back, for `morgue show`: the story's articles, why this article was
//! put in it (the terms and quotations it shares with the member it matched), and for each of its
//! quotations the other outlets that carried it.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::{Result, Store};
use crate::group::terms::Signature;

/// Terms shown as the reason for a grouping.
const REASON_TERMS: usize = 8;

#[derive(Debug, Clone, Serialize)]
pub struct ArticleStory {
    pub story_id: i64,
    pub label: String,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// Every article of the story, by date (undated last) then id.
    pub members: Vec<StoryMember>,
    /// The member this article matched when it joined, None when it started the story.
    pub matched_with: Option<i64>,
    pub score: f64,
    pub duplicate_of: Option<i64>,
    /// Why it joined: the distinctive terms it shares with `matched_with`, the weightiest first.
    pub shared_terms: Vec<String>,
    /// And the quotations it shares with it (each quote group's canonical text).
    pub shared_quotes: Vec<String>,
    /// For each quote of the article, in `quotes.id` order, the other articles that carried it.
    pub quote_carriers: Vec<Vec<Carrier>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StoryMember {
    pub article_id: i64,
    pub outlet: Option<String>,
    pub published_at: Option<String>,
    pub title: String,
    pub score: f64,
    pub duplicate_of: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Carrier {
    pub article_id: i64,
    pub outlet: Option<String>,
    pub published_at: Option<String>,
    pub text: String,
    pub similarity: f64,
}

impl Store {
    /// The story of article `id`, None when it has not been grouped.
    pub fn article_story(&self, id: i64) -> Result<Option<ArticleStory>> {
        read_story(&self.conn, id)
    }
}

fn read_story(conn: &Connection, id: i64) -> Result<Option<ArticleStory>> {
    let row = conn
        .query_row(
            "SELECT m.story_id, s.label, s.first_seen, s.last_seen, m.matched_with, m.score, m.duplicate_of
             FROM story_members AS m JOIN stories AS s ON s.id = m.story_id WHERE m.article_id = ?1",
            [id],
            |row| {
                Ok(ArticleStory {
                    story_id: row.get(0)?,
                    label: row.get(1)?,
                    first_seen: row.get(2)?,
                    last_seen: row.get(3)?,
                    members: Vec::new(),
                    matched_with: row.get(4)?,
                    score: row.get(5)?,
                    duplicate_of: row.get(6)?,
                    shared_terms: Vec::new(),
                    shared_quotes: Vec::new(),
                    quote_carriers: Vec::new(),
                })
            },
        )
        .optional()?;
    let Some(mut story) = row else {
        return Ok(None);
    };
    story.members = conn
        .prepare(
            "SELECT a.id, o.name, coalesce(a.published_at, a.updated_at), a.title, m.score, m.duplicate_of
             FROM story_members AS m JOIN articles AS a ON a.id = m.article_id
             LEFT JOIN outlets AS o ON o.id = a.outlet_id
             WHERE m.story_id = ?1
             ORDER BY coalesce(a.published_at, a.updated_at) IS NULL, coalesce(a.published_at, a.updated_at), a.id",
        )?
        .query_map([story.story_id], |row| {
            Ok(StoryMember {
                article_id: row.get(0)?,
                outlet: row.get(1)?,
                published_at: row.get(2)?,
                title: row.get(3)?,
                score: row.get(4)?,
                duplicate_of: row.get(5)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    if let Some(other) = story.matched_with {
        story.shared_terms = shared_terms(conn, id, other)?;
        story.shared_quotes = conn
            .prepare(
                "SELECT DISTINCT g.canonical_text FROM quotes AS q
                 JOIN quote_group_members AS m ON m.quote_id = q.id
                 JOIN quote_group_members AS o ON o.group_id = m.group_id AND o.article_id = ?2
                 JOIN quote_groups AS g ON g.id = m.group_id
                 WHERE q.article_id = ?1 ORDER BY g.id",
            )?
            .query_map(params![id, other], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
    }
    story.quote_carriers = quote_carriers(conn, id)?;
    Ok(Some(story))
}

/// The terms two grouped articles share, weighed as grouping weighs them now.
fn shared_terms(conn: &Connection, a: i64, b: i64) -> Result<Vec<String>> {
    let signature = |id: i64| -> Result<Signature> {
        let terms: Option<String> = conn
            .query_row(
                "SELECT terms FROM story_signatures WHERE article_id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?;
        Ok(Signature::decode(&terms.unwrap_or_default()))
    };
    let (sa, sb) = (signature(a)?, signature(b)?);
    let articles: i64 = conn.query_row(
        "SELECT coalesce(max(article_id), 0) FROM story_members",
        [],
        |row| row.get(0),
    )?;
    let mut df: HashMap<&str, i64> = HashMap::new();
    let mut stmt = conn.prepare("SELECT df FROM story_df WHERE term = ?1")?;
    for (term, _) in &sa.terms {
        let n: Option<i64> = stmt.query_row([term], |row| row.get(0)).optional()?;
        df.insert(term, n.unwrap_or(1));
    }
    let idf = |t: &str| super::stories::idf(articles, df.get(t).copied().unwrap_or(1));
    Ok(sa
        .shared(&sb, &idf)
        .into_iter()
        .take(REASON_TERMS)
        .map(|(t, _)| t)
        .collect())
}

fn quote_carriers(conn: &Connection, id: i64) -> Result<Vec<Vec<Carrier>>> {
    let quotes: Vec<i64> = conn
        .prepare("SELECT id FROM quotes WHERE article_id = ?1 ORDER BY id")?
        .query_map([id], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    let mut stmt = conn.prepare(
        "SELECT a.id, o_.name, coalesce(a.published_at, a.updated_at), q.text, o.similarity
         FROM quote_group_members AS m
         JOIN quote_group_members AS o ON o.group_id = m.group_id AND o.quote_id <> m.quote_id
         JOIN quotes AS q ON q.id = o.quote_id
         JOIN articles AS a ON a.id = q.article_id
         LEFT JOIN outlets AS o_ ON o_.id = a.outlet_id
         WHERE m.quote_id = ?1
         ORDER BY coalesce(a.published_at, a.updated_at) IS NULL, coalesce(a.published_at, a.updated_at), a.id",
    )?;
    quotes
        .into_iter()
        .map(|quote| {
            stmt.query_map([quote], |row| {
                Ok(Carrier {
                    article_id: row.get(0)?,
                    outlet: row.get(1)?,
                    published_at: row.get(2)?,
                    text: row.get(3)?,
                    similarity: row.get(4)?,
                })
            })?
            .collect::<Result<_, _>>()
            .map_err(Into::into)
        })
        .collect()
}
