//! Captions, the text path's fourth stage: the hand-off to [`crate::extract::captions`]. Caption and
//! credit lines are taken out of the article before its body is chosen (they are prose-shaped but
//! never body), kept by line, and handed to the article once the other stages are done with it.

use super::byline::is_meta_line;
use super::chrome::{Use, kept};
use super::lines::Line;
use super::shape::is_title_like;
use crate::extract::Caption;
use crate::extract::captions;
use std::collections::HashMap;
use std::ops::Range;

/// The captions found so far, by the line they were printed on.
pub(super) type Captions = HashMap<usize, Caption>;

/// The caption and credit lines of an article's range, marked as such in `uses`.
pub(super) fn find(lines: &[Line], uses: &mut [Use], range: Range<usize>) -> Captions {
    let mut captions_at: HashMap<usize, Caption> = HashMap::new();
    for i in range.clone() {
        if !kept(uses, i) {
            continue;
        }
        let text = &lines[i].text;
        if let Some(credit) = captions::credit_line(text) {
            // The caption it credits is the short line right above, if that is not yet a caption.
            let prev = (range.start..i).rev().find(|&k| kept(uses, k));
            match prev {
                Some(k) if captions_at.contains_key(&k) && captions_at[&k].credit.is_none() => {
                    if let Some(c) = captions_at.get_mut(&k) {
                        c.credit = Some(credit);
                    }
                }
                Some(k)
                    if !captions_at.contains_key(&k)
                        && lines[k].words <= 40
                        && !is_title_like(&lines[k].text)
                        && !is_meta_line(&lines[k].text) =>
                {
                    captions_at.insert(
                        k,
                        Caption {
                            text: lines[k].text.clone(),
                            credit: Some(credit),
                        },
                    );
                    uses[k] = Use::Caption;
                }
                _ => {
                    captions_at.insert(
                        i,
                        Caption {
                            text: String::new(),
                            credit: Some(credit),
                        },
                    );
                }
            }
            uses[i] = Use::Credit;
            continue;
        }
        if let Some(split) = captions::split_credit(text) {
            captions_at.insert(
                i,
                Caption {
                    text: split.text,
                    credit: split.credit,
                },
            );
            uses[i] = Use::Caption;
        } else if captions::caption_style(text) {
            captions_at.insert(
                i,
                Caption {
                    text: text.clone(),
                    credit: None,
                },
            );
            uses[i] = Use::Caption;
        }
    }
    captions_at
}

/// The article's captions in page order: those printed within its range that a later stage did not
/// take for something else (a line first read as a caption may have become the dek).
pub(super) fn finish(captions_at: Captions, uses: &[Use], range: Range<usize>) -> Vec<Caption> {
    let mut caps: Vec<(usize, Caption)> = captions_at
        .into_iter()
        .filter(|(i, c)| range.contains(i) && !(c.text.is_empty() && c.credit.is_none()))
        .collect();
    caps.sort_by_key(|(i, _)| *i);
    caps.into_iter()
        .filter(|(i, _)| matches!(uses[*i], Use::Caption | Use::Credit))
        .map(|(_, c)| c)
        .collect()
}
