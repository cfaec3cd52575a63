//! Neighbouring amounts joined: ranges, scores and votes, proportions, and
//! open bounds that close each other ("more than 10 and less than 20").

use super::*;

/// Words that make "5-2" a score or vote rather than a range.
pub(super) const SCORE_BEFORE: &[&str] = &[
    "won",
    "win",
    "wins",
    "winning",
    "beat",
    "beats",
    "beating",
    "defeated",
    "defeat",
    "defeats",
    "lost",
    "lose",
    "loses",
    "losing",
    "drew",
    "draw",
    "tied",
    "tie",
    "passed",
    "voted",
    "vote",
    "votes",
    "approved",
    "rejected",
    "ruled",
    "score",
    "scored",
    "scoreline",
    "trailing",
    "trailed",
    "trail",
    "trails",
    "led",
    "leading",
    "leads",
    "victory",
    "margin",
    "edged",
    "thrashed",
    "routed",
    "overcame",
    "clinched",
    "split",
    "majority",
    "upheld",
    "struck",
    "confirmed",
    "carried",
    "backed",
];
pub(super) const SCORE_AFTER: &[&str] = &[
    "vote",
    "votes",
    "victory",
    "win",
    "defeat",
    "loss",
    "decision",
    "ruling",
    "majority",
    "margin",
    "lead",
    "draw",
    "verdict",
    "tally",
    "scoreline",
    "split",
    "count",
    "result",
    "triumph",
    "rout",
    "thrashing",
    "drubbing",
    "home",
    "away",
];
/// Verbs of change: "rose from 5 to 7" gives two values, not a range.
pub(super) const CHANGE: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "risen",
    "rising",
    "fell",
    "fall",
    "falls",
    "fallen",
    "falling",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "jumped",
    "jump",
    "dropped",
    "drop",
    "climbed",
    "climb",
    "grew",
    "grow",
    "grown",
    "declined",
    "decline",
    "cut",
    "raised",
    "raise",
    "lowered",
    "reduced",
    "reduce",
    "slid",
    "sank",
    "plunged",
    "soared",
    "surged",
    "edged",
    "went",
    "moved",
    "changed",
    "up",
    "down",
    "revised",
    "shrank",
    "expanded",
    "tumbled",
    "slipped",
    "dipped",
    "doubled",
    "tripled",
    "upgraded",
    "downgraded",
    "boosted",
];

pub(super) fn score_context(toks: &[Tok], a: &Atom, b: &Atom) -> bool {
    let from = a.first.saturating_sub(4);
    let before = toks[from..a.first]
        .iter()
        .any(|t| t.kind == Kind::Word && SCORE_BEFORE.contains(&t.lower.as_str()));
    let mut k = b.last + 1;
    if toks
        .get(k)
        .is_some_and(|t| t.is_word("in") || t.is_word("on"))
    {
        k += 1;
    }
    let after = toks
        .get(k)
        .is_some_and(|t| t.kind == Kind::Word && SCORE_AFTER.contains(&t.lower.as_str()));
    before || after
}

/// "one in three", "two out of five", "1 over 3": one number as a fraction.
pub(super) fn proportions(toks: &[Tok], atoms: Vec<Atom>) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::with_capacity(atoms.len());
    let mut it = atoms.into_iter().peekable();
    while let Some(a) = it.next() {
        if let Some(b) = it.peek()
            && a.is_plain_count()
            && b.is_plain_count()
            && a.value.fract() == 0.0
            && b.value.fract() == 0.0
            && a.value.abs() >= 1.0
            && a.value.abs() < b.value
            && a.approx == Approximation::Exact
        {
            let between = &toks[a.last + 1..b.first];
            let words: Vec<&str> = between.iter().map(form_of).collect();
            let year_like = b.digits == Some(4) && (1800.0..=2100.0).contains(&b.value);
            let ok = match words.as_slice() {
                ["out", "of"] => true,
                ["in"] => !year_like && b.value <= 1000.0,
                ["over"] => a.value.abs() <= 10.0,
                _ => false,
            };
            if ok {
                let mut c = a.clone();
                c.value = a.value / b.value;
                c.form = Form::Fraction;
                c.last = b.last;
                c.core.1 = b.last;
                c.digits = None;
                out.push(c);
                it.next();
                continue;
            }
        }
        out.push(a);
    }
    out
}

/// "an hour and a half", "two hours and 20 minutes", "three years two
/// months": one duration, in the smaller unit when two are joined.
pub(super) fn compound_durations(toks: &[Tok], atoms: Vec<Atom>) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::with_capacity(atoms.len());
    for b in atoms {
        if let Some(a) = out.last_mut()
            && let Some(joined) = add_duration(toks, a, &b)
        {
            *a = joined;
            continue;
        }
        out.push(b);
    }
    out
}

/// How many of the next smaller unit make one of a duration unit.
fn smaller_unit(name: &str) -> Option<(&'static str, f64)> {
    match name {
        "year" => Some(("month", 12.0)),
        "week" => Some(("day", 7.0)),
        "day" => Some(("hour", 24.0)),
        "hour" => Some(("minute", 60.0)),
        "minute" => Some(("second", 60.0)),
        _ => None,
    }
}

fn add_duration(toks: &[Tok], a: &Atom, b: &Atom) -> Option<Atom> {
    let unit = a.unit.filter(|u| u.kind == QuantityKind::Duration)?;
    let single = |x: &Atom| x.shape == Shape::Single && x.scale.is_none() && !x.chain;
    if !single(a) || !single(b) || b.approx != Approximation::Exact {
        return None;
    }
    let between: Vec<&str> = toks[a.last + 1..b.first].iter().map(form_of).collect();
    let mut r = a.clone();
    r.last = b.last;
    match (between.as_slice(), b.unit) {
        // "an hour and a half".
        (["and"], None) if b.value == 0.5 => {
            r.value += 0.5;
            Some(r)
        }
        // "two hours and 20 minutes", "three years two months".
        (["and"] | [], Some(small)) => {
            let (name, per) = smaller_unit(unit.name)?;
            (small.name == name && b.value < per).then(|| {
                r.value = a.value * per + b.value;
                r.unit = Some(small);
                r
            })
        }
        _ => None,
    }
}

/// Units two amounts share in a range: "$20-30 million", "20 to 30 percent".
pub(super) fn share_units(a: &mut Atom, b: &mut Atom) -> bool {
    match (a.unit, b.unit) {
        (Some(x), Some(y)) if x != y => return false,
        (None, Some(y)) => a.unit = Some(y),
        (Some(x), None) => b.unit = Some(x),
        _ => {}
    }
    if let Some(s) = b.scale
        && a.scale.is_none()
        && a.value * s <= b.value
    {
        a.value *= s;
        a.scale = Some(s);
    }
    true
}

/// Join neighbouring atoms into ranges, scores and open ranges.
pub(super) fn combine(toks: &[Tok], atoms: Vec<Atom>) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::with_capacity(atoms.len());
    let mut it = atoms.into_iter().peekable();
    while let Some(mut a) = it.next() {
        let Some(b) = it.peek() else {
            out.push(a);
            break;
        };
        let mut b = b.clone();
        if let Some(joined) = join(toks, &mut a, &mut b) {
            out.push(joined);
            it.next();
        } else {
            out.push(a);
        }
    }
    out
}

pub(super) fn join(toks: &[Tok], a: &mut Atom, b: &mut Atom) -> Option<Atom> {
    if a.chain || b.chain || a.shape != Shape::Single || b.shape != Shape::Single {
        return None;
    }
    if a.form == Form::Ordinal || b.form == Form::Ordinal {
        return None;
    }
    let between: Vec<&str> = toks[a.last + 1..b.first].iter().map(form_of).collect();
    // "more than 10 and less than 20", "at most 100 and at least 20".
    if matches!(
        between.as_slice(),
        ["and"] | ["but"] | [","] | [",", "and"] | [",", "but"]
    ) && a.unit == b.unit
    {
        let (lo, hi) = match (a.approx, b.approx) {
            (AtLeast, AtMost) => (a.value, b.value),
            (AtMost, AtLeast) => (b.value, a.value),
            _ => (f64::NAN, f64::NAN),
        };
        if lo < hi {
            let mut r = a.clone();
            r.last = b.last;
            r.shape = Shape::Range(lo, hi);
            r.approx = Approximation::Exact;
            return Some(r);
        }
    }
    if b.approx != Approximation::Exact || a.approx == AtLeast || a.approx == AtMost {
        // "5 or more" and "nearly 20-30" stay as they are (except "about").
        if !(a.approx == About && b.approx == Approximation::Exact) {
            return None;
        }
    }
    let first = a.first;
    let before = |w: &str| first > 0 && toks[first - 1].is_word(w);
    let dash = |s: &str| matches!(s, "-" | "–" | "—" | "~" | "‐" | "‑");
    let tight = !b.space_before_first(toks) && !toks[a.last + 1].space_before;
    let vote_words = matches!(
        between.as_slice(),
        ["votes", "to"] | ["votes", "to", "votes"]
    );
    let kind = match between.as_slice() {
        ["and"] if before("between") => Join::Range,
        [d] if dash(d) => Join::Dash,
        ["to"] | ["through"] | ["thru"] | ["till"] | ["until"] => {
            if before("from") {
                let from = a.first.saturating_sub(5);
                let change = toks[from..a.first]
                    .iter()
                    .any(|t| t.kind == Kind::Word && CHANGE.contains(&t.lower.as_str()));
                if change {
                    return None;
                }
            }
            Join::To
        }
        ["or"] => Join::Or,
        _ if vote_words => Join::Score,
        _ => return None,
    };
    let _ = tight;
    // "three-nought-four": a run of dashed numbers is not a range.
    if kind == Join::Dash {
        let dashed_after = toks.get(b.last + 1).is_some_and(|t| dash(t.raw))
            && toks
                .get(b.last + 2)
                .is_some_and(|t| t.kind == Kind::Num || lexeme(&t.lower).is_some());
        let dashed_before = a.first >= 2
            && dash(toks[a.first - 1].raw)
            && (toks[a.first - 2].kind == Kind::Num || lexeme(&toks[a.first - 2].lower).is_some());
        if dashed_after || dashed_before {
            return None;
        }
    }
    // "slipped 1.23 percent to 981.73": a change and the level it
    // reached, not a range; a range repeats the unit ("5 percent to 7
    // percent") or writes it once at the end ("5 to 7 percent").
    let unit_after_first = a.unit.is_some() && !a.currency_before && a.last > a.core.1;
    if kind == Join::To && unit_after_first && b.unit.is_none() {
        return None;
    }
    if !share_units(a, b) {
        return None;
    }
    // Year ranges written short: "2022-23", "1990-95".
    let mut hi = b.value;
    if kind == Join::Dash && a.digits == Some(4) && b.digits == Some(2) && hi < a.value {
        let century = (a.value / 100.0).floor() * 100.0;
        if century + hi > a.value {
            hi += century;
        }
    }
    let lo = a.value;
    let score = match kind {
        Join::Score => true,
        Join::Dash | Join::To => {
            score_context(toks, a, b)
                || (hi < lo && a.unit.is_none() && a.value.fract() == 0.0 && b.value.fract() == 0.0)
        }
        _ => false,
    };
    let mut r = a.clone();
    r.last = b.last;
    if matches!(kind, Join::Range) || (before("from") && matches!(kind, Join::To)) {
        r.first = a.first - 1;
    }
    if score {
        if a.unit.is_some() {
            return None;
        }
        r.shape = Shape::Score(lo, b.value);
        return Some(r);
    }
    if hi < lo {
        return None;
    }
    if kind == Join::Or && (a.unit.is_some() && a.unit != b.unit || hi - lo > 10.0 || lo == hi) {
        return None;
    }
    r.shape = Shape::Range(lo, hi);
    Some(r)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Join {
    Range,
    Dash,
    To,
    Or,
    Score,
}

impl Atom {
    fn space_before_first(&self, toks: &[Tok]) -> bool {
        toks[self.first].space_before
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::numbers::find_quantities_excluding as find;
    use crate::model::QuantityKind;

    fn one(text: &str) -> (QuantityKind, Option<f64>, Option<f64>, Option<f64>) {
        let q = find(text, &[]);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        (q[0].kind, q[0].value, q[0].low, q[0].high)
    }

    #[test]
    fn ranges() {
        use QuantityKind::*;
        assert_eq!(
            one("from 30 to 45 minutes"),
            (Duration, None, Some(30.0), Some(45.0))
        );
        assert_eq!(
            one("two or three days"),
            (Duration, None, Some(2.0), Some(3.0))
        );
        assert_eq!(one("$5-7 billion"), (Money, None, Some(5e9), Some(7e9)));
        assert_eq!(
            one("the 2019-21 period"),
            (Range, None, Some(2019.0), Some(2021.0))
        );
        assert_eq!(
            one("above 10 and below 20"),
            (Range, None, Some(10.0), Some(20.0))
        );
        assert_eq!(
            one("for an hour and a half"),
            (Duration, Some(1.5), Some(1.5), Some(1.5))
        );
        assert_eq!(
            one("lasted two hours and 20 minutes"),
            (Duration, Some(140.0), Some(140.0), Some(140.0))
        );
        // Not a smaller unit of it: two figures.
        assert_eq!(find("two hours and 90 minutes", &[]).len(), 2);
        assert_eq!(
            one("5 percent to 7 percent"),
            (Percent, None, Some(5.0), Some(7.0))
        );
        // A change and the level it reached are two figures.
        let q = find("slipped 1.23 percent to 981.73", &[]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[0].kind, q[0].value), (Percent, Some(1.23)));
        assert_eq!(q[1].value, Some(981.73));
    }

    #[test]
    fn scores_votes_and_proportions() {
        use QuantityKind::*;
        assert_eq!(
            one("they lost 0-3 at home"),
            (Score, None, Some(0.0), Some(3.0))
        );
        assert_eq!(one("a 6-3 ruling"), (Score, None, Some(6.0), Some(3.0)));
        assert_eq!(
            one("carried by 311 votes to 298"),
            (Score, None, Some(311.0), Some(298.0))
        );
        assert_eq!(one("two in three adults").1, Some(2.0 / 3.0));
        assert_eq!(one("four out of five doctors").1, Some(0.8));
        // A change is two values.
        assert_eq!(find("it climbed from 3% to 5%", &[]).len(), 2);
    }
}
