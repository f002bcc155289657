//! Quotations and their speakers, found in an article's paragraphs.

use super::{Paragraph, Quote};

/// Finds the quotations in an article's body paragraphs, in order.
pub fn find_quotes(_paragraphs: &[Paragraph]) -> Vec<Quote> {
    Vec::new()
}
