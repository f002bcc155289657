//! Stories and quote groups at import: each article stored since the last grouping is scored against
//! a bounded set of candidates read from the inverted indexes (`story_terms`, `quote_terms`), then
//! joins a story or starts one, and its quotations join quote groups. The decisions are
//! [`crate::group`]'s; this module only reads candidates and writes memberships. Nothing here scans
//! the archive: every read is by primary key or one index term, each capped.
//!
//! It runs inside the import's transaction, just before each commit, so an article and its
//! grouping are committed together. Articles stored without grouping (`import --no-group`) are
//! grouped by the next import that groups.

use std::cell::Cell;
use std::rc::Rc;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OptionalExtension, params};
use rustc_hash::{FxHashMap, FxHashSet};

use super::Result;
use super::postings::{Index, Postings};
use crate::group::quotes::{QuoteKey, closeness};
use crate::group::speaker::{Voice, reconcile};
use crate::group::story::{Candidate, decide};
use crate::group::terms::{Signature, signature};

/// Candidate articles scored per new article, and candidate quotes per new quote, at most.
const ARTICLE_CANDIDATES: usize = 12;
const QUOTE_CANDIDATES: usize = 12;
/// A quote this close to the one it joined is not indexed itself: that one already finds it.
const INDEX_COPIES_BELOW: f32 = 0.9;
/// A group's speaker is reconciled while it has at most this many members: by then its voice is settled,
/// and a large group is not read again for every article that repeats it. (The statements that read
/// them write it out, and VOICES + 1, as their LIMIT; see STORY_POSTINGS.)
const VOICES: i64 = 16;
/// Prepared statements grouping keeps on top of the writer's.
const STATEMENTS: usize = 64;
/// Articles assumed on top of the archive's when weighing terms: in a small archive every term two
/// articles share is in a large part of it, and would count for next to nothing.
const IDF_PRIOR: f32 = 5.0;
/// The cosine at which two articles count as related, so that a reworded quotation may join.
const RELATED: f32 = 0.15;

/// What grouping keeps in memory from one commit to the next: the term counts it has read (and
/// written), the posting lists it has read, grouped articles and quote keys. It holds only what
/// this connection's own imports wrote; the store drops it when anything else may have changed
/// the archive (a deletion, a re-extraction, a rollback, another process's commit).
#[derive(Debug)]
pub(crate) struct GroupCache {
    known: FxHashMap<String, Known>,
    story_postings: Postings,
    quote_postings: Postings,
    grouped: FxHashMap<i64, Rc<Grouped>>,
    keys: FxHashMap<String, Rc<QuoteKey>>,
    /// Quote group → the key of its canonical text and its voice, as this run has read or set them.
    groups: FxHashMap<i64, (Rc<QuoteKey>, Option<i64>)>,
    /// Quotes read as candidates.
    quotes: FxHashMap<i64, QuoteCandidate>,
    /// Signatures of articles stored in the open transaction, made by the import's workers: the
    /// signature was a quarter of grouping's instructions, on the single writer's thread.
    signed: FxHashMap<i64, Signature>,
}

impl GroupCache {
    /// Takes the signatures of articles just stored (by id), made as `signature` makes them of
    /// the title, dek and body the store keeps.
    pub(crate) fn signed(&mut self, signatures: impl IntoIterator<Item = (i64, Signature)>) {
        self.signed.extend(signatures);
    }
}

/// A term's document frequency: as stored, as added since, and its weight as last computed
/// (for how many articles, at what count): a candidate's cosine weighs every term again, and
/// the logarithm was a tenth of grouping's instructions.
#[derive(Debug)]
struct Known {
    stored: i64,
    added: i64,
    idf: Cell<(i64, i64, f32)>,
}

impl Known {
    fn new(stored: i64) -> Known {
        Known {
            stored,
            added: 0,
            idf: Cell::new((-1, -1, 0.0)),
        }
    }
}

impl Default for GroupCache {
    fn default() -> Self {
        GroupCache {
            known: FxHashMap::default(),
            groups: FxHashMap::default(),
            quotes: FxHashMap::default(),
            story_postings: Postings::new(Index::Story),
            quote_postings: Postings::new(Index::Quote),
            grouped: FxHashMap::default(),
            keys: FxHashMap::default(),
            signed: FxHashMap::default(),
        }
    }
}

/// A grouped article as candidates are scored from it: signature, story, outlet, date. An article's
/// story never changes once it is grouped, so this is kept from one article to the next.
type Grouped = (Signature, i64, Option<i64>, Option<String>);

/// Grouped articles kept in memory at most (about 1.5 KB each).
const GROUPED_KEPT: usize = 8192;
/// Quote keys kept in memory at most, by the quote's text (about 1 KB each): a quotation many
/// articles carry is a candidate again and again, and so is its group's canonical text. The same
/// bound holds for candidate quotes and for groups kept.
const KEYS_KEPT: usize = 16384;

/// Groups every article stored since the last grouping; returns how many it grouped.
pub(crate) fn group_pending(conn: &Connection, cache: &mut GroupCache) -> Result<usize> {
    let last: i64 = conn
        .prepare_cached("SELECT coalesce(max(article_id), 0) FROM story_members")?
        .query_row([], |row| row.get(0))?;
    let ids: Vec<i64> = conn
        .prepare_cached("SELECT id FROM articles WHERE id > ?1 ORDER BY id")?
        .query_map([last], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    if ids.is_empty() {
        return Ok(0);
    }
    // Grouped articles so far: ids are dense, so the highest member id counts them closely enough
    // for a weight, without counting rows.
    let mut df = Df::take(conn, cache, last)?;
    for &id in &ids {
        group_article(conn, &mut df, id)?;
    }
    // Only articles of this transaction were signed, and it has grouped them all.
    df.kept.signed.clear();
    df.finish(cache)?;
    Ok(ids.len())
}

/// Document frequencies of terms, read from `story_df` once and counted up in memory, written back
/// at the end of each run; and the terms too common to propose candidates.
struct Df<'a> {
    conn: &'a Connection,
    articles: i64,
    kept: GroupCache,
}

impl<'a> Df<'a> {
    /// The counts and caches for one run, taken from `cache` and given back by [`Df::finish`] only
    /// when the run succeeds: after a failure they are read again from the archive.
    fn take(conn: &'a Connection, cache: &mut GroupCache, articles: i64) -> Result<Df<'a>> {
        let cache = std::mem::take(cache);
        // Grouping's statements and the writer's would not fit the writer's cache: each would be
        // parsed again for every article.
        conn.set_prepared_statement_cache_capacity(STATEMENTS);
        // A statement whose plan SQLite may tune to a bound value (`term = ?1` on a table with
        // another plan to weigh, a LEFT JOIN on `q.id = ?1`) is marked to be prepared again when
        // its bindings are cleared, and rusqlite clears them each time it takes a statement back
        // into its cache: every posting read and candidate quote was parsed again, 23 % of a
        // grouping's instructions. With the planner's stability guarantee the plan ignores bound
        // values (grouping's are all lookups by key), and a cached statement stays prepared.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        Ok(Df {
            conn,
            articles,
            kept: cache,
        })
    }

    fn finish(mut self, cache: &mut GroupCache) -> Result<()> {
        self.flush()?;
        *cache = self.kept;
        Ok(())
    }

    /// The key of a quotation's text, made once while it is kept.
    fn key(&mut self, text: &str) -> Rc<QuoteKey> {
        if let Some(key) = self.kept.keys.get(text) {
            return Rc::clone(key);
        }
        if self.kept.keys.len() >= KEYS_KEPT {
            self.kept.keys.clear();
        }
        let key = Rc::new(QuoteKey::new(text));
        self.kept.keys.insert(text.to_owned(), Rc::clone(&key));
        key
    }

    /// Makes sure every term of `signature` has its count in memory.
    fn load(&mut self, signature: &Signature) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT df FROM story_df WHERE term = ?1")?;
        for (term, _) in &signature.terms {
            if !self.kept.known.contains_key(term) {
                let stored: Option<i64> = stmt.query_row([term], |row| row.get(0)).optional()?;
                self.kept
                    .known
                    .insert(term.clone(), Known::new(stored.unwrap_or(0)));
            }
        }
        Ok(())
    }

    /// Counts a new article's terms.
    fn add(&mut self, signature: &Signature) -> Result<()> {
        self.load(signature)?;
        self.articles += 1;
        for (term, _) in &signature.terms {
            if let Some(entry) = self.kept.known.get_mut(term) {
                entry.added += 1;
            }
        }
        Ok(())
    }

    /// The inverse document frequency of a loaded term (an unloaded one counts as rare).
    fn idf(&self, term: &str) -> f32 {
        let Some(known) = self.kept.known.get(term) else {
            return idf(self.articles, 1);
        };
        let df = known.stored + known.added;
        let (articles, at_df, weight) = known.idf.get();
        if articles == self.articles && at_df == df {
            return weight;
        }
        let weight = idf(self.articles, df);
        known.idf.set((self.articles, df, weight));
        weight
    }

    fn flush(&mut self) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO story_df (term, df) VALUES (?1, ?2)
             ON CONFLICT (term) DO UPDATE SET df = df + excluded.df",
        )?;
        for (term, known) in &mut self.kept.known {
            if known.added > 0 {
                stmt.execute(params![term, known.added])?;
                known.stored += std::mem::take(&mut known.added);
            }
        }
        Ok(())
    }
}

/// How much a term carried by `df` of `articles` grouped articles weighs.
pub(crate) fn idf(articles: i64, df: i64) -> f32 {
    ((articles as f32 + IDF_PRIOR) / df.max(1) as f32)
        .ln()
        .max(0.05)
}

/// The new article as grouping reads it.
struct NewArticle {
    id: i64,
    outlet_id: Option<i64>,
    published: Option<String>,
    signature: Signature,
}

/// Candidate articles met so far for one new article, loaded once each.
struct Candidates<'a, 'b> {
    conn: &'a Connection,
    df: &'b mut Df<'a>,
    article: &'b NewArticle,
    /// The article's signature's norm, which does not change while its candidates are scored.
    norm: f32,
    loaded: FxHashMap<i64, Option<Candidate>>,
}

impl<'a, 'b> Candidates<'a, 'b> {
    fn new(conn: &'a Connection, df: &'b mut Df<'a>, article: &'b NewArticle) -> Self {
        let norm = {
            let df = &*df;
            article.signature.norm(&|t| df.idf(t))
        };
        Candidates {
            conn,
            df,
            article,
            norm,
            loaded: FxHashMap::default(),
        }
    }
}

impl Candidates<'_, '_> {
    /// The candidate for `article_id`, loaded on first use; None when it is not grouped yet.
    fn get(&mut self, article_id: i64) -> Result<Option<&mut Candidate>> {
        if !self.loaded.contains_key(&article_id) {
            let candidate = self.load(article_id)?;
            self.loaded.insert(article_id, candidate);
        }
        Ok(self.loaded.get_mut(&article_id).and_then(Option::as_mut))
    }

    fn load(&mut self, article_id: i64) -> Result<Option<Candidate>> {
        if !self.df.kept.grouped.contains_key(&article_id) {
            let row = self
                .conn
                .prepare_cached(
                    "SELECT s.terms, m.story_id, a.outlet_id, coalesce(a.published_at, a.updated_at)
                     FROM story_signatures AS s
                     JOIN story_members AS m ON m.article_id = s.article_id
                     JOIN articles AS a ON a.id = s.article_id
                     WHERE s.article_id = ?1",
                )?
                .query_row([article_id], |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                    ))
                })
                .optional()?;
            let Some((terms, story_id, outlet_id, published)) = row else {
                return Ok(None);
            };
            let signature = Signature::decode(&terms);
            self.df.load(&signature)?;
            if self.df.kept.grouped.len() >= GROUPED_KEPT {
                self.df.kept.grouped.clear();
            }
            let base = Rc::new((signature, story_id, outlet_id, published));
            self.df.kept.grouped.insert(article_id, base);
        }
        let base = Rc::clone(&self.df.kept.grouped[&article_id]);
        let (signature, story_id, outlet_id, published) = &*base;
        let df = &*self.df;
        Ok(Some(Candidate {
            article_id,
            story_id: *story_id,
            outlet_id: *outlet_id,
            published: published.clone(),
            cosine: signature.cosine_to(&self.article.signature, self.norm, &|t| df.idf(t)),
            shared_quotes: 0,
        }))
    }
}

fn group_article<'a>(conn: &'a Connection, df: &mut Df<'a>, id: i64) -> Result<()> {
    let (title, published, outlet_id): (String, Option<String>, Option<i64>) = conn
        .prepare_cached("SELECT title, coalesce(published_at, updated_at), outlet_id FROM articles WHERE id = ?1")?
        .query_row([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
    let signature = match df.kept.signed.remove(&id) {
        Some(signed) => signed,
        None => {
            let (dek, body): (Option<String>, String) = conn
                .prepare_cached("SELECT dek, body FROM articles WHERE id = ?1")?
                .query_row([id], |row| Ok((row.get(0)?, row.get(1)?)))?;
            signature(&title, dek.as_deref(), &body)
        }
    };
    let article = NewArticle {
        id,
        outlet_id,
        published,
        signature,
    };
    df.add(&article.signature)?;
    let index_terms: Vec<String> = {
        let df = &*df;
        article
            .signature
            .index_terms(&|t| df.idf(t))
            .into_iter()
            .map(str::to_owned)
            .collect()
    };
    let mut candidates = Candidates::new(conn, df, &article);
    let hits = candidates
        .df
        .kept
        .story_postings
        .count(conn, &index_terms)?;
    for (article_id, _) in top(hits, ARTICLE_CANDIDATES) {
        candidates.get(article_id)?;
    }
    group_quotes(&mut candidates, &[])?;
    let mut scored: Vec<Candidate> = candidates.loaded.into_values().flatten().collect();
    scored.sort_by_key(|c| c.article_id);
    let decision = decide(article.outlet_id, article.published.as_deref(), &scored);
    let story_id = match decision.join {
        Some((story_id, _)) => {
            conn.prepare_cached(
                "UPDATE stories SET
                     first_seen = CASE WHEN ?2 IS NOT NULL AND (first_seen IS NULL OR ?2 < first_seen) THEN ?2 ELSE first_seen END,
                     last_seen = CASE WHEN ?2 IS NOT NULL AND (last_seen IS NULL OR ?2 > last_seen) THEN ?2 ELSE last_seen END
                 WHERE id = ?1",
            )?
            .execute(params![story_id, article.published])?;
            story_id
        }
        None => {
            conn.prepare_cached(
                "INSERT INTO stories (label, first_seen, last_seen) VALUES (?1, ?2, ?2)",
            )?
            .execute(params![title, article.published])?;
            conn.last_insert_rowid()
        }
    };
    conn.prepare_cached(
        "INSERT INTO story_members (article_id, story_id, score, matched_with, duplicate_of)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        id,
        story_id,
        (f64::from(decision.score) * 1000.0).round() / 1000.0,
        decision.join.map(|(_, with)| with),
        decision.duplicate_of
    ])?;
    conn.prepare_cached("INSERT INTO story_signatures (article_id, terms) VALUES (?1, ?2)")?
        .execute(params![id, article.signature.encode()])?;
    for term in &index_terms {
        df.kept.story_postings.add(conn, term, id)?;
    }
    Ok(())
}

/// The `n` items with the most hits, the latest first among equals.
fn top(hits: FxHashMap<i64, u32>, n: usize) -> Vec<(i64, u32)> {
    let order = |a: &(i64, u32), b: &(i64, u32)| b.1.cmp(&a.1).then_with(|| b.0.cmp(&a.0));
    let mut hits: Vec<(i64, u32)> = hits.into_iter().collect();
    // Items are distinct, so the order is total: choosing the n first and sorting only them
    // gives what sorting every hit did.
    if n == 0 {
        return Vec::new();
    }
    if hits.len() > n {
        hits.select_nth_unstable_by(n - 1, order);
        hits.truncate(n);
    }
    hits.sort_unstable_by(order);
    hits
}

/// A quote of another article that a new quote may join.
#[derive(Debug, Clone)]
struct QuoteCandidate {
    id: i64,
    article_id: i64,
    text: Rc<str>,
    key: Rc<QuoteKey>,
    group_id: Option<i64>,
}

/// Puts each quotation of the new article into the group of the quote it matches best (starting a
/// group with that quote when it had none), indexes it, and counts on each candidate article the
/// quotations they share. `also` are quotes to consider besides those the postings propose.
fn group_quotes(candidates: &mut Candidates<'_, '_>, also: &[i64]) -> Result<()> {
    let conn = candidates.conn;
    let article_id = candidates.article.id;
    let quotes: Vec<(i64, String, Option<i64>)> = conn
        .prepare_cached(
            "SELECT id, text, speaker_id FROM quotes WHERE article_id = ?1 AND kind <> 'indirect' ORDER BY id",
        )?
        .query_map([article_id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<Result<_, _>>()?;
    for (quote_id, text, speaker_id) in quotes {
        let key = candidates.df.key(&text);
        if !key.groupable() {
            continue;
        }
        let anchors = key.anchors();
        let hits = candidates.df.kept.quote_postings.count(conn, &anchors)?;
        let mut best: Option<(QuoteCandidate, f32)> = None;
        let proposed = top(hits, QUOTE_CANDIDATES).into_iter().map(|(id, _)| id);
        let mut seen = FxHashSet::default();
        for other_id in proposed.chain(also.iter().copied()) {
            if !seen.insert(other_id) {
                continue;
            }
            let Some(other) = candidates.df.quote(other_id)? else {
                continue;
            };
            if other.article_id == article_id {
                continue;
            }
            let related = candidates
                .get(other.article_id)?
                .is_some_and(|c| c.cosine >= RELATED);
            let Some((similarity, _)) = key.similarity(&other.key, related) else {
                continue;
            };
            if best.as_ref().is_none_or(|(_, s)| similarity > *s) {
                best = Some((other, similarity));
            }
            if similarity >= 1.0 {
                break;
            }
        }
        let mut index = true;
        if let Some((other, similarity)) = best {
            join_group(
                &mut *candidates.df,
                (quote_id, article_id, speaker_id),
                &key,
                &other,
            )?;
            if let Some(candidate) = candidates.get(other.article_id)? {
                candidate.shared_quotes += 1;
            }
            // A copy of words already indexed would only lengthen the posting lists of a quotation
            // many articles carry; a new wording of it is indexed, so that later ones find it.
            index = similarity < INDEX_COPIES_BELOW;
        }
        if !index {
            continue;
        }
        for anchor in anchors {
            candidates
                .df
                .kept
                .quote_postings
                .add(conn, anchor, quote_id)?;
        }
    }
    Ok(())
}

impl Df<'_> {
    /// Quote `id` as a candidate, read once while it is kept: a quotation many articles carry is
    /// proposed to each of them. Its group is kept up to date by [`join_group`], the only code
    /// that puts a quote already stored into a group.
    fn quote(&mut self, id: i64) -> Result<Option<QuoteCandidate>> {
        if let Some(quote) = self.kept.quotes.get(&id) {
            return Ok(Some(quote.clone()));
        }
        let row: Option<(i64, String, Option<i64>)> = self
            .conn
            .prepare_cached(
                "SELECT q.article_id, q.text, m.group_id FROM quotes AS q
                 LEFT JOIN quote_group_members AS m ON m.quote_id = q.id WHERE q.id = ?1",
            )?
            .query_row([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
            .optional()?;
        let Some((article_id, text, group_id)) = row else {
            return Ok(None);
        };
        let quote = QuoteCandidate {
            id,
            article_id,
            key: self.key(&text),
            text: text.into(),
            group_id,
        };
        if self.kept.quotes.len() >= KEYS_KEPT {
            self.kept.quotes.clear();
        }
        self.kept.quotes.insert(id, quote.clone());
        Ok(Some(quote))
    }
}

/// Adds the new quote to `other`'s group, first making one of `other` alone if it had none, then
/// credits the group to the voice its members agree on.
fn join_group(
    df: &mut Df<'_>,
    (quote_id, quote_article, speaker_id): (i64, i64, Option<i64>),
    key: &QuoteKey,
    other: &QuoteCandidate,
) -> Result<()> {
    let conn = df.conn;
    let group_id = match other.group_id {
        Some(id) => id,
        None => {
            conn.prepare_cached("INSERT INTO quote_groups (canonical_text) VALUES (?1)")?
                .execute([&*other.text])?;
            let id = conn.last_insert_rowid();
            if let Some(kept) = df.kept.quotes.get_mut(&other.id) {
                kept.group_id = Some(id);
            }
            conn.prepare_cached(
                "INSERT INTO quote_group_members (quote_id, group_id, article_id, similarity) VALUES (?1, ?2, ?3, 1.0)",
            )?
            .execute(params![other.id, id, other.article_id])?;
            id
        }
    };
    let (canonical, voice) = match df.kept.groups.get(&group_id) {
        Some((canonical, voice)) => (Rc::clone(canonical), *voice),
        None => {
            let (text, voice): (String, Option<i64>) = conn
                .prepare_cached(
                    "SELECT canonical_text, speaker_id FROM quote_groups WHERE id = ?1",
                )?
                .query_row([group_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
            let canonical = df.key(&text);
            if df.kept.groups.len() >= KEYS_KEPT {
                df.kept.groups.clear();
            }
            df.kept
                .groups
                .insert(group_id, (Rc::clone(&canonical), voice));
            (canonical, voice)
        }
    };
    let similarity = closeness(key, &canonical);
    conn.prepare_cached(
        "INSERT INTO quote_group_members (quote_id, group_id, article_id, similarity) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        quote_id,
        group_id,
        quote_article,
        (f64::from(similarity) * 1000.0).round() / 1000.0
    ])?;
    // A member with no speaker, or the group's own, cannot change its voice; nor can one more in a
    // group whose voice is settled.
    if other.group_id.is_some() && (speaker_id.is_none() || speaker_id == voice) {
        return Ok(());
    }
    let members: i64 = conn
        .prepare_cached(
            "SELECT count(*) FROM (SELECT 1 FROM quote_group_members WHERE group_id = ?1 LIMIT 17)",
        )?
        .query_row([group_id], |row| row.get(0))?;
    if members > VOICES {
        return Ok(());
    }
    let voice = reconcile_voice(conn, group_id)?;
    if let Some(kept) = df.kept.groups.get_mut(&group_id) {
        kept.1 = voice;
    }
    Ok(())
}

/// Credits group `group_id` to the voice its first members agree on, and returns it.
fn reconcile_voice(conn: &Connection, group_id: i64) -> Result<Option<i64>> {
    let members: Vec<(Option<i64>, Option<String>, Option<String>)> = conn
        .prepare_cached(
            "SELECT q.speaker_id, s.name, q.attribution FROM quote_group_members AS m
             JOIN quotes AS q ON q.id = m.quote_id LEFT JOIN speakers AS s ON s.id = q.speaker_id
             WHERE m.group_id = ?1 ORDER BY m.quote_id LIMIT 16",
        )?
        .query_map([group_id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })?
        .collect::<Result<_, _>>()?;
    let voices: Vec<Voice<'_>> = members
        .iter()
        .map(|(speaker_id, name, attribution)| Voice {
            speaker_id: *speaker_id,
            speaker_name: name.as_deref(),
            attribution: attribution.as_deref(),
        })
        .collect();
    let voice = reconcile(&voices);
    conn.prepare_cached("UPDATE quote_groups SET speaker_id = ?2 WHERE id = ?1")?
        .execute(params![group_id, voice])?;
    Ok(voice)
}

/// Before a source is extracted again (its articles deleted and written back under the same ids):
/// sets aside its articles' story memberships and signatures, which the deletion cascades away and
/// grouping would not make again (it groups only articles newer than every member), and notes the
/// quote groups its quotes are in for [`regroup_quotes`].
pub(crate) fn set_aside_memberships(conn: &Connection, source_id: i64) -> Result<()> {
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS kept_story_members AS SELECT * FROM story_members WHERE 0;
         CREATE TEMP TABLE IF NOT EXISTS kept_story_signatures AS SELECT * FROM story_signatures WHERE 0;
         CREATE TEMP TABLE IF NOT EXISTS kept_quote_groups (group_id INTEGER PRIMARY KEY);
         DELETE FROM temp.kept_story_members;
         DELETE FROM temp.kept_story_signatures;
         DELETE FROM temp.kept_quote_groups;",
    )?;
    // The quote groups its quotes are in: they lose those members (the new extraction's quotes have
    // new ids), and the new quotes are offered what is left of them.
    conn.execute(
        "INSERT OR IGNORE INTO temp.kept_quote_groups SELECT m.group_id FROM quote_group_members m
         JOIN quotes q ON q.id = m.quote_id JOIN articles a ON a.id = q.article_id WHERE a.source_id = ?1",
        [source_id],
    )?;
    conn.execute(
        "INSERT INTO temp.kept_story_members SELECT m.* FROM story_members m
         JOIN articles a ON a.id = m.article_id WHERE a.source_id = ?1",
        [source_id],
    )?;
    conn.execute(
        "INSERT INTO temp.kept_story_signatures SELECT g.* FROM story_signatures g
         JOIN articles a ON a.id = g.article_id WHERE a.source_id = ?1",
        [source_id],
    )?;
    Ok(())
}

/// After the source's articles are written back: its articles that kept their ids keep their
/// stories (a member they matched that is gone is forgotten, as deleting it would have done).
pub(crate) fn restore_memberships(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "INSERT OR IGNORE INTO story_members
         SELECT k.article_id, k.story_id, k.score,
                CASE WHEN k.matched_with IN (SELECT id FROM articles) THEN k.matched_with END,
                CASE WHEN k.duplicate_of IN (SELECT id FROM articles) THEN k.duplicate_of END
         FROM temp.kept_story_members k JOIN articles a ON a.id = k.article_id
         WHERE k.story_id IN (SELECT id FROM stories);
         INSERT OR IGNORE INTO story_signatures
         SELECT k.* FROM temp.kept_story_signatures k JOIN articles a ON a.id = k.article_id;
         DELETE FROM temp.kept_story_members;
         DELETE FROM temp.kept_story_signatures;",
    )?;
    Ok(())
}

/// Remaining members of one affected group offered to each new quote, at most.
const REGROUP_CANDIDATES: i64 = 64;

/// After a source is extracted again and its memberships restored: its quotes, which have new ids,
/// are grouped again by the code an import uses, offered both what the postings propose and what is
/// left of the groups they were in (a copy that joined one of them was never indexed itself, so only
/// its group leads to it). A group left with one member is dissolved, that member indexed so that
/// later quotes still find it, and every affected group's voice is reconciled again. Articles of the
/// source that were never grouped are left to the next grouping, as at import.
pub(crate) fn regroup_quotes(
    conn: &Connection,
    cache: &mut GroupCache,
    source_id: i64,
) -> Result<()> {
    let affected: Vec<i64> = conn
        .prepare_cached("SELECT group_id FROM temp.kept_quote_groups ORDER BY group_id")?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    // The source's old quotes and their postings were deleted: nothing kept from before is sure.
    *cache = GroupCache::default();
    let mut left = Vec::new();
    for &group_id in &affected {
        let mut stmt = conn.prepare_cached(
            "SELECT quote_id FROM quote_group_members WHERE group_id = ?1 ORDER BY quote_id LIMIT ?2",
        )?;
        for quote_id in stmt.query_map(params![group_id, REGROUP_CANDIDATES], |row| row.get(0))? {
            left.push(quote_id?);
        }
    }
    let articles: Vec<(i64, String, Option<i64>, Option<String>)> = conn
        .prepare_cached(
            "SELECT a.id, s.terms, a.outlet_id, coalesce(a.published_at, a.updated_at)
             FROM articles AS a JOIN story_signatures AS s ON s.article_id = a.id
             WHERE a.source_id = ?1 ORDER BY a.id",
        )?
        .query_map([source_id], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    let grouped: i64 = conn
        .prepare_cached("SELECT coalesce(max(article_id), 0) FROM story_members")?
        .query_row([], |row| row.get(0))?;
    let mut df = Df::take(conn, cache, grouped)?;
    for (id, terms, outlet_id, published) in articles {
        let signature = Signature::decode(&terms);
        df.load(&signature)?;
        let article = NewArticle {
            id,
            outlet_id,
            published,
            signature,
        };
        let mut candidates = Candidates::new(conn, &mut df, &article);
        group_quotes(&mut candidates, &left)?;
    }
    df.finish(cache)?;
    for group_id in affected {
        settle_group(conn, group_id)?;
    }
    // settle_group indexes quotes past the kept posting lists.
    *cache = GroupCache::default();
    conn.execute("DELETE FROM temp.kept_quote_groups", [])?;
    Ok(())
}

/// A group that lost members: dissolved when one is left (indexed, as a quote in no group is),
/// else credited again to the voice its members agree on.
fn settle_group(conn: &Connection, group_id: i64) -> Result<()> {
    let members: Vec<(i64, String)> = conn
        .prepare_cached(
            "SELECT q.id, q.text FROM quote_group_members AS m JOIN quotes AS q ON q.id = m.quote_id
             WHERE m.group_id = ?1 ORDER BY q.id LIMIT 2",
        )?
        .query_map([group_id], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    if members.len() >= 2 {
        return reconcile_voice(conn, group_id).map(drop);
    }
    if let Some((quote_id, text)) = members.first() {
        for anchor in QuoteKey::new(text).anchors() {
            Index::Quote.insert(conn, anchor, *quote_id)?;
        }
    }
    conn.prepare_cached("DELETE FROM quote_groups WHERE id = ?1")?
        .execute([group_id])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Grouping's cached statements are not parsed again each time they are taken from the cache
    /// (see `Df::take`): a re-preparation per posting read was a quarter of grouping's CPU.
    #[test]
    fn cached_statements_stay_prepared() {
        let store = crate::store::Store::open_in_memory().unwrap();
        let conn = store.connection();
        conn.execute_batch(
            "INSERT INTO sources (id, path, sha256, bytes, format, imported_at)
             VALUES (1, 'a.txt', 'x', 1, 'text', '2026-01-01');",
        )
        .unwrap();
        // A new long word in each headline and quote, so that every article reads posting lists
        // not kept yet (kept ones are not read again).
        let places = [
            "Aldermoorside",
            "Brackwaterby",
            "Cullenhaventon",
            "Dunmarrowick",
            "Eskerfieldham",
            "Fallowmereton",
        ];
        for id in 1..=6 {
            let place = places[id as usize - 1];
            let quote = format!(
                "The harbour cranes at {place} will stay shut until the inspectors sign them off"
            );
            conn.execute(
                "INSERT INTO articles (id, source_id, position, title, body) VALUES (?1, 1, ?1, ?2, ?3)",
                params![
                    id,
                    format!("Harbour cranes shut at {place}"),
                    format!("Eastport harbour cranes stayed shut. \"{quote}\", said Ingrid Halvorsen.")
                ],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO quotes (article_id, paragraph_position, text, kind) VALUES (?1, 0, ?2, 'direct')",
                params![id, quote],
            )
            .unwrap();
        }
        let mut cache = GroupCache::default();
        assert_eq!(group_pending(conn, &mut cache).unwrap(), 6);
        let members: i64 = conn
            .query_row("SELECT count(*) FROM quote_group_members", [], |row| {
                row.get(0)
            })
            .unwrap();
        assert_eq!(
            members, 6,
            "one quotation in six articles, a place name apart, is one group"
        );
        for sql in [Index::Story.read_sql(), Index::Quote.read_sql()] {
            let stmt = conn.prepare_cached(sql).unwrap();
            assert!(
                stmt.get_status(rusqlite::StatementStatus::Run) >= 5,
                "{sql}"
            );
            assert_eq!(
                stmt.get_status(rusqlite::StatementStatus::RePrepare),
                0,
                "{sql}"
            );
        }
    }

    /// The limits written out in the SQL are the constants' (see STORY_POSTINGS).
    #[test]
    fn the_limits_in_the_sql_are_the_constants() {
        let cap = format!("LIMIT {}", super::super::postings::POSTINGS_CAP + 1);
        assert!(Index::Story.read_sql().ends_with(&cap) && Index::Quote.read_sql().ends_with(&cap));
        let source = include_str!("stories.rs");
        assert!(source.contains(&format!("group_id = ?1 LIMIT {})", VOICES + 1)));
        assert!(source.contains(&format!("ORDER BY m.quote_id LIMIT {VOICES}\"")));
    }
}
