//! Evaluations: score claimdiff on the bundled gold-annotated corpora and on
//! public test sets written by others, so every claim about quality is a
//! number anyone can re-run (`claimdiff eval …`).

pub mod alignment;
pub mod corpus;
pub mod dates;
pub mod numbers;
pub mod paraphrase;
pub mod peers;
pub mod quotes;
pub mod segmentation;

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::{Error, Result};

/// `a / b`, or 0 when nothing was counted (an empty set scores nothing rather
/// than dividing by zero).
pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The harmonic mean of precision and recall (0 when both are 0).
pub(crate) fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

/// The rows of a JSON Lines file with their line numbers (from 1), blank lines
/// skipped. A row that does not parse is an error naming the file and line,
/// so one bad row in thousands is easy to find.
pub(crate) fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<(usize, T)>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            serde_json::from_str(line)
                .map(|row| (i + 1, row))
                .map_err(|e| Error::Json {
                    path: at_line(path, i + 1),
                    message: e.to_string(),
                })
        })
        .collect()
}

/// " (a 1, b 2)", or nothing when there are no items: the parts of a count
/// shown after it.
pub(crate) fn breakdown<K: std::fmt::Display>(
    items: impl IntoIterator<Item = (K, usize)>,
) -> String {
    let parts: Vec<String> = items.into_iter().map(|(k, n)| format!("{k} {n}")).collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

/// "file:line", the way compilers name a place in a file.
pub(crate) fn at_line(path: &Path, line: usize) -> String {
    format!("{}:{line}", path.display())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// A temporary file holding `text`.
    pub(crate) fn file(text: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::NamedTempFile::new().unwrap();
        f.write_all(text.as_bytes()).unwrap();
        f
    }

    #[test]
    fn ratios_of_nothing_are_zero() {
        assert_eq!(ratio(0, 0), 0.0);
        assert_eq!(ratio(1, 4), 0.25);
        assert_eq!(f1(0.0, 0.0), 0.0);
        assert!((f1(0.5, 1.0) - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn breakdowns_list_parts_in_parentheses() {
        assert_eq!(breakdown([("a", 1), ("b", 2)]), " (a 1, b 2)");
        assert_eq!(breakdown(Vec::<(&str, usize)>::new()), "");
    }

    #[test]
    fn a_bad_row_names_the_file_and_line() {
        let f = file("{\"a\": 1}\n\n{\"a\": oops}\n");
        let err = read_jsonl::<serde_json::Value>(f.path()).unwrap_err();
        let shown = err.to_string();
        assert!(matches!(err, Error::Json { .. }));
        assert!(shown.starts_with(&format!("{}:3: malformed JSON", f.path().display())));
    }

    #[test]
    fn blank_lines_are_skipped_and_lines_counted() {
        let f = file("{\"a\": 1}\n\n{\"a\": 2}\n");
        let rows: Vec<(usize, serde_json::Value)> = read_jsonl(f.path()).unwrap();
        assert_eq!(rows.iter().map(|r| r.0).collect::<Vec<_>>(), vec![1, 3]);
    }
}
