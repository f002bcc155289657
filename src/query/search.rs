//! Full-text search over articles (title, dek, body) and quotes with FTS5: one ranked list of both,
//! with highlighted snippets, narrowed by outlet, speaker, dates and story. The search expression is what
//! [`super::fts_query`] made of the user's words, passed as a bound parameter.

use super::{Params, QueryError};

/// Which indexes to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Scope {
    #[default]
    All,
    Articles,
    Quotes,
}

/// The filters, each optional; an empty string means "not given".
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Part of the outlet's name, any case.
    pub outlet: String,
    /// Part of a speaker's name or alias; only quotes have speakers, so it searches quotes alone.
    pub speaker: String,
    /// First publication date (YYYY-MM-DD), inclusive.
    pub since: String,
    /// Last publication date (YYYY-MM-DD), inclusive of that whole day.
    pub until: String,
    /// A story's number (`stories.id`): only its articles and their quotes.
    pub story: String,
}

// Matched words are marked with [ and ]: plain text, so the marks survive CSV, a terminal and Excel.
// A % or _ in --outlet or --speaker matches itself: it is escaped before LIKE sees it.

const ARTICLES: &str = "
    SELECT 'article' AS kind, a.id AS hit, a.id AS article_id, o.name AS outlet, a.published_at,
           a.title, NULL AS speaker, articles_fts.rank AS rank
    FROM articles_fts
    JOIN articles AS a ON a.id = articles_fts.rowid
    LEFT JOIN outlets AS o ON o.id = a.outlet_id
    WHERE articles_fts MATCH :expression
      AND :speaker = ''
      AND (:outlet = '' OR o.name LIKE '%' || replace(replace(replace(:outlet, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ESCAPE '\\')
      AND (:since = '' OR a.published_at >= :since)
      AND (:until = '' OR a.published_at <= :until || '~')
      AND (:story = '' OR a.id IN (SELECT article_id FROM story_members WHERE story_id = :story))";

const QUOTES: &str = "
    SELECT 'quote' AS kind, q.id AS hit, a.id AS article_id, o.name AS outlet, a.published_at,
           a.title, s.name AS speaker, quotes_fts.rank AS rank
    FROM quotes_fts
    JOIN quotes AS q ON q.id = quotes_fts.rowid
    JOIN articles AS a ON a.id = q.article_id
    LEFT JOIN outlets AS o ON o.id = a.outlet_id
    LEFT JOIN speakers AS s ON s.id = q.speaker_id
    WHERE quotes_fts MATCH :expression
      AND (:outlet = '' OR o.name LIKE '%' || replace(replace(replace(:outlet, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ESCAPE '\\')
      AND (:since = '' OR a.published_at >= :since)
      AND (:until = '' OR a.published_at <= :until || '~')
      AND (:story = '' OR a.id IN (SELECT article_id FROM story_members WHERE story_id = :story))
      AND (:speaker = '' OR q.speaker_id IN (
            SELECT speaker_id FROM speaker_aliases WHERE alias LIKE '%' || replace(replace(replace(:speaker, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ESCAPE '\\'
            UNION SELECT id FROM speakers WHERE name LIKE '%' || replace(replace(replace(:speaker, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ESCAPE '\\'))";

// A snippet re-reads and re-tokenizes its row, so it is made only for the rows shown, once the
// ranking and the limit have chosen them: FTS5 finds one row of a match by rowid without a scan.
const ARTICLE_SNIPPET: &str = "(SELECT snippet(articles_fts, -1, '[', ']', '…', 20) FROM articles_fts
        WHERE articles_fts MATCH :expression AND articles_fts.rowid = hits.hit)";
const QUOTE_SNIPPET: &str = "(SELECT snippet(quotes_fts, 0, '[', ']', '…', 20) FROM quotes_fts
        WHERE quotes_fts MATCH :expression AND quotes_fts.rowid = hits.hit)";

// Without filters, the ranking needs no other table than the index (and a quote's article id): the
// title, outlet and speaker are read for the rows shown alone, as the snippets are.
const ARTICLE_HITS: &str = "
    SELECT 'article' AS kind, rowid AS hit, rowid AS article_id, rank
    FROM articles_fts WHERE articles_fts MATCH :expression";
const QUOTE_HITS: &str = "
    SELECT 'quote' AS kind, q.id AS hit, q.article_id, quotes_fts.rank AS rank
    FROM quotes_fts JOIN quotes AS q ON q.id = quotes_fts.rowid
    WHERE quotes_fts MATCH :expression";

/// The search statement for `scope` and its parameters. The bm25 ranks of the two indexes are not
/// strictly comparable, but close enough to interleave articles and quotes usefully; the rank itself
/// (a small negative number) means nothing to a reader and is left out.
pub fn statement(
    expression: &str,
    scope: Scope,
    filters: &Filters,
    limit: Option<u64>,
) -> (String, Params) {
    let unfiltered = [&filters.outlet, &filters.speaker, &filters.since, &filters.until, &filters.story]
        .iter()
        .all(|f| f.is_empty());
    let (articles, quotes) = if unfiltered {
        (ARTICLE_HITS, QUOTE_HITS)
    } else {
        (ARTICLES, QUOTES)
    };
    let (body, snippet) = match scope {
        Scope::All => (
            format!("{articles}\n    UNION ALL{quotes}"),
            format!("CASE hits.kind WHEN 'article' THEN {ARTICLE_SNIPPET} ELSE {QUOTE_SNIPPET} END"),
        ),
        Scope::Articles => (articles.to_owned(), ARTICLE_SNIPPET.to_owned()),
        Scope::Quotes => (quotes.to_owned(), QUOTE_SNIPPET.to_owned()),
    };
    let limit_clause = if limit.is_some() { "\n    LIMIT :limit" } else { "" };
    let ranked = format!(
        "(\n    SELECT * FROM ({body}\n    )\n    ORDER BY rank, article_id{limit_clause}\n) AS hits"
    );
    let sql = if unfiltered {
        format!(
            "SELECT hits.kind, hits.article_id, o.name AS outlet, a.published_at, a.title,
    s.name AS speaker, {snippet} AS snippet
FROM {ranked}
JOIN articles AS a ON a.id = hits.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
LEFT JOIN quotes AS q ON hits.kind = 'quote' AND q.id = hits.hit
LEFT JOIN speakers AS s ON s.id = q.speaker_id
ORDER BY hits.rank, hits.article_id"
        )
    } else {
        format!(
            "SELECT kind, article_id, outlet, published_at, title, speaker,\n    {snippet} AS snippet\nFROM {ranked}\nORDER BY rank, article_id"
        )
    };
    let mut params = Params::default();
    for (name, value) in [
        ("expression", expression),
        ("outlet", filters.outlet.as_str()),
        ("speaker", filters.speaker.as_str()),
        ("since", filters.since.as_str()),
        ("until", filters.until.as_str()),
        ("story", filters.story.as_str()),
    ] {
        // The unfiltered statement names no filter, and every parameter given must be used.
        if name == "expression" || !unfiltered {
            params.named.push((name.to_owned(), value.to_owned()));
        }
    }
    if let Some(limit) = limit {
        params.named.push(("limit".to_owned(), limit.to_string()));
    }
    (sql, params)
}

/// The statement is fixed and the expression comes from [`super::fts_query`], so an SQL error while
/// searching is a column filter the index searched does not have (`title:` among quotes).
pub fn explain_error(err: QueryError) -> QueryError {
    match err {
        // The schema hint is for statements users write; this one is fixed, so it is left out.
        QueryError::Sql { message, hint: _ } => QueryError::Search { message },
        other => other,
    }
}
