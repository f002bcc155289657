-- name: first-to-report
-- Per story carried by two outlets or more, the outlet that had it first, when, and who followed.
--
-- :outlet  only stories this outlet had first: part of its name, any case (optional: every story)
--
-- example: -p outlet=
--
-- First means the earliest publication date; among undated articles, the first imported.
--
-- Read from the per-(story, outlet) summary that triggers keep (story_outlets, migration V7): each
-- row holds its outlet's earliest article of the story as article_first_keys.first (V6), which
-- sorts in that order and ends with the article's id; outlet 0 holds the members with no outlet.
WITH multi (story_id) AS (
    -- Stories in more than one row first (a scan of the keys alone), then only their rows are read.
    SELECT story_id FROM story_outlets GROUP BY story_id HAVING count(*) > 1
),
first AS (
    -- min() with bare columns: outlet_id is the one of the earliest row.
    SELECT x.story_id, x.outlet_id, min(x.first) AS first
    FROM multi
    CROSS JOIN story_outlets AS x ON x.story_id = multi.story_id
    GROUP BY x.story_id
)
SELECT
    st.id AS story,
    st.label,
    o.name AS first_outlet,
    coalesce(a.published_at, a.updated_at) AS first_published,
    (SELECT group_concat(name, '; ') FROM (
        SELECT o2.name FROM story_outlets AS x JOIN outlets AS o2 ON o2.id = x.outlet_id
        WHERE x.story_id = f.story_id AND x.outlet_id <> f.outlet_id ORDER BY o2.name)) AS followed_by,
    a.id AS article_id
FROM first AS f
JOIN stories AS st ON st.id = f.story_id
JOIN outlets AS o ON o.id = f.outlet_id
JOIN articles AS a ON a.id = CAST(substr(f.first, -19) AS INTEGER)
WHERE EXISTS (SELECT 1 FROM story_outlets AS x
              WHERE x.story_id = f.story_id AND x.outlet_id NOT IN (0, f.outlet_id))
  -- A % or _ in the parameter matches itself, not any text: it is escaped before LIKE sees it.
  AND o.name LIKE '%' || replace(replace(replace(coalesce(:outlet, ''), '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\'
ORDER BY first_published IS NULL, first_published DESC, st.id;
