-- name: who-said-what
-- Who said what about a term: every quote that matches it, grouped by outlet, with the speaker.
--
-- :term  full-text search over quote text: words, "a phrase", a OR b, NEAR(a b), prefix*
--
-- example: -p term=strike
SELECT
    o.name AS outlet,
    a.published_at,
    s.name AS speaker,
    highlight(quotes_fts, 0, '[', ']') AS quote,
    q.kind,
    a.title,
    a.id AS article_id
FROM quotes_fts
JOIN quotes AS q ON q.id = quotes_fts.rowid
JOIN articles AS a ON a.id = q.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
LEFT JOIN speakers AS s ON s.id = q.speaker_id
WHERE quotes_fts MATCH :term
ORDER BY o.name, a.published_at, quotes_fts.rank;
