//! Authors and dates of saved HTML pages end to end: what the markup declares reconciled with the
//! byline and date the page shows (issue 10). Each fixture under `tests/fixtures/html/` is
//! fictional and guards one rule.

#[path = "query_support/mod.rs"]
mod support;

use rusqlite::Connection;
use std::path::Path;
use support::{morgue, write};
use tempfile::TempDir;

/// The archive `morgue import` makes of the fixture `name`, checked to hold one article. A name
/// with no fixture file is a page that [`saved_page`] built, keyed by its name in [`PAGES`].
fn import(name: &str) -> (TempDir, Connection) {
    let tmp = TempDir::new().unwrap();
    let page = match PAGES.iter().find(|(n, _, _)| *n == name) {
        Some((_, head, byline)) => saved_page(head, byline).into_bytes(),
        None => std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/html")
                .join(name),
        )
        .unwrap(),
    };
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

/// A saved page: what its `<head>` declares, then the headline, `byline` markup and the story.
fn saved_page(head: &str, byline: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>County Buys a Second Plough for the Coast Road | Nordlys Echo</title>\n\
         <meta property=\"og:site_name\" content=\"Nordlys Echo\">\n{head}\n</head>\n<body>\n\
         <nav><a href=\"/\">Front page</a> <a href=\"/local\">Local</a></nav>\n<article>\n\
         <h1>County Buys a Second Plough for the Coast Road</h1>\n{byline}\n\
         <p>The county will pay for a second snow plough on the coast road this winter after three \
         closures last year cut off the harbour villages for days.</p>\n\
         <p>The council leader said the road had been left to a single plough for too long, and that \
         the villages had paid for it in lost trade.</p>\n\
         <p>The new plough will be kept at the depot in Skarvik, closer to the steepest stretch of the \
         road, from November until the end of March.</p>\n</article>\n<footer>Nordlys Echo</footer>\n\
         </body>\n</html>\n"
    )
}

/// Pages built by [`saved_page`]: name, head markup, byline markup.
const PAGES: &[(&str, &str, &str)] = &[
    (
        "json-ld-author-by-reference-in-a-graph.html",
        r#"<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
 {"@type": "NewsArticle", "@id": "https://echo.example/coast-plough#article", "headline": "County Buys a Second Plough for the Coast Road",
  "datePublished": "2022-10-03T08:10:00+02:00", "author": [{"@id": "https://echo.example/#/person/7"}, {"@id": "https://echo.example/#/person/9"}],
  "publisher": {"@id": "https://echo.example/#org"}},
 {"@type": "Organization", "@id": "https://echo.example/#org", "name": "Nordlys Echo"},
 {"@type": "Person", "@id": "https://echo.example/#/person/7", "name": "Sunniva Brekke"},
 {"@type": "Person", "@id": "https://echo.example/#/person/9", "name": "Aksel Moe"}]}
</script>"#,
        "",
    ),
    (
        "json-ld-article-nested-in-its-web-page.html",
        r#"<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "WebPage", "name": "Coast road",
 "mainEntity": {"@type": "NewsArticle", "headline": "County Buys a Second Plough for the Coast Road",
  "dateCreated": "2022-10-03T08:10:00+02:00",
  "author": {"@type": "Person", "givenName": "Sunniva", "familyName": "Brekke"}}}
</script>"#,
        "",
    ),
    (
        "microdata-author-with-a-name-property.html",
        "",
        r#"<div class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Sunniva Brekke"><a href="/profile/41">Sunniva Brekke</a></span> &middot; <span>3 hours ago</span></div>"#,
    ),
    (
        "declared-authors-joined-by-and.html",
        r#"<meta name="byl" content="By Sunniva Brekke and Aksel Moe">"#,
        "",
    ),
    (
        "scholarly-citation-authors.html",
        r#"<meta name="citation_title" content="County Buys a Second Plough for the Coast Road">
<meta name="citation_author" content="Brekke, Sunniva">
<meta name="citation_author" content="Aksel Moe">
<meta name="citation_publication_date" content="2022/10/03">"#,
        "",
    ),
    (
        "author-tag-in-capitals.html",
        r#"<meta name="author" content="SUNNIVA BREKKE">"#,
        "",
    ),
    (
        "twitter-creator-named.html",
        r#"<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@nordlysecho">
<meta name="twitter:creator" content="Sunniva Brekke">"#,
        "",
    ),
    (
        "twitter-creator-handle.html",
        r#"<meta name="twitter:creator" content="@sbrekke">"#,
        "",
    ),
    (
        "sharing-card-labels-the-writer.html",
        r#"<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Aksel Moe">
<meta name="twitter:label2" content="Est. reading time">
<meta name="twitter:data2" content="3 minutes">"#,
        "",
    ),
    (
        "article-author-with-an-underscore.html",
        r#"<meta name="article_author" content="Sunniva Brekke">"#,
        "",
    ),
    (
        "article-author-page-not-shown.html",
        r#"<meta property="article:author" content="https://echo.example/authors/aksel-moe">
<meta name="twitter:creator" content="@akselmoe">"#,
        "",
    ),
];

#[test]
fn a_sharing_card_names_the_writer_of_a_page_that_names_none_else() {
    // `twitter:creator` is the author when it is a name and nothing else gives one; an @handle
    // is no name; an author page's address, shown nowhere, is the last resort.
    assert_eq!(authors_of("twitter-creator-named.html"), ["Sunniva Brekke"]);
    assert!(authors_of("twitter-creator-handle.html").is_empty());
    assert_eq!(
        authors_of("article-author-page-not-shown.html"),
        ["Aksel Moe"]
    );
}

#[test]
fn a_sharing_card_labelled_written_by_names_the_writer() {
    // Yoast's card: the label says whose name the value is; the reading time is no one's.
    assert_eq!(
        authors_of("sharing-card-labels-the-writer.html"),
        ["Aksel Moe"]
    );
}

#[test]
fn article_author_spelt_with_an_underscore_names_the_writer() {
    assert_eq!(
        authors_of("article-author-with-an-underscore.html"),
        ["Sunniva Brekke"]
    );
}

#[test]
fn an_author_declared_in_capitals_is_filed_in_title_case() {
    // As a printed byline in capitals is: one writer is one author whichever page names her.
    assert_eq!(
        authors_of("author-tag-in-capitals.html"),
        ["Sunniva Brekke"]
    );
}

#[test]
fn scholarly_citation_tags_name_the_authors_given_name_first() {
    // One `citation_author` per person, family name first when a comma stands in it.
    assert_eq!(
        authors_of("scholarly-citation-authors.html"),
        ["Sunniva Brekke", "Aksel Moe"]
    );
}

#[test]
fn json_ld_authors_given_by_reference_are_read_from_the_graph() {
    // The article names its authors only by `@id`; the `Person` nodes beside it in `@graph`
    // carry their names.
    assert_eq!(
        authors_of("json-ld-author-by-reference-in-a-graph.html"),
        ["Sunniva Brekke", "Aksel Moe"]
    );
}

#[test]
fn an_article_nested_in_its_web_page_gives_author_and_creation_date() {
    // `WebPage.mainEntity` holds the article; its author is named in parts and its date is
    // `dateCreated`.
    let name = "json-ld-article-nested-in-its-web-page.html";
    assert_eq!(authors_of(name), ["Sunniva Brekke"]);
    assert_eq!(
        published_of(name).as_deref(),
        Some("2022-10-03T08:10:00+02:00")
    );
}

#[test]
fn a_microdata_author_is_named_by_its_name_property() {
    assert_eq!(
        authors_of("microdata-author-with-a-name-property.html"),
        ["Sunniva Brekke"]
    );
}

#[test]
fn a_declared_byline_joined_by_and_names_each_writer() {
    assert_eq!(
        authors_of("declared-authors-joined-by-and.html"),
        ["Sunniva Brekke", "Aksel Moe"]
    );
}
