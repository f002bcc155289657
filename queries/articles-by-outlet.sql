-- name: articles-by-outlet
-- Articles one outlet published in a date range, newest first.
--
-- :outlet  part of the outlet's name, any case ("reuters", "Associated")
-- :since   first publication date, YYYY-MM-DD (optional: no lower bound)
-- :until   last publication date, YYYY-MM-DD, that whole day included (optional: no upper bound)
--
-- example: -p outlet=press -p since=2026-01-01
--
-- A page that shows only an update time ("Updated Mar 4") is dated by it: it ran by then. Undated
-- articles are listed only when neither date is given.
SELECT
    a.id AS article_id,
    o.name AS outlet,
    a.published_at,
    a.title,
    a.byline,
    a.section,
    a.word_count,
    a.url,
    a.updated_at
FROM outlets AS o
-- CROSS JOIN keeps outlets as the outer loop, so articles are reached through their outlet index.
CROSS JOIN articles AS a ON a.outlet_id = o.id
-- A % or _ in the parameter matches itself, not any text: it is escaped before LIKE sees it.
WHERE o.name LIKE '%' || replace(replace(replace(:outlet, '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\'
  AND (
      coalesce(a.published_at, a.updated_at) >= coalesce(nullif(:since, ''), '')
      AND coalesce(a.published_at, a.updated_at) <= coalesce(nullif(:until, ''), '9999') || '~'
      OR (coalesce(a.published_at, a.updated_at) IS NULL AND coalesce(:since, '') = '' AND coalesce(:until, '') = '')
  )
ORDER BY coalesce(a.published_at, a.updated_at) DESC, a.id;
