//! Outlet profiles from the user's file, and speakers merged across articles through their aliases:
//! the binary run on fictional articles in a fresh directory.

#[path = "query_support/mod.rs"]
mod support;

use std::path::Path;

use predicates::prelude::*;
use rusqlite::Connection;
use support::{morgue, write};
use tempfile::TempDir;

fn rows(db: &Path, sql: &str) -> Vec<Vec<String>> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let width = stmt.column_count();
    stmt.query_map([], |row| {
        (0..width)
            .map(|i| {
                row.get::<_, Option<String>>(i)
                    .map(Option::unwrap_or_default)
            })
            .collect()
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

/// A fresh directory whose `clips/` holds these files, imported into `a.db` in it.
/// Each speaker's name, kind and aliases (" | " between them), by name.
fn speakers_with_aliases(db: &Path) -> Vec<Vec<String>> {
    rows(
        db,
        "SELECT s.name, s.kind, group_concat(a.alias, ' | ') FROM speakers s
         JOIN speaker_aliases a ON a.speaker_id = s.id GROUP BY s.id ORDER BY s.name",
    )
}

fn import_clips(files: &[(&str, &str)]) -> (TempDir, std::path::PathBuf) {
    let tmp = TempDir::new().unwrap();
    for (name, text) in files {
        write(tmp.path(), &format!("clips/{name}"), text);
    }
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips"])
        .assert()
        .success();
    let db = tmp.path().join("a.db");
    (tmp, db)
}

const COURIER_PAGE: &str = "Vell Courier Briefing
Home
Island
Sport

Ferry Operator Defends Fare Rise Before Council Vote

The island's only ferry operator told councillors on Monday that an eight percent fare rise was the least it could ask for.

Mara Quist, the operator's chief executive, said fuel now cost a third more than two years ago and that the crew agreement signed in January added to the wage bill.

Councillors will vote on a subsidy request on Thursday, after a public meeting in the harbour hall.

Share this story
Vell Courier Briefing: the island's news every morning
";

const USER_PROFILES: &str = r#"
[[outlet]]
name = "The Vell Courier"
domains = ["vellcourier.example"]
signature_lines = ["Vell Courier Briefing"]
boilerplate = ["Vell Courier Briefing", "Share this story"]
boilerplate_patterns = ['^Vell Courier Briefing: ']
"#;

#[test]
fn a_user_profile_names_an_outlet_the_bundled_ones_do_not_know() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "courier.txt", COURIER_PAGE);
    write(tmp.path(), "my-profiles.toml", USER_PROFILES);

    morgue(tmp.path())
        .args(["--db", "plain.db", "import", "courier.txt"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: courier.txt: no outlet recognised",
        ));
    assert_eq!(
        rows(
            &tmp.path().join("plain.db"),
            "SELECT outlet_id FROM articles"
        ),
        [[""]]
    );

    morgue(tmp.path())
        .args([
            "--db",
            "a.db",
            "import",
            "--profiles",
            "my-profiles.toml",
            "courier.txt",
        ])
        .assert()
        .success();
    let db = tmp.path().join("a.db");
    assert_eq!(
        rows(
            &db,
            "SELECT o.name, o.domain FROM articles a JOIN outlets o ON o.id = a.outlet_id"
        ),
        [["The Vell Courier", "vellcourier.example"]]
    );
    let body = &rows(&db, "SELECT body FROM articles")[0][0];
    assert!(
        !body.contains("Share this story") && !body.contains("Briefing"),
        "profile boilerplate stays out: {body}"
    );

    // The documented default location is read without --profiles.
    write(tmp.path(), ".config/morgue/profiles.toml", USER_PROFILES);
    morgue(tmp.path())
        .args(["--db", "b.db", "import", "courier.txt"])
        .assert()
        .success();
    assert_eq!(
        rows(
            &tmp.path().join("b.db"),
            "SELECT o.name FROM articles a JOIN outlets o ON o.id = a.outlet_id"
        ),
        [["The Vell Courier"]]
    );
}

#[test]
fn a_broken_profiles_file_is_an_error_naming_the_file_and_line() {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "courier.txt", COURIER_PAGE);
    write(
        tmp.path(),
        "broken.toml",
        "[[outlet]]\nname = \"The Vell Courier\"\ndomains = [\"vellcourier.example\"\n",
    );
    morgue(tmp.path())
        .args([
            "--db",
            "a.db",
            "import",
            "--profiles",
            "broken.toml",
            "courier.txt",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("broken.toml"))
        .stderr(predicate::str::contains("line 3"));
    assert!(
        !tmp.path().join("a.db").exists()
            || rows(&tmp.path().join("a.db"), "SELECT id FROM articles").is_empty()
    );
}

const BRODSKY_MONDAY: &str = "Port Levy Talks Resume

Talks over the port levy resumed on Monday after a week of silence.

\u{201c}We are ready to sign if the numbers hold,\u{201d} Transport Minister Ilan Brodsky told reporters in Vell.

The levy would fund a new breakwater and two tugboats for the harbour.
";

const BRODSKY_TUESDAY: &str = "Port Levy Deal Slips Again

A deal on the port levy slipped again on Tuesday as shipping firms asked for more time.

\u{201c}Nobody should read anything into a day's delay,\u{201d} said Ilan Brodski, the transport minister.

Shipping firms want the levy phased in over three years rather than two.
";

const MAYA_BRODSKY: &str = "Harbour Museum Reopens After Flood Repairs

The harbour museum reopened on Wednesday, a year after a storm flood closed it.

\u{201c}Every ship model had to be dried by hand,\u{201d} said Maya Brodsky, the museum's curator.

Entry is free for islanders until the end of the month.
";

#[test]
fn spelling_variants_merge_into_one_speaker_but_namesakes_stay_apart() {
    let (tmp, db) = import_clips(&[
        ("1-monday.txt", BRODSKY_MONDAY),
        ("2-museum.txt", MAYA_BRODSKY),
        ("3-tuesday.txt", BRODSKY_TUESDAY),
    ]);

    let speakers = speakers_with_aliases(&db);
    assert_eq!(
        speakers,
        [
            ["Ilan Brodsky", "person", "Ilan Brodsky | Ilan Brodski"],
            ["Maya Brodsky", "person", "Maya Brodsky"],
        ]
    );
    let attributions = rows(
        &db,
        "SELECT s.name, q.attribution FROM quotes q JOIN speakers s ON s.id = q.speaker_id ORDER BY q.article_id",
    );
    assert_eq!(attributions.len(), 3);
    assert!(
        attributions[0][1].contains("Transport Minister Ilan Brodsky"),
        "the attribution keeps the whole phrase: {attributions:?}"
    );
    assert_eq!(
        attributions[2][0], "Ilan Brodsky",
        "the Tuesday quote is filed under the first spelling"
    );

    morgue(tmp.path())
        .args([
            "--db",
            "a.db",
            "query",
            "quotes-by-speaker",
            "-p",
            "speaker=brodski",
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Nobody should read anything"))
        .stdout(predicate::str::contains("We are ready to sign"))
        .stdout(predicate::str::contains("Every ship model").not());
}

const VARGA_FULL: &str = "Harbour talks resume in Vell

By Oda Strand

Premier Olek Varga said on Monday that the harbour talks would resume within a week.

\"We have lost enough time already,\" Premier Olek Varga said after the cabinet meeting.
";

const VARGA_SURNAME: &str = "Ferry subsidy approved

By Oda Strand

The cabinet approved the ferry subsidy on Thursday after a short debate.

\"This keeps the island connected,\" Varga said.
";

const BRANDT_FAMILY: &str = "Father and son split over port bill

By Ruth Aalto

\"We are in touch with the unions,\" Port Authority Chairman Ivo Brandt said on Wednesday.

\"I will vote against this bill,\" Ivo Brandt Jr. said after the session.

The chairman told the council the bill would pass anyway. \"The votes are there,\" the chairman said.
";

const LENA_BRANDT: &str = "New harbour pilot named

By Ruth Aalto

\"I have sailed these waters for twenty years,\" Lena Brandt said at her first briefing.
";

#[test]
fn a_surname_joins_the_one_full_name_and_a_family_stays_apart() {
    let (tmp, db) = import_clips(&[
        ("1-varga.txt", VARGA_FULL),
        ("2-varga.txt", VARGA_SURNAME),
        ("3-brandt.txt", BRANDT_FAMILY),
        ("4-lena.txt", LENA_BRANDT),
    ]);
    let speakers = rows(
        &db,
        "SELECT s.name, s.kind, CAST((SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) AS TEXT)
         FROM speakers s ORDER BY s.name",
    );
    assert_eq!(
        speakers,
        [
            ["Ivo Brandt", "person", "2"],
            ["Ivo Brandt Jr.", "person", "1"],
            ["Lena Brandt", "person", "1"],
            ["Olek Varga", "person", "3"],
        ],
        "the surname-only Varga quote joins Olek Varga (with his reported speech); \"the chairman\" \
         is the father; father, son and Lena Brandt stay three people"
    );

    // An editor can see why spellings were merged, and which namesakes were kept apart.
    morgue(tmp.path())
        .args(["--db", "a.db", "speakers", "brandt", "--explain"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Ivo Brandt (person"))
        .stdout(predicate::str::contains("Lena Brandt (person"))
        .stdout(predicate::str::contains("Ivo Brandt Jr. (person"));
    morgue(tmp.path())
        .args(["--db", "a.db", "speakers", "varga", "--explain"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Olek Varga (person"))
        .stdout(predicate::str::contains("no other speaker fits"));
}

const RAIL_ALLIANCE: &str = "Rail deal welcomed by workers

By Nadia Okonkwo

The deal on rail safety passed the Senate on Wednesday night.

The Rail Workers Alliance welcomed the deal. The RWA said in a statement that \"this is the first time the workers were in the room.\"
";

#[test]
fn a_body_quoted_by_its_acronym_is_filed_under_its_name_and_found_by_the_acronym() {
    let (tmp, db) = import_clips(&[("1-rail.txt", RAIL_ALLIANCE)]);
    let speakers = speakers_with_aliases(&db);
    assert_eq!(
        speakers,
        [[
            "Rail Workers Alliance",
            "organization",
            "Rail Workers Alliance | RWA"
        ]]
    );
    morgue(tmp.path())
        .args([
            "--db",
            "a.db",
            "query",
            "quotes-by-speaker",
            "-p",
            "speaker=RWA",
            "--format",
            "csv",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "the first time the workers were in the room",
        ));
}

/// The speaker of each quotation that begins with `start`, as the archive stores it.
fn speaker_of(db: &Path, start: &str) -> Vec<String> {
    let conn = Connection::open(db).unwrap();
    conn.query_row(
        "SELECT coalesce(s.name, ''), coalesce(s.kind, '') FROM quotes q
         LEFT JOIN speakers s ON s.id = q.speaker_id WHERE substr(q.text, 1, length(?1)) = ?1",
        [start],
        |row| Ok(vec![row.get(0)?, row.get(1)?]),
    )
    .unwrap_or_default()
}

#[test]
fn descriptions_bodies_and_governing_verbs_name_the_right_speaker() {
    let expect = [
        // "said his oldest friend on the council, Ola Sunde, who …"
        ("It may have been", "Ola Sunde", "person"),
        // "In a statement to the Gazette, her senior policy adviser, Karl Vik, said:"
        ("Maren Holt believes", "Karl Vik", "person"),
        // an unnamed source speaks for the body behind it
        (
            "We are disappointed",
            "Ministry of Transport",
            "organization",
        ),
        (
            "The timetable would cut",
            "Nordic Coastal Institute",
            "organization",
        ),
        // "under what Mayor Holt called “…,” the company would have …"
        ("the only plan", "Maren Holt", "person"),
        // "Sunde said Holt's remarks were “…”": the words are Sunde's
        ("deeply unfair", "Ola Sunde", "person"),
        // a verb not in the list, in the inverted shape
        ("It's about time", "Lena Berg", "person"),
        // "“…” Holt said.": a full stop where the comma belonged
        ("If you're listening", "Maren Holt", "person"),
        // "X issued a statement saying …": the statement's issuer in its own sentence
        ("has no place", "Per Dahl", "person"),
    ];
    assert_speakers(
        "speakers-descriptions-bodies-and-governing-verbs.txt",
        &expect,
    );
}

#[test]
fn stance_verbs_documents_and_clause_subjects_name_the_right_speaker() {
    let expect = [
        // verbs of stance take the quoted words as their object
        ("the recognition that", "Maren Holt", "person"),
        ("a vote taken", "Per Dahl", "person"),
        // a long role before the name: "former Maren Holt speechwriter Ola Sunde wrote"
        ("These are hard days", "Ola Sunde", "person"),
        // "drew boos upon saying, “…”": the clause's subject
        ("The bridge will never", "Ola Sunde", "person"),
        // "As the hall began to chant, Sunde … and joked": not the opening clause's subject
        ("Bridge people", "Ola Sunde", "person"),
        // a short title quoted inside the appositive does not end the cue
        ("We have had calmer", "Kari Dahl", "person"),
        // a document speaks for its issuer
        ("Holt wants a bridge", "Dahl campaign", "organization"),
        // a surname that is also a role word
        ("I came to sing", "Ruth King", "person"),
        // a newspaper named "… Press", a body whose name ends in an acronym
        ("The ferry was late", "Harbour Free Press", "organization"),
        ("THIS IS NOT THE END", "Ferries USA", "organization"),
        // "in what Lars Moen, treasurer of the board, called “…”": the name before the appositive
        ("trench warfare", "Lars Moen", "person"),
        // an unnamed source for a body named before it
        ("We will build it", "Holt campaign", "organization"),
        // "Then, later that month on Harbour Radio: “…”" goes on with the previous speaker
        ("I have never said", "Maren Holt", "person"),
        // "he" is the pilot, not the place or the newspaper named since
        ("We would be fools", "Jens Aune", "person"),
        // "… came from Norway. Within days": no person "Norway. Within" says anything
        ("it has changed its ferry rules", "", ""),
    ];
    assert_speakers("speakers-stance-verbs-documents-and-clauses.txt", &expect);
}

/// Imports one fixture article and checks the stored speaker (name, kind) of each quotation, found
/// by how its text starts.
fn assert_speakers(fixture: &str, expect: &[(&str, &str, &str)]) {
    let text = std::fs::read_to_string(format!("tests/fixtures/articles/{fixture}")).unwrap();
    let (_tmp, db) = import_clips(&[("gazette.txt", &text)]);
    for &(start, name, kind) in expect {
        assert_eq!(
            speaker_of(&db, start),
            [name, kind],
            "{fixture}: quote starting {start:?}"
        );
    }
}
