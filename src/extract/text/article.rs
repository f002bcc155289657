//! One article out of one segment of lines: the later stages run in order on the segment's range,
//! each claiming its lines in [`Use`]: chrome (comments, blocks printed twice), captions, the body
//! cluster, the headline, the header, the body's paragraphs, then captions handed to the article.
//! File-level facts (outlet, address, what the user stated) are added by the driver in [`super`].

use super::body;
use super::captions;
use super::chrome::{self, Use, drop_rest};
use super::header::{self, Frame};
use super::lines::Line;
use super::title;
use crate::extract::Article;
use crate::extract::profiles::Profile;
use std::ops::Range;

/// The article printed in `range`, or `None` when it holds none (every line left is then dropped as
/// `no-article`).
pub(super) fn extract(
    lines: &[Line],
    uses: &mut [Use],
    range: Range<usize>,
    profile: Option<&Profile>,
    url: Option<&str>,
) -> Option<Article> {
    let range = chrome::cut_comments(lines, uses, range);
    let doubled = chrome::drop_duplicates(lines, uses, range.clone());
    let mut captions_at = captions::find(lines, uses, range.clone());

    // The body: the cluster of prose lines holding the most words.
    let prose = body::prose_lines(lines, uses, range.clone());
    let Some(cluster) = body::best_cluster(lines, uses, &prose, range.clone()) else {
        drop_rest(uses, range, "no-article");
        return None;
    };
    let body_end = cluster.1;
    let Some((title_at, body_start)) =
        title::place(lines, uses, &doubled, &prose, range.clone(), cluster, url)
    else {
        drop_rest(uses, range, "no-article");
        return None;
    };

    // The header above the body: title, dek, byline, dates, section.
    let mut article = Article {
        title: lines[title_at].text.clone(),
        ..Article::default()
    };
    if let Some((head, name)) = title::split_byline(lines, &prose, range.clone(), title_at) {
        article.title = head;
        article.byline = Some(name);
    }
    uses[title_at] = Use::Title;
    let frame = Frame {
        lines,
        prose: &prose,
        doubled: &doubled,
        range: range.clone(),
        profile,
        title_at,
        body_end,
        url,
    };
    let body_start = header::read(&frame, uses, &mut captions_at, body_start, &mut article);

    let body_end = body::closing_end(lines, uses, body_end, range.end);
    let body_end = header::end_at_closing_byline(lines, uses, &prose, body_start, body_end);
    body::paragraphs(lines, uses, &prose, body_start, body_end, &mut article);
    header::byline_after_body(lines, uses, body_end, range.end, &mut article);
    header::date_after_body(lines, uses, body_end, range.end, &mut article);
    header::yearless_date(
        lines,
        uses,
        range.clone(),
        title_at,
        body_start,
        url,
        &mut article,
    );
    header::sole_date(lines, uses, range.clone(), &mut article);
    header::byline_from_bio(lines, uses, body_end, range.end, &mut article);
    header::byline_from_signature(lines, uses, range.clone(), body_end, &mut article);
    body::drop_bio(&mut article, uses, body_start, body_end);
    // A bare name read as the byline may open with another label than "By" ("Von Anna Berger"),
    // which the byline leaves out as it leaves out "By".
    if let Some(b) = article.byline.as_mut()
        && let std::borrow::Cow::Owned(unlabelled) = crate::extract::byline_labels::without_label(b)
    {
        *b = unlabelled;
    }

    // Chrome after the body and before the header.
    for i in range.clone() {
        if uses[i] == Use::Unjudged {
            uses[i] = Use::Dropped(if i < title_at {
                "before-article"
            } else {
                "after-article"
            });
        }
    }
    // Captions printed in the header area belong to the article too.
    article.captions = captions::finish(captions_at, uses, range.clone());
    if article.paragraphs.is_empty() {
        for u in &mut uses[range] {
            if !matches!(u, Use::Dropped(_)) {
                *u = Use::Dropped("no-article");
            }
        }
        return None;
    }
    Some(article)
}
