//! Diff: find the divergences inside each claim group.
use crate::model::{Analysis, ClaimGroup, Divergence};

#[derive(Debug, Clone, Default)]
pub struct SeverityTable {}

pub fn diff(_s: &[Analysis], _g: &[ClaimGroup], _t: &SeverityTable) -> Vec<Divergence> {
    Vec::new()
}
