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
-- Done once per article of a group rather than per quote, from the article ids the members keep
-- (V5), without reading quotes: `first` orders articles as (undated, date, id) do, in one text
-- that min() can take, so the group's origin is a plain aggregate with no window over every
-- member. (Dates are text, and char(1) sorts below any character a date holds.)
WITH member AS MATERIALIZED (
    -- Each article of each group once, with its outlet and its place in date order.
    SELECT
        m.group_id,
        a.outlet_id,
        iif(coalesce(a.published_at, a.updated_at) IS NULL, '1', '0') || coalesce(a.published_at, a.updated_at, '')
            || char(1) || printf('%019d', a.id) AS first
    FROM (SELECT DISTINCT group_id, article_id FROM quote_group_members) AS m
    JOIN articles AS a ON a.id = m.article_id
), carried AS (
    SELECT DISTINCT group_id, outlet_id FROM member
), origin AS (
    -- The outlet of the row with the least `first`: SQLite takes a bare column from min()'s row.
    SELECT group_id, outlet_id, min(first) FROM member GROUP BY group_id
)
SELECT
    p.name AS outlet,
    src.name AS repeats,
    count(*) AS quotations
FROM carried AS x
JOIN origin ON origin.group_id = x.group_id
JOIN outlets AS p ON p.id = x.outlet_id
JOIN outlets AS src ON src.id = origin.outlet_id
WHERE x.outlet_id <> origin.outlet_id
  -- A % or _ in the parameter matches itself, not any text: it is escaped before LIKE sees it.
  AND p.name LIKE '%' || replace(replace(replace(coalesce(:outlet, ''), '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\'
GROUP BY p.id, src.id
ORDER BY quotations DESC, p.name, src.name;
