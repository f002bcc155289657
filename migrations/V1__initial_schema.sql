-- The first schema of the archive. These table and column names are the public contract that editors
-- write SQL against: later migrations add tables and columns, they never rename or drop these.

CREATE TABLE outlets (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    domain TEXT
);

-- One row per imported file, identified by the SHA-256 of its bytes.
CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    path        TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    bytes       INTEGER NOT NULL,
    format      TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    outlet_id    INTEGER REFERENCES outlets(id),
    title        TEXT NOT NULL,
    dek          TEXT,
    byline       TEXT,
    section      TEXT,
    published_at TEXT,
    updated_at   TEXT,
    url          TEXT,
    body         TEXT NOT NULL,
    word_count   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source_id, position)
);
CREATE INDEX articles_outlet_id ON articles(outlet_id);
CREATE INDEX articles_published_at ON articles(published_at);

CREATE TABLE paragraphs (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('text', 'bullet', 'subhead', 'blockquote')),
    text       TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE authors (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE article_authors (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES authors(id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, author_id)
);
CREATE INDEX article_authors_author_id ON article_authors(author_id);

CREATE TABLE captions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    credit     TEXT
);
CREATE INDEX captions_article_id ON captions(article_id);
CREATE INDEX captions_credit ON captions(credit);

CREATE TABLE speakers (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'unknown'))
);

-- Every spelling under which a speaker has been seen, the canonical name included, so that a lookup by
-- any variant ("Lieberman") finds the one speaker ("Avigdor Liberman").
CREATE TABLE speaker_aliases (
    alias      TEXT NOT NULL UNIQUE,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE
);
CREATE INDEX speaker_aliases_speaker_id ON speaker_aliases(speaker_id);

CREATE TABLE quotes (
    id                 INTEGER PRIMARY KEY,
    article_id         INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_position INTEGER NOT NULL,
    text               TEXT NOT NULL,
    speaker_id         INTEGER REFERENCES speakers(id),
    attribution        TEXT,
    verb               TEXT,
    kind               TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'block', 'indirect'))
);
CREATE INDEX quotes_article_id ON quotes(article_id);
CREATE INDEX quotes_speaker_id ON quotes(speaker_id);

-- Full-text indexes as external-content tables: the text lives once, in articles and quotes, and the
-- triggers below keep the index in step with every insert, update and delete.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, dek, body,
    content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, dek, body) VALUES (new.id, new.title, new.dek, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, body)
    VALUES ('delete', old.id, old.title, old.dek, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, dek, body)
    VALUES ('delete', old.id, old.title, old.dek, old.body);
    INSERT INTO articles_fts(rowid, title, dek, body) VALUES (new.id, new.title, new.dek, new.body);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text,
    content='quotes', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
