-- name: articles-matching
-- Articles that match a search term, best match first, with a highlighted snippet.
--
-- :term  words to find in titles, deks and bodies ("a phrase", a OR b, a NOT b, NEAR(a b), prefix* work; an empty term finds nothing)
-- :limit  how many articles at most, in this order, or all; anything else lists nothing (default: 100)
--
-- example: -p term=strike
--
-- A page by default: a common word matches tens of thousands of articles in a large archive. The
-- page is the first rows of the full list (`-p limit=all`), in the same order.
WITH
-- :term through morgue's own search parser, the one `morgue search` uses (this WITH part is the same in
-- articles-matching.sql and who-said-what.sql): words are searched as written, punctuation and all
-- (O'Brien, Al-Awsat, U.S.), and "phrases", OR, AND, NOT, NEAR(a b, 5), parentheses and prefix* keep
-- their meaning. A term with nothing to search for gives no row here, so FTS5 is never asked to match
-- it and the query finds nothing; a malformed one (an unclosed quote, a trailing OR) is refused with a
-- message saying where and how to fix it.
search (expression) AS (
    SELECT expression FROM (SELECT morgue_fts(:term, 'title dek body') AS expression) WHERE expression IS NOT NULL
)
SELECT
    a.id AS article_id,
    o.name AS outlet,
    a.published_at,
    a.title,
    snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet
-- The search as the outer loop: an empty term gives no row, and FTS5 is never asked to match it.
FROM search
-- The page's articles, best first, before any snippet is made: a snippet for each of tens of
-- thousands of matches was most of the query's time.
CROSS JOIN (
    SELECT articles_fts.rowid, articles_fts.rank
    FROM search
    CROSS JOIN articles_fts
    WHERE articles_fts MATCH search.expression
    ORDER BY articles_fts.rank
    -- -1 is no limit; as in import-log.sql, a value that is not a whole number lists nothing.
    LIMIT CASE
        WHEN :limit = 'all' THEN -1
        WHEN coalesce(nullif(:limit, ''), '100') GLOB '*[^0-9]*' THEN 0
        ELSE CAST(coalesce(nullif(:limit, ''), '100') AS INTEGER)
    END
) AS page
CROSS JOIN articles_fts ON articles_fts.rowid = page.rowid
JOIN articles AS a ON a.id = page.rowid
LEFT JOIN outlets AS o ON o.id = a.outlet_id
WHERE articles_fts MATCH search.expression
ORDER BY page.rank;
