//! Replacing a source's rows with a new extraction of its original, in one transaction: articles keep
//! their ids where the article is the same (same source, same position), editors' corrections are
//! applied again afterwards, and what changed is told back (articles, quotes, speakers).

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{Connection, params};
use serde::Serialize;

use super::corrections::{self, Gone};
use super::speakers::SpeakerIndex;
use super::write::{data_version, write_article};
use super::{Result, Store, fts, originals, quote_outlets, search_terms, stories};
use crate::extract::Article;

/// What a re-extraction changed in one source.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Changes {
    pub source_id: i64,
    pub path: String,
    /// Articles at a position the source did not have before: (id, title).
    pub articles_added: Vec<(i64, String)>,
    /// Articles at a position the new extraction no longer has: (id, title); their rows are gone.
    pub articles_removed: Vec<(i64, String)>,
    /// Articles kept under their id whose title or text changed.
    pub articles_changed: Vec<i64>,
    pub quotes_added: usize,
    pub quotes_removed: usize,
    /// Speakers quoted in this source now and not before, and the other way round.
    pub speakers_added: Vec<String>,
    pub speakers_removed: Vec<String>,
    /// Corrections applied again after the extraction.
    pub corrections_applied: usize,
    /// Corrections whose target the new extraction no longer has.
    pub corrections_gone: Vec<Gone>,
}

impl Changes {
    /// Whether the new extraction made exactly the rows the old one had.
    pub fn is_unchanged(&self) -> bool {
        self.articles_added.is_empty()
            && self.articles_removed.is_empty()
            && self.articles_changed.is_empty()
            && self.quotes_added == 0
            && self.quotes_removed == 0
            && self.speakers_added.is_empty()
            && self.speakers_removed.is_empty()
    }
}

/// The rows of one source that a comparison looks at.
#[derive(Debug, Default)]
struct Rows {
    /// position → (id, title, body)
    articles: BTreeMap<i64, (i64, String, String)>,
    /// (article position, quote text, speaker) → how many
    quotes: BTreeMap<(i64, String, Option<String>), usize>,
    speakers: BTreeMap<String, i64>,
}

impl Store {
    /// Replaces source `source_id`'s articles with `articles` (a new extraction of its original),
    /// applies its corrections again and records the current extractor, all in one transaction.
    pub fn replace_extraction(
        &mut self,
        source_id: i64,
        articles: &[Article],
        at: &str,
    ) -> Result<Changes> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let result = self.replace_in_transaction(source_id, articles, at);
        match result {
            Ok(changes) => {
                if let Err(err) = self.conn.execute_batch("COMMIT") {
                    self.abandon_transaction();
                    return Err(err.into());
                }
                self.data_version = Some(data_version(&self.conn)?);
                Ok(changes)
            }
            Err(err) => {
                self.abandon_transaction();
                Err(err)
            }
        }
    }

    fn abandon_transaction(&mut self) {
        if !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        self.speakers = None;
        self.forget_grouping();
    }

    fn replace_in_transaction(
        &mut self,
        source_id: i64,
        articles: &[Article],
        at: &str,
    ) -> Result<Changes> {
        let (path, sha256): (String, String) = self.conn.query_row(
            "SELECT path, sha256 FROM sources WHERE id = ?1",
            [source_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let before = read_rows(&self.conn, source_id)?;
        search_terms::uncount_sources(&self.conn, &[source_id])?;
        fts::unindex_sources(&self.conn, &[source_id])?;
        stories::set_aside_memberships(&self.conn, source_id)?;
        self.conn
            .execute("DELETE FROM articles WHERE source_id = ?1", [source_id])?;
        self.refresh_speaker_index()?;
        let speakers = self.speakers.get_or_insert_with(SpeakerIndex::default);
        for (position, article) in articles.iter().enumerate() {
            let id = before.articles.get(&(position as i64)).map(|a| a.0);
            write_article(&self.conn, speakers, source_id, position, id, article)?;
        }
        let (applied, gone) = corrections::apply_for_source(&self.conn, &sha256)?;
        fts::index_sources(&self.conn, &[source_id])?;
        search_terms::count_sources(&self.conn, &[source_id])?;
        stories::restore_memberships(&self.conn)?;
        stories::regroup_quotes(&self.conn, &mut self.group_cache, source_id)?;
        quote_outlets::refresh(&self.conn)?;
        // A quote's speaker corrected to a new name adds a speaker the index has not seen.
        self.speakers = None;
        originals::mark_extracted(&self.conn, source_id, at)?;
        let after = read_rows(&self.conn, source_id)?;
        let orphans = remove_orphan_speakers(&self.conn, before.speakers.values().copied())?;
        if orphans > 0 {
            self.speakers = None;
        }
        let mut changes = compare(&before, &after);
        changes.source_id = source_id;
        changes.path = path;
        changes.corrections_applied = applied;
        changes.corrections_gone = gone;
        Ok(changes)
    }

    /// The speaker index, read in or brought up to date with what other processes committed.
    fn refresh_speaker_index(&mut self) -> Result<()> {
        let version = data_version(&self.conn)?;
        if self.data_version != Some(version) {
            if let Some(index) = self.speakers.as_mut() {
                index.load(&self.conn)?;
            }
            self.data_version = Some(version);
        }
        if self.speakers.is_none() {
            let mut index = SpeakerIndex::default();
            index.load(&self.conn)?;
            self.speakers = Some(index);
        }
        Ok(())
    }
}

fn read_rows(conn: &Connection, source_id: i64) -> Result<Rows> {
    let mut rows = Rows::default();
    let mut stmt =
        conn.prepare_cached("SELECT position, id, title, body FROM articles WHERE source_id = ?1")?;
    let mut found = stmt.query([source_id])?;
    while let Some(row) = found.next()? {
        rows.articles
            .insert(row.get(0)?, (row.get(1)?, row.get(2)?, row.get(3)?));
    }
    let mut stmt = conn.prepare_cached(
        "SELECT a.position, q.text, s.name, s.id FROM quotes q JOIN articles a ON a.id = q.article_id
         LEFT JOIN speakers s ON s.id = q.speaker_id WHERE a.source_id = ?1",
    )?;
    let mut found = stmt.query([source_id])?;
    while let Some(row) = found.next()? {
        let speaker: Option<String> = row.get(2)?;
        if let (Some(name), Some(id)) = (&speaker, row.get::<_, Option<i64>>(3)?) {
            rows.speakers.insert(name.clone(), id);
        }
        *rows
            .quotes
            .entry((row.get(0)?, row.get(1)?, speaker))
            .or_default() += 1;
    }
    Ok(rows)
}

/// Speakers this source quoted before that nobody quotes any more: an older extractor's mistakes
/// ("Said Tuesday") should not stay listed. Speakers a correction names are kept.
fn remove_orphan_speakers(
    conn: &Connection,
    candidates: impl Iterator<Item = i64>,
) -> Result<usize> {
    let mut delete = conn.prepare_cached(
        "DELETE FROM speakers WHERE id = ?1
           AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = ?1)
           AND NOT EXISTS (SELECT 1 FROM corrections c JOIN speaker_aliases a ON a.speaker_id = ?1
                           WHERE a.alias IN (c.speaker_name, c.value))",
    )?;
    let mut removed = 0;
    for id in candidates {
        removed += delete.execute(params![id])?;
    }
    Ok(removed)
}

fn compare(before: &Rows, after: &Rows) -> Changes {
    let mut changes = Changes::default();
    for (position, (id, title, body)) in &after.articles {
        match before.articles.get(position) {
            None => changes.articles_added.push((*id, title.clone())),
            Some((_, old_title, old_body)) if old_title != title || old_body != body => {
                changes.articles_changed.push(*id);
            }
            Some(_) => {}
        }
    }
    for (position, (id, title, _)) in &before.articles {
        if !after.articles.contains_key(position) {
            changes.articles_removed.push((*id, title.clone()));
        }
    }
    for (quote, &count) in &after.quotes {
        changes.quotes_added +=
            count.saturating_sub(before.quotes.get(quote).copied().unwrap_or(0));
    }
    for (quote, &count) in &before.quotes {
        changes.quotes_removed +=
            count.saturating_sub(after.quotes.get(quote).copied().unwrap_or(0));
    }
    let names = |rows: &Rows| rows.speakers.keys().cloned().collect::<BTreeSet<_>>();
    let (old, new) = (names(before), names(after));
    changes.speakers_added = new.difference(&old).cloned().collect();
    changes.speakers_removed = old.difference(&new).cloned().collect();
    changes
}
