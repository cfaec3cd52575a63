//! Number recognition scored on Microsoft Recognizers-Text test specs
//! (`recognizers-number-en.jsonl`, `recognizers-number-with-unit-en.jsonl`).
//!
//! Each row names the Recognizers model it tests (`spec`); a row is scored
//! against that model only, counting only our quantities of the kinds that
//! model covers (`MODELS`). A predicted quantity is correct when its span
//! overlaps an expected one (their offsets are characters with an inclusive
//! end; we convert them to byte spans), its value is numerically equal (or,
//! for range models, both bounds are), and its unit matches where the row
//! gives one. Precision, recall and F1 are counted over mentions.
//!
//! The quantities scored are those of [`find_quantities`], the function the
//! pipeline uses: numbers inside date expressions are left out there, so a
//! row expecting the "5", "17" and "2018" of "5/17/2018" loses them.

use crate::extract::numbers::find_quantities;
use crate::model::{Approximation, Quantity, QuantityKind, Span};
use crate::{Error, Result};
use serde::Deserialize;
use std::fmt;
use std::path::Path;

use QuantityKind::{Duration, Measure, Money, Number, Ordinal, Percent, Range};

/// Which of our quantities a Recognizers model is about.
#[derive(Debug, Clone, Copy)]
enum Covers {
    /// Quantities of these kinds.
    Kinds(&'static [QuantityKind]),
    /// Ranges and one-sided amounts ("more than 30", "up to 700").
    Bounds,
    /// Measures in units of temperature.
    Temperature,
    /// Measures in any other unit.
    Dimension,
}

/// The one table mapping each Recognizers model to the quantities it covers.
/// A plain-number model finds the number inside "$20" and "3 years" too, but
/// not inside "180ml", so money and durations count there and measures do not.
const MODELS: &[(&str, Covers)] = &[
    ("NumberModel", Covers::Kinds(&[Number, Money, Duration])),
    (
        "NumberModelExperimentalMode",
        Covers::Kinds(&[Number, Money, Duration]),
    ),
    (
        "NumberModelPercentMode",
        Covers::Kinds(&[Number, Money, Duration]),
    ),
    ("OrdinalModel", Covers::Kinds(&[Ordinal])),
    (
        "OrdinalModelSuppressExtendedTypes",
        Covers::Kinds(&[Ordinal]),
    ),
    ("PercentModel", Covers::Kinds(&[Percent])),
    ("PercentModelPercentMode", Covers::Kinds(&[Percent])),
    ("NumberRangeModel", Covers::Bounds),
    ("NumberRangeModelExperimentalMode", Covers::Bounds),
    ("CurrencyModel", Covers::Kinds(&[Money])),
    ("DimensionModel", Covers::Dimension),
    ("TemperatureModel", Covers::Temperature),
    ("AgeModel", Covers::Kinds(&[Duration])),
];

fn is_temperature(unit: Option<&str>) -> bool {
    matches!(unit, Some("°C" | "°F" | "°" | "K"))
}

fn covered(c: Covers, q: &Quantity) -> bool {
    match c {
        Covers::Kinds(kinds) => kinds.contains(&q.kind),
        Covers::Bounds => {
            q.kind == Range
                || (q.value.is_none()
                    && q.approximation != Approximation::Vague
                    && q.kind != QuantityKind::Score)
                || matches!(
                    q.approximation,
                    Approximation::AtLeast | Approximation::AtMost
                )
        }
        Covers::Temperature => q.kind == Measure && is_temperature(q.unit.as_deref()),
        Covers::Dimension => q.kind == Measure && !is_temperature(q.unit.as_deref()),
    }
}

/// Hits, predictions and expectations for one model or for a whole file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Expected mentions.
    pub gold: usize,
    /// Predicted mentions (of the kinds the model covers).
    pub predicted: usize,
    /// Predictions that matched an expected mention.
    pub correct: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        super::f1(self.precision(), self.recall())
    }
    fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        if a == 0 { 1.0 } else { 0.0 }
    } else {
        a as f64 / b as f64
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3}  R {:.3}  F1 {:.3}  ({} correct, {} predicted, {} expected)",
            self.precision(),
            self.recall(),
            self.f1(),
            self.correct,
            self.predicted,
            self.gold
        )
    }
}

/// The score of one evaluation file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NumbersScore {
    /// Rows scored.
    pub rows: usize,
    /// Rows of models we do not cover (left out of every count).
    pub skipped: usize,
    pub overall: Counts,
    /// Per Recognizers model, in the order of `MODELS`.
    pub per_model: Vec<(String, Counts)>,
}

impl NumbersScore {
    pub fn f1(&self) -> f64 {
        self.overall.f1()
    }
}

impl fmt::Display for NumbersScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "overall  {}  over {} rows", self.overall, self.rows)?;
        for (model, c) in &self.per_model {
            writeln!(f, "  {model:<34} {c}")?;
        }
        if self.skipped > 0 {
            writeln!(f, "  ({} rows of other models skipped)", self.skipped)?;
        }
        Ok(())
    }
}

#[derive(Debug, Deserialize)]
struct Row {
    spec: String,
    input: String,
    expected: Vec<Expected>,
}

#[derive(Debug, Deserialize)]
struct Expected {
    #[serde(default)]
    resolution: Option<serde_json::Value>,
    start: usize,
    end: usize,
}

/// Score the rows of a Recognizers number file (JSON lines).
pub fn run(path: &Path) -> Result<NumbersScore> {
    let data = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut score = NumbersScore::default();
    let mut per: Vec<Counts> = vec![Counts::default(); MODELS.len()];
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(line).map_err(|e| Error::Json {
            path: path.display().to_string(),
            message: format!("line {}: {e}", n + 1),
        })?;
        let model = model_name(&row.spec);
        let Some(slot) = MODELS.iter().position(|(m, _)| *m == model) else {
            score.skipped += 1;
            continue;
        };
        let c = score_row(&row, model, MODELS[slot].1);
        per[slot].add(&c);
        score.overall.add(&c);
        score.rows += 1;
    }
    score.per_model = MODELS
        .iter()
        .zip(per)
        .filter(|(_, c)| c.gold + c.predicted > 0)
        .map(|((m, _), c)| (m.to_string(), c))
        .collect();
    Ok(score)
}

/// "Number/English/NumberModel.json" → "NumberModel".
fn model_name(spec: &str) -> &str {
    let file = spec.rsplit('/').next().unwrap_or(spec);
    file.strip_suffix(".json").unwrap_or(file)
}

/// Byte span of a character range with an inclusive end.
pub(crate) fn char_span(text: &str, start: usize, end_inclusive: usize) -> Span {
    let byte_at = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    let s = byte_at(start);
    let e = byte_at(end_inclusive + 1);
    Span::new(s.min(text.len()), e.max(s).min(text.len()))
}

fn score_row(row: &Row, model: &str, cover: Covers) -> Counts {
    let predicted: Vec<Quantity> = find_quantities(&row.input)
        .into_iter()
        .filter(|q| covered(cover, q))
        .collect();
    let mut used = vec![false; predicted.len()];
    let mut correct = 0;
    for g in &row.expected {
        let span = char_span(&row.input, g.start, g.end);
        let hit = predicted.iter().enumerate().position(|(k, q)| {
            !used[k] && q.span.overlaps(&span) && value_matches(model, cover, g, q)
        });
        if let Some(k) = hit {
            used[k] = true;
            correct += 1;
        }
    }
    Counts {
        gold: row.expected.len(),
        predicted: predicted.len(),
        correct,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9) || (a - b).abs() < 1e-12
}

fn value_matches(model: &str, cover: Covers, g: &Expected, q: &Quantity) -> bool {
    let Some(res) = g.resolution.as_ref() else {
        return false;
    };
    let value = res.get("value").and_then(|v| v.as_str());
    let number_ok = match (cover, value) {
        (Covers::Bounds, Some(v)) => match parse_bounds(v) {
            Some((lo, hi)) => opt_close(lo, q.low) && opt_close(hi, q.high),
            None => false,
        },
        (_, Some(v)) => match (v.trim_end_matches('%').parse::<f64>(), q.value) {
            (Ok(want), Some(got)) => close(want, got),
            _ => false,
        },
        _ => false,
    };
    if !number_ok {
        return false;
    }
    let unit = res.get("unit").and_then(|u| u.as_str());
    let iso = res.get("isoCurrency").and_then(|u| u.as_str());
    match (unit, iso) {
        (_, Some(code)) => q.unit.as_deref() == Some(code),
        (Some(name), None) => unit_matches(model, name, q.unit.as_deref()),
        (None, None) => true,
    }
}

fn opt_close(want: Option<f64>, got: Option<f64>) -> bool {
    match (want, got) {
        (None, None) => true,
        (Some(a), Some(b)) => close(a, b),
        _ => false,
    }
}

/// "[20,35)" → (Some(20), Some(35)); "(,100]" → (None, Some(100)).
fn parse_bounds(v: &str) -> Option<(Option<f64>, Option<f64>)> {
    let inner = v.get(1..v.len().checked_sub(1)?)?;
    let (lo, hi) = inner.split_once(',')?;
    let parse = |s: &str| -> Option<Option<f64>> {
        let s = s.trim();
        if s.is_empty() {
            Some(None)
        } else {
            s.parse().ok().map(Some)
        }
    };
    Some((parse(lo)?, parse(hi)?))
}

/// Recognizers unit names and the names we give the same units.
const UNIT_NAMES: &[(&str, &[&str])] = &[
    ("Dollar", &["USD"]),
    ("United States dollar", &["USD"]),
    ("Cent", &["cent"]),
    ("Penny", &["pence"]),
    ("Pence", &["pence"]),
    ("Euro", &["EUR"]),
    ("Franc", &["franc"]),
    ("Peseta", &["ESP"]),
    ("Finnish markka", &["FIM"]),
    ("Rupee", &["INR"]),
    ("Bitcoin", &["BTC"]),
    ("Mile", &["mile"]),
    ("Foot", &["ft"]),
    ("Inch", &["in"]),
    ("Yard", &["yd"]),
    ("Kilometer", &["km"]),
    ("Meter", &["m"]),
    ("Decimeter", &["dm"]),
    ("Centimeter", &["cm"]),
    ("Millimeter", &["mm"]),
    ("Picometer", &["pm"]),
    ("Millisecond", &["ms"]),
    ("Barrel", &["barrel"]),
    ("Gallon", &["gallon"]),
    ("Ounce", &["oz"]),
    ("Ton", &["ton", "t"]),
    ("Kilogram", &["kg"]),
    ("Gram", &["g"]),
    ("Microgram", &["µg"]),
    ("Square meter", &["m²"]),
    ("Square kilometer", &["km²"]),
    ("Bit", &["bit"]),
    ("Megabyte", &["MB"]),
    ("Degree", &["°", "degree"]),
    ("Radian", &["rad"]),
    ("C", &["°C"]),
    ("F", &["°F"]),
    ("K", &["K"]),
    ("Year", &["year"]),
    ("Month", &["month"]),
    ("Week", &["week"]),
    ("Day", &["day"]),
];

fn unit_matches(model: &str, gold: &str, ours: Option<&str>) -> bool {
    let Some(ours) = ours else { return false };
    // "Pound" is sterling in the currency model and weight elsewhere.
    if gold == "Pound" {
        return ours
            == if model == "CurrencyModel" {
                "GBP"
            } else {
                "lb"
            };
    }
    let names = |g: &str| UNIT_NAMES.iter().find(|(n, _)| *n == g).map(|(_, o)| *o);
    if let Some((a, b)) = gold.split_once(" per ") {
        let cap = |s: &str| {
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        };
        let (Some(x), Some(y)) = (names(&cap(a)), names(&cap(b))) else {
            return false;
        };
        return x
            .iter()
            .any(|x| y.iter().any(|y| ours == format!("{x}/{y}")));
    }
    names(gold).is_some_and(|o| o.contains(&ours))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_spans_become_byte_spans() {
        let text = "€5 and 10 €";
        // "10 €" is characters 7..=10
        let s = char_span(text, 7, 10);
        assert_eq!(s.slice(text), "10 €");
        assert_eq!(char_span("ab", 5, 9), Span::new(2, 2));
    }

    #[test]
    fn bounds() {
        assert_eq!(parse_bounds("[20,35)"), Some((Some(20.0), Some(35.0))));
        assert_eq!(parse_bounds("(,100]"), Some((None, Some(100.0))));
        assert_eq!(parse_bounds("x"), None);
    }

    #[test]
    fn units() {
        assert!(unit_matches("CurrencyModel", "Pound", Some("GBP")));
        assert!(unit_matches("DimensionModel", "Pound", Some("lb")));
        assert!(unit_matches(
            "DimensionModel",
            "Meter per millisecond",
            Some("m/ms")
        ));
        assert!(!unit_matches("DimensionModel", "Mile", Some("km")));
    }

    #[test]
    fn scores_a_small_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("n.jsonl");
        let rows = [
            r#"{"spec":"Number/English/NumberModel.json","input":"they sent 12 boats","expected":[{"text":"12","resolution":{"value":"12"},"start":10,"end":11}]}"#,
            r#"{"spec":"Number/English/PercentModel.json","input":"up 7 %","expected":[{"text":"7 %","resolution":{"value":"7%"},"start":3,"end":5}]}"#,
            r#"{"spec":"Other/Unknown.json","input":"x","expected":[]}"#,
        ];
        std::fs::write(&path, rows.join("\n")).unwrap();
        let s = run(&path).unwrap();
        assert_eq!(s.rows, 2);
        assert_eq!(s.skipped, 1);
        assert_eq!(s.overall.correct, 2);
        assert!(s.to_string().starts_with("overall"));
        std::fs::write(&path, "{not json").unwrap();
        assert!(matches!(run(&path), Err(Error::Json { .. })));
        assert!(matches!(
            run(&dir.path().join("missing")),
            Err(Error::Io { .. })
        ));
    }
}
