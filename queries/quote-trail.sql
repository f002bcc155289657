-- name: quote-trail
-- Where a quotation travelled: every outlet that carried it, earliest first, with the wording each used and how far it differs from the group's first wording.
--
-- :text   words of the quotation, as one phrase in any case ("reassure them") (optional: give this or quote)
-- :quote  a quote's number, quotes.id (optional: give this or text)
--
-- example: -p text=accounted
--
-- difference is 1 minus the similarity stored with each member (0: the same words; a reworded or
-- translated wording scores higher). A quote in no group is listed alone, with no group number.
WITH
hit (quote_id) AS (
    -- The text as one FTS5 phrase, its double quotes doubled: whatever is typed is searched as words.
    SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH '"' || replace(coalesce(:text, ''), '"', '""') || '"'
    UNION
    SELECT id FROM quotes WHERE id = :quote
),
trail (quote_id, group_id) AS (
    SELECT m.quote_id, m.group_id
    FROM hit
    JOIN quote_group_members AS h ON h.quote_id = hit.quote_id
    JOIN quote_group_members AS m ON m.group_id = h.group_id
    UNION
    SELECT hit.quote_id, NULL FROM hit
    WHERE NOT EXISTS (SELECT 1 FROM quote_group_members AS h WHERE h.quote_id = hit.quote_id)
)
SELECT
    t.group_id AS quote_group,
    o.name AS outlet,
    coalesce(a.published_at, a.updated_at) AS published_at,
    q.text AS wording,
    round(1 - coalesce(m.similarity, 1), 3) AS difference,
    s.name AS speaker,
    gs.name AS group_speaker,
    a.title,
    a.id AS article_id,
    q.id AS quote_id
FROM trail AS t
JOIN quotes AS q ON q.id = t.quote_id
JOIN articles AS a ON a.id = q.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
LEFT JOIN speakers AS s ON s.id = q.speaker_id
LEFT JOIN quote_group_members AS m ON m.quote_id = q.id
LEFT JOIN quote_groups AS g ON g.id = t.group_id
LEFT JOIN speakers AS gs ON gs.id = g.speaker_id
ORDER BY t.group_id IS NULL, t.group_id, coalesce(a.published_at, a.updated_at) IS NULL,
         coalesce(a.published_at, a.updated_at), a.id, q.id;
