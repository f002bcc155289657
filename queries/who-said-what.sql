-- name: who-said-what
-- Who said what about a term: every quote that matches it, grouped by outlet, with the speaker.
--
-- :term  words to find in the quotes ("a phrase", a OR b, a NOT b, NEAR(a b), prefix* work; an empty term finds nothing)
-- :limit  how many quotes at most, in this order, or all; anything else lists nothing (default: 100)
--
-- example: -p term=strike
--
-- A page by default: a common word matches tens of thousands of quotes in a large archive. The
-- page is the first rows of the full list (`-p limit=all`), in the same order.
WITH
-- :term through morgue's own search parser, the one `morgue search` uses (this WITH part is the same in
-- articles-matching.sql and who-said-what.sql): words are searched as written, punctuation and all
-- (O'Brien, Al-Awsat, U.S.), and "phrases", OR, AND, NOT, NEAR(a b, 5), parentheses and prefix* keep
-- their meaning. A term with nothing to search for gives no row here, so FTS5 is never asked to match
-- it and the query finds nothing; a malformed one (an unclosed quote, a trailing OR) is refused with a
-- message saying where and how to fix it.
search (expression) AS (
    SELECT expression FROM (SELECT morgue_fts(:term, 'text') AS expression) WHERE expression IS NOT NULL
),
-- How many rows at most: -1 is no limit; as in import-log.sql, a value that is not a whole number
-- lists nothing.
page_size (n) AS (
    SELECT CASE
        WHEN :limit = 'all' THEN -1
        WHEN coalesce(nullif(:limit, ''), '100') GLOB '*[^0-9]*' THEN 0
        ELSE CAST(coalesce(nullif(:limit, ''), '100') AS INTEGER)
    END
),
-- Which way to find the page's first rows in outlet and date order. Walking articles in that order
-- (below) visits about page size × quotes / matches quotes before the page is full; sorting every
-- match visits each once. The walk wins for a common word and loses badly for a rare one (seven
-- matches would mean walking the whole archive), so it is taken when it visits fewer: when more
-- quotes match than about the square root of page size × quotes, here the least power of two whose
-- square is over it, counted only that far. Matches are read without their rank here and below:
-- bm25 for each of a common word's tens of thousands of matches, and their highlights, were most
-- of the query's time when the page needs a hundred.
bound (s) AS (
    SELECT 1
    UNION ALL
    SELECT s * 2 FROM bound
    WHERE s * s <= (SELECT n FROM page_size) * (SELECT coalesce(max(id), 0) FROM quotes)
),
plan (walk) AS (
    SELECT n >= 0 AND (
        SELECT count(*) FROM (
            SELECT 1 FROM search CROSS JOIN quotes_fts WHERE quotes_fts MATCH search.expression
            LIMIT (SELECT max(s) FROM bound) + 1)
    ) > (SELECT max(s) FROM bound)
    FROM page_size
),
-- The first rows' (outlet, date), by sorting every match: for a rare term, or every row.
sorted (outlet_id, published_at) AS (
    SELECT a.outlet_id, a.published_at
    FROM search
    CROSS JOIN quotes_fts
    CROSS JOIN quotes AS q ON q.id = quotes_fts.rowid
    CROSS JOIN articles AS a ON a.id = q.article_id
    LEFT JOIN outlets AS o ON o.id = a.outlet_id
    WHERE quotes_fts MATCH search.expression
    ORDER BY o.name, a.published_at
    LIMIT (SELECT CASE WHEN walk THEN 0 ELSE n END FROM plan, page_size)
),
-- The same by walking the (outlet_id, published_at) index: articles with no outlet first, as their
-- empty outlet name sorts first, then each outlet's by name. Two walks, not one UNION with an ORDER
-- BY, because SQLite sorts a branch whose ORDER BY term is a constant instead of reading it in
-- index order. The plan is a LIMIT of 0 for the way not taken, which SQLite tests before its first
-- row (as a WHERE term, or a joined row, it would be tested on every row or break the index order),
-- so that no set of matches is built for a walk not taken, or for the second when the first fills
-- the page.
unnamed (outlet_id, published_at) AS (
    SELECT NULL, a.published_at
    FROM articles AS a
    CROSS JOIN quotes AS q ON q.article_id = a.id
    WHERE a.outlet_id IS NULL
      AND q.id IN (SELECT quotes_fts.rowid FROM search CROSS JOIN quotes_fts WHERE quotes_fts MATCH search.expression)
    ORDER BY a.published_at
    LIMIT (SELECT CASE WHEN walk THEN n ELSE 0 END FROM plan, page_size)
),
named (outlet_id, published_at) AS (
    SELECT o.id, a.published_at
    FROM outlets AS o
    CROSS JOIN articles AS a ON a.outlet_id = o.id
    CROSS JOIN quotes AS q ON q.article_id = a.id
    WHERE q.id IN (SELECT quotes_fts.rowid FROM search CROSS JOIN quotes_fts WHERE quotes_fts MATCH search.expression)
    ORDER BY o.name, a.published_at
    LIMIT (SELECT CASE WHEN walk THEN max(0, n - (SELECT count(*) FROM unnamed)) ELSE 0 END
           FROM plan, page_size)
),
-- The page is the first rows in (outlet, date, rank) order, so it holds every quote of its
-- (outlet, date) groups but the last, whose best-ranked fill it: each quote of those groups is
-- ranked, in one cursor below, and no other.
page_quote (id) AS (
    SELECT q.id
    FROM (SELECT DISTINCT outlet_id, published_at FROM (
              SELECT * FROM sorted UNION ALL SELECT * FROM unnamed UNION ALL SELECT * FROM named)) AS g
    CROSS JOIN articles AS a ON a.outlet_id IS g.outlet_id AND a.published_at IS g.published_at
    CROSS JOIN quotes AS q ON q.article_id = a.id
)
SELECT
    o.name AS outlet,
    a.published_at,
    s.name AS speaker,
    highlight(quotes_fts, 0, '[', ']') AS quote,
    q.kind,
    a.title,
    a.id AS article_id
-- The search as the outer loop: an empty term gives no row, and FTS5 is never asked to match it.
FROM search
CROSS JOIN quotes_fts
JOIN quotes AS q ON q.id = quotes_fts.rowid
JOIN articles AS a ON a.id = q.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
LEFT JOIN speakers AS s ON s.id = q.speaker_id
-- The unary + keeps the page's ids a filter on this one cursor: as a rowid constraint, each id
-- would be a search of its own, each paying bm25's pass over every match of each phrase.
WHERE quotes_fts MATCH search.expression AND +quotes_fts.rowid IN page_quote
ORDER BY o.name, a.published_at, quotes_fts.rank
LIMIT (SELECT n FROM page_size);
