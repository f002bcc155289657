-- Issue 11: the archive keeps the clipping itself. Each source's original bytes (compressed), what the
-- user stated about it at import and the extractor version that made its rows, so that an archive is
-- self-contained and can be re-extracted when the extractor improves; and editors' corrections, kept
-- apart from the rows they change and keyed by what survives a re-extraction, so that none is lost.
-- Sources imported before this migration get a row saying they have no original.

-- One row per source. `compression` and `data` are NULL together: the source was imported before
-- morgue kept originals, and cannot be re-extracted.
CREATE TABLE originals (
    source_id         INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
    compression       TEXT CHECK (compression IN ('zstd')),
    data              BLOB,
    -- What `morgue import --outlet/--url/--date` said about the file: a re-extraction needs it again.
    outlet_hint       TEXT,
    url_hint          TEXT,
    date_hint         TEXT,
    -- The extractor that made the source's rows (crate version + extraction revision); NULL: unknown.
    extractor_version TEXT,
    extracted_at      TEXT,
    CHECK ((compression IS NULL) = (data IS NULL))
);
INSERT INTO originals (source_id) SELECT id FROM sources;

-- An editor's correction. Its target is named by what a re-extraction keeps: the source's SHA-256 and
-- the article's position in it (articles, quotes, captions), the quote's words as extracted, the
-- caption's position in its article, a speaker's spelling. It is applied after every extraction of
-- its source; `row_id` is the row it changed then (NULL when its target is gone) and `previous` the
-- value it replaced.
CREATE TABLE corrections (
    -- AUTOINCREMENT: an undone correction's id is never given to another one.
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    target           TEXT NOT NULL CHECK (target IN ('article', 'quote', 'caption', 'speaker')),
    source_sha256    TEXT,
    article_position INTEGER,
    quote_text       TEXT,
    caption_position INTEGER,
    speaker_name     TEXT,
    field            TEXT NOT NULL,
    value            TEXT,
    made_at          TEXT NOT NULL,
    row_id           INTEGER,
    previous         TEXT
);
CREATE INDEX corrections_source_sha256 ON corrections(source_sha256);

-- What was corrected, by table and row, for queries and exports that show corrected values.
CREATE VIEW corrected AS
SELECT c.id AS correction_id,
       CASE c.target WHEN 'article' THEN 'articles' WHEN 'quote' THEN 'quotes'
                     WHEN 'caption' THEN 'captions' ELSE 'speakers' END AS "table",
       c.row_id,
       c.field,
       c.previous AS extracted_or_earlier,
       c.value AS corrected_to,
       c.made_at
FROM corrections c
WHERE c.row_id IS NOT NULL;
