//! Atoms: numerals, spelled numbers, fractions, powers and vague amounts, each
//! with the tokens it covers.

use super::*;

/// Vulgar fraction characters.
pub(super) fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅐' => 1.0 / 7.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        '⅑' => 1.0 / 9.0,
        '⅒' => 0.1,
        _ => return None,
    })
}

pub(super) fn is_dash(t: &Tok) -> bool {
    matches!(t.punct(), Some('-' | '\u{2010}' | '\u{2011}'))
}

pub(super) fn is_minus(t: &Tok) -> bool {
    matches!(t.punct(), Some('-' | '\u{2212}'))
}

pub(super) fn glued<'a, 't>(toks: &'a [Tok<'t>], i: usize) -> Option<&'a Tok<'t>> {
    toks.get(i).filter(|t| !t.space_before)
}

pub(super) fn int_of(t: &Tok) -> Option<f64> {
    t.num.filter(|n| n.integer).map(|n| n.value)
}

/// The atoms starting at token `i`, and the token to continue from.
pub(super) fn atoms_at(toks: &[Tok], i: usize) -> Option<(Vec<Atom>, usize)> {
    let t = &toks[i];
    match t.kind {
        Kind::Num => numeral_atoms(toks, i),
        Kind::Word => {
            if (t.lower == "minus" || t.lower == "negative")
                && toks.get(i + 1).is_some_and(|n| n.space_before)
                && let Some((mut found, next)) = atoms_at(toks, i + 1)
                && found.len() == 1
                && found[0].form != Form::Ordinal
            {
                found[0].value = -found[0].value;
                found[0].first = i;
                found[0].core.0 = i;
                return Some((found, next));
            }
            if let Some(a) = vague(toks, i) {
                let next = a.last + 1;
                return Some((vec![a], next));
            }
            if let Some(a) = single_span_of_time(toks, i) {
                return Some((vec![a], i + 1));
            }
            if let Some(a) = multiplied(toks, i) {
                return Some((vec![a], i + 1));
            }
            let s = spelled(toks, i)?;
            let mut a = Atom::new(s.first, s.last, s.value, s.form);
            a.scale = s.scale;
            a.spelled = true;
            Some((vec![a], s.last + 1))
        }
        Kind::Punct => {
            let c = t.punct()?;
            if let Some(v) = vulgar(c) {
                let mut a = Atom::new(i, i, v, Form::Fraction);
                a.spelled = false;
                return Some((vec![a], i + 1));
            }
            if is_minus(t) && negative_sign(toks, i) {
                let (mut found, next) = numeral_atoms(toks, i + 1)?;
                if found.len() == 1 && found[0].form != Form::Ordinal {
                    found[0].value = -found[0].value;
                    found[0].first = i;
                    found[0].core.0 = i;
                    return Some((found, next));
                }
            }
            None
        }
    }
}

/// The article of a single span of time where a length is meant: "within
/// a month", "for a week", "more than a year" are one month, week or year;
/// so is that of a single unit of length, weight or volume ("more than a
/// metre of fresh snow", "nearly a tonne"). Not "a day ago" (a date) nor
/// "twice a day" (a rate): only after words that measure a stretch.
fn single_span_of_time(toks: &[Tok], i: usize) -> Option<Atom> {
    const UNITS: &[&str] = &[
        "minute",
        "hour",
        "day",
        "week",
        "fortnight",
        "month",
        "year",
        "decade",
        "metre",
        "meter",
        "kilometre",
        "kilometer",
        "mile",
        "foot",
        "yard",
        "inch",
        "tonne",
        "ton",
        "litre",
        "liter",
        "gallon",
        "kilogram",
        "kilo",
        "hectare",
        "acre",
    ];
    const MEASURING: &[&str] = &[
        "within", "for", "over", "than", "about", "nearly", "almost", "lasted", "lasting", "took",
        "spent", "under",
    ];
    let measured = i
        .checked_sub(1)
        .is_some_and(|p| MEASURING.contains(&toks[p].lower.as_str()));
    let unit = toks
        .get(i + 1)
        .is_some_and(|u| UNITS.contains(&u.lower.as_str()));
    let after = toks.get(i + 2).map(|w| w.lower.as_str());
    let ago = matches!(
        after,
        Some("ago" | "earlier" | "later" | "before" | "after")
    );
    // "declared a week of national mourning": a stretch of something.
    let of = after == Some("of");
    (matches!(toks[i].lower.as_str(), "a" | "an") && (measured || of) && unit && !ago)
        .then(|| Atom::new(i, i, 1.0, Form::Cardinal))
}

/// A verb of multiplying as the change it makes: "strandings have doubled"
/// rose by 100 per cent, "tripled" by 200, "halved" fell by 50 (which way
/// is told by the verb, as with "rose by 40 per cent"). Not "doubled as"
/// (served as) nor "doubled down".
fn multiplied(toks: &[Tok], i: usize) -> Option<Atom> {
    let change = match toks[i].lower.as_str() {
        "doubled" => 100.0,
        "tripled" | "trebled" => 200.0,
        "quadrupled" => 300.0,
        "halved" => 50.0,
        _ => return None,
    };
    let next = toks.get(i + 1).map(|t| t.lower.as_str());
    if matches!(next, Some("as" | "down" | "up")) {
        return None;
    }
    let mut a = Atom::new(i, i, change, Form::Cardinal);
    a.unit = Some(super::units::PERCENT);
    a.spelled = true;
    Some(a)
}

/// A minus sign at token `i` belongs to the numeral after it.
pub(super) fn negative_sign(toks: &[Tok], i: usize) -> bool {
    let Some(n) = toks.get(i + 1) else {
        return false;
    };
    if n.kind != Kind::Num {
        return false;
    }
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    if n.space_before {
        // "- 20 degrees": only at the start or after a lower-case word. A
        // line opening with "- " and going on in words is a list item:
        // "- 38,000 workers out from Monday".
        let line_start = prev.is_none() || toks[i].line_before;
        if line_start && words_on_line(toks, i + 1) >= 2 {
            return false;
        }
        return match prev {
            None => true,
            Some(p) => p.kind == Kind::Word && toks[i].space_before && !p.capitalised(),
        };
    }
    match prev {
        None => true,
        Some(p) if toks[i].space_before => p.kind != Kind::Num,
        Some(p) => matches!(p.punct(), Some('(' | '[' | '=' | ':' | '<' | '>' | '^')),
    }
}

/// How many words follow token `i` on its line.
fn words_on_line(toks: &[Tok], i: usize) -> usize {
    toks[i + 1..]
        .iter()
        .take_while(|t| !t.line_before)
        .filter(|t| t.kind == Kind::Word)
        .count()
}

/// Atoms made from the numeral at token `i`.
pub(super) fn numeral_atoms(toks: &[Tok], i: usize) -> Option<(Vec<Atom>, usize)> {
    let t = &toks[i];
    let n = t.num?;
    // Glued to letters before it: part of a name or code ("G7", "MH17"),
    // unless the letters are a currency ("USD115", "AU$").
    if i > 0 && !t.space_before {
        let p = &toks[i - 1];
        if p.kind == Kind::Word && units::code(p.raw).is_none() {
            return Some((Vec::new(), skip_glued(toks, i)));
        }
        // "F-16", "COVID-19", "scp-173".
        if is_dash(p) && !p.space_before && i >= 2 && toks[i - 2].kind == Kind::Word {
            return Some((Vec::new(), skip_glued(toks, i)));
        }
    }
    // "Article 5", "Boeing 737", "Flight 370": a number naming a thing.
    if i > 0
        && t.space_before
        && NAME_BEFORE.contains(&toks[i - 1].lower.as_str())
        && toks[i - 1].capitalised()
    {
        return Some((Vec::new(), skip_glued(toks, i)));
    }
    // Clock times: "23:40", "2:30:15".
    if glued(toks, i + 1).is_some_and(|c| c.is_punct(':'))
        && glued(toks, i + 2).is_some_and(|m| m.kind == Kind::Num && m.raw.len() == 2)
    {
        let mut j = i + 3;
        while glued(toks, j).is_some_and(|c| c.is_punct(':') || c.is_punct('.'))
            && glued(toks, j + 1).is_some_and(|m| m.kind == Kind::Num)
        {
            j += 2;
        }
        return Some((Vec::new(), j));
    }
    if n.integer && n.value <= 24.0 && clock_suffix(toks, i + 1).is_some() {
        return Some((Vec::new(), clock_suffix(toks, i + 1).unwrap_or(i + 1)));
    }
    // "3-1/2": a whole and a fraction joined by a hyphen.
    if n.integer
        && glued(toks, i + 1).is_some_and(is_dash)
        && let Some(num) = glued(toks, i + 2).and_then(int_of)
        && glued(toks, i + 3).is_some_and(|s| s.is_punct('/'))
        && let Some(den) = glued(toks, i + 4).and_then(int_of)
        && num > 0.0
        && num < den
        && den <= 16.0
        && !glued(toks, i + 5).is_some_and(|s| is_dash(s) || s.is_punct('/'))
    {
        return Some((
            vec![Atom::new(i, i + 4, n.value + num / den, Form::Fraction)],
            i + 5,
        ));
    }
    // Chains of three or more numerals joined by '-' or '/': codes, phone
    // numbers, numeric dates. Each part is a plain number.
    let mut chain = vec![i];
    let mut j = i;
    while let (Some(sep), Some(next)) = (glued(toks, j + 1), glued(toks, j + 2)) {
        if (is_dash(sep) || sep.is_punct('/')) && next.kind == Kind::Num {
            chain.push(j + 2);
            j += 2;
        } else {
            break;
        }
    }
    if chain.len() >= 3 {
        let found = chain
            .iter()
            .map(|&k| {
                let mut a = Atom::new(k, k, toks[k].num.map_or(0.0, |n| n.value), Form::Cardinal);
                a.chain = true;
                a
            })
            .collect();
        return Some((found, j + 1));
    }
    // Fractions: "3/4", and mixed "1 3/4". A slash between two small numbers
    // that is no usual fraction is a date or a name ("9/11", "24/7").
    if n.integer
        && glued(toks, i + 1).is_some_and(|s| s.is_punct('/'))
        && let Some(den) = glued(toks, i + 2).and_then(int_of)
        && den > 0.0
    {
        let usual = n.value == 1.0
            || [
                2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0, 16.0, 32.0, 64.0, 100.0, 1000.0,
            ]
            .contains(&den);
        if n.value < den && usual {
            let mut a = Atom::new(i, i + 2, n.value / den, Form::Fraction);
            a.core = (i, i + 2);
            return Some((vec![a], i + 3));
        }
        if n.value <= 31.0 && den <= 31.0 {
            return Some((Vec::new(), i + 3));
        }
        return Some((vec![plain_atom(toks, i)], i + 1));
    }
    if n.integer
        && let Some(num) = toks.get(i + 1).filter(|x| x.space_before).and_then(int_of)
        && glued(toks, i + 2).is_some_and(|s| s.is_punct('/'))
        && let Some(den) = glued(toks, i + 3).and_then(int_of)
        && den > num
        && num > 0.0
        && !glued(toks, i + 4).is_some_and(|s| s.is_punct('/'))
    {
        let a = Atom::new(i, i + 3, n.value + num / den, Form::Fraction);
        return Some((vec![a], i + 4));
    }
    // "2½", and "2 ½" with a space (the same number as typeset by some)
    if let Some(v) = toks
        .get(i + 1)
        .filter(|x| !x.line_before)
        .and_then(|x| x.punct())
        .and_then(vulgar)
        && n.integer
    {
        return Some((
            vec![Atom::new(i, i + 1, n.value + v, Form::Fraction)],
            i + 2,
        ));
    }
    // Powers: "1e10", "12.32e+14", "1.1^23", "1.3x10^6".
    if let Some((v, last)) = power(toks, i) {
        return Some((vec![Atom::new(i, last, v, Form::Cardinal)], last + 1));
    }
    // Digits with number words: "2 million", "3 hundred and 21".
    if let Some(s) = spelled(toks, i) {
        let mut a = Atom::new(s.first, s.last, s.value, s.form);
        a.scale = s.scale;
        a.spelled = true;
        return Some((vec![a], s.last + 1));
    }
    let mut a = plain_atom(toks, i);
    // Glued suffixes: ordinals ("21st") and scales ("10k", "1.2bn").
    if let Some(w) = glued(toks, i + 1).filter(|w| w.kind == Kind::Word) {
        let ends_word =
            !glued(toks, i + 2).is_some_and(|x| x.kind == Kind::Word || x.kind == Kind::Num);
        if n.integer && ends_word && ordinal_suffix(n.value, &w.lower) {
            a.form = Form::Ordinal;
            a.last = i + 1;
            a.core.1 = i + 1;
            return Some((vec![a], i + 2));
        }
        // "£50m", and "50m krona": money around the figure makes "m"
        // millions; so does a count of many ("1.2m patients"), where
        // metres would need a whole number or a hyphen ("a 1.5m-high wall").
        let next = toks.get(i + 2).filter(|t| t.space_before);
        let millions = currency_before(toks, i).is_some()
            || next.is_some_and(|t| {
                units::word(&t.lower).is_some_and(|u| u.kind == QuantityKind::Money)
            })
            || (n.value.fract() != 0.0
                && next.is_some_and(|t| {
                    t.kind == Kind::Word && t.lower.len() > 3 && t.lower.ends_with('s')
                }));
        if ends_word && let Some(s) = scale_suffix(w.raw, millions) {
            a.value *= s;
            a.scale = Some(s);
            a.last = i + 1;
            a.core.1 = i + 1;
            a.digits = None;
            return Some((vec![a], i + 2));
        }
    }
    // A scale joined by a hyphen: "$70-million", "2.5-billion".
    if is_dash_at(toks, i + 1)
        && let Some(w) = glued(toks, i + 2).filter(|w| w.kind == Kind::Word)
        && let Some(scale) = hyphen_scale(&w.lower)
        && !glued(toks, i + 3).is_some_and(|x| x.kind == Kind::Word || x.kind == Kind::Num)
    {
        a.value *= scale;
        a.scale = Some(scale);
        a.last = i + 2;
        a.core.1 = i + 2;
        a.digits = None;
        return Some((vec![a], i + 3));
    }
    // Letters glued after the digits that are no unit: a name ("737X", "5G").
    if let Some(w) = glued(toks, i + 1).filter(|w| w.kind == Kind::Word)
        && !glued_unit(toks, i + 1, w)
    {
        return Some((Vec::new(), skip_glued(toks, i)));
    }
    // Spaced "k": "2.33 k".
    if let Some(w) = toks
        .get(i + 1)
        .filter(|w| w.space_before && (w.raw == "k" || w.raw == "K"))
        && !glued(toks, i + 2).is_some_and(|x| x.kind == Kind::Word)
    {
        let _ = w;
        a.value *= 1e3;
        a.scale = Some(1e3);
        a.last = i + 1;
        a.core.1 = i + 1;
        a.digits = None;
        return Some((vec![a], i + 2));
    }
    Some((vec![a], i + 1))
}

fn is_dash_at(toks: &[Tok], k: usize) -> bool {
    glued(toks, k).is_some_and(is_dash)
}

/// Scale words that a hyphen can join to digits.
fn hyphen_scale(word: &str) -> Option<f64> {
    Some(match word {
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Letters glued to digits that read as a unit, a currency, a time or an
/// exponent ("180ml", "115USD", "11pm", "1e10", "24703m2").
/// Capitalised words after which a number is part of a name.
pub(super) const NAME_BEFORE: &[&str] = &[
    "article",
    "articles",
    "section",
    "resolution",
    "flight",
    "route",
    "highway",
    "interstate",
    "apollo",
    "windows",
    "iphone",
    "galaxy",
    "boeing",
    "airbus",
    "model",
    "chapter",
    "clause",
    "proposition",
    "prop",
    "paragraph",
    "room",
    "gate",
    "terminal",
    "platform",
    "title",
    "protocol",
    "channel",
    "psalm",
    "psalms",
    "volume",
    "vol",
    "episode",
    "season",
    "ward",
    "district",
    "precinct",
    "bay",
    "pier",
    "hangar",
    "unit",
    "block",
    "lot",
    "exit",
];

/// Is the "p" at `k`, glued to the figure `value`, pence? Small sums are
/// ("50p"); a share price may be any sum ("385p a share"), but "1080p"
/// alone is a screen's resolution.
pub(super) fn glued_pence(toks: &[Tok], k: usize, value: f64) -> bool {
    let word = |i: usize| toks.get(i).map(|t| t.lower.as_str());
    toks[k].raw == "p"
        && (value <= 100.0
            || matches!(word(k + 1), Some("a" | "per" | "each"))
                && matches!(word(k + 2), Some("share" | "litre" | "unit" | "kilo")))
}

/// Letters glued to digits that read as a unit, a currency, a time or an
/// exponent ("180ml", "115USD", "11pm", "1e10", "24703m2", "40C", "50p").
pub(super) fn glued_unit(toks: &[Tok], k: usize, w: &Tok) -> bool {
    let value = toks[k - 1].num.map_or(f64::NAN, |n| n.value);
    units::abbreviation(w.raw).is_some()
        || (matches!(w.raw, "C" | "F") && temperature_like(toks, k - 1, value))
        || glued_pence(toks, k, value)
        || units::word(&w.lower).is_some()
        || units::code(w.raw).is_some()
        || clock_suffix(toks, k).is_some()
        || matches!(w.raw, "x" | "e" | "E")
        || (matches!(w.raw, "m" | "km" | "ft")
            && glued(toks, k + 1).is_some_and(|t| t.kind == Kind::Num))
}

/// "40C", "104F": a plausible temperature, not a model ("Boeing 777F").
pub(super) fn temperature_like(toks: &[Tok], i: usize, value: f64) -> bool {
    (-90.0..=150.0).contains(&value)
        && !(i > 0 && toks[i - 1].capitalised() && !sentence_initial(toks, i - 1))
}

pub(super) fn plain_atom(toks: &[Tok], i: usize) -> Atom {
    let n = toks[i].num.expect("numeral token");
    let mut a = Atom::new(i, i, n.value, Form::Cardinal);
    if n.integer && !n.grouped {
        a.digits = Some(n.int_digits);
    }
    a
}

/// Skip a run of glued tokens (a name such as "MH17" or "A320neo").
pub(super) fn skip_glued(toks: &[Tok], i: usize) -> usize {
    let mut j = i + 1;
    while glued(toks, j).is_some_and(|t| t.kind != Kind::Punct) {
        j += 1;
    }
    j
}

/// "a.m.", "am", "p.m.", "pm", "o'clock" after a number: the end of the time.
pub(super) fn clock_suffix(toks: &[Tok], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    if t.kind != Kind::Word {
        return None;
    }
    match t.lower.as_str() {
        "am" | "pm" | "a" | "p" => {
            if t.lower.len() == 2 {
                return Some(k + 1);
            }
            // "a.m.", "p.m.", "9p."
            let dot = glued(toks, k + 1).filter(|d| d.is_punct('.'))?;
            let _ = dot;
            if glued(toks, k + 2).is_some_and(|m| m.is_word("m")) {
                Some(k + 3)
            } else if t.lower == "p" {
                Some(k + 2)
            } else {
                None
            }
        }
        "oclock" => Some(k + 1),
        "o" if glued(toks, k + 1).is_some_and(|a| a.raw == "'" || a.raw == "’")
            && glued(toks, k + 2).is_some_and(|c| c.is_word("clock")) =>
        {
            Some(k + 3)
        }
        _ => None,
    }
}

pub(super) fn ordinal_suffix(v: f64, suffix: &str) -> bool {
    let n = v as u64;
    let expected = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    // Accept the common misspellings too ("2th", "21th").
    suffix == expected || suffix == "th" || (suffix == "d" && (n % 10 == 2 || n % 10 == 3))
}

/// Scale written right after digits: "10k", "5M", "1.2bn", "$5m", and the
/// whole word glued on, as tabloids write it ("£1.2million").
pub(super) fn scale_suffix(raw: &str, money: bool) -> Option<f64> {
    Some(match raw {
        "k" | "K" => 1e3,
        "M" | "mn" | "mln" | "MM" => 1e6,
        "m" if money => 1e6,
        "b" | "B" | "bn" | "Bn" | "BN" | "bln" => 1e9,
        "tn" | "trn" | "Tn" => 1e12,
        _ if raw.eq_ignore_ascii_case("million") => 1e6,
        _ if raw.eq_ignore_ascii_case("billion") => 1e9,
        _ if raw.eq_ignore_ascii_case("trillion") => 1e12,
        _ => return None,
    })
}

/// "1e10", "12.32e+14", "1.1^23", "-1.1^--23", "1.3x10^6".
pub(super) fn power(toks: &[Tok], i: usize) -> Option<(f64, usize)> {
    let base = toks[i].num?.value;
    let exponent = |k: usize| -> Option<(f64, usize)> {
        let mut k = k;
        let mut negative = false;
        while let Some(s) = glued(toks, k).and_then(|t| t.punct()) {
            match s {
                '-' | '\u{2212}' => negative = !negative,
                '+' => {}
                _ => break,
            }
            k += 1;
        }
        let e = glued(toks, k).and_then(int_of)?;
        Some((if negative { -e } else { e }, k))
    };
    let next = glued(toks, i + 1)?;
    if next.kind == Kind::Word && (next.raw == "e" || next.raw == "E") {
        let (e, last) = exponent(i + 2)?;
        if glued(toks, last + 1).is_some_and(|t| t.kind == Kind::Word) {
            return None;
        }
        return Some((base * 10f64.powf(e), last));
    }
    if next.is_punct('^') {
        let (e, last) = exponent(i + 2)?;
        return Some((base.powf(e), last));
    }
    if (next.raw == "x" || next.is_punct('×'))
        && glued(toks, i + 2).and_then(int_of) == Some(10.0)
        && glued(toks, i + 3).is_some_and(|c| c.is_punct('^'))
    {
        let (e, last) = exponent(i + 4)?;
        return Some((base * 10f64.powf(e), last));
    }
    None
}

/// Vague amounts: "dozens", "hundreds of", "tens of thousands", "several
/// hundred", "a few thousand".
pub(super) fn vague(toks: &[Tok], i: usize) -> Option<Atom> {
    let t = &toks[i];
    // Not after a number: "3 hundreds" is a number. A capital starts a new
    // phrase, though: "July 9 Tens of thousands gathered".
    let starts_phrase = t.raw.starts_with(char::is_uppercase);
    if i > 0
        && !starts_phrase
        && (toks[i - 1].kind == Kind::Num
            || lexeme(&toks[i - 1].lower).is_some_and(|l| matches!(l, Lexeme::Card(..))))
    {
        return None;
    }
    let plural_scale = |w: &str| -> Option<f64> {
        Some(match w {
            "tens" => 10.0,
            "dozens" => 12.0,
            "hundreds" => 100.0,
            "thousands" => 1e3,
            "millions" => 1e6,
            "billions" => 1e9,
            _ => return None,
        })
    };
    let word_at = |k: usize| {
        toks.get(k)
            .filter(|w| w.kind == Kind::Word && w.space_before)
    };
    let atom = |last: usize, low: f64, high: f64| {
        let mut a = Atom::new(i, last, low, Form::Cardinal);
        a.shape = Shape::Vague(low, high);
        a.approx = Approximation::Vague;
        a.spelled = true;
        a
    };
    if let Some(m) = plural_scale(&t.lower) {
        // "tens of thousands", "hundreds of millions"
        if word_at(i + 1).is_some_and(|o| o.lower == "of")
            && let Some(s) = word_at(i + 2).and_then(|w| plural_scale(&w.lower))
            && s >= 1e3
            && m <= 100.0
        {
            return Some(atom(i + 2, m * s, m * 10.0 * s - 1.0));
        }
        if m == 10.0 {
            return None;
        }
        // "dozens", "hundreds were hurt", "thousands of"; not inside a name.
        let next_ok = !toks
            .get(i + 1)
            .is_some_and(|n| n.capitalised() || n.kind == Kind::Num);
        if !next_ok || t.capitalised() && i > 0 && toks[i - 1].capitalised() {
            return None;
        }
        let (low, high) = if m == 12.0 {
            (24.0, 99.0)
        } else {
            (2.0 * m, 10.0 * m - 1.0)
        };
        if m >= 1e6 {
            return Some(atom(i, 2.0 * m, 1000.0 * m - 1.0));
        }
        return Some(atom(i, low, high));
    }
    // "several hundred", "a few thousand", "a couple of hundred"
    let (factor, k) = match t.lower.as_str() {
        "several" => ((3.0, 9.0), i + 1),
        "few" if i > 0 && toks[i - 1].is_word("a") => ((2.0, 5.0), i + 1),
        _ => return None,
    };
    let s = word_at(k).and_then(|w| match lexeme(&w.lower) {
        Some(Lexeme::Card(words::Class::Hundred | words::Class::Scale, s)) => Some(s),
        Some(Lexeme::Dozen) => Some(12.0),
        _ => None,
    })?;
    let first = if t.lower == "few" { i - 1 } else { i };
    let mut a = atom(k, factor.0 * s, factor.1 * s);
    a.first = first;
    a.core.0 = first;
    Some(a)
}

#[cfg(test)]
mod tests {
    use crate::extract::numbers::find_quantities_excluding as find;

    fn values(text: &str) -> Vec<(String, Option<f64>)> {
        find(text, &[])
            .into_iter()
            .map(|q| (q.text.into(), q.value))
            .collect()
    }

    #[test]
    fn numerals_with_suffixes_and_powers() {
        assert_eq!(values("a 25k bonus"), vec![("25k".into(), Some(25_000.0))]);
        // "m" is millions where money is named, metres elsewhere.
        assert_eq!(find("a 50m krona fund", &[])[0].value, Some(5e7));
        assert_eq!(find("taken by 1.2m patients", &[])[0].value, Some(1.2e6));
        assert_eq!(find("a 50m drop", &[])[0].unit.as_deref(), Some("m"));
        assert_eq!(values("debt of 3.4bn"), vec![("3.4bn".into(), Some(3.4e9))]);
        assert_eq!(values("about 6e3 cells")[0].1, Some(6000.0));
        assert_eq!(values("she came 3rd")[0].1, Some(3.0));
        assert_eq!(values("temperatures of -12")[0].1, Some(-12.0));
        assert_eq!(values("minus seven")[0].1, Some(-7.0));
    }

    #[test]
    fn fractions() {
        assert_eq!(values("a 3/8 share")[0].1, Some(0.375));
        assert_eq!(values("2 1/2 cups")[0].1, Some(2.5));
        assert_eq!(values("over the past 4-1/2 months")[0].1, Some(4.5));
        assert_eq!(values("about 1½ times")[0].1, Some(1.5));
        assert_eq!(values("it holds 2 ½ servings")[0].1, Some(2.5));
        // Dates and idioms written with a slash are not fractions.
        assert!(values("after 9/11 and 24/7 coverage").is_empty());
    }

    #[test]
    fn chains_and_names() {
        let v = values("call 0800-123-456 now");
        assert!(v.iter().all(|(_, x)| x.is_some_and(|x| x.fract() == 0.0)));
        assert!(values("the MH17 crash and the 5G rollout").is_empty());
        assert!(values("Article 51 allows it").is_empty());
    }

    #[test]
    fn a_verb_of_multiplying_is_the_change_it_makes() {
        let q = &find("Strandings have doubled in a decade.", &[])[0];
        assert_eq!((q.value, q.unit.as_deref()), (Some(100.0), Some("percent")));
        assert_eq!(find("Prices have halved.", &[])[0].value, Some(50.0));
        assert!(find("The gym doubled as a shelter.", &[]).is_empty());
        assert!(find("The minister doubled down.", &[]).is_empty());
    }

    #[test]
    fn a_single_span_of_time_is_one_unit() {
        let q = &find("The board will report within a month.", &[])[0];
        assert_eq!((q.value, q.unit.as_deref()), (Some(1.0), Some("month")));
        assert_eq!(
            find("They held out for more than a year.", &[])[0].value,
            Some(1.0)
        );
        assert_eq!(
            find("She declared a week of mourning.", &[])[0].value,
            Some(1.0)
        );
        let q = &find("It came after more than a metre of fresh snow.", &[])[0];
        assert_eq!((q.value, q.unit.as_deref()), (Some(1.0), Some("m")));
        // A date, a rate, or an article with no length meant.
        assert!(find("The board met for talks a week ago.", &[]).is_empty());
        assert!(find("Patients take it twice a day.", &[]).is_empty());
        assert!(find("It was a sad day for the town.", &[]).is_empty());
    }

    #[test]
    fn vague_amounts() {
        let q = &find("tens of millions of dollars", &[])[0];
        assert_eq!(
            find("On July 9 Tens of thousands marched.", &[])
                .iter()
                .filter(|q| q.low == Some(10000.0))
                .count(),
            1
        );
        assert_eq!((q.low, q.high), (Some(1e7), Some(1e8 - 1.0)));
        assert_eq!(q.unit.as_deref(), Some("USD"));
        let q = &find("several hundred protesters", &[])[0];
        assert_eq!((q.low, q.high), (Some(300.0), Some(900.0)));
        // "3 hundreds" is a number, not a vague amount.
        assert_eq!(find("3 hundreds", &[])[0].value, Some(300.0));
    }
}
