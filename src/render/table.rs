//! The terminal table: one row per divergence with each source's text, the
//! differing words marked, and a one-line summary. Colour only when asked
//! (the binary asks when stdout is a terminal).

use std::io::Write;

use super::{MAX_CELL_CHARS, View, marked_sides, segments_with, truncate};
use crate::model::{Divergence, Report, Severity};

const BOLD_YELLOW: &str = "\x1b[1;33m";
const RESET: &str = "\x1b[0m";

pub(super) fn render(report: &Report, view: &View, out: &mut dyn Write) -> std::io::Result<()> {
    let shown = report.shown(view);
    if shown.is_empty() {
        writeln!(
            out,
            "No divergences at {} severity or above.",
            view.min_severity.name()
        )?;
        return footer(report, view, &shown, out);
    }
    let mut table = super::terminal_table(view.width);
    let mut header = vec!["type".to_string(), "severity".to_string()];
    header.extend(
        view.columns(report.sources.len())
            .iter()
            .map(|&s| report.sources[s].document.label.clone()),
    );
    header.push("summary".into());
    table.set_header(header);
    for d in &shown {
        table.add_row(row(report, view, d));
    }
    writeln!(out, "{table}")?;
    footer(report, view, &shown, out)
}

fn row(report: &Report, view: &View, d: &Divergence) -> Vec<String> {
    // A side too long for a cell is cut, and then not worth marking.
    let long = d
        .sides
        .iter()
        .any(|s| report.side_text(d, s).len() > MAX_CELL_CHARS);
    let marked = if long {
        Vec::new()
    } else {
        marked_sides(report, d)
    };
    let mut cells = vec![
        d.kind.name().to_string(),
        severity_cell(d.severity, view.color),
    ];
    for s in view.columns(report.sources.len()) {
        let cell = match d.sides.iter().position(|side| side.source() == s) {
            Some(i) if long => truncate(report.side_text(d, &d.sides[i]), MAX_CELL_CHARS),
            Some(i) if view.color => segments_with(&marked[i], BOLD_YELLOW, RESET),
            Some(i) => segments_with(&marked[i], "[", "]"),
            None => "—".to_string(),
        };
        cells.push(cell);
    }
    let summary = truncate(&d.summary, MAX_CELL_CHARS);
    cells.push(match view.review_tag(d) {
        Some(tag) => format!("{summary}\n(review: {tag})"),
        None => summary,
    });
    cells
}

fn severity_cell(severity: Severity, color: bool) -> String {
    let name = severity.name();
    if !color {
        return name.to_string();
    }
    let code = match severity {
        Severity::High => "\x1b[1;31m",
        Severity::Medium => "\x1b[33m",
        Severity::Low => "\x1b[2m",
    };
    format!("{code}{name}{RESET}")
}

fn footer(
    report: &Report,
    view: &View,
    shown: &[&Divergence],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let count = |s: Severity| shown.iter().filter(|d| d.severity == s).count();
    let hidden = report.divergences.len() - shown.len();
    writeln!(
        out,
        "{} divergences shown ({} high, {} medium, {} low); {} hidden by filters; {} claim groups.",
        shown.len(),
        count(Severity::High),
        count(Severity::Medium),
        count(Severity::Low),
        hidden,
        report.groups.len()
    )?;
    if !shown.is_empty() && !view.color {
        writeln!(out, "Words in [brackets] differ between the versions.")?;
    }
    Ok(())
}
