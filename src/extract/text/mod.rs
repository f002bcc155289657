//! The plain-text front end: text copied out of a web page in, articles out.
//!
//! A browser copy is one block element per line: the article's paragraphs, separated by blank lines,
//! sit among navigation, widgets, captions and footers. The stages, each a module that imports only
//! the ones before it:
//! 1. [`lines`]: hard-wrapped prose and labels joined back; [`shape`] and [`byline`] read one line
//!    on its own (prose, a headline, a byline or date);
//! 2. [`outlet`]: the outlet and address (hints, URL, signatures, the site's own chrome);
//! 3. [`segments`]: the file split into articles where a headline is printed twice with chrome
//!    between, or pages were pasted one after another;
//! 4. [`chrome`]: what became of each line, starting with the page's furniture;
//! 5. per segment ([`article`]): [`captions`] out, the [`body`] (the densest cluster of prose lines),
//!    the [`title`], the [`header`] around it (dek, byline, dates, section), the body's paragraphs.
//!
//! Every line that ends up in no article field is reported in [`Extraction::dropped`] with its rule.
//! The HTML front end ([`super::html`]) reads a saved page's visible header through [`articles`].

mod article;
mod body;
mod byline;
mod captions;
mod chrome;
mod header;
mod lines;
mod outlet;
pub mod segments;
mod shape;
mod title;

use super::{Article, Extraction, Hints, Outlet, Profiles, metadata};

pub fn extract(text: &str, hints: &Hints, profiles: &Profiles) -> Extraction {
    let mut extraction = articles(text, hints, profiles);
    for article in &mut extraction.articles {
        article.quotes = super::quotes::find_quotes(&article.paragraphs);
    }
    extraction
}

/// Every stage of [`extract`] but quotes: what the HTML front end reads a page's visible header from
/// before it finds quotes once, on the DOM's paragraphs.
pub(crate) fn articles(text: &str, hints: &Hints, profiles: &Profiles) -> Extraction {
    let lines = lines::build_lines(text);
    let mut warnings = Vec::new();
    let (outlet, profile) = outlet::detect(text, &lines, hints, profiles);
    if outlet.is_none() {
        warnings.push("no outlet recognised: pass --outlet or --url, or add a profile".to_owned());
    }
    let mut uses = chrome::judge(&lines, profile);
    let url = hints.url.clone().or_else(|| outlet::find_url(&lines));
    let mut articles = Vec::new();
    for range in segments::segments(&lines) {
        if let Some(mut article) =
            article::extract(&lines, &mut uses, range, profile, url.as_deref())
        {
            file_facts(
                &mut article,
                outlet.as_ref(),
                url.as_deref(),
                hints,
                profiles,
            );
            articles.push(article);
        }
    }
    if outlet.is_none() && articles.iter().any(|a| a.outlet.is_some()) {
        warnings.retain(|w| !w.starts_with("no outlet"));
    }
    if articles.is_empty() {
        warnings.push("no article found: the text has no run of prose paragraphs".to_owned());
    }
    if articles.len() > 1 {
        warnings.push(format!("the file holds {} articles", articles.len()));
    }
    Extraction {
        articles,
        dropped: chrome::dropped(&lines, &uses),
        warnings,
        refused: None,
    }
}

/// What the file as a whole says about each of its articles: the outlet, the address, the date the
/// user stated.
fn file_facts(
    article: &mut Article,
    outlet: Option<&Outlet>,
    url: Option<&str>,
    hints: &Hints,
    profiles: &Profiles,
) {
    // "Jane Doe, CNN": the outlet credited next to its writer is not an author.
    if article.authors.len() > 1 {
        article.authors.retain(|a| profiles.by_name(a).is_none());
    }
    article.outlet = outlet.cloned().or_else(|| {
        let by = article.byline.as_deref()?;
        let p = profiles.by_credit(by)?;
        Some(Outlet {
            name: p.name.clone(),
            domain: p.domain().map(str::to_owned),
        })
    });
    article.url = url.map(str::to_owned);
    // An address with the date in its path ("/2016/11/29/") dates a page that prints none.
    if article.published_at.is_none() && article.updated_at.is_none() {
        article.published_at = url.and_then(metadata::url_date);
    }
    // A page that shows only "Updated <date>" was out by then: that day is the latest it can
    // have been published, and without it date filters (`search --since`) never find it.
    if article.published_at.is_none() {
        article.published_at = article.updated_at.clone();
    }
    if let Some(date) = &hints.date {
        article.published_at = Some(date.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Extraction {
        extract(text, &Hints::default(), &Profiles::bundled())
    }

    const PAGE: &str = "Skip to content\nHome\nNews\nSport\nSign in\n\nCouncil votes to keep the ferry running all winter\n\nThe crossing will stay open after a late deal with the operator.\n\nBy Ann Lee and Bo Chan\nMay 17, 2017\n\nThe council voted on Tuesday to fund the winter ferry for three more years, ending months of doubt for island residents.\n\nAdvertisement\n\nThe operator had warned in March that it could not run the service at a loss beyond the summer season.\n\nA ferry leaves the island pier at dawn. (Reuters)\n\nResidents said the vote was a relief, and that the crossing was the only way to reach the hospital in winter.\n\nShare\nFacebook\nTwitter\n\nMost read\nTram fares to rise in April\nNew library opens\n\n© 2017 The Island Echo. All rights reserved.\n";

    #[test]
    fn a_page_gives_its_headline_dek_byline_date_and_body() {
        let ex = run(PAGE);
        assert_eq!(ex.articles.len(), 1);
        let a = &ex.articles[0];
        assert_eq!(
            a.title,
            "Council votes to keep the ferry running all winter"
        );
        assert_eq!(
            a.dek.as_deref(),
            Some("The crossing will stay open after a late deal with the operator.")
        );
        assert_eq!(a.authors, ["Ann Lee", "Bo Chan"]);
        assert_eq!(a.published_at.as_deref(), Some("2017-05-17"));
        assert_eq!(a.paragraphs.len(), 3, "{:#?}", a.paragraphs);
        assert_eq!(a.captions.len(), 1);
        assert_eq!(a.captions[0].credit.as_deref(), Some("Reuters"));
        assert!(
            a.paragraphs
                .iter()
                .all(|p| !p.text.contains("Advertisement") && !p.text.contains("ferry leaves"))
        );
    }

    #[test]
    fn every_line_outside_the_article_is_reported_with_a_rule() {
        let ex = run(PAGE);
        let rule = |text: &str| {
            ex.dropped
                .iter()
                .find(|d| d.text == text)
                .map(|d| d.rule.as_str())
        };
        assert_eq!(rule("Advertisement"), Some("advert-marker"));
        assert_eq!(rule("Skip to content"), Some("chrome-line"));
        assert_eq!(
            rule("© 2017 The Island Echo. All rights reserved."),
            Some("footer")
        );
        assert!(rule("Tram fares to rise in April").is_some());
    }

    #[test]
    fn an_unknown_outlet_is_named_by_its_copyright_footer() {
        let ex = run(PAGE);
        assert_eq!(
            ex.articles[0].outlet.as_ref().map(|o| o.name.as_str()),
            Some("The Island Echo")
        );
        assert!(ex.warnings.iter().all(|w| !w.starts_with("no outlet")));
        // The pasted address gives the unknown outlet its domain.
        let ex = run(&format!("https://islandecho.example/ferry\n\n{PAGE}"));
        let outlet = ex.articles[0].outlet.as_ref();
        assert_eq!(
            outlet.map(|o| (o.name.as_str(), o.domain.as_deref())),
            Some(("The Island Echo", Some("islandecho.example")))
        );
    }

    #[test]
    fn a_bare_credit_inside_the_article_names_no_outlet() {
        // "© Name" between prose paragraphs is a photo credit; without the footer nothing names
        // the outlet, and the summary says so.
        let page = PAGE
            .replace("© 2017 The Island Echo. All rights reserved.\n", "")
            .replace("(Reuters)\n", "(Reuters)\n© Harbour Pictures\n");
        let ex = run(&page);
        assert_eq!(ex.articles[0].outlet, None);
        assert!(ex.warnings.iter().any(|w| w.starts_with("no outlet")));
    }

    #[test]
    fn a_home_link_naming_a_bundled_outlet_picks_its_profile() {
        let page = format!("The Guardian - Back to home\n{PAGE}");
        let ex = run(&page);
        assert_eq!(
            ex.articles[0].outlet.as_ref().map(|o| o.name.as_str()),
            Some("The Guardian")
        );
    }

    #[test]
    fn hints_win_over_what_the_text_says() {
        let hints = Hints {
            outlet: Some("The Island Echo".into()),
            url: Some("https://echo.example/ferry".into()),
            date: Some("2017-05-18".into()),
        };
        let ex = extract(PAGE, &hints, &Profiles::bundled());
        let a = &ex.articles[0];
        assert_eq!(
            a.outlet.as_ref().map(|o| o.name.as_str()),
            Some("The Island Echo")
        );
        assert_eq!(a.url.as_deref(), Some("https://echo.example/ferry"));
        assert_eq!(a.published_at.as_deref(), Some("2017-05-18"));
        assert!(ex.warnings.iter().all(|w| !w.starts_with("no outlet")));
    }

    #[test]
    fn the_outlet_comes_from_a_url_in_the_file() {
        let text = format!("https://www.axios.com/2017/05/17/ferry\n\n{PAGE}");
        let a = &run(&text).articles[0];
        assert_eq!(a.outlet.as_ref().map(|o| o.name.as_str()), Some("Axios"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://www.axios.com/2017/05/17/ferry")
        );
    }

    #[test]
    fn a_name_with_its_outlet_and_date_on_one_line_is_the_byline() {
        let text = "Ferry fares frozen for another winter on the island route\n\
            Ann Lee · The Island Echo · Posted: Mar 5, 2024 9:30 AM EST | Last Updated: 2 hours ago\n\n\
            The council voted on Tuesday to keep ferry fares where they are for another winter, after a campaign by island residents.\n\n\
            The operator had asked for a rise of ten per cent to cover the cost of fuel, which has doubled since the spring.\n";
        let a = &run(text).articles[0];
        assert_eq!(a.authors, ["Ann Lee"]);
        assert_eq!(a.published_at.as_deref(), Some("2024-03-05T09:30:00-05:00"));
        assert_eq!(a.updated_at, None, "a relative time is not a date");
    }

    #[test]
    fn a_name_and_its_outlet_under_the_headline_is_the_byline() {
        let body = "The council voted on Tuesday to keep ferry fares where they are for another winter, after a campaign by island residents.\n\n\
            The operator had asked for a rise of ten per cent to cover the cost of fuel, which has doubled since the spring.\n";
        let text = format!(
            "Ferry fares frozen for another winter on the island route\nAnn Lee | The Island Echo\n\n{body}"
        );
        assert_eq!(run(&text).articles[0].authors, ["Ann Lee"]);
        let text = format!(
            "Ferry fares frozen for another winter on the island route\nMarch 5, 2024 | Bo Chan Contributor\n\n{body}"
        );
        let a = &run(&text).articles[0];
        assert_eq!(a.authors, ["Bo Chan"]);
        assert_eq!(a.published_at.as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn labels_on_their_own_lines_join_their_values() {
        let text = "Ferry fares frozen for another winter on the island route\nAuthor:\nAnn Lee\nUpdated:\nMar 6, 2024\nOriginal:\nDec 21, 2023\n\n\
            The council voted on Tuesday to keep ferry fares where they are for another winter, after a campaign by island residents.\n\n\
            The operator had asked for a rise of ten per cent to cover the cost of fuel, which has doubled since the spring.\n";
        let a = &run(text).articles[0];
        assert_eq!(a.authors, ["Ann Lee"]);
        assert_eq!(a.published_at.as_deref(), Some("2023-12-21"));
        assert_eq!(a.updated_at.as_deref(), Some("2024-03-06"));
    }

    #[test]
    fn a_byline_under_a_long_headline_is_not_joined_to_it() {
        let text = "Theatre trust launches training scholarships for young stage designers\nby News Desk Oct. 13, 2016\n\n\
            The trust announced today that its scholarship programme will pay for training for twenty young designers every year.\n\n\
            Applications open in January and the first scholars will be named in the spring, the trust said.\n";
        let a = &run(text).articles[0];
        assert_eq!(
            a.title,
            "Theatre trust launches training scholarships for young stage designers"
        );
        assert_eq!(a.authors, ["News Desk"]);
        assert_eq!(a.published_at.as_deref(), Some("2016-10-13"));
    }

    #[test]
    fn a_page_without_an_article_gives_none() {
        let ex = run(
            "Home\nNews\nSport\n\nPage not found\n\nSorry, we couldn't find the page you were looking for.\n\n© 2024 Echo\n",
        );
        assert!(ex.articles.is_empty());
        assert!(ex.warnings.iter().any(|w| w.starts_with("no article")));
    }
}

#[cfg(test)]
mod robustness {
    use super::*;

    #[test]
    fn odd_inputs_do_not_panic_and_stay_consistent() {
        let inputs = [
            "",
            "\n\n\n",
            "a",
            "By",
            "By\n",
            "By\nJane Doe\n",
            "...\n---\n***\n",
            "Title Only Here And Nothing Else",
            "标题\n\n这是一个很长的中文段落，用来测试没有空格的文字是否会被正确地处理。这是一个很长的中文段落。\n",
            "עברית כותרת\n\nזוהי פסקה בעברית עם מספיק מילים כדי להיחשב פסקה של ממש בטקסט.\n",
            "🙂🙂🙂\n\n🙂 🙂 🙂 🙂 🙂 🙂 🙂 🙂 🙂.\n",
            "Published 99:99 PM, Feb 31, 2020\n\nUpdated 2020-13-45T25:61\n",
        ];
        for text in inputs {
            let ex = extract(text, &Hints::default(), &Profiles::bundled());
            let n = text.lines().filter(|l| !l.trim().is_empty()).count();
            assert!(
                ex.dropped.len() <= n,
                "{text:?}: more dropped lines than lines"
            );
            for a in &ex.articles {
                assert!(
                    !a.paragraphs.is_empty(),
                    "{text:?}: an article without a body"
                );
            }
        }
        let long = "word ".repeat(20_000);
        let ex = extract(
            &format!("A Long Headline Here\n\n{long}.\n"),
            &Hints::default(),
            &Profiles::bundled(),
        );
        assert_eq!(ex.articles.len(), 1);
    }
}
