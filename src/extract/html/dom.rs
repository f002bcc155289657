//! The body of a saved HTML page chosen on its DOM, not on the text a browser would copy from it.
//!
//! `dom_smoothie` (a port of Mozilla's Readability) scores the page's blocks by paragraph and link
//! density and keeps the article's container, cleaned of share bars and related lists. This module
//! turns that container into the contract's paragraphs and captions: each block element is one
//! paragraph (headings are subheads, list items bullets, `<blockquote>` block quotes), each
//! `<figcaption>` a caption with its credit split off as on copied pages, and lines the chrome rules
//! of [`crate::extract::boilerplate`] name ("Advertisement", "Read more") are left out. It owns nothing else:
//! the header (title, byline, dates) is reconciled in [`super::reconcile`].

use super::flatten::{BLOCKS, INVISIBLE};
use crate::extract::boilerplate::{
    has_sentence_punct, line_rule, opens_comments, stops_section, word_count,
};
use crate::extract::captions;
use crate::extract::metadata;
use crate::extract::words::single_spaced;
use crate::extract::{Caption, Paragraph, ParagraphKind};
use scraper::{ElementRef, Html, Node};

/// What the DOM says the article's body is.
#[derive(Debug, Default)]
pub(crate) struct DomBody {
    pub paragraphs: Vec<Paragraph>,
    pub captions: Vec<Caption>,
}

/// Controls inside the article container: their labels ("Share", "Follow") are not its prose.
const CONTROLS: &[&str] = &["button", "form"];

/// What a block is, inherited by the blocks inside it (a `<p>` inside a `<blockquote>` is quoted).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Text,
    Subhead,
    Bullet,
    Quote,
    Caption,
}

/// The article body of a saved page, or `None` when the page has no container dense enough in prose.
pub(crate) fn body(document: dom_query::Document, url: Option<&str>) -> Option<DomBody> {
    // Readability resolves links against the page's address; a relative or odd one is no reason to
    // lose the body, so the address is only passed when it is absolute (what `with_document`
    // refuses: a scheme with nothing after its "://").
    let url = url.filter(|u| {
        (u.starts_with("http://") || u.starts_with("https://")) && !u.trim_end().ends_with("://")
    });
    let mut readability = dom_smoothie::Readability::with_document(document, url, None).ok()?;
    let article = readability.parse().ok()?;
    let fragment = Html::parse_fragment(&article.content);
    let mut blocks = Blocks::default();
    blocks.walk(fragment.root_element(), Kind::Text);
    blocks.flush();
    let mut body = DomBody::default();
    for (kind, text) in blocks.done {
        if line_rule(&text).is_some() {
            continue;
        }
        let paragraph = |kind| {
            Some(Paragraph {
                kind,
                text: text.clone(),
            })
        };
        let made = match kind {
            Kind::Caption => {
                body.captions.push(caption(&text));
                None
            }
            Kind::Subhead => paragraph(ParagraphKind::Subhead),
            Kind::Bullet => paragraph(ParagraphKind::Bullet),
            Kind::Quote => paragraph(ParagraphKind::Blockquote),
            Kind::Text => paragraph(ParagraphKind::Text),
        };
        body.paragraphs.extend(made);
    }
    trim_edges(&mut body.paragraphs);
    (!body.paragraphs.is_empty()).then_some(body)
}

/// A paragraph of the story proper: a sentence of some length, not a label or a date.
fn is_prose(text: &str) -> bool {
    word_count(text) >= 12 && has_sentence_punct(text)
}

/// What the container keeps around the story: the date, byline and section label above its first
/// sentence, and a heading that opens a list ("You may also like...", the comments) with the list.
fn trim_edges(paragraphs: &mut Vec<Paragraph>) {
    let header = paragraphs
        .iter()
        .take_while(|p| {
            let t = p.text.trim_start_matches(['|', '·', '•', ' ']);
            !is_prose(t)
                && (metadata::date_line(t).is_some()
                    || metadata::byline(t).is_some()
                    || metadata::is_relative_time(t)
                    || (word_count(t) <= 3 && !has_sentence_punct(t)))
        })
        .count();
    // A page whose body is all short lines keeps them.
    if paragraphs[header..].iter().any(|p| is_prose(&p.text)) {
        paragraphs.drain(..header);
    }
    // The heading of such a list and the short lines under it go, up to the next sentence: a box of
    // "Top stories" inside the story is followed by more of it.
    let Some(first_prose) = paragraphs.iter().position(|p| is_prose(&p.text)) else {
        return;
    };
    let mut i = first_prose + 1;
    while i < paragraphs.len() {
        let t = paragraphs[i].text.trim_end_matches(['.', '…', ':', ' ']);
        let next = paragraphs.get(i + 1).map(|p| p.text.as_str());
        if stops_section(t) || opens_comments(t, next) {
            let end = (i + 1..paragraphs.len())
                .find(|&j| is_prose(&paragraphs[j].text))
                .unwrap_or(paragraphs.len());
            paragraphs.drain(i..end);
        } else {
            i += 1;
        }
    }
}

fn caption(text: &str) -> Caption {
    if let Some(split) = captions::split_credit(text) {
        return Caption {
            text: split.text,
            credit: split.credit,
        };
    }
    Caption {
        text: text.to_owned(),
        credit: None,
    }
}

/// The blocks of a container, in document order, each with its text collapsed to one line.
#[derive(Default)]
struct Blocks {
    done: Vec<(Kind, String)>,
    open: String,
    kind: Option<Kind>,
}

impl Blocks {
    fn walk(&mut self, element: ElementRef<'_>, inherited: Kind) {
        let name = element.value().name();
        if INVISIBLE.contains(&name) || CONTROLS.contains(&name) {
            return;
        }
        // A paragraph, and each table cell, is a block of its own too.
        let is_block = BLOCKS.contains(&name) || matches!(name, "p" | "td" | "th");
        let kind = match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Kind::Subhead,
            "li" if inherited == Kind::Text => Kind::Bullet,
            "blockquote" => Kind::Quote,
            "figcaption" => Kind::Caption,
            _ => inherited,
        };
        if is_block {
            self.flush();
        }
        for child in element.children() {
            match child.value() {
                Node::Text(text) => {
                    self.kind.get_or_insert(kind);
                    self.open.push_str(text);
                }
                Node::Element(el) if el.name() == "br" => self.open.push(' '),
                Node::Element(_) => {
                    if let Some(child) = ElementRef::wrap(child) {
                        self.walk(child, kind);
                    }
                }
                _ => {}
            }
        }
        if is_block {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let text = single_spaced(&self.open);
        self.open.clear();
        if let Some(kind) = self.kind.take()
            && !text.is_empty()
        {
            self.done.push((kind, text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(html: &str) -> dom_query::Document {
        dom_query::Document::from(html)
    }

    /// A fictional page: navigation, a related list and a footer around one article.
    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Harbour Wall Repairs Begin | The Vell Courier</title></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>Harbour Wall Repairs Begin</h1>
<figure><img src="wall.jpg"><figcaption>Workers on the north wall on Monday. (Photo: Ana Ferreira/Vell Courier)</figcaption></figure>
<p>Repairs to the harbour wall at Vell began on Monday, three years after the winter storm that breached it in two places, the port authority said in a statement.</p>
<p>The work will close the north quay to fishing boats until September, and the authority has offered berths at the marina to the twelve boats that moor there.</p>
<h2>A long wait</h2>
<p>Fishermen had asked for the repairs since the storm, saying that the broken wall let the swell into the harbour and damaged their boats in every gale of the last three winters.</p>
<blockquote><p>We have waited long enough, and we are glad the work has started at last.</p></blockquote>
<p>The authority said the cost, about four million euros, would be shared with the regional government, which approved its part of the money in January after a long debate.</p>
</article></main>
<aside><h3>Related</h3><ul><li><a href="/a">Ferry fares rise</a></li><li><a href="/b">New pier lights</a></li></ul></aside>
<footer><p><a href="/about">About us</a> <a href="/contact">Contact</a></p></footer>
</body></html>"#;

    #[test]
    fn the_body_is_the_article_container_in_blocks() {
        let body = body(doc(PAGE), Some("https://vellcourier.example/news/wall")).expect("a body");
        let kinds: Vec<&str> = body.paragraphs.iter().map(|p| p.kind.as_str()).collect();
        assert_eq!(
            kinds,
            ["text", "text", "subhead", "text", "blockquote", "text"]
        );
        assert!(
            body.paragraphs[0]
                .text
                .starts_with("Repairs to the harbour wall")
        );
        assert!(
            body.paragraphs
                .iter()
                .all(|p| !p.text.contains("Ferry fares") && !p.text.contains("About us"))
        );
    }

    #[test]
    fn a_figcaption_is_a_caption_with_its_credit() {
        let body = body(doc(PAGE), None).expect("a body");
        assert_eq!(
            body.captions,
            [Caption {
                text: "Workers on the north wall on Monday.".to_owned(),
                credit: Some("Ana Ferreira/Vell Courier".to_owned()),
            }]
        );
    }

    #[test]
    fn the_date_above_the_story_and_the_list_after_it_are_not_its_body() {
        let story = "<p>Repairs to the harbour wall at Vell began on Monday, three years after the winter storm breached it.</p>\
            <p>The work will close the north quay to fishing boats until September, the port authority said.</p>";
        let page = format!(
            "<html><body><article><h1>Harbour Wall Repairs Begin</h1><div><p>Harbour</p>\
             <p>PUBLISHED: 09:12, Mon, Mar 4, 2024</p><p>| UPDATED: 10:05, Mon, Mar 4, 2024</p>\
             {story}<h3>You may also like...</h3><p>Ferry fares rise again</p><p>New lights on the pier</p>\
             </div></article></body></html>"
        );
        let body = body(doc(&page), None).expect("a body");
        let texts: Vec<&str> = body.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].starts_with("Repairs to the harbour wall"));
    }

    #[test]
    fn a_page_with_no_prose_has_no_body() {
        assert!(
            body(
                doc("<html><body><nav><a href='/'>Home</a></nav></body></html>"),
                None
            )
            .is_none()
        );
    }
}
