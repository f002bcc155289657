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
)
SELECT agency, photos, credits FROM (
    SELECT agency.name AS agency, count(*) AS photos, group_concat(DISTINCT credit.text) AS credits
    FROM agency JOIN credit ON credit.words LIKE '% ' || agency.name || ' %'
    GROUP BY agency.name
    UNION ALL
    SELECT '(no agency named)', count(*), group_concat(DISTINCT credit.text)
    FROM credit
    WHERE NOT EXISTS (SELECT 1 FROM agency WHERE credit.words LIKE '% ' || agency.name || ' %')
    HAVING count(*) > 0
    UNION ALL
    SELECT '(no credit)', count(*), NULL
    FROM captions
    WHERE coalesce(credit, '') = ''
    HAVING count(*) > 0
)
ORDER BY photos DESC, agency;
