//! `inspect`: what was extracted from one source — every sentence with its
//! role, and every claim with its kind, speaker, polarity, certainty,
//! quantities and dates — as a table or as `claimdiff/1` JSON.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use super::json::JSON_SCHEMA;
use super::{MAX_CELL_CHARS, truncate};
use crate::model::{Analysis, Claim, DateMention, Quantity, SentenceRole, Span};

#[derive(Serialize)]
struct InspectJson<'a> {
    schema: &'static str,
    source: InspectSource<'a>,
    sentences: Vec<InspectSentence<'a>>,
    claims: &'a [Claim],
    quantities: Vec<&'a Quantity>,
    dates: Vec<&'a DateMention>,
}

#[derive(Serialize)]
struct InspectSource<'a> {
    id: &'static str,
    label: &'a str,
    path: Option<&'a str>,
    sha256: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

#[derive(Serialize)]
struct InspectSentence<'a> {
    text: &'a str,
    span: Span,
    role: &'a SentenceRole,
    /// Id of the claim this sentence carries, if any.
    claim: Option<&'a str>,
}

/// Every quantity and date in the document's claims, in text order.
fn all_mentions(a: &Analysis) -> (Vec<&Quantity>, Vec<&DateMention>) {
    let quantities = a.claims.iter().flat_map(|c| &c.quantities).collect();
    let dates = a.claims.iter().flat_map(|c| &c.dates).collect();
    (quantities, dates)
}

/// The claim each sentence carries, by sentence index: looked up once, as
/// searching the claims for every sentence is quadratic (a 10 MB liveblog
/// spent most of its 13 s there).
fn claims_by_sentence(a: &Analysis) -> Vec<Option<&Claim>> {
    let mut by_sentence = vec![None; a.sentences.len()];
    for c in a.claims.iter().rev() {
        if let Some(slot) = by_sentence.get_mut(c.sentence) {
            *slot = Some(c);
        }
    }
    by_sentence
}

/// Inspect output as JSON, written as it is produced (a liveblog's inspect
/// JSON is fifteen times its size: it is never held whole).
pub fn json(a: &Analysis, include_text: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let text = &a.document.text;
    let claims = claims_by_sentence(a);
    let claim_of = |i: usize| claims[i].map(|c| c.id.as_str());
    let (quantities, dates) = all_mentions(a);
    let doc = InspectJson {
        schema: JSON_SCHEMA,
        source: InspectSource {
            id: "S1",
            label: &a.document.label,
            path: a.document.path.as_deref(),
            sha256: &a.sha256,
            title: a.document.title.as_deref(),
            published: a.document.published.as_deref(),
            text: include_text.then_some(text.as_str()),
        },
        sentences: a
            .sentences
            .iter()
            .enumerate()
            .map(|(i, s)| InspectSentence {
                text: s.span.slice(text),
                span: s.span,
                role: &s.role,
                claim: claim_of(i),
            })
            .collect(),
        claims: &a.claims,
        quantities,
        dates,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

/// Inspect output as a terminal table.
pub fn table(a: &Analysis, width: Option<u16>, out: &mut dyn Write) -> std::io::Result<()> {
    let text = &a.document.text;
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(vec!["#", "kind / role", "text", "details"]);
    if let Some(width) = width {
        table.set_width(width);
    }
    let claims = claims_by_sentence(a);
    for (i, s) in a.sentences.iter().enumerate() {
        let claim = claims[i];
        let (kind, details) = match claim {
            Some(c) => (json_name(&c.kind), details(c)),
            None => (role_name(&s.role), String::new()),
        };
        table.add_row(vec![
            (i + 1).to_string(),
            kind,
            truncate(s.span.slice(text), MAX_CELL_CHARS),
            truncate(&details, MAX_CELL_CHARS),
        ]);
    }
    writeln!(
        out,
        "{} ({}): {} sentences, {} claims",
        a.document.label,
        short(&a.sha256),
        a.sentences.len(),
        a.claims.len()
    )?;
    writeln!(out, "{table}")
}

fn short(sha: &str) -> &str {
    sha.get(..12).unwrap_or(sha)
}

fn details(c: &Claim) -> String {
    let mut lines = Vec::new();
    if let Some(s) = &c.speaker {
        lines.push(format!("speaker: {s}"));
    }
    if let Some(q) = &c.quote {
        lines.push(format!("quote: “{q}”"));
    }
    if !c.participants.is_empty() {
        lines.push(format!("participants: {}", c.participants.join(", ")));
    }
    if let Some(o) = &c.outcome {
        lines.push(format!("outcome: {o}"));
    }
    lines.push(format!(
        "{} · {}",
        json_name(&c.polarity),
        json_name(&c.certainty)
    ));
    for q in &c.quantities {
        lines.push(format!(
            "{}: {}",
            json_name(&q.kind),
            crate::diff::quantity::display(q)
        ));
    }
    for d in &c.dates {
        lines.push(format!(
            "date: {} = {}",
            d.text,
            d.value.as_deref().unwrap_or("?")
        ));
    }
    lines.join("\n")
}

fn role_name(role: &SentenceRole) -> String {
    match role {
        SentenceRole::Boilerplate(pattern) => format!("boilerplate ({pattern})"),
        SentenceRole::NoClaim => "no claim".into(),
        other => json_name(other),
    }
}

fn json_name<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
