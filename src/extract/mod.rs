//! Extraction: bytes of one source file in, articles out.
//!
//! Everything below this module is pure: no database, no filesystem, no clock, no environment. The
//! importer reads a file, hands its bytes here with what the user stated about it ([`Hints`]), and
//! stores what comes back. That keeps extraction testable with byte literals, fuzzable, and safe to
//! run on many files in parallel.
//!
//! The contract types ([`Article`], [`Paragraph`], [`Caption`], [`Quote`], [`Speaker`]) mirror the
//! archive's tables; the store maps them to rows and never looks inside the text.

pub mod boilerplate;
mod byline_labels;
pub mod captions;
pub mod decode;
pub mod entities;
mod foreign_dates;
pub mod html;
mod matching;
pub mod metadata;
pub mod profiles;
pub mod quotes;
mod runs;
pub mod text;
pub mod version;
mod words;

use serde::Serialize;

pub use decode::{DecodeError, Decoded, decode};
pub use profiles::Profiles;
/// Where one copied file's articles begin and end: a stage of the text path now.
pub use text::segments as split;
pub use version::EXTRACTOR_VERSION;

/// What the user stated about a file on the command line; each, when given, wins over anything found
/// in the text.
#[derive(Debug, Clone, Default)]
pub struct Hints {
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// An ISO-8601 date (`YYYY-MM-DD`, optionally with a time).
    pub date: Option<String>,
}

/// Everything extracted from one source file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extraction {
    pub articles: Vec<Article>,
    /// Lines left out of every article, with the rule that dropped each (for `--explain`).
    pub dropped: Vec<DroppedLine>,
    /// Things an editor should know about this file (no outlet recognised, a guessed encoding, ...).
    pub warnings: Vec<String>,
    /// Why the file was not read at all (a page nesting its elements too deep to parse), what to
    /// do about it included; `articles` is then empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refused: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DroppedLine {
    /// 1-based line number in the decoded text.
    pub line: usize,
    pub text: String,
    /// A short stable name of the rule, e.g. `advert-marker`, `widget-run`, `duplicate-block`.
    pub rule: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    pub outlet: Option<Outlet>,
    pub title: String,
    pub dek: Option<String>,
    /// The byline as printed, without a leading "By".
    pub byline: Option<String>,
    /// The people (or desks, "World Israel News Staff") the byline names, in order.
    pub authors: Vec<String>,
    pub section: Option<String>,
    /// ISO-8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS][±HH:MM]` when the page gives a time.
    pub published_at: Option<String>,
    pub updated_at: Option<String>,
    pub url: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    pub captions: Vec<Caption>,
    pub quotes: Vec<Quote>,
}

impl Article {
    /// The body as stored in `articles.body`: paragraphs joined by blank lines.
    pub fn body(&self) -> String {
        let texts: Vec<&str> = self.paragraphs.iter().map(|p| p.text.as_str()).collect();
        texts.join("\n\n")
    }

    pub fn word_count(&self) -> usize {
        self.paragraphs
            .iter()
            .map(|p| p.text.split_whitespace().count())
            .sum()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outlet {
    pub name: String,
    pub domain: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    Text,
    Bullet,
    Subhead,
    Blockquote,
}

impl ParagraphKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Text => "text",
            ParagraphKind::Bullet => "bullet",
            ParagraphKind::Subhead => "subhead",
            ParagraphKind::Blockquote => "blockquote",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub kind: ParagraphKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Caption {
    pub text: String,
    pub credit: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Partial,
    Block,
    Indirect,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Block => "block",
            QuoteKind::Indirect => "indirect",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organization,
    Unknown,
}

impl SpeakerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The name alone, titles and roles removed: "Avigdor Liberman", "Mossad".
    pub name: String,
    pub kind: SpeakerKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// Index into [`Article::paragraphs`] of the paragraph the quote starts in.
    pub paragraph: usize,
    /// The quoted words, without their quotation marks.
    pub text: String,
    pub speaker: Option<Speaker>,
    /// The raw words that name the speaker ("Defense Minister Avigdor Liberman").
    pub attribution: Option<String>,
    /// The speech verb ("said", "told", "wrote").
    pub verb: Option<String>,
    pub kind: QuoteKind,
}

/// Extracts the articles of one decoded source file: copied text through [`text`], a saved HTML page
/// through [`html`] (its body chosen on the DOM), both ending in the same paragraph, caption and quote
/// stages.
pub fn extract(text: &str, hints: &Hints, profiles: &Profiles) -> Extraction {
    if html::looks_like_html(text) {
        html::extract(text, hints, profiles)
    } else {
        text::extract(text, hints, profiles)
    }
}

/// The host of an http(s) URL without a leading "www.".
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest
        .split(['/', '?', '#', ':'])
        .next()?
        .to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_owned();
    (!host.is_empty()).then_some(host)
}
