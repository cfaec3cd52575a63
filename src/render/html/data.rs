//! The data the page's script works from, embedded once as JSON: each
//! source's text (for the in-context view), each divergence's fingerprint
//! (stored with a decision made in the browser) and the decisions given.

use serde_json::{Map, Value, json};

use super::super::View;
use crate::model::{Divergence, Report};
use crate::review::{Decisions, REVIEW_SCHEMA, fingerprint};

/// The file name the export offers when no decisions file was given.
const DEFAULT_FILE: &str = "claimdiff-review.json";

pub(super) fn page_data(report: &Report, view: &View, shown: &[&Divergence]) -> Value {
    let sources: Vec<Value> = report
        .sources
        .iter()
        .enumerate()
        .map(|(i, a)| {
            json!({
                "id": format!("S{}", i + 1),
                "label": a.document.label,
                "text": a.document.text,
            })
        })
        .collect();
    let mut prints = Map::new();
    for d in shown {
        let f = fingerprint(report, d);
        prints.insert(
            d.id.clone(),
            json!({"type": f.kind, "claims": f.claims, "variants": f.variants}),
        );
    }
    let (decisions, file) = match &view.review {
        Some(r) => (r.applied.merged(report), r.file_name.as_str()),
        None => (Decisions::default(), DEFAULT_FILE),
    };
    json!({
        "schema": REVIEW_SCHEMA,
        "reviewFile": file,
        "sources": sources,
        "fingerprints": prints,
        "decisions": decisions.decisions,
    })
}
