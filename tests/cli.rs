//! The command line as a user meets it: formats, filters, exit codes, and
//! one clear line on stderr for every kind of bad input.

mod common;
use common::*;

use predicates::prelude::*;
use tempfile::TempDir;

#[test]
fn identical_versions_exit_0() {
    claimdiff()
        .args(["compare", WIRE, WIRE])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("No divergences"));
}

#[test]
fn diverging_versions_exit_1_with_a_table() {
    claimdiff()
        .args(["compare", WIRE, TABLOID])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("severity").and(predicate::str::contains("tabloid")));
}

#[test]
fn json_follows_the_contract() {
    let out = claimdiff()
        .args(["compare", WIRE, TABLOID, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], "claimdiff/1");
    assert_eq!(v["sources"][0]["id"], "S1");
    assert_eq!(v["sources"][1]["label"], "tabloid");
    assert_eq!(v["sources"][0]["sha256"].as_str().unwrap().len(), 64);
    assert!(v["sources"][0].get("text").is_none());
    let d = &v["divergences"][0];
    for field in [
        "id",
        "type",
        "severity",
        "group",
        "summary",
        "sides",
        "missing_in",
    ] {
        assert!(d.get(field).is_some(), "divergence lacks {field}");
    }
    let side = &d["sides"][0];
    for field in ["source", "variant", "text", "span", "value"] {
        assert!(side.get(field).is_some(), "side lacks {field}");
    }
    assert!(v["groups"].as_array().unwrap().len() > 10);
}

#[test]
fn include_text_adds_the_analysed_text() {
    let out = claimdiff()
        .args(["compare", WIRE, TABLOID, "-f", "json", "--include-text"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = v["sources"][0]["text"].as_str().unwrap();
    let span = &v["divergences"][0]["sides"][0]["span"];
    let (s, e) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    let side_source = v["divergences"][0]["sides"][0]["source"].as_str().unwrap();
    let idx = if side_source == "S1" { 0 } else { 1 };
    let text = v["sources"][idx]["text"].as_str().unwrap_or(text);
    assert_eq!(
        &text[s..e],
        v["divergences"][0]["sides"][0]["text"].as_str().unwrap()
    );
}

#[test]
fn markdown_and_csv_carry_the_same_rows() {
    let json = claimdiff()
        .args(["compare", WIRE, TABLOID, "-f", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let rows = v["divergences"].as_array().unwrap().len();
    let csv = claimdiff()
        .args(["compare", WIRE, TABLOID, "-f", "csv"])
        .output()
        .unwrap();
    let mut reader = csv::Reader::from_reader(&csv.stdout[..]);
    let header = reader.headers().unwrap().clone();
    let header: Vec<&str> = header.iter().collect();
    assert_eq!(
        header,
        ["id", "type", "severity", "summary", "wire", "tabloid"]
    );
    assert_eq!(reader.records().count(), rows);
    let md = claimdiff()
        .args(["compare", WIRE, TABLOID, "-f", "md"])
        .output()
        .unwrap();
    let md = String::from_utf8(md.stdout).unwrap();
    assert_eq!(
        md.lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| type"))
            .count(),
        rows
    );
}

#[test]
fn filters_change_what_is_shown_and_the_exit_code() {
    let count = |args: &[&str]| {
        let out = claimdiff()
            .args(["compare", WIRE, TABLOID, "-f", "json"])
            .args(args)
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (
            out.status.code(),
            v["divergences"].as_array().unwrap().clone(),
        )
    };
    let (_, medium) = count(&[]);
    let (_, low) = count(&["--min-severity", "low"]);
    let (_, high) = count(&["--min-severity", "high"]);
    assert!(low.len() > medium.len() && medium.len() > high.len());
    assert!(high.iter().all(|d| d["severity"] == "high"));
    let (_, only) = count(&["--only", "omission,quote", "--min-severity", "low"]);
    assert!(!only.is_empty());
    assert!(
        only.iter()
            .all(|d| d["type"] == "omission" || d["type"] == "quote")
    );
    // Nothing of the asked types at or above the severity: exit 0.
    let (code, none) = count(&["--only", "wording", "--min-severity", "high"]);
    assert!(none.is_empty());
    assert_eq!(code, Some(0));
}

#[test]
fn labels_come_from_flags() {
    claimdiff()
        .args([
            "compare",
            WIRE,
            TABLOID,
            "-f",
            "csv",
            "--label-a",
            "Reuters",
            "--label-b",
            "Sun",
        ])
        .assert()
        .stdout(predicate::str::starts_with(
            "id,type,severity,summary,Reuters,Sun",
        ));
}

#[test]
fn standard_input_is_a_source() {
    let text = std::fs::read_to_string(TABLOID).unwrap();
    claimdiff()
        .args(["compare", WIRE, "-", "-f", "csv"])
        .write_stdin(text)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(",stdin"));
}

#[test]
fn output_file_is_written_and_inputs_are_protected() {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("report.json").display().to_string();
    claimdiff()
        .args(["compare", WIRE, TABLOID, "-f", "json", "-o", &out])
        .assert()
        .code(1)
        .stdout("");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(v["schema"], "claimdiff/1");
    let a = write(
        &dir,
        "a.txt",
        b"The talks lasted five hours and ended without a deal.",
    );
    let before = std::fs::read(&a).unwrap();
    claimdiff()
        .args(["compare", &a, WIRE, "-o", &a])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "refusing to write the output over an input",
        ));
    assert_eq!(std::fs::read(&a).unwrap(), before);
}

fn bad_input(bytes: &[u8], name: &str, message: &str) {
    let dir = TempDir::new().unwrap();
    let path = write(&dir, name, bytes);
    let out = claimdiff().args(["compare", &path, WIRE]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{name}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one line for {name}: {stderr}");
    assert!(stderr.starts_with("claimdiff: "), "{stderr}");
    assert!(stderr.contains(name), "names the file: {stderr}");
    assert!(
        stderr.contains(message),
        "{name}: expected '{message}' in {stderr}"
    );
}

#[test]
fn bad_inputs_exit_2_with_one_line() {
    bad_input(b"", "empty.txt", "empty file");
    bad_input(b"  \n\t \n", "blank.txt", "empty file");
    bad_input(b"%PDF-1.4\0\0\x01binary", "paper.txt", "binary file");
    bad_input(
        b"Caf\xe9 talks ended.",
        "latin.txt",
        "invalid UTF-8 at byte offset 3",
    );
    bad_input(b"{\"body\": ", "broken.json", "malformed JSON");
    bad_input(
        b"{\"outlet\": \"X\"}",
        "nobody.json",
        "field 'body' is missing",
    );
    bad_input(
        b"{\"body\": \"Talks.\", \"title\": 7}",
        "typed.json",
        "field 'title' should be a string",
    );
}

#[test]
fn missing_files_and_directories_exit_2() {
    claimdiff()
        .args(["compare", "no/such/file.txt", WIRE])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("claimdiff: no/such/file.txt:"));
    claimdiff()
        .args(["compare", "corpora", WIRE])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("corpora: is a directory"));
}

#[test]
fn encoding_flag_decodes_legacy_text() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "latin.txt",
        b"The caf\xe9 talks lasted five hours and produced no agreement.",
    );
    claimdiff()
        .args(["inspect", &path, "--encoding", "windows-1252"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("café"));
}

#[test]
fn inspect_table_shows_each_clause_of_a_packed_sentence() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "crowd.txt",
        b"Organisers estimated the crowd at 80,000; police put it at 12,000.",
    );
    claimdiff()
        .args(["inspect", &path])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("1.1").and(predicate::str::contains("1.2")))
        .stdout(predicate::str::contains("1 sentences, 2 claims"));
}

#[test]
fn inspect_json_lists_sentences_claims_and_quantities() {
    let out = claimdiff()
        .args(["inspect", WIRE, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], "claimdiff/1");
    for field in ["source", "sentences", "claims", "quantities"] {
        assert!(v.get(field).is_some(), "inspect lacks {field}");
    }
    let claim = &v["claims"][0];
    for field in [
        "id",
        "kind",
        "text",
        "span",
        "speaker",
        "speaker_mention",
        "quote",
        "participants",
        "polarity",
        "certainty",
        "quantities",
    ] {
        assert!(claim.get(field).is_some(), "claim lacks {field}");
    }
    let roles: Vec<&serde_json::Value> = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["role"])
        .collect();
    assert!(
        roles.iter().any(|r| r.get("boilerplate").is_some()),
        "the footer is boilerplate"
    );
}

#[test]
fn default_config_round_trips() {
    let out = claimdiff()
        .args(["config", "--print-defaults"])
        .output()
        .unwrap();
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "claimdiff.toml", &out.stdout);
    claimdiff()
        .args(["compare", WIRE, TABLOID, "--config", &path])
        .assert()
        .code(1);
    let bad = write(&dir, "bad.toml", b"[severity]\npolarity = \"huge\"\n");
    claimdiff()
        .args(["compare", WIRE, TABLOID, "--config", &bad])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml").and(predicate::str::contains("polarity")));
}

#[test]
fn help_has_examples() {
    claimdiff()
        .args(["compare", "--help"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Examples:"));
}

#[test]
fn a_story_folder_is_its_outlets_without_the_gold_file() {
    let out = claimdiff()
        .args(["table", STORY, "--format", "json"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    // gold.json is the corpus's own file, not a source nor a problem.
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<&str> = report["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths.len(), 4, "{paths:?}");
    assert!(paths.iter().all(|p| !p.ends_with("gold.json")));
}
