//! The `table` command's view: one row per claim group, one column per
//! outlet with that outlet's version (an empty cell when it lacks the claim),
//! and the row's divergences. With many outlets a row becomes a block — one
//! line per outlet — so fifty outlets stay readable on a laptop screen.

use std::io::Write;

use super::{MAX_CELL_CHARS, View, truncate, why_line};
use crate::model::{ClaimGroup, Divergence, Report, Severity};

/// Past this many outlets, rows are printed as blocks.
const MAX_COLUMNS: usize = 4;

/// A group with the divergences the view shows for it.
struct Row<'r> {
    group: &'r ClaimGroup,
    divergences: Vec<&'r Divergence>,
}

pub(super) fn render(
    report: &Report,
    view: &View,
    out: &mut dyn Write,
    markdown: bool,
) -> std::io::Result<()> {
    let rows = rows(report, view);
    let columns = view.columns(report.sources.len());
    if rows.is_empty() {
        writeln!(
            out,
            "No divergences at {} severity or above.",
            view.min_severity.name()
        )?;
    } else if markdown {
        markdown_rows(report, view, &rows, &columns, out)?;
    } else if columns.len() > MAX_COLUMNS {
        blocks(report, view, &rows, &columns, out)?;
    } else {
        grid(report, view, &rows, &columns, out)?;
    }
    writeln!(
        out,
        "{} claim groups with divergences shown, of {} groups across {} sources.",
        rows.len(),
        report.groups.len(),
        report.sources.len()
    )
}

/// Groups with shown divergences, most severe first, then by first appearance.
fn rows<'r>(report: &'r Report, view: &View) -> Vec<Row<'r>> {
    let shown = report.shown(view);
    let mut rows: Vec<Row> = report
        .groups
        .iter()
        .enumerate()
        .filter_map(|(g, group)| {
            let divergences: Vec<&Divergence> =
                shown.iter().copied().filter(|d| d.group == g).collect();
            (!divergences.is_empty()).then_some(Row { group, divergences })
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(worst(r)));
    rows
}

fn worst(row: &Row) -> Severity {
    row.divergences
        .iter()
        .map(|d| d.severity)
        .max()
        .unwrap_or(Severity::Low)
}

/// The text a source gives in a group, if it has a claim there.
fn cell<'r>(report: &'r Report, group: &ClaimGroup, source: usize) -> Option<&'r str> {
    group
        .members
        .iter()
        .find(|m| m.source() == source)
        .map(|m| &*report.sources[m.source()].claims[m.claim()].text)
}

fn divergence_lines(row: &Row, view: &View) -> String {
    row.divergences
        .iter()
        .map(|d| {
            let line = format!("{} {}: {}", d.severity.name(), d.kind.name(), d.summary);
            match view.review_tag(d) {
                Some(tag) => format!("{line} [{tag}]"),
                None => line,
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn grid(
    report: &Report,
    view: &View,
    rows: &[Row],
    columns: &[usize],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut table = super::terminal_table(view.width);
    let mut header: Vec<String> = columns
        .iter()
        .map(|&s| report.sources[s].document.label.clone())
        .collect();
    header.push("divergences".into());
    table.set_header(header);
    for row in rows {
        let mut cells: Vec<String> = columns
            .iter()
            .map(|&s| truncate(cell(report, row.group, s).unwrap_or(""), MAX_CELL_CHARS))
            .collect();
        cells.push(format!(
            "{}\n({})",
            truncate(&divergence_lines(row, view), MAX_CELL_CHARS),
            why_line(row.group)
        ));
        table.add_row(cells);
    }
    writeln!(out, "{table}")
}

/// One block per group: its divergences, why it was aligned, then one
/// truncated line per outlet.
fn blocks(
    report: &Report,
    view: &View,
    rows: &[Row],
    columns: &[usize],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let width = view.width.unwrap_or(120) as usize;
    let label_width = columns
        .iter()
        .map(|&s| report.sources[s].document.label.chars().count())
        .max()
        .unwrap_or(0)
        .min(24);
    for row in rows {
        writeln!(out, "── {} ({})", row.group.id, row.group.kind_name())?;
        for line in divergence_lines(row, view).lines() {
            writeln!(out, "   {line}")?;
        }
        writeln!(out, "   {}", why_line(row.group))?;
        for &s in columns {
            let label: String = report.sources[s]
                .document
                .label
                .chars()
                .take(label_width)
                .collect();
            let text = cell(report, row.group, s).unwrap_or("—");
            let room = width.saturating_sub(label_width + 6).max(20);
            writeln!(out, "   {label:<label_width$} │ {}", truncate(text, room))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn markdown_rows(
    report: &Report,
    view: &View,
    rows: &[Row],
    columns: &[usize],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let esc = |s: &str| s.replace('|', "\\|").replace(['\n', '\r'], " ");
    write!(out, "|")?;
    for &s in columns {
        write!(out, " {} |", esc(&report.sources[s].document.label))?;
    }
    writeln!(out, " divergences |")?;
    writeln!(out, "|{}---|", "---|".repeat(columns.len()))?;
    for row in rows {
        write!(out, "|")?;
        for &s in columns {
            write!(out, " {} |", esc(cell(report, row.group, s).unwrap_or("")))?;
        }
        writeln!(
            out,
            " {} |",
            esc(&divergence_lines(row, view).replace('\n', "; "))
        )?;
    }
    Ok(())
}

impl ClaimGroup {
    fn kind_name(&self) -> String {
        serde_json::to_value(self.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }
}
