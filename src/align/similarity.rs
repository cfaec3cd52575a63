//! How alike two claims are, from 0 (nothing shared) to 1 (the same words).
//!
//! Two views are blended: content stems weighted by rarity (so sharing
//! "Witkoff" counts more than sharing "said"), and character bigrams of the
//! folded text from strsim (robust to inflection and spelling variants).
//! Entity agreement nudges the score: claims about different people are
//! rarely the same claim.

use super::features::{ClaimFeatures, TokenId, Vocabulary};

/// Similarity of two claims in 0..=1.
pub fn similarity(a: &ClaimFeatures, b: &ClaimFeatures, vocab: &Vocabulary) -> f64 {
    let stems = weighted_dice(&a.tokens, &b.tokens, vocab);
    let chars = strsim::sorensen_dice(&a.folded, &b.folded);
    let mut score = 0.65 * stems + 0.35 * chars;
    if !a.entities.is_empty() && !b.entities.is_empty() {
        let shared = a
            .entities
            .iter()
            .filter(|e| {
                b.entities
                    .iter()
                    .any(|f| crate::extract::names::same_entity(e, f))
            })
            .count();
        score += if shared == 0 { -0.08 } else { 0.04 };
    }
    score.clamp(0.0, 1.0)
}

/// Dice coefficient over sorted token sets, each token weighted by its idf.
fn weighted_dice(a: &[TokenId], b: &[TokenId], vocab: &Vocabulary) -> f64 {
    let total: f64 = a.iter().chain(b).map(|&t| vocab.idf(t)).sum();
    if total == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 2.0 * vocab.idf(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    shared / total
}
