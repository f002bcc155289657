//! Saved HTML pages, the second front end beside [`super::text`]: one page is one article, its body
//! chosen on the DOM ([`super::dom`]), its header reconciled from what the page declares for machines
//! (Open Graph, `article:*` meta tags, JSON-LD, the canonical link) and what it shows a reader (the
//! page turned into the text a browser would copy, run through the text extractor for its title,
//! byline and dates). Quotes are found on the DOM's paragraphs by the same stage as for text.
//!
//! The text conversion follows the idea of the DOM's `innerText`: block elements start new lines, paragraphs are
//! separated by a blank line, table cells by tabs, and what a browser never shows (scripts, styles,
//! `hidden` elements, `<noscript>` since a reader's browser runs scripts) is left out.

use super::{Article, Extraction, Hints, Outlet, Profiles, dom, text, url_host};
use scraper::{ElementRef, Html, Node};
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

/// The article of a saved page (see the module doc).
pub fn extract(html: &str, hints: &Hints, profiles: &Profiles) -> Extraction {
    let page = parse(html);
    let meta = page.meta;
    let hints = Hints {
        outlet: hints.outlet.clone(),
        url: hints.url.clone().or_else(|| meta.url.clone()),
        date: hints.date.clone().or_else(|| meta.published.clone()),
    };
    let mut extraction = text::articles(&page.text, &hints, profiles);
    let Some(body) = dom::body(html, hints.url.as_deref()) else {
        for article in &mut extraction.articles {
            article.quotes = super::quotes::find_quotes(&article.paragraphs);
        }
        if let [article] = extraction.articles.as_mut_slice() {
            fill_from_meta(article, &meta);
        }
        return extraction;
    };
    // The visible header belongs to the longest story the text path found: teasers and related
    // stories around it are shorter.
    let mut article = extraction
        .articles
        .iter()
        .max_by_key(|a| a.word_count())
        .cloned()
        .unwrap_or_else(|| Article {
            url: hints.url.clone(),
            published_at: hints.date.clone(),
            ..Article::default()
        });
    article.paragraphs = body.paragraphs;
    if !body.captions.is_empty() {
        article.captions = body.captions;
    }
    article.quotes = super::quotes::find_quotes(&article.paragraphs);
    reconcile(&mut article, &meta, &page.text);
    extraction.articles = vec![article];
    extraction
        .warnings
        .retain(|w| !w.starts_with("no article found") && !w.starts_with("the file holds"));
    extraction
}

/// The declared title as the page shows it: the first declared title that a visible line is, or
/// opens ("Harbour Wall Repairs Begin | The Vell Courier" over a line "Harbour Wall Repairs Begin").
fn visible_title(meta: &PageMeta, visible: &str) -> Option<String> {
    let lines: Vec<String> = visible
        .lines()
        .map(fold)
        .filter(|l| !l.is_empty())
        .collect();
    // A title is a line of words: markup that a page put into an attribute is not one.
    let mut titles = meta
        .titles
        .iter()
        .filter(|t| !t.contains('<') && t.split_whitespace().count() <= 40);
    titles.find_map(|declared| {
        let declared_folded = fold(declared);
        let shown = lines.iter().position(|l| {
            *l == declared_folded
                || (l.split_whitespace().count() >= 3
                    && declared_folded.starts_with(l.as_str())
                    && declared_folded[l.len()..].starts_with([' ']))
        })?;
        let line = visible.lines().filter(|l| !fold(l).is_empty()).nth(shown)?;
        Some(line.split_whitespace().collect::<Vec<_>>().join(" "))
    })
}

/// Lowercase letters and digits, every other run one space: how two spellings of a title compare.
fn fold(s: &str) -> String {
    let folded: String = s
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The header of a saved page: what the markup declares, where the visible page shows it, wins over
/// what the text path read from the visible page alone (that can be a teaser's or a widget's); the
/// declared metadata also fills what the visible page does not show.
fn reconcile(article: &mut Article, meta: &PageMeta, visible: &str) {
    if let Some(title) = visible_title(meta, visible) {
        article.title = title;
    }
    let folded = fold(visible);
    let shown = |name: &str| {
        let name = fold(name);
        !name.is_empty() && folded.contains(&name)
    };
    let declared: Vec<String> = meta
        .authors
        .iter()
        .filter(|a| shown(a) && !is_company(a, meta))
        .cloned()
        .collect();
    let all_shown = !declared.is_empty() && declared.len() == meta.authors.len();
    if all_shown || takes_declared(article, &declared) {
        article.byline = Some(declared.join(" and "));
        article.authors = declared;
    }
    fill_from_meta(article, meta);
    // Inline markup copied without a space glues "By" to the name ("ByEmily Kirkpatrick"), and a
    // byline printed twice (top and foot of the story) names its writers twice.
    let mut seen = std::collections::HashSet::new();
    article.authors = std::mem::take(&mut article.authors)
        .into_iter()
        .map(|a| match a.strip_prefix("By") {
            Some(rest) if rest.starts_with(char::is_uppercase) => rest.to_owned(),
            _ => a,
        })
        .filter(|a| !is_company(a, meta) && seen.insert(fold(a)))
        .collect();
}

/// The declared names are the cleaner spelling of the visible byline when the text path read none, or
/// read them run into their neighbours ("ByHoward BlumeStaff Writer" over "Howard Blume").
fn takes_declared(article: &Article, declared: &[String]) -> bool {
    if declared.is_empty() {
        return false;
    }
    if article.authors.is_empty() {
        return true;
    }
    let found = fold(&article.authors.join(" "));
    declared.iter().all(|d| found.contains(&fold(d))) && found != fold(&declared.join(" "))
}

/// A publisher named as the author in a `<meta name="author">` ("Condé Nast" on its magazines).
fn is_company(name: &str, meta: &PageMeta) -> bool {
    let name = fold(name);
    meta.site_name.as_deref().is_some_and(|s| fold(s) == name)
        || meta.publisher.as_deref().is_some_and(|p| fold(p) == name)
}

/// What the markup declares fills what the visible page did not show.
fn fill_from_meta(article: &mut Article, meta: &PageMeta) {
    if article.title.trim().is_empty() {
        article.title = meta.title.clone().unwrap_or_default();
    }
    if article.authors.is_empty() && !meta.authors.is_empty() {
        article.authors = meta.authors.clone();
        article
            .byline
            .get_or_insert_with(|| meta.authors.join(" and "));
    }
    if article.updated_at.is_none() {
        article.updated_at = meta
            .modified
            .clone()
            .filter(|m| Some(m) != article.published_at.as_ref());
    }
    if article.section.is_none() {
        article.section = meta.section.clone();
    }
    if article.outlet.is_none() {
        let domain = meta.url.as_deref().and_then(url_host);
        article.outlet = meta.site_name.clone().map(|name| Outlet { name, domain });
    }
}

/// Elements whose content a reader never sees as text.
pub(crate) const INVISIBLE: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "option", "input", "textarea", "audio", "video", "source", "track", "map",
    "dialog",
];

/// Elements that start a line of their own (`<p>` a paragraph: see [`TextWriter::walk`]).
pub(crate) const BLOCKS: &[&str] = &[
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
        super::profiles::copyright_holder(&notice, true).map(|(holder, _)| holder)
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
        return super::metadata::find_date(&value).map(|(day, _)| day);
    };
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
    fn the_title_is_the_declared_one_the_page_shows() {
        let meta = PageMeta {
            titles: vec![
                "Ferry Fares Rise Again | The Vell Courier".to_owned(),
                "Ferry Fares Rise Again".to_owned(),
            ],
            ..PageMeta::default()
        };
        let visible =
            "Home\nMost read: Pier lights out\nFerry fares rise   again\n\nBy Ana Ferreira\n";
        assert_eq!(
            visible_title(&meta, visible).as_deref(),
            Some("Ferry fares rise again")
        );
        assert_eq!(visible_title(&meta, "Home\nPier lights out\n"), None);
    }

    #[test]
    fn a_saved_page_is_one_article_with_the_dom_body_and_declared_authors() {
        let ex = extract(PAGE, &Hints::default(), &Profiles::bundled());
        let [article] = ex.articles.as_slice() else {
            panic!("one article, got {:?}", ex.articles);
        };
        assert_eq!(article.title, "Ferry Fares Rise Again");
        assert_eq!(article.authors, ["Ana Ferreira", "Luc Bray"]);
        assert!(
            article
                .body()
                .contains("Fares on the island ferry rise by 8 percent")
        );
        assert!(!article.body().contains("Subscribe to unlock"));
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
        assert_eq!(
            iso_date("Mon Mar 04 12:45:00 EST 2024").as_deref(),
            Some("2024-03-04")
        );
        assert_eq!(iso_date("soon"), None);
    }
}
