//! The strict speaker figure: whether the speaker row an editor would see in the archive names the
//! annotated speaker.
//!
//! The lenient figure in `quotes.rs` compares the extractor's speaker name with annotated speakers
//! written as capitalised names only, which leaves out the hard cases ("psychologist Vaile Wright,
//! who …", "Peggy Drexler, CNN", "a smiling Clinton", "the Clinton campaign"). Here:
//! - every found quotation whose annotated speaker phrase contains a name counts; the name is read
//!   off the phrase by [`annotated_name`] (documented there);
//! - the quotation's articles are imported into an in-memory archive through the real store, so that
//!   merging across articles happens as it does for an editor, and the quote's stored speaker row
//!   (its name and every alias) is read back from `quotes.speaker_id`; the attribution words are
//!   never looked at;
//! - the quotation is right when one of those spellings contains the name's last word (a whole word,
//!   case and accents folded), or for a name with "of" inside it, the word before "of" ("Sen. Tom
//!   Cole of Oklahoma" is Cole).
//!
//! It also reports the share of found quotations that have no speaker row at all.

use std::collections::HashMap;

use morgue::extract::{Article, Paragraph, Quote};
use morgue::store::{NewSource, Store};

/// Capitalised words that open or fill a speaker phrase without being a name: determiners and
/// pronouns, and titles, roles and adjectives of party or nation, which describe a person rather
/// than name them ("Republican presidential candidate Ben Carson" names Carson).
const NOT_NAME: &[&str] = &[
    "a",
    "an",
    "the",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "it",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "one",
    "some",
    "many",
    "most",
    "all",
    "both",
    "several",
    "others",
    "other",
    "this",
    "that",
    "these",
    "those",
    "who",
    "which",
    "two",
    "three",
    "four",
    "five",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "adm",
    "prof",
    "rev",
    "president",
    "vice",
    "senator",
    "governor",
    "secretary",
    "minister",
    "prime",
    "chairman",
    "chairwoman",
    "chief",
    "justice",
    "judge",
    "mayor",
    "former",
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "democratic",
    "gop",
    "american",
    "americans",
    "u.s.",
    "us",
    "presidential",
    "independent",
    "libertarian",
    "conservative",
    "liberal",
    "sens",
    "reps",
    "congressman",
    "congresswoman",
    "speaker",
    "leader",
    "attorney",
    "general",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "officials",
    "official",
    "aides",
    "aide",
    "supporters",
    "critics",
    "another",
    "according",
    "each",
    "every",
    "no",
    "none",
    "any",
    "such",
    "u.s",
    "u.n",
    "uk",
    // Nations' and regions' adjectives describe ("An Israeli blogger, Tal Schneider").
    "israeli",
    "german",
    "french",
    "british",
    "chinese",
    "russian",
    "iranian",
    "mexican",
    "canadian",
    "european",
    "palestinian",
    "syrian",
    "iraqi",
    "saudi",
    "japanese",
    "korean",
    "indian",
    "turkish",
    "ukrainian",
    "italian",
    "spanish",
    "dutch",
    "greek",
    "egyptian",
    "african",
    "asian",
    "western",
    "arab",
    "muslim",
    "christian",
    "jewish",
    "catholic",
    "federal",
    "national",
];

fn is_not_name(word: &str) -> bool {
    let w = word
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
        .trim_end_matches('.')
        .to_lowercase();
    // A word in capitals throughout ("HILLARY CLINTON IS FEELING THE BERN") is a headline, unless
    // short enough to be an acronym.
    let shouting = w.chars().count() > 4 && word.chars().all(|c| !c.is_lowercase());
    shouting || NOT_NAME.contains(&w.as_str())
}

fn is_capitalised(word: &str) -> bool {
    word.trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

fn is_possessive(word: &str) -> bool {
    let w = word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
}

fn bare(word: &str) -> String {
    word.trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

/// How a run of capitalised words stands in its phrase.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    /// The head of its chunk: "psychologist Vaile Wright", "a smiling Clinton".
    Head,
    /// "Hillary Clinton's campaign", "a longtime adviser to Trump", "the Clinton campaign".
    Dependent,
}

/// Nouns of people that a capitalised modifier describes rather than names: "the Texas senator" is
/// a senator from Texas, not Texas.
const PERSON_NOUNS: &[&str] = &[
    "senator",
    "governor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "businessman",
    "businesswoman",
    "billionaire",
    "mogul",
    "candidate",
    "nominee",
    "lawmaker",
    "lawmakers",
    "congressman",
    "congresswoman",
    "adviser",
    "advisers",
    "advisor",
    "aide",
    "aides",
    "leader",
    "leaders",
    "delegate",
    "delegates",
    "voter",
    "voters",
    "resident",
    "residents",
    "native",
    "representative",
    "democrat",
    "republican",
    "mayor",
    "president",
    "minister",
    "strategist",
    "operative",
    "staffer",
    "executive",
    "chairman",
    "chief",
    "secretary",
    "judge",
];

/// The name inside an annotated speaker phrase, as its words, or None when it holds none.
///
/// The phrase is cut into chunks at commas, parentheses and relative pronouns ("psychologist Vaile
/// Wright, who …" → "psychologist Vaile Wright"). Runs of capitalised words (joined by "of", "de",
/// "van", "al" and the like inside a run) are candidates once words that only describe (determiners,
/// titles, party and nation adjectives) are taken off their front. A candidate is the head of its
/// chunk unless it is a possessive, follows a preposition ("adviser to Trump", "Eisenbrey of the
/// Economic Policy Institute") or modifies a lowercase noun after it ("the Clinton campaign"). The
/// name is the last head of the first chunk that has one ("State Department spokesman John Kirby" →
/// John Kirby, "Peggy Drexler, CNN" → Peggy Drexler, "the Vatican spokesman, Federico Lombardi" →
/// Federico Lombardi); failing any head, the first dependent ("Hillary Clinton's campaign" → Hillary
/// Clinton), except a modifier of a person noun, which only describes ("the Texas senator": no name).
pub fn annotated_name(phrase: &str) -> Option<Vec<String>> {
    let cleaned: String = phrase
        .chars()
        .map(|c| {
            if matches!(c, '(' | ')' | ';' | ':' | '—' | '–') {
                ','
            } else if c == '\u{a0}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut fallback: Option<Vec<String>> = None;
    for chunk in cleaned.split(',') {
        let candidates = chunk_candidates(chunk);
        if let Some((name, _)) = candidates
            .iter()
            .rev()
            .find(|(_, role)| *role == Role::Head)
        {
            return Some(name.clone());
        }
        if fallback.is_none() {
            fallback = candidates.into_iter().next().map(|c| c.0);
        }
    }
    fallback
}

/// The candidate names of one chunk, in order, with their role (modifiers of person nouns left out).
fn chunk_candidates(chunk: &str) -> Vec<(Vec<String>, Role)> {
    let words: Vec<&str> = chunk.split_whitespace().collect();
    let words: &[&str] = words
        .split(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "who" | "which" | "whose" | "that"
            )
        })
        .next()
        .unwrap_or(&[]);
    let is_preposition = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "of" | "at" | "for" | "from" | "with" | "in" | "to" | "on" | "by" | "about" | "under"
        )
    };
    let is_joiner = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "of" | "de" | "van" | "von" | "al" | "bin" | "da" | "del" | "la" | "le"
        )
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !is_capitalised(words[i]) {
            i += 1;
            continue;
        }
        // A run: capitalised words, a joiner inside it, up to a possessive.
        let start = i;
        let mut end = i;
        while end < words.len() {
            let w = words[end];
            let inside = is_joiner(w) && words.get(end + 1).is_some_and(|n| is_capitalised(n));
            if !(is_capitalised(w) || (inside && end > start)) {
                break;
            }
            end += 1;
            if is_possessive(w) {
                break;
            }
        }
        let run = &words[start..end];
        i = end;
        let Some(first) = run.iter().position(|w| !is_not_name(w)) else {
            continue;
        };
        let name = &run[first..];
        let possessive = name.last().is_some_and(|w| is_possessive(w));
        let before = words[..start]
            .iter()
            .rev()
            .find(|w| !matches!(w.to_lowercase().as_str(), "the" | "a" | "an"));
        let after_preposition = before.is_some_and(|w| is_preposition(w));
        let next = words.get(end).map(|w| w.to_lowercase());
        let modifies = !possessive
            && next.as_deref().is_some_and(|n| {
                n.chars().next().is_some_and(char::is_alphabetic)
                    && !is_preposition(n)
                    && !matches!(n, "and" | "or" | "nor" | "but")
            });
        if modifies
            && next.as_deref().is_some_and(|n| {
                PERSON_NOUNS.contains(&n.trim_matches(|c: char| !c.is_alphanumeric()))
            })
        {
            continue;
        }
        // A capitalised word opening the phrase before a lowercase noun is most often an ordinary
        // word at the start of a sentence ("Nuclear proliferation experts", "Partial transcript").
        if modifies && start == 0 && run.len() == 1 {
            continue;
        }
        let role = if possessive || after_preposition || modifies {
            Role::Dependent
        } else {
            Role::Head
        };
        let words: Vec<String> = name
            .iter()
            .map(|w| bare(w))
            .filter(|w| !w.is_empty())
            .collect();
        if !words.is_empty() {
            out.push((words, role));
        }
    }
    out
}

fn fold(s: &str) -> String {
    s.chars()
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

/// Whether `spelling` holds `word` as a whole word; hyphens and apostrophes stay inside words
/// ("Holtz-Eakin", "O’Malley" = "O'Malley"), a possessive ending does not count.
fn holds_word(spelling: &str, word: &str) -> bool {
    let norm = |s: &str| fold(s).replace('’', "'");
    let word = norm(word);
    let word = word.trim_end_matches("'s");
    norm(spelling)
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .map(|w| {
            w.trim_matches(|c| c == '-' || c == '\'')
                .trim_end_matches("'s")
        })
        .any(|w| !w.is_empty() && w == word)
}

/// One found quotation to score: the article it is in, the index of the extracted quote that covers
/// most of it, and the annotated name's words.
pub struct Case {
    pub article: usize,
    pub quote: Option<usize>,
    pub name: Vec<String>,
    pub annotated: String,
}

#[derive(Default)]
pub struct Figures {
    pub cases: usize,
    pub right: usize,
    pub no_speaker: usize,
    pub found: usize,
    pub found_without_speaker: usize,
}

/// The stored speaker spellings (name and aliases) of every quote of every article, in the order of
/// `Article::quotes`, after importing all articles into one in-memory archive.
pub fn stored_speakers(articles: &[(String, Vec<Paragraph>, Vec<Quote>)]) -> Vec<Vec<Vec<String>>> {
    let mut store = Store::open_in_memory().expect("in-memory archive");
    let mut ids = Vec::with_capacity(articles.len());
    for (i, (name, paragraphs, quotes)) in articles.iter().enumerate() {
        let article = Article {
            title: name.clone(),
            paragraphs: paragraphs.clone(),
            quotes: quotes.clone(),
            ..Article::default()
        };
        let sha = format!("{i:064x}");
        let source = NewSource {
            path: name,
            sha256: &sha,
            bytes: 0,
            format: "text",
            imported_at: "2026-01-01T00:00:00Z",
        };
        store
            .write_source(&source, &[article])
            .expect("store an eval article");
        ids.push(sha);
    }
    let conn = store.connection();
    let mut aliases: HashMap<i64, Vec<String>> = HashMap::new();
    let mut stmt = conn
        .prepare("SELECT s.id, s.name FROM speakers s UNION ALL SELECT speaker_id, alias FROM speaker_aliases")
        .expect("speaker query");
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .expect("speaker rows");
    for row in rows.flatten() {
        aliases.entry(row.0).or_default().push(row.1);
    }
    let mut per_quote = conn
        .prepare(
            "SELECT q.speaker_id FROM quotes q JOIN articles a ON a.id = q.article_id
             JOIN sources s ON s.id = a.source_id WHERE s.sha256 = ?1 ORDER BY q.id",
        )
        .expect("quote query");
    ids.iter()
        .map(|sha| {
            per_quote
                .query_map([sha], |r| r.get::<_, Option<i64>>(0))
                .expect("quote rows")
                .flatten()
                .map(|id| {
                    id.and_then(|id| aliases.get(&id).cloned())
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect()
}

/// Scores the cases against the stored speakers. `show` prints the misses.
pub fn score(
    articles: &[(String, Vec<Paragraph>, Vec<Quote>)],
    cases: &[Case],
    found_quotes: &[(usize, usize)],
    show: &str,
) -> Figures {
    let stored = stored_speakers(articles);
    let mut f = Figures::default();
    for (a, q) in found_quotes {
        f.found += 1;
        if stored[*a].get(*q).is_none_or(Vec::is_empty) {
            f.found_without_speaker += 1;
        }
    }
    for case in cases {
        f.cases += 1;
        let spellings: &[String] = case
            .quote
            .and_then(|q| stored[case.article].get(q))
            .map_or(&[], Vec::as_slice);
        if spellings.is_empty() {
            f.no_speaker += 1;
        }
        let last = case.name.last().map_or("", String::as_str);
        // "Sen. Tom Cole of Oklahoma": the name is Tom Cole, "of Oklahoma" says where he is from;
        // "Bank of America" is held whole by its spelling anyway.
        let before_of = case
            .name
            .iter()
            .position(|w| w == "of")
            .and_then(|i| i.checked_sub(1))
            .map(|i| case.name[i].as_str());
        if spellings
            .iter()
            .any(|s| holds_word(s, last) || before_of.is_some_and(|w| holds_word(s, w)))
        {
            f.right += 1;
        } else if show.starts_with("strict") {
            let (name, paragraphs, quotes) = &articles[case.article];
            let q = case.quote.map(|q| &quotes[q]);
            if show == "strictp"
                && let Some(q) = q
            {
                if q.paragraph > 0 {
                    println!("   PREV {:?}", paragraphs[q.paragraph - 1].text);
                }
                println!("   PARA {:?}", paragraphs[q.paragraph].text);
            }
            println!(
                "STRICT {name} want {:?} ({:?}) got {:?} attr {:?} :: {:?} verb {:?}",
                case.name.join(" "),
                case.annotated,
                spellings,
                q.and_then(|q| q.attribution.as_deref()),
                q.map(|q| q.text.chars().take(60).collect::<String>()),
                q.and_then(|q| q.verb.as_deref())
            );
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::{annotated_name, holds_word};

    #[test]
    fn hyphens_and_apostrophes_stay_inside_words() {
        assert!(holds_word("Carlos Lopez-Cantera", "Lopez-Cantera"));
        assert!(holds_word("Martin O'Malley", "O’Malley"));
        assert!(!holds_word("Carlos Lopez-Cantera", "Lopez"));
        assert!(holds_word("Trump campaign", "Trump’s"));
    }

    fn name(s: &str) -> Option<String> {
        annotated_name(s).map(|n| n.join(" "))
    }

    #[test]
    fn names_are_read_off_annotated_phrases() {
        assert_eq!(
            name("psychologist Vaile Wright, who studies stress"),
            Some("Vaile Wright".into())
        );
        assert_eq!(name("Peggy Drexler, CNN"), Some("Peggy Drexler".into()));
        assert_eq!(name("a smiling Clinton"), Some("Clinton".into()));
        assert_eq!(
            name("State Department spokesman John Kirby"),
            Some("John Kirby".into())
        );
        assert_eq!(
            name("Trump's campaign manager, Corey Lewandowski"),
            Some("Corey Lewandowski".into())
        );
        assert_eq!(
            name("Hillary Clinton's campaign"),
            Some("Hillary Clinton".into())
        );
        assert_eq!(
            name("Sen. Bernie Sanders (I-Vt.)"),
            Some("Bernie Sanders".into())
        );
        assert_eq!(
            name("Republican presidential candidate Ben Carson"),
            Some("Ben Carson".into())
        );
        assert_eq!(name("the Clinton campaign"), Some("Clinton".into()));
        assert_eq!(name("he"), None);
        assert_eq!(name("the Republican front-runner"), None);
        assert_eq!(
            name("Ross Eisenbrey of the Economic Policy Institute, an early voice"),
            Some("Ross Eisenbrey".into())
        );
        assert_eq!(
            name("the Vatican spokesman, Federico Lombardi,"),
            Some("Federico Lombardi".into())
        );
        assert_eq!(name("a longtime adviser to Trump"), Some("Trump".into()));
        assert_eq!(name("the Texas senator"), None);
        assert_eq!(name("Nuclear proliferation experts"), None);
        assert_eq!(
            name("An Israeli blogger, Tal Schneider"),
            Some("Tal Schneider".into())
        );
        assert_eq!(name("a former U.S. law enforcement official"), None);
        assert_eq!(name("Mr. Hedge"), Some("Hedge".into()));
        assert_eq!(
            name("Rahm Emanuel, his chief of staff"),
            Some("Rahm Emanuel".into())
        );
        assert_eq!(name("officials"), None);
    }
}
