//! Chrome, the text path's third stage: what became of each line ([`Use`]), starting with the lines
//! that are the page's furniture rather than any article's (navigation, adverts, the outlet's own
//! boilerplate, reader comments, blocks printed twice). Later stages claim the lines left
//! [`Use::Unjudged`] as title, byline, caption or body; what no stage claims is reported as dropped.

use super::lines::Line;
use super::shape::is_prose;
use crate::extract::DroppedLine;
use crate::extract::boilerplate::{self, line_rule, word_count};
use crate::extract::profiles::Profile;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// What became of a line.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Use {
    Unjudged,
    Dropped(&'static str),
    Title,
    Dek,
    Byline,
    Date,
    Section,
    Caption,
    Credit,
    Body,
}

/// True while no stage has claimed or dropped line `i`.
pub(super) fn kept(uses: &[Use], i: usize) -> bool {
    matches!(uses[i], Use::Unjudged)
}

/// Each line judged on its own: the outlet's boilerplate and the chrome every page prints.
pub(super) fn judge(lines: &[Line], profile: Option<&Profile>) -> Vec<Use> {
    let mut uses: Vec<Use> = vec![Use::Unjudged; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        if profile.is_some_and(|p| p.is_boilerplate(&line.text)) {
            uses[i] = Use::Dropped("outlet-boilerplate");
        } else if let Some(rule) = line_rule(&line.text) {
            uses[i] = Use::Dropped(rule);
        }
    }
    uses
}

/// Reader comments after the article are not the article, however long they run: the range ends
/// where they open.
pub(super) fn cut_comments(lines: &[Line], uses: &mut [Use], range: Range<usize>) -> Range<usize> {
    let mut words_before = 0;
    for i in range.clone() {
        let next = lines.get(i + 1).map(|l| l.text.as_str());
        if words_before >= 50 && boilerplate::opens_comments(&lines[i].text, next) {
            for u in &mut uses[i..range.end] {
                if matches!(u, Use::Unjudged) {
                    *u = Use::Dropped("comments");
                }
            }
            return range.start..i;
        }
        if kept(uses, i) && is_prose(&lines[i].text) {
            words_before += lines[i].words;
        }
    }
    range
}

/// Printed twice: drops the copies, within the article only so that the next article's identical
/// chrome is judged there. Returns which first printings were doubled right away (adjacent copies make
/// the first a caption or dek, and a headline printed twice is still where the headline sits).
pub(super) fn drop_duplicates(lines: &[Line], uses: &mut [Use], range: Range<usize>) -> Vec<bool> {
    let mut seen: FxHashMap<&str, usize> = FxHashMap::default();
    let mut doubled = vec![false; lines.len()];
    for i in range {
        if !kept(uses, i) {
            continue;
        }
        let key = lines[i].key.as_str();
        if word_count(key) < 3 {
            continue;
        }
        match seen.get(key) {
            Some(&first) => {
                uses[i] = Use::Dropped("duplicate-block");
                if (first + 1..i).all(|k| !kept(uses, k)) && lines[i].blank_before == 0 {
                    doubled[first] = true;
                }
            }
            None => {
                seen.insert(key, i);
            }
        }
    }
    doubled
}

/// Marks every line of `range` no stage has claimed as dropped by `rule`.
pub(super) fn drop_rest(uses: &mut [Use], range: Range<usize>, rule: &'static str) {
    for u in &mut uses[range] {
        if matches!(u, Use::Unjudged) {
            *u = Use::Dropped(rule);
        }
    }
}

/// Every line that ended up in no article field, with the rule that dropped it.
pub(super) fn dropped(lines: &[Line], uses: &[Use]) -> Vec<DroppedLine> {
    lines
        .iter()
        .zip(uses)
        .filter_map(|(l, u)| match u {
            Use::Dropped(rule) => Some(DroppedLine {
                line: l.no,
                text: l.text.clone(),
                rule: (*rule).to_owned(),
            }),
            Use::Unjudged => Some(DroppedLine {
                line: l.no,
                text: l.text.clone(),
                rule: "outside-article".to_owned(),
            }),
            _ => None,
        })
        .collect()
}
