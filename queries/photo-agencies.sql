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
credit (text, words, photos) AS (
    -- Each distinct credit once, with its photos, so that the agencies are looked for in it once.
    -- Lower-cased and surrounded by spaces, with the usual separators turned into spaces, so that an
    -- agency matches as a whole word in any case: "AP" in "AP Photo/Jane Doe" but not in "Japan".
    -- Read from the per-(outlet, credit) summary that triggers keep (caption_credits, migration V7).
    SELECT credit,
           lower(' ' || replace(replace(replace(replace(replace(credit, '/', ' '), '(', ' '), ')', ' '), ',', ' '), ';', ' ') || ' '),
           sum(photos)
    FROM caption_credits
    WHERE credit <> ''
    GROUP BY credit
),
named (agency, text, photos) AS (
    -- Only the agencies whose first word is a word of the credit are looked for in it.
    SELECT DISTINCT agency.name, credit.text, credit.photos
    FROM credit
    CROSS JOIN json_each('[' || replace(json_quote(credit.words), ' ', '","') || ']') AS word
    CROSS JOIN agency_word AS agency ON agency.first = word.value
    WHERE word.value IN (SELECT first FROM agency_word)  -- one lookup, before the agencies are scanned
      AND instr(credit.words, agency.words) > 0
),
by_credit (agency, text, photos) AS (
    SELECT agency, text, photos FROM named
    UNION ALL
    SELECT '(no agency named)', credit.text, credit.photos
    FROM credit
    WHERE credit.text NOT IN (SELECT text FROM named)
)
SELECT agency, photos, credits FROM (
    SELECT agency, sum(photos) AS photos, group_concat(text, ' | ') AS credits
    FROM (SELECT * FROM by_credit ORDER BY agency, text)
    GROUP BY agency
    UNION ALL
    SELECT '(no credit)', sum(photos), NULL
    FROM caption_credits
    WHERE credit = ''
    HAVING sum(photos) > 0
)
ORDER BY photos DESC, agency;
