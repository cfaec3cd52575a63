//! Errors as values: every problem the library can meet, with a message that
//! names the file and says what is wrong in one line.

use std::path::PathBuf;

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong while reading sources, configuration or review files.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The I/O error is kept as a field, not as the error's `source`: its
    /// words are already in the message, and `{:#}` would print them twice
    /// ("no such file or directory: No such file or directory (os error 2)").
    #[error("{path}: {}", io_message(error))]
    Io { path: String, error: std::io::Error },
    #[error("{path}: is a directory, not a file")]
    IsDirectory { path: String },
    #[error("{path}: empty file (no text to compare)")]
    Empty { path: String },
    /// A file with content but no story text in it: a page of navigation
    /// only, Markdown of images only.
    #[error("{path}: {why} (no text to compare)")]
    NoText { path: String, why: &'static str },
    #[error("{path}: binary file (NUL byte at byte offset {offset})")]
    Binary { path: String, offset: usize },
    #[error(
        "{path}: invalid UTF-8 at byte offset {offset} (pass --encoding windows-1252 or latin1 if the file uses a legacy encoding)"
    )]
    InvalidUtf8 { path: String, offset: usize },
    #[error("{path}: unknown encoding '{name}'")]
    UnknownEncoding { path: String, name: String },
    #[error("{path}: malformed JSON: {message}")]
    Json { path: String, message: String },
    #[error("{path}: JSON field '{field}' {problem}")]
    JsonField {
        path: String,
        field: String,
        problem: String,
    },
    #[error("{path}: {message}")]
    Config { path: String, message: String },
    #[error("{path}: {message}")]
    Review { path: String, message: String },
    #[error("{0}")]
    Usage(String),
}

/// An I/O error in plain words, without the "(os error 2)" suffix.
fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file or directory".into(),
        PermissionDenied => "permission denied".into(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

impl Error {
    /// An I/O error on `path`, with the path shown as the user gave it.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into().display().to_string(),
            error: source,
        }
    }
}
