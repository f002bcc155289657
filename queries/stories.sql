-- name: stories
-- Stories, largest or latest first: how many articles and outlets each has, which outlets, and the dates it spans.
--
-- :order        size (most outlets, then articles, first) or latest (most recent first); anything else lists nothing (default: size)
-- :min_outlets  only stories carried by at least this many outlets (default: 2)
--
-- example: -p order=latest
--
-- Read from the per-(story, outlet) summary that triggers keep (story_outlets, migration V7), where
-- outlet 0 holds the members with no outlet: they count as articles, not as an outlet.
SELECT
    st.id AS story,
    st.label,
    x.articles,
    x.outlets,
    (SELECT group_concat(name, '; ') FROM (
        SELECT o.name FROM story_outlets AS so
        JOIN outlets AS o ON o.id = so.outlet_id
        WHERE so.story_id = st.id ORDER BY o.name)) AS outlet_names,
    st.first_seen,
    st.last_seen
FROM (
    SELECT so.story_id, sum(so.articles) AS articles, count(*) FILTER (WHERE so.outlet_id <> 0) AS outlets
    -- A story has at least as many rows as outlets: the stories with too few rows are left out by a
    -- scan of the keys alone, and only the others' rows are read.
    FROM (SELECT story_id FROM story_outlets GROUP BY story_id
          HAVING count(*) >= CAST(coalesce(nullif(:min_outlets, ''), '2') AS INTEGER)) AS k
    CROSS JOIN story_outlets AS so ON so.story_id = k.story_id
    GROUP BY so.story_id
) AS x
JOIN stories AS st ON st.id = x.story_id
-- Datasette sends '' for an empty field: it means the default.
WHERE coalesce(nullif(:order, ''), 'size') IN ('size', 'latest')
  AND x.outlets >= CAST(coalesce(nullif(:min_outlets, ''), '2') AS INTEGER)
  AND coalesce(nullif(:min_outlets, ''), '2') NOT GLOB '*[^0-9]*'
ORDER BY CASE WHEN coalesce(nullif(:order, ''), 'size') = 'latest' THEN st.last_seen END DESC,
         x.outlets DESC, x.articles DESC, st.id;
