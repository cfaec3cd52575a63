//! What the fuzz targets share: the checks every result must pass, and one
//! driver per stage, so each target under `fuzz_targets/` is a line long.
//!
//! A target panics (and libFuzzer keeps the input) when the library panics,
//! or when a result breaks an invariant of [`invariants`].

pub mod invariants;

use std::sync::LazyLock;

use claimdiff::render::{self, Format, View};
use claimdiff::{Config, SourceFormat, analyse, compare, ingest, segment};

/// Building the lexicon costs more than a small input's analysis.
static CONFIG: LazyLock<Config> = LazyLock::new(Config::default);

const LABELS: [Option<&str>; 7] = [
    None,
    Some("windows-1252"),
    Some("latin1"),
    Some("utf-16le"),
    Some("shift_jis"),
    Some("utf-8"),
    Some("no-such-encoding"),
];

/// Bytes to text: the first byte picks the `--encoding` (or none).
pub fn decode(data: &[u8]) {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let label = LABELS[usize::from(pick) % LABELS.len()];
    if let Ok(text) = ingest::decode("fuzz", bytes, label) {
        assert!(!text.contains('\0'), "decoded text holds a NUL");
        assert!(!text.trim().is_empty(), "decoded text is blank");
    }
}

/// A file of `format`, decoded, parsed and analysed.
pub fn ingest(data: &[u8], format: SourceFormat) {
    let Ok(text) = ingest::decode("fuzz", data, None) else {
        return;
    };
    let Ok(document) = ingest::parse("fuzz", &text, format) else {
        return;
    };
    invariants::document(&document);
    invariants::analysis(&analyse(document, &CONFIG));
}

/// Sentence segmentation of any text.
pub fn segment(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    invariants::sentences(text, &segment::split(text));
}

/// Claim extraction of any text, and `inspect` output of it.
pub fn analyse_text(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let document = ingest::from_text("fuzz", text);
    let mut sink = Vec::new();
    render::inspect::json(&document, &CONFIG, true, &mut sink).expect("inspect JSON renders");
    serde_json::from_slice::<serde_json::Value>(&sink).expect("inspect JSON parses");
    sink.clear();
    let analysis = analyse(document, &CONFIG);
    invariants::analysis(&analysis);
    render::inspect::table(&analysis, Some(100), &mut sink).expect("inspect table renders");
}

/// Two texts separated by the first NUL, compared and rendered in every
/// format. Without a NUL the text is compared with itself, which must show
/// no divergence.
pub fn compare_texts(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (a, b) = text.split_once('\0').unwrap_or((text, text));
    let report = compare(
        vec![ingest::from_text("a", a), ingest::from_text("b", b)],
        &CONFIG,
    );
    invariants::report(&report);
    if a == b {
        assert!(
            report.divergences.is_empty(),
            "a text compared with itself diverges: {:?}",
            report.divergences
        );
    }
    let mut sink = Vec::new();
    for by_group in [false, true] {
        let view = View {
            by_group,
            include_text: true,
            width: Some(100),
            reference: by_group.then_some(1),
            ..View::default()
        };
        for format in [
            Format::Table,
            Format::Json,
            Format::Markdown,
            Format::Csv,
            Format::Html,
        ] {
            sink.clear();
            render::render(&report, &view, format, &mut sink).expect("renders");
        }
    }
}

/// A JSON Lines stream: one output line per non-blank input line, each JSON.
pub fn batch(data: &[u8]) {
    let mut out = Vec::new();
    let summary = claimdiff::batch::run(data, &mut out, &CONFIG, &View::default(), &|_| {})
        .expect("batch never fails on input it can read");
    let out = String::from_utf8(out).expect("batch writes UTF-8");
    assert_eq!(
        out.lines().count(),
        summary.lines,
        "one output line per story line"
    );
    for line in out.lines() {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        assert!(
            value.is_object(),
            "batch output line is not an object: {line}"
        );
    }
}
