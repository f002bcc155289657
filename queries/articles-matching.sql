-- name: articles-matching
-- Articles that match a search term, best match first, with a highlighted snippet.
--
-- :term  words to find in titles, deks and bodies ("a phrase", a OR b, a NOT b, NEAR(a b), prefix* work; an empty term finds nothing)
--
-- example: -p term=strike
WITH
-- :term as a safe FTS5 expression; this WITH part is the same in articles-matching.sql and
-- who-said-what.sql. "Phrases", OR, AND, NOT, NEAR(a b, 5), parentheses and prefix* keep their
-- meaning; every other word is put in double quotes, so that its punctuation is searched as written
-- (O'Brien, Al-Awsat, U.S.) as FTS5 indexed it; an unclosed quote is closed; an operator with nothing to
-- join is searched as a word; parentheses that do not pair up are dropped; an empty term matches nothing.
part (i, text) AS (  -- split at double quotes: odd parts are inside a phrase
    SELECT key, value
    FROM json_each('[' || replace(json_quote(coalesce(:term, '') || ' '), '\"', '","') || ']')
),
piece (i, j, text) AS (  -- outside phrases, split at spaces, with parentheses and commas apart
    SELECT i, 0, text FROM part WHERE i % 2 = 1
    UNION ALL
    SELECT part.i, w.key, w.value
    FROM part, json_each('[' || replace(json_quote(
        replace(replace(replace(part.text, '(', ' ( '), ')', ' ) '), ',', ' , ')), ' ', '","') || ']') AS w
    WHERE part.i % 2 = 0 AND w.value <> ''
),
token (n, kind, text) AS (
    SELECT row_number() OVER (ORDER BY i, j),
           CASE WHEN i % 2 = 1 THEN 'phrase'
                WHEN text IN ('OR', 'AND', 'NOT') THEN 'operator'
                WHEN text IN ('(', ')', ',', 'NEAR') THEN text
                WHEN rtrim(text, '*') = '' THEN 'star'
                WHEN text NOT GLOB '*[^0-9]*' THEN 'number'
                ELSE 'word' END,
           text
    FROM piece
),
around (n, kind, text, before, after, after2, depth, paren) AS (
    SELECT n, kind, text, lag(kind) OVER w, lead(kind) OVER w, lead(kind, 2) OVER w,
           sum(CASE kind WHEN '(' THEN 1 WHEN ')' THEN -1 ELSE 0 END) OVER w,
           max(CASE WHEN kind IN ('(', ')') THEN n END) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
    FROM token
    WINDOW w AS (ORDER BY n)
),
placed (n, kind, text, before, after, after2, near) AS (  -- near: inside NEAR( )
    SELECT n, kind, text, before, after, after2,
           coalesce((SELECT p.kind = '(' AND p.before = 'NEAR' FROM around AS p WHERE p.n = around.paren), 0)
    FROM around
),
parens (ok) AS (  -- paired, none empty, none inside NEAR( ): else every parenthesis is dropped
    SELECT coalesce(min(depth) >= 0 AND (SELECT depth FROM around ORDER BY n DESC LIMIT 1) = 0, 1)
       AND NOT EXISTS (SELECT 1 FROM placed AS p WHERE p.kind = '(' AND (p.near OR NOT EXISTS (
               SELECT 1 FROM placed AS t
               WHERE t.n > p.n AND t.kind NOT IN ('(', ')', ',', 'star')
                 AND t.n < (SELECT min(c.n) FROM placed AS c WHERE c.n > p.n AND c.kind = ')'))))
    FROM around
),
shaped (n, role, text) AS (
    SELECT n, role,
           CASE WHEN role = 'star' THEN '*'
                WHEN role <> 'term' THEN text
                WHEN kind = 'phrase' THEN '"' || text || '"'
                ELSE '"' || rtrim(text, '*') || '"' || substr(text, length(rtrim(text, '*')) + 1, 1) END
    FROM (
        SELECT n, kind, text, CASE
            WHEN kind IN ('(', ')') THEN CASE WHEN ok THEN kind END
            WHEN kind = 'star' THEN CASE WHEN before = 'phrase' THEN 'star' END
            WHEN kind = ',' THEN CASE WHEN ok AND near AND after = 'number' AND after2 = ')' THEN 'distance' END
            WHEN kind = 'number' AND ok AND near AND before = ',' AND after = ')' THEN 'distance'
            WHEN kind = 'NEAR' AND ok AND after = '(' THEN 'near'
            WHEN kind = 'operator' AND NOT near THEN 'operator'
            ELSE 'term' END AS role
        FROM placed, parens
    )
),
joined (n, role, text) AS (  -- an operator needs something on both sides, else it is a word
    SELECT n, CASE WHEN lone THEN 'term' ELSE role END, CASE WHEN lone THEN '"' || text || '"' ELSE text END
    FROM (SELECT n, role, text,
                 role = 'operator' AND NOT (coalesce(lag(role) OVER w, '') IN ('term', 'star', ')')
                                            AND coalesce(lead(role) OVER w, '') IN ('term', 'near', '(')) AS lone
          FROM shaped WHERE role IS NOT NULL WINDOW w AS (ORDER BY n))
),
search (expression) AS (  -- FTS5 has no implicit AND next to a parenthesis
    SELECT group_concat(text, ' ') FROM (
        SELECT CASE WHEN role = '(' AND lag(role) OVER w IN ('term', 'star', ')')
                      OR role IN ('term', 'near') AND lag(role) OVER w = ')' THEN 'AND ' ELSE '' END || text AS text
        FROM joined
        WINDOW w AS (ORDER BY n)
        ORDER BY n
    )
    HAVING count(*) > 0
)
SELECT
    a.id AS article_id,
    o.name AS outlet,
    a.published_at,
    a.title,
    snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet
-- The search as the outer loop: an empty term gives no row, and FTS5 is never asked to match it.
FROM search
CROSS JOIN articles_fts
JOIN articles AS a ON a.id = articles_fts.rowid
LEFT JOIN outlets AS o ON o.id = a.outlet_id
WHERE articles_fts MATCH search.expression
ORDER BY articles_fts.rank;
