//! How alike two claims are, from 0 (nothing shared) to 1 (the same words).
//!
//! Several views are blended: content stems weighted by rarity (so sharing
//! "Witkoff" counts more than sharing "meeting"), both as Dice and as
//! containment (one outlet's sentence often adds a clause to another's), and
//! character bigrams of the folded text (robust to inflection and spelling).
//! Shared quoted words, entities and measured quantities then nudge the score:
//! two claims quoting the same words are about the same statement even when
//! the speaker differs — which is exactly the divergence to find.

use super::features::{ClaimFeatures, TokenId, Vocabulary};
use crate::extract::names::{same_entity, same_person};

/// Token weight below which a claim counts as short (about four rare words).
const SHORT_CLAIM_WEIGHT: f64 = 10.0;

/// What naming only different people costs: the strongest sign of a
/// different claim.
pub const PERSON_PENALTY: f64 = 0.35;

/// Does a claim naming `persons` name none of the people any of `others`
/// name (when some of them name anyone)?
pub fn person_conflict<'a>(persons: &[String], others: impl Iterator<Item = &'a [String]>) -> bool {
    if persons.is_empty() {
        return false;
    }
    let mut named = false;
    for other in others.filter(|o| !o.is_empty()) {
        named = true;
        if persons
            .iter()
            .any(|p| other.iter().any(|o| same_person(p, o)))
        {
            return false;
        }
    }
    named
}

/// How many passages of one claim the other replaces with words of its own:
/// a passage counts when each side has a content word the other claim has
/// nowhere (a moved clause or a reworded connective does not), and each
/// figure replaced by another counts as one. "17 people were injured … near the airport, the
/// Associated Press said" and "31 people were injured … near Union Square,
/// the mayor's office said" replace two (the figure; the place and the
/// source after it); a corrected figure replaces one.
pub fn replaced_passages(a: &ClaimFeatures, b: &ClaimFeatures) -> usize {
    // Each passage takes a word (or figure) of each side's own: with fewer
    // than two own on either side there are fewer than two passages, which
    // is all most copies need to know.
    let own_tokens =
        |x: &[TokenId], y: &[TokenId]| x.iter().filter(|t| y.binary_search(t).is_err()).count();
    let bound = own_tokens(&a.tokens, &b.tokens).min(own_tokens(&b.tokens, &a.tokens));
    if bound < 2 {
        return bound;
    }
    let (wa, wb) = (&a.sequence[..], &b.sequence[..]);
    let own = |w: &TokenId, other: &[TokenId]| !other.contains(w);
    let passages = similar::capture_diff_slices(similar::Algorithm::Myers, wa, wb)
        .iter()
        .filter(|op| {
            op.old_range().any(|i| own(&wa[i], wb)) && op.new_range().any(|j| own(&wb[j], wa))
        })
        .count();
    let lacks = |x: &[String], y: &[String]| x.iter().filter(|n| !y.contains(n)).count();
    passages + lacks(&a.numbers, &b.numbers).min(lacks(&b.numbers, &a.numbers))
}

/// What a headline loses against a body sentence.
pub const HEADLINE_MISMATCH: f64 = 0.1;

/// Similarity of two claims in 0..=1.
pub fn similarity(a: &ClaimFeatures, b: &ClaimFeatures, vocab: &Vocabulary) -> f64 {
    let (shared, wa, wb) = weighted_overlap(&a.tokens, &b.tokens, vocab);
    if wa + wb == 0.0 {
        return 0.0;
    }
    let dice = 2.0 * shared / (wa + wb);
    // Containment favours a short claim inside a long one; a very short
    // claim ("The talks are over.") is contained in too much to count fully.
    let smaller = wa.min(wb);
    let containment = if smaller > 0.0 {
        shared / smaller * (smaller / SHORT_CLAIM_WEIGHT).min(1.0)
    } else {
        0.0
    };
    let chars = bigram_dice(&a.bigrams, &b.bigrams);
    let mut score = 0.4 * dice + 0.3 * containment + 0.3 * chars;
    let quoted = quote_bonus(a, b, vocab);
    score += quoted;
    // A headline compresses the story; it pairs with the other headline
    // before it takes a body sentence's place.
    if a.headline != b.headline {
        score -= HEADLINE_MISMATCH;
    }
    score += entity_bonus(&a.entities, &b.entities, 0.08, -0.06, same_entity);
    // Naming only different people is the strongest sign of a different
    // claim. Less so when both quote the same words: the different name may
    // be the speaker, and a misattribution is what to show.
    let penalty = if quoted >= QUOTED_WHOLE {
        0.0
    } else if quoted > 0.0 {
        PERSON_PENALTY / 2.0
    } else {
        PERSON_PENALTY
    };
    score += entity_bonus(&a.persons, &b.persons, 0.0, -penalty, same_person);
    // Several figures or dates each, none in common: a different report,
    // not a corrected figure.
    let facts = |f: &ClaimFeatures| f.numbers.len() + f.dates.len();
    if facts(a) >= 2
        && facts(b) >= 2
        && !a.numbers.iter().any(|n| b.numbers.contains(n))
        && !a.dates.iter().any(|d| b.dates.contains(d))
    {
        score -= 0.1;
    }
    if a.measures.iter().any(|m| b.measures.contains(m)) {
        score += 0.05;
    }
    score.clamp(0.0, 1.0)
}

/// Shared weight, and each side's total weight, of two sorted token sets.
fn weighted_overlap(a: &[TokenId], b: &[TokenId], vocab: &Vocabulary) -> (f64, f64, f64) {
    let weight = |ts: &[TokenId]| ts.iter().map(|&t| vocab.idf(t)).sum::<f64>();
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += vocab.idf(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    (shared, weight(a), weight(b))
}

/// Sørensen–Dice over sorted bigram multisets.
fn bigram_dice(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    // Without branches: which side advances is unpredictable, and this merge
    // is most of what alignment costs.
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        shared += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// Claims quoting largely the same words are about the same statement; the
/// same sentence of four words or more, quoted whole, all but certainly.
fn quote_bonus(a: &ClaimFeatures, b: &ClaimFeatures, vocab: &Vocabulary) -> f64 {
    if a.quote.len() < 2 || b.quote.len() < 2 {
        return 0.0;
    }
    let (shared, wa, wb) = weighted_overlap(&a.quote, &b.quote, vocab);
    let containment = shared / wa.min(wb).max(f64::EPSILON);
    if containment >= 0.6 {
        let whole = a.quote.len().min(b.quote.len()) >= 4 && shared >= 0.9 * wa.max(wb);
        if whole {
            QUOTED_WHOLE
        } else {
            0.25 * containment
        }
    } else {
        0.0
    }
}

/// The bonus for quoting the same words whole (see [`quote_bonus`]).
const QUOTED_WHOLE: f64 = 0.4;

/// Sharing names raises the score (by up to `bonus`); naming only
/// different ones adds `penalty`.
fn entity_bonus(
    a: &[String],
    b: &[String],
    bonus: f64,
    penalty: f64,
    same: fn(&str, &str) -> bool,
) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.iter().filter(|e| b.iter().any(|f| same(e, f))).count();
    if shared == 0 {
        penalty
    } else {
        bonus * shared as f64 / a.len().min(b.len()) as f64
    }
}

#[cfg(test)]
mod tests {
    use crate::{Config, analyse, ingest};

    /// Similarity of the only claims of two one-sentence documents.
    fn sim(a: &str, b: &str) -> f64 {
        let config = Config::default();
        let docs: Vec<_> = [a, b]
            .iter()
            .map(|t| analyse(ingest::from_text("t", t), &config))
            .collect();
        let (f, vocab) = super::super::claim_features(&docs, &config.lexicon);
        super::similarity(&f[0][0], &f[1][0], &vocab)
    }

    /// Passages the only claims of two one-sentence documents replace.
    fn replaced(a: &str, b: &str) -> usize {
        let config = Config::default();
        let docs: Vec<_> = [a, b]
            .iter()
            .map(|t| analyse(ingest::from_text("t", t), &config))
            .collect();
        let (f, _) = super::super::claim_features(&docs, &config.lexicon);
        super::replaced_passages(&f[0][0], &f[1][0])
    }

    #[test]
    fn another_report_on_one_template_replaces_several_passages() {
        let base = "17 people were injured and 55 were arrested near the airport, the Associated Press said.";
        // The figure, the place, and the source after the comma.
        assert_eq!(
            replaced(
                base,
                "31 people were injured and 55 were arrested near Union Square, the mayor's office said."
            ),
            3
        );
        // A corrected figure, a reworded sentence with the same facts.
        assert_eq!(
            replaced(
                base,
                "19 people were injured and 55 were arrested near the airport, the Associated Press said."
            ),
            1
        );
        assert!(
            replaced(
                base,
                "The Associated Press reported 55 arrests and 17 injuries near the airport."
            ) <= 1
        );
    }

    #[test]
    fn punctuation_and_verbs_of_saying_or_stance_part_passages() {
        // What is opposed and who says so lie next to each other once stop
        // words are gone, but a comma parts them: two passages.
        let base = "Dozens of people gathered at Market Street to oppose the fare increase, emergency services said.";
        assert_eq!(
            replaced(
                base,
                "Dozens of people gathered at Market Street to oppose the school merger, city officials said."
            ),
            2
        );
        // So does "oppose" between the place and its object.
        assert_eq!(
            replaced(
                "About 40,000 people gathered at the harbour to oppose the school merger.",
                "About 40,000 people gathered at the airport to oppose the emergency ordinance."
            ),
            2
        );
        // A source named the other way round is one passage at most.
        assert!(
            replaced(
                base,
                "According to emergency services, dozens of people gathered at Market Street to oppose the fare increase."
            ) <= 1
        );
    }

    #[test]
    fn sharing_no_figure_or_date_of_several_tells_another_report() {
        let base =
            "The bridge repair package will take effect on April 2, 2030 and raise costs by 11%.";
        // A corrected figure: the date is the same.
        let corrected =
            "The bridge repair package will take effect on April 2, 2030 and raise costs by 33%.";
        // One character further, nothing in common: another report.
        let other =
            "The bridge repair package will take effect on April 9, 2030 and raise costs by 33%.";
        let (near, far) = (sim(base, corrected), sim(base, other));
        assert!(near - far > 0.05, "{near} vs {far}");
    }
}
