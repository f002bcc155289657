//! Saved HTML pages, the second front end beside [`super::text`]: one page is one article. The
//! page is parsed once ([`tree`] copies that parse for the stages that read `scraper`'s tree); the
//! stages, each a module that imports only the ones before it:
//! 1. [`flatten`]: the page turned into the text a browser would copy, which the text path reads for
//!    the visible header (title, byline, dates) exactly as it reads a copied page;
//! 2. [`declared`]: what the page declares for machines (Open Graph, `article:*` meta tags, JSON-LD,
//!    the canonical link);
//! 3. [`dom`]: the body chosen on the DOM, in paragraphs and captions;
//! 4. [`reconcile`]: the header from what the page declares where the visible page shows it.
//!
//! Quotes are then found on the DOM's paragraphs by the same stage as for text.

mod declared;
mod dom;
mod flatten;
mod nesting;
mod reconcile;
mod tree;

pub use declared::PageMeta;

use super::{Article, Extraction, Hints, Profiles, text};
use crate::extract::words::single_spaced;
use dom_query::Document;

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

/// What a saved page shows a reader and declares for machines.
pub fn parse(html: &str) -> HtmlPage {
    read_page(&parse_document(html))
}

fn parse_document(html: &str) -> Document {
    let document = Document::from(html);
    tree::cap_depth(&document);
    document
}

fn read_page(document: &Document) -> HtmlPage {
    let copy = tree::scraper_copy(document);
    HtmlPage {
        text: flatten::visible_text(&copy),
        meta: declared::read_meta(&copy),
    }
}

/// The article of a saved page (see the module doc).
pub fn extract(html: &str, hints: &Hints, profiles: &Profiles) -> Extraction {
    if let Some(offset) = nesting::too_deep_at(html) {
        return Extraction {
            refused: Some(format!(
                "the page nests elements more than {} deep (from byte offset {offset} of its text), \
                 which would take minutes to parse: open it in a browser, copy its text and \
                 import that",
                nesting::MAX_NESTING
            )),
            ..Extraction::default()
        };
    }
    let document = parse_document(html);
    let page = read_page(&document);
    let meta = page.meta;
    let hints = Hints {
        outlet: hints.outlet.clone(),
        url: hints.url.clone().or_else(|| meta.url.clone()),
        date: hints.date.clone().or_else(|| meta.published.clone()),
    };
    let mut extraction = text::articles(&page.text, &hints, profiles);
    let Some(body) = dom::body(document, hints.url.as_deref()) else {
        for article in &mut extraction.articles {
            article.quotes = super::quotes::find_quotes(&article.paragraphs);
        }
        if let [article] = extraction.articles.as_mut_slice() {
            reconcile::fill_from_meta(article, &meta);
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
    let copied_captions = std::mem::take(&mut article.captions);
    article.paragraphs = body.paragraphs;
    article.captions = body.captions;
    captions_from_copy(&mut article, copied_captions);
    article.quotes = super::quotes::find_quotes(&article.paragraphs);
    reconcile::reconcile(&mut article, &meta, &page.text);
    // A page that names no headline anywhere (none visible, none declared) is titled by its body's
    // first paragraph, as the text path titles a page whose first prose line is its headline.
    if article.title.trim().is_empty()
        && let Some(first) = article.paragraphs.first()
    {
        article.title = first.text.clone();
    }
    extraction.articles = vec![article];
    extraction
        .warnings
        .retain(|w| !w.starts_with("no article found") && !w.starts_with("the file holds"));
    extraction
}

/// The captions the text path found on the copied page: where the DOM took one for a paragraph (a
/// photo's caption printed in a `<p>` or `<span>`, "Workers on the wall (Image: Vell Courier)"), it
/// is a caption; the DOM's own captions come first, and when it found none the copy's stand.
fn captions_from_copy(article: &mut Article, copied: Vec<super::Caption>) {
    let fold = |s: &str| single_spaced(s);
    let dom_found_none = article.captions.is_empty();
    for caption in copied {
        let text = fold(&caption.text);
        let before = article.paragraphs.len();
        // Only a paragraph that holds the caption's credit too is surely the caption: the copy may
        // have paired a sentence with the credit line under it.
        if let Some(credit) = caption.credit.as_deref().filter(|_| !text.is_empty()) {
            let credit = fold(credit);
            article.paragraphs.retain(|p| {
                let p = fold(&p.text);
                !(p.starts_with(&text) && p[text.len()..].contains(&credit))
            });
        }
        if dom_found_none || article.paragraphs.len() < before {
            article.captions.push(caption);
        }
    }
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

    /// A tracking pixel in the head ends the head for the parse (see [`tree`]): the title and the
    /// meta tags after it are still read as declared, and the title is still not visible text.
    #[test]
    fn a_pixel_in_the_head_changes_neither_text_nor_metadata() {
        let page = r#"<html><head><noscript><img src="pixel.gif"></noscript>
<title>Ferry Fares Rise | The Vell Courier</title><meta name="author" content="Ana Ferreira">
</head><body><p>Fares on the island ferry rise by 8 percent in April.</p></body></html>"#;
        let parsed = parse(page);
        assert_eq!(
            parsed.text.trim(),
            "Fares on the island ferry rise by 8 percent in April."
        );
        assert_eq!(parsed.meta.authors, ["Ana Ferreira"]);
        assert!(
            parsed
                .meta
                .titles
                .iter()
                .any(|t| t.starts_with("Ferry Fares Rise")),
            "{:?}",
            parsed.meta.titles
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
    fn a_caption_printed_as_a_paragraph_is_a_caption() {
        let page = PAGE.replace(
            "<figure><img src=\"f.jpg\"><figcaption>The morning ferry at Vell pier. (Courier photo)</figcaption></figure>",
            "<p><img src=\"f.jpg\"></p><p>The morning ferry at Vell pier on Monday (Image: Lia Moss )</p>",
        );
        let ex = extract(&page, &Hints::default(), &Profiles::bundled());
        let article = &ex.articles[0];
        assert!(
            !article.body().contains("morning ferry"),
            "{}",
            article.body()
        );
        assert!(
            article
                .captions
                .iter()
                .any(|c| c.text.contains("morning ferry") && c.credit.is_some()),
            "{:?}",
            article.captions
        );
    }

    #[test]
    fn html_is_told_from_copied_text() {
        assert!(looks_like_html(PAGE));
        assert!(looks_like_html("\n  <html><body><p>x</p></body></html>"));
        assert!(!looks_like_html(
            "Ferry Fares Rise Again\n\nFares rise <b>8%</b>."
        ));
    }
}
