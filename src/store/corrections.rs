//! Editors' corrections (`corrections`, migration V2): stored apart from the rows they change, keyed
//! by what survives a re-extraction (the source's SHA-256 and the article's position, the quote's
//! words as extracted, the caption's position, a speaker's spelling), applied when made and again
//! after every extraction of their source. One whose target is gone is recorded as such and reported.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::{Result, Store, StoreError, fts, quote_outlets, search_terms};

/// An article field an editor may correct, with its column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleField {
    Title,
    Dek,
    Byline,
    Published,
    Outlet,
    Section,
}

impl ArticleField {
    /// The name stored in `corrections.field`: the column, or `outlet` for the outlet's name.
    fn name(self) -> &'static str {
        match self {
            ArticleField::Title => "title",
            ArticleField::Dek => "dek",
            ArticleField::Byline => "byline",
            ArticleField::Published => "published_at",
            ArticleField::Outlet => "outlet",
            ArticleField::Section => "section",
        }
    }
}

/// A correction as asked for, naming its target by its current row id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Correction {
    Article {
        id: i64,
        field: ArticleField,
        value: String,
    },
    QuoteSpeaker {
        id: i64,
        name: String,
    },
    QuoteText {
        id: i64,
        text: String,
    },
    NotAQuote {
        id: i64,
    },
    CaptionCredit {
        id: i64,
        credit: String,
    },
    SpeakerName {
        id: i64,
        name: String,
    },
    SpeakerKind {
        id: i64,
        kind: String,
    },
    /// Speaker `id` is the same as `into`: its quotes and spellings move there.
    SpeakerMerge {
        id: i64,
        into: i64,
    },
    /// `alias` is another speaker than speaker `id`: it becomes one, with the quotes attributed to it.
    SpeakerSplit {
        id: i64,
        alias: String,
    },
}

/// A stored correction whose target an extraction no longer has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gone {
    pub id: i64,
    pub target: String,
    pub field: String,
    /// What it named: "ap-story.txt #1, quote: …", or a speaker's spelling.
    pub key: String,
    pub why: String,
}

/// What `morgue correct` did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Made {
    pub id: i64,
    /// The row it changed (for a speaker merge, the speaker kept).
    pub row_id: i64,
    pub previous: Option<String>,
}

/// A stored correction's row.
#[derive(Debug, Clone)]
struct Stored {
    id: i64,
    target: String,
    sha256: Option<String>,
    article_position: Option<i64>,
    quote_text: Option<String>,
    caption_position: Option<i64>,
    speaker_name: Option<String>,
    field: String,
    value: Option<String>,
}

/// Every correction with its state and what it names, for `morgue corrections`.
pub const LIST_SQL: &str = "
SELECT c.id, c.target, c.field, c.value,
       CASE WHEN c.row_id IS NULL THEN 'target gone' ELSE 'applied' END AS state,
       c.row_id AS applied_to, c.previous,
       CASE c.target WHEN 'speaker' THEN c.speaker_name
            ELSE coalesce(s.path, c.source_sha256) || ' #' || (c.article_position + 1)
                 || coalesce(', quote: ' || c.quote_text, '')
                 || coalesce(', caption #' || (c.caption_position + 1), '') END AS target_key,
       c.made_at
FROM corrections c LEFT JOIN sources s ON s.sha256 = c.source_sha256
ORDER BY c.id";

impl Store {
    /// Records `correction` and applies it, in one transaction.
    pub fn correct(&mut self, correction: &Correction, at: &str) -> Result<Made> {
        // A corrected outlet or date is one grouping keeps for articles it has read.
        self.forget_grouping();
        let made = in_transaction(&self.conn, |conn| {
            let (stored, row_id) = locate(conn, correction)?;
            let id = insert(conn, &stored, at)?;
            let stored = Stored { id, ..stored };
            let reindex = indexed_source(conn, &stored)?;
            search_terms::uncount_sources(conn, &reindex)?;
            fts::unindex_sources(conn, &reindex)?;
            let previous = apply(conn, &stored, row_id)?
                .ok_or_else(|| StoreError::Refused(conflict_reason(conn, &stored)))?;
            fts::index_sources(conn, &reindex)?;
            search_terms::count_sources(conn, &reindex)?;
            let row_id = match correction {
                Correction::SpeakerMerge { into, .. } => *into,
                _ => row_id,
            };
            conn.execute(
                "UPDATE corrections SET row_id = ?2, previous = ?3 WHERE id = ?1",
                params![id, row_id, previous],
            )?;
            Ok(Made {
                id,
                row_id,
                previous,
            })
        });
        self.speakers = None;
        made
    }

    /// How many corrections there are, and how many of them name a target that is gone.
    pub fn corrections_state(&self) -> Result<(i64, i64)> {
        Ok(self.conn.query_row(
            "SELECT count(*), count(*) - count(row_id) FROM corrections",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?)
    }

    /// Removes correction `id` and puts back the value it replaced (or the latest other correction's
    /// of the same field). Returns the source to extract again, for a quote that was struck out.
    pub fn undo_correction(&mut self, id: i64) -> Result<Option<i64>> {
        self.forget_grouping();
        let result = in_transaction(&self.conn, |conn| undo(conn, id));
        self.speakers = None;
        result
    }
}

/// The source whose full-text rows a correction may change (an article's title or dek, a quote's
/// words or the quote itself), so that it is taken out of the indexes before and put back after.
fn indexed_source(conn: &Connection, c: &Stored) -> Result<Vec<i64>> {
    let Some(sha256) = c
        .sha256
        .as_deref()
        .filter(|_| matches!(c.target.as_str(), "article" | "quote"))
    else {
        return Ok(Vec::new());
    };
    Ok(conn
        .query_row(
            "SELECT id FROM sources WHERE sha256 = ?1",
            [sha256],
            |row| row.get(0),
        )
        .optional()?
        .into_iter()
        .collect())
}

fn in_transaction<T>(conn: &Connection, work: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    // A corrected outlet or date, or a removed quote, leaves quote groups to summarise again.
    match work(conn).and_then(|value| quote_outlets::refresh(conn).map(|()| value)) {
        Ok(value) => {
            conn.execute_batch("COMMIT")?;
            Ok(value)
        }
        Err(err) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(err)
        }
    }
}

/// The key that names `correction`'s target, and the target's row id now.
fn locate(conn: &Connection, correction: &Correction) -> Result<(Stored, i64)> {
    let blank = |target: &str, field: &str, value: Option<String>| Stored {
        id: 0,
        target: target.to_owned(),
        sha256: None,
        article_position: None,
        quote_text: None,
        caption_position: None,
        speaker_name: None,
        field: field.to_owned(),
        value,
    };
    let missing = |what: &str, id: i64| {
        StoreError::Refused(format!(
            "there is no {what} with id {id}: `morgue show ARTICLE_ID` lists an article's {what}s with their ids"
        ))
    };
    Ok(match correction {
        Correction::Article { id, field, value } => {
            let (sha, position) = conn
                .query_row(
                    "SELECT s.sha256, a.position FROM articles a JOIN sources s ON s.id = a.source_id
                     WHERE a.id = ?1",
                    [id],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?
                .ok_or(StoreError::NoSuchArticle(*id))?;
            let stored = Stored {
                sha256: Some(sha),
                article_position: Some(position),
                ..blank("article", field.name(), Some(value.clone()))
            };
            (stored, *id)
        }
        Correction::QuoteSpeaker { id, .. }
        | Correction::QuoteText { id, .. }
        | Correction::NotAQuote { id } => {
            let (field, value) = match correction {
                Correction::QuoteSpeaker { name, .. } => ("speaker", Some(name.clone())),
                Correction::QuoteText { text, .. } => ("text", Some(text.clone())),
                _ => ("not-a-quote", None),
            };
            let (sha, position, text): (String, i64, String) = conn
                .query_row(
                    "SELECT s.sha256, a.position,
                            coalesce((SELECT c.quote_text FROM corrections c
                                      WHERE c.target = 'quote' AND c.row_id = q.id
                                      ORDER BY c.id LIMIT 1), q.text)
                     FROM quotes q JOIN articles a ON a.id = q.article_id
                     JOIN sources s ON s.id = a.source_id WHERE q.id = ?1",
                    [id],
                    |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
                )
                .optional()?
                .ok_or_else(|| missing("quote", *id))?;
            let stored = Stored {
                sha256: Some(sha),
                article_position: Some(position),
                quote_text: Some(text),
                ..blank("quote", field, value)
            };
            (stored, *id)
        }
        Correction::CaptionCredit { id, credit } => {
            let (sha, position, caption): (String, i64, i64) = conn
                .query_row(
                    "SELECT s.sha256, a.position, c.position FROM captions c
                     JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id
                     WHERE c.id = ?1",
                    [id],
                    |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
                )
                .optional()?
                .ok_or_else(|| missing("caption", *id))?;
            let stored = Stored {
                sha256: Some(sha),
                article_position: Some(position),
                caption_position: Some(caption),
                ..blank("caption", "credit", Some(credit.clone()))
            };
            (stored, *id)
        }
        Correction::SpeakerName { id, .. }
        | Correction::SpeakerKind { id, .. }
        | Correction::SpeakerMerge { id, .. }
        | Correction::SpeakerSplit { id, .. } => {
            let speaker_name = |id: i64| -> Result<String> {
                conn.query_row("SELECT name FROM speakers WHERE id = ?1", [id], |row| {
                    row.get(0)
                })
                .optional()?
                .ok_or_else(|| {
                    StoreError::Refused(format!(
                        "there is no speaker with id {id}: `morgue speakers` lists them with their ids"
                    ))
                })
            };
            let (field, value) = match correction {
                Correction::SpeakerName { name, .. } => ("name", name.clone()),
                Correction::SpeakerKind { kind, .. } => ("kind", kind.clone()),
                Correction::SpeakerMerge { into, .. } => ("merge-into", speaker_name(*into)?),
                Correction::SpeakerSplit { alias, .. } => ("split-alias", alias.clone()),
                _ => unreachable!("matched above"),
            };
            let stored = Stored {
                speaker_name: Some(speaker_name(*id)?),
                ..blank("speaker", field, Some(value))
            };
            (stored, *id)
        }
    })
}

fn insert(conn: &Connection, c: &Stored, at: &str) -> Result<i64> {
    conn.execute(
        "INSERT INTO corrections (target, source_sha256, article_position, quote_text,
                                  caption_position, speaker_name, field, value, made_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            c.target,
            c.sha256,
            c.article_position,
            c.quote_text,
            c.caption_position,
            c.speaker_name,
            c.field,
            c.value,
            at
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Applies `c` to row `row_id`. Returns the value it replaced (`Some(None)` when there was none),
/// or None when it cannot apply (a name another speaker has).
fn apply(conn: &Connection, c: &Stored, row_id: i64) -> Result<Option<Option<String>>> {
    let value = c.value.as_deref();
    let replace = |table: &str, column: &str| -> Result<Option<Option<String>>> {
        let previous: Option<String> = conn.query_row(
            &format!("SELECT {column} FROM {table} WHERE id = ?1"),
            [row_id],
            |row| row.get(0),
        )?;
        conn.execute(
            &format!("UPDATE {table} SET {column} = ?2 WHERE id = ?1"),
            params![row_id, value],
        )?;
        Ok(Some(previous))
    };
    match (c.target.as_str(), c.field.as_str()) {
        ("article", "outlet") => {
            let previous: Option<String> = conn.query_row(
                "SELECT o.name FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?1",
                [row_id],
                |row| row.get(0),
            )?;
            let outlet: i64 = conn.query_row(
                "INSERT INTO outlets (name) VALUES (?1)
                 ON CONFLICT (name) DO UPDATE SET name = name RETURNING id",
                [value],
                |row| row.get(0),
            )?;
            conn.execute(
                "UPDATE articles SET outlet_id = ?2 WHERE id = ?1",
                params![row_id, outlet],
            )?;
            Ok(Some(previous))
        }
        ("article", column @ ("title" | "dek" | "byline" | "published_at" | "section")) => {
            replace("articles", column)
        }
        ("quote", "text") => replace("quotes", "text"),
        ("quote", "not-a-quote") => {
            let previous: Option<String> =
                conn.query_row("SELECT text FROM quotes WHERE id = ?1", [row_id], |row| {
                    row.get(0)
                })?;
            conn.execute("DELETE FROM quotes WHERE id = ?1", [row_id])?;
            Ok(Some(previous))
        }
        ("quote", "speaker") => {
            let previous: Option<String> = conn.query_row(
                "SELECT s.name FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.id = ?1",
                [row_id],
                |row| row.get(0),
            )?;
            let speaker = speaker_named(conn, value.unwrap_or_default())?;
            conn.execute(
                "UPDATE quotes SET speaker_id = ?2 WHERE id = ?1",
                params![row_id, speaker],
            )?;
            Ok(Some(previous))
        }
        ("caption", "credit") => replace("captions", "credit"),
        ("speaker", "name") => {
            let name = value.unwrap_or_default();
            let holder = alias_owner(conn, name)?;
            let taken: Option<i64> = conn
                .query_row("SELECT id FROM speakers WHERE name = ?1", [name], |row| {
                    row.get(0)
                })
                .optional()?;
            if holder.is_some_and(|h| h != row_id) || taken.is_some_and(|t| t != row_id) {
                return Ok(None);
            }
            let previous = replace("speakers", "name")?;
            conn.execute(
                "INSERT OR IGNORE INTO speaker_aliases (alias, speaker_id) VALUES (?1, ?2)",
                params![name, row_id],
            )?;
            Ok(previous)
        }
        ("speaker", "kind") => replace("speakers", "kind"),
        ("speaker", "merge-into") => {
            let Some(into) = alias_owner(conn, value.unwrap_or_default())? else {
                return Ok(None);
            };
            let previous: Option<String> =
                conn.query_row("SELECT name FROM speakers WHERE id = ?1", [row_id], |row| {
                    row.get(0)
                })?;
            if into != row_id {
                conn.execute(
                    "UPDATE quotes SET speaker_id = ?2 WHERE speaker_id = ?1",
                    params![row_id, into],
                )?;
                conn.execute(
                    "UPDATE speaker_aliases SET speaker_id = ?2 WHERE speaker_id = ?1",
                    params![row_id, into],
                )?;
                conn.execute("DELETE FROM speakers WHERE id = ?1", [row_id])?;
            }
            Ok(Some(previous))
        }
        ("speaker", "split-alias") => split_alias(conn, row_id, value.unwrap_or_default()),
        (target, field) => Err(StoreError::Refused(format!(
            "correction of {target} {field} is not known to this morgue: upgrade morgue"
        ))),
    }
}

/// Moves `alias` off speaker `row_id` to a speaker of its own (same kind), with the quotes whose
/// attribution ends with it. Already split (the alias is its own speaker's name): nothing to do.
fn split_alias(conn: &Connection, row_id: i64, alias: &str) -> Result<Option<Option<String>>> {
    let (name, kind): (String, String) = conn.query_row(
        "SELECT name, kind FROM speakers WHERE id = ?1",
        [row_id],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    match alias_owner(conn, alias)? {
        Some(owner) if owner == row_id && alias != name => {}
        Some(owner) if owner != row_id => return Ok(Some(Some(name))),
        _ => return Ok(None),
    }
    let new: i64 = conn.query_row(
        "INSERT INTO speakers (name, kind) VALUES (?1, ?2) RETURNING id",
        params![alias, kind],
        |row| row.get(0),
    )?;
    conn.execute(
        "UPDATE speaker_aliases SET speaker_id = ?2 WHERE alias = ?1",
        params![alias, new],
    )?;
    conn.execute(
        "UPDATE quotes SET speaker_id = ?2
         WHERE speaker_id = ?1 AND (attribution = ?3 OR attribution LIKE '% ' || ?3)",
        params![row_id, new, alias],
    )?;
    Ok(Some(Some(name)))
}

fn alias_owner(conn: &Connection, alias: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT speaker_id FROM speaker_aliases WHERE alias = ?1",
            [alias],
            |row| row.get(0),
        )
        .optional()?)
}

/// The speaker with this spelling, or a new person speaker of that name.
fn speaker_named(conn: &Connection, name: &str) -> Result<i64> {
    if let Some(id) = alias_owner(conn, name)? {
        return Ok(id);
    }
    let id: i64 = conn.query_row(
        "INSERT INTO speakers (name, kind) VALUES (?1, 'person')
         ON CONFLICT (name) DO UPDATE SET name = name RETURNING id",
        [name],
        |row| row.get(0),
    )?;
    conn.execute(
        "INSERT OR IGNORE INTO speaker_aliases (alias, speaker_id) VALUES (?1, ?2)",
        params![name, id],
    )?;
    Ok(id)
}

fn conflict_reason(conn: &Connection, c: &Stored) -> String {
    let value = c.value.as_deref().unwrap_or_default();
    match c.field.as_str() {
        "name" => {
            let other = alias_owner(conn, value).ok().flatten().unwrap_or_default();
            format!(
                "another speaker (#{other}) is already called \"{value}\": if they are the same \
                 person, use `morgue correct speaker ID --merge-into {other}`"
            )
        }
        "split-alias" => format!(
            "\"{value}\" is not a spelling filed under this speaker other than its own name: \
             `morgue speakers` lists each speaker's spellings"
        ),
        _ => format!("speaker \"{value}\" is not in the archive: `morgue speakers` lists them"),
    }
}

/// Applies every correction of the source with this SHA-256 after an extraction. Returns how many
/// applied and the ones whose target is gone. Speaker corrections are not among them: extraction
/// never rewrites speakers or their spellings, only finds them through the spellings, so a renamed,
/// merged or split speaker stays so; playing merges and splits again would undo later ones.
pub(super) fn apply_for_source(conn: &Connection, sha256: &str) -> Result<(usize, Vec<Gone>)> {
    let corrections = read(conn, "WHERE source_sha256 = ?1 ORDER BY id", sha256)?;
    // Quotes found once by their extracted words, since a text correction changes the words.
    let mut quotes: HashMap<(i64, String), Option<i64>> = HashMap::new();
    let (mut applied, mut gone) = (0, Vec::new());
    for c in &corrections {
        let row_id = find(conn, c, &mut quotes)?;
        let result = match row_id {
            Some(row_id) => apply(conn, c, row_id)?.map(|previous| (row_id, previous)),
            None => None,
        };
        let (row_id, previous) = match result {
            Some((row_id, previous)) => {
                applied += 1;
                (Some(row_id), previous)
            }
            None => {
                gone.push(gone_of(conn, c, row_id.is_some())?);
                (None, None)
            }
        };
        // Applied again to a row that already has its value (an extractor that now reads it so):
        // what it replaced the first time stays recorded.
        conn.prepare_cached(
            "UPDATE corrections SET row_id = ?2,
                 previous = CASE WHEN ?3 IS ?4 THEN previous ELSE ?3 END WHERE id = ?1",
        )?
        .execute(params![c.id, row_id, previous, c.value])?;
    }
    Ok((applied, gone))
}

fn read(conn: &Connection, filter: &str, arg: &str) -> Result<Vec<Stored>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, target, source_sha256, article_position, quote_text, caption_position,
                speaker_name, field, value FROM corrections {filter}"
    ))?;
    let rows = stmt
        .query_map([arg], |row| {
            Ok(Stored {
                id: row.get(0)?,
                target: row.get(1)?,
                sha256: row.get(2)?,
                article_position: row.get(3)?,
                quote_text: row.get(4)?,
                caption_position: row.get(5)?,
                speaker_name: row.get(6)?,
                field: row.get(7)?,
                value: row.get(8)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(rows)
}

/// The row a stored correction names now, if the archive still has it.
fn find(
    conn: &Connection,
    c: &Stored,
    quotes: &mut HashMap<(i64, String), Option<i64>>,
) -> Result<Option<i64>> {
    if c.target == "speaker" {
        return alias_owner(conn, c.speaker_name.as_deref().unwrap_or_default());
    }
    let article: Option<i64> = conn
        .prepare_cached(
            "SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id
             WHERE s.sha256 = ?1 AND a.position = ?2",
        )?
        .query_row(params![c.sha256, c.article_position], |row| row.get(0))
        .optional()?;
    let Some(article) = article else {
        return Ok(None);
    };
    match c.target.as_str() {
        "article" => Ok(Some(article)),
        "caption" => Ok(conn
            .prepare_cached("SELECT id FROM captions WHERE article_id = ?1 AND position = ?2")?
            .query_row(params![article, c.caption_position], |row| row.get(0))
            .optional()?),
        _ => {
            let text = c.quote_text.clone().unwrap_or_default();
            if let Some(found) = quotes.get(&(article, text.clone())) {
                return Ok(*found);
            }
            let found = conn
                .prepare_cached(
                    "SELECT id FROM quotes WHERE article_id = ?1 AND text = ?2 ORDER BY id LIMIT 1",
                )?
                .query_row(params![article, text], |row| row.get(0))
                .optional()?;
            quotes.insert((article, text), found);
            Ok(found)
        }
    }
}

fn gone_of(conn: &Connection, c: &Stored, found: bool) -> Result<Gone> {
    let key = if c.target == "speaker" {
        c.speaker_name.clone().unwrap_or_default()
    } else {
        let path: Option<String> = conn
            .query_row(
                "SELECT path FROM sources WHERE sha256 = ?1",
                [&c.sha256],
                |row| row.get(0),
            )
            .optional()?;
        let mut key = format!(
            "{} #{}",
            path.or_else(|| c.sha256.clone()).unwrap_or_default(),
            c.article_position.unwrap_or(0) + 1
        );
        if let Some(text) = &c.quote_text {
            key.push_str(&format!(", quote: {text}"));
        }
        if let Some(position) = c.caption_position {
            key.push_str(&format!(", caption #{}", position + 1));
        }
        key
    };
    let why = if found {
        conflict_reason(conn, c)
    } else {
        format!("the new extraction has no such {}", c.target)
    };
    Ok(Gone {
        id: c.id,
        target: c.target.clone(),
        field: c.field.clone(),
        key,
        why,
    })
}

fn undo(conn: &Connection, id: i64) -> Result<Option<i64>> {
    let c = read(conn, "WHERE id = ?1", &id.to_string())?
        .pop()
        .ok_or_else(|| {
            StoreError::Refused(format!(
                "there is no correction with id {id}: `morgue corrections` lists them"
            ))
        })?;
    let row: (Option<i64>, Option<String>) = conn.query_row(
        "SELECT row_id, previous FROM corrections WHERE id = ?1",
        [id],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    let (row_id, previous) = row;
    if matches!(c.field.as_str(), "merge-into" | "split-alias") && row_id.is_some() {
        return Err(StoreError::Refused(format!(
            "correction {id} ({}) changed which speaker quotes belong to and cannot be taken back \
             by itself: correct the speakers again (--split-alias or --merge-into)",
            c.field
        )));
    }
    conn.execute("DELETE FROM corrections WHERE id = ?1", [id])?;
    let Some(row_id) = row_id else {
        return Ok(None);
    };
    let reindex = indexed_source(conn, &c)?;
    search_terms::uncount_sources(conn, &reindex)?;
    fts::unindex_sources(conn, &reindex)?;
    let reextract = restore(conn, &c, id, row_id, previous)?;
    fts::index_sources(conn, &reindex)?;
    search_terms::count_sources(conn, &reindex)?;
    Ok(reextract)
}

/// Puts back what correction `id` (already removed) replaced in row `row_id`.
fn restore(
    conn: &Connection,
    c: &Stored,
    id: i64,
    row_id: i64,
    previous: Option<String>,
) -> Result<Option<i64>> {
    if c.field == "not-a-quote" {
        let source: Option<i64> = conn
            .query_row(
                "SELECT o.source_id FROM originals o JOIN sources s ON s.id = o.source_id
                 WHERE s.sha256 = ?1 AND o.data IS NOT NULL",
                [&c.sha256],
                |row| row.get(0),
            )
            .optional()?;
        return match source {
            Some(source) => Ok(Some(source)),
            None => Err(StoreError::Refused(format!(
                "correction {id} struck out a quote of a source imported before morgue kept \
                 originals: it cannot be extracted again, so the quote cannot come back"
            ))),
        };
    }
    // The field takes the latest remaining correction's value, or what this one replaced.
    let others: Vec<(i64, Option<String>)> = conn
        .prepare(
            "SELECT id, value FROM corrections WHERE target = ?1 AND field = ?2 AND row_id = ?3
             ORDER BY id",
        )?
        .query_map(params![c.target, c.field, row_id], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?
        .collect::<Result<_, _>>()?;
    let restored = Stored {
        value: match others.last() {
            Some((_, value)) => value.clone(),
            None => previous.clone(),
        },
        ..c.clone()
    };
    if let Some((next, _)) = others.iter().find(|(other, _)| *other > id) {
        conn.execute(
            "UPDATE corrections SET previous = ?2 WHERE id = ?1",
            params![next, previous],
        )?;
    }
    if restored.field == "speaker" && restored.value.is_none() {
        conn.execute(
            "UPDATE quotes SET speaker_id = NULL WHERE id = ?1",
            [row_id],
        )?;
    } else if restored.field == "outlet" && restored.value.is_none() {
        conn.execute(
            "UPDATE articles SET outlet_id = NULL WHERE id = ?1",
            [row_id],
        )?;
    } else {
        apply(conn, &restored, row_id)?;
    }
    Ok(None)
}
