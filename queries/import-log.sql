-- name: import-log
-- Every imported file, oldest first, with what it produced: articles (and their titles), paragraphs,
-- captions and quotes.
--
-- example:
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
FROM sources AS s
ORDER BY s.imported_at, s.id;
