//! The per-group outlet summary (`quote_group_outlets`, migration V6) that `pickups` reads: which
//! outlets carried each quote group's quotation, and when each first did. Triggers add to it as
//! members join and mark a group stale when a member leaves or an article changes outlet or date;
//! this module computes stale groups again from their members, called by every write path just
//! before it commits, and checks the summary against the members for `morgue check`.

use std::path::Path;

use rusqlite::Connection;

use super::Result;
use super::upkeep::Check;

/// Computes the stale groups' rows again. Cheap when nothing is stale: one probe of a partial index.
pub(crate) fn refresh(conn: &Connection) -> Result<()> {
    let any_stale: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM quote_group_outlets WHERE stale)")?
        .query_row([], |row| row.get(0))?;
    if !any_stale {
        return Ok(());
    }
    // CROSS JOIN keeps the stale groups first: the planner, knowing nothing of a temp table, would
    // otherwise read every member and test each against it.
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS stale_quote_groups (group_id INTEGER PRIMARY KEY);
         INSERT OR IGNORE INTO temp.stale_quote_groups
             SELECT group_id FROM quote_group_outlets WHERE stale;
         DELETE FROM quote_group_outlets WHERE group_id IN temp.stale_quote_groups;
         INSERT INTO quote_group_outlets (group_id, outlet_id, first)
             SELECT m.group_id, k.outlet_id, min(k.first)
             FROM temp.stale_quote_groups AS s
             CROSS JOIN quote_group_members AS m ON m.group_id = s.group_id
             CROSS JOIN article_first_keys AS k ON k.id = m.article_id
             GROUP BY m.group_id, k.outlet_id;
         DELETE FROM temp.stale_quote_groups;",
    )?;
    Ok(())
}

/// `morgue check`'s look at the summary: the groups (at most 10) whose rows are not what their
/// members give; none for an archive not yet migrated to V6, which has no summary.
pub(crate) fn check(conn: &Connection, path: &Path) -> Result<Option<Check>> {
    if !super::has_table(conn, "quote_group_outlets")? {
        return Ok(None);
    }
    let problems = mismatched_groups(conn, 10)?
        .iter()
        .map(|id| {
            format!(
                "quote group {id}: the outlets that carried it are not what its members say, \
                 so `pickups` miscounts it: mark it to be computed again with sqlite3 {} \
                 \"UPDATE quote_group_outlets SET stale = 1 WHERE group_id = {id}\" \
                 (pickups then reads it from its members, and the next import or correction \
                 stores it again)",
                path.display()
            )
        })
        .collect();
    Ok(Some(Check {
        name: "quote_group_outlets",
        problems,
    }))
}

/// The groups whose summary differs from what their members give (stale groups aside: they are
/// computed again at the next write), at most `limit` of them.
pub(crate) fn mismatched_groups(conn: &Connection, limit: i64) -> Result<Vec<i64>> {
    let sql = "WITH stale AS (SELECT DISTINCT group_id FROM quote_group_outlets WHERE stale),
              stored AS (SELECT group_id, outlet_id, first FROM quote_group_outlets
                         WHERE group_id NOT IN stale),
              fresh AS (SELECT group_id, outlet_id, first FROM quote_group_outlets_computed
                        WHERE group_id NOT IN stale)
         SELECT DISTINCT group_id FROM (
             SELECT * FROM (SELECT * FROM fresh EXCEPT SELECT * FROM stored)
             UNION ALL
             SELECT * FROM (SELECT * FROM stored EXCEPT SELECT * FROM fresh))
         ORDER BY group_id LIMIT ?1";
    let mut stmt = conn.prepare(sql)?;
    let groups = stmt
        .query_map([limit], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(groups)
}
