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
credit (text, words) AS (
    -- Surrounded by spaces, with the usual separators turned into spaces, so that an agency matches
    -- as a whole word: "AP" in "AP Photo/Jane Doe" but not in "Japan".
    SELECT credit,
           ' ' || replace(replace(replace(replace(replace(credit, '/', ' '), '(', ' '), ')', ' '), ',', ' '), ';', ' ') || ' '
    FROM captions
    WHERE coalesce(credit, '') <> ''
),
-- Counted per distinct credit first, so that the credits can be listed once each with a separator
-- that reads well (credits themselves contain commas), in SQLite versions older than 3.44 too.
by_credit (agency, text, photos) AS (
    SELECT agency.name, credit.text, count(*)
    FROM agency JOIN credit ON credit.words LIKE '% ' || agency.name || ' %'
    GROUP BY agency.name, credit.text
    UNION ALL
    SELECT '(no agency named)', credit.text, count(*)
    FROM credit
    WHERE NOT EXISTS (SELECT 1 FROM agency WHERE credit.words LIKE '% ' || agency.name || ' %')
    GROUP BY credit.text
)
SELECT agency, photos, credits FROM (
    SELECT agency, sum(photos) AS photos, group_concat(text, ' | ') AS credits
    FROM by_credit
    GROUP BY agency
    UNION ALL
    SELECT '(no credit)', count(*), NULL
    FROM captions
    WHERE coalesce(credit, '') = ''
    HAVING count(*) > 0
)
ORDER BY photos DESC, agency;
