//! What an article says about the people it names before anyone is quoted: the roles it gives them
//! ("Russian Foreign Minister Sergey Lavrov", "Lena Okafor, the ministry's spokeswoman") and the
//! gender its titles, roles and pronouns show.

use std::borrow::Cow;
use std::collections::HashMap;

use memchr::memmem::Finder;
use rustc_hash::FxHashSet;

use super::names::{is_role, surname};
use super::spans::{double_segments, last_sentence_start, sentence_breaks};
use crate::extract::Paragraph;
use crate::extract::words::{ROLE_HEADS, SPEECH_VERBS, TrimPossessive};

/// The roles an article gives a person, with the paragraph each is given in.
type Roles = Vec<(usize, String, Vec<String>)>;

/// Gender votes for each person: (male, female).
type Votes = HashMap<String, (u32, u32)>;

fn vote(votes: &mut Votes, name: &str, g: Gender, weight: u32) {
    let v = votes.entry(name.to_owned()).or_default();
    match g {
        Gender::Male => v.0 += weight,
        Gender::Female => v.1 += weight,
    }
}

/// The roles and genders an article gives the people it names: the words before a name in its
/// clause ("Russian Foreign Minister Sergey Lavrov"), a role set off before it ("Chief of the General
/// Staff, Valery Gerasimov") or after it ("Lena Okafor, the ministry's spokeswoman,"), and a title
/// before a full name or surname ("Mrs. Okafor").
pub(super) fn read_roles(
    paragraphs: &[Paragraph],
    names: &[(usize, String)],
    known_gender: impl Fn(&str) -> Option<Gender>,
) -> (Roles, HashMap<String, Gender>) {
    let mut roles: Roles = Vec::new();
    // Surnames are asked for in every sentence and paragraph: work them out once per name, or a long
    // page with hundreds of names takes seconds.
    let surnames: Vec<Option<&str>> = names.iter().map(|(_, n)| surname(n)).collect();
    // Each name is looked for in every paragraph: its searchers are built once.
    let finders: Vec<Finder> = names.iter().map(|(_, n)| Finder::new(n)).collect();
    let surname_finders: Vec<Option<Finder>> =
        surnames.iter().map(|s| s.map(Finder::new)).collect();
    let mut surname_counts: HashMap<&str, usize> = Default::default();
    for surname in surnames.iter().flatten() {
        *surname_counts.entry(surname).or_default() += 1;
    }
    // Votes for each person: a title or a gendered role counts three, a pronoun in a sentence that
    // mentions nobody else counts one.
    let mut votes: Votes = Default::default();
    let pronoun_votes = pronoun_votes(paragraphs, names, &surnames, &finders);
    for (pi, p) in paragraphs.iter().enumerate() {
        for (k, (_, full)) in names.iter().enumerate() {
            let (Some(surname), Some(surname_finder)) = (surnames[k], &surname_finders[k]) else {
                continue;
            };
            // "Mrs. Clinton" says nothing of which Clinton when the article names two.
            let shared_surname = surname_counts.get(surname).copied().unwrap_or(0) > 1;
            let text = p.text.as_str();
            for (s, e, whole) in mentions(text, &finders[k], surname_finder) {
                let before = &text[..s];
                let title = before.split_whitespace().last().unwrap_or("");
                if (whole || !shared_surname)
                    && matches!(
                        title.trim_end_matches('.').to_lowercase().as_str(),
                        "mr" | "mrs" | "ms" | "miss"
                    )
                    && let Some(g) = gender_of_word(title)
                {
                    vote(&mut votes, full, g, 3);
                }
                if !whole {
                    continue;
                }
                let role = role_around(text, s, e);
                for w in &role {
                    if let Some(g) = gender_of_word(w)
                        && !matches!(w.as_str(), "he" | "him" | "his" | "she" | "her")
                    {
                        vote(&mut votes, full, g, 3);
                    }
                }
                if role
                    .iter()
                    .any(|w| is_role(w) || ROLE_HEADS.contains(&w.as_str()))
                {
                    roles.push((pi, full.clone(), role));
                }
            }
        }
    }
    for (name, g) in pronoun_votes {
        vote(&mut votes, &name, g, 1);
    }
    // What the entity model knows (a given name, a role after the name) counts as much as a title.
    for (_, full) in names {
        if let Some(g) = known_gender(full) {
            vote(&mut votes, full, g, 3);
        }
    }
    // A clear majority only: mixed signals leave the gender open.
    let genders = votes
        .into_iter()
        .filter_map(|(name, (m, f))| {
            if m >= 2 * f.max(1) || (f == 0 && m > 0) {
                Some((name, Gender::Male))
            } else if f >= 2 * m.max(1) || (m == 0 && f > 0) {
                Some((name, Gender::Female))
            } else {
                None
            }
        })
        .collect();
    (roles, genders)
}

/// "Noor Halabi opened her bakery": the gender a pronoun soon after a name gives its person, for
/// each sentence that names one person only.
fn pronoun_votes(
    paragraphs: &[Paragraph],
    names: &[(usize, String)],
    surnames: &[Option<&str>],
    finders: &[Finder],
) -> Vec<(String, Gender)> {
    let mut pronoun_votes: Vec<(String, Gender)> = Vec::new();
    for p in paragraphs {
        let text = p.text.as_str();
        let mut starts = vec![0];
        starts.extend(sentence_breaks(text));
        starts.push(text.len());
        for w in starts.windows(2) {
            let sentence = &text[w[0]..w[1]];
            // Quotations speak of others ("she" in a quote is seldom the speaker's own pronoun).
            let quoted = double_segments(sentence);
            let plain: Cow<str> = if quoted.is_empty() {
                Cow::Borrowed(sentence)
            } else {
                let mut plain = sentence.to_owned();
                for g in quoted.iter().rev() {
                    plain.replace_range(g.open..g.close_end, " ");
                }
                Cow::Owned(plain)
            };
            // The sentence's words, split only if a surname is in its text at all.
            let mut plain_words: Option<FxHashSet<&str>> = None;
            let mut holds_word = |word: &str| {
                plain.contains(word)
                    && plain_words
                        .get_or_insert_with(|| {
                            plain
                                .split(|c: char| !c.is_alphanumeric() && c != '-')
                                .collect()
                        })
                        .contains(word)
            };
            let people: Vec<&String> = names
                .iter()
                .zip(surnames)
                .zip(finders)
                .filter(|(((_, _), sn), finder)| {
                    finder.find(plain.as_bytes()).is_some() || sn.is_some_and(&mut holds_word)
                })
                .map(|(((_, n), _), _)| n)
                .collect();
            let [person] = people.as_slice() else {
                continue;
            };
            // A pronoun soon after the name ("Noor Halabi opened her bakery", "Arjun Patel saw a
            // gull that he could not name"), but not one before it ("Her first mate, Dmitri
            // Volkov, …") nor one in what someone said ("Volkov said she kept her calm").
            let at = plain
                .find(person.as_str())
                .or_else(|| surname(person).and_then(|sn| plain.find(sn)));
            let Some(at) = at else { continue };
            let (mut male, mut female) = (false, false);
            let words: Vec<&str> = plain[at..]
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .skip(person.split_whitespace().count())
                .take(12)
                .collect();
            for word in &words {
                let l = word.to_lowercase();
                // What follows a speech verb is what was said, and its pronouns may be anyone's.
                if SPEECH_VERBS.contains(&l.as_str()) {
                    break;
                }
                match l.as_str() {
                    "he" | "his" | "him" | "himself" => male = true,
                    "she" | "her" | "herself" => female = true,
                    _ => {}
                }
            }
            match (male, female) {
                (true, false) => pronoun_votes.push(((*person).clone(), Gender::Male)),
                (false, true) => pronoun_votes.push(((*person).clone(), Gender::Female)),
                _ => {}
            }
        }
    }
    pronoun_votes
}

/// Where the full name, or the surname alone, stands in a paragraph: (start, end, whole name).
/// The searchers find what `str::match_indices` finds: non-overlapping, leftmost first, and on
/// character boundaries, since needle and text are UTF-8. An empty needle, which would match
/// inside characters, is looked for by `match_indices` itself.
fn mentions(text: &str, full: &Finder, surname: &Finder) -> Vec<(usize, usize, bool)> {
    let matches = |finder: &Finder| -> Vec<usize> {
        match std::str::from_utf8(finder.needle()) {
            Ok(needle) if needle.is_empty() => text.match_indices(needle).map(|(i, _)| i).collect(),
            _ => finder.find_iter(text.as_bytes()).collect(),
        }
    };
    let (full_len, surname_len) = (full.needle().len(), surname.needle().len());
    let mut hits: Vec<(usize, usize, bool)> = Vec::new();
    for i in matches(full) {
        hits.push((i, i + full_len, true));
    }
    // The full names' hits are apart and in order, so the one that could hold a surname's hit is
    // the last to start before it; surname hits never hold one another. Scanning every hit for each
    // made a page that is one long paragraph quadratic.
    let full_hits = hits.len();
    let inside_full_name = |hits: &[(usize, usize, bool)], i: usize, end: usize| {
        let before = hits[..full_hits].partition_point(|&(s, _, _)| s <= i);
        before > 0 && end <= hits[before - 1].1
    };
    for i in matches(surname) {
        let end = i + surname_len;
        let bounded = !text[..i].ends_with(|c: char| c.is_alphanumeric())
            && !text[end..].starts_with(|c: char| c.is_alphanumeric());
        if bounded && !inside_full_name(&hits, i, end) {
            hits.push((i, end, false));
        }
    }
    hits
}

/// The role words around a full name at `text[s..e]`: the words before it in its clause and an
/// appositive after it.
fn role_around(text: &str, s: usize, e: usize) -> Vec<String> {
    let before = &text[..s];
    let clause_start = last_sentence_start(before, before.len());
    let clause = &before[clause_start..];
    let trimmed = clause.trim_end();
    // "Chief of the General Staff, Valery Gerasimov": the role stands before a comma.
    let lead = if let Some(head) = trimmed.strip_suffix(',') {
        head.rsplit([',', ';', ':']).next().unwrap_or(head)
    } else {
        trimmed
            .rsplit([',', ';', ':', '('])
            .next()
            .unwrap_or(trimmed)
    };
    // "a former aide to Ray Dunn": a role before a preposition is someone else's.
    let governed = matches!(
        lead.split_whitespace()
            .last()
            .map(str::to_lowercase)
            .as_deref(),
        Some(
            "to" | "of"
                | "for"
                | "with"
                | "by"
                | "under"
                | "from"
                | "at"
                | "against"
                | "about"
                | "and"
                | "or"
                | "than"
                | "like"
        )
    );
    let lead = if governed { "" } else { lead };
    let lead_words: Vec<String> = lower_words(lead);
    let lead_words = lead_words[lead_words.len().saturating_sub(8)..].to_vec();
    // "Lena Okafor, the ministry's spokeswoman, said": an appositive after the name.
    let after = &text[e..];
    let mut role = lead_words;
    if let Some(rest) = after.strip_prefix(',') {
        let end = rest
            .find([',', ';', '.', '(', '“', '"'])
            .unwrap_or(rest.len());
        let app = rest[..end].trim();
        let app_words = lower_words(app);
        let opens_role = app
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "the" | "a" | "an" | "his" | "her" | "its"))
            || app_words.first().is_some_and(|w| is_role(w));
        if opens_role && app_words.len() <= 12 {
            role.extend(app_words);
        }
    }
    role.retain(|w| !w.chars().all(|c| c.is_numeric()));
    role
}

pub(super) use crate::extract::entities::Gender;

/// The gender a pronoun, title or role word gives ("he", "Mrs.", "spokeswoman"), if any.
pub(super) fn gender_of_word(word: &str) -> Option<Gender> {
    match word.trim_end_matches('.').to_lowercase().as_str() {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => crate::extract::entities::lexicon::title_gender(word),
    }
}

/// Words that carry no meaning when a role is compared with a description of it.
fn role_stopword(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "of" | "for" | "and" | "in" | "at" | "on" | "to" | "who" | "with"
    )
}

pub(super) fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .trim_possessive()
                .to_lowercase()
        })
        .filter(|w| !w.is_empty() && !role_stopword(w))
        // "Gov. Mike Pence" is "the governor" later on.
        .map(|w| match w.as_str() {
            "gov" => "governor".to_owned(),
            "sen" => "senator".to_owned(),
            "rep" => "representative".to_owned(),
            "gen" => "general".to_owned(),
            "lt" => "lieutenant".to_owned(),
            "sec" => "secretary".to_owned(),
            "pres" => "president".to_owned(),
            "adm" => "admiral".to_owned(),
            "col" => "colonel".to_owned(),
            "capt" => "captain".to_owned(),
            // "the head of the general staff" is its chief.
            "head" => "chief".to_owned(),
            _ => w,
        })
        .collect()
}
