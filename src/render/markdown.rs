//! Markdown: the table's rows as a Markdown table, for tickets and chat.

use std::io::Write;

use super::{View, marked_sides, segments_with};
use crate::model::Report;

pub(super) fn render(report: &Report, view: &View, out: &mut dyn Write) -> std::io::Result<()> {
    let shown = report.shown(view);
    let columns = view.columns(report.sources.len());
    let labels: Vec<&str> = columns
        .iter()
        .map(|&s| report.sources[s].document.label.as_str())
        .collect();
    writeln!(out, "# claimdiff: {}\n", labels.join(" vs "))?;
    if shown.is_empty() {
        return writeln!(
            out,
            "No divergences at {} severity or above.",
            view.min_severity.name()
        );
    }
    write!(out, "| type | severity |")?;
    for label in &labels {
        write!(out, " {} |", escape(label))?;
    }
    writeln!(out, " summary |")?;
    writeln!(out, "|---|---|{}---|", "---|".repeat(labels.len()))?;
    for d in shown {
        let marked = marked_sides(report, d);
        write!(out, "| {} | {} |", d.kind.name(), d.severity.name())?;
        for &s in &columns {
            let cell = d
                .sides
                .iter()
                .position(|side| side.source() == s)
                .map(|i| segments_with(&marked[i], "**", "**"))
                .unwrap_or_else(|| "—".to_string());
            write!(out, " {} |", escape(&cell))?;
        }
        let summary = match view.review_tag(d) {
            Some(tag) => format!("{} (review: {tag})", d.summary),
            None => d.summary.clone(),
        };
        writeln!(out, " {} |", escape(&summary))?;
    }
    Ok(())
}

/// Keep a cell inside its column: pipes escaped, line breaks as spaces.
fn escape(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}
