//! Turning the paths the user named into the files to import: directories walked (symbolic links
//! followed, loops detected and reported once), files named on the command line taken whatever their
//! extension, a missing path reported without stopping the others.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// One file to import.
#[derive(Debug, Clone)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    /// The path as the archive stores it and the summary prints it (see [`path_text`]).
    pub fn display_name(&self) -> String {
        match self {
            Input::File(path) => path_text(path).into_owned(),
            Input::Stdin => "<stdin>".to_owned(),
        }
    }
}

/// A path that could not be turned into files, with why.
#[derive(Debug, Clone)]
pub struct Problem {
    pub path: String,
    pub reason: String,
    /// A problem that loses nothing the user asked for (a loop's second visit) is a skip, not a failure.
    pub skipped: bool,
}

/// What a directory import picks up: copied page text and saved pages. Anything else in a clippings
/// folder (READMEs, images) is passed over; name a file explicitly to import it whatever its extension.
const IMPORTED_EXTENSIONS: [&str; 4] = ["txt", "text", "html", "htm"];

/// Expands the paths in order; within a directory, files come sorted by name (depth first), so that
/// imports and dumps are reproducible.
pub fn collect(paths: &[PathBuf]) -> (Vec<Input>, Vec<Problem>) {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            walk(path, &mut inputs, &mut problems);
        } else if path.exists() {
            inputs.push(Input::File(path.clone()));
        } else {
            problems.push(Problem {
                path: path_text(path).into_owned(),
                reason: "no such file or directory: check the name (the other paths were imported)"
                    .to_owned(),
                skipped: false,
            });
        }
    }
    (inputs, problems)
}

fn walk(root: &Path, inputs: &mut Vec<Input>, problems: &mut Vec<Problem>) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
    for entry in walker {
        match entry {
            Ok(entry) => {
                let file_type = entry.file_type();
                if file_type.is_dir() || !has_imported_extension(entry.path()) {
                    continue;
                }
                if file_type.is_file() {
                    inputs.push(Input::File(entry.into_path()));
                } else {
                    // A FIFO or device in a folder would block or never end; named on the command
                    // line it is read, since that is how `morgue import <(command)` works.
                    problems.push(Problem {
                        path: path_text(entry.path()).into_owned(),
                        reason: "not a regular file: name it on the command line to read it"
                            .to_owned(),
                        skipped: true,
                    });
                }
            }
            Err(err) => problems.push(walk_problem(&err)),
        }
    }
}

fn walk_problem(err: &walkdir::Error) -> Problem {
    let path = err
        .path()
        .map_or_else(|| "?".to_owned(), |p| path_text(p).into_owned());
    if let Some(ancestor) = err.loop_ancestor() {
        return Problem {
            path,
            reason: format!(
                "symbolic link loop back to {}: not followed again (its files are imported once)",
                path_text(ancestor)
            ),
            skipped: true,
        };
    }
    let reason = match err.io_error() {
        Some(io) if io.kind() == std::io::ErrorKind::NotFound => {
            "it disappeared while the folder was read, or is a link to nothing: check it".to_owned()
        }
        Some(io) if io.kind() == std::io::ErrorKind::PermissionDenied => {
            "cannot read it: permission denied (check its permissions)".to_owned()
        }
        Some(io) => format!("cannot read it: {io}"),
        None => err.to_string(),
    };
    Problem {
        path,
        reason,
        skipped: false,
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().starts_with(b".")
}

fn has_imported_extension(path: &Path) -> bool {
    path.extension().is_some_and(|ext| {
        IMPORTED_EXTENSIONS
            .iter()
            .any(|e| ext.eq_ignore_ascii_case(e))
    })
}

/// A path as text, without loss: a UTF-8 path as it is; a path that is not UTF-8 (possible on Unix)
/// with each byte that is not part of valid UTF-8 written `\xHH` and each backslash doubled, so the
/// original bytes can be read back from the archive.
pub fn path_text(path: &Path) -> Cow<'_, str> {
    if let Some(text) = path.to_str() {
        return Cow::Borrowed(text);
    }
    let mut text = String::new();
    for chunk in path.as_os_str().as_encoded_bytes().utf8_chunks() {
        text.push_str(&chunk.valid().replace('\\', "\\\\"));
        for byte in chunk.invalid() {
            text.push_str(&format!("\\x{byte:02X}"));
        }
    }
    Cow::Owned(text)
}

/// Whether [`path_text`] had to escape the path.
pub fn is_escaped(path: &Path) -> bool {
    path.to_str().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_path_that_is_not_utf8_is_escaped_without_loss() {
        use std::os::unix::ffi::OsStrExt;
        let path = Path::new(std::ffi::OsStr::from_bytes(b"clips/caf\xe9 \\ 1.txt"));
        assert_eq!(path_text(path), "clips/caf\\xE9 \\\\ 1.txt");
        assert!(is_escaped(path));
        assert_eq!(path_text(Path::new("clips/café.txt")), "clips/café.txt");
    }
}
