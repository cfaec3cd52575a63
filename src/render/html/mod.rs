//! The editors' page: one self-contained HTML file (inline CSS and script,
//! nothing fetched, so it works from `file://` and in a mail attachment) to
//! review divergences: filter them, read the outlets' versions side by side,
//! open a claim in its full source, accept or dismiss with the keyboard, and
//! export the decisions as a `claimdiff-review/1` file.
//!
//! Everything taken from the input (texts, labels, titles, paths, notes) is
//! escaped here, and the script only ever sets `textContent`: a source is
//! data, never markup. The page is built on the server side so that it reads
//! and prints without the script; the script adds filters, keys and export.
//! Dismissed divergences are on the page (so a decision can be undone) but
//! hidden by the status filter unless `--show-dismissed`.

mod data;
mod escape;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

use super::{View, marked_sides_from, why_line};
use crate::diff::words::Segment;
use crate::model::{Divergence, DivergenceType, Report, Severity, Side};
use crate::review::{Decision, Status};

use escape::esc;

const CSS: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

pub(super) fn render(report: &Report, view: &View, out: &mut dyn Write) -> std::io::Result<()> {
    let page_view = View {
        show_dismissed: true,
        ..view.clone()
    };
    let shown = report.shown(&page_view);
    let mut h = String::new();
    head(report, &mut h);
    h.push_str("<body>\n");
    summary(report, view, &shown, &mut h);
    controls(report, view, &shown, &mut h);
    h.push_str("<main id=\"divergences\">\n");
    for d in &shown {
        divergence(report, view, d, &mut h);
    }
    h.push_str("<p id=\"none-shown\" hidden>No divergence matches the filters.</p>\n</main>\n");
    sources(report, &mut h);
    let json = data::page_data(report, view, &shown);
    let _ = write!(
        h,
        "<script type=\"application/json\" id=\"claimdiff-data\">{}</script>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n",
        escape::script_json(&json)
    );
    out.write_all(h.as_bytes())
}

/// "wire vs tabloid", or "4 outlets" when there are more than two.
fn title(report: &Report) -> String {
    match report.sources.as_slice() {
        [a, b] => format!("{} vs {}", a.document.label, b.document.label),
        all => format!("{} outlets", all.len()),
    }
}

fn head(report: &Report, h: &mut String) {
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <meta name=\"generator\" content=\"claimdiff {}\">\n\
         <title>claimdiff: {}</title>\n<style>\n{CSS}</style>\n</head>\n",
        env!("CARGO_PKG_VERSION"),
        esc(&title(report))
    );
}

/// The outlets, and counts by type and severity of what the page holds.
fn summary(report: &Report, view: &View, shown: &[&Divergence], h: &mut String) {
    let _ = write!(
        h,
        "<header class=\"summary\">\n<h1>claimdiff: {}</h1>\n",
        esc(&title(report))
    );
    outlets(report, h);
    counts(shown, h);
    let below = report.divergences.len() - shown.len();
    let _ = writeln!(
        h,
        "<p class=\"note\">{} divergences on this page, in {} claim groups; {below} more below {} severity or outside <code>--only</code> are left out.</p>",
        shown.len(),
        report.groups.len(),
        view.min_severity.name()
    );
    if let Some(review) = &view.review {
        review_summary(&review.file_name, review.applied.stale.len(), h);
    }
    h.push_str("</header>\n");
}

fn outlets(report: &Report, h: &mut String) {
    h.push_str("<table class=\"outlets\">\n<thead><tr><th>outlet</th><th>headline</th><th>claims</th></tr></thead>\n<tbody>\n");
    for (i, a) in report.sources.iter().enumerate() {
        let d = &a.document;
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\"><a href=\"#src-S{}\">{}</a><br><code>{}</code></th><td>{}</td><td>{}</td></tr>",
            i + 1,
            esc(&d.label),
            esc(d.path.as_deref().unwrap_or("")),
            esc(d.title.as_deref().unwrap_or("")),
            a.claims.len()
        );
    }
    h.push_str("</tbody>\n</table>\n");
}

/// A type × severity table of the divergences on the page.
fn counts(shown: &[&Divergence], h: &mut String) {
    let mut by: BTreeMap<(DivergenceType, Severity), usize> = BTreeMap::new();
    for d in shown {
        *by.entry((d.kind, d.severity)).or_default() += 1;
    }
    let severities = [Severity::High, Severity::Medium, Severity::Low];
    h.push_str("<table class=\"counts\">\n<thead><tr><th>type</th>");
    for s in severities {
        let _ = write!(h, "<th class=\"sev-{0}\">{0}</th>", s.name());
    }
    h.push_str("<th>total</th></tr></thead>\n<tbody>\n");
    for kind in DivergenceType::ALL {
        let row: Vec<usize> = severities
            .iter()
            .map(|&s| by.get(&(kind, s)).copied().unwrap_or(0))
            .collect();
        let total: usize = row.iter().sum();
        if total == 0 {
            continue;
        }
        let _ = write!(
            h,
            "<tr><th scope=\"row\">{}</th>",
            kind.name().replace('_', " ")
        );
        for n in row {
            let _ = write!(h, "<td>{n}</td>");
        }
        let _ = writeln!(h, "<td>{total}</td></tr>");
    }
    h.push_str("</tbody>\n</table>\n");
}

fn review_summary(file_name: &str, stale: usize, h: &mut String) {
    let _ = writeln!(
        h,
        "<p class=\"note\">Decisions from <code>{}</code>{}.</p>",
        esc(file_name),
        if stale > 0 {
            format!(
                "; {stale} of them are stale (their divergence is gone) and are kept in the export"
            )
        } else {
            String::new()
        }
    );
}

/// Filters, live status counts, the reviewer's name and the export button.
fn controls(report: &Report, view: &View, shown: &[&Divergence], h: &mut String) {
    h.push_str("<nav class=\"controls\" aria-label=\"filters\">\n<form id=\"filters\">\n");
    let kinds: Vec<&str> = DivergenceType::ALL
        .iter()
        .filter(|k| shown.iter().any(|d| d.kind == **k))
        .map(|k| k.name())
        .collect();
    checkboxes("type", &kinds, &kinds, h);
    let severities = ["high", "medium", "low"];
    checkboxes("severity", &severities, &severities, h);
    let statuses: Vec<&str> = Status::ALL.iter().map(|s| s.name()).collect();
    let on: Vec<&str> = statuses
        .iter()
        .copied()
        .filter(|s| view.show_dismissed || *s != "dismissed")
        .collect();
    checkboxes("status", &statuses, &on, h);
    outlet_select(report, h);
    h.push_str(
        "</form>\n<div class=\"actions\">\n\
         <span id=\"shown-count\" aria-live=\"polite\"></span>\n\
         <label>reviewer <input id=\"reviewer\" size=\"10\" autocomplete=\"name\"></label>\n\
         <button type=\"button\" id=\"export\">Export decisions</button>\n\
         <span class=\"keys\"><kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>a</kbd> accept · <kbd>d</kbd> dismiss · <kbd>o</kbd> reopen</span>\n\
         </div>\n</nav>\n",
    );
}

fn checkboxes(name: &str, values: &[&str], checked: &[&str], h: &mut String) {
    let _ = write!(h, "<fieldset><legend>{name}</legend>");
    for v in values {
        let _ = write!(
            h,
            "<label><input type=\"checkbox\" name=\"{name}\" value=\"{v}\"{}> {}</label>",
            if checked.contains(v) { " checked" } else { "" },
            v.replace('_', " ")
        );
    }
    h.push_str("</fieldset>\n");
}

fn outlet_select(report: &Report, h: &mut String) {
    h.push_str(
        "<fieldset><legend>outlet</legend><select name=\"outlet\"><option value=\"\">any</option>",
    );
    for (i, a) in report.sources.iter().enumerate() {
        let _ = write!(
            h,
            "<option value=\"S{}\">{}</option>",
            i + 1,
            esc(&a.document.label)
        );
    }
    h.push_str("</select></fieldset>\n");
}

fn divergence(report: &Report, view: &View, d: &Divergence, h: &mut String) {
    divergence_header(view, d, h);
    if let Some(b) = view.decision(d).filter(|b| b.reopened()) {
        let _ = writeln!(
            h,
            "<p class=\"reopened\">Reopened: it was {} before a new version arrived ({}).</p>",
            b.decision.status.name(),
            esc(&b.new_variants.join("; "))
        );
    }
    variants(report, view, d, h);
    let _ = writeln!(
        h,
        "<p class=\"why\">Grouped because: {}.</p>",
        esc(&why_line(&report.groups[d.group]))
    );
    decision(view, d, h);
    h.push_str("</article>\n");
}

/// The element that carries the divergence's id and what the filters read.
fn divergence_header(view: &View, d: &Divergence, h: &mut String) {
    let outlets: Vec<String> = d
        .sides
        .iter()
        .map(|s| s.source())
        .chain(d.missing_in.iter())
        .map(|s| format!("S{}", s + 1))
        .collect();
    let status = view.decision(d).map_or(Status::Open, |b| b.status());
    let _ = write!(
        h,
        "<article class=\"divergence\" id=\"{id}\" data-id=\"{id}\" data-type=\"{}\" data-severity=\"{}\" data-outlets=\"{}\" data-status=\"{}\" tabindex=\"-1\">\n\
         <header><span class=\"sev sev-{1}\">{1}</span> <span class=\"type\">{}</span> \
         <span class=\"status\">{3}</span> <code class=\"id\">{id}</code>\n<h2>{}</h2></header>\n",
        d.kind.name(),
        d.severity.name(),
        outlets.join(" "),
        status.name(),
        d.kind.name().replace('_', " "),
        esc(&d.summary),
        id = esc(&d.id),
    );
}

/// The sides grouped by variant (in column order, a variant without a value
/// last), then the outlets that do not report the claim.
fn variants(report: &Report, view: &View, d: &Divergence, h: &mut String) {
    let sides: Vec<usize> = view
        .columns(report.sources.len())
        .into_iter()
        .filter_map(|s| d.sides.iter().position(|side| side.source() == s))
        .collect();
    let order = variant_order(d, &sides);
    let base = sides
        .iter()
        .copied()
        .find(|&i| order.first().map(|v| v.0) == Some(d.sides[i].variant()))
        .unwrap_or(0);
    let marked = marked_sides_from(report, d, base);
    h.push_str("<div class=\"variants\">\n");
    for (n, &(variant, stated)) in order.iter().enumerate() {
        let members: Vec<usize> = sides
            .iter()
            .copied()
            .filter(|&i| d.sides[i].variant() == variant)
            .collect();
        let heading = match stated {
            true => format!("Version {}", n + 1),
            false => "Not stated".to_string(),
        };
        variant_column(report, d, &heading, &members, &marked, h);
    }
    missing(report, d, h);
    h.push_str("</div>\n");
}

/// Variants in the order their sides come, each with whether it states a
/// value; a variant without one goes last. Wording and omissions have no
/// values at all: then every variant is a version.
fn variant_order(d: &Divergence, sides: &[usize]) -> Vec<(usize, bool)> {
    let valued = |v: usize| {
        sides
            .iter()
            .any(|&i| d.sides[i].variant() == v && !d.value(&d.sides[i]).is_null())
    };
    let mut order: Vec<usize> = Vec::new();
    for &i in sides {
        if !order.contains(&d.sides[i].variant()) {
            order.push(d.sides[i].variant());
        }
    }
    let any_valued = order.iter().any(|&v| valued(v));
    let mut order: Vec<(usize, bool)> = order
        .into_iter()
        .map(|v| (v, !any_valued || valued(v)))
        .collect();
    order.sort_by_key(|&(_, stated)| !stated);
    order
}

fn missing(report: &Report, d: &Divergence, h: &mut String) {
    if d.missing_in.is_empty() {
        return;
    }
    let labels: Vec<&str> = d
        .missing_in
        .iter()
        .map(|s| report.sources[s].document.label.as_str())
        .collect();
    let _ = writeln!(
        h,
        "<section class=\"variant missing\"><h3>Not reported</h3><p>{}</p></section>",
        esc(&labels.join(", "))
    );
}

fn variant_column(
    report: &Report,
    d: &Divergence,
    heading: &str,
    members: &[usize],
    marked: &[Vec<Segment>],
    h: &mut String,
) {
    let value = members.first().and_then(|&i| d.value(&d.sides[i]).label());
    let _ = writeln!(
        h,
        "<section class=\"variant\"><h3>{heading}{}</h3>",
        value.map_or(String::new(), |v| format!(
            " <span class=\"value\">{}</span>",
            esc(&v)
        ))
    );
    for &i in members {
        side(report, d, &d.sides[i], &marked[i], h);
    }
    h.push_str("</section>\n");
}

/// One outlet's text with the differing words marked, and a link that opens
/// the claim in the full source.
fn side(report: &Report, d: &Divergence, side: &Side, segments: &[Segment], h: &mut String) {
    let source = &report.sources[side.source()];
    let span = report.side_span(d, side);
    let text = &source.document.text;
    let _ = write!(
        h,
        "<div class=\"side\" data-source=\"S{n}\"><div class=\"outlet\">{}\
         <a class=\"context\" href=\"#src-S{n}\" data-source=\"S{n}\" data-start=\"{}\" data-end=\"{}\">in context</a></div>\n<blockquote>",
        esc(&source.document.label),
        escape::utf16_offset(text, span.start),
        escape::utf16_offset(text, span.end),
        n = side.source() + 1,
    );
    for s in segments {
        marked_segment(s, h);
    }
    h.push_str("</blockquote></div>\n");
}

/// A changed stretch is marked without its trailing space.
fn marked_segment(s: &Segment, h: &mut String) {
    if !s.changed {
        h.push_str(&esc(&s.text));
        return;
    }
    let core = s.text.trim_end();
    let _ = write!(
        h,
        "<mark>{}</mark>{}",
        esc(core),
        esc(&s.text[core.len()..])
    );
}

/// The buttons and note field; the decision in force is shown in words so
/// that it prints.
fn decision(view: &View, d: &Divergence, h: &mut String) {
    let decided = view.decision(d).map(|b| &b.decision);
    let note = decided.and_then(|x| x.note.as_deref()).unwrap_or("");
    let by = decided.map(decided_line).unwrap_or_default();
    let _ = writeln!(
        h,
        "<div class=\"decision\">\
         <button type=\"button\" data-decide=\"accepted\">Accept <kbd>a</kbd></button>\
         <button type=\"button\" data-decide=\"dismissed\">Dismiss <kbd>d</kbd></button>\
         <button type=\"button\" data-decide=\"open\">Reopen <kbd>o</kbd></button>\
         <input class=\"note\" aria-label=\"note\" placeholder=\"note\" value=\"{}\">\
         <span class=\"decided\">{}</span></div>",
        esc(note),
        esc(&by)
    );
}

/// "dismissed by ana, 2025-12-03 10:15" (the script writes the same).
fn decided_line(d: &Decision) -> String {
    let mut line = d.status.name().to_string();
    if let Some(who) = &d.reviewer {
        line.push_str(&format!(" by {who}"));
    }
    if let Some(time) = &d.time {
        let minute: String = time.chars().take(16).collect();
        line.push_str(&format!(", {}", minute.replace('T', " ")));
    }
    line
}

/// Each source's full text, filled in by the script from the page data (the
/// text is embedded once, as JSON, so that offsets stay exact).
fn sources(report: &Report, h: &mut String) {
    h.push_str("<section class=\"sources\">\n<h2>Sources</h2>\n");
    for (i, a) in report.sources.iter().enumerate() {
        let d = &a.document;
        let _ = writeln!(
            h,
            "<details id=\"src-S{}\"><summary>{}{}</summary><pre class=\"source-text\"></pre></details>",
            i + 1,
            esc(&d.label),
            d.title
                .as_deref()
                .map_or(String::new(), |t| format!(" — {}", esc(t)))
        );
    }
    h.push_str("<button type=\"button\" id=\"back\" hidden></button>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Config, compare, ingest};

    fn page(texts: &[(&str, &str)]) -> String {
        let docs = texts
            .iter()
            .map(|(label, text)| ingest::from_text(label, text))
            .collect();
        let report = compare(docs, &Config::default());
        let mut out = Vec::new();
        render(&report, &View::default(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn each_divergence_carries_its_id_and_marked_words() {
        let html = page(&[
            (
                "wire",
                "The five-hour meeting in Moscow produced no agreement.",
            ),
            (
                "tabloid",
                "The four-hour meeting in Moscow produced no agreement.",
            ),
        ]);
        assert!(html.contains("<article class=\"divergence\" id=\"D"));
        assert!(html.contains("data-id=\"D"));
        assert!(html.contains("<mark>five-hour</mark>"));
        assert!(html.contains("<mark>four-hour</mark>"));
        assert!(!html.contains("http://") && !html.contains("https://"));
    }

    #[test]
    fn hostile_text_and_labels_are_escaped() {
        let evil = "Officials said <script>alert(1)</script> 5 people & \"some\" 'others' died </script><img src=x onerror=alert(2)>.";
        let html = page(&[
            ("<b onmouseover=\"x()\">wire</b>", evil),
            ("tab'loid", "Officials said 6 people died."),
        ]);
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<img src=x"));
        assert!(!html.contains("<b onmouseover"));
        assert_eq!(html.matches("</script>").count(), 2, "only the page's own");
        assert!(html.contains("&lt;b onmouseover=&quot;x()&quot;&gt;wire&lt;/b&gt;"));
    }
}
