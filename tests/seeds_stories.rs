//! Acceptance test of story and quote grouping (issue 12) on the real pages in `../shared/seeds`:
//! exactly three stories (the 2023 Pentagon leak in three outlets, Trump's 2017 disclosure in two,
//! the Kursk article alone), the State Department spokesman's line one quote group across World
//! Israel News and Axios, and the Mossad's denial, translated differently by the two, one group
//! credited to the Mossad (Axios credits "the statement").
//!
//! The seeds are not part of the repository: when the folder is absent the test prints a notice and
//! passes, unless `MORGUE_REQUIRE_SEEDS=1` (as `.ci/run` sets), which makes absence a failure.

#[path = "seeds_support/mod.rs"]
mod seeds_support;
#[path = "query_support/mod.rs"]
mod support;

use std::collections::BTreeSet;

use rusqlite::Connection;
use seeds_support::seeds_dir;
use support::morgue_on;

/// The outlets of the quote group holding a quote that contains `words`.
fn group_outlets(conn: &Connection, words: &str) -> (i64, BTreeSet<String>, Option<String>) {
    conn.query_row(
        "SELECT m.group_id,
                (SELECT group_concat(o.name, '|') FROM quote_group_members x JOIN quotes q2 ON q2.id = x.quote_id
                 JOIN articles a ON a.id = q2.article_id JOIN outlets o ON o.id = a.outlet_id
                 WHERE x.group_id = m.group_id),
                (SELECT s.name FROM quote_groups g JOIN speakers s ON s.id = g.speaker_id WHERE g.id = m.group_id)
         FROM quotes q JOIN quote_group_members m ON m.quote_id = q.id
         WHERE q.text LIKE '%' || ?1 || '%' LIMIT 1",
        [words],
        |r| {
            let outlets: String = r.get(1)?;
            Ok((r.get(0)?, outlets.split('|').map(str::to_owned).collect(), r.get(2)?))
        },
    )
    .unwrap_or_else(|e| panic!("no quote group holds a quote with {words:?}: {e}"))
}

#[test]
fn seeds_group_into_three_stories_and_their_shared_quotations() {
    let Some(seeds) = seeds_dir("story grouping acceptance test") else {
        return;
    };
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("seeds.db");
    morgue_on(dir.path(), &db)
        .arg("import")
        .arg(&seeds)
        .assert()
        .success();
    let conn = Connection::open(&db).unwrap();
    let stories: Vec<String> = conn
        .prepare(
            "SELECT group_concat(substr(s.path, -24, 3) || '#' || a.position, ' ') FROM (
                 SELECT m.story_id, a.id FROM story_members m JOIN articles a ON a.id = m.article_id ORDER BY a.id
             ) AS x JOIN articles a ON a.id = x.id JOIN sources s ON s.id = a.source_id
             GROUP BY x.story_id ORDER BY min(x.id)",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    // File 000 holds two articles: the leak (#0) and Kursk (#1).
    assert_eq!(
        stories,
        ["000#0 001#0 002#0", "000#1", "003#0 004#0"],
        "stories by file#article"
    );

    let (patel, outlets, speaker) = group_outlets(&conn, "to reassure them of our commitment");
    let expected: BTreeSet<String> = ["Axios", "World Israel News"].map(String::from).into();
    assert_eq!(outlets, expected, "the spokesman's line, group {patel}");
    assert!(speaker.is_some_and(|s| s.contains("Patel")));

    let (denial, outlets, speaker) = group_outlets(&conn, "did not and do not encourage");
    let (other, _, _) = group_outlets(&conn, "did not — and do not — encourage");
    assert_eq!(
        denial, other,
        "both translations of the Mossad's denial are one group"
    );
    assert_eq!(outlets, expected);
    assert_eq!(
        speaker.as_deref(),
        Some("Mossad"),
        "credited to the Mossad, not to \"the statement\""
    );
}
