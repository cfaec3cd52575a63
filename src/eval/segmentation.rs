//! Segmentation against the pySBD "Golden Rules": how many texts the
//! segmenter cuts exactly as the gold does.
//!
//! The file is a JSON array of rows `{id, rule, text, expected: [sentences]}`.
//! A row is exact when the list of sentences [`segment::split`] returns, each
//! sliced from the text, equals `expected`, both compared with surrounding
//! whitespace trimmed and every inner run of whitespace read as one space.
//! The gold sometimes writes a sentence with its line break replaced by a
//! space (text "a cold \nnight", gold "a cold night"), while our spans must
//! slice the text as it is; whitespace never decides where a sentence ends,
//! so reading it loosely cannot hide a wrong cut.

use std::fmt;
use std::path::Path;

use serde::Deserialize;

use crate::segment;
use crate::{Error, Result};

/// The score of one run over a golden-rules file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentationScore {
    pub exact: usize,
    pub total: usize,
    pub failures: Vec<SegmentationFailure>,
}

/// A row whose sentences differ from the gold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentationFailure {
    pub id: String,
    pub rule: String,
    pub expected: Vec<String>,
    pub got: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Row {
    id: serde_json::Value,
    rule: String,
    text: String,
    expected: Vec<String>,
}

/// Score the segmenter on the golden-rules file at `path`.
pub fn run(path: &Path) -> Result<SegmentationScore> {
    let json = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let rows: Vec<Row> = serde_json::from_str(&json).map_err(|e| Error::Json {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    Ok(score(&rows))
}

fn score(rows: &[Row]) -> SegmentationScore {
    let failures: Vec<SegmentationFailure> = rows.iter().filter_map(check).collect();
    SegmentationScore {
        exact: rows.len() - failures.len(),
        total: rows.len(),
        failures,
    }
}

/// The failure of `row`, or `None` when it is cut exactly.
fn check(row: &Row) -> Option<SegmentationFailure> {
    let got: Vec<String> = segment::split(&row.text)
        .iter()
        .map(|s| s.span.slice(&row.text).trim().to_string())
        .collect();
    let expected: Vec<String> = row.expected.iter().map(|s| s.trim().to_string()).collect();
    let same = got.len() == expected.len()
        && got
            .iter()
            .zip(&expected)
            .all(|(g, e)| g.split_whitespace().eq(e.split_whitespace()));
    (!same).then(|| SegmentationFailure {
        id: match &row.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        },
        rule: row.rule.clone(),
        expected,
        got,
    })
}

impl fmt::Display for SegmentationScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let percent = if self.total == 0 {
            0.0
        } else {
            100.0 * self.exact as f64 / self.total as f64
        };
        write!(
            f,
            "segmentation: {}/{} exact ({percent:.1}%)",
            self.exact, self.total
        )?;
        for failure in &self.failures {
            write!(f, "\n  {failure}")?;
        }
        Ok(())
    }
}

impl fmt::Display for SegmentationFailure {
    /// One line: the rule, the sentence counts, and the first sentence that differs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let first_diff = self
            .expected
            .iter()
            .zip(&self.got)
            .position(|(e, g)| e != g)
            .unwrap_or(self.expected.len().min(self.got.len()));
        let shown = self.got.get(first_diff).map_or("", String::as_str);
        write!(
            f,
            "{} [{}]: expected {} sentences, got {}; got #{}: {:?}",
            self.rule,
            self.id,
            self.expected.len(),
            self.got.len(),
            first_diff + 1,
            clip(shown, 60)
        )
    }
}

/// `s` cut to at most `max` characters, with "…" when cut.
fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file(json: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(json.as_bytes()).unwrap();
        f
    }

    #[test]
    fn scores_exact_rows_and_reports_the_others() {
        let f = file(
            r#"[
              {"id": 1, "rule": "1) two sentences", "text": "Rain fell. Roads flooded.",
               "expected": ["Rain fell.", "Roads flooded."]},
              {"id": "b", "rule": "2) one sentence wanted", "text": "Rain fell. Roads flooded.",
               "expected": ["Rain fell. Roads flooded."]}
            ]"#,
        );
        let score = run(f.path()).unwrap();
        assert_eq!((score.exact, score.total), (1, 2));
        assert_eq!(score.failures[0].id, "b");
        assert_eq!(score.failures[0].got, vec!["Rain fell.", "Roads flooded."]);
        let shown = score.to_string();
        assert!(shown.starts_with("segmentation: 1/2 exact (50.0%)"));
        assert_eq!(shown.lines().count(), 2);
        assert!(shown.contains("2) one sentence wanted [b]: expected 1 sentences, got 2"));
    }

    #[test]
    fn inner_whitespace_is_compared_loosely() {
        let f = file(
            r#"[{"id": 7, "rule": "7) wrapped", "text": "Nets were \n dried at dawn. Boats left.",
                "expected": ["Nets were dried at dawn.", " Boats left. "]}]"#,
        );
        let score = run(f.path()).unwrap();
        assert_eq!((score.exact, score.total), (1, 1), "{score}");
    }

    #[test]
    fn missing_file_is_an_io_error() {
        let err = run(Path::new("/nonexistent/golden.json")).unwrap_err();
        assert!(matches!(err, Error::Io { .. }));
    }

    #[test]
    fn malformed_json_is_a_json_error() {
        let f = file(r#"[{"id": 1, "rule": "x"}]"#);
        assert!(matches!(run(f.path()).unwrap_err(), Error::Json { .. }));
    }
}
