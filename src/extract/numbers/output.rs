//! From atoms to [`Quantity`] values, with the noun each one counts.

use super::*;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Words that end the noun phrase after a number.
pub(super) const STOP: &[&str] = &[
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
/// [`STOP`] as a set, for the many look-ups.
pub(super) static STOP_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| STOP.iter().copied().collect());

pub(super) const IRREGULAR_PLURALS: &[&str] = &[
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
    // Short plurals of clipped words: "1,200 ops and appointments", "40 MPs".
    "ops",
    "mps",
];

pub(super) fn looks_plural(w: &str) -> bool {
    IRREGULAR_PLURALS.contains(&w)
        || men_plural(w)
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !w.ends_with("ous"))
}

/// A compound of "men" or "women": "eight gunmen", "40 firemen", "two
/// policewomen"; not "specimen" or "abdomen".
fn men_plural(w: &str) -> bool {
    const SINGULARS: &[&str] = &[
        "specimen", "abdomen", "regimen", "acumen", "stamen", "bitumen", "albumen", "hymen",
        "semen", "lumen", "rumen", "omen", "amen",
    ];
    w.len() > 4 && w.ends_with("men") && !SINGULARS.contains(&w)
}

/// The noun of a count set beside it: "Dead fish, AT LEAST 30,000 of
/// them, are rotting" counts the fish.
fn apposed_whole(toks: &[Tok], a: &Atom) -> Option<String> {
    let of_them = toks.get(a.last + 1).is_some_and(|t| t.is_word("of"))
        && toks.get(a.last + 2).is_some_and(|t| t.is_word("them"));
    let comma = a.first.checked_sub(1).filter(|&c| toks[c].is_punct(','))?;
    let noun = comma.checked_sub(1).map(|n| &toks[n])?;
    (of_them && noun.kind == Kind::Word && !STOP_WORDS.contains(noun.lower.as_str()))
        .then(|| noun.lower.to_string())
}

/// The token after an owner's name at `k` ("Northvale Health's", or a
/// common noun's: "seven of the party's 14 MPs"), else `k`.
fn past_owner(toks: &[Tok], k: usize) -> usize {
    if toks
        .get(k)
        .is_some_and(|t| t.kind == Kind::Word && !t.capitalised())
    {
        return past_possessive(toks, k).unwrap_or(k);
    }
    let mut end = k;
    while toks
        .get(end)
        .is_some_and(|t| t.kind == Kind::Word && t.capitalised())
    {
        if let Some(past) = past_possessive(toks, end) {
            return past;
        }
        end += 1;
    }
    k
}

/// The token after a possessive word at `k`: "Health's", or "Health" "'s"
/// as two tokens (or three: "'", "s").
fn past_possessive(toks: &[Tok], k: usize) -> Option<usize> {
    let word = toks.get(k)?;
    if word.lower.ends_with("'s") || word.lower.ends_with("’s") {
        return Some(k + 1);
    }
    let mark = toks.get(k + 1)?;
    matches!(mark.raw, "'s" | "’s" | "'" | "’").then(|| {
        let s = usize::from(toks.get(k + 2).is_some_and(|t| t.lower == "s"));
        k + 2 + s
    })
}

/// The noun a measure is of when it comes before the measure: "waves as
/// high as six metres" and "waves of up to four metres" → "waves".
fn compared_before(toks: &[Tok], a: &Atom) -> Option<String> {
    const SIZES: &[&str] = &[
        "high", "tall", "long", "deep", "wide", "far", "heavy", "big", "large", "thick",
    ];
    if a.unit.is_none_or(|u| u.kind != QuantityKind::Measure) || a.adjectival {
        return None;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let before = |n: usize| a.first.checked_sub(n);
    let as_high_as = before(3)
        .is_some_and(|k| word(k) == "as" && SIZES.contains(&word(k + 1)) && word(k + 2) == "as");
    let noun = if as_high_as {
        before(4)?
    } else if before(1).is_some_and(|k| word(k) == "of") {
        before(2)?
    } else {
        return None;
    };
    let noun = &toks[noun];
    (noun.kind == Kind::Word
        && looks_plural(&noun.lower)
        && !STOP_WORDS.contains(noun.lower.as_str()))
    .then(|| noun.lower.to_string())
}

/// Does a length place somewhere away from another place ("about 40
/// kilometres north of Sarel", "20 miles from the border", "5km
/// offshore")? It is how far, not how long, high or deep ("an 80-metre
/// drop"), and is compared only with another such figure.
fn places_away(toks: &[Tok], a: &Atom) -> bool {
    const LENGTHS: &[&str] = &["m", "km", "mile", "ft", "yd", "nmi"];
    const AWAY: &[&str] = &[
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "from",
        "away",
        "offshore",
        "inland",
        "outside",
        "off",
    ];
    a.unit.is_some_and(|u| LENGTHS.contains(&u.name))
        && toks
            .get(a.last + 1)
            .is_some_and(|t| t.kind == Kind::Word && AWAY.contains(&t.lower.as_str()))
}

/// The noun a quantity counts: "28 draft peace proposals" → "proposals",
/// "five-hour meeting" → "meeting", "tens of thousands of casualties" →
/// "casualties".
pub(super) fn counted_noun(toks: &[Tok], a: &Atom, kind: QuantityKind) -> Option<String> {
    if let Some(group) = sized_group(toks, a) {
        return Some(group);
    }
    if let Some(noun) = compared_before(toks, a) {
        return Some(noun);
    }
    if let Some(side) = vote_side(toks, a) {
        return Some(side.to_string());
    }
    if places_away(toks, a) {
        return Some("away".to_string());
    }
    // "voted 3-2", "ruled by four votes to one": the tally of a vote.
    if matches!(a.shape, Shape::Score(..)) && about_a_vote(toks) {
        return Some("votes".to_string());
    }
    let countable = matches!(
        kind,
        QuantityKind::Number | QuantityKind::Range | QuantityKind::Ordinal
    ) || a.adjectival;
    // A magnitude measures its earthquake; it counts none.
    if !countable || matches!(a.shape, Shape::Score(..)) || a.unit == Some(units::MAGNITUDE) {
        return None;
    }
    if let Some(noun) = apposed_whole(toks, a) {
        return Some(noun);
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
        // "all four of Northvale Health's hospitals": an owner's name.
        k = past_owner(toks, k);
        // "52 of 65 drones", "six of the 12 hostages"
        while toks.get(k).is_some_and(|t| {
            t.kind == Kind::Num
                || (t.kind == Kind::Word
                    && lexeme(&t.lower).is_some_and(|l| !matches!(l, Lexeme::A)))
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
                // So do acronyms: "36,000 NURW members", "12 NATO jets"
                // (only before another word: "400 BBC" counts nothing).
                let letters = t.raw.chars().count();
                if (2..=6).contains(&letters)
                    && t.raw.chars().all(|c| c.is_ascii_uppercase())
                    && run.is_empty()
                    && toks.get(k + 1).is_some_and(|n| {
                        n.kind == Kind::Word
                            && !n.capitalised()
                            && !STOP_WORDS.contains(n.lower.as_str())
                    })
                {
                    k += 1;
                    continue;
                }
                if STOP_WORDS.contains(t.lower.as_str()) || lexeme(&t.lower).is_some() {
                    break;
                }
                // A name ("a 71-year-old Morris") is not what is counted,
                // but may say whose it is: "all 4 Northvale hospitals".
                // A shouted common word is no name: "41 PEOPLE".
                let shouted = t.raw.chars().count() > 3 && t.raw.chars().all(|c| c.is_uppercase());
                if t.capitalised() && !shouted && !looks_plural(&t.lower) {
                    let next = toks.get(k + 1);
                    let modifies = run.is_empty()
                        && next.is_some_and(|n| {
                            n.kind == Kind::Word && !n.capitalised() && looks_plural(&n.lower)
                        });
                    if modifies {
                        k += 1;
                        continue;
                    }
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
    // "a gang of four smashed their way in": a verb, not a noun, after
    // the figure, which is given for the noun before it ("1,200 planned
    // operations" goes on to its noun).
    let verb_after = matches!(run.as_slice(), [w] if w.len() > 4 && w.ends_with("ed"));
    if (run.is_empty() || verb_after)
        && let Some(noun) = measured_before(toks, a.first)
    {
        return Some(noun);
    }
    if run.is_empty() {
        return partitive_opening(toks, a.first);
    }
    // "The 54-year-old fired off her resignation letter": the age of
    // whoever did it, not a count of firings.
    if verb_after && a.adjectival {
        return None;
    }
    if let [w] = run.as_slice()
        && matches!(*w, "items" | "pieces" | "articles")
        && toks.get(k).is_some_and(|t| t.is_word("of"))
        && let Some(noun) = noun_after_of(toks, k + 1)
    {
        return Some(noun);
    }
    // "One crew member", "one police officer": one person, named by the
    // head noun, not the group the word before it counts.
    if a.value == 1.0
        && !a.adjectival
        && kind != QuantityKind::Ordinal
        && let [_, .., head] = run.as_slice()
        && !looks_plural(head)
    {
        return Some((*head).to_string());
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
    partitive_opening(toks, a.first)
}

/// The side of a vote a figure counts: "voted 127 in favour of the motion
/// and 104 against" and "125 for, 106 against, 6 abstentions" count the
/// ayes and the noes, whichever words give them ("127 votes in favour").
/// A bare "for" or "against" is a side only in a sentence about a vote
/// (one that names the vote, a motion, a tally or abstentions, or gives
/// both sides): "a 3-1 win against Leeds" and "30 for the team" are none.
fn vote_side(toks: &[Tok], a: &Atom) -> Option<&'static str> {
    if matches!(a.shape, Shape::Score(..)) {
        return None;
    }
    let mut k = a.last + 1;
    if toks.get(k).is_some_and(|t| t.is_word("votes")) {
        k += 1;
    }
    let word = |i: usize| toks.get(i).filter(|t| t.kind == Kind::Word);
    // Where a bare side word must stop: the end of a clause or "and".
    let ends = |i: usize| {
        toks.get(i)
            .is_none_or(|t| t.kind == Kind::Punct || t.is_word("and") || t.is_word("with"))
    };
    let side = match word(k).map(|t| t.lower.as_str()) {
        Some("in") if word(k + 1).is_some_and(|t| t.is_word("favour") || t.is_word("favor")) => {
            return Some("ayes");
        }
        Some("for") if ends(k + 1) => "ayes",
        Some("against") if ends(k + 1) || word(k + 1).is_some_and(|t| t.is_word("the")) => "noes",
        _ => return None,
    };
    let other_side = if side == "ayes" { "against" } else { "for" };
    (about_a_vote(toks) || toks.iter().any(|t| t.is_word(other_side))).then_some(side)
}

/// Does a sentence name a vote, a motion, a tally or abstentions?
fn about_a_vote(toks: &[Tok]) -> bool {
    const VOTE_WORDS: &[&str] = &[
        "vote",
        "votes",
        "voted",
        "voting",
        "motion",
        "tally",
        "abstentions",
        "abstained",
        "ballot",
        "ballots",
    ];
    toks.iter()
        .any(|t| t.kind == Kind::Word && VOTE_WORDS.contains(&t.lower.as_str()))
}

/// The size of a group: "a 60-strong search-and-rescue team", "an
/// 85-member team" and "the 60-strong embassy" count people, whoever the
/// other versions say they are ("94 staff"), as "people" counts them. None
/// when no noun follows the compound.
fn sized_group(toks: &[Tok], a: &Atom) -> Option<String> {
    const SIZES: &[&str] = &["strong", "member", "man", "person", "woman"];
    let dash = glued(toks, a.last + 1).is_some_and(is_dash);
    let size = glued(toks, a.last + 2).is_some_and(|w| SIZES.contains(&w.lower.as_str()));
    if !(dash && size) {
        return None;
    }
    // Whatever the group is called ("team", "crowd", "embassy"), a noun
    // must follow the compound.
    let noun = toks.get(a.last + 3).is_some_and(|t| {
        t.kind == Kind::Word
            && !STOP_WORDS.contains(t.lower.as_str())
            && t.lower.chars().all(char::is_alphabetic)
    });
    noun.then(|| "people".to_string())
}

/// The noun of the phrase starting at `k`, after a word for single things
/// and "of": "2,300 items of luggage" counts luggage, "14 pieces of
/// historic jewellery" jewellery. Up to two words; a participle or a value
/// after the noun ("jewellery stolen overnight", "jewellery worth €38
/// million") is not part of it.
fn noun_after_of(toks: &[Tok], k: usize) -> Option<String> {
    let words: Vec<&str> = toks
        .get(k..)?
        .iter()
        .take_while(|t| {
            t.kind == Kind::Word
                && t.lower.chars().all(char::is_alphabetic)
                && !STOP_WORDS.contains(t.lower.as_str())
        })
        .map(|t| t.lower.as_str())
        .take(2)
        .collect();
    let after_noun = |w: &str| w == "worth" || ["ed", "en", "ing"].iter().any(|e| w.ends_with(e));
    match words.as_slice() {
        [_, second] if !after_noun(second) => Some(second.to_string()),
        [first, ..] => Some(first.to_string()),
        [] => None,
    }
}

/// The noun a sentence opening "Of its 38 wagons, 14 left the rails"
/// takes a part of: what the figure right after the comma counts.
fn partitive_opening(toks: &[Tok], first: usize) -> Option<String> {
    let comma = first.checked_sub(1)?;
    let opens_with_of = toks.first().is_some_and(|t| t.is_word("of"));
    if !opens_with_of || !toks[comma].is_punct(',') || comma > 6 {
        return None;
    }
    let noun = toks.get(comma.checked_sub(1)?)?;
    (noun.kind == Kind::Word && looks_plural(&noun.lower)).then(|| noun.lower.clone())
}

/// The noun a figure with none after it is given for, when it comes right
/// before: "a capacity of 61,500", "the stadium's capacity is 65,000", "a
/// crowd of 62,000". Words that only frame a figure ("a total of 41", "the
/// number is 12") name no measure.
fn measured_before(toks: &[Tok], first: usize) -> Option<String> {
    const FRAMES: &[&str] = &[
        "total", "number", "figure", "sum", "amount", "average", "maximum", "minimum", "age",
        "result", "score", "rate", "level", "price", "value",
    ];
    let link = toks.get(first.checked_sub(1)?)?;
    if !(link.is_word("of") || link.is_word("is") || link.is_word("was")) {
        return None;
    }
    let noun = toks.get(first.checked_sub(2)?)?;
    let named = noun.kind == Kind::Word
        && !noun.capitalised()
        && noun.lower.chars().count() >= 3
        && noun.lower.chars().all(char::is_alphabetic)
        && !STOP_WORDS.contains(noun.lower.as_str())
        && !FRAMES.contains(&noun.lower.as_str())
        && lexeme(&noun.lower).is_none();
    named.then(|| noun.lower.clone())
}

pub(super) fn to_quantity(text: &str, toks: &[Tok], a: &Atom) -> Quantity {
    let q = plain_quantity(text, toks, a);
    basis_points(text, toks, a, q)
}

/// "50 basis points" is half a percentage point: the figure in the unit
/// "0.5 percentage points" and "half a point" are given in.
fn basis_points(text: &str, toks: &[Tok], a: &Atom, q: Quantity) -> Quantity {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let basis = q.unit.is_none()
        && word(a.last + 1) == "basis"
        && matches!(word(a.last + 2), "points" | "point");
    if !basis {
        return q;
    }
    let scale = |v: Option<f64>| v.map(|v| v / 100.0);
    let span = Span::new(q.span.start, toks[a.last + 2].end);
    Quantity {
        text: span.slice(text).into(),
        span,
        kind: QuantityKind::Percent,
        value: scale(q.value),
        low: scale(q.low),
        high: scale(q.high),
        unit: Some(super::units::PERCENTAGE_POINT.name.into()),
        counts: None,
        ..q
    }
}

fn plain_quantity(text: &str, toks: &[Tok], a: &Atom) -> Quantity {
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
        text: span.slice(text).into(),
        span,
        kind,
        value,
        low,
        high,
        unit: a.unit.map(|u| match a.per {
            Some(per) => format!("{}/{}", u.name, per.name).into(),
            None => u.name.into(),
        }),
        approximation: a.approx,
        counts: counted_noun(toks, a, kind).map(String::into_boxed_str),
        predicate: None,
        distributive: false,
        level: crate::model::Level::None,
        source: None,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::numbers::find_quantities_excluding as find;

    #[test]
    fn basis_points_are_hundredths_of_a_percentage_point() {
        let q = &find("The bank raised rates by 50 basis points on Thursday.", &[])[0];
        assert_eq!(q.value, Some(0.5));
        assert_eq!(q.unit.as_deref(), Some("percentage point"));
        assert_eq!(&*q.text, "50 basis points");
    }

    fn counts(text: &str) -> Option<String> {
        let q = find(text, &[]);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        q[0].counts.as_deref().map(String::from)
    }

    #[test]
    fn compounds_of_men_are_plural_nouns_counted() {
        assert_eq!(
            counts("Eight gunmen boarded the ship.").as_deref(),
            Some("gunmen")
        );
        assert_eq!(
            counts("A dozen masked gunmen seized a cargo ship.").as_deref(),
            Some("gunmen")
        );
        assert_eq!(
            counts("Two policewomen were hurt.").as_deref(),
            Some("policewomen")
        );
        assert!(!super::looks_plural("specimen"));
    }

    #[test]
    fn a_vote_counts_its_tally_the_ayes_or_the_noes() {
        let all = |text: &str| -> Vec<Option<String>> {
            find(text, &[])
                .into_iter()
                .map(|q| q.counts.map(String::from))
                .collect()
        };
        let (ayes, noes) = (Some("ayes".to_string()), Some("noes".to_string()));
        assert_eq!(
            all(
                "Deputies voted 127 in favour of the motion and 104 against, with six abstentions."
            ),
            [ayes.clone(), noes.clone(), Some("abstentions".into())]
        );
        assert_eq!(
            all("125 for, 106 against, 6 abstentions."),
            [ayes.clone(), noes.clone(), Some("abstentions".into())]
        );
        assert_eq!(all("It won 127 votes in favour."), [ayes]);
        // The tally of a vote, however written.
        assert_eq!(
            all("The judges voted 3-2 to send him back."),
            [Some("votes".into())]
        );
        assert_eq!(
            all("The bench ruled by four votes to one in favour of the transfer."),
            [Some("votes".into())]
        );
        assert_eq!(all("Leeds won 3-1."), [None]);
        // No vote in sight: no side.
        assert_eq!(all("They had 30 for the team."), [None]);
        assert_eq!(all("The side lost 3 against Leeds."), [None]);
    }

    #[test]
    fn a_size_compound_counts_the_group_after_it() {
        for text in [
            "A 60-strong search-and-rescue team is digging.",
            "Its 85-member urban rescue team arrived.",
            "A 300-strong crowd gathered.",
        ] {
            assert_eq!(counts(text).as_deref(), Some("people"), "{text}");
        }
    }

    #[test]
    fn a_shouted_noun_is_counted() {
        assert_eq!(
            counts("Since then, 41 PEOPLE have been grilled.").as_deref(),
            Some("people")
        );
    }

    #[test]
    fn counted_nouns() {
        assert_eq!(
            counts("14 new coal plants were shut").as_deref(),
            Some("plants")
        );
        // The noun a figure is given for, before it.
        assert_eq!(
            counts("The stadium has a capacity of 61,500.").as_deref(),
            Some("capacity")
        );
        // The noun a measure is of, before it.
        assert_eq!(
            counts("Waves as high as six metres were recorded.").as_deref(),
            Some("waves")
        );
        assert_eq!(
            counts("They searched in waves of up to four metres.").as_deref(),
            Some("waves")
        );
        assert_eq!(counts("It reached a depth of 40 metres.").as_deref(), None);
        // How far from a place, not how long or deep.
        for away in [
            "The coach crashed about 40 kilometres north of Sarel.",
            "The village lies 20 miles from the border.",
        ] {
            assert_eq!(counts(away).as_deref(), Some("away"), "{away}");
        }
        assert_eq!(
            counts("It fell 80 metres into the ravine.").as_deref(),
            None
        );
        assert_eq!(
            counts("the stadium's capacity is 65,000.").as_deref(),
            Some("capacity")
        );
        assert_eq!(counts("a total of 41.").as_deref(), None);
        // A word for single things counts what they are of.
        assert_eq!(
            counts("some 2,300 items of luggage were left behind").as_deref(),
            Some("luggage")
        );
        assert_eq!(
            counts("escaped with 14 pieces of historic jewellery stolen overnight").as_deref(),
            Some("jewellery")
        );
        assert_eq!(
            counts("escaped with 14 pieces of jewellery worth a fortune").as_deref(),
            Some("jewellery")
        );
        // A part of a whole named first.
        let q = find("Of its 38 wagons, 14 left the rails.", &[]);
        assert_eq!(q[1].counts.as_deref(), Some("wagons"));
        // A verb after the figure: it is given for the noun before.
        assert_eq!(
            counts("A masked gang of four smashed their way in.").as_deref(),
            Some("gang")
        );
        assert_eq!(
            counts("the cancellation of 1,200 planned operations").as_deref(),
            Some("operations")
        );
        assert_eq!(
            counts("thousands of angry farmers").as_deref(),
            Some("farmers")
        );
        assert_eq!(counts("one soldier").as_deref(), Some("soldier"));
        // One of a group is named by the head noun, not the group.
        assert_eq!(
            counts("One crew member, an Indian engineer, was shot.").as_deref(),
            Some("member")
        );
        assert_eq!(counts("its 21 crew members").as_deref(), Some("crew"));
        assert_eq!(
            counts("More than 1,200 ops and appointments have been axed").as_deref(),
            Some("ops")
        );
        assert_eq!(
            counts("36,000 NURW members will strike").as_deref(),
            Some("members")
        );
        assert_eq!(counts("a ten-day visit").as_deref(), Some("visit"));
        assert_eq!(counts("the fifth round of talks").as_deref(), Some("round"));
        let q = find("six of the 12 hostages", &[]);
        assert_eq!(q[0].counts.as_deref(), Some("hostages"));
        assert_eq!(
            counts("the systems at all four of Northvale Health's hospitals").as_deref(),
            Some("hospitals")
        );
        assert_eq!(
            counts("The 54-year-old fired off her resignation letter."),
            None
        );
        let q = find("Dead fish, AT LEAST 30,000 of them, are rotting", &[]);
        assert_eq!(q[0].counts.as_deref(), Some("fish"));
        let q = find("seven of the party's 14 MPs broke ranks", &[]);
        assert_eq!(q[0].counts.as_deref(), Some("mps"));
        assert_eq!(
            counts("the attack has hit all 4 Northvale hospitals").as_deref(),
            Some("hospitals")
        );
        assert_eq!(counts("He paid 40 euros."), None);
        assert_eq!(counts("Seven were hurt."), None);
    }
}
