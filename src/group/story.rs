//! Joining a story or starting one. A new article is scored against candidate articles (found by
//! the store through shared index terms or shared quotations): its cosine with each, raised when
//! they carry the same quotation, lowered the further apart they were published. It joins the story
//! of the best candidate that scores [`JOIN`] or more; otherwise it starts a story of its own.

/// The score at which an article joins a candidate's story.
pub const JOIN: f32 = 0.3;
/// A candidate of the same outlet this alike is the same article again (republished, updated).
pub const DUPLICATE: f32 = 0.8;
/// What each shared quotation adds to the score, and the most they add together.
const QUOTE_BONUS: f32 = 0.15;
const QUOTE_BONUS_MAX: f32 = 0.3;

/// An article already in a story, as the new one is scored against it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub article_id: i64,
    pub story_id: i64,
    pub outlet_id: Option<i64>,
    pub published: Option<String>,
    pub cosine: f32,
    /// Quotations of the new article grouped with one of this article's.
    pub shared_quotes: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// The story to join and the member matched, or None to start a story.
    pub join: Option<(i64, i64)>,
    pub score: f32,
    /// The earlier article of the same outlet the new one repeats.
    pub duplicate_of: Option<i64>,
}

/// The new article's score against one candidate.
pub fn score(candidate: &Candidate, published: Option<&str>) -> f32 {
    let bonus = (QUOTE_BONUS * candidate.shared_quotes as f32).min(QUOTE_BONUS_MAX);
    (candidate.cosine + bonus) * date_factor(published, candidate.published.as_deref())
}

/// Outlets cover one event within days of each other; the same names months apart are another event.
fn date_factor(a: Option<&str>, b: Option<&str>) -> f32 {
    match (a.and_then(days), b.and_then(days)) {
        (Some(a), Some(b)) => match (a - b).abs() {
            0..=3 => 1.0,
            4..=10 => 0.8,
            11..=45 => 0.5,
            _ => 0.2,
        },
        _ => 1.0,
    }
}

/// Days since 1970-01-01 of an ISO-8601 date or date-time.
fn days(iso: &str) -> Option<i64> {
    let date = iso.get(..10)?;
    let mut parts = date.split('-');
    let (y, m, d): (i64, i64, i64) = (
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
        parts.next()?.parse().ok()?,
    );
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(crate::extract::metadata::days_from_civil(y, m, d))
}

/// Where the new article goes. Ties go to the earliest candidate, so the result never depends on the
/// order the store found them in.
pub fn decide(
    outlet_id: Option<i64>,
    published: Option<&str>,
    candidates: &[Candidate],
) -> Decision {
    let mut best: Option<(&Candidate, f32)> = None;
    for candidate in candidates {
        let s = score(candidate, published);
        let better = match best {
            None => true,
            Some((b, bs)) => s > bs || (s == bs && candidate.article_id < b.article_id),
        };
        if better {
            best = Some((candidate, s));
        }
    }
    let duplicate_of = candidates
        .iter()
        .filter(|c| outlet_id.is_some() && c.outlet_id == outlet_id)
        .filter(|c| c.cosine >= DUPLICATE && date_factor(published, c.published.as_deref()) >= 0.8)
        .map(|c| c.article_id)
        .min();
    match best {
        Some((c, s)) if s >= JOIN => Decision {
            join: Some((c.story_id, c.article_id)),
            score: s,
            duplicate_of,
        },
        _ => Decision {
            join: None,
            score: 1.0,
            duplicate_of: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(id: i64, cosine: f32, published: Option<&str>) -> Candidate {
        Candidate {
            article_id: id,
            story_id: id * 10,
            outlet_id: Some(id),
            published: published.map(str::to_owned),
            cosine,
            shared_quotes: 0,
        }
    }

    #[test]
    fn the_best_candidate_above_the_bar_is_joined() {
        let d = decide(
            None,
            None,
            &[candidate(1, 0.35, None), candidate(2, 0.6, None)],
        );
        assert_eq!(d.join, Some((20, 2)));
        assert!(
            decide(None, None, &[candidate(1, 0.2, None)])
                .join
                .is_none()
        );
    }

    #[test]
    fn months_apart_the_same_names_are_another_story() {
        let c = candidate(1, 0.5, Some("2026-01-02"));
        assert!(
            decide(None, Some("2026-01-03"), std::slice::from_ref(&c))
                .join
                .is_some()
        );
        assert!(decide(None, Some("2026-06-03"), &[c]).join.is_none());
    }

    #[test]
    fn a_shared_quotation_tips_a_weak_match_and_same_outlet_copies_are_duplicates() {
        let mut c = candidate(1, 0.2, None);
        c.shared_quotes = 1;
        assert!(decide(None, None, std::slice::from_ref(&c)).join.is_some());
        let copy = candidate(3, 0.95, None);
        assert_eq!(decide(Some(3), None, &[copy]).duplicate_of, Some(3));
    }

    #[test]
    fn days_count_from_the_epoch() {
        assert_eq!(days("1970-01-01"), Some(0));
        assert_eq!(
            days("2023-04-11T09:00:00Z").unwrap() - days("2023-04-01").unwrap(),
            10
        );
        assert_eq!(days("2023"), None);
    }
}
