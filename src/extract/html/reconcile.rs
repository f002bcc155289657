//! The header of a saved page, reconciled: the title, authors, dates, section and outlet the text
//! path read from the visible page, checked against and filled from what the markup declares.

use super::declared::PageMeta;
use crate::extract::words::single_spaced;
use crate::extract::{Article, Outlet, url_host};

/// The declared title as the page shows it: the first declared title that a visible line is, or
/// opens ("Harbour Wall Repairs Begin | The Vell Courier" over a line "Harbour Wall Repairs Begin").
fn visible_title(meta: &PageMeta, lines: &[(String, &str)]) -> Option<String> {
    // A title is a line of words: markup that a page put into an attribute is not one.
    let mut titles = meta
        .titles
        .iter()
        .filter(|t| !t.contains('<') && t.split_whitespace().count() <= 40);
    titles.find_map(|declared| {
        let declared_folded = fold(declared);
        let (_, line) = lines.iter().find(|(l, _)| {
            *l == declared_folded
                || (l.split_whitespace().count() >= 3
                    && declared_folded.starts_with(l.as_str())
                    && declared_folded[l.len()..].starts_with([' ']))
        })?;
        Some(single_spaced(line))
    })
}

/// Each line of the visible page folded once, beside the line it came from: a page has hundreds
/// of lines and declares several titles.
fn folded_lines(visible: &str) -> Vec<(String, &str)> {
    visible
        .lines()
        .map(|l| (fold(l), l))
        .filter(|(folded, _)| !folded.is_empty())
        .collect()
}

/// Lowercase letters and digits, every other run one space: how two spellings of a title compare.
fn fold(s: &str) -> String {
    let mut folded = String::with_capacity(s.len());
    let mut gap = false;
    let mut push = |c: char| {
        if !c.is_alphanumeric() {
            gap = true;
            return;
        }
        if gap && !folded.is_empty() {
            folded.push(' ');
        }
        gap = false;
        folded.push(c);
    };
    for c in s.chars() {
        if c.is_ascii() {
            push(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut push);
        }
    }
    folded
}

/// The header of a saved page: what the markup declares, where the visible page shows it, wins over
/// what the text path read from the visible page alone (that can be a teaser's or a widget's); the
/// declared metadata also fills what the visible page does not show.
pub(super) fn reconcile(article: &mut Article, meta: &PageMeta, visible: &str) {
    // The whole page folded is its lines folded, one space between.
    let lines = folded_lines(visible);
    if let Some(title) = visible_title(meta, &lines) {
        article.title = title;
    }
    let folded = lines
        .iter()
        .map(|(folded, _)| folded.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let shown = |name: &str| {
        let name = fold(name);
        !name.is_empty() && folded.contains(&name)
    };
    let mut declared: Vec<String> = meta
        .authors
        .iter()
        .filter(|a| shown(a) && !is_company(a, meta))
        .cloned()
        .collect();
    // Only the address of the writer's page ("/people/howard-blume") or a link to it under the
    // headline: its name where it is shown.
    let from_slugs = declared.is_empty() && meta.authors.is_empty();
    if from_slugs {
        declared = meta
            .author_slugs
            .iter()
            .chain(&meta.author_links)
            .filter(|a| shown(a))
            .cloned()
            .collect();
        let mut seen = std::collections::HashSet::new();
        declared.retain(|a| seen.insert(fold(a)));
    }
    let all_shown = !declared.is_empty() && (from_slugs || declared.len() == meta.authors.len());
    // A byline that names some of the declared people only: the others are credited for photos,
    // styling or research, which the markup lists beside the writers.
    let visible_fewer = !article.authors.is_empty()
        && article.authors.len() < declared.len()
        && article
            .authors
            .iter()
            .all(|a| declared.iter().any(|d| fold(d) == fold(a)));
    if !visible_fewer && (all_shown || takes_declared(article, &declared)) {
        article.byline = Some(declared.join(" and "));
        article.authors = declared;
    }
    fill_from_meta(article, meta);
    // Inline markup copied without a space glues "By" to the name ("ByEmily Kirkpatrick"), and a
    // byline printed twice (top and foot of the story) names its writers twice.
    let mut seen = std::collections::HashSet::new();
    article.authors = std::mem::take(&mut article.authors)
        .into_iter()
        .map(|a| match a.strip_prefix("By") {
            Some(rest) if rest.starts_with(char::is_uppercase) => rest.to_owned(),
            _ => a,
        })
        // Markup names people in capitals as often as a printed byline does.
        .map(crate::extract::metadata::title_case_if_shouted)
        .filter(|a| !is_company(a, meta) && seen.insert(fold(a)))
        .collect();
}

/// The declared names are the cleaner spelling of the visible byline when the text path read none, or
/// read them run into their neighbours ("ByHoward BlumeStaff Writer" over "Howard Blume").
fn takes_declared(article: &Article, declared: &[String]) -> bool {
    if declared.is_empty() {
        return false;
    }
    if article.authors.is_empty() {
        return true;
    }
    let found = fold(&article.authors.join(" "));
    declared.iter().all(|d| found.contains(&fold(d))) && found != fold(&declared.join(" "))
}

/// A publisher named as the author in a `<meta name="author">` ("Condé Nast" on its magazines). A
/// person's own site names its writer as its publisher too: a name that opens with a given name the
/// name list knows ("Ann Lee" on annlee.example) is the writer's.
fn is_company(name: &str, meta: &PageMeta) -> bool {
    let words = name.split_whitespace().count();
    let given = name
        .split_whitespace()
        .next()
        .is_some_and(crate::extract::entities::lexicon::is_first_name);
    if given && (2..=3).contains(&words) {
        return false;
    }
    let name = fold(name);
    meta.site_name.as_deref().is_some_and(|s| fold(s) == name)
        || meta.publisher.as_deref().is_some_and(|p| fold(p) == name)
}

/// What the markup declares fills what the visible page did not show.
pub(super) fn fill_from_meta(article: &mut Article, meta: &PageMeta) {
    if article.title.trim().is_empty() {
        article.title = meta.title.clone().unwrap_or_default();
    }
    // The declared authors first; the sharing tags' names only when there are none.
    for declared in [&meta.authors, &meta.last_resort_authors] {
        if article.authors.is_empty() && !declared.is_empty() {
            article.authors = declared.clone();
            article.byline.get_or_insert_with(|| declared.join(" and "));
        }
    }
    // A page that declares no date in its head still shows one in a `<time datetime>`.
    if article.published_at.is_none() && article.updated_at.is_none() {
        article.published_at = meta.shown_time.clone();
    }
    if article.updated_at.is_none() {
        article.updated_at = meta
            .modified
            .clone()
            .filter(|m| Some(m) != article.published_at.as_ref());
    }
    if article.section.is_none() {
        article.section = meta.section.clone();
    }
    if article.outlet.is_none() {
        let domain = meta.url.as_deref().and_then(url_host);
        article.outlet = meta.site_name.clone().map(|name| Outlet { name, domain });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass fold gives what lower-casing, blanking and re-joining the words gave.
    #[test]
    fn fold_keeps_words_of_letters_and_digits() {
        let by_words = |s: &str| {
            let blanked: String = s
                .chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c.is_alphanumeric() { c } else { ' ' })
                .collect();
            single_spaced(&blanked)
        };
        for s in [
            "  Ferry—Fares, RISE  again! ",
            "İSTANBUL’S 2024 façade\n\tÉTÉ",
            "...",
            "",
            "ΣΟΦΊΑ ǅemal 10½ ß",
        ] {
            assert_eq!(fold(s), by_words(s), "{s:?}");
        }
        assert_eq!(fold(" Ferry—Fares, RISE 2024! "), "ferry fares rise 2024");
    }

    #[test]
    fn the_title_is_the_declared_one_the_page_shows() {
        let meta = PageMeta {
            titles: vec![
                "Ferry Fares Rise Again | The Vell Courier".to_owned(),
                "Ferry Fares Rise Again".to_owned(),
            ],
            ..PageMeta::default()
        };
        let visible =
            "Home\nMost read: Pier lights out\nFerry fares rise   again\n\nBy Ana Ferreira\n";
        assert_eq!(
            visible_title(&meta, &folded_lines(visible)).as_deref(),
            Some("Ferry fares rise again")
        );
        assert_eq!(
            visible_title(&meta, &folded_lines("Home\nPier lights out\n")),
            None
        );
    }
}
