//! What a person types into a search box, turned into an FTS5 `MATCH` expression.
//!
//! Editors type words, not FTS5: `Al-Awsat`, `U.S.`, `O'Brien`, `e-mail`, `it's`. Raw FTS5 reads the
//! `-` as a column filter and the `.` and `'` as syntax errors. So every word is passed to FTS5 as a
//! quoted string, which FTS5 splits with the same tokenizer that indexed the text (`Al-Awsat` becomes
//! the phrase `al awsat`): the words are searched as written. What users do type as operators keeps
//! its meaning: `"phrases"`, `OR`, `AND`, `NOT` (upper case, as in FTS5), `NEAR(a b, N)`, `prefix*`,
//! parentheses and `column:` filters on the archive's indexed columns. Only a truly malformed
//! expression (an unclosed quote or parenthesis, an operator with nothing on one side) is an error,
//! and it says where and how to fix it.
//!
//! Pure: no SQLite here, so the same function serves `morgue search` and the Datasette metadata.

use thiserror::Error;

/// The columns of the archive's full-text indexes (`articles_fts`, `quotes_fts`): `title:word` is a
/// column filter only for these, so that `10:30` or `re:strike` are searched as words.
pub const COLUMNS: &[&str] = &["title", "dek", "body", "text"];

/// Parentheses nested deeper than this are refused: no one types them, and the parser recurses.
const MAX_DEPTH: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("not a valid search expression: {problem} at character {column} of `{input}`; {fix}")]
pub struct SearchSyntaxError {
    /// 1-based position, in characters, of what is wrong.
    pub column: usize,
    pub problem: String,
    pub fix: String,
    pub input: String,
}

/// The FTS5 expression for `user_input`, or None when it holds nothing to search for (blank, or only
/// punctuation): such a search finds nothing, which is not an error.
pub fn fts_query(user_input: &str) -> Result<Option<String>, SearchSyntaxError> {
    fts_query_in(user_input, COLUMNS)
}

/// [`fts_query`] for an index with only `columns` (of [`COLUMNS`]): a filter on another of the
/// archive's columns (`title:` in a search of quotes) is an error naming the ones there are, where
/// FTS5 would only say "no such column".
pub fn fts_query_in(
    user_input: &str,
    columns: &[&str],
) -> Result<Option<String>, SearchSyntaxError> {
    let mut parser = Parser {
        input: user_input,
        tokens: lex(user_input)?,
        next: 0,
        out: Vec::new(),
        searchable: false,
        columns,
    };
    if parser.tokens.iter().all(|t| t.kind == Kind::Comma) {
        return Ok(None);
    }
    parser.expression(0, None)?;
    Ok(parser.searchable.then(|| parser.out.join(" ")))
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind<'a> {
    /// A run of characters up to whitespace, a parenthesis, a double quote or a comma.
    Word(&'a str),
    /// A double-quoted string as typed, quotes included (`""` inside stands for one `"`).
    Quoted(&'a str),
    Open,
    Close,
    Comma,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Token<'a> {
    kind: Kind<'a>,
    /// Byte offset in the input.
    at: usize,
}

fn lex(input: &str) -> Result<Vec<Token<'_>>, SearchSyntaxError> {
    let mut tokens = Vec::new();
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = input[i..].chars().next().expect("i is on a char boundary");
        let start = i;
        let kind = match c {
            c if separator(c) => {
                i += c.len_utf8();
                continue;
            }
            '(' => Kind::Open,
            ')' => Kind::Close,
            ',' => Kind::Comma,
            '"' => {
                i = closing_quote(input, start)?;
                // A phrase may end with * (a prefix search on its last word).
                if bytes.get(i) == Some(&b'*') {
                    i += 1;
                }
                tokens.push(Token {
                    kind: Kind::Quoted(&input[start..i]),
                    at: start,
                });
                continue;
            }
            _ => {
                let end = input[i..]
                    .find(|c: char| separator(c) || matches!(c, '(' | ')' | '"' | ','))
                    .map_or(input.len(), |n| i + n);
                i = end;
                tokens.push(Token {
                    kind: Kind::Word(&input[start..end]),
                    at: start,
                });
                continue;
            }
        };
        i += 1;
        tokens.push(Token { kind, at: start });
    }
    Ok(tokens)
}

/// Whitespace and control characters separate words. A NUL would also end FTS5's reading of the
/// expression mid-string (found by fuzzing: `6U\0` became an "unterminated string").
fn separator(c: char) -> bool {
    c.is_whitespace() || c.is_control()
}

/// The byte offset just after the `"` that closes the one at `open`.
fn closing_quote(input: &str, open: usize) -> Result<usize, SearchSyntaxError> {
    let bytes = input.as_bytes();
    let mut i = open + 1;
    while i < bytes.len() {
        if bytes[i] == b'"' {
            if bytes.get(i + 1) == Some(&b'"') {
                i += 2;
                continue;
            }
            return Ok(i + 1);
        }
        i += 1;
    }
    Err(error(
        input,
        open,
        "the \" opens a phrase that is never closed",
        "add the closing \", or remove the \" to search the words as written",
    ))
}

fn error(input: &str, at: usize, problem: &str, fix: &str) -> SearchSyntaxError {
    SearchSyntaxError {
        column: input[..at].chars().count() + 1,
        problem: problem.to_owned(),
        fix: fix.to_owned(),
        input: input.to_owned(),
    }
}

fn operator(word: &str) -> Option<&'static str> {
    match word {
        "AND" => Some("AND"),
        "OR" => Some("OR"),
        "NOT" => Some("NOT"),
        _ => None,
    }
}

struct Parser<'a> {
    input: &'a str,
    tokens: Vec<Token<'a>>,
    next: usize,
    out: Vec<String>,
    /// Whether any phrase has a word FTS5 would index; a query of punctuation alone finds nothing.
    searchable: bool,
    /// The columns of the index searched.
    columns: &'a [&'a str],
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<&Token<'a>> {
        self.tokens.get(self.next)
    }

    fn peek_kind(&self, ahead: usize) -> Option<&Kind<'a>> {
        self.tokens.get(self.next + ahead).map(|t| &t.kind)
    }

    fn end(&self) -> usize {
        self.input.len()
    }

    fn fail(&self, at: usize, problem: &str, fix: &str) -> SearchSyntaxError {
        error(self.input, at, problem, fix)
    }

    /// Operands joined by operators (or by nothing: all must match), up to the `)` closing the group
    /// opened at `open` (None at the top level).
    fn expression(&mut self, depth: usize, open: Option<usize>) -> Result<(), SearchSyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.fail(
                open.unwrap_or(0),
                &format!("parentheses are nested more than {MAX_DEPTH} deep"),
                "remove some",
            ));
        }
        let mut previous = self.out.len();
        self.operand(depth, open)?;
        loop {
            while self.peek_kind(0) == Some(&Kind::Comma) {
                self.next += 1;
            }
            let Some(token) = self.peek().cloned() else {
                return match open {
                    None => Ok(()),
                    Some(at) => Err(self.fail(
                        at,
                        "the ( is never closed",
                        "add the closing ), or remove the (",
                    )),
                };
            };
            match token.kind {
                Kind::Close if open.is_some() => return Ok(()),
                Kind::Close => {
                    return Err(self.fail(
                        token.at,
                        "the ) closes nothing",
                        "remove it, or add the ( it belongs to",
                    ));
                }
                Kind::Word(word) if operator(word).is_some() => {
                    self.next += 1;
                    self.out.push(word.to_owned());
                    previous = self.out.len();
                    self.operand_after(word, token.at, depth, open)?;
                }
                _ => {
                    let start = self.out.len();
                    self.operand(depth, open)?;
                    // FTS5 joins adjacent phrases with an implicit AND but not a parenthesised group
                    // (`a (b)` is its syntax error), so beside a group the AND is written out.
                    let group = |piece: &str| piece == "(" || piece.ends_with(":(");
                    if group(&self.out[previous]) || group(&self.out[start]) {
                        self.out.insert(start, "AND".to_owned());
                        previous = start + 1;
                    } else {
                        previous = start;
                    }
                }
            }
        }
    }

    /// The operand after the operator `word` at `at`: missing, it is an error that names the operator.
    fn operand_after(
        &mut self,
        word: &str,
        at: usize,
        depth: usize,
        open: Option<usize>,
    ) -> Result<(), SearchSyntaxError> {
        let missing = match self.peek_kind(0) {
            None | Some(Kind::Close) => true,
            Some(Kind::Word(next)) => operator(next).is_some(),
            _ => false,
        };
        if missing {
            return Err(self.fail(
                at,
                &format!("{word} has nothing after it"),
                &format!(
                    "put a word or phrase after it, or write \"{word}\" in double quotes to search for the word"
                ),
            ));
        }
        self.operand(depth, open)
    }

    /// One phrase, parenthesised group, NEAR group or column filter.
    fn operand(&mut self, depth: usize, open: Option<usize>) -> Result<(), SearchSyntaxError> {
        while self.peek_kind(0) == Some(&Kind::Comma) {
            self.next += 1;
        }
        let Some(token) = self.peek().cloned() else {
            return Err(self.fail(
                self.end(),
                "the expression ends where a word was expected",
                "add a word or phrase",
            ));
        };
        self.next += 1;
        match token.kind {
            Kind::Open => {
                if self.peek_kind(0) == Some(&Kind::Close) {
                    return Err(self.fail(
                        token.at,
                        "the parentheses hold nothing",
                        "put words inside them, or remove them",
                    ));
                }
                self.out.push("(".to_owned());
                self.expression(depth + 1, Some(token.at))?;
                self.next += 1;
                self.out.push(")".to_owned());
                Ok(())
            }
            Kind::Close => Err(match open {
                Some(_) => self.fail(
                    token.at,
                    "the ) comes where a word was expected",
                    "put a word or phrase before it",
                ),
                None => self.fail(
                    token.at,
                    "the ) closes nothing",
                    "remove it, or add the ( it belongs to",
                ),
            }),
            Kind::Word(word) if operator(word).is_some() => Err(self.fail(
                token.at,
                &format!("{word} has nothing before it"),
                &format!(
                    "{word} joins two words (strike {word} ferries); remove it, or write \"{word}\" in double quotes \
                     to search for the word"
                ),
            )),
            Kind::Word("NEAR") if self.peek_kind(0) == Some(&Kind::Open) => self.near(token.at),
            Kind::Word(word) => {
                if let Some(column) = column_filter(word) {
                    let name = column.trim_start_matches('-');
                    if !self.columns.iter().any(|c| c.eq_ignore_ascii_case(name)) {
                        let there = self.columns.iter().map(|c| format!("{c}:")).collect::<Vec<_>>();
                        return Err(self.fail(
                            token.at,
                            &format!("{name}: names a column this search does not have"),
                            &format!(
                                "filter on {} instead, or write \"{word}\" in double quotes to search for it",
                                there.join(" or ")
                            ),
                        ));
                    }
                    return self.column(column, &word[column.len()..], token.at, depth, open);
                }
                self.phrase_of_word(word);
                Ok(())
            }
            Kind::Quoted(quoted) => {
                self.quoted(quoted);
                Ok(())
            }
            Kind::Comma => unreachable!("commas were skipped above"),
        }
    }

    /// `title:word`, `title:"a phrase"`, `title:(a OR b)`, `-title:word` (every column but title).
    /// `filter` is `title` or `-title`; `rest` what follows its colon.
    fn column(
        &mut self,
        filter: &str,
        rest: &str,
        at: usize,
        depth: usize,
        open: Option<usize>,
    ) -> Result<(), SearchSyntaxError> {
        let rest = &rest[1..];
        if rest == "NEAR" && self.peek_kind(0) == Some(&Kind::Open) {
            self.near(at)?;
            let near = self.out.pop().expect("a NEAR group was pushed");
            self.out.push(format!("{filter}:{near}"));
            return Ok(());
        }
        if !rest.is_empty() {
            self.phrase_of_word(rest);
            let phrase = self.out.pop().expect("a phrase was pushed");
            self.out.push(format!("{filter}:{phrase}"));
            return Ok(());
        }
        // FTS5 takes one column filter per phrase: `title: body:x` is its syntax error.
        let follows = match self.peek_kind(0) {
            Some(Kind::Quoted(_) | Kind::Open) => true,
            Some(Kind::Word(word)) => operator(word).is_none() && column_filter(word).is_none(),
            _ => false,
        };
        if !follows {
            return Err(self.fail(
                at,
                &format!("{filter}: has nothing after it"),
                &format!("write the word right after the colon ({filter}:strike)"),
            ));
        }
        let before = self.out.len();
        self.operand(depth, open)?;
        self.out[before] = format!("{filter}:{}", self.out[before]);
        Ok(())
    }

    /// `NEAR(a b "c d", 10)`: phrases only, then an optional distance.
    fn near(&mut self, at: usize) -> Result<(), SearchSyntaxError> {
        let open = self.tokens[self.next].at;
        self.next += 1;
        let mut phrases = Vec::new();
        let mut distance = None;
        loop {
            let Some(token) = self.peek().cloned() else {
                return Err(self.fail(
                    open,
                    "the ( of NEAR( is never closed",
                    "add the closing ), as in NEAR(strike port, 10)",
                ));
            };
            self.next += 1;
            match token.kind {
                Kind::Close => break,
                Kind::Comma if distance.is_none() && !phrases.is_empty() => {
                    let number = match self.peek_kind(0) {
                        Some(Kind::Word(n)) if n.bytes().all(|b| b.is_ascii_digit()) => *n,
                        _ => {
                            return Err(self.fail(
                                token.at,
                                "NEAR( takes a number of words after its comma",
                                "write it as NEAR(strike port, 10)",
                            ));
                        }
                    };
                    self.next += 1;
                    distance = Some(number);
                    if self.peek_kind(0) != Some(&Kind::Close) {
                        let at = self.peek().map_or(self.end(), |t| t.at);
                        return Err(self.fail(
                            at,
                            "NEAR( ends with its number of words",
                            "close it after the number, as in NEAR(strike port, 10)",
                        ));
                    }
                }
                Kind::Word(word) if distance.is_none() && operator(word).is_none() => {
                    self.phrase_of_word(word);
                    phrases.push(self.out.pop().expect("a phrase was pushed"));
                }
                Kind::Quoted(quoted) if distance.is_none() => {
                    self.quoted(quoted);
                    phrases.push(self.out.pop().expect("a phrase was pushed"));
                }
                _ => {
                    return Err(self.fail(
                        token.at,
                        "NEAR( holds only words and phrases, then an optional number",
                        "write it as NEAR(strike port, 10), and put AND, OR, NOT and parentheses outside it",
                    ));
                }
            }
        }
        if phrases.is_empty() {
            return Err(self.fail(
                at,
                "NEAR( ) holds no words",
                "put the words that must be near each other inside, as in NEAR(strike port, 10)",
            ));
        }
        let distance = distance.map(|n| format!(", {n}")).unwrap_or_default();
        self.out
            .push(format!("NEAR({}{distance})", phrases.join(" ")));
        Ok(())
    }

    /// A word as typed, quoted for FTS5 unless it is a plain bareword; a trailing `*` makes it a
    /// prefix search (on the last of its words, if punctuation splits it into several).
    fn phrase_of_word(&mut self, word: &str) {
        let stem = word.trim_end_matches('*');
        let prefix = if stem.len() < word.len() { "*" } else { "" };
        self.searchable |= has_token(stem);
        let bare = !stem.is_empty()
            && stem.chars().all(|c| {
                c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && c.is_alphanumeric())
            })
            && !matches!(stem, "AND" | "OR" | "NOT" | "NEAR");
        self.out.push(if bare {
            format!("{stem}{prefix}")
        } else {
            format!("\"{}\"{prefix}", stem.replace('"', "\"\""))
        });
    }

    fn quoted(&mut self, quoted: &'a str) {
        self.searchable |= has_token(quoted);
        let clean = quoted.replace(|c: char| c.is_control(), " ");
        self.out.push(clean);
    }
}

/// `title` in `title:…` or `-title` in `-title:…` when it names an indexed column.
fn column_filter(word: &str) -> Option<&str> {
    let colon = word.find(':')?;
    let name = word[..colon].strip_prefix('-').unwrap_or(&word[..colon]);
    COLUMNS
        .iter()
        .any(|c| c.eq_ignore_ascii_case(name))
        .then(|| &word[..colon])
}

/// FTS5's unicode61 tokenizer indexes letters, digits and private-use characters; text without any
/// (`-`, `&`, `…`) has no word in it.
fn has_token(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(input: &str) -> String {
        match fts_query(input) {
            Ok(Some(expression)) => expression,
            other => panic!("{input:?} gave {other:?}"),
        }
    }

    fn err(input: &str) -> SearchSyntaxError {
        match fts_query(input) {
            Err(err) => err,
            other => panic!("{input:?} should be an error, gave {other:?}"),
        }
    }

    #[test]
    fn newsroom_words_are_searched_as_written() {
        assert_eq!(q("Al-Awsat"), "\"Al-Awsat\"");
        assert_eq!(q("U.S."), "\"U.S.\"");
        assert_eq!(q("O'Brien"), "\"O'Brien\"");
        assert_eq!(q("e-mail"), "\"e-mail\"");
        assert_eq!(q("it's"), "\"it's\"");
        assert_eq!(q("Biden's"), "\"Biden's\"");
        assert_eq!(q("Biden’s plan"), "\"Biden’s\" plan");
        assert_eq!(q("10:30 re:strike"), "\"10:30\" \"re:strike\"");
        assert_eq!(q("strike, Eastport"), "strike Eastport");
        assert_eq!(q("Malmö"), "Malmö");
    }

    #[test]
    fn the_operators_people_type_keep_their_meaning() {
        assert_eq!(q("\"dock strike\""), "\"dock strike\"");
        assert_eq!(q("ferries OR cranes"), "ferries OR cranes");
        assert_eq!(q("strike NOT ferries"), "strike NOT ferries");
        assert_eq!(q("strike AND port"), "strike AND port");
        assert_eq!(q("mediat*"), "mediat*");
        assert_eq!(q("Al-Aw*"), "\"Al-Aw\"*");
        assert_eq!(q("\"dock stri\"*"), "\"dock stri\"*");
        assert_eq!(q("NEAR(pension talks, 2)"), "NEAR(pension talks, 2)");
        assert_eq!(
            q("NEAR (U.S. \"port deal\")"),
            "NEAR(\"U.S.\" \"port deal\")"
        );
        assert_eq!(
            q("(strike OR lockout) Al-Awsat"),
            "( strike OR lockout ) AND \"Al-Awsat\"",
            "FTS5 takes no implicit AND beside a group"
        );
        assert_eq!(
            q("a (b) title:(c) d e"),
            "a AND ( b ) AND title:( c ) AND d e"
        );
        assert_eq!(q("title:ferry"), "title:ferry");
        assert_eq!(q("-title:U.S."), "-title:\"U.S.\"");
        assert_eq!(q("title:\"dock strike\""), "title:\"dock strike\"");
        assert_eq!(q("title:(a OR b)"), "title:( a OR b )");
        assert_eq!(q("title:NEAR(a b)"), "title:NEAR(a b)");
        assert_eq!(
            q("say \"he said \"\"no\"\"\""),
            "say \"he said \"\"no\"\"\""
        );
    }

    #[test]
    fn lower_case_operators_and_lonely_near_are_words() {
        assert_eq!(q("rock and roll"), "rock and roll");
        assert_eq!(q("NEAR the port"), "\"NEAR\" the port");
    }

    #[test]
    fn nothing_to_search_for_is_none() {
        for input in ["", "   ", "-", "\"\"", "... & ...", "*", ", ,"] {
            assert_eq!(fts_query(input), Ok(None), "{input:?}");
        }
        assert_eq!(q("strike OR -"), "strike OR \"-\"");
    }

    #[test]
    fn malformed_expressions_say_where_and_how_to_fix_them() {
        let e = err("strike \"unclosed");
        assert_eq!(e.column, 8);
        assert!(
            e.to_string().contains("never closed") && e.fix.contains("closing \""),
            "{e}"
        );
        let e = err("(a OR b");
        assert_eq!(e.column, 1);
        assert!(e.problem.contains("( is never closed"), "{e}");
        let e = err("a OR b)");
        assert_eq!(e.column, 7);
        assert!(e.problem.contains("closes nothing"), "{e}");
        let e = err("strike AND");
        assert_eq!(e.column, 8);
        assert!(e.problem.contains("AND has nothing after it"), "{e}");
        let e = err("NOT strike");
        assert!(e.problem.contains("NOT has nothing before it"), "{e}");
        assert!(err("a OR OR b").problem.contains("OR has nothing after it"));
        assert!(err("NEAR(").problem.contains("never closed"));
        assert!(err("NEAR()").problem.contains("holds no words"));
        assert!(err("NEAR(a b, x)").problem.contains("number"));
        assert!(err("NEAR(a OR b)").problem.contains("only words"));
        assert!(err("a ()").problem.contains("hold nothing"));
        assert!(err("title:").problem.contains("nothing after it"));
        assert!(err("title: body:x").problem.contains("nothing after it"));
        assert!(
            err("Åsa \"x").column == 5,
            "columns count characters, not bytes"
        );
    }

    #[test]
    fn a_filter_on_a_column_the_index_lacks_names_the_ones_it_has() {
        assert_eq!(
            fts_query_in("text:strike", &["text"]),
            Ok(Some("text:strike".into()))
        );
        let e = fts_query_in("pension title:strike", &["text"]).unwrap_err();
        assert_eq!(e.column, 9);
        assert!(
            e.problem.contains("title: names a column") && e.fix.contains("text:"),
            "{e}"
        );
        assert!(
            fts_query_in("-body:x", &["title", "dek"])
                .unwrap_err()
                .fix
                .contains("title: or dek:")
        );
    }

    /// Found by cargo fuzz: a NUL ended FTS5's reading of the expression inside a string.
    #[test]
    fn control_characters_separate_words() {
        assert_eq!(q("6U\0"), "6U");
        assert_eq!(q("a\0b\u{7}c"), "a b c");
        assert_eq!(q("\"dock\0strike\""), "\"dock strike\"");
        assert_eq!(fts_query("\0\u{1b}"), Ok(None));
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = format!("{}a{}", "(".repeat(10_000), ")".repeat(10_000));
        assert!(err(&deep).problem.contains("nested"));
        let fine = format!("{}a{}", "(".repeat(20), ")".repeat(20));
        assert!(q(&fine).contains('a'));
    }
}
