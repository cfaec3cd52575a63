//! Numbers and quantities: find every amount in a text and normalise it.

use crate::model::Quantity;

/// Find the quantities in `text`; spans are byte offsets into `text`.
pub fn find_quantities(_text: &str) -> Vec<Quantity> {
    Vec::new()
}
