//! The `claimdiff/1` JSON contract (see the README). Built from output-only
//! structs so internal types can change without breaking scripts; new fields
//! may be added, none removed or renamed.

use std::io::Write;

use serde::Serialize;
use serde_json::Value;

use super::View;
use crate::model::{ClaimId, Divergence, Report, SideValue, Span, Why};
use crate::review::{Decision, Status};

/// The schema name every JSON document carries.
pub const JSON_SCHEMA: &str = "claimdiff/1";

#[derive(Serialize)]
struct JsonReport<'a> {
    schema: &'static str,
    sources: Vec<JsonSource<'a>>,
    groups: Vec<JsonGroup<'a>>,
    divergences: Vec<JsonDivergence<'a>>,
    /// Decisions whose divergence is gone (only with `--review`).
    #[serde(skip_serializing_if = "Option::is_none")]
    review_stale: Option<Vec<JsonStale<'a>>>,
}

#[derive(Serialize)]
struct JsonStale<'a> {
    id: &'a str,
    #[serde(flatten)]
    decision: &'a Decision,
}

/// A divergence's review state: the decision in force, and when it was
/// reopened, what it had been and which values are new.
#[derive(Serialize)]
struct JsonReview<'a> {
    status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reviewer: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    time: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reopened: Option<JsonReopened<'a>>,
    /// The id the decision was filed under, when the divergence's id moved.
    #[serde(skip_serializing_if = "Option::is_none")]
    filed_as: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonReopened<'a> {
    was: Status,
    new_variants: &'a [String],
}

#[derive(Serialize)]
pub(crate) struct JsonSource<'a> {
    id: String,
    label: &'a str,
    path: Option<&'a str>,
    sha256: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonGroup<'a> {
    id: &'a str,
    kind: crate::model::ClaimKind,
    members: Vec<JsonMember<'a>>,
    why: &'a Why,
}

#[derive(Serialize)]
struct JsonMember<'a> {
    source: SourceId,
    claim: ClaimId,
    text: &'a str,
    span: Span,
}

#[derive(Serialize)]
struct JsonDivergence<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: crate::model::DivergenceType,
    severity: crate::model::Severity,
    group: &'a str,
    summary: &'a str,
    sides: Vec<JsonSide<'a>>,
    missing_in: Vec<SourceId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    review: Option<JsonReview<'a>>,
}

#[derive(Serialize)]
struct JsonSide<'a> {
    source: SourceId,
    /// The claim the side's text comes from (usually the group's member).
    claim: ClaimId,
    variant: usize,
    text: &'a str,
    span: Span,
    value: &'a SideValue,
}

/// Sides with the reference source's first (when there is one).
fn reference_first(
    sides: &[crate::model::Side],
    reference: Option<usize>,
) -> Vec<&crate::model::Side> {
    let mut out: Vec<&crate::model::Side> = sides.iter().collect();
    out.sort_by_key(|s| Some(s.source()) != reference);
    out
}

/// Source id as shown in JSON: "S1" for the first source given.
pub(crate) fn source_id(index: usize) -> String {
    SourceId(index).to_string()
}

/// A source's id ([`source_id`]) written straight into the output: a report
/// names a source for every member and side, tens of thousands of times.
#[derive(Clone, Copy)]
struct SourceId(usize);

impl std::fmt::Display for SourceId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "S{}", self.0 + 1)
    }
}

impl Serialize for SourceId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

pub(crate) fn json_source(report: &Report, index: usize, include_text: bool) -> JsonSource<'_> {
    source_json(&report.sources[index], index, include_text)
}

/// One analysed source as the contract shows it (source `index` is "S{index+1}").
pub(crate) fn source_json(
    a: &crate::model::Analysis,
    index: usize,
    include_text: bool,
) -> JsonSource<'_> {
    document_json(&a.document, &a.sha256, index, include_text)
}

/// A document as the contract shows a source, given its text's sha256.
pub(crate) fn document_json<'d>(
    d: &'d crate::model::Document,
    sha256: &'d str,
    index: usize,
    include_text: bool,
) -> JsonSource<'d> {
    JsonSource {
        id: source_id(index),
        label: &d.label,
        path: d.path.as_deref(),
        sha256,
        title: d.title.as_deref(),
        url: d.url.as_deref(),
        published: d.published.as_deref(),
        text: include_text.then_some(&*d.text),
    }
}

/// The report as a `claimdiff/1` JSON value.
pub fn report_json(report: &Report, view: &View) -> Value {
    serde_json::to_value(json_report(report, view)).unwrap_or(Value::Null)
}

/// The report in its output shape, borrowing from the report.
fn json_report<'r>(report: &'r Report, view: &'r View) -> JsonReport<'r> {
    let groups = report
        .groups
        .iter()
        .map(|g| JsonGroup {
            id: &g.id,
            kind: g.kind,
            members: g
                .members
                .iter()
                .map(|m| {
                    let c = &report.sources[m.source()].claims[m.claim()];
                    JsonMember {
                        source: SourceId(m.source()),
                        claim: c.id,
                        text: &c.text,
                        span: c.span(),
                    }
                })
                .collect(),
            why: &g.why,
        })
        .collect();
    let divergences = report
        .shown(view)
        .into_iter()
        .map(|d| JsonDivergence {
            id: &d.id,
            kind: d.kind,
            severity: d.severity,
            group: &report.groups[d.group].id,
            summary: &d.summary,
            sides: reference_first(&d.sides, view.reference)
                .into_iter()
                .map(|s| {
                    let c = report.claim(s);
                    JsonSide {
                        source: SourceId(s.source()),
                        claim: c.id,
                        variant: s.variant(),
                        text: report.side_text(d, s),
                        span: report.side_span(d, s),
                        value: d.value(s),
                    }
                })
                .collect(),
            missing_in: d.missing_in.iter().map(SourceId).collect(),
            review: json_review(view, d),
        })
        .collect();
    JsonReport {
        schema: JSON_SCHEMA,
        sources: (0..report.sources.len())
            .map(|i| json_source(report, i, view.include_text))
            .collect(),
        groups,
        divergences,
        review_stale: view.review.as_ref().map(|r| {
            r.applied
                .stale
                .iter()
                .map(|(id, decision)| JsonStale { id, decision })
                .collect()
        }),
    }
}

fn json_review<'a>(view: &'a View, d: &Divergence) -> Option<JsonReview<'a>> {
    view.review.as_ref()?;
    let Some(bound) = view.decision(d) else {
        return Some(JsonReview {
            status: Status::Open,
            note: None,
            reviewer: None,
            time: None,
            reopened: None,
            filed_as: None,
        });
    };
    let decision = &bound.decision;
    Some(JsonReview {
        status: bound.status(),
        note: decision.note.as_deref(),
        reviewer: decision.reviewer.as_deref(),
        time: decision.time.as_deref(),
        reopened: bound.reopened().then_some(JsonReopened {
            was: decision.status,
            new_variants: &bound.new_variants,
        }),
        filed_as: bound.filed_as.as_deref(),
    })
}

pub(super) fn render(report: &Report, view: &View, out: &mut dyn Write) -> std::io::Result<()> {
    // serde_json writes a report in many tiny pieces; buffering them here,
    // in a writer it can see through, spares a dynamic call for each.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut out, &json_report(report, view))?;
    writeln!(out)?;
    out.flush()
}
