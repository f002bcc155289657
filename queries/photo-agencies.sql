-- name: photo-agencies
-- How many captioned photos each agency supplied, read from the credit lines.
--
-- example:
--
-- A credit counts for every agency it names ("AFP via Getty Images" counts for both); credits that
-- name no known agency (a staff photographer, a handout) are counted together. To add an agency, copy
-- this file into your queries folder and extend the list.
WITH agency (name) AS (
    VALUES ('AP'), ('Reuters'), ('AFP'), ('Getty Images'), ('EPA'), ('Anadolu'), ('Bloomberg'), ('Xinhua'),
           ('dpa'), ('ANP'), ('PA'), ('Shutterstock'), ('Alamy'), ('NurPhoto'), ('SOPA Images'), ('ZUMA'),
           ('UPI'), ('TT'), ('Ritzau'), ('NTB'), ('Lehtikuva'), ('Kyodo'), ('Yonhap'), ('ANSA'), ('EFE'),
           ('PTI'), ('IANS'), ('Flash90'), ('TPS'), ('Sipa'), ('Abaca'), ('Redux'), ('WAFA'), ('Imago'),
           ('Sputnik'), ('TASS'), ('AAP'), ('Canadian Press'), ('Jiji')
),
agency_word (name, first, words) AS (  -- lower case, as the credit's words are
    SELECT name, lower(substr(name, 1, instr(name || ' ', ' ') - 1)), lower(' ' || name || ' ') FROM agency
),
named (agency, text, photos) AS (
    -- Each agency is looked for only in the credit lines holding its first word, found by that
    -- word in credit_words, then as a whole in the line's words (credit_lines.words: lower case,
    -- surrounded by spaces, the usual separators turned into spaces), so that it matches as a whole
    -- word in any case: "AP" in "AP Photo/Jane Doe" but not in "Japan". Both tables are kept by
    -- triggers from the per-(outlet, credit) summary (caption_credits: migrations V7 and V8).
    SELECT DISTINCT agency.name, line.credit, line.photos
    FROM agency_word AS agency
    JOIN credit_words AS word ON word.word = agency.first
    JOIN credit_lines AS line ON line.credit = word.credit
    WHERE line.credit <> '' AND instr(line.words, agency.words) > 0
),
-- Credit lines naming no agency: most of them, each a photographer's name. Read in key order, which
-- is the order they are listed in, and counted apart from the agencies' so as not to sort them.
unnamed (text, photos) AS (
    SELECT line.credit, line.photos
    FROM credit_lines AS line
    WHERE line.credit <> '' AND line.credit NOT IN (SELECT text FROM named)
    ORDER BY line.credit
)
SELECT agency, photos, credits FROM (
    SELECT agency, sum(photos) AS photos, group_concat(text, ' | ') AS credits
    FROM (SELECT * FROM named ORDER BY agency, text)
    GROUP BY agency
    UNION ALL
    SELECT '(no agency named)', sum(photos), group_concat(text, ' | ')
    FROM unnamed
    HAVING count(*) > 0
    UNION ALL
    SELECT '(no credit)', photos, NULL
    FROM credit_lines
    WHERE credit = '' AND photos > 0
)
ORDER BY photos DESC, agency;
