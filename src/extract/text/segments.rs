//! Segments, the text path's second stage: where one copied file's articles begin and end.
//!
//! Editors paste several pages into one file. A page's headline is printed twice around its lead
//! image and chrome (the page header and the article header), so a headline-shaped line that recurs
//! within a few lines, after a stretch of prose and a wide gap of blank lines, starts a new article;
//! so does a headline with a byline or date under it after such a gap. Either way the new article
//! needs a body of its own. Without all of that the file is one page, and a page is one article:
//! its Q&A questions, live-blog entries, related stories and teasers are not articles.

use super::byline::is_meta_line;
use super::lines::Line;
use super::shape::{capitalised_share, is_title_like};
use crate::extract::boilerplate::has_sentence_punct;

/// How far (in non-empty lines) a headline's second printing may follow its first.
const REPEAT_WINDOW: usize = 8;
/// Words of prose an article must have before another may start.
const MIN_ARTICLE_WORDS: usize = 80;

/// Lines under a headline that its byline or date may take, before the body's first paragraph.
const HEADER_WINDOW: usize = 6;

/// Blank lines between two articles pasted into one file (a page's own layout leaves one or two).
const PASTE_GAP: usize = 3;

/// Words in the paragraph-length lines from `start` on, up to the next wide gap.
fn words_from(lines: &[Line], start: usize) -> usize {
    let mut words = 0;
    for (n, l) in lines[start..].iter().enumerate() {
        if n > 0 && l.blank_before >= PASTE_GAP {
            break;
        }
        if l.words >= 8 {
            words += l.words;
        }
    }
    words
}

/// An interviewer's question in sentence case ("You taught there for years. Did they read it?"): the
/// next question of a Q&A, however wide the gap a page leaves above it, not another article's
/// headline. A headline that asks in headline case ("Is the Ferry Safe?") still opens one.
fn is_question(text: &str) -> bool {
    text.trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with('?')
        && capitalised_share(text) < 0.5
}

/// True when a byline or date line sits under the headline at `at`, above its first paragraph.
fn has_header(lines: &[Line], at: usize) -> bool {
    (at + 1..lines.len().min(at + 1 + HEADER_WINDOW))
        .take_while(|&j| lines[j].words < 15)
        .any(|j| is_meta_line(&lines[j].text))
}

/// The article ranges of the file, as index ranges into `lines`.
pub(crate) fn segments(lines: &[Line]) -> Vec<std::ops::Range<usize>> {
    let mut starts = vec![0];
    let mut words_since = 0;
    for i in 0..lines.len() {
        let text = &lines[i].text;
        // The second printing comes after something else (an image, chrome) and prose follows it.
        let repeat =
            (i + 2..lines.len().min(i + 1 + REPEAT_WINDOW)).find(|&j| lines[j].text == *text);
        let prose_after = |j: usize| (j + 1..lines.len().min(j + 6)).any(|k| lines[k].words >= 15);
        // Or pasted one after another: a paragraph, a wide gap of blank lines, a headline over prose.
        let pasted = lines[i].blank_before >= PASTE_GAP
            && i > 0
            && lines[i - 1].words >= 8
            && has_sentence_punct(&lines[i - 1].text)
            && prose_after(i);
        let headline = words_since >= MIN_ARTICLE_WORDS
            && lines[i].blank_before >= PASTE_GAP
            && lines[i].words >= 4
            && is_title_like(text)
            && !is_question(text);
        // A second article shows a full header of its own (its headline printed twice, as a page
        // prints it, or a byline or date under it) and a body of its own. A headline over prose
        // alone after a wide gap is a related story, a teaser or a live-blog entry of this page.
        if headline
            && words_from(lines, i) >= MIN_ARTICLE_WORDS
            && (repeat.is_some_and(prose_after) || (pasted && has_header(lines, i)))
        {
            starts.push(i);
            words_since = 0;
        }
        if lines[i].words >= 8 {
            words_since += lines[i].words;
        }
    }
    let mut out = Vec::new();
    for (n, &s) in starts.iter().enumerate() {
        let e = starts.get(n + 1).copied().unwrap_or(lines.len());
        out.push(s..e);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::lines::build_lines;
    use super::*;

    fn two_printings(gap: &str) -> String {
        let body = "Paragraph one of the first story runs on with enough words to count as prose here.\n\n";
        let mut text = String::from("First Story Headline Here\n\nFirst Story Headline Here\n\n");
        for _ in 0..8 {
            text.push_str(body);
        }
        text.push_str(gap);
        text.push_str("Second Story Headline Here\n\nA photo caption (Reuters)\n\nSecond Story Headline Here\n\n");
        for _ in 0..8 {
            text.push_str(body);
        }
        text
    }

    #[test]
    fn a_headline_printed_twice_after_a_wide_gap_starts_a_new_article() {
        let lines = build_lines(&two_printings("\n\n\n"));
        let segs = segments(&lines);
        assert_eq!(segs.len(), 2);
        assert_eq!(lines[segs[1].start].text, "Second Story Headline Here");
    }

    /// A Q&A's question, a gallery's reprinted title or a teaser printed twice inside one page is not
    /// a second article: the page does not visibly hold two (issue 10).
    #[test]
    fn a_headline_printed_twice_inside_one_page_does_not_split_it() {
        let lines = build_lines(&two_printings(""));
        assert_eq!(segments(&lines).len(), 1);
    }

    fn pasted(second_header: &str, second_paragraphs: usize) -> String {
        let body = "Paragraph of the story runs on with enough words to count as prose in this test here.\n\n";
        let mut text = String::from("First Story Headline Here\n\nBy Ann Lee | May 2, 2021\n\n");
        for _ in 0..8 {
            text.push_str(body);
        }
        text.push_str("\n\n\nSecond Story Headline Here\n\n");
        text.push_str(second_header);
        for _ in 0..second_paragraphs {
            text.push_str(body);
        }
        text
    }

    #[test]
    fn articles_pasted_with_a_wide_gap_are_split() {
        for header in [
            "By Bo Chan\n\n",
            "May 3, 2021\n\n",
            "Bo Chan | May 3, 2021\n\n",
        ] {
            let lines = build_lines(&pasted(header, 8));
            let segs = segments(&lines);
            assert_eq!(segs.len(), 2, "{header:?}");
            assert_eq!(lines[segs[1].start].text, "Second Story Headline Here");
        }
    }

    /// A headline over prose after a wide gap, with no byline or date of its own, is a related story,
    /// a teaser or a live-blog entry of the page (issue 10); see also the fixture
    /// `related-story-after-a-wide-gap.txt`.
    #[test]
    fn a_headline_over_prose_without_a_header_of_its_own_does_not_split() {
        assert_eq!(segments(&build_lines(&pasted("", 8))).len(), 1);
    }

    /// A second header over a paragraph or two (a teaser with its byline) has no body of its own.
    #[test]
    fn a_second_header_needs_a_body_of_its_own() {
        assert_eq!(
            segments(&build_lines(&pasted("By Bo Chan\n\n", 2))).len(),
            1
        );
        assert_eq!(
            segments(&build_lines(&pasted("By Bo Chan\n\n", 6))).len(),
            2
        );
    }

    /// An interview's next question after a wide gap is not a pasted article's headline (issue 10);
    /// see also the fixture `interview-questions-after-a-wide-gap.txt`.
    #[test]
    fn a_question_after_a_wide_gap_does_not_split_an_interview() {
        let answer =
            "The answer runs on for a while with enough words to count as prose in this test.\n\n";
        let mut text = String::from("An Interview Headline Here\n\n");
        for _ in 0..8 {
            text.push_str(answer);
        }
        text.push_str("\n\n\nYou have done this for years. Why do you still enjoy the work?\n\n");
        for _ in 0..8 {
            text.push_str(answer);
        }
        assert_eq!(segments(&build_lines(&text)).len(), 1);
        let pasted = text.replace(
            "You have done this for years. Why do you still enjoy the work?",
            "Is the Harbour Ferry Safe Enough for Winter?\n\nBy Bo Chan",
        );
        assert_eq!(segments(&build_lines(&pasted)).len(), 2);
    }

    #[test]
    fn one_article_stays_whole() {
        let text = "A Headline That Stands Alone\n\nSome prose follows here with enough words to be a paragraph.\n";
        let lines = build_lines(text);
        assert_eq!(segments(&lines).len(), 1);
    }
}
