-- Issue 8: at 100,000 articles the canned queries that count (top-speakers, top-speakers-by-outlet,
-- outlet-summary, photo-agencies, stories, first-to-report) took 0.24-1.51 s against a target of
-- 100 ms, each aggregating the 1.76 million quotes, every caption or every story member with its
-- article. What they need is far smaller: per (speaker, outlet) how many quotes and articles, per
-- (outlet, credit) how many captions, per (story, outlet) how many articles and the earliest. This
-- migration keeps those three summaries, written by triggers on every change to the rows they
-- count, so no write path has to remember them; `morgue check` compares each with its `_computed`
-- view, which is the statement the queries ran before.
--
-- Outlet 0 stands for articles with no outlet, speaker 0 for quotes with no speaker, as in V6's
-- quote_group_outlets (no outlet or speaker has id 0). When an article is deleted, the rows that
-- hang from it go after it (foreign-key cascades run once the article is gone), so its share is
-- taken out of the summaries just before, while its quotes and captions still say what it held;
-- a quote or caption deleted later finds no article and takes nothing out twice.

CREATE TABLE speaker_outlets (
    speaker_id INTEGER NOT NULL,
    outlet_id  INTEGER NOT NULL,
    quotes     INTEGER NOT NULL,
    -- Articles of the outlet that quote the speaker: an article has one outlet, so the sum over
    -- outlets is the speaker's articles.
    articles   INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, outlet_id)
) WITHOUT ROWID;
CREATE INDEX speaker_outlets_outlet ON speaker_outlets(outlet_id);

CREATE VIEW speaker_outlets_computed AS
SELECT coalesce(q.speaker_id, 0) AS speaker_id, coalesce(a.outlet_id, 0) AS outlet_id,
       count(*) AS quotes, count(DISTINCT q.article_id) AS articles
FROM quotes AS q
JOIN articles AS a ON a.id = q.article_id
GROUP BY 1, 2;

CREATE TABLE caption_credits (
    outlet_id INTEGER NOT NULL,
    -- The credit line as written; '' for a caption with none.
    credit    TEXT NOT NULL,
    photos    INTEGER NOT NULL,
    PRIMARY KEY (outlet_id, credit)
) WITHOUT ROWID;

CREATE VIEW caption_credits_computed AS
SELECT coalesce(a.outlet_id, 0) AS outlet_id, coalesce(c.credit, '') AS credit, count(*) AS photos
FROM captions AS c
JOIN articles AS a ON a.id = c.article_id
GROUP BY 1, 2;

CREATE TABLE story_outlets (
    story_id  INTEGER NOT NULL,
    outlet_id INTEGER NOT NULL,
    articles  INTEGER NOT NULL,
    -- article_first_keys.first (V6) of the outlet's earliest article in the story.
    first     TEXT NOT NULL,
    PRIMARY KEY (story_id, outlet_id)
) WITHOUT ROWID;

CREATE VIEW story_outlets_computed AS
SELECT m.story_id, k.outlet_id, count(*) AS articles, min(k.first) AS first
FROM story_members AS m
JOIN article_first_keys AS k ON k.id = m.article_id
GROUP BY m.story_id, k.outlet_id;

INSERT INTO speaker_outlets SELECT * FROM speaker_outlets_computed;
INSERT INTO caption_credits SELECT * FROM caption_credits_computed;
INSERT INTO story_outlets SELECT * FROM story_outlets_computed;

-- Quotes ---------------------------------------------------------------------------------------

CREATE TRIGGER quotes_add_speaker_outlet AFTER INSERT ON quotes
BEGIN
    INSERT INTO speaker_outlets (speaker_id, outlet_id, quotes, articles)
    SELECT coalesce(NEW.speaker_id, 0), coalesce(a.outlet_id, 0), 1,
           NOT EXISTS (SELECT 1 FROM quotes AS q WHERE q.article_id = NEW.article_id
                       AND q.speaker_id IS NEW.speaker_id AND q.id <> NEW.id)
    FROM articles AS a WHERE a.id = NEW.article_id
    ON CONFLICT (speaker_id, outlet_id) DO UPDATE
        SET quotes = quotes + 1, articles = articles + excluded.articles;
END;

CREATE TRIGGER quotes_remove_speaker_outlet AFTER DELETE ON quotes
BEGIN
    UPDATE speaker_outlets
    SET quotes = quotes - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM quotes AS q WHERE q.article_id = OLD.article_id
                                          AND q.speaker_id IS OLD.speaker_id)
    WHERE speaker_id = coalesce(OLD.speaker_id, 0)
      AND outlet_id = (SELECT coalesce(a.outlet_id, 0) FROM articles AS a WHERE a.id = OLD.article_id);
    DELETE FROM speaker_outlets WHERE speaker_id = coalesce(OLD.speaker_id, 0) AND quotes = 0;
END;

-- A corrected speaker (or a merge of two) moves the quote from one row to another.
CREATE TRIGGER quotes_speaker_or_article_changed AFTER UPDATE OF speaker_id, article_id ON quotes
WHEN OLD.speaker_id IS NOT NEW.speaker_id OR OLD.article_id IS NOT NEW.article_id
BEGIN
    UPDATE speaker_outlets
    SET quotes = quotes - 1,
        articles = articles - NOT EXISTS (SELECT 1 FROM quotes AS q WHERE q.article_id = OLD.article_id
                                          AND q.speaker_id IS OLD.speaker_id)
    WHERE speaker_id = coalesce(OLD.speaker_id, 0)
      AND outlet_id = (SELECT coalesce(a.outlet_id, 0) FROM articles AS a WHERE a.id = OLD.article_id);
    DELETE FROM speaker_outlets WHERE speaker_id = coalesce(OLD.speaker_id, 0) AND quotes = 0;
    INSERT INTO speaker_outlets (speaker_id, outlet_id, quotes, articles)
    SELECT coalesce(NEW.speaker_id, 0), coalesce(a.outlet_id, 0), 1,
           NOT EXISTS (SELECT 1 FROM quotes AS q WHERE q.article_id = NEW.article_id
                       AND q.speaker_id IS NEW.speaker_id AND q.id <> NEW.id)
    FROM articles AS a WHERE a.id = NEW.article_id
    ON CONFLICT (speaker_id, outlet_id) DO UPDATE
        SET quotes = quotes + 1, articles = articles + excluded.articles;
END;

-- Captions -------------------------------------------------------------------------------------

CREATE TRIGGER captions_add_credit AFTER INSERT ON captions
BEGIN
    INSERT INTO caption_credits (outlet_id, credit, photos)
    SELECT coalesce(a.outlet_id, 0), coalesce(NEW.credit, ''), 1 FROM articles AS a WHERE a.id = NEW.article_id
    ON CONFLICT (outlet_id, credit) DO UPDATE SET photos = photos + 1;
END;

CREATE TRIGGER captions_remove_credit AFTER DELETE ON captions
BEGIN
    UPDATE caption_credits SET photos = photos - 1
    WHERE credit = coalesce(OLD.credit, '')
      AND outlet_id = (SELECT coalesce(a.outlet_id, 0) FROM articles AS a WHERE a.id = OLD.article_id);
    DELETE FROM caption_credits WHERE credit = coalesce(OLD.credit, '') AND photos = 0;
END;

CREATE TRIGGER captions_credit_or_article_changed AFTER UPDATE OF credit, article_id ON captions
WHEN OLD.credit IS NOT NEW.credit OR OLD.article_id IS NOT NEW.article_id
BEGIN
    UPDATE caption_credits SET photos = photos - 1
    WHERE credit = coalesce(OLD.credit, '')
      AND outlet_id = (SELECT coalesce(a.outlet_id, 0) FROM articles AS a WHERE a.id = OLD.article_id);
    DELETE FROM caption_credits WHERE credit = coalesce(OLD.credit, '') AND photos = 0;
    INSERT INTO caption_credits (outlet_id, credit, photos)
    SELECT coalesce(a.outlet_id, 0), coalesce(NEW.credit, ''), 1 FROM articles AS a WHERE a.id = NEW.article_id
    ON CONFLICT (outlet_id, credit) DO UPDATE SET photos = photos + 1;
END;

-- Story members --------------------------------------------------------------------------------

CREATE TRIGGER story_members_add_outlet AFTER INSERT ON story_members
BEGIN
    INSERT INTO story_outlets (story_id, outlet_id, articles, first)
    SELECT NEW.story_id, k.outlet_id, 1, k.first FROM article_first_keys AS k WHERE k.id = NEW.article_id
    ON CONFLICT (story_id, outlet_id) DO UPDATE SET articles = articles + 1, first = min(first, excluded.first);
END;

-- The member may have been its outlet's earliest, and its article may be gone already: the story's
-- rows are computed again from the members left (a story holds tens of them, not thousands).
CREATE TRIGGER story_members_remove_outlet AFTER DELETE ON story_members
BEGIN
    DELETE FROM story_outlets WHERE story_id = OLD.story_id;
    INSERT INTO story_outlets (story_id, outlet_id, articles, first)
    SELECT * FROM story_outlets_computed WHERE story_id = OLD.story_id;
END;

CREATE TRIGGER story_members_story_changed AFTER UPDATE OF story_id, article_id ON story_members
WHEN OLD.story_id IS NOT NEW.story_id OR OLD.article_id IS NOT NEW.article_id
BEGIN
    DELETE FROM story_outlets WHERE story_id IN (OLD.story_id, NEW.story_id);
    INSERT INTO story_outlets (story_id, outlet_id, articles, first)
    SELECT * FROM story_outlets_computed WHERE story_id IN (OLD.story_id, NEW.story_id);
END;

-- Articles -------------------------------------------------------------------------------------

CREATE TRIGGER articles_remove_from_summaries BEFORE DELETE ON articles
BEGIN
    UPDATE speaker_outlets SET quotes = quotes - x.n, articles = articles - 1
    FROM (SELECT coalesce(speaker_id, 0) AS speaker_id, count(*) AS n FROM quotes
          WHERE article_id = OLD.id GROUP BY 1) AS x
    WHERE speaker_outlets.speaker_id = x.speaker_id AND speaker_outlets.outlet_id = coalesce(OLD.outlet_id, 0);
    DELETE FROM speaker_outlets
    WHERE outlet_id = coalesce(OLD.outlet_id, 0) AND quotes = 0
      AND speaker_id IN (SELECT coalesce(speaker_id, 0) FROM quotes WHERE article_id = OLD.id);
    UPDATE caption_credits SET photos = photos - x.n
    FROM (SELECT coalesce(credit, '') AS credit, count(*) AS n FROM captions
          WHERE article_id = OLD.id GROUP BY 1) AS x
    WHERE caption_credits.credit = x.credit AND caption_credits.outlet_id = coalesce(OLD.outlet_id, 0);
    DELETE FROM caption_credits
    WHERE outlet_id = coalesce(OLD.outlet_id, 0) AND photos = 0
      AND credit IN (SELECT coalesce(credit, '') FROM captions WHERE article_id = OLD.id);
END;

-- A corrected outlet moves the article's quotes and captions to the new outlet's rows; a new outlet
-- or date may change which article of its stories came first.
CREATE TRIGGER articles_outlet_changed_in_summaries AFTER UPDATE OF outlet_id ON articles
WHEN OLD.outlet_id IS NOT NEW.outlet_id
BEGIN
    UPDATE speaker_outlets SET quotes = quotes - x.n, articles = articles - 1
    FROM (SELECT coalesce(speaker_id, 0) AS speaker_id, count(*) AS n FROM quotes
          WHERE article_id = NEW.id GROUP BY 1) AS x
    WHERE speaker_outlets.speaker_id = x.speaker_id AND speaker_outlets.outlet_id = coalesce(OLD.outlet_id, 0);
    DELETE FROM speaker_outlets
    WHERE outlet_id = coalesce(OLD.outlet_id, 0) AND quotes = 0
      AND speaker_id IN (SELECT coalesce(speaker_id, 0) FROM quotes WHERE article_id = NEW.id);
    INSERT INTO speaker_outlets (speaker_id, outlet_id, quotes, articles)
    SELECT coalesce(speaker_id, 0), coalesce(NEW.outlet_id, 0), count(*), 1 FROM quotes
    WHERE article_id = NEW.id GROUP BY 1
    ON CONFLICT (speaker_id, outlet_id) DO UPDATE
        SET quotes = quotes + excluded.quotes, articles = articles + 1;
    UPDATE caption_credits SET photos = photos - x.n
    FROM (SELECT coalesce(credit, '') AS credit, count(*) AS n FROM captions
          WHERE article_id = NEW.id GROUP BY 1) AS x
    WHERE caption_credits.credit = x.credit AND caption_credits.outlet_id = coalesce(OLD.outlet_id, 0);
    DELETE FROM caption_credits
    WHERE outlet_id = coalesce(OLD.outlet_id, 0) AND photos = 0
      AND credit IN (SELECT coalesce(credit, '') FROM captions WHERE article_id = NEW.id);
    INSERT INTO caption_credits (outlet_id, credit, photos)
    SELECT coalesce(NEW.outlet_id, 0), coalesce(credit, ''), count(*) FROM captions
    WHERE article_id = NEW.id GROUP BY 2
    ON CONFLICT (outlet_id, credit) DO UPDATE SET photos = photos + excluded.photos;
END;

CREATE TRIGGER articles_first_changed_in_stories
AFTER UPDATE OF outlet_id, published_at, updated_at ON articles
WHEN OLD.outlet_id IS NOT NEW.outlet_id OR OLD.published_at IS NOT NEW.published_at
    OR OLD.updated_at IS NOT NEW.updated_at
BEGIN
    DELETE FROM story_outlets
    WHERE story_id IN (SELECT story_id FROM story_members WHERE article_id = NEW.id);
    INSERT INTO story_outlets (story_id, outlet_id, articles, first)
    SELECT * FROM story_outlets_computed
    WHERE story_id IN (SELECT story_id FROM story_members WHERE article_id = NEW.id);
END;
