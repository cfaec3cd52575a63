//! Words of approximation before and after a number: "nearly", "at least",
//! "some", "or more", "or so".

use super::*;
use std::collections::HashMap;
use std::sync::LazyLock;

pub(super) use Approximation::{About, AtLeast, AtMost};

/// Of the `AtMost` prefixes, those that come close to the figure from below
/// ("nearly 7%", "almost 30", "just under 2,000"), unlike "up to" or "fewer
/// than", which allow anything under it.
const NEAR: &[&str] = &[
    "nearly",
    "almost",
    "close to",
    "just under",
    "just below",
    "not quite",
];

/// Does a quantity's text open with a word that comes close from below?
pub(crate) fn near_bound(text: &str) -> bool {
    NEAR.iter().any(|w| {
        text.get(..w.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(w))
    })
}

/// Words before a number and what they make of it, longest first within a
/// family (the matcher takes the longest that fits).
pub(super) const PREFIXES: &[(&str, Approximation)] = &[
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
pub(super) const SUFFIXES: &[(&str, Approximation)] = &[
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
pub(super) fn form_of<'a>(t: &'a Tok) -> &'a str {
    if t.kind == Kind::Word {
        &t.lower
    } else {
        t.raw
    }
}

type PhraseIndex = HashMap<&'static str, Vec<(&'static str, Approximation)>>;

/// Prefixes by their last word, suffixes by their first: only the phrases
/// that can match are tried.
static PREFIX_INDEX: LazyLock<PhraseIndex> =
    LazyLock::new(|| index(PREFIXES, |p| p.rsplit(' ').next()));
static SUFFIX_INDEX: LazyLock<PhraseIndex> =
    LazyLock::new(|| index(SUFFIXES, |p| p.split(' ').next()));

fn index(
    phrases: &'static [(&'static str, Approximation)],
    key: fn(&'static str) -> Option<&'static str>,
) -> PhraseIndex {
    let mut m: PhraseIndex = HashMap::new();
    for (p, ap) in phrases {
        if let Some(k) = key(p) {
            m.entry(k).or_default().push((p, *ap));
        }
    }
    m
}

/// Does `phrase` end right before token `end` (exclusive)? Returns its first token.
pub(super) fn phrase_before(toks: &[Tok], end: usize, phrase: &str) -> Option<usize> {
    let mut k = end;
    for w in phrase.rsplit(' ') {
        k = k.checked_sub(1)?;
        if form_of(&toks[k]) != w {
            return None;
        }
    }
    Some(k)
}

/// Does `phrase` start at token `start`? Returns its last token.
pub(super) fn phrase_after(toks: &[Tok], start: usize, phrase: &str) -> Option<usize> {
    let mut k = start;
    for w in phrase.split(' ') {
        if form_of(toks.get(k)?) != w {
            return None;
        }
        k += 1;
    }
    k.checked_sub(1)
}

pub(super) fn approximate(toks: &[Tok], a: &mut Atom) {
    if matches!(a.shape, Shape::Vague(..)) || a.form == Form::Ordinal || a.chain {
        return;
    }
    // Suffixes first: "about five hundred or more" is at least 500.
    let mut suffix = None;
    let next = toks.get(a.last + 1).map(form_of).unwrap_or("");
    for (p, ap) in SUFFIX_INDEX.get(next).into_iter().flatten() {
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
    let before = a.first.checked_sub(1).map_or("", |k| form_of(&toks[k]));
    for (p, ap) in PREFIX_INDEX.get(before).into_iter().flatten() {
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

#[cfg(test)]
mod tests {
    use crate::extract::numbers::find_quantities_excluding as find;
    use crate::model::Approximation;

    fn approx(text: &str) -> (Approximation, Option<f64>, Option<f64>) {
        let q = find(text, &[]);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        (q[0].approximation, q[0].low, q[0].high)
    }

    #[test]
    fn before_and_after() {
        use Approximation::*;
        assert_eq!(
            approx("roughly 400 staff"),
            (About, Some(400.0), Some(400.0))
        );
        assert_eq!(approx("no fewer than 9 ships"), (AtLeast, Some(9.0), None));
        assert_eq!(approx("fewer than 90 seats"), (AtMost, None, Some(90.0)));
        assert_eq!(
            approx("as many as 2,000 jobs"),
            (AtMost, None, Some(2000.0))
        );
        assert_eq!(approx("60 or so tanks"), (About, Some(60.0), Some(60.0)));
        assert_eq!(
            approx("a 40-odd page report"),
            (About, Some(40.0), Some(40.0))
        );
        assert_eq!(approx("18+ viewers"), (AtLeast, Some(18.0), None));
        assert_eq!(approx("x >= 4"), (AtLeast, Some(4.0), None));
    }
}
