//! `inspect`: what was extracted from one source — every sentence with its
//! role, and every claim with its kind, speaker, polarity, certainty,
//! quantities and dates — as a table or as `claimdiff/1` JSON.

use std::io::Write;

use serde::Serialize;

use super::json::JSON_SCHEMA;
use super::{MAX_CELL_CHARS, truncate};
use crate::Config;
use crate::extract;
use crate::model::{Analysis, Claim, ClaimId, Document, SentenceRole, Span};
use crate::text::sha256_hex;

#[derive(Serialize)]
struct InspectSentence<'a> {
    text: &'a str,
    span: Span,
    role: &'a SentenceRole,
    /// Id of the claim this sentence carries, if any.
    claim: Option<ClaimId>,
}

/// Inspect output as JSON: `{"schema", "source", "sentences", "claims",
/// "quantities", "dates"}`, one array item per line. The document is read in
/// pieces ending at paragraph ends; claims, quantities and dates wait in
/// temporary files while the sentences are written, so memory stays bounded
/// by the document and one piece, however long the document is.
pub fn json(
    document: &Document,
    config: &Config,
    include_text: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let text = &*document.text;
    let mut sentences = crate::segment::split(text);
    extract::assign_roles(document, &mut sentences, &config.lexicon);
    let sha256 = sha256_hex(text.as_bytes());
    let mut extractor = extract::Extractor::new(document, &config.lexicon);
    let mut spill = [Spill::new()?, Spill::new()?, Spill::new()?];
    write!(out, "{{\"schema\": \"{JSON_SCHEMA}\",\n\"source\": ")?;
    serde_json::to_writer(
        &mut *out,
        &super::json::document_json(document, &sha256, 0, include_text),
    )?;
    write!(out, ",\n\"sentences\": [")?;
    let mut first_sentence = true;
    for range in extract::pieces(&sentences) {
        let claims = extractor.claims(&sentences, range.clone());
        let mut by_sentence = claims.iter().peekable();
        for i in range {
            while by_sentence
                .peek()
                .is_some_and(|c| (c.sentence as usize) < i)
            {
                by_sentence.next();
            }
            let claim = by_sentence
                .peek()
                .filter(|c| c.sentence as usize == i)
                .map(|c| c.id);
            let s = &sentences[i];
            let item = InspectSentence {
                text: s.span.slice(text),
                span: s.span,
                role: &s.role,
                claim,
            };
            item_separator(out, &mut first_sentence)?;
            serde_json::to_writer(&mut *out, &item)?;
        }
        for claim in &claims {
            spill[0].item(claim)?;
            for q in claim.quantities_in_document() {
                spill[1].item(&q)?;
            }
            for d in &claim.dates {
                spill[2].item(d)?;
            }
        }
    }
    write!(out, "\n]")?;
    for (name, spilled) in ["claims", "quantities", "dates"]
        .into_iter()
        .zip(&mut spill)
    {
        write!(out, ",\n\"{name}\": [")?;
        spilled.copy_to(out)?;
        write!(out, "\n]")?;
    }
    writeln!(out, "}}")
}

fn item_separator(out: &mut dyn Write, first: &mut bool) -> std::io::Result<()> {
    out.write_all(if *first { b"\n" } else { b",\n" })?;
    *first = false;
    Ok(())
}

/// A JSON array's items written to an anonymous temporary file.
struct Spill {
    file: std::io::BufWriter<std::fs::File>,
    first: bool,
}

impl Spill {
    fn new() -> std::io::Result<Self> {
        Ok(Spill {
            file: std::io::BufWriter::new(tempfile::tempfile()?),
            first: true,
        })
    }

    fn item<T: Serialize>(&mut self, item: &T) -> std::io::Result<()> {
        item_separator(&mut self.file, &mut self.first)?;
        serde_json::to_writer(&mut self.file, item).map_err(std::io::Error::other)
    }

    fn copy_to(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        use std::io::{Seek, SeekFrom};
        self.file.flush()?;
        let file = self.file.get_mut();
        file.seek(SeekFrom::Start(0))?;
        std::io::copy(file, out)?;
        Ok(())
    }
}

/// The claims each sentence carries (one, or one per clause), by sentence
/// index: looked up once, as searching the claims for every sentence is
/// quadratic (a 10 MB liveblog spent most of its 13 s there).
fn claims_by_sentence(a: &Analysis) -> Vec<Vec<&Claim>> {
    let mut by_sentence = vec![Vec::new(); a.sentences.len()];
    for c in &a.claims {
        if let Some(slot) = by_sentence.get_mut(c.sentence as usize) {
            slot.push(c);
        }
    }
    by_sentence
}

/// Inspect output as a terminal table: a row per sentence, or per clause
/// ("2.1", "2.2") where a sentence gives a claim per clause.
pub fn table(a: &Analysis, width: Option<u16>, out: &mut dyn Write) -> std::io::Result<()> {
    let text = &a.document.text;
    let mut table = super::terminal_table(width);
    table.set_header(vec!["#", "kind / role", "text", "details"]);
    let claims = claims_by_sentence(a);
    for (i, s) in a.sentences.iter().enumerate() {
        let rows: Vec<(String, String, String, &str)> = match claims[i].as_slice() {
            [] => vec![(
                (i + 1).to_string(),
                role_name(&s.role),
                String::new(),
                s.span.slice(text),
            )],
            [c] => vec![(
                (i + 1).to_string(),
                json_name(&c.kind),
                details(c),
                s.span.slice(text),
            )],
            clauses => clauses
                .iter()
                .enumerate()
                .map(|(k, c)| {
                    (
                        format!("{}.{}", i + 1, k + 1),
                        json_name(&c.kind),
                        details(c),
                        &*c.text,
                    )
                })
                .collect(),
        };
        for (number, kind, details, shown) in rows {
            table.add_row(vec![
                number,
                kind,
                truncate(shown, MAX_CELL_CHARS),
                truncate(&details, MAX_CELL_CHARS),
            ]);
        }
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
    if !c.absentees.is_empty() {
        lines.push(format!("absent: {}", c.absentees.join(", ")));
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
