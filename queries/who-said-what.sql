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
WHERE quotes_fts MATCH search.expression
ORDER BY o.name, a.published_at, quotes_fts.rank
-- -1 is no limit; as in import-log.sql, a value that is not a whole number lists nothing.
LIMIT CASE
    WHEN :limit = 'all' THEN -1
    WHEN coalesce(nullif(:limit, ''), '100') GLOB '*[^0-9]*' THEN 0
    ELSE CAST(coalesce(nullif(:limit, ''), '100') AS INTEGER)
END;

