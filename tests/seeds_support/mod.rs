//! Where the seed articles are, for the acceptance tests that read them.

use std::path::{Path, PathBuf};

/// `../shared/seeds` when it exists. Without it a test prints a notice and skips, unless
/// MORGUE_REQUIRE_SEEDS=1 (CI sets it), where the absence is a failure: a skipped acceptance
/// test must never pass silently there.
/// `MORGUE_SEEDS_DIR` names another folder (a worktree that is not next to `shared/`).
pub fn seeds_dir(test: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("MORGUE_SEEDS_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"),
        PathBuf::from,
    );
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("MORGUE_REQUIRE_SEEDS").is_ok_and(|v| v == "1") {
        panic!("MORGUE_REQUIRE_SEEDS=1 but {} is missing", dir.display());
    }
    eprintln!("notice: {} is absent; skipping the {test}", dir.display());
    None
}
