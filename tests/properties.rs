//! Properties of the whole pipeline (issue 6), over stories built from news
//! sentence pieces — names, figures, negations, hedges, quotes, dates — and
//! edited copies of them, so that every kind of divergence can appear:
//!
//! - a story compared with itself shows no divergence;
//! - comparing B with A finds what comparing A with B finds, with the same
//!   ids and the sides swapped;
//! - every span lies on char boundaries and slices back to its text;
//! - JSON output is byte-identical across runs and thread counts;
//! - permuting `table` inputs changes only the order of sources.
//!
//! Case counts are small: each case runs the whole pipeline several times.

#[path = "../fuzz/src/invariants.rs"]
mod invariants;

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde_json::Value;

use claimdiff::render::{self, Format, View};
use claimdiff::{Config, Document, Report, compare, ingest};

const PEOPLE: &[&str] = &[
    "Ana Torres",
    "Ben Okoro",
    "Mayor Greta Lind",
    "Kremlin aide Yuri Ushakov",
    "Dr. Hiro Sato",
    "Clara Weiß",
];
const SPEAKERS: &[&str] = &[
    "police",
    "the council",
    "officials",
    "he",
    "the fire service",
];
const PLACES: &[&str] = &[
    "the town hall",
    "the port",
    "Moscow",
    "the Café Rouge",
    "Kyiv",
];
const THINGS: &[&str] = &[
    "budget",
    "rent cap",
    "peace plan",
    "bridge deal",
    "bus contract",
];
const WHEN: &[&str] = &[
    "on Tuesday",
    "on March 4",
    "last week",
    "at 9 a.m.",
    "in 2024",
    "",
];
const NUMBERS: &[&str] = &[
    "five",
    "12",
    "about 40,000",
    "3.5%",
    "$2 million",
    "nearly 300",
];

/// One sentence of a story, as the choices that build it.
#[derive(Debug, Clone, PartialEq)]
struct Piece {
    template: usize,
    who: usize,
    other: usize,
    speaker: usize,
    place: usize,
    thing: usize,
    when: usize,
    number: usize,
    negated: bool,
    hedged: bool,
}

fn pick<'a>(list: &[&'a str], i: usize) -> &'a str {
    list[i % list.len()]
}

impl Piece {
    fn text(&self) -> String {
        let who = pick(PEOPLE, self.who);
        let other = pick(PEOPLE, self.other);
        let speaker = pick(SPEAKERS, self.speaker);
        let place = pick(PLACES, self.place);
        let thing = pick(THINGS, self.thing);
        let when = pick(WHEN, self.when);
        let n = pick(NUMBERS, self.number);
        let not = if self.negated { " not" } else { "" };
        let may = if self.hedged { "may have " } else { "" };
        let text = match self.template % 7 {
            0 => format!("{who} met {other} at {place} {when}, {speaker} said."),
            1 => format!("“We will{not} sign the {thing},” {who} told reporters at {place}."),
            2 => format!("{n} people {may}gathered near {place} {when} over the {thing}."),
            3 => format!("The {thing} talks lasted {n} hours and did{not} produce an agreement."),
            4 => format!("{who} said the {thing} would{not} be approved {when}."),
            5 => format!("The council {may}voted {n} to 2 to approve the {thing}, {speaker} said."),
            _ => format!("Fire crews {may}rescued {n} residents from {place} {when}."),
        };
        text.replace(" .", ".").replace(" ,", ",")
    }
}

fn piece() -> impl Strategy<Value = Piece> {
    (
        (0..7usize, 0..6usize, 0..6usize, 0..5usize, 0..5usize),
        (
            0..5usize,
            0..6usize,
            0..6usize,
            any::<bool>(),
            any::<bool>(),
        ),
    )
        .prop_map(
            |((template, who, other, speaker, place), (thing, when, number, negated, hedged))| {
                Piece {
                    template,
                    who,
                    other,
                    speaker,
                    place,
                    thing,
                    when,
                    number,
                    negated,
                    hedged,
                }
            },
        )
}

/// A story: an optional headline, then sentences, some paragraphs apart.
#[derive(Debug, Clone)]
struct Story {
    headline: Option<String>,
    pieces: Vec<Piece>,
    breaks: Vec<bool>,
}

impl Story {
    fn text(&self) -> String {
        let mut text = String::new();
        if let Some(h) = &self.headline {
            text.push_str(h);
            text.push_str("\n\n");
        }
        for (i, p) in self.pieces.iter().enumerate() {
            text.push_str(&p.text());
            let paragraph = self.breaks.get(i).copied().unwrap_or(false);
            text.push_str(if paragraph { "\n\n" } else { " " });
        }
        text
    }
}

fn story() -> impl Strategy<Value = Story> {
    (
        proptest::option::of(prop::sample::select(vec![
            "Talks end without a deal",
            "Harbour fire: three rescued",
            "Council backs rent cap",
        ])),
        prop::collection::vec(piece(), 1..7),
        prop::collection::vec(any::<bool>(), 7),
    )
        .prop_map(|(headline, pieces, breaks)| Story {
            headline: headline.map(str::to_string),
            pieces,
            breaks,
        })
}

/// What another outlet does to a sentence.
#[derive(Debug, Clone)]
enum Edit {
    Keep,
    Drop,
    Number(usize),
    Negate,
    Hedge,
    Person(usize),
    Insert(Piece),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => Just(Edit::Keep),
        1 => Just(Edit::Drop),
        1 => (0..6usize).prop_map(Edit::Number),
        1 => Just(Edit::Negate),
        1 => Just(Edit::Hedge),
        1 => (0..6usize).prop_map(Edit::Person),
        1 => piece().prop_map(Edit::Insert),
    ]
}

fn edited(story: &Story, edits: &[Edit]) -> Story {
    let mut pieces = Vec::new();
    for (p, e) in story
        .pieces
        .iter()
        .zip(edits.iter().chain(std::iter::repeat(&Edit::Keep)))
    {
        let mut p = p.clone();
        match e {
            Edit::Keep => {}
            Edit::Drop => continue,
            Edit::Number(n) => p.number = *n,
            Edit::Negate => p.negated = !p.negated,
            Edit::Hedge => p.hedged = !p.hedged,
            Edit::Person(w) => p.who = *w,
            Edit::Insert(q) => pieces.push(q.clone()),
        }
        pieces.push(p);
    }
    Story {
        pieces,
        ..story.clone()
    }
}

/// Two versions of one story: an original and an edited copy.
fn two_versions() -> impl Strategy<Value = (String, String)> {
    (story(), prop::collection::vec(edit(), 7)).prop_map(|(s, e)| (s.text(), edited(&s, &e).text()))
}

fn doc(label: &str, text: &str) -> Document {
    ingest::from_text(label, text)
}

fn run(docs: Vec<Document>) -> Report {
    compare(docs, &Config::default())
}

fn json(report: &Report) -> String {
    let view = View {
        include_text: true,
        min_severity: claimdiff::Severity::Low,
        ..View::default()
    };
    let mut out = Vec::new();
    render::render(report, &view, Format::Json, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// A divergence with its sides keyed by source label, so that reports
/// whose sources come in another order can be compared.
#[derive(Debug, PartialEq)]
struct Found {
    kind: String,
    severity: String,
    summary: String,
    /// label → (claim text, value, labels sharing the variant)
    sides: BTreeMap<String, (String, String, Vec<String>)>,
    missing_in: Vec<String>,
}

fn by_label(report: &Report) -> BTreeMap<String, Found> {
    let label = |s: usize| report.sources[s].document.label.clone();
    report
        .divergences
        .iter()
        .map(|d| {
            let sides = d
                .sides
                .iter()
                .map(|s| {
                    let mut agree: Vec<String> = d
                        .sides
                        .iter()
                        .filter(|o| o.variant() == s.variant())
                        .map(|o| label(o.source()))
                        .collect();
                    agree.sort();
                    let text = report.claim(s).text.to_string();
                    (label(s.source()), (text, d.value(s).to_string(), agree))
                })
                .collect();
            let mut missing_in: Vec<String> = d.missing_in.iter().map(label).collect();
            missing_in.sort();
            let found = Found {
                kind: d.kind.name().to_string(),
                severity: d.severity.name().to_string(),
                summary: unordered(&d.summary),
                sides,
                missing_in,
            };
            (d.id.clone(), found)
        })
        .collect()
}

/// A summary with its "X vs Y" parts in a fixed order: they follow the order
/// of the sources, which is what swapping them changes.
/// So do the labels of a variant's sources: "5 hour (wire, tass)".
fn unordered(summary: &str) -> String {
    let (label, values) = summary.split_once(": ").unwrap_or(("", summary));
    let mut parts: Vec<String> = values
        .split(" vs ")
        .map(
            |part| match part.strip_suffix(')').and_then(|p| p.rsplit_once(" (")) {
                Some((value, labels)) => {
                    let mut labels: Vec<&str> = labels.split(", ").collect();
                    labels.sort();
                    format!("{value} ({})", labels.join(", "))
                }
                None => part.to_string(),
            },
        )
        .collect();
    parts.sort();
    format!("{label}: {}", parts.join(" vs "))
}

/// The JSON report with source ids replaced by labels and every list whose
/// order follows the input order sorted, so that only content is compared.
fn json_by_label(report: &Report) -> Value {
    let mut v: Value = serde_json::from_str(&json(report)).unwrap();
    let labels: BTreeMap<String, String> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["id"].as_str().unwrap().into(),
                s["label"].as_str().unwrap().into(),
            )
        })
        .collect();
    relabel(&mut v, &labels);
    let sort_by = |list: &mut Value, key: &dyn Fn(&Value) -> String| {
        if let Value::Array(items) = list {
            items.sort_by_key(|i| key(i));
        }
    };
    let text = |v: &Value| v.to_string();
    sort_by(&mut v["sources"], &|s| s["label"].to_string());
    for g in v["groups"].as_array_mut().unwrap() {
        sort_by(&mut g["members"], &text);
    }
    sort_by(&mut v["groups"], &|g| g["id"].to_string());
    for d in v["divergences"].as_array_mut().unwrap() {
        for side in d["sides"].as_array_mut().unwrap() {
            side["variant"] = Value::Null;
        }
        sort_by(&mut d["sides"], &text);
        d["summary"] = Value::String(unordered(d["summary"].as_str().unwrap()));
        sort_by(&mut d["missing_in"], &text);
    }
    sort_by(&mut v["divergences"], &|d| d["id"].to_string());
    v
}

/// Where two JSON values first differ, as a path and both values.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) if x.len() == y.len() => x
            .iter()
            .find_map(|(k, v)| first_difference(v, y.get(k)?, &format!("{path}.{k}"))),
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (v, w))| first_difference(v, w, &format!("{path}[{i}]"))),
        _ => (a != b).then(|| format!("{path}: {a} vs {b}")),
    }
}

fn relabel(v: &mut Value, labels: &BTreeMap<String, String>) {
    match v {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match (key.as_str(), value.as_str().and_then(|s| labels.get(s))) {
                    ("source" | "id", Some(label)) => *value = Value::String(label.clone()),
                    _ => relabel(value, labels),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                match item.as_str().and_then(|s| labels.get(s)) {
                    Some(label) => *item = Value::String(label.clone()),
                    None => relabel(item, labels),
                }
            }
        }
        _ => {}
    }
}

/// Few cases by default, so `cargo test` stays fast; `PROPTEST_CASES=500
/// cargo test --release --test properties` searches harder.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(16)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn a_story_compared_with_itself_shows_no_divergence(s in story()) {
        let text = s.text();
        let report = run(vec![doc("a", &text), doc("b", &text)]);
        prop_assert!(report.divergences.is_empty(), "{text}\n{:?}", report.divergences);
    }

    #[test]
    fn swapping_the_versions_swaps_the_sides((a, b) in two_versions()) {
        let ab = run(vec![doc("a", &a), doc("b", &b)]);
        let ba = run(vec![doc("b", &b), doc("a", &a)]);
        prop_assert_eq!(by_label(&ab), by_label(&ba), "A: {}\nB: {}", a, b);
    }

    #[test]
    fn every_span_slices_back_to_its_text((a, b) in two_versions()) {
        invariants::report(&run(vec![doc("a", &a), doc("b", &b)]));
    }

    #[test]
    fn json_is_the_same_across_runs_and_thread_counts(
        (a, b) in two_versions(),
        c in story(),
    ) {
        let c = c.text();
        let docs = || vec![doc("a", &a), doc("b", &b), doc("c", &c)];
        let with_threads = |n: usize| {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(n).build().unwrap();
            pool.install(|| json(&run(docs())))
        };
        let one = with_threads(1);
        prop_assert_eq!(&one, &with_threads(2));
        prop_assert_eq!(&one, &with_threads(2));
        prop_assert_eq!(&one, &with_threads(1));
    }

    #[test]
    fn permuting_table_inputs_changes_only_the_source_order(
        (a, b) in two_versions(),
        c in story(),
        order in Just([0usize, 1, 2]).prop_shuffle(),
    ) {
        let texts = [("a", a), ("b", b), ("c", c.text())];
        let given = run(texts.iter().map(|(l, t)| doc(l, t)).collect());
        let permuted = run(order.iter().map(|&i| doc(texts[i].0, &texts[i].1)).collect());
        let difference = first_difference(&json_by_label(&given), &json_by_label(&permuted), "");
        prop_assert!(difference.is_none(), "order {:?}: {}", order, difference.unwrap());
    }
}
