//! Reading one article back as stored, for `morgue show`.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::{Result, Store, StoreError};

#[derive(Debug, Clone, Serialize)]
pub struct StoredArticle {
    pub id: i64,
    pub source_path: String,
    pub position: i64,
    pub outlet: Option<String>,
    pub title: String,
    pub dek: Option<String>,
    pub byline: Option<String>,
    pub authors: Vec<String>,
    pub section: Option<String>,
    pub published_at: Option<String>,
    pub updated_at: Option<String>,
    pub url: Option<String>,
    pub word_count: i64,
    pub paragraphs: Vec<StoredParagraph>,
    pub captions: Vec<StoredCaption>,
    pub quotes: Vec<StoredQuote>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StoredParagraph {
    pub position: i64,
    pub kind: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StoredCaption {
    /// `captions.id`, which `morgue correct caption ID` takes.
    pub id: i64,
    pub text: String,
    pub credit: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StoredQuote {
    /// `quotes.id`, which `morgue correct quote ID` takes.
    pub id: i64,
    pub paragraph_position: i64,
    pub kind: String,
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_kind: Option<String>,
    pub attribution: Option<String>,
    pub verb: Option<String>,
}

impl Store {
    pub fn article(&self, id: i64) -> Result<StoredArticle> {
        read_article(&self.conn, id)
    }
}

pub(crate) fn read_article(conn: &rusqlite::Connection, id: i64) -> Result<StoredArticle> {
    let article = conn
        .query_row(
            "SELECT a.id, s.path, a.position, o.name, a.title, a.dek, a.byline, a.section,
                    a.published_at, a.updated_at, a.url, a.word_count
             FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN outlets o ON o.id = a.outlet_id
             WHERE a.id = ?1",
            [id],
            |row| {
                Ok(StoredArticle {
                    id: row.get(0)?,
                    source_path: row.get(1)?,
                    position: row.get(2)?,
                    outlet: row.get(3)?,
                    title: row.get(4)?,
                    dek: row.get(5)?,
                    byline: row.get(6)?,
                    section: row.get(7)?,
                    published_at: row.get(8)?,
                    updated_at: row.get(9)?,
                    url: row.get(10)?,
                    word_count: row.get(11)?,
                    authors: Vec::new(),
                    paragraphs: Vec::new(),
                    captions: Vec::new(),
                    quotes: Vec::new(),
                })
            },
        )
        .optional()?;
    let mut article = article.ok_or(StoreError::NoSuchArticle(id))?;

    let mut stmt = conn.prepare(
        "SELECT au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id
         WHERE aa.article_id = ?1 ORDER BY aa.position",
    )?;
    article.authors = stmt
        .query_map([id], |row| row.get(0))?
        .collect::<Result<_, _>>()?;

    let mut stmt = conn.prepare(
        "SELECT position, kind, text FROM paragraphs WHERE article_id = ?1 ORDER BY position",
    )?;
    article.paragraphs = stmt
        .query_map([id], |row| {
            Ok(StoredParagraph {
                position: row.get(0)?,
                kind: row.get(1)?,
                text: row.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;

    let mut stmt = conn
        .prepare("SELECT text, credit, id FROM captions WHERE article_id = ?1 ORDER BY position")?;
    article.captions = stmt
        .query_map([id], |row| {
            Ok(StoredCaption {
                text: row.get(0)?,
                credit: row.get(1)?,
                id: row.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;

    let mut stmt = conn.prepare(
        "SELECT q.paragraph_position, q.kind, q.text, s.name, s.kind, q.attribution, q.verb, q.id
         FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id
         WHERE q.article_id = ?1 ORDER BY q.id",
    )?;
    article.quotes = stmt
        .query_map(params![id], |row| {
            Ok(StoredQuote {
                paragraph_position: row.get(0)?,
                kind: row.get(1)?,
                text: row.get(2)?,
                speaker: row.get(3)?,
                speaker_kind: row.get(4)?,
                attribution: row.get(5)?,
                verb: row.get(6)?,
                id: row.get(7)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(article)
}

/// A speaker as stored, with every spelling filed under it and how many quotes it has.
#[derive(Debug, Clone, Serialize)]
pub struct StoredSpeaker {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub quotes: i64,
    /// Every spelling filed under this speaker, the canonical one included, in the order first seen.
    pub aliases: Vec<String>,
}

impl Store {
    /// Speakers whose name or an alias contains `filter` (any case; every speaker when None), most
    /// quoted first.
    pub fn speakers(&self, filter: Option<&str>) -> Result<Vec<StoredSpeaker>> {
        let pattern = filter.map(|f| {
            let escaped = f
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            format!("%{escaped}%")
        });
        let mut stmt = self.conn.prepare(
            "SELECT s.id, s.name, s.kind, (SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id)
             FROM speakers s
             WHERE ?1 IS NULL OR s.id IN (SELECT speaker_id FROM speaker_aliases WHERE alias LIKE ?1 ESCAPE '\\')
                OR s.name LIKE ?1 ESCAPE '\\'
             ORDER BY 4 DESC, s.name",
        )?;
        let mut speakers: Vec<StoredSpeaker> = stmt
            .query_map([pattern.as_deref()], |row| {
                Ok(StoredSpeaker {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    kind: row.get(2)?,
                    quotes: row.get(3)?,
                    aliases: Vec::new(),
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut aliases = self
            .conn
            .prepare("SELECT alias FROM speaker_aliases WHERE speaker_id = ?1 ORDER BY rowid")?;
        for s in &mut speakers {
            s.aliases = aliases
                .query_map([s.id], |row| row.get(0))?
                .collect::<Result<_, _>>()?;
        }
        Ok(speakers)
    }
}
