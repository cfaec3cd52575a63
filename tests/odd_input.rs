//! Bad and odd input from the command line (issue 6). Each case either
//! exits 2 with one clear line on stderr (or, in `batch`, yields an error
//! record and goes on), or is processed with its text intact. Nothing
//! panics, a failed run leaves no output file, and no input is modified.
//! The commoner cases (missing, empty, binary, invalid UTF-8, malformed
//! JSON) are in `cli.rs`.

mod common;
use common::*;

use std::path::Path;

use serde_json::Value;
use tempfile::TempDir;

/// The one line a failed run says on stderr.
fn one_line(stderr: &[u8]) -> String {
    let stderr = String::from_utf8(stderr.to_vec()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one line on stderr: {stderr}");
    assert!(stderr.starts_with("claimdiff: "), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// `inspect --format json` of a file, which must succeed quietly.
fn inspect(path: &str, args: &[&str]) -> Value {
    let out = claimdiff()
        .args(["inspect", path, "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// What an inspection found, without offsets: sentence texts, paragraphs
/// and roles, claim texts and kinds.
fn found(v: &Value) -> (Vec<String>, Vec<String>) {
    let sentences = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| format!("{} {}", s["role"], s["text"]))
        .collect();
    let claims = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| format!("{} {}", c["kind"], c["text"]))
        .collect();
    (sentences, claims)
}

const STORY: &str = "Harbour fire kills three\n\
    PORT ASHBY, March 4 (AP) - Three people died when a fire tore through a warehouse on Tuesday night, the fire service said.\n\
    \n\
    More than 80 firefighters fought the blaze for six hours. \"We did what we could,\" chief Ana Torres said.\n";

#[test]
fn an_unreadable_file_exits_2() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "locked.txt", STORY.as_bytes());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        eprintln!("skipped: running as root, a mode 000 file is still readable");
        return;
    }
    let out = claimdiff().args(["compare", &path, WIRE]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let line = one_line(&out.stderr);
    assert!(line.contains("locked.txt: permission denied"), "{line}");
}

#[test]
fn latin1_decodes_when_asked_and_an_unknown_encoding_is_named() {
    let dir = TempDir::new().unwrap();
    let path = write(
        &dir,
        "latin.txt",
        b"The caf\xe9 owners said the talks lasted five hours and produced no agreement.",
    );
    let v = inspect(&path, &["--encoding", "latin1"]);
    assert!(
        v["claims"][0]["text"].as_str().unwrap().contains("café"),
        "{v}"
    );
    let out = claimdiff()
        .args(["compare", &path, WIRE, "--encoding", "klingon"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(one_line(&out.stderr).contains("unknown encoding 'klingon'"));
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_text() {
    let dir = TempDir::new().unwrap();
    let plain = inspect(&write(&dir, "plain.txt", STORY.as_bytes()), &[]);
    let mut utf8 = b"\xEF\xBB\xBF".to_vec();
    utf8.extend_from_slice(STORY.as_bytes());
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(STORY.encode_utf16().flat_map(u16::to_le_bytes));
    for (name, bytes) in [("utf8-bom.txt", utf8), ("utf16-bom.txt", utf16)] {
        let v = inspect(&write(&dir, name, &bytes), &[]);
        assert_eq!(found(&v), found(&plain), "{name}");
        assert_eq!(v["source"]["title"], "Harbour fire kills three", "{name}");
        assert_eq!(v["sentences"][0]["span"][0], 0, "{name}");
    }
}

#[test]
fn crlf_and_cr_line_ends_give_the_same_sentences_and_claims() {
    let dir = TempDir::new().unwrap();
    let unix = inspect(&write(&dir, "lf.txt", STORY.as_bytes()), &[]);
    let (sentences, claims) = found(&unix);
    assert_eq!(sentences.len(), 4, "{sentences:#?}");
    assert_eq!(claims.len(), 4, "{claims:#?}");
    for (name, end) in [("crlf.txt", "\r\n"), ("cr.txt", "\r")] {
        let text = STORY.replace('\n', end);
        let v = inspect(&write(&dir, name, text.as_bytes()), &[]);
        assert_eq!(found(&v), found(&unix), "{name}");
    }
}

/// A scraped page can hold a 5 MB line (an inline image as a data: URI).
/// Its table cell used to take hours: comfy-table wraps an unbreakable run
/// in quadratic time.
#[test]
fn a_5_mb_line_is_processed_and_its_table_cell_cut() {
    let dir = TempDir::new().unwrap();
    let mut text = String::from("Talks ended without a deal on Tuesday, officials said. ");
    text.push_str("data:image/png;base64,");
    text.push_str(&"iVBORw0KGgo".repeat(5_000_000 / 11));
    text.push_str(" The mayor said talks would resume in March.");
    assert!(text.len() > 5_000_000 && !text.contains('\n'));
    let path = write(&dir, "long-line.txt", text.as_bytes());
    let out = claimdiff().args(["inspect", &path]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(out.stderr.is_empty());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("Talks ended without a deal"),
        "{}",
        &table[..2000]
    );
    assert!(table.contains('…'), "the long cell is cut");
    assert!(table.len() < 100_000, "{} bytes of table", table.len());
}

#[test]
fn json_and_html_without_story_text_are_named() {
    let dir = TempDir::new().unwrap();
    for (name, bytes, message) in [
        (
            "number.json",
            &br#"{"body": 5}"#[..],
            "JSON field 'body' should be a string, not a number",
        ),
        (
            "outlets.json",
            br#"{"body": "Talks ended.", "outlet": ["A", "B"]}"#,
            "JSON field 'outlet' should be a string, not an array",
        ),
        (
            "blank.json",
            br#"{"body": " \n "}"#,
            "JSON field 'body' is blank",
        ),
        (
            "menu.html",
            b"<html><body><nav><a href='/'>Home</a></nav><script>var x;</script></body></html>",
            "no story text in the page",
        ),
    ] {
        let path = write(&dir, name, bytes);
        let out = claimdiff().args(["compare", &path, WIRE]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let line = one_line(&out.stderr);
        assert!(
            line.contains(&format!("{name}: {message}")),
            "{name}: {line}"
        );
    }
}

#[test]
fn batch_names_a_bad_line_and_goes_on() {
    let story = |id: &str, hours: &str| {
        format!(
            r#"{{"story":"{id}","documents":[{{"outlet":"A","body":"The meeting lasted {hours} hours and ended without a deal."}},{{"outlet":"B","body":"The meeting lasted four hours and ended without a deal."}}]}}"#
        )
    };
    let mut input = format!(
        "{}\n{{not json\n\n{}\n",
        story("s1", "five"),
        story("s4", "six")
    );
    input.push_str("{\"story\": \"caf\u{e9}\"}\n");
    let mut bytes = input.into_bytes();
    bytes.extend_from_slice(b"{\"story\": \"caf\xe9\"}\n");
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "stories.jsonl", &bytes);
    let out = claimdiff().args(["batch", &path]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let line = one_line(&out.stderr);
    assert!(
        line.contains("stories.jsonl: 3 of 5 lines failed, the first: line 2: malformed JSON"),
        "{line}"
    );
    let records: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let lines: Vec<&Value> = records.iter().map(|r| &r["line"]).collect();
    assert_eq!(records.len(), 5);
    assert_eq!(records[0]["story"], "s1");
    assert_eq!(lines[1], 2);
    assert_eq!(records[2]["story"], "s4");
    assert_eq!(
        records[3]["error"],
        "line 5: JSON field 'documents' is missing"
    );
    assert_eq!(
        records[4]["error"],
        "line 6: malformed JSON: invalid UTF-8 at byte offset 14 of the line"
    );
    let out = claimdiff()
        .args(["batch", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(one_line(&out.stderr).contains("is a directory"));
}

#[test]
fn a_story_not_in_english_is_compared_with_one_warning() {
    let dir = TempDir::new().unwrap();
    let german = write(
        &dir,
        "zeitung.txt",
        "Der Bürgermeister sagte am Montag, dass die Brücke über den Fluss wegen der \
         Reparaturen bis zum Frühjahr geschlossen bleibt. Die Arbeiten kosten fünf Millionen Euro."
            .as_bytes(),
    );
    let out = claimdiff()
        .args(["compare", &german, WIRE])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "still compared");
    assert_eq!(
        one_line(&out.stderr).trim_end(),
        format!("claimdiff: {german}: looks like German, not English; claims may be missed")
    );
    let out = claimdiff().args(["compare", WIRE, WIRE]).output().unwrap();
    assert!(out.stderr.is_empty(), "no warning for English");
}

/// Every file in `dir` with its bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn a_failed_run_writes_nothing_and_no_input_is_modified() {
    let dir = TempDir::new().unwrap();
    let good = write(&dir, "good.txt", STORY.as_bytes());
    let bad = write(&dir, "bad.txt", b"Caf\xe9 owners met.");
    let out_path = dir.path().join("report.json").display().to_string();
    let before = snapshot(dir.path());
    for command in ["compare", "table"] {
        let out = claimdiff()
            .args([command, &good, &bad, "-f", "json", "-o", &out_path])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{command}");
        one_line(&out.stderr);
        assert_eq!(snapshot(dir.path()), before, "{command} left a file behind");
    }
    // A run that succeeds writes its output and changes nothing else.
    for args in [
        &["compare", &good, WIRE, "-f", "json", "-o", &out_path][..],
        &["table", &good, WIRE, "-f", "html", "-o", &out_path],
        &["inspect", &good, "-f", "json", "-o", &out_path],
    ] {
        let status = claimdiff().args(args).output().unwrap().status.code();
        assert!(status == Some(0) || status == Some(1), "{args:?}");
        let after = snapshot(dir.path());
        assert_eq!(after.len(), before.len() + 1, "{args:?}");
        assert!(
            before.iter().all(|f| after.contains(f)),
            "{args:?} changed an input"
        );
    }
    // A failed run over an earlier output leaves that output as it was.
    let earlier = std::fs::read(&out_path).unwrap();
    claimdiff()
        .args(["compare", &good, &bad, "-o", &out_path])
        .assert()
        .code(2);
    assert_eq!(std::fs::read(&out_path).unwrap(), earlier);
}
