-- name: top-speakers-by-outlet
-- For each outlet, the speakers it quotes, most quoted first.
--
-- :outlet  part of an outlet's name, any case (optional: every outlet)
--
-- example:
SELECT
    o.name AS outlet,
    s.name AS speaker,
    count(*) AS quotes,
    count(DISTINCT a.id) AS articles
FROM outlets AS o
CROSS JOIN articles AS a ON a.outlet_id = o.id
CROSS JOIN quotes AS q ON q.article_id = a.id
JOIN speakers AS s ON s.id = q.speaker_id
-- A % or _ in the parameter matches itself, not any text: it is escaped before LIKE sees it.
WHERE o.name LIKE '%' || replace(replace(replace(coalesce(:outlet, ''), '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\'
GROUP BY o.id, s.id
ORDER BY o.name, quotes DESC, s.name;
