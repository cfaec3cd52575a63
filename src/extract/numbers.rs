//! Numbers and quantities: find every amount in a text and normalise it.
//!
//! The text is cut into tokens (`lexer`); numerals and spelled numbers
//! (`words`) become atoms; each atom then takes what stands around it: a
//! minus sign, a currency before it, a unit, percent sign or currency after it
//! (`units`), words of approximation ("nearly", "at least", "or more"). Atoms
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
//!   `Measure`; money `Money` with an ISO 4217 code where one is known (a bare
//!   "$" or "dollars" is `USD`; "cents" and "pence" keep their own unit);
//!   ordinals ("third anniversary", "21st") `Ordinal` with the rank as value.
//!   Units per unit are written with a slash ("km/h" is `km/hour`). Degrees
//!   are `°C`/`°F`, `°` when the scale is not given, `degree` for angles.
//! * Fractions and proportions are plain numbers: "two thirds" is 0.667, "one
//!   in five" and "three out of ten" are 0.2 and 0.3.
//! * `counts` is the noun after the amount when it is easy to find: the first
//!   plural noun of the following phrase ("28 U.S. draft peace proposals"),
//!   the head noun after a compound adjective ("five-hour meeting") or a rank
//!   ("third anniversary"), the noun after "of" for vague amounts ("tens of
//!   thousands of casualties"). Money, percentages and plain measures have none.
//!
//! Numbers that are parts of names ("World War Two", "F-16", "COVID-19",
//! "G7", "Article 5", "Boeing 737"), clock times ("2 a.m.", "23:40"), slashed
//! dates and idioms ("9/11", "24/7") and digits inside web addresses are not
//! quantities; codes written as chains of digits ("+1-222-2222") give plain
//! numbers, never ranges. Years, days and times inside date expressions
//! ("February 2022", "in two weeks" said of the future) are removed by
//! [`find_quantities`], which runs the date recogniser first;
//! [`find_quantities_excluding`] takes dates already found.

mod approx;
mod atoms;
mod attach;
mod combine;
mod filters;
pub(crate) mod lexer;
mod output;
mod units;
pub(crate) mod words;

use approx::*;
use atoms::*;
use attach::*;
use combine::*;
pub(crate) use filters::url_spans;
use filters::*;
use output::*;

use crate::model::{Approximation, DateMention, Quantity, QuantityKind, Span};
use crate::text::Token;
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

/// Does a figure's text open with a word that comes close to it from below
/// ("nearly 7%", "almost 30"), rather than allowing anything under it ("up
/// to", "fewer than")?
pub fn is_near_bound(text: &str) -> bool {
    approx::near_bound(text)
}

/// The value of a whole number written as one word below a hundred
/// ("ten", "ninety") or in digits ("10"): "Ten Most Wanted" and "10 Most
/// Wanted" give the same figure.
pub fn one_word_value(word: &str) -> Option<f64> {
    use words::{Class, Lexeme};
    if let Ok(n) = word.parse::<u32>() {
        return Some(f64::from(n));
    }
    match words::lexeme(word)? {
        Lexeme::Card(Class::Unit | Class::Teen | Class::Tens, v) => Some(v),
        _ => None,
    }
}

/// Is `word` (lower case) a unit of time ("week", "months", "hrs")?
pub fn is_unit_of_time(word: &str) -> bool {
    units::word(word).is_some_and(|u| u.kind == QuantityKind::Duration)
}

/// What happened to what the figure at `span` counts: the group name of the
/// nearest word of the lexicon's `[quantities] predicates` in its clause,
/// after the figure ("six people died", "250 people to safety") or before it
/// ("killing six people", "a toll of six", "the toll has risen to 17"), the
/// word after winning a tie.
/// Another figure, a clause break or "and" ends the search either way. A
/// leak is of something `measured` (in tonnes, litres): a count is never
/// a leak.
pub fn predicate(
    tokens: &[Token],
    span: Span,
    measured: bool,
    lex: &crate::lexicon::Lexicon,
) -> Option<String> {
    const AFTER: usize = 8;
    const BEFORE: usize = 4;
    let first = tokens.iter().position(|t| t.span.end > span.start)?;
    let next = tokens[first..]
        .iter()
        .position(|t| t.span.start >= span.end)
        .map_or(tokens.len(), |k| first + k);
    let breaks = |t: &Token| {
        (!t.is_word && !t.is_punct('-') && !t.is_punct('\''))
            || t.is_digit()
            || crate::text::is_number_word(&t.lower)
            || matches!(t.lower.as_str(), "and" | "or" | "but")
    };
    // "fighting for their lives" is no death.
    let struggle = |i: usize| {
        matches!(tokens[i].lower.as_str(), "lives" | "life")
            && i >= 2
            && matches!(tokens[i - 1].lower.as_str(), "their" | "his" | "her")
            && tokens[i - 2].lower == "for"
    };
    // "2,500 rescue workers", "a rescue operation": the word names who or
    // what does it; nothing happened to what the figure counts.
    const DOERS: &[&str] = &[
        "workers",
        "worker",
        "teams",
        "team",
        "crews",
        "crew",
        "services",
        "service",
        "operation",
        "operations",
        "effort",
        "efforts",
        "mission",
        "boats",
        "boat",
        "helicopter",
        "helicopters",
        "dogs",
        "centre",
        "centres",
        "personnel",
        "officials",
    ];
    let modifier = |i: usize| {
        tokens
            .get(i + 1)
            .is_some_and(|t| DOERS.contains(&t.lower.as_str()))
    };
    // The nearest predicate word among the tokens at `at`, with its distance.
    let nearest = |at: &mut dyn Iterator<Item = usize>, limit: usize| {
        at.take(limit)
            .take_while(|&i| !breaks(&tokens[i]))
            .enumerate()
            .find_map(|(k, i)| {
                let group = lex.predicates.get(tokens[i].lower.as_str())?;
                // What leaks is measured ("143 tonnes of fertiliser
                // escaped"); inmates who escaped are counted, and not as a
                // leak.
                let leak = group == "leaked" && !measured;
                (!struggle(i) && !modifier(i) && !leak).then_some((k, group))
            })
    };
    // "11 officers and at least eight protesters were injured": a
    // coordinated count shares the verb of the count after it.
    // Only what counts and an approximation may stand between them.
    const APPROXIMATING: &[&str] = &["at", "least", "about", "some", "nearly", "more", "than"];
    let shared = || {
        let and = (next..tokens.len()).find(|&i| breaks(&tokens[i]))?;
        // Only what is counted comes between ("11 police officers and"): a
        // verb does not ("19 were refloated and 28 died" tells two things).
        let noun = |t: &Token| {
            !t.lower.ends_with("ed") && !matches!(t.lower.as_str(), "were" | "was" | "are" | "is")
        };
        if !matches!(tokens[and].lower.as_str(), "and" | "or")
            || !tokens[next..and].iter().all(noun)
        {
            return None;
        }
        let count = (and + 1..tokens.len())
            .take_while(|&i| {
                let t = &tokens[i];
                t.is_digit()
                    || crate::text::is_number_word(&t.lower)
                    || APPROXIMATING.contains(&t.lower.as_str())
            })
            .find(|&i| tokens[i].is_digit() || crate::text::is_number_word(&tokens[i].lower))?;
        nearest(&mut (count + 1..tokens.len()), AFTER)
    };
    let after = nearest(&mut (next..tokens.len()), AFTER).or_else(shared);
    let before = nearest(&mut (0..first).rev(), BEFORE);
    match (after, before) {
        (Some((a, p)), Some((b, q))) => Some(if b < a { q } else { p }),
        (found, None) | (None, found) => found.map(|(_, p)| p),
    }
    .cloned()
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
    /// The unit it is counted per: "km/h" is km per hour.
    per: Option<Unit>,
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
            per: None,
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
        attach_magnitude(&toks, a);
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
    let atoms = compound_durations(&toks, atoms);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The predicate of each quantity of `text`, in order.
    fn predicates(text: &str) -> Vec<Option<String>> {
        let lex = crate::lexicon::Lexicon::default();
        let tokens = crate::text::tokenize(text);
        find(text)
            .iter()
            .map(|q| predicate(&tokens, q.span, q.kind == QuantityKind::Measure, &lex))
            .collect()
    }

    #[test]
    fn a_word_naming_who_does_it_is_no_predicate() {
        assert_eq!(
            predicates("More than 2,500 rescue workers have been deployed."),
            [None]
        );
    }

    #[test]
    fn coordinated_counts_share_their_verb() {
        let injured = Some("injured".to_string());
        assert_eq!(
            predicates("11 officers and at least eight protesters were injured."),
            [injured.clone(), injured.clone()]
        );
        // Not a count after a verb of its own.
        assert_eq!(
            predicates("It cancelled 41 flights and left about 7,000 passengers stranded."),
            [None, Some("trapped".to_string())]
        );
        assert_eq!(predicates("19 were refloated and 28 died.")[0], None);
        // However many words name what is counted.
        assert_eq!(
            predicates("11 riot police officers and eight protesters were injured."),
            [injured.clone(), injured]
        );
    }

    #[test]
    fn a_figure_says_what_happened_to_what_it_counts() {
        let some = |s: &str| Some(s.to_string());
        assert_eq!(predicates("EIGHT people are dead."), [some("killed")]);
        // What leaks is measured; who escape are counted, and the search
        // goes on past "escaped".
        assert_eq!(
            predicates("143 tonnes of fertiliser escaped from the tank."),
            [some("leaked")]
        );
        assert_eq!(
            predicates("Seven men escaped from the prison."),
            [some("jailed")]
        );
        // A crowd's size, however told.
        assert_eq!(
            predicates("A massive 50,000 flag-waving fans packed Harbour Square."),
            [some("gathered")]
        );
        assert_eq!(
            predicates("Police put the crowd at around 15,000."),
            [some("gathered")]
        );
        assert_eq!(
            predicates("More than 100 traitors were rounded up by loyal troops."),
            [some("arrested")]
        );
        assert_eq!(
            predicates("The trial signed up a whopping 15,000 people."),
            [some("enrolled")]
        );
        assert_eq!(
            predicates("Outside, about 300 supporters rallied behind a police cordon."),
            [some("gathered")]
        );
        assert_eq!(
            predicates("The pause came after 17 volunteers fell seriously ill."),
            [some("ill")]
        );
        assert_eq!(
            predicates("A 6.8-magnitude earthquake struck the highlands."),
            [None]
        );
        assert_eq!(
            predicates("Floods swept through, killing six people and driving hundreds away."),
            [some("killed"), None]
        );
        // The nearer word wins: "killed" before the figure, not "injured"
        // after the "and".
        assert_eq!(
            predicates("The fire has killed 3 people and injured 11 others."),
            [some("killed"), some("injured")]
        );
        assert_eq!(
            predicates("Crews brought more than 250 people to safety."),
            [some("rescued")]
        );
        assert_eq!(
            predicates("Four people remained missing."),
            [some("missing")]
        );
        assert_eq!(
            predicates("45 MINERS TRAPPED IN DEATH PIT HORROR"),
            [some("trapped")]
        );
        assert_eq!(
            predicates("Rescuers pulled 29 miners alive from the mine."),
            [some("rescued")]
        );
        // Fighting for one's life is no death.
        assert_eq!(
            predicates("TWO are fighting for their lives in hospital."),
            [None]
        );
        assert_eq!(
            predicates("Police cleared the camp on Wednesday, arresting 38 people."),
            [some("arrested")]
        );
        assert_eq!(
            predicates("The death toll has risen to 17, the coastguard says."),
            [some("killed")]
        );
        // A prison term, however it is worded.
        assert_eq!(
            predicates("He was handed ten years behind bars and a fine."),
            [some("jailed")]
        );
        assert_eq!(
            predicates("Tavaria freed 16 imprisoned members of the group."),
            [some("jailed")]
        );
        // A fine is one measure however it is worded.
        assert_eq!(
            predicates("He was fined €1.5 million and must pay a fine of €1.2m."),
            [some("fined"), some("fined")]
        );
        // A town's population is no one's fate.
        assert_eq!(
            predicates("A town of about 18,000 people, it sits by the river."),
            [None]
        );
    }

    fn find(text: &str) -> Vec<Quantity> {
        recognise(text)
    }

    fn one(text: &str) -> Quantity {
        let q = find(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn a_fraction_of_a_unit_is_in_that_unit() {
        let unit = |text: &str| one(text).unit;
        assert_eq!(unit("They waited half an hour.").as_deref(), Some("hour"));
        assert_eq!(unit("A quarter of an hour later.").as_deref(), Some("hour"));
        for text in [
            "The bank cut by half a percentage point.",
            "The bank cut by a quarter of a percentage point.",
            "Marovia's central bank lifts rates half a point.",
        ] {
            assert_eq!(unit(text).as_deref(), Some("percentage point"), "{text}");
        }
        // A share of something stays a share.
        assert_eq!(unit("Roughly a third of staff will go."), None);
    }

    #[test]
    fn a_scale_word_glued_to_its_digits_scales_them() {
        let q = one("Health bosses have thrown £1.2million at an emergency jab blitz.");
        assert_eq!((q.value, q.unit.as_deref()), (Some(1.2e6), Some("GBP")));
        let q = one("They raised 2billion euros.");
        assert_eq!((q.value, q.unit.as_deref()), (Some(2e9), Some("EUR")));
    }

    #[test]
    fn a_share_price_in_pence_may_be_any_sum() {
        let q = one("Holders backed the 385p per share cash offer.");
        assert_eq!((q.value, q.unit.as_deref()), (Some(385.0), Some("pence")));
        let q = one("A 50p coin.");
        assert_eq!(q.unit.as_deref(), Some("pence"));
        // A screen's resolution is no sum of money.
        assert!(
            find_quantities("Streams in 1080p.")
                .iter()
                .all(|q| q.unit.is_none())
        );
    }

    #[test]
    fn plain_numbers_and_words() {
        let q = one("Police arrested 1,250 protesters.");
        assert_eq!(q.value, Some(1250.0));
        assert_eq!(q.counts.as_deref(), Some("protesters"));
        let q = one("They found forty-two boxes.");
        assert_eq!(q.value, Some(42.0));
        assert_eq!(&*q.text, "forty-two");
        let q = one("a budget of one million two thousand");
        assert_eq!(q.value, Some(1_002_000.0));
    }

    #[test]
    fn a_dash_opening_a_list_item_is_no_minus() {
        let q = one("- 38,000 workers out from next Monday");
        assert_eq!((&*q.text, q.value), ("38,000", Some(38_000.0)));
        let q = one("Demands:\n- 7 per cent for all staff");
        assert_eq!(q.value, Some(7.0));
        assert_eq!(one("- 1 4/5").value, Some(-1.8));
        assert_eq!(one("it fell to - 20 degrees").value, Some(-20.0));
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
        assert_eq!((q.kind, &*q.text), (QuantityKind::Ordinal, "third"));
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
                proptest::prop_assert_eq!(q.span.slice(&s), &*q.text);
            }
        }

        #[test]
        fn never_panics_on_number_soup(s in "[0-9 ,.$%/:^e+\\-–a-z½°]{0,60}") {
            for q in find_quantities(&s) {
                proptest::prop_assert_eq!(q.span.slice(&s), &*q.text);
            }
        }
    }
}
