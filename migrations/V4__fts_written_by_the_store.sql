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
