//! Quotations and their speakers, found in an article's paragraphs.
//!
//! Owns everything between body paragraphs and [`Quote`]s: finding quoted passages (curly,
//! straight, mixed or single marks, and the paired apostrophes some archives print; a quotation
//! carried on into the next paragraph; block quotes with no marks), reading the attribution around
//! each ("…," X said; X told Y, "…"; "…," said X, a former official; a line ending in "said:" before a
//! block quote; a "Name, title." line after one), resolving pronouns, surnames and "the statement"
//! to the person or body meant, and reported speech without marks ("X said that …", "…, X said.") as
//! [`QuoteKind::Indirect`]. Words in marks that no speech act governs (scare quotes, titles) are left
//! out.
//!
//! The stages, one file each ([`find_quotes`] shows the order they run in):
//! - `tokens`: words and the punctuation that bounds phrases, shared by every stage;
//! - `spans`: the quoted spans and sentence breaks of the paragraph;
//! - `blocks`: a paragraph quoted whole (a block quote) and the lines that introduce or sign it;
//! - `cues` (with `phrases`): the attribution cues around each span;
//! - `attribute`: which cue speaks for each span, what it inherits, which spans are dropped;
//! - `reported`: reported speech without marks, and reports that quote only phrases;
//! - `resolve` (with `roles`): the article's people and bodies, and the one each attribution
//!   phrase means;
//! - [`names`]: speaker names: reading one out of a phrase, telling spellings of one name apart;
//! - `speaker`: the last stage, each speaker settled on the article's entity it names
//!   ([`crate::extract::entities`], built before the others run).
//!
//! Everything works on words and small word lists (`src/extract/data/`), so it behaves the same on
//! outlets and people it has never seen. The rules were tuned against the annotated corpus in
//! `../shared/corpus` (see `examples/eval/quotes.rs` for the measure).

mod attribute;
mod blocks;
mod cues;
pub mod names;
mod phrases;
mod reported;
mod resolve;
mod roles;
mod spans;
mod speaker;
mod tokens;

#[cfg(test)]
mod tests;

use super::entities::Entities;
use super::{Paragraph, Quote};
use attribute::{Carried, Para};
use resolve::Context;

/// Finds the quotations in an article's body paragraphs, in order.
pub fn find_quotes(paragraphs: &[Paragraph]) -> Vec<Quote> {
    // Who and what the article names: people, bodies, places and things, linked and typed.
    let entities = Entities::of(paragraphs);
    // The article's people, their roles and genders, and the bodies it names.
    let mut ctx = Context::new(paragraphs, &entities);
    let mut carried = Carried::default();
    let mut quotes: Vec<Quote> = Vec::new();
    let mut pi = 0;
    while pi < paragraphs.len() {
        let text = paragraphs[pi].text.as_str();
        // A subhead in marks is a pull quote repeating the body, or a heading: not a quotation.
        if paragraphs[pi].kind == super::ParagraphKind::Subhead {
            pi += 1;
            continue;
        }
        let segs = spans::paragraph_segments(text);
        // A paragraph quoted whole, without marks.
        if let Some((quote, next)) =
            blocks::block_quote(paragraphs, pi, &segs, &mut ctx, &mut carried)
        {
            quotes.push(quote);
            pi = next;
            continue;
        }
        // The writer's own words before the first quotation end what the paragraph before said of
        // its subject.
        if !segs.is_empty() && segs[0].open > 1 {
            carried.prev_subject = None;
        }
        // The quoted spans, each with the cue that attributes it.
        let para = Para::new(text, pi, &segs);
        let (last_in_para, emitted) =
            attribute::marked_quotes(&para, &mut ctx, &carried, &mut quotes);
        // Reported speech, which also tells a later "he said" or "the statement said" who spoke.
        let reported = ctx.observe(text, pi, &segs);
        if reported::REPORT_INDIRECT {
            quotes.extend(reported::phrase_reports(
                text,
                pi,
                &para.reports,
                &emitted,
                &ctx,
            ));
            quotes.extend(reported);
        }
        // What the next paragraph may carry on, and the block quote a closing "said:" introduces.
        (carried.carry, carried.prev_subject) = attribute::hand_on(&para, &ctx, last_in_para);
        carried.intro =
            blocks::block_intro(text).map(|a| (ctx.resolve(&a.phrase, text, a.at, pi), a));
        pi += 1;
    }
    // Each speaker as the entity it names: its fullest name and its kind; no place or thing.
    speaker::settle_all(&mut quotes, &entities);
    quotes
}
