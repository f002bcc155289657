//! Full-text search over articles (title, dek, body) and quotes with FTS5: one ranked list of both,
//! with highlighted snippets, narrowed by outlet, speaker, dates and story. The search expression is what
//! [`super::fts_query`] made of the user's words, passed as a bound parameter.
//!
//! With a limit, each index ranks a bounded set of candidates: its most recently imported matches
//! (highest rowids), at most [`Ranking::Capped`]'s number, that pass the filters. FTS5 computes bm25
//! for every row it ranks and has no early exit for `ORDER BY rank LIMIT n`, while it walks a match in
//! rowid order and stops when told; so a word found in 100,000 rows costs what 1,000 do. When fewer
//! rows match than the cap, the ranking is exactly that of every match.

use super::{Params, QueryError};

/// Which indexes to search.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Scope {
    #[default]
    All,
    Articles,
    Quotes,
}

/// How many matches of each index are ranked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ranking {
    /// Every match, however many.
    All,
    /// The most recently imported matches of each index, at most this many (and never fewer than
    /// the limit asks for).
    Capped(u64),
}

impl std::fmt::Display for Ranking {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ranking::All => f.write_str("all"),
            Ranking::Capped(n) => write!(f, "{n}"),
        }
    }
}

/// The cap `morgue search --limit N` ranks within by default (`--rank-within`).
pub const DEFAULT_CANDIDATES: u64 = 1000;

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

impl Filters {
    fn none(&self) -> bool {
        [
            &self.outlet,
            &self.speaker,
            &self.since,
            &self.until,
            &self.story,
        ]
        .iter()
        .all(|f| f.is_empty())
    }
}

// Matched words are marked with [ and ]: plain text, so the marks survive CSV, a terminal and Excel.
// A % or _ in --outlet or --speaker matches itself: it is escaped before LIKE sees it.
// {rank} is the rank column, or NULL where only the count of candidates matters ([`probe`]).

const ARTICLES: &str = "
    SELECT 'article' AS kind, a.id AS hit, a.id AS article_id, o.name AS outlet, a.published_at,
           a.title, NULL AS speaker, {rank} AS rank
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
           a.title, s.name AS speaker, {rank} AS rank
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
const ARTICLE_SNIPPET: &str =
    "(SELECT snippet(articles_fts, -1, '[', ']', '…', 20) FROM articles_fts
        WHERE articles_fts MATCH :expression AND articles_fts.rowid = hits.hit)";
const QUOTE_SNIPPET: &str = "(SELECT snippet(quotes_fts, 0, '[', ']', '…', 20) FROM quotes_fts
        WHERE quotes_fts MATCH :expression AND quotes_fts.rowid = hits.hit)";

// But a prefix (`volunteer*`) merges every matching term's doclist on each MATCH, ~15 M
// instructions at 100,000 articles, which twenty rows shown paid twenty times. With a prefix, the
// rows shown get their snippets from one MATCH per index over their rowid range (the `+` keeps the
// IN test off the index, so FTS5 is given the range alone). Without one, that walk of the range
// costs more than the lookups (3-4 M instructions more a search, measured).
const SNIPPETS: &str = "
{name} AS MATERIALIZED (
    SELECT rowid AS hit, snippet({index}, {column}, '[', ']', '…', 20) AS snippet FROM {index}
    WHERE {index} MATCH :expression
      AND rowid >= (SELECT min(hit) FROM hits WHERE kind = '{kind}')
      AND rowid <= (SELECT max(hit) FROM hits WHERE kind = '{kind}')
      AND +rowid IN (SELECT hit FROM hits WHERE kind = '{kind}'))";

/// The CTE of `kind`'s snippets and the expression reading one row's.
fn snippets(kind: &str) -> (String, String) {
    let (index, column) = match kind {
        "article" => ("articles_fts", "-1"),
        _ => ("quotes_fts", "0"),
    };
    let name = format!("{kind}_snippets");
    let cte = SNIPPETS
        .replace("{name}", &name)
        .replace("{index}", index)
        .replace("{column}", column)
        .replace("{kind}", kind);
    (
        cte,
        format!("(SELECT snippet FROM {name} AS s WHERE s.hit = hits.hit)"),
    )
}

// Without filters, the ranking needs no other table than the index (and a quote's article id): the
// title, outlet and speaker are read for the rows shown alone, as the snippets are.
const ARTICLE_HITS: &str = "
    SELECT 'article' AS kind, rowid AS hit, rowid AS article_id, {rank} AS rank
    FROM articles_fts WHERE articles_fts MATCH :expression";
const QUOTE_HITS: &str = "
    SELECT 'quote' AS kind, q.id AS hit, q.article_id, {rank} AS rank
    FROM quotes_fts JOIN quotes AS q ON q.id = quotes_fts.rowid
    WHERE quotes_fts MATCH :expression";

/// Each index's part of the search, ranked or not, capped at `:candidates` rows in descending rowid
/// order (which FTS5 walks without a sort and stops when told) or not capped.
fn members(scope: Scope, filters: &Filters, ranked: bool, capped: bool) -> Vec<String> {
    let (articles, quotes) = if filters.none() {
        (ARTICLE_HITS, QUOTE_HITS)
    } else {
        (ARTICLES, QUOTES)
    };
    let parts: &[(&str, &str)] = match scope {
        Scope::All => &[(articles, "articles_fts"), (quotes, "quotes_fts")],
        Scope::Articles => &[(articles, "articles_fts")],
        Scope::Quotes => &[(quotes, "quotes_fts")],
    };
    parts
        .iter()
        .map(|(sql, index)| {
            if !ranked && filters.none() {
                // Counting needs the index alone: every row of it has its article or quote.
                return format!("\n    SELECT rowid FROM {index} WHERE {index} MATCH :expression");
            }
            // bm25 with each phrase's row count read from the archive's term counts
            // (src/store/search_terms.rs), not counted over every match as the FTS table's rank is.
            let rank = if ranked {
                format!("morgue_bm25({index}, '{index}', :expression)")
            } else {
                "NULL".to_owned()
            };
            let sql = sql.replace("{rank}", &rank);
            if capped {
                format!(
                    "\n    SELECT * FROM ({sql}\n    ORDER BY {index}.rowid DESC LIMIT :candidates)"
                )
            } else {
                sql
            }
        })
        .collect()
}

/// The number of candidates each index ranks, or None when every match is ranked (no limit: every
/// match is shown, so every one is ranked anyway).
pub fn candidates(ranking: Ranking, limit: Option<u64>) -> Option<u64> {
    match (ranking, limit) {
        (Ranking::Capped(cap), Some(limit)) => Some(cap.max(limit)),
        _ => None,
    }
}

/// The search statement for `scope` and its parameters. Rows of equal rank are in the order of
/// their article, then articles before quotes, then by number: an order that does not depend on the
/// order the rows were ranked in. The bm25 ranks of the two indexes are not
/// strictly comparable, but close enough to interleave articles and quotes usefully; the rank itself
/// (a small negative number) means nothing to a reader and is left out.
pub fn statement(
    expression: &str,
    scope: Scope,
    filters: &Filters,
    limit: Option<u64>,
    ranking: Ranking,
) -> (String, Params) {
    let unfiltered = filters.none();
    let cap = candidates(ranking, limit);
    let body = members(scope, filters, true, cap.is_some()).join("\n    UNION ALL");
    let limit_clause = if limit.is_some() {
        "\n    LIMIT :limit"
    } else {
        ""
    };
    let ranked = format!(
        "(\n    SELECT * FROM ({body}\n    )\n    ORDER BY rank, article_id, kind, hit{limit_clause}\n)"
    );
    let kinds: &[&str] = match scope {
        Scope::All => &["article", "quote"],
        Scope::Articles => &["article"],
        Scope::Quotes => &["quote"],
    };
    // Any * may be a prefix; where it is not, the results are the same, found another way.
    let (with, from, reads) = if expression.contains('*') {
        let (ctes, reads): (Vec<String>, Vec<String>) =
            kinds.iter().map(|kind| snippets(kind)).unzip();
        let with = format!("WITH hits AS MATERIALIZED {ranked},{}\n", ctes.join(","));
        (with, "hits".to_owned(), reads)
    } else {
        let reads = kinds
            .iter()
            .map(|kind| {
                if *kind == "article" {
                    ARTICLE_SNIPPET
                } else {
                    QUOTE_SNIPPET
                }
                .to_owned()
            })
            .collect();
        (String::new(), format!("{ranked} AS hits"), reads)
    };
    let snippet = match reads.as_slice() {
        [article, quote] => {
            format!("CASE hits.kind WHEN 'article' THEN {article} ELSE {quote} END")
        }
        [one] => one.clone(),
        _ => unreachable!("one or two kinds"),
    };
    let sql = if unfiltered {
        format!(
            "{with}SELECT hits.kind, hits.article_id, o.name AS outlet, a.published_at, a.title,
    s.name AS speaker, {snippet} AS snippet
FROM {from}
JOIN articles AS a ON a.id = hits.article_id
LEFT JOIN outlets AS o ON o.id = a.outlet_id
LEFT JOIN quotes AS q ON hits.kind = 'quote' AND q.id = hits.hit
LEFT JOIN speakers AS s ON s.id = q.speaker_id
ORDER BY hits.rank, hits.article_id, hits.kind, hits.hit"
        )
    } else {
        format!(
            "{with}SELECT kind, article_id, outlet, published_at, title, speaker,\n    {snippet} AS snippet\nFROM {from}\nORDER BY rank, article_id, kind, hit"
        )
    };
    let mut params = filter_params(expression, filters);
    if let Some(limit) = limit {
        params.named.push(("limit".to_owned(), limit.to_string()));
    }
    if let Some(cap) = cap {
        params
            .named
            .push(("candidates".to_owned(), cap.to_string()));
    }
    (sql, params)
}

/// The expression and, when the statement names them, the filters.
fn filter_params(expression: &str, filters: &Filters) -> Params {
    let unfiltered = filters.none();
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
    params
}

/// A statement returning one row, `capped` = 1 when some index has more candidates than the
/// [`statement`] of the same arguments ranked (so its ranking was of the newest of them), else 0; or
/// None when that statement ranks every match. It walks the candidates without ranking them.
pub fn probe(
    expression: &str,
    scope: Scope,
    filters: &Filters,
    limit: Option<u64>,
    ranking: Ranking,
) -> Option<(String, Params)> {
    let cap = candidates(ranking, limit)?;
    let exists: Vec<String> = members(scope, filters, false, false)
        .iter()
        .map(|sql| format!("EXISTS (SELECT 1 FROM ({sql}\n    ) LIMIT 1 OFFSET :candidates)"))
        .collect();
    let sql = format!("SELECT {} AS capped", exists.join("\n    OR "));
    let mut params = filter_params(expression, filters);
    params
        .named
        .push(("candidates".to_owned(), cap.to_string()));
    Some((sql, params))
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
