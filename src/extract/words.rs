//! The word lists extraction knows (speech verbs, role words, organisation words, ...), bundled from
//! the data files in `src/extract/data/` and read once into sets.
//!
//! A data file is plain text: one entry per line, `#` opening a comment line, and a header naming
//! the list, what it is for, and its source and licence. Every list is a set: no rule depends on an
//! entry's position, so lookups hash instead of scanning.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

/// A bundled word list, parsed on first use. Extraction asks these sets several hundred thousand
/// times per thousand articles; Fx hashing of short words costs a fraction of SipHash's, and no
/// list is ever iterated where order matters.
pub type WordSet = LazyLock<FxHashSet<&'static str>>;

/// The entries of a data file: its non-empty lines, trimmed, without comment lines.
fn parse(text: &'static str) -> FxHashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

macro_rules! word_lists {
    ($($(#[$doc:meta])* $name:ident = $file:literal;)*) => {
        $(
            $(#[$doc])*
            pub static $name: WordSet =
                LazyLock::new(|| parse(include_str!(concat!("data/", $file))));
        )*
        /// Every bundled list with its file name, for the checks on the files themselves.
        #[cfg(test)]
        const ALL: &[(&str, &str)] = &[$(($file, include_str!(concat!("data/", $file)))),*];
    };
}

word_lists! {
    /// Speech verbs, in every form an attribution uses them.
    SPEECH_VERBS = "speech-verbs.txt";
    /// Verbs that make a short quoted phrase a partial quote ("called it “a disgrace”").
    CHARACTERIZING = "characterizing-verbs.txt";
    /// Words after which a full stop does not end a sentence.
    ABBREVIATIONS = "abbreviations.txt";
    /// Capitalised words that open a sentence or clause without naming anyone.
    FUNCTION_CAPS = "function-caps.txt";
    /// Pronouns whose speaker is left open.
    UNRESOLVED_PRONOUNS = "unresolved-pronouns.txt";
    /// Pronouns resolved to a person ("he", "she").
    PERSONAL_PRONOUNS = "personal-pronouns.txt";
    /// Nouns that carry someone's words ("Gerasimov's assertion").
    SPEECH_NOUNS = "speech-nouns.txt";
    /// Verbs of reported speech ("X said that …").
    REPORTING_VERBS = "reporting-verbs.txt";
    /// First words that make a capitalised run a place ("Port Vell", "Fort Lindley").
    PLACE_PREFIXES = "place-prefixes.txt";
    /// Last words that make a capitalised run a place ("Rowan County").
    PLACE_WORDS = "place-words.txt";
    /// Singular roles that, after "the", stand for a person named earlier.
    ROLE_HEADS = "role-heads.txt";
    /// Nouns that, after "the", stand for an organisation named earlier.
    ORG_ANAPHORS = "org-anaphors.txt";
    /// Last words of a company's name.
    COMPANY_WORDS = "company-words.txt";
    /// Words that make a phrase a title or role rather than a name.
    ROLE_WORDS = "role-words.txt";
    /// Words that make a phrase an organisation.
    ORG_WORDS = "org-words.txt";
    /// Common nouns for an unnamed source ("officials").
    GENERIC_SOURCES = "generic-sources.txt";
    /// Things that carry their issuer's words ("a Holt campaign ad", "her Twitter account").
    DOCUMENT_NOUNS = "document-nouns.txt";
    /// Words that open an unnamed source ("two Israeli officials").
    DETERMINERS = "determiners.txt";
    /// Particles inside a personal name ("von der Leyen").
    NAME_PARTICLES = "name-particles.txt";
    /// Suffixes after a surname ("Jr.", "III").
    NAME_SUFFIXES = "name-suffixes.txt";
    /// Places named without saying what they are ("Kyiv", "Calif.", "Saudi Arabia").
    PLACES = "places.txt";
    /// Words that make a name an event, prize, law, work or date ("Prize", "War", "Thursday").
    NON_PERSON_WORDS = "non-person-words.txt";
    /// Words that make a header line something other than a bare byline ("Newsletter", "Why").
    NOT_NAMES = "not-names.txt";
    /// Wire services whose name alone on a header line is the byline ("Reuters", "AFP").
    NEWS_AGENCIES = "news-agencies.txt";
    /// Degrees and professional letters after a writer's name ("PhD", "RDN"): no author.
    CREDENTIALS = "credentials.txt";
    /// Month names of other languages than English, each entry "name number" ("märz 3").
    MONTH_NAMES = "month-names.txt";
    /// Words a date line of another language prints around its date ("le", "à", "Uhr").
    DATE_WORDS = "date-words.txt";
    /// Words of other languages that label a date as the last update's ("aktualisiert").
    UPDATED_WORDS = "updated-words.txt";
    /// What a writer closes a post with above the name they sign it with ("love", "best wishes").
    VALEDICTIONS = "valedictions.txt";
    /// Words other than "By" that open a byline ("Von", "Par", "Contributors").
    BYLINE_LABELS = "byline-labels.txt";
    /// Other languages' "and" between writers' names ("et", "und").
    BYLINE_CONJUNCTIONS = "byline-conjunctions.txt";
}

/// `word` lower-cased with the curly apostrophe read as a straight one ("Officials’" →
/// "officials'"), the form the lists hold. Most words are ASCII: lower-cased a byte at a time with a
/// single allocation, the same result as the Unicode path.
pub fn lower_key(word: &str) -> String {
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.replace('’', "'").to_lowercase()
    }
}

/// `text`'s words joined by single spaces, copied once (without a list of the words first).
pub(crate) fn single_spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A name or word without the possessive "'s" / "’s" after it.
pub trait TrimPossessive {
    /// `self.trim_end_matches("'s").trim_end_matches("’s")`, without the substring searcher a
    /// `&str` pattern builds on each call: the stages ask it of most names they read.
    fn trim_possessive(&self) -> &str;
}

impl TrimPossessive for str {
    fn trim_possessive(&self) -> &str {
        let mut word = self;
        while let Some(rest) = word.strip_suffix("'s") {
            word = rest;
        }
        while let Some(rest) = word.strip_suffix("’s") {
            word = rest;
        }
        word
    }
}

/// [`lower_key`] without the allocation where it can be spared: borrowed when the word is already
/// in that form (most words of running text are lowercase ASCII), on the stack when it is short
/// ASCII. The quotes stage asks the lists of nearly every token, several times over.
pub fn lower(word: &str) -> Lower<'_> {
    if word.is_ascii() {
        ascii_lower(word)
    } else {
        Lower::Owned(lower_key(word))
    }
}

/// `word.to_lowercase()` (a curly apostrophe kept as it is), allocating no more than [`lower`].
pub fn lowercase(word: &str) -> Lower<'_> {
    if word.is_ascii() {
        ascii_lower(word)
    } else {
        Lower::Owned(word.to_lowercase())
    }
}

/// An ASCII word lower-cased: both lowercasings agree on ASCII.
fn ascii_lower(word: &str) -> Lower<'_> {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return Lower::Borrowed(word);
    }
    if word.len() > INLINE {
        return Lower::Owned(word.to_ascii_lowercase());
    }
    let mut bytes = [0u8; INLINE];
    bytes[..word.len()].copy_from_slice(word.as_bytes());
    bytes[..word.len()].make_ascii_lowercase();
    Lower::Inline {
        bytes,
        len: word.len() as u8,
    }
}

/// The longest word [`lower`] keeps on the stack: longer ones are rare enough to allocate.
const INLINE: usize = 30;

/// A word lower-cased by [`lower`] or [`lowercase`].
pub enum Lower<'a> {
    Borrowed(&'a str),
    Inline { bytes: [u8; INLINE], len: u8 },
    Owned(String),
}

impl Lower<'_> {
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            // Lower-cased ASCII is still ASCII, so always UTF-8.
            Lower::Inline { bytes, len } => {
                std::str::from_utf8(&bytes[..*len as usize]).unwrap_or_default()
            }
            Lower::Owned(s) => s,
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Lower<'_> {
    fn eq(&self, other: &Lower<'_>) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl std::fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_a_header_and_clean_unique_entries() {
        for (file, text) in ALL {
            let first = text.lines().next().unwrap_or("");
            assert!(
                first.starts_with("# ") && first.contains(':'),
                "{file}: the first line must name the list (\"# Name: what it is\"), got {first:?}"
            );
            assert!(
                text.contains("licence"),
                "{file}: the header must name a licence"
            );
            let mut seen = FxHashSet::default();
            for (n, line) in text.lines().enumerate() {
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                assert_eq!(line, line.trim(), "{file}:{}: stray whitespace", n + 1);
                assert!(seen.insert(line), "{file}:{}: {line:?} listed twice", n + 1);
            }
            assert!(!seen.is_empty(), "{file}: no entries");
            assert_eq!(
                parse(text),
                seen,
                "{file}: parsed entries differ from its lines"
            );
        }
    }

    #[test]
    fn lower_key_reads_like_the_unicode_path() {
        for w in [
            "Officials’",
            "SAID",
            "Émile",
            "Straße",
            "O'Neill",
            "ΣΟΦΊΑ",
            "",
            "x.y",
        ] {
            assert_eq!(lower_key(w), w.replace('’', "'").to_lowercase(), "{w}");
        }
        assert_eq!(lower_key("Officials’"), "officials'");
    }

    #[test]
    fn trim_possessive_trims_as_trim_end_matches_does() {
        for w in [
            "Trump's",
            "Lloyd’s",
            "boss's's",
            "O'Neill’s's",
            "'s",
            "James",
            "",
            "its",
        ] {
            assert_eq!(
                w.trim_possessive(),
                w.trim_end_matches("'s").trim_end_matches("’s"),
                "{w}"
            );
        }
    }

    #[test]
    fn lower_is_lower_key_borrowed_inline_or_owned() {
        let long = "A".repeat(INLINE + 1);
        for w in [
            "said",
            "Said",
            "SAID",
            "Officials’",
            "Émile",
            "",
            "x.y",
            long.as_str(),
        ] {
            assert_eq!(lower(w).as_str(), lower_key(w), "{w}");
        }
        assert!(matches!(lower("said"), Lower::Borrowed(_)));
        assert!(matches!(lower("Said"), Lower::Inline { .. }));
        assert!(matches!(lower(&long), Lower::Owned(_)));
        for w in ["Officials’", "ΣΟΦΊΑ", "Said", "ǅemal"] {
            assert_eq!(lowercase(w).as_str(), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn lists_hold_their_entries_and_not_their_comments() {
        assert!(SPEECH_VERBS.contains("said"));
        assert!(ORG_WORDS.contains("holdings"));
        assert!(!ORG_WORDS.iter().any(|w| w.starts_with('#')));
        assert_eq!(PERSONAL_PRONOUNS.len(), 2);
    }
}
