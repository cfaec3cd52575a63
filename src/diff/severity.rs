//! The severity table: how serious each kind of divergence is by default.
//! Newsrooms disagree about this, so it is configuration (`[severity]` in the
//! lexicon file), not code.

use crate::error::{Error, Result};
use crate::lexicon::SeveritySpec;
use crate::model::Severity;

/// Severity per divergence rule (see the README's severity table).
#[derive(Debug, Clone, PartialEq)]
pub struct SeverityTable {
    pub polarity: Severity,
    /// The same words given to two different named people.
    pub attribution: Severity,
    /// The same words given to a named person on one side and to a body or
    /// a description ("Microsoft", "the Connecticut Democrat") on the other.
    pub attribution_unnamed: Severity,
    pub participants: Severity,
    /// Hedging added or removed.
    pub certainty: Severity,
    /// Attribution added or stripped, no hedge on either side.
    pub certainty_attribution: Severity,
    pub date_time: Severity,
    pub wording: Severity,
    /// Quantities whose ranges cannot both be true.
    pub quantity_incompatible: Severity,
    /// Compatible only as a bound or round figure far from a precise value.
    pub quantity_loose: Severity,
    /// Agreeing up to rounding.
    pub quantity_rounding: Severity,
    /// How far (a fraction) a bound may sit from a precise value before the
    /// difference is `quantity_loose` rather than `quantity_rounding`.
    pub quantity_bound_gap: f64,
    /// Quoted words differ in negation, numbers, names or strong words.
    pub quote_meaning: Severity,
    pub quote_other: Severity,
    /// Omitted quote, participants, outcome, quantity or date claims.
    pub omission_major: Severity,
    /// Omitted statements.
    pub omission_minor: Severity,
}

impl Default for SeverityTable {
    fn default() -> Self {
        SeverityTable::from_spec(
            &crate::lexicon::Lexicon::default().severity,
            "defaults.toml",
        )
        .expect("the shipped severity table is valid")
    }
}

impl SeverityTable {
    /// Read the table from a lexicon file's `[severity]` section.
    pub fn from_spec(spec: &SeveritySpec, path: &str) -> Result<Self> {
        let level = |name: &str, value: &str| {
            Severity::parse(value).ok_or_else(|| Error::Config {
                path: path.to_string(),
                message: format!(
                    "[severity] {name} = \"{value}\": expected \"high\", \"medium\" or \"low\""
                ),
            })
        };
        Ok(SeverityTable {
            polarity: level("polarity", &spec.polarity)?,
            attribution: level("attribution", &spec.attribution)?,
            attribution_unnamed: level("attribution_unnamed", &spec.attribution_unnamed)?,
            participants: level("participants", &spec.participants)?,
            certainty: level("certainty", &spec.certainty)?,
            certainty_attribution: level("certainty_attribution", &spec.certainty_attribution)?,
            date_time: level("date_time", &spec.date_time)?,
            wording: level("wording", &spec.wording)?,
            quantity_incompatible: level("quantity_incompatible", &spec.quantity_incompatible)?,
            quantity_loose: level("quantity_loose", &spec.quantity_loose)?,
            quantity_rounding: level("quantity_rounding", &spec.quantity_rounding)?,
            quantity_bound_gap: spec.quantity_bound_gap,
            quote_meaning: level("quote_meaning", &spec.quote_meaning)?,
            quote_other: level("quote_other", &spec.quote_other)?,
            omission_major: level("omission_major", &spec.omission_major)?,
            omission_minor: level("omission_minor", &spec.omission_minor)?,
        })
    }
}
