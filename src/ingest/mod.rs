//! Ingest: read a source (txt, md, html, json) into a [`Document`].
use crate::model::{Document, SourceFormat};

/// A plain-text document from a string, for tests and library users.
pub fn from_text(label: &str, text: &str) -> Document {
    Document {
        label: label.to_string(),
        path: None,
        format: SourceFormat::Text,
        title: None,
        text: text.to_string(),
        title_span: None,
        url: None,
        published: None,
    }
}
