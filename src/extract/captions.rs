//! Photo captions and their credits.
//!
//! A caption is recognised by its credit ("(Reuters)", "(EPA/…)", "(… photo via AP)", "(Photo
//! Courtesy: …)", "… via Getty Images", "Credit...Name", a "Photo: …" line after it), by being printed
//! twice in a row (the copy of an image's alt text and its visible caption), or by the caption style
//! of ending in a date and place ("…, May 22, 2017, in Jerusalem."). The body never keeps a caption.

use crate::extract::matching;
use regex::Regex;
use std::sync::LazyLock;

/// Picture agencies and the words that make a parenthesis a credit.
const CREDIT_WORDS: &str = r"Reuters|AP|AFP|EPA|Getty|Bloomberg|Shutterstock|Alamy|Xinhua|UPI|DPA|ANI|PTI|IANS|Anadolu|WAFA|GPO|Flash90|SIPA|Sputnik|TASS|Kremlin|Pool|File|Photo|Photograph|Photos|Image|Images|Courtesy|Credit|Illustration|Screenshot|Screengrab|Handout|Video grab|Wikimedia|Wikipedia|Unsplash";

static PAREN_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\s*\(((?:[^()]*\b(?:{CREDIT_WORDS})\b[^()]*)|[^()\s]+/[^()]+|(?:\p{{Lu}}[\p{{L}}.'’-]*\s){{1,3}}\p{{Lu}}[\p{{L}}.'’-]*\s?/\s?\p{{Lu}}[^()]+)\)\s*$"
    ))
    .unwrap()
});
/// "Photo: …", "Image credit: …" on its own line: a credit for the caption above it.
static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:photo(?:graph)?s?|image|picture|pic|credit|image credit|photo credit|illustration|source|video|file photo)\s*(?:courtesy)?\s*[:|]\s*(\S.{1,150})$").unwrap()
});
/// "…Credit...Doug Mills/The New York Times"
static RUN_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\.\.\.|…)?\s*\b(?:Credit|Photo|Photograph|Image|Picture)(?:\s*(?:\.\.\.|…|:)|\s+by\b)\s*(\S.{1,120})$").unwrap()
});
/// "… Name/AFP via Getty Images" after the caption's last sentence.
static TRAILING_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[.!?”\x22]\s+)((?:[A-Z][\w.'’-]*\s?){0,4}(?:/\s?[A-Z][\w.'’ -]*)?\s?(?:via Getty Images|/\s?Getty Images|/\s?AFP|/\s?AP|/\s?Reuters|/\s?EPA|/\s?Shutterstock)[\w /]*)$").unwrap()
});
/// A caption's closing date, "…, May 22, 2017", before a full stop or [`PLACE_END`].
static CLOSING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r",\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}",
    )
    .unwrap()
});
/// The place after that date, ", in Jerusalem.": its name at most 60 characters, counted in code
/// since a bounded repeat of `\w` compiles into that many copies of the Unicode class (44 ms at
/// start-up, a fifth of all the patterns).
static PLACE_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,\s+(?:in|at|near|outside)\s+[A-Z]([\w .,'-]+)\.$").unwrap());
static CREDIT_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:photo(?:graph)?s?|image|picture|credit|photo credit|image credit)?\s*(?:courtesy)?\s*[:|]|(?:photo(?:graph)?|picture|image)\s+by)\s*").unwrap()
});

/// A caption line split into text and credit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    pub text: String,
    pub credit: Option<String>,
}

/// The credit without its label, or `None` when the label was all there was ("Photo: Photo|").
fn clean_credit(raw: &str) -> Option<String> {
    let c = raw.trim();
    let c = CREDIT_PREFIX.replace(c, "");
    let c = c.trim().trim_end_matches('.').trim();
    (!c.is_empty()).then(|| c.to_owned())
}

/// The credit of a caption line, when the line carries one in a form only captions use.
pub fn split_credit(line: &str) -> Option<Split> {
    let line = line.trim();
    // Each pattern below needs a literal the check before it looks for; most lines hold none, and
    // skipping the capturing search on them made this a twentieth of extraction time less.
    if let Some(c) = line
        .ends_with(')')
        .then(|| PAREN_CREDIT.captures(line))
        .flatten()
    {
        let m = c.get(0)?;
        let text = line[..m.start()].trim();
        // "(Reuters)" opening a wire story's dateline is not a caption credit: a caption has text
        // before its credit and is not a long paragraph.
        if !text.is_empty() && text.split_whitespace().count() <= 90 {
            return Some(Split {
                text: text.to_owned(),
                credit: clean_credit(&c[1]),
            });
        }
    }
    let run_literal = ["Credit", "Photo", "Image", "Picture"]
        .iter()
        .any(|w| line.contains(w));
    if let Some(c) = run_literal.then(|| RUN_CREDIT.captures(line)).flatten() {
        let m = c.get(0)?;
        let text = line[..m.start()].trim();
        if !text.is_empty() && c[1].split_whitespace().count() <= 10 {
            return Some(Split {
                text: text.to_owned(),
                credit: clean_credit(&c[1]),
            });
        }
    }
    let agency_literal = line.contains("Getty Images")
        || (line.contains('/')
            && ["AFP", "AP", "Reuters", "EPA", "Shutterstock"]
                .iter()
                .any(|w| line.contains(w)));
    if let Some(c) = agency_literal
        .then(|| TRAILING_AGENCY.captures(line))
        .flatten()
    {
        let credit = c.get(1)?;
        let text = line[..credit.start()].trim();
        if !text.is_empty() && credit.as_str().split_whitespace().count() <= 10 {
            return Some(Split {
                text: text.to_owned(),
                credit: clean_credit(credit.as_str()),
            });
        }
    }
    None
}

/// The credit on a line of its own ("Photo: Andrew Harrer/Bloomberg via Getty Images").
pub fn credit_line(line: &str) -> Option<String> {
    let c = matching::captures(&CREDIT_LINE, line.trim())?;
    // "Source: the ministry said ..." is a sentence, not a credit.
    let raw = c[1].trim();
    let sentence = raw.ends_with(['.', '!', '?'])
        && raw
            .split_whitespace()
            .any(|w| w.chars().all(char::is_lowercase));
    let credit = clean_credit(raw)?;
    (credit.split_whitespace().count() <= 12 && !sentence).then_some(credit)
}

/// True when the line reads like a caption with no credit: it ends in a date and place.
pub fn caption_style(line: &str) -> bool {
    let t = line.trim();
    // The pattern needs all of these, and its search is slow (a 60-character Unicode class is too
    // big for the regex crate's DFA): most lines asked are prose that lacks one of them. A `\d` of
    // the pattern may be a digit other than ASCII, so the year test holds only without those.
    let year = || {
        super::metadata::has_digit_run(t, 4) || t.chars().any(|c| !c.is_ascii() && c.is_numeric())
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    t.ends_with('.')
        && t.contains(',')
        && year()
        && MONTHS.iter().any(|m| t.contains(m))
        && ends_in_date_and_place(t)
}

/// "…, May 22, 2017." or "…, May 22, 2017, in Jerusalem.": the line ends with a date, then a full
/// stop or a place of 1 to 60 characters and one. The dates found cannot overlap (each opens with a
/// comma before a month), so every date on the line is tried.
fn ends_in_date_and_place(t: &str) -> bool {
    CLOSING_DATE.find_iter(t).any(|date| {
        let rest = &t[date.end()..];
        rest == "."
            || PLACE_END
                .captures(rest)
                .is_some_and(|c| c[1].chars().count() <= 60)
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Lines built from the pieces the pattern reads, in every order, up to six pieces long.
    pub(crate) fn lines_of(pieces: &[&str], seed: u64, count: usize) -> Vec<String> {
        let mut state = seed;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..count)
            .map(|_| {
                let len = 1 + (next() % 6) as usize;
                (0..len)
                    .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                    .collect()
            })
            .collect()
    }

    /// The split pattern accepts exactly the lines the one pattern it replaced did.
    #[test]
    fn date_and_place_end_as_the_single_pattern_did() {
        let single = Regex::new(r",\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}(?:,\s+(?:in|at|near|outside)\s+[A-Z][\w .,'-]{1,60})?\.$").unwrap();
        // Places of 60 and 61 characters after their capital, and pieces that lengthen them.
        let at_bound = format!("J{}", "e".repeat(60));
        let past_bound = format!("J{}", "é".repeat(61));
        let pieces = [
            ", ",
            ", May 22, 2017",
            ", Sept. 3, 2021",
            ", in ",
            ", near ",
            " at ",
            "Jerusalem",
            "Łódź",
            ".",
            ",",
            " ",
            "x",
            "2017",
            &at_bound,
            &past_bound,
            "May",
            ", Jan 1,  1999",
            "\t",
            ", May 22, 2017, in ",
            "e",
        ];
        let lines = lines_of(&pieces, 0x9e37_79b9_7f4a_7c15, 40_000);
        let mut matched = 0;
        for line in &lines {
            let expected = single.is_match(line);
            matched += usize::from(expected);
            assert_eq!(ends_in_date_and_place(line), expected, "{line:?}");
        }
        assert!(
            matched > 100,
            "only {matched} lines matched: the test reads too little"
        );
    }

    fn split(line: &str) -> (String, Option<String>) {
        let s = split_credit(line).unwrap();
        (s.text, s.credit)
    }

    #[test]
    fn credits_in_their_forms() {
        assert_eq!(
            split("A man holds a flag in a square (Reuters)"),
            (
                "A man holds a flag in a square".into(),
                Some("Reuters".into())
            )
        );
        assert_eq!(
            split("Officials meet in Moscow. (EPA/Anna Li/Sputnik/Kremlin)")
                .1
                .as_deref(),
            Some("EPA/Anna Li/Sputnik/Kremlin")
        );
        assert_eq!(
            split("A minister speaks. (Foreign Ministry photo via AP)")
                .1
                .as_deref(),
            Some("Foreign Ministry photo via AP")
        );
        assert_eq!(
            split("A senator. (Photo Courtesy: The Daily Wire)")
                .1
                .as_deref(),
            Some("The Daily Wire")
        );
        assert_eq!(
            split("Crowds gather at the port. Jo Bell/AFP via Getty Images")
                .1
                .as_deref(),
            Some("Jo Bell/AFP via Getty Images")
        );
        assert_eq!(
            split("The mayor at City Hall.Credit...Ann Ray/The Daily Planet")
                .1
                .as_deref(),
            Some("Ann Ray/The Daily Planet")
        );
        assert_eq!(
            credit_line("Photo: Ann Ray/Bloomberg via Getty Images").as_deref(),
            Some("Ann Ray/Bloomberg via Getty Images")
        );
        assert!(caption_style(
            "The mayor speaks to reporters, May 22, 2017, in Springfield."
        ));
    }

    #[test]
    fn prose_is_not_a_caption() {
        assert!(
            split_credit("The minister said the talks (which began in May) would go on.").is_none()
        );
        assert!(split_credit("He spoke to the press on Monday.").is_none());
        assert!(credit_line("Source: officials said the plan would fail.").is_none());
        assert!(!caption_style("The talks resumed on May 22, 2017."));
    }

    // Found by tests/extract_robustness.rs: a label with nothing after it gave an empty credit.
    #[test]
    fn a_label_alone_is_no_credit() {
        assert_eq!(credit_line("Photo:Photo|"), None);
        assert_eq!(
            split("A crane unloads a ship at dawn (Photo:)"),
            ("A crane unloads a ship at dawn".into(), None)
        );
    }
}
