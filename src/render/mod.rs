//! Render: print a [`Report`] for people (terminal table, Markdown, HTML) or
//! for programs (JSON, CSV). Rendering never changes what was found; it only
//! chooses what to show ([`View`]) and how.

mod csv;
mod grid;
pub mod inspect;
mod json;
mod markdown;
mod table;

use std::io::Write;

use crate::diff::words::{Segment, marked};
use crate::model::{Claim, Divergence, DivergenceType, Report, Severity, Side};

pub use json::{JSON_SCHEMA, report_json};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Markdown,
    Csv,
}

/// What to show of a report.
#[derive(Debug, Clone)]
pub struct View {
    /// Hide divergences below this severity.
    pub min_severity: Severity,
    /// Show only these types (all when `None`).
    pub only: Option<Vec<DivergenceType>>,
    /// Add each source's analysed text to JSON output.
    pub include_text: bool,
    /// Use terminal colours.
    pub color: bool,
    /// Terminal width for the table.
    pub width: Option<u16>,
    /// Show everything relative to this source: only divergences where it
    /// differs from another source, with its version first.
    pub reference: Option<usize>,
    /// Table and Markdown show one row per claim group (the `table` command)
    /// rather than one row per divergence.
    pub by_group: bool,
}

impl Default for View {
    fn default() -> Self {
        View {
            min_severity: Severity::Medium,
            only: None,
            include_text: false,
            color: false,
            width: None,
            reference: None,
            by_group: false,
        }
    }
}

impl View {
    /// Is this divergence shown?
    pub fn shows(&self, d: &Divergence) -> bool {
        d.severity >= self.min_severity
            && self.only.as_ref().is_none_or(|only| only.contains(&d.kind))
    }
}

impl View {
    /// Source indices in display order: the reference first, then the rest
    /// in the order given.
    pub fn columns(&self, sources: usize) -> Vec<usize> {
        let mut order: Vec<usize> = (0..sources).collect();
        if let Some(r) = self.reference.filter(|&r| r < sources) {
            order.retain(|&s| s != r);
            order.insert(0, r);
        }
        order
    }
}

impl Report {
    /// The divergences a view shows, in report order.
    pub fn shown<'r>(&'r self, view: &View) -> Vec<&'r Divergence> {
        self.divergences
            .iter()
            .filter(|d| view.shows(d) && view.reference.is_none_or(|r| differs_from_others(d, r)))
            .collect()
    }

    /// The claim behind a side.
    pub fn claim(&self, side: &Side) -> &Claim {
        &self.sources[side.source].claims[side.claim]
    }
}

/// Does the reference source take part in the disagreement? An omission
/// always involves every source (present or missing); otherwise the
/// reference must hold a valued variant another side does not share.
fn differs_from_others(d: &Divergence, reference: usize) -> bool {
    if d.kind == DivergenceType::Omission {
        return true;
    }
    let Some(own) = d.sides.iter().find(|s| s.source == reference) else {
        return false;
    };
    !own.value.is_null()
        && d.sides
            .iter()
            .any(|s| s.variant != own.variant && !s.value.is_null())
}

/// Write a report in a format.
pub fn render(
    report: &Report,
    view: &View,
    format: Format,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Table if view.by_group => grid::render(report, view, out, false),
        Format::Markdown if view.by_group => grid::render(report, view, out, true),
        Format::Table => table::render(report, view, out),
        Format::Json => json::render(report, view, out),
        Format::Markdown => markdown::render(report, view, out),
        Format::Csv => csv::render(report, view, out),
    }
}

/// Each side's text with the words that differ from the other variant marked:
/// the first side is compared with the first side of another variant, every
/// other side with the first side.
pub fn marked_sides(report: &Report, d: &Divergence) -> Vec<Vec<Segment>> {
    let texts: Vec<&str> = d
        .sides
        .iter()
        .map(|s| report.claim(s).text.as_str())
        .collect();
    let Some(first) = texts.first() else {
        return Vec::new();
    };
    let other = d
        .sides
        .iter()
        .position(|s| s.variant != d.sides[0].variant)
        .or(if texts.len() > 1 { Some(1) } else { None });
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| match (i, other) {
            (0, Some(o)) => marked(first, texts[o]).0,
            (0, None) => vec![Segment {
                text: first.to_string(),
                changed: false,
            }],
            _ => marked(first, text).1,
        })
        .collect()
}

/// Segments as plain text with changed words wrapped in `open`/`close`.
pub fn segments_with(segments: &[Segment], open: &str, close: &str) -> String {
    let mut out = String::new();
    for s in segments {
        if s.changed {
            let core = s.text.trim_end();
            out.push_str(open);
            out.push_str(core);
            out.push_str(close);
            out.push_str(&s.text[core.len()..]);
        } else {
            out.push_str(&s.text);
        }
    }
    out.trim_end().to_string()
}
