//! CSV: one row per divergence (id, type, severity, summary, then one column
//! per source with its text, then the review status when decisions were
//! given), for spreadsheets.

use std::io::Write;

use super::View;
use crate::model::Report;

pub(super) fn render(report: &Report, view: &View, out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    let mut header = vec![
        "id".to_string(),
        "type".into(),
        "severity".into(),
        "summary".into(),
    ];
    let columns = view.columns(report.sources.len());
    header.extend(
        columns
            .iter()
            .map(|&s| report.sources[s].document.label.clone()),
    );
    if view.review.is_some() {
        header.push("review".into());
    }
    w.write_record(&header)?;
    for d in report.shown(view) {
        let mut row = vec![
            d.id.clone(),
            d.kind.name().to_string(),
            d.severity.name().to_string(),
            d.summary.clone(),
        ];
        row.extend(columns.iter().map(|&s| {
            d.sides
                .iter()
                .find(|side| side.source() == s)
                .map(|side| report.side_text(d, side).to_string())
                .unwrap_or_default()
        }));
        row.extend(view.review_tag(d));
        w.write_record(&row)?;
    }
    w.flush()
}
