-- name: pickups
-- Which outlets most often repeat another outlet's quotes: per pair, how many quotations the second carried after the first.
--
-- :outlet  only the quotes this outlet repeated: part of its name, any case (optional: every outlet)
--
-- example: -p outlet=
--
-- A quotation's origin is the member of its quote group published first (the first imported among
-- undated ones); every member from another outlet is a pickup of it.
WITH member AS (
    SELECT
        m.group_id,
        a.outlet_id,
        row_number() OVER (
            PARTITION BY m.group_id
            ORDER BY coalesce(a.published_at, a.updated_at) IS NULL, coalesce(a.published_at, a.updated_at), a.id
        ) AS n
    FROM quote_group_members AS m
    JOIN quotes AS q ON q.id = m.quote_id
    JOIN articles AS a ON a.id = q.article_id
)
SELECT
    p.name AS outlet,
    src.name AS repeats,
    count(DISTINCT x.group_id) AS quotations
FROM member AS x
JOIN member AS origin ON origin.group_id = x.group_id AND origin.n = 1
JOIN outlets AS p ON p.id = x.outlet_id
JOIN outlets AS src ON src.id = origin.outlet_id
WHERE x.n > 1
  AND x.outlet_id <> origin.outlet_id
  -- A % or _ in the parameter matches itself, not any text: it is escaped before LIKE sees it.
  AND p.name LIKE '%' || replace(replace(replace(coalesce(:outlet, ''), '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\'
GROUP BY p.id, src.id
ORDER BY quotations DESC, p.name, src.name;
