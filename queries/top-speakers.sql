-- name: top-speakers
-- Speakers by how often they are quoted, with how many articles and outlets quote them.
--
-- example:
SELECT
    s.name AS speaker,
    s.kind,
    (SELECT count(*) FROM quotes AS q WHERE q.speaker_id = s.id) AS quotes,
    (SELECT count(DISTINCT q.article_id) FROM quotes AS q WHERE q.speaker_id = s.id) AS articles,
    (SELECT count(DISTINCT a.outlet_id)
       FROM quotes AS q CROSS JOIN articles AS a ON a.id = q.article_id
      WHERE q.speaker_id = s.id) AS outlets
FROM speakers AS s
WHERE quotes > 0
ORDER BY quotes DESC, articles DESC, s.name;
