//! A `LIKE` that ignores case beyond ASCII. SQLite's own folds only A–Z, so "ÅSA" would not find
//! "Åsa" and "engström" would not find "ENGSTRÖM"; names in the archive are full of such letters.
//! Registered on the guarded connection only, so queries and search behave the same everywhere
//! `morgue` runs them (Datasette keeps SQLite's ASCII-only rule).

use rusqlite::Connection;
use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::types::ValueRef;

/// Replaces `LIKE` (`like(pattern, text)` and `like(pattern, text, escape)`) on `conn`.
pub fn install(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_scalar_function("like", 2, flags, like)?;
    conn.create_scalar_function("like", 3, flags, like)
}

fn text<'a>(
    ctx: &'a Context<'_>,
    index: usize,
) -> rusqlite::Result<Option<std::borrow::Cow<'a, str>>> {
    Ok(match ctx.get_raw(index) {
        ValueRef::Null => None,
        ValueRef::Text(bytes) => Some(String::from_utf8_lossy(bytes)),
        ValueRef::Integer(i) => Some(i.to_string().into()),
        ValueRef::Real(f) => Some(f.to_string().into()),
        ValueRef::Blob(bytes) => Some(String::from_utf8_lossy(bytes)),
    })
}

fn like(ctx: &Context<'_>) -> rusqlite::Result<Option<bool>> {
    let (Some(pattern), Some(value)) = (text(ctx, 0)?, text(ctx, 1)?) else {
        return Ok(None);
    };
    let escape = if ctx.len() == 3 {
        let Some(escape) = text(ctx, 2)? else {
            return Ok(None);
        };
        let mut chars = escape.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Some(c),
            _ => {
                return Err(rusqlite::Error::UserFunctionError(
                    "ESCAPE expression must be a single character".into(),
                ));
            }
        }
    } else {
        None
    };
    Ok(Some(matches(&pattern, &value, escape)))
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Any,
    One,
    Char(char),
}

fn fold(c: char) -> char {
    // The first char of the lowercase form is enough to compare letters; the rare letters that lower
    // to two chars (İ) compare by their first. Greek final sigma is the same letter as σ.
    match c.to_lowercase().next().unwrap_or(c) {
        'ς' => 'σ',
        lower => lower,
    }
}

/// SQL LIKE: `%` any run of characters, `_` exactly one, `escape` makes the next character literal.
pub fn matches(pattern: &str, value: &str, escape: Option<char>) -> bool {
    let mut tokens = Vec::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        tokens.push(match c {
            c if Some(c) == escape => match chars.next() {
                Some(next) => Token::Char(fold(next)),
                None => return false,
            },
            '%' => Token::Any,
            '_' => Token::One,
            c => Token::Char(fold(c)),
        });
    }
    let value: Vec<char> = value.chars().map(fold).collect();
    // Greedy matching with one backtrack point (the last %): linear for the usual patterns.
    let (mut t, mut v) = (0, 0);
    let mut backtrack: Option<(usize, usize)> = None;
    while v < value.len() {
        match tokens.get(t) {
            Some(Token::Any) => {
                backtrack = Some((t, v));
                t += 1;
            }
            Some(Token::One) => {
                t += 1;
                v += 1;
            }
            Some(Token::Char(c)) if *c == value[v] => {
                t += 1;
                v += 1;
            }
            _ => match backtrack {
                Some((bt, bv)) => {
                    t = bt + 1;
                    v = bv + 1;
                    backtrack = Some((bt, bv + 1));
                }
                None => return false,
            },
        }
    }
    tokens[t..].iter().all(|token| *token == Token::Any)
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn case_is_ignored_beyond_ascii() {
        assert!(matches("%engström%", "Per ENGSTRÖM", None));
        assert!(matches("åsa%", "Åsa Berg", None));
        assert!(matches("%ΣΩΚΡΆΤΗΣ%", "σωκράτης", None));
        assert!(
            !matches("%engstrom%", "Per Engström", None),
            "accents still count"
        );
    }

    #[test]
    fn wildcards_and_escapes_behave_like_sqlite() {
        assert!(matches("a%c", "abbbc", None));
        assert!(matches("a_c", "abc", None));
        assert!(!matches("a_c", "abbc", None));
        assert!(matches("%", "", None));
        assert!(!matches("_", "", None));
        assert!(matches("%a%b%", "xxaxxbxx", None));
        assert!(!matches("%a%b%", "xxbxxaxx", None));
        assert!(matches("100\\%", "100%", Some('\\')));
        assert!(!matches("100\\%", "1000", Some('\\')));
        assert!(matches("%ab", "aab", None));
    }
}
