//! Word classes that decide whether a period ends a sentence.
//!
//! A period after an abbreviation is ambiguous; what settles it is the kind of
//! abbreviation and the word after it. The lists are short and closed (titles,
//! months, references before a number); anything shaped like an abbreviation
//! but not listed ("U.S.", "E.", "Ph.D.") is treated as ambiguous, so new
//! abbreviations need no list entry to be handled sensibly.

/// How an abbreviation before a period behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Abbreviation {
    /// Stands before a name and never ends a sentence: "Mr.", "Gen.", "Mt.".
    Title,
    /// Never ends a sentence: "e.g.", "i.e.", "vs.".
    Inner,
    /// Stands before a number ("No. 5", "p. 55"); before a word it is
    /// ambiguous ("Fig. A", "said No. They").
    BeforeNumber,
    /// A month ("Jan. 6"): abbreviated only before a day, so before a word
    /// it ends the sentence.
    Month,
    /// "a.m.", "p.m.": ends a sentence before a capital unless the capital
    /// qualifies the time ("Monday", "GMT") or the time opens the sentence.
    Time,
    /// May end a sentence or not ("Inc.", "U.S.", an initial): it ends one
    /// only when a typical sentence opener follows.
    Ambiguous,
}

const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mmes", "dr", "prof", "gen", "sen", "rep", "gov", "mt", "capt",
    "col", "lt", "sgt", "cpl", "pvt", "maj", "adm", "cmdr", "brig", "rev", "hon", "pres", "supt",
    "insp", "det", "msgr", "atty", "amb",
];

const INNER: &[&str] = &["e.g", "i.e", "cf", "vs", "viz", "approx"];

const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "n°", "nº", "№", "p", "pp", "vol", "vols", "fig", "figs", "art", "ch", "sec",
    "sect", "para", "ca", "ext", "tel", "ref",
];

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

const TIME: &[&str] = &["a.m", "p.m"];

/// Abbreviations that often end a sentence too: company suffixes, name
/// suffixes, "etc.", "St." (Saint before a name, Street after one), and the
/// AP-style state abbreviations of US datelines.
const AMBIGUOUS: &[&str] = &[
    "co", "corp", "inc", "ltd", "bros", "jr", "sr", "etc", "al", "st", "dept", "univ", "assn",
    "ave", "blvd", "rd", "ft", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga",
    "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
    "nev", "okla", "ore", "pa", "tenn", "va", "vt", "wash", "wis", "wyo",
];

/// Capitalised words that usually begin a sentence and seldom continue a
/// name: after an ambiguous abbreviation they mean the sentence has ended
/// ("… in the U.S. They …" but "… the U.S. Senate …").
const STARTERS: &[&str] = &[
    "A",
    "After",
    "All",
    "Also",
    "Although",
    "An",
    "And",
    "Are",
    "As",
    "At",
    "Because",
    "Before",
    "Being",
    "Both",
    "But",
    "Can",
    "Could",
    "Despite",
    "Did",
    "Do",
    "Does",
    "During",
    "Each",
    "Every",
    "For",
    "Furthermore",
    "Had",
    "Has",
    "Have",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Instead",
    "Is",
    "It",
    "Its",
    "Many",
    "Meanwhile",
    "Moreover",
    "Most",
    "My",
    "Neither",
    "No",
    "Nor",
    "Not",
    "Now",
    "On",
    "Or",
    "Our",
    "She",
    "Should",
    "Since",
    "Some",
    "Still",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Thus",
    "Today",
    "Was",
    "We",
    "Were",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "Will",
    "With",
    "Would",
    "Yet",
    "You",
    "Your",
];

/// Verbs that attribute a quote: a quoted question followed by its speaker
/// and one of these ("“Why now?” Putin asked.") is one sentence.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "told",
    "tells",
    "wrote",
    "writes",
    "replied",
    "replies",
    "answered",
    "shouted",
    "cried",
    "exclaimed",
    "wondered",
    "insisted",
    "declared",
    "demanded",
    "recalled",
    "tweeted",
    "posted",
    // Tabloid reporting verbs (the manners of speaking, "roared", come from
    // the lexicon: see `is_reporting_verb`).
    "blasted",
    "warned",
    "vowed",
    "boasted",
    "joked",
    "pleaded",
    "begged",
    "urged",
];

/// Words that open a sentence with a time phrase ("At 5 a.m. …", "By 9 p.m. …").
const TIME_OPENERS: &[&str] = &[
    "at",
    "by",
    "until",
    "till",
    "from",
    "before",
    "after",
    "around",
    "about",
    "since",
    "shortly",
    "starting",
    "beginning",
    "between",
];

/// Capitalised words that qualify a time rather than start a sentence.
const TIME_QUALIFIERS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "ET",
    "EST",
    "EDT",
    "CT",
    "CST",
    "CDT",
    "PT",
    "PST",
    "PDT",
    "GMT",
    "UTC",
    "BST",
    "CET",
    "CEST",
    "MSK",
    "IST",
    "JST",
];

/// The kind of abbreviation `word` (the text before a final period) is, if any.
pub(super) fn abbreviation(word: &str) -> Option<Abbreviation> {
    let listed = |list: &[&str]| list.iter().any(|e| e.eq_ignore_ascii_case(word));
    if listed(TITLES) {
        Some(Abbreviation::Title)
    } else if listed(INNER) {
        Some(Abbreviation::Inner)
    } else if listed(BEFORE_NUMBER) {
        Some(Abbreviation::BeforeNumber)
    } else if listed(MONTHS) {
        Some(Abbreviation::Month)
    } else if listed(TIME) {
        Some(Abbreviation::Time)
    } else if listed(AMBIGUOUS) || is_initial(word) || is_dotted(word) {
        Some(Abbreviation::Ambiguous)
    } else {
        None
    }
}

/// Can `word` be what an abbreviation like "No." or "vol." numbers: a
/// Roman numeral, a single letter or a number word ("No. One")?
pub fn is_numbering(word: &str) -> bool {
    let roman = !word.is_empty() && word.chars().all(|c| "IVXLCDM".contains(c));
    roman || is_initial(word) || crate::text::is_number_word(&word.to_lowercase())
}

/// A single letter: an initial ("Jonas E. Smith") or a letter used as a name.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// Letters in groups of one or two joined by periods: "U.S", "E.U", "Ph.D".
fn is_dotted(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

pub(super) fn is_starter(word: &str) -> bool {
    STARTERS.contains(&word)
}

pub(super) fn is_time_opener(word: &str) -> bool {
    TIME_OPENERS.iter().any(|e| e.eq_ignore_ascii_case(word))
}

pub(super) fn is_reporting_verb(word: &str) -> bool {
    REPORTING_VERBS.contains(&word) || crate::lexicon::default_manners().iter().any(|m| m == word)
}

pub(super) fn is_time_qualifier(word: &str) -> bool {
    TIME_QUALIFIERS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_not_listed_are_still_abbreviations() {
        assert_eq!(abbreviation("U.K"), Some(Abbreviation::Ambiguous));
        assert_eq!(abbreviation("Ph.D"), Some(Abbreviation::Ambiguous));
        assert_eq!(abbreviation("Q"), Some(Abbreviation::Ambiguous));
        assert_eq!(abbreviation("example.com"), None);
        assert_eq!(abbreviation("harbour"), None);
    }

    #[test]
    fn listed_abbreviations_ignore_case() {
        assert_eq!(abbreviation("MS"), Some(Abbreviation::Title));
        assert_eq!(abbreviation("P.M"), Some(Abbreviation::Time));
        assert_eq!(abbreviation("Sept"), Some(Abbreviation::Month));
    }
}
