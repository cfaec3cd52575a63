//! Dates and times: find date and time expressions and resolve them.

use crate::model::DateMention;
use chrono::NaiveDate;

/// Find date and time expressions in `text`, resolving relative ones against
/// `reference` (the story's publication date) when it is known.
pub fn find_dates(_text: &str, _reference: Option<NaiveDate>) -> Vec<DateMention> {
    Vec::new()
}
