//! What a saved page declares about itself for machines: Open Graph and `article:*` meta tags,
//! JSON-LD (`NewsArticle` and its kin), the canonical link and `<title>`. Read from the parsed
//! document; which of it the page also shows a reader is decided in [`super::reconcile`].

use scraper::Html;
use serde_json::Value;

/// What a page declares about itself in its markup.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<String>,
    /// Every title the page declares, the article's own first (JSON-LD headline, Open Graph, Twitter,
    /// `<title>`): which one the page shows is decided against the visible text.
    pub titles: Vec<String>,
    pub description: Option<String>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub authors: Vec<String>,
    pub section: Option<String>,
    /// The publisher: JSON-LD's, or the company a `copyright` meta tag names.
    pub publisher: Option<String>,
}

pub(super) fn read_meta(document: &Html) -> PageMeta {
    let mut meta = PageMeta::default();
    let mut tags: Vec<(String, String)> = Vec::new();
    let mut canonical = None;
    let mut title_tag = None;
    let mut json_ld = Vec::new();
    for node in document.root_element().descendent_elements() {
        let el = node.value();
        match el.name() {
            "meta" => {
                let key = el
                    .attr("property")
                    .or_else(|| el.attr("name"))
                    .or_else(|| el.attr("itemprop"));
                // Some pages put the value in `value` (`<meta name=... value=...>`).
                let content = el.attr("content").or_else(|| el.attr("value"));
                if let (Some(key), Some(content)) = (key, content) {
                    let content = content.trim();
                    if !content.is_empty() {
                        tags.push((key.to_ascii_lowercase(), content.to_owned()));
                    }
                }
            }
            "link"
                if el
                    .attr("rel")
                    .is_some_and(|rel| rel.eq_ignore_ascii_case("canonical")) =>
            {
                canonical = el.attr("href").map(str::to_owned);
            }
            "title" if title_tag.is_none() => {
                title_tag = Some(
                    node.text()
                        .collect::<String>()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                );
            }
            "script"
                if el
                    .attr("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
            {
                if let Ok(value) = serde_json::from_str::<Value>(&node.text().collect::<String>()) {
                    json_ld.push(value);
                }
            }
            _ => {}
        }
    }
    let tag = |keys: &[&str]| {
        keys.iter().find_map(|k| {
            tags.iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        })
    };
    let ld = LinkedData::from_values(&json_ld);

    meta.titles = ld
        .headline
        .iter()
        .cloned()
        .chain(tag(&["og:title"]))
        .chain(tag(&["twitter:title"]))
        .chain(title_tag)
        .collect();
    meta.title = meta.titles.first().cloned();
    meta.description = tag(&["og:description", "description", "twitter:description"]);
    meta.publisher = ld.publisher.clone().or_else(|| {
        let notice = tag(&["copyright"])?;
        crate::extract::profiles::copyright_holder(&notice, true).map(|(holder, _)| holder)
    });
    meta.site_name = tag(&["og:site_name", "application-name"]).or(ld.publisher);
    meta.url = canonical
        .or_else(|| tag(&["og:url"]))
        .filter(|u| u.starts_with("http"));
    meta.published = tag(&[
        "article:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "dc.date",
        "dcterms.created",
        "parsely-pub-date",
        "sailthru.date",
    ])
    .or(ld.published)
    .and_then(|d| iso_date(&d));
    meta.modified = tag(&[
        "article:modified_time",
        "datemodified",
        "dcterms.modified",
        "og:updated_time",
    ])
    .or(ld.modified)
    .and_then(|d| iso_date(&d));
    meta.section = tag(&["article:section"]);
    meta.authors = if ld.authors.is_empty() {
        tags.iter()
            .filter(|(k, v)| {
                (k == "author" || k == "article:author" || k == "parsely-author")
                    && !v.starts_with("http")
            })
            .flat_map(|(_, v)| {
                v.split([',', ';'])
                    .map(|a| a.trim().to_owned())
                    .collect::<Vec<_>>()
            })
            .filter(|a| !a.is_empty())
            .collect()
    } else {
        ld.authors
    };
    meta.authors.dedup();
    meta
}

/// The parts of schema.org JSON-LD a news page uses (`NewsArticle` and its kin, possibly in `@graph`).
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
}

impl LinkedData {
    fn from_values(values: &[Value]) -> LinkedData {
        let mut ld = LinkedData::default();
        for value in values {
            ld.visit(value);
        }
        ld
    }

    fn visit(&mut self, value: &Value) {
        match value {
            Value::Array(items) => items.iter().for_each(|item| self.visit(item)),
            Value::Object(object) => {
                if let Some(graph) = object.get("@graph") {
                    self.visit(graph);
                }
                let is_article = object.get("@type").is_some_and(|t| {
                    let types: Vec<&str> = match t {
                        Value::String(s) => vec![s.as_str()],
                        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                        _ => vec![],
                    };
                    types
                        .iter()
                        .any(|t| t.ends_with("Article") || *t == "BlogPosting" || *t == "Report")
                });
                if !is_article || self.headline.is_some() {
                    return;
                }
                let text = |key: &str| object.get(key).and_then(Value::as_str).map(str::to_owned);
                self.headline = text("headline");
                self.published = text("datePublished");
                self.modified = text("dateModified");
                self.authors = names(object.get("author"));
                self.publisher = names(object.get("publisher")).into_iter().next();
            }
            _ => {}
        }
    }
}

fn names(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(name)) => vec![name.trim().to_owned()],
        Some(Value::Object(object)) => object
            .get("name")
            .and_then(Value::as_str)
            .map(|n| vec![n.trim().to_owned()])
            .unwrap_or_default(),
        Some(Value::Array(items)) => items.iter().flat_map(|item| names(Some(item))).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|n| !n.is_empty())
    .collect()
}

/// Keeps a machine date as ISO-8601: the date, and the time when there is one, without fractions.
fn iso_date(value: &str) -> Option<String> {
    static MACHINE_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?",
        )
        .expect("valid regex")
    });
    let Some(caps) = MACHINE_DATE.captures(value.trim()) else {
        // "Mon Aug 03 12:45:00 EDT 2015" (Java's Date::toString): a date in words is still the
        // day, once the time and zone between month and year are out of the way.
        static TIME_ZONE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(r"\s\d{1,2}:\d{2}(?::\d{2})?(?:\s+[A-Z]{2,5})?\s")
                .expect("valid regex")
        });
        let value = TIME_ZONE.replace(value, ", ");
        return crate::extract::metadata::find_date(&value).map(|(day, _)| day);
    };
    let zone = caps.get(3).map(|z| match z.as_str() {
        "+00:00" | "+0000" | "-00:00" | "-0000" => "Z",
        zone => zone,
    });
    crate::extract::metadata::iso_timestamp(&caps[1], caps.get(2).map(|t| t.as_str()), zone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_dates_become_iso() {
        assert_eq!(iso_date("2024-03-05").as_deref(), Some("2024-03-05"));
        assert_eq!(
            iso_date("2024-03-05T09:30:00-04:00").as_deref(),
            Some("2024-03-05T09:30:00-04:00")
        );
        assert_eq!(
            iso_date("2024-03-05 09:30:00").as_deref(),
            Some("2024-03-05T09:30:00")
        );
        assert_eq!(
            iso_date("Mon Mar 04 12:45:00 EST 2024").as_deref(),
            Some("2024-03-04")
        );
        assert_eq!(iso_date("soon"), None);
    }
}
