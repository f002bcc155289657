-- Issue 8: the pickups query (which outlets repeat another's quotes) read every quote-group member's
-- article through quotes, a lookup into a table of long rows per member, and took 0.6-1 s at 20,000
-- articles against a target of 100 ms. Each member now carries its quote's article, so queries over
-- groups reach articles without reading quotes, and an index gives a group's articles in one range.
-- A member goes with its quote (ON DELETE CASCADE on quote_id), and a quote never changes article,
-- so the copy cannot go stale. No foreign key on article_id: SQLite would look up members by article
-- for every deleted article, and the index is by group; the quote's key already removes the row.
CREATE TABLE quote_group_members_v5 (
    quote_id   INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE,
    group_id   INTEGER NOT NULL REFERENCES quote_groups(id) ON DELETE CASCADE,
    -- The quote's article (quotes.article_id), kept here for the queries over groups.
    article_id INTEGER NOT NULL,
    -- Similarity to the member it was matched with, 1 for the group's first quote.
    similarity REAL NOT NULL
);
INSERT INTO quote_group_members_v5 (quote_id, group_id, article_id, similarity)
SELECT m.quote_id, m.group_id, q.article_id, m.similarity
FROM quote_group_members AS m JOIN quotes AS q ON q.id = m.quote_id;
DROP TABLE quote_group_members;
ALTER TABLE quote_group_members_v5 RENAME TO quote_group_members;
-- Grouping reads a group's first members in quote order by this one.
CREATE INDEX quote_group_members_group_id ON quote_group_members(group_id);
-- A group's articles, answered from the index alone.
CREATE INDEX quote_group_members_group_article ON quote_group_members(group_id, article_id);
