-- Issue 8: at 100,000 articles a search spent half its instructions in bm25's count of the rows
-- holding each phrase, which FTS5 makes by walking the phrase's whole doclist on every query. This
-- migration keeps that count per term and index (search_terms), so that morgue's own ranking
-- function (morgue_bm25, src/store/search_terms.rs) reads it in one lookup. The store keeps it on
-- every write that changes the full-text indexes, from the terms FTS5's own tokenizer makes of each
-- row (morgue_terms); `morgue check` compares it with search_terms_computed. The FTS tables and
-- their own rank are unchanged: bm25() in the sqlite3 shell and Datasette works as before.
CREATE TABLE search_terms (
    -- The full-text index: 'articles_fts' or 'quotes_fts'.
    fts  TEXT NOT NULL,
    -- A term as the index holds it (lower case, without diacritics).
    term TEXT NOT NULL,
    -- How many of the index's rows hold it, in any column: at least 1 (a row at 0 is removed).
    rows INTEGER NOT NULL,
    PRIMARY KEY (fts, term)
) WITHOUT ROWID;

-- Each index's rows retokenized by morgue_terms, a function morgue registers on its connections:
-- morgue check reads this view; the sqlite3 shell lacks the function.
CREATE VIEW search_terms_computed AS
SELECT 'articles_fts' AS fts, t.value AS term, count(*) AS rows
FROM articles_fts CROSS JOIN json_each(morgue_terms(articles_fts)) AS t
GROUP BY t.value
UNION ALL
SELECT 'quotes_fts', t.value, count(*)
FROM quotes_fts CROSS JOIN json_each(morgue_terms(quotes_fts)) AS t
GROUP BY t.value;

-- The first counts come from the indexes themselves (fts5vocab's 'row' table: the rows holding each
-- term), without a function of morgue's.
CREATE VIRTUAL TABLE temp.v9_article_terms USING fts5vocab(main, articles_fts, row);
CREATE VIRTUAL TABLE temp.v9_quote_terms USING fts5vocab(main, quotes_fts, row);
INSERT INTO search_terms (fts, term, rows)
SELECT 'articles_fts', term, doc FROM temp.v9_article_terms
UNION ALL
SELECT 'quotes_fts', term, doc FROM temp.v9_quote_terms;
DROP TABLE temp.v9_article_terms;
DROP TABLE temp.v9_quote_terms;
