//! Review decisions from the command line: `review --set`, `--review` and
//! `--show-dismissed` in every format, stale decisions, and decisions that
//! outlast edits and new outlets (issue 5). Also the HTML page's escaping.

mod common;
use common::*;

use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

fn json_of(args: &[&str]) -> Value {
    let out = claimdiff().args(args).output().unwrap();
    assert!(out.status.code().unwrap() < 2, "{args:?}: {out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

fn ids(report: &Value) -> Vec<String> {
    report["divergences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

fn divergence<'v>(report: &'v Value, id: &str) -> Option<&'v Value> {
    report["divergences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == id)
}

/// Copy the named files of the Kremlin story into a temporary folder.
fn story_copy(names: &[&str]) -> TempDir {
    let dir = TempDir::new().unwrap();
    for name in names {
        std::fs::copy(Path::new(STORY).join(name), dir.path().join(name)).unwrap();
    }
    dir
}

fn path(dir: &TempDir, name: &str) -> String {
    dir.path().join(name).display().to_string()
}

/// `claimdiff review FILE --set ID=STATUS…` with the versions at hand.
fn set(file: &str, decisions: &[(&str, &str)], inputs: &[&str]) {
    let mut cmd = claimdiff();
    cmd.args(["review", file, "--reviewer", "desk", "--note", "checked"]);
    for (id, status) in decisions {
        cmd.args(["--set", &format!("{id}={status}")]);
    }
    cmd.args(inputs).assert().success();
}

fn read(file: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap()
}

#[test]
fn review_set_writes_the_decisions_file() {
    let dir = TempDir::new().unwrap();
    let file = path(&dir, "decisions.json");
    let report = json_of(&["compare", WIRE, TABLOID, "-f", "json"]);
    let id = &ids(&report)[0];
    set(&file, &[(id, "dismissed")], &[WIRE, TABLOID]);
    let saved = read(&file);
    assert_eq!(saved["schema"], "claimdiff-review/1");
    let d = &saved["decisions"][id];
    assert_eq!(d["status"], "dismissed");
    assert_eq!(d["note"], "checked");
    assert_eq!(d["reviewer"], "desk");
    assert!(d["time"].as_str().unwrap().ends_with('Z'));
    assert_eq!(d["type"], report["divergences"][0]["type"]);
    assert!(d["variants"].as_array().unwrap().len() >= 2);
    // A second decision keeps the first; nothing is left beside the file.
    let other = &ids(&report)[1];
    claimdiff()
        .args(["review", &file, "--set", &format!("{other}=accepted")])
        .assert()
        .success()
        .stderr(predicate::str::contains("recorded without the versions"));
    let saved = read(&file);
    assert_eq!(saved["decisions"][id]["status"], "dismissed");
    assert_eq!(saved["decisions"][other]["status"], "accepted");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn review_set_refuses_bad_input() {
    let dir = TempDir::new().unwrap();
    let file = path(&dir, "decisions.json");
    claimdiff()
        .args(["review", &file, "--set", "D1=maybe"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("accepted, dismissed or open"));
    claimdiff()
        .args(["review", &file, "--set", "Dnope=dismissed", WIRE, TABLOID])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Dnope: no divergence with this id",
        ));
    assert!(!Path::new(&file).exists());
    std::fs::write(&file, r#"{"schema":"claimdiff/1"}"#).unwrap();
    claimdiff()
        .args(["compare", WIRE, TABLOID, "--review", &file])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not claimdiff-review/1"));
}

#[test]
fn dismissed_divergences_are_hidden_and_do_not_count() {
    let dir = TempDir::new().unwrap();
    let file = path(&dir, "decisions.json");
    let report = json_of(&["compare", WIRE, TABLOID, "-f", "json"]);
    let all = ids(&report);
    let first = all[0].as_str();
    set(&file, &[(first, "dismissed")], &[WIRE, TABLOID]);

    let reviewed = json_of(&["compare", WIRE, TABLOID, "-f", "json", "--review", &file]);
    assert!(divergence(&reviewed, first).is_none());
    assert_eq!(ids(&reviewed).len(), all.len() - 1);
    assert_eq!(reviewed["divergences"][0]["review"]["status"], "open");
    assert_eq!(reviewed["review_stale"], serde_json::json!([]));

    let shown = json_of(&[
        "compare",
        WIRE,
        TABLOID,
        "-f",
        "json",
        "--review",
        &file,
        "--show-dismissed",
    ]);
    let d = divergence(&shown, first).unwrap();
    assert_eq!(d["review"]["status"], "dismissed");
    assert_eq!(d["review"]["note"], "checked");
    assert_eq!(d["review"]["reviewer"], "desk");

    // Without --review the JSON is as it was: no review fields.
    assert!(report.get("review_stale").is_none());
    assert!(report["divergences"][0].get("review").is_none());

    // Every divergence dismissed: exit 0, even when they are shown.
    let every: Vec<(&str, &str)> = all.iter().map(|id| (id.as_str(), "dismissed")).collect();
    set(&file, &every, &[WIRE, TABLOID]);
    claimdiff()
        .args(["compare", WIRE, TABLOID, "--review", &file])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("No divergences"));
    claimdiff()
        .args([
            "compare",
            WIRE,
            TABLOID,
            "--review",
            &file,
            "--show-dismissed",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("(review: dismissed)"));
}

#[test]
fn text_formats_carry_the_review_status() {
    let dir = TempDir::new().unwrap();
    let file = path(&dir, "decisions.json");
    let report = json_of(&["compare", WIRE, TABLOID, "-f", "json"]);
    let id = &ids(&report)[0];
    set(&file, &[(id, "accepted")], &[WIRE, TABLOID]);
    let run = |format: &str| {
        let out = claimdiff()
            .args(["compare", WIRE, TABLOID, "-f", format, "--review", &file])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(run("table").contains("(review: accepted)"));
    assert!(run("md").contains("(review: accepted)"));
    let csv = run("csv");
    assert!(csv.lines().next().unwrap().ends_with(",review"));
    assert!(csv.lines().nth(1).unwrap().ends_with(",accepted"));
    assert!(run("html").contains(&format!("data-id=\"{id}\" data-type")));
    let table = claimdiff()
        .args(["table", STORY, "--review", &file])
        .output()
        .unwrap();
    assert!(String::from_utf8(table.stdout).unwrap().contains("[open]"));
}

#[test]
fn stale_decisions_are_named_in_one_warning() {
    let dir = TempDir::new().unwrap();
    let file = path(&dir, "decisions.json");
    std::fs::write(
        &file,
        r#"{"schema": "claimdiff-review/1", "decisions": {
            "Dgone1": {"status": "dismissed", "note": "old"},
            "Dgone2": {"status": "accepted"}}}"#,
    )
    .unwrap();
    let out = claimdiff()
        .args(["compare", WIRE, TABLOID, "-f", "json", "--review", &file])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("warning") && stderr.contains("2 stale"));
    assert!(stderr.contains("Dgone1, Dgone2"));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let stale = report["review_stale"].as_array().unwrap();
    assert_eq!(stale.len(), 2);
    assert_eq!(stale[0]["id"], "Dgone1");
    assert_eq!(stale[0]["note"], "old");
}

/// Decide on every divergence of the three-outlet story, dismissing all.
fn decide_everything(dir: &TempDir, inputs: &[&str]) -> (String, Value) {
    let file = path(dir, "decisions.json");
    let mut args = vec!["table"];
    args.extend(inputs);
    args.extend(["-f", "json", "--min-severity", "low"]);
    let report = json_of(&args);
    let all = ids(&report);
    let every: Vec<(&str, &str)> = all.iter().map(|id| (id.as_str(), "dismissed")).collect();
    set(&file, &every, inputs);
    (file, report)
}

fn reviewed(inputs: &[&str], file: &str) -> Value {
    let mut args = vec!["table"];
    args.extend(inputs);
    args.extend([
        "-f",
        "json",
        "--min-severity",
        "low",
        "--review",
        file,
        "--show-dismissed",
    ]);
    json_of(&args)
}

fn status_of(report: &Value, id: &str) -> String {
    divergence(report, id).unwrap()["review"]["status"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn decisions_survive_an_edit_elsewhere_in_a_source() {
    let dir = story_copy(&["wire.txt", "tabloid.md", "state-media.txt"]);
    let inputs = [
        path(&dir, "wire.txt"),
        path(&dir, "tabloid.md"),
        path(&dir, "state-media.txt"),
    ];
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let (file, before) = decide_everything(&dir, &inputs);

    let edited = "Both sides nonetheless described";
    let wire = std::fs::read_to_string(inputs[0]).unwrap();
    assert!(wire.contains(edited));
    std::fs::write(
        inputs[0],
        wire.replace(edited, "Both sides nevertheless called"),
    )
    .unwrap();
    let after = reviewed(&inputs, &file);

    let touched = |d: &Value| {
        d["sides"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["text"].as_str().unwrap().contains("Both sides"))
    };
    let stale: Vec<&str> = after["review_stale"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    for d in before["divergences"].as_array().unwrap() {
        let id = d["id"].as_str().unwrap();
        if touched(d) {
            continue;
        }
        assert!(!stale.contains(&id), "{id} went stale: {}", d["summary"]);
        assert_eq!(status_of(&after, id), "dismissed", "{}", d["summary"]);
    }
}

#[test]
fn decisions_survive_a_new_outlet_and_reopen_on_a_new_variant() {
    let dir = story_copy(&["wire.txt", "tabloid.md", "state-media.txt"]);
    let three: Vec<String> = ["wire.txt", "tabloid.md", "state-media.txt"]
        .iter()
        .map(|n| path(&dir, n))
        .collect();
    let three: Vec<&str> = three.iter().map(String::as_str).collect();
    let (file, before) = decide_everything(&dir, &three);
    let length = before["divergences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["summary"].as_str().unwrap().starts_with("proposals"))
        .expect("the 28 vs 27 proposals divergence");

    // A new outlet that copies state media but for the number of points.
    let state = std::fs::read_to_string(three[2]).unwrap();
    assert!(state.contains("27-point"));
    let rival = path(&dir, "rival.txt");
    std::fs::write(&rival, state.replace("27-point", "26-point")).unwrap();
    let mut four = three.clone();
    four.push(&rival);
    let after = reviewed(&four, &file);
    assert_eq!(after["review_stale"], serde_json::json!([]));

    let reopened: Vec<&Value> = after["divergences"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["review"].get("reopened").is_some())
        .collect();
    assert_eq!(reopened.len(), 1, "only the number of proposals reopens");
    let d = reopened[0];
    assert_eq!(d["type"], "quantity");
    assert_eq!(d["review"]["status"], "open");
    assert_eq!(d["review"]["reopened"]["was"], "dismissed");
    let new = d["review"]["reopened"]["new_variants"].to_string();
    assert!(new.contains("26"), "{new}");
    assert!(
        d["id"] == length["id"] || d["review"]["filed_as"] == length["id"],
        "the reopened decision is the one made on {}",
        length["id"]
    );
    // Everything else the rival agrees with stays dismissed.
    let still = after["divergences"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["review"]["status"] == "dismissed")
        .count();
    assert_eq!(still, before["divergences"].as_array().unwrap().len() - 1);
}

#[test]
fn decisions_survive_the_real_liveblog_arriving() {
    let dir = story_copy(&["wire.txt", "tabloid.md", "state-media.txt", "liveblog.json"]);
    let names = ["wire.txt", "tabloid.md", "state-media.txt"];
    let three: Vec<String> = names.iter().map(|n| path(&dir, n)).collect();
    let three: Vec<&str> = three.iter().map(String::as_str).collect();
    let (file, before) = decide_everything(&dir, &three);
    let peskov = before["divergences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| {
            d["type"] == "attribution" && d["summary"].as_str().unwrap().contains("Dmitry Peskov")
        })
        .unwrap();
    let liveblog = path(&dir, "liveblog.json");
    let mut four = three.clone();
    four.push(&liveblog);
    let after = reviewed(&four, &file);
    // The group's anchor claim changes with the liveblog, and so its id.
    let now = after["divergences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["review"]["filed_as"] == peskov["id"])
        .expect("the Peskov decision found again");
    assert_eq!(now["type"], "attribution");
    assert_eq!(now["review"]["status"], "dismissed");
    let stale = after["review_stale"].as_array().unwrap().len();
    let total = before["divergences"].as_array().unwrap().len();
    assert!(stale * 5 < total, "{stale} of {total} decisions went stale");
}

#[test]
fn html_escapes_a_hostile_document() {
    let dir = TempDir::new().unwrap();
    let evil = path(&dir, "evil\"<i>.txt");
    std::fs::write(
        &evil,
        "Talks </script><script>alert(1)</script> end\n\n\
         Officials said 40 people attended the <img src=x onerror=alert(2)> meeting & 'talks' went \"well\".\n",
    )
    .unwrap();
    let plain = path(&dir, "plain.txt");
    std::fs::write(
        &plain,
        "Talks end\n\nOfficials said 45 people attended the meeting & talks went well.\n",
    )
    .unwrap();
    let out = claimdiff()
        .args(["compare", &evil, &plain, "-f", "html"])
        .args(["--label-a", "<b onclick='x()'>evil</b>"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<script").count(), 2, "only the page's own");
    assert_eq!(html.matches("</script>").count(), 2);
    assert!(!html.contains("<img src=x"));
    assert!(!html.contains("<b onclick"));
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(html.contains("&lt;b onclick=&#39;x()&#39;&gt;evil&lt;/b&gt;"));
    assert!(html.contains("evil&quot;&lt;i&gt;.txt"));
    assert!(html.contains("\\u003c/script\\u003e"), "JSON escapes <");
}

#[test]
fn html_goes_to_a_file_for_compare_and_table() {
    let dir = TempDir::new().unwrap();
    let out = path(&dir, "report.html");
    claimdiff()
        .args(["table", STORY, "-f", "html", "-o", &out])
        .assert()
        .code(1);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<title>claimdiff: 4 outlets</title>"));
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"));
}
