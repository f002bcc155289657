-- name: outlet-summary
-- Each outlet's articles, first and last publication date, quotes and captions.
--
-- example:
SELECT outlet, domain, articles, first_published, last_published, quotes, captions FROM (
    SELECT
        o.name AS outlet,
        o.domain,
        (SELECT count(*) FROM articles AS a WHERE a.outlet_id = o.id) AS articles,
        (SELECT min(a.published_at) FROM articles AS a WHERE a.outlet_id = o.id) AS first_published,
        (SELECT max(a.published_at) FROM articles AS a WHERE a.outlet_id = o.id) AS last_published,
        (SELECT count(*) FROM articles AS a CROSS JOIN quotes AS q ON q.article_id = a.id
          WHERE a.outlet_id = o.id) AS quotes,
        (SELECT count(*) FROM articles AS a CROSS JOIN captions AS c ON c.article_id = a.id
          WHERE a.outlet_id = o.id) AS captions
    FROM outlets AS o
    UNION ALL
    -- Articles whose outlet was not recognised, so that the totals add up.
    SELECT
        '(no outlet)', NULL, count(*), min(a.published_at), max(a.published_at),
        (SELECT count(*) FROM articles AS a CROSS JOIN quotes AS q ON q.article_id = a.id
          WHERE a.outlet_id IS NULL),
        (SELECT count(*) FROM articles AS a CROSS JOIN captions AS c ON c.article_id = a.id
          WHERE a.outlet_id IS NULL)
    FROM articles AS a
    WHERE a.outlet_id IS NULL
    HAVING count(*) > 0
)
ORDER BY articles DESC, outlet;
