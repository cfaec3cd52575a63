//! Comparing quantities the way a careful reader would: "about 12,000" and
//! "more than ten thousand" agree, "41" and "at least 30" agree only loosely,
//! "five hours" and "four hours" do not agree at all.

use crate::lexicon::Lexicon;
use crate::model::{Approximation, Level, Quantity, QuantityKind};

/// How two quantities relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Agreement {
    Same,
    /// Equal up to rounding ("about 40,000" vs "tens of thousands").
    Rounding,
    /// Compatible only as a bound or round figure far from the other value.
    Loose,
    /// Cannot both be true.
    Incompatible,
}

/// Relative slack of "about X", at least one unit of its last significant
/// digit: "about 38,000" allows 36,100 to 39,900, "about 400" 300 to 500.
const ABOUT: f64 = 0.05;

/// How far below its figure "nearly" and "almost" reach: "nearly 7%" is
/// not 6.1%, nor "almost 30 dead" 25, though both are under.
const NEAR: f64 = 0.1;

/// Compare two quantities; `gap` is the relative distance beyond which a
/// compatible bound counts as loose.
pub fn compare(a: &Quantity, b: &Quantity, gap: f64) -> Agreement {
    let b = &*in_unit_of(b, a);
    // A tally told either way round is one tally: "a 237-186 vote" and
    // "a vote of 186 to 237" (who had which side is for the words to say).
    if a.kind == QuantityKind::Score || b.kind == QuantityKind::Score {
        return if (a.low, a.high) == (b.low, b.high) || (a.low, a.high) == (b.high, b.low) {
            Agreement::Same
        } else {
            Agreement::Incompatible
        };
    }
    if other_currency(a, b) {
        return Agreement::Loose;
    }
    let exact = |q: &Quantity| q.approximation == Approximation::Exact && q.value.is_some();
    if exact(a) && exact(b) {
        return compare_exact(a.value.unwrap_or(0.0), b.value.unwrap_or(0.0));
    }
    if (a.approximation, a.value, a.low, a.high) == (b.approximation, b.value, b.low, b.high) {
        return Agreement::Same;
    }
    let (alo, ahi) = interval(a);
    let (blo, bhi) = interval(b);
    if alo > bhi * 1.0001 || blo > ahi * 1.0001 {
        return Agreement::Incompatible;
    }
    match (nominal(a), nominal(b)) {
        (Some(x), Some(y)) if relative_gap(x, y) > gap => Agreement::Loose,
        (Some(x), Some(y))
            if opposite_bounds(a, b) && compare_exact(x, y) == Agreement::Incompatible =>
        {
            Agreement::Loose
        }
        _ => Agreement::Rounding,
    }
}

/// Is one figure a floor and the other a ceiling ("at least 4,300" and
/// "nearly 5,000")? Such bounds meet only between their figures, and two
/// figures that are not one rounded are two tallies, however near.
fn opposite_bounds(a: &Quantity, b: &Quantity) -> bool {
    use Approximation::{AtLeast, AtMost};
    matches!(
        (a.approximation, b.approximation),
        (AtLeast, AtMost) | (AtMost, AtLeast)
    )
}

/// Exact figures agree only when equal, or when the rounder one is the other
/// rounded (12,000 vs 12,345; 4 vs 4.4), within 10% and less than half its
/// last unit away.
fn compare_exact(x: f64, y: f64) -> Agreement {
    if x == y {
        return Agreement::Same;
    }
    let (round, precise) = if rounding_unit(x) >= rounding_unit(y) {
        (x, y)
    } else {
        (y, x)
    };
    let unit = rounding_unit(round);
    // A decimal rounded by one place (4.4 to 4); "5%" for a rate of 4.75%
    // drops two, which no one writes for a figure that precise.
    let decimal = precise.fract() != 0.0 && rounding_unit(precise) >= unit / 10.0 - 1e-12;
    // Strictly within half a unit: 4.5 is as near 4 as 5, so "5%" for an
    // offer of 4.5% is another figure, not a rounding.
    if (unit >= 100.0 || decimal)
        && (precise - round).abs() < unit / 2.0 - 1e-9
        && relative_gap(x, y) <= 0.1
    {
        Agreement::Rounding
    } else {
        Agreement::Incompatible
    }
}

/// The place of a number's last significant digit: 12,000 → 1,000; 4.5 → 0.1.
fn rounding_unit(x: f64) -> f64 {
    let x = x.abs();
    if x == 0.0 {
        return 1.0;
    }
    let mut unit = 1.0;
    if x.fract() != 0.0 {
        // 23.4 / 0.1 is 233.99999999999997 in floating point: near a
        // whole number from either side counts as whole.
        let off_whole = |v: f64| (v - v.round()).abs() > 1e-9;
        while off_whole(x / unit) && unit > 1e-6 {
            unit /= 10.0;
        }
        return unit;
    }
    while (x / (unit * 10.0)).fract() == 0.0 && unit < 1e15 {
        unit *= 10.0;
    }
    unit
}

fn relative_gap(x: f64, y: f64) -> f64 {
    let base = x.abs().max(y.abs());
    if base == 0.0 {
        0.0
    } else {
        (x - y).abs() / base
    }
}

/// The values a quantity allows.
fn interval(q: &Quantity) -> (f64, f64) {
    let v = q.value;
    match q.approximation {
        Approximation::Exact => match (q.low, q.high, v) {
            (Some(l), Some(h), _) => (l, h),
            (_, _, Some(v)) => (v, v),
            _ => (f64::NEG_INFINITY, f64::INFINITY),
        },
        Approximation::About => {
            let v = v.or(q.low).unwrap_or(0.0);
            let slack = (v.abs() * ABOUT).max(rounding_unit(v));
            (v - slack, v + slack)
        }
        Approximation::AtLeast => (
            q.low.or(v).unwrap_or(f64::NEG_INFINITY),
            q.high.unwrap_or(f64::INFINITY),
        ),
        Approximation::AtMost => {
            let high = q.high.or(v).unwrap_or(f64::INFINITY);
            let low = match q.low {
                Some(low) => low,
                None if crate::extract::numbers::is_near_bound(&q.text) && high > 0.0 => {
                    high * (1.0 - NEAR)
                }
                None => 0.0f64.min(high),
            };
            (low, high)
        }
        Approximation::Vague => (
            q.low.unwrap_or(f64::NEG_INFINITY),
            q.high.unwrap_or(f64::INFINITY),
        ),
    }
}

/// The figure a quantity names, if it names one.
fn nominal(q: &Quantity) -> Option<f64> {
    match q.approximation {
        Approximation::Vague => None,
        Approximation::AtLeast => q.low.or(q.value),
        Approximation::AtMost => q.high.or(q.value),
        _ => q.value,
    }
}

/// How far apart two figures in different sentences may be and still be
/// taken for one figure misreported. Tabloid copy inflates: "at least 40"
/// dead against 17, shares that "PLUNGED 18 per cent" against a fall of
/// 8.4% are one figure each. (Raised from two on 2026-11-29 after those
/// corpus misses; no paraphrase alarm followed.)
const MISREPORT_FACTOR: f64 = 3.0;

/// Figures of one measure in different sentences may still be different
/// facts: "landlords who own four or fewer units" and "roughly 22,000
/// units". Two figures in one unit are taken for two facts when they cannot
/// both be true and lie more than [`MISREPORT_FACTOR`] apart (a toll of six
/// against eight, a five-hour against a six-hour meeting, can be one figure
/// misreported). Figures in different units ("two months' worth of rain",
/// "in 24 hours") are not told apart this way.
pub fn different_facts(a: &Quantity, b: &Quantity) -> bool {
    // A vague amount ("a few dozen", "several hundred") characterises a
    // figure: "a few dozen people gathered" against "about 300" is one
    // crowd played down.
    let vague = |q: &Quantity| q.approximation == Approximation::Vague;
    !vague(a)
        && !vague(b)
        && comparable(a, b)
        && compare(a, b, f64::INFINITY) == Agreement::Incompatible
        && !within_factor(a, b, MISREPORT_FACTOR)
}

/// Do two figures lie within `factor` of each other? Figures without a
/// nominal value (or of opposite signs) are not.
fn within_factor(a: &Quantity, b: &Quantity, factor: f64) -> bool {
    let b = &*in_unit_of(b, a);
    match (nominal(a).or(a.low), nominal(b).or(b.low)) {
        (Some(x), Some(y)) if x * y > 0.0 => x.abs().max(y.abs()) <= factor * x.abs().min(y.abs()),
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// Days in a unit of time; a month and a year as the calendar averages them.
fn days_in(unit: &str) -> Option<f64> {
    Some(match unit {
        "ms" => 1.0 / 86_400_000.0,
        "second" => 1.0 / 86_400.0,
        "minute" => 1.0 / 1_440.0,
        "hour" => 1.0 / 24.0,
        "day" | "night" => 1.0,
        "week" => 7.0,
        "fortnight" => 14.0,
        "month" => 30.44,
        "year" => 365.25,
        "decade" => 3_652.5,
        "century" => 36_525.0,
        _ => return None,
    })
}

/// Are both durations in known units of time, each said of what happened
/// to someone ("held for nearly five months" and "more than 200 days as
/// prisoners") or both the length of a named thing ("three days of
/// national mourning" and "a week of national mourning")? Lengths in other
/// units told of nothing more are mostly other spans: "a two-day session"
/// and its final 16 hours, "nearly five decades" of a plant and a worker's
/// 31 years there. Minutes and hours are the exception: they time one
/// stretch of a day alike ("nearly an hour", "around 40 minutes").
fn both_in_time(a: &Quantity, b: &Quantity) -> bool {
    let timed = |q: &Quantity| {
        q.kind == QuantityKind::Duration && q.unit.as_deref().and_then(days_in).is_some()
    };
    // Whether the two named things are one ("eight months of negotiations",
    // "two years of talks") is for the caller, which knows the synonyms.
    let told = (a.predicate.is_some() && b.predicate.is_some())
        || (a.counts.is_some() && b.counts.is_some());
    // Minutes and hours of a clock measure one stretch the same way:
    // "nearly an hour" and "around 40 minutes" away from the table.
    let clock = |q: &Quantity| matches!(q.unit.as_deref(), Some("minute" | "hour"));
    timed(a) && timed(b) && (told || clock(a) && clock(b))
}

/// `q` in the unit of time of `like`, when both are durations in different
/// units ("five months" as about 152 days). Calendar units convert only
/// roughly, so an exact figure becomes an approximate one. Anything else is
/// `q` as it is.
fn in_unit_of<'q>(q: &'q Quantity, like: &Quantity) -> std::borrow::Cow<'q, Quantity> {
    use std::borrow::Cow;
    if q.unit == like.unit {
        return Cow::Borrowed(q);
    }
    // As a fraction, so that 385 pence is exactly the 3.85 written as pounds.
    let ((times, per), approximation) = if let Some(factor) = exact_conversion(q, like) {
        (factor, q.approximation)
    } else if both_in_time(q, like) {
        // Both units are known to `days_in` by now.
        let days = |x: &Quantity| x.unit.as_deref().and_then(days_in).unwrap_or(1.0);
        let approximation = match q.approximation {
            Approximation::Exact => Approximation::About,
            other => other,
        };
        ((days(q), days(like)), approximation)
    } else {
        return Cow::Borrowed(q);
    };
    let scale = |v: Option<f64>| v.map(|v| v * times / per);
    Cow::Owned(Quantity {
        value: scale(q.value),
        low: scale(q.low),
        high: scale(q.high),
        unit: like.unit.clone(),
        approximation,
        ..q.clone()
    })
}

/// How many of `like`'s units one of `q`'s is, as a fraction, when one is
/// an exact multiple of the other: metric units of one dimension
/// (centimetres of metres), pence of pounds ("385 pence" and "£3.85
/// a share" are one price), a per cent of a share ("nearly a quarter" and
/// "32 percent" above market rates). A concentration whose volume or mass a
/// writer leaves unsaid the second time is in the same unit: "a threshold
/// of 2 nanograms" after "4.6 nanograms per millilitre".
fn exact_conversion(q: &Quantity, like: &Quantity) -> Option<(f64, f64)> {
    match (q.unit.as_deref(), like.unit.as_deref()) {
        (Some("pence"), Some("GBP")) => Some((1.0, 100.0)),
        (Some("GBP"), Some("pence")) => Some((100.0, 1.0)),
        (None, Some("percent")) if is_share(q) => Some((100.0, 1.0)),
        (Some("percent"), None) if is_share(like) => Some((1.0, 100.0)),
        (Some(u), Some(v)) if per_left_unsaid(u, v) || per_left_unsaid(v, u) => Some((1.0, 1.0)),
        (Some(u), Some(v)) => match (metric(u), metric(v)) {
            (Some((x, times)), Some((y, per))) if x == y => Some((times, per)),
            _ => None,
        },
        _ => None,
    }
}

/// A metric unit's dimension and size in its base unit: "80 centimetres"
/// and "more than a metre" are both lengths, 0.8 and 1 m.
fn metric(unit: &str) -> Option<(char, f64)> {
    Some(match unit {
        "mm" => ('m', 0.001),
        "cm" => ('m', 0.01),
        "m" => ('m', 1.0),
        "km" => ('m', 1000.0),
        "mg" => ('g', 0.001),
        "g" => ('g', 1.0),
        "kg" => ('g', 1000.0),
        "t" => ('g', 1_000_000.0),
        "ml" => ('l', 0.001),
        "l" => ('l', 1.0),
        "µSv" => ('S', 0.000_001),
        "mSv" => ('S', 0.001),
        "Sv" => ('S', 1.0),
        _ => return None,
    })
}

/// Is `per` the unit `unit` a volume or mass of something ("ng/ml" of
/// "ng", "mg/kg" of "mg")?
fn per_left_unsaid(unit: &str, per: &str) -> bool {
    per.strip_prefix(unit)
        .and_then(|rest| rest.strip_prefix('/'))
        .is_some_and(|of| ["ml", "l", "dl", "kg", "g", "m³"].contains(&of))
}

/// "roughly a third", "nearly a quarter": a share of something, not a count
/// of anything.
fn is_share(q: &Quantity) -> bool {
    q.kind == QuantityKind::Number
        && q.unit.is_none()
        && nominal(q).is_some_and(|v| v > 0.0 && v < 1.0)
}

/// Can two quantities be about the same thing? (same kind of amount and unit)
pub fn comparable(a: &Quantity, b: &Quantity) -> bool {
    use QuantityKind::*;
    let family = |k: QuantityKind| match k {
        Number | Range => 0,
        Ordinal => 1,
        Percent => 2,
        Money => 3,
        Score => 4,
        Measure | Duration => 5,
    };
    let converts = exact_conversion(a, b).is_some();
    (family(a.kind) == family(b.kind) || converts)
        && (a.unit == b.unit || converts || other_currency(a, b) || both_in_time(a, b))
        && a.distributive == b.distributive
        && (is_share(a) == is_share(b) || converts)
}

/// Are two quantities money in two known currencies ("$5 million" and "£2
/// million")? Without an exchange rate neither confirms the other: they
/// compare as loose, for a reader to check.
fn other_currency(a: &Quantity, b: &Quantity) -> bool {
    a.kind == QuantityKind::Money
        && b.kind == QuantityKind::Money
        && a.unit.is_some()
        && b.unit.is_some()
        && a.unit != b.unit
        && exact_conversion(a, b).is_none()
}

/// Pair up the quantities of two claims: comparable ones, preferring the
/// same counted noun and close values.
pub fn pair(a: &[Quantity], b: &[Quantity], lex: &Lexicon) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    let noun = |q: &Quantity| counted_noun(q, lex);
    // A figure that counts nothing named pairs only when neither side has
    // another figure of its kind to offer ("one of them" is not "eleven
    // people"; in "six killed and hundreds displaced" against "six dead and
    // four missing", "hundreds" is not "four").
    let alone = |q: &Quantity, qs: &[Quantity]| qs.iter().filter(|o| comparable(q, o)).count() == 1;
    for (i, x) in a.iter().enumerate() {
        for (j, y) in b.iter().enumerate() {
            // The level a change left is not the level another reached:
            // "up from 4.25%" against "a rise to 5%".
            if !comparable(x, y) || left_and_reached(x, y) {
                continue;
            }
            // The dead are not the rescued, whatever noun counts them.
            // The same figure is most likely the same fact: "each side will
            // release 23 prisoners" and "46 prisoners in total, 23 from each
            // side".
            let equal = nominal(x).is_some() && nominal(x) == nominal(y);
            // What happens to them tells what two figures count, whatever
            // noun counts them ("a dozen prisoners released", "16
            // imprisoned members freed").
            // Two levels a change reached are one fact: "cut its tariff from
            // 25 per cent to 10 per cent" against "slash its 35% tariff down
            // to 15%".
            let reached = x.level == Level::Reached && y.level == Level::Reached;
            // Whose figure each is, when both say: the organisers' count is
            // not the police's; the police's is the police's however it
            // counts.
            let same_source = match (&x.source, &y.source) {
                (Some(s), Some(t)) if s != t => continue,
                (Some(_), Some(_)) => true,
                _ => false,
            };
            let counted = same_source
                || match (&x.predicate, &y.predicate, noun(x), noun(y)) {
                    (Some(p), Some(q), ..) => p == q,
                    (_, _, Some(m), Some(n)) => {
                        m == n
                            || generic(&m) && !counts_things(y)
                            || generic(&n) && !counts_things(x)
                    }
                    _ => equal || reached || (alone(x, b) && alone(y, a)),
                };
            if !counted {
                continue;
            }
            let mut score = 1.0;
            if x.counts.is_some() && noun(x) == noun(y) {
                score += 2.0;
            }
            if x.kind == y.kind {
                score += 0.5;
            }
            if equal {
                score += 2.5;
            }
            if let (Some(u), Some(v)) = (nominal(x).or(x.low), nominal(y).or(y.low)) {
                score += 1.0 / (1.0 + relative_gap(u, v) * 4.0);
            }
            // Position in the sentence: the n-th figure tends to match the n-th.
            score -= 0.1 * (i as f64 - j as f64).abs();
            candidates.push((score, i, j));
        }
    }
    candidates.sort_by(|p, q| q.0.total_cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
    let mut used_a = vec![false; a.len()];
    let mut used_b = vec![false; b.len()];
    let mut out = Vec::new();
    for (_, i, j) in candidates {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
            out.push((i, j));
        }
    }
    out.extend(last_left(a, b, &used_a, &used_b));
    out.sort();
    out
}

/// Is one figure the level a change left and the other the level a change
/// reached ("up from 4.25%" against "a rise to 5%")? Those are not one fact.
fn left_and_reached(x: &Quantity, y: &Quantity) -> bool {
    let ends = [x.level, y.level];
    ends.contains(&Level::Left) && ends.contains(&Level::Reached)
}

/// The one figure of a kind each side has left once the others are paired:
/// in "growth of 1.2%, from 1.8%" against "growth of 1.4%, from 1.8%" the
/// 1.8s pair as equal, and 1.2 and 1.4 are what is left to compare; with
/// nothing paired, "the crown fell 1.8 percent …, while the index closed
/// 3.2 percent lower" against "the crown crashed nearly 4%" compares the
/// sentence's main figure, its first, with the other's only one. Only a
/// figure that counts nothing named on both sides, as [`pair`] pairs alone
/// figures.
fn last_left(
    a: &[Quantity],
    b: &[Quantity],
    used_a: &[bool],
    used_b: &[bool],
) -> Vec<(usize, usize)> {
    let left = |qs: &[Quantity], used: &[bool], q: &Quantity| -> Vec<usize> {
        (0..qs.len())
            .filter(|&k| !used[k] && comparable(q, &qs[k]))
            .collect()
    };
    // With more than one left, the levels a change reached: in "to 4.75
    // per cent from 4.25 per cent" against "by half a point to 5%", 4.75
    // and 5. Failing that, against one figure left on the other side, the
    // first of them, where a sentence puts its main figure: "Headline
    // inflation was 6.1 per cent …, and core inflation … 5.4" against
    // "Prices are rising at nearly 7% a year".
    let narrow = |qs: &[Quantity], found: Vec<usize>, other: usize| -> Vec<usize> {
        if found.len() < 2 {
            return found;
        }
        let levels: Vec<usize> = found
            .iter()
            .copied()
            .filter(|&k| qs[k].level == Level::Reached)
            .collect();
        match (levels.len(), other) {
            (1, _) => levels,
            (0, 1) => vec![found[0]],
            _ => Vec::new(),
        }
    };
    let mut out = Vec::new();
    for (i, x) in a.iter().enumerate() {
        if used_a[i] || x.counts.is_some() || x.predicate.is_some() {
            continue;
        }
        let (la, lb) = (left(a, used_a, x), left(b, used_b, x));
        let (na, nb) = (la.len(), lb.len());
        let (la, lb) = (narrow(a, la, nb), narrow(b, lb, na));
        if let ([k], [j]) = (la.as_slice(), lb.as_slice())
            && *k == i
            && b[*j].counts.is_none()
            && b[*j].predicate.is_none()
            && !left_and_reached(x, &b[*j])
        {
            out.push((i, *j));
        }
    }
    out
}

/// What a figure measures, as a key: "time/talk" for a "five-hour meeting"
/// and a "six-hour session" alike (the counted noun through the synonym
/// groups, any unit of time as "time"), "/killed" for "six killed" and
/// "eight people dead" (what happened to the counted says more than the
/// noun). `None` for a figure with neither unit nor counted noun.
pub fn measure(q: &Quantity, lex: &Lexicon) -> Option<String> {
    if q.unit.is_none() && q.counts.is_none() && q.predicate.is_none() {
        return None;
    }
    // Time held and time in prison are one length of custody ("held for
    // 143 days", "200 days as prisoners"); counts of the held and of the
    // jailed stay apart (hostages freed, prisoners released).
    let custody = q.kind == QuantityKind::Duration && q.predicate.as_deref() == Some("jailed");
    let what = if custody {
        Some("arrested".to_string())
    } else {
        (q.predicate.as_deref().map(String::from)).or_else(|| counted_noun(q, lex))
    };
    Some(measure_key(q, what.as_deref()))
}

/// A measure key: the figure's unit (any unit of time as "time", any
/// currency as "money", so "$5 million" and "£2 million" are one ransom),
/// what it counts, and whether it is a figure for each ("23 from each side"
/// is another measure than the 46 in all).
fn measure_key(q: &Quantity, what: Option<&str>) -> String {
    let unit = match q.kind {
        QuantityKind::Duration => "time",
        QuantityKind::Money => "money",
        _ => q.unit.as_deref().unwrap_or(""),
    };
    let each = if q.distributive { " each" } else { "" };
    format!("{unit}/{}{each}", what.unwrap_or_default())
}

/// The noun a figure counts, through the synonym groups.
fn counted_noun(q: &Quantity, lex: &Lexicon) -> Option<String> {
    q.counts
        .as_deref()
        .map(|c| lex.canonical(&c.to_lowercase()))
}

/// The [`measure`] of a figure, and when a predicate names it, its measure
/// by what it counts alone: "seven aid workers held by an armed group" is
/// a count of the held ("/arrested") and of the workers ("/workers").
pub fn measures(q: &Quantity, lex: &Lexicon) -> Vec<String> {
    let mut out: Vec<String> = measure(q, lex).into_iter().collect();
    if q.predicate.is_some()
        && let Some(noun) = counted_noun(q, lex)
    {
        out.push(measure_key(q, Some(&noun)));
    }
    out
}

/// Is a [`measure`] key the length of a named event ("time/talks"), not of
/// an unnamed one ("time/")?
pub fn is_event_length(measure: &str) -> bool {
    measure
        .strip_prefix("time/")
        .is_some_and(|event| !event.is_empty())
}

/// Is a [`measure`] key one of a physical unit ("ha/", "km/"), not a count,
/// a sum, a share or a length of time? Such a figure (the area a fire
/// burned, the length of a border) is seldom given twice in a story.
pub fn is_physical(measure: &str) -> bool {
    let unit = measure.split('/').next().unwrap_or_default();
    !unit.is_empty() && !["time", "money", "percent"].contains(&unit)
}

/// Does a figure count anyone, with nothing said of what happened to them
/// ("52 people had been dragged away")?
pub fn counts_anyone(q: &Quantity, lex: &Lexicon) -> bool {
    q.predicate.is_none() && counted_noun(q, lex).is_some_and(|noun| generic(&noun))
}

/// Does a figure count things no one would call people: "14 vehicles" is
/// not "more than 30 people"? (Read from the noun as written, singular or
/// plural, without the stemmer: pairing asks this of every two figures.)
fn counts_things(q: &Quantity) -> bool {
    const THINGS: &[&str] = &[
        "vehicle",
        "car",
        "lorry",
        "truck",
        "bus",
        "coach",
        "train",
        "carriage",
        "boat",
        "ship",
        "vessel",
        "aircraft",
        "plane",
        "flight",
        "helicopter",
        "home",
        "house",
        "building",
        "property",
        "school",
        "hospital",
        "bed",
        "shop",
        "business",
        "village",
        "town",
        "animal",
        "whale",
        "cattle",
        "tonne",
        "litre",
        "page",
        "document",
        "file",
    ];
    let Some(noun) = q.counts.as_deref() else {
        return false;
    };
    let noun = noun.to_lowercase();
    let singulars = [
        Some(noun.clone()),
        noun.strip_suffix("ies").map(|stem| format!("{stem}y")),
        noun.strip_suffix("es").map(str::to_string),
        noun.strip_suffix('s').map(str::to_string),
    ];
    singulars
        .into_iter()
        .flatten()
        .any(|w| THINGS.contains(&w.as_str()))
}

/// Nouns (stemmed) that count anyone: "400 people" and "1,000 protesters"
/// may be the same crowd, "four of the affected participants" and "six
/// volunteers" the same patients of a trial.
fn generic(noun: &str) -> bool {
    [
        "peopl", "people", "person", "individu", "other", "resid", "particip",
    ]
    .contains(&noun)
}

/// A quantity as an editor reads it: "5 hour", "~40,000", "≥ 30", "10,000–99,999".
pub fn display(q: &Quantity) -> String {
    let unit = q
        .unit
        .as_deref()
        .map(|u| format!(" {u}"))
        .unwrap_or_default();
    let num = |v: Option<f64>| v.map(thousands).unwrap_or_else(|| "?".into());
    if q.kind == QuantityKind::Score {
        return format!("{}-{}", num(q.low), num(q.high));
    }
    let body = match q.approximation {
        Approximation::Exact if q.value.is_some() => num(q.value),
        Approximation::About => format!("~{}", num(q.value)),
        Approximation::AtLeast => format!("≥ {}", num(q.low.or(q.value))),
        Approximation::AtMost => format!("≤ {}", num(q.high.or(q.value))),
        _ => format!("{}–{}", num(q.low), num(q.high)),
    };
    format!("{body}{unit}")
}

fn thousands(v: f64) -> String {
    if v.fract() != 0.0 || v.abs() >= 1e15 {
        return format!("{v}");
    }
    let digits = format!("{}", v.abs() as i64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn q(
        value: Option<f64>,
        low: Option<f64>,
        high: Option<f64>,
        approximation: Approximation,
    ) -> Quantity {
        Quantity {
            text: Box::default(),
            span: Span::default(),
            kind: QuantityKind::Number,
            value,
            low,
            high,
            unit: None,
            approximation,
            counts: None,
            predicate: None,
            distributive: false,
            level: Level::None,
            source: None,
        }
    }
    fn exact(v: f64) -> Quantity {
        q(Some(v), Some(v), Some(v), Approximation::Exact)
    }
    fn about(v: f64) -> Quantity {
        q(Some(v), Some(v), Some(v), Approximation::About)
    }
    fn at_least(v: f64) -> Quantity {
        q(Some(v), Some(v), None, Approximation::AtLeast)
    }

    #[test]
    fn a_tally_told_either_way_round_is_one() {
        let score = |low: f64, high: f64| Quantity {
            kind: QuantityKind::Score,
            ..q(None, Some(low), Some(high), Approximation::Exact)
        };
        let tally = score(237.0, 186.0);
        assert_eq!(compare(&tally, &score(186.0, 237.0), 0.2), Agreement::Same);
        assert_eq!(
            compare(&tally, &score(236.0, 186.0), 0.2),
            Agreement::Incompatible
        );
    }

    #[test]
    fn figures_pair_by_whose_they_are() {
        let lex = Lexicon::default();
        let by = |v: f64, source: &str, counts: Option<&str>| Quantity {
            source: Some(source.into()),
            counts: counts.map(Into::into),
            ..exact(v)
        };
        // "80,000 according to the organisers, 12,000 according to police"
        // against "about 5,000 people, according to police".
        let a = [
            by(80_000.0, "organisers", None),
            by(12_000.0, "police", None),
        ];
        let b = [by(5_000.0, "police", Some("people"))];
        assert_eq!(pair(&a, &b, &lex), [(1, 0)]);
        // The organisers' count is not the police's.
        assert!(pair(&a[..1], &b, &lex).is_empty());
    }

    #[test]
    fn jobs_cut_and_workers_axed_are_one_count() {
        let lex = Lexicon::default();
        let measure_of = |noun: &str| {
            let counted = Quantity {
                counts: Some(noun.into()),
                ..exact(2400.0)
            };
            measure(&counted, &lex)
        };
        for noun in ["jobs", "roles", "posts", "staff", "rescuers"] {
            assert_eq!(measure_of(noun), measure_of("workers"), "{noun}");
        }
        assert_ne!(measure_of("passengers"), measure_of("workers"));
    }

    #[test]
    fn a_concentration_repeated_without_its_volume_keeps_its_unit() {
        // "a threshold of 2 nanograms" after "4.6 nanograms per millilitre".
        assert!(comparable(&measured(2.0, "ng"), &measured(2.0, "ng/ml")));
        assert_eq!(
            compare(&measured(2.0, "ng"), &measured(2.0, "ng/ml"), 0.2),
            Agreement::Same
        );
        // A distance is no speed.
        assert!(!comparable(
            &measured(80.0, "km"),
            &measured(80.0, "km/hour")
        ));
    }

    /// An exact measure in `unit`.
    fn measured(v: f64, unit: &str) -> Quantity {
        Quantity {
            kind: QuantityKind::Measure,
            unit: Some(unit.into()),
            ..exact(v)
        }
    }

    #[test]
    fn metric_units_of_one_dimension_convert() {
        // "80 centimetres of fresh snow" and "more than a metre".
        let metre = Quantity {
            approximation: Approximation::AtLeast,
            low: Some(1.0),
            ..measured(1.0, "m")
        };
        assert!(comparable(&measured(80.0, "cm"), &metre));
        assert_eq!(
            compare(&measured(80.0, "cm"), &metre, 0.2),
            Agreement::Incompatible
        );
        assert_eq!(
            compare(&measured(1.5, "km"), &measured(1500.0, "m"), 0.2),
            Agreement::Same
        );
        // A length is no weight.
        assert!(!comparable(&measured(2.0, "kg"), &measured(2.0, "m")));
    }

    #[test]
    fn pence_and_pounds_are_one_price() {
        let money = |v: f64, unit: &str| Quantity {
            kind: QuantityKind::Money,
            unit: Some(unit.into()),
            ..exact(v)
        };
        // "385 pence a share" and "£3.85 a share".
        assert!(comparable(&money(385.0, "pence"), &money(3.85, "GBP")));
        assert_eq!(
            compare(&money(385.0, "pence"), &money(3.85, "GBP"), 0.2),
            Agreement::Same
        );
        assert_eq!(
            compare(&money(3.85, "GBP"), &money(385.0, "pence"), 0.2),
            Agreement::Same
        );
        // "395p" is another price.
        assert_eq!(
            compare(&money(3.85, "GBP"), &money(395.0, "pence"), 0.2),
            Agreement::Incompatible
        );
        // A share is a per cent of a whole.
        let share = about(0.25);
        let percent = Quantity {
            kind: QuantityKind::Percent,
            unit: Some("percent".into()),
            ..exact(32.0)
        };
        assert!(comparable(&share, &percent) && comparable(&percent, &share));
        assert_eq!(compare(&percent, &share, 0.2), Agreement::Incompatible);
        assert!(!comparable(&share, &exact(12.0)));
        // Another currency still compares only loosely.
        assert_eq!(
            compare(&money(3.85, "GBP"), &money(3.85, "USD"), 0.2),
            Agreement::Loose
        );
    }

    #[test]
    fn the_figures_left_once_equal_ones_pair_are_compared() {
        let lex = Lexicon::default();
        let pct = |v: f64| Quantity {
            kind: QuantityKind::Percent,
            unit: Some("percent".into()),
            ..exact(v)
        };
        // "growth of 1.2%, from 1.8%" against "1.4%, from 1.8%".
        let pairs = pair(&[pct(1.2), pct(1.8)], &[pct(1.4), pct(1.8)], &lex);
        assert_eq!(pairs, [(0, 0), (1, 1)]);
        // With nothing equal to anchor them, two figures each stay apart.
        assert!(pair(&[pct(1.2), pct(2.5)], &[pct(1.4), pct(3.0)], &lex).is_empty());
        // Two left on one side: the levels a change reached pair ("by half
        // a point, to 4.75% from 4.25%" against "by half a point to 5%").
        let points = || Quantity {
            kind: QuantityKind::Percent,
            unit: Some("percentage point".into()),
            ..exact(0.5)
        };
        let level = |v: f64| Quantity {
            level: Level::Reached,
            ..pct(v)
        };
        let pairs = pair(
            &[points(), level(4.75), pct(4.25)],
            &[points(), level(5.0)],
            &lex,
        );
        assert_eq!(pairs, [(0, 0), (1, 1)]);
        // The level left is not the level reached: "up from 4.25%" against
        // "a rise to 5%".
        let left = Quantity {
            level: Level::Left,
            ..pct(4.25)
        };
        assert!(pair(&[left], &[level(5.0)], &lex).is_empty());
        // Two levels reached are one fact, and what is left pairs: "from
        // 25 per cent to 10 per cent" against "its 35% tariff down to 15%".
        let from = Quantity {
            level: Level::Left,
            ..pct(25.0)
        };
        let pairs = pair(&[from, level(10.0)], &[pct(35.0), level(15.0)], &lex);
        assert_eq!(pairs, [(0, 0), (1, 1)]);
        // Against one left, the first of two: "Headline inflation was 6.1
        // per cent, well above the 3% target, and core inflation 5.4 per
        // cent" against "rising at 7% a year, above the bank's 3% target".
        let pairs = pair(&[pct(6.1), pct(3.0), pct(5.4)], &[pct(7.0), pct(3.0)], &lex);
        assert_eq!(pairs, [(0, 0), (1, 1)]);
        // So with nothing equal: "the crown fell 1.8 percent, while the
        // index closed 3.2 percent lower" against "crashed nearly 4%".
        assert_eq!(pair(&[pct(1.8), pct(3.2)], &[pct(4.0)], &lex), [(0, 0)]);
        // "Nearly 7%" is not 6.1%; "up to 7%" may be.
        let bound = |text: &str| Quantity {
            text: text.into(),
            ..q(Some(7.0), None, Some(7.0), Approximation::AtMost)
        };
        assert_eq!(
            compare(&exact(6.1), &bound("nearly 7"), 0.2),
            Agreement::Incompatible
        );
        assert_ne!(
            compare(&exact(6.1), &bound("up to 7"), 0.2),
            Agreement::Incompatible
        );
        assert_ne!(
            compare(&exact(6.8), &bound("nearly 7"), 0.2),
            Agreement::Incompatible
        );
        // "4.75%" rounds to "5%" in no one's copy; "4.4" to "4" does.
        assert_eq!(
            compare(&exact(4.75), &exact(5.0), 0.2),
            Agreement::Incompatible
        );
        assert_eq!(compare(&exact(4.4), &exact(4.0), 0.2), Agreement::Rounding);
    }

    #[test]
    fn figures_far_apart_that_exclude_each_other_are_different_facts() {
        let at_most = |v: f64| q(Some(v), None, Some(v), Approximation::AtMost);
        assert!(different_facts(&at_most(4.0), &about(22_000.0)));
        assert!(!different_facts(&exact(6.0), &exact(8.0)));
        assert!(!different_facts(&exact(5.0), &exact(6.0)));
        assert!(!different_facts(&about(40_000.0), &at_least(30_000.0)));
        assert!(different_facts(&exact(3.0), &exact(300.0)));
        // A figure inflated, not another fact: 17 dead against "at least
        // 40", a fall of 8.4% against 18%; four against thirteen are two.
        assert!(!different_facts(&exact(17.0), &at_least(40.0)));
        assert!(!different_facts(&exact(8.4), &exact(18.0)));
        assert!(different_facts(&exact(4.0), &exact(13.0)));
        // A vague amount characterises a figure: "a few dozen" people
        // against "about 300" is one crowd played down.
        let few_dozen = q(None, Some(24.0), Some(60.0), Approximation::Vague);
        assert!(!different_facts(&few_dozen, &about(300.0)));
        let hours = Quantity {
            unit: Some("hour".into()),
            ..exact(24.0)
        };
        // Other units: not told apart this way.
        assert!(!different_facts(&hours, &exact(2.0)));
    }

    #[test]
    fn figures_for_different_fates_do_not_pair() {
        let lex = Lexicon::default();
        let people = |v: f64, predicate: Option<&str>| Quantity {
            counts: Some("people".into()),
            predicate: predicate.map(Box::from),
            ..exact(v)
        };
        // "six people died" against "250 people were rescued": not one figure.
        let dead = [people(6.0, Some("killed"))];
        assert!(pair(&dead, &[people(250.0, Some("rescued"))], &lex).is_empty());
        // The same fate, or a figure whose fate is not told, pairs as before.
        assert_eq!(pair(&dead, &[people(8.0, Some("killed"))], &lex), [(0, 0)]);
        assert_eq!(pair(&dead, &[people(8.0, None)], &lex), [(0, 0)]);
        // One fate pairs whatever noun counts it: "a dozen prisoners
        // released" against "16 imprisoned members".
        let jailed = |v: f64, noun: &str| Quantity {
            counts: Some(noun.into()),
            predicate: Some("jailed".into()),
            ..exact(v)
        };
        assert_eq!(
            pair(
                &[jailed(12.0, "prisoners")],
                &[jailed(16.0, "members")],
                &lex
            ),
            [(0, 0)]
        );
        // People are not vehicles: "sending 14 vehicles into the water"
        // against "more than 30 people were injured".
        let vehicles = Quantity {
            counts: Some("vehicles".into()),
            ..exact(14.0)
        };
        let injured = [people(30.0, Some("injured"))];
        assert!(pair(&[vehicles], &injured, &lex).is_empty());
        let passengers = Quantity {
            counts: Some("passengers".into()),
            ..exact(30.0)
        };
        assert_eq!(pair(&[passengers], &injured, &lex), [(0, 0)]);
    }

    #[test]
    fn a_share_is_no_count() {
        let lex = Lexicon::default();
        // "the two countries" against "roughly a third of it".
        let countries = Quantity {
            counts: Some("countries".into()),
            ..exact(2.0)
        };
        assert!(!comparable(&countries, &about(1.0 / 3.0)));
        assert!(pair(&[countries], &[about(1.0 / 3.0)], &lex).is_empty());
        assert!(comparable(&about(0.25), &about(1.0 / 3.0)));
    }

    #[test]
    fn lengths_of_custody_compare_across_units_of_time() {
        let held = |v: f64, unit: &str, approximation: Approximation| Quantity {
            kind: QuantityKind::Duration,
            unit: Some(unit.into()),
            predicate: Some("arrested".into()),
            ..q(Some(v), Some(v), Some(v), approximation)
        };
        // "held for nearly five months" against "more than 200 days".
        let months = Quantity {
            low: None,
            ..held(5.0, "month", Approximation::AtMost)
        };
        let days = Quantity {
            high: None,
            ..held(200.0, "day", Approximation::AtLeast)
        };
        assert!(comparable(&months, &days));
        assert_eq!(compare(&months, &days, 0.2), Agreement::Incompatible);
        // A month is about 30 days; 143 days is nearly five months.
        let month = held(1.0, "month", Approximation::Exact);
        assert!(
            compare(&month, &held(30.0, "day", Approximation::Exact), 0.2) <= Agreement::Rounding
        );
        assert!(
            compare(&months, &held(143.0, "day", Approximation::Exact), 0.2) <= Agreement::Loose
        );
        // Lengths told of nothing more stay in their own units.
        let session = |v: f64, unit: &str| Quantity {
            predicate: None,
            ..held(v, unit, Approximation::Exact)
        };
        assert!(!comparable(&session(2.0, "day"), &session(16.0, "hour")));
        // Lengths of one named thing compare: "three days of national
        // mourning" and "a week of national mourning"; not a length of
        // something else.
        let of = |v: f64, unit: &str, thing: &str| Quantity {
            counts: Some(thing.into()),
            ..session(v, unit)
        };
        let (days, week) = (of(3.0, "day", "mourning"), of(1.0, "week", "mourning"));
        assert!(comparable(&days, &week));
        assert_eq!(compare(&days, &week, 0.2), Agreement::Incompatible);
        assert!(!comparable(&session(3.0, "day"), &week));
        // The length of something else is not paired with it; the length
        // of the same thing by another name is ("eight months of secret
        // negotiations" against "two years of secret talks").
        let lex = Lexicon::default();
        let other = of(16.0, "hour", "session");
        assert!(
            pair(
                std::slice::from_ref(&other),
                std::slice::from_ref(&week),
                &lex
            )
            .is_empty()
        );
        let (months, years) = (of(8.0, "month", "negotiations"), of(2.0, "year", "talks"));
        assert_eq!(
            pair(
                std::slice::from_ref(&months),
                std::slice::from_ref(&years),
                &lex
            ),
            vec![(0, 0)]
        );
        assert_eq!(compare(&months, &years, 0.2), Agreement::Incompatible);
        // Minutes and hours compare: "nearly an hour" against "around 40
        // minutes" is another length.
        let hour = Quantity {
            low: None,
            ..session(1.0, "hour")
        };
        let hour = Quantity {
            approximation: Approximation::AtMost,
            text: "nearly an hour".into(),
            ..hour
        };
        let minutes = Quantity {
            approximation: Approximation::About,
            ..session(40.0, "minute")
        };
        assert!(comparable(&hour, &minutes));
        assert_eq!(compare(&hour, &minutes, 0.2), Agreement::Incompatible);
    }

    #[test]
    fn time_held_and_time_in_prison_are_one_length_of_custody() {
        let lex = Lexicon::default();
        let days = |v: f64, predicate: &str| Quantity {
            kind: QuantityKind::Duration,
            unit: Some("day".into()),
            predicate: Some(predicate.into()),
            ..exact(v)
        };
        // "held for 143 days" against "more than 200 days as prisoners".
        assert_eq!(
            measure(&days(143.0, "arrested"), &lex),
            measure(&days(200.0, "jailed"), &lex)
        );
        // Counts of the held and of the jailed stay apart.
        let count = |predicate: &str| Quantity {
            predicate: Some(predicate.into()),
            ..exact(7.0)
        };
        assert_ne!(
            measure(&count("arrested"), &lex),
            measure(&count("jailed"), &lex)
        );
    }

    #[test]
    fn the_issue_examples() {
        assert_eq!(
            compare(&exact(5.0), &exact(4.0), 0.2),
            Agreement::Incompatible
        );
        assert_eq!(
            compare(&exact(41.0), &at_least(30.0), 0.2),
            Agreement::Loose
        );
        assert_eq!(
            compare(&about(12000.0), &at_least(10000.0), 0.2),
            Agreement::Rounding
        );
        let tens_of_thousands = q(None, Some(10000.0), Some(99999.0), Approximation::Vague);
        assert_eq!(
            compare(&tens_of_thousands, &about(40000.0), 0.2),
            Agreement::Rounding
        );
        assert_eq!(compare(&exact(3.0), &exact(3.0), 0.2), Agreement::Same);
    }

    #[test]
    fn rounding_between_exact_figures() {
        assert_eq!(
            compare(&exact(12000.0), &exact(12345.0), 0.2),
            Agreement::Rounding
        );
        assert_eq!(compare(&exact(4.0), &exact(4.4), 0.2), Agreement::Rounding);
        // 23.4 has one decimal, though 23.4 / 0.1 is not whole in floating
        // point.
        assert_eq!(
            compare(&exact(23.0), &exact(23.4), 0.2),
            Agreement::Rounding
        );
        assert_eq!(
            compare(&exact(23.0), &exact(23.45), 0.2),
            Agreement::Incompatible
        );
        assert_eq!(
            compare(&exact(5.0), &exact(4.5), 0.2),
            Agreement::Incompatible
        );
        assert_eq!(
            compare(&exact(30.0), &exact(28.0), 0.2),
            Agreement::Incompatible
        );
        assert_eq!(
            compare(&exact(28.0), &exact(27.0), 0.2),
            Agreement::Incompatible
        );
    }

    #[test]
    fn about_allows_the_rounding_of_its_figure_not_another_figure() {
        // "About 38,000" is 38,000 to the nearest thousand or so, not 36,000.
        assert_eq!(
            compare(&about(38000.0), &exact(36000.0), 0.2),
            Agreement::Incompatible
        );
        assert_eq!(
            compare(&about(38000.0), &exact(37600.0), 0.2),
            Agreement::Rounding
        );
        // A round figure allows its whole last unit: "about 400" for 380.
        assert_eq!(
            compare(&about(400.0), &exact(380.0), 0.2),
            Agreement::Rounding
        );
    }

    #[test]
    fn a_floor_and_a_ceiling_on_two_figures_are_loose() {
        let nearly = Quantity {
            text: "nearly 5,000 people".into(),
            ..q(Some(5000.0), None, Some(5000.0), Approximation::AtMost)
        };
        assert_eq!(compare(&at_least(4300.0), &nearly, 0.2), Agreement::Loose);
        // The same figure, rounded: a floor and a ceiling that meet.
        let under = q(Some(4000.0), None, Some(4000.0), Approximation::AtMost);
        assert_eq!(compare(&at_least(3960.0), &under, 0.2), Agreement::Rounding);
    }

    #[test]
    fn bounds_that_exclude_each_other_are_incompatible() {
        assert_eq!(
            compare(&at_least(2000.0), &exact(500.0), 0.2),
            Agreement::Incompatible
        );
    }

    #[test]
    fn a_figure_named_by_a_predicate_is_also_a_count_of_its_noun() {
        let lex = Lexicon::default();
        let held = Quantity {
            counts: Some("workers".into()),
            predicate: Some("arrested".into()),
            ..exact(7.0)
        };
        let measures = measures(&held, &lex);
        assert_eq!(measures.len(), 2);
        assert_eq!(measures[0], measure(&held, &lex).unwrap());
        let freed = Quantity {
            counts: Some("workers".into()),
            ..exact(6.0)
        };
        assert!(measures.contains(&measure(&freed, &lex).unwrap()));
        assert_eq!(super::measures(&freed, &lex).len(), 1);
    }

    #[test]
    fn display_is_readable() {
        assert_eq!(display(&about(40000.0)), "~40,000");
        assert_eq!(display(&at_least(30.0)), "≥ 30");
    }
}
