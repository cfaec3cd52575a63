//! Date and time recognition scored on the Microsoft Recognizers-Text
//! date-time specs (`recognizers-datetime-model-en.jsonl`).
//!
//! Every row is read with its `context.ReferenceDateTime` as the reference
//! date. Expected mentions of the date and time types (`date`, `time`,
//! `datetime` and their `…range` forms) are scored; durations, sets
//! ("every Monday"), time zones and alternatives are not claimdiff's dates,
//! so they are left out and a prediction that overlaps one is not counted.
//!
//! A prediction is correct when its span overlaps an expected mention and its
//! value equals one of that mention's resolutions, either the TIMEX value
//! (`2016-W45`, `XXXX-10-02`, `TMO`) or the resolved value (`2016-10-02`,
//! `2016-11-08 08:00:00`), compared after writing times the same way (`T19`,
//! `19:00:00` and `T19:00` are equal). Ranges count as found only when our
//! single value equals their TIMEX ("this September" is `2016-09`): we do not
//! produce intervals. A second count ignores values and scores spans only.

use super::numbers::{Counts, char_span};
use crate::extract::dates::find_dates;
use crate::model::DateMention;
use crate::{Error, Result};
use chrono::NaiveDate;
use serde::Deserialize;
use std::fmt;
use std::path::Path;

/// The expected types that are scored.
const SCORED: &[&str] = &[
    "datetimeV2.date",
    "datetimeV2.time",
    "datetimeV2.datetime",
    "datetimeV2.daterange",
    "datetimeV2.timerange",
    "datetimeV2.datetimerange",
];

/// The score of a date-time file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatesScore {
    pub rows: usize,
    /// Span overlaps and equal values.
    pub strict: Counts,
    /// Span overlaps only.
    pub spans: Counts,
    /// Per expected type: (type, expected, found with the right value).
    pub per_type: Vec<(String, usize, usize)>,
}

impl DatesScore {
    pub fn f1(&self) -> f64 {
        self.strict.f1()
    }
}

impl fmt::Display for DatesScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "values   {}  over {} rows", self.strict, self.rows)?;
        writeln!(f, "spans    {}", self.spans)?;
        for (t, gold, found) in &self.per_type {
            let recall = if *gold == 0 {
                0.0
            } else {
                *found as f64 / *gold as f64
            };
            writeln!(f, "  {t:<14} R {recall:.3}  ({found} of {gold})")?;
        }
        Ok(())
    }
}

#[derive(Debug, Deserialize)]
struct Row {
    input: String,
    #[serde(default)]
    context: Option<serde_json::Value>,
    expected: Vec<Expected>,
}

#[derive(Debug, Deserialize)]
struct Expected {
    #[serde(rename = "type", default)]
    kind: Option<String>,
    #[serde(default)]
    resolution: Option<serde_json::Value>,
    start: usize,
    end: usize,
}

/// Score a Recognizers date-time file (JSON lines).
pub fn run(path: &Path) -> Result<DatesScore> {
    let data = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut score = DatesScore::default();
    let mut per_type: Vec<(String, usize, usize)> = SCORED
        .iter()
        .map(|t| (t.trim_start_matches("datetimeV2.").to_string(), 0, 0))
        .collect();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(line).map_err(|e| Error::Json {
            path: path.display().to_string(),
            message: format!("line {}: {e}", n + 1),
        })?;
        let reference = row
            .context
            .as_ref()
            .and_then(|c| c.get("ReferenceDateTime"))
            .and_then(|r| r.as_str())
            .and_then(|r| r.get(..10))
            .and_then(|r| NaiveDate::parse_from_str(r, "%Y-%m-%d").ok());
        let predicted = find_dates(&row.input, reference);
        score_row(&row, &predicted, &mut score, &mut per_type);
        score.rows += 1;
    }
    score.per_type = per_type;
    Ok(score)
}

fn score_row(
    row: &Row,
    predicted: &[DateMention],
    score: &mut DatesScore,
    per_type: &mut [(String, usize, usize)],
) {
    let mut scored = Vec::new();
    let mut ignored = Vec::new();
    for g in &row.expected {
        let span = char_span(&row.input, g.start, g.end);
        match g
            .kind
            .as_deref()
            .and_then(|k| SCORED.iter().position(|s| *s == k))
        {
            Some(t) => scored.push((g, span, t)),
            None => ignored.push(span),
        }
    }
    let counted: Vec<&DateMention> = predicted
        .iter()
        .filter(|p| {
            scored.iter().any(|(_, s, _)| s.overlaps(&p.span))
                || !ignored.iter().any(|s| s.overlaps(&p.span))
        })
        .collect();
    let mut used_strict = vec![false; counted.len()];
    let mut used_span = vec![false; counted.len()];
    for (g, span, t) in &scored {
        per_type[*t].1 += 1;
        let accepted = gold_values(g);
        if let Some(k) = (0..counted.len()).find(|&k| {
            !used_strict[k]
                && counted[k].span.overlaps(span)
                && counted[k]
                    .value
                    .as_deref()
                    .is_some_and(|v| accepted.accepts(v))
        }) {
            used_strict[k] = true;
            score.strict.correct += 1;
            per_type[*t].2 += 1;
        }
        if let Some(k) =
            (0..counted.len()).find(|&k| !used_span[k] && counted[k].span.overlaps(span))
        {
            used_span[k] = true;
            score.spans.correct += 1;
        }
    }
    score.strict.gold += scored.len();
    score.spans.gold += scored.len();
    score.strict.predicted += counted.len();
    score.spans.predicted += counted.len();
}

/// The values an expected mention accepts, normalised: single values and
/// (start, end) pairs of intervals.
#[derive(Debug, Default)]
struct Accepted {
    single: Vec<String>,
    pairs: Vec<(String, String)>,
}

impl Accepted {
    /// Our value is one of the single values, or an interval "A/B" whose ends
    /// start where the expected interval starts and ends (the Recognizers
    /// write "from March to May" as 03-01 to 05-01).
    fn accepts(&self, ours: &str) -> bool {
        if let Some(pair) = quarter_span(ours) {
            return self.pairs.contains(&pair) || self.single.iter().any(|g| g == ours);
        }
        match ours.split_once('/') {
            None => self.single.iter().any(|g| *g == normalise(ours)),
            Some((a, b)) => {
                let (a, b) = (normalise(&start_of(a)), normalise(&start_of(b)));
                self.pairs.iter().any(|(x, y)| *x == a && *y == b)
            }
        }
    }
}

fn gold_values(g: &Expected) -> Accepted {
    let mut out = Accepted::default();
    let values = g
        .resolution
        .as_ref()
        .and_then(|r| r.get("values"))
        .and_then(|v| v.as_array());
    for v in values.into_iter().flatten() {
        let text = |key: &str| v.get(key).and_then(|s| s.as_str());
        if let Some(t) = text("timex") {
            match t.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
                Some(inner) => {
                    let mut parts = inner.split(',');
                    if let (Some(x), Some(y)) = (parts.next(), parts.next()) {
                        out.pairs
                            .push((normalise(&start_of(x)), normalise(&start_of(y))));
                    }
                }
                None => out.single.push(normalise(t)),
            }
        }
        if let Some(value) = text("value") {
            out.single.push(normalise(value));
        }
        if let (Some(a), Some(b)) = (text("start"), text("end")) {
            out.pairs.push((normalise(a), normalise(b)));
        }
    }
    out
}

/// A quarter is the span from its first day to the next quarter's:
/// "2017-Q1" → ("2017-01-01", "2017-04-01"), as the Recognizers write it.
fn quarter_span(v: &str) -> Option<(String, String)> {
    let (y, q) = v.split_once("-Q")?;
    let (y, q): (i32, u32) = (y.parse().ok()?, q.parse().ok()?);
    if !(1..=4).contains(&q) {
        return None;
    }
    let start = format!("{y:04}-{:02}-01", 3 * q - 2);
    let end = if q == 4 {
        format!("{:04}-01-01", y + 1)
    } else {
        format!("{y:04}-{:02}-01", 3 * q + 1)
    };
    Some((start, end))
}

/// The first day of a year, month or ISO week: "2014" → "2014-01-01".
fn start_of(v: &str) -> String {
    let (date, time) = match v.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (v, None),
    };
    let day = match date.len() {
        4 if date.bytes().all(|b| b.is_ascii_digit()) => format!("{date}-01-01"),
        7 if date.as_bytes()[4] == b'-' && date.as_bytes()[5] != b'W' => format!("{date}-01"),
        8 if date.as_bytes()[5] == b'W' => {
            let week = (date[..4].parse::<i32>(), date[6..].parse::<u32>());
            match week {
                (Ok(y), Ok(w)) => NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon)
                    .map_or_else(|| date.to_string(), |d| d.format("%Y-%m-%d").to_string()),
                _ => date.to_string(),
            }
        }
        _ => date.to_string(),
    };
    match time {
        Some(t) => format!("{day}T{t}"),
        None => day,
    }
}

/// Write dates and times one way: "2016-11-08 08:00:00" and "2016-11-08T08"
/// become "2016-11-08T08:00"; "19:00:00" and "T19" become "T19:00".
fn normalise(v: &str) -> String {
    let v = v.trim();
    let (date, time) = match v.split_once(['T', ' ']) {
        Some((d, t)) if !t.is_empty() && t.as_bytes()[0].is_ascii_digit() => (d, Some(t)),
        _ if v.len() >= 5 && v.as_bytes()[2] == b':' => ("", Some(v)),
        _ => return v.to_string(),
    };
    let Some(time) = time else {
        return v.to_string();
    };
    let mut parts: Vec<&str> = time.split(':').collect();
    if parts.len() == 1 {
        parts.push("00");
    }
    if parts.len() == 3 && parts[2] == "00" {
        parts.pop();
    }
    format!("{date}T{}", parts.join(":"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals() {
        let a = Accepted {
            single: vec![],
            pairs: vec![
                ("2014-01-01".into(), "2018-01-01".into()),
                ("T17:00".into(), "T18:00".into()),
            ],
        };
        assert!(a.accepts("2014/2018"));
        assert!(a.accepts("T17:00/T18:00"));
        assert!(!a.accepts("2014/2017"));
        assert_eq!(start_of("2018-W02"), "2018-01-08");
        assert_eq!(
            quarter_span("2019-Q4"),
            Some(("2019-10-01".into(), "2020-01-01".into()))
        );
        assert_eq!(start_of("XXXX-03"), "XXXX-03-01");
    }

    #[test]
    fn normalised_times() {
        assert_eq!(normalise("2016-11-08 08:00:00"), "2016-11-08T08:00");
        assert_eq!(normalise("2016-11-08T08"), "2016-11-08T08:00");
        assert_eq!(normalise("T19"), "T19:00");
        assert_eq!(normalise("19:30:00"), "T19:30");
        assert_eq!(normalise("2016-09"), "2016-09");
        assert_eq!(normalise("TMO"), "TMO");
        assert_eq!(normalise("XXXX-WXX-3T04"), "XXXX-WXX-3T04:00");
    }

    #[test]
    fn scores_a_small_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.jsonl");
        let rows = [
            r#"{"input":"see you tomorrow","context":{"ReferenceDateTime":"2020-03-01T00:00:00"},"expected":[{"text":"tomorrow","type":"datetimeV2.date","resolution":{"values":[{"timex":"2020-03-02","value":"2020-03-02"}]},"start":8,"end":15}]}"#,
            r#"{"input":"for 3 days","context":null,"expected":[{"text":"3 days","type":"datetimeV2.duration","resolution":{"values":[{"timex":"P3D"}]},"start":4,"end":9}]}"#,
        ];
        std::fs::write(&path, rows.join("\n")).unwrap();
        let s = run(&path).unwrap();
        assert_eq!(s.rows, 2);
        assert_eq!((s.strict.correct, s.strict.gold), (1, 1));
        assert!(s.to_string().starts_with("values"));
        std::fs::write(&path, "[1,").unwrap();
        assert!(matches!(run(&path), Err(Error::Json { .. })));
    }
}
