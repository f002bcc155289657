//! Speaker names: reading a speaker out of an attribution phrase ("Defense Minister Avigdor Liberman"
//! → Avigdor Liberman, a person), telling whether two spellings name the same speaker, and picking
//! the spelling to keep when several name one speaker.
//!
//! Everything here works on words and small word lists, never on a list of known people, so it
//! behaves the same on names nobody has seen.

use crate::extract::words::{
    DETERMINERS, DOCUMENT_NOUNS, FUNCTION_CAPS, GENERIC_SOURCES, NAME_PARTICLES, NAME_SUFFIXES,
    ORG_WORDS, PERSONAL_PRONOUNS, ROLE_WORDS, TrimPossessive,
};
use crate::extract::{Speaker, SpeakerKind};

fn norm(word: &str) -> crate::extract::words::Lower<'_> {
    let bare = word.trim_matches(|c: char| {
        !c.is_alphanumeric() && c != '-' && c != '.' && c != '\'' && c != '’'
    });
    crate::extract::words::lower(bare.trim_end_matches('.'))
}

/// True for a word that titles or describes someone rather than naming them ("minister", "Sen.").
pub fn is_role(word: &str) -> bool {
    let w = norm(word);
    // "Secretary-Treasurer", "co-host": a hyphenated role is a role.
    ROLE_WORDS.contains(&w.as_str())
        || (w.contains('-') && w.split('-').any(|part| ROLE_WORDS.contains(&part)))
}

/// True for a word that heads the name of a body ("Ministry", "Office", "campaign", "magazine").
pub fn is_org_word(word: &str) -> bool {
    let w = norm(word);
    // `norm` made every curly apostrophe straight.
    let w = w.trim_possessive();
    ORG_WORDS.contains(&w)
}

fn is_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(&norm(word).as_str())
}

fn is_suffix(word: &str) -> bool {
    NAME_SUFFIXES.contains(norm(word).trim_end_matches(','))
}

/// True for a word written like part of a proper name: a capital first letter ("Liberman",
/// "H.R.", "O'Rourke", "al-Assad" counts through its hyphenated capital).
pub fn is_capitalized(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    match w.chars().next() {
        Some(c) if c.is_uppercase() => true,
        Some(_) => {
            w.split('-')
                .skip(1)
                .any(|p| p.chars().next().is_some_and(char::is_uppercase))
                && is_particle(w.split('-').next().unwrap_or(""))
        }
        None => false,
    }
}

/// True for an all-capitals acronym such as "FBI", "IDF" or "U.N.": an organisation when it speaks.
fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    // A longer word in capitals is a dateline or a shouted heading ("WASHINGTON"), not a body.
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// Initials written with full stops ("H.R.", "J."), part of a personal name.
fn is_initials(word: &str) -> bool {
    word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 3
}

/// The words of an attribution phrase, with punctuation around each word trimmed and possessive
/// forms kept ("Minister's").
fn words(phrase: &str) -> Vec<&str> {
    phrase
        .split(|c: char| c.is_whitespace())
        .map(|w| {
            w.trim_matches(|c: char| {
                matches!(
                    c,
                    ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' | '‘' | '\'' | '[' | ']'
                )
            })
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Splits an attribution phrase into the name it carries and the role around it:
/// "Defense Minister Avigdor Liberman" → (Some("Avigdor Liberman"), Some("Defense Minister")).
/// Returns no name when the phrase names nobody ("a senior official").
pub fn split_name_role(phrase: &str) -> (Option<String>, Option<String>) {
    let phrase = phrase.trim();
    // An appositive after the name carries the role: "Eyal Zamir, the director general of ...".
    if let Some((head, tail)) = phrase.split_once(',') {
        let (name, role) = split_name_role(head);
        if let Some(name) = name {
            let tail = tail.trim().trim_end_matches(['.', ',']);
            let role = match role {
                Some(r) if !tail.is_empty() => Some(format!("{r}, {tail}")),
                Some(r) => Some(r),
                None if !tail.is_empty() => Some(tail.to_owned()),
                None => None,
            };
            return (Some(name), role);
        }
        // "Avigdor Lieberman, Defence Minister" read backwards fails above only when the head holds
        // no name; "Chief of Staff, Valery Gerasimov" puts the name after the comma.
        let (name, _) = split_name_role(tail);
        if let Some(name) = name {
            return (Some(name), Some(head.trim().to_owned()));
        }
        return (None, Some(phrase.to_owned()));
    }
    let ws = words(phrase);
    // The name is the run of capitalised words at the end of the phrase after its last role word.
    let mut end = ws.len();
    while end > 0 && is_suffix(ws[end - 1]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 {
        let w = ws[start - 1];
        // A role word can be a surname: "Amy Pope", "Mr. Prince", after a given name or honorific.
        let surname_role = start == end && is_role(w) && start >= 2 && {
            let before = ws[start - 2];
            crate::extract::entities::lexicon::is_first_name(before)
                || matches!(norm(before).as_str(), "mr" | "mrs" | "ms" | "miss" | "dr")
        };
        if (is_role(w) && !surname_role)
            || !(is_capitalized(w) || is_particle(w))
            || w.ends_with("'s")
            || w.ends_with("’s")
        {
            break;
        }
        start -= 1;
    }
    // "Maricopa County Recorder Helen Purcell": a run too long for one name starts at its given
    // name when it has a known one.
    if end - start > 4
        && let Some(k) = (start + 1..end)
            .find(|&k| end - k <= 4 && crate::extract::entities::lexicon::is_first_name(ws[k]))
    {
        start = k;
    }
    // "the de Gaulle era" drops a lowercase particle that opens the run; a capitalised one is a
    // given name ("Ben Carson", "Abu Bakr").
    while start < end && is_particle(ws[start]) && !is_capitalized(ws[start]) {
        start += 1;
    }
    let name_words = &ws[start..end];
    if name_words.is_empty()
        || name_words.len() > 4
        || name_words
            .iter()
            .any(|w| is_org_word(w) || (is_acronym(w) && !is_initials(w)))
        || name_words.iter().all(|w| is_particle(w))
    {
        return (None, Some(phrase.to_owned()).filter(|p| !p.is_empty()));
    }
    // "Donald Trump Jr.": the suffix belongs to the name.
    let name = ws[start..].join(" ");
    let role = ws[..start].join(" ");
    (Some(name), Some(role).filter(|r| !r.is_empty()))
}

/// A person named with a given name ahead of the body they belong to: "Archbishop Aris
/// Shirvanian of the Armenian Patriarchate of Jerusalem", "the director of the Federal Bureau of
/// Investigation, James B. Comey". The body describes the person; it is not the speaker.
fn named_person_before_body(phrase: &str) -> Option<Speaker> {
    let given = |name: &str| {
        let first = name.split_whitespace().next().unwrap_or("");
        name.split_whitespace().count() >= 2
            && (crate::extract::entities::lexicon::is_first_name(first)
                || (first.len() == 2 && first.ends_with('.')))
    };
    let person = |name: String| Speaker {
        name,
        kind: SpeakerKind::Person,
    };
    // "…, James B. Comey": a full name set off after the body.
    if let Some((_, tail)) = phrase.rsplit_once(',') {
        let tail = tail.trim();
        if let (Some(name), None) = split_name_role(tail)
            && given(&name)
        {
            return Some(person(name));
        }
    }
    let (before, _) = phrase.split_once(" of ")?;
    match split_name_role(before) {
        (Some(name), _) if given(&name) => Some(person(name)),
        _ => None,
    }
}

/// Reads the speaker out of an attribution phrase. Persons come back with their name alone;
/// organisations ("the Mossad", "the Prime Minister's Office", "the FBI") with their name without
/// the article; pronouns and unnamed sources ("he", "two officials", "the statement") with `None`,
/// for the caller to resolve.
pub fn parse_speaker(phrase: &str) -> Option<Speaker> {
    let phrase = phrase.trim().trim_end_matches(['.', ',', ':', ';']);
    let ws = words(phrase);
    let first = ws.first()?;
    let lower_first = norm(first);
    if ws.len() == 1
        && (PERSONAL_PRONOUNS.contains(&lower_first.as_str()) || !is_capitalized(first))
    {
        return None;
    }
    if let Some(person) = named_person_before_body(phrase) {
        return Some(person);
    }
    // Organisation: a capitalised phrase ending in an organisation word, an acronym, or "the" +
    // capitalised words that hold no personal name.
    let head = phrase.split(',').next().unwrap_or(phrase).trim();
    let head_words = words(head);
    // "Foreign Policy magazine", "the Trump campaign": capitalised words before a common noun for a
    // body.
    if let [.., before, last] = head_words.as_slice()
        && !is_capitalized(last)
        && is_org_word(last)
        && is_capitalized(before)
    {
        // "Clinton's campaign" is the Clinton campaign.
        let mut owners = head_words[..head_words.len() - 1].to_vec();
        if let Some(owner) = owners.last_mut() {
            *owner = owner.trim_possessive();
        }
        let run = trailing_capital_run(&owners);
        if !run.is_empty() {
            return Some(Speaker {
                name: format!("{} {last}", run.join(" ")),
                kind: SpeakerKind::Organization,
            });
        }
    }
    let cap_run = trailing_capital_run(&head_words);
    if let Some(org) = organization_name(&head_words, &cap_run) {
        return Some(Speaker {
            name: org,
            kind: SpeakerKind::Organization,
        });
    }
    let (name, role) = split_name_role(phrase);
    match name {
        Some(name) if !name.contains(' ') && !looks_like_a_name(&name) => None,
        Some(name) => {
            let n = name.split_whitespace().count();
            // A lone word is a person only when a title says so ("Sen. Pike"), not any words
            // before it ("From 16 October").
            let titled = role
                .as_deref()
                .is_some_and(|r| words(r).iter().any(|w| is_role(w)));
            let kind = if n >= 2 || titled {
                SpeakerKind::Person
            } else {
                SpeakerKind::Unknown
            };
            // "the Kremlin", "the Mossad": an article before a lone capitalised word names a body.
            if n == 1
                && DETERMINERS.contains(&lower_first.as_str())
                && role
                    .as_deref()
                    .is_some_and(|r| r.eq_ignore_ascii_case(first))
            {
                return Some(Speaker {
                    name,
                    kind: SpeakerKind::Organization,
                });
            }
            Some(Speaker { name, kind })
        }
        None => None,
    }
}

/// The capitalised words at the end of `ws`, allowing particles and "of"/"for"/"and" between
/// capitalised words ("Ministry of Strategic Affairs").
fn trailing_capital_run<'a>(ws: &[&'a str]) -> Vec<&'a str> {
    let mut start = ws.len();
    while start > 0 {
        let w = ws[start - 1];
        let l = norm(w);
        let joiner = matches!(l.as_str(), "of" | "for" | "and" | "on" | "&") && start < ws.len();
        // "Office of the Prime Minister": "the" joins only after "of"/"for".
        let inner_the = l == "the"
            && start >= 2
            && matches!(norm(ws[start - 2]).as_str(), "of" | "for")
            && start < ws.len();
        if (is_capitalized(w) && l != "the") || joiner || inner_the {
            start -= 1;
        } else {
            break;
        }
    }
    while start < ws.len() && (!is_capitalized(ws[start]) || norm(ws[start]) == "the") {
        start += 1;
    }
    ws[start..].to_vec()
}

fn organization_name(ws: &[&str], cap_run: &[&str]) -> Option<String> {
    if cap_run.is_empty() {
        return None;
    }
    let preceded_by_the =
        ws.len() > cap_run.len() && norm(ws[ws.len() - cap_run.len() - 1]) == "the";
    let last = cap_run[cap_run.len() - 1];
    // An organisation word ends the run or is followed only by "of ..." ("Ministry of Ports"); one
    // followed by a role and a name ("State Department Spokesman Vedant Patel") names a person.
    let org_word_heads = cap_run
        .iter()
        .rposition(|w| is_org_word(w))
        .is_some_and(|k| {
            k + 1 == cap_run.len() || matches!(norm(cap_run[k + 1]).as_str(), "of" | "for" | "on")
        });
    // "Priorities USA": an acronym closing a longer run names a body; a hyphenated one is a party
    // and state ("R-Tex"), a suffix part of a name ("III").
    let acronym_closes =
        is_acronym(last) && (cap_run.len() == 1 || !(last.contains(['-', '.']) || is_suffix(last)));
    let org_like = org_word_heads || acronym_closes;
    // "the Mossad", "the White House": the run must be all the phrase says after "the".
    let the_name = preceded_by_the
        && ws.len() == cap_run.len() + 1
        && !cap_run.iter().any(|w| is_role(w) && !is_org_word(w));
    if org_like || the_name {
        let name = cap_run.join(" ");
        let name = name.trim_possessive().to_owned();
        return Some(name);
    }
    None
}

/// Can a lone capitalised word be a name? Not a determiner ("Another"), a common word that opens a
/// sentence ("Here", "Minutes") or a dateline in capitals ("WASHINGTON").
fn looks_like_a_name(word: &str) -> bool {
    let l = norm(word);
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let shouting = letters >= 5
        && word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    !(shouting
        || DETERMINERS.contains(&l.as_str())
        || matches!(
            l.as_str(),
            "here"
                | "there"
                | "minutes"
                | "hours"
                | "days"
                | "estimates"
                | "polls"
                | "reports"
                | "data"
                | "meanwhile"
                | "earlier"
                | "later"
                | "today"
                | "yesterday"
        ))
}

/// True when the phrase names nobody in particular ("officials", "a senior source", "the statement").
pub fn is_generic_source(phrase: &str) -> bool {
    let ws = words(phrase);
    // "sources in Tel Aviv", "people familiar with the talks": the head comes before the modifier.
    let ws: Vec<&str> = match ws.iter().position(|w| {
        matches!(
            norm(w).as_str(),
            "in" | "at"
                | "from"
                | "close"
                | "familiar"
                | "with"
                | "inside"
                | "within"
                | "near"
                | "who"
                | "that"
        )
    }) {
        Some(p) if p > 0 => ws[..p].to_vec(),
        _ => ws,
    };
    let Some(last) = ws.last() else { return false };
    // "Amy Pope, deputy homeland security advisor" names her.
    if let Some((head, _)) = phrase.split_once(',')
        && split_name_role(head).0.is_some()
    {
        return false;
    }
    // "his best friend at school, Ola Sunde": the description names the person set off after it.
    if let Some((_, tail)) = phrase.rsplit_once(',')
        && let (Some(name), None) = split_name_role(tail.trim())
        && name.contains(' ')
    {
        return false;
    }
    // "The Post", "the Times": a capitalised head after the article is a title, not a common noun.
    let proper_head = ws.len() >= 2 && is_capitalized(last);
    // "Clinton's campaign", "Ryan's office": a named owner makes it that person's body.
    let named_owner = ws.len() >= 2
        && is_capitalized(ws[0])
        && (ws[0].ends_with("'s") || ws[0].ends_with("’s"))
        && !FUNCTION_CAPS.contains(norm(ws[0]).trim_possessive());
    GENERIC_SOURCES.contains(&norm(last).as_str())
        && !proper_head
        && !named_owner
        && !ws
            .iter()
            .skip(1)
            .any(|w| is_capitalized(w) && !is_role(w) && !is_org_word(w))
}

/// Where the capitalised words that name someone start among a noun's modifiers: after its
/// determiner, even one capitalised at a sentence's start ("A Holt campaign ad"), and after
/// lowercase adjectives and years ("a senior Holt campaign official", "a 2013 Pew study").
fn first_named(modifiers: &[&str]) -> Option<usize> {
    modifiers
        .iter()
        .position(|w| is_capitalized(w) && !DETERMINERS.contains(&norm(w).as_str()))
}

/// The body an unnamed source speaks for when the body is named before it: "a Clinton campaign
/// official" → the Clinton campaign, "a senior White House aide" → the White House. The words
/// before the source noun must close with an organisation word: "a Clinton aide" names no body,
/// and is nobody's words but the aide's.
pub(super) fn body_before(phrase: &str) -> Option<Speaker> {
    if phrase.contains(',') {
        return None;
    }
    let ws = words(phrase);
    let (head, before) = ws.split_last()?;
    // "The Daily Caller": a capitalised head is a title, not a source noun.
    if is_capitalized(head) || !GENERIC_SOURCES.contains(&norm(head).as_str()) {
        return None;
    }
    let run = &before[first_named(before)?..];
    let named = run.iter().all(|w| is_capitalized(w) || is_org_word(w))
        && run.last().is_some_and(|w| is_org_word(w));
    if !named {
        return None;
    }
    parse_speaker(&format!("the {}", run.join(" "))).filter(|s| s.kind == SpeakerKind::Organization)
}

/// Who issued a document that speaks: "a Holt campaign ad" → "Holt campaign", "a New York Times
/// poll" → "New York Times", "her Twitter account" → "she". The owner is capitalised words (an
/// organisation word may close them) or a possessive pronoun between the determiner and the
/// document noun; "a Trump-style ad" and "a new poll" have none.
pub(super) fn document_owner(phrase: &str) -> Option<String> {
    let ws = words(phrase);
    let (head, before) = ws.split_last()?;
    if !DOCUMENT_NOUNS.contains(&norm(head).as_str()) || before.is_empty() {
        return None;
    }
    match norm(before[0]).as_str() {
        "his" if before.len() <= 2 => return Some("he".into()),
        "her" if before.len() <= 2 => return Some("she".into()),
        _ => {}
    }
    // Adjectives, years and a determiner before the owner ("a 2013 Pew study").
    let start = first_named(before)?;
    if start > 0 && !DETERMINERS.contains(&norm(before[0]).as_str()) {
        return None;
    }
    let owner = &before[start..];
    let fits = owner.iter().enumerate().all(|(k, w)| {
        let suffix_lower = w
            .split_once('-')
            .is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase));
        (is_capitalized(w) && !suffix_lower) || (k > 0 && is_org_word(w))
    });
    (fits && !owner.is_empty()).then(|| owner.join(" "))
}

/// The surname of a personal name: its last word that is not a suffix ("Martin Luther King Jr." →
/// "King").
pub fn surname(name: &str) -> Option<&str> {
    name.split_whitespace()
        .rev()
        .find(|w| !is_suffix(w))
        .map(|w| w.trim_end_matches(','))
}

fn fold(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Two spellings of one name part, each already [`fold`]ed: equal, or a transliteration or typo
/// apart (Liberman/Lieberman, Vedant/Verdant, Sergey/Sergei), which for short parts means almost
/// equal, so that John and Joan stay apart.
fn same_folded_part(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    if a.chars().next() != b.chars().next() {
        return false;
    }
    let shorter = a.chars().count().min(b.chars().count());
    let d = edit_distance(a, b);
    match shorter {
        0..=4 => d == 1 && (a.starts_with(b) || b.starts_with(a)),
        5..=7 => d <= 1,
        _ => d <= 2,
    }
}

/// An initial ("H." or "H") standing for a given name.
fn initial_matches(a: &str, b: &str) -> bool {
    folded_initial_matches(&fold(a), &fold(b))
}

fn folded_initial_matches(fa: &str, fb: &str) -> bool {
    (fa.len() == 1 && fb.starts_with(fa)) || (fb.len() == 1 && fa.starts_with(fb))
}

fn name_parts(name: &str) -> Vec<String> {
    let (n, _) = split_name_role(name);
    let n = n.unwrap_or_else(|| name.trim().to_owned());
    n.split_whitespace()
        .filter(|w| !is_suffix(w))
        .map(str::to_owned)
        .collect()
}

/// A spelling of a name read once for [`same_speaker`]: an article compares each new name with
/// every spelling of every person it has met, and reading a spelling (role words, suffixes,
/// folding) costs far more than comparing two read ones.
#[derive(Debug, Clone)]
pub struct NameKey {
    trimmed: String,
    /// The name's words without role words or suffixes, each [`fold`]ed.
    parts: Vec<String>,
    /// "Jr.", "III": father and son differ only here.
    suffixes: Vec<String>,
}

impl NameKey {
    pub fn new(name: &str) -> NameKey {
        NameKey {
            trimmed: name.trim().to_owned(),
            parts: name_parts(name).iter().map(|p| fold(p)).collect(),
            suffixes: name
                .split_whitespace()
                .filter(|w| is_suffix(w))
                .map(|w| norm(w).as_str().to_owned())
                .collect(),
        }
    }

    /// A given name and a surname at least, not a lone surname.
    fn is_full(&self) -> bool {
        self.parts.len() >= 2
    }

    /// [`same_speaker`] of the two spellings these keys were read from.
    pub fn same_speaker(&self, other: &NameKey) -> bool {
        if self.trimmed.eq_ignore_ascii_case(&other.trimmed) {
            return true;
        }
        let (pa, pb) = (&self.parts, &other.parts);
        let (Some(la), Some(lb)) = (pa.last(), pb.last()) else {
            return false;
        };
        // "Donald Trump" and "Donald Trump Jr." are father and son; "Brandt Jr." is the son too,
        // while a bare "Brandt" may be either.
        let (sa, sb) = (&self.suffixes, &other.suffixes);
        let lone_with_suffix = (pa.len() < 2 && !sa.is_empty()) || (pb.len() < 2 && !sb.is_empty());
        if (pa.len() >= 2 && pb.len() >= 2 || lone_with_suffix) && sa != sb {
            return false;
        }
        if !same_folded_part(la, lb) {
            return false;
        }
        match (pa.first(), pb.first()) {
            (Some(fa), Some(fb)) if pa.len() >= 2 && pb.len() >= 2 => {
                same_folded_part(fa, fb) || folded_initial_matches(fa, fb)
            }
            // A lone surname names whoever carries it.
            _ => true,
        }
    }
}

/// True when `a` and `b` are spellings of one speaker's name ("Avigdor Liberman", "Avigdor Lieberman",
/// "Lieberman"). Titles are ignored; surnames must match up to a typo or transliteration, and when
/// both spellings give a first name, those must match too (initials match their name), so Benjamin
/// and Sara Netanyahu stay two people. The store uses this to merge speakers across articles through
/// `speaker_aliases`. To compare one name with many, read each once with [`NameKey`].
pub fn same_speaker(a: &str, b: &str) -> bool {
    // Two equal spellings need no reading.
    a.trim().eq_ignore_ascii_case(b.trim()) || NameKey::new(a).same_speaker(&NameKey::new(b))
}

/// Whether a speaker already filed under `alias` can take a new spelling `name`: they must be
/// spellings of one name ([`same_speaker`]), and a full name never joins through a lone surname, or
/// "Ivanka Trump" would be filed under Donald Trump because both were once called "Trump".
pub fn joins_speaker(alias: &str, name: &str) -> bool {
    let (alias, name) = (NameKey::new(alias), NameKey::new(name));
    alias.same_speaker(&name) && (!name.is_full() || alias.is_full())
}

/// Why two spellings count as one speaker, in words an editor can check ("same surname 'liberman'
/// one letter apart; given names agree"), or None when they do not.
pub fn explain_same_speaker(a: &str, b: &str) -> Option<String> {
    if !same_speaker(a, b) {
        return None;
    }
    if a.trim().eq_ignore_ascii_case(b.trim()) {
        return Some("the same spelling, up to capitals".to_owned());
    }
    let (pa, pb) = (name_parts(a), name_parts(b));
    let (la, lb) = (pa.last()?, pb.last()?);
    let apart = edit_distance(&fold(la), &fold(lb));
    let surname = match apart {
        0 => format!("same surname \"{lb}\""),
        1 => format!("surnames \"{la}\" and \"{lb}\" one letter apart"),
        n => format!("surnames \"{la}\" and \"{lb}\" {n} letters apart"),
    };
    let given = match (pa.len() >= 2, pb.len() >= 2) {
        (true, true) => {
            let (fa, fb) = (&pa[0], &pb[0]);
            if fold(fa) == fold(fb) {
                format!("same given name \"{fb}\"")
            } else if initial_matches(fa, fb) {
                format!("\"{fa}\" and \"{fb}\" as initial and name")
            } else {
                format!("given names \"{fa}\" and \"{fb}\" a spelling apart")
            }
        }
        _ => "one spelling gives no given name".to_owned(),
    };
    Some(format!("{surname}; {given}"))
}

/// Picks the spelling to keep among spellings of one speaker: the most frequent full name (two or
/// more words), ties going to the first seen; a lone surname only when nothing fuller was given.
pub fn canonical_name<'a>(names: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for n in names {
        let n = n.trim();
        if n.is_empty() {
            continue;
        }
        match counts.iter_mut().find(|(m, _)| *m == n) {
            Some((_, c)) => *c += 1,
            None => counts.push((n, 1)),
        }
    }
    let best = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, (n, c))| (n.split_whitespace().count() >= 2, *c, std::cmp::Reverse(*i)))?;
    Some(best.1.0.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_name_never_joins_through_a_lone_surname() {
        assert!(joins_speaker("Donald Trump", "Trump"));
        assert!(!joins_speaker("Trump", "Ivanka Trump"));
        assert!(joins_speaker("Vladimir Putin", "Vladimir Putin"));
        assert!(!joins_speaker("Donald Trump", "Donald Trump Jr."));
        assert!(!same_speaker("Ivo Brandt", "Brandt Jr."));
        assert!(same_speaker("Ivo Brandt Jr.", "Brandt Jr."));
    }

    #[test]
    fn merges_are_explained_in_words() {
        let why =
            explain_same_speaker("Avigdor Liberman", "Avigdor Lieberman").expect("one person");
        assert!(
            why.contains("one letter apart") && why.contains("same given name"),
            "{why}"
        );
        let why = explain_same_speaker("Vladimir Putin", "Putin").expect("one person");
        assert!(why.contains("no given name"), "{why}");
        assert_eq!(
            explain_same_speaker("Benjamin Netanyahu", "Sara Netanyahu"),
            None
        );
    }

    #[test]
    fn spelling_variants_of_one_person_match() {
        assert!(same_speaker("Avigdor Liberman", "Avigdor Lieberman"));
        assert!(same_speaker("Avigdor Liberman", "Lieberman"));
        assert!(same_speaker("Vedant Patel", "Verdant Patel"));
        assert!(same_speaker("Sergey Lavrov", "Sergei Lavrov"));
        assert!(same_speaker("H. Jonas Pelletier", "Harold Pelletier"));
        assert!(same_speaker(
            "Defense Minister Avigdor Liberman",
            "Avigdor Liberman"
        ));
    }

    #[test]
    fn different_people_sharing_a_surname_do_not_match() {
        assert!(!same_speaker("Benjamin Netanyahu", "Sara Netanyahu"));
        assert!(!same_speaker("John Marsh", "Joan Marsh"));
        assert!(!same_speaker("Bill Clinton", "Hillary Clinton"));
        assert!(!same_speaker("Ada Brennan", "Ada Brannigan"));
        assert!(!same_speaker("Donald Trump", "Donald Trump Jr."));
        assert!(same_speaker("Martin Luther King Jr.", "King"));
    }

    #[test]
    fn names_are_split_from_titles_and_roles() {
        assert_eq!(
            split_name_role("Defense Minister Avigdor Liberman")
                .0
                .as_deref(),
            Some("Avigdor Liberman")
        );
        assert_eq!(
            split_name_role("Israeli defense chief Avigdor Liberman")
                .0
                .as_deref(),
            Some("Avigdor Liberman")
        );
        assert_eq!(
            split_name_role("State Department deputy principal spokesperson Vedant Patel"),
            (
                Some("Vedant Patel".to_owned()),
                Some("State Department deputy principal spokesperson".to_owned())
            )
        );
        assert_eq!(
            split_name_role("Mara Quell, a former official")
                .0
                .as_deref(),
            Some("Mara Quell")
        );
        assert_eq!(
            split_name_role("Avigdor Lieberman, Defence Minister")
                .0
                .as_deref(),
            Some("Avigdor Lieberman")
        );
        assert_eq!(split_name_role("a senior official").0, None);
        assert_eq!(
            split_name_role("campaign adviser Donald Trump Jr.")
                .0
                .as_deref(),
            Some("Donald Trump Jr.")
        );
    }

    #[test]
    fn organisations_and_people_are_told_apart() {
        let s = parse_speaker("the Mossad").expect("speaker");
        assert_eq!(
            (s.name.as_str(), s.kind),
            ("Mossad", SpeakerKind::Organization)
        );
        let s = parse_speaker("the Prime Minister's Office").expect("speaker");
        assert_eq!(
            (s.name.as_str(), s.kind),
            ("Prime Minister's Office", SpeakerKind::Organization)
        );
        let s = parse_speaker("the State Department").expect("speaker");
        assert_eq!(
            (s.name.as_str(), s.kind),
            ("State Department", SpeakerKind::Organization)
        );
        let s = parse_speaker("Harbor Party spokeswoman Lena Okafor").expect("speaker");
        assert_eq!(
            (s.name.as_str(), s.kind),
            ("Lena Okafor", SpeakerKind::Person)
        );
        assert_eq!(parse_speaker("he"), None);
        assert_eq!(parse_speaker("two senior officials"), None);
    }

    #[test]
    fn canonical_name_prefers_frequent_full_names() {
        assert_eq!(
            canonical_name([
                "Liberman",
                "Avigdor Liberman",
                "Avigdor Lieberman",
                "Avigdor Liberman"
            ])
            .as_deref(),
            Some("Avigdor Liberman")
        );
        assert_eq!(canonical_name(["Okafor"]).as_deref(), Some("Okafor"));
        assert_eq!(canonical_name([]), None);
    }

    #[test]
    fn a_capitalised_particle_opening_a_name_is_a_given_name() {
        assert_eq!(
            split_name_role("Republican candidate Ben Carson")
                .0
                .as_deref(),
            Some("Ben Carson")
        );
        assert_eq!(
            split_name_role("Abu Bakr Haddad").0.as_deref(),
            Some("Abu Bakr Haddad")
        );
    }

    #[test]
    fn companies_are_organisations() {
        for (phrase, name) in [
            ("Carmel Line", "Carmel Line"),
            ("Harwick Holdings", "Harwick Holdings"),
            ("the Ostrava Shipping Co.", "Ostrava Shipping Co"),
            ("Velden Logistics", "Velden Logistics"),
        ] {
            let s = parse_speaker(phrase).expect("speaker");
            assert_eq!(
                (s.name.as_str(), s.kind),
                (name, SpeakerKind::Organization),
                "{phrase}"
            );
        }
    }

    #[test]
    fn a_dateline_in_capitals_is_no_organisation() {
        assert_eq!(parse_speaker("WASHINGTON"), None);
        let s = parse_speaker("the IAEA").expect("speaker");
        assert_eq!(
            (s.name.as_str(), s.kind),
            ("IAEA", SpeakerKind::Organization)
        );
    }
}
