//! Writing one extracted source file: its `sources` row and every article, paragraph, author, caption,
//! quote and speaker, in one transaction, so that a failure leaves nothing half-written.

use rusqlite::{OptionalExtension, Transaction, params};

use super::{Result, Store};
use crate::extract::{Article, Speaker, quotes::names::joins_speaker};

/// A source file about to be stored.
#[derive(Debug, Clone)]
pub struct NewSource<'a> {
    /// The path as the user named it (relative paths stay relative, so dumps do not hold machine paths).
    pub path: &'a str,
    pub sha256: &'a str,
    pub bytes: u64,
    /// What the bytes were: `text` for copied page text, with the encoding when it was not UTF-8.
    pub format: &'a str,
    /// RFC 3339 time of the import.
    pub imported_at: &'a str,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ImportCounts {
    pub articles: usize,
    pub paragraphs: usize,
    pub captions: usize,
    pub quotes: usize,
}

impl std::ops::AddAssign for ImportCounts {
    fn add_assign(&mut self, other: Self) {
        self.articles += other.articles;
        self.paragraphs += other.paragraphs;
        self.captions += other.captions;
        self.quotes += other.quotes;
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteOutcome {
    Imported(ImportCounts),
    /// The same bytes were imported before, from this path.
    AlreadyImported {
        earlier_path: String,
    },
}

impl Store {
    /// Whether a file with these bytes is already in the archive, and under which path.
    pub fn source_path_by_sha256(&self, sha256: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT path FROM sources WHERE sha256 = ?1",
                [sha256],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Every imported file's SHA-256 with the path it was imported from, to skip known bytes before
    /// spending any work on them.
    pub fn known_sources(&self) -> Result<std::collections::HashMap<String, String>> {
        let mut stmt = self.conn.prepare("SELECT sha256, path FROM sources")?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Stores one source file and its articles atomically. Bytes already imported are skipped.
    pub fn write_source(
        &mut self,
        source: &NewSource<'_>,
        articles: &[Article],
    ) -> Result<WriteOutcome> {
        if let Some(earlier_path) = self.source_path_by_sha256(source.sha256)? {
            return Ok(WriteOutcome::AlreadyImported { earlier_path });
        }
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO sources (path, sha256, bytes, format, imported_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![source.path, source.sha256, source.bytes as i64, source.format, source.imported_at],
        )?;
        let source_id = tx.last_insert_rowid();
        let mut counts = ImportCounts::default();
        for (position, article) in articles.iter().enumerate() {
            counts += write_article(&tx, source_id, position, article)?;
        }
        tx.commit()?;
        Ok(WriteOutcome::Imported(counts))
    }
}

fn write_article(
    tx: &Transaction<'_>,
    source_id: i64,
    position: usize,
    article: &Article,
) -> Result<ImportCounts> {
    let outlet_id = match &article.outlet {
        Some(outlet) => Some(tx.query_row(
            "INSERT INTO outlets (name, domain) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET domain = COALESCE(outlets.domain, excluded.domain)
             RETURNING id",
            params![outlet.name, outlet.domain],
            |row| row.get::<_, i64>(0),
        )?),
        None => None,
    };
    tx.execute(
        "INSERT INTO articles (source_id, position, outlet_id, title, dek, byline, section,
                               published_at, updated_at, url, body, word_count)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            source_id,
            position as i64,
            outlet_id,
            article.title,
            article.dek,
            article.byline,
            article.section,
            article.published_at,
            article.updated_at,
            article.url,
            article.body(),
            article.word_count() as i64,
        ],
    )?;
    let article_id = tx.last_insert_rowid();

    let mut insert_paragraph = tx.prepare_cached(
        "INSERT INTO paragraphs (article_id, position, kind, text) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, paragraph) in article.paragraphs.iter().enumerate() {
        insert_paragraph.execute(params![
            article_id,
            position as i64,
            paragraph.kind.as_str(),
            paragraph.text
        ])?;
    }

    for (position, author) in article.authors.iter().enumerate() {
        let author_id: i64 = tx.query_row(
            "INSERT INTO authors (name) VALUES (?1) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id",
            [author],
            |row| row.get(0),
        )?;
        tx.execute(
            "INSERT OR IGNORE INTO article_authors (article_id, author_id, position) VALUES (?1, ?2, ?3)",
            params![article_id, author_id, position as i64],
        )?;
    }

    let mut insert_caption = tx.prepare_cached(
        "INSERT INTO captions (article_id, position, text, credit) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, caption) in article.captions.iter().enumerate() {
        insert_caption.execute(params![
            article_id,
            position as i64,
            caption.text,
            caption.credit
        ])?;
    }

    let mut insert_quote = tx.prepare_cached(
        "INSERT INTO quotes (article_id, paragraph_position, text, speaker_id, attribution, verb, kind)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for quote in &article.quotes {
        let speaker_id = match &quote.speaker {
            Some(speaker) => Some(speaker_id(tx, speaker)?),
            None => None,
        };
        insert_quote.execute(params![
            article_id,
            quote.paragraph as i64,
            quote.text,
            speaker_id,
            quote.attribution,
            quote.verb,
            quote.kind.as_str(),
        ])?;
    }

    Ok(ImportCounts {
        articles: 1,
        paragraphs: article.paragraphs.len(),
        captions: article.captions.len(),
        quotes: article.quotes.len(),
    })
}

/// Finds the speaker this name refers to, merging spelling variants: an exact alias first, then any
/// known alias that `joins_speaker` accepts (the new spelling is then recorded as an alias), else a new
/// speaker whose own name is its first alias.
fn speaker_id(tx: &Transaction<'_>, speaker: &Speaker) -> Result<i64> {
    let name = speaker.name.trim();
    let exact: Option<i64> = tx
        .query_row(
            "SELECT speaker_id FROM speaker_aliases WHERE alias = ?1 COLLATE NOCASE",
            [name],
            |row| row.get(0),
        )
        .optional()?;
    if let Some(id) = exact {
        return Ok(id);
    }
    // Organisations are matched by exact name only: "State Department" and "Defense Department" are
    // a few letters apart but never the same speaker. A person's name (or a bare surname of unknown
    // kind) joins an earlier speaker only when exactly one person matches: "Kowalczik" must not be
    // filed under Mira Kowalczyk when Jonas Kowalczyk is in the archive too.
    let variant = if speaker.kind != crate::extract::SpeakerKind::Organization {
        let mut stmt = tx.prepare_cached(
            "SELECT a.alias, a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
             WHERE s.kind = 'person' ORDER BY a.speaker_id",
        )?;
        let aliases = stmt.query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
        })?;
        let mut matches = Vec::new();
        for alias in aliases {
            let (alias, id) = alias?;
            if !matches.contains(&id) && joins_speaker(&alias, name) {
                matches.push(id);
            }
        }
        if matches.len() == 1 {
            matches.pop()
        } else {
            None
        }
    } else {
        None
    };
    let id = match variant {
        Some(id) => id,
        None => {
            tx.execute(
                "INSERT INTO speakers (name, kind) VALUES (?1, ?2)",
                params![name, speaker.kind.as_str()],
            )?;
            tx.last_insert_rowid()
        }
    };
    tx.execute(
        "INSERT INTO speaker_aliases (alias, speaker_id) VALUES (?1, ?2)",
        params![name, id],
    )?;
    Ok(id)
}
