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
    /// Offsets into a document are kept in 32 bits (a claim is kept for
    /// every sentence), so one document's text holds at most 4 GiB.
    #[error("{path}: too large ({bytes} bytes; a document may hold at most 4 GiB of text)")]
    TooLarge { path: String, bytes: u64 },
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

/// The most bytes of text one document may hold: offsets into it are 32-bit.
pub const MAX_DOCUMENT_BYTES: u64 = u32::MAX as u64;

/// [`Error::TooLarge`] when `bytes` is past [`MAX_DOCUMENT_BYTES`].
pub fn check_size(path: &str, bytes: u64) -> Result<()> {
    if bytes > MAX_DOCUMENT_BYTES {
        return Err(Error::TooLarge {
            path: path.to_string(),
            bytes,
        });
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_past_4_gib_is_refused_by_name() {
        assert!(check_size("wire.txt", MAX_DOCUMENT_BYTES).is_ok());
        let error = check_size("wire.txt", MAX_DOCUMENT_BYTES + 1).unwrap_err();
        assert_eq!(
            error.to_string(),
            "wire.txt: too large (4294967296 bytes; a document may hold at most 4 GiB of text)"
        );
    }
}
