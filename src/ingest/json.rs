//! JSON sources: one object `{"outlet", "title", "body", "url"?, "published"?}`,
//! as scrapers and newsroom systems export them.

use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::model::{Document, SourceFormat};

/// One document as it appears in JSON (also a `batch` line's documents).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentRecord {
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub body: String,
    pub url: Option<String>,
    pub published: Option<String>,
}

impl DocumentRecord {
    /// Read a record from a JSON object, naming any missing or wrong-typed field.
    pub fn from_object(path: &str, object: &Map<String, Value>) -> Result<Self> {
        let field = |name: &str| optional_string(path, object, name);
        let body = field("body")?.ok_or_else(|| Error::JsonField {
            path: path.to_string(),
            field: "body".into(),
            problem: "is missing".into(),
        })?;
        Ok(DocumentRecord {
            outlet: field("outlet")?,
            title: field("title")?,
            body,
            url: field("url")?,
            published: field("published")?,
        })
    }
}

fn optional_string(path: &str, object: &Map<String, Value>, name: &str) -> Result<Option<String>> {
    match object.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(Error::JsonField {
            path: path.to_string(),
            field: name.to_string(),
            problem: format!("should be a string, not {}", json_type(other)),
        }),
    }
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A document from a record; its analysed text is the body.
pub fn from_record(record: DocumentRecord) -> Document {
    Document {
        label: record.outlet.unwrap_or_default(),
        path: None,
        format: SourceFormat::Json,
        title: record.title,
        text: record.body.into(),
        title_span: None,
        list_items: Vec::new(),
        headings: Vec::new(),
        url: record.url,
        published: record.published,
    }
}

pub(super) fn parse(path: &str, text: &str) -> Result<Document> {
    let value: Value = serde_json::from_str(text).map_err(|e| Error::Json {
        path: path.to_string(),
        message: e.to_string(),
    })?;
    let Value::Object(object) = value else {
        return Err(Error::Json {
            path: path.to_string(),
            message: format!("expected an object, found {}", json_type(&value)),
        });
    };
    Ok(from_record(DocumentRecord::from_object(path, &object)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_fields() {
        let d = parse(
            "a.json",
            r#"{"outlet":"Wire","title":"T","body":"Talks ended.","published":"2025-12-03"}"#,
        )
        .unwrap();
        assert_eq!(d.label, "Wire");
        assert_eq!(&*d.text, "Talks ended.");
        assert_eq!(d.published.as_deref(), Some("2025-12-03"));
    }

    #[test]
    fn names_missing_and_wrong_typed_fields() {
        let err = parse("a.json", r#"{"outlet":"Wire"}"#).unwrap_err();
        assert_eq!(err.to_string(), "a.json: JSON field 'body' is missing");
        let err = parse("a.json", r#"{"body":"x","title":5}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.json: JSON field 'title' should be a string, not a number"
        );
    }

    #[test]
    fn malformed_json_is_an_error() {
        let err = parse("a.json", "{\"body\": ").unwrap_err();
        assert!(
            err.to_string().starts_with("a.json: malformed JSON: "),
            "{err}"
        );
        let err = parse("a.json", "[1]").unwrap_err();
        assert!(
            err.to_string()
                .ends_with("expected an object, found an array")
        );
    }
}
