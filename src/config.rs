//! Run configuration: the lexicon, alignment settings and severity table.

use crate::lexicon::Lexicon;

/// Everything a run can be configured with; `Default` gives the shipped defaults.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub lexicon: Lexicon,
    pub align: crate::align::AlignConfig,
    pub severity: crate::diff::SeverityTable,
}
