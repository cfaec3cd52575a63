//! Numbers and quantities: find every amount in a text and normalise it.
//!
//! The text is cut into tokens ([`lexer`]); numerals and spelled numbers
//! ([`words`]) become atoms; each atom then takes what stands around it: a
//! minus sign, a currency before it, a unit, percent sign or currency after it
//! ([`units`]), words of approximation ("nearly", "at least", "or more"). Atoms
//! next to each other are joined into ranges ("between 20 and 35", "20-35"),
//! scores and votes ("won 5-2", "by five votes to two") and proportions ("one in
//! three"). Finally the counted noun is looked up after the amount.
//!
//! # What each field holds
//!
//! * `value` is the number as written (scaled: "$4.5 million" is 4,500,000).
//! * `low`/`high` bound what the text allows: an exact or "about" figure has
//!   `low == high == value`; "more than / at least / over X" has `low = X` and
//!   no `high`; "nearly / up to / fewer than / under X" has `high = X` and no
//!   `low`. The difference between "more than" and "at least" is not kept.
//! * A range ("between 20 and 35", "20-35", "two or three") has `value: None`,
//!   `low` and `high`. Its kind is `Range` when it has no unit; with a unit it
//!   keeps the unit's kind ("$20-30 million" is `Money`, "8 to 10 feet" is
//!   `Measure`).
//! * A score or vote ("5-2", "by five votes to two", "passed 7-4") has kind
//!   `Score`, `value: None`, the first number written in `low` and the second
//!   in `high` (so `low` may exceed `high`).
//! * Vague amounts have `value: None`, approximation `Vague` and these bounds:
//!
//! | words                     | low           | high          |
//! |---------------------------|---------------|---------------|
//! | dozens                    | 24            | 99            |
//! | hundreds                  | 200           | 999           |
//! | thousands                 | 2,000         | 9,999         |
//! | millions / billions       | 2×10⁶ / 2×10⁹ | 10⁹-1 / 10¹²-1 |
//! | tens of thousands         | 10,000        | 99,999        |
//! | hundreds of thousands     | 100,000       | 999,999       |
//! | tens / hundreds of millions | 10⁷ / 10⁸   | 10⁸-1 / 10⁹-1 |
//! | several hundred (thousand…) | 3×        | 9×            |
//! | a few hundred (thousand…) | 2×            | 5×            |
//!
//! * Durations ("five-hour", "two days", "29 years old") have kind `Duration`
//!   and a unit of time; measures ("87-mile", "17 km", "30 degrees Celsius")
//!   `Measure`; money `Money` with an ISO 4217 code where one is known; ordinals
//!   ("third anniversary", "21st") `Ordinal` with the rank as value.
//!
//! Numbers that are parts of names ("World War Two", "F-16", "COVID-19",
//! "G7"), clock times ("2 a.m.", "23:40") and codes written as chains of
//! digits ("+1-222-2222") are not quantities. Years and days inside date
//! expressions are removed by [`find_quantities`], which runs the date
//! recogniser first; [`find_quantities_excluding`] takes dates already found.

pub(crate) mod lexer;
mod units;
pub(crate) mod words;

use crate::model::{Approximation, DateMention, Quantity, QuantityKind, Span};
use lexer::{Kind, Tok, tokenize};
use units::Unit;
use words::{Form, Lexeme, lexeme, spelled};

/// Find the quantities in `text`; spans are byte offsets into `text`.
///
/// Numbers that belong to a date or time expression (as found by
/// [`super::dates::find_dates`]) are left out: the year of "February 2022"
/// is a date, not an amount.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let dates = super::dates::find_dates(text, None);
    find_quantities_excluding(text, &dates)
}

/// Find the quantities in `text`, leaving out any that overlap one of `dates`
/// (date and time mentions already found in the same text).
pub fn find_quantities_excluding(text: &str, dates: &[DateMention]) -> Vec<Quantity> {
    let mut found = recognise(text);
    let mut spans: Vec<Span> = dates.iter().map(|d| d.span).collect();
    spans.sort();
    // Ends of sorted, possibly nested spans: the running maximum is sorted.
    let mut reach = Vec::with_capacity(spans.len());
    let mut max_end = 0;
    for s in &spans {
        max_end = max_end.max(s.end);
        reach.push(max_end);
    }
    found.retain(|q| {
        // Spans starting before the quantity ends; does any reach into it?
        let n = spans.partition_point(|s| s.start < q.span.end);
        n == 0 || reach[n - 1] <= q.span.start
    });
    found
}

/// An amount being assembled from tokens `first..=last`.
#[derive(Debug, Clone)]
struct Atom {
    first: usize,
    last: usize,
    /// The tokens of the number itself, without prefixes or units.
    core: (usize, usize),
    value: f64,
    form: Form,
    /// Scale multiplier written after the number ("million", "k", "bn").
    scale: Option<f64>,
    unit: Option<Unit>,
    /// Written as a compound adjective: "five-hour meeting".
    adjectival: bool,
    approx: Approximation,
    /// A currency symbol or code came before the number.
    currency_before: bool,
    /// Spelled with words (at least in part).
    spelled: bool,
    /// A plain integer written with digits, no separators or decimals.
    digits: Option<usize>,
    /// Part of a chain such as a phone number: never joined into ranges.
    chain: bool,
    /// Set for ranges, scores and vague amounts.
    shape: Shape,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Single,
    Range(f64, f64),
    Score(f64, f64),
    Vague(f64, f64),
}

impl Atom {
    fn new(first: usize, last: usize, value: f64, form: Form) -> Self {
        Atom {
            first,
            last,
            core: (first, last),
            value,
            form,
            scale: None,
            unit: None,
            adjectival: false,
            approx: Approximation::Exact,
            currency_before: false,
            spelled: false,
            digits: None,
            chain: false,
            shape: Shape::Single,
        }
    }
    fn is_plain_count(&self) -> bool {
        self.unit.is_none() && self.form == Form::Cardinal && self.shape == Shape::Single
    }
}

/// Recognise every quantity in `text`, dates included.
fn recognise(text: &str) -> Vec<Quantity> {
    let toks = tokenize(text);
    let mut atoms = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match atoms_at(&toks, i) {
            Some((found, next)) => {
                atoms.extend(found);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    for a in &mut atoms {
        attach_currency_before(&toks, a);
        attach_after(&toks, a);
    }
    let urls = url_spans(text);
    atoms.retain(|a| {
        let span = Span::new(toks[a.first].start, toks[a.last].end);
        !is_name(&toks, a)
            && !is_pronoun(&toks, a)
            && !is_stray_half(&toks, a)
            && !is_relative_rank(&toks, a)
            && !urls.iter().any(|u| u.overlaps(&span))
    });
    let atoms = untangle(atoms);
    let mut atoms = proportions(&toks, atoms);
    for a in &mut atoms {
        approximate(&toks, a);
    }
    let atoms = untangle(atoms);
    let atoms = combine(&toks, atoms);
    atoms.iter().map(|a| to_quantity(text, &toks, a)).collect()
}

/// Keep atoms apart: one that reached into the next (a unit or cents that
/// took the next number) wins; a prefix that reaches back is cut short.
fn untangle(atoms: Vec<Atom>) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::with_capacity(atoms.len());
    for mut a in atoms {
        if let Some(p) = out.last() {
            if a.core.0 <= p.last {
                continue;
            }
            if a.first <= p.last {
                a.first = p.last + 1;
            }
        }
        out.push(a);
    }
    out
}

// ---------------------------------------------------------------------------
// Atoms
// ---------------------------------------------------------------------------

/// Vulgar fraction characters.
fn vulgar(c: char) -> Option<f64> {
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

fn is_dash(t: &Tok) -> bool {
    matches!(t.punct(), Some('-' | '\u{2010}' | '\u{2011}'))
}

fn is_minus(t: &Tok) -> bool {
    matches!(t.punct(), Some('-' | '\u{2212}'))
}

fn glued<'a, 't>(toks: &'a [Tok<'t>], i: usize) -> Option<&'a Tok<'t>> {
    toks.get(i).filter(|t| !t.space_before)
}

fn int_of(t: &Tok) -> Option<f64> {
    t.num.filter(|n| n.integer).map(|n| n.value)
}

/// The atoms starting at token `i`, and the token to continue from.
fn atoms_at(toks: &[Tok], i: usize) -> Option<(Vec<Atom>, usize)> {
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

/// A minus sign at token `i` belongs to the numeral after it.
fn negative_sign(toks: &[Tok], i: usize) -> bool {
    let Some(n) = toks.get(i + 1) else {
        return false;
    };
    if n.kind != Kind::Num {
        return false;
    }
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    if n.space_before {
        // "- 20 degrees": only at the start or after a lower-case word.
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

/// Atoms made from the numeral at token `i`.
fn numeral_atoms(toks: &[Tok], i: usize) -> Option<(Vec<Atom>, usize)> {
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
    // Fractions: "3/4", and mixed "1 3/4".
    if n.integer
        && glued(toks, i + 1).is_some_and(|s| s.is_punct('/'))
        && let Some(den) = glued(toks, i + 2).and_then(int_of)
        && den > 0.0
    {
        if n.value < den {
            let mut a = Atom::new(i, i + 2, n.value / den, Form::Fraction);
            a.core = (i, i + 2);
            return Some((vec![a], i + 3));
        }
        // "24/7", "5/3": two numbers.
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
    // "2½"
    if let Some(v) = glued(toks, i + 1).and_then(|x| x.punct()).and_then(vulgar)
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
        if ends_word && let Some(s) = scale_suffix(w.raw, currency_before(toks, i).is_some()) {
            a.value *= s;
            a.scale = Some(s);
            a.last = i + 1;
            a.core.1 = i + 1;
            a.digits = None;
            return Some((vec![a], i + 2));
        }
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

/// Letters glued to digits that read as a unit, a currency, a time or an
/// exponent ("180ml", "115USD", "11pm", "1e10", "24703m2").
fn glued_unit(toks: &[Tok], k: usize, w: &Tok) -> bool {
    units::abbreviation(w.raw).is_some()
        || units::word(&w.lower).is_some()
        || units::code(w.raw).is_some()
        || clock_suffix(toks, k).is_some()
        || matches!(w.raw, "x" | "e" | "E")
        || (matches!(w.raw, "m" | "km" | "ft")
            && glued(toks, k + 1).is_some_and(|t| t.kind == Kind::Num))
}

fn plain_atom(toks: &[Tok], i: usize) -> Atom {
    let n = toks[i].num.expect("numeral token");
    let mut a = Atom::new(i, i, n.value, Form::Cardinal);
    if n.integer && !n.grouped {
        a.digits = Some(n.int_digits);
    }
    a
}

/// Skip a run of glued tokens (a name such as "MH17" or "A320neo").
fn skip_glued(toks: &[Tok], i: usize) -> usize {
    let mut j = i + 1;
    while glued(toks, j).is_some_and(|t| t.kind != Kind::Punct) {
        j += 1;
    }
    j
}

/// "a.m.", "am", "p.m.", "pm", "o'clock" after a number: the end of the time.
fn clock_suffix(toks: &[Tok], k: usize) -> Option<usize> {
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

fn ordinal_suffix(v: f64, suffix: &str) -> bool {
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

/// Scale written right after digits: "10k", "5M", "1.2bn", "$5m".
fn scale_suffix(raw: &str, money: bool) -> Option<f64> {
    Some(match raw {
        "k" | "K" => 1e3,
        "M" | "mn" | "mln" | "MM" => 1e6,
        "m" if money => 1e6,
        "b" | "B" | "bn" | "Bn" | "BN" | "bln" => 1e9,
        "tn" | "trn" | "Tn" => 1e12,
        _ => return None,
    })
}

/// "1e10", "12.32e+14", "1.1^23", "-1.1^--23", "1.3x10^6".
fn power(toks: &[Tok], i: usize) -> Option<(f64, usize)> {
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
fn vague(toks: &[Tok], i: usize) -> Option<Atom> {
    let t = &toks[i];
    // Not after a number: "3 hundreds" is a number.
    if i > 0
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
        // "dozens", "hundreds", "thousands": followed by "of" or a plural noun.
        let next_ok = match toks.get(i + 1) {
            Some(n) if n.is_word("of") => true,
            Some(n) if n.kind == Kind::Word => !n.capitalised() && n.lower.ends_with('s'),
            Some(n) => n.kind == Kind::Punct,
            None => true,
        };
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

// ---------------------------------------------------------------------------
// Currency, units, percent
// ---------------------------------------------------------------------------

/// A currency written before token `i`: "$", "US$", "us $", "EUR", "MEUR".
/// Returns the unit, the multiplier ("MEUR" is millions) and the first token.
fn currency_before(toks: &[Tok], i: usize) -> Option<(Unit, f64, usize)> {
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
    None
}

fn attach_currency_before(toks: &[Tok], a: &mut Atom) {
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
const MONEY_CUES: &[&str] = &[
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
fn unit_after(toks: &[Tok], a: &Atom, k: usize) -> Option<(Unit, usize, f64)> {
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

fn pounds_are_money(toks: &[Tok], a: &Atom, k: usize) -> bool {
    if a.scale.is_some_and(|s| s >= 1e6) || toks.get(k + 1).is_some_and(|s| s.is_word("sterling")) {
        return true;
    }
    let from = a.first.saturating_sub(5);
    toks[from..a.first]
        .iter()
        .any(|t| t.kind == Kind::Word && MONEY_CUES.contains(&t.lower.as_str()))
}

/// Units, percent signs and currencies after the number.
fn attach_after(toks: &[Tok], a: &mut Atom) {
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
    // "half an hour"
    if !hyphen
        && a.spelled
        && a.value == 0.5
        && toks
            .get(k)
            .is_some_and(|t| t.is_word("a") || t.is_word("an"))
        && toks.get(k + 1).is_some_and(|t| {
            units::word(&t.lower).is_some_and(|u| u.kind == QuantityKind::Duration)
        })
    {
        k += 1;
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
                Some(t) => {
                    t.kind == Kind::Punct
                        || is_cents
                        || (t.kind == Kind::Word && STOP.contains(&t.lower.as_str()))
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

/// Degrees of a turn rather than of temperature: "rotate 90 degrees",
/// "a 180-degree turn".
fn angle_context(toks: &[Tok], a: &Atom, last: usize) -> bool {
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
fn small_number(toks: &[Tok], j: usize) -> Option<(f64, usize)> {
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

// ---------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------

fn sentence_initial(toks: &[Tok], i: usize) -> bool {
    if toks[i].line_before {
        return true;
    }
    match i.checked_sub(1).map(|p| &toks[p]) {
        None => true,
        Some(p) => matches!(
            p.punct(),
            Some(
                '.' | '!'
                    | '?'
                    | ':'
                    | ';'
                    | '"'
                    | '“'
                    | '”'
                    | '\''
                    | '‘'
                    | '’'
                    | '('
                    | '—'
                    | '–'
                    | '-'
                    | '•'
                    | '*'
                    | '#'
            )
        ),
    }
}

/// Spelled numbers inside names: "World War Two", "the Second World War",
/// "Ocean's Eleven", and title-case "Three Gorges" after a capital.
fn is_name(toks: &[Tok], a: &Atom) -> bool {
    if !a.spelled {
        return false;
    }
    let (f, l) = a.core;
    let t = &toks[f];
    if !t.capitalised() || t.kind != Kind::Word || sentence_initial(toks, f) {
        return false;
    }
    let prev = &toks[f - 1];
    let next = toks.get(l + 1);
    let next_capital = next.is_some_and(|n| n.capitalised());
    if prev.capitalised() && !next_capital && a.unit.is_none() {
        return true;
    }
    a.form == Form::Ordinal && next_capital && prev.kind == Kind::Word && !prev.capitalised()
}

/// "one" as a pronoun: "the one you mentioned", "which one", "one another".
fn is_pronoun(toks: &[Tok], a: &Atom) -> bool {
    let (f, l) = a.core;
    if f != l || !toks[f].is_word("one") || a.unit.is_some() || a.first != f {
        return false;
    }
    const BEFORE: &[&str] = &[
        "the", "this", "that", "which", "each", "every", "any", "no", "another", "last", "next",
        "only", "same", "other", "little", "good", "new", "right", "wrong", "big", "small", "such",
        "a", "an", "his", "her", "their", "its", "our", "your", "my", "someone", "anyone",
        "everyone", "no-one", "latter", "former", "first", "second", "older", "younger", "bigger",
        "smaller", "better", "worse",
    ];
    const AFTER: &[&str] = &[
        "another", "may", "might", "can", "could", "should", "would", "must", "shall", "thing",
        "day", "way", "hand", "side",
    ];
    let before = f.checked_sub(1).map(|p| &toks[p]);
    if before.is_some_and(|p| p.kind == Kind::Word && BEFORE.contains(&p.lower.as_str())) {
        return true;
    }
    if let Some(n) = toks.get(l + 1) {
        if n.kind == Kind::Word && AFTER.contains(&n.lower.as_str()) {
            return true;
        }
        // "one's"
        if (n.raw == "'" || n.raw == "’") && glued(toks, l + 2).is_some_and(|s| s.is_word("s")) {
            return true;
        }
    }
    false
}

/// Web and e-mail addresses, whose digits are not amounts.
pub(crate) fn url_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        let starts = rest.starts_with(b"http://")
            || rest.starts_with(b"https://")
            || rest.starts_with(b"www.")
            || (bytes[i] == b'@' && i > 0 && bytes[i - 1].is_ascii_alphanumeric());
        if starts {
            let mut s = i;
            if bytes[i] == b'@' {
                while s > 0 && !bytes[s - 1].is_ascii_whitespace() {
                    s -= 1;
                }
            }
            let mut e = i;
            while e < bytes.len() && !bytes[e].is_ascii_whitespace() {
                e += 1;
            }
            out.push(Span::new(s, e));
            i = e;
        } else {
            i += 1;
        }
    }
    out
}

/// Ranks counted from the end: "second to last", "third from last".
fn is_relative_rank(toks: &[Tok], a: &Atom) -> bool {
    if a.form != Form::Ordinal {
        return false;
    }
    let k = a.last + 1;
    let w = |j: usize| toks.get(j).map(form_of).unwrap_or("");
    matches!(w(k), "to" | "from")
        && (w(k + 1) == "last" || (w(k + 1) == "the" && matches!(w(k + 2), "last" | "end")))
}

/// A bare "half" that is not an amount: "the first half", "half-brother",
/// "half past".
fn is_stray_half(toks: &[Tok], a: &Atom) -> bool {
    let (f, _) = a.core;
    if !toks[f].is_word("half") || a.unit.is_some() || a.first != f || a.value != 0.5 {
        return false;
    }
    const BEFORE: &[&str] = &[
        "the", "first", "second", "other", "this", "that", "last", "latter", "former", "my", "his",
        "her", "its", "their", "our", "your", "opening", "closing", "final", "lower", "upper",
        "northern", "southern", "eastern", "western", "bottom", "top", "back", "front", "better",
    ];
    if f > 0 {
        let p = &toks[f - 1];
        if p.kind == Kind::Word && BEFORE.contains(&p.lower.as_str()) {
            return true;
        }
    }
    match toks.get(a.last + 1) {
        Some(n) if is_dash(n) && !n.space_before => true,
        Some(n) => matches!(
            n.lower.as_str(),
            "past" | "time" | "term" | "century" | "way"
        ),
        None => false,
    }
}

// ---------------------------------------------------------------------------
// Approximation
// ---------------------------------------------------------------------------

use Approximation::{About, AtLeast, AtMost};

/// Words before a number and what they make of it, longest first within a
/// family (the matcher takes the longest that fits).
const PREFIXES: &[(&str, Approximation)] = &[
    ("less than or equal to", AtMost),
    ("fewer than or equal to", AtMost),
    ("less or equal than", AtMost),
    ("less or equal to", AtMost),
    ("lower or equal than", AtMost),
    ("smaller or equal than", AtMost),
    ("equal to or less than", AtMost),
    ("equal to or lower than", AtMost),
    ("equal to or fewer than", AtMost),
    ("equal to or smaller than", AtMost),
    ("at most or equal to", AtMost),
    ("more than or equal to", AtLeast),
    ("greater than or equal to", AtLeast),
    ("larger than or equal to", AtLeast),
    ("bigger than or equal to", AtLeast),
    ("higher than or equal to", AtLeast),
    ("more or equal than", AtLeast),
    ("greater or equal than", AtLeast),
    ("higher or equal than", AtLeast),
    ("bigger or equal than", AtLeast),
    ("larger or equal than", AtLeast),
    ("more or equal to", AtLeast),
    ("greater or equal to", AtLeast),
    ("equal to or more than", AtLeast),
    ("equal to or greater than", AtLeast),
    ("equal to or higher than", AtLeast),
    ("equal to or larger than", AtLeast),
    ("at least or equal to", AtLeast),
    ("no fewer than", AtLeast),
    ("no less than", AtLeast),
    ("not less than", AtLeast),
    ("not fewer than", AtLeast),
    ("no more than", AtMost),
    ("not more than", AtMost),
    ("more than", AtLeast),
    ("greater than", AtLeast),
    ("larger than", AtLeast),
    ("bigger than", AtLeast),
    ("higher than", AtLeast),
    ("in excess of", AtLeast),
    ("upwards of", AtLeast),
    ("upward of", AtLeast),
    ("a minimum of", AtLeast),
    ("at least", AtLeast),
    ("well over", AtLeast),
    ("just over", AtLeast),
    ("well above", AtLeast),
    ("just above", AtLeast),
    ("over", AtLeast),
    ("above", AtLeast),
    ("exceeding", AtLeast),
    ("exceeds", AtLeast),
    ("exceeded", AtLeast),
    ("exceed", AtLeast),
    ("surpassing", AtLeast),
    ("surpasses", AtLeast),
    ("surpassed", AtLeast),
    ("surpass", AtLeast),
    ("less than", AtMost),
    ("fewer than", AtMost),
    ("lower than", AtMost),
    ("smaller than", AtMost),
    ("up to", AtMost),
    ("as many as", AtMost),
    ("as much as", AtMost),
    ("at most", AtMost),
    ("a maximum of", AtMost),
    ("just under", AtMost),
    ("just below", AtMost),
    ("well under", AtMost),
    ("well below", AtMost),
    ("close to", AtMost),
    ("nearly", AtMost),
    ("almost", AtMost),
    ("under", AtMost),
    ("below", AtMost),
    ("barely", AtMost),
    ("not quite", AtMost),
    ("short of", AtMost),
    ("about", About),
    ("around", About),
    ("roughly", About),
    ("approximately", About),
    ("approx", About),
    ("an estimated", About),
    ("estimated", About),
    ("some", About),
    ("circa", About),
    ("more or less", About),
    ("give or take", About),
    ("in the region of", About),
    ("on the order of", About),
    ("somewhere around", About),
    ("> =", AtLeast),
    ("≥", AtLeast),
    (">", AtLeast),
    ("< =", AtMost),
    ("≤", AtMost),
    ("<", AtMost),
    ("~", About),
];

/// Words after a number (and its unit).
const SUFFIXES: &[(&str, Approximation)] = &[
    ("or more than", AtLeast),
    ("or greater than", AtLeast),
    ("or more", AtLeast),
    ("or greater", AtLeast),
    ("or above", AtLeast),
    ("or higher", AtLeast),
    ("or over", AtLeast),
    ("or larger", AtLeast),
    ("and more", AtLeast),
    ("and above", AtLeast),
    ("and over", AtLeast),
    ("and up", AtLeast),
    ("or less than", AtMost),
    ("or fewer than", AtMost),
    ("or less", AtMost),
    ("or fewer", AtMost),
    ("or lower", AtMost),
    ("or below", AtMost),
    ("or under", AtMost),
    ("or smaller", AtMost),
    ("and under", AtMost),
    ("and below", AtMost),
    ("and less", AtMost),
    ("at most", AtMost),
    ("or so", About),
    ("or thereabouts", About),
];

/// The text of a token for phrase matching: lower-case word or the symbol.
fn form_of<'a>(t: &'a Tok) -> &'a str {
    if t.kind == Kind::Word {
        &t.lower
    } else {
        t.raw
    }
}

/// Does `phrase` end right before token `end` (exclusive)? Returns its first token.
fn phrase_before(toks: &[Tok], end: usize, phrase: &str) -> Option<usize> {
    let words: Vec<&str> = phrase.split(' ').collect();
    if words.len() > end {
        return None;
    }
    let start = end - words.len();
    for (w, t) in words.iter().zip(&toks[start..end]) {
        if form_of(t) != *w {
            return None;
        }
    }
    Some(start)
}

/// Does `phrase` start at token `start`? Returns its last token.
fn phrase_after(toks: &[Tok], start: usize, phrase: &str) -> Option<usize> {
    let words: Vec<&str> = phrase.split(' ').collect();
    if start + words.len() > toks.len() {
        return None;
    }
    for (w, t) in words.iter().zip(&toks[start..]) {
        if form_of(t) != *w {
            return None;
        }
    }
    Some(start + words.len() - 1)
}

fn approximate(toks: &[Tok], a: &mut Atom) {
    if matches!(a.shape, Shape::Vague(..)) || a.form == Form::Ordinal || a.chain {
        return;
    }
    // Suffixes first: "about five hundred or more" is at least 500.
    let mut suffix = None;
    for (p, ap) in SUFFIXES {
        if let Some(last) = phrase_after(toks, a.last + 1, p) {
            // "200 or greater than 190": the words belong to the next number.
            // "above 1000 and below 1500": the words belong to the next number.
            let number_follows = toks[last + 1..]
                .iter()
                .take(4)
                .take_while(|t| t.kind != Kind::Punct || t.is_punct('='))
                .any(|t| {
                    t.kind == Kind::Num || lexeme(&t.lower).is_some_and(|l| !matches!(l, Lexeme::A))
                });
            let fits = !number_follows
                && (p.ends_with("than") || !toks.get(last + 1).is_some_and(|t| t.is_word("than")));
            if fits {
                suffix = Some((*ap, last));
                break;
            }
        }
    }
    if let Some((ap, mut last)) = suffix {
        a.approx = ap;
        // "or equal (to)"
        if let Some(l) = phrase_after(toks, last + 1, "or equal to")
            .or_else(|| phrase_after(toks, last + 1, "or equal"))
        {
            last = l;
        }
        a.last = last;
    } else if glued(toks, a.last + 1).is_some_and(|t| t.is_punct('+'))
        && !glued(toks, a.last + 2).is_some_and(|t| t.kind == Kind::Num)
    {
        // "50+"
        a.approx = AtLeast;
        a.last += 1;
    } else if glued(toks, a.last + 1).is_some_and(is_dash)
        && glued(toks, a.last + 2).is_some_and(|t| t.is_word("plus") || t.is_word("odd"))
    {
        a.approx = if toks[a.last + 2].is_word("plus") {
            AtLeast
        } else {
            About
        };
        a.last += 2;
    }
    let mut best: Option<(Approximation, usize)> = None;
    for (p, ap) in PREFIXES {
        if let Some(start) = phrase_before(toks, a.first, p)
            && best.is_none_or(|(_, s)| start < s)
        {
            // "=>30", "<>30": not comparisons we understand.
            if p.starts_with(['>', '<', '≥', '≤'])
                && start > 0
                && matches!(toks[start - 1].punct(), Some('=' | '<' | '>'))
            {
                continue;
            }
            if (*p == "<" || *p == ">") && toks.get(a.first).is_some_and(|t| t.is_punct('>')) {
                continue;
            }
            // "20~100": a sign between two numbers joins them.
            if p.starts_with(['>', '<', '≥', '≤', '~'])
                && start > 0
                && !toks[start].space_before
                && toks[start - 1].kind == Kind::Num
            {
                continue;
            }
            // "some" and "about" directly before the number only.
            if *p == "some" && a.spelled && toks[a.core.0].is_word("one") {
                continue;
            }
            best = Some((*ap, start));
        }
    }
    if let Some((ap, start)) = best {
        if suffix.is_none() {
            a.approx = ap;
        }
        a.first = start;
    }
}

// ---------------------------------------------------------------------------
// Combining atoms
// ---------------------------------------------------------------------------

/// Words that make "5-2" a score or vote rather than a range.
const SCORE_BEFORE: &[&str] = &[
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
const SCORE_AFTER: &[&str] = &[
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
const CHANGE: &[&str] = &[
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

fn score_context(toks: &[Tok], a: &Atom, b: &Atom) -> bool {
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
fn proportions(toks: &[Tok], atoms: Vec<Atom>) -> Vec<Atom> {
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
                ["in"] => !year_like && b.value <= 1000.0 && a.spelled == b.spelled,
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

/// Units two amounts share in a range: "$20-30 million", "20 to 30 percent".
fn share_units(a: &mut Atom, b: &mut Atom) -> bool {
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
fn combine(toks: &[Tok], atoms: Vec<Atom>) -> Vec<Atom> {
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

fn join(toks: &[Tok], a: &mut Atom, b: &mut Atom) -> Option<Atom> {
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
enum Join {
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

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

/// Words that end the noun phrase after a number.
const STOP: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "and",
    "or",
    "but",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "as",
    "than",
    "per",
    "a",
    "an",
    "the",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "did",
    "do",
    "does",
    "said",
    "says",
    "say",
    "this",
    "these",
    "those",
    "it",
    "they",
    "he",
    "she",
    "we",
    "you",
    "i",
    "more",
    "less",
    "since",
    "after",
    "before",
    "during",
    "into",
    "over",
    "under",
    "about",
    "around",
    "against",
    "among",
    "between",
    "through",
    "toward",
    "towards",
    "within",
    "without",
    "amid",
    "across",
    "near",
    "like",
    "off",
    "out",
    "up",
    "down",
    "ago",
    "each",
    "every",
    "all",
    "both",
    "so",
    "if",
    "when",
    "while",
    "where",
    "not",
    "no",
    "also",
    "only",
    "just",
    "still",
    "then",
    "there",
    "here",
    "last",
    "next",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tomorrow",
    "now",
    "percent",
    "their",
    "its",
    "his",
    "her",
    "our",
    "your",
    "my",
    "them",
    "him",
    "us",
    "me",
    "including",
    "according",
    "because",
    "until",
    "via",
    "per",
    "apiece",
    "each",
    "too",
    "again",
    "already",
    "ever",
    "never",
    "very",
    "what",
    "how",
    "why",
    "whether",
    "either",
    "neither",
    "nor",
    "yet",
    "once",
    "twice",
    "other",
    "others",
    "another",
    "such",
];

/// Plural nouns that do not end in "s".
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "police",
    "personnel",
    "staff",
    "cattle",
    "feet",
    "teeth",
    "mice",
    "geese",
    "sheep",
    "fish",
    "deer",
    "aircraft",
    "crew",
    "troops",
    "militia",
    "livestock",
    "offspring",
    "clergy",
    "faculty",
    "infantry",
    "youth",
];

fn looks_plural(w: &str) -> bool {
    IRREGULAR_PLURALS.contains(&w)
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("ous"))
}

/// The noun a quantity counts: "28 draft peace proposals" → "proposals",
/// "five-hour meeting" → "meeting", "tens of thousands of casualties" →
/// "casualties".
fn counted_noun(toks: &[Tok], a: &Atom, kind: QuantityKind) -> Option<String> {
    let countable = matches!(
        kind,
        QuantityKind::Number | QuantityKind::Range | QuantityKind::Ordinal
    ) || a.adjectival;
    if !countable || matches!(a.shape, Shape::Score(..)) {
        return None;
    }
    let mut k = a.last + 1;
    if toks.get(k).is_some_and(|t| t.is_word("of")) && kind != QuantityKind::Ordinal {
        k += 1;
        if toks.get(k).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "the" | "these" | "those" | "their" | "his" | "her" | "its" | "our"
            )
        }) {
            k += 1;
        }
    }
    let mut run: Vec<&str> = Vec::new();
    while let Some(t) = toks.get(k) {
        if run.len() == 4 {
            break;
        }
        match t.kind {
            Kind::Word => {
                // Abbreviations such as "U.S." modify; skip them.
                if t.raw.chars().count() <= 2
                    && t.raw.chars().all(char::is_uppercase)
                    && glued(toks, k + 1).is_some_and(|d| d.is_punct('.'))
                {
                    k += 2;
                    continue;
                }
                if STOP.contains(&t.lower.as_str()) || lexeme(&t.lower).is_some() {
                    break;
                }
                if !t.lower.chars().all(|c| c.is_alphabetic()) {
                    break;
                }
                run.push(&t.lower);
                k += 1;
            }
            Kind::Punct
                if is_dash(t)
                    && !t.space_before
                    && glued(toks, k + 1).is_some_and(|n| n.kind == Kind::Word) =>
            {
                // "long-range missiles": keep reading the compound.
                k += 1;
            }
            _ => break,
        }
    }
    if run.is_empty() {
        return None;
    }
    if let Some(p) = run.iter().find(|w| looks_plural(w)) {
        return Some((*p).to_string());
    }
    // A singular head noun: "one soldier", "five-hour meeting", "third anniversary".
    let singular_ok = a.adjectival || kind == QuantityKind::Ordinal || a.value == 1.0;
    if singular_ok {
        return run
            .first()
            .map(|w| (*w).to_string())
            .filter(|_| run.len() == 1 || a.adjectival || kind == QuantityKind::Ordinal)
            .or_else(|| run.last().map(|w| (*w).to_string()));
    }
    None
}

fn to_quantity(text: &str, toks: &[Tok], a: &Atom) -> Quantity {
    let span = Span::new(toks[a.first].start, toks[a.last].end);
    let unit_kind = a.unit.map(|u| u.kind);
    let mut kind = match (a.shape, unit_kind) {
        (Shape::Score(..), _) => QuantityKind::Score,
        (_, Some(k)) => k,
        (Shape::Range(..), None) => QuantityKind::Range,
        _ if a.form == Form::Ordinal => QuantityKind::Ordinal,
        _ => QuantityKind::Number,
    };
    if kind == QuantityKind::Ordinal && a.unit.is_some() {
        kind = QuantityKind::Number;
    }
    let (value, low, high) = match a.shape {
        Shape::Single => {
            let v = a.value;
            match a.approx {
                AtLeast => (Some(v), Some(v), None),
                AtMost => (Some(v), None, Some(v)),
                _ => (Some(v), Some(v), Some(v)),
            }
        }
        Shape::Range(lo, hi) => (None, Some(lo), Some(hi)),
        Shape::Score(x, y) => (None, Some(x), Some(y)),
        Shape::Vague(lo, hi) => (None, Some(lo), Some(hi)),
    };
    Quantity {
        text: span.slice(text).to_string(),
        span,
        kind,
        value,
        low,
        high,
        unit: a.unit.map(|u| u.name.to_string()),
        approximation: a.approx,
        counts: counted_noun(toks, a, kind),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(text: &str) -> Vec<Quantity> {
        recognise(text)
    }

    fn one(text: &str) -> Quantity {
        let q = find(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn plain_numbers_and_words() {
        let q = one("Police arrested 1,250 protesters.");
        assert_eq!(q.value, Some(1250.0));
        assert_eq!(q.counts.as_deref(), Some("protesters"));
        let q = one("They found forty-two boxes.");
        assert_eq!(q.value, Some(42.0));
        assert_eq!(q.text, "forty-two");
        let q = one("a budget of one million two thousand");
        assert_eq!(q.value, Some(1_002_000.0));
    }

    #[test]
    fn compound_durations_count_their_noun() {
        let q = one("After a six-hour session the envoys left.");
        assert_eq!(q.kind, QuantityKind::Duration);
        assert_eq!(q.unit.as_deref(), Some("hour"));
        assert_eq!(q.value, Some(6.0));
        assert_eq!(q.counts.as_deref(), Some("session"));
        let q = one("the almost four-year conflict");
        assert_eq!(q.approximation, Approximation::AtMost);
        assert_eq!(q.high, Some(4.0));
        assert_eq!(q.low, None);
        assert_eq!(q.counts.as_deref(), Some("conflict"));
    }

    #[test]
    fn approximations() {
        let q = one("more than 3,000 homes were damaged");
        assert_eq!((q.low, q.high), (Some(3000.0), None));
        assert_eq!(q.approximation, Approximation::AtLeast);
        let q = one("some 15,000 refugees");
        assert_eq!(q.approximation, Approximation::About);
        assert_eq!((q.low, q.high), (Some(15000.0), Some(15000.0)));
        let q = one("up to 70 flights");
        assert_eq!((q.low, q.high), (None, Some(70.0)));
        let q = one("12 or more candidates");
        assert_eq!(q.approximation, Approximation::AtLeast);
    }

    #[test]
    fn vague_amounts() {
        let q = one("hundreds of thousands of residents fled");
        assert_eq!(q.value, None);
        assert_eq!((q.low, q.high), (Some(100_000.0), Some(999_999.0)));
        assert_eq!(q.counts.as_deref(), Some("residents"));
        let q = one("dozens of villages");
        assert_eq!((q.low, q.high), (Some(24.0), Some(99.0)));
    }

    #[test]
    fn ranges_and_scores() {
        let q = one("between 40 and 55 delegates");
        assert_eq!(q.kind, QuantityKind::Range);
        assert_eq!((q.low, q.high), (Some(40.0), Some(55.0)));
        assert_eq!(q.counts.as_deref(), Some("delegates"));
        let q = one("the team won 3-1 on Sunday");
        assert_eq!(q.kind, QuantityKind::Score);
        assert_eq!((q.low, q.high), (Some(3.0), Some(1.0)));
        let q = one("approved by nine votes to four");
        assert_eq!(q.kind, QuantityKind::Score);
        assert_eq!((q.low, q.high), (Some(9.0), Some(4.0)));
        let q = one("the council passed it 6-3");
        assert_eq!(q.kind, QuantityKind::Score);
        let q = one("a rise of 15-20%");
        assert_eq!(q.kind, QuantityKind::Percent);
        assert_eq!((q.low, q.high), (Some(15.0), Some(20.0)));
        // A change is two values, not a range.
        assert_eq!(find("prices rose from 4 to 6 dollars").len(), 2);
    }

    #[test]
    fn money_and_percent() {
        let q = one("a $4.5 million grant");
        assert_eq!(q.kind, QuantityKind::Money);
        assert_eq!(q.unit.as_deref(), Some("USD"));
        assert_eq!(q.value, Some(4_500_000.0));
        let q = one("€30bn in aid");
        assert_eq!(q.unit.as_deref(), Some("EUR"));
        assert_eq!(q.value, Some(3e10));
        let q = one("turnout was 61.5 per cent");
        assert_eq!(q.kind, QuantityKind::Percent);
        assert_eq!(q.value, Some(61.5));
        let q = one("fined 20,000 pounds");
        assert_eq!(q.unit.as_deref(), Some("GBP"));
        let q = one("the parcel weighed 3 pounds");
        assert_eq!(q.unit.as_deref(), Some("lb"));
    }

    #[test]
    fn measures() {
        let q = one("a 120-mile corridor");
        assert_eq!(
            (q.kind, q.unit.as_deref()),
            (QuantityKind::Measure, Some("mile"))
        );
        assert_eq!(q.counts.as_deref(), Some("corridor"));
        let q = one("it reached 41 degrees Celsius");
        assert_eq!(q.unit.as_deref(), Some("°C"));
        let q = one("a 35-year-old driver");
        assert_eq!((q.kind, q.value), (QuantityKind::Duration, Some(35.0)));
        assert_eq!(q.counts.as_deref(), Some("driver"));
    }

    #[test]
    fn ordinals() {
        let q = one("on the fourth anniversary of the attack");
        assert_eq!((q.kind, q.value), (QuantityKind::Ordinal, Some(4.0)));
        assert_eq!(q.counts.as_deref(), Some("anniversary"));
        let q = one("finished 22nd");
        assert_eq!(q.value, Some(22.0));
        let q = one("she won a third term");
        assert_eq!((q.kind, q.text.as_str()), (QuantityKind::Ordinal, "third"));
    }

    #[test]
    fn names_and_times_are_not_quantities() {
        assert!(find("since World War Two ended").is_empty());
        assert!(find("the Second World War").is_empty());
        assert!(find("an F-35 jet and a Boeing 737X").is_empty());
        assert!(find("the G20 summit").is_empty());
        assert!(find("at 4 a.m. and again at 16:45").is_empty());
        assert!(
            find("call +44-20-7946-0000")
                .iter()
                .all(|q| q.kind == QuantityKind::Number)
        );
        assert!(find("the one you saw").is_empty());
    }

    #[test]
    fn dates_are_left_to_the_date_recogniser() {
        let q = find_quantities("Troops crossed in March 2014, 40 of them.");
        assert_eq!(q.len(), 1, "{q:#?}");
        assert_eq!(q[0].value, Some(40.0));
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_spans_slice(s in "\\PC{0,80}") {
            for q in find_quantities(&s) {
                proptest::prop_assert!(s.is_char_boundary(q.span.start));
                proptest::prop_assert!(s.is_char_boundary(q.span.end));
                proptest::prop_assert_eq!(q.span.slice(&s), q.text.as_str());
            }
        }

        #[test]
        fn never_panics_on_number_soup(s in "[0-9 ,.$%/:^e+\\-–a-z½°]{0,60}") {
            for q in find_quantities(&s) {
                proptest::prop_assert_eq!(q.span.slice(&s), q.text.as_str());
            }
        }
    }
}
