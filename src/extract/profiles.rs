//! Outlet profiles: what morgue knows about each outlet (names, domains, signature lines, boilerplate,
//! byline patterns), kept as data. The bundled file (`profiles.toml`) ships in the binary; a user's
//! file adds to or overrides it entry by entry.
//!
//! The extractor only consults these through [`Profiles::detect`] and the compiled patterns on
//! [`Profile`]; everything outlet-specific belongs in the data, never in the rules.

use regex::{Regex, RegexBuilder};
use serde::Deserialize;
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
    signatures: Vec<Regex>,
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
    fn compile(&mut self) -> Result<(), ProfileError> {
        let build = |patterns: &[String]| -> Result<Vec<Regex>, ProfileError> {
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
        };
        let compiled = Compiled {
            signatures: build(&self.signatures)?,
            boilerplate: build(&self.boilerplate_patterns)?,
            bylines: build(&self.byline_patterns)?,
            sections: build(&self.section_patterns)?,
        };
        self.compiled = Some(compiled);
        Ok(())
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
                .compiled
                .as_ref()
                .is_some_and(|c| c.boilerplate.iter().any(|re| re.is_match(line)))
    }

    /// The byline in `line` if one of the outlet's byline patterns matches it.
    pub fn byline<'a>(&self, line: &'a str) -> Option<&'a str> {
        let compiled = self.compiled.as_ref()?;
        compiled.bylines.iter().find_map(|re| {
            let caps = re.captures(line)?;
            Some(caps.name("byline").or_else(|| caps.get(0))?.as_str().trim())
        })
    }

    /// The section named by one of the outlet's section patterns in an article's lines.
    pub(crate) fn section(&self, lines: &[super::text::Line]) -> Option<String> {
        let compiled = self.compiled.as_ref()?;
        if compiled.sections.is_empty() {
            return None;
        }
        let text = lines
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("\n");
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
        Self::parse(BUNDLED).expect("bundled outlet profiles are valid")
    }

    fn parse(toml_text: &str) -> Result<Self, ProfileError> {
        let mut profiles: Profiles = toml::from_str(toml_text)?;
        for p in &mut profiles.outlets {
            p.compile()?;
        }
        Ok(profiles)
    }

    /// Adds the profiles of a user's file (TOML text); an entry with a bundled outlet's name replaces it.
    pub fn merge_user(&mut self, toml_text: &str) -> Result<(), ProfileError> {
        let user = Self::parse(toml_text)?;
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
}
