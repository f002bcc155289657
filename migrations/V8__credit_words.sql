-- Issue 8: at 100,000 articles photo-agencies took 0.37-0.54 s against a target of 100 ms. It
-- looks for each agency as a whole word of each distinct credit line, and there are tens of
-- thousands of credit lines (34,018 at 100,000 files, most of them a photographer's name): splitting
-- every one into words on every run was the query's time. This migration keeps, by triggers on V7's
-- caption_credits, each distinct credit line once (credit_lines) and its words (credit_words,
-- keyed by word), so that an agency is one lookup of its first word; `morgue check` compares both
-- with their `_computed` views, as it does V7's summaries.
--
-- A credit line's words are read the one way photo-agencies reads them: lower case, with / ( ) , ;
-- turned into spaces, split at spaces. credit_lines.words holds that text between spaces, so that a
-- many-word agency ("getty images") is found in it as a whole; credit_words is computed from it.

-- Each caption_credits row with its credit line's words (a lookup by its key when a trigger asks
-- for one row's): the one place the words are read.
CREATE VIEW caption_credit_text AS
SELECT outlet_id, credit, photos,
       lower(' ' || replace(replace(replace(replace(replace(credit, '/', ' '), '(', ' '), ')', ' '), ',', ' '), ';', ' ') || ' ') AS words
FROM caption_credits;

CREATE TABLE credit_lines (
    -- The credit line as written; '' for captions with none.
    credit  TEXT NOT NULL PRIMARY KEY,
    -- caption_credits rows (outlets) that hold it: the row goes when the last one does.
    outlets INTEGER NOT NULL,
    photos  INTEGER NOT NULL,
    -- Its words (caption_credit_text.words).
    words   TEXT NOT NULL
) WITHOUT ROWID;

CREATE VIEW credit_lines_computed AS
SELECT credit, count(*) AS outlets, sum(photos) AS photos, min(words) AS words
FROM caption_credit_text
GROUP BY credit;

CREATE TABLE credit_words (
    word   TEXT NOT NULL,
    credit TEXT NOT NULL,
    PRIMARY KEY (word, credit)
) WITHOUT ROWID;

-- The words of each credit line, from credit_lines (a lookup by its key when a trigger asks for
-- one line's words). json_each splits: the words quoted as one JSON string, each space a "," .
CREATE VIEW credit_words_computed AS
SELECT DISTINCT word.value AS word, l.credit
FROM credit_lines AS l
CROSS JOIN json_each('[' || replace(json_quote(l.words), ' ', '","') || ']') AS word
WHERE word.value <> '';

INSERT INTO credit_lines SELECT * FROM credit_lines_computed;
INSERT INTO credit_words SELECT * FROM credit_words_computed;

-- caption_credits rows come and go as a whole (V7's triggers insert a row with photos 1, update its
-- photos, and delete it at 0), and a row's credit and outlet are its key.
CREATE TRIGGER caption_credits_add_line AFTER INSERT ON caption_credits
BEGIN
    INSERT INTO credit_lines (credit, outlets, photos, words)
    SELECT credit, 1, photos, words FROM caption_credit_text
    WHERE outlet_id = NEW.outlet_id AND credit = NEW.credit
    ON CONFLICT (credit) DO UPDATE SET outlets = outlets + 1, photos = photos + excluded.photos;
    INSERT OR IGNORE INTO credit_words SELECT * FROM credit_words_computed WHERE credit = NEW.credit;
END;

CREATE TRIGGER caption_credits_photos_changed AFTER UPDATE OF photos ON caption_credits
WHEN OLD.credit IS NEW.credit
BEGIN
    UPDATE credit_lines SET photos = photos + NEW.photos - OLD.photos WHERE credit = NEW.credit;
END;

-- Any other change to a row (its credit rewritten by hand) is its removal and an addition.
CREATE TRIGGER caption_credits_line_changed AFTER UPDATE OF credit ON caption_credits
WHEN OLD.credit IS NOT NEW.credit
BEGIN
    UPDATE credit_lines SET outlets = outlets - 1, photos = photos - OLD.photos WHERE credit = OLD.credit;
    DELETE FROM credit_words
    WHERE credit = OLD.credit AND word IN (SELECT word FROM credit_words_computed WHERE credit = OLD.credit)
      AND (SELECT outlets FROM credit_lines WHERE credit = OLD.credit) = 0;
    DELETE FROM credit_lines WHERE credit = OLD.credit AND outlets = 0;
    INSERT INTO credit_lines (credit, outlets, photos, words)
    SELECT credit, 1, photos, words FROM caption_credit_text
    WHERE outlet_id = NEW.outlet_id AND credit = NEW.credit
    ON CONFLICT (credit) DO UPDATE SET outlets = outlets + 1, photos = photos + excluded.photos;
    INSERT OR IGNORE INTO credit_words SELECT * FROM credit_words_computed WHERE credit = NEW.credit;
END;

CREATE TRIGGER caption_credits_remove_line AFTER DELETE ON caption_credits
BEGIN
    UPDATE credit_lines SET outlets = outlets - 1, photos = photos - OLD.photos WHERE credit = OLD.credit;
    DELETE FROM credit_words
    WHERE credit = OLD.credit AND word IN (SELECT word FROM credit_words_computed WHERE credit = OLD.credit)
      AND (SELECT outlets FROM credit_lines WHERE credit = OLD.credit) = 0;
    DELETE FROM credit_lines WHERE credit = OLD.credit AND outlets = 0;
END;
