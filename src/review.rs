//! Review decisions: what an editor decided about each divergence, kept in a
//! file so that the decisions outlive the run that showed them.
//!
//! A decisions file is JSON, divergence id → [`Decision`]:
//!
//! ```json
//! {
//!   "schema": "claimdiff-review/1",
//!   "decisions": {
//!     "D2f5085893f45": {
//!       "status": "dismissed",
//!       "note": "same quote; the tabloid names the spokesman",
//!       "reviewer": "ana",
//!       "time": "2025-12-03T10:15:00Z",
//!       "type": "attribution",
//!       "claims": ["C1b4df059e4fc", "C778e07d7962c"],
//!       "variants": ["Dmitry Peskov", "Yuri Ushakov"]
//!     }
//!   }
//! }
//! ```
//!
//! `status` is required (accepted, dismissed or open); the rest is optional,
//! and unknown fields are ignored. Divergence ids are content-derived, so most decisions find
//! their divergence again after a source is edited elsewhere or another
//! outlet arrives. Two things can still move under a decision, and
//! [`apply`] handles both instead of dropping the decision silently:
//!
//! - a group's id comes from its smallest claim id, so a new outlet (or an
//!   edit to that one claim) can change the divergence id. Each decision
//!   records the claims it was made on; a decision whose id is gone is bound
//!   again to the divergence of the same type that shares the most of them.
//!   Only when none does is it *stale*.
//! - a decision covers the versions the editor saw. Each decision records its
//!   variants (the distinct values the outlets gave); when the divergence now
//!   has a value the decision was not made on — a new outlet says something
//!   else — the decision is *reopened*.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::model::{ClaimId, Divergence, DivergenceType, Report, SideValue};
use crate::text::normalize;

/// The schema name every decisions file carries.
pub const REVIEW_SCHEMA: &str = "claimdiff-review/1";

/// Where an editor left a divergence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Not decided yet, or reopened.
    Open,
    /// A real divergence the editor has taken note of.
    Accepted,
    /// Not worth showing again (a false alarm, house style).
    Dismissed,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Open, Status::Accepted, Status::Dismissed];

    pub fn name(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Accepted => "accepted",
            Status::Dismissed => "dismissed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.name() == s)
    }
}

/// One editor's decision about one divergence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// When it was decided (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// The divergence's type when decided: a moved id is only rebound to a
    /// divergence of the same type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DivergenceType>,
    /// Ids of the claims the divergence was made of, to find it again when
    /// its id moves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<String>,
    /// The distinct values the decision was made on (see [`Fingerprint`]);
    /// absent when unknown, and then the decision is never reopened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variants: Option<Vec<String>>,
}

impl Decision {
    /// A decision on a divergence as it is now (`fingerprint`), or on an id
    /// alone when the divergence is not at hand.
    pub fn new(status: Status, fingerprint: Option<Fingerprint>) -> Self {
        let (kind, claims, variants) = match fingerprint {
            Some(f) => (Some(f.kind), f.claims, Some(f.variants)),
            None => (None, Vec::new(), None),
        };
        Decision {
            status,
            note: None,
            reviewer: None,
            time: None,
            kind,
            claims,
            variants,
        }
    }
}

/// A decisions file: `{"schema": "claimdiff-review/1", "decisions": {id: decision}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decisions {
    pub schema: String,
    #[serde(default)]
    pub decisions: BTreeMap<String, Decision>,
}

impl Default for Decisions {
    fn default() -> Self {
        Decisions {
            schema: REVIEW_SCHEMA.to_string(),
            decisions: BTreeMap::new(),
        }
    }
}

impl Decisions {
    /// Read a decisions file's text; `path` names it in errors.
    pub fn parse(path: &str, text: &str) -> Result<Self> {
        let problem = |message: String| Error::Review {
            path: path.to_string(),
            message,
        };
        let value: Value = serde_json::from_str(text)
            .map_err(|e| problem(format!("malformed decisions file: {e}")))?;
        match value.get("schema").and_then(Value::as_str) {
            Some(REVIEW_SCHEMA) => {}
            Some(other) => {
                return Err(problem(format!("schema '{other}' is not {REVIEW_SCHEMA}")));
            }
            None => return Err(problem(format!("not a {REVIEW_SCHEMA} decisions file"))),
        }
        serde_json::from_value(value).map_err(|e| problem(format!("bad decision: {e}")))
    }

    /// The file's text: pretty JSON, ids in order, ending with a newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// What a decision was made on: the divergence's type, its claims, and the
/// distinct values its outlets gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint {
    pub kind: DivergenceType,
    /// Claim ids of the sides, sorted.
    pub claims: Vec<String>,
    /// One key per distinct value, sorted: string values as they are, other
    /// values as compact JSON, the normalised text for wording (which has
    /// no typed value), `missing` for an omission's absent side. Sides
    /// without a value (a version that gives no figure) take no part.
    pub variants: Vec<String>,
}

/// The fingerprint of a divergence of a report.
pub fn fingerprint(report: &Report, d: &Divergence) -> Fingerprint {
    let claims: BTreeSet<ClaimId> = d.sides.iter().map(|s| report.claim(s).id).collect();
    let mut variants: BTreeSet<String> = d
        .sides
        .iter()
        .filter_map(|s| match (d.value(s), d.kind) {
            (SideValue::Null, DivergenceType::Wording) => Some(normalize(&report.claim(s).text)),
            (SideValue::Null, DivergenceType::Omission) => Some("present".to_string()),
            (SideValue::Null, _) => None,
            (SideValue::Text(text), _) => Some(text.to_string()),
            (value, _) => Some(value.to_string()),
        })
        .collect();
    if !d.missing_in.is_empty() {
        variants.insert("missing".to_string());
    }
    Fingerprint {
        kind: d.kind,
        claims: claims.iter().map(ClaimId::to_string).collect(),
        variants: variants.into_iter().collect(),
    }
}

/// A decision found again in a report.
#[derive(Debug, Clone, PartialEq)]
pub struct Bound {
    pub decision: Decision,
    /// The id the decision was filed under, when it is not the divergence's
    /// id now.
    pub filed_as: Option<String>,
    /// Values the divergence has now that the decision was not made on; when
    /// there are any, the decision is reopened.
    pub new_variants: Vec<String>,
}

impl Bound {
    /// The status in force: the decision's, or open when reopened.
    pub fn status(&self) -> Status {
        if self.reopened() {
            Status::Open
        } else {
            self.decision.status
        }
    }

    /// A decision (other than "open") made before a new variant arrived.
    pub fn reopened(&self) -> bool {
        !self.new_variants.is_empty() && self.decision.status != Status::Open
    }
}

/// Decisions matched against a report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Applied {
    /// Decisions that found their divergence, by its id now.
    pub bound: BTreeMap<String, Bound>,
    /// Decisions whose divergence is gone, by the id they were filed under.
    pub stale: BTreeMap<String, Decision>,
}

impl Applied {
    /// The status in force for a divergence (open when undecided).
    pub fn status(&self, id: &str) -> Status {
        self.bound.get(id).map_or(Status::Open, Bound::status)
    }

    /// The decisions again, filed under the divergences' ids now and with
    /// their claims brought up to date (the variants stay those the decision
    /// was made on), stale ones kept as they were: what a review tool starts
    /// from and writes back.
    pub fn merged(&self, report: &Report) -> Decisions {
        let mut decisions = self.stale.clone();
        for (id, bound) in &self.bound {
            let mut decision = bound.decision.clone();
            if let Some(d) = report.divergences.iter().find(|d| &d.id == id) {
                let now = fingerprint(report, d);
                decision.kind = Some(now.kind);
                decision.claims = now.claims;
            }
            decisions.insert(id.clone(), decision);
        }
        Decisions {
            schema: REVIEW_SCHEMA.to_string(),
            decisions,
        }
    }
}

/// Match decisions with a report's divergences: by id first, then moved
/// ids by type and shared claims; the rest are stale.
pub fn apply(decisions: &Decisions, report: &Report) -> Applied {
    let prints: Vec<Fingerprint> = report
        .divergences
        .iter()
        .map(|d| fingerprint(report, d))
        .collect();
    let index: BTreeMap<&str, usize> = report
        .divergences
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let mut taken: BTreeMap<usize, (String, &Decision)> = BTreeMap::new();
    let mut unmatched = Vec::new();
    for (id, decision) in &decisions.decisions {
        match index.get(id.as_str()) {
            Some(&i) => {
                taken.insert(i, (id.clone(), decision));
            }
            None => unmatched.push((id, decision)),
        }
    }
    let mut applied = Applied::default();
    for (id, decision) in unmatched {
        match rebind(decision, &prints, &taken) {
            Some(i) => {
                taken.insert(i, (id.clone(), decision));
            }
            None => {
                applied.stale.insert(id.clone(), decision.clone());
            }
        }
    }
    for (i, (filed, decision)) in taken {
        let id = &report.divergences[i].id;
        let bound = Bound {
            decision: decision.clone(),
            filed_as: (filed != *id).then_some(filed),
            new_variants: new_variants(decision, &prints[i]),
        };
        applied.bound.insert(id.clone(), bound);
    }
    applied
}

/// The free divergence of the decision's type sharing the most claims with
/// it (the first in report order on a tie), if any shares one.
fn rebind(
    decision: &Decision,
    prints: &[Fingerprint],
    taken: &BTreeMap<usize, (String, &Decision)>,
) -> Option<usize> {
    let kind = decision.kind?;
    let mut best: Option<(usize, usize)> = None;
    for (i, print) in prints.iter().enumerate() {
        if print.kind != kind || taken.contains_key(&i) {
            continue;
        }
        let shared = print
            .claims
            .iter()
            .filter(|c| decision.claims.contains(c))
            .count();
        if shared > 0 && best.is_none_or(|(_, most)| shared > most) {
            best = Some((i, shared));
        }
    }
    best.map(|(i, _)| i)
}

fn new_variants(decision: &Decision, now: &Fingerprint) -> Vec<String> {
    let Some(seen) = &decision.variants else {
        return Vec::new();
    };
    now.variants
        .iter()
        .filter(|v| !seen.contains(v))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Config, compare, ingest};

    fn report(texts: &[(&str, &str)]) -> Report {
        let docs = texts
            .iter()
            .map(|(label, text)| ingest::from_text(label, text))
            .collect();
        compare(docs, &Config::default())
    }

    fn decide(report: &Report, d: &Divergence, status: Status) -> Decisions {
        let mut file = Decisions::default();
        let decision = Decision::new(status, Some(fingerprint(report, d)));
        file.decisions.insert(d.id.clone(), decision);
        file
    }

    const FIVE: &str = "The five-hour meeting in Moscow produced no agreement.";
    const FOUR: &str = "The four-hour meeting in Moscow produced no agreement.";
    const SIX: &str = "The six-hour meeting in Moscow produced no agreement.";

    #[test]
    fn the_file_round_trips_and_checks_its_schema() {
        let r = report(&[("wire", FIVE), ("tabloid", FOUR)]);
        let mut file = decide(&r, &r.divergences[0], Status::Dismissed);
        file.decisions.values_mut().for_each(|d| {
            d.note = Some("house style".into());
        });
        let text = file.to_json();
        assert!(text.contains("\"schema\": \"claimdiff-review/1\""));
        assert_eq!(Decisions::parse("f.json", &text).unwrap(), file);
        let wrong = Decisions::parse("f.json", r#"{"schema":"claimdiff/1"}"#).unwrap_err();
        assert!(
            wrong
                .to_string()
                .starts_with("f.json: schema 'claimdiff/1'")
        );
        let bad = r#"{"schema":"claimdiff-review/1","decisions":{"D1":{"status":"maybe"}}}"#;
        assert!(Decisions::parse("f.json", bad).is_err());
    }

    #[test]
    fn quantity_variants_are_the_values() {
        let r = report(&[("wire", FIVE), ("tabloid", FOUR)]);
        let d = &r.divergences[0];
        assert_eq!(d.kind, DivergenceType::Quantity);
        let print = fingerprint(&r, d);
        assert_eq!(print.variants.len(), 2);
        assert_eq!(print.claims.len(), 2);
    }

    #[test]
    fn a_decision_applies_by_id() {
        let r = report(&[("wire", FIVE), ("tabloid", FOUR)]);
        let d = &r.divergences[0];
        let applied = apply(&decide(&r, d, Status::Dismissed), &r);
        assert_eq!(applied.status(&d.id), Status::Dismissed);
        assert!(applied.stale.is_empty());
    }

    #[test]
    fn a_new_variant_reopens_the_decision() {
        let before = report(&[("wire", FIVE), ("tabloid", FOUR)]);
        let file = decide(&before, &before.divergences[0], Status::Dismissed);
        let after = report(&[("wire", FIVE), ("tabloid", FOUR), ("blog", SIX)]);
        let applied = apply(&file, &after);
        let d = after
            .divergences
            .iter()
            .find(|d| d.kind == DivergenceType::Quantity)
            .unwrap();
        let bound = &applied.bound[&d.id];
        assert!(bound.reopened());
        assert_eq!(bound.status(), Status::Open);
        assert_eq!(bound.new_variants.len(), 1);
    }

    #[test]
    fn an_outlet_agreeing_keeps_the_decision() {
        let before = report(&[("wire", FIVE), ("tabloid", FOUR)]);
        let file = decide(&before, &before.divergences[0], Status::Accepted);
        let after = report(&[("wire", FIVE), ("tabloid", FOUR), ("blog", FIVE)]);
        let applied = apply(&file, &after);
        assert!(applied.stale.is_empty());
        let bound = applied.bound.values().next().unwrap();
        assert_eq!(bound.status(), Status::Accepted);
    }

    #[test]
    fn a_moved_id_is_found_by_its_claims() {
        let r = report(&[("wire", FIVE), ("tabloid", FOUR)]);
        let d = &r.divergences[0];
        let mut file = decide(&r, d, Status::Dismissed);
        let decision = file.decisions.remove(&d.id).unwrap();
        file.decisions.insert("Dmoved".into(), decision);
        let applied = apply(&file, &r);
        assert_eq!(applied.bound[&d.id].filed_as.as_deref(), Some("Dmoved"));
        assert_eq!(applied.status(&d.id), Status::Dismissed);
        let merged = applied.merged(&r);
        assert!(merged.decisions.contains_key(&d.id));
        assert!(!merged.decisions.contains_key("Dmoved"));
    }

    #[test]
    fn a_decision_on_a_gone_divergence_is_stale_and_kept() {
        let r = report(&[("wire", FIVE), ("tabloid", FOUR)]);
        let mut file = Decisions::default();
        file.decisions
            .insert("Dgone".into(), Decision::new(Status::Accepted, None));
        let applied = apply(&file, &r);
        assert!(applied.bound.is_empty());
        assert!(applied.stale.contains_key("Dgone"));
        assert!(applied.merged(&r).decisions.contains_key("Dgone"));
    }
}
