-- name: stories
-- Stories, largest or latest first: how many articles and outlets each has, which outlets, and the dates it spans.
--
-- :order        size (most outlets, then articles, first) or latest (most recent first); anything else lists nothing (default: size)
-- :min_outlets  only stories carried by at least this many outlets (default: 2)
--
-- example: -p order=latest
SELECT
    st.id AS story,
    st.label,
    count(*) AS articles,
    count(DISTINCT a.outlet_id) AS outlets,
    (SELECT group_concat(name, '; ') FROM (
        SELECT DISTINCT o.name FROM story_members AS m2
        JOIN articles AS a2 ON a2.id = m2.article_id
        JOIN outlets AS o ON o.id = a2.outlet_id
        WHERE m2.story_id = st.id ORDER BY o.name)) AS outlet_names,
    st.first_seen,
    st.last_seen
FROM stories AS st
JOIN story_members AS m ON m.story_id = st.id
JOIN articles AS a ON a.id = m.article_id
-- Datasette sends '' for an empty field: it means the default.
WHERE coalesce(nullif(:order, ''), 'size') IN ('size', 'latest')
GROUP BY st.id
HAVING count(DISTINCT a.outlet_id) >= CAST(coalesce(nullif(:min_outlets, ''), '2') AS INTEGER)
   AND coalesce(nullif(:min_outlets, ''), '2') NOT GLOB '*[^0-9]*'
ORDER BY CASE WHEN coalesce(nullif(:order, ''), 'size') = 'latest' THEN st.last_seen END DESC,
         count(DISTINCT a.outlet_id) DESC, count(*) DESC, st.id;
