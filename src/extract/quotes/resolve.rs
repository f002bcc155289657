//! Coreference: the per-article [`Context`] that turns an attribution phrase into the person or body
//! meant, resolving pronouns, surnames, definite roles ("the chief of staff"), organisation nouns
//! ("the company") and "the statement" from the names, roles and organisations the article gives.

use std::sync::LazyLock;

use regex::Regex;

use super::cues::subject_of;
use super::names::{
    body_before, document_owner, is_capitalized, is_generic_source, is_org_word, is_role,
    parse_speaker, split_name_role, surname,
};
use super::phrases::clause_subject;
use super::reported::reported_speech;
use super::roles::{Gender, gender_of_word, lower_words, read_roles};
use super::spans::{
    Segment, SentenceEnd, double_segments, last_sentence_break, last_sentence_start,
    sentence_breaks,
};
use super::tokens::{WORD, is_abbreviation, is_speech_verb, join_span, tokenize};
use crate::extract::entities::{Entities, EntityKind, kind_of_name};
use crate::extract::runs::capital_runs;
use crate::extract::words::{
    COMPANY_WORDS, FUNCTION_CAPS, Lower, ORG_ANAPHORS, PERSONAL_PRONOUNS, PLACE_PREFIXES,
    PLACE_WORDS, ROLE_HEADS, SPEECH_VERBS, TrimPossessive, UNRESOLVED_PRONOUNS,
    lowercase as lowercased,
};
use crate::extract::{Paragraph, Quote, QuoteKind, Speaker, SpeakerKind};

/// A full name as people are written: no sentence break inside ("ITV. Trump") and no word in
/// capitals ("NEAR EAST").
fn looks_like_person(name: &str) -> bool {
    let ws: Vec<&str> = name.split_whitespace().collect();
    let last = ws.last().map_or(Lower::Borrowed(""), |w| lowercased(w));
    ws.len() >= 2
        && !PLACE_WORDS.contains(&last.as_str())
        && !matches!(last.as_str(), "east" | "west" | "north" | "south")
        && ws.iter().all(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            let shouting = letters >= 3
                && w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            !(shouting || (w.ends_with('.') && letters > 2 && !is_abbreviation(w)))
        })
}

fn is_definite_role(lower: &str) -> bool {
    let ws: Vec<&str> = lower.split_whitespace().collect();
    ws.len() >= 2
        && ws.len() <= 5
        && ws[0] == "the"
        && ws.last().is_some_and(|h| ROLE_HEADS.contains(h))
        && !ws
            .iter()
            .any(|w| matches!(*w, "of" | "for" | "and" | "former"))
}

/// Per-article state used to resolve "he", "the statement" and surnames.
pub(super) struct Context<'a> {
    /// Full personal names in the article, with the paragraph each is first seen in.
    names: Vec<(usize, String)>,
    last_person: Option<String>,
    /// Who last "released a statement" (for "the statement said").
    last_statement_source: Option<Speaker>,
    /// Words the article also writes in lowercase: ordinary words, not names, when capitalised at
    /// the start of a sentence.
    lowercase: rustc_hash::FxHashSet<&'a str>,
    /// The words of the roles the article gives each person ("Chief of the General Staff, Valery
    /// Gerasimov"), with the paragraph they are given in, for "the chief of staff said".
    roles: Vec<(usize, String, Vec<String>)>,
    /// What titles and gendered roles say about each person ("Mrs. Okafor", "spokeswoman ...").
    genders: std::collections::HashMap<String, Gender>,
    /// Organisations the article names, with the paragraph each is named in, for "the company said".
    orgs: Vec<(usize, String)>,
    /// People the article names by one word only ("Mr. Trump", or "Trump said" with no full name
    /// anywhere), so that a "he" can still refer back to them.
    lone_people: rustc_hash::FxHashSet<String>,
    /// One-word names the entity model types as places, bodies or things: never a lone person.
    not_people: rustc_hash::FxHashSet<String>,
}

static NAME_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{Lu}[\p{L}'’\-]*\.?(?:\s+(?:(?:de|del|van|von|der|bin|al|la|le|da|di)\s+)?\p{Lu}[\p{L}'’\-]*\.?){1,5}")
        .expect("name run pattern compiles")
});

/// A run of capitalised words that may name a body, small joining words allowed ("the Ministry of
/// Ports and Harbours", "Bank of Ardmore").
static ORG_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\p{Lu}[\p{L}'’\-&.]*(?:\s+(?:(?:of|for|and|on|the|&)\s+){0,2}\p{Lu}[\p{L}'’\-&.]*){1,6}",
    )
    .expect("organisation run pattern compiles")
});

static STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:released|issued|put out|sent|posted|published)\s+(?:a|an)\s+(?:\w+\s+){0,2}statement").expect("statement pattern compiles")
});

impl<'a> Context<'a> {
    pub(super) fn new(paragraphs: &'a [Paragraph], entities: &Entities) -> Self {
        // Words the article also writes in lowercase are ordinary words when they open a sentence
        // ("Out Ted Cruz went …" names Ted Cruz).
        let lowercase: rustc_hash::FxHashSet<&str> = paragraphs
            .iter()
            .flat_map(|p| p.text.split_whitespace())
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let mut names: Vec<(usize, String)> = Vec::new();
        for (pi, p) in paragraphs.iter().enumerate() {
            let runs = capital_runs(&NAME_RUN, &p.text)
                .flat_map(|m| sentence_pieces(m.start(), m.as_str()));
            for (run_start, run) in runs {
                let mut run = run.trim().trim_end_matches(['.', ',']);
                if let Some((first, rest)) = run.split_once(char::is_whitespace) {
                    let lower = lowercased(first);
                    let at_start = p.text[..run_start].trim_end().is_empty_or_ends_sentence();
                    // "Said Corman, “…”": an inverted verb opening the sentence.
                    let inverted_verb = SPEECH_VERBS.contains(&lower.as_str());
                    if at_start
                        && (inverted_verb
                            || lowercase.contains(lower.as_str())
                                && rest.split_whitespace().count() >= 2)
                    {
                        run = rest.trim_start();
                    }
                }
                // "When Celia Dunmore took …": clause words before the name are not part of it.
                while let Some((first, rest)) = run.split_once(char::is_whitespace) {
                    let l = lowercased(first);
                    if FUNCTION_CAPS.contains(&l.as_str())
                        && !matches!(l.as_str(), "al" | "el" | "san" | "new")
                        && rest.split_whitespace().count() >= 2
                    {
                        run = rest.trim_start();
                    } else {
                        break;
                    }
                }
                let (Some(name), _) = split_name_role(run) else {
                    continue;
                };
                let ws: Vec<&str> = name.split_whitespace().collect();
                // Places and bodies are not people a "he" or a surname could stand for.
                let last = ws.last().map_or(Lower::Borrowed(""), |w| lowercased(w));
                if ws.len() < 2
                    || FUNCTION_CAPS.contains(lowercased(ws[0]).trim_end_matches('.'))
                    || PLACE_WORDS.contains(&last.as_str())
                    || PLACE_PREFIXES.contains(lowercased(ws[0]).as_str())
                    || is_org_word(&last)
                {
                    continue;
                }
                if ws.iter().any(|w| w.ends_with("'s") || w.ends_with("’s"))
                    || !looks_like_person(&name)
                {
                    continue;
                }
                if !names.iter().any(|(_, n)| n == &name) {
                    names.push((pi, name));
                }
            }
        }
        // The entity model has the last word on what a name is: places, events, works and bodies
        // are no one a "he" or a surname could stand for.
        names.retain(|(pi, name)| {
            let kind = entities
                .resolve(name, *pi)
                .map_or_else(|| kind_of_name(name), |e| e.kind);
            matches!(kind, EntityKind::Person | EntityKind::Unknown)
        });
        let (roles, genders) = read_roles(paragraphs, &names, |name| entities.gender_of(name));
        let mut orgs: Vec<(usize, String)> = Vec::new();
        for (pi, p) in paragraphs.iter().enumerate() {
            for m in capital_runs(&ORG_RUN, &p.text) {
                let run = m.as_str().trim().trim_end_matches(['.', ',']);
                if let Some(sp) = parse_speaker(run)
                    && sp.kind == SpeakerKind::Organization
                    && sp.name.contains(' ')
                {
                    orgs.push((pi, sp.name));
                }
            }
        }
        let lone_people = entities
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person && !e.name.contains(' '))
            .map(|e| e.name.clone())
            .collect();
        let not_people = entities
            .entities
            .iter()
            .filter(|e| {
                !e.name.contains(' ')
                    && matches!(
                        e.kind,
                        EntityKind::Place | EntityKind::Organization | EntityKind::Other
                    )
            })
            .map(|e| e.name.clone())
            .collect();
        Context {
            not_people,
            names,
            last_person: None,
            last_statement_source: None,
            lowercase,
            roles,
            genders,
            orgs,
            lone_people,
        }
    }

    /// The person a definite description stands for ("the chief of the military General Staff"):
    /// among people the article has given a role by paragraph `pi`, the one whose role shares the
    /// description's head noun and most of its other words; the latest on a tie.
    fn described(&self, lower: &str, pi: usize) -> Option<String> {
        let ws: Vec<&str> = lower.split_whitespace().collect();
        if ws.len() < 2 || ws[0] != "the" || ws.len() > 9 {
            return None;
        }
        let body = &ws[1..];
        let head = match body.iter().position(|w| *w == "of" || *w == "for") {
            Some(k) if k > 0 => body[k - 1],
            Some(_) => return None,
            None => body[body.len() - 1],
        };
        let head = head.trim_possessive();
        // "the Trump campaign" names a body; "the former" names nobody.
        if !(is_role(head) || ROLE_HEADS.contains(&head))
            || is_org_word(head)
            || matches!(head, "former" | "first" | "top" | "senior")
        {
            return None;
        }
        let desc = lower_words(&body.join(" "));
        // "the president" is not the vice president, nor "the minister" the deputy minister.
        let rank = |words: &[String]| {
            words
                .iter()
                .filter(|w| {
                    matches!(
                        w.as_str(),
                        "vice" | "deputy" | "assistant" | "associate" | "acting" | "lieutenant"
                    )
                })
                .cloned()
                .collect::<std::collections::BTreeSet<_>>()
        };
        let want_rank = rank(&desc);
        let head = lower_words(head).pop().unwrap_or_default();
        let fits = |name: &str, role: &[String]| {
            role.contains(&head) && rank(role) == want_rank && looks_like_person(name)
        };
        let score = |role: &[String]| desc.iter().filter(|w| role.contains(w)).count();
        // Someone given the role by this paragraph, the latest on a tie; else (the role may be
        // spelled out only in a caption the body never repeats) the first given it later.
        let earlier = self.roles.iter().filter(|(p, n, r)| *p <= pi && fits(n, r));
        let later = self.roles.iter().filter(|(p, n, r)| *p > pi && fits(n, r));
        let pick = |cands: Vec<&(usize, String, Vec<String>)>, latest: bool| {
            let mut best: Option<(usize, &str)> = None;
            for (_, name, role) in &cands {
                let sc = score(role);
                if best.is_none_or(|(b, _)| sc > b || (sc == b && latest)) {
                    best = Some((sc, name));
                }
            }
            // Another person given the same role as well makes the description ambiguous.
            let (sc, name) = best?;
            let rival = cands.iter().any(|(_, n, r)| n != name && score(r) == sc);
            (!rival).then(|| name.to_owned())
        };
        let earlier: Vec<_> = earlier.collect();
        if !earlier.is_empty() {
            return pick(earlier, true);
        }
        pick(later.collect(), false)
    }

    /// The organisation "the company", "the ministry" or "the group" stands for: the latest one
    /// named by paragraph `pi` whose name has that noun, or for "company"-like nouns a company's
    /// ending ("Carmel Line", "Harwick Holdings").
    fn org_anaphor(&self, phrase: &str, pi: usize) -> Option<Speaker> {
        let lower = phrase.trim().to_lowercase();
        let ws: Vec<&str> = lower.split_whitespace().collect();
        if ws.len() < 2 || ws.len() > 4 || ws[0] != "the" {
            return None;
        }
        // "the Trump campaign" is a name in its own right: only a common-noun phrase looks back.
        if phrase.split_whitespace().skip(1).any(is_capitalized) {
            return None;
        }
        let noun = ws[ws.len() - 1];
        if !ORG_ANAPHORS.contains(&noun) {
            return None;
        }
        let companyish = matches!(
            noun,
            "company"
                | "firm"
                | "group"
                | "carrier"
                | "operator"
                | "airline"
                | "insurer"
                | "lender"
                | "retailer"
                | "manufacturer"
        );
        let fits = |name: &str| {
            let words = lower_words(name);
            words
                .iter()
                .any(|w| w == noun || w.trim_end_matches('s') == noun)
                || (companyish
                    && words
                        .last()
                        .is_some_and(|l| COMPANY_WORDS.contains(&l.as_str())))
        };
        self.orgs
            .iter()
            .rev()
            .find(|(p, n)| *p <= pi && fits(n))
            .map(|(_, n)| Speaker {
                name: n.clone(),
                kind: SpeakerKind::Organization,
            })
    }

    fn compatible(&self, name: &str, want: Option<Gender>) -> bool {
        match (want, self.genders.get(name)) {
            (Some(w), Some(g)) => w == *g,
            _ => true,
        }
    }

    /// The full name a lone surname (or first name) stands for: the latest full name seen by
    /// paragraph `pi` that ends in it, else the first one after.
    fn full_name(&self, word: &str, pi: usize) -> Option<String> {
        let word = word.trim_possessive();
        let hits: Vec<&(usize, String)> = self
            .names
            .iter()
            .filter(|(_, n)| surname(n).is_some_and(|s| s.eq_ignore_ascii_case(word)))
            .collect();
        hits.iter()
            .rev()
            .find(|(p, _)| *p <= pi)
            .or_else(|| hits.first())
            .map(|(_, n)| n.clone())
    }

    /// Whether `words` (the writer's words after a quotation) name a person other than `speaker`:
    /// a surname or full name of someone else the article names.
    pub(super) fn names_another_person(
        &self,
        words: &str,
        pi: usize,
        speaker: Option<&Speaker>,
    ) -> bool {
        let speaker = speaker.map(|s| s.name.as_str()).unwrap_or("");
        WORD.find_iter(words).any(|m| {
            let w = m.as_str().trim_end_matches('.');
            is_capitalized(w)
                && self
                    .full_name(w, pi)
                    .is_some_and(|full| full != speaker && surname(&full) != Some(speaker))
        })
    }

    /// The person a "he"/"she" at byte `at` of paragraph `pi` refers to: the latest speaker if the
    /// paragraph mentions them before the pronoun, else the first person the sentence or paragraph
    /// mentions, else the latest speaker.
    fn pronoun(&self, text: &str, at: usize, pi: usize, gender: Option<Gender>) -> Option<String> {
        self.referent(text, at, pi, false, gender)
    }

    /// The person a pronoun or a definite role ("the U.S. leader") refers to; a role needs the
    /// person to be named earlier in the same paragraph. A "she" skips people the article calls
    /// "Mr." or a spokesman, and a "he" those it calls "Ms." or a spokeswoman.
    fn referent(
        &self,
        text: &str,
        at: usize,
        pi: usize,
        need_mention: bool,
        gender: Option<Gender>,
    ) -> Option<String> {
        // A pronoun looks back over its paragraph, a few thousand bytes at most: more than any news
        // paragraph holds, and a paragraph that is one endless line is not read again for every "he".
        let from = text.floor_char_boundary(at.saturating_sub(4096));
        let before = &text[from..at];
        // Speakers seldom name themselves: names inside quotations are not who "he" is.
        let quoted = double_segments(before);
        let mut mentioned: Vec<(usize, String)> = Vec::new();
        for m in WORD.find_iter(before) {
            if quoted
                .iter()
                .any(|g| g.open <= m.start() && m.start() < g.close_end)
            {
                continue;
            }
            let w = m.as_str().trim_end_matches('.');
            if !is_capitalized(w) || FUNCTION_CAPS.contains(lowercased(w).as_str()) {
                continue;
            }
            let bare = w.trim_possessive();
            match self.full_name(w, pi) {
                Some(full) if surname(&full).is_some_and(|s| s.eq_ignore_ascii_case(bare)) => {
                    mentioned.push((m.start(), full));
                }
                None if self.lone_people.contains(bare) => {
                    mentioned.push((m.start(), bare.to_owned()))
                }
                _ => {}
            }
        }
        mentioned.retain(|(_, n)| self.compatible(n, gender));
        let last_person = self
            .last_person
            .as_ref()
            .filter(|n| self.compatible(n, gender));
        if let Some(last) = last_person
            && mentioned.iter().any(|(_, n)| n == last)
        {
            return Some(last.clone());
        }
        let sentence_start = last_sentence_start(before, before.len());
        let found = mentioned
            .iter()
            .find(|(p, _)| *p >= sentence_start)
            .or_else(|| mentioned.first())
            .map(|(_, n)| n.clone());
        if need_mention {
            return found;
        }
        // Nobody has spoken yet: the person the article introduced last.
        // Someone known to match the pronoun beats someone the article says nothing about.
        let known = |n: &str| gender.is_some() && self.genders.get(n).copied() == gender;
        found.or_else(|| last_person.cloned()).or_else(|| {
            let seen = || self.names.iter().rev().filter(|(p, _)| *p <= pi);
            seen()
                .find(|(_, n)| known(n))
                .or_else(|| seen().find(|(_, n)| self.compatible(n, gender)))
                .map(|(_, n)| n.clone())
        })
    }

    /// Turns an attribution phrase into a speaker, resolving pronouns, surnames and "the statement".
    pub(super) fn resolve(
        &self,
        phrase: &str,
        text: &str,
        at: usize,
        pi: usize,
    ) -> Option<Speaker> {
        let lower = phrase.trim().to_lowercase();
        if PERSONAL_PRONOUNS.contains(&lower.as_str()) {
            return self
                .pronoun(text, at, pi, gender_of_word(&lower))
                .map(|name| Speaker {
                    name,
                    kind: SpeakerKind::Person,
                });
        }
        if UNRESOLVED_PRONOUNS.contains(&lower.as_str()) {
            return None;
        }
        let person = |name| Speaker {
            name,
            kind: SpeakerKind::Person,
        };
        // "“…,” King says": a lone capitalised role word that is the surname of someone the article
        // names in full.
        let bare = phrase.trim();
        if !bare.contains(' ')
            && is_capitalized(bare)
            && is_role(bare)
            && let Some(full) = self.full_name(bare, pi)
            && full.contains(' ')
        {
            return Some(person(full));
        }
        // A role the article gave someone beats whoever the paragraph happens to mention.
        if is_definite_role(&lower) {
            return self
                .described(&lower, pi)
                .or_else(|| self.referent(text, at, pi, true, None))
                .map(person);
        }
        if let Some(org) = self.org_anaphor(phrase, pi) {
            return Some(org);
        }
        if let Some(name) = self.described(&lower, pi) {
            return Some(person(name));
        }
        if is_generic_source(phrase) {
            if let Some(body) = body_behind(phrase) {
                return Some(body);
            }
            if lower.ends_with("statement") || lower.ends_with("release") {
                // "X issued a statement saying …": the statement's issuer in its own sentence.
                let start = last_sentence_start(text, at);
                let end = text.floor_char_boundary((at + phrase.len()).min(text.len()));
                if let Some((issuer, issuer_at)) = statement_issuer(text, start, end)
                    && issuer_at < at
                {
                    return self.resolve(&issuer, text, issuer_at, pi);
                }
                return self.last_statement_source.clone();
            }
            return None;
        }
        // "a Holt campaign ad declared", "her Twitter account posted": the document's issuer, when
        // it is a body or a person the article names.
        if let Some(body) = body_before(phrase) {
            return Some(body);
        }
        // A body's name reads as one with its article ("the Holt campaign").
        let owner = document_owner(phrase).map(|o| match o.rsplit(' ').next() {
            Some(last) if o.contains(' ') && is_org_word(last) => format!("the {o}"),
            _ => o,
        });
        if let Some(owner) = owner
            && let Some(issuer) = self.resolve(&owner, text, at, pi)
            && issuer.kind != SpeakerKind::Unknown
        {
            return Some(issuer);
        }
        let speaker = parse_speaker(phrase)?;
        if speaker.kind == SpeakerKind::Organization {
            return Some(speaker);
        }
        if !speaker.name.contains(' ')
            && let Some(full) = self.full_name(&speaker.name, pi)
        {
            return Some(Speaker {
                name: full,
                kind: SpeakerKind::Person,
            });
        }
        // "Insurers said", "Commuters said": a plural noun at the head of a sentence names a group
        // of people, nobody in particular.
        let l = speaker.name.to_lowercase();
        if speaker.kind == SpeakerKind::Unknown
            && ["ers", "ors", "ists", "ents", "ians"]
                .iter()
                .any(|s| l.ends_with(s))
        {
            return None;
        }
        // "Continuing, …", "Signs of …": a lone capitalised word that the article also uses in
        // lowercase, or a participle or adverb, opened a sentence; it names nobody.
        if speaker.kind == SpeakerKind::Unknown
            && (self.lowercase.contains(l.as_str()) || l.ends_with("ing") || l.ends_with("ly"))
        {
            return None;
        }
        Some(speaker)
    }

    pub(super) fn note_speaker(&mut self, s: &Option<Speaker>) {
        let Some(s) = s else { return };
        if s.kind == SpeakerKind::Person && s.name.contains(' ') {
            self.last_person = Some(s.name.clone());
        } else if matches!(s.kind, SpeakerKind::Person | SpeakerKind::Unknown)
            && !s.name.contains(' ')
            && !self.not_people.contains(&s.name)
            // A place read as the subject of a speech verb ("Miami said") is never a "he".
            && !matches!(
                kind_of_name(&s.name),
                EntityKind::Place | EntityKind::Organization | EntityKind::Other
            )
        {
            self.lone_people.insert(s.name.clone());
        }
    }

    /// The person or body the last sentence of a paragraph is about, when it names one.
    pub(super) fn closing_subject(&self, text: &str, pi: usize) -> Option<(Speaker, String)> {
        let start = last_sentence_break(text).unwrap_or(0);
        let toks = tokenize(&text[start..], start);
        let (a, b) = clause_subject(&toks)?;
        let phrase = join_span(text, &toks[a..b]);
        let sp = self.resolve(&phrase, text, toks[a].start, pi)?;
        (sp.kind != SpeakerKind::Unknown || sp.name.contains(' ')).then_some((sp, phrase))
    }

    /// Reads a paragraph's sentences for who spoke without quotation marks ("Sofrin said the issue
    /// ...", "the Prime Minister's Office released a statement"), so that a later "he said" or "the
    /// statement said" resolves to them.
    pub(super) fn observe(&mut self, text: &str, pi: usize, segs: &[Segment]) -> Vec<Quote> {
        let mut reported = Vec::new();
        let mut starts = vec![0];
        starts.extend(sentence_breaks(text));
        starts.push(text.len());
        for w in starts.windows(2) {
            let (s, e) = (w[0], w[1]);
            if segs.iter().any(|g| g.start < e && g.end > s) {
                continue;
            }
            if let Some((issuer, issuer_at)) = statement_issuer(text, s, e)
                && let Some(sp) = self.resolve(&issuer, text, issuer_at, pi)
            {
                self.last_statement_source = Some(sp);
            }
            let toks = tokenize(&text[s..e], s);
            let found = reported_speech(text, &toks, s, e).map(|(a, from, to)| {
                let speaker = self.resolve(&a.phrase, text, a.at, pi);
                (a, from, to, speaker)
            });
            // Reported speech needs a source: a resolved speaker or an unnamed one ("officials").
            let found = found.filter(|(a, _, _, sp)| sp.is_some() || is_generic_source(&a.phrase));
            if let Some((a, from, to, speaker)) = found {
                self.note_speaker(&speaker);
                let content = text[from..to]
                    .trim()
                    .trim_end_matches(['.', ',', ';'])
                    .trim_end();
                reported.push(Quote {
                    paragraph: pi,
                    text: content.to_owned(),
                    speaker,
                    attribution: Some(a.phrase),
                    verb: a.verb,
                    kind: QuoteKind::Indirect,
                });
            } else if let Some(v) = toks
                .iter()
                .position(|t| is_speech_verb(t) && !is_capitalized(t.text))
                && let Some(a) = subject_of(text, &toks, v)
            {
                let sp = self.resolve(&a.phrase, text, a.at, pi);
                self.note_speaker(&sp);
            }
        }
        reported
    }
}

/// A run of capitalised words cut where a sentence ends inside it: "… the source was Israel. Within
/// days" holds no name "Israel. Within"; "Gen. Ola Sunde" and "H.R. McMaster" keep their stops.
/// Returns each piece with where it starts.
fn sentence_pieces(start: usize, run: &str) -> Vec<(usize, &str)> {
    let mut pieces = Vec::new();
    let (mut from, mut cursor) = (0, 0);
    for word in run.split_whitespace() {
        let at = cursor + run[cursor..].find(word).unwrap_or(0);
        cursor = at + word.len();
        if word.ends_with('.') && !is_abbreviation(word) && cursor < run.trim_end().len() {
            pieces.push((start + from, &run[from..cursor]));
            from = cursor + (run[cursor..].len() - run[cursor..].trim_start().len());
        }
    }
    pieces.push((start + from, &run[from..]));
    pieces
}

/// "Union leader Per Dahl issued a statement …": the subject of a sentence in `text[from..to]` that
/// issues a statement, with where it starts.
fn statement_issuer(text: &str, from: usize, to: usize) -> Option<(String, usize)> {
    let sentence = &text[from..to];
    if !STATEMENT.is_match(sentence) {
        return None;
    }
    let toks = tokenize(sentence, from);
    let (a, b) = clause_subject(&toks)?;
    let issuer = join_span(text, &toks[a..b]);
    // "The statement said": a statement is never its own issuer.
    (!issuer.to_lowercase().ends_with("statement")).then_some((issuer, toks[a].start))
}

/// "a statement from the Harbour Workers Union", "a spokeswoman for the Ministry of Transport", "a
/// report by the Nordic Shipping Institute": an unnamed source's words are the named body's, the
/// organisation after the preposition.
fn body_behind(phrase: &str) -> Option<Speaker> {
    let lower = phrase.to_lowercase();
    let at = [" from ", " by ", " for ", " at ", " of ", " to "]
        .iter()
        .filter_map(|p| lower.find(p).map(|i| i + p.len()))
        .min()?;
    parse_speaker(&phrase[at..]).filter(|s| s.kind == SpeakerKind::Organization)
}
