//! `-p` values: `-p name=value` for `:name`/`@name`/`$name` placeholders, `-p value` for `?` and `?N`
//! ones, in order. Values are always bound, never spliced into SQL.

use rusqlite::Statement;
use rusqlite::types::Value;

use super::QueryError;

/// The parameters given on the command line, in the order given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params {
    pub named: Vec<(String, String)>,
    pub positional: Vec<String>,
}

fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

impl Params {
    /// `name=value` is named when `name` is an identifier (a leading `:`, `@` or `$` is allowed);
    /// anything else, `a b=c` or `=x` included, is one positional value.
    pub fn parse<S: AsRef<str>>(items: &[S]) -> Params {
        let mut params = Params::default();
        for item in items {
            let item = item.as_ref();
            match item.split_once('=') {
                Some((name, value)) if is_identifier(name.trim_start_matches([':', '@', '$'])) => {
                    params.named.push((
                        name.trim_start_matches([':', '@', '$']).to_owned(),
                        value.to_owned(),
                    ));
                }
                _ => params.positional.push(item.to_owned()),
            }
        }
        params
    }

    /// The value given last for `name`, so `-p a=1 -p a=2` means 2, as with most command lines.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.named
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Binds every placeholder of `stmt`; a placeholder without a value, or a value without a
    /// placeholder, is an error that names what the statement expects.
    pub fn bind(&self, stmt: &mut Statement<'_>) -> Result<(), QueryError> {
        let count = stmt.parameter_count();
        let mut expected_named = Vec::new();
        let mut positional_slots = 0;
        for index in 1..=count {
            match stmt.parameter_name(index) {
                Some(name) if !name.starts_with('?') => expected_named.push(name[1..].to_owned()),
                _ => positional_slots += 1,
            }
        }
        let expected = || describe(&expected_named, positional_slots);
        if let Some((name, _)) = self
            .named
            .iter()
            .find(|(name, _)| !expected_named.contains(name))
        {
            return Err(QueryError::UnknownParam {
                name: name.clone(),
                expected: expected(),
            });
        }
        if self.positional.len() > positional_slots {
            return Err(QueryError::UnknownParam {
                name: format!(
                    "value number {} (the SQL has {positional_slots} ? placeholder(s))",
                    self.positional.len()
                ),
                expected: expected(),
            });
        }
        let mut ordinal = 0;
        for index in 1..=count {
            let value = match stmt.parameter_name(index) {
                Some(name) if !name.starts_with('?') => {
                    let name = &name[1..];
                    self.get(name).ok_or_else(|| QueryError::MissingParam {
                        name: name.to_owned(),
                        expected: expected(),
                    })?
                }
                // Positional values fill the `?` placeholders in order, whatever named ones sit between.
                _ => {
                    ordinal += 1;
                    self.positional
                        .get(ordinal - 1)
                        .map(String::as_str)
                        .ok_or_else(|| QueryError::MissingParam {
                            name: format!("for ? number {ordinal}"),
                            expected: expected(),
                        })?
                }
            };
            stmt.raw_bind_parameter(index, typed(value))
                .map_err(QueryError::from_sqlite)?;
        }
        Ok(())
    }
}

/// Canonical integers (`42`, `-7`, not `007`) are bound as integers so that `LIMIT :n` and arithmetic
/// behave; everything else is text, which SQLite converts where a column's type asks for it.
fn typed(value: &str) -> Value {
    match value.parse::<i64>() {
        Ok(n) if n.to_string() == value => Value::Integer(n),
        _ => Value::Text(value.to_owned()),
    }
}

fn describe(named: &[String], positional: usize) -> String {
    let mut parts: Vec<String> = named.iter().map(|n| format!("-p {n}=…")).collect();
    if positional > 0 {
        parts.push(format!("{positional} positional value(s) (-p VALUE)"));
    }
    if parts.is_empty() {
        "no parameters".to_owned()
    } else {
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_positions_are_told_apart() {
        let p = Params::parse(&[
            "speaker=Liberman",
            ":since=2023-01-01",
            "plain",
            "a b=c",
            "=x",
        ]);
        assert_eq!(
            p.named,
            vec![
                ("speaker".into(), "Liberman".into()),
                ("since".into(), "2023-01-01".into())
            ]
        );
        assert_eq!(
            p.positional,
            vec!["plain".to_owned(), "a b=c".into(), "=x".into()]
        );
    }

    #[test]
    fn only_canonical_integers_become_numbers() {
        assert_eq!(typed("42"), Value::Integer(42));
        assert_eq!(typed("-7"), Value::Integer(-7));
        assert_eq!(typed("007"), Value::Text("007".into()));
        assert_eq!(typed("1e3"), Value::Text("1e3".into()));
    }
}
