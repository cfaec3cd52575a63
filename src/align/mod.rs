//! Align: gather the claims of several documents into groups that tell the
//! same thing, at most one claim per document.
//!
//! Outlets reorder, merge and drop material, so alignment ignores sentence
//! order. Documents are visited in the order of their content hash (never the
//! order the user gave), each claim joins the best-matching existing group or
//! starts a new one, and a one-to-one greedy assignment keeps each group to
//! one claim per document. Candidate groups come from an inverted index on
//! rare tokens, so not every pair of claims is compared. A last pass merges
//! groups that visiting one document at a time built apart (see `merge`),
//! then lone claims stating one fact are paired (see `leftovers`).

mod features;
mod leftovers;
mod merge;
pub mod similarity;

use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::lexicon::Lexicon;
use crate::model::{Analysis, ClaimGroup, ClaimId, ClaimKind, Member, Why};
use crate::text::short_hash;
pub use features::{ClaimFeatures, Vocabulary, canonical_number};
pub use similarity::similarity;

/// Alignment settings.
#[derive(Debug, Clone)]
pub struct AlignConfig {
    /// Minimum similarity (0..1) for a claim to join a group.
    pub threshold: f64,
    /// How far below the story's median join score a claim may score and
    /// still join (see [`story_threshold`]).
    pub story_margin: f64,
    /// How many distinct members of a group a claim is compared with.
    pub representatives: usize,
    /// How many candidate groups (those sharing the most rare-token weight)
    /// a claim is scored against.
    pub candidates: usize,
}

impl Default for AlignConfig {
    fn default() -> Self {
        AlignConfig::from_spec(&Lexicon::default().alignment, "defaults.toml")
            .expect("valid defaults")
    }
}

impl AlignConfig {
    /// Read the `[alignment]` section, checking every value is in range.
    pub fn from_spec(spec: &crate::lexicon::AlignmentSpec, path: &str) -> crate::Result<Self> {
        let bad = |key: &str, why: &str| crate::Error::Config {
            path: path.to_string(),
            message: format!("[alignment] {key}: {why}"),
        };
        let unit = |key: &str, v: f64| {
            (0.0..=1.0)
                .contains(&v)
                .then_some(v)
                .ok_or_else(|| bad(key, "must be between 0 and 1"))
        };
        let count = |key: &str, v: i64| {
            usize::try_from(v)
                .ok()
                .filter(|&n| n >= 1)
                .ok_or_else(|| bad(key, "must be a whole number of at least 1"))
        };
        Ok(AlignConfig {
            threshold: unit("threshold", spec.threshold)?,
            story_margin: unit("story_margin", spec.story_margin)?,
            candidates: count("candidates", spec.candidates)?,
            representatives: count("representatives", spec.representatives)?,
        })
    }
}

/// A group while it is being built.
struct Building {
    members: Vec<Member>,
    /// Members compared against newcomers (the first few distinct ones).
    representatives: Vec<Member>,
    /// The weakest score at which a member joined (1 before any did): all
    /// the group's `why` tells of its joins.
    lowest: f64,
    /// Tokens already in the inverted index for this group.
    tokens: rustc_hash::FxHashSet<u32>,
}

impl Default for Building {
    fn default() -> Self {
        Building {
            members: Vec::new(),
            representatives: Vec::new(),
            lowest: 1.0,
            tokens: Default::default(),
        }
    }
}

/// The groups each token occurs in (an inverted index), each group once
/// per token; 32-bit group indexes, as a claim's are.
type Postings = HashMap<u32, Vec<u32>>;

/// Align the claims of `sources` into groups.
pub fn align(sources: &[Analysis], config: &AlignConfig, lex: &Lexicon) -> Vec<ClaimGroup> {
    let (features, vocab) = features::build(sources, lex);
    let texts = text_ids(&features);
    let mut memo = SimilarityMemo::default();
    let mut groups: Vec<Building> = Vec::new();
    let mut index = Postings::default();
    let mut joins: Vec<f64> = Vec::new();
    for source in visiting_order(sources) {
        let feats = &features[source];
        let threshold = story_threshold(&mut joins, config);
        // Each claim's candidate groups, in a list of its own: one list of
        // pairs for all claims would take twice the room while rayon
        // gathers it.
        let candidates_of: Vec<Box<[u32]>> = (0..feats.len())
            .into_par_iter()
            .map(|claim| {
                SCRATCH.with_borrow_mut(|shared| {
                    if shared.len() < groups.len() {
                        shared.resize(groups.len(), 0.0);
                    }
                    candidates(&feats[claim], &vocab, &index, config, shared)
                        .into_iter()
                        .map(|g| g as u32)
                        .collect()
                })
            })
            .collect();
        let wanted = || {
            candidates_of
                .iter()
                .enumerate()
                .flat_map(|(claim, gs)| gs.iter().map(move |&g| (claim, g as usize)))
        };
        let pair = |claim: usize, rep: &Member| (Member::new(source, claim), *rep);
        memo.fill(
            wanted().flat_map(|(c, g)| groups[g].representatives.iter().map(move |r| pair(c, r))),
            &texts,
            |a, b| {
                similarity(
                    &features[a.source()][a.claim()],
                    &features[b.source()][b.claim()],
                    &vocab,
                )
            },
        );
        // The mean over the group's representatives, not the best one: a
        // claim must fit the group, not one member.
        let proposals: Vec<(f64, usize, usize)> = wanted()
            .filter_map(|(claim, g)| {
                let reps = &groups[g].representatives;
                let (mut score, best) = reps
                    .iter()
                    .map(|r| (memo.get(&texts, pair(claim, r)), r))
                    .max_by(|a, b| a.0.total_cmp(&b.0))?;
                // The best match may name nobody ("said an official"); the
                // group still names people, and if they are all others, this
                // claim is about someone else.
                let persons = |m: &Member| &*features[m.source()][m.claim()].persons;
                if persons(best).is_empty()
                    && similarity::person_conflict(&feats[claim].persons, reps.iter().map(persons))
                {
                    score -= similarity::PERSON_PENALTY;
                }
                let copying = threshold > config.threshold;
                let member = Member::new(source, claim);
                let joins = score >= threshold
                    && !(copying && memo.rewrites_all(&texts, &features, member, reps));
                joins.then_some((score, claim, g))
            })
            .collect();
        let assigned = assign(proposals, feats.len());
        for (claim, slot) in assigned.into_iter().enumerate() {
            let member = Member::new(source, claim);
            let g = match slot {
                Some((g, score)) => {
                    let group = &mut groups[g];
                    group.members.push(member);
                    group.lowest = group.lowest.min(score);
                    let text = texts[source][claim];
                    let distinct = group
                        .representatives
                        .iter()
                        .all(|r| texts[r.source()][r.claim()] != text);
                    // Only rewrites tell how much outlets rewrite: an outlet
                    // copying another verbatim must not raise the bar for all.
                    if distinct {
                        joins.push(score);
                    }
                    if distinct && group.representatives.len() < config.representatives {
                        group.representatives.push(member);
                    }
                    g
                }
                None => {
                    groups.push(Building {
                        members: vec![member],
                        representatives: vec![member],
                        ..Building::default()
                    });
                    groups.len() - 1
                }
            };
            // Each group appears once in a token's postings, however many
            // members share the token, so big groups do not crowd out others.
            for &t in &feats[claim].tokens {
                if groups[g].tokens.insert(t) {
                    index.entry(t).or_default().push(crate::model::index(g));
                }
            }
        }
    }
    let threshold = story_threshold(&mut joins, config);
    let input = merge::MergeInput {
        features: &features,
        vocab: &vocab,
        texts: &texts,
        index: &index,
        config,
        threshold,
        copying: threshold > config.threshold,
    };
    merge::merge_split_groups(&input, &mut memo, &mut groups);
    let copying = input.copying;
    // What matching groups took (the scores, the inverted index and each
    // group's tokens in it) is not needed to pair what is left alone.
    drop((memo, index, texts));
    for g in &mut groups {
        g.tokens = Default::default();
    }
    leftovers::pair(sources, &features, &vocab, lex, copying, &mut groups);
    finish(sources, &features, groups)
}

/// An id per distinct claim (same features), so that outlets repeating the
/// same sentence are scored once.
fn text_ids(features: &[Vec<Arc<ClaimFeatures>>]) -> Vec<Vec<u32>> {
    let mut ids: HashMap<(&[u32], &[u32]), u32> = HashMap::default();
    features
        .iter()
        .map(|claims| {
            claims
                .iter()
                .map(|f| {
                    let next = ids.len() as u32;
                    *ids.entry((f.tokens.as_slice(), &f.bigrams[..]))
                        .or_insert(next)
                })
                .collect()
        })
        .collect()
}

/// Similarities already computed, by pair of distinct claims.
#[derive(Default)]
struct SimilarityMemo {
    scores: HashMap<(u32, u32), f64>,
    /// Passages one text replaces of another ([`similarity::replaced_passages`]).
    passages: HashMap<(u32, u32), usize>,
}

impl SimilarityMemo {
    fn key(texts: &[Vec<u32>], (a, b): (Member, Member)) -> (u32, u32) {
        let (x, y) = (texts[a.source()][a.claim()], texts[b.source()][b.claim()]);
        (x.min(y), x.max(y))
    }

    /// Compute, in parallel, the similarities of the pairs not seen before.
    fn fill(
        &mut self,
        pairs: impl Iterator<Item = (Member, Member)>,
        texts: &[Vec<u32>],
        score: impl Fn(Member, Member) -> f64 + Sync,
    ) {
        let mut missing: HashMap<(u32, u32), (Member, Member)> = HashMap::default();
        for pair in pairs {
            let key = Self::key(texts, pair);
            if !self.scores.contains_key(&key) {
                missing.entry(key).or_insert(pair);
            }
        }
        let computed: Vec<((u32, u32), f64)> = missing
            .into_par_iter()
            .map(|(key, (a, b))| (key, score(a, b)))
            .collect();
        self.scores.extend(computed);
    }

    /// The passages of a pair, computed once per pair of texts: outlets
    /// copying each other repeat the same pairs.
    fn passages(
        &mut self,
        texts: &[Vec<u32>],
        pair: (Member, Member),
        compute: impl FnOnce() -> usize,
    ) -> usize {
        *self
            .passages
            .entry(Self::key(texts, pair))
            .or_insert_with(compute)
    }

    /// Where outlets mostly copy each other, a copy changes one passage at
    /// a time: a claim that replaces two or more passages of every
    /// representative's is another report on the same template ("17 injured
    /// near the airport" against "31 injured near Union Square").
    fn rewrites_all(
        &mut self,
        texts: &[Vec<u32>],
        features: &[Vec<Arc<ClaimFeatures>>],
        claim: Member,
        representatives: &[Member],
    ) -> bool {
        let feature = |m: &Member| &features[m.source()][m.claim()];
        representatives.iter().all(|r| {
            let passages = || similarity::replaced_passages(feature(&claim), feature(r));
            self.passages(texts, (claim, *r), passages) >= 2
        })
    }

    fn get(&self, texts: &[Vec<u32>], pair: (Member, Member)) -> f64 {
        self.scores
            .get(&Self::key(texts, pair))
            .copied()
            .unwrap_or(0.0)
    }
}

/// Features and vocabulary of the sources' claims, as alignment sees them
/// (with [`similarity`], to see why two claims did or did not align).
pub fn claim_features(
    sources: &[Analysis],
    lex: &Lexicon,
) -> (Vec<Vec<Arc<ClaimFeatures>>>, Vocabulary) {
    features::build(sources, lex)
}

/// The score a claim needs to join a group, calibrated to the story: the
/// base threshold, raised when the outlets seen so far mostly copy each other
/// (wire copy joins at 0.9 and more; there, a claim scoring 0.4 against a
/// group is a different claim built from the same phrases, not a rewrite).
fn story_threshold(joins: &mut [f64], config: &AlignConfig) -> f64 {
    const ENOUGH: usize = 30;
    if joins.len() < ENOUGH {
        return config.threshold;
    }
    joins.sort_by(f64::total_cmp);
    let median = joins[joins.len() / 2];
    config.threshold.max(median - config.story_margin)
}

/// Sources in the order of their text's hash, so that the input order does
/// not change the groups.
fn visiting_order(sources: &[Analysis]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..sources.len()).collect();
    order.sort_by(|&a, &b| {
        (&sources[a].sha256, &sources[a].document.label)
            .cmp(&(&sources[b].sha256, &sources[b].document.label))
    });
    order
}

thread_local! {
    /// Scratch space of [`candidates`], one per thread (not one per rayon
    /// job: a job's copy of a list as long as all groups adds up).
    static SCRATCH: std::cell::RefCell<Vec<f64>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The groups sharing the most token weight with a claim (tokens in more
/// than half of all claims are skipped: they tell nothing apart, unless
/// the claim has no other, as when thirty short outlets all carry the same
/// lede and little else). Counting
/// shared weight through the inverted index is cheap; only the best
/// `candidates` groups are then scored in full. `shared` is scratch space,
/// a zero per group, and is left that way.
fn candidates(
    f: &ClaimFeatures,
    vocab: &Vocabulary,
    index: &Postings,
    config: &AlignConfig,
    shared: &mut [f64],
) -> Vec<usize> {
    let mut touched: Vec<usize> = Vec::new();
    let all_common = f.tokens.iter().all(|&t| vocab.is_common(t));
    for &t in &f.tokens {
        if vocab.is_common(t) && !all_common {
            continue;
        }
        for &g in index.get(&t).map(Vec::as_slice).unwrap_or_default() {
            let g = g as usize;
            // Every idf is positive: a zero means the group is new here.
            if shared[g] == 0.0 {
                touched.push(g);
            }
            shared[g] += vocab.idf(t);
        }
    }
    let mut ranked: Vec<(usize, f64)> = touched
        .into_iter()
        .map(|g| (g, std::mem::take(&mut shared[g])))
        .collect();
    // The order is total (group indices differ), so picking the best few
    // before sorting them gives what sorting all would.
    let order = |a: &(usize, f64), b: &(usize, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
    if ranked.len() > config.candidates {
        ranked.select_nth_unstable_by(config.candidates, order);
        ranked.truncate(config.candidates);
    }
    ranked.sort_unstable_by(order);
    ranked.into_iter().map(|(g, _)| g).collect()
}

/// One-to-one greedy assignment of claims to groups, best score first; ties
/// broken by claim then group index so the result is deterministic.
fn assign(mut proposals: Vec<(f64, usize, usize)>, claims: usize) -> Vec<Option<(usize, f64)>> {
    proposals.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut by_claim = vec![None; claims];
    let mut taken = std::collections::HashSet::new();
    for (score, claim, group) in proposals {
        if by_claim[claim].is_none() && taken.insert(group) {
            by_claim[claim] = Some((group, score));
        }
    }
    by_claim
}

/// Turn built groups into [`ClaimGroup`]s with content-derived ids, ordered by
/// first appearance in the sources as given.
fn finish(
    sources: &[Analysis],
    features: &[Vec<Arc<ClaimFeatures>>],
    groups: Vec<Building>,
) -> Vec<ClaimGroup> {
    let mut out: Vec<ClaimGroup> = groups
        .into_iter()
        .map(|mut g| {
            g.members.sort();
            let kind = majority_kind(sources, &g.members);
            let anchor = g
                .members
                .iter()
                .map(|m| sources[m.source()].claims[m.claim()].id)
                .min()
                .map(|id| id.to_string())
                .unwrap_or_default();
            let why = why(features, &g.members, g.lowest);
            // Kept until the report is written: no spare room.
            g.members.shrink_to_fit();
            ClaimGroup {
                id: format!("G{}", short_hash(&anchor, 12)),
                kind,
                members: g.members,
                why,
            }
        })
        .collect();
    out.sort_by_key(|g| g.members[0]);
    dedupe_ids(sources, &mut out);
    out
}

fn majority_kind(sources: &[Analysis], members: &[Member]) -> ClaimKind {
    let mut counts: HashMap<ClaimKind, usize> = HashMap::default();
    for m in members {
        *counts
            .entry(sources[m.source()].claims[m.claim()].kind)
            .or_default() += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(k, _)| k)
        .unwrap_or(ClaimKind::Statement)
}

/// Entities and numbers every member shares, and the weakest join score.
fn why(features: &[Vec<Arc<ClaimFeatures>>], members: &[Member], lowest: f64) -> Why {
    let feats: Vec<&ClaimFeatures> = members
        .iter()
        .map(|m| &*features[m.source()][m.claim()])
        .collect();
    let shared = |pick: fn(&ClaimFeatures) -> &[String]| -> Vec<String> {
        let Some(first) = feats.first() else {
            return Vec::new();
        };
        pick(first)
            .iter()
            .filter(|x| feats.iter().all(|f| pick(f).contains(x)))
            .cloned()
            .collect()
    };
    Why {
        score: if members.len() < 2 { 1.0 } else { lowest },
        shared_entities: shared(|f| &f.entities),
        shared_numbers: shared(|f| &f.numbers),
    }
}

/// Two groups share an anchor when two documents say the same thing word
/// for word and the copies land in different groups; number the later ones.
/// "Later" goes by the groups' members (claim ids, then their sources' text
/// hashes and labels), not by where the groups first appear, so that the ids
/// do not change with the order the sources are given in.
fn dedupe_ids(sources: &[Analysis], groups: &mut [ClaimGroup]) {
    let members = |g: &ClaimGroup| {
        let mut key: Vec<(ClaimId, &str, &str)> = g
            .members
            .iter()
            .map(|m| {
                let s = &sources[m.source()];
                (
                    s.claims[m.claim()].id,
                    s.sha256.as_str(),
                    s.document.label.as_str(),
                )
            })
            .collect();
        key.sort_unstable();
        key
    };
    let mut uses: HashMap<&str, usize> = HashMap::default();
    for g in groups.iter() {
        *uses.entry(g.id.as_str()).or_insert(0) += 1;
    }
    // Only groups that share an id are ordered by their members (a list of
    // every group's members would hold one entry per claim).
    let mut order: Vec<(String, _, usize)> = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| uses.get(g.id.as_str()).is_some_and(|&n| n > 1))
        .map(|(i, g)| (g.id.clone(), members(g), i))
        .collect();
    drop(uses);
    order.sort_unstable();
    let mut seen: HashMap<String, usize> = HashMap::default();
    for (id, _, i) in order {
        let n = seen.entry(id).or_insert(0);
        *n += 1;
        if *n > 1 {
            groups[i].id = format!("{}-{}", groups[i].id, n);
        }
    }
}
