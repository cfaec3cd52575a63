//! What stands around a number: a currency before it, a unit, percent sign or
//! currency after it, cents, ages and feet-and-inches.

use super::*;

/// A currency written before token `i`: "$", "US$", "us $", "EUR", "MEUR".
/// Returns the unit, the multiplier ("MEUR" is millions) and the first token.
pub(super) fn currency_before(toks: &[Tok], i: usize) -> Option<(Unit, f64, usize)> {
    let p = i.checked_sub(1)?;
    let pt = &toks[p];
    if let Some(c) = pt.punct()
        && let Some(mut unit) = units::symbol(c)
    {
        let mut first = p;
        if c == '$' && p > 0 {
            // "US$", "HK$", "C$", "aud$", or spaced "us $", "c $", "u.s $".
            let w = &toks[p - 1];
            if w.kind == Kind::Word {
                let spaced_ok = w.raw.len() >= 2 || w.raw == "c";
                if (!pt.space_before || spaced_ok)
                    && let Some(u) = units::dollar_prefix(w.raw)
                {
                    unit = u;
                    first = p - 1;
                    // "u.s $"
                    if w.lower == "s"
                        && p >= 3
                        && toks[p - 2].is_punct('.')
                        && toks[p - 3].is_word("u")
                    {
                        unit = units::USD;
                        first = p - 3;
                    }
                }
            } else if w.is_punct('.') && p >= 3 && toks[p - 2].is_word("s") {
                // "U.S.$"
                if toks[p - 3].is_punct('.') && p >= 4 && toks[p - 4].is_word("u") {
                    unit = units::USD;
                    first = p - 4;
                }
            }
        }
        return Some((unit, 1.0, first));
    }
    if pt.kind == Kind::Word
        && let Some((unit, mult)) = units::code(pt.raw)
    {
        return Some((unit, mult, p));
    }
    // "Rs 500", "Rs. 500"
    if pt.raw == "Rs" {
        return Some((units::INR, 1.0, p));
    }
    if pt.is_punct('.') && p > 0 && toks[p - 1].raw == "Rs" {
        return Some((units::INR, 1.0, p - 1));
    }
    None
}

pub(super) fn attach_currency_before(toks: &[Tok], a: &mut Atom) {
    if a.form == Form::Ordinal || a.chain {
        return;
    }
    if let Some((unit, mult, first)) = currency_before(toks, a.first) {
        // "3 USD50": the code belongs to the number it touches.
        a.unit = Some(unit);
        a.value *= mult;
        if mult > 1.0 {
            a.scale = Some(mult);
        }
        a.first = first;
        a.currency_before = true;
    }
}

/// Money words before a number that make "pounds" sterling rather than weight.
pub(super) const MONEY_CUES: &[&str] = &[
    "paid",
    "pay",
    "pays",
    "paying",
    "cost",
    "costs",
    "costing",
    "price",
    "priced",
    "worth",
    "fine",
    "fined",
    "salary",
    "spent",
    "spend",
    "spending",
    "raised",
    "raise",
    "bid",
    "offer",
    "offered",
    "sold",
    "bought",
    "budget",
    "deal",
    "loan",
    "debt",
    "revenue",
    "profit",
    "profits",
    "tax",
    "funding",
    "fund",
    "grant",
    "earn",
    "earned",
    "earns",
    "wage",
    "compensation",
    "damages",
    "bill",
    "fee",
    "fees",
    "charge",
    "charged",
    "invest",
    "invested",
    "investment",
    "lost",
    "losses",
    "saved",
    "value",
    "valued",
    "donated",
    "award",
    "awarded",
];

/// The unit right after token `k` (which follows the number), if any, and the
/// last token it covers.
pub(super) fn unit_after(toks: &[Tok], a: &Atom, k: usize) -> Option<(Unit, usize, f64)> {
    let t = toks.get(k)?;
    // The unit must end at a word boundary: "24703L202" is a code.
    let ends = |last: usize| {
        !glued(toks, last + 1).is_some_and(|x| x.kind == Kind::Word || x.kind == Kind::Num)
    };
    match t.kind {
        Kind::Punct => {
            let c = t.punct()?;
            if c == '%' || c == '٪' {
                return Some((units::PERCENT, k, 1.0));
            }
            if c == '°' || c == 'º' {
                // "85°", "6°C", "20 ° F"
                if let Some(n) = toks.get(k + 1).filter(|n| n.kind == Kind::Word) {
                    let u = match n.raw {
                        "C" | "c" => Some(units::CELSIUS),
                        "F" | "f" => Some(units::FAHRENHEIT),
                        _ => match n.lower.as_str() {
                            "celsius" | "centigrade" => Some(units::CELSIUS),
                            "fahrenheit" => Some(units::FAHRENHEIT),
                            _ => None,
                        },
                    };
                    if let Some(u) = u
                        && ends(k + 1)
                    {
                        return Some((u, k + 1, 1.0));
                    }
                }
                return Some((units::DEGREE, k, 1.0));
            }
            if let Some(u) = units::symbol(c)
                && !a.currency_before
                && c != '¢'
            {
                // "10 $", "5 €", "100₾"; but not the "$" of the next amount.
                if !toks
                    .get(k + 1)
                    .is_some_and(|n| n.kind == Kind::Num && !n.space_before)
                {
                    return Some((u, k, 1.0));
                }
            }
            if c == '¢' {
                return Some((units::CENT, k, 1.0));
            }
            None
        }
        Kind::Word => {
            // Glued "40C", "104F", "50p".
            if !t.space_before && ends(k) && a.core.1 + 1 == k {
                if matches!(t.raw, "C" | "F") && temperature_like(toks, a.core.0, a.value) {
                    return Some((
                        if t.raw == "C" {
                            units::CELSIUS
                        } else {
                            units::FAHRENHEIT
                        },
                        k,
                        1.0,
                    ));
                }
                if atoms::glued_pence(toks, k, a.value) {
                    return Some((units::PENCE, k, 1.0));
                }
            }
            // ISO codes: "115USD", "75 USD", "75 USD million".
            if let Some((u, mult)) = units::code(t.raw)
                && !a.currency_before
            {
                if mult == 1.0
                    && let Some(s) = toks.get(k + 1).filter(|s| s.space_before).and_then(|s| {
                        match lexeme(&s.lower) {
                            Some(Lexeme::Card(words::Class::Scale, v)) => Some(v),
                            _ => None,
                        }
                    })
                {
                    return Some((u, k + 1, s));
                }
                if !glued(toks, k + 1).is_some_and(|x| x.kind == Kind::Num) {
                    return Some((u, k, mult));
                }
                return None;
            }
            // Two-word units: "square metres", "degrees Celsius", "us dollars".
            if let Some(n) = toks
                .get(k + 1)
                .filter(|n| n.kind == Kind::Word && n.space_before)
                && let Some(u) = units::phrase(&t.lower, &n.lower)
                && ends(k + 1)
            {
                // "south african rand"
                if t.lower == "south" && n.lower == "african" {
                    if toks.get(k + 2).is_some_and(|r| r.is_word("rand")) {
                        return Some((u, k + 2, 1.0));
                    }
                    return None;
                }
                // "hong kong dollars", "new zealand dollars": one word more.
                return Some((u, k + 1, 1.0));
            }
            // Hyphenated in a compound adjective: "a 20-nautical-mile zone".
            if glued(toks, k + 1).is_some_and(is_dash)
                && let Some(n) = glued(toks, k + 2).filter(|n| n.kind == Kind::Word)
                && let Some(u) = units::phrase(&t.lower, &n.lower)
                && ends(k + 2)
            {
                return Some((u, k + 2, 1.0));
            }
            if let Some(n) = toks
                .get(k + 1)
                .filter(|n| n.kind == Kind::Word && n.space_before)
                && let Some(n2) = toks
                    .get(k + 2)
                    .filter(|n| n.kind == Kind::Word && n.space_before)
                && ((t.lower == "hong" && n.lower == "kong")
                    || (t.lower == "new" && n.lower == "zealand"))
                && let Some(u) = units::phrase(&n.lower, &n2.lower)
            {
                return Some((u, k + 2, 1.0));
            }
            // A currency named by its country's adjective: "15,000 Vessarian
            // crowns" is money in crowns, as "18,000 crowns" is.
            if t.capitalised()
                && units::word(&t.lower).is_none()
                && let Some(n) = toks
                    .get(k + 1)
                    .filter(|n| n.kind == Kind::Word && n.space_before)
                && let Some(u) = units::word(&n.lower).filter(|u| u.kind == QuantityKind::Money)
                && ends(k + 1)
            {
                return Some((u, k + 1, 1.0));
            }
            // "deg c" style and "m2" glued squares.
            if (t.raw == "m" || t.raw == "km" || t.raw == "ft")
                && let Some(sq) = glued(toks, k + 1).and_then(int_of)
                && (sq == 2.0 || sq == 3.0)
                && ends(k + 1)
            {
                let name = format!("{}{}", t.raw, if sq == 2.0 { "2" } else { "3" });
                if let Some(u) = units::abbreviation(&name) {
                    return Some((u, k + 1, 1.0));
                }
            }
            if !ends(k) {
                return None;
            }
            // Abbreviations are case-sensitive; "m" after money is "million".
            if t.raw == "pm" || t.raw == "am" {
                return None;
            }
            if let Some(u) = units::abbreviation(t.raw) {
                // Single letters only glued ("100t", "5g") or for metres.
                let single = t.raw.chars().count() == 1;
                if single && t.space_before && !matches!(t.raw, "m" | "g" | "t") {
                    return None;
                }
                if single && t.space_before && t.raw != "m" {
                    return None;
                }
                return Some((u, k, 1.0));
            }
            let mut u = units::word(&t.lower)?;
            // "Three night-shift workers": the word opens a compound that
            // modifies the counted noun ("five-hour-long" stays a unit).
            if t.space_before
                && glued(toks, k + 1).is_some_and(|h| h.punct() == Some('-'))
                && glued(toks, k + 2).is_some_and(|w| w.kind == Kind::Word)
            {
                return None;
            }
            if u == units::POUND_WEIGHT && pounds_are_money(toks, a, k) {
                u = units::GBP;
                if toks.get(k + 1).is_some_and(|s| s.is_word("sterling")) {
                    return Some((u, k + 1, 1.0));
                }
            }
            // Capitalised unit words inside names ("5 Years Plan") are fine,
            // but "one Day" in a title is not worth the risk: keep them.
            Some((u, k, 1.0))
        }
        Kind::Num => None,
    }
}

pub(super) fn pounds_are_money(toks: &[Tok], a: &Atom, k: usize) -> bool {
    if a.scale.is_some_and(|s| s >= 1e6) || toks.get(k + 1).is_some_and(|s| s.is_word("sterling")) {
        return true;
    }
    let from = a.first.saturating_sub(5);
    toks[from..a.first]
        .iter()
        .any(|t| t.kind == Kind::Word && MONEY_CUES.contains(&t.lower.as_str()))
}

/// Units, percent signs and currencies after the number.
/// An earthquake's magnitude given without the unit after the figure:
/// "a magnitude 6.8 earthquake", "a 7.1 quake" (a figure with decimals
/// before a quake counts no quakes).
pub(super) fn attach_magnitude(toks: &[Tok], a: &mut Atom) {
    const QUAKES: &[&str] = &[
        "earthquake",
        "quake",
        "tremor",
        "aftershock",
        "earthquakes",
        "quakes",
        "tremors",
    ];
    if a.unit.is_some() || a.form != Form::Cardinal || !matches!(a.shape, Shape::Single) {
        return;
    }
    let before = a
        .first
        .checked_sub(1)
        .filter(|&p| toks[p].is_word("magnitude"));
    let scale = (1.0..10.0).contains(&a.value);
    let quake_after = a.value.fract() != 0.0
        && toks
            .get(a.last + 1)
            .is_some_and(|t| QUAKES.contains(&t.lower.as_str()));
    let richter = ["on", "the", "richter"]
        .iter()
        .enumerate()
        .all(|(k, w)| toks.get(a.last + 1 + k).is_some_and(|t| t.is_word(w)));
    if scale && (before.is_some() || quake_after || richter) {
        a.unit = Some(units::MAGNITUDE);
        if let Some(p) = before {
            a.first = p;
        }
    }
}

pub(super) fn attach_after(toks: &[Tok], a: &mut Atom) {
    if a.chain || a.form == Form::Ordinal {
        return;
    }
    let mut k = a.last + 1;
    // "five-hour", "2.5-mile", "12-cent": a compound adjective.
    let hyphen = glued(toks, k).is_some_and(is_dash);
    if hyphen {
        if !glued(toks, k + 1).is_some_and(|w| w.kind == Kind::Word) {
            return;
        }
        k += 1;
    }
    // "half an hour", "half a percentage point", "a quarter of a percentage
    // point"; "half a point" is a percentage point too ("lifts rates half a
    // point").
    let of_a = usize::from(toks.get(k).is_some_and(|t| t.is_word("of")));
    let unit_word = |i: usize| toks.get(i).map_or("", |t| t.lower.as_str());
    if !hyphen
        && a.spelled
        && a.value > 0.0
        && a.value < 1.0
        && toks
            .get(k + of_a)
            .is_some_and(|t| t.is_word("a") || t.is_word("an"))
    {
        let unit = k + of_a + 1;
        if unit_word(unit) == "point" {
            a.unit = Some(units::PERCENTAGE_POINT);
            a.last = unit;
            return;
        }
        if is_unit_of_time(unit_word(unit))
            || units::phrase(unit_word(unit), unit_word(unit + 1)) == Some(units::PERCENTAGE_POINT)
        {
            k = unit;
        }
    }
    // Vague amounts count their unit after "of": "millions of dollars".
    if matches!(a.shape, Shape::Vague(..)) {
        if toks.get(k).is_some_and(|t| t.is_word("of"))
            && let Some(t) = toks.get(k + 1)
            && let Some(u) = units::word(&t.lower).filter(|u| u.kind == QuantityKind::Money)
        {
            a.unit = Some(u);
            a.last = k + 1;
        }
        return;
    }
    match unit_after(toks, a, k) {
        Some((unit, last, mult)) if !(hyphen && unit.kind == QuantityKind::Percent) => {
            if a.currency_before {
                // "$5 million dollars": the word repeats the sign.
                if unit == units::USD && a.unit == Some(units::USD) {
                    a.last = last;
                }
            } else {
                a.unit = Some(if unit == units::DEGREE && angle_context(toks, a, last) {
                    units::ANGLE
                } else {
                    unit
                });
                a.value *= mult;
                if mult > 1.0 {
                    a.scale = Some(mult);
                }
                a.last = last;
                a.adjectival = hyphen;
            }
        }
        _ => {}
    }
    let Some(unit) = a.unit else { return };
    // "100 km/h", "50 meters per millisecond", "10,000 barrels per day",
    // "90 kilometres an hour" (but not "two hours a week ago").
    if !a.currency_before && unit.kind != QuantityKind::Percent {
        let (slash, article, k) = match toks.get(a.last + 1) {
            Some(t) if t.is_punct('/') && !t.space_before => (true, false, a.last + 2),
            Some(t) if t.is_word("per") => (false, false, a.last + 2),
            Some(t) if t.is_word("a") || t.is_word("an") => (false, true, a.last + 2),
            _ => (false, false, usize::MAX),
        };
        if let Some(t) = toks
            .get(k)
            .filter(|t| t.kind == Kind::Word && (slash != t.space_before))
            && let Some(per) = units::abbreviation(t.raw).or_else(|| units::word(&t.lower))
            && matches!(per.kind, QuantityKind::Measure | QuantityKind::Duration)
            && (!article || per.kind == QuantityKind::Duration && !time_adverb(toks.get(k + 1)))
            && !glued(toks, k + 1).is_some_and(|x| x.kind == Kind::Word || x.kind == Kind::Num)
        {
            a.per = Some(per);
            a.last = k;
        }
    }
    // "29 years old", "3 years of age", "29-year-old".
    if unit.kind == QuantityKind::Duration {
        let mut j = a.last + 1;
        if glued(toks, j).is_some_and(is_dash) {
            j += 1;
        }
        if toks.get(j).is_some_and(|t| t.is_word("old")) {
            a.last = j;
        } else if toks.get(j).is_some_and(|t| t.is_word("of"))
            && toks.get(j + 1).is_some_and(|t| t.is_word("age"))
        {
            a.last = j + 1;
        }
    }
    // "15 dollars and 50", "17 USD 25", "c$ 100 and fifty",
    // "thirteen dollars forty-five cents".
    if unit.kind == QuantityKind::Money
        && unit != units::CENT
        && !a.adjectival
        && a.value.fract() == 0.0
    {
        let mut j = a.last + 1;
        if toks.get(j).is_some_and(|t| t.is_word("and")) {
            j += 1;
        }
        if toks.get(j).is_some_and(|t| t.space_before)
            && let Some((cents, cents_last)) = small_number(toks, j)
            && cents < 100.0
            && cents.fract() == 0.0
        {
            let mut end = cents_last;
            let after = toks.get(end + 1);
            let is_cents = after.is_some_and(|t| t.is_word("cents") || t.is_word("cent"));
            let stops = match after {
                None => true,
                // A hyphen glued on makes a compound ("a £600 one-off
                // payment"), not pence.
                Some(t) => {
                    (t.kind == Kind::Punct && (t.space_before || !is_dash(t)))
                        || is_cents
                        || (t.kind == Kind::Word && STOP_WORDS.contains(t.lower.as_str()))
                }
            };
            if stops {
                if is_cents {
                    end += 1;
                }
                a.value += cents / 100.0;
                a.last = end;
            }
        }
    }
    // "5 ft 2 in", "5 feet and 2 inches".
    if unit == units::FOOT {
        let mut j = a.last + 1;
        if toks.get(j).is_some_and(|t| t.is_word("and")) {
            j += 1;
        }
        if let Some((inches, il)) = small_number(toks, j)
            && inches < 12.0
            && let Some(w) = toks.get(il + 1)
            && (w.raw == "in" || w.lower == "inches" || w.lower == "inch")
        {
            a.value += inches / 12.0;
            a.last = il + 1;
        }
    }
}

/// A word that makes "a week" after a figure a point in time, not a rate:
/// "two hours a week ago", "a day later".
fn time_adverb(next: Option<&Tok>) -> bool {
    next.is_some_and(|t| {
        ["ago", "earlier", "later", "before", "after", "from"]
            .iter()
            .any(|w| t.is_word(w))
    })
}

/// Degrees of a turn rather than of temperature: "rotate 90 degrees",
/// "a 180-degree turn".
pub(super) fn angle_context(toks: &[Tok], a: &Atom, last: usize) -> bool {
    const CUES: &[&str] = &[
        "rotate",
        "rotated",
        "rotates",
        "rotating",
        "turn",
        "turned",
        "turns",
        "turning",
        "angle",
        "angles",
        "tilt",
        "tilted",
        "tilts",
        "incline",
        "inclined",
        "slope",
        "arc",
        "banked",
        "pitch",
        "latitude",
        "longitude",
        "veer",
        "veered",
        "swung",
        "swing",
        "spin",
        "pivot",
        "pivoted",
        "u-turn",
        "shift",
    ];
    let from = a.first.saturating_sub(4);
    toks[from..a.first]
        .iter()
        .chain(toks.get(last + 1))
        .any(|t| t.kind == Kind::Word && CUES.contains(&t.lower.as_str()))
}

/// A small whole number at token `j` (digits or words), with its last token.
pub(super) fn small_number(toks: &[Tok], j: usize) -> Option<(f64, usize)> {
    let t = toks.get(j)?;
    if t.kind == Kind::Num {
        if glued(toks, j + 1).is_some_and(|x| x.kind != Kind::Punct) {
            return None;
        }
        return int_of(t).map(|v| (v, j));
    }
    let s = spelled(toks, j)?;
    (s.form == Form::Cardinal).then_some((s.value, s.last))
}

#[cfg(test)]
mod tests {
    use crate::extract::numbers::find_quantities_excluding as find;

    fn unit(text: &str) -> (Option<f64>, Option<String>) {
        let q = find(text, &[]);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        (q[0].value, q[0].unit.as_deref().map(String::from))
    }

    #[test]
    fn currencies_before_and_after() {
        assert_eq!(unit("a A$12 fee"), (Some(12.0), Some("AUD".into())));
        assert_eq!(unit("EUR 40 million"), (Some(4e7), Some("EUR".into())));
        assert_eq!(unit("90 million roubles"), (Some(9e7), Some("RUB".into())));
        assert_eq!(unit("30 Swiss francs"), (Some(30.0), Some("CHF".into())));
        assert_eq!(
            unit("2 million korun each"),
            (Some(2e6), Some("CZK".into()))
        );
        assert_eq!(
            unit("an estimated 60 MILLION crowns"),
            (Some(6e7), Some("crown".into()))
        );
        assert_eq!(
            unit("it cost 8 dollars and 20 cents"),
            (Some(8.2), Some("USD".into()))
        );
        assert_eq!(unit("a 25-cent rise"), (Some(25.0), Some("cent".into())));
        assert_eq!(
            unit("a £600 one-off payment"),
            (Some(600.0), Some("GBP".into()))
        );
    }

    #[test]
    fn a_unit_word_opening_a_compound_is_no_unit() {
        assert_eq!(unit("Three night-shift workers died"), (Some(3.0), None));
        assert_eq!(
            unit("a five-hour-long meeting"),
            (Some(5.0), Some("hour".into()))
        );
        assert_eq!(
            unit("after 14 hours of talks"),
            (Some(14.0), Some("hour".into()))
        );
    }

    #[test]
    fn measures_and_ages() {
        assert_eq!(unit("a 12.5-km tunnel"), (Some(12.5), Some("km".into())));
        assert_eq!(
            unit("a 20-nautical-mile exclusion zone"),
            (Some(20.0), Some("nmi".into()))
        );
        assert_eq!(unit("six square miles"), (Some(6.0), Some("mile²".into())));
        assert_eq!(
            unit("it fell to minus 3 degrees Fahrenheit"),
            (Some(-3.0), Some("°F".into()))
        );
        assert_eq!(
            unit("the jet turned 90 degrees"),
            (Some(90.0), Some("degree".into()))
        );
        assert_eq!(unit("she is 6 ft 1 in tall").1.as_deref(), Some("ft"));
        assert_eq!(
            unit("winds of 80 km/h"),
            (Some(80.0), Some("km/hour".into()))
        );
        // Rates: "per", a slash, or "a"/"an" before a unit of time.
        for (text, value, rate) in [
            ("travelling at 90 kilometres an hour", 90.0, "km/hour"),
            ("pumping 10,000 barrels a day", 10000.0, "barrel/day"),
            ("we met for two hours a week ago", 2.0, "hour"),
            ("the fence reading was 4.2 µSv/h", 4.2, "µSv/hour"),
            ("a staggering 42 microsieverts an hour", 42.0, "µSv/hour"),
        ] {
            assert_eq!(unit(text), (Some(value), Some(rate.into())), "{text}");
        }
        assert_eq!(unit("5 km a mile away").1.as_deref(), Some("km"));
        assert_eq!(unit("a dose of 2.5 mSv").1.as_deref(), Some("mSv"));
        assert_eq!(
            unit("15,000 Vessarian crowns in costs"),
            (Some(15000.0), Some("crown".into()))
        );
        assert_eq!(
            unit("4.6 ng/ml of the drug"),
            (Some(4.6), Some("ng/ml".into()))
        );
        assert_eq!(
            unit("4.6 nanograms per millilitre"),
            (Some(4.6), Some("ng/ml".into()))
        );
        let q = &find("a 41-year-old nurse", &[])[0];
        assert_eq!(
            (&*q.text, q.counts.as_deref()),
            ("41-year-old", Some("nurse"))
        );
    }
}
