-- name: pickups
-- Which outlets most often repeat another outlet's quotes: per pair, how many quotations the second carried after the first.
--
-- :outlet  only the quotes this outlet repeated: part of its name, any case (optional: every outlet)
--
-- example: -p outlet=
--
-- A quotation's origin is the member of its quote group published first (the first imported among
-- undated ones); every other outlet that carried it picked it up.
--
-- Read from the per-group summary of the outlets that carried each quotation and when each first
-- did (`quote_group_outlets`, V6: a few rows per group), not from the members and their articles.
-- A group marked stale (a member left, or an article changed outlet or date, since the last write
-- summarised it) is computed from its members here, so the answer is right either way.
WITH stale AS MATERIALIZED (
    SELECT DISTINCT group_id FROM quote_group_outlets WHERE stale
), summary AS MATERIALIZED (
    SELECT group_id, outlet_id, first FROM quote_group_outlets
    WHERE group_id NOT IN (SELECT group_id FROM stale)
    UNION ALL
    SELECT m.group_id, k.outlet_id, min(k.first)
    FROM stale
    CROSS JOIN quote_group_members AS m ON m.group_id = stale.group_id
    CROSS JOIN article_first_keys AS k ON k.id = m.article_id
    GROUP BY m.group_id, k.outlet_id
), origin AS (
    -- The outlet of the row with the least `first`: SQLite takes a bare column from min()'s row.
    SELECT group_id, outlet_id, min(first) FROM summary GROUP BY group_id
)
SELECT
    p.name AS outlet,
    src.name AS repeats,
    count(*) AS quotations
FROM summary AS x
JOIN origin ON origin.group_id = x.group_id
JOIN outlets AS p ON p.id = x.outlet_id
JOIN outlets AS src ON src.id = origin.outlet_id
WHERE x.outlet_id <> origin.outlet_id
  -- A % or _ in the parameter matches itself, not any text: it is escaped before LIKE sees it.
  AND p.name LIKE '%' || replace(replace(replace(coalesce(:outlet, ''), '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\'
GROUP BY p.id, src.id
ORDER BY quotations DESC, p.name, src.name;
