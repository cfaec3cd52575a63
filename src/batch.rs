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
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BatchSummary {
    pub lines: usize,
    pub failed: usize,
}

/// Compare every story of a JSON Lines stream, writing one report per line.
/// `progress` is called with the number of lines done so far.
pub fn run(
    input: impl BufRead,
    output: &mut dyn Write,
    config: &Config,
    view: &View,
    progress: &dyn Fn(usize),
) -> std::io::Result<BatchSummary> {
    let in_flight = rayon::current_num_threads().max(1) * 2;
    let mut summary = BatchSummary::default();
    let mut chunk: Vec<(usize, String)> = Vec::with_capacity(in_flight);
    let mut lines = input.lines().enumerate();
    loop {
        chunk.clear();
        for (index, line) in lines.by_ref() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            summary.lines += 1;
            chunk.push((index + 1, line));
            if chunk.len() == in_flight {
                break;
            }
        }
        if chunk.is_empty() {
            return Ok(summary);
        }
        let results: Vec<Value> = chunk
            .par_iter()
            .map(|(n, line)| story_line(*n, line, config, view))
            .collect();
        for result in results {
            summary.failed += usize::from(result.get("error").is_some());
            serde_json::to_writer(&mut *output, &result)?;
            writeln!(output)?;
        }
        output.flush()?;
        progress(summary.lines);
    }
}

/// One line's report, or its error record.
fn story_line(n: usize, line: &str, config: &Config, view: &View) -> Value {
    let value: std::result::Result<Value, _> = serde_json::from_str(line);
    let story = value
        .as_ref()
        .ok()
        .and_then(|v| v.get("story"))
        .cloned()
        .unwrap_or(Value::Null);
    match value
        .map_err(|e| e.to_string())
        .and_then(|v| documents(n, &v).map_err(|e| e.to_string()))
    {
        Ok(records) => {
            let report = compare(records.into_iter().map(from_record).collect(), config);
            let mut out = Map::new();
            out.insert("story".into(), story);
            if let Value::Object(fields) = report_json(&report, view) {
                out.extend(fields);
            }
            Value::Object(out)
        }
        Err(error) => json!({"story": story, "line": n, "error": error}),
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
        assert_eq!(
            summary,
            BatchSummary {
                lines: 4,
                failed: 2
            }
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
}
