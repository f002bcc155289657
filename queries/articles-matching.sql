-- name: articles-matching
-- Articles that match a search term, best match first, with a highlighted snippet.
--
-- :term  full-text search over title, dek and body: words, "a phrase", a OR b, NEAR(a b), prefix*
--
-- example: -p term=strike
SELECT
    a.id AS article_id,
    o.name AS outlet,
    a.published_at,
    a.title,
    snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet
FROM articles_fts
JOIN articles AS a ON a.id = articles_fts.rowid
LEFT JOIN outlets AS o ON o.id = a.outlet_id
WHERE articles_fts MATCH :term
ORDER BY articles_fts.rank;
