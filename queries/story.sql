-- name: story
-- The story an article belongs to: its articles by date and outlet, how strongly each matched, and which repeat an earlier one.
--
-- :article  an article's number, articles.id
--
-- example: -p article=10
SELECT
    st.id AS story,
    st.label,
    o.name AS outlet,
    coalesce(a.published_at, a.updated_at) AS published_at,
    a.title,
    m.score,
    m.matched_with,
    m.duplicate_of,
    a.id AS article_id
FROM story_members AS me
JOIN story_members AS m ON m.story_id = me.story_id
JOIN stories AS st ON st.id = m.story_id
JOIN articles AS a ON a.id = m.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
WHERE me.article_id = :article
ORDER BY coalesce(a.published_at, a.updated_at) IS NULL, coalesce(a.published_at, a.updated_at), o.name, a.id;
