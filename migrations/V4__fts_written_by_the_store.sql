-- The full-text indexes are written by the store, not by triggers: FTS5 flushes its pending index to
-- a new segment at every SAVEPOINT once the transaction has written to it, and the importer opens a
-- savepoint per file, so indexing each row as it was inserted made one segment per file and doubled
-- the cost of a bulk import. The store now indexes the files of a transaction together just before
-- it commits, and removes a source's rows from the indexes before it changes or deletes them
-- (src/store/fts.rs). The indexes' contents do not change.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
DROP TRIGGER quotes_fts_update;

-- Indexes that answer the canned queries from the index alone (issue 8: each under 100 ms at 20,000
-- articles). Each replaces one of V1 that is its prefix, so an import writes no more index entries.
-- top-speakers counts a speaker's quotes and distinct articles; top-speakers-by-outlet, outlet-summary
-- and import-log count an article's quotes by speaker; outlet-summary takes each outlet's first and
-- last publication date.
DROP INDEX quotes_speaker_id;
CREATE INDEX quotes_speaker_article ON quotes(speaker_id, article_id);
DROP INDEX quotes_article_id;
CREATE INDEX quotes_article_speaker ON quotes(article_id, speaker_id);
DROP INDEX articles_outlet_id;
CREATE INDEX articles_outlet_published ON articles(outlet_id, published_at);
