//! Figures that alignment put in different groups.
//!
//! Alignment pairs sentences one to one, but outlets package facts
//! differently: the wire gives the "five-hour meeting" in a sentence about
//! its outcome, the tabloid its "marathon six-hour session" in a sentence
//! about who attended. Each sentence rightly joins the counterpart it shares
//! most with, and the changed figure falls between two groups, where no group
//! check can see it. This pass compares the figures of one measure across the
//! whole story instead. When every source gives one value for a measure (a
//! source that gives two different ones is left out: which would be
//! compared?) and two sources disagree beyond rounding in sentences of
//! different groups, the divergence is reported on a group whose every source
//! gives the figure, each side quoting the sentence of its source that
//! states it.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;
use serde_json::Value;

use super::quantity::{self, Agreement};
use super::{
    Context, Found, divergence, partition, quantity_label, quantity_value, representatives, versus,
};
use crate::model::{ClaimGroup, Divergence, DivergenceType, Quantity, Severity};

/// One figure of a source: its claim and the quantity's index in it.
#[derive(Debug, Clone, Copy)]
struct Figure {
    source: usize,
    claim: usize,
    index: usize,
}

/// Quantity divergences between figures of one measure that sit in different
/// groups (see the module docs). `found` holds the divergences of the group
/// checks: a group that already has a quantity divergence takes no other.
pub(super) fn across_groups(
    ctx: &Context,
    groups: &[ClaimGroup],
    found: &[Divergence],
) -> Vec<Divergence> {
    let mut group_of: HashMap<(usize, usize), usize> = HashMap::default();
    for (g, group) in groups.iter().enumerate() {
        for m in &group.members {
            group_of.insert((m.source, m.claim), g);
        }
    }
    let mut taken = vec![false; groups.len()];
    for d in found.iter().filter(|d| d.kind == DivergenceType::Quantity) {
        taken[d.group] = true;
    }
    let mut out = Vec::new();
    for figures in by_measure(ctx).into_values() {
        let stated = one_value_per_source(ctx, &figures);
        if stated.len() < 2 {
            continue;
        }
        let in_group = |f: &Figure| group_of.get(&(f.source, f.claim)).copied();
        let homes: Vec<Option<usize>> = stated.iter().map(in_group).collect();
        if homes.iter().all(|h| *h == homes[0]) {
            continue;
        }
        let mut hosts: Vec<usize> = homes.into_iter().flatten().collect();
        hosts.sort_by(|&a, &b| {
            let (ga, gb) = (&groups[a], &groups[b]);
            gb.members
                .len()
                .cmp(&ga.members.len())
                .then(ga.id.cmp(&gb.id))
        });
        hosts.dedup();
        for g in hosts {
            if taken[g] {
                continue;
            }
            if let Some(d) = hosted(ctx, g, &groups[g], &stated) {
                taken[g] = true;
                out.push(d);
                break;
            }
        }
    }
    out
}

/// Every figure with a measure, by measure, in source and claim order.
fn by_measure(ctx: &Context) -> BTreeMap<String, Vec<Figure>> {
    let mut out: BTreeMap<String, Vec<Figure>> = BTreeMap::new();
    for (source, analysis) in ctx.sources.iter().enumerate() {
        for (claim, c) in analysis.claims.iter().enumerate() {
            for (index, q) in c.quantities.iter().enumerate() {
                if let Some(key) = quantity::measure(q, ctx.lex) {
                    out.entry(key).or_default().push(Figure {
                        source,
                        claim,
                        index,
                    });
                }
            }
        }
    }
    out
}

fn figure<'c>(ctx: &'c Context, f: &Figure) -> &'c Quantity {
    &ctx.sources[f.source].claims[f.claim].quantities[f.index]
}

/// Each source's figure of a measure, for the sources whose figures of it
/// all agree up to rounding: the first in the body, where the fact is
/// stated, rather than the headline that teases it.
fn one_value_per_source(ctx: &Context, figures: &[Figure]) -> Vec<Figure> {
    let gap = ctx.table.quantity_bound_gap;
    let headline = |f: &Figure| ctx.sources[f.source].claims[f.claim].headline;
    figures
        .chunk_by(|a, b| a.source == b.source)
        .filter(|told| {
            let first = figure(ctx, &told[0]);
            told[1..]
                .iter()
                .all(|f| quantity::compare(first, figure(ctx, f), gap) <= Agreement::Rounding)
        })
        .map(|told| *told.iter().find(|f| !headline(f)).unwrap_or(&told[0]))
        .collect()
}

/// The divergence between the figures `stated`, reported on group `g` when
/// every source of the group states one, some of them in another group, and
/// they disagree beyond rounding.
fn hosted(ctx: &Context, g: usize, group: &ClaimGroup, stated: &[Figure]) -> Option<Divergence> {
    if group.members.len() < 2 {
        return None;
    }
    let figures: Vec<Figure> = group
        .members
        .iter()
        .map(|m| stated.iter().find(|f| f.source == m.source).copied())
        .collect::<Option<_>>()?;
    if group
        .members
        .iter()
        .zip(&figures)
        .all(|(m, f)| m.claim == f.claim)
    {
        // The group check saw these figures side by side.
        return None;
    }
    let t = ctx.table;
    let items: Vec<Option<&Quantity>> = figures.iter().map(|f| Some(figure(ctx, f))).collect();
    let quantities: Vec<&Quantity> = items.iter().flatten().copied().collect();
    if !all_pairs(&quantities, |a, b| quantity::plausibly_one_figure(a, b)) {
        return None;
    }
    let differ = |a: &&Quantity, b: &&Quantity| match quantity::compare(a, b, t.quantity_bound_gap)
    {
        Agreement::Same | Agreement::Rounding => None,
        Agreement::Loose => Some(t.quantity_loose),
        Agreement::Incompatible => Some(t.quantity_incompatible),
    };
    let order = order(ctx, &figures);
    let (variants, severity) = partition(&items, &order, differ);
    let severity: Severity = severity?;
    let mut shown: Vec<(usize, String)> = representatives(&items, &variants, &order)
        .into_iter()
        .map(|(v, i)| (v, quantity::display(figure(ctx, &figures[i]))))
        .collect();
    shown.sort();
    let what = quantity_label(figure(ctx, &figures[order[0]]));
    let found = Found {
        severity,
        summary: format!("{what}: {}", versus(ctx, group, &variants, &shown)),
        values: figures
            .iter()
            .map(|f| quantity_value(figure(ctx, f)))
            .collect::<Vec<Value>>(),
        variants,
        missing_in: Vec::new(),
    };
    let mut d = divergence(group, g, DivergenceType::Quantity, found);
    for (side, f) in d.sides.iter_mut().zip(&figures) {
        side.claim = f.claim;
    }
    Some(d)
}

fn all_pairs<T>(items: &[T], ok: impl Fn(&T, &T) -> bool) -> bool {
    items
        .iter()
        .enumerate()
        .all(|(i, a)| items[i + 1..].iter().all(|b| ok(a, b)))
}

/// The figures in an order that does not depend on the order the sources
/// were given in: by claim id, then by the source's text hash and label.
fn order(ctx: &Context, figures: &[Figure]) -> Vec<usize> {
    let key = |i: usize| {
        let s = &ctx.sources[figures[i].source];
        (&s.claims[figures[i].claim].id, &s.sha256, &s.document.label)
    };
    let mut order: Vec<usize> = (0..figures.len()).collect();
    order.sort_by(|&a, &b| key(a).cmp(&key(b)));
    order
}
