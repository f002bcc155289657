//! Entities: the people, bodies, places and things an article names, as a pure stage after
//! paragraph extraction and before speakers are chosen.
//!
//! Two passes, as in the GenderGapTracker's entity annotator: [`mentions`] finds every name as
//! written and types it from its own words and what surrounds it (titles, given names, place and
//! event lists, organisation head words); [`coreference`] links the mentions into entities (a
//! surname to the one full name it fits, an acronym to its body) and works out each person's
//! gender. Quote attribution then asks [`Entities::resolve`] who a name in an attribution stands
//! for, and takes the entity's fullest name and its kind.
//!
//! Knowledge lives in `src/extract/data/` (see [`lexicon`]); this module holds the logic only.

mod coreference;
pub mod lexicon;
pub mod mentions;

use std::collections::HashSet;

use serde::Serialize;

use super::Paragraph;
use crate::extract::quotes::names::NameKey;
use crate::extract::words::TrimPossessive;
pub use mentions::Mention;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    /// Events, prizes, laws, works, dates, headline fragments: never a speaker.
    Other,
    /// A lone capitalised word with nothing to say what it names (often a surname).
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
}

/// One person, body, place or thing, with every spelling the article used for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// The fullest spelling: "Vladimir Putin" where the article also says "Putin".
    pub name: String,
    pub kind: EntityKind,
    pub gender: Option<Gender>,
    pub spellings: Vec<String>,
    pub first_paragraph: usize,
    /// Whether some mention's kind rested on evidence rather than the shape of its words.
    pub certain: bool,
}

/// The entity model of one article.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    pub entities: Vec<Entity>,
    /// Every mention in reading order, with the index of its entity.
    pub mentions: Vec<(Mention, usize)>,
    /// Per entity, its spellings read once for the comparisons every later name makes.
    keys: Vec<coreference::SpellingKeys>,
}

impl Entities {
    /// Finds, types and links the names of an article's paragraphs.
    pub fn of(paragraphs: &[Paragraph]) -> Entities {
        Entities::link(mentions::find(paragraphs), paragraphs)
    }

    /// The entity a name written in an attribution at paragraph `pi` refers to: one the article
    /// spelled that way (the nearest mention before `pi` on a tie), another spelling of the same
    /// full name, or the full name a lone surname or given name fits.
    pub fn resolve(&self, name: &str, pi: usize) -> Option<&Entity> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let spelled: HashSet<usize> = self
            .mentions
            .iter()
            .filter(|(m, _)| m.name.eq_ignore_ascii_case(name))
            .map(|(_, id)| *id)
            .collect();
        if spelled.len() == 1 {
            return spelled.iter().next().map(|&id| &self.entities[id]);
        }
        if spelled.len() > 1 {
            let nearest = self
                .mentions
                .iter()
                .filter(|(m, id)| spelled.contains(id) && m.paragraph <= pi)
                .next_back()
                .or_else(|| self.mentions.iter().find(|(_, id)| spelled.contains(id)));
            return nearest.map(|(_, id)| &self.entities[*id]);
        }
        if name.split_whitespace().count() >= 2 {
            let key = NameKey::new(name);
            return self
                .entities
                .iter()
                .zip(&self.keys)
                .find(|(e, keys)| {
                    e.kind == EntityKind::Person && keys.full.iter().any(|k| k.same_speaker(&key))
                })
                .map(|(e, _)| e);
        }
        self.person_for_word(name, None, pi, usize::MAX)
            .map(|id| &self.entities[id])
    }

    /// The gender the article shows for the person a name refers to.
    pub fn gender_of(&self, name: &str) -> Option<Gender> {
        self.resolve(name, usize::MAX).and_then(|e| e.gender)
    }
}

/// The acronym an attribution calls a body by, when it stands for the body's name: "the RNC" for
/// the Republican National Committee. The archive keeps it as one of the body's aliases, so that
/// an editor who looks up "RNC" finds the committee.
pub fn acronym_for<'a>(attribution: &'a str, name: &str) -> Option<&'a str> {
    let words: Vec<&str> = attribution.split_whitespace().collect();
    let word = match words.as_slice() {
        [w] => *w,
        [det, w] if matches!(det.to_lowercase().as_str(), "the" | "a" | "an") => *w,
        _ => return None,
    };
    let word = word.trim_possessive();
    (mentions::is_acronym(word)
        && word != name
        && coreference::initials(name) == word.replace('.', ""))
    .then_some(word)
}

/// The kind a name shows by itself, for a name the article's mentions do not hold.
pub fn kind_of_name(name: &str) -> EntityKind {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() {
        return EntityKind::Unknown;
    }
    mentions::classify(&words, false, &rustc_hash::FxHashSet::default()).0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::ParagraphKind;

    fn article(texts: &[&str]) -> Entities {
        let paragraphs: Vec<Paragraph> = texts
            .iter()
            .map(|t| Paragraph {
                kind: ParagraphKind::Text,
                text: (*t).to_owned(),
            })
            .collect();
        Entities::of(&paragraphs)
    }

    #[test]
    fn a_surname_joins_the_one_full_name_it_fits() {
        let e = article(&[
            "Putin spoke first. President Vladimir Putin told the council the plan would hold.",
            "Putin added that the talks were over.",
        ]);
        let putin = e.resolve("Putin", 1).expect("Putin resolves");
        assert_eq!(putin.name, "Vladimir Putin");
        assert_eq!(putin.kind, EntityKind::Person);
    }

    #[test]
    fn father_and_son_stay_apart() {
        let e = article(&["Donald Trump Jr. said his father, Donald Trump, would speak."]);
        let jr = e.resolve("Donald Trump Jr.", 0).expect("the son");
        let father = e.resolve("Donald Trump", 0).expect("the father");
        assert_ne!(jr.name, father.name);
    }

    #[test]
    fn same_surname_goes_to_the_compatible_gender_and_the_latest() {
        let e = article(&[
            "Hillary Clinton and Bill Clinton arrived together.",
            "Mrs. Clinton spoke first.",
        ]);
        let ms: Vec<_> = e
            .mentions
            .iter()
            .filter(|(m, _)| m.name == "Clinton")
            .collect();
        assert_eq!(e.entities[ms[0].1].name, "Hillary Clinton");
    }

    #[test]
    fn pronouns_teach_gender_when_nothing_else_does() {
        let e = article(&[
            "Avigdor Liberman said the border was calm. He added that talks would resume.",
        ]);
        assert_eq!(e.gender_of("Avigdor Liberman"), Some(Gender::Male));
    }

    #[test]
    fn an_acronym_attribution_is_an_alias_of_the_body_it_stands_for() {
        assert_eq!(
            acronym_for("the RNC", "Republican National Committee"),
            Some("RNC")
        );
        assert_eq!(
            acronym_for("The IMF's", "International Monetary Fund"),
            Some("IMF")
        );
        assert_eq!(
            acronym_for("the DNC", "Republican National Committee"),
            None
        );
        assert_eq!(
            acronym_for("a spokesman", "Republican National Committee"),
            None
        );
        assert_eq!(acronym_for("RNC", "RNC"), None);
    }

    #[test]
    fn acronyms_join_their_body() {
        let e = article(&[
            "The Federal Bureau of Investigation opened a case.",
            "The FBI said it had no comment.",
        ]);
        assert_eq!(
            e.resolve("FBI", 1).map(|e| e.name.as_str()),
            Some("Federal Bureau of Investigation")
        );
    }

    #[test]
    fn a_body_whose_words_the_article_also_writes_in_lowercase_keeps_its_acronym() {
        let e = article(&[
            "The deal on rail safety passed.",
            "The Rail Workers Alliance welcomed the deal. The RWA said the workers were heard.",
        ]);
        assert_eq!(
            e.resolve("RWA", 1).map(|e| e.name.as_str()),
            Some("Rail Workers Alliance")
        );
    }

    #[test]
    fn places_are_not_people() {
        let e =
            article(&["In Washington Thursday, officials from Kyiv met the Langley delegation."]);
        assert_eq!(
            e.resolve("Washington", 0).map(|e| e.kind),
            Some(EntityKind::Place)
        );
        assert_eq!(kind_of_name("Orange Prize"), EntityKind::Other);
    }
}
