-- name: first-to-report
-- Per story carried by two outlets or more, the outlet that had it first, when, and who followed.
--
-- :outlet  only stories this outlet had first: part of its name, any case (optional: every story)
--
-- example: -p outlet=
--
-- First means the earliest publication date; among undated articles, the first imported.
WITH member AS (
    SELECT
        m.story_id,
        a.id AS article_id,
        a.outlet_id,
        coalesce(a.published_at, a.updated_at) AS published_at,
        row_number() OVER (
            PARTITION BY m.story_id
            ORDER BY coalesce(a.published_at, a.updated_at) IS NULL, coalesce(a.published_at, a.updated_at), a.id
        ) AS n
    FROM story_members AS m
    JOIN articles AS a ON a.id = m.article_id
)
SELECT
    st.id AS story,
    st.label,
    o.name AS first_outlet,
    f.published_at AS first_published,
    (SELECT group_concat(name, '; ') FROM (
        SELECT DISTINCT o2.name FROM member AS x JOIN outlets AS o2 ON o2.id = x.outlet_id
        WHERE x.story_id = f.story_id AND x.outlet_id <> f.outlet_id ORDER BY o2.name)) AS followed_by,
    f.article_id
FROM member AS f
JOIN stories AS st ON st.id = f.story_id
JOIN outlets AS o ON o.id = f.outlet_id
WHERE f.n = 1
  AND EXISTS (SELECT 1 FROM member AS x WHERE x.story_id = f.story_id AND x.outlet_id <> f.outlet_id)
  -- A % or _ in the parameter matches itself, not any text: it is escaped before LIKE sees it.
  AND o.name LIKE '%' || replace(replace(replace(coalesce(:outlet, ''), '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\'
ORDER BY f.published_at IS NULL, f.published_at DESC, st.id;
