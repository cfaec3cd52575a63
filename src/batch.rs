//! Batch mode for pipelines: JSON Lines of story clusters in, one
//! `claimdiff/1` report per line out, in input order.
//!
//! Each input line is `{"story": id, "documents": [{"outlet", "title",
//! "body", "url"?, "published"?}, …]}`. Lines are independent, so the stream
//! maps as-is onto a distributed engine; here a few lines at a time are
//! compared in parallel, which keeps memory bounded by the largest stories in
//! flight. A bad line yields `{"story", "line", "error"}` and the run goes on.

use std::io::{BufRead, Write};

use rayon::prelude::*;
use serde_json::{Map, Value, json};

use crate::error::{Error, Result};
use crate::ingest::{DocumentRecord, from_record};
use crate::render::{View, report_json};
use crate::{Config, compare};

/// How a batch run went.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct BatchSummary {
    pub lines: usize,
    pub failed: usize,
    /// The first failed line's error, for the one line said on stderr.
    pub first_error: Option<String>,
}

/// Compare every story of a JSON Lines stream, writing one report per line.
/// `progress` is called with the number of lines done so far.
///
/// Lines are read as bytes, so one line that is not UTF-8 becomes that
/// line's error record instead of ending the stream.
pub fn run(
    input: impl BufRead,
    output: &mut dyn Write,
    config: &Config,
    view: &View,
    progress: &dyn Fn(usize),
) -> std::io::Result<BatchSummary> {
    let in_flight = rayon::current_num_threads().max(1) * 2;
    let mut summary = BatchSummary::default();
    let mut chunk: Vec<(usize, Result<String>)> = Vec::with_capacity(in_flight);
    let mut lines = input.split(b'\n').enumerate();
    loop {
        chunk.clear();
        for (index, line) in lines.by_ref() {
            let n = index + 1;
            let line = text_line(n, line?);
            if line.as_ref().is_ok_and(|l| l.trim().is_empty()) {
                continue;
            }
            summary.lines += 1;
            chunk.push((n, line));
            if chunk.len() == in_flight {
                break;
            }
        }
        if chunk.is_empty() {
            return Ok(summary);
        }
        let results: Vec<Value> = chunk
            .par_iter()
            .map(|(n, line)| match line {
                Ok(line) => story_line(*n, line, config, view),
                Err(e) => error_record(Value::Null, *n, e),
            })
            .collect();
        for result in results {
            if let Some(error) = result.get("error") {
                summary.failed += 1;
                if summary.first_error.is_none() {
                    summary.first_error = error.as_str().map(str::to_string);
                }
            }
            serde_json::to_writer(&mut *output, &result)?;
            writeln!(output)?;
        }
        output.flush()?;
        progress(summary.lines);
    }
}

/// Line `n` as text, without its line end.
fn text_line(n: usize, mut bytes: Vec<u8>) -> Result<String> {
    if bytes.last() == Some(&b'\r') {
        bytes.pop();
    }
    // JSON is UTF-8 by definition, so no --encoding applies here.
    String::from_utf8(bytes).map_err(|e| Error::Json {
        path: format!("line {n}"),
        message: format!(
            "invalid UTF-8 at byte offset {} of the line",
            e.utf8_error().valid_up_to()
        ),
    })
}

fn error_record(story: Value, n: usize, error: &Error) -> Value {
    json!({"story": story, "line": n, "error": error.to_string()})
}

/// One line's report, or its error record.
fn story_line(n: usize, line: &str, config: &Config, view: &View) -> Value {
    let value: Value = match serde_json::from_str(line) {
        Ok(value) => value,
        Err(e) => return error_record(Value::Null, n, &malformed(n, &e)),
    };
    let story = value.get("story").cloned().unwrap_or(Value::Null);
    match documents(n, &value) {
        Ok(records) => {
            let report = compare(records.into_iter().map(from_record).collect(), config);
            let mut out = Map::new();
            out.insert("story".into(), story);
            if let Value::Object(fields) = report_json(&report, view) {
                out.extend(fields);
            }
            Value::Object(out)
        }
        Err(error) => error_record(story, n, &error),
    }
}

/// A JSON error on line `n`, placed by column: serde's own "at line 1" is
/// the line within the line, which would only mislead.
fn malformed(n: usize, e: &serde_json::Error) -> Error {
    let text = e.to_string();
    let message = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(m, _)| m);
    Error::Json {
        path: format!("line {n}"),
        message: format!("{message} at column {}", e.column()),
    }
}

/// The documents of a story line, with every problem named.
fn documents(n: usize, value: &Value) -> Result<Vec<DocumentRecord>> {
    let at = format!("line {n}");
    let docs = value.get("documents").ok_or_else(|| Error::JsonField {
        path: at.clone(),
        field: "documents".into(),
        problem: "is missing".into(),
    })?;
    let Value::Array(docs) = docs else {
        return Err(Error::JsonField {
            path: at,
            field: "documents".into(),
            problem: "should be an array".into(),
        });
    };
    docs.iter()
        .enumerate()
        .map(|(i, d)| {
            let place = format!("{at}, document {}", i + 1);
            let Value::Object(object) = d else {
                return Err(Error::Json {
                    path: place,
                    message: "expected an object".into(),
                });
            };
            let mut record = DocumentRecord::from_object(&place, object)?;
            crate::error::check_size(&place, record.body.len() as u64)?;
            if record.body.trim().is_empty() {
                return Err(Error::Empty { path: place });
            }
            if record.outlet.is_none() {
                record.outlet = Some(format!("doc{}", i + 1));
            }
            Ok(record)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_lines(input: &str) -> (Vec<Value>, BatchSummary) {
        let mut out = Vec::new();
        let summary = run(
            input.as_bytes(),
            &mut out,
            &Config::default(),
            &View::default(),
            &|_| {},
        )
        .unwrap();
        let values = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        (values, summary)
    }

    #[test]
    fn one_report_per_line_in_order_and_errors_in_place() {
        let good = |id: &str, n: &str| {
            format!(
                r#"{{"story":"{id}","documents":[{{"outlet":"A","body":"The meeting lasted {n} hours and ended without a deal."}},{{"outlet":"B","body":"The meeting lasted four hours and ended without a deal."}}]}}"#
            )
        };
        let input = format!(
            "{}\n{{not json\n\n{}\n{{\"story\":\"x\"}}\n",
            good("s1", "five"),
            good("s2", "four")
        );
        let (values, summary) = run_lines(&input);
        assert_eq!((summary.lines, summary.failed), (4, 2));
        assert_eq!(
            summary.first_error.as_deref(),
            Some("line 2: malformed JSON: key must be a string at column 2")
        );
        assert_eq!(values[0]["story"], "s1");
        assert_eq!(values[0]["schema"], "claimdiff/1");
        assert_eq!(values[1]["line"], 2);
        assert!(
            values[1]["error"]
                .as_str()
                .unwrap()
                .contains("key must be a string")
        );
        assert_eq!(values[2]["story"], "s2");
        assert_eq!(values[3]["story"], "x");
        assert_eq!(
            values[3]["error"],
            "line 5: JSON field 'documents' is missing"
        );
    }

    /// Fuzzing (batch): a line that is not UTF-8 ended the whole run with
    /// "stream did not contain valid UTF-8" and no line number.
    #[test]
    fn a_line_that_is_not_utf8_is_that_lines_error() {
        let mut input = b"\xff\xfe{}\r\n".to_vec();
        input.extend_from_slice(
            br#"{"story":"s","documents":[{"body":"Talks ended without a deal."}]}"#,
        );
        let mut out = Vec::new();
        let summary = run(
            &input[..],
            &mut out,
            &Config::default(),
            &View::default(),
            &|_| {},
        )
        .unwrap();
        assert_eq!((summary.lines, summary.failed), (2, 1));
        let out = String::from_utf8(out).unwrap();
        let records: Vec<Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(
            records[0]["error"],
            "line 1: malformed JSON: invalid UTF-8 at byte offset 0 of the line"
        );
        assert_eq!(records[1]["story"], "s");
    }
}
