//! Search ranking without a pass over every match (issue 8), and the per-term row counts it reads
//! (migration V9's `search_terms`, kept here by every write path beside the full-text indexes).
//!
//! FTS5's `bm25()` counts, once per query and phrase, the rows holding the phrase by walking its whole
//! doclist (`xQueryPhrase`): O(matches), however few rows are ranked. `morgue_bm25(fts, 'fts', expr)`
//! computes the same score from the same per-row figures but reads each phrase's row count from
//! `search_terms`: exact for a phrase of one word, its rarest word's count (an upper bound) for a
//! phrase of several, the sum of the words' counts under a prefix (capped at the row count), and,
//! for a phrase under a column filter or an expression it cannot read, FTS5's own count.
//! `morgue_terms(fts)` gives a row's distinct terms as FTS5's tokenizer makes them, a JSON array,
//! which `search_terms_computed` recounts for `morgue check`. The writer counts the same terms through
//! `morgue_count_terms(fts)`, which adds them to a tally of the calling thread instead: a third of the
//! writer's instructions went into building, printing and parsing the JSON arrays (issue 8's profile).
//!
//! The only unsafe code of the crate is here: the `fts5_api` registration and its callbacks.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::ffi::{c_char, c_int, c_void};
use std::ptr;

use rustc_hash::FxHashMap;

use rusqlite::{Connection, ffi};

use super::Result;

/// bm25's constants, as FTS5 has them.
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// Registers `morgue_bm25`, `morgue_terms` and `morgue_count_terms` on `conn`.
pub(crate) fn install(conn: &Connection) -> rusqlite::Result<()> {
    let api = fts5_api(conn)?;
    for (name, function) in [
        (c"morgue_bm25", bm25 as unsafe extern "C" fn(_, _, _, _, _)),
        (c"morgue_terms", terms),
        (c"morgue_count_terms", count_terms),
    ] {
        // SAFETY: `api` is the connection's live fts5_api (it lives as long as the connection), the
        // name is a NUL-terminated constant FTS5 copies, and the function has the signature FTS5
        // calls; no user data, so nothing to destroy.
        let rc = unsafe {
            let create = (*api)
                .xCreateFunction
                .ok_or(rusqlite::Error::InvalidQuery)?;
            create(api, name.as_ptr(), ptr::null_mut(), Some(function), None)
        };
        check(rc)?;
    }
    Ok(())
}

fn check(rc: c_int) -> rusqlite::Result<()> {
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), None))
    }
}

/// The connection's `fts5_api`, which FTS5 hands out through `SELECT fts5(?1)` with a bound pointer.
fn fts5_api(conn: &Connection) -> rusqlite::Result<*mut ffi::fts5_api> {
    let mut api: *mut ffi::fts5_api = ptr::null_mut();
    let mut stmt: *mut ffi::sqlite3_stmt = ptr::null_mut();
    // SAFETY: the handle is the open connection's; the statement is finalized before returning, and
    // the bound pointer (to `api`, alive for the whole block) is written by FTS5 during the step only.
    let rc = unsafe {
        let db = conn.handle();
        let rc = ffi::sqlite3_prepare_v2(
            db,
            c"SELECT fts5(?1)".as_ptr(),
            -1,
            &mut stmt,
            ptr::null_mut(),
        );
        if rc == ffi::SQLITE_OK {
            ffi::sqlite3_bind_pointer(
                stmt,
                1,
                (&mut api as *mut *mut ffi::fts5_api).cast(),
                c"fts5_api_ptr".as_ptr(),
                None,
            );
            ffi::sqlite3_step(stmt);
        }
        ffi::sqlite3_finalize(stmt);
        rc
    };
    check(rc)?;
    if api.is_null() {
        return Err(rusqlite::Error::InvalidQuery);
    }
    Ok(api)
}

/// Sets an error result from a failed FTS5 call.
///
/// # Safety
/// `ctx` must be the context of the running function call.
unsafe fn fail(ctx: *mut ffi::sqlite3_context, rc: c_int) {
    // SAFETY: the caller's context, as required.
    unsafe {
        ffi::sqlite3_result_error_code(
            ctx,
            if rc == ffi::SQLITE_OK {
                ffi::SQLITE_ERROR
            } else {
                rc
            },
        )
    }
}

/// Sets a text result, copied by SQLite.
///
/// # Safety
/// `ctx` must be the context of the running function call.
unsafe fn result_text(ctx: *mut ffi::sqlite3_context, text: &str) {
    // SAFETY: the caller's context; SQLITE_TRANSIENT makes SQLite copy the bytes before returning.
    unsafe {
        ffi::sqlite3_result_text64(
            ctx,
            text.as_ptr().cast(),
            text.len() as u64,
            ffi::SQLITE_TRANSIENT(),
            ffi::SQLITE_UTF8 as u8,
        )
    }
}

/// Where `xTokenize`'s callback puts the tokens of a row.
trait TokenSink {
    fn add(&mut self, token: &[u8]);
}

impl TokenSink for BTreeSet<Vec<u8>> {
    fn add(&mut self, token: &[u8]) {
        if !self.contains(token) {
            self.insert(token.to_vec());
        }
    }
}

/// `xTokenize`'s callback: each token into the sink behind `sink`.
unsafe extern "C" fn take_token<S: TokenSink>(
    sink: *mut c_void,
    _flags: c_int,
    token: *const c_char,
    len: c_int,
    _start: c_int,
    _end: c_int,
) -> c_int {
    // SAFETY: `sink` is the S `tokenize_columns` passes to xTokenize, alive and not otherwise
    // borrowed during the call; FTS5 gives `len` valid bytes at `token`.
    unsafe {
        let sink = &mut *sink.cast::<S>();
        sink.add(std::slice::from_raw_parts(
            token.cast::<u8>(),
            len.max(0) as usize,
        ));
    }
    ffi::SQLITE_OK
}

/// `morgue_terms(fts)`: the row's distinct terms over all its columns, in byte order, as JSON.
unsafe extern "C" fn terms(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    _n: c_int,
    _args: *mut *mut ffi::sqlite3_value,
) {
    let mut set: BTreeSet<Vec<u8>> = BTreeSet::new();
    // SAFETY: FTS5 calls this with its live API and cursor for the current row; `take_token` gets
    // `set`, alive and not otherwise borrowed while xTokenize runs.
    let rc = unsafe {
        tokenize_columns(
            api,
            fts,
            (&mut set as *mut BTreeSet<Vec<u8>>).cast(),
            take_token::<BTreeSet<Vec<u8>>>,
        )
    };
    if rc != ffi::SQLITE_OK {
        // SAFETY: the running call's context.
        return unsafe { fail(ctx, rc) };
    }
    let list: Vec<String> = set
        .iter()
        .map(|t| String::from_utf8_lossy(t).into_owned())
        .collect();
    let json = serde_json::to_string(&list).unwrap_or_else(|_| "[]".to_owned());
    // SAFETY: the running call's context.
    unsafe { result_text(ctx, &json) }
}

/// The distinct terms of the rows `morgue_count_terms` saw, each with how many rows hold it.
#[derive(Default)]
struct Tally {
    /// Rows seen so far; the current row's number tells a term's first sight in it from a repeat.
    rows: u64,
    /// Each term: how many rows hold it, and the last row that did.
    terms: FxHashMap<Vec<u8>, (i64, u64)>,
}

impl TokenSink for Tally {
    fn add(&mut self, token: &[u8]) {
        let row = self.rows;
        match self.terms.get_mut(token) {
            Some((count, last)) => {
                if *last != row {
                    *count += 1;
                    *last = row;
                }
            }
            None => {
                self.terms.insert(token.to_vec(), (1, row));
            }
        }
    }
}

thread_local! {
    /// The tally `morgue_count_terms` adds to while `tally_rows` runs its statement on this thread;
    /// none at any other time, so that the function fails rather than counting into nothing.
    static TALLY: RefCell<Option<Tally>> = const { RefCell::new(None) };
}

/// Steps `stmt`, whose rows call `morgue_count_terms`, and returns each term with the number of
/// rows holding it.
fn tally_rows(stmt: &mut rusqlite::CachedStatement<'_>, ids: &str) -> Result<Vec<(Vec<u8>, i64)>> {
    TALLY.with(|tally| *tally.borrow_mut() = Some(Tally::default()));
    let stepped = (|| -> rusqlite::Result<()> {
        let mut rows = stmt.query([ids])?;
        while rows.next()?.is_some() {}
        Ok(())
    })();
    let tally = TALLY
        .with(|tally| tally.borrow_mut().take())
        .unwrap_or_default();
    stepped?;
    Ok(tally
        .terms
        .into_iter()
        .map(|(term, (rows, _))| (term, rows))
        .collect())
}

/// `morgue_count_terms(fts)`: adds the row's distinct terms over all its columns to the thread's
/// tally (see `tally_rows`), and returns NULL.
unsafe extern "C" fn count_terms(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    _n: c_int,
    _args: *mut *mut ffi::sqlite3_value,
) {
    TALLY.with(|tally| {
        let Ok(mut tally) = tally.try_borrow_mut() else {
            // SAFETY: the running call's context.
            return unsafe { fail(ctx, ffi::SQLITE_MISUSE) };
        };
        let Some(tally) = tally.as_mut() else {
            let message =
                c"morgue_count_terms counts for morgue's writer only: use morgue_terms(fts)";
            // SAFETY: as above; SQLite copies the NUL-terminated message.
            return unsafe { ffi::sqlite3_result_error(ctx, message.as_ptr(), -1) };
        };
        tally.rows += 1;
        // SAFETY: FTS5 calls this with its live API and cursor for the current row; the tally is
        // borrowed mutably for the whole block and handed to xTokenize's callback only while it runs.
        unsafe {
            let rc = tokenize_columns(api, fts, (tally as *mut Tally).cast(), take_token::<Tally>);
            if rc != ffi::SQLITE_OK {
                fail(ctx, rc);
            }
        }
    })
}

/// Runs FTS5's tokenizer over every column of the current row, calling `callback` with `context`
/// for each token.
///
/// # Safety
/// `api` and `fts` must be the running auxiliary function's; `callback` must accept `context`.
unsafe fn tokenize_columns(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    context: *mut c_void,
    callback: unsafe extern "C" fn(*mut c_void, c_int, *const c_char, c_int, c_int, c_int) -> c_int,
) -> c_int {
    // SAFETY: as the caller promises; each column's text stays valid until the next call on the
    // cursor, and xTokenize calls `callback` only while it runs.
    unsafe {
        let api = &*api;
        let (Some(count), Some(text), Some(tokenize)) =
            (api.xColumnCount, api.xColumnText, api.xTokenize)
        else {
            return ffi::SQLITE_MISUSE;
        };
        for column in 0..count(fts) {
            let mut p: *const c_char = ptr::null();
            let mut n: c_int = 0;
            let rc = text(fts, column, &mut p, &mut n);
            if rc != ffi::SQLITE_OK {
                return rc;
            }
            if p.is_null() || n <= 0 {
                continue;
            }
            let rc = tokenize(fts, p, n, context, Some(callback));
            if rc != ffi::SQLITE_OK {
                return rc;
            }
        }
        ffi::SQLITE_OK
    }
}

/// What morgue_bm25 computes once per query (FTS5's auxdata) and reuses for every row.
struct Query {
    avgdl: f64,
    idf: Vec<f64>,
    freq: Vec<f64>,
}

unsafe extern "C" fn drop_query(query: *mut c_void) {
    // SAFETY: FTS5 calls this once with the pointer `bm25` made by Box::into_raw.
    drop(unsafe { Box::from_raw(query.cast::<Query>()) });
}

/// `morgue_bm25(fts, 'fts', expression)`: bm25 with each phrase's row count read as the module doc
/// says (lower is better, as bm25's).
unsafe extern "C" fn bm25(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    n: c_int,
    args: *mut *mut ffi::sqlite3_value,
) {
    // SAFETY: FTS5 calls this with its live API, cursor, context and `n` argument values; the
    // auxdata pointer is a Query this function boxed, owned by FTS5 until drop_query.
    unsafe {
        let api = &*api;
        let (Some(get), Some(set)) = (api.xGetAuxdata, api.xSetAuxdata) else {
            return fail(ctx, ffi::SQLITE_MISUSE);
        };
        let mut query = get(fts, 0).cast::<Query>();
        if query.is_null() {
            let args = std::slice::from_raw_parts(args, n.max(0) as usize);
            let made = match prepare(api, fts, ctx, args) {
                Ok(made) => made,
                Err(rc) => return fail(ctx, rc),
            };
            query = Box::into_raw(Box::new(made));
            let rc = set(fts, query.cast(), Some(drop_query));
            if rc != ffi::SQLITE_OK {
                return fail(ctx, rc);
            }
        }
        match score(api, fts, &mut *query) {
            Ok(score) => ffi::sqlite3_result_double(ctx, -score),
            Err(rc) => fail(ctx, rc),
        }
    }
}

/// The text of argument `value`, or None.
///
/// # Safety
/// `value` must be a live argument of the running call.
unsafe fn text_arg(value: *mut ffi::sqlite3_value) -> Option<String> {
    // SAFETY: as required; the bytes are valid until the value changes, and are copied at once.
    unsafe {
        let p = ffi::sqlite3_value_text(value);
        if p.is_null() {
            return None;
        }
        let len = ffi::sqlite3_value_bytes(value).max(0) as usize;
        Some(String::from_utf8_lossy(std::slice::from_raw_parts(p, len)).into_owned())
    }
}

/// The per-query part of bm25: the average row length and each phrase's IDF.
///
/// # Safety
/// The arguments must be those FTS5 passed to the running call of `bm25`.
unsafe fn prepare(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    args: &[*mut ffi::sqlite3_value],
) -> std::result::Result<Query, c_int> {
    let misuse = ffi::SQLITE_MISUSE;
    let (Some(phrases), Some(row_count), Some(total), Some(size), Some(token)) = (
        api.xPhraseCount,
        api.xRowCount,
        api.xColumnTotalSize,
        api.xPhraseSize,
        api.xQueryToken,
    ) else {
        return Err(misuse);
    };
    // SAFETY: FTS5's calls on its own cursor; tokens are copied before the next call.
    unsafe {
        let count = phrases(fts).max(0) as usize;
        let (mut rows, mut tokens) = (0i64, 0i64);
        check_rc(row_count(fts, &mut rows))?;
        check_rc(total(fts, -1, &mut tokens))?;
        let name = args.first().and_then(|v| text_arg(*v));
        let shapes = args
            .get(1)
            .and_then(|v| text_arg(*v))
            .and_then(|expression| phrase_shapes(&expression))
            .filter(|shapes| shapes.len() == count);
        // A lookup on the same connection, as any SQL function may run; None where V9's table is
        // missing (an archive read before it was migrated), so every count is FTS5's own.
        let conn = Connection::from_handle(ffi::sqlite3_context_db_handle(ctx)).ok();
        let mut idf = Vec::with_capacity(count);
        for phrase in 0..count {
            let shape = shapes.as_ref().map(|s| s[phrase]);
            let mut words = Vec::new();
            for i in 0..size(fts, phrase as c_int).max(0) {
                let (mut p, mut n): (*const c_char, c_int) = (ptr::null(), 0);
                check_rc(token(fts, phrase as c_int, i, &mut p, &mut n))?;
                let bytes = if p.is_null() {
                    &[][..]
                } else {
                    std::slice::from_raw_parts(p.cast::<u8>(), n.max(0) as usize)
                };
                words.push(String::from_utf8_lossy(bytes).into_owned());
            }
            let kept = match (shape, &conn, &name) {
                (Some(shape), Some(conn), Some(name)) if !shape.filtered => {
                    kept_rows(conn, name, &words, shape.prefix, rows)
                        .ok()
                        .flatten()
                }
                _ => None,
            };
            let hits = match kept {
                Some(hits) => hits,
                None => exact_rows(api, fts, phrase as c_int)?,
            };
            idf.push(inverse_frequency(rows, hits));
        }
        let freq = vec![0.0; count];
        Ok(Query {
            avgdl: tokens as f64 / rows.max(1) as f64,
            idf,
            freq,
        })
    }
}

fn check_rc(rc: c_int) -> std::result::Result<(), c_int> {
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(rc)
    }
}

/// bm25's IDF, with its floor for a phrase in more than half the rows.
fn inverse_frequency(rows: i64, hits: i64) -> f64 {
    let idf = ((rows as f64 - hits as f64 + 0.5) / (hits as f64 + 0.5)).ln();
    if idf <= 0.0 { 1e-6 } else { idf }
}

/// The row count `search_terms` gives a phrase of `words` (the last one a prefix if so): None when
/// the table is missing.
fn kept_rows(
    conn: &Connection,
    fts: &str,
    words: &[String],
    prefix: bool,
    rows: i64,
) -> rusqlite::Result<Option<i64>> {
    if !super::has_table(conn, "search_terms").unwrap_or(false) {
        return Ok(None);
    }
    let mut one =
        conn.prepare_cached("SELECT rows FROM search_terms WHERE fts = ?1 AND term = ?2")?;
    let mut fewest: Option<i64> = None;
    for (i, word) in words.iter().enumerate() {
        let count = if prefix && i + 1 == words.len() {
            let mut under = conn.prepare_cached(
                "SELECT total(rows) FROM search_terms WHERE fts = ?1 AND term >= ?2 AND term < ?2 || char(1114111)",
            )?;
            let sum: f64 = under.query_row((fts, word), |row| row.get(0))?;
            (sum as i64).min(rows)
        } else {
            use rusqlite::OptionalExtension;
            one.query_row((fts, word), |row| row.get(0))
                .optional()?
                .unwrap_or(0)
        };
        fewest = Some(fewest.map_or(count, |f: i64| f.min(count)));
    }
    Ok(fewest)
}

/// FTS5's own count of the rows holding `phrase`: bm25's pass over its doclist.
///
/// # Safety
/// `api` and `fts` must be those of the running call.
unsafe fn exact_rows(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    phrase: c_int,
) -> std::result::Result<i64, c_int> {
    unsafe extern "C" fn one(
        _api: *const ffi::Fts5ExtensionApi,
        _fts: *mut ffi::Fts5Context,
        hits: *mut c_void,
    ) -> c_int {
        // SAFETY: `hits` is the i64 exact_rows passes, alive during xQueryPhrase.
        unsafe { *hits.cast::<i64>() += 1 };
        ffi::SQLITE_OK
    }
    let query = api.xQueryPhrase.ok_or(ffi::SQLITE_MISUSE)?;
    let mut hits = 0i64;
    // SAFETY: as required; `hits` outlives the call.
    check_rc(unsafe { query(fts, phrase, (&mut hits as *mut i64).cast(), Some(one)) })?;
    Ok(hits)
}

/// The current row's score (positive, higher is better), as bm25 computes it.
///
/// # Safety
/// `api` and `fts` must be those of the running call.
unsafe fn score(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    query: &mut Query,
) -> std::result::Result<f64, c_int> {
    let (Some(inst_count), Some(inst), Some(size)) = (api.xInstCount, api.xInst, api.xColumnSize)
    else {
        return Err(ffi::SQLITE_MISUSE);
    };
    query.freq.iter_mut().for_each(|f| *f = 0.0);
    let mut length: c_int = 0;
    // SAFETY: FTS5's calls on its own cursor, for the current row.
    unsafe {
        let mut count: c_int = 0;
        check_rc(inst_count(fts, &mut count))?;
        for i in 0..count {
            let (mut phrase, mut column, mut offset) = (0, 0, 0);
            check_rc(inst(fts, i, &mut phrase, &mut column, &mut offset))?;
            if let Some(f) = query.freq.get_mut(phrase.max(0) as usize) {
                *f += 1.0;
            }
        }
        check_rc(size(fts, -1, &mut length))?;
    }
    let norm = K1 * (1.0 - B + B * f64::from(length) / query.avgdl);
    Ok(query
        .idf
        .iter()
        .zip(&query.freq)
        .map(|(idf, f)| idf * (f * (K1 + 1.0)) / (f + norm))
        .sum())
}

/// How a phrase of an FTS5 expression is searched, as far as its row count goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Shape {
    /// Its last word ends with `*`.
    pub prefix: bool,
    /// Under a column filter or `^` (its count is of some columns or positions only).
    pub filtered: bool,
}

/// The phrases of an FTS5 expression in FTS5's order (as they appear), or None for syntax this
/// reader does not follow (`+` joining phrases), when the counts are FTS5's own.
pub(crate) fn phrase_shapes(expression: &str) -> Option<Vec<Shape>> {
    let bytes = expression.as_bytes();
    let bare = |c: u8| c >= 0x80 || c.is_ascii_alphanumeric() || c == b'_' || c == 0x1a;
    let mut shapes = Vec::new();
    // Whether each open group is filtered; whether a filter waits for its phrase or group.
    let mut groups: Vec<bool> = Vec::new();
    let mut pending = false;
    // Inside NEAR(...) after its comma comes the distance, not a phrase.
    let mut near_depth: Option<usize> = None;
    let mut after_comma = false;
    let mut i = 0;
    let filtered =
        |groups: &[bool], pending: bool| pending || groups.last().copied().unwrap_or(false);
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'"' => {
                let mut j = i + 1;
                while j < bytes.len() {
                    if bytes[j] == b'"' {
                        if bytes.get(j + 1) == Some(&b'"') {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j += 1;
                }
                i = j + 1;
                i = phrase_at(bytes, i, filtered(&groups, pending), &mut shapes);
                pending = false;
                continue;
            }
            b'(' => {
                groups.push(filtered(&groups, pending));
                pending = false;
            }
            b')' => {
                groups.pop();
                if near_depth == Some(groups.len()) {
                    near_depth = None;
                    after_comma = false;
                }
            }
            b',' => after_comma = near_depth.is_some(),
            b'^' => pending = true,
            b'+' => return None,
            b'{' => {
                i += expression[i..].find('}')? + 1;
                continue;
            }
            b':' => pending = true,
            b'-' => {}
            c if bare(c) => {
                let start = i;
                while i < bytes.len() && bare(bytes[i]) {
                    i += 1;
                }
                let word = &expression[start..i];
                if bytes.get(i) == Some(&b':') {
                    continue;
                }
                if word == "NEAR" && bytes.get(i) == Some(&b'(') {
                    near_depth = Some(groups.len());
                    continue;
                }
                if matches!(word, "AND" | "OR" | "NOT") || (after_comma && near_depth.is_some()) {
                    continue;
                }
                i = phrase_at(bytes, i, filtered(&groups, pending), &mut shapes);
                pending = false;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    Some(shapes)
}

/// Records the phrase ending just before `i` (a `*` there makes it a prefix); returns where the
/// reading goes on.
fn phrase_at(bytes: &[u8], i: usize, filtered: bool, shapes: &mut Vec<Shape>) -> usize {
    let prefix = bytes.get(i) == Some(&b'*');
    shapes.push(Shape { prefix, filtered });
    i + usize::from(prefix)
}

/// The FTS tables whose terms are counted, with the statement giving each row's terms for the
/// sources in `?1` (a JSON array of ids).
const COUNTED: [(&str, &str); 2] = [
    (
        "articles_fts",
        "SELECT morgue_count_terms(articles_fts) FROM json_each(?1) AS s
         CROSS JOIN articles AS a ON a.source_id = s.value
         CROSS JOIN articles_fts ON articles_fts.rowid = a.id",
    ),
    (
        "quotes_fts",
        "SELECT morgue_count_terms(quotes_fts) FROM json_each(?1) AS s
         CROSS JOIN articles AS a ON a.source_id = s.value
         CROSS JOIN quotes AS q ON q.article_id = a.id
         CROSS JOIN quotes_fts ON quotes_fts.rowid = q.id",
    ),
];

/// Adds the terms of these sources' articles and quotes to `search_terms`: call it with
/// `fts::index_sources`.
pub(crate) fn count_sources(conn: &Connection, source_ids: &[i64]) -> Result<()> {
    change(conn, source_ids, 1)
}

/// Takes the terms of these sources' articles and quotes out of `search_terms`: call it with
/// `fts::unindex_sources`, before the rows change.
pub(crate) fn uncount_sources(conn: &Connection, source_ids: &[i64]) -> Result<()> {
    change(conn, source_ids, -1)
}

fn change(conn: &Connection, source_ids: &[i64], sign: i64) -> Result<()> {
    if source_ids.is_empty() || !super::has_table(conn, "search_terms")? {
        return Ok(());
    }
    let ids = serde_json::to_string(source_ids).unwrap_or_else(|_| "[]".to_owned());
    for (fts, sql) in COUNTED {
        let mut terms = tally_rows(&mut conn.prepare_cached(sql)?, &ids)?;
        // In key order, so the b-tree is written page after page.
        terms.sort_unstable();
        let mut upsert = conn.prepare_cached(
            "INSERT INTO search_terms (fts, term, rows) VALUES (?1, ?2, ?3)
             ON CONFLICT (fts, term) DO UPDATE SET rows = rows + excluded.rows",
        )?;
        let mut gone = conn.prepare_cached(
            "DELETE FROM search_terms WHERE fts = ?1 AND term = ?2 AND rows <= 0",
        )?;
        for (term, rows) in &terms {
            let term = String::from_utf8_lossy(term);
            upsert.execute((fts, &term, rows * sign))?;
            if sign < 0 {
                gone.execute((fts, &term))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_read_in_order_with_prefixes_and_filters() {
        let s = |p, f| Shape {
            prefix: p,
            filtered: f,
        };
        assert_eq!(phrase_shapes("\"strike\""), Some(vec![s(false, false)]));
        assert_eq!(
            phrase_shapes("\"wind\" OR \"turbines\"*"),
            Some(vec![s(false, false), s(true, false)])
        );
        assert_eq!(
            phrase_shapes("title:\"ferry\" \"strike\" NOT body:(\"a\" OR \"b c\")"),
            Some(vec![
                s(false, true),
                s(false, false),
                s(false, true),
                s(false, true)
            ])
        );
        assert_eq!(
            phrase_shapes("NEAR(\"a\" \"b\", 10) \"c\""),
            Some(vec![s(false, false), s(false, false), s(false, false)])
        );
        assert_eq!(
            phrase_shapes("{title dek}:\"x\" ^\"y\" z*"),
            Some(vec![s(false, true), s(false, true), s(true, false)])
        );
        assert_eq!(phrase_shapes("\"a\" + \"b\""), None);
    }
}
