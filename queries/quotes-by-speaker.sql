-- name: quotes-by-speaker
-- Quotes by a speaker, found by the name or any alias it was seen under; part of a name is enough.
--
-- :speaker  part of the speaker's name or of an alias, any case ("engstr", "Holmquist")
--
-- example: -p speaker=kowalczyk
SELECT
    s.name AS speaker,
    q.text AS quote,
    q.kind,
    q.verb,
    o.name AS outlet,
    a.published_at,
    a.title,
    a.id AS article_id
-- A % or _ in the parameter matches itself, not any text: it is escaped before LIKE sees it.
FROM (
    SELECT speaker_id FROM speaker_aliases WHERE alias LIKE '%' || replace(replace(replace(:speaker, '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\'
    UNION
    SELECT id FROM speakers WHERE name LIKE '%' || replace(replace(replace(:speaker, '\', '\\'), '%', '\%'), '_', '\_') || '%' ESCAPE '\'
) AS m
CROSS JOIN quotes AS q ON q.speaker_id = m.speaker_id
JOIN speakers AS s ON s.id = q.speaker_id
JOIN articles AS a ON a.id = q.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
ORDER BY s.name, a.published_at DESC, a.id, q.paragraph_position;
