//! The archive in Datasette: the metadata that makes Datasette a front end for editors (tables from
//! `tables.toml`, the canned queries with titles and parameter help, links from query results to
//! rows), the plugin and template that `morgue serve` adds, and the Datasette command line. Knows
//! nothing of SQLite; written for Datasette 0.65, whose metadata format 1.0 changes.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use crate::query::canned::{CannedQuery, Catalog};
use crate::query::fts_function;

/// How each table is shown: descriptions, label columns, facets, sort, search, hidden tables.
const TABLES: &str = include_str!("tables.toml");

/// morgue's plugins for Datasette: links from `article_id` and the like in query results to their
/// rows (Datasette links them in tables only), and the search parser behind `morgue_fts(:term)`.
const PLUGINS: &[(&str, &str)] = &[
    ("morgue_links.py", include_str!("morgue_links.py")),
    ("morgue_search.py", include_str!("morgue_search.py")),
];

/// Datasette templates that replace its own: the archive's page (search boxes, queries and tables
/// with what they are for, SQL last), the canned-query page (parameter help next to each input, the
/// form before the SQL) and the table page (column descriptions folded away).
const TEMPLATES: &[(&str, &str)] = &[
    ("database.html", include_str!("templates/database.html")),
    ("query.html", include_str!("templates/query.html")),
    ("table.html", include_str!("templates/table.html")),
];

/// Query-result columns that name a row of another table, for the links plugin.
const LINKED_COLUMNS: &[(&str, &str)] = &[
    ("article_id", "articles"),
    ("source_id", "sources"),
    ("speaker_id", "speakers"),
];

/// Cells longer than this are cut, in tables and query results alike: a body runs to thousands of
/// characters while a quote mostly fits; the row page shows the whole text.
pub const TRUNCATE_CELLS: u32 = 400;

/// The table part of the metadata, as `tables.toml` gives it.
pub fn tables() -> Map<String, Value> {
    // The file is compiled in and checked by a test, so a parse failure is a bug in this build.
    toml::from_str(TABLES).expect("src/datasette/tables.toml is valid TOML")
}

/// A human title from a query's name: `who-said-what` is "Who said what".
pub fn title(name: &str) -> String {
    let words = name.replace(['-', '_'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The `name=value` pairs of a query's example (`-p term=strike -p since=2026-01-01`).
pub fn example_params(query: &CannedQuery) -> Vec<(String, String)> {
    let Some(example) = &query.example else {
        return Vec::new();
    };
    example
        .split_whitespace()
        .filter(|word| *word != "-p")
        .filter_map(|word| word.split_once('='))
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect()
}

/// The SQL without the header comment and final semicolon: Datasette shows the description itself,
/// and its SQL display reads better without the duplicate.
fn body(query: &CannedQuery) -> String {
    let mut text = query
        .sql
        .lines()
        .skip_while(|l| l.trim_start().starts_with("--") || l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    while text.ends_with(';') || text.ends_with(char::is_whitespace) {
        text.pop();
    }
    text
}

fn canned(query: &CannedQuery) -> Value {
    let help: Map<String, Value> = query
        .params
        .iter()
        .map(|p| {
            let mut help = p.meaning.clone();
            if let Some(default) = p.default.as_deref().filter(|d| !d.is_empty()) {
                help.push_str(&format!(" (for example {default})"));
            }
            (p.name.clone(), Value::String(help))
        })
        .collect();
    let example: Map<String, Value> = example_params(query)
        .into_iter()
        .map(|(name, value)| (name, Value::String(value)))
        .collect();
    json!({
        "title": title(&query.name),
        "description": query.description,
        "sql": body(query),
        "params": query.params.iter().map(|p| p.name.clone()).collect::<Vec<_>>(),
        "param_help": help,
        "example": example,
        "hide_sql": true,
        // The inputs the SQL reads through morgue_fts(), with the columns each searches: the page says
        // what is wrong with a malformed one.
        "search_params": query
            .params
            .iter()
            .filter_map(|p| Some((p.name.clone(), Value::from(fts_function::searches(&query.sql, &p.name)?))))
            .collect::<Map<String, Value>>(),
    })
}

pub fn metadata(catalog: &Catalog, database: &str) -> Value {
    let queries: Map<String, Value> = catalog
        .iter()
        .map(|query| (query.name.clone(), canned(query)))
        .collect();
    let links: Map<String, Value> = LINKED_COLUMNS
        .iter()
        .map(|(column, table)| ((*column).to_owned(), Value::String((*table).to_owned())))
        .collect();
    json!({
        "title": "morgue clippings archive",
        "description": "A newsroom's clippings archive: articles, quotes with their speakers, photo \
                        captions. Search the articles and quotes tables, or open one of the queries.",
        "databases": { database: { "tables": tables(), "queries": queries } },
        "plugins": { "morgue-links": { "columns": links } },
    })
}

/// Names the morgue program for the search plugin, which asks it to parse each term (`morgue serve`
/// adds it; metadata for Datasette run by hand has none, and its search queries need the plugin).
pub fn name_search_parser(metadata: &mut Value, morgue: &Path) {
    metadata["plugins"]["morgue-search"] = json!({ "morgue": morgue.to_string_lossy() });
}

/// Datasette's name for an archive: its file name without the extension.
pub fn database_name(db: &Path) -> String {
    db.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("morgue")
        .to_owned()
}

/// Where `morgue serve` put the metadata, plugin and template for Datasette to read.
#[derive(Debug, Clone)]
pub struct Assets {
    pub metadata: PathBuf,
    pub plugins: PathBuf,
    pub templates: PathBuf,
}

/// Writes the metadata, plugin and template into a folder of `base` named by a digest of what they
/// hold: serving again rewrites the same bytes, and two serves with different queries (or archive
/// names) at once do not share a folder.
pub fn write_assets(base: &Path, metadata: &Value) -> std::io::Result<Assets> {
    use sha2::Digest;
    let mut json = serde_json::to_string_pretty(metadata).map_err(std::io::Error::from)?;
    json.push('\n');
    let mut digest = sha2::Sha256::new();
    let templates = TEMPLATES.iter().map(|(_, text)| *text);
    let plugins = PLUGINS.iter().map(|(_, text)| *text);
    for part in std::iter::once(json.as_str())
        .chain(plugins)
        .chain(templates)
    {
        digest.update(part.len().to_le_bytes());
        digest.update(part.as_bytes());
    }
    let digest = digest.finalize();
    let name: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let dir = base.join(name);
    let assets = Assets {
        metadata: dir.join("metadata.json"),
        plugins: dir.join("plugins"),
        templates: dir.join("templates"),
    };
    std::fs::create_dir_all(&assets.plugins)?;
    std::fs::create_dir_all(&assets.templates)?;
    std::fs::write(&assets.metadata, json)?;
    for (name, text) in PLUGINS {
        std::fs::write(assets.plugins.join(name), text)?;
    }
    for (name, text) in TEMPLATES {
        std::fs::write(assets.templates.join(name), text)?;
    }
    Ok(assets)
}

/// What `morgue serve` asks of Datasette.
#[derive(Debug, Clone)]
pub struct Serve {
    pub db: PathBuf,
    pub host: String,
    pub port: u16,
    /// A frozen snapshot: Datasette reads the file once and caches counts; a live archive that is
    /// still being imported into needs the normal (mutable) mode.
    pub immutable: bool,
    /// Further arguments for Datasette, after morgue's own.
    pub extra: Vec<OsString>,
}

/// Datasette's arguments (without the program). The archive is opened read-only either way:
/// Datasette opens a mutable file with `mode=ro` and runs no write unless a canned query is marked
/// writable, which none of morgue's are.
pub fn arguments(serve: &Serve, assets: &Assets) -> Vec<OsString> {
    let mut args: Vec<OsString> = vec!["serve".into()];
    if serve.immutable {
        args.push("--immutable".into());
    }
    args.push(serve.db.clone().into());
    for (flag, value) in [
        ("--metadata", assets.metadata.as_os_str()),
        ("--plugins-dir", assets.plugins.as_os_str()),
        ("--template-dir", assets.templates.as_os_str()),
    ] {
        args.push(flag.into());
        args.push(value.to_owned());
    }
    args.extend(["--host".into(), serve.host.clone().into()]);
    args.extend(["--port".into(), serve.port.to_string().into()]);
    args.extend([
        "--setting".into(),
        "truncate_cells_html".into(),
        TRUNCATE_CELLS.to_string().into(),
    ]);
    args.extend(serve.extra.iter().cloned());
    args
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_read_as_words() {
        assert_eq!(title("who-said-what"), "Who said what");
        assert_eq!(title("top_speakers"), "Top speakers");
        assert_eq!(title(""), "");
    }

    #[test]
    fn the_example_gives_the_values_to_try() {
        let catalog = Catalog::built_in();
        let query = catalog.get("articles-by-outlet").expect("built in");
        assert_eq!(
            example_params(query),
            vec![
                ("outlet".to_owned(), "press".to_owned()),
                ("since".to_owned(), "2026-01-01".to_owned())
            ]
        );
        assert!(example_params(catalog.get("import-log").expect("built in")).is_empty());
    }

    #[test]
    fn an_immutable_archive_is_named_by_the_flag_before_it() {
        let serve = Serve {
            db: "a.db".into(),
            host: "127.0.0.1".into(),
            port: 8123,
            immutable: true,
            extra: vec![
                "--setting".into(),
                "sql_time_limit_ms".into(),
                "5000".into(),
            ],
        };
        let assets = Assets {
            metadata: "m.json".into(),
            plugins: "p".into(),
            templates: "t".into(),
        };
        let args: Vec<String> = arguments(&serve, &assets)
            .into_iter()
            .map(|a| a.into_string().unwrap())
            .collect();
        let line = args.join(" ");
        assert!(
            line.starts_with("serve --immutable a.db --metadata m.json"),
            "{line}"
        );
        assert!(line.contains("--host 127.0.0.1 --port 8123"), "{line}");
        assert!(line.ends_with("--setting sql_time_limit_ms 5000"), "{line}");
    }
}
