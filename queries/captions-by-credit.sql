-- name: captions-by-credit
-- Photo captions whose credit names a photographer or agency, with the article each ran in.
--
-- :credit  part of the credit line, any case ("reuters", "AP Photo") (optional: every credited caption)
--
-- example: -p credit=reuters
SELECT
    c.credit,
    c.text AS caption,
    o.name AS outlet,
    a.published_at,
    a.title,
    a.id AS article_id
FROM captions AS c
JOIN articles AS a ON a.id = c.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
-- A % or _ in the parameter matches itself, not any text: it is escaped before LIKE sees it.
WHERE c.credit LIKE '%' || replace(replace(replace(coalesce(:credit, ''), '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\'
ORDER BY c.credit, a.published_at, a.id, c.position;
