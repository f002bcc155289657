-- name: import-log
-- Every imported file, oldest first, with what it produced: articles (and their titles), paragraphs,
-- captions and quotes.
--
-- :limit  how many files at most, oldest first, or all; anything else lists nothing (default: 1000)
--
-- example:
--
-- A page by default: an archive of 100,000 files lists 100,000 rows, four counts each. The page is
-- chosen first, so the counts are made for its files alone.
SELECT
    s.id AS source_id,
    s.path,
    s.format,
    s.bytes,
    s.imported_at,
    (SELECT count(*) FROM articles AS a WHERE a.source_id = s.id) AS articles,
    (SELECT count(*) FROM articles AS a CROSS JOIN paragraphs AS p ON p.article_id = a.id
      WHERE a.source_id = s.id) AS paragraphs,
    (SELECT count(*) FROM articles AS a CROSS JOIN captions AS c ON c.article_id = a.id
      WHERE a.source_id = s.id) AS captions,
    (SELECT count(*) FROM articles AS a CROSS JOIN quotes AS q ON q.article_id = a.id
      WHERE a.source_id = s.id) AS quotes,
    (SELECT group_concat(t.title, ' | ')
       FROM (SELECT a.title FROM articles AS a WHERE a.source_id = s.id ORDER BY a.position) AS t) AS titles
FROM (
    SELECT * FROM sources
    ORDER BY imported_at, id
    -- -1 is no limit; as in stories.sql, a value that is not a whole number lists nothing.
    LIMIT CASE
        WHEN :limit = 'all' THEN -1
        WHEN coalesce(nullif(:limit, ''), '1000') GLOB '*[^0-9]*' THEN 0
        ELSE CAST(coalesce(nullif(:limit, ''), '1000') AS INTEGER)
    END
) AS s
ORDER BY s.imported_at, s.id;
