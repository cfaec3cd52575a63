//! Diff: find where the claims of a group disagree, as typed divergences.
//!
//! A group is one claim told by several outlets. For each divergence type
//! (quantity, date, participants, attribution, quote, polarity, certainty,
//! omission, wording) the members are split into variants — sources in one
//! variant agree — and a divergence is reported when there are two or more,
//! with the severity of the worst disagreement. Ids are derived from the
//! group's content, never from positions or argument order.

pub mod dates;
mod facts;
pub mod quantity;
mod severity;
pub mod words;

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;
use serde_json::json;

use crate::extract::names::{entity_key, fold, other_given_names, same_entity, same_person};
use crate::lexicon::Lexicon;
use crate::model::{
    Analysis, Certainty, Claim, ClaimGroup, ClaimKind, Divergence, DivergenceType, Member,
    Polarity, Quantity, Severity, Side, SideValue, SourceSet, Span, index,
};
use crate::text::{has_any_word, is_stop_word, normalize, short_hash};
pub use severity::SeverityTable;

/// Everything a type check needs.
struct Context<'a> {
    sources: &'a [Analysis],
    table: &'a SeverityTable,
    lex: &'a Lexicon,
    /// The event keys of every claim's dates, by source, for the claims
    /// that have any, by claim index
    /// ([`crate::extract::events::event_keys`]): read once for the date
    /// check and the event times compared across groups, and kept only for
    /// the few claims that date an event.
    events: Vec<Vec<(usize, Vec<Vec<String>>)>>,
    /// The surname keys of everyone each source says took part in
    /// anything, sorted (boxed without spare room, as `named`).
    placed: Vec<Box<[Box<str>]>>,
    /// The keys of everyone and everything each source names, in any role,
    /// sorted (boxed without spare room: kept for every source while the
    /// diff runs).
    named: Vec<Box<[Box<str>]>>,
    /// What the participation cues of every claim say, by source and claim
    /// (default for a claim naming no participant or absentee).
    cues: Vec<Vec<facts::attendance::Cues>>,
}

impl<'a> Context<'a> {
    /// What the checks read of every claim, read once.
    fn new(sources: &'a [Analysis], table: &'a SeverityTable, lex: &'a Lexicon) -> Self {
        let events = sources
            .par_iter()
            .map(|a| {
                (a.claims.iter().enumerate())
                    .map(|(i, c)| (i, crate::extract::events::event_keys(c, lex)))
                    .filter(|(_, keys)| !keys.is_empty())
                    .collect()
            })
            .collect();
        Context {
            sources,
            table,
            lex,
            events,
            placed: sources.iter().map(|a| boxed(placed(a, lex))).collect(),
            named: sources.par_iter().map(|a| boxed(named(a, lex))).collect(),
            cues: sources
                .par_iter()
                .map(|a| {
                    a.claims
                        .iter()
                        .map(|c| facts::attendance::Cues::of(c, lex))
                        .collect()
                })
                .collect(),
        }
    }
}

impl Context<'_> {
    fn event_keys(&self, source: usize, claim: usize) -> &[Vec<String>] {
        let events = &self.events[source];
        match events.binary_search_by_key(&claim, |(i, _)| *i) {
            Ok(at) => &events[at].1,
            Err(_) => &[],
        }
    }

    /// Does source `source` say anywhere that the person of key `key` took
    /// part?
    fn places(&self, source: usize, key: &str) -> bool {
        self.placed[source].iter().any(|k| same_entity(k, key))
    }

    /// Does source `source` name the person or body of key `key` anywhere?
    fn names(&self, source: usize, key: &str) -> bool {
        self.named[source].iter().any(|k| same_entity(k, key))
    }

    fn cues(&self, source: usize, claim: usize) -> facts::attendance::Cues {
        self.cues[source][claim]
    }
}

/// Keys as boxed strings, without spare room.
fn boxed(keys: Vec<String>) -> Box<[Box<str>]> {
    keys.into_iter().map(String::into_boxed_str).collect()
}

/// Keys sorted, once each, without spare room (kept for every source while
/// the diff runs; a source repeats most names in many claims).
fn sorted_keys(keys: impl Iterator<Item = String>) -> Vec<String> {
    let distinct: std::collections::BTreeSet<String> = keys.collect();
    distinct.into_iter().collect()
}

/// The surname keys of the people a claim names, as a speaker, in passing
/// or as taking part, once each.
fn person_keys(claim: &Claim, lex: &Lexicon) -> Vec<String> {
    sorted_keys(
        claim
            .persons
            .iter()
            .chain(&claim.participants)
            .map(|p| entity_key(p, true, lex)),
    )
}

/// The surname keys of everyone a source says took part in anything.
fn placed(analysis: &Analysis, lex: &Lexicon) -> Vec<String> {
    sorted_keys(
        analysis
            .claims
            .iter()
            .flat_map(|c| &c.participants)
            .map(|name| entity_key(name, true, lex)),
    )
}

/// The keys of everyone and everything a source names: its claims'
/// entities, people, participants and absentees.
fn named(analysis: &Analysis, lex: &Lexicon) -> Vec<String> {
    sorted_keys(analysis.claims.iter().flat_map(|c| {
        let absent = c.absentees.iter().map(|a| entity_key(a, true, lex));
        c.entities
            .iter()
            .cloned()
            .chain(person_keys(c, lex))
            .chain(absent)
            .collect::<Vec<_>>()
    }))
}

/// One type's verdict on a group: a variant per member and the severity.
struct Found {
    severity: Severity,
    variants: Vec<usize>,
    values: Vec<SideValue>,
    summary: String,
    /// Sources without a claim in the group (omissions only).
    missing_in: SourceSet,
}

/// The outcomes a claim tells in the outlet's own words (quoted words are
/// someone's, not the outlet's account): its outcome's synonym group
/// ("agreement" for "no cash deal was struck"), and "arrest" when it says
/// whether anyone was arrested (a word of the lexicon's `arrest_words`:
/// "Police said there were no arrests" against "two people have been
/// detained").
pub(crate) fn told_outcomes(claim: &Claim, lex: &Lexicon) -> Vec<String> {
    if claim.kind == ClaimKind::Quote || claim.quote.is_some() {
        return Vec::new();
    }
    let mut out: Vec<String> = claim
        .outcome
        .as_deref()
        .map(|outcome| lex.canonical(&outcome.to_lowercase()))
        .into_iter()
        .collect();
    if crate::text::has_any_word(&claim.text, &lex.arrest_words) {
        out.push("arrest".to_string());
    }
    out
}

/// A check for one divergence type.
type Check = fn(&Context, &ClaimGroup, &[&Claim]) -> Option<Found>;

/// Find the divergences of every group, ordered by severity, then by the
/// group's first appearance, then by type.
pub fn diff(
    sources: &[Analysis],
    groups: &[ClaimGroup],
    table: &SeverityTable,
    lex: &Lexicon,
) -> Vec<Divergence> {
    let ctx = Context::new(sources, table, lex);
    let mut out: Vec<Divergence> = groups
        .par_iter()
        .enumerate()
        .flat_map_iter(|(g, group)| group_divergences(&ctx, g, group))
        .collect();
    let across = facts::across_groups(&ctx, groups, &out);
    // Only a kind that replaces the group check's divergence of its type
    // reports on a group that has one (see `facts`).
    out.retain(|d| {
        !across
            .iter()
            .any(|a| a.group == d.group && a.kind == d.kind)
    });
    out.extend(across);
    for d in &mut out {
        facts::cite_body(&ctx, d);
        if d.kind == DivergenceType::Attribution {
            d.extents = (d.sides.iter())
                .filter_map(|side| {
                    let extent = naming_extent(&sources[side.source()], side.claim())?;
                    Some((side.source_index, extent))
                })
                .collect();
        }
    }
    // A fact compared across groups may be one a group check already
    // compared, once its sides quote the same sentences: keep the first.
    out = first_of_each_quotation(out);
    out = without_contained(out);
    out.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(a.group.cmp(&b.group))
            .then(a.kind.cmp(&b.kind))
    });
    out
}

/// The divergences, less any that repeats an earlier one's type and
/// quoted claims. Candidates are looked up by type, side count and first
/// side, so no list of every divergence's sides is built, and the repeats
/// are dropped in place.
fn first_of_each_quotation(divergences: Vec<Divergence>) -> Vec<Divergence> {
    fn quoted(d: &Divergence) -> impl Iterator<Item = (usize, usize)> + '_ {
        d.sides.iter().map(|s| (s.source(), s.claim()))
    }
    // Type, number of sides and first side's (source, claim).
    type Start = (DivergenceType, usize, Option<(usize, usize)>);
    let mut by_start: HashMap<Start, Vec<usize>> = HashMap::new();
    let keep: Vec<bool> = (0..divergences.len())
        .map(|i| {
            let d = &divergences[i];
            let start = (d.kind, d.sides.len(), quoted(d).next());
            let earlier = by_start.entry(start).or_default();
            let repeat = (earlier.iter()).any(|&k| quoted(&divergences[k]).eq(quoted(d)));
            if !repeat {
                earlier.push(i);
            }
            !repeat
        })
        .collect();
    retain_marked(divergences, keep)
}

/// The divergences, less any whose sides all stand in a larger one of its
/// type, at least as severe, that gives them the same values and parts
/// them the same way: a flip a group's own check found among three
/// outlets, and the same flip compared across groups with a fourth that
/// told it in another sentence, is one report, the larger. (Two figures of
/// the same sentences are two reports: their values differ.)
fn without_contained(divergences: Vec<Divergence>) -> Vec<Divergence> {
    // The divergences each claim that is some divergence's first side
    // stands in, by type: only a first side is looked up, and indexing
    // every side of every divergence would hold a thousand-outlet story's
    // millions of sides at once.
    let mut holding: HashMap<(DivergenceType, u32, u32), Vec<u32>> = divergences
        .iter()
        .filter_map(|d| Some((d.kind, d.sides.first()?)))
        .map(|(kind, s)| ((kind, s.source_index, s.claim_index), Vec::new()))
        .collect();
    for (k, d) in divergences.iter().enumerate() {
        for s in &d.sides {
            if let Some(held) = holding.get_mut(&(d.kind, s.source_index, s.claim_index)) {
                held.push(crate::model::index(k));
            }
        }
    }
    let contained = |d: &Divergence| {
        let Some(first) = d.sides.first() else {
            return false;
        };
        let larger = holding[&(d.kind, first.source_index, first.claim_index)]
            .iter()
            .map(|&k| &divergences[k as usize])
            .filter(|o| o.sides.len() > d.sides.len() && o.severity >= d.severity);
        larger.into_iter().any(|o| parts_alike(d, o))
    };
    let keep: Vec<bool> = divergences.iter().map(|d| !contained(d)).collect();
    retain_marked(divergences, keep)
}

/// The divergences marked to keep, one mark each, in order.
fn retain_marked(mut divergences: Vec<Divergence>, keep: Vec<bool>) -> Vec<Divergence> {
    let mut keep = keep.into_iter();
    divergences.retain(|_| keep.next().unwrap_or(true));
    divergences
}

/// Does `larger` quote every claim `d` quotes, with the same values, and
/// the same sides agreeing and differing as in `d`?
fn parts_alike(d: &Divergence, larger: &Divergence) -> bool {
    let variant_in_larger = |s: &Side| {
        (larger.sides.iter())
            .find(|o| (o.source_index, o.claim_index) == (s.source_index, s.claim_index))
            .filter(|o| larger.value(o) == d.value(s))
            .map(|o| o.variant_index)
    };
    let Some(variants) = d
        .sides
        .iter()
        .map(variant_in_larger)
        .collect::<Option<Vec<u32>>>()
    else {
        return false;
    };
    d.sides.iter().zip(&variants).all(|(a, va)| {
        d.sides
            .iter()
            .zip(&variants)
            .all(|(b, vb)| (a.variant_index == b.variant_index) == (va == vb))
    })
}

fn group_divergences(ctx: &Context, g: usize, group: &ClaimGroup) -> Vec<Divergence> {
    let claims: Vec<&Claim> = group
        .members
        .iter()
        .map(|m| &ctx.sources[m.source()].claims[m.claim()])
        .collect();
    let mut out = Vec::new();
    let mut push = |kind: DivergenceType, found: Found| {
        out.push(divergence(group, g, kind, found));
    };
    if let Some(found) = omission(ctx, group, &claims) {
        push(DivergenceType::Omission, found);
    }
    if claims.len() < 2 {
        return out;
    }
    let checks: [(DivergenceType, Check); 7] = [
        (DivergenceType::Quantity, quantities),
        (DivergenceType::DateTime, dates),
        (DivergenceType::Participants, participants),
        (DivergenceType::Attribution, attribution),
        (DivergenceType::Quote, quote),
        (DivergenceType::Polarity, polarity),
        (DivergenceType::Certainty, certainty),
    ];
    let mut any = false;
    for (kind, check) in checks {
        if let Some(found) = check(ctx, group, &claims) {
            any = true;
            push(kind, found);
        }
    }
    if !any && let Some(found) = wording(ctx, group, &claims) {
        push(DivergenceType::Wording, found);
    }
    out
}

fn divergence(group: &ClaimGroup, g: usize, kind: DivergenceType, found: Found) -> Divergence {
    let (values, value_of) = distinct(found.values);
    Divergence {
        id: format!(
            "D{}",
            short_hash(&format!("{}:{}", kind.name(), group.id), 12)
        ),
        kind,
        severity: found.severity,
        group: g,
        summary: found.summary,
        sides: group
            .members
            .iter()
            .zip(found.variants)
            .zip(value_of)
            .map(|((m, variant), value)| Side {
                source_index: index(m.source()),
                claim_index: index(m.claim()),
                variant_index: index(variant),
                value_index: value,
            })
            .collect(),
        values,
        extents: Box::default(),
        missing_in: found.missing_in,
    }
}

/// The distinct values, in order of first appearance, and the index of
/// each value among them.
fn distinct(values: Vec<SideValue>) -> (Box<[SideValue]>, Vec<u32>) {
    let mut distinct: Vec<SideValue> = Vec::new();
    let value_of = values
        .into_iter()
        .map(|value| match distinct.iter().position(|d| *d == value) {
            Some(known) => index(known),
            None => {
                distinct.push(value);
                index(distinct.len() - 1)
            }
        })
        .collect();
    (distinct.into_boxed_slice(), value_of)
}

/// The group's members in an order that does not depend on the order the
/// sources were given in: by claim id, then by the source's text hash.
fn canonical_order(ctx: &Context, group: &ClaimGroup) -> Vec<usize> {
    let key = |i: usize| {
        let m = group.members[i];
        let s = &ctx.sources[m.source()];
        (&s.claims[m.claim()].id, &s.sha256, &s.document.label)
    };
    let mut order: Vec<usize> = (0..group.members.len()).collect();
    order.sort_by(|&a, &b| key(a).cmp(&key(b)));
    order
}

/// Split members into variants with a pairwise comparison (`None`: they
/// agree). Members without a value share one last variant and take no part
/// in the severity. Returns the variants and the worst severity, if two
/// valued variants disagree.
///
/// Agreement need not be transitive (a value with no comparable figure
/// agrees with every other), so which variant a member joins depends on the
/// order members are visited in: they are visited in `order` (see
/// [`canonical_order`]), and the variants then numbered by first appearance
/// among the members as given.
fn partition<T>(
    items: &[Option<T>],
    order: &[usize],
    differ: impl Fn(&T, &T) -> Option<Severity>,
) -> (Vec<usize>, Option<Severity>) {
    let mut reps: Vec<usize> = Vec::new();
    let mut variants = vec![usize::MAX; items.len()];
    for &i in order {
        let Some(x) = &items[i] else { continue };
        let joined = reps
            .iter()
            .position(|&r| items[r].as_ref().is_some_and(|y| differ(y, x).is_none()));
        variants[i] = joined.unwrap_or_else(|| {
            reps.push(i);
            reps.len() - 1
        });
    }
    let mut number = vec![usize::MAX; reps.len()];
    let mut next = 0;
    for v in variants.iter_mut().filter(|v| **v != usize::MAX) {
        if number[*v] == usize::MAX {
            number[*v] = next;
            next += 1;
        }
        *v = number[*v];
    }
    let none = reps.len();
    for v in variants.iter_mut().filter(|v| **v == usize::MAX) {
        *v = none;
    }
    let mut worst = None;
    for (n, &a) in reps.iter().enumerate() {
        for &b in &reps[n + 1..] {
            if let (Some(x), Some(y)) = (&items[a], &items[b]) {
                worst = worst.max(differ(x, y));
            }
        }
    }
    (variants, worst)
}

/// Labels of the sources in each variant, for N-way summaries.
fn variant_labels(ctx: &Context, group: &ClaimGroup, variants: &[usize], variant: usize) -> String {
    let labels = group
        .members
        .iter()
        .zip(variants)
        .filter(|(_, v)| **v == variant)
        .map(|(m, _)| ctx.sources[m.source()].document.label.as_str())
        .collect::<Vec<_>>();
    name_list(labels.iter().copied(), labels.len())
}

/// "a vs b", or "a (wire, state) vs b (tabloid)" when more than two sources.
fn versus(
    ctx: &Context,
    group: &ClaimGroup,
    variants: &[usize],
    shown: &[(usize, String)],
) -> String {
    let labelled = group.members.len() > 2;
    shown
        .iter()
        .map(|(v, text)| {
            if labelled {
                format!("{text} ({})", variant_labels(ctx, group, variants, *v))
            } else {
                text.clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" vs ")
}

/// One representative member per valued variant, as (variant, member): the
/// member that founded the variant in [`partition`], so that the value shown
/// for it does not depend on the order of the sources. Listed in `order`.
fn representatives<T>(
    items: &[Option<T>],
    variants: &[usize],
    order: &[usize],
) -> Vec<(usize, usize)> {
    let mut seen = Vec::new();
    for &i in order {
        let v = variants[i];
        if items[i].is_some() && !seen.iter().any(|&(w, _)| w == v) {
            seen.push((v, i));
        }
    }
    seen
}

fn found<T>(
    ctx: &Context,
    group: &ClaimGroup,
    items: &[Option<T>],
    differ: impl Fn(&T, &T) -> Option<Severity>,
    value: impl Fn(&T) -> SideValue,
    show: impl Fn(&T) -> String,
    label: &str,
) -> Option<Found> {
    let order = canonical_order(ctx, group);
    let (variants, severity) = partition(items, &order, differ);
    let severity = severity?;
    let mut shown: Vec<(usize, String)> = representatives(items, &variants, &order)
        .into_iter()
        .filter_map(|(v, i)| items[i].as_ref().map(|x| (v, show(x))))
        .collect();
    shown.sort();
    Some(Found {
        severity,
        summary: match label {
            "" => versus(ctx, group, &variants, &shown),
            label => format!("{label}: {}", versus(ctx, group, &variants, &shown)),
        },
        values: items
            .iter()
            .map(|x| x.as_ref().map_or(SideValue::Null, &value))
            .collect(),
        variants,
        missing_in: SourceSet::default(),
    })
}

fn omission(ctx: &Context, group: &ClaimGroup, claims: &[&Claim]) -> Option<Found> {
    let n = ctx.sources.len();
    if n < 2 || group.members.len() == n {
        return None;
    }
    let headline_only = claims.iter().all(|c| c.headline);
    let major = !matches!(group.kind, ClaimKind::Statement) && !headline_only;
    let severity = if major {
        ctx.table.omission_major
    } else {
        ctx.table.omission_minor
    };
    let telling: SourceSet = group.members.iter().map(|m| m.source()).collect();
    let missing_in: SourceSet = (0..n).filter(|&s| !telling.contains(s)).collect();
    let label = |s: usize| ctx.sources[s].document.label.as_str();
    // Name the shorter side: a claim two of a thousand outlets carry is
    // "only in" those two.
    let present = group.members.len();
    let summary = if present == 1 || present < missing_in.len() {
        let labels = group.members.iter().map(|m| label(m.source()));
        format!("only in {}", name_list(labels, present))
    } else {
        let absent = missing_in.iter().map(label);
        format!("missing in {}", name_list(absent, missing_in.len()))
    };
    Some(Found {
        severity,
        variants: vec![0; claims.len()],
        values: vec![SideValue::Null; claims.len()],
        summary,
        missing_in,
    })
}

/// Source labels joined by commas, the first few of a long list and how
/// many more: a summary stays one readable line across a thousand outlets.
fn name_list<'a>(labels: impl Iterator<Item = &'a str>, count: usize) -> String {
    const SHOWN: usize = 6;
    let shown: Vec<&str> = labels.take(SHOWN).collect();
    match count.checked_sub(SHOWN) {
        Some(more) if more > 0 => format!("{} and {more} more", shown.join(", ")),
        _ => shown.join(", "),
    }
}

fn quantities(ctx: &Context, group: &ClaimGroup, claims: &[&Claim]) -> Option<Found> {
    let items: Vec<Option<&[Quantity]>> = claims
        .iter()
        .map(|c| Some(&*c.quantities).filter(|q| !q.is_empty()))
        .collect();
    let t = ctx.table;
    let differ = |a: &&[Quantity], b: &&[Quantity]| {
        quantity::pair(a, b, ctx.lex)
            .into_iter()
            .map(|(i, j)| quantity::compare(&a[i], &b[j], t.quantity_bound_gap))
            .max()
            .and_then(|worst| match worst {
                quantity::Agreement::Rounding => Some(t.quantity_rounding),
                other => quantity_severity(t, other),
            })
    };
    let order = canonical_order(ctx, group);
    let (variants, severity) = partition(&items, &order, differ);
    let severity = severity?;
    // The quantity each member gives for the figure in dispute.
    let reps = representatives(&items, &variants, &order);
    let (anchor_member, disputed) =
        disputed_quantity(&items, &reps, t.quantity_bound_gap, ctx.lex)?;
    let anchor_figures = items[anchor_member]?;
    let anchor = &anchor_figures[disputed];
    // Each member's counterpart of the disputed figure, paired among all
    // the figures of both (so "3%" pairs with "3%" and leaves "nearly 7%"
    // to face "6.1%").
    let pick = |qs: &[Quantity]| -> Option<Quantity> {
        quantity::pair(anchor_figures, qs, ctx.lex)
            .into_iter()
            .find(|&(i, _)| i == disputed)
            .map(|(_, j)| qs[j].clone())
    };
    let picked: Vec<Option<Quantity>> = items.iter().map(|q| q.and_then(&pick)).collect();
    let mut shown: Vec<(usize, String)> = reps
        .iter()
        .filter_map(|&(v, i)| picked[i].as_ref().map(|q| (v, quantity::display(q))))
        .collect();
    shown.sort();
    let what = quantity_label(anchor);
    Some(Found {
        severity,
        summary: format!("{what}: {}", versus(ctx, group, &variants, &shown)),
        values: picked
            .iter()
            .map(|q| q.as_ref().map_or(SideValue::Null, quantity_value))
            .collect(),
        variants,
        missing_in: SourceSet::default(),
    })
}

/// The severity of a disagreement beyond rounding (`None` up to rounding).
fn quantity_severity(t: &SeverityTable, agreement: quantity::Agreement) -> Option<Severity> {
    match agreement {
        quantity::Agreement::Same | quantity::Agreement::Rounding => None,
        quantity::Agreement::Loose => Some(t.quantity_loose),
        quantity::Agreement::Incompatible => Some(t.quantity_incompatible),
    }
}

/// The member and index of the quantity whose disagreement is worst.
fn disputed_quantity(
    items: &[Option<&[Quantity]>],
    reps: &[(usize, usize)],
    gap: f64,
    lex: &Lexicon,
) -> Option<(usize, usize)> {
    let mut best: Option<(quantity::Agreement, usize, usize)> = None;
    for (n, &(_, a)) in reps.iter().enumerate() {
        for &(_, b) in &reps[n + 1..] {
            let (qa, qb) = (items[a]?, items[b]?);
            for (i, j) in quantity::pair(qa, qb, lex) {
                let agreement = quantity::compare(&qa[i], &qb[j], gap);
                if best.is_none_or(|(w, _, _)| agreement > w) {
                    best = Some((agreement, a, i));
                }
            }
        }
    }
    best.map(|(_, member, index)| (member, index))
}

fn quantity_label(q: &Quantity) -> String {
    let duration = q.kind == crate::model::QuantityKind::Duration;
    match (&q.counts, duration, &q.predicate) {
        (Some(noun), true, _) => format!("{noun} length"),
        (Some(noun), false, Some(fate)) => format!("{noun} {fate}"),
        (Some(noun), false, None) => noun.to_string(),
        (None, true, _) => "duration".into(),
        (None, false, Some(fate)) => fate.to_string(),
        (None, false, None) => "figure".into(),
    }
}

fn quantity_value(q: &Quantity) -> SideValue {
    SideValue::Figure {
        value: q.value,
        low: q.low,
        high: q.high,
        unit: q.unit.clone(),
    }
}

fn dates(ctx: &Context, group: &ClaimGroup, claims: &[&Claim]) -> Option<Found> {
    let lex = ctx.lex;
    // Each dated claim with the events its dates are of.
    type Dated<'c> = (&'c Claim, &'c [Vec<String>]);
    let items: Vec<Option<Dated>> = claims
        .iter()
        .zip(&group.members)
        .map(|(&c, m)| {
            dates::shown(&c.dates, lex)
                .is_some()
                .then(|| (c, ctx.event_keys(m.source(), m.claim())))
        })
        .collect();
    let severity = ctx.table.date_time;
    let differ = |a: &Dated, b: &Dated| dates::claims_conflict(*a, *b, lex).then_some(severity);
    // Each side shows the first of its dates the others do not all share:
    // "from 9pm to 5am" rather than the "Tuesday" both give.
    let dated: Vec<&Claim> = items.iter().flatten().map(|d| d.0).collect();
    let own = |c: &Claim| -> Vec<crate::model::DateMention> {
        let shared = |d: &crate::model::DateMention| {
            dated.iter().all(|o| {
                o.dates
                    .iter()
                    .any(|e| e.value.is_some() && e.value == d.value)
            })
        };
        let own: Vec<_> = c.dates.iter().filter(|d| !shared(d)).cloned().collect();
        if dates::shown(&own, lex).is_some() {
            own
        } else {
            c.dates.to_vec()
        }
    };
    let value = |c: &Dated| SideValue::from(dates::shown(&own(c.0), lex).unwrap_or_default());
    let show = |c: &Dated| {
        dates::shown_words(&own(c.0), lex)
            .unwrap_or_default()
            .to_string()
    };
    found(ctx, group, &items, differ, value, show, "date")
}

/// Who took part, list against list. A person one list leaves out differs
/// only when that version does not place them at the same occasion
/// elsewhere (see [`places_there`]): "The Russian strongman grilled Witkoff
/// and Kushner" leaves out the Putin of "Putin met Witkoff and Kushner",
/// but the same version has him "flanked by" his aides in the next
/// sentence. A person one list names and the other says stayed away differs
/// too ("attended by Health Minister Priya Lund" against "Lund did not
/// attend").
fn participants(ctx: &Context, group: &ClaimGroup, claims: &[&Claim]) -> Option<Found> {
    // (the claim, where it stands)
    type Listed<'c> = (&'c Claim, Member);
    let items: Vec<Option<Listed>> = claims
        .iter()
        .zip(&group.members)
        .map(|(c, m)| Some((*c, *m)))
        .map(|p| p.filter(|(c, _)| !c.participants.is_empty() || !c.absentees.is_empty()))
        .collect();
    let severity = ctx.table.participants;
    let key = |name: &String| entity_key(name, true, ctx.lex);
    // Every person of `a` is one the version of `b` places somewhere (its
    // own list among them), when `b` lists anyone; and none `b` says stayed
    // away, unless `a` only says they met someone ("met privately on Monday
    // with Denholm" against "Denholm did not attend the session").
    let covers = |(a, at): &Listed, (b, bt): &Listed| {
        let met = ctx.cues(at.source(), at.claim()).met_only;
        a.participants.iter().all(|x| {
            let kx = key(x);
            (b.participants.is_empty() || places_there(ctx, (b, *bt), &kx, &a.text))
                && (met || !b.absentees.iter().any(|y| same_entity(&kx, &key(y))))
        })
    };
    let differ = |a: &Listed, b: &Listed| (!(covers(a, b) && covers(b, a))).then_some(severity);
    let value = |p: &Listed| SideValue::Names(p.0.participants.clone());
    let show = |(c, _): &Listed| match (c.participants.is_empty(), c.absentees.is_empty()) {
        (_, true) => c.participants.join(", "),
        (true, false) => format!("absent {}", c.absentees.join(", ")),
        (false, false) => format!(
            "{}; absent {}",
            c.participants.join(", "),
            c.absentees.join(", ")
        ),
    };
    found(ctx, group, &items, differ, value, show, "participants")
}

/// Does the version of list `b` place the person `key` at the occasion of
/// the lists: in `b` itself, or in another of its claims that shares a
/// word of place or occasion with either list or stands right next to
/// it? One placed at another occasion ("Mayor Ray Okonjo addressed
/// the crowd outside Gate 3") is not placed at the meeting another version
/// puts them at.
fn places_there(ctx: &Context, (b, bt): (&Claim, Member), key: &str, other: &str) -> bool {
    let lists = |c: &Claim| {
        c.participants
            .iter()
            .any(|p| same_entity(&entity_key(p, true, ctx.lex), key))
    };
    if lists(b) {
        return true;
    }
    if !ctx.places(bt.source(), key) {
        return false;
    }
    let place = |texts: &[&str]| facts::attendance::place_words(texts.iter().copied(), ctx.lex);
    let here = place(&[&b.text, other]);
    // A sentence right next to the list tells of the same occasion: "The
    // Russian strongman grilled Witkoff and Kushner …" and then "Putin was
    // flanked by his top aide Yuri Ushakov …".
    let next_to = |c: &Claim| c.sentence.abs_diff(b.sentence) <= 1;
    ctx.sources[bt.source()]
        .claims
        .iter()
        .filter(|c| lists(c))
        .any(|c| {
            next_to(c)
                || place(&[&c.text])
                    .iter()
                    .any(|w| here.binary_search(w).is_ok())
        })
}

/// Where a claim's source names its speaker when the claim's sentence does
/// not ("'…,' he said"; a quote whose second sentence carries "Marnova
/// said"): from the nearest sentence within two that has the speaker's
/// last name through the claim, or back. `None` when the claim names them.
fn naming_extent(analysis: &Analysis, claim: usize) -> Option<Span> {
    let claim = &analysis.claims[claim];
    let speaker = claim.speaker.as_deref()?;
    let surname = fold(cut_affiliation(speaker).split_whitespace().last()?);
    let names = |text: &str| {
        crate::text::tokenize(text)
            .iter()
            .any(|t| t.is_word && fold(t.lower.trim_end_matches("'s")) == surname)
    };
    if names(&claim.text) {
        return None;
    }
    let text = &analysis.document.text;
    let at = claim.sentence as usize;
    let near = [at + 1, at.wrapping_sub(1), at + 2, at.wrapping_sub(2)];
    let sentences = || near.iter().filter_map(|&i| analysis.sentences.get(i));
    // The sentence next to it whose speech verb gives the quote, by name or
    // by pronoun ("\"…,\" she fumed. \"We will not rest …\""); else the
    // nearest that names the speaker.
    let cue = claim
        .cue
        .as_deref()
        .and_then(|c| c.split_whitespace().last())
        .map(fold)
        .filter(|c| !has_any_word(&claim.text, &[c]));
    // A quote closed in its own sentence was given in the one before
    // ("Castell said. \"These animals …\""); one that runs on, in the one
    // after ("\"These payments were not gifts. They were bribes,\" Marnova
    // said").
    let closed = claim.text.trim_end().ends_with(['"', '\u{201d}']);
    let order = if closed {
        [at.wrapping_sub(1), at + 1]
    } else {
        [at + 1, at.wrapping_sub(1)]
    };
    let telling = cue.as_deref().and_then(|cue| {
        order
            .iter()
            .filter_map(|&i| analysis.sentences.get(i))
            .find(|s| has_any_word(s.span.slice(text), &[cue]))
    });
    let naming = telling.or_else(|| sentences().find(|s| names(s.span.slice(text))))?;
    Some(Span::new(
        naming.span.start.min(claim.span().start),
        naming.span.end.max(claim.span().end),
    ))
}

/// Do two speakers name the same person or body? "Vladimir Putin" and
/// "Putin" do (same surname), as do spelling variants of one name, and
/// "officials" and "fire officials" (same head noun).
fn same_speaker(a: &str, b: &str, lex: &Lexicon) -> bool {
    let named = |s: &str| s.starts_with(char::is_uppercase);
    let head = |s: &str| s.split_whitespace().last().map(fold).unwrap_or_default();
    // "Sean Harrigan of Calpers" is Harrigan.
    let (a, b) = (cut_affiliation(a), cut_affiliation(b));
    same_entity(&fold(a), &fold(b))
        || (named(a) && named(b) && known_by_first_name(a, b))
        || (named(a)
            && named(b)
            && same_entity(&entity_key(a, true, lex), &entity_key(b, true, lex))
            && !other_given_names(a, b))
        || (!named(a) && !named(b) && head(a) == head(b))
}

/// A person's name without the body after "of": "Sean Harrigan of
/// Calpers" is Harrigan. A one-word head is a body's own name, kept whole:
/// "Bank of England" is not "Bank of Japan".
fn cut_affiliation(speaker: &str) -> &str {
    match speaker.split_once(" of ") {
        Some((head, _)) if head.split_whitespace().count() >= 2 => head,
        _ => speaker,
    }
}

/// "Thaksin" for "Thaksin Shinawatra": a one-word name that is the other's
/// first word (some people are known by their given name).
fn known_by_first_name(a: &str, b: &str) -> bool {
    let (short, long) = if a.contains(' ') { (b, a) } else { (a, b) };
    !short.contains(' ')
        && long.split_whitespace().count() > 1
        && long.split_whitespace().next().map(fold) == Some(fold(short))
}

/// A quote as the attribution check reads it: the speaker, the quoted
/// words, whether the speaker is a person the document names, and the
/// claim's text.
type Said<'c> = (&'c str, &'c str, bool, &'c str);

/// Attribution: the same quoted words given to different speakers. Claims
/// without a direct quote are left to the certainty check: outlets often cite
/// different officials for the same fact, and that is not a misquote.
fn attribution(ctx: &Context, group: &ClaimGroup, claims: &[&Claim]) -> Option<Found> {
    let items: Vec<Option<Said>> = claims
        .iter()
        .map(|c| {
            let speaker = c.speaker.as_deref()?;
            // "Rusk" is the "Anton Rusk" the claim names.
            let folded = fold(speaker);
            let person = c.persons.iter().any(|p| same_person(p, &folded));
            Some((speaker, c.quote.as_deref()?, person, &*c.text))
        })
        .collect();
    let t = ctx.table;
    let differ = |a: &Said, b: &Said| {
        let same_words = words::shared_share(a.1, b.1) >= 0.5;
        let named = |a: &Said, b: &Said| {
            (a.2 && b.2) || spokesperson_for_named(a, b) || spokesperson_for_named(b, a)
        };
        (same_words && !same_speaker(a.0, b.0, ctx.lex)).then(|| {
            if named(a, b) {
                t.attribution
            } else {
                t.attribution_unnamed
            }
        })
    };
    found(
        ctx,
        group,
        &items,
        differ,
        |s| SideValue::from(s.0),
        |s| s.0.to_string(),
        "speaker",
    )
}

/// Is `unnamed` a spokesperson ("a company spokeswoman insisted") and
/// `named` a person the other version names without calling them one
/// ("Marcus Ellery … he told reporters")? A spokesperson speaks for the
/// one who would otherwise be quoted, so the words have moved to another
/// person, as between two names. ("Said Anna Berg, a spokeswoman" against
/// "a spokeswoman said" stays an unnamed attribution.)
fn spokesperson_for_named(named: &Said, unnamed: &Said) -> bool {
    let spokes = |s: &str| s.to_lowercase().contains("spokes");
    named.2 && !unnamed.2 && spokes(unnamed.0) && !spokes(named.3) && !spokes(named.0)
}

fn quote(ctx: &Context, group: &ClaimGroup, claims: &[&Claim]) -> Option<Found> {
    let items: Vec<Option<Quoted>> = claims
        .iter()
        .map(|c| c.quote.as_deref().map(|q| (q, after_quote(&c.text, q))))
        .collect();
    quoted_words(ctx, group, &items)
}

/// Quoted words, and what the sentence says right after them in the
/// outlet's own words (empty when unknown).
type Quoted<'c> = (&'c str, &'c str);

/// What a sentence goes on to say after the quoted words `quote`: "to
/// support the vaccination drive" after "would \"do whatever it takes\"".
fn after_quote<'t>(text: &'t str, quote: &str) -> &'t str {
    text.find(quote).map_or("", |at| {
        text[at + quote.len()..].trim_start_matches(['"', '\u{201d}', '\'', '\u{2019}'])
    })
}

/// The quote divergence between quoted passages, one per member (none for
/// a member that quotes nothing).
fn quoted_words(ctx: &Context, group: &ClaimGroup, items: &[Option<Quoted>]) -> Option<Found> {
    let t = ctx.table;
    let lex = ctx.lex;
    let differ = |a: &Quoted, b: &Quoted| {
        let same = quote_words(a.0) == quote_words(b.0);
        (!same).then(|| {
            if words::meaning_changed(a.0, b.0, lex)
                || words::continued_differently(a.0, a.1, b.0, lex)
                || words::continued_differently(b.0, b.1, a.0, lex)
            {
                t.quote_meaning
            } else {
                t.quote_other
            }
        })
    };
    let show = |q: &Quoted| format!("“{}”", q.0);
    found(
        ctx,
        group,
        items,
        differ,
        |q| SideValue::from(q.0),
        show,
        "quoted words",
    )
}

/// Quoted words without case, punctuation or quote marks.
fn quote_words(q: &str) -> String {
    normalize(q)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '\'' {
                c
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Polarity: one version negates what another affirms. The negation must
/// bear on something both say ("no breakthrough" / "a breakthrough"): a
/// paraphrase that words a negative claim without a negation ("find no
/// compromise" / "come home empty-handed") is not a flipped claim.
fn polarity(ctx: &Context, group: &ClaimGroup, claims: &[&Claim]) -> Option<Found> {
    let told = polarities_against_others(claims, ctx.lex);
    let items: Vec<Option<(Polarity, &Claim)>> = told
        .into_iter()
        .zip(claims)
        .map(|(p, c)| Some((p, *c)))
        .collect();
    flips(ctx, group, &items)
        .or_else(|| direction(ctx, group, claims))
        .or_else(|| commented(ctx, group, claims))
}

/// Whether a party spoke: "Funicorvo has refused to comment" against
/// "Funicorvo said it was cooperating fully with investigators".
fn commented(ctx: &Context, group: &ClaimGroup, claims: &[&Claim]) -> Option<Found> {
    // (spoke or not, who)
    type Spoke<'c> = (Polarity, std::borrow::Cow<'c, str>);
    let items: Vec<Option<Spoke>> = claims.iter().map(|c| spoke(c)).collect();
    let severity = ctx.table.polarity;
    let differ = |a: &Spoke, b: &Spoke| {
        (a.0 != b.0 && same_speaker(&a.1, &b.1, ctx.lex)).then_some(severity)
    };
    let show = |s: &Spoke| match s.0 {
        Polarity::Negated => format!("{} declined to comment", s.1),
        Polarity::Affirmed => format!("{} commented", s.1),
    };
    found(
        ctx,
        group,
        &items,
        differ,
        |s| SideValue::from(enum_name(&s.0)),
        show,
        "",
    )
}

/// Did a claim's party speak ("Funicorvo said …": affirmed, with its
/// speaker) or refuse to ("Funicorvo has refused to comment": negated,
/// with the name before the refusal)? `None` when it tells neither.
fn spoke(claim: &Claim) -> Option<(Polarity, std::borrow::Cow<'_, str>)> {
    const REFUSING: &[&str] = &["refused", "refuses", "declined", "declines"];
    const AUXILIARIES: &[&str] = &["has", "have", "had", "so", "far", "again", "also"];
    // Tokenized only when it may refuse: most sentences do not.
    let tokens = if claim.text.contains(" to comment") {
        crate::text::tokenize(&claim.text)
    } else {
        Vec::new()
    };
    let refusal = tokens.windows(3).position(|w| {
        REFUSING.contains(&w[0].lower.as_str()) && w[1].lower == "to" && w[2].lower == "comment"
    });
    if let Some(at) = refusal {
        let mut end = at;
        while end > 0 && AUXILIARIES.contains(&tokens[end - 1].lower.as_str()) {
            end -= 1;
        }
        let start = tokens[..end]
            .iter()
            .rposition(|t| !(t.is_word && t.capitalized))
            .map_or(0, |k| k + 1);
        if start == end {
            return None;
        }
        let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
        return Some((Polarity::Negated, span.slice(&claim.text).into()));
    }
    let speaker = claim.speaker.as_deref()?;
    (claim.certainty == crate::model::Certainty::Attributed && claim.polarity == Polarity::Affirmed)
        .then(|| (Polarity::Affirmed, speaker.into()))
}

/// Each claim's polarity as the others tell its fact. A sentence that
/// denies one thing but reports another ("Police have not opened an
/// investigation, but officers are assessing the report"), that reports two
/// things with ", and that" ("guards were suspended, and that all cameras
/// had been working"), or whose subject carries a relative clause that
/// negates ("The board, which snubbed a lower approach, voted to back the
/// buyout"), is read on the clause that shares more words with the other
/// claims: its second, as extracted, unless its first shares more.
fn polarities_against_others(claims: &[&Claim], lex: &Lexicon) -> Vec<Polarity> {
    use crate::extract::stance::{contrasted_clauses, reported_pair, set_off_clauses};
    // When several versions carry a relative clause, it is part of what
    // they tell alike ("Sorel, who pleaded guilty" against "Sorel, who
    // denied the charges"): the sentences compare whole.
    const RELATIVE: [&str; 2] = [", which ", ", who "];
    let relatives = claims
        .iter()
        .filter(|c| RELATIVE.iter().any(|r| c.text.contains(r)))
        .count();
    let marks: &[&str] = if relatives > 1 {
        &[", but "]
    } else {
        &[", but ", RELATIVE[0], RELATIVE[1]]
    };
    let marked = |text: &str| {
        marks.iter().any(|m| text.contains(m)) || crate::extract::stance::reports_pair(text)
    };
    read_against_others(
        claims,
        lex,
        (marked, |tokens| {
            contrasted_clauses(tokens, lex)
                .or_else(|| reported_pair(tokens, lex))
                .or_else(|| (relatives <= 1).then(|| set_off_clauses(tokens, lex))?)
        }),
        |c| c.polarity,
        |_, [_, second]| second,
    )
}

/// Each claim's certainty as the others tell its fact. A sentence that
/// packs a hedged fact with a flat one ("the deadliest quake in almost 40
/// years - and the toll could climb") is hedged on the clause that shares
/// more words with the other claims; the whole sentence's certainty stands
/// when neither does.
fn certainties_against_others(claims: &[&Claim], lex: &Lexicon) -> Vec<Certainty> {
    use crate::extract::stance::hedged_clauses;
    let as_certainty = |c: &Claim, hedged: bool| match (hedged, c.certainty) {
        (true, _) => Certainty::Hedged,
        (false, Certainty::Hedged) if c.speaker.is_some() => Certainty::Attributed,
        (false, Certainty::Hedged) => Certainty::Asserted,
        (false, told) => told,
    };
    let clauses = |tokens: &[crate::text::Token]| hedged_clauses(tokens, lex);
    let whole = |c: &Claim| c.certainty == Certainty::Hedged;
    let hedged = read_against_others(
        claims,
        lex,
        (
            // A dash opens a second fact (" - and ") or an aside, as a
            // participle after a comma may (", carrying …,").
            |text: &str| {
                [" - ", " – ", " — ", ", where ", ", and that "]
                    .iter()
                    .any(|m| text.contains(m))
                    || text.split(", ").skip(1).any(|rest| {
                        let word = rest.split(' ').next().unwrap_or_default();
                        crate::extract::stance::is_participle(word)
                    })
            },
            clauses,
        ),
        whole,
        |c, _| whole(c),
    );
    claims
        .iter()
        .zip(hedged)
        .map(|(c, hedged)| {
            // A nickname or a scare-quoted word ("Emil "Nightjar" Rastov")
            // quotes no one.
            let quoting = c
                .quote
                .as_deref()
                .is_some_and(|q| q.split_whitespace().count() > 2);
            let packed = !quoting && hedged != whole(c);
            if packed {
                as_certainty(c, hedged)
            } else {
                c.certainty
            }
        })
        .collect()
}

/// A reading of each claim of a group, taken from the clause of its
/// sentence that shares more words with the other claims when `clauses`
/// splits it in two (only sentences `marked` says may split are read
/// further; most groups are not). `whole` reads an unsplit claim, `tie` one
/// whose clauses share as much. The group's words are counted once, so a
/// large group is read in one pass.
fn read_against_others<T: Copy>(
    claims: &[&Claim],
    lex: &Lexicon,
    (marked, clauses): (
        impl Fn(&str) -> bool,
        impl Fn(&[crate::text::Token]) -> Option<[(std::ops::Range<usize>, T); 2]>,
    ),
    whole: impl Fn(&Claim) -> T,
    tie: impl Fn(&Claim, [T; 2]) -> T,
) -> Vec<T> {
    let split: Vec<_> = claims
        .iter()
        .map(|c| {
            let tokens = marked(&c.text).then(|| crate::text::tokenize(&c.text))?;
            let parts = clauses(&tokens)?;
            Some((tokens, parts))
        })
        .collect();
    if split.iter().all(Option::is_none) {
        return claims.iter().map(|c| whole(c)).collect();
    }
    let words_of = |c: &Claim| -> HashSet<String> {
        content_words(&crate::text::tokenize(&c.text), lex).collect()
    };
    // How many claims of the group use each word.
    let mut claims_with: HashMap<String, usize> = HashMap::new();
    for c in claims {
        for w in words_of(c) {
            *claims_with.entry(w).or_default() += 1;
        }
    }
    claims
        .iter()
        .zip(split)
        .map(|(claim, parts)| {
            let Some((tokens, [first, second])) = parts else {
                return whole(claim);
            };
            // A word counts when another claim than this one uses it.
            let own: HashSet<String> = content_words(&tokens, lex).collect();
            let others_use = |w: &String| {
                claims_with.get(w).copied().unwrap_or(0) > usize::from(own.contains(w))
            };
            let shared = |range: std::ops::Range<usize>| {
                content_words(&tokens[range], lex)
                    .filter(others_use)
                    .count()
            };
            match shared(first.0).cmp(&shared(second.0)) {
                std::cmp::Ordering::Greater => first.1,
                std::cmp::Ordering::Less => second.1,
                std::cmp::Ordering::Equal => tie(claim, [first.1, second.1]),
            }
        })
        .collect()
}

/// The canonical forms of the words among `tokens`, less stop words.
fn content_words<'t>(
    tokens: &'t [crate::text::Token],
    lex: &'t Lexicon,
) -> impl Iterator<Item = String> + 't {
    tokens
        .iter()
        .filter(|t| t.is_word && !crate::text::is_stop_word(&t.lower))
        .map(|t| lex.canonical(&t.lower))
}

/// The polarity divergence between claims, each told affirmed or negated
/// (as it stands, or as it tells one fact compared across groups).
fn flips(ctx: &Context, group: &ClaimGroup, items: &[Option<(Polarity, &Claim)>]) -> Option<Found> {
    flips_where(ctx, group, items, |negated, affirmed| {
        negation_bears_on_both(negated, affirmed, ctx.lex)
    })
}

/// [`flips`], where `denies(negated, affirmed)` says whether the negated
/// claim denies what the affirmed one says.
fn flips_where(
    ctx: &Context,
    group: &ClaimGroup,
    items: &[Option<(Polarity, &Claim)>],
    denies: impl Fn(&Claim, &Claim) -> bool,
) -> Option<Found> {
    let flipped = |a: &(Polarity, &Claim), b: &(Polarity, &Claim)| {
        let (negated, affirmed) = match (a.0, b.0) {
            (Polarity::Negated, Polarity::Affirmed) => (a.1, b.1),
            (Polarity::Affirmed, Polarity::Negated) => (b.1, a.1),
            _ => return None,
        };
        denies(negated, affirmed).then_some(ctx.table.polarity)
    };
    found(
        ctx,
        group,
        items,
        flipped,
        |p| SideValue::from(enum_name(&p.0)),
        |p| enum_name(&p.0),
        "",
    )
}

/// A figure one version has going up and another down: "Corvane shares
/// rose 3.1%" against "Shares in Corvane fell sharply". Rising is told as
/// affirmed, falling as negated. The two must say it of one thing: a word
/// shared just before the move ("shares").
fn direction(ctx: &Context, group: &ClaimGroup, claims: &[&Claim]) -> Option<Found> {
    // Word for word the same: no move told two ways (and no need to read).
    if claims.iter().all(|c| c.text == claims[0].text) {
        return None;
    }
    let items: Vec<Option<Moved>> = claims.iter().map(|c| moved(c, ctx.lex)).collect();
    let severity = ctx.table.polarity;
    let differ = |a: &Moved, b: &Moved| {
        (a.scale == b.scale && a.way != b.way && a.same_subject(b)).then_some(severity)
    };
    found(
        ctx,
        group,
        &items,
        differ,
        |m| SideValue::from(enum_name(&m.way)),
        |m| m.word.clone(),
        "",
    )
}

/// Which way a claim says a figure moved (or a place is open or shut), the
/// word saying it, and the common words just before it (what moved).
struct Moved {
    /// 0: a figure up or down; 1: open or shut; [`CUSTODY`]: held or let go.
    scale: u8,
    way: Polarity,
    word: String,
    /// Lower-case words before the move.
    subject: Vec<String>,
    /// A capitalised first word before it, a common word ("Shares in
    /// Corvane fell") or a name ("Corvane profits fell"): it counts when
    /// the other version has it in lower case.
    initial: Option<String>,
}

impl Moved {
    fn same_subject(&self, other: &Moved) -> bool {
        self.subject.iter().any(|w| other.subject.contains(w))
            || self
                .initial
                .as_ref()
                .is_some_and(|w| other.subject.contains(w))
            || other
                .initial
                .as_ref()
                .is_some_and(|w| self.subject.contains(w))
    }
}

fn moved(claim: &Claim, lex: &Lexicon) -> Option<Moved> {
    if claim.polarity == Polarity::Negated || claim.quote.is_some() {
        return None;
    }
    let tokens = crate::text::tokenize(&claim.text);
    // A figure's move first: "shares closed 4% higher" moved up.
    let scales = [
        (&lex.rises, &lex.falls),
        (&lex.opens, &lex.closes),
        (&lex.custody, &lex.releases),
    ];
    let (at, scale, way) = scales.iter().zip(0u8..).find_map(|((up, down), scale)| {
        // Held and let go in one sentence tells neither; and what is
        // "released" with an object ("released a statement", "freed the
        // hostages") is not the subject let go.
        if scale == CUSTODY && (told_both(up, down, &tokens) || released_something(down, &tokens)) {
            return None;
        }
        (0..tokens.len()).find_map(|i| {
            if up.match_at(&tokens, i).is_some() {
                Some((i, scale, Polarity::Affirmed))
            } else {
                down.match_at(&tokens, i)
                    .map(|_| (i, scale, Polarity::Negated))
            }
        })
    })?;
    // A state bounded in time has ended: "was closed for five hours"
    // agrees with "reopened after nearly five hours", "was held for 48
    // hours" with "was released". A rise or fall is a move, not a state.
    if scale != FIGURE && bounded_in_time(&tokens[at + 1..]) {
        return None;
    }
    let from = at.saturating_sub(6);
    let word = |t: &crate::text::Token| {
        (t.is_word && t.lower.chars().any(char::is_alphabetic) && !is_stop_word(&t.lower))
            .then(|| lex.canonical(t.lower.trim_end_matches("'s")))
    };
    // Who is held or let go is most often named: "Colonel Idris Vantak
    // has been arrested", "Vantak is still on the run".
    let subject = tokens[from..at]
        .iter()
        .filter(|t| !t.capitalized || scale == CUSTODY)
        .filter_map(word)
        .collect();
    let initial = (from == 0 && at > 0 && tokens[0].capitalized)
        .then(|| word(&tokens[0]))
        .flatten();
    Some(Moved {
        scale,
        way,
        word: tokens[at].lower.to_string(),
        subject,
        initial,
    })
}

/// The scale of [`Moved`] on which a figure rises or falls.
const FIGURE: u8 = 0;

/// Do the words after a move bound it in time ("for five hours", "for
/// about two days")?
fn bounded_in_time(after: &[crate::text::Token]) -> bool {
    let Some(k) = after.iter().take(3).position(|t| t.lower == "for") else {
        return false;
    };
    after[k + 1..]
        .iter()
        .take(3)
        .any(|t| t.is_digit() || crate::text::is_number_word(&t.lower) || t.lower == "several")
}

/// The scale of [`Moved`] on which someone is held or let go.
const CUSTODY: u8 = 2;

/// Does a sentence have words of both ways of one scale?
fn told_both(
    up: &crate::lexicon::PhraseSet,
    down: &crate::lexicon::PhraseSet,
    tokens: &[crate::text::Token],
) -> bool {
    !up.find_all(tokens).is_empty() && !down.find_all(tokens).is_empty()
}

/// Is a word of `set` followed by a determiner: something let go or put
/// out by the subject, not the subject itself?
fn released_something(set: &crate::lexicon::PhraseSet, tokens: &[crate::text::Token]) -> bool {
    set.find_all(tokens).iter().any(|&(i, n)| {
        tokens
            .get(i + n)
            .is_some_and(crate::extract::speakers::is_determiner)
    })
}

/// Does a negation of `negated` govern words that `affirmed` also has, and
/// does not negate too (or negates twice over)? ("was not known and may
/// never be" against "was not known and may never be determined, as
/// operators do not keep lists" is no flip about what is known.)
fn negation_bears_on_both(negated: &Claim, affirmed: &Claim, lex: &Lexicon) -> bool {
    use crate::extract::stance::negation_scopes;
    let affirmed_tokens = crate::text::tokenize(&affirmed.text);
    let other: HashSet<String> = affirmed_tokens
        .iter()
        .filter(|t| t.is_word)
        .map(|t| lex.canonical(t.lower.trim_end_matches("'s")))
        .collect();
    // Words the affirmed side negates an odd number of times: "did not rule
    // out further walkouts" negates "walkouts" twice, which affirms them.
    let mut times: HashMap<String, usize> = Default::default();
    for scope in negation_scopes(&affirmed.text, lex) {
        let scope: HashSet<String> = scope.words.into_iter().collect();
        for w in scope {
            *times.entry(w).or_default() += 1;
        }
    }
    // Words it negates twice (an even number of times) go on: "declined to
    // halt Kesler's swearing-in" denies the swearing-in's postponement.
    let (negated_there, kept_going): (HashSet<String>, HashSet<String>) = {
        let (odd, even): (Vec<_>, Vec<_>) = times.into_iter().partition(|(_, n)| n % 2 == 1);
        let words = |counts: Vec<(String, usize)>| counts.into_iter().map(|(w, _)| w).collect();
        (words(odd), words(even))
    };
    // A failure of the subject ("talks collapsed", "the amendment was
    // rejected") is denied only by an outcome of it ("the talks produced a
    // deal", "the amendment was approved") or by its going on ("production
    // continues as normal"), not by "the talks began on Monday".
    let goes_on = || !lex.continuations.find_all(&affirmed_tokens).is_empty();
    // Ruling out, told both ways ("ruled out strikes for now" against "would
    // not rule out industrial action"), is one stance flipped, whatever the
    // words for what is ruled out.
    let rules_out = crate::extract::stance::rules_out;
    if rules_out(&affirmed_tokens) && rules_out(&crate::text::tokenize(&negated.text)) {
        return true;
    }
    negation_scopes(&negated.text, lex).iter().any(|scope| {
        (!scope.subject
            || affirmed.outcome.is_some()
            || goes_on()
            || scope.words.iter().any(|w| kept_going.contains(w)))
            && scope
                .words
                .iter()
                .any(|w| other.contains(w) && !negated_there.contains(w))
    })
}

/// Certainty differences. Hedged against asserted, or hedged with a word
/// that softens what was said ("could", "may"), is the full certainty
/// severity; attributed against asserted, or against a hedge that only
/// keeps a named source at a distance ("the club claimed"), is the lower
/// attribution severity: both outlets already say whose claim it is. A
/// distancing hedge that names nobody ("was reportedly killed",
/// "allegedly warned the council") against a claim a named source vouches
/// for ("was killed, police said") is the full severity: the reader is no
/// longer told who stands behind it.
fn certainty(ctx: &Context, group: &ClaimGroup, claims: &[&Claim]) -> Option<Found> {
    use crate::model::Certainty::{Asserted, Attributed, Hedged};
    let told = certainties_against_others(claims, ctx.lex);
    let items: Vec<Option<Told>> = claims
        .iter()
        .zip(told)
        .map(|(c, certainty)| {
            let stake = (interested(c, ctx.lex) && !observed_count_or_time(c, group, ctx.lex))
                || forecast(c)
                || blames(c, ctx.lex);
            Some(Told {
                certainty,
                distancing: c.distancing_only && c.speaker.is_some() && !anonymous(c),
                nameless_distance: c.distancing_only && c.speaker.is_none(),
                alleges: cue_among(c, ALLEGING),
                confirms: cue_among(c, CONFIRMING),
                stake,
                text: &c.text,
            })
        })
        .collect();
    let t = ctx.table;
    let differ = |a: &Told, b: &Told| {
        let severity = match ((a.certainty, a), (b.certainty, b)) {
            // A named source's own distance against another attribution
            // ("the union claimed" / "the union said"); not against the
            // party's own admission ("Engineers reportedly logged an oil
            // leak, according to maintenance records" / "Corvane admitted
            // that engineers found the engine leaking oil"), which is the
            // full severity.
            ((Hedged, h), (Attributed, s)) | ((Attributed, s), (Hedged, h))
                if h.distancing && !s.confirms =>
            {
                t.certainty_attribution
            }
            // "Prosecutors allege that Orlevan diverted party funds" against
            // "Orlevan is accused of pocketing party cash": an allegation
            // both ways, its maker named on one side only.
            ((Hedged, h), (Attributed, s)) | ((Attributed, s), (Hedged, h))
                if h.nameless_distance && s.alleges =>
            {
                t.certainty_attribution
            }
            ((Hedged, _), _) | (_, (Hedged, _)) => t.certainty,
            // "Residents said the sirens did not sound" against "the sirens
            // failed to sound": an allegation stated as fact; unless stated
            // with its own bound ("will stay until Saturday at least").
            ((Attributed, s), (Asserted, flat)) | ((Asserted, flat), (Attributed, s))
                if s.stake && !open_ended(flat.text) =>
            {
                t.certainty
            }
            ((Attributed | Asserted, _), _) => t.certainty_attribution,
        };
        (a.certainty != b.certainty).then_some(severity)
    };
    found(
        ctx,
        group,
        &items,
        differ,
        |c| SideValue::from(enum_name(&c.certainty)),
        |c| enum_name(&c.certainty),
        "",
    )
}

/// A claim's certainty as [`certainty`] compares it.
struct Told<'c> {
    certainty: Certainty,
    /// Its hedge only keeps a named source at a distance ("the club claimed").
    distancing: bool,
    /// Its hedge only keeps a source nobody names at a distance ("is
    /// accused of").
    nameless_distance: bool,
    /// Its source alleges or accuses ("prosecutors allege").
    alleges: bool,
    /// Its source confirms or admits it ("Corvane admitted that …").
    confirms: bool,
    /// Its source has a stake in the claim or tells a forecast: stated
    /// flatly, either becomes a fact.
    stake: bool,
    text: &'c str,
}

/// Speech verbs of an allegation ("prosecutors allege that", "Kestrany
/// accused him of").
const ALLEGING: &[&str] = &[
    "allege", "alleges", "alleged", "accuse", "accuses", "accused", "accusing",
];

/// Speech verbs of a confirmation or an admission.
const CONFIRMING: &[&str] = &[
    "confirmed",
    "confirms",
    "admitted",
    "admits",
    "acknowledged",
    "acknowledges",
    "conceded",
    "concedes",
];

/// Is a claim attributed with one of `verbs` as its speech verb?
fn cue_among(claim: &Claim, verbs: &[&str]) -> bool {
    claim.certainty == crate::model::Certainty::Attributed
        && claim
            .cue
            .as_deref()
            .is_some_and(|cue| verbs.contains(&crate::extract::stance::cue_verb(cue).as_str()))
}

/// Does a text leave its date open, as a forecast does ("until Saturday
/// at least", "on Friday at the earliest")? "at least 30 people" bounds a
/// figure instead.
/// Does an observer tell a count or a time? A witness's "shooting broke out
/// shortly after 1 a.m., residents said" stated flatly elsewhere ("gunfire
/// was first heard at about 1.15am") turns no allegation into a fact: what
/// the versions can differ on is the time, which the time's own divergence
/// reports. Parties with a stake in the claim ("prices were inflated by
/// about 30 percent, prosecutors said") stay interested.
fn observed_count_or_time(claim: &Claim, group: &ClaimGroup, lex: &Lexicon) -> bool {
    matches!(group.kind, ClaimKind::Quantity | ClaimKind::DateTime)
        && speaker_among(claim, &lex.observers)
}

fn open_ended(text: &str) -> bool {
    let tokens = crate::text::tokenize(text);
    tokens.windows(2).enumerate().any(|(i, w)| {
        let next = tokens.get(i + 2);
        (w[0].lower == "at" && w[1].lower == "least" && next.is_none_or(|t| !t.is_word))
            || (w[0].lower == "the" && w[1].lower == "earliest")
    })
}

/// Does a claim tell someone's forecast ("the bank said it expects inflation
/// to return to target by late 2027")? Another version's "inflation will be
/// back at target by late 2027" states the forecast as fact.
fn forecast(claim: &Claim) -> bool {
    const FORECASTING: &[&str] = &[
        "expects",
        "expected",
        "forecast",
        "forecasts",
        "predicts",
        "predicted",
        "projects",
        "projected",
    ];
    claim.certainty == crate::model::Certainty::Attributed
        && crate::text::has_any_word(&claim.text, FORECASTING)
}

/// Is a claim something a source with a stake in it (the lexicon's
/// `interested_parties`: "residents", "the union") said? A stance ("a rise
/// the union rejected") is no such telling.
fn interested(claim: &Claim, lex: &Lexicon) -> bool {
    const TELLING: &[&str] = &[
        "said",
        "says",
        "say",
        "told",
        "tells",
        "according",
        "claimed",
        "claims",
        "alleged",
        "alleges",
        "allege",
        "accuse",
        "accuses",
        "accused",
        "added",
        "insisted",
        "insists",
        "stated",
        "reported",
        "warned",
    ];
    let told = claim
        .cue
        .as_deref()
        .is_some_and(|cue| TELLING.contains(&crate::extract::stance::cue_verb(cue).as_str()));
    told && speaker_among(claim, &lex.interested_parties)
}

/// Is a claim's speaker no one in particular ("according to court
/// sources", "two people familiar with the talks said")? A distance they
/// keep ("has reportedly provided written assurances, according to court
/// sources") leaves the claim vouched for by nobody.
fn anonymous(claim: &Claim) -> bool {
    const UNNAMED: &[&str] = &["source", "sources", "familiar", "insiders", "insider"];
    claim.speaker.as_deref().is_some_and(|speaker| {
        crate::text::tokenize(speaker)
            .iter()
            .any(|t| UNNAMED.contains(&t.lower.as_str()))
    })
}

/// Does a claim's speaker name one of a set of sources ("residents",
/// "staff at broadcaster")?
fn speaker_among(claim: &Claim, sources: &crate::lexicon::PhraseSet) -> bool {
    claim.speaker.as_deref().is_some_and(|speaker| {
        let tokens = crate::text::tokenize(speaker);
        !sources.find_all(&tokens).is_empty()
    })
}

/// Does an attributed claim say what caused something ("police said a
/// fault with the ticket scanners led stewards to shut the turnstiles")?
/// Stated as fact elsewhere, the finding becomes the outlet's own.
fn blames(claim: &Claim, lex: &Lexicon) -> bool {
    if claim.certainty != crate::model::Certainty::Attributed {
        return false;
    }
    // "The panel rejected Orlo's argument that the powder was to blame":
    // a cause the source rejects is no finding of its own.
    let rejected = claim.cue.as_deref().is_some_and(|cue| {
        let cue = crate::text::tokenize(cue);
        lex.negative_verbs.match_at(&cue, 0).is_some()
    });
    if rejected {
        return false;
    }
    let tokens = crate::text::tokenize(&claim.text);
    // "led to the closure", "led stewards to shut the turnstiles".
    let led_to = tokens
        .iter()
        .enumerate()
        .any(|(i, t)| t.lower == "led" && tokens[i + 1..].iter().take(4).any(|u| u.lower == "to"));
    led_to || !lex.causes.find_all(&tokens).is_empty()
}

fn enum_name<T: serde::Serialize>(value: &T) -> String {
    json!(value).as_str().unwrap_or_default().to_string()
}

fn wording(ctx: &Context, group: &ClaimGroup, claims: &[&Claim]) -> Option<Found> {
    let items: Vec<Option<String>> = claims.iter().map(|c| Some(quote_words(&c.text))).collect();
    let severity = ctx.table.wording;
    let differ = |a: &String, b: &String| (a != b).then_some(severity);
    let (variants, severity) = partition(&items, &canonical_order(ctx, group), differ);
    Some(Found {
        severity: severity?,
        summary: "wording differs".into(),
        values: vec![SideValue::Null; items.len()],
        variants,
        missing_in: SourceSet::default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A polarity divergence quoting claim 0 of each source given, with
    /// its variant and value.
    fn flip(sides: &[(u32, u32, &str)], severity: Severity) -> Divergence {
        let values: Vec<SideValue> = sides.iter().map(|&(_, _, v)| SideValue::from(v)).collect();
        let (values, value_of) = distinct(values);
        Divergence {
            id: String::new(),
            kind: DivergenceType::Polarity,
            severity,
            group: 0,
            summary: String::new(),
            sides: (sides.iter().zip(value_of))
                .map(|(&(source, variant, _), value)| Side {
                    source_index: source,
                    claim_index: 0,
                    variant_index: variant,
                    value_index: value,
                })
                .collect(),
            values,
            extents: Box::default(),
            missing_in: SourceSet::default(),
        }
    }

    #[test]
    fn a_divergence_another_holds_whole_is_reported_once() {
        let high = Severity::High;
        let three = flip(
            &[(0, 0, "affirmed"), (1, 0, "affirmed"), (2, 1, "negated")],
            high,
        );
        let four = flip(
            &[
                (0, 0, "affirmed"),
                (1, 0, "affirmed"),
                (2, 1, "negated"),
                (3, 0, "affirmed"),
            ],
            high,
        );
        let kept = without_contained(vec![three.clone(), four.clone()]);
        assert_eq!(kept, std::slice::from_ref(&four));
        // Parted otherwise, valued otherwise or less severe: both stay.
        let parted = flip(
            &[(0, 0, "affirmed"), (1, 1, "negated"), (2, 1, "negated")],
            high,
        );
        assert_eq!(
            without_contained(vec![parted.clone(), four.clone()]).len(),
            2
        );
        let valued = flip(
            &[(0, 0, "affirmed"), (1, 0, "affirmed"), (2, 1, "hedged")],
            high,
        );
        assert_eq!(without_contained(vec![valued, four.clone()]).len(), 2);
        let mut milder = four.clone();
        milder.severity = Severity::Low;
        assert_eq!(without_contained(vec![three, milder]).len(), 2);
    }
}
