//! Authors and dates of saved HTML pages end to end: what the markup declares reconciled with the
//! byline and date the page shows (issue 10). Each fixture under `tests/fixtures/html/` is
//! fictional and guards one rule.

#[path = "query_support/mod.rs"]
mod support;

use rusqlite::Connection;
use std::path::Path;
use support::{morgue, write};
use tempfile::TempDir;

/// The archive `morgue import` makes of the fixture `name`, checked to hold one article.
fn import(name: &str) -> (TempDir, Connection) {
    let tmp = TempDir::new().unwrap();
    let page = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/html")
            .join(name),
    )
    .unwrap();
    write(tmp.path(), &format!("clips/{name}"), &page);
    morgue(tmp.path())
        .args(["--db", "a.db", "import", "clips"])
        .assert()
        .success();
    let conn = Connection::open(tmp.path().join("a.db")).unwrap();
    let articles: i64 = conn
        .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(articles, 1, "{name}: a saved page is one article");
    (tmp, conn)
}

/// The authors, in byline order, of the fixture's article.
fn authors_of(name: &str) -> Vec<String> {
    let (_tmp, conn) = import(name);
    let mut stmt = conn
        .prepare(
            "SELECT au.name FROM article_authors aa JOIN authors au ON au.id = aa.author_id
             ORDER BY aa.position",
        )
        .unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn an_author_page_address_names_the_writer_of_a_glued_byline() {
    // The byline copies as "Ines DahlSenior Reporter"; `article:author` is the writer's page.
    assert_eq!(
        authors_of("author-page-address-glued-byline.html"),
        ["Ines Dahl"]
    );
}

#[test]
fn people_credited_beside_the_writer_are_not_authors() {
    // The markup lists the model and the photographer with the writer; the byline names only her.
    assert_eq!(
        authors_of("declared-credits-beside-the-writer.html"),
        ["Ines Dahl"]
    );
}

#[test]
fn a_json_ld_author_loses_its_by_and_outlet_and_an_organisation_is_no_author() {
    assert_eq!(
        authors_of("json-ld-author-with-outlet-and-organisation.html"),
        ["Rui Okafor"]
    );
}

fn published_of(name: &str) -> Option<String> {
    let (_tmp, conn) = import(name);
    conn.query_row("SELECT published_at FROM articles", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_date_in_microdata_dates_a_page_that_shows_a_relative_time() {
    assert_eq!(
        published_of("date-in-microdata-shown-as-relative-time.html").as_deref(),
        Some("2021-06-04T07:15:00Z")
    );
}

#[test]
fn a_json_ld_web_page_dates_a_page_without_an_article_node() {
    assert_eq!(
        published_of("date-only-on-a-json-ld-web-page.html").as_deref(),
        Some("2020-05-19T16:45:00+02:00")
    );
}

#[test]
fn the_byline_links_under_the_headline_name_the_writers() {
    // No author in the markup's head: the links to the writers' pages next to the headline name
    // them; a menu's link above the headline and a related story's below are not the byline.
    assert_eq!(
        authors_of("byline-links-and-time-element.html"),
        ["Mirja Holm", "Teo Varga"]
    );
}

#[test]
fn a_time_element_under_the_headline_dates_a_page_that_declares_no_date() {
    assert_eq!(
        published_of("byline-links-and-time-element.html").as_deref(),
        Some("2023-11-14T08:05:00+01:00")
    );
}

#[test]
fn a_personal_site_named_after_its_writer_keeps_her_as_the_author() {
    // The writer is declared as the author and as the site's publisher and name: a person, not a
    // company standing in for the writer.
    assert_eq!(
        authors_of("personal-site-named-after-its-writer.html"),
        ["Marianne Holt"]
    );
}
