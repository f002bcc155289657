//! Canned queries: `.sql` files whose header comment names the query, describes it in one line and
//! lists its parameters. The built-in ones (`queries/` in the source tree) are compiled into the
//! binary; a user's folder adds to them, a file with a built-in's name replacing it.
//!
//! Header format (leading `--` lines; blank comment lines separate parts):
//!
//! ```sql
//! -- name: quotes-by-speaker
//! -- Quotes by a speaker, found by the name or any alias.
//! --
//! -- :speaker  part of the speaker's name or of an alias
//! -- :since    first date, YYYY-MM-DD (optional: no lower bound)
//! -- :limit    how many rows (default: 20)
//! --
//! -- example: -p speaker=kowalczyk
//! ```
//!
//! `(optional…)` means the parameter may be left out and is then the empty string, which is also what
//! Datasette sends for an empty form field, so the SQL must treat `''` as "not given".

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{Params, QueryError};

/// The built-in queries, compiled in. A test checks that every file in `queries/` is listed here.
pub const BUILT_IN: &[(&str, &str)] = &[
    (
        "articles-by-outlet",
        include_str!("../../queries/articles-by-outlet.sql"),
    ),
    (
        "articles-matching",
        include_str!("../../queries/articles-matching.sql"),
    ),
    (
        "captions-by-credit",
        include_str!("../../queries/captions-by-credit.sql"),
    ),
    (
        "first-to-report",
        include_str!("../../queries/first-to-report.sql"),
    ),
    ("import-log", include_str!("../../queries/import-log.sql")),
    (
        "outlet-summary",
        include_str!("../../queries/outlet-summary.sql"),
    ),
    (
        "photo-agencies",
        include_str!("../../queries/photo-agencies.sql"),
    ),
    ("pickups", include_str!("../../queries/pickups.sql")),
    ("quote-trail", include_str!("../../queries/quote-trail.sql")),
    (
        "quotes-by-speaker",
        include_str!("../../queries/quotes-by-speaker.sql"),
    ),
    ("stories", include_str!("../../queries/stories.sql")),
    ("story", include_str!("../../queries/story.sql")),
    (
        "top-speakers",
        include_str!("../../queries/top-speakers.sql"),
    ),
    (
        "top-speakers-by-outlet",
        include_str!("../../queries/top-speakers-by-outlet.sql"),
    ),
    (
        "who-said-what",
        include_str!("../../queries/who-said-what.sql"),
    ),
];

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ParamSpec {
    pub name: String,
    pub meaning: String,
    /// The value bound when the parameter is not given; None when it must be given.
    pub default: Option<String>,
}

impl ParamSpec {
    /// A parameter whose header says it is `YYYY-MM-DD` takes a date: one that does not exist is
    /// refused before the query runs, as `--since` is.
    pub fn takes_date(&self) -> bool {
        self.meaning.contains("YYYY-MM-DD")
    }

    /// A parameter whose header says it is a `full-text search` is what an editor typed into a
    /// search box: it goes through [`super::fts_query`], as `morgue search` terms do, so `Al-Awsat`
    /// is searched as written. (Datasette passes it to FTS5 as it is.)
    pub fn takes_search(&self) -> bool {
        self.meaning.contains("full-text search")
    }

    /// How to pass it on the command line, bracketed when it may be left out: `[-p since=…]`.
    pub fn usage(&self) -> String {
        if self.default.is_some() {
            format!("[-p {}=…]", self.name)
        } else {
            format!("-p {}=…", self.name)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::BuiltIn => f.write_str("built-in"),
            Origin::File(path) => write!(f, "{}", path.display()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CannedQuery {
    pub name: String,
    pub description: String,
    pub params: Vec<ParamSpec>,
    /// Example arguments from the header (`-p term=strike`), shown by `--describe`.
    pub example: Option<String>,
    pub sql: String,
    pub origin: Origin,
}

/// Splits `(default: X)` or `(optional…)` off the end of a parameter's description.
fn split_default(text: &str) -> (String, Option<String>) {
    let text = text.trim();
    if let Some(open) = text.rfind('(')
        && text.ends_with(')')
    {
        let inside = &text[open + 1..text.len() - 1];
        let meaning = text[..open].trim_end().to_owned();
        if let Some(value) = inside.strip_prefix("default:") {
            return (meaning, Some(value.trim().trim_matches('"').to_owned()));
        }
        if inside.starts_with("optional") {
            return (text.to_owned(), Some(String::new()));
        }
    }
    (text.to_owned(), None)
}

impl CannedQuery {
    /// Reads a query file. `fallback_name` (the file stem) names it when the header does not.
    pub fn parse(text: &str, fallback_name: &str, origin: Origin) -> CannedQuery {
        let mut name = None;
        let mut description = Vec::new();
        let mut params: Vec<ParamSpec> = Vec::new();
        let mut example = None;
        let mut in_description = true;
        for line in text.lines() {
            let Some(comment) = line.trim_start().strip_prefix("--") else {
                break;
            };
            let comment = comment.trim();
            if let Some(value) = comment.strip_prefix("name:") {
                name = Some(value.trim().to_owned());
            } else if let Some(value) = comment.strip_prefix("example:") {
                example = Some(value.trim().to_owned()).filter(|e| !e.is_empty());
            } else if let Some(rest) = comment.strip_prefix(':') {
                in_description = false;
                let (param, meaning) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
                let (meaning, default) = split_default(meaning);
                params.push(ParamSpec {
                    name: param.to_owned(),
                    meaning,
                    default,
                });
            } else if comment.is_empty() {
                in_description = description.is_empty() && in_description;
            } else if in_description {
                description.push(comment.to_owned());
            } else if let Some(last) = params.last_mut().filter(|_| line.starts_with("--   ")) {
                // An indented line continues the parameter above it.
                last.meaning.push(' ');
                last.meaning.push_str(comment);
            }
        }
        CannedQuery {
            name: name.unwrap_or_else(|| fallback_name.to_owned()),
            description: description.join(" "),
            params,
            example,
            sql: text.trim().to_owned(),
            origin,
        }
    }

    /// Whether `spec` is a search box: a `full-text search` parameter, or one the SQL reads through
    /// `morgue_fts()`. Either way a malformed term is refused with the search parser's message.
    pub fn is_search(&self, spec: &ParamSpec) -> bool {
        spec.takes_search() || super::fts_function::searches(&self.sql, &spec.name).is_some()
    }

    /// The parameters to bind: the given ones, then defaults for the rest. A name the query does not
    /// declare, or a declared one without a value or default, is an error listing what it takes.
    pub fn bind_params(&self, given: &Params) -> Result<Params, QueryError> {
        let expected = || {
            if self.params.is_empty() {
                return "no parameters".to_owned();
            }
            self.params
                .iter()
                .map(ParamSpec::usage)
                .collect::<Vec<_>>()
                .join(" ")
        };
        if let Some(value) = given.positional.first() {
            return Err(QueryError::UnknownParam {
                name: format!("\"{value}\" (canned queries take NAME=VALUE)"),
                expected: expected(),
            });
        }
        if let Some((name, _)) = given
            .named
            .iter()
            .find(|(n, _)| !self.params.iter().any(|p| &p.name == n))
        {
            return Err(QueryError::UnknownParam {
                name: name.clone(),
                expected: expected(),
            });
        }
        let mut bound = Params::default();
        for spec in &self.params {
            let value = given
                .get(&spec.name)
                .map(str::to_owned)
                .or_else(|| spec.default.clone());
            let Some(value) = value else {
                return Err(QueryError::MissingParam {
                    name: spec.name.clone(),
                    expected: expected(),
                });
            };
            // A term the SQL parses with morgue_fts() is checked here first, so that a malformed one
            // is refused with the parser's own message before the query runs.
            if let Some(columns) = super::fts_function::searches(&self.sql, &spec.name) {
                super::fts_function::parse(&value, columns.as_deref()).map_err(|syntax| {
                    QueryError::SearchParam {
                        name: spec.name.clone(),
                        syntax,
                    }
                })?;
            }
            let value = if spec.takes_search() {
                super::fts_query(&value)
                    .map_err(|syntax| QueryError::SearchParam {
                        name: spec.name.clone(),
                        syntax,
                    })?
                    // An empty FTS5 phrase matches nothing, as a search for punctuation should.
                    .unwrap_or_else(|| "\"\"".to_owned())
            } else {
                value
            };
            if spec.takes_date() && !value.is_empty() {
                super::dates::iso_date_prefix(&value).map_err(|message| QueryError::BadParam {
                    name: spec.name.clone(),
                    message,
                })?;
            }
            bound.named.push((spec.name.clone(), value));
        }
        Ok(bound)
    }
}

/// The queries a run can use: built-ins, overridden and extended by a user's folder.
#[derive(Debug, Clone)]
pub struct Catalog {
    queries: BTreeMap<String, CannedQuery>,
}

/// The user's folder in the configuration directory: `$XDG_CONFIG_HOME/morgue/queries`, else
/// `~/.config/morgue/queries`.
fn config_user_dir() -> Option<PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|d| !d.is_empty())
                .map(|h| PathBuf::from(h).join(".config"))
        })?;
    Some(config.join("morgue").join("queries"))
}

impl Catalog {
    pub fn built_in() -> Catalog {
        let queries = BUILT_IN
            .iter()
            .map(|(stem, text)| {
                let query = CannedQuery::parse(text, stem, Origin::BuiltIn);
                (query.name.clone(), query)
            })
            .collect();
        Catalog { queries }
    }

    /// Built-ins plus every `*.sql` file in `dir`. `required` says the user named the folder: then a
    /// missing folder is an error; the default folder may simply not exist.
    pub fn load(dir: Option<&Path>, required: bool) -> Result<Catalog, QueryError> {
        let mut catalog = Catalog::built_in();
        let Some(dir) = dir else { return Ok(catalog) };
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(err) if !required && err.kind() == std::io::ErrorKind::NotFound => {
                return Ok(catalog);
            }
            Err(err) => {
                return Err(QueryError::Canned(format!(
                    "cannot read the queries folder {}: {err}",
                    dir.display()
                )));
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("sql")) && p.is_file())
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).map_err(|err| {
                QueryError::Canned(format!("cannot read {}: {err}", path.display()))
            })?;
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("query")
                .to_owned();
            let query = CannedQuery::parse(&text, &stem, Origin::File(path.clone()));
            catalog.queries.insert(query.name.clone(), query);
        }
        Ok(catalog)
    }

    /// Built-ins plus the user's folder when `--queries` is not given: `$MORGUE_QUERIES`, which must
    /// exist since the user named it, else the one in the configuration directory, which may not.
    pub fn load_default() -> Result<Catalog, QueryError> {
        match std::env::var_os("MORGUE_QUERIES").filter(|d| !d.is_empty()) {
            Some(dir) => Catalog::load(Some(Path::new(&dir)), true),
            None => Catalog::load(config_user_dir().as_deref(), false),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &CannedQuery> {
        self.queries.values()
    }

    pub fn get(&self, name: &str) -> Result<&CannedQuery, QueryError> {
        self.queries.get(name).ok_or_else(|| {
            let close: Vec<&str> = self
                .queries
                .keys()
                .filter(|k| k.contains(name) || name.contains(k.as_str()))
                .map(String::as_str)
                .collect();
            let hint = if close.is_empty() {
                String::new()
            } else {
                format!(" (did you mean {}?)", close.join(", "))
            };
            QueryError::Canned(format!(
                "no canned query named {name}{hint}: `morgue query --list` shows them"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "-- name: sample\n-- Does a thing,\n-- on two lines.\n--\n-- :who   a name\n-- :since first day (optional: no bound)\n-- :n     how many (default: 20)\n--\n-- example: -p who=x\nSELECT :who, :since, :n;\n";

    #[test]
    fn the_header_gives_name_description_and_parameters() {
        let q = CannedQuery::parse(TEXT, "stem", Origin::BuiltIn);
        assert_eq!(q.name, "sample");
        assert_eq!(q.description, "Does a thing, on two lines.");
        assert_eq!(q.example.as_deref(), Some("-p who=x"));
        let defaults: Vec<_> = q
            .params
            .iter()
            .map(|p| (p.name.as_str(), p.default.as_deref()))
            .collect();
        assert_eq!(
            defaults,
            vec![("who", None), ("since", Some("")), ("n", Some("20"))]
        );
        assert_eq!(q.params[2].meaning, "how many");
    }

    #[test]
    fn defaults_fill_in_and_unknown_names_are_refused() {
        let q = CannedQuery::parse(TEXT, "stem", Origin::BuiltIn);
        let bound = q.bind_params(&Params::parse(&["who=Ann"])).expect("binds");
        assert_eq!(bound.get("n"), Some("20"));
        assert_eq!(bound.get("since"), Some(""));
        let err = q
            .bind_params(&Params::parse(&["whom=Ann"]))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("unknown parameter whom") && err.contains("-p who=…"),
            "{err}"
        );
        let err = q.bind_params(&Params::default()).unwrap_err().to_string();
        assert!(err.contains("missing parameter who"), "{err}");
    }

    #[test]
    fn every_file_in_queries_is_built_in() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
        let mut stems: Vec<String> = std::fs::read_dir(dir)
            .expect("queries/ exists")
            .filter_map(|e| e.ok()?.path().file_stem()?.to_str().map(str::to_owned))
            .collect();
        stems.sort();
        let listed: Vec<&str> = BUILT_IN.iter().map(|(s, _)| *s).collect();
        assert_eq!(stems, listed);
        for query in Catalog::built_in().iter() {
            assert!(
                !query.description.is_empty(),
                "{} has no description",
                query.name
            );
            assert!(
                BUILT_IN.iter().any(|(stem, _)| *stem == query.name),
                "{} is not named after its file",
                query.name
            );
        }
    }
}
