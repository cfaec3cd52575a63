//! Ingest: read a source into a [`Document`] — decoded, reduced to the text we
//! analyse, with its outlet label, headline and publication date.
//!
//! Sources arrive as plain text, Markdown, JSON objects and saved web pages.
//! Everything after this stage sees one shape, so format quirks (a BOM, a
//! cookie banner, Markdown emphasis) never reach the claim rules. Bad input
//! becomes an [`Error`] naming the file and the problem.

mod decode;
mod html;
mod json;
mod language;
mod markdown;

use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result, check_size};
use crate::model::{Document, SourceFormat, Span};

pub use decode::decode;
pub use json::{DocumentRecord, from_record};
pub use language::foreign_language;

/// How to read sources.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Outlet label to use instead of the JSON `outlet` or the file stem.
    pub label: Option<String>,
    /// Legacy encoding to decode with (an encoding_rs label such as
    /// "windows-1252" or "latin1"); UTF-8 otherwise.
    pub encoding: Option<String>,
    /// Format to assume instead of guessing from the extension.
    pub format: Option<SourceFormat>,
}

/// Read a source from a path (`-` is standard input).
pub fn load(path: &str, options: &IngestOptions) -> Result<Document> {
    let bytes = read_bytes(path)?;
    let format = options.format.unwrap_or_else(|| guess_format(path, &bytes));
    let text = decode::decode_owned(path, bytes, options.encoding.as_deref())?;
    let mut document = parse_text(path, Cow::Owned(text), format)?;
    document.path = Some(path.to_string());
    if let Some(label) = &options.label {
        document.label = label.clone();
    }
    Ok(document)
}

/// Extensions a folder is scanned for.
const DOCUMENT_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "json", "html", "htm"];

/// The name of a story folder's gold file, which `load_dir` leaves out.
pub const GOLD_FILE: &str = "gold.json";

/// Read every document in a folder (sorted by name), but its gold file. A
/// JSON file that is not a document (no `body`) is returned among the
/// skipped errors instead of failing the whole folder; any other error fails
/// it.
pub fn load_dir(dir: &str, options: &IngestOptions) -> Result<(Vec<Document>, Vec<Error>)> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut paths: Vec<std::path::PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        // A story folder's gold file (the corpus format) is no outlet's text.
        .filter(|p| p.file_name().is_none_or(|n| n != GOLD_FILE))
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| DOCUMENT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    paths.sort();
    let (mut documents, mut skipped) = (Vec::new(), Vec::new());
    for path in paths {
        match load(&path.display().to_string(), options) {
            Ok(d) => documents.push(d),
            Err(e @ (Error::JsonField { .. } | Error::Json { .. })) => skipped.push(e),
            Err(e) => return Err(e),
        }
    }
    Ok((documents, skipped))
}

fn read_bytes(path: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("-", e))?;
        return Ok(bytes);
    }
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() {
        return Err(Error::IsDirectory {
            path: path.to_string(),
        });
    }
    check_size(path, meta.len())?;
    std::fs::read(path).map_err(|e| Error::io(path, e))
}

/// The format a path's extension names, else a guess from the content.
pub fn guess_format(path: &str, bytes: &[u8]) -> SourceFormat {
    let ext = Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("json") => SourceFormat::Json,
        Some("html" | "htm" | "xhtml") => SourceFormat::Html,
        Some("md" | "markdown") => SourceFormat::Markdown,
        Some(_) => SourceFormat::Text,
        None => {
            let start = bytes
                .iter()
                .position(|b| !b.is_ascii_whitespace())
                .map_or(&[][..], |i| &bytes[i..]);
            if start.starts_with(b"{") {
                SourceFormat::Json
            } else if start.starts_with(b"<") {
                SourceFormat::Html
            } else {
                SourceFormat::Text
            }
        }
    }
}

/// Parse decoded source text of a known format.
pub fn parse(path: &str, text: &str, format: SourceFormat) -> Result<Document> {
    parse_text(path, Cow::Borrowed(text), format)
}

/// [`parse`], keeping plain text as it is when it is owned: the document's
/// text is then the file's, not a copy of it.
fn parse_text(path: &str, text: Cow<str>, format: SourceFormat) -> Result<Document> {
    let mut document = match format {
        SourceFormat::Text => Ok(plain_text(text.into_owned())),
        SourceFormat::Markdown => Ok(markdown::parse(&text)),
        SourceFormat::Json => json::parse(path, &text),
        SourceFormat::Html => Ok(html::parse(&text)),
    }?;
    check_size(path, document.text.len() as u64)?;
    if document.text.trim().is_empty() {
        let path = path.to_string();
        return Err(match format {
            SourceFormat::Text => Error::Empty { path },
            // Not a JsonField error: a folder skips JSON files that are not
            // documents, and an empty story is a document gone wrong.
            SourceFormat::Json => Error::NoText {
                path,
                why: "JSON field 'body' is blank",
            },
            SourceFormat::Markdown => Error::NoText {
                path,
                why: "nothing but markup",
            },
            SourceFormat::Html => Error::NoText {
                path,
                why: "no story text in the page",
            },
        });
    }
    if document.label.is_empty() {
        document.label = label_from_path(path);
    }
    Ok(document)
}

fn label_from_path(path: &str) -> String {
    if path == "-" {
        return "stdin".to_string();
    }
    Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(path)
        .to_string()
}

/// A plain-text document from a string, for tests and library users.
pub fn from_text(label: &str, text: &str) -> Document {
    let mut document = plain_text(text.to_string());
    document.label = label.to_string();
    document
}

/// Plain text: the text as is; a first line without final punctuation is the headline.
fn plain_text(text: String) -> Document {
    let title_span = headline_span(&text);
    Document {
        label: String::new(),
        path: None,
        format: SourceFormat::Text,
        title: title_span.map(|s| s.slice(&text).to_string()),
        text: text.into(),
        title_span,
        list_items: Vec::new(),
        headings: Vec::new(),
        url: None,
        published: None,
    }
}

/// The first non-empty line, when it reads as a headline: followed by a line
/// break and not ending in sentence punctuation.
pub(crate) fn headline_span(text: &str) -> Option<Span> {
    let start = text.len() - text.trim_start().len();
    let rest = &text[start..];
    let line_len = rest.find(['\n', '\r'])?;
    let line = rest[..line_len].trim_end();
    let ends_sentence = line.ends_with(['.', '!', '?', '"', '”', ':', ';', ',']);
    let words = line.split_whitespace().count();
    (!line.is_empty() && !ends_sentence && (2..=30).contains(&words))
        .then(|| Span::new(start, start + line.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_without_full_stop_is_the_headline() {
        let d = from_text("w", "Kremlin talks end without deal\nPutin met envoys.\n");
        assert_eq!(d.title.as_deref(), Some("Kremlin talks end without deal"));
        let d = from_text("w", "Putin met envoys.\nThey talked.\n");
        assert_eq!(d.title, None);
    }

    #[test]
    fn format_follows_the_extension_then_the_content() {
        assert_eq!(guess_format("a.JSON", b""), SourceFormat::Json);
        assert_eq!(guess_format("a.htm", b""), SourceFormat::Html);
        assert_eq!(guess_format("-", b"  {\"body\": 1}"), SourceFormat::Json);
        assert_eq!(guess_format("-", b"<html>"), SourceFormat::Html);
        assert_eq!(guess_format("a.txt", b"{"), SourceFormat::Text);
    }

    #[test]
    fn whitespace_only_is_empty() {
        let err = parse("a.txt", " \n\t\n", SourceFormat::Text).unwrap_err();
        assert_eq!(err.to_string(), "a.txt: empty file (no text to compare)");
    }

    #[test]
    fn label_is_the_file_stem() {
        let d = parse("dir/wire.txt", "Talks ended.", SourceFormat::Text).unwrap();
        assert_eq!(d.label, "wire");
    }
}
