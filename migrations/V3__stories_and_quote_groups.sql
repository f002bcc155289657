-- Issue 12: which outlets ran the same story, and where a quotation travelled. Articles about one
-- event form a story; one quotation as several articles carried it (verbatim, trimmed or reworded)
-- forms a quote group. Both are filled at import, incrementally, from the tables at the end
-- (distinctive terms of articles, how common each term is, content words of quotes), never by
-- re-clustering the archive. The index tables carry no foreign keys: a posting left by a deleted article only ever
-- proposes a candidate, which is then scored from the rows that exist.

CREATE TABLE stories (
    id         INTEGER PRIMARY KEY,
    label      TEXT NOT NULL,
    first_seen TEXT,
    last_seen  TEXT
);

CREATE TABLE story_members (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id     INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    -- How strongly it matched the member it joined (1 for the article that started the story).
    score        REAL NOT NULL,
    -- The member it matched best, from which `show` explains the grouping.
    matched_with INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    -- An earlier article of the same outlet that this one repeats (republished or updated).
    duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL
);
CREATE INDEX story_members_story_id ON story_members(story_id);

CREATE TABLE quote_groups (
    id             INTEGER PRIMARY KEY,
    canonical_text TEXT NOT NULL,
    -- The voice of the group: the speaker its members agree on, preferred to one found only through
    -- "the statement" or "a spokesman".
    speaker_id     INTEGER REFERENCES speakers(id) ON DELETE SET NULL
);

CREATE TABLE quote_group_members (
    quote_id   INTEGER PRIMARY KEY REFERENCES quotes(id) ON DELETE CASCADE,
    group_id   INTEGER NOT NULL REFERENCES quote_groups(id) ON DELETE CASCADE,
    -- Similarity to the member it was matched with, 1 for the group's first quote.
    similarity REAL NOT NULL
);
CREATE INDEX quote_group_members_group_id ON quote_group_members(group_id);

-- Each grouped article's weighted terms ("term weight" pairs, space-separated), for scoring candidates.
CREATE TABLE story_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    terms      TEXT NOT NULL
);

-- In how many grouped articles' signatures each term is: what makes a term distinctive.
CREATE TABLE story_df (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE story_terms (
    term       TEXT NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (term, article_id)
) WITHOUT ROWID;

CREATE TABLE quote_terms (
    term     TEXT NOT NULL,
    quote_id INTEGER NOT NULL,
    PRIMARY KEY (term, quote_id)
) WITHOUT ROWID;
