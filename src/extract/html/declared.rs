//! What a saved page declares about itself for machines: Open Graph and `article:*` meta tags,
//! JSON-LD (`NewsArticle` and its kin), the canonical link and `<title>`. Read from the parsed
//! document; which of it the page also shows a reader is decided in [`super::reconcile`].

use crate::extract::words::NAME_PARTICLES;
use crate::extract::words::single_spaced;
use regex::Regex;
use scraper::Html;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::LazyLock;

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
    /// Names read off author pages' addresses (`article:author`, JSON-LD `author.url`): kept apart,
    /// as they are spelt from a slug and count only where the page shows them.
    pub author_slugs: Vec<String>,
    /// The names on the first links to an author page under the headline (`rel="author"`,
    /// `href="/author/ann-lee"`): the byline's links, counted as `author_slugs` are.
    pub author_links: Vec<String>,
    /// Who a page names only in its sharing tags: `twitter:creator` when it is a person's name, not
    /// an @handle, else the names of `article:author`'s author pages. The author of a page when
    /// nothing else, shown or declared, gives one.
    pub last_resort_authors: Vec<String>,
    /// The first `<time datetime>` under the headline: the page's date when nothing else gives one.
    pub shown_time: Option<String>,
    pub section: Option<String>,
    /// The publisher: JSON-LD's, or the company a `copyright` meta tag names.
    pub publisher: Option<String>,
}

/// What the page declares about itself, each field taken from the first source that has it, in the
/// order of trust each line below gives (JSON-LD and the article tags before generic ones).
pub(super) fn read_meta(document: &Html) -> PageMeta {
    let Declared {
        tags,
        canonical,
        title_tag,
        json_ld,
        links,
    } = Declared::gather(document);
    let mut meta = PageMeta::default();
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
        "dc.date.issued",
        "dcterms.created",
        "dcterms.issued",
        "parsely-pub-date",
        "sailthru.date",
    ])
    .or(ld.published)
    .or(ld.any_published)
    .or_else(|| tag(&["body:datepublished", "body:pubdate"]))
    .and_then(|d| iso_date(&d));
    meta.modified = tag(&[
        "article:modified_time",
        "datemodified",
        "dcterms.modified",
        "og:updated_time",
    ])
    .or(ld.modified)
    .or_else(|| tag(&["body:datemodified"]))
    .and_then(|d| iso_date(&d));
    meta.section = tag(&["article:section"]);
    let author_tags = || {
        tags.iter()
            .filter(|(k, _)| AUTHOR_TAGS.contains(&k.as_str()))
            .map(|(k, v)| match k.as_str() {
                "citation_author" => given_first(v),
                _ => std::borrow::Cow::Borrowed(v.as_str()),
            })
    };
    meta.authors = if ld.authors.is_empty() {
        author_tags()
            .filter(|v| !v.starts_with("http"))
            .flat_map(|v| v.split(';').flat_map(split_names).collect::<Vec<_>>())
            .collect()
    } else {
        ld.authors.iter().flat_map(|a| split_names(a)).collect()
    };
    let mut seen = std::collections::HashSet::new();
    meta.authors.retain(|a| seen.insert(a.to_lowercase()));
    meta.author_slugs = author_tags()
        .chain(
            ld.author_urls
                .iter()
                .map(|u| std::borrow::Cow::Borrowed(u.as_str())),
        )
        .filter_map(|v| slug_name(&v))
        .collect();
    meta.shown_time = links
        .time_under
        .or(links.time_above)
        .as_deref()
        .and_then(iso_date);
    meta.author_links = links.names;
    meta.last_resort_authors = last_resort_authors(&tags);
    meta
}

/// What the page's markup holds, gathered in one walk over its elements before any of it is weighed.
#[derive(Default)]
struct Declared {
    /// Meta tags (and microdata dates and authors) as (lower-case key, value), in document order.
    tags: Vec<(String, String)>,
    canonical: Option<String>,
    title_tag: Option<String>,
    json_ld: Vec<Value>,
    links: AuthorLinks,
}

impl Declared {
    fn gather(document: &Html) -> Self {
        let mut declared = Declared::default();
        for (at, node) in document.root_element().descendent_elements().enumerate() {
            declared.links.see(at, node);
            declared.see(node);
        }
        declared
    }

    fn see(&mut self, node: scraper::ElementRef<'_>) {
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
                        self.tags
                            .push((key.to_ascii_lowercase(), content.to_owned()));
                    }
                }
            }
            // Microdata on any element: `<time itemprop="datePublished" datetime="...">`, or a
            // `<time pubdate>` / a `<time>` whose class says it is the publication date.
            _ if el.name() != "meta"
                && (el.attr("itemprop").is_some_and(|p| p.starts_with("date"))
                    || (el.name() == "time"
                        && (el.attr("pubdate").is_some()
                            || el.attr("class").is_some_and(|c| c.contains("publish"))))) =>
            {
                let key = el.attr("itemprop").unwrap_or("pubdate");
                if let Some(content) = el.attr("datetime").or_else(|| el.attr("content")) {
                    let content = content.trim();
                    if !content.is_empty() {
                        // Kept apart from the head's tags: a related story's date can come first.
                        self.tags.push((
                            format!("body:{}", key.to_ascii_lowercase()),
                            content.to_owned(),
                        ));
                    }
                }
            }
            // `<span itemprop="author"><span itemprop="name">Ann Lee</span></span>`: microdata's
            // author, named by its `name` property (its `content` or text) or by its own text.
            _ if el
                .attr("itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("author")) =>
            {
                if let Some(name) = microdata_name(node) {
                    self.tags.push(("author".to_owned(), name));
                }
            }
            "link"
                if el
                    .attr("rel")
                    .is_some_and(|rel| rel.eq_ignore_ascii_case("canonical")) =>
            {
                self.canonical = el.attr("href").map(str::to_owned);
            }
            "title" if self.title_tag.is_none() => {
                self.title_tag = Some(
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
                    self.json_ld.push(value);
                }
            }
            _ => {}
        }
    }
}

/// The values of the tags named `key`.
fn values_of(tags: &[(String, String)], key: impl Into<String>) -> impl Iterator<Item = &str> {
    let key = key.into();
    tags.iter()
        .filter(move |(k, _)| *k == key)
        .map(|(_, v)| v.as_str())
}

/// The authors a page names only where a sharing card or a social profile needs one: the value a
/// card labels as the writer's ("Written by"), a `twitter:creator` that is one person's name ("Ann
/// Lee", not "@annlee" nor a desk's single word), else the author pages `article:author` links to
/// ("/authors/ann-lee").
fn last_resort_authors(tags: &[(String, String)]) -> Vec<String> {
    // Yoast's sharing card: `twitter:label1` "Written by", `twitter:data1` the writer's name.
    let labelled: Vec<String> = tags
        .iter()
        .filter_map(|(k, label)| {
            let n = k.strip_prefix("twitter:label")?;
            crate::extract::byline_labels::is_author_label(label).then_some(n)
        })
        .flat_map(|n| values_of(tags, format!("twitter:data{n}")))
        .flat_map(split_names)
        .collect();
    if !labelled.is_empty() {
        return labelled;
    }
    let creators: Vec<String> = values_of(tags, "twitter:creator")
        .filter(|v| !v.trim_start().starts_with('@'))
        .flat_map(split_names)
        .filter(|n| (2..=4).contains(&n.split_whitespace().count()))
        .collect();
    if !creators.is_empty() {
        return creators;
    }
    values_of(tags, "article:author")
        .filter_map(slug_name)
        .collect()
}

/// The name of a microdata `itemprop="author"` element: its `itemprop="name"` descendant's
/// `content` or text, else its own short text. A `<meta>` is read by its `content` as a tag already.
fn microdata_name(node: scraper::ElementRef<'_>) -> Option<String> {
    let el = node.value();
    if el.name() == "meta" {
        return None;
    }
    let text = |n: scraper::ElementRef<'_>| {
        let t = n.text().collect::<Vec<_>>().join(" ");
        single_spaced(&t)
    };
    let named = node.descendent_elements().find(|d| {
        d.value()
            .attr("itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("name"))
    });
    let name = match named {
        Some(n) => n
            .value()
            .attr("content")
            .map(|c| c.trim().to_owned())
            .unwrap_or_else(|| text(n)),
        None => el
            .attr("content")
            .map_or_else(|| text(node), |c| c.trim().to_owned()),
    };
    (!name.is_empty() && name.split_whitespace().count() <= 8).then_some(name)
}

/// The meta tags that name a page's author.
const AUTHOR_TAGS: &[&str] = &[
    "author",
    "article:author",
    "parsely-author",
    "byl",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    // Scholarly (Highwire) tags, one per author, used by journals and by many news sites for
    // indexers: "Doe, Jane" or "Jane Doe".
    "citation_author",
    // `article:author` as some publishing systems spell it.
    "article_author",
];

/// "Doe, Jane" → "Jane Doe": a `citation_author` names one person, family name first when a comma
/// stands in it. Two names of two words each ("Jane Doe, Ali Khan") are a list, left as it is.
fn given_first(value: &str) -> std::borrow::Cow<'_, str> {
    let words = |s: &str| s.split_whitespace().count();
    match value.split_once(',') {
        Some((family, given))
            if !given.contains(',')
                && (1..=2).contains(&words(family))
                && (1..=2).contains(&words(given))
                && words(family) + words(given) <= 3 =>
        {
            std::borrow::Cow::Owned(format!("{} {}", given.trim(), family.trim()))
        }
        _ => std::borrow::Cow::Borrowed(value),
    }
}

/// How far under the headline, in elements, the byline and its date may stand.
const NEAR_HEADLINE: usize = 80;

/// How far apart, in elements, two links of one byline stand ("By <a>A</a> and <a>B</a>").
const BYLINE_SPAN: usize = 6;

/// The byline's links to author pages and the first `<time datetime>`, both looked for under the
/// first `<h1>` (the headline) when the page has one: a menu's or a sidebar's above it is not the
/// article's.
#[derive(Default)]
struct AuthorLinks {
    /// Where the first `<h1>` stood.
    headline_at: Option<usize>,
    /// Where the last name taken stood, and whether it was under the headline.
    last: Option<(usize, bool)>,
    names: Vec<String>,
    time_above: Option<String>,
    time_under: Option<String>,
}

impl AuthorLinks {
    fn see(&mut self, at: usize, node: scraper::ElementRef<'_>) {
        let el = node.value();
        // What stands far below the headline belongs to the body or to what follows the story.
        if self.headline_at.is_some_and(|h| at - h > NEAR_HEADLINE) {
            return;
        }
        match el.name() {
            "h1" if self.headline_at.is_none() => {
                self.headline_at = Some(at);
                // The links above the headline were a menu's or a teaser's when the page has one.
                self.last = None;
                self.names.clear();
            }
            "time" => {
                if let Some(stamp) = el.attr("datetime").map(str::trim).filter(|d| !d.is_empty()) {
                    let slot = if self.headline_at.is_some() {
                        &mut self.time_under
                    } else {
                        &mut self.time_above
                    };
                    slot.get_or_insert_with(|| stamp.to_owned());
                }
            }
            "a" if is_author_link(el) => {
                let under = self.headline_at.is_some();
                // One byline's links stand together; a later one is a related story's.
                if self
                    .last
                    .is_some_and(|(last, was_under)| was_under != under || at - last > BYLINE_SPAN)
                {
                    return;
                }
                let text = node.text().collect::<Vec<_>>().join(" ");
                let text = single_spaced(&text);
                for name in split_names(&text) {
                    if (2..=4).contains(&name.split_whitespace().count())
                        && !self.names.contains(&name)
                    {
                        self.last = Some((at, under));
                        self.names.push(name);
                    }
                }
            }
            _ => {}
        }
    }
}

/// A link to a writer's page: `rel="author"`, or an address under a folder of people.
fn is_author_link(el: &scraper::node::Element) -> bool {
    static AUTHOR_HREF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:https?://[^/]+)?(?:/[^/]+)*?/(?:people|person|authors?|by|staff|contributors?|profiles?|writers?|journalists?)/[a-z][a-z'-]*[a-z]/?$")
            .expect("valid regex")
    });
    el.attr("rel").is_some_and(|r| {
        r.split_whitespace()
            .any(|r| r.eq_ignore_ascii_case("author"))
    }) || el
        .attr("href")
        .is_some_and(|h| AUTHOR_HREF.is_match(h.trim()))
}

static BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^by\b\s*:?\s*").expect("valid regex"));

static AND: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+(?:and|&)\s+").expect("valid regex"));

/// The names one declared author value gives. It may open with "By" and list several ("A, B"); a
/// desk or an outlet after a comma stays in the list, as the text path keeps it ("A, Reuters").
/// A part with lower-case words other than name particles ("Kyle Kellogg at Muse Management") is
/// a credit, not a name; an address, a login ("admin") or a file name ("humans.txt") names no one.
fn split_names(value: &str) -> Vec<String> {
    let value = BY.replace(value.trim(), "");
    let is_name = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        !words.is_empty()
            && !p.contains("://")
            && !p.contains('@')
            && words.iter().all(|w| {
                w.starts_with(|c: char| !c.is_lowercase())
                    || NAME_PARTICLES.contains(w.to_lowercase().as_str())
            })
            && !words.iter().any(|w| {
                let w = w.trim_end_matches('.');
                w.contains('.') && !w.chars().all(|c| c.is_uppercase() || c == '.')
            })
    };
    // "A and B", "A & B" and "A, B and C" list people as a comma does.
    let value = AND.replace_all(&value, ",");
    value
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| is_name(p))
        .map(str::to_owned)
        .collect()
}

/// The writer an author page's address names: "https://www.latimes.com/people/howard-blume" →
/// "Howard Blume". Only a path under a folder of people counts; the reconcile stage takes the name
/// only where the visible page shows it.
fn slug_name(value: &str) -> Option<String> {
    static AUTHOR_PATH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^https?://[^/]+(?:/[^/]+)*?/(?:people|person|authors?|by|staff|contributors?|profiles?|writers?|journalists?)/([a-z][a-z'-]*[a-z])/?$",
        )
        .expect("valid regex")
    });
    let slug = AUTHOR_PATH.captures(value.trim())?.get(1)?.as_str();
    let words: Vec<String> = slug
        .split('-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    (2..=4).contains(&words.len()).then(|| words.join(" "))
}

/// The parts of schema.org JSON-LD a news page uses (`NewsArticle` and its kin, possibly in `@graph`).
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    authors: Vec<String>,
    author_urls: Vec<String>,
    publisher: Option<String>,
    /// The first `datePublished` of any node (a `WebPage`, a `VideoObject`): the page's date when no
    /// article node gives one.
    any_published: Option<String>,
}

impl LinkedData {
    fn from_values(values: &[Value]) -> LinkedData {
        let mut ld = LinkedData::default();
        let mut nodes = HashMap::new();
        for value in values {
            index_nodes(value, &mut nodes);
        }
        for value in values {
            ld.visit(value, &nodes);
        }
        ld
    }

    fn visit(&mut self, value: &Value, nodes: &Nodes<'_>) {
        match value {
            Value::Array(items) => items.iter().for_each(|item| self.visit(item, nodes)),
            Value::Object(object) => {
                if let Some(graph) = object.get("@graph") {
                    self.visit(graph, nodes);
                }
                let is_article = object.get("@type").is_some_and(|t| {
                    let types: Vec<&str> = match t {
                        Value::String(s) => vec![s.as_str()],
                        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                        _ => vec![],
                    };
                    types.iter().any(|t| {
                        t.ends_with("Article") || t.ends_with("BlogPosting") || *t == "Report"
                    })
                });
                // A video's or a page's own date is the page's when no article node gives one.
                let published = || {
                    ["datePublished", "dateCreated", "uploadDate"]
                        .iter()
                        .find_map(|k| object.get(*k).and_then(Value::as_str))
                        .map(str::to_owned)
                };
                if self.any_published.is_none() {
                    self.any_published = published();
                }
                if !is_article || self.headline.is_some() {
                    // An article may be nested in the page that holds it (`"mainEntity": {...}`).
                    if self.headline.is_none() {
                        object
                            .iter()
                            .filter(|(k, _)| {
                                !matches!(k.as_str(), "@graph" | "author" | "publisher")
                            })
                            .for_each(|(_, v)| self.visit(v, nodes));
                    }
                    return;
                }
                let text = |key: &str| object.get(key).and_then(Value::as_str).map(str::to_owned);
                self.headline = text("headline");
                self.published = published();
                self.modified = text("dateModified");
                let author = object.get("author").map(|a| resolve(a, nodes));
                self.authors = people(author.as_ref());
                self.author_urls = urls(author.as_ref());
                let publisher = object.get("publisher").map(|p| resolve(p, nodes));
                self.publisher = names(publisher.as_ref()).into_iter().next();
            }
            _ => {}
        }
    }
}

/// The JSON-LD nodes that carry an `@id` and say more than it, by that id.
type Nodes<'a> = HashMap<&'a str, &'a Value>;

fn index_nodes<'a>(value: &'a Value, nodes: &mut Nodes<'a>) {
    match value {
        Value::Array(items) => items.iter().for_each(|item| index_nodes(item, nodes)),
        Value::Object(object) => {
            if let Some(id) = object.get("@id").and_then(Value::as_str)
                && object.len() > 1
            {
                nodes.entry(id).or_insert(value);
            }
            object.values().for_each(|v| index_nodes(v, nodes));
        }
        _ => {}
    }
}

/// A value with its bare references (`{"@id": "#/person/1"}`, as Yoast's `@graph` writes authors)
/// replaced by the nodes they name.
fn resolve(value: &Value, nodes: &Nodes<'_>) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().map(|i| resolve(i, nodes)).collect()),
        Value::Object(object) if !object.contains_key("name") => object
            .get("@id")
            .and_then(Value::as_str)
            .and_then(|id| nodes.get(id))
            .map_or_else(|| value.clone(), |node| (*node).clone()),
        _ => value.clone(),
    }
}

fn names(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(name)) => vec![name.trim().to_owned()],
        // A person may be named in parts (`givenName`, `familyName`) or in a list of names.
        Some(Value::Object(object)) => match object.get("name") {
            Some(name @ (Value::String(_) | Value::Array(_))) => names(Some(name)),
            _ => {
                let part = |k: &str| object.get(k).and_then(Value::as_str).map(str::trim);
                match (part("givenName"), part("familyName")) {
                    (Some(given), Some(family)) => vec![format!("{given} {family}")],
                    _ => Vec::new(),
                }
            }
        },
        Some(Value::Array(items)) => items.iter().flat_map(|item| names(Some(item))).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|n| !n.is_empty())
    .collect()
}

/// True for a JSON-LD node typed as an organisation (`Organization`, `NewsMediaOrganization`, ...).
fn is_organisation(object: &serde_json::Map<String, Value>) -> bool {
    let is_org = |t: &str| t.ends_with("Organization") || t == "Corporation";
    match object.get("@type") {
        Some(Value::String(t)) => is_org(t),
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).any(is_org),
        _ => false,
    }
}

/// The people JSON-LD names as authors: an organisation credited beside them is not one of them,
/// though one credited alone (a desk, an agency) is the author.
fn people(value: Option<&Value>) -> Vec<String> {
    let Some(Value::Array(items)) = value else {
        return names(value);
    };
    let is_org = |item: &Value| item.as_object().is_some_and(is_organisation);
    if items.iter().all(is_org) {
        return names(value);
    }
    items
        .iter()
        .filter(|item| !is_org(item))
        .flat_map(|item| names(Some(item)))
        .collect()
}

/// The addresses of the authors' pages JSON-LD gives (`url`, `sameAs`, or the author as an address).
fn urls(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) if s.starts_with("http") => vec![s.clone()],
        Some(Value::Object(object)) if !is_organisation(object) => ["url", "sameAs", "@id"]
            .iter()
            .filter_map(|k| object.get(*k).and_then(Value::as_str))
            .map(str::to_owned)
            .collect(),
        Some(Value::Array(items)) => items.iter().flat_map(|item| urls(Some(item))).collect(),
        _ => Vec::new(),
    }
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
    fn declared_author_values_become_people() {
        assert_eq!(
            split_names("By Rui Okafor, Reuters"),
            ["Rui Okafor", "Reuters"]
        );
        assert_eq!(
            split_names("Ann Lee,Tomas Ek at Harbour Models,Lia Moss"),
            ["Ann Lee", "Lia Moss"]
        );
        assert_eq!(split_names("Reuters"), ["Reuters"]);
        assert_eq!(
            split_names("By Ann Lee, Lia Moss and Tomas Ek"),
            ["Ann Lee", "Lia Moss", "Tomas Ek"]
        );
        assert_eq!(split_names("Ann Lee & Lia Moss"), ["Ann Lee", "Lia Moss"]);
        assert!(split_names("admin").is_empty());
        assert!(split_names("humans.txt").is_empty());
        assert_eq!(split_names("Troy L. Smith"), ["Troy L. Smith"]);
        assert_eq!(
            split_names("Ursula von der Leyen"),
            ["Ursula von der Leyen"]
        );
    }

    #[test]
    fn an_author_page_address_gives_a_name() {
        assert_eq!(
            slug_name("https://www.latimes.example/people/howard-blume").as_deref(),
            Some("Howard Blume")
        );
        assert_eq!(
            slug_name("https://mag.example/contributor/ann-lee/").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(slug_name("https://www.facebook.com/TheEcho"), None);
        assert_eq!(slug_name("https://echo.example/author/8578"), None);
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
