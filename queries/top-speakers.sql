-- name: top-speakers
-- Speakers by how often they are quoted, with how many articles and outlets quote them.
--
-- example:
--
-- Read from the per-(speaker, outlet) summary that triggers keep (speaker_outlets, migration V7):
-- an article has one outlet, so a speaker's articles are the sum over its outlets; outlet 0 holds
-- the articles with none, which count as no outlet.
SELECT
    s.name AS speaker,
    s.kind,
    sum(x.quotes) AS quotes,
    sum(x.articles) AS articles,
    count(*) FILTER (WHERE x.outlet_id <> 0) AS outlets
FROM speaker_outlets AS x
JOIN speakers AS s ON s.id = x.speaker_id
GROUP BY x.speaker_id
HAVING sum(x.quotes) > 0
ORDER BY quotes DESC, articles DESC, s.name;
