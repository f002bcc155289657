//! Speaker identity at import time without scanning the archive: an in-memory index over
//! `speaker_aliases`, built once per store and kept up to date as speakers and aliases are added.
//!
//! The merge rule itself is `joins_speaker` (in `extract`: `same_speaker` and more); this module only
//! narrows the aliases it has to be asked about. The narrowing key is a *necessary* condition of
//! `same_speaker`, hence of `joins_speaker`, so the
//! speaker a name is filed under is exactly the one the old scan over every alias chose ("joins only
//! when exactly one person speaker fits"); `tests::index_agrees_with_the_scan` checks that on
//! thousands of generated names.
//!
//! Why the key is necessary: `same_speaker(a, b)` requires `same_folded_part` of the two folded
//! surnames, which needs the same first letter and an edit distance of at most 1 (parts shorter than 8 letters) or
//! 2 (8 or more) between the folded surnames. Two words within edit distance `k` whose first letters
//! agree have tails within `k` too, and those tails share a string reachable from each by at most `k`
//! deletions. So every surname is indexed under its first letter plus each tail with up to `k`
//! letters deleted (a deletion neighbourhood, `k` from its own length, never less than the pair
//! needs), and a lookup generates the same keys for the new name. The folding is deliberately
//! coarser than the one `same_folded_part` compares (see [`coarse_fold`]), which can only add
//! candidates.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

use rusqlite::Connection;

use crate::extract::quotes::names::{joins_speaker, surname};

/// Every alias of the archive, and for person speakers the surname keys that find them.
#[derive(Debug, Default)]
pub struct SpeakerIndex {
    /// ASCII-lowercased alias → speaker, for the exact lookup (`alias = ? COLLATE NOCASE`), the
    /// first alias stored winning as SQLite's scan in rowid order did.
    exact: HashMap<String, i64>,
    /// Aliases of person speakers, the only ones a variant spelling may join.
    persons: Vec<(Box<str>, i64)>,
    /// Folded surname → its id in `surname_aliases`.
    surnames: HashMap<Box<str>, u32>,
    /// Per surname id, the `persons` entries carrying it.
    surname_aliases: Vec<Vec<u32>>,
    /// Deletion key → the latest entry in `chain`; entries link to earlier ones with the same key.
    heads: HashMap<u64, u32>,
    /// (surname id, previous entry with the same key or `NONE`).
    chain: Vec<(u32, u32)>,
    /// The highest `speaker_aliases` rowid loaded, so rows other importers commit can be read in.
    pub(super) last_rowid: i64,
}

const NONE: u32 = u32::MAX;

impl SpeakerIndex {
    /// Reads the aliases added since the last load (all of them on a new index).
    pub fn load(&mut self, conn: &Connection) -> rusqlite::Result<()> {
        let mut stmt = conn.prepare_cached(
            "SELECT a.rowid, a.alias, a.speaker_id, s.kind FROM speaker_aliases a
             JOIN speakers s ON s.id = a.speaker_id WHERE a.rowid > ?1 ORDER BY a.rowid",
        )?;
        let mut rows = stmt.query([self.last_rowid])?;
        while let Some(row) = rows.next()? {
            let rowid: i64 = row.get(0)?;
            let alias: String = row.get(1)?;
            let kind: String = row.get(3)?;
            self.add(&alias, row.get(2)?, kind == "person");
            self.last_rowid = self.last_rowid.max(rowid);
        }
        Ok(())
    }

    /// Records an alias just written; `person` when its speaker is of kind person.
    pub fn add(&mut self, alias: &str, speaker_id: i64, person: bool) {
        self.exact
            .entry(alias.to_ascii_lowercase())
            .or_insert(speaker_id);
        if !person {
            return;
        }
        let entry = self.persons.len() as u32;
        self.persons.push((alias.into(), speaker_id));
        for key_surname in index_surnames(alias) {
            let id = match self.surnames.get(key_surname.as_str()) {
                Some(&id) => id,
                None => {
                    let id = self.surname_aliases.len() as u32;
                    self.surname_aliases.push(Vec::new());
                    for key in keys(&key_surname) {
                        let previous = self.heads.insert(key, self.chain.len() as u32);
                        self.chain.push((id, previous.unwrap_or(NONE)));
                    }
                    self.surnames.insert(key_surname.into(), id);
                    id
                }
            };
            let list = &mut self.surname_aliases[id as usize];
            if list.last() != Some(&entry) {
                list.push(entry);
            }
        }
    }

    /// The speaker an alias equal to `name` but for ASCII case belongs to.
    pub fn exact(&self, name: &str) -> Option<i64> {
        self.exact.get(&name.to_ascii_lowercase()).copied()
    }

    /// The one person speaker `name` is a spelling variant of, or None when none or several fit.
    pub fn variant(&self, name: &str) -> Option<i64> {
        let mut seen_surnames: Vec<u32> = Vec::new();
        let mut candidates: Vec<u32> = Vec::new();
        for key_surname in index_surnames(name) {
            for key in keys(&key_surname) {
                let mut at = self.heads.get(&key).copied().unwrap_or(NONE);
                while at != NONE {
                    let (surname_id, next) = self.chain[at as usize];
                    if !seen_surnames.contains(&surname_id) {
                        seen_surnames.push(surname_id);
                        candidates.extend(&self.surname_aliases[surname_id as usize]);
                    }
                    at = next;
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut matched: Option<i64> = None;
        for entry in candidates {
            let (alias, id) = &self.persons[entry as usize];
            if matched == Some(*id) || !joins_speaker(alias, name) {
                continue;
            }
            if matched.is_some() {
                return None;
            }
            matched = Some(*id);
        }
        matched
    }
}

/// The folded surnames a name is indexed and looked up under: the surname `same_speaker` compares,
/// and, for a name holding a comma (where its reading of the name may take the words before or
/// after it), every word, so that the key stays a necessary condition.
fn index_surnames(name: &str) -> Vec<String> {
    let words: Vec<&str> = if name.contains(',') {
        name.split(|c: char| c.is_whitespace() || c == ',')
            .chain(name.split_whitespace())
            .collect()
    } else {
        surname(name).into_iter().collect()
    };
    let mut folded: Vec<String> = words
        .into_iter()
        .map(coarse_fold)
        .filter(|w| !w.is_empty())
        .collect();
    folded.sort();
    folded.dedup();
    folded
}

/// Folds a word as `names::fold` does for `same_folded_part` (letters and digits only, lower case),
/// then maps every vowel, `n`, `c` and every non-ASCII letter to one placeholder. That fold maps
/// accented letters to their base letters; whatever its table holds, a letter and its folding land
/// on the same placeholder, so this fold is a letter-for-letter image of it: lengths and
/// first-letter equality are kept and edit distances can only shrink.
fn coarse_fold(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'a' | 'e' | 'i' | 'o' | 'u' | 'n' | 'c' => '*',
            c if !c.is_ascii() => '*',
            c => c,
        })
        .collect()
}

/// The deletion keys of a folded surname: its first letter with its tail less up to `k` letters,
/// where `k` is the edit distance `same_folded_part` allows for a word of this length.
fn keys(folded: &str) -> Vec<u64> {
    let chars: Vec<char> = folded.chars().collect();
    let Some((&first, tail)) = chars.split_first() else {
        return Vec::new();
    };
    let max_deletions = if chars.len() >= 8 { 2 } else { 1 };
    let hash = |skip: &[usize]| {
        let mut hasher = DefaultHasher::new();
        first.hash(&mut hasher);
        for (i, c) in tail.iter().enumerate() {
            if !skip.contains(&i) {
                c.hash(&mut hasher);
            }
        }
        hasher.finish()
    };
    let mut keys = vec![hash(&[])];
    for i in 0..tail.len() {
        keys.push(hash(&[i]));
        if max_deletions == 2 {
            for j in i + 1..tail.len() {
                keys.push(hash(&[i, j]));
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The scan the index replaces: every person alias asked, in speaker order.
    fn scan(aliases: &[(String, i64)], name: &str) -> Option<i64> {
        let mut matches = Vec::new();
        for (alias, id) in aliases {
            if !matches.contains(id) && joins_speaker(alias, name) {
                matches.push(*id);
            }
        }
        (matches.len() == 1).then(|| matches[0])
    }

    /// A small deterministic generator (xorshift), so the names are the same on every run.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
            items[(self.next() % items.len() as u64) as usize]
        }
    }

    const FIRST: &[&str] = &[
        "Anna", "Ana", "Jonas", "Jonah", "Mira", "Miro", "Per", "Petra", "Sergey", "Sergei", "H.",
        "Harold", "Łucja", "Zoë", "José", "Jose", "Íñigo", "Yusuf", "Jan", "Joan", "John",
    ];
    const SURNAMES: &[&str] = &[
        "Kowalczyk",
        "Kowalczik",
        "Kowalski",
        "Liberman",
        "Lieberman",
        "Brandt",
        "Brand",
        "Berg",
        "Borg",
        "Olsen",
        "Olson",
        "Wiśniewski",
        "Wisniewski",
        "Groß",
        "Gross",
        "Núñez",
        "Nunez",
        "Łukasik",
        "Lukasik",
        "Engström",
        "Engstrom",
        "Holmqvist",
        "Holmquist",
        "O'Brien",
        "OBrien",
        "Al-Sayed",
        "Le Goff",
        "Demir",
        "Demirel",
        "Pelletier",
        "Peletier",
    ];
    const SUFFIXES: &[&str] = &["", "", "", "", "", " Jr.", " III", " Sr"];

    /// A name as an attribution might give it: full, bare surname, with a suffix, a typo, or a
    /// comma.
    fn name(rng: &mut Rng) -> String {
        let mut surname = rng.pick(SURNAMES).to_owned();
        if rng.next() % 5 == 0 {
            // A typo: one letter doubled or dropped somewhere after the first.
            let chars: Vec<char> = surname.chars().collect();
            let at = 1 + (rng.next() as usize % (chars.len() - 1));
            let mut typo: String = chars[..at].iter().collect();
            if rng.next() % 2 == 0 {
                typo.push(chars[at]);
                typo.push(chars[at]);
            }
            typo.extend(&chars[at + 1..]);
            surname = typo;
        }
        match rng.next() % 6 {
            0 => surname,
            1 => format!("{surname}, {}", rng.pick(FIRST)),
            _ => format!("{} {surname}{}", rng.pick(FIRST), rng.pick(SUFFIXES)),
        }
    }

    #[test]
    fn index_agrees_with_the_scan() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut index = SpeakerIndex::default();
        let mut aliases: Vec<(String, i64)> = Vec::new();
        let mut next_id = 1;
        let mut merged = 0;
        for _ in 0..1000 {
            let name = name(&mut rng);
            if index.exact(&name).is_some() {
                continue;
            }
            let by_index = index.variant(&name);
            assert_eq!(by_index, scan(&aliases, &name), "{name}");
            let id = by_index.unwrap_or_else(|| {
                next_id += 1;
                next_id
            });
            merged += usize::from(by_index.is_some());
            index.add(&name, id, true);
            aliases.push((name, id));
        }
        // The comparison means something only if both outcomes occurred often. (The scan is quadratic:
        // a thousand names, some 800 of them distinct, keep this test to seconds in a debug build.)
        assert!(merged > 100, "only {merged} merges");
        assert!(aliases.len() - merged > 100);
    }

    #[test]
    fn organisations_are_found_exactly_and_never_as_variants() {
        let mut index = SpeakerIndex::default();
        index.add("State Department", 1, false);
        assert_eq!(index.exact("state department"), Some(1));
        assert_eq!(index.variant("State Departments"), None);
    }

    #[test]
    fn the_first_alias_of_a_spelling_wins_the_exact_lookup() {
        let mut index = SpeakerIndex::default();
        index.add("Mira Kowalczyk", 1, true);
        index.add("MIRA KOWALCZYK", 2, true);
        assert_eq!(index.exact("mira kowalczyk"), Some(1));
    }

    #[test]
    fn deletion_keys_meet_within_the_allowed_distance() {
        let share = |a: &str, b: &str| {
            let (ka, kb) = (keys(&coarse_fold(a)), keys(&coarse_fold(b)));
            ka.iter().any(|k| kb.contains(k))
        };
        assert!(share("Lieberman", "Liberman"));
        assert!(share("Kowalczyk", "Kowalcik"));
        assert!(share("Brandt", "Brand"));
        assert!(!share("Brandt", "Berg"));
        assert!(!share("Kowalczyk", "Lowalczyk"));
    }
}
