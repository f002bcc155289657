//! Outlet profiles: what morgue knows about each outlet (names, domains, signature lines, boilerplate,
//! byline patterns), kept as data. The bundled file (`profiles.toml`) ships in the binary; a user's
//! file adds to or overrides it entry by entry.
//!
//! The extractor only consults these through the `Profiles::by_*` look-ups and the compiled patterns
//! on [`Profile`]; everything outlet-specific belongs in the data, never in the rules.
//!
//! It also owns the general rules that read an outlet's name off its own page chrome when no profile
//! knows the page: [`copyright_holder`] (a footer's "© 2024 Foo Media Ltd. All rights reserved.")
//! and [`homepage_name`] ("Foo Times - Back to home").

use crate::extract::matching;
use regex::{Regex, RegexBuilder};
use serde::Deserialize;
use std::sync::{LazyLock, OnceLock};
use thiserror::Error;

const BUNDLED: &str = include_str!("profiles.toml");

#[derive(Debug, Error)]
pub enum ProfileError {
    #[error("outlet profiles are not valid TOML: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("outlet profile {outlet:?}: bad pattern {pattern:?}: {source}")]
    Pattern {
        outlet: String,
        pattern: String,
        #[source]
        source: Box<regex::Error>,
    },
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Profiles {
    #[serde(default, rename = "outlet")]
    pub outlets: Vec<Profile>,
}

/// One outlet. Patterns are regular expressions (case-insensitive, `^`/`$` match at line ends);
/// `boilerplate` and `signature_lines` are whole lines compared case-insensitively after trimming.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Profile {
    pub name: String,
    #[serde(default)]
    pub domains: Vec<String>,
    /// Other names the outlet goes by in bylines and credits ("AP" for "Associated Press").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Whole lines that, when present, point at this outlet (its chrome, its desk bylines).
    #[serde(default)]
    pub signature_lines: Vec<String>,
    /// Patterns over the whole text that point at this outlet.
    #[serde(default)]
    pub signatures: Vec<String>,
    /// Whole lines that are this outlet's page chrome.
    #[serde(default)]
    pub boilerplate: Vec<String>,
    /// Patterns matching a line that is this outlet's page chrome.
    #[serde(default)]
    pub boilerplate_patterns: Vec<String>,
    /// Patterns matching a byline; the `byline` group (or the whole match) is the byline.
    #[serde(default)]
    pub byline_patterns: Vec<String>,
    /// Patterns over the article's lines joined by newlines; group `section` is the section.
    #[serde(default)]
    pub section_patterns: Vec<String>,
    #[serde(skip)]
    compiled: Option<Compiled>,
}

#[derive(Debug, Clone)]
struct Compiled {
    /// Asked of every outlet on every page, to recognise it.
    signatures: Vec<Regex>,
    /// Asked only of the outlet a page was recognised as, so a bundled profile compiles them on
    /// first use: most runs recognise a few outlets of the bundled file's eighteen, and compiling
    /// all of them was an eighth of every process's start. A user's file is compiled whole on
    /// loading, where a bad pattern is an error naming it.
    lines: OnceLock<LinePatterns>,
}

#[derive(Debug, Clone)]
struct LinePatterns {
    boilerplate: Vec<Regex>,
    bylines: Vec<Regex>,
    sections: Vec<Regex>,
}

/// Which way an outlet was recognised, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detection {
    Hint,
    Domain,
    Signature,
    Credit,
}

impl Profile {
    /// Compiles the signatures, and the line patterns too when `all` (see [`Compiled::lines`]).
    fn compile(&mut self, all: bool) -> Result<(), ProfileError> {
        let lines = OnceLock::new();
        if all {
            let _ = lines.set(self.compile_lines()?);
        }
        self.compiled = Some(Compiled {
            signatures: self.build(&self.signatures)?,
            lines,
        });
        Ok(())
    }

    fn compile_lines(&self) -> Result<LinePatterns, ProfileError> {
        Ok(LinePatterns {
            boilerplate: self.build(&self.boilerplate_patterns)?,
            bylines: self.build(&self.byline_patterns)?,
            sections: self.build(&self.section_patterns)?,
        })
    }

    fn build(&self, patterns: &[String]) -> Result<Vec<Regex>, ProfileError> {
        patterns
            .iter()
            .map(|p| {
                RegexBuilder::new(p)
                    .case_insensitive(true)
                    .multi_line(true)
                    .build()
                    .map_err(|e| ProfileError::Pattern {
                        outlet: self.name.clone(),
                        pattern: p.clone(),
                        source: Box::new(e),
                    })
            })
            .collect()
    }

    /// The line patterns, compiled on first use for a bundled profile.
    fn lines(&self) -> Option<&LinePatterns> {
        let compiled = self.compiled.as_ref()?;
        Some(compiled.lines.get_or_init(|| {
            // A user's profiles were compiled whole on loading; the bundled file is checked by a
            // unit test, so failing here is a build defect, not bad user input.
            self.compile_lines()
                .expect("bundled outlet patterns compile")
        }))
    }

    /// The outlet's main domain, if any.
    pub fn domain(&self) -> Option<&str> {
        self.domains.first().map(String::as_str)
    }

    /// True when `line` (trimmed) is this outlet's chrome.
    pub fn is_boilerplate(&self, line: &str) -> bool {
        self.boilerplate
            .iter()
            .any(|b| b.trim().eq_ignore_ascii_case(line))
            || self
                .lines()
                .is_some_and(|c| c.boilerplate.iter().any(|re| re.is_match(line)))
    }

    /// The byline in `line` if one of the outlet's byline patterns matches it.
    pub fn byline<'a>(&self, line: &'a str) -> Option<&'a str> {
        let compiled = self.lines()?;
        compiled.bylines.iter().find_map(|re| {
            let caps = re.captures(line)?;
            Some(caps.name("byline").or_else(|| caps.get(0))?.as_str().trim())
        })
    }

    /// The section named by one of the outlet's section patterns in an article's lines.
    pub(crate) fn section<'a>(&self, lines: impl Iterator<Item = &'a str>) -> Option<String> {
        let compiled = self.lines()?;
        if compiled.sections.is_empty() {
            return None;
        }
        let text = lines.collect::<Vec<_>>().join("\n");
        compiled.sections.iter().find_map(|re| {
            Some(
                re.captures(&text)?
                    .name("section")?
                    .as_str()
                    .trim()
                    .to_owned(),
            )
        })
    }

    /// How strongly `text` carries this outlet's signatures (number of distinct signatures present).
    fn signature_score(&self, text: &str, lines: &[&str]) -> usize {
        let line_hits = self
            .signature_lines
            .iter()
            .filter(|sig| lines.iter().any(|l| l.eq_ignore_ascii_case(sig.trim())))
            .count();
        let pattern_hits = self.compiled.as_ref().map_or(0, |c| {
            c.signatures.iter().filter(|re| re.is_match(text)).count()
        });
        line_hits + pattern_hits
    }

    /// All names the outlet is known by, its own first.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

impl Profiles {
    /// The profiles bundled with morgue.
    pub fn bundled() -> Self {
        // The bundled file is part of the source and is checked by a unit test, so failing here is a
        // build defect, not bad user input.
        Self::parse(BUNDLED, false).expect("bundled outlet profiles are valid")
    }

    /// Profiles from TOML text, their line patterns compiled now when `all`.
    fn parse(toml_text: &str, all: bool) -> Result<Self, ProfileError> {
        let mut profiles: Profiles = toml::from_str(toml_text)?;
        for p in &mut profiles.outlets {
            p.compile(all)?;
        }
        Ok(profiles)
    }

    /// Adds the profiles of a user's file (TOML text); an entry with a bundled outlet's name replaces it.
    pub fn merge_user(&mut self, toml_text: &str) -> Result<(), ProfileError> {
        let user = Self::parse(toml_text, true)?;
        for profile in user.outlets {
            self.outlets
                .retain(|p| !p.name.eq_ignore_ascii_case(&profile.name));
            self.outlets.push(profile);
        }
        Ok(())
    }

    /// The profile named `name` (or one of its aliases), ignoring case.
    pub fn by_name(&self, name: &str) -> Option<&Profile> {
        let name = name.trim();
        self.outlets
            .iter()
            .rev()
            .find(|p| p.name.eq_ignore_ascii_case(name))
            .or_else(|| {
                self.outlets
                    .iter()
                    .rev()
                    .find(|p| p.aliases.iter().any(|a| a.eq_ignore_ascii_case(name)))
            })
    }

    /// The profile whose domain `host` is or is under ("www.axios.com" → Axios).
    pub fn by_domain(&self, host: &str) -> Option<&Profile> {
        let host = host.trim().trim_start_matches("www.").to_ascii_lowercase();
        self.outlets.iter().rev().find(|p| {
            p.domains.iter().any(|d| {
                let d = d.to_ascii_lowercase();
                host == d || host.ends_with(&format!(".{d}"))
            })
        })
    }

    /// The profile whose signatures `text` carries most, if any.
    pub fn by_signature(&self, text: &str) -> Option<&Profile> {
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let mut best: Option<(&Profile, usize)> = None;
        for p in self.outlets.iter().rev() {
            let score = p.signature_score(text, &lines);
            if score > 0 && best.is_none_or(|(_, s)| score > s) {
                best = Some((p, score));
            }
        }
        best.map(|(p, _)| p)
    }

    /// The profile named in a byline or credit line ("By World Israel News Staff", "(Reuters)").
    pub fn by_credit(&self, credit: &str) -> Option<&Profile> {
        let lower = credit.to_lowercase();
        // The longest name wins so "The Times of Israel" beats "Times".
        let mut best: Option<(&Profile, usize)> = None;
        for p in self.outlets.iter().rev() {
            for name in p.names() {
                let n = name.to_lowercase();
                if n.len() >= 2
                    && contains_word(&lower, &n)
                    && best.is_none_or(|(_, l)| n.len() > l)
                {
                    best = Some((p, n.len()));
                }
            }
        }
        best.map(|(p, _)| p)
    }
}

/// Where a copyright line starts: "©", "(c) 2024" or the word "Copyright".
static COPYRIGHT_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)©|\(c\)\s*(?:19|20)\d{2}|\bcopyright\b").unwrap());
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:19|20)\d{2}\b").unwrap());
/// What may stand between the mark and the holder, or after the holder: marks, years and year
/// ranges, "by", punctuation.
static HOLDER_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\s+|©|\(c\)|copyright\b|\d+(?:\s*[-–—]\s*\d+)?\b|by\b|[,.:;|/•·–—-])+")
        .unwrap()
});
static HOLDER_TRAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?:\s+|\b(?:19|20)\d{2}\b|[,.:;&|/•·–—-])+$").unwrap());
/// Where the holder's name ends: the rights notice, a separator, an apposition ("…, a Hearst
/// company"), a parenthesis.
static HOLDER_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\ball rights reserved|\balle rechte|\btodos os direitos|\btous droits|\s[|•·/–—-]\s|,\s+(?:an?|the|part of)\s|\s\(|\s+or its\s").unwrap()
});
/// Company-form words: they end a holder's name and are then stripped from it.
static COMPANY_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:,\s*|\s+)(?:inc|ltd|limited|llc|l\.?p|gmbh|pty|pvt|plc|corp|s\.?a|ag)\b\.?")
        .unwrap()
});
/// Abbreviations whose period does not end a name.
const ABBREVIATIONS: &[&str] = &[
    "inc", "ltd", "co", "corp", "pty", "pvt", "bros", "st", "jr", "no",
];
/// A clock time: the holder is a timestamp, not a name.
static CLOCK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d{1,2}:\d{2}").unwrap());
static CREDIT_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:designed|powered|developed|built|made|hosted|created|maintained)\b")
        .unwrap()
});
static HOMEPAGE: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // "The Guardian - Back to home" (its tagline may follow with no space).
        r"(?i)^(?P<name>.+?)\s*[-–—|:]\s*back to home",
        r"(?i)^go to (?:the )?(?P<name>.+?)(?:['’]s)? (?:homepage|home page|home)(?:$|\s*[»›]|\s{2,})",
        // "The Verge homepage", alone or with the site's tagline after a wide gap.
        r"(?i)^(?P<name>.+?)(?:['’]s)? (?:homepage|home page)(?:$|\s*[»›]|\s{2,}|\t)",
    ]
    .iter()
    .map(|p| Regex::new(p).unwrap())
    .collect()
});
/// Words a homepage link may carry that name no site ("Blog homepage", "Go to Home Page").
const GENERIC_SITE_WORDS: &[&str] = &[
    "home", "main", "site", "blog", "news", "our", "the", "my", "your", "back", "return", "visit",
    "page", "this", "website", "go", "to",
];

/// The name an outlet's "home" link gives the site: "The Guardian - Back to home", "Go to Foo
/// homepage", "Foo Times homepage".
pub(crate) fn homepage_name(line: &str) -> Option<String> {
    let line = line.trim();
    let name = HOMEPAGE.iter().find_map(|re| {
        Some(
            matching::captures(re, line)?
                .name("name")?
                .as_str()
                .trim()
                .to_owned(),
        )
    })?;
    let starts_upper = name
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let generic = name
        .split_whitespace()
        .all(|w| GENERIC_SITE_WORDS.contains(&w.to_lowercase().as_str()));
    (starts_upper && !generic && plausible_name(&name)).then_some(name)
}

/// The holder named by a copyright line, with how much the line looks like a site footer (higher
/// is surer). `in_tail` says the line comes after the page's last prose, where the footer sits: only
/// there is a bare "© Name" (no year, no rights notice, no company form) taken, since elsewhere that
/// is a photo credit.
pub(crate) fn copyright_holder(line: &str, in_tail: bool) -> Option<(String, u8)> {
    let line = line.trim();
    let mark = COPYRIGHT_MARK.find(line)?;
    let has_symbol = line.contains('©') || mark.as_str().starts_with('(');
    let prefix = &line[..mark.start()];
    // A "Copyright Policy" link or a sentence about copyright is no footer line; a footer without
    // the symbol is "Copyright 2021 Foo Ltd" at the start of its line.
    if !(has_symbol || prefix.is_empty() && YEAR.is_match(line)) {
        return None;
    }
    // "(Image: © Agency)" is a credit inside a caption; a long prefix is prose.
    if prefix.matches('(').count() > prefix.matches(')').count()
        || prefix.split_whitespace().count() > 15
    {
        return None;
    }
    let rest = &line[mark.start()..];
    let rights = rest.to_lowercase().contains("all rights reserved");
    let holder = holder_name(rest)?;
    let company = COMPANY_FORM.is_match(rest);
    let strong = YEAR.is_match(rest) || rights || company;
    if !strong && !in_tail {
        return None;
    }
    let rank = 2 * u8::from(prefix.is_empty()) + u8::from(rights) + u8::from(strong);
    Some((holder, rank))
}

/// The name in what follows a copyright mark, company forms and the rights notice stripped off.
fn holder_name(rest: &str) -> Option<String> {
    let lead = HOLDER_LEAD.find(rest).map_or(0, |m| m.end());
    let mut name = &rest[lead..];
    if let Some(m) = HOLDER_END.find(name) {
        name = &name[..m.start()];
    }
    if let Some(end) = sentence_end(name) {
        name = &name[..end];
    }
    // A company form ends the name: what follows is an address or a description.
    if let Some(m) = COMPANY_FORM.find(name) {
        name = &name[..m.end()];
    }
    let mut name = name.replace(['®', '™'], "").trim().to_owned();
    // Strip company forms and "Media Group" while something that names the holder remains.
    loop {
        let before = name.clone();
        let trimmed = HOLDER_TRAIL.replace(&name, "").into_owned();
        if plausible_name(&trimmed) {
            name = trimmed;
        }
        for strip in [&*COMPANY_FORM, &*MEDIA_GROUP] {
            if let Some(m) = strip
                .find_iter(&name)
                .last()
                .filter(|m| m.end() == name.len())
            {
                let shorter = HOLDER_TRAIL.replace(&name[..m.start()], "").into_owned();
                if plausible_name(&shorter) {
                    name = shorter;
                }
            }
        }
        if name == before {
            break;
        }
    }
    (plausible_name(&name) && !CREDIT_VERB.is_match(&name) && !CLOCK.is_match(&name))
        .then_some(name)
}

static MEDIA_GROUP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\s+media group$").unwrap());

/// The byte offset of the first period that ends a sentence (not an abbreviation's, an initial's or
/// a domain's: "Inc.", "L.P.", "Cleveland.com").
fn sentence_end(s: &str) -> Option<usize> {
    s.char_indices().find_map(|(i, c)| {
        if c != '.' {
            return None;
        }
        let next = s[i + 1..].chars().next();
        if next.is_some_and(|n| !n.is_whitespace() && !n.is_uppercase()) {
            return None;
        }
        let word: String = s[..i]
            .chars()
            .rev()
            .take_while(|ch| ch.is_alphanumeric())
            .collect();
        let word = word.to_lowercase();
        (word.chars().count() > 1 && !ABBREVIATIONS.contains(&word.as_str())).then_some(i)
    })
}

/// A short phrase that can be a name: a few words holding letters, not a sentence.
fn plausible_name(s: &str) -> bool {
    let s = s.trim();
    let words = s.split_whitespace().count();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let lower = s.to_lowercase();
    (1..=8).contains(&words)
        && letters >= 2
        && s.chars().count() <= 60
        && !matches!(lower.as_str(), "the" | "a" | "an" | "and" | "of")
        // "a Reach plc subsidiary" describes the holder without naming the site.
        && !["and ", "a ", "an "].iter().any(|w| lower.starts_with(w))
        && !s.ends_with(['?', '!'])
}

/// True when `needle` occurs in `hay` with no letter or digit right before or after it.
fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_profiles_parse_and_cover_the_required_outlets() {
        let p = Profiles::bundled();
        assert!(p.outlets.len() >= 15, "only {} outlets", p.outlets.len());
        for name in [
            "Asharq Al-Awsat English",
            "World Israel News",
            "Axios",
            "Voice of America",
            "The Quint",
            "Reuters",
            "Associated Press",
            "BBC News",
            "CNN",
            "The Guardian",
            "The New York Times",
            "The Washington Post",
            "Al Jazeera",
            "The Times of Israel",
            "Haaretz",
        ] {
            assert!(p.by_name(name).is_some(), "no profile for {name}");
        }
    }

    /// The bundled file's line patterns are compiled on first use, so a bad one would fail only on
    /// a page of its outlet: every one of them is compiled here.
    #[test]
    fn every_bundled_pattern_compiles() {
        let p = Profiles::parse(BUNDLED, true).expect("every bundled pattern compiles");
        let lines = |p: &Profile| {
            p.lines()
                .map_or(0, |l| l.boilerplate.len() + l.bylines.len())
        };
        assert!(p.outlets.iter().map(lines).sum::<usize>() > 10);
    }

    #[test]
    fn user_entries_override_by_name_and_add_new_ones() {
        let mut p = Profiles::bundled();
        let before = p.outlets.len();
        p.merge_user(
            r#"
[[outlet]]
name = "axios"
domains = ["example-axios.test"]

[[outlet]]
name = "The Daily Bugle"
domains = ["dailybugle.test"]
boilerplate = ["Spider-Man sighting? Tell us"]
"#,
        )
        .unwrap();
        assert_eq!(p.outlets.len(), before + 1);
        assert_eq!(
            p.by_domain("www.example-axios.test")
                .map(|p| p.name.as_str()),
            Some("axios")
        );
        assert!(p.by_domain("axios.com").is_none());
        let bugle = p.by_name("the daily bugle").unwrap();
        assert!(bugle.is_boilerplate("spider-man sighting? tell us"));
    }

    #[test]
    fn a_bad_user_pattern_is_an_error_naming_the_outlet() {
        let mut p = Profiles::bundled();
        let err = p
            .merge_user("[[outlet]]\nname = \"X\"\nboilerplate_patterns = [\"(\"]\n")
            .unwrap_err();
        assert!(err.to_string().contains("\"X\""), "{err}");
    }

    #[test]
    fn credit_detection_prefers_the_longest_name() {
        let p = Profiles::bundled();
        assert_eq!(
            p.by_credit("By Jane Doe, The Times of Israel")
                .map(|p| p.name.as_str()),
            Some("The Times of Israel")
        );
        assert_eq!(
            p.by_credit("(Reuters)").map(|p| p.name.as_str()),
            Some("Reuters")
        );
        assert!(p.by_credit("By Jane Doe").is_none());
    }

    fn holder(line: &str) -> Option<String> {
        copyright_holder(line, false).map(|(h, _)| h)
    }

    #[test]
    fn a_footer_names_its_copyright_holder_without_years_notice_or_company_form() {
        for (line, want) in [
            (
                "© 2024 Ashford Valley Messenger. All rights reserved.",
                "Ashford Valley Messenger",
            ),
            ("Copyright 2021 Foo Media Ltd", "Foo Media"),
            (
                "© Guardian News & Media Limited or its affiliated companies",
                "Guardian News & Media",
            ),
            (
                "©2023 The Brenlow Star, Inc. All Rights Reserved.",
                "The Brenlow Star",
            ),
            (
                "Copyright © 2001-2024, Quarry Point Herald | Terms of Service",
                "Quarry Point Herald",
            ),
            ("© 2022 Tarnby Media Group Ltd", "Tarnby"),
            (
                "© 2020 Wexcombe Press, a Harlow Holdings company",
                "Wexcombe Press",
            ),
            (
                "Terms Privacy © 2019 Pelham Broadcasting Network.Kestrel Holdings, Inc.",
                "Pelham Broadcasting Network",
            ),
            (
                "© Ostley Digital, LLC. 14 Mill Lane, Ostley",
                "Ostley Digital",
            ),
            (
                "© 2024 ostleynews.example. All rights reserved.",
                "ostleynews.example",
            ),
            (
                "© 2018 Vantor Holdings L.P. All Rights Reserved",
                "Vantor Holdings",
            ),
            ("© 2022 ARDEN NEWS,INC. ALL RIGHTS RESERVED", "ARDEN NEWS"),
        ] {
            assert_eq!(holder(line).as_deref(), Some(want), "{line}");
        }
    }

    #[test]
    fn what_is_left_after_stripping_must_still_name_something() {
        // "Media Group" alone stays: stripping it would leave nothing.
        assert_eq!(
            holder("© 2022 Media Group Ltd").as_deref(),
            Some("Media Group")
        );
        for line in [
            "All Rights Reserved © 2019",
            "© All rights reserved | Terms",
            "Copyright © 2015-2024 - Designed by Fennick Web Studio",
            "© 2020 a Morrow plc subsidiary",
            "Copyright Policy",
            "Copyright and Reprint",
        ] {
            assert_eq!(holder(line), None, "{line}");
        }
    }

    #[test]
    fn a_photo_credit_or_a_sentence_is_no_copyright_footer() {
        for line in [
            "(Image: © Harrow Observatory)",
            "© Dana Whitcombe",
            "The council said the mural was copyright 2019 Ellis Cray, who painted it.",
            "A crowd at the quay in Lindholm ©Port Authority Archive/Ellis Cray",
        ] {
            assert_eq!(holder(line), None, "{line}");
        }
        // Past the page's last prose line a bare "© Name" is the site's footer.
        assert_eq!(
            copyright_holder("© Kestrel Evening Post", true)
                .map(|(h, _)| h)
                .as_deref(),
            Some("Kestrel Evening Post")
        );
    }

    #[test]
    fn a_home_link_names_the_site() {
        for (line, want) in [
            (
                "The Fenwick Chronicle - Back to home",
                Some("The Fenwick Chronicle"),
            ),
            (
                "The Fenwick Chronicle - Back to homeThe Fenwick Chronicle: paper of the year",
                Some("The Fenwick Chronicle"),
            ),
            ("Go to Ashby Post homepage", Some("Ashby Post")),
            ("Harlow Pulse homepage", Some("Harlow Pulse")),
            (
                "Gull Point Sound homepage    Gull Point Sound, a sailing community",
                Some("Gull Point Sound"),
            ),
            ("Go to Home Page »", None),
            ("Go to homepage", None),
            ("Blog homepage", None),
            ("Visit the Harlow Pulse homepage for more stories.", None),
        ] {
            assert_eq!(homepage_name(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn footer_holders_of_bundled_outlets_map_to_their_profiles() {
        let p = Profiles::bundled();
        for (line, want) in [
            (
                "© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved.",
                "The Guardian",
            ),
            (
                "© 2022 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
                "CNN",
            ),
            (
                "©2019 The Associated Press. All rights reserved.",
                "Associated Press",
            ),
            ("© 2019 The New York Times Company", "The New York Times"),
            ("©2022 Bloomberg L.P. All Rights Reserved", "Bloomberg"),
        ] {
            let h = holder(line).unwrap_or_default();
            assert_eq!(
                p.by_name(&h).map(|p| p.name.as_str()),
                Some(want),
                "{line} -> {h}"
            );
        }
    }
}
