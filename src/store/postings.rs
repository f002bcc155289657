//! Grouping's inverted indexes as it reads and writes them: `story_terms` (article ids by index
//! term) and `quote_terms` (quote ids by anchor word), with the posting lists already read kept in
//! memory from one article to the next.
//!
//! Why a cache: a quotation many articles carry proposes its candidates through the same few
//! anchor words again and again, and each read stepped through up to a hundred index rows (on 1,000
//! generated files, 46,000 reads of 116 distinct anchors and 12,600 of 849 index terms were 30 %
//! of grouping's instructions).
//! A kept list is exactly what the table holds, because every posting an import adds goes through
//! [`Postings::add`]; whatever else changes the tables (a deleted source, a re-extraction, another
//! process's commit, a rollback) makes the store drop the whole [`super::stories::GroupCache`].

use rusqlite::{CachedStatement, Connection, params};
use rustc_hash::{FxHashMap, FxHashSet};

use super::Result;

/// A term whose posting list is longer than this is too common to propose candidates.
pub(crate) const POSTINGS_CAP: usize = 100;
/// Kept posting ids plus kept lists, per index, at most (a list of a term that proposes nothing
/// yet is empty, and a new archive reads many: each counts as one more); past it the kept lists are
/// dropped and read again as needed. About 40 MB at most.
const KEPT: usize = 1 << 20;

/// Which inverted index.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Index {
    Story,
    Quote,
}

impl Index {
    /// The read of one posting list, LIMIT POSTINGS_CAP + 1 written out, so that its plan cannot
    /// depend on a bound value (see `Df::take` in `stories.rs` for what that cost).
    pub(crate) const fn read_sql(self) -> &'static str {
        match self {
            Index::Story => {
                "SELECT article_id FROM story_terms WHERE term = ?1 ORDER BY article_id DESC LIMIT 101"
            }
            Index::Quote => {
                "SELECT quote_id FROM quote_terms WHERE term = ?1 ORDER BY quote_id DESC LIMIT 101"
            }
        }
    }

    /// Indexes `item` under `term` in the table alone, past any kept list (for code that drops the
    /// cache after it: see the module doc); whether the posting is new.
    pub(crate) fn insert(self, conn: &Connection, term: &str, item: i64) -> Result<bool> {
        let sql = match self {
            Index::Story => "INSERT OR IGNORE INTO story_terms (term, article_id) VALUES (?1, ?2)",
            Index::Quote => "INSERT OR IGNORE INTO quote_terms (term, quote_id) VALUES (?1, ?2)",
        };
        Ok(conn.prepare_cached(sql)?.execute(params![term, item])? > 0)
    }
}

/// One index's posting lists as far as they have been read, and its terms over the cap (a list
/// only grows while the cache lives, so a common term stays common).
#[derive(Debug)]
pub(crate) struct Postings {
    index: Index,
    common: FxHashSet<String>,
    lists: FxHashMap<String, Vec<i64>>,
    /// Ids in `lists` plus its number of lists.
    kept: usize,
}

impl Postings {
    pub(crate) fn new(index: Index) -> Postings {
        Postings {
            index,
            common: FxHashSet::default(),
            lists: FxHashMap::default(),
            kept: 0,
        }
    }

    /// For each term, the items of its posting list (none for a term over the cap), counted.
    pub(crate) fn count<T: AsRef<str>>(
        &mut self,
        conn: &Connection,
        terms: &[T],
    ) -> Result<FxHashMap<i64, u32>> {
        let mut hits: FxHashMap<i64, u32> = FxHashMap::default();
        let mut read: Option<CachedStatement<'_>> = None;
        for term in terms {
            let term = term.as_ref();
            if self.common.contains(term) {
                continue;
            }
            if !self.lists.contains_key(term) {
                let stmt = match &mut read {
                    Some(stmt) => stmt,
                    None => read.insert(conn.prepare_cached(self.index.read_sql())?),
                };
                let items: Vec<i64> = stmt
                    .query_map([term], |row| row.get(0))?
                    .collect::<Result<_, _>>()?;
                if items.len() > POSTINGS_CAP {
                    self.common.insert(term.to_owned());
                    continue;
                }
                self.keep(term, items);
            }
            for &item in &self.lists[term] {
                *hits.entry(item).or_default() += 1;
            }
        }
        Ok(hits)
    }

    /// Indexes `item` under `term`, in the table and in the list kept for it.
    pub(crate) fn add(&mut self, conn: &Connection, term: &str, item: i64) -> Result<()> {
        if !self.index.insert(conn, term, item)? {
            return Ok(());
        }
        if let Some(list) = self.lists.get_mut(term) {
            list.push(item);
            self.kept += 1;
            if list.len() > POSTINGS_CAP {
                self.kept -= list.len() + 1;
                self.lists.remove(term);
                self.common.insert(term.to_owned());
            }
        }
        Ok(())
    }

    fn keep(&mut self, term: &str, items: Vec<i64>) {
        if self.kept + items.len() + 1 > KEPT {
            self.lists.clear();
            self.kept = 0;
        }
        self.kept += items.len() + 1;
        self.lists.insert(term.to_owned(), items);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A kept list counts what a list read from the table counts, up to the cap and past it.
    #[test]
    fn kept_lists_count_what_the_table_holds() {
        let store = crate::store::Store::open_in_memory().unwrap();
        let conn = store.connection();
        conn.execute(
            "INSERT INTO sources (id, path, sha256, bytes, format, imported_at)
             VALUES (1, 'a.txt', 'x', 1, 'text', '2026-01-01')",
            [],
        )
        .unwrap();
        let mut kept = Postings::new(Index::Story);
        assert!(kept.count(conn, &["harbour"]).unwrap().is_empty());
        for id in 1..=(POSTINGS_CAP as i64 + 1) {
            conn.execute(
                "INSERT INTO articles (id, source_id, position, title, body) VALUES (?1, 1, ?1, 't', 'b')",
                [id],
            )
            .unwrap();
            kept.add(conn, "harbour", id).unwrap();
            kept.add(conn, "harbour", id).unwrap();
            let from_table = Postings::new(Index::Story)
                .count(conn, &["harbour"])
                .unwrap();
            let from_kept = kept.count(conn, &["harbour"]).unwrap();
            assert_eq!(from_kept, from_table, "after article {id}");
            let expected = if id as usize > POSTINGS_CAP {
                0
            } else {
                id as usize
            };
            assert_eq!(from_kept.len(), expected, "after article {id}");
            assert!(
                from_kept.values().all(|&n| n == 1),
                "a posting added twice counts once"
            );
        }
        assert!(kept.common.contains("harbour") && !kept.lists.contains_key("harbour"));
    }
}
