//! Pattern helpers the stages share.

use regex::{Captures, Regex};

/// `re.captures(haystack)`, after a search that only asks whether it matches. The regex crate
/// allocates a match's capture slots before it searches, so asking for captures costs an
/// allocation on every line, and most lines match none of the patterns asked of them: the stages
/// ask each header pattern of every line of a page.
pub(crate) fn captures<'h>(re: &Regex, haystack: &'h str) -> Option<Captures<'h>> {
    if re.is_match(haystack) {
        re.captures(haystack)
    } else {
        None
    }
}
