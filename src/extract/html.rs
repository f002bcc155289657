//! Saved HTML pages: turned into the text a reader's browser would copy from them, plus the metadata
//! the page declares for machines (Open Graph, `article:*` meta tags, JSON-LD, the canonical link).
//!
//! The text then goes through the same extractor as a copied page, so every rule about chrome, captions
//! and quotes applies to both; the declared metadata only fills what the text did not show. The
//! conversion follows the idea of the DOM's `innerText`: block elements start new lines, paragraphs are
//! separated by a blank line, table cells by tabs, and what a browser never shows (scripts, styles,
//! `hidden` elements, `<noscript>` since a reader's browser runs scripts) is left out.

use scraper::{ElementRef, Html, Node};
use serde_json::Value;

/// What a page declares about itself in its markup.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub description: Option<String>,
    pub site_name: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub authors: Vec<String>,
    pub section: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlPage {
    pub text: String,
    pub meta: PageMeta,
}

/// True when the text is an HTML document rather than text copied from one.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(512)
        .collect();
    let head = head.to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with('<')
            && (head.contains("<head") || head.contains("<body") || head.contains("<meta")))
}

pub fn parse(html: &str) -> HtmlPage {
    let document = Html::parse_document(html);
    let mut writer = TextWriter::default();
    if let Some(body) = document
        .root_element()
        .child_elements()
        .find(|e| e.value().name() == "body")
    {
        writer.walk(body);
    } else {
        writer.walk(document.root_element());
    }
    HtmlPage {
        text: writer.finish(),
        meta: read_meta(&document),
    }
}

/// Elements whose content a reader never sees as text.
const INVISIBLE: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "option", "input", "textarea", "audio", "video", "source", "track", "map",
    "dialog",
];

const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "details",
    "dd",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "caption",
];

#[derive(Default)]
struct TextWriter {
    out: String,
    /// Line breaks owed before the next text: 1 ends the line, 2 leaves a blank line.
    pending_breaks: usize,
    at_line_start: bool,
    in_pre: usize,
}

impl TextWriter {
    fn walk(&mut self, element: ElementRef<'_>) {
        let name = element.value().name();
        if INVISIBLE.contains(&name) || is_hidden(element) {
            return;
        }
        let breaks = match name {
            "p" => 2,
            _ if BLOCKS.contains(&name) => 1,
            _ => 0,
        };
        self.require(breaks);
        if name == "pre" {
            self.in_pre += 1;
        }
        let mut first_cell = true;
        for child in element.children() {
            match child.value() {
                Node::Text(text) => self.text(text),
                Node::Element(_) => {
                    let Some(child) = ElementRef::wrap(child) else {
                        continue;
                    };
                    match child.value().name() {
                        "br" => {
                            self.out.push('\n');
                            self.at_line_start = true;
                        }
                        "td" | "th" => {
                            if !first_cell {
                                self.out.push('\t');
                            }
                            first_cell = false;
                            self.walk(child);
                        }
                        _ => self.walk(child),
                    }
                }
                _ => {}
            }
        }
        if name == "pre" {
            self.in_pre -= 1;
        }
        self.require(breaks);
    }

    fn require(&mut self, breaks: usize) {
        self.pending_breaks = self.pending_breaks.max(breaks);
    }

    fn text(&mut self, text: &str) {
        let text: String = if self.in_pre > 0 {
            text.to_owned()
        } else {
            let collapsed: Vec<&str> = text.split_whitespace().collect();
            let mut joined = collapsed.join(" ");
            if text.starts_with(char::is_whitespace) && !joined.is_empty() {
                joined.insert(0, ' ');
            }
            if text.ends_with(char::is_whitespace) && !joined.is_empty() {
                joined.push(' ');
            }
            joined
        };
        if text.trim().is_empty() && self.in_pre == 0 {
            if !text.is_empty()
                && !self.at_line_start
                && !self.out.ends_with(' ')
                && self.pending_breaks == 0
            {
                self.out.push(' ');
            }
            return;
        }
        if self.pending_breaks > 0 && !self.out.is_empty() {
            while self.out.ends_with(' ') {
                self.out.pop();
            }
            for _ in 0..self.pending_breaks {
                self.out.push('\n');
            }
            self.at_line_start = true;
        }
        self.pending_breaks = 0;
        let text = if self.at_line_start || self.out.is_empty() {
            text.trim_start()
        } else {
            &text
        };
        let text = if self.out.ends_with(' ') {
            text.trim_start()
        } else {
            text
        };
        self.out.push_str(text);
        self.at_line_start = false;
    }

    fn finish(self) -> String {
        let mut text: String = self
            .out
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n");
        text.push('\n');
        text
    }
}

fn is_hidden(element: ElementRef<'_>) -> bool {
    let el = element.value();
    if el.attr("hidden").is_some() {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

fn read_meta(document: &Html) -> PageMeta {
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
                if let (Some(key), Some(content)) = (key, el.attr("content")) {
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

    meta.title = ld
        .headline
        .clone()
        .or_else(|| tag(&["og:title", "twitter:title"]))
        .or(title_tag);
    meta.description = tag(&["og:description", "description", "twitter:description"]);
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
    let caps = MACHINE_DATE.captures(value.trim())?;
    let zone = caps.get(3).map(|z| match z.as_str() {
        "+00:00" | "+0000" | "-00:00" | "-0000" => "Z",
        zone => zone,
    });
    super::metadata::iso_timestamp(&caps[1], caps.get(2).map(|t| t.as_str()), zone)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<title>Ferry Fares Rise Again | The Vell Courier</title>
<meta property="og:site_name" content="The Vell Courier">
<meta property="article:published_time" content="2024-03-05T09:30:00.000+00:00">
<meta name="author" content="Ana Ferreira">
<link rel="canonical" href="https://vellcourier.example/news/ferry-fares">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Ferry Fares Rise Again","author":[{"@type":"Person","name":"Ana Ferreira"},{"@type":"Person","name":"Luc Bray"}]}</script>
<style>p { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>Ferry Fares Rise Again</h1>
<p class="byline">By Ana  Ferreira and Luc Bray</p>
<figure><img src="f.jpg"><figcaption>The morning ferry at Vell pier. (Courier photo)</figcaption></figure>
<p>Fares on the island ferry rise by <b>8 percent</b> in April, the operator said.</p>
<p>&ldquo;We have no choice,&rdquo; said the operator's chief,<br>Mara Quist.</p>
<div hidden>Subscribe to unlock</div>
<noscript>Please enable JavaScript</noscript>
<script>var x = "not text";</script>
<table><tr><td>Route</td><td>Fare</td></tr></table>
</article></body></html>"#;

    #[test]
    fn text_reads_like_a_browser_copy() {
        let page = parse(PAGE);
        assert_eq!(
            page.text,
            "Home\nNews\nFerry Fares Rise Again\n\nBy Ana Ferreira and Luc Bray\n\nThe morning ferry at Vell pier. (Courier photo)\n\n\
             Fares on the island ferry rise by 8 percent in April, the operator said.\n\n\
             \u{201c}We have no choice,\u{201d} said the operator's chief,\nMara Quist.\n\nRoute\tFare\n"
        );
    }

    #[test]
    fn declared_metadata_is_read() {
        let meta = parse(PAGE).meta;
        assert_eq!(meta.title.as_deref(), Some("Ferry Fares Rise Again"));
        assert_eq!(meta.site_name.as_deref(), Some("The Vell Courier"));
        assert_eq!(
            meta.url.as_deref(),
            Some("https://vellcourier.example/news/ferry-fares")
        );
        assert_eq!(meta.published.as_deref(), Some("2024-03-05T09:30:00Z"));
        assert_eq!(meta.authors, ["Ana Ferreira", "Luc Bray"]);
    }

    #[test]
    fn html_is_told_from_copied_text() {
        assert!(looks_like_html(PAGE));
        assert!(looks_like_html("\n  <html><body><p>x</p></body></html>"));
        assert!(!looks_like_html(
            "Ferry Fares Rise Again\n\nFares rise <b>8%</b>."
        ));
    }

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
        assert_eq!(iso_date("March 5, 2024"), None);
    }
}
