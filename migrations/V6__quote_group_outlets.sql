-- Issue 8: `pickups` (which outlets repeat another's quotes) looked up the outlet and date of every
-- (quote group, article) pair, 103,254 of them at 20,000 articles, and took 0.2-0.4 s against a
-- target of 100 ms. What it needs is far smaller: per group, which outlets carried it and when each
-- first did (580 rows there). This migration keeps that summary, written as members are added and
-- marked stale, to be computed again, when members leave or an article's outlet or dates change.

-- An article's place in the order in which outlets are said to have carried something first:
-- dated before undated, then by date, then by id. One text, so that min() finds the earliest.
-- (Dates are ISO text, and char(1) sorts below any character a date holds.) Articles with no
-- outlet count under outlet 0, which no outlet has.
CREATE VIEW article_first_keys AS
SELECT
    id,
    coalesce(outlet_id, 0) AS outlet_id,
    iif(coalesce(published_at, updated_at) IS NULL, '1', '0') || coalesce(published_at, updated_at, '')
        || char(1) || printf('%019d', id) AS first
FROM articles;

-- The summary as it would be computed now from the members, for any set of groups.
CREATE VIEW quote_group_outlets_computed AS
SELECT m.group_id, k.outlet_id, min(k.first) AS first
FROM quote_group_members AS m
JOIN article_first_keys AS k ON k.id = m.article_id
GROUP BY m.group_id, k.outlet_id;

CREATE TABLE quote_group_outlets (
    group_id  INTEGER NOT NULL REFERENCES quote_groups(id) ON DELETE CASCADE,
    -- The outlet (0: articles with none) that carried the group's quotation.
    outlet_id INTEGER NOT NULL,
    -- article_first_keys.first of the earliest of its articles in the group.
    first     TEXT NOT NULL,
    -- 1 once a member has left the group or an article of the group has changed outlet or date:
    -- the group's rows are then computed again from its members (`store::quote_outlets::refresh`,
    -- before each commit), and read that way until they are.
    stale     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, outlet_id)
) WITHOUT ROWID;
CREATE INDEX quote_group_outlets_stale ON quote_group_outlets(group_id) WHERE stale;

INSERT INTO quote_group_outlets (group_id, outlet_id, first)
SELECT group_id, outlet_id, first FROM quote_group_outlets_computed;

CREATE TRIGGER quote_group_members_add_outlet AFTER INSERT ON quote_group_members
BEGIN
    INSERT INTO quote_group_outlets (group_id, outlet_id, first)
    SELECT NEW.group_id, k.outlet_id, k.first FROM article_first_keys AS k WHERE k.id = NEW.article_id
    ON CONFLICT (group_id, outlet_id) DO UPDATE SET first = min(first, excluded.first);
END;

-- A member that leaves may have been its outlet's first or only one; its article may be gone
-- already (a deleted source's articles go before their quotes), so the group is marked, not fixed.
CREATE TRIGGER quote_group_members_remove_outlet AFTER DELETE ON quote_group_members
BEGIN
    UPDATE quote_group_outlets SET stale = 1 WHERE group_id = OLD.group_id AND NOT stale;
END;

CREATE TRIGGER articles_outlet_or_date_changed
AFTER UPDATE OF outlet_id, published_at, updated_at ON articles
WHEN OLD.outlet_id IS NOT NEW.outlet_id OR OLD.published_at IS NOT NEW.published_at
    OR OLD.updated_at IS NOT NEW.updated_at
BEGIN
    UPDATE quote_group_outlets SET stale = 1
    WHERE NOT stale AND group_id IN (
        SELECT m.group_id FROM quotes AS q JOIN quote_group_members AS m ON m.quote_id = q.id
        WHERE q.article_id = NEW.id
    );
END;
