//! Facts that alignment put in different groups.
//!
//! Alignment pairs sentences one to one, but outlets package facts
//! differently: the wire gives the "five-hour meeting" in a sentence about
//! its outcome, the tabloid its "marathon six-hour session" in a sentence
//! about who attended. Each sentence rightly joins the counterpart it shares
//! most with, and the changed figure falls between two groups, where no group
//! check can see it. This pass compares such facts across the whole story
//! instead: the figures of one measure ("meeting length", "the dead"),
//! whether an agreement or a breakthrough was reached, when an event
//! started or ended ("talks end", see [`crate::extract::events`]), who took
//! part, who said the same quoted words, how a speaker's short remark was
//! worded (see [`Remarks`]), what one version denies with
//! "no" and another affirms (see [`denials`]), and whether anyone was hurt
//! (see [`harm`]). When
//! every source tells such a fact one way (a source that tells it two ways
//! is left out: which would be compared?) and two sources disagree in
//! sentences of different groups, the divergence is reported on a group
//! whose every source tells the fact, each side quoting the sentence of its
//! source that tells it; failing such a group, on one whose every member
//! tells it, with sides for the sources it lacks ([`Hosting`]). For the same reason, a quantity divergence whose
//! group holds a source's headline or bullet point quotes that source's body
//! sentence giving the figure, where the figure is stated in full.

pub(super) mod attendance;
mod denials;
mod harm;

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::model::SideValue;
use rustc_hash::FxHashSet as HashSet;

use super::quantity::{self, Agreement};
use super::{
    Context, Found, dates, divergence, found, partition, quantity_label, quantity_severity,
    quantity_value, representatives, versus,
};
use crate::extract::names::entity_key;
use crate::extract::passages;
use crate::lexicon::Lexicon;
use crate::model::{
    Analysis, Claim, ClaimGroup, DateMention, Divergence, DivergenceType, Member, Polarity,
    Quantity, SentenceRole, SourceSet,
};

/// Outcomes whose polarity is one fact of a story, by their synonym group's
/// name: "no agreement was reached with Crestline" against "the city reached
/// an agreement with Crestline"; "arrest" for whether anyone was arrested
/// ("Police said there were no arrests" against "two people have been
/// detained").
const OUTCOMES: [&str; 3] = ["agreement", "breakthrough", "arrest"];

/// One telling of a fact: a claim of a source and where in it. Twelve
/// bytes: a fact the sources of a thousand-outlet story all tell is told a
/// thousand times.
#[derive(Debug, Clone, Copy)]
struct Told {
    member: Member,
    /// Which of the claim's figures, dates, quoted passages or presences
    /// it is; see [`Told::at`].
    index: u32,
}

impl Told {
    fn new(source: usize, claim: usize, index: usize) -> Told {
        Told {
            member: Member::new(source, claim),
            index: crate::model::index(index),
        }
    }

    /// Index of the telling's source.
    fn source(&self) -> usize {
        self.member.source()
    }

    /// Index of the telling's claim in its source.
    fn claim_at(&self) -> usize {
        self.member.claim()
    }

    /// Which of the claim's figures, dates, quoted passages or presences
    /// the telling is.
    fn at(&self) -> usize {
        self.index as usize
    }

    fn claim<'c>(&self, ctx: &'c Context) -> &'c Claim {
        &ctx.sources[self.source()].claims[self.claim_at()]
    }

    fn in_body(&self, ctx: &Context) -> bool {
        in_body(&ctx.sources[self.source()], self.claim_at())
    }

    fn figure<'c>(&self, ctx: &'c Context) -> &'c Quantity {
        &self.claim(ctx).quantities[self.at()]
    }
}

/// Is claim `claim` of `analysis` told in a full sentence of the body, not
/// in a headline, a subhead, a list item ("- 38,000 workers out from next
/// MONDAY", "Offer: 4.5% plus £600." in a Markdown fact box) or another line
/// without final punctuation ("City and developer strike deal on Riverside
/// Yards")?
fn in_body(analysis: &Analysis, claim: usize) -> bool {
    let claim = &analysis.claims[claim];
    // A clause is as full as the sentence it was cut from.
    let sentence = analysis.sentences.get(claim.sentence as usize);
    let whole = sentence.map_or(&*claim.text, |s| s.span.slice(&analysis.document.text));
    let full = whole
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')'])
        .ends_with(['.', '!', '?']);
    let listed = crate::segment::starts_list_item(&claim.text)
        || analysis
            .document
            .list_items
            .iter()
            .any(|item| item.start <= claim.span().start && claim.span().start < item.end);
    !claim.headline && full && !listed && sentence.is_none_or(|s| s.role == SentenceRole::Body)
}

/// A kind of fact compared across groups.
trait FactKind {
    const TYPE: DivergenceType;
    /// May a group whose every member tells the fact host the tellings of
    /// sources it lacks ([`Hosting::Tellers`])? Not for who took part:
    /// a version that lists who was at one event tells, by its silence,
    /// that others were not there, and two lone sentences about different
    /// events would be compared.
    const HOSTS_TELLERS: bool = true;
    /// May a divergence of the fact `key`, told as `told`, replace the
    /// group check's divergence `d` of its type on the group it is reported
    /// on? None does unless a kind says so.
    fn replaces(&self, _ctx: &Context, _key: &str, _told: &[Told], _d: &Divergence) -> bool {
        false
    }
    /// The facts claim `claim` of source `source` tells, each as its key
    /// and the index of the quantity or date that tells it (0 when that
    /// does not apply).
    fn told_by(&self, ctx: &Context, source: usize, claim: usize) -> Vec<(String, usize)>;
    /// Do two tellings of one source tell the fact the same way?
    fn consistent(&self, ctx: &Context, a: &Told, b: &Told) -> bool;
    /// Does a telling tell the fact `key` by its own measure, not as a
    /// fallback? A source that tells the fact directly is read on those
    /// tellings only. All do unless a kind says so.
    fn direct(&self, _ctx: &Context, _key: &str, _told: &Told) -> bool {
        true
    }
    /// How precisely a telling tells the fact: of a source's consistent
    /// tellings, the most precise speaks for it ("shortly after 2 a.m."
    /// rather than "early on Sunday"). All alike unless a kind says so.
    fn precision(&self, _ctx: &Context, _told: &Told) -> u8 {
        0
    }
    /// The most body sentences a source may tell the fact in: one that
    /// tells it in more uses its key throughout the story rather than tell
    /// one fact. No limit unless a kind sets one.
    const MAX_TELLINGS: Option<usize> = None;
    /// Tellings of the fact `key` by sources that tell it by their silence,
    /// given the sources' tellings `told`: none unless a kind says so.
    fn silent(&self, _ctx: &Context, _key: &str, _told: &[Told]) -> Vec<Told> {
        Vec::new()
    }
    /// The divergence on `group` between the tellings of the fact `key`,
    /// one per member.
    fn divergence(
        &self,
        ctx: &Context,
        host: (usize, &ClaimGroup),
        key: &str,
        told: &[Told],
    ) -> Option<Divergence>;
}

/// Divergences between tellings of one fact that sit in different groups
/// (see the module docs). `found` holds the divergences of the group checks:
/// a group that already has a divergence of a type takes no other.
pub(super) fn across_groups(
    ctx: &Context,
    groups: &[ClaimGroup],
    found: &[Divergence],
) -> Vec<Divergence> {
    // The group of each claim, by source and claim (32 bits: one for
    // every claim of every source).
    let mut group_of: Vec<Vec<u32>> = ctx
        .sources
        .iter()
        .map(|s| vec![0; s.claims.len()])
        .collect();
    for (g, group) in groups.iter().enumerate() {
        for m in &group.members {
            group_of[m.source()][m.claim()] = crate::model::index(g);
        }
    }
    let mut out = across(ctx, groups, &group_of, found, &Figures);
    out.extend(across(ctx, groups, &group_of, found, &Outcomes));
    out.extend(across(ctx, groups, &group_of, found, &EventTimes));
    out.extend(across(
        ctx,
        groups,
        &group_of,
        found,
        &attendance::Attendance,
    ));
    out.extend(across(ctx, groups, &group_of, found, &QuotedWords));
    out.extend(across(ctx, groups, &group_of, found, &Remarks));
    out.extend(across(ctx, groups, &group_of, found, &harm::Harm));
    out.extend(across(
        ctx,
        groups,
        &group_of,
        found,
        &denials::Denials::new(ctx),
    ));
    out
}

fn across<K: FactKind>(
    ctx: &Context,
    groups: &[ClaimGroup],
    group_of: &[Vec<u32>],
    found: &[Divergence],
    kind: &K,
) -> Vec<Divergence> {
    // The group check's divergence of the type on each group, and the
    // groups this pass has reported on.
    let mut checked: Vec<Option<&Divergence>> = vec![None; groups.len()];
    for d in found.iter().filter(|d| d.kind == K::TYPE) {
        checked[d.group] = Some(d);
    }
    let mut taken = vec![false; groups.len()];
    let mut out = Vec::new();
    // The claims each reported fact was told in: two keys of one fact
    // ("/arrested" and "/workers" of one figure) are reported once.
    let mut reported: HashSet<Vec<(usize, usize)>> = HashSet::default();
    for (key, tellings) in tellings(ctx, kind) {
        let mut told = one_way_per_source(ctx, &key, &tellings, kind);
        told.extend(kind.silent(ctx, &key, &told));
        told.sort_by_key(|t| t.source());
        if told.len() < 2 {
            continue;
        }
        let claims: Vec<(usize, usize)> = told.iter().map(|t| (t.source(), t.claim_at())).collect();
        if reported.contains(&claims) {
            continue;
        }
        let homes: Vec<Option<usize>> = told
            .iter()
            .map(|t| group_of[t.source()].get(t.claim_at()).map(|&g| g as usize))
            .collect();
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
        // A group whose every source tells the fact hosts it; failing
        // that, one whose every member tells it hosts all the tellings.
        let hosting = [Hosting::Members, Hosting::Tellers]
            .into_iter()
            .filter(|&how| how == Hosting::Members || K::HOSTS_TELLERS)
            .flat_map(|how| hosts.iter().map(move |&g| (how, g)));
        for (how, g) in hosting {
            if taken[g] || checked[g].is_some_and(|d| !kind.replaces(ctx, &key, &told, d)) {
                continue;
            }
            if let Some(d) = hosted(ctx, (g, &groups[g]), &key, &told, kind, how) {
                taken[g] = true;
                out.push(d);
                reported.insert(claims);
                break;
            }
        }
    }
    out
}

/// Whose tellings a divergence hosted on a group compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hosting {
    /// The tellings of the group's sources only.
    Members,
    /// Every source's telling, when no group holds every source that tells
    /// the fact: one outlet packs the prison term and the fine into one
    /// sentence ("9 years in prison and a fine of €1.2m"), another gives
    /// each a sentence of its own ("a €1.5m fine"), and the packed sentence
    /// joins neither. The divergence's sides then name sources the group
    /// lacks, each quoting the sentence that tells the fact.
    Tellers,
}

/// Every telling of a kind of fact, by the fact it tells, in source and
/// claim order.
fn tellings(ctx: &Context, kind: &impl FactKind) -> BTreeMap<String, Vec<Told>> {
    let mut out: BTreeMap<String, Vec<Told>> = BTreeMap::new();
    for (source, analysis) in ctx.sources.iter().enumerate() {
        for claim in 0..analysis.claims.len() {
            for (key, index) in kind.told_by(ctx, source, claim) {
                out.entry(key)
                    .or_default()
                    .push(Told::new(source, claim, index));
            }
        }
    }
    out
}

/// Each source's telling of a fact, for the sources that tell it one way:
/// the most precise in the body, where the fact is stated, rather than the
/// headline that teases it; the first of equally precise ones. When every
/// source tells the fact directly ([`FactKind::direct`]), its fallback
/// tellings are left out: "Police say there were 48 people on board" tells
/// "/people", "23 people have died" only by the noun its figure of the dead
/// counts. Against a source with fallbacks alone ("Three people are dead"),
/// a direct telling ("five people who have not yet been located") is no
/// match, and every telling stands.
fn one_way_per_source<K: FactKind>(
    ctx: &Context,
    key: &str,
    tellings: &[Told],
    kind: &K,
) -> Vec<Told> {
    let direct: Vec<bool> = tellings.iter().map(|t| kind.direct(ctx, key, t)).collect();
    // Each source's tellings, with whether each tells the fact directly.
    let mut at = 0;
    let per_source: Vec<(&[Told], &[bool])> = tellings
        .chunk_by(|a, b| a.source() == b.source())
        .map(|told| {
            at += told.len();
            (told, &direct[at - told.len()..at])
        })
        .collect();
    let all_direct = per_source.iter().all(|(_, d)| d.contains(&true));
    per_source
        .into_iter()
        .map(|(told, direct)| {
            if all_direct && direct.contains(&false) {
                let kept = told.iter().zip(direct).filter(|(_, d)| **d);
                Cow::Owned(kept.map(|(t, _)| *t).collect())
            } else {
                Cow::Borrowed(told)
            }
        })
        // Headlines and fact boxes repeat what the body tells once.
        .filter(|told| {
            K::MAX_TELLINGS
                .is_none_or(|most| told.iter().filter(|t| t.in_body(ctx)).count() <= most)
        })
        .filter(|told| told[1..].iter().all(|t| kind.consistent(ctx, &told[0], t)))
        .map(|told| {
            let body = told.iter().filter(|t| t.in_body(ctx));
            // `max_by_key` keeps the last of equals: reversed, the first.
            *body
                .rev()
                .max_by_key(|t| kind.precision(ctx, t))
                .unwrap_or(&told[0])
        })
        .collect()
}

/// The divergence on group `g` when every source of the group tells the
/// fact, some of them in another group's sentence.
fn hosted(
    ctx: &Context,
    (g, group): (usize, &ClaimGroup),
    key: &str,
    all: &[Told],
    kind: &impl FactKind,
    how: Hosting,
) -> Option<Divergence> {
    // `all` is in source order, one per source.
    let mut told: Vec<Told> = group
        .members
        .iter()
        .map(|m| {
            all.binary_search_by_key(&m.source(), |t| t.source())
                .ok()
                .map(|i| all[i])
        })
        .collect::<Option<_>>()?;
    let seen_together = group
        .members
        .iter()
        .zip(&told)
        .all(|(m, t)| m.claim() == t.claim_at());
    let tellers;
    let group = match how {
        // The group check saw these tellings side by side.
        Hosting::Members if group.members.len() < 2 || seen_together => return None,
        Hosting::Members => group,
        Hosting::Tellers => {
            let members = told.len();
            told.extend(
                all.iter()
                    .filter(|t| !group.members.iter().any(|m| m.source() == t.source()))
                    .copied(),
            );
            if told.len() == members {
                return None;
            }
            tellers = ClaimGroup {
                members: told.iter().map(|t| t.member).collect(),
                ..group.clone()
            };
            &tellers
        }
    };
    let mut d = kind.divergence(ctx, (g, group), key, &told)?;
    for (side, t) in d.sides.iter_mut().zip(&told) {
        side.set_claim(t.claim_at());
    }
    Some(d)
}

/// Let each side of a quantity or date divergence quote its source's full
/// body sentence for the figure or date when the group holds the source's
/// headline or bullet point: "The failure leaves a three-day strike by
/// 38,000 workers on course" rather than "38,000 workers out from next
/// MONDAY", "The ministers meet again on June 19" rather than "Next round:
/// June 19, Geneva". Only a body sentence giving the same figure for the
/// same measure (a headline drops "more than": "10,000 stranded" for "More
/// than 10,000 passengers were caught up"), or the same resolved date, is
/// cited, so values and variants are unchanged.
pub(super) fn cite_body(ctx: &Context, d: &mut Divergence) {
    for i in 0..d.sides.len() {
        let side = d.sides[i];
        let value = d.value(&side);
        let analysis = &ctx.sources[side.source()];
        if in_body(analysis, side.claim()) {
            continue;
        }
        let claim = &analysis.claims[side.claim()];
        let body = match d.kind {
            DivergenceType::Quantity => claim
                .quantities
                .iter()
                .find(|q| super::quantity_value(q) == *value)
                .and_then(|figure| body_telling(ctx, side.source(), figure)),
            DivergenceType::DateTime => value
                .as_str()
                .filter(|v| !v.is_empty())
                .and_then(|value| body_dating(analysis, value)),
            _ => None,
        };
        if let Some(body) = body {
            d.sides[i].set_claim(body);
        }
    }
}

/// The first claim of a source, in a full body sentence, that gives a date
/// of the resolved value `value`.
fn body_dating(analysis: &Analysis, value: &str) -> Option<usize> {
    (0..analysis.claims.len()).find(|&c| {
        in_body(analysis, c)
            && analysis.claims[c]
                .dates
                .iter()
                .any(|date| date.value.as_deref() == Some(value))
    })
}

/// The first claim of a source, in a full body sentence and not a
/// quotation, that gives the same figure for the same measure; failing
/// that, the first that gives it as a count of anyone ("52 arrested" in a
/// subhead, "52 people had been dragged away in handcuffs" in the body);
/// failing that, for a figure that names no noun, the first that gives the
/// same number.
fn body_telling(ctx: &Context, source: usize, figure: &Quantity) -> Option<usize> {
    let measures = quantity::measures(figure, ctx.lex);
    let gap = ctx.table.quantity_bound_gap;
    let analysis = &ctx.sources[source];
    let giving = |same_measure: &dyn Fn(&Quantity) -> bool| {
        (0..analysis.claims.len()).find(|&claim| {
            in_body(analysis, claim)
                // A quotation's figure is the speaker's ("Seventeen people
                // trusted this process"), not the outlet's account.
                && analysis.claims[claim].quote.is_none()
                && analysis.claims[claim].quantities.iter().any(|q| {
                    same_measure(q)
                        && (quantity::compare(q, figure, gap) == Agreement::Same
                            || q.value.is_some() && q.value == figure.value)
                })
        })
    };
    giving(&|q| {
        quantity::measures(q, ctx.lex)
            .iter()
            .any(|m| measures.contains(m))
    })
    .or_else(|| {
        if measures.is_empty() {
            return None;
        }
        giving(&|q| quantity::counts_anyone(q, ctx.lex))
    })
    // A headline figure that names no noun ("10,000 stranded"): the body
    // sentence giving the same number ("More than 10,000 passengers").
    .or_else(|| {
        if figure.counts.is_some() {
            return None;
        }
        giving(&|q| q.value.is_some() && q.value == figure.value)
    })
}

/// Figures of one measure: "meeting length: 5 hour vs 6 hour".
struct Figures;

impl FactKind for Figures {
    const TYPE: DivergenceType = DivergenceType::Quantity;

    /// The first figure of each measure a claim gives: the later ones
    /// break it down ("killed 11 soldiers, seven Valdorian and four
    /// Kestrian"; "Eleven soldiers lost their lives, seven of them …").
    fn told_by(&self, ctx: &Context, source: usize, claim: usize) -> Vec<(String, usize)> {
        let claim = &ctx.sources[source].claims[claim];
        let mut out: Vec<(String, usize)> = Vec::new();
        for (index, q) in claim.quantities.iter().enumerate() {
            // "Since the first tents went up" ranks tents; it counts none.
            if q.kind == crate::model::QuantityKind::Ordinal {
                continue;
            }
            // "one of the freed workers" picks some of them: a measure of
            // its own, compared only with other parts. What happens to the
            // part is still told of it ("three of their colleagues are
            // still being held"): the first measure names that fate.
            let whole = fate_of_whole(claim, q, ctx.lex);
            let part = whole || partitive(claim, q);
            for (k, key) in quantity::measures(q, ctx.lex).into_iter().enumerate() {
                let by_fate = k == 0 && q.predicate.is_some() && !whole;
                let key = if part && !by_fate {
                    format!("{key}/part")
                } else {
                    key
                };
                if !out.iter().any(|(k, _)| *k == key) {
                    out.push((key, index));
                }
            }
        }
        out
    }

    /// A figure tells its first measure directly (what happened to what
    /// it counts, "/killed"); the noun it counts ("/people") is a
    /// fallback, for a source that gives no bare count of those.
    fn direct(&self, ctx: &Context, key: &str, told: &Told) -> bool {
        let q = told.figure(ctx);
        q.predicate.is_none()
            || quantity::measure(q, ctx.lex)
                .is_some_and(|first| key.strip_suffix("/part").unwrap_or(key) == first)
    }

    fn consistent(&self, ctx: &Context, a: &Told, b: &Told) -> bool {
        let gap = ctx.table.quantity_bound_gap;
        quantity::compare(a.figure(ctx), b.figure(ctx), gap) <= Agreement::Rounding
    }

    fn divergence(
        &self,
        ctx: &Context,
        (g, group): (usize, &ClaimGroup),
        _key: &str,
        told: &[Told],
    ) -> Option<Divergence> {
        let t = ctx.table;
        let items: Vec<Option<&Quantity>> = told.iter().map(|f| Some(f.figure(ctx))).collect();
        let figures: Vec<&Quantity> = items.iter().flatten().copied().collect();
        if !all_pairs(&figures, |a, b| {
            quantity::comparable(a, b) && !quantity::different_facts(a, b)
        }) {
            return None;
        }
        let differ = |a: &&Quantity, b: &&Quantity| {
            quantity_severity(t, quantity::compare(a, b, t.quantity_bound_gap))
        };
        let order = order(ctx, told);
        let (variants, severity) = partition(&items, &order, differ);
        let severity = severity?;
        let mut shown: Vec<(usize, String)> = representatives(&items, &variants, &order)
            .into_iter()
            .map(|(v, i)| (v, quantity::display(figures[i])))
            .collect();
        shown.sort();
        let what = quantity_label(figures[order[0]]);
        let found = Found {
            severity,
            summary: format!("{what}: {}", versus(ctx, group, &variants, &shown)),
            values: figures
                .iter()
                .map(|q| quantity_value(q))
                .collect::<Vec<SideValue>>(),
            variants,
            missing_in: SourceSet::default(),
        };
        Some(divergence(group, g, Self::TYPE, found))
    }
}

/// Does a figure pick some of a group ("one of the freed workers", "three
/// of their colleagues", "including two cops") rather than count it? Not when the whole is
/// counted too: "five of the seven counts" gives the counts that matter.
fn partitive(claim: &Claim, q: &Quantity) -> bool {
    const OWNERS: &[&str] = &[
        "the", "their", "them", "those", "these", "its", "his", "her", "our",
    ];
    // "7 injured, including two cops": some of those counted before.
    let before = claim.text.get(..q.span.start).unwrap_or_default();
    if before.trim_end().to_lowercase().ends_with("including") {
        return true;
    }
    let after = q.span.end;
    let mut words = claim
        .text
        .get(after..)
        .unwrap_or_default()
        .split_whitespace();
    let of_owner = words.next() == Some("of") && words.next().is_some_and(|w| OWNERS.contains(&w));
    // The whole's figure would start within " of the " of the part.
    let whole_counted = claim
        .quantities
        .iter()
        .any(|w| w.span.start > q.span.end && w.span.start <= q.span.end + " of their ".len());
    of_owner && !whole_counted
}

/// Does a part's fate name the whole it is picked from: "Five of the
/// injured are in serious condition" picks five of those hurt, and tells
/// nothing of how many were hurt?
/// So does "Among the dead are two German holidaymakers".
fn fate_of_whole(claim: &Claim, q: &Quantity, lex: &Lexicon) -> bool {
    let word = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let owner = |w: &str| matches!(w, "the" | "those" | "these");
    let fate = |w: &str| lex.predicates.get(w).map(String::as_str) == q.predicate.as_deref();
    // The three words after the figure, the four before it (nearest last).
    let after: Vec<String> = (claim.text.get(q.span.end..).unwrap_or_default())
        .split_whitespace()
        .take(3)
        .map(word)
        .collect();
    let mut before: Vec<String> = (claim.text.get(..q.span.start).unwrap_or_default())
        .split_whitespace()
        .rev()
        .take(4)
        .map(word)
        .collect();
    before.reverse();
    let picked = matches!(after.as_slice(), [of, o, w] if of == "of" && owner(o) && fate(w));
    let among = matches!(
        before.as_slice(),
        [among, o, w, be] if among == "among" && owner(o) && fate(w)
            && matches!(be.as_str(), "are" | "were")
    );
    q.predicate.is_some() && (picked || among)
}

/// Whether an agreement or breakthrough was reached: "negated vs affirmed".
struct Outcomes;

impl FactKind for Outcomes {
    const TYPE: DivergenceType = DivergenceType::Polarity;

    fn told_by(&self, ctx: &Context, source: usize, claim: usize) -> Vec<(String, usize)> {
        super::told_outcomes(&ctx.sources[source].claims[claim], ctx.lex)
            .into_iter()
            .filter(|class| OUTCOMES.contains(&class.as_str()))
            .map(|class| (class, 0))
            .collect()
    }

    fn consistent(&self, ctx: &Context, a: &Told, b: &Told) -> bool {
        a.claim(ctx).polarity == b.claim(ctx).polarity
    }

    fn divergence(
        &self,
        ctx: &Context,
        (g, group): (usize, &ClaimGroup),
        key: &str,
        told: &[Told],
    ) -> Option<Divergence> {
        let claims = claims_told(ctx, told);
        // Agreements on different matters are different agreements: the
        // two must share a word besides the outcome's own. Arrests counted
        // ("two people have been detained") are arrests whatever else the
        // two say ("No arrests were reported").
        if !all_pairs(&claims, |a, b| {
            a.polarity == b.polarity
                || same_matter(&a.text, &b.text, ctx.lex)
                || (key == "arrest" && (counts_arrests(a) || counts_arrests(b)))
        }) {
            return None;
        }
        let items: Vec<Option<(Polarity, &Claim)>> =
            claims.iter().map(|c| Some((c.polarity, *c))).collect();
        let found = super::flips(ctx, group, &items)?;
        Some(divergence(group, g, Self::TYPE, found))
    }
}

/// When an event started or ended: "talks end: after 2 a.m. vs before
/// midnight" (see [`crate::extract::events`]).
struct EventTimes;

impl EventTimes {
    fn date<'c>(ctx: &'c Context, told: &Told) -> &'c DateMention {
        &told.claim(ctx).dates[told.at()]
    }
}

impl FactKind for EventTimes {
    const TYPE: DivergenceType = DivergenceType::DateTime;

    fn told_by(&self, ctx: &Context, source: usize, claim: usize) -> Vec<(String, usize)> {
        let keys = ctx.event_keys(source, claim);
        let claim = &ctx.sources[source].claims[claim];
        claim
            .dates
            .iter()
            .zip(keys)
            .enumerate()
            .filter(|(_, (d, _))| d.value.is_some())
            .flat_map(|(index, (_, keys))| keys.iter().map(move |key| (key.clone(), index)))
            .collect()
    }

    fn consistent(&self, ctx: &Context, a: &Told, b: &Told) -> bool {
        let (a, b) = (Self::date(ctx, a), Self::date(ctx, b));
        !dates::conflict(std::slice::from_ref(a), std::slice::from_ref(b), ctx.lex)
    }

    /// A clock time tells an event's time more precisely than a day.
    fn precision(&self, ctx: &Context, told: &Told) -> u8 {
        u8::from(Self::date(ctx, told).clock().is_some())
    }

    fn divergence(
        &self,
        ctx: &Context,
        (g, group): (usize, &ClaimGroup),
        key: &str,
        told: &[Told],
    ) -> Option<Divergence> {
        let items: Vec<Option<&DateMention>> =
            told.iter().map(|t| Some(Self::date(ctx, t))).collect();
        let severity = ctx.table.date_time;
        let differ = |a: &&DateMention, b: &&DateMention| {
            dates::conflict(std::slice::from_ref(*a), std::slice::from_ref(*b), ctx.lex)
                .then_some(severity)
        };
        // The value is the resolved time; the summary shows the words,
        // which say more: "past midnight" and "shortly before midnight"
        // both resolve to midnight.
        let value = |d: &&DateMention| {
            SideValue::from(dates::shown(std::slice::from_ref(*d), ctx.lex).unwrap_or_default())
        };
        let show = |d: &&DateMention| d.text.clone();
        let found = found(
            ctx,
            group,
            &items,
            differ,
            value,
            show,
            &readable(key, ctx.lex),
        )?;
        Some(divergence(group, g, Self::TYPE, found))
    }
}

/// An event key as an editor reads it: the event's stem ("mediat start")
/// shown as an event noun of the lexicon that has it ("mediation start").
fn readable(key: &str, lex: &Lexicon) -> String {
    let (event, phase) = key.split_once(' ').unwrap_or((key, ""));
    if lex.event_nouns.words().any(|noun| noun == event) {
        return key.to_string();
    }
    match lex.event_noun(event) {
        Some(noun) => format!("{noun} {phase}").trim_end().to_string(),
        None => key.to_string(),
    }
}

/// Who said the same quoted words: "a verdict written in advance" given to
/// the defence lawyer in a sentence that also says he will appeal, and to
/// the defendant in a sentence of its own.
struct QuotedWords;

/// Quoted passages shorter than this many words ("shadow fleet") are
/// phrases many could use, not one remark.
const REMARK_WORDS: usize = 3;

impl FactKind for QuotedWords {
    const TYPE: DivergenceType = DivergenceType::Attribution;

    fn told_by(&self, ctx: &Context, source: usize, claim: usize) -> Vec<(String, usize)> {
        let claim = &ctx.sources[source].claims[claim];
        let (Some(quote), Some(_)) = (&claim.quote, &claim.speaker) else {
            return Vec::new();
        };
        passages(quote)
            .map(super::quote_words)
            .filter(|words| words.split(' ').count() >= REMARK_WORDS)
            .map(|words| (words, 0))
            .collect()
    }

    fn consistent(&self, ctx: &Context, a: &Told, b: &Told) -> bool {
        match (&a.claim(ctx).speaker, &b.claim(ctx).speaker) {
            (Some(x), Some(y)) => super::same_speaker(x, y, ctx.lex),
            _ => false,
        }
    }

    fn divergence(
        &self,
        ctx: &Context,
        (g, group): (usize, &ClaimGroup),
        _key: &str,
        told: &[Told],
    ) -> Option<Divergence> {
        let found = super::attribution(ctx, group, &claims_told(ctx, told))?;
        Some(divergence(group, g, Self::TYPE, found))
    }
}

/// A short remark of one speaker, told in other words: "some of the
/// American proposals are 'entirely acceptable'" packed with another quote
/// into one sentence, "some of the American ideas were 'more or less
/// acceptable', he said" in a sentence of its own. A remark is known by its
/// speaker's surname and its last word; its index is its passage's place in
/// the claim's quote.
struct Remarks;

/// Quoted passages of this many words ("entirely acceptable") up to
/// [`REMARK_MAX_WORDS`] are one remark.
const REMARK_MIN_WORDS: usize = 2;
/// Quoted passages of at most this many words are one remark.
const REMARK_MAX_WORDS: usize = 10;

impl Remarks {
    fn passage<'c>(ctx: &'c Context, told: &Told) -> Option<&'c str> {
        passages(told.claim(ctx).quote.as_deref()?).nth(told.at())
    }
}

impl FactKind for Remarks {
    const TYPE: DivergenceType = DivergenceType::Quote;
    /// A speaker who ends two remarks with one word in a story makes
    /// neither the remark.
    const MAX_TELLINGS: Option<usize> = Some(1);

    fn told_by(&self, ctx: &Context, source: usize, claim: usize) -> Vec<(String, usize)> {
        let claim = &ctx.sources[source].claims[claim];
        let (Some(quote), Some(speaker)) = (&claim.quote, &claim.speaker) else {
            return Vec::new();
        };
        let surname = entity_key(speaker, true, ctx.lex);
        passages(quote)
            .enumerate()
            .filter_map(|(i, passage)| {
                let words = super::quote_words(passage);
                let count = words.split(' ').count();
                let last = words.rsplit(' ').next()?;
                ((REMARK_MIN_WORDS..=REMARK_MAX_WORDS).contains(&count)
                    && !crate::text::is_stop_word(last))
                .then(|| (format!("{surname}|{last}"), i))
            })
            .collect()
    }

    fn consistent(&self, ctx: &Context, a: &Told, b: &Told) -> bool {
        let words = |t: &Told| Self::passage(ctx, t).map(super::quote_words);
        words(a) == words(b)
    }

    fn divergence(
        &self,
        ctx: &Context,
        (g, group): (usize, &ClaimGroup),
        _key: &str,
        told: &[Told],
    ) -> Option<Divergence> {
        let items: Vec<Option<(&str, &str)>> = told
            .iter()
            .map(|t| Self::passage(ctx, t).map(|p| (p, "")))
            .collect();
        let found = super::quoted_words(ctx, group, &items)?;
        Some(divergence(group, g, Self::TYPE, found))
    }
}

/// Does a claim give a figure for those who met `fate` ("two people have
/// been detained": "arrested")?
fn counts_fate(claim: &Claim, fate: &str) -> bool {
    claim
        .quantities
        .iter()
        .any(|q| q.predicate.as_deref() == Some(fate))
}

/// Does a claim count people arrested ("two people have been detained")?
fn counts_arrests(claim: &Claim) -> bool {
    claim.polarity == Polarity::Affirmed && counts_fate(claim, "arrested")
}

/// Are two tellings of an outcome about the same thing? They must share a
/// word besides the outcome's own ("reached", "deal"): a name
/// ("Crestline") or another content word ("the developer"). Agreements on
/// different matters ("on territory", "on a prisoner exchange") are
/// different agreements.
fn same_matter(a: &str, b: &str, lex: &Lexicon) -> bool {
    lex.share_a_word(a, b, |word, _| {
        lex.outcome_nouns.contains_word(word)
            || lex.outcome_verbs.contains_word(word)
            || lex.arrest_words.iter().any(|w| w == word)
    })
}

/// The claims of some tellings, in their order.
fn claims_told<'c>(ctx: &'c Context, told: &[Told]) -> Vec<&'c Claim> {
    told.iter().map(|t| t.claim(ctx)).collect()
}

fn all_pairs<T>(items: &[T], ok: impl Fn(&T, &T) -> bool) -> bool {
    items
        .iter()
        .enumerate()
        .all(|(i, a)| items[i + 1..].iter().all(|b| ok(a, b)))
}

/// Does some pair of the items satisfy `ok`?
fn some_pair<T>(items: &[Option<T>], ok: impl Fn(&T, &T) -> bool) -> bool {
    !all_pairs(items, |a, b| match (a, b) {
        (Some(a), Some(b)) => !ok(a, b),
        _ => true,
    })
}

/// The tellings in an order that does not depend on the order the sources
/// were given in: by claim id, then by the source's text hash and label.
fn order(ctx: &Context, told: &[Told]) -> Vec<usize> {
    let key = |i: usize| {
        let s = &ctx.sources[told[i].source()];
        (
            &s.claims[told[i].claim_at()].id,
            &s.sha256,
            &s.document.label,
        )
    };
    let mut order: Vec<usize> = (0..told.len()).collect();
    order.sort_by(|&a, &b| key(a).cmp(&key(b)));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One source analysed from `text` with the default configuration.
    fn analysed(label: &str, text: &str) -> (crate::Config, [crate::model::Analysis; 1]) {
        let config = crate::Config::default();
        let sources = [crate::analyse(
            crate::ingest::from_text(label, text),
            &config,
        )];
        (config, sources)
    }

    #[test]
    fn outcomes_are_about_the_same_matter_when_they_share_a_word_besides_their_own() {
        let lex = Lexicon::default();
        assert!(same_matter(
            "No deal was reached with the developer on affordable units.",
            "The city also reached an agreement with developer Crestline.",
            &lex
        ));
        assert!(!same_matter(
            "No agreement on territory was reached.",
            "The sides reached an agreement on a prisoner exchange.",
            &lex
        ));
    }

    #[test]
    fn a_headline_figure_without_a_noun_is_told_by_the_body_sentence_with_its_number() {
        let (config, sources) = analysed(
            "t",
            "10,000 stranded as computer crash axes flights\n\n\
             Dozens of flights were axed.\n\n\
             More than 10,000 passengers were caught up in the chaos.",
        );
        let ctx = Context::new(&sources, &config.severity, &config.lexicon);
        let headline = &sources[0].claims[0];
        assert!(headline.headline && headline.quantities[0].counts.is_none());
        let body = body_telling(&ctx, 0, &headline.quantities[0]).map(|c| &sources[0].claims[c]);
        assert_eq!(
            body.map(|c| &*c.text),
            Some("More than 10,000 passengers were caught up in the chaos.")
        );
    }

    #[test]
    fn the_most_precise_telling_of_an_event_time_speaks_for_its_source() {
        let (config, sources) = analysed(
            "wire",
            "Ferry capsizes off Pelora\n\n\
             At least 17 people died after a passenger ferry capsized off the island of Pelora early on Sunday.\n\n\
             The Santa Olinda was carrying 298 passengers when it rolled over shortly after 2 a.m.",
        );
        let ctx = Context::new(&sources, &config.severity, &config.lexicon);
        let told = &tellings(&ctx, &EventTimes)["capsize"];
        assert_eq!(told.len(), 2, "both body sentences date the capsizing");
        let chosen = one_way_per_source(&ctx, "capsize", told, &EventTimes);
        assert_eq!(
            EventTimes::date(&ctx, &chosen[0]).text,
            "shortly after 2 a.m."
        );
    }

    #[test]
    fn a_figure_after_including_is_a_part() {
        let (_, [analysis]) = analysed("t", "7 injured, including two cops.");
        let claim = &analysis.claims[0];
        let parts: Vec<bool> = claim
            .quantities
            .iter()
            .map(|q| partitive(claim, q))
            .collect();
        assert_eq!(parts, [false, true]);
    }

    #[test]
    fn an_event_key_reads_as_the_event_noun() {
        let lex = Lexicon::default();
        let stem = lex.canonical("mediation");
        assert_eq!(readable(&format!("{stem} start"), &lex), "mediation start");
        assert_eq!(readable("talks end", &lex), "talks end");
    }
}
