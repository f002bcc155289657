-- name: top-speakers-by-outlet
-- For each outlet, the speakers it quotes, most quoted first.
--
-- :outlet  part of an outlet's name, any case (optional: every outlet)
--
-- example:
--
-- Read from the per-(speaker, outlet) summary that triggers keep (speaker_outlets, migration V7).
SELECT
    o.name AS outlet,
    s.name AS speaker,
    x.quotes,
    x.articles
FROM outlets AS o
CROSS JOIN speaker_outlets AS x ON x.outlet_id = o.id
JOIN speakers AS s ON s.id = x.speaker_id
-- A % or _ in the parameter matches itself, not any text: it is escaped before LIKE sees it.
WHERE o.name LIKE '%' || replace(replace(replace(coalesce(:outlet, ''), '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\'
ORDER BY o.name, x.quotes DESC, s.name;
