-- name: outlet-summary
-- Each outlet's articles, first and last publication date, quotes and captions.
--
-- example:
--
-- Articles and dates come from the (outlet_id, published_at) index; quotes and captions from the
-- summaries that triggers keep (speaker_outlets and caption_credits, migration V7), where outlet 0
-- holds the articles with no outlet.
SELECT outlet, domain, articles, first_published, last_published, quotes, captions FROM (
    SELECT
        o.name AS outlet,
        o.domain,
        (SELECT count(*) FROM articles AS a WHERE a.outlet_id = o.id) AS articles,
        (SELECT min(a.published_at) FROM articles AS a WHERE a.outlet_id = o.id) AS first_published,
        (SELECT max(a.published_at) FROM articles AS a WHERE a.outlet_id = o.id) AS last_published,
        (SELECT coalesce(sum(x.quotes), 0) FROM speaker_outlets AS x WHERE x.outlet_id = o.id) AS quotes,
        (SELECT coalesce(sum(c.photos), 0) FROM caption_credits AS c WHERE c.outlet_id = o.id) AS captions
    FROM outlets AS o
    UNION ALL
    -- Articles whose outlet was not recognised, so that the totals add up.
    SELECT
        '(no outlet)', NULL, count(*), min(a.published_at), max(a.published_at),
        (SELECT coalesce(sum(x.quotes), 0) FROM speaker_outlets AS x WHERE x.outlet_id = 0),
        (SELECT coalesce(sum(c.photos), 0) FROM caption_credits AS c WHERE c.outlet_id = 0)
    FROM articles AS a
    WHERE a.outlet_id IS NULL
    HAVING count(*) > 0
)
ORDER BY articles DESC, outlet;
