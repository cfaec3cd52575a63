//! Render: print a [`Report`] for people (terminal table, Markdown, HTML) or
//! for programs (JSON, CSV). Rendering never changes what was found; it only
//! chooses what to show ([`View`]) and how.

mod csv;
mod grid;
mod html;
pub mod inspect;
mod json;
mod markdown;
mod table;

use std::io::Write;

use crate::diff::words::{Segment, marked};
use crate::model::{Claim, ClaimGroup, Divergence, DivergenceType, Report, Severity, Side, Span};
use crate::review::{Applied, Bound, Status};

pub use json::{JSON_SCHEMA, report_json};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Markdown,
    Csv,
    /// One self-contained page for editors to review divergences.
    Html,
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
    /// Review decisions in force (`--review`).
    pub review: Option<Review>,
    /// Show divergences whose decision is "dismissed" (they never count for
    /// the exit status).
    pub show_dismissed: bool,
}

/// Review decisions applied to the report being rendered.
#[derive(Debug, Clone, Default)]
pub struct Review {
    pub applied: Applied,
    /// The decisions file's name, offered again when the page exports it.
    pub file_name: String,
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
            review: None,
            show_dismissed: false,
        }
    }
}

impl View {
    /// Is this divergence shown?
    pub fn shows(&self, d: &Divergence) -> bool {
        d.severity >= self.min_severity
            && self.only.as_ref().is_none_or(|only| only.contains(&d.kind))
            && (self.show_dismissed || !self.dismissed(d))
    }

    /// The decision bound to a divergence, if any.
    pub fn decision(&self, d: &Divergence) -> Option<&Bound> {
        self.review.as_ref()?.applied.bound.get(&d.id)
    }

    /// Was the divergence dismissed (and not reopened since)?
    pub fn dismissed(&self, d: &Divergence) -> bool {
        self.decision(d)
            .is_some_and(|b| b.status() == Status::Dismissed)
    }

    /// The review status as a short tag for text formats ("accepted",
    /// "reopened: was dismissed"), when decisions were given.
    pub fn review_tag(&self, d: &Divergence) -> Option<String> {
        self.review.as_ref()?;
        Some(match self.decision(d) {
            Some(b) if b.reopened() => format!("reopened: was {}", b.decision.status.name()),
            Some(b) => b.status().name().to_string(),
            None => Status::Open.name().to_string(),
        })
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

    /// How many shown divergences count for the exit status: dismissed ones
    /// (shown with `--show-dismissed`) do not.
    pub fn counted(&self, view: &View) -> usize {
        self.shown(view)
            .into_iter()
            .filter(|d| !view.dismissed(d))
            .count()
    }

    /// The claim behind a side.
    pub fn claim(&self, side: &Side) -> &Claim {
        &self.sources[side.source()].claims[side.claim()]
    }

    /// The text a side shows: its claim's, or the wider extent the side
    /// cites (see [`Divergence::extent`]).
    pub fn side_text(&self, d: &Divergence, side: &Side) -> &str {
        match d.extent(side) {
            Some(extent) => extent.slice(&self.sources[side.source()].document.text),
            None => &self.claim(side).text,
        }
    }

    /// Where [`Report::side_text`] stands in its source's analysed text.
    pub fn side_span(&self, d: &Divergence, side: &Side) -> Span {
        d.extent(side).unwrap_or(self.claim(side).span())
    }
}

/// Does the reference source take part in the disagreement? An omission
/// always involves every source (present or missing); otherwise the
/// reference must hold a valued variant another side does not share.
fn differs_from_others(d: &Divergence, reference: usize) -> bool {
    if d.kind == DivergenceType::Omission {
        return true;
    }
    let Some(own) = d.sides.iter().find(|s| s.source() == reference) else {
        return false;
    };
    !d.value(own).is_null()
        && d.sides
            .iter()
            .any(|s| s.variant() != own.variant() && !d.value(s).is_null())
}

/// A terminal table in the house style, wrapped to `width` when known (on
/// a terminal comfy-table measures the width itself).
pub(crate) fn terminal_table(width: Option<u16>) -> comfy_table::Table {
    let mut table = comfy_table::Table::new();
    table
        .load_style(comfy_table::presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
    if let Some(width) = width {
        table.set_width(width);
    }
    table
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
        Format::Html => html::render(report, view, out),
    }
}

/// Why a group's claims were put together, in one line.
pub(crate) fn why_line(group: &ClaimGroup) -> String {
    let why = &group.why;
    let mut parts = vec![format!("aligned at {:.2}", why.score)];
    if !why.shared_entities.is_empty() {
        parts.push(format!("shared names: {}", why.shared_entities.join(", ")));
    }
    if !why.shared_numbers.is_empty() {
        parts.push(format!("shared numbers: {}", why.shared_numbers.join(", ")));
    }
    parts.join("; ")
}

/// Each side's text with the words that differ from the other variant marked:
/// the first side is compared with the first side of another variant, every
/// other side with the first side.
pub fn marked_sides(report: &Report, d: &Divergence) -> Vec<Vec<Segment>> {
    marked_sides_from(report, d, 0)
}

/// [`marked_sides`] with side `base` in the first side's place: it is
/// compared with the first side of another variant, every other side with it.
pub fn marked_sides_from(report: &Report, d: &Divergence, base: usize) -> Vec<Vec<Segment>> {
    let texts: Vec<&str> = d.sides.iter().map(|s| report.side_text(d, s)).collect();
    let Some(first) = texts.get(base) else {
        return Vec::new();
    };
    let variant = d.sides[base].variant();
    let other = d
        .sides
        .iter()
        .position(|s| s.variant() != variant)
        .or_else(|| (0..texts.len()).find(|&i| i != base));
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| match other {
            Some(o) if i == base => marked(first, texts[o]).0,
            None if i == base => vec![Segment {
                text: first.to_string(),
                changed: false,
            }],
            _ => marked(first, text).1,
        })
        .collect()
}

/// Segments as plain text with changed words wrapped in `open`/`close`.
/// The most characters a terminal table cell shows. comfy-table wraps an
/// unbreakable run in time quadratic in its length (a 100 KB token took six
/// seconds, a 5 MB one hours), and nobody reads more than a screenful in a
/// cell; JSON keeps the full text.
pub(crate) const MAX_CELL_CHARS: usize = 1_000;

/// Cut text to `room` characters, ending with an ellipsis when cut.
pub(crate) fn truncate(text: &str, room: usize) -> String {
    match text.char_indices().nth(room) {
        None => text.to_string(),
        Some(_) => {
            let mut cut: String = text.chars().take(room.saturating_sub(1)).collect();
            cut.push('…');
            cut
        }
    }
}

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
