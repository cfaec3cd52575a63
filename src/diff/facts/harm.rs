//! Whether anyone was hurt, compared across groups: "None of them had been
//! hurt, doctors there said" or "all of them were unharmed" against "two of
//! the seven are being treated for minor injuries". The sentences tell the
//! hostages' health in different places (the arrival at a hospital, a
//! doctor's statement), so the flip falls between groups.
//!
//! A sentence tells the fact when it has a word of the lexicon's "injured"
//! synonym group or a word that denies harm ("unharmed", "unscathed"). It
//! denies harm when it says so, or when it negates an injury word; it
//! affirms harm otherwise. Like arrests, injuries counted ("three people
//! were injured") are injuries whatever else the sentences say; two
//! sentences that count none must share a word besides the injury's own.
//! A source that tells the fact both ways, or in more than
//! two sentences (a story about the injured), is left out.

use super::{Context, FactKind, Told, all_pairs, claims_told, counts_fate};
use crate::diff::{divergence, flips_where, negation_bears_on_both};
use crate::model::{Claim, ClaimGroup, Divergence, DivergenceType, Polarity};
use crate::text::has_any_word;

/// Words that deny harm without a negation.
const UNHARMED: [&str; 5] = ["unharmed", "uninjured", "unhurt", "unscathed", "unwounded"];

/// The synonym group whose words tell of harm.
const INJURED: &str = "injured";

/// Harm denied against harm told (see the module docs).
pub(super) struct Harm;

/// How a claim tells of harm: negated when it denies any.
fn harm_told(claim: &Claim) -> Polarity {
    if has_any_word(&claim.text, &UNHARMED) {
        Polarity::Negated
    } else {
        claim.polarity
    }
}

/// Does a claim count people hurt ("two people were injured")?
fn counts_injuries(claim: &Claim) -> bool {
    harm_told(claim) == Polarity::Affirmed && counts_fate(claim, INJURED)
}

impl FactKind for Harm {
    const TYPE: DivergenceType = DivergenceType::Polarity;
    const MAX_TELLINGS: Option<usize> = Some(2);

    fn told_by(&self, ctx: &Context, source: usize, claim: usize) -> Vec<(String, usize)> {
        let claim = &ctx.sources[source].claims[claim];
        let tells = claim.quote.is_none()
            && (has_any_word(&claim.text, &UNHARMED)
                || has_any_word(&claim.text, &ctx.lex.injury_words));
        if tells {
            vec![(INJURED.to_string(), 0)]
        } else {
            Vec::new()
        }
    }

    fn consistent(&self, ctx: &Context, a: &Told, b: &Told) -> bool {
        harm_told(a.claim(ctx)) == harm_told(b.claim(ctx))
    }

    fn divergence(
        &self,
        ctx: &Context,
        (g, group): (usize, &ClaimGroup),
        _key: &str,
        told: &[Told],
    ) -> Option<Divergence> {
        let claims = claims_told(ctx, told);
        let same_matter = |a: &&Claim, b: &&Claim| {
            harm_told(a) == harm_told(b)
                || counts_injuries(a)
                || counts_injuries(b)
                || ctx.lex.share_a_word(&a.text, &b.text, |word, canonical| {
                    canonical == INJURED || UNHARMED.contains(&word)
                })
        };
        if !all_pairs(&claims, same_matter) {
            return None;
        }
        let items: Vec<Option<(Polarity, &Claim)>> =
            claims.iter().map(|c| Some((harm_told(c), *c))).collect();
        // "unharmed" denies harm with no negation to bear on anything.
        let found = flips_where(ctx, group, &items, |negated, affirmed| {
            has_any_word(&negated.text, &UNHARMED)
                || negation_bears_on_both(negated, affirmed, ctx.lex)
        })?;
        Some(divergence(group, g, Self::TYPE, found))
    }
}
