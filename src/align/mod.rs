//! Align: gather the claims of several documents into groups.
use crate::model::{Analysis, ClaimGroup};

#[derive(Debug, Clone, Default)]
pub struct AlignConfig {}

pub fn align(_sources: &[Analysis], _config: &AlignConfig) -> Vec<ClaimGroup> {
    Vec::new()
}
