//! Authors and dates of copied pages end to end, from forms of byline and date line that hold on
//! pages the rules were not written on (issue 10): whom a writer wrote for, a wire story's agency, a
//! desk's byline, a name run into its date; and where the story's body ends (a closing byline, a
//! ticker of teasers). Every page here is fictional.

#[path = "query_support/mod.rs"]
mod support;

use rusqlite::Connection;
use support::{morgue, write};
use tempfile::TempDir;

/// A copied page: menu, headline, the header lines given, then the story.
fn page(header: &str) -> String {
    format!(
        "Home\nNews\nLocal\n\nHarbour board shuts the old ferry pier for repairs\n\n{header}\n\n\
         The harbour board voted on Tuesday to close the old ferry pier for repairs, ending a decade \
         of arguments over who should pay for the work.\n\n\
         Councillors said the pier had been unsafe since the storms of last winter, when two of its \
         piles cracked and the walkway began to lean toward the water.\n\n\
         \"We cannot keep telling people it is fine,\" said the board chair, Orla Benning, after the \
         vote. \"It is not fine, and it has not been for a while.\"\n\n\
         The repairs are expected to take eighteen months and cost about four million, most of it \
         from the regional transport fund.\n\nShare\nMost read\n"
    )
}

/// The archive `morgue import` makes of the copied page `text`, checked to hold one article.
fn archive(text: &str) -> (TempDir, Connection) {
    let tmp = TempDir::new().unwrap();
    write(tmp.path(), "clips/page.txt", text);
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips"])
        .assert()
        .success();
    let conn = Connection::open(tmp.path().join("a.db")).unwrap();
    let count: i64 = conn
        .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 1, "{text:?}: one article");
    (tmp, conn)
}

/// The article's authors in byline order, its publication date and its title.
fn facts(conn: &Connection) -> (Vec<String>, Option<String>, String) {
    let mut stmt = conn
        .prepare(
            "SELECT au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id
             ORDER BY aa.position",
        )
        .unwrap();
    let authors = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let (date, title) = conn
        .query_row("SELECT published_at, title FROM articles", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    (authors, date, title)
}

/// The authors and publication date stored for the page with `header` under its headline.
fn import(header: &str) -> (Vec<String>, Option<String>) {
    let (_tmp, conn) = archive(&page(header));
    let (authors, date, _) = facts(&conn);
    (authors, date)
}

/// The same for the page with `footer` under its last paragraph and no header, with its title.
fn import_footer(footer: &str) -> (Vec<String>, Option<String>, String) {
    let text = page("").replace("\n\nShare\n", &format!("\n\n{footer}\n\nShare\n"));
    let (_tmp, conn) = archive(&text);
    facts(&conn)
}

#[test]
fn whom_the_writer_wrote_for_is_no_author() {
    let (authors, _) = import("By Ines Dahl for The Vell Courier\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl"]);
    let (authors, _) = import("By Ines Dahl and Rui Lobo, special to the Courier\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl", "Rui Lobo"]);
}

#[test]
fn an_outlet_listed_after_the_writer_is_no_author() {
    let (authors, _) = import("By Ines Dahl, The Vell Courier\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl"]);
}

#[test]
fn a_wire_agency_alone_on_a_header_line_is_the_byline() {
    let (authors, date) = import("Reuters\nMarch 4, 2024");
    assert_eq!(authors, ["Reuters"]);
    assert_eq!(date.as_deref(), Some("2024-03-04"));
    let (authors, _) = import("AFP | March 4, 2024");
    assert_eq!(authors, ["AFP"]);
}

#[test]
fn a_desk_byline_without_by_is_the_byline() {
    let (authors, _) = import("The Vell Courier Staff\nMarch 4, 2024");
    assert_eq!(authors, ["The Vell Courier Staff"]);
}

#[test]
fn a_by_run_into_the_name_is_a_byline() {
    let (authors, _) = import("ByInes Dahl\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl"]);
}

#[test]
fn a_date_line_may_end_with_the_section_it_was_filed_in() {
    let (_, date) = import("Posted March 4, 2024 in Local News");
    assert_eq!(date.as_deref(), Some("2024-03-04"));
}

#[test]
fn a_name_run_into_its_date_is_read_as_both() {
    let (authors, date) = import("Ines DahlMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl"]);
    assert_eq!(date.as_deref(), Some("2024-03-04"));
    let (authors, date) = import("Ines DahlUpdated 10:15, 4 MAR 2024");
    assert_eq!(authors, ["Ines Dahl"]);
    assert_eq!(date.as_deref(), Some("2024-03-04T10:15:00"));
}

#[test]
fn a_date_under_the_last_paragraph_dates_a_page_that_prints_none_above() {
    let (authors, date, title) = import_footer("Published March 4, 2024");
    assert_eq!(title, "Harbour board shuts the old ferry pier for repairs");
    assert_eq!(date.as_deref(), Some("2024-03-04"));
    assert!(authors.is_empty());
    let (authors, date, _) = import_footer("Ines Dahl\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl"]);
    assert_eq!(date.as_deref(), Some("2024-03-04"));
}

#[test]
fn the_credits_after_a_reporters_byline_are_not_authors() {
    let (authors, _, _) = import_footer("Reporting by Ines Dahl; Editing by Rui Lobo");
    assert_eq!(authors, ["Ines Dahl"]);
}

#[test]
fn credentials_after_a_name_are_no_authors() {
    let (authors, _) = import("By Ines Dahl, MS, RDN\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl"]);
    let (authors, _) = import("By Ines Dahl PhD and Rui Lobo, M.D.\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl", "Rui Lobo"]);
}

#[test]
fn an_outlet_in_capitals_run_into_the_last_name_is_no_author() {
    let (authors, _) = import("By Ines Dahl and Rui Lobo VELL COURIER\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl", "Rui Lobo"]);
    // A name in capitals throughout keeps its words (set in title case, as names are filed).
    let (authors, _) = import("By INES DAHL\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl"]);
}

#[test]
fn a_name_known_by_its_given_name_with_a_tail_after_it_is_the_byline() {
    let (authors, date) = import("Oliver Ross, Harbour Business Weekly\n04.03.2024, 08:57");
    assert_eq!(authors, ["Oliver Ross"]);
    assert_eq!(date.as_deref(), Some("2024-03-04T08:57:00"));
    // A given name the list knows is evidence enough without the date.
    let (authors, _) = import("Oliver Ross @oliverross / 2 days");
    assert_eq!(authors, ["Oliver Ross"]);
}

#[test]
fn a_byline_with_its_date_closing_the_story_ends_the_body() {
    let teaser = "The county's budget review will decide whether ferry fares rise again next \
                  spring, officials said in a statement on Monday evening.";
    let text = page("By Ines Dahl").replace(
        "\n\nShare\n",
        &format!(
            "\n\nWritten by Ines Dahl on March 4, 2024\nrelated stories\n\
             Ferry fares rise again as the county reviews its budget\n\n{teaser}\n\nShare\n"
        ),
    );
    let (_tmp, conn) = archive(&text);
    let (authors, date, _) = facts(&conn);
    assert_eq!(authors, ["Ines Dahl"]);
    assert_eq!(date.as_deref(), Some("2024-03-04"));
    let body: String = conn
        .query_row("SELECT body FROM articles", [], |r| r.get(0))
        .unwrap();
    assert!(body.contains("regional transport fund"), "{body}");
    assert!(!body.contains("budget review"), "{body}");
}

#[test]
fn a_blog_themes_meta_line_with_glued_slashes_dates_the_page() {
    let (_, date) = import("March 4, 2024/0 Comments/in Local News /by admin");
    assert_eq!(date.as_deref(), Some("2024-03-04"));
}

#[test]
fn a_name_and_role_after_a_dash_before_a_timestamp_are_read_as_byline_and_date() {
    let (authors, date) = import("Ines Dahl - Vell Courier Contributor 2024-03-04T10:15:00Z");
    assert_eq!(authors, ["Ines Dahl"]);
    assert_eq!(date.as_deref(), Some("2024-03-04T10:15:00Z"));
}

#[test]
fn a_us_zone_without_summer_or_winter_takes_the_offset_of_its_date() {
    let (_, date) = import("March 10, 2024 11:30 PM ET");
    assert_eq!(date.as_deref(), Some("2024-03-10T23:30:00-04:00"));
    let (_, date) = import("Nov. 4, 2024 at 9:05 a.m. PT");
    assert_eq!(date.as_deref(), Some("2024-11-04T09:05:00-08:00"));
}

#[test]
fn a_ticker_of_teasers_run_into_one_long_line_is_not_the_story() {
    let teaser = |head: &str| {
        format!(
            "{head} LINDHOLM: The county said on Monday that the works would start in spring \
             and that the cost would be shared by the towns along the coast, which..."
        )
    };
    let ticker = [
        "Council backs the new bridge",
        "Ferry fares rise again",
        "School roof to be replaced",
        "Fish plant hires forty more",
        "Library opens on Sundays",
        "Harbour lights switched off",
        "Bus route 7 to run all night",
        "Storm damage bill rises",
        "New mayor sworn in",
        "Market square to be repaved",
        "Swimming pool closes for repairs",
    ]
    .map(teaser)
    .join(" ");
    let text = page("")
        .replacen("Home\n", &format!("Home\n{ticker}\n"), 1)
        .replace("Most read\n", &format!("Most read\n{ticker}\n"));
    let (_tmp, conn) = archive(&text);
    let body: String = conn
        .query_row("SELECT body FROM articles", [], |r| r.get(0))
        .unwrap();
    assert!(body.contains("regional transport fund"), "{body}");
    assert!(!body.contains("Library opens"), "{body}");
    let (_, _, title) = facts(&conn);
    assert_eq!(title, "Harbour board shuts the old ferry pier for repairs");
}

#[test]
fn a_list_copied_without_its_bullets_keeps_the_story_going() {
    let list = "The board listed the works the transport fund will pay for:\n\
                new piles under the walkway\nthe railings on both sides\n\
                a ramp for wheelchairs\nlights along the pier\na shelter at the end\n\
                the ticket booth\n\n";
    let text = page("By Ines Dahl").replace("\"We cannot keep", &format!("{list}\"We cannot keep"));
    let (_tmp, conn) = archive(&text);
    let body: String = conn
        .query_row("SELECT body FROM articles", [], |r| r.get(0))
        .unwrap();
    assert!(body.contains("ending a decade"), "{body}");
    assert!(body.contains("a ramp for wheelchairs"), "{body}");
    assert!(body.contains("regional transport fund"), "{body}");
}

#[test]
fn a_bio_under_the_story_names_a_writer_the_header_does_not() {
    let (authors, _, _) =
        import_footer("Ines Dahl is a senior reporter at The Vell Courier, covering transport.");
    assert_eq!(authors, ["Ines Dahl"]);
    let (authors, _, _) = import_footer(
        "About the author\nInes Dahl\nInes Dahl covers the harbour and the islands for the Courier.",
    );
    assert_eq!(authors, ["Ines Dahl"]);
    let (_tmp, conn) = archive(&page("").replace(
        "\n\nShare\n",
        "\n\nInes Dahl writes about transport for the Courier.\n\nShare\n",
    ));
    let body: String = conn
        .query_row("SELECT body FROM articles", [], |r| r.get(0))
        .unwrap();
    assert!(!body.contains("writes about transport"), "{body}");
}

#[test]
fn a_writer_signing_off_under_the_story_is_the_author() {
    let (authors, _, _) = import_footer("— Ines Dahl, Vell Courier");
    assert_eq!(authors, ["Ines Dahl"]);
}

/// The publication date stored for the page with `header` under its headline and `footer` in the
/// chrome under the story.
fn dated_with_footer(header: &str, footer: &str) -> Option<String> {
    let text = page(header).replace("Most read\n", &format!("Most read\n{footer}\n"));
    let (_tmp, conn) = archive(&text);
    facts(&conn).1
}

#[test]
fn a_date_without_its_year_takes_the_year_the_page_gives() {
    let with_footer = dated_with_footer;
    // The year of the copyright notice.
    assert_eq!(
        with_footer(
            "By Ines Dahl\nUpdated Nov. 19, 6:55 AM",
            "© 2009-2024 The Vell Courier"
        )
        .as_deref(),
        Some("2024-11-19T06:55:00")
    );
    // The year the page's other dates give comes first.
    assert_eq!(
        with_footer(
            "By Ines Dahl\n1 December",
            "Library opens late on Fridays\nNovember 30, 2023\n© 2024 The Vell Courier"
        )
        .as_deref(),
        Some("2023-12-01")
    );
    // No year anywhere: no date is made up.
    assert_eq!(
        with_footer("By Ines Dahl\nDec. 1", "The Vell Courier"),
        None
    );
}

#[test]
fn what_the_byline_says_around_its_names_is_no_author() {
    // A title describing the writers after a comma, a way to reach them, the photos' credit.
    let (authors, _) =
        import("By Ines Dahl and Rui Lobo, Vell Courier Business Reporters\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl", "Rui Lobo"]);
    let (authors, _) = import("Ines Dahl | idahl@vellcourier.example\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl"]);
    let (authors, _) = import("Text: Ines Dahl, Photos: Rui Lobo\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl"]);
    let (authors, _) = import("Ines Dahl & Rui Lobo");
    assert_eq!(authors, ["Ines Dahl", "Rui Lobo"]);
}

#[test]
fn a_byline_labelled_by_the_kind_of_piece_names_its_writer() {
    for header in [
        "Opinion by Ines Dahl\nMarch 4, 2024",
        "Analysis by Ines Dahl, CNN\nMarch 4, 2024",
        "Reported by Ines Dahl\nMarch 4, 2024",
    ] {
        assert_eq!(import(header).0, ["Ines Dahl"], "{header}");
    }
}

#[test]
fn names_printed_one_per_line_around_and_are_one_byline() {
    let (authors, _) = import("Ines Dahl\nand\nRui Lobo\nMarch 4, 2024");
    assert_eq!(authors, ["Ines Dahl", "Rui Lobo"]);
}

#[test]
fn an_update_printed_after_the_publication_date_on_its_line_is_its_own_date() {
    let (_tmp, conn) = archive(&page("By Ines Dahl\nMarch 4, 2024 Updated March 5, 2024"));
    let (published, updated): (Option<String>, Option<String>) = conn
        .query_row("SELECT published_at, updated_at FROM articles", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(published.as_deref(), Some("2024-03-04"));
    assert_eq!(updated.as_deref(), Some("2024-03-05"));
}

#[test]
fn a_date_in_numbers_that_read_either_way_follows_the_pages_other_dates() {
    let dated = dated_with_footer;
    // Month first, as US pages write them, unless the page shows otherwise.
    assert_eq!(
        dated("By Ines Dahl\n04/03/2024", "").as_deref(),
        Some("2024-04-03")
    );
    // The page's other dates are written day first.
    assert_eq!(
        dated(
            "By Ines Dahl\n04/03/2024",
            "Library opens late on Fridays\n2 March 2024"
        )
        .as_deref(),
        Some("2024-03-04")
    );
    // A zone of the day-first countries on the date's own line.
    assert_eq!(
        dated("By Ines Dahl\n04/03/2024 09:00 GMT", "").as_deref(),
        Some("2024-03-04T09:00:00Z")
    );
}

#[test]
fn a_byline_in_capitals_names_the_writer_in_title_case() {
    // The label, the name and a name's parts after an apostrophe or a hyphen all set in capitals.
    let (authors, date) = import("BY JANE O'NEIL-BRANT AND TOM DOE\nDecember 1, 2026");
    assert_eq!(authors, ["Jane O'Neil-Brant", "Tom Doe"]);
    assert_eq!(date.as_deref(), Some("2026-12-01"));
}

#[test]
fn a_date_with_another_languages_month_name_dates_the_page() {
    let date_of = |header: &str| import(header).1;
    assert_eq!(
        date_of("Sven Aalto\n3. März 2024").as_deref(),
        Some("2024-03-03")
    );
    assert_eq!(
        date_of("Sven Aalto\n12 mars 2024").as_deref(),
        Some("2024-03-12")
    );
    assert_eq!(
        date_of("Sven Aalto\n5 de marzo de 2024").as_deref(),
        Some("2024-03-05")
    );
    assert_eq!(
        date_of("Sven Aalto\n14 settembre 2023").as_deref(),
        Some("2023-09-14")
    );
    assert_eq!(
        date_of("Sven Aalto\n2 oktober 2022").as_deref(),
        Some("2022-10-02")
    );
}

#[test]
fn another_languages_date_line_keeps_its_words_and_time() {
    let date_of = |header: &str| import(header).1;
    assert_eq!(
        date_of("Sven Aalto\nle 4 avril 2024 à 10h30").as_deref(),
        Some("2024-04-04T10:30:00")
    );
    assert_eq!(
        date_of("Sven Aalto\nVeröffentlicht am 3. März 2024, 10:15 Uhr").as_deref(),
        Some("2024-03-03T10:15:00")
    );
    assert_eq!(
        date_of("Sven Aalto\nPublicado el 5 de marzo de 2024").as_deref(),
        Some("2024-03-05")
    );
    let (_, conn) = archive(&page(
        "Sven Aalto\nPublié le 4 avril 2024\nMis à jour le 5 avril 2024 à 09h00",
    ));
    let updated: Option<String> = conn
        .query_row("SELECT updated_at FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(updated.as_deref(), Some("2024-04-05T09:00:00"));
}

#[test]
fn another_languages_byline_label_is_no_part_of_the_name() {
    for (header, want) in [
        ("Von Anna Berger\n3. März 2024", vec!["Anna Berger"]),
        (
            "Par Jean Dupont et Marie Roux\n12 mars 2024",
            vec!["Jean Dupont", "Marie Roux"],
        ),
        ("Por Lucía Ferrer\n5 de marzo de 2024", vec!["Lucía Ferrer"]),
        ("Di Marco Vessi\n12 marzo 2024", vec!["Marco Vessi"]),
        ("Door Jan de Vries\n12 maart 2024", vec!["Jan de Vries"]),
        ("Av Kari Nordmann\n12. mars 2024", vec!["Kari Nordmann"]),
    ] {
        assert_eq!(import(header).0, want, "{header:?}");
    }
    // After "By", "Von" opens a surname.
    assert_eq!(import("By Von Trapp\nMarch 4, 2024").0, ["Von Trapp"]);
}

#[test]
fn a_contributors_label_opens_a_list_of_writers() {
    assert_eq!(
        import("Contributors: Ines Dahl, Rui Lobo and Bo Chan\nMarch 4, 2024").0,
        ["Ines Dahl", "Rui Lobo", "Bo Chan"]
    );
    assert_eq!(
        import("Contributor: Ines Dahl\nMarch 4, 2024").0,
        ["Ines Dahl"]
    );
}

#[test]
fn a_labelled_date_at_the_foot_of_the_page_dates_it() {
    // Not right under the story but further down, past the tags and a related story.
    let (_, date, _) = import_footer(
        "Tags: harbour, ferry\n\nRelated\nCouncil votes on bus lanes\nMarch 1, 2024\n\n\
         Published: March 4, 2024",
    );
    assert_eq!(date.as_deref(), Some("2024-03-04"));
    let (_, date, _) = import_footer(
        "Tags: harbour, ferry\n\nThis article was originally published on March 4, 2024.",
    );
    assert_eq!(date.as_deref(), Some("2024-03-04"));
    // A list of related stories, each with its labelled date, dates none of them.
    let (_, date, _) = import_footer(
        "Related\nCouncil votes on bus lanes\nPublished March 1, 2024\nFerry fares rise\n\
         Published March 2, 2024\nPier lights out\nPublished March 3, 2024",
    );
    assert_eq!(date, None);
}

#[test]
fn a_foot_date_labelled_an_update_in_any_language_is_the_update() {
    // "Last modified" in English, "Aktualisiert" or "Mis à jour" in another language: the day the
    // story last changed (which also dates it for date filters when it prints no other).
    for label in [
        "Last modified: March 4, 2024",
        "Aktualisiert am 4. März 2024",
        "Mis à jour le 4 mars 2024",
    ] {
        let footer =
            format!("Tags: harbour, ferry\n\nRelated\nCouncil votes on bus lanes\n\n{label}");
        let text = page("").replace("\n\nShare\n", &format!("\n\n{footer}\n\nShare\n"));
        let (_tmp, conn) = archive(&text);
        let updated: Option<String> = conn
            .query_row("SELECT updated_at FROM articles", [], |r| r.get(0))
            .unwrap();
        assert_eq!(updated.as_deref(), Some("2024-03-04"), "{label}");
    }
}

/// A live blog: the story's header and lead, then entries, each under its stamp (the time and the
/// writer), some a heading alone, the last a long one under "More on ...".
const LIVE_BLOG: &str = "Home\nNews\nLocal\n\n\
Ferry strike LIVE as harbour crews walk out over pay\n\n\
Crossings are cancelled until Friday, and the union says more stoppages may follow\n\n\
coastlive\nShare\n\nSubscriptions\nSign Out\nBy\nInes Dahl\nUpdated18:40, 4 MAR 2024\n\n\
No ferries will leave the harbour today as crews stop work in a dispute over pay and rosters.\n\n\
The union says its members have had no rise in three years, while fuel and berth costs have \
been passed on to passengers twice.\n\n\
The operator says it has offered a new deal and calls the walkout premature and harmful to the \
islands that rely on the crossings.\n\n\
We will bring you every update through the day in our live blog below.\n\n\
Key Events\n18:40Rui Lobo\nThat is all for today\n\n\
We are closing the blog for the night and will be back in the morning with the latest.\n\n\
18:02Rui Lobo\nUnion statement in full\n17:31Rui Lobo\nQueues at the bus station\n\
16:55Rui Lobo\nPhotos from the pier\n16:10Rui Lobo\nOperator responds\n\
15:20Ines Dahl\nIsland shop runs short\n\
14:45Ines Dahl\nMore on the operator's offer\n\n\
The operator set out its offer in a letter to the union, which was shared with reporters \
at the pier this afternoon.\n\n\
It proposes a rise of four per cent this year and three next, with a review of the rosters \
that crews say leave them too little rest between crossings.\n\n\
\"We have moved a long way,\" the letter says. \"We ask the union to put the offer to its \
members before any further action is taken.\"\n\n\
The union replied that four per cent would not cover the rises in rent that crews on the \
islands have faced since the new berth charges came in.\n\n\
Its regional secretary said the members would vote on the offer next week, but that the \
stoppage would go ahead as planned until then.\n\n\
Passengers with tickets for the cancelled crossings can claim a refund at the harbour office \
or online, the operator said.\n\n\
13:30Ines Dahl\nSchools stay open\n\nShare\nMost read\n";

#[test]
fn a_live_blog_is_one_story_under_its_own_headline_and_byline() {
    let (_tmp, conn) = archive(LIVE_BLOG);
    let (authors, date, title) = facts(&conn);
    assert_eq!(
        title,
        "Ferry strike LIVE as harbour crews walk out over pay"
    );
    assert_eq!(authors, ["Ines Dahl"]);
    assert_eq!(date.as_deref(), Some("2024-03-04"));
    let body: String = conn
        .query_row("SELECT body FROM articles", [], |r| r.get(0))
        .unwrap();
    assert!(
        body.starts_with("No ferries will leave the harbour"),
        "{body}"
    );
    assert!(
        body.contains("claim a refund at the harbour office"),
        "{body}"
    );
    assert!(!body.contains("18:02Rui Lobo"), "{body}");
}

#[test]
fn a_date_with_hyphens_between_day_month_and_year_dates_the_page() {
    assert_eq!(
        import("By Ines Dahl\n4-Mar-2024").1.as_deref(),
        Some("2024-03-04")
    );
    assert_eq!(
        import("By Ines Dahl\nPosted 04-Mar-2024 10:15")
            .1
            .as_deref(),
        Some("2024-03-04T10:15:00")
    );
}

#[test]
fn the_one_date_a_page_prints_away_from_its_header_dates_it() {
    // Above the headline, past the menu and the sharing links: the only date on the page.
    let text = page("By Ines Dahl").replacen(
        "Local\n\n",
        "Local\nUpdated21:22, 4 MAR 2024\nCoast live\nShare\nSubscriptions\nSign out\nWeather\n\n",
        1,
    );
    let (_tmp, conn) = archive(&text);
    let (_, date, title) = facts(&conn);
    assert_eq!(title, "Harbour board shuts the old ferry pier for repairs");
    assert_eq!(date.as_deref(), Some("2024-03-04"));
    // Two days printed so are two stories' dates, the page's own among them or not: none.
    let text = text.replacen(
        "Most read\n",
        "Most read\nCouncil votes on bus lanes\nMarch 1, 2024\n",
        1,
    );
    let (_tmp, conn) = archive(&text);
    assert_eq!(facts(&conn).1, None);
}

#[test]
fn a_page_dated_a_time_ago_is_not_dated_by_a_related_storys_date() {
    let text = page("By Ines Dahl\n3 days ago").replacen(
        "Most read\n",
        "Most read\nCouncil votes on bus lanes\nMarch 1, 2024\n",
        1,
    );
    let (_tmp, conn) = archive(&text);
    assert_eq!(facts(&conn).1, None);
}

#[test]
fn a_bare_byline_is_stored_without_its_label_as_one_after_by_is() {
    let (_tmp, conn) = archive(&page("Von Anna Berger\n3. März 2024"));
    let byline: Option<String> = conn
        .query_row("SELECT byline FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(byline.as_deref(), Some("Anna Berger"));
}

/// A blog post its writer signs with a given name alone, the full name printed only in the site's
/// own chrome (its title and menu).
fn signed_post(signature: &str) -> String {
    format!(
        "Marta Kowalczyk\nAbout\nProjects\nContact\n\n\
         Why the community garden needs your Saturday mornings\n\n\
         The beds along the old railway line have never looked better, and that is entirely down to \
         the twenty or so people who turn up with gloves and flasks every weekend.\n\n\
         This spring we planted three hundred bulbs, rebuilt the compost bays and finally fixed the \
         gate that has been hanging off one hinge since the winter storms.\n\n\
         If you have an hour to spare, come along. Bring a friend, bring a trowel, and we will \
         bring the tea and biscuits.\n\n{signature}\n\nShare this post\nLeave a comment\n"
    )
}

#[test]
fn a_post_signed_with_a_given_name_is_by_the_full_name_the_page_prints() {
    for signature in ["Love,\nMarta", "— Marta"] {
        let (_tmp, conn) = archive(&signed_post(signature));
        let (authors, _, _) = facts(&conn);
        assert_eq!(authors, ["Marta Kowalczyk"], "signed {signature:?}");
        let body: String = conn
            .query_row("SELECT body FROM articles", [], |r| r.get(0))
            .unwrap();
        assert!(
            !body.trim_end().ends_with("Marta"),
            "{signature:?}: the signature leaves the body: {body:?}"
        );
    }
    // A name the page prints that does not open with the signature's is no one's byline.
    let (_tmp, conn) = archive(&signed_post("Love,\nJoanna"));
    let (authors, _, _) = facts(&conn);
    assert!(
        authors.is_empty(),
        "unsigned by the chrome's name: {authors:?}"
    );
}
