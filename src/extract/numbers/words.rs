//! Numbers written in words: "twenty-eight", "one million two thousand",
//! "three hundred and 21", "two thirds", "one and a half", "twenty-fifth",
//! "five point five".
//!
//! A spelled number is read as a sequence of elements (units, teens, tens,
//! "hundred", scales, digits, "dozen", ordinals) joined by spaces, hyphens or
//! "and". Each element is accepted only where English grammar allows it, so
//! "three hundred and 2 hundred" is two numbers and "two three" two numbers.
//! Fractions take the ordinal at the end as the denominator: "twenty-three
//! fifths" is 23/5, "one twenty-fifth" 1/25, and a proper fraction after
//! "and" is added to the whole: "one hundred and three and two thirds".

use super::lexer::{Kind, Tok};

/// Where a number word sits in the grammar of English numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
}

/// What a word can contribute to a number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Lexeme {
    /// "seven", "hundred", "million"
    Card(Class, f64),
    /// "seventh", "hundredths" (plural = a fraction's denominator)
    Ord(Class, f64, bool),
    Dozen,
    /// "half" / "halves"
    Half(bool),
    /// "quarter" / "quarters"
    Quarter(bool),
    /// "a", "an" (one, before "hundred", "dozen", "third"…)
    A,
}

/// The number-word meaning of a lower-case word.
pub(crate) fn lexeme(w: &str) -> Option<Lexeme> {
    use Class::*;
    use Lexeme::*;
    let card = |c, v: f64| Some(Card(c, v));
    match w {
        "zero" | "nought" | "naught" => card(Unit, 0.0),
        "one" => card(Unit, 1.0),
        "two" => card(Unit, 2.0),
        "three" => card(Unit, 3.0),
        "four" => card(Unit, 4.0),
        "five" => card(Unit, 5.0),
        "six" => card(Unit, 6.0),
        "seven" => card(Unit, 7.0),
        "eight" => card(Unit, 8.0),
        "nine" => card(Unit, 9.0),
        "ten" => card(Teen, 10.0),
        "eleven" => card(Teen, 11.0),
        "twelve" => card(Teen, 12.0),
        "thirteen" => card(Teen, 13.0),
        "fourteen" => card(Teen, 14.0),
        "fifteen" => card(Teen, 15.0),
        "sixteen" => card(Teen, 16.0),
        "seventeen" => card(Teen, 17.0),
        "eighteen" => card(Teen, 18.0),
        "nineteen" => card(Teen, 19.0),
        "twenty" => card(Tens, 20.0),
        "thirty" => card(Tens, 30.0),
        "forty" | "fourty" => card(Tens, 40.0),
        "fifty" => card(Tens, 50.0),
        "sixty" => card(Tens, 60.0),
        "seventy" => card(Tens, 70.0),
        "eighty" => card(Tens, 80.0),
        "ninety" => card(Tens, 90.0),
        "hundred" | "hundreds" => card(Hundred, 100.0),
        "thousand" | "thousands" => card(Scale, 1e3),
        "lakh" | "lakhs" | "lac" => card(Scale, 1e5),
        "million" | "millions" => card(Scale, 1e6),
        "crore" | "crores" => card(Scale, 1e7),
        "billion" | "billions" => card(Scale, 1e9),
        "trillion" | "trillions" => card(Scale, 1e12),
        "dozen" | "dozens" => Some(Dozen),
        "half" => Some(Half(false)),
        "halves" => Some(Half(true)),
        "quarter" => Some(Quarter(false)),
        "quarters" => Some(Quarter(true)),
        "a" | "an" => Some(A),
        _ => ordinal(w),
    }
}

fn ordinal(w: &str) -> Option<Lexeme> {
    use Class::*;
    let (stem, plural) = match w.strip_suffix('s') {
        Some(s) => (s, true),
        None => (w, false),
    };
    let (class, v) = match stem {
        "first" => (Unit, 1.0),
        "second" => (Unit, 2.0),
        "third" => (Unit, 3.0),
        "fourth" => (Unit, 4.0),
        "fifth" => (Unit, 5.0),
        "sixth" => (Unit, 6.0),
        "seventh" => (Unit, 7.0),
        "eighth" => (Unit, 8.0),
        "ninth" => (Unit, 9.0),
        "tenth" => (Teen, 10.0),
        "eleventh" => (Teen, 11.0),
        "twelfth" => (Teen, 12.0),
        "thirteenth" => (Teen, 13.0),
        "fourteenth" => (Teen, 14.0),
        "fifteenth" => (Teen, 15.0),
        "sixteenth" => (Teen, 16.0),
        "seventeenth" => (Teen, 17.0),
        "eighteenth" => (Teen, 18.0),
        "nineteenth" => (Teen, 19.0),
        "twentieth" => (Tens, 20.0),
        "thirtieth" => (Tens, 30.0),
        "fortieth" => (Tens, 40.0),
        "fiftieth" => (Tens, 50.0),
        "sixtieth" => (Tens, 60.0),
        "seventieth" => (Tens, 70.0),
        "eightieth" => (Tens, 80.0),
        "ninetieth" => (Tens, 90.0),
        "hundredth" => (Hundred, 100.0),
        "thousandth" => (Scale, 1e3),
        "millionth" => (Scale, 1e6),
        "billionth" => (Scale, 1e9),
        "trillionth" => (Scale, 1e12),
        _ => return None,
    };
    // "firsts" and "seconds" are not denominators ("seconds" is a unit of time).
    if plural && v <= 2.0 {
        return None;
    }
    Some(Lexeme::Ord(class, v, plural))
}

/// What a number phrase turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Cardinal,
    Ordinal,
    Fraction,
}

/// A number read from words (possibly mixed with digits), over tokens
/// `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Spelled {
    pub first: usize,
    pub last: usize,
    pub value: f64,
    pub form: Form,
    /// The last scale word applied ("million" in "3 million"), if any.
    pub scale: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum El {
    Card(Class),
    Digits,
    A,
    Dozen,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Element {
    tok: usize,
    el: El,
    value: f64,
    after_and: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Conn {
    None,
    Hyphen,
    And,
}

/// The value of a sequence of accepted elements.
fn evaluate(els: &[Element]) -> f64 {
    let (mut total, mut cur, mut small) = (0.0, 0.0, 0.0);
    for e in els {
        match e.el {
            El::Card(Class::Hundred) => {
                cur = if cur == 0.0 { 1.0 } else { cur } * 100.0;
                small = 0.0;
            }
            El::Card(Class::Scale) => {
                total += if cur == 0.0 { 1.0 } else { cur } * e.value;
                cur = 0.0;
                small = 0.0;
            }
            El::Dozen => {
                // "two dozen": the small number just read counts dozens.
                if small == 0.0 {
                    cur += 12.0;
                } else {
                    cur += small * 11.0;
                }
                small = 0.0;
            }
            _ => {
                cur += e.value;
                small += e.value;
            }
        }
    }
    total + cur
}

/// A hyphen joining number words ("twenty-one", "five - eighths").
fn is_hyphen(t: &Tok) -> bool {
    matches!(t.punct(), Some('-' | '\u{2010}' | '\u{2011}'))
}

/// Grammar state while reading a cardinal.
#[derive(Default)]
struct Acc {
    els: Vec<Element>,
    unit: bool,
    teen: bool,
    tens: bool,
    hundred: bool,
    last_scale: Option<f64>,
}

impl Acc {
    fn last(&self) -> Option<El> {
        self.els.last().map(|e| e.el)
    }
    fn can_take(&self, el: El, value: f64, integer: bool, conn: Conn) -> bool {
        let started = !self.els.is_empty();
        let last = self.last();
        let after_group = matches!(
            last,
            Some(El::Card(Class::Hundred)) | Some(El::Card(Class::Scale))
        );
        let number_before = matches!(
            last,
            Some(El::Card(Class::Unit | Class::Teen | Class::Tens))
                | Some(El::Digits)
                | Some(El::A)
        );
        match el {
            El::Card(Class::Unit) => {
                if !started {
                    return conn == Conn::None;
                }
                !self.unit
                    && !self.teen
                    && (after_group || last == Some(El::Card(Class::Tens)))
                    && match conn {
                        Conn::Hyphen => last == Some(El::Card(Class::Tens)),
                        _ => true,
                    }
            }
            El::Card(Class::Teen) | El::Card(Class::Tens) => {
                if !started {
                    return conn == Conn::None;
                }
                after_group && !self.unit && !self.teen && !self.tens && conn != Conn::Hyphen
            }
            El::Card(Class::Hundred) => {
                started && !self.hundred && conn == Conn::None && number_before
            }
            El::Card(Class::Scale) => {
                started
                    && self.last_scale.is_none_or(|s| value < s)
                    && conn == Conn::None
                    && (number_before || last == Some(El::Card(Class::Hundred)))
            }
            El::Dozen => started && conn == Conn::None && number_before,
            El::Digits => {
                if !started {
                    return conn == Conn::None;
                }
                integer
                    && conn != Conn::Hyphen
                    && !self.unit
                    && !self.teen
                    && !self.tens
                    && match last {
                        Some(El::Card(Class::Hundred)) => value < 100.0,
                        Some(El::Card(Class::Scale)) => value < 1000.0,
                        _ => false,
                    }
            }
            El::A => !started,
        }
    }
    fn take(&mut self, tok: usize, el: El, value: f64, conn: Conn) {
        match el {
            El::Card(Class::Unit) => self.unit = true,
            El::Card(Class::Teen) => self.teen = true,
            El::Card(Class::Tens) => self.tens = true,
            El::Digits | El::A => {
                self.unit = true;
                self.teen = true;
                self.tens = true;
            }
            El::Card(Class::Hundred) => {
                self.hundred = true;
                self.unit = false;
                self.teen = false;
                self.tens = false;
            }
            El::Card(Class::Scale) => {
                self.last_scale = Some(value);
                self.hundred = false;
                self.unit = false;
                self.teen = false;
                self.tens = false;
            }
            El::Dozen => {
                self.unit = true;
                self.teen = true;
                self.tens = true;
            }
        }
        self.els.push(Element {
            tok,
            el,
            value,
            after_and: conn == Conn::And,
        });
    }
}

/// The element a token can be, with its value and whether it is a whole number.
fn element(t: &Tok) -> Option<(El, f64, bool)> {
    match t.kind {
        Kind::Num => {
            let n = t.num?;
            if n.leading_zero {
                return None;
            }
            Some((El::Digits, n.value, n.integer))
        }
        Kind::Word => match lexeme(&t.lower)? {
            Lexeme::Card(c, v) => Some((El::Card(c), v, true)),
            Lexeme::Dozen => Some((El::Dozen, 12.0, true)),
            Lexeme::A => Some((El::A, 1.0, true)),
            _ => None,
        },
        Kind::Punct => None,
    }
}

/// An ordinal ending a cardinal phrase.
#[derive(Debug, Clone, Copy)]
struct OrdEnd {
    tok: usize,
    class: Class,
    value: f64,
    plural: bool,
}

/// A cardinal phrase, possibly ending in an ordinal word.
struct Cardinal {
    els: Vec<Element>,
    ord: Option<OrdEnd>,
    /// Index of the last token read.
    last: usize,
}

/// Read the longest cardinal (optionally ending in an ordinal) at token `i`.
fn cardinal(toks: &[Tok], i: usize) -> Option<Cardinal> {
    let mut acc = Acc::default();
    let mut j = i;
    let mut last_tok = i;
    let mut ord = None;
    loop {
        // A connector, then the element it joins.
        let (conn, k) = match toks.get(j) {
            Some(t) if !acc.els.is_empty() && is_hyphen(t) => (Conn::Hyphen, j + 1),
            Some(t) if !acc.els.is_empty() && t.is_word("and") => (Conn::And, j + 1),
            Some(_) => (Conn::None, j),
            None => break,
        };
        let Some(t) = toks.get(k) else { break };
        if conn == Conn::None && !acc.els.is_empty() && !t.space_before {
            break;
        }
        if let Some((el, value, integer)) = element(t) {
            if !acc.can_take(el, value, integer, conn) {
                break;
            }
            // "3 hundred and 2 hundred": a new number starts when a second
            // "hundred" would follow inside the same group.
            if acc.hundred
                && matches!(
                    el,
                    El::Card(Class::Unit | Class::Teen | Class::Tens) | El::Digits
                )
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.space_before && n.is_word("hundred"))
            {
                break;
            }
            // "a" only before what it can count.
            if el == El::A {
                let next = toks.get(k + 1).filter(|n| n.space_before);
                let ok = next.is_some_and(|n| {
                    matches!(
                        lexeme(&n.lower),
                        Some(
                            Lexeme::Card(Class::Hundred | Class::Scale, _)
                                | Lexeme::Dozen
                                | Lexeme::Ord(..)
                                | Lexeme::Half(_)
                                | Lexeme::Quarter(_)
                        )
                    )
                });
                if !ok {
                    break;
                }
            }
            acc.take(k, el, value, conn);
            last_tok = k;
            j = k + 1;
            continue;
        }
        // An ordinal word ends the phrase where its cardinal could stand.
        if t.kind == Kind::Word
            && let Some(Lexeme::Ord(class, value, plural)) = lexeme(&t.lower)
        {
            let as_card = El::Card(class);
            let conn_ok = conn != Conn::Hyphen || acc.last() == Some(El::Card(Class::Tens));
            let small = matches!(class, Class::Unit | Class::Teen | Class::Tens);
            // "$280 million first …", "the two hundred first": a rank after a
            // scale needs "and" ("one hundred and fifth").
            let after_group = matches!(acc.last(), Some(El::Card(Class::Hundred | Class::Scale)));
            let ok = if acc.els.is_empty() {
                conn == Conn::None
            } else if small {
                acc.can_take(as_card, value, true, conn)
                    && conn_ok
                    && (!after_group || conn == Conn::And)
            } else {
                acc.can_take(as_card, value, true, conn)
            };
            if ok {
                ord = Some(OrdEnd {
                    tok: k,
                    class,
                    value,
                    plural,
                });
                last_tok = k;
            }
        }
        break;
    }
    if acc.els.is_empty() && ord.is_none() {
        return None;
    }
    Some(Cardinal {
        els: acc.els,
        ord,
        last: last_tok,
    })
}

fn ord_as_element(o: &OrdEnd) -> Element {
    Element {
        tok: o.tok,
        el: El::Card(o.class),
        value: o.value,
        after_and: false,
    }
}

/// Words after which "a third", "one fifth" is a fraction rather than a rank
/// ("a third of the vote" but "a third term").
fn fraction_follows(toks: &[Tok], next: usize) -> bool {
    match toks.get(next) {
        None => true,
        Some(t) if t.kind == Kind::Punct => !is_hyphen(t),
        Some(t) if t.kind == Kind::Word => matches!(
            t.lower.as_str(),
            "of" | "and"
                | "or"
                | "to"
                | "than"
                | "as"
                | "in"
                | "is"
                | "are"
                | "was"
                | "were"
                | "million"
                | "billion"
                | "thousand"
                | "percent"
        ),
        Some(_) => false,
    }
}

/// Is the cardinal a lone "one" or "a"?
fn lone_one(els: &[Element]) -> bool {
    els.len() == 1
        && (els[0].el == El::A || (els[0].el == El::Card(Class::Unit) && els[0].value == 1.0))
}

/// Read the number written in words (or digits and words) starting at token
/// `i`. Plain numerals without any number word are left to the caller.
pub(crate) fn spelled(toks: &[Tok], i: usize) -> Option<Spelled> {
    let t = toks.get(i)?;
    // Fractions that start with "half" or "quarter".
    if t.kind == Kind::Word {
        match lexeme(&t.lower) {
            Some(Lexeme::Half(false)) => return Some(half_phrase(toks, i, i, 0.5)),
            Some(Lexeme::Quarter(false)) => {
                // A bare "quarter" is a fraction only before a scale: "quarter million".
                let (v, last, scale) = scaled_by_next(toks, i, 0.25)?;
                return Some(Spelled {
                    first: i,
                    last,
                    value: v,
                    form: Form::Cardinal,
                    scale,
                });
            }
            _ => {}
        }
    }
    let card = cardinal(toks, i)?;
    let has_word = card.ord.is_some() || card.els.iter().any(|e| e.el != El::Digits);
    if let Some(o) = card.ord {
        return Some(with_ordinal(toks, i, &card, o));
    }
    let els = &card.els;
    // "a half", "one half".
    if let Some(n) = toks
        .get(card.last + 1)
        .filter(|n| n.kind == Kind::Word && n.space_before)
        && lexeme(&n.lower) == Some(Lexeme::Half(false))
        && lone_one(els)
    {
        return Some(half_phrase(toks, i, card.last + 1, 0.5));
    }
    // "three quarters", "a quarter", "five billion and three quarters".
    if let Some(n) = toks
        .get(card.last + 1)
        .filter(|n| n.kind == Kind::Word && n.space_before)
        && let Some(Lexeme::Quarter(plural)) = lexeme(&n.lower)
        && let Some(last_el) = els.last()
        && matches!(last_el.el, El::A | El::Card(Class::Unit))
        && plural == (last_el.value > 1.0)
    {
        let value = divide(els, 4.0);
        if els.len() == 1
            && let Some((v, last, scale)) = share_of_scale(toks, card.last + 1, value)
        {
            return Some(Spelled {
                first: i,
                last,
                value: v,
                form: Form::Cardinal,
                scale,
            });
        }
        return Some(Spelled {
            first: i,
            last: card.last + 1,
            value,
            form: if els.len() == 1 {
                Form::Fraction
            } else {
                Form::Cardinal
            },
            scale: last_scale(els),
        });
    }
    let value = evaluate(els);
    let scale = last_scale(els);
    // A denominator right after: "twenty-three fifths", "one twenty-fifth".
    let (gap, k) = match toks.get(card.last + 1) {
        Some(h) if is_hyphen(h) => (true, card.last + 2),
        _ => (false, card.last + 1),
    };
    if let Some(den) = toks
        .get(k)
        .filter(|t| t.kind == Kind::Word && (gap || t.space_before))
        && lexeme(&den.lower).is_some()
        && !matches!(els.last().map(|e| e.el), Some(El::Digits))
        && let Some(d) = cardinal(toks, k)
        && let Some(o) = d.ord
        && (o.plural || (lone_one(els) && fraction_follows(toks, d.last + 1)))
        && o.value > 2.0
    {
        let mut den_els = d.els.clone();
        den_els.push(ord_as_element(&o));
        let denominator = evaluate(&den_els);
        if denominator > 0.0 {
            return Some(Spelled {
                first: i,
                last: d.last,
                value: divide(els, denominator),
                form: Form::Fraction,
                scale: None,
            });
        }
    }
    if els.iter().all(|e| e.el == El::A) {
        return None;
    }
    if !has_word {
        // "2 and a half": digits with a fraction in words.
        let mut out = Spelled {
            first: i,
            last: card.last,
            value,
            form: Form::Cardinal,
            scale,
        };
        extend_mixed(toks, &mut out, els);
        return (out.last != card.last).then_some(out);
    }
    let mut out = Spelled {
        first: i,
        last: card.last,
        value,
        form: Form::Cardinal,
        scale,
    };
    extend_mixed(toks, &mut out, els);
    extend_point(toks, &mut out, els);
    Some(out)
}

/// The numerator `els` over `den`; a proper fraction after "and" is added to
/// the whole before it ("two hundred and fifty-four hundredths" is 200.54).
/// After a scale the fraction counts that scale: "six million and two
/// thirds" is 6,666,666.67.
fn divide(els: &[Element], den: f64) -> f64 {
    match els.iter().rposition(|e| e.after_and) {
        Some(p) if p > 0 && evaluate(&els[p..]) < den => {
            let part = evaluate(&els[p..]) / den;
            let whole = &els[..p];
            match whole.last() {
                Some(e) if e.el == El::Card(Class::Scale) => evaluate(whole) + part * e.value,
                _ => evaluate(whole) + part,
            }
        }
        _ => evaluate(els) / den,
    }
}

fn last_scale(els: &[Element]) -> Option<f64> {
    els.iter()
        .rev()
        .find(|e| e.el == El::Card(Class::Scale))
        .map(|e| e.value)
}

/// `value` multiplied by a scale word right after token `i` ("quarter million").
fn scaled_by_next(toks: &[Tok], i: usize, value: f64) -> Option<(f64, usize, Option<f64>)> {
    let n = toks.get(i + 1).filter(|n| n.space_before)?;
    match lexeme(&n.lower) {
        Some(Lexeme::Card(Class::Scale, s)) => Some((value * s, i + 1, Some(s))),
        _ => None,
    }
}

/// `value` multiplied by a scale word right after token `i`, or after "of
/// a" there ("three quarters million", "a quarter of a million").
fn share_of_scale(toks: &[Tok], i: usize, value: f64) -> Option<(f64, usize, Option<f64>)> {
    let word = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.space_before && t.is_word(w));
    scaled_by_next(toks, i, value).or_else(|| {
        (word(i + 1, "of") && (word(i + 2, "a") || word(i + 2, "an")))
            .then(|| scaled_by_next(toks, i + 2, value))
            .flatten()
    })
}

/// "half", "a half", "half a dozen", "half a million", "half million".
fn half_phrase(toks: &[Tok], first: usize, half: usize, value: f64) -> Spelled {
    let mut out = Spelled {
        first,
        last: half,
        value,
        form: Form::Fraction,
        scale: None,
    };
    let mut k = half + 1;
    if toks
        .get(k)
        .is_some_and(|t| t.space_before && (t.is_word("a") || t.is_word("an")))
    {
        k += 1;
    }
    if let Some(n) = toks.get(k).filter(|n| n.space_before) {
        match lexeme(&n.lower) {
            Some(Lexeme::Card(Class::Scale, s)) => {
                out.value = value * s;
                out.last = k;
                out.form = Form::Cardinal;
                out.scale = Some(s);
            }
            Some(Lexeme::Dozen) => {
                out.value = value * 12.0;
                out.last = k;
                out.form = Form::Cardinal;
            }
            _ => {}
        }
    }
    out
}

/// A cardinal that ended in an ordinal word: an ordinal ("twenty-fifth",
/// "two hundredth") or a fraction ("two thirds", "one hundred thirty fifths").
fn with_ordinal(toks: &[Tok], first: usize, card: &Cardinal, o: OrdEnd) -> Spelled {
    let els = &card.els;
    let mut all = els.clone();
    all.push(ord_as_element(&o));
    let ordinal = Spelled {
        first,
        last: o.tok,
        value: evaluate(&all),
        form: Form::Ordinal,
        scale: None,
    };
    if els.is_empty() || o.value <= 2.0 {
        return ordinal;
    }
    if !o.plural {
        // "a trillionth", "one eighth": a fraction; "a third term": a rank.
        if lone_one(els) && fraction_follows(toks, o.tok + 1) {
            return Spelled {
                value: 1.0 / o.value,
                form: Form::Fraction,
                ..ordinal
            };
        }
        if els.len() == 1 && els[0].el == El::A {
            return Spelled {
                first: o.tok,
                value: o.value,
                ..ordinal
            };
        }
        return ordinal;
    }
    // A plural ordinal is a denominator. A unit ordinal takes the tens word
    // before it when that word is not joined by "and": "one hundred thirty
    // fifths" is 100/35, "one hundred and thirty fifths" 130/5.
    let mut den = o.value;
    let mut num_els: &[Element] = els;
    if o.class == Class::Unit
        && els.len() >= 2
        && let Some(last) = els.last()
        && last.el == El::Card(Class::Tens)
        && !last.after_and
    {
        den += last.value;
        num_els = &els[..els.len() - 1];
    }
    Spelled {
        value: divide(num_els, den),
        form: Form::Fraction,
        ..ordinal
    }
}

/// "one and a half", "forty two and a third", "3 million and a half",
/// "two and a half million".
fn extend_mixed(toks: &[Tok], out: &mut Spelled, els: &[Element]) {
    let Some(and) = toks.get(out.last + 1) else {
        return;
    };
    if !and.is_word("and") {
        return;
    }
    let Some(frac) = spelled(toks, out.last + 2) else {
        return;
    };
    if !toks[out.last + 2].space_before {
        return;
    }
    let ends_in_scale = els.last().is_some_and(|e| e.el == El::Card(Class::Scale));
    match frac.form {
        Form::Fraction if frac.value < 1.0 => {
            let add = if ends_in_scale {
                frac.value * out.scale.unwrap_or(1.0)
            } else {
                frac.value
            };
            out.value += add;
            out.last = frac.last;
            out.form = Form::Fraction;
            // "two and a half million"
            if !ends_in_scale
                && let Some((v, last, scale)) = scaled_by_next(toks, out.last, out.value)
            {
                out.value = v;
                out.last = last;
                out.scale = scale;
                out.form = Form::Cardinal;
            }
        }
        // "one billion and a half million"
        Form::Cardinal
            if ends_in_scale
                && frac.scale.is_some_and(|s| out.scale.is_some_and(|o| s < o))
                && toks[out.last + 2].lower.starts_with("half")
                    | toks[out.last + 2].is_word("a") =>
        {
            out.value += frac.value;
            out.last = frac.last;
        }
        _ => {}
    }
}

/// "five point five", "nought point nought three", "two hundred point seventy-one".
fn extend_point(toks: &[Tok], out: &mut Spelled, els: &[Element]) {
    if out.form != Form::Cardinal || els.iter().any(|e| e.el == El::Digits) {
        return;
    }
    let Some(p) = toks.get(out.last + 1) else {
        return;
    };
    if !p.is_word("point") {
        return;
    }
    let mut digits = String::new();
    let mut k = out.last + 2;
    let mut last = None;
    while let Some(t) = toks.get(k) {
        if t.kind != Kind::Word || !t.space_before {
            break;
        }
        match lexeme(&t.lower) {
            Some(Lexeme::Card(Class::Unit, v)) => {
                digits.push(char::from(b'0' + v as u8));
                last = Some(k);
                k += 1;
            }
            Some(Lexeme::Card(Class::Teen | Class::Tens, _)) if digits.is_empty() => {
                if let Some(c) = cardinal(toks, k).filter(|c| c.ord.is_none()) {
                    digits = format!("{}", evaluate(&c.els) as u64);
                    last = Some(c.last);
                }
                break;
            }
            _ => break,
        }
    }
    if let Some(last) = last
        && let Ok(frac) = format!("0.{digits}").parse::<f64>()
    {
        out.value += frac;
        out.last = last;
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexer::tokenize;
    use super::*;

    fn read(text: &str) -> Option<(f64, Form, String)> {
        let toks = tokenize(text);
        let s = spelled(&toks, 0)?;
        let span = &text[toks[s.first].start..toks[s.last].end];
        Some((s.value, s.form, span.to_string()))
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * b.abs().max(1.0)
    }

    #[test]
    fn cardinals() {
        for (text, v) in [
            ("twenty-eight", 28.0),
            ("one million two thousand", 1_002_000.0),
            ("nine hundred and twelve", 912.0),
            ("four hundred and five thousand", 405_000.0),
            ("six thousand and forty", 6040.0),
            ("eighty   seven", 87.0),
            ("7 hundred and 15", 715.0),
            ("5 thousand 2 hundred and 9", 5209.0),
            ("2.5 million", 2_500_000.0),
            ("half a dozen", 6.0),
            ("four dozen", 48.0),
            ("half a million", 500_000.0),
            ("three and a half", 3.5),
            ("two million and a half", 2_500_000.0),
            ("six point two five", 6.25),
            ("zero point zero four", 0.04),
            ("twelve hundred", 1200.0),
            ("4 and a half", 4.5),
        ] {
            let (got, _, _) = read(text).unwrap_or_else(|| panic!("{text}"));
            assert!(close(got, v), "{text}: {got} != {v}");
        }
    }

    #[test]
    fn two_numbers_stay_apart() {
        assert_eq!(read("4 hundred and 7 hundred").unwrap().2, "4 hundred");
        assert_eq!(read("seven eight").unwrap().2, "seven");
        assert!(read("a").is_none());
        assert!(read("an apple").is_none());
    }

    #[test]
    fn fractions_and_ordinals() {
        for (text, v, form) in [
            ("three fifths", 0.6, Form::Fraction),
            ("a quarter", 0.25, Form::Fraction),
            ("three quarters", 0.75, Form::Fraction),
            ("a quarter of a million", 250_000.0, Form::Cardinal),
            ("three quarters of a billion", 750_000_000.0, Form::Cardinal),
            ("one-tenth", 0.1, Form::Fraction),
            ("one twentieth", 0.05, Form::Fraction),
            ("seven and two thirds", 7.0 + 2.0 / 3.0, Form::Fraction),
            ("nineteenth", 19.0, Form::Ordinal),
            ("forty-second", 42.0, Form::Ordinal),
            ("three hundredth", 300.0, Form::Ordinal),
            ("first", 1.0, Form::Ordinal),
        ] {
            let (got, f, _) = read(text).unwrap_or_else(|| panic!("{text}"));
            assert!(close(got, v), "{text}: {got} != {v}");
            assert_eq!(f, form, "{text}");
        }
        // An article before a rank is not part of it: the rank is read on its own.
        assert!(read("a third term").is_none());
    }
}
