//! Merge groups the greedy pass built apart.
//!
//! The greedy pass visits documents one at a time, so one claim can start
//! two groups: outlets visited early tell it one way, outlets visited later
//! another, and each later claim joins whichever of the two it matches best.
//! The two groups then grow side by side with no outlet in common, and a
//! many-outlet table shows one claim as two rows, each "missing" from the
//! outlets of the other (or a negation three outlets report and a fourth
//! flips, as two rows with no flip in either). Here two groups, each told by
//! two sources or more and with no source in common, are merged when a
//! representative of one matches a representative of the other as well as a
//! claim must match a group to join it. Groups are merged best pair first,
//! and a pair is scored again once either side has grown.

use std::sync::Arc;

use rayon::prelude::*;

use super::{AlignConfig, Building, ClaimFeatures, SimilarityMemo, Vocabulary, candidates};
use crate::model::Member;

/// What merging reads: the claims' features and the memo of their scores.
pub(super) struct MergeInput<'a> {
    pub features: &'a [Vec<Arc<ClaimFeatures>>],
    pub vocab: &'a Vocabulary,
    pub texts: &'a [Vec<u32>],
    pub index: &'a super::Postings,
    pub config: &'a AlignConfig,
    pub threshold: f64,
    /// The outlets mostly copy each other (the threshold was raised).
    pub copying: bool,
}

/// Merge groups that tell one claim to disjoint sets of sources; emptied
/// groups are removed, the others keep their order.
pub(super) fn merge_split_groups(
    input: &MergeInput,
    memo: &mut SimilarityMemo,
    groups: &mut Vec<Building>,
) {
    let pairs = candidate_pairs(input, groups);
    let score = |memo: &mut SimilarityMemo, groups: &[Building], g: usize, h: usize| {
        best_link(
            input,
            memo,
            &groups[g].representatives,
            &groups[h].representatives,
        )
    };
    let mut ranked: Vec<(f64, usize, usize)> = pairs
        .into_iter()
        .map(|(g, h)| (score(memo, groups, g, h), g, h))
        .filter(|&(s, _, _)| s >= input.threshold)
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    // Where each original group went: itself, or the group it merged into.
    let mut root: Vec<usize> = (0..groups.len()).collect();
    let find = |root: &[usize], mut g: usize| {
        while root[g] != g {
            g = root[g];
        }
        g
    };
    for (_, g, h) in ranked {
        let (g, h) = (find(&root, g), find(&root, h));
        if g == h || shares_source(&groups[g], &groups[h]) {
            continue;
        }
        let (keep, gone) = (g.min(h), g.max(h));
        // Scored again: either side may have grown since it was ranked.
        let link = score(memo, groups, keep, gone);
        if link < input.threshold || another_report(input, memo, &groups[keep], &groups[gone]) {
            continue;
        }
        absorb(groups, keep, gone, link, input.config.representatives);
        root[gone] = keep;
    }
    groups.retain(|g| !g.members.is_empty());
}

/// Pairs of groups (smaller index first) that share rare tokens and no source.
fn candidate_pairs(input: &MergeInput, groups: &[Building]) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize)> = (0..groups.len())
        .into_par_iter()
        .map_init(
            || vec![0.0; groups.len()],
            |shared, g| {
                let mut found: Vec<(usize, usize)> = Vec::new();
                if !corroborated(&groups[g]) {
                    return found;
                }
                for r in &groups[g].representatives {
                    let f = &input.features[r.source()][r.claim()];
                    for h in candidates(f, input.vocab, input.index, input.config, shared) {
                        if h > g
                            && corroborated(&groups[h])
                            && !shares_source(&groups[g], &groups[h])
                        {
                            found.push((g, h));
                        }
                    }
                }
                found
            },
        )
        .flatten_iter()
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Where outlets copy each other, two groups whose every pair of
/// representatives differs in two passages or more are two reports on one
/// template, as when a claim joins a group (see `SimilarityMemo::rewrites_all`).
fn another_report(
    input: &MergeInput,
    memo: &mut SimilarityMemo,
    a: &Building,
    b: &Building,
) -> bool {
    input.copying
        && a.representatives
            .iter()
            .all(|&x| memo.rewrites_all(input.texts, input.features, x, &b.representatives))
}

/// Two sources or more tell the group's claim: a lone claim is left to the
/// lone-claim rules (`leftovers`), which ask for a shared fact, not words.
fn corroborated(group: &Building) -> bool {
    group.members.len() >= 2
}

fn shares_source(a: &Building, b: &Building) -> bool {
    // Groups of many outlets are large: sorted, not compared pair by pair.
    let mut sources: Vec<usize> = a.members.iter().map(|m| m.source()).collect();
    sources.sort_unstable();
    b.members
        .iter()
        .any(|m| sources.binary_search(&m.source()).is_ok())
}

/// The best similarity of a representative of one group to one of the other.
fn best_link(input: &MergeInput, memo: &mut SimilarityMemo, a: &[Member], b: &[Member]) -> f64 {
    let pairs: Vec<(Member, Member)> = a
        .iter()
        .flat_map(|&x| b.iter().map(move |&y| (x, y)))
        .collect();
    memo.fill(pairs.iter().copied(), input.texts, |x, y| {
        super::similarity(
            &input.features[x.source()][x.claim()],
            &input.features[y.source()][y.claim()],
            input.vocab,
        )
    });
    pairs
        .iter()
        .map(|&p| memo.get(input.texts, p))
        .fold(0.0, f64::max)
}

/// Move group `gone` into group `keep`, joined at score `link`.
fn absorb(groups: &mut [Building], keep: usize, gone: usize, link: f64, representatives: usize) {
    let moved = std::mem::take(&mut groups[gone]);
    let target = &mut groups[keep];
    target.members.extend(moved.members);
    target.lowest = target.lowest.min(link).min(moved.lowest);
    let room = representatives.saturating_sub(target.representatives.len());
    target
        .representatives
        .extend(moved.representatives.into_iter().take(room));
    target.tokens.extend(moved.tokens);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::{Config, analyse, ingest};

    const OFFER: [&str; 4] = [
        "The Angels made an eight-year offer to first baseman Mark Teixeira.",
        "The Angels have made an eight-year offer to Mark Teixeira.",
        "Angels general manager Tony Reagins said the team offered Mark Teixeira an eight-year contract.",
        "The Angels offered Teixeira an eight-year contract, general manager Tony Reagins said.",
    ];
    const OTHER: &str = "Heavy rain flooded the stadium car park on Sunday.";

    fn building(sources: &[usize]) -> Building {
        let members: Vec<Member> = sources
            .iter()
            .map(|&source| Member::new(source, 0))
            .collect();
        Building {
            representatives: members.clone(),
            lowest: if members.len() > 1 { 0.5 } else { 1.0 },
            members,
            ..Building::default()
        }
    }

    /// Merge `groups` (sources of one-sentence documents) and list the
    /// sources of each group left.
    fn merged(texts: &[&str], groups: &[&[usize]]) -> Vec<Vec<usize>> {
        let config = Config::default();
        let lex = Lexicon::default();
        let sources: Vec<_> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| analyse(ingest::from_text(&format!("s{i}"), t), &config))
            .collect();
        let (features, vocab) = super::super::features::build(&sources, &lex);
        let ids = super::super::text_ids(&features);
        let mut built: Vec<Building> = groups.iter().map(|g| building(g)).collect();
        let mut index = super::super::Postings::default();
        for (g, group) in built.iter().enumerate() {
            for m in &group.members {
                for &t in &features[m.source()][m.claim()].tokens {
                    index.entry(t).or_default().push(g as u32);
                }
            }
        }
        let input = MergeInput {
            features: &features,
            vocab: &vocab,
            texts: &ids,
            index: &index,
            config: &config.align,
            threshold: config.align.threshold,
            copying: false,
        };
        merge_split_groups(&input, &mut SimilarityMemo::default(), &mut built);
        built
            .iter()
            .map(|g| {
                let mut s: Vec<usize> = g.members.iter().map(|m| m.source()).collect();
                s.sort();
                s
            })
            .collect()
    }

    #[test]
    fn two_groups_telling_one_claim_to_different_outlets_become_one() {
        let texts = [OFFER[0], OFFER[1], OFFER[2], OFFER[3], OTHER];
        let groups = merged(&texts, &[&[0, 1], &[2, 3], &[4]]);
        assert_eq!(groups, vec![vec![0, 1, 2, 3], vec![4]]);
    }

    #[test]
    fn lone_claims_and_unrelated_groups_stay_apart() {
        let texts = [OFFER[0], OFFER[1], OFFER[2], OFFER[3], OTHER, OTHER];
        // A lone claim is left to the lone-claim rules.
        let groups = merged(&texts, &[&[0, 1], &[2], &[3]]);
        assert_eq!(groups, vec![vec![0, 1], vec![2], vec![3]]);
        // Two corroborated groups telling different claims.
        let groups = merged(&texts, &[&[0, 1], &[4, 5]]);
        assert_eq!(groups, vec![vec![0, 1], vec![4, 5]]);
    }
}
