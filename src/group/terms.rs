//! An article's signature: its distinctive terms, weighted, and the cosine between two signatures.
//!
//! Two outlets never word a story alike, but they name the same people, places and bodies and use
//! the same uncommon words for the event ("Pentagon", "Mossad", "leak", "Zamir"). So a term is a
//! stemmed content word; a word the article writes capitalised away from a sentence's start counts
//! as a name and weighs more; the headline and standfirst count more than the body. Common news
//! words (`data/common-words.txt`) are left out, so "said" and "officials" match nothing, and a term
//! many articles carry weighs less: the cosine weighs each term by its inverse document frequency in
//! the archive at the time of matching (`idf`), which the store keeps.

use std::fmt::Write as _;

use rustc_hash::FxHashMap;

use super::{is_content, lowercase_into, stem};

/// Terms kept per article: enough for the cosine to see the story, few enough to store.
pub const SIGNATURE_TERMS: usize = 48;
/// Terms each article is indexed under, its heaviest: candidates share at least one of them.
pub const INDEX_TERMS: usize = 12;

/// How much a name weighs against an ordinary content word.
const NAME_BOOST: f32 = 2.0;
/// How many body occurrences one in the headline, and one in the standfirst, count for.
const TITLE_WEIGHT: f32 = 3.0;
const DEK_WEIGHT: f32 = 2.0;

/// Weighted terms (before `idf`), sorted by term.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Signature {
    pub terms: Vec<(String, f32)>,
}

/// The signature of an article from its headline, standfirst and body.
pub fn signature(title: &str, dek: Option<&str>, body: &str) -> Signature {
    // term → (weighted count, seen as a name, seen in lowercase)
    let mut seen: FxHashMap<String, (f32, bool, bool)> = FxHashMap::default();
    // Every word of every article passes here: it is lowercased into one reused buffer, and a
    // term is copied only the first time the article uses it (this was a third of the signature's
    // instructions, in allocations).
    let mut lower = String::new();
    for (text, weight) in [
        (title, TITLE_WEIGHT),
        (dek.unwrap_or(""), DEK_WEIGHT),
        (body, 1.0),
    ] {
        let mut sentence_start = true;
        for (word, capital, ends_sentence) in words_with_starts(text) {
            let start = std::mem::replace(&mut sentence_start, ends_sentence);
            lowercase_into(word, &mut lower);
            if !is_content(&lower) {
                continue;
            }
            let term = stem(&lower);
            let entry = match seen.get_mut(term) {
                Some(entry) => entry,
                None => seen.entry(term.to_owned()).or_default(),
            };
            entry.0 += weight;
            // A headline capitalises every word, and a sentence its first: neither makes a name.
            if capital && !start && weight == 1.0 {
                entry.1 = true;
            } else if !capital {
                entry.2 = true;
            }
        }
    }
    let mut terms: Vec<(String, f32)> = seen
        .into_iter()
        .map(|(term, (count, name, lower))| {
            let boost = if name && !lower { NAME_BOOST } else { 1.0 };
            (term, (1.0 + count.ln()) * boost)
        })
        .collect();
    // Heaviest first, ties by term, so the same text always gives the same signature.
    terms.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    terms.truncate(SIGNATURE_TERMS);
    for (_, w) in &mut terms {
        *w = (*w * 1000.0).round() / 1000.0;
    }
    terms.sort_by(|a, b| a.0.cmp(&b.0));
    Signature { terms }
}

/// The words of a text (letters and digits, as [`super::words`] splits them) with whether each
/// is capitalised and whether a sentence ends after it.
fn words_with_starts(text: &str) -> impl Iterator<Item = (&str, bool, bool)> + '_ {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(char::is_alphanumeric)?;
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let word = &rest[..end];
        rest = &rest[end..];
        let gap_end = rest.find(char::is_alphanumeric).unwrap_or(rest.len());
        let gap = &rest[..gap_end];
        let ends_sentence = gap.contains(['.', '!', '?', ':', '\n', '•', '"', '“']);
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        Some((word, capital, ends_sentence))
    })
}

impl Signature {
    /// The terms to index the article under: its heaviest ones once weighed by `idf`.
    pub fn index_terms(&self, idf: &dyn Fn(&str) -> f32) -> Vec<&str> {
        let mut by_weight: Vec<(&str, f32)> = self
            .terms
            .iter()
            .map(|(t, w)| (t.as_str(), w * idf(t)))
            .collect();
        by_weight.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        by_weight
            .into_iter()
            .take(INDEX_TERMS)
            .map(|(t, _)| t)
            .collect()
    }

    /// The cosine of two signatures with every term weighed by `idf`, in 0..=1.
    pub fn cosine(&self, other: &Signature, idf: &dyn Fn(&str) -> f32) -> f32 {
        self.cosine_to(other, other.norm(idf), idf)
    }

    /// [`Self::cosine`] with `other`'s [`Self::norm`] given: an article scored against many
    /// candidates weighs its own terms once.
    pub fn cosine_to(&self, other: &Signature, other_norm: f32, idf: &dyn Fn(&str) -> f32) -> f32 {
        self.contributions(other, other_norm, idf)
            .iter()
            .map(|(_, w)| w)
            .sum()
    }

    /// The length of the signature with every term weighed by `idf`.
    pub fn norm(&self, idf: &dyn Fn(&str) -> f32) -> f32 {
        self.terms
            .iter()
            .map(|(t, w)| (w * idf(t)).powi(2))
            .sum::<f32>()
            .sqrt()
    }

    /// The terms both carry with what each adds to the cosine, largest first: why two articles
    /// were grouped.
    pub fn shared(&self, other: &Signature, idf: &dyn Fn(&str) -> f32) -> Vec<(String, f32)> {
        self.contributions(other, other.norm(idf), idf)
            .into_iter()
            .map(|(t, w)| (t.to_owned(), w))
            .collect()
    }

    fn contributions<'s>(
        &'s self,
        other: &Signature,
        other_norm: f32,
        idf: &dyn Fn(&str) -> f32,
    ) -> Vec<(&'s str, f32)> {
        let norms = self.norm(idf) * other_norm;
        if norms == 0.0 {
            return Vec::new();
        }
        let (mut i, mut j) = (0, 0);
        let mut shared = Vec::with_capacity(self.terms.len().min(other.terms.len()));
        while i < self.terms.len() && j < other.terms.len() {
            let (a, b) = (&self.terms[i], &other.terms[j]);
            match a.0.cmp(&b.0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared.push((a.0.as_str(), a.1 * b.1 * idf(&a.0).powi(2) / norms));
                    i += 1;
                    j += 1;
                }
            }
        }
        // Terms are distinct, so the order is total and an unstable sort gives the same one.
        shared.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        shared
    }

    /// As stored: `term weight` pairs separated by spaces (terms hold no space).
    pub fn encode(&self) -> String {
        let mut out = String::with_capacity(self.terms.len() * 12);
        for (term, weight) in &self.terms {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(term);
            out.push(' ');
            // Writing into a String cannot fail.
            let _ = write!(out, "{weight}");
        }
        out
    }

    /// Reads [`Self::encode`]'s text; a malformed pair is skipped (it can only weaken a match).
    pub fn decode(text: &str) -> Signature {
        let mut parts = text.split(' ');
        let mut terms = Vec::new();
        while let (Some(term), Some(weight)) = (parts.next(), parts.next()) {
            if let Ok(weight) = weight.parse::<f32>() {
                terms.push((term.to_owned(), weight));
            }
        }
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        Signature { terms }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_weigh_more_than_words_and_common_words_are_dropped() {
        let sig = signature(
            "Harbour deal",
            None,
            "The minister said the harbour deal was done. Officials praised Ingrid Halvorsen.",
        );
        let weight = |t: &str| sig.terms.iter().find(|(x, _)| x == t).map(|(_, w)| *w);
        assert!(weight("said").is_none() && weight("officials").is_none());
        assert!(weight("halvorsen").unwrap() > weight(super::stem("praised")).unwrap());
        assert!(
            weight("harbour").unwrap() > weight("halvorsen").unwrap(),
            "in the headline"
        );
    }

    #[test]
    fn the_cosine_of_a_text_with_itself_is_one_and_encoding_keeps_it() {
        let flat = |_: &str| 1.0;
        let a = signature(
            "Dock strike",
            Some("Ports shut"),
            "Dockers at Eastport walked out.",
        );
        assert!((a.cosine(&a, &flat) - 1.0).abs() < 1e-4);
        let b = Signature::decode(&a.encode());
        assert_eq!(a, b);
        let c = signature("Budget vote", None, "Parliament passed the budget.");
        assert!(a.cosine(&c, &flat) < 0.01);
    }
}

#[cfg(test)]
mod idf_tests {
    use super::*;

    #[test]
    fn a_term_every_article_carries_counts_for_little() {
        let a = signature(
            "Port strike",
            None,
            "Eastport dockers strike. Israel watches Eastport.",
        );
        let b = signature("Budget row", None, "Israel passes a budget. Israel votes.");
        let flat = |_: &str| 1.0;
        let rare_israel = |t: &str| if t == "israel" { 0.05 } else { 1.0 };
        assert!(a.cosine(&b, &rare_israel) < a.cosine(&b, &flat) / 4.0);
    }
}
