-- name: articles-by-outlet
-- Articles one outlet published in a date range, newest first.
--
-- :outlet  part of the outlet's name, any case ("reuters", "Associated")
-- :since   first publication date, YYYY-MM-DD (optional: no lower bound)
-- :until   last publication date, YYYY-MM-DD, that whole day included (optional: no upper bound)
--
-- example: -p outlet=press -p since=2026-01-01
--
-- Undated articles are listed only when neither date is given.
SELECT
    a.id AS article_id,
    o.name AS outlet,
    a.published_at,
    a.title,
    a.byline,
    a.section,
    a.word_count,
    a.url
FROM outlets AS o
JOIN articles AS a ON a.outlet_id = o.id
WHERE o.name LIKE '%' || :outlet || '%'
  AND (
      a.published_at >= coalesce(nullif(:since, ''), '')
      AND a.published_at <= coalesce(nullif(:until, ''), '9999') || '~'
      OR (a.published_at IS NULL AND coalesce(:since, '') = '' AND coalesce(:until, '') = '')
  )
ORDER BY a.published_at DESC, a.id;
