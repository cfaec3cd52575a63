//! `inspect`: what was extracted from one source — every sentence with its
//! role, and every claim with its kind, speaker, polarity, certainty,
//! quantities and dates — as a table or as `claimdiff/1` JSON.

use std::io::Write;

use serde::Serialize;

use super::json::JSON_SCHEMA;
use crate::model::{Analysis, Claim, DateMention, Quantity, SentenceRole, Span};

#[derive(Serialize)]
struct InspectJson<'a> {
    schema: &'static str,
    source: super::json::JsonSource<'a>,
    sentences: Vec<InspectSentence<'a>>,
    claims: &'a [Claim],
    quantities: Vec<Quantity>,
    dates: Vec<DateMention>,
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
fn all_mentions(a: &Analysis) -> (Vec<Quantity>, Vec<DateMention>) {
    let quantities = a
        .claims
        .iter()
        .flat_map(|c| c.quantities.iter().cloned())
        .collect();
    let dates = a
        .claims
        .iter()
        .flat_map(|c| c.dates.iter().cloned())
        .collect();
    (quantities, dates)
}

/// Inspect output as JSON.
pub fn json(a: &Analysis, include_text: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let text = &a.document.text;
    let claim_of = |i: usize| {
        a.claims
            .iter()
            .find(|c| c.sentence == i)
            .map(|c| c.id.as_str())
    };
    let (quantities, dates) = all_mentions(a);
    let doc = InspectJson {
        schema: JSON_SCHEMA,
        source: super::json::source_json(a, 0, include_text),
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
    let mut table = super::terminal_table(width);
    table.set_header(vec!["#", "kind / role", "text", "details"]);
    for (i, s) in a.sentences.iter().enumerate() {
        let claim = a.claims.iter().find(|c| c.sentence == i);
        let (kind, details) = match claim {
            Some(c) => (json_name(&c.kind), details(c)),
            None => (role_name(&s.role), String::new()),
        };
        table.add_row(vec![
            (i + 1).to_string(),
            kind,
            s.span.slice(text).to_string(),
            details,
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
