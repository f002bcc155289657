//! Coreference: linking an article's mentions into entities. A full name joins the entity of
//! another spelling of the same name ("Donald J. Trump" and "Donald Trump", never "Donald Trump
//! Jr."); a lone surname or a title and surname ("Putin", "Mrs. Clinton") joins the one full name
//! it fits, and when several fit, the one of compatible gender mentioned last before it; an acronym
//! joins the body whose initials it spells ("FBI" → Federal Bureau of Investigation). Entities then
//! learn their gender from their mentions (titles, roles, given names) and, failing those, from the
//! "he" or "she" that follows a sentence naming only them.

use super::mentions::{Mention, is_acronym};
use super::{Entities, Entity, EntityKind, Gender};
use crate::extract::Paragraph;
use crate::extract::quotes::names::{NameKey, surname};

/// Words of a name that count for its length: initials and particles do not.
fn weight(name: &str) -> usize {
    name.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 1)
        .count()
}

fn surname_of(name: &str) -> &str {
    surname(name).unwrap_or(name)
}

fn first_of(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

fn fold(s: &str) -> String {
    folded(s).collect()
}

fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
}

/// An entity's spellings as the comparisons read them.
#[derive(Debug, Clone, Default)]
pub(super) struct SpellingKeys {
    /// Its spellings of two words or more, for comparing full names.
    pub(super) full: Vec<NameKey>,
    /// The words of each spelling that a lone name word is matched against: every lone word of the
    /// article is compared with every spelling of every person.
    words: Vec<NameWords>,
}

/// The words of one spelling a lone name word may stand for, [`fold`]ed: its surname, and its first
/// word when the spelling is a full name of two words or more.
#[derive(Debug, Clone)]
pub(super) struct NameWords {
    surname: String,
    given: Option<String>,
}

impl NameWords {
    fn of(spelling: &str) -> NameWords {
        NameWords {
            surname: fold(surname_of(spelling)),
            given: (spelling.split_whitespace().count() >= 2).then(|| fold(first_of(spelling))),
        }
    }
}

/// The initials of a body's significant words: "Federal Bureau of Investigation" → "FBI".
pub(super) fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "of" | "the" | "and" | "for" | "on" | "&"
            )
        })
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase()
}

fn compatible(a: Option<Gender>, b: Option<Gender>) -> bool {
    !matches!((a, b), (Some(x), Some(y)) if x != y)
}

impl Entities {
    /// Links mentions (in reading order) into entities.
    pub(super) fn link(mentions: Vec<Mention>, paragraphs: &[Paragraph]) -> Entities {
        let mut entities = Entities::default();
        // Full names and names of bodies, places and things first, so that a surname met before
        // the full name (in a headline or lede) still finds it.
        let (long, short): (Vec<Mention>, Vec<Mention>) = mentions
            .into_iter()
            .partition(|m| m.name.split_whitespace().count() >= 2);
        for m in long {
            let id = entities.join_long(&m);
            entities.mentions.push((m, id));
        }
        for m in short {
            let id = entities.join_short(&m);
            entities.mentions.push((m, id));
        }
        entities
            .mentions
            .sort_by_key(|(m, _)| (m.paragraph, m.start));
        entities.learn_genders_from_pronouns(paragraphs);
        let mut counts: Vec<std::collections::HashMap<&str, usize>> =
            vec![Default::default(); entities.entities.len()];
        for (m, id) in &entities.mentions {
            *counts[*id].entry(m.name.as_str()).or_default() += 1;
        }
        let names: Vec<String> = entities
            .entities
            .iter()
            .zip(&counts)
            .map(|(e, c)| fullest(&e.spellings, c))
            .collect();
        for (e, name) in entities.entities.iter_mut().zip(names) {
            e.name = name;
        }
        entities
    }

    fn add(&mut self, m: &Mention) -> usize {
        self.entities.push(Entity {
            name: m.name.clone(),
            kind: m.kind,
            gender: m.gender,
            spellings: vec![m.name.clone()],
            first_paragraph: m.paragraph,
            certain: m.certain,
        });
        self.keys.push(SpellingKeys::default());
        self.note_spelling(self.entities.len() - 1, &m.name);
        self.entities.len() - 1
    }

    fn attach(&mut self, id: usize, m: &Mention) -> usize {
        let e = &mut self.entities[id];
        // Each spelling once: the comparisons above run over them for every later mention.
        let new_spelling = !e.spellings.contains(&m.name);
        if new_spelling {
            e.spellings.push(m.name.clone());
        }
        if e.gender.is_none() {
            e.gender = m.gender;
        }
        if m.kind == EntityKind::Person && e.kind == EntityKind::Unknown {
            e.kind = EntityKind::Person;
        }
        e.certain |= m.certain;
        if new_spelling {
            self.note_spelling(id, &m.name);
        }
        id
    }

    /// Reads a new spelling of entity `id` once, for the comparisons every later mention makes.
    fn note_spelling(&mut self, id: usize, name: &str) {
        if name.split_whitespace().count() >= 2 {
            self.keys[id].full.push(NameKey::new(name));
        }
        self.keys[id].words.push(NameWords::of(name));
    }

    fn join_long(&mut self, m: &Mention) -> usize {
        let key = (m.kind == EntityKind::Person).then(|| NameKey::new(&m.name));
        let found =
            self.entities
                .iter()
                .zip(&self.keys)
                .position(|(e, keys)| match (e.kind, &key) {
                    (EntityKind::Person, Some(key)) => {
                        keys.full.iter().any(|k| k.same_speaker(key))
                    }
                    (a, _) => {
                        a == m.kind && e.spellings.iter().any(|s| s.eq_ignore_ascii_case(&m.name))
                    }
                });
        match found {
            Some(id) => self.attach(id, m),
            None => self.add(m),
        }
    }

    fn join_short(&mut self, m: &Mention) -> usize {
        if m.kind == EntityKind::Organization || is_acronym(&m.name) {
            let acronym = self.entities.iter().position(|e| {
                e.kind == EntityKind::Organization
                    && (e.spellings.iter().any(|s| s == &m.name)
                        || initials(&e.name) == m.name.replace('.', ""))
            });
            if let Some(id) = acronym {
                return self.attach(id, m);
            }
        }
        // "Song" where the article names Maya D. Song is her, whatever the word means elsewhere.
        let may_be_person = m.kind != EntityKind::Organization;
        if may_be_person
            && let Some(id) = self.person_for_word(&m.name, m.gender, m.paragraph, m.start)
        {
            return self.attach(id, m);
        }
        let same = self
            .entities
            .iter()
            .position(|e| e.spellings.iter().any(|s| s.eq_ignore_ascii_case(&m.name)));
        match same {
            Some(id) => self.attach(id, m),
            None => self.add(m),
        }
    }

    /// The person entity a lone name word stands for: the one full name whose surname it is (or,
    /// failing that, whose given name it is); among several, the one of compatible gender
    /// mentioned last before (`pi`, `at`), else the first mentioned after.
    pub(super) fn person_for_word(
        &self,
        word: &str,
        gender: Option<Gender>,
        pi: usize,
        at: usize,
    ) -> Option<usize> {
        let word = fold(word);
        if word.is_empty() {
            return None;
        }
        // A person with a full name: an entity has one exactly when it has a spelling of two words
        // or more, which is when its keys hold a full one.
        let full_persons = || {
            (0..self.entities.len()).filter(|&i| {
                let e = &self.entities[i];
                e.kind == EntityKind::Person
                    && !self.keys[i].full.is_empty()
                    && compatible(e.gender, gender)
            })
        };
        let by_surname: Vec<usize> = full_persons()
            .filter(|&i| self.keys[i].words.iter().any(|w| w.surname == word))
            .collect();
        let candidates = if by_surname.is_empty() {
            full_persons()
                .filter(|&i| {
                    self.keys[i]
                        .words
                        .iter()
                        .any(|w| w.given.as_deref() == Some(word.as_str()))
                })
                .collect()
        } else {
            by_surname
        };
        match candidates.as_slice() {
            [] => None,
            [one] => Some(*one),
            several => {
                let last_before = |id: usize| {
                    self.mentions
                        .iter()
                        .filter(|(m, e)| *e == id && (m.paragraph, m.start) <= (pi, at))
                        .map(|(m, _)| (m.paragraph, m.start))
                        .max()
                };
                several
                    .iter()
                    .copied()
                    .filter_map(|id| last_before(id).map(|p| (p, id)))
                    .max()
                    .map(|(_, id)| id)
                    .or_else(|| several.first().copied())
            }
        }
    }

    /// "Ostrowski said the fund was sound. He added …": a "he" or "she" opening the sentence after
    /// one that names a single person, and no other, tells that person's gender. Only entities
    /// whose mentions said nothing of it learn it this way, and only from agreeing evidence.
    fn learn_genders_from_pronouns(&mut self, paragraphs: &[Paragraph]) {
        let mut votes: Vec<(usize, usize)> = vec![(0, 0); self.entities.len()];
        for (pi, p) in paragraphs.iter().enumerate() {
            let text = p.text.as_str();
            let mut sentence_start = 0;
            let mut previous: Option<(usize, usize)> = None;
            for (i, c) in text.char_indices() {
                let end = matches!(c, '.' | '?' | '!') && text[i + 1..].starts_with(' ');
                if !end && i + c.len_utf8() < text.len() {
                    continue;
                }
                let sentence = (sentence_start, i + c.len_utf8());
                let opener = text[sentence.0..sentence.1].trim_start();
                let pronoun = if opener.starts_with("He ") {
                    Some(Gender::Male)
                } else if opener.starts_with("She ") {
                    Some(Gender::Female)
                } else {
                    None
                };
                if let (Some(g), Some((s, e))) = (pronoun, previous) {
                    let named: Vec<usize> = self
                        .mentions
                        .iter()
                        .filter(|(m, id)| {
                            m.paragraph == pi
                                && (s..e).contains(&m.start)
                                && self.entities[*id].kind == EntityKind::Person
                        })
                        .map(|(_, id)| *id)
                        .collect();
                    if let Some(&first) = named.first()
                        && named.iter().all(|id| *id == first)
                    {
                        match g {
                            Gender::Male => votes[first].0 += 1,
                            Gender::Female => votes[first].1 += 1,
                        }
                    }
                }
                previous = Some(sentence);
                sentence_start = i + c.len_utf8();
            }
        }
        for (e, (m, f)) in self.entities.iter_mut().zip(votes) {
            if e.gender.is_none() {
                e.gender = match (m, f) {
                    (m, 0) if m > 0 => Some(Gender::Male),
                    (0, f) if f > 0 => Some(Gender::Female),
                    _ => None,
                };
            }
        }
    }
}

/// The spelling to show for an entity: the one with the most name words (initials aside), the most
/// frequent of those (`counts`: mentions per spelling), the first seen on a tie.
fn fullest(spellings: &[String], counts: &std::collections::HashMap<&str, usize>) -> String {
    let mut best: Option<(&str, usize, usize, usize)> = None;
    for (i, s) in spellings.iter().enumerate() {
        let count = counts.get(s.as_str()).copied().unwrap_or(0);
        let key = (weight(s), count);
        if best.is_none_or(|(_, w, c, _)| key > (w, c)) {
            best = Some((s, key.0, key.1, i));
        }
    }
    best.map(|b| b.0.to_owned()).unwrap_or_default()
}
