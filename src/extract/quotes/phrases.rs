//! Noun phrases that can name a speaker: read right to left from a speech verb ("Israeli defense
//! chief Avigdor Liberman" told), left to right after one (said "Mara Quell, a former official"), or
//! at the head of a clause, and whether the words found can speak at all.

use super::names::{is_capitalized, is_generic_source, is_org_word, is_role, split_name_role};
use super::tokens::{Tok, is_speech_verb};
use crate::extract::words::{FUNCTION_CAPS, PERSONAL_PRONOUNS, UNRESOLVED_PRONOUNS};

/// Can these words be the subject of a speech verb: a name, a pronoun, or a noun phrase about
/// people or bodies?
pub(super) fn plausible_speaker(toks: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return false;
    };
    // "the GOP's “establishment”": a possessive qualifies the next word; it does not speak.
    if toks.len() > 14
        || last.text.ends_with("'s")
        || last.text.ends_with("’s")
        || last.text.ends_with("s'")
    {
        return false;
    }
    let lower = first.lower();
    if toks.len() == 1
        && (is_determiner_start(first)
            || (FUNCTION_CAPS.contains(&lower.as_str())
                && !PERSONAL_PRONOUNS.contains(&lower.as_str())
                && !UNRESOLVED_PRONOUNS.contains(&lower.as_str())))
    {
        return false;
    }
    if toks.len() == 1 {
        return PERSONAL_PRONOUNS.contains(&lower.as_str())
            || UNRESOLVED_PRONOUNS.contains(&lower.as_str())
            || is_org_word(first.text)
            || is_capitalized(first.text)
            || is_generic_source(first.text);
    }
    // A pronoun never heads a longer subject ("he said" is one word).
    if PERSONAL_PRONOUNS.contains(&lower.as_str()) {
        return false;
    }
    let head: Vec<&Tok> = toks
        .iter()
        .take_while(|t| !t.is(",") && !t.is("("))
        .collect();
    // "the White House": words that open clauses ("White", "House") count inside a name.
    head.iter().enumerate().any(|(i, t)| {
        is_capitalized(t.text) && (i > 0 || !FUNCTION_CAPS.contains(&t.lower().as_str()))
    }) || head
        .last()
        .is_some_and(|t| is_generic_source(t.text) || is_people_noun(t.text))
}

fn is_people_noun(w: &str) -> bool {
    split_name_role(w).0.is_none()
        && (is_generic_source(w) || is_org_word(w) || is_role(w) || {
            let l = w.to_lowercase();
            l.ends_with("man")
                || l.ends_with("woman")
                || l.ends_with("ist")
                || l.ends_with("er")
                || l.ends_with("ers")
                || l.ends_with("or")
                || l.ends_with("ors")
                || l.ends_with("ent")
                || l.ends_with("ents")
        })
}

/// Words that may belong to a noun phrase naming a speaker, read right to left from a verb.
/// "I'm", "we're", "it's": a pronoun and its verb in one word, which names nobody.
fn is_pronoun_contraction(lower: &str) -> bool {
    lower.split_once('\'').is_some_and(|(pronoun, verb)| {
        matches!(pronoun, "i" | "we" | "you" | "he" | "she" | "it" | "they")
            && matches!(verb, "m" | "re" | "ve" | "ll" | "d" | "s")
    })
}

fn np_word(t: &Tok) -> bool {
    if !t.is_word() {
        return false;
    }
    let l = t.lower();
    if is_pronoun_contraction(&l) {
        return false;
    }
    is_capitalized(t.text)
        || is_generic_source(t.text)
        || is_role_word(&l)
        || is_org_word(&l)
        || l.chars().all(|c| c.is_numeric())
        || matches!(
            l.as_str(),
            "senior"
                | "top"
                | "former"
                | "chief"
                | "deputy"
                | "state"
                | "federal"
                | "local"
                | "military"
                | "defense"
                | "defence"
                | "foreign"
                | "intelligence"
                | "administration"
                | "campaign"
                | "government"
                | "white"
                | "house"
                | "security"
                | "press"
                | "party"
                | "election"
                | "presidential"
                | "republican"
                | "democratic"
                | "principal"
                | "assistant"
                | "national"
        )
}

/// A common noun for a source ("spokeswoman", "report", "official") that a preposition can tie to
/// the body behind it.
fn is_source_noun(w: &str) -> bool {
    !is_capitalized(w) && (is_generic_source(w) || is_role(w))
}

pub(super) fn is_role_word(l: &str) -> bool {
    is_role(l)
}

/// The noun phrase that ends right before `toks[v]` (a verb), read right to left: "Israeli defense
/// chief Avigdor Liberman" before "told", "the Mossad" before "said".
pub(super) fn np_before(toks: &[Tok], v: usize) -> Option<(usize, usize)> {
    let end = v;
    let mut start = v;
    while start > 0 {
        let t = &toks[start - 1];
        let l = t.lower();
        if PERSONAL_PRONOUNS.contains(&l.as_str()) || UNRESOLVED_PRONOUNS.contains(&l.as_str()) {
            if start == end {
                start -= 1;
            }
            break;
        }
        if matches!(
            l.as_str(),
            "the"
                | "a"
                | "an"
                | "two"
                | "three"
                | "several"
                | "some"
                | "many"
                | "one"
                | "another"
                | "other"
                | "his"
                | "her"
                | "their"
                | "its"
        ) {
            start -= 1;
            // Keep going only through "of the"/"for the" ("the chief of the military staff"), or
            // a preposition after an unnamed source ("an official at the Ministry").
            let source_before = start >= 2 && is_source_noun(toks[start - 2].text);
            if start >= 2
                && (matches!(toks[start - 1].lower().as_str(), "of" | "for")
                    && np_word(&toks[start - 2])
                    || source_before
                        && matches!(
                            toks[start - 1].lower().as_str(),
                            "at" | "from" | "by" | "to"
                        ))
            {
                start -= 1;
                continue;
            }
            break;
        }
        if (l == "of" || l == "for" || l == "&" || l == "and")
            && start < end
            && start >= 2
            && np_word(&toks[start - 2])
            && is_capitalized(toks[start].text)
        {
            start -= 1;
            continue;
        }
        // "sources in Tel Aviv", "officials at the Pentagon": a place after an unnamed source.
        if matches!(l.as_str(), "in" | "at" | "from")
            && start < end
            && start >= 2
            && is_generic_source(toks[start - 2].text)
        {
            start -= 1;
            continue;
        }
        // A role in lowercase ("the minister said") is a noun here, not a clause word.
        let clause_word = FUNCTION_CAPS.contains(&l.as_str())
            && !is_capitalized_name_like(toks, start - 1)
            && (is_capitalized(t.text) || !is_role_word(&l));
        if np_word(t) && !clause_word {
            start -= 1;
            continue;
        }
        // "An industry group", "the trade association": one lowercase modifier between a
        // determiner and a noun for a body or a group.
        if start < end
            && start >= 2
            && t.is_word()
            && !is_speech_verb(t)
            && (is_org_word(toks[start].text) || is_generic_source(toks[start].text))
            && is_determiner_start(&toks[start - 2])
        {
            start -= 1;
            continue;
        }
        break;
    }
    // A capitalised function word ("But", "When") never opens the phrase.
    while start < end
        && FUNCTION_CAPS.contains(&toks[start].lower().as_str())
        && !is_determiner_start(&toks[start])
        && !is_capitalized_name_like(toks, start)
        && !(end - start == 1 && PERSONAL_PRONOUNS.contains(&toks[start].lower().as_str()))
    {
        start += 1;
    }
    (start < end).then_some((start, end))
}

fn is_determiner_start(t: &Tok) -> bool {
    matches!(
        t.lower().as_str(),
        "the"
            | "a"
            | "an"
            | "two"
            | "three"
            | "several"
            | "some"
            | "many"
            | "one"
            | "another"
            | "other"
            // "said her senior adviser, X": a possessive opens a description like an article.
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
    )
}

/// Role words such as "President" or "Secretary" sit in FUNCTION_CAPS so that they never start a
/// clause subject on their own, but they do belong to a phrase naming someone ("President Trump").
fn is_capitalized_name_like(toks: &[Tok], i: usize) -> bool {
    let l = toks[i].lower();
    is_capitalized(toks[i].text)
        && matches!(
            l.as_str(),
            "president"
                | "prime"
                | "minister"
                | "secretary"
                | "state"
                | "house"
                | "white"
                | "sen"
                | "sen."
                | "rep"
                | "rep."
                | "gov"
                | "gov."
                | "gen"
                | "gen."
                | "mr"
                | "mr."
                | "mrs"
                | "mrs."
                | "ms"
                | "ms."
                | "dr"
                | "dr."
                | "former"
                | "republican"
                | "democratic"
                | "democrat"
                | "north"
                | "south"
                | "east"
                | "west"
                | "supreme"
                | "senate"
                | "congress"
                | "islamic"
                | "united"
                | "new"
                | "tel"
                | "los"
                | "las"
                | "san"
                | "saint"
                | "great"
                | "middle"
                | "el"
                | "al"
                | "american"
        )
}

/// The noun phrase starting at `toks[i]`, left to right, up to a comma, a verb or a preposition
/// ("said Mara Quell, a former official" → "Mara Quell").
pub(super) fn np_after(toks: &[Tok], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    while j < toks.len() {
        let t = &toks[j];
        if !t.is_word() {
            break;
        }
        let l = t.lower();
        // "a spokeswoman for the Ministry", "a statement from the union": after a common noun for
        // a source, a preposition leads to the body behind it.
        let source_head = j > i && is_source_noun(toks[j - 1].text);
        let named_next = |k: usize| {
            toks.get(k).is_some_and(|n| is_capitalized(n.text))
                || toks.get(k).is_some_and(|n| n.lower() == "the")
                    && toks.get(k + 1).is_some_and(|n| is_capitalized(n.text))
        };
        let joiner = j > i
            && (matches!(l.as_str(), "of" | "for" | "&")
                && toks.get(j + 1).is_some_and(|n| is_capitalized(n.text))
                || source_head
                    && matches!(l.as_str(), "of" | "for" | "from" | "by" | "at" | "to")
                    && named_next(j + 1));
        let det = j == i && is_determiner_start(t);
        let det_after_joiner = j > i
            && l == "the"
            && matches!(
                toks[j - 1].lower().as_str(),
                "of" | "for" | "from" | "by" | "at" | "to"
            );
        // "the budget office", "a trade group", "the harbour manager": one lowercase modifier
        // between a determiner and a noun for a body, a group or a role.
        let modifier = j == i + 1
            && is_determiner_start(&toks[i])
            && !is_speech_verb(t)
            && toks.get(j + 1).is_some_and(|n| {
                n.is_word() && (is_org_word(n.text) || is_generic_source(n.text) || is_role(n.text))
            });
        if np_word(t)
            || joiner
            || modifier
            || det
            || det_after_joiner
            || (PERSONAL_PRONOUNS.contains(&l.as_str()) && j == i)
        {
            if j > i && is_speech_verb(t) && !is_capitalized(t.text) {
                break;
            }
            j += 1;
            if PERSONAL_PRONOUNS.contains(&l.as_str()) {
                break;
            }
        } else {
            break;
        }
    }
    (j > i).then_some((i, j))
}

/// The subject at the start of a clause: skips an opening subordinate clause ("When X was asked
/// ..., Trump said") and sentence adverbs.
pub(super) fn clause_subject(toks: &[Tok]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < toks.len() {
        let l = toks[i].lower();
        if matches!(
            l.as_str(),
            "when"
                | "from"
                | "by"
                | "under"
                | "through"
                | "across"
                | "after"
                | "before"
                | "as"
                | "while"
                | "although"
                | "though"
                | "if"
                | "because"
                | "since"
                | "until"
                | "once"
                | "in"
                | "on"
                | "at"
                | "during"
                | "asked"
                | "speaking"
                | "earlier"
                | "later"
                | "last"
                | "meanwhile"
                | "however"
                | "still"
                | "then"
                | "for"
                | "with"
                | "despite"
                | "like"
        ) {
            // Skip to after the clause's comma.
            match toks[i..].iter().position(|t| t.is(",")) {
                Some(p) => i += p + 1,
                None => return None,
            }
            continue;
        }
        // "But almost immediately after …, X said": adverbs before the opening clause.
        let adverb = (l.len() > 4 && l.ends_with("ly") && !is_capitalized(toks[i].text))
            || matches!(
                l.as_str(),
                "almost" | "just" | "right" | "even" | "only" | "shortly"
            );
        if adverb
            || matches!(l.as_str(), "and" | "but" | "so" | "yet" | "also" | "now")
            || toks[i].is(",")
            || toks[i].is("—")
            || toks[i].is("–")
        {
            i += 1;
            continue;
        }
        break;
    }
    let (s, e) = np_after(toks, i)?;
    // Stop the name at an appositive: "Ron Dermer, Israel's ambassador, issued ...".
    Some((s, e))
}
