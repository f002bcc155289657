//! The plain-text extractor: text copied out of a web page in, articles out.

use super::{Article, Extraction, Hints, Outlet, Paragraph, ParagraphKind, Profiles};

pub fn extract(text: &str, hints: &Hints, _profiles: &Profiles) -> Extraction {
    let mut blocks = text.split("\n\n").map(str::trim).filter(|b| !b.is_empty());
    let title = blocks.next().unwrap_or_default().lines().next().unwrap_or_default().to_owned();
    let paragraphs = blocks
        .map(|b| Paragraph { kind: ParagraphKind::Text, text: b.split_whitespace().collect::<Vec<_>>().join(" ") })
        .collect::<Vec<_>>();
    let quotes = super::quotes::find_quotes(&paragraphs);
    let article = Article {
        outlet: hints.outlet.clone().map(|name| Outlet { name, domain: None }),
        title,
        url: hints.url.clone(),
        published_at: hints.date.clone(),
        paragraphs,
        quotes,
        ..Article::default()
    };
    Extraction { articles: vec![article], ..Extraction::default() }
}
