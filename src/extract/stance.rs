//! Polarity and certainty: is a claim affirmed or negated, and is it stated as
//! fact, put in someone's mouth, or softened?
//!
//! "No breakthrough" against "a breakthrough" and "the talks may resume"
//! against "the talks will resume" are the divergences editors care most
//! about, and string similarity scores them as near-identical.

use crate::extract::speakers::{DETERMINERS, POSSESSIVES, RELATIVES, is_quote_mark};
use crate::lexicon::Lexicon;
use crate::model::{Certainty, Polarity};
use crate::text::{BE_FORMS, Token, is_number_word, is_stop_word};

/// Negated when the claim carries an odd number of negations ("no", "failed
/// to", "rejected"); "did not reject" is affirmed.
pub fn polarity(tokens: &[Token], lex: &Lexicon) -> Polarity {
    counted_polarity(reported_clause(without_reason(tokens, lex), lex), lex)
}

/// The two clauses of a sentence whose negated first clause meets a
/// contrasting ", but" ("Police have not opened an investigation, but
/// officers are assessing the report"), as token ranges with the polarity
/// of each. [`polarity`] reads the second; a version that reports only the
/// first fact is compared with the first.
pub fn contrasted_clauses(tokens: &[Token], lex: &Lexicon) -> Option<ClausePolarities> {
    let tokens = without_reason(tokens, lex);
    let but = tokens.iter().rposition(|t| t.lower == "but")?;
    let contrast =
        but > 1 && tokens[but - 1].is_punct(',') && negation_count(&tokens[..but], lex) > 0;
    contrast.then(|| {
        [
            (0..but - 1, counted_polarity(&tokens[..but - 1], lex)),
            (but + 1..tokens.len(), polarity(&tokens[but + 1..], lex)),
        ]
    })
}

/// The two things a sentence reports with ", and that" ("He said four
/// guards were suspended, and that all cameras had been working"), when
/// one is negated and the other is not, as token ranges with the polarity
/// of each. [`polarity`] reads the whole; a version that reports only one
/// of them is compared with its own.
pub fn reported_pair(tokens: &[Token], lex: &Lexicon) -> Option<ClausePolarities> {
    let (comma, len) = tokens.windows(4).enumerate().find_map(|(i, w)| {
        let opens = w[0].is_punct(',') && w[1].lower == "and";
        // After a quotation, "and said" opens a second thing said without
        // "that": 'described it as "a day for families" and said it was
        // not a day for triumph'.
        let after_quote = is_quote_mark(&w[0]) && w[1].lower == "and";
        let next = w[2].lower.as_str();
        if opens && next == "that" {
            Some((i, 3))
        } else if opens && SAYING.contains(&next) && w[3].lower == "that" {
            Some((i, 4))
        } else if after_quote && SAYING.contains(&next) {
            Some((i, 3 + usize::from(w[3].lower == "that")))
        } else {
            None
        }
    })?;
    polarities_apart(tokens, lex, (0..comma, polarity), comma + len..tokens.len())
}

/// Verbs of saying that may open a second thing said: ", and insisted that
/// the cameras were operating".
const SAYING: &[&str] = &[
    "said",
    "says",
    "insisted",
    "insists",
    "added",
    "adds",
    "stressed",
    "confirmed",
    "maintained",
    "argued",
    "claimed",
    "warned",
];

/// Does a text report a second thing with ", and that" or ", and <verb of
/// saying> that" (a cheap test before [`reported_pair`] tokenizes)?
pub fn reports_pair(text: &str) -> bool {
    let said = |rest: &str, that: bool| {
        SAYING.iter().any(|v| {
            rest.strip_prefix(v)
                .is_some_and(|r| r.starts_with(" that ") || !that && r.starts_with(' '))
        })
    };
    let after_comma = text.match_indices(", and ").any(|(i, m)| {
        let rest = &text[i + m.len()..];
        rest.starts_with("that ") || said(rest, true)
    });
    let after_quote = text.match_indices(" and ").any(|(i, m)| {
        text[..i].ends_with(['"', '\u{201d}', '»']) && said(&text[i + m.len()..], false)
    });
    after_comma || after_quote
}

/// Two clauses of a sentence, as token ranges, with the polarity of each.
pub type ClausePolarities = [(std::ops::Range<usize>, Polarity); 2];

/// A reading of a clause's polarity.
type PolarityReader = fn(&[Token], &Lexicon) -> Polarity;

/// Two clauses of `tokens` with the polarity of each (the first read by
/// `read_first`), when they differ and the second has words.
fn polarities_apart(
    tokens: &[Token],
    lex: &Lexicon,
    (first, read_first): (std::ops::Range<usize>, PolarityReader),
    second: std::ops::Range<usize>,
) -> Option<ClausePolarities> {
    let a = read_first(&tokens[first.clone()], lex);
    let b = polarity(&tokens[second.clone()], lex);
    (a != b && !second.is_empty()).then_some([(first, a), (second, b)])
}

/// Does a text rule something out, in any form ("ruled out strikes",
/// "would not rule out industrial action")?
pub fn rules_out(tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| {
        matches!(w[0].lower.as_str(), "rule" | "rules" | "ruled" | "ruling") && w[1].lower == "out"
    })
}

/// The two clauses of a sentence whose subject carries a relative clause
/// set off by commas, when one of them negates and the other does not ("The
/// board, which snubbed a lower approach in December, voted to back the
/// buyout"), as token ranges with the polarity of each: the relative
/// clause, then the sentence's own predicate. A version that reports only
/// the earlier fact ("the board rejected an earlier approach") is compared
/// with the relative clause.
pub fn set_off_clauses(tokens: &[Token], lex: &Lexicon) -> Option<ClausePolarities> {
    let opens = tokens
        .windows(2)
        .position(|w| w[0].is_punct(',') && matches!(w[1].lower.as_str(), "which" | "who"))?;
    let closes = opens + 2 + tokens[opens + 2..].iter().position(|t| t.is_punct(','))?;
    polarities_apart(
        tokens,
        lex,
        (opens + 2..closes, counted_polarity),
        closes + 1..tokens.len(),
    )
}

/// The two clauses of a sentence that packs a second fact after a dash
/// ("the deadliest quake in almost 40 years - and the toll could climb"), a
/// "where" ("held in the highlands, where the group has fought since
/// 2019") or a second thing said (", and that strandings have risen by 40
/// per cent"), or sets an aside between dashes before a hedge (see
/// [`dashed_aside`]), as token ranges and whether each is hedged, when one
/// is and the other is not. [`certainty`] reads the whole sentence; a version that
/// tells only one of the facts is compared with its clause.
pub fn hedged_clauses(
    tokens: &[Token],
    lex: &Lexicon,
) -> Option<[(std::ops::Range<usize>, bool); 2]> {
    let hedged =
        |range: std::ops::Range<usize>| hedge_at(&tokens[range], &|_| false, lex).is_some();
    let at = tokens.windows(3).position(|w| {
        (crate::extract::speakers::is_dash(&w[0]) && matches!(w[1].lower.as_str(), "and" | "but"))
            || (w[0].is_punct(',') && w[1].lower == "where")
            || (w[0].is_punct(',') && w[1].lower == "and" && w[2].lower == "that")
    });
    let Some(at) = at else {
        return dashed_aside(tokens)
            .or_else(|| participle_aside(tokens))
            .and_then(|(aside, after)| {
                let (a, b) = (hedged(aside.clone()), hedged(after.clone()));
                (a != b).then_some([(aside, a), (after, b)])
            });
    };
    let (first, second) = (0..at, at + 1..tokens.len());
    let (a, b) = (hedged(first.clone()), hedged(second.clone()));
    (a != b).then_some([(first, a), (second, b)])
}

/// An aside set off by two dashes ("Exercise Tidewatch - three frigates
/// …, which ended on Sunday - may have disoriented the pod") and what
/// follows it, as token ranges. The aside describes; the hedge after it
/// does not soften what it tells. An aside without a verb of its own only
/// names what the sentence is about ("Three managers - Ferrandi, technical
/// director Davide Ruscello and service chief Enrico Tassi - could be
/// detained"): it tells nothing the hedge leaves out.
fn dashed_aside(tokens: &[Token]) -> Option<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    use crate::extract::speakers::is_dash;
    let open = tokens.iter().position(is_dash)?;
    let close = open + 1 + tokens[open + 1..].iter().position(is_dash)?;
    let tells = tokens[open + 1..close].iter().any(|t| {
        RELATIVES.contains(&t.lower.as_str())
            || (t.is_word && !t.capitalized && is_participle(&t.lower))
    });
    (tells && close > open + 3 && close + 2 < tokens.len())
        .then(|| (open + 1..close, close + 1..tokens.len()))
}

/// Negated when the tokens carry an odd number of negations that deny
/// what they report (outside conditions, descriptions of an object and
/// refusals to comment in passing).
fn counted_polarity(tokens: &[Token], lex: &Lexicon) -> Polarity {
    let conditions = conditions(tokens);
    let relatives = object_relative_clauses(tokens);
    let asserted = negation_cues(tokens, lex)
        .into_iter()
        .filter(|(i, _)| !conditions.iter().any(|c| c.contains(i)))
        .filter(|(i, _)| !relatives.iter().any(|c| c.contains(i)))
        .filter(|&(i, _)| !no_comment_aside(tokens, i))
        .count();
    if asserted % 2 == 1 {
        Polarity::Negated
    } else {
        Polarity::Affirmed
    }
}

/// Relative clauses that describe what a verb acts on ("used pepper spray
/// on a group of students who had linked arms and refused to stand up"):
/// from a relative pronoun right after the object of a preposition, once a
/// verb in the past ("used") has come before it, to the next comma. A
/// negation there describes someone; it does not deny what the sentence
/// reports. Otherwise the clause may hold the sentence's own verb ("An
/// amendment that would have exempted landlords who own four or fewer
/// units was voted down"), and a clause set off by commas ("Sorel, who
/// denied the charges,") may tell a fact of its own, so both count.
fn object_relative_clauses(tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    const PREPOSITIONS: &[&str] = &["on", "of", "at", "against", "among", "with", "to", "for"];
    let verb_before = |i: usize| {
        tokens[1..i]
            .iter()
            .any(|t| t.is_word && t.lower.ends_with("ed"))
    };
    // The noun described is the object of a preposition: "on a group of
    // students who", not "exempted landlords who".
    let after_preposition = |i: usize| {
        tokens[i.saturating_sub(4)..i]
            .iter()
            .any(|t| PREPOSITIONS.contains(&t.lower.as_str()))
    };
    (1..tokens.len())
        .filter(|&i| matches!(tokens[i].lower.as_str(), "who" | "whom" | "whose" | "which"))
        .filter(|&i| tokens[i - 1].is_word && verb_before(i) && after_preposition(i))
        .map(|i| {
            let end = tokens[i..]
                .iter()
                .position(|t| t.is_punct(',') || t.is_punct(';'))
                .map_or(tokens.len(), |k| i + k);
            i..end
        })
        .collect()
}

/// The part of a sentence that says what it reports when a negated clause
/// meets a contrast. After a contrasting "but" ("Northvale has not paid,
/// but the group had not ruled out paying"); before a concession ("The
/// church was not damaged, though several houses were lost"). Without a
/// negation before the break the whole sentence has its say ("talks went
/// on, although no deal was reached").
fn reported_clause<'t>(tokens: &'t [Token], lex: &Lexicon) -> &'t [Token] {
    let after_comma = |tokens: &[Token], i: usize| i > 0 && tokens[i - 1].is_punct(',');
    let negated_before = |tokens: &[Token], i: usize| negation_count(&tokens[..i], lex) > 0;
    // "too early to rule out a cyberattack, but nothing points to …": the
    // possibility left open is what is reported; the contrast qualifies it.
    let left_open_before =
        |tokens: &[Token], i: usize| !read_negations(&tokens[..i], lex).left_open.is_empty();
    // "What was not agreed: no agreement on the pullback": a negated lead
    // announces the denial the rest makes; the denial is made once.
    let lead = tokens.iter().take(9).position(|t| t.is_punct(':'));
    let tokens = match lead {
        Some(i) if negated_before(tokens, i) && negation_count(&tokens[i + 1..], lex) > 0 => {
            &tokens[i + 1..]
        }
        _ => tokens,
    };
    let but = tokens.iter().rposition(|t| t.lower == "but");
    let tokens = match but {
        // "not a break in relations(,) but a warning": with or without
        // the comma, what is said is the warning.
        Some(i) if negated_before(tokens, i) => &tokens[i + 1..],
        // "The plan was approved in 2024, but work has not yet begun": how
        // far it has got, not a denial of what the first clause tells.
        Some(i) if not_yet_begun(&tokens[i + 1..], lex) => &tokens[..i],
        Some(i) if after_comma(tokens, i) && left_open_before(tokens, i) => &tokens[..i],
        _ => tokens,
    };
    let concession = (1..tokens.len()).find(|&i| {
        after_comma(tokens, i) && matches!(tokens[i].lower.as_str(), "though" | "although")
    });
    match concession {
        Some(i) if negated_before(tokens, i) || left_open_before(tokens, i) => &tokens[..i],
        _ => tokens,
    }
}

/// Does a clause deny only that something has started yet ("work has not
/// yet begun", "has yet to start")?
fn not_yet_begun(clause: &[Token], lex: &Lexicon) -> bool {
    let cues = negation_cues(clause, lex);
    let [(i, len)] = cues.as_slice() else {
        return false;
    };
    let after: Vec<&str> = clause[i + len..]
        .iter()
        .take_while(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .filter(|w| !matches!(*w, "yet" | "been" | "have" | "be"))
        .take(1)
        .collect();
    after
        .first()
        .is_some_and(|w| lex.event_starts.contains_word(w) || *w == "begun")
}

/// A sentence without the reason its speaker gave, set off by a comma
/// ("Strand ruled out suspending the licence, saying it was not the time
/// to look for someone to punish"): once the sentence has negated
/// something itself, the reason's negations deny nothing more. Without a
/// negation before it the clause may be what is reported ("he said,
/// adding that production had been suspended").
fn without_reason<'t>(tokens: &'t [Token], lex: &Lexicon) -> &'t [Token] {
    const GIVING: &[&str] = &["saying", "arguing", "explaining", "insisting"];
    let reason = (1..tokens.len())
        .find(|&i| tokens[i - 1].is_punct(',') && GIVING.contains(&tokens[i].lower.as_str()));
    match reason {
        Some(i) if negation_count(&tokens[..i], lex) > 0 => &tokens[..i - 1],
        _ => tokens,
    }
}

/// A loss that describes whom or what a sentence is about, in a relative
/// clause right after them: "the roughly 30,000 homes that lost power",
/// "families who had lost their homes". It tells who they are, not that
/// what the sentence reports failed ("Electricity has been restored to
/// most of the homes that lost power").
fn loss_described(tokens: &[Token], i: usize) -> bool {
    const RELATIVE: &[&str] = &["who", "that", "which"];
    const HAVE: &[&str] = &["had", "have", "has"];
    let word = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .map_or("", |t| t.lower.as_str())
    };
    let before = |back: usize| word(i.checked_sub(back));
    let relative = |at: usize| {
        RELATIVE.contains(&before(at))
            && i.checked_sub(at + 1)
                .is_some_and(|k| tokens[k].is_word && !is_stop_word(&tokens[k].lower))
    };
    word(Some(i)) == "lost" && (relative(1) || HAVE.contains(&before(1)) && relative(2))
}

/// A refusal to comment in a later clause ("A man has been arrested, police
/// confirmed, though they refused to say why"): the source's silence on a
/// detail, not a denial of what the sentence reports. A sentence that is
/// only the refusal ("The company declined to comment") keeps it.
fn no_comment_aside(tokens: &[Token], i: usize) -> bool {
    const REFUSING: &[&str] = &["refused", "refuses", "declined", "declines"];
    const NOT: &[&str] = &["not", "wouldn't", "didn't", "won't"];
    const GIVING: &[&str] = &["gave", "give", "gives", "offered", "offers", "provided"];
    const SAYING: &[&str] = &[
        "say",
        "comment",
        "elaborate",
        "confirm",
        "speculate",
        "give",
        "discuss",
        "explain",
    ];
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    // "refused to say", "would not say", "wouldn't comment".
    // "gave no details", "offered no explanation".
    let gave_nothing = word(i) == "no"
        && i.checked_sub(1).is_some_and(|p| GIVING.contains(&word(p)))
        && matches!(
            word(i + 1),
            "details" | "comment" | "explanation" | "reason" | "further"
        );
    let refusal =
        REFUSING.contains(&word(i)) && word(i + 1) == "to" && SAYING.contains(&word(i + 2))
            || NOT.contains(&word(i)) && SAYING.contains(&word(i + 1))
            || gave_nothing;
    refusal && tokens[..i].iter().any(|t| t.is_punct(','))
}

/// Conditions: from "if" or "unless" to the next comma or the end. A
/// negation there states no fact ("did not rule out a stake if no buyer
/// could be found" affirms what "ruled out a stake" denies).
fn conditions(tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.lower == "if" || t.lower == "unless" {
            let end = tokens[i..]
                .iter()
                .position(|t| t.is_punct(','))
                .map_or(tokens.len(), |k| i + k);
            out.push(i..end);
        }
    }
    out
}

/// Number of negation cues, counting negative verbs ("rejected").
pub fn negation_count(tokens: &[Token], lex: &Lexicon) -> usize {
    negation_cues(tokens, lex).len()
}

/// Each negation cue as (first token, length in tokens).
pub fn negation_cues(tokens: &[Token], lex: &Lexicon) -> Vec<(usize, usize)> {
    read_negations(tokens, lex).cues
}

/// Is the "no" at `i` the next item of a list the previous "no" opened
/// ("no watering gardens, no filling pools and no washing cars", "no deal,
/// no breakthrough")? A list of denials denies once, however long.
fn listed_denial(tokens: &[Token], previous: Option<&(usize, usize)>, i: usize) -> bool {
    let Some(&(start, len)) = previous else {
        return false;
    };
    let between = &tokens[start + len..i];
    let listing = |t: &Token| t.is_punct(',') || matches!(t.lower.as_str(), "and" | "or" | "nor");
    tokens[i].lower == "no"
        && tokens[start].lower == "no"
        && len == 1
        && between.len() <= 8
        && between.iter().any(listing)
        && !between
            .iter()
            .any(|t| t.is_punct(';') || t.is_punct('.') || t.is_punct(':'))
}

/// What the negation cues of a text come to.
struct Negations {
    /// Each negation cue as (first token, length in tokens).
    cues: Vec<(usize, usize)>,
    /// Where a denial is itself denied, leaving a possibility open ("not
    /// ruling out", "too early to rule out"): the first token of each.
    left_open: Vec<usize>,
}

fn read_negations(tokens: &[Token], lex: &Lexicon) -> Negations {
    let mut found = Negations {
        cues: Vec::new(),
        left_open: Vec::new(),
    };
    let mut i = 0;
    while i < tokens.len() {
        // "too early to rule out a cyberattack": no denial yet.
        if let Some(frame) = too_early_to(tokens, i)
            && let Some(denial) = lex.negations.match_at(tokens, i + frame).filter(|&n| n > 1)
        {
            found.left_open.push(i);
            i += frame + denial;
            continue;
        }
        // "We will rule nothing out" keeps every possibility open, as "we
        // will not rule anything out" does.
        if rules_nothing_out(tokens, i) {
            found.left_open.push(i);
            i += 3;
            continue;
        }
        let len = lex
            .negations
            .match_at(tokens, i)
            .or_else(|| lex.negative_verbs.match_at(tokens, i))
            .or_else(|| future_negative_verb(tokens, i, lex));
        match len {
            // A denial denied leaves a possibility open: "not ruling out
            // car tariffs", "car tariffs are NOT off the table".
            Some(1) if let Some(denial) = denied_denial(tokens, i, lex) => {
                found.left_open.push(i);
                i += 1 + denial;
            }
            // "not only", "no doubt" and "not least" do not negate.
            Some(_) if weak_negation(tokens, i) => i += 2,
            // "the No campaign", "voted No": a referendum's option.
            Some(1) if referendum_option(tokens, i) => i += 1,
            // "Valdorians travelling abroad": nobody's absence.
            Some(len) if abroad_of_others(tokens, i) => i += len,
            // "It is not yet clear whether the cable snapped" asks; it
            // denies nothing (a hedge says so).
            Some(len) if open_question(tokens, i) => i += len,
            // "buildings collapsed" fails no event.
            Some(len) if no_event_fails(tokens, i, lex) => i += len,
            // "shares lost more than a fifth of their value" fell.
            Some(len) if lost_a_measure(tokens, i) => i += len,
            // "the homes that lost power" are the homes in question.
            Some(len) if loss_described(tokens, i) => i += len,
            // "Internet services, briefly suspended overnight, have since
            // been restored": the aside tells what came before.
            Some(len) if in_participle_aside(tokens, i) => i += len,
            // "Both officers have been suspended with pay": a sanction
            // on someone, not an activity halted.
            Some(len) if suspends_someone(tokens, i, lex) => i += len,
            // "no watering gardens, no filling pools": one denial listed.
            Some(len) if listed_denial(tokens, found.cues.last(), i) => i += len,
            Some(len) => {
                found.cues.push((i, len));
                i += len;
            }
            None => i += 1,
        }
    }
    found
}

/// How many words after "suspended" a post term may come ("suspended
/// with full pay", "suspended from the force"). Swept at 3, 4 and 8 on the
/// corpus: the same divergences found.
const POST_TERM_WITHIN: usize = 4;

/// Is the word at `i` a suspension of people from their work ("the two
/// officers have been suspended with pay", "guards were suspended from
/// duty")? It sanctions them; it halts no activity, as "talks were
/// suspended" does.
fn suspends_someone(tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    if !word(i).starts_with("suspend") {
        return false;
    }
    // Who is suspended comes before the verb in its clause ("the two
    // officers involved have NOT been suspended", "guards who had been on
    // duty that night were suspended"); a speaker is in another ("He said
    // all visits were suspended").
    let clause_start = (0..i)
        .rev()
        .find(|&k| {
            tokens[k].is_punct(';')
                || lex.reporting_verbs.contains_word(word(k))
                || (tokens[k].is_punct(',') && matches!(word(k + 1), "and" | "but"))
        })
        .map_or(0, |k| k + 1);
    let terms = (i + 1..=i + POST_TERM_WITHIN).any(|k| lex.post_terms.contains(word(k)));
    // Only a passive verb has the person suspended before it: "They
    // suspended all visits" halts the visits.
    let person =
        after_be(tokens, i) && (clause_start..i).any(|k| lex.post_holders.contains(word(k)));
    // Or its object: "the club suspended its coach", "suspended two
    // officers", "suspended her for a week" (not "suspended talks with
    // officials", "suspended her licence").
    let object = (i + 1..tokens.len())
        .find(|&k| {
            let w = word(k);
            let figure = is_number_word(w) || w.chars().all(|c| c.is_ascii_digit());
            let possessive = POSSESSIVES.contains(&w) && !ends_phrase(word(k + 1));
            !(DETERMINERS.contains(&w) || possessive || figure)
        })
        .is_some_and(|k| lex.post_holders.contains(word(k)));
    terms || person || object
}

/// Does a form of "be" come before the verb at `i`, past "not" and
/// adverbs: a passive ("have NOT been suspended", "were immediately
/// suspended") or a progressive ("was suspending")?
fn after_be(tokens: &[Token], i: usize) -> bool {
    tokens[..i]
        .iter()
        .rev()
        .find(|t| !(t.lower == "not" || t.lower.ends_with("ly")))
        .is_some_and(|t| {
            let w = t.lower.as_str();
            BE_FORMS.contains(&w) || matches!(w, "get" | "got")
        })
}

/// Does a word (lower case) close the phrase before it, so that a
/// possessive-looking pronoun before it is an object ("suspended her for
/// a week", "suspended her.")?
fn ends_phrase(word: &str) -> bool {
    matches!(
        word,
        "" | "." | "," | ";" | "for" | "from" | "pending" | "after" | "over" | "without" | "until"
    )
}

/// Does the "not" at `i` open a question left open: "not (yet) clear
/// whether", "not known if"?
fn open_question(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let mut k = i + 1;
    if matches!(word(k), "yet" | "immediately" | "entirely") {
        k += 1;
    }
    word(i) == "not"
        && matches!(word(k), "clear" | "known" | "certain")
        && matches!(word(k + 1), "whether" | "if")
}

/// Does the participle at `i` open an aside between commas after the
/// subject, with the main verb after it ("Internet services, briefly
/// suspended overnight to prevent false rumours, have since been
/// restored")? What the aside tells came before the main clause's fact.
fn in_participle_aside(tokens: &[Token], i: usize) -> bool {
    let opened = match i.checked_sub(1).map(|p| &tokens[p]) {
        Some(t) if t.is_punct(',') => true,
        Some(t) if t.lower.ends_with("ly") => i >= 2 && tokens[i - 2].is_punct(','),
        _ => false,
    };
    opened && tokens[i].lower.ends_with("ed") && aside_close(tokens, i).is_some()
}

/// The comma that closes an aside opened at `i`, when the main clause's
/// verb comes right after it: "Internet services, briefly suspended
/// overnight, have since been restored", "The Corrant Star, carrying
/// 31,500 tonnes of grain, is being escorted back".
fn aside_close(tokens: &[Token], i: usize) -> Option<usize> {
    let close = tokens[i + 1..]
        .iter()
        .take(16)
        .take_while(|t| !t.is_punct('.') && !t.is_punct(';'))
        .position(|t| t.is_punct(','))?;
    let close = i + 1 + close;
    tokens
        .get(close + 1)
        .is_some_and(|t| {
            AUXILIARIES.contains(&t.lower.as_str())
                || matches!(t.lower.as_str(), "remain" | "remains" | "remained")
        })
        .then_some(close)
}

/// Does a word (lower case) look like a participle ("carrying", "ended")?
pub fn is_participle(word: &str) -> bool {
    word.len() > 4 && (word.ends_with("ing") || word.ends_with("ed"))
}

/// An aside between commas right after a short subject, opened by a
/// participle ("The Corrant Star, carrying 31,500 tonnes of grain bound for
/// Kaldera, is expected to dock on Saturday"), and the main clause after
/// it, as token ranges. The aside tells a fact of its own, which a hedge
/// of the main clause does not soften.
fn participle_aside(tokens: &[Token]) -> Option<(std::ops::Range<usize>, std::ops::Range<usize>)> {
    let comma = tokens.iter().take(6).position(|t| t.is_punct(','))?;
    let opener = tokens.get(comma + 1)?;
    if comma == 0 || !opener.is_word || !is_participle(&opener.lower) {
        return None;
    }
    let close = aside_close(tokens, comma + 1)?;
    Some((comma + 1..close, close + 1..tokens.len()))
}

/// Is the verb at `i` what someone was ordered or forced to do ("ordered
/// Veltra Biologics to pause the trial"), which an authority's order makes
/// happen, unlike what someone was urged or advised to do?
fn ordered_to(tokens: &[Token], i: usize) -> bool {
    const ORDERING: &[&str] = &[
        "ordered",
        "orders",
        "forced",
        "forces",
        "instructed",
        "compelled",
    ];
    i.checked_sub(1).is_some_and(|p| tokens[p].lower == "to")
        && tokens[i.saturating_sub(6)..i]
            .iter()
            .rev()
            .take_while(|t| t.is_word)
            .any(|t| ORDERING.contains(&t.lower.as_str()))
}

/// Is the word at `i` "lost" said of an amount ("lost 23%", "lost more
/// than a fifth of their value", "lost ground")? That tells a fall, not a
/// defeat ("lost the vote"). The amount is a figure the number reader
/// finds right after the word, with its bound.
fn lost_a_measure(tokens: &[Token], i: usize) -> bool {
    if tokens[i].lower != "lost" {
        return false;
    }
    let next = tokens.get(i + 1).map_or("", |t| t.lower.as_str());
    if matches!(next, "ground" | "value") {
        return true;
    }
    let after = crate::text::lower_joined(&tokens[i + 1..tokens.len().min(i + 8)]);
    crate::extract::numbers::find_quantities(&after)
        .first()
        .is_some_and(|q| q.span.start == 0)
}

/// Does "rule nothing out" (in any tense) start at `i`?
fn rules_nothing_out(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(i + k).map_or("", |t| t.lower.as_str());
    matches!(word(0), "rule" | "rules" | "ruled" | "ruling")
        && word(1) == "nothing"
        && word(2) == "out"
}

/// The length of a negative verb in its plain form after "will" or
/// "would" ("will suspend its tariff").
fn future_negative_verb(tokens: &[Token], i: usize, lex: &Lexicon) -> Option<usize> {
    let modal = i
        .checked_sub(1)
        .is_some_and(|p| matches!(tokens[p].lower.as_str(), "will" | "would" | "shall"));
    // "was suspending service" halts it; "ruled out suspending the
    // licence" names what was ruled out.
    let progressive = tokens[i].lower.ends_with("ing") && after_be(tokens, i);
    (modal || progressive || ordered_to(tokens, i))
        .then(|| lex.future_negative_verbs.match_at(tokens, i))
        .flatten()
}

/// Is the negative verb at `i` one that fails only an event or outcome
/// ("collapsed", "stalled"), with none named before it in its clause? A
/// clause starts at a mark or a subordinating word: in "in mourning after
/// six people died when part of the bridge collapsed" the bridge collapsed,
/// not the mourning.
fn no_event_fails(tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    const SUBORDINATORS: &[&str] = &[
        "when", "after", "before", "as", "because", "while", "until", "since",
    ];
    if lex.event_negative_verbs.match_at(tokens, i).is_none() {
        return false;
    }
    let clause_start = tokens[..i]
        .iter()
        .rposition(|t| {
            t.is_punct(',')
                || t.is_punct(';')
                || t.is_punct(':')
                || SUBORDINATORS.contains(&t.lower.as_str())
        })
        .map_or(0, |p| p + 1);
    !(clause_start..i).any(|k| {
        lex.event_nouns.match_at(tokens, k).is_some()
            || lex.outcome_nouns.match_at(tokens, k).is_some()
    })
}

/// The length of a phrase at `i` that puts off a judgement ("too early
/// to", "too soon to", "premature to"): a denial after it is not made.
fn too_early_to(tokens: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| tokens.get(i + k).map_or("", |t| t.lower.as_str());
    match (word(0), word(1), word(2)) {
        ("too", "early" | "soon", "to") => Some(3),
        ("premature", "to", _) => Some(2),
        _ => None,
    }
}

/// The length of a negation phrase right after a "not" ("not ruled out",
/// "isn't off the table"): one negation undoing the other.
fn denied_denial(tokens: &[Token], i: usize, lex: &Lexicon) -> Option<usize> {
    let not = &tokens[i].lower;
    if not != "not" && !not.ends_with("n't") {
        return None;
    }
    lex.negations.match_at(tokens, i + 1).filter(|&len| len > 1)
}

/// Words a negation cue can govern but that say nothing of what is negated.
const SCOPE_SKIP: &[&str] = &[
    "yet", "be", "been", "being", "have", "has", "had", "to", "a", "an", "the", "any", "also",
    "even", "ever", "was", "were", "is", "are", "will", "would", "so", "far", "further",
];

/// Words that open a time or a circumstance: a negation's scope ends
/// before them ("halted while checks are carried out", "suspended pending
/// inspections" say nothing against checks or inspections).
const TIME_WORDS: &[&str] = &[
    "just",
    "shortly",
    "before",
    "after",
    "during",
    "until",
    "since",
    "at",
    "on",
    "late",
    "early",
    "while",
    "pending",
    "amid",
    "because",
    "following",
];

/// Verbs of preventing: what a negated prevention is about still happens.
const PREVENTION: &[&str] = &[
    "stop",
    "prevent",
    "avert",
    "halt",
    "avoid",
    "block",
    "forestall",
    "head",
];

/// Verbs that conclude an outcome: what a failure to conclude denies is
/// the outcome ("failed to close a long-disputed deal").
const CONCLUDING: &[&str] = &[
    "reach", "close", "strike", "sign", "seal", "clinch", "secure", "conclude", "finalise",
    "finalize",
];

/// Verbs of answering: "did not respond to questions about the licence"
/// denies the answer, not the questions.
const ANSWERING: &[&str] = &[
    "respond",
    "responded",
    "reply",
    "replied",
    "answer",
    "answered",
    "return",
    "returned",
];

/// What one negation is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// Canonical forms of the words it governs.
    pub words: Vec<String>,
    /// Governs the subject of a verb with nothing after it ("the amendment
    /// was rejected", "talks collapsed just before midnight"): what failed,
    /// rather than what is denied.
    pub subject: bool,
}

/// What each negation of a text is about: the canonical forms of the first
/// content words after each cue ("produced no breakthrough" → "breakthrough"),
/// up to a time ("collapsed just before midnight" says nothing of midnight).
pub fn negation_scopes(text: &str, lex: &Lexicon) -> Vec<Scope> {
    let tokens = crate::text::tokenize(text);
    let content = |t: &&Token| {
        t.is_word && !SCOPE_SKIP.contains(&t.lower.as_str()) && !is_stop_word(&t.lower)
    };
    let canonical = |t: &Token| lex.canonical(t.lower.trim_end_matches("'s"));
    negation_cues(&tokens, lex)
        .into_iter()
        .map(|(i, len)| {
            // "did not say whether anyone was charged" leaves the question
            // open; it denies nothing.
            if leaves_open(&tokens[i + len..]) || only_timing(&tokens[i + len..]) {
                return Scope {
                    words: Vec::new(),
                    subject: false,
                };
            }
            let words: Vec<&Token> = tokens[i + len + placed(&tokens[i + len..])..]
                .iter()
                .take_while(|t| {
                    (t.is_word || t.lower == "-") && !TIME_WORDS.contains(&t.lower.as_str())
                })
                .filter(content)
                .take(3)
                .collect();
            // "failed to stop a national rail strike": the strike goes
            // ahead; only the stopping is negated. So with any verb a
            // failure or refusal takes: "fined for failing to report
            // suspicious transactions" denies the reporting, not the
            // transactions.
            // "failed to close a deal" denies the deal, as "no deal" does.
            let concluding = words
                .first()
                .is_some_and(|t| CONCLUDING.contains(&t.lower.as_str()));
            let infinitive = len > 1 && tokens[i + len - 1].lower == "to" && !concluding;
            if words.first().is_some_and(|t| {
                infinitive
                    || PREVENTION.contains(&t.lower.as_str())
                    || ANSWERING.contains(&t.lower.as_str())
            }) {
                return Scope {
                    words: vec![canonical(words[0])],
                    subject: false,
                };
            }
            let after: Vec<String> = words.into_iter().map(canonical).collect();
            // A verb at the end governs its subject: "the amendment was
            // rejected". So does a predicate that denies it ("a stake was not
            // on the table"), which says as much as "ruled out a stake", and
            // a denial in the passive ("a cyberattack had been ruled out (by
            // police)").
            let passive_denial = matches!(
                tokens[i].lower.as_str(),
                "rule" | "ruled" | "rules" | "ruling"
            ) && tokens
                .get(i + len)
                .is_none_or(|t| !t.is_word || t.lower == "by");
            let denied = denies_subject(&tokens[i + len..]) || passive_denial;
            if !after.is_empty() && !denied {
                return Scope {
                    words: after,
                    subject: false,
                };
            }
            let words = subject_before(&tokens[..i])
                .iter()
                .rev()
                .take_while(|t| t.is_word)
                .filter(content)
                .take(3)
                .map(canonical)
                .collect();
            Scope {
                words,
                subject: !denied,
            }
        })
        .collect()
}

/// The length of a preposition that places someone, right after a
/// negation ("was not at the palace", "were not on board", "was not on
/// hunger strike"): the place or state is what is denied, not a time ("not
/// at 3pm", "not on Tuesday").
pub(crate) fn placed(after: &[Token]) -> usize {
    const PLACING: &[&str] = &["at", "in", "inside", "on", "aboard"];
    const OWNERS: &[&str] = &["the", "his", "her", "their", "its", "board"];
    // A state someone is on: "was not on hunger strike", "not on duty".
    const STATES: &[&str] = &[
        "hunger", "strike", "duty", "leave", "trial", "bail", "patrol", "standby", "alert",
    ];
    let word = |k: usize| after.get(k).map_or("", |t| t.lower.as_str());
    let state = word(0) == "on" && STATES.contains(&word(1));
    usize::from(state || PLACING.contains(&word(0)) && OWNERS.contains(&word(1)))
}

/// Auxiliaries between a subject and its verb.
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "been", "be", "was", "were", "is", "are", "will", "would",
];

/// The words before a negating verb, up to where its subject ends: past
/// auxiliaries and an aside between commas ("the visit of a trade
/// delegation, scheduled for 20 October, has been called off").
fn subject_before(before: &[Token]) -> &[Token] {
    let mut end = before.len();
    while end > 0 && AUXILIARIES.contains(&before[end - 1].lower.as_str()) {
        end -= 1;
    }
    if end > 0
        && before[end - 1].is_punct(',')
        && let Some(open) = before[..end - 1].iter().rposition(|t| t.is_punct(','))
    {
        return &before[..open];
    }
    before
}

/// Does a negation deny only that something happened soon enough: "why the
/// public had not been informed earlier", "did not act immediately"? It
/// happened, later; "informed the public at 09:30" does not contradict it.
fn only_timing(after: &[Token]) -> bool {
    const SOON: &[&str] = &["earlier", "sooner", "immediately", "promptly"];
    let clause = after
        .iter()
        .take_while(|t| t.is_word || t.lower == "-")
        .take(6);
    let words: Vec<&str> = clause.map(|t| t.lower.as_str()).collect();
    words.iter().any(|w| SOON.contains(w))
        || words
            .windows(2)
            .any(|w| matches!(w, ["right" | "straight", "away"]))
}

/// Does a negated verb of saying leave a question open: "(did not) say
/// whether", "(declined to) confirm if", "(would not) explain why"?
fn leaves_open(after: &[Token]) -> bool {
    let words: Vec<&str> = after
        .iter()
        .take_while(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .filter(|w| *w != "to")
        .take(2)
        .collect();
    matches!(
        words.as_slice(),
        [verb, open, ..] if SAYING_OR_KNOWING.contains(verb)
            && (QUESTION_WORDS.contains(open) || matches!(*open, "whether" | "if"))
    )
}

/// Words that open an indirect question ("when they might be closed").
const QUESTION_WORDS: &[&str] = &["when", "where", "how", "what", "why", "who"];

/// Verbs of saying or knowing an indirect question follows ("declined to
/// say when", "did not say whether").
const SAYING_OR_KNOWING: &[&str] = &[
    "say", "said", "says", "know", "knew", "tell", "told", "ask", "asked", "explain", "specify",
    "disclose", "comment", "confirm", "reveal",
];

/// Predicates that, negated, deny their subject: "a public stake was not on
/// the table", "a bailout is not an option".
fn denies_subject(after: &[Token]) -> bool {
    const DENYING: &[&[&str]] = &[
        &["on", "the", "table"],
        &["an", "option"],
        &["on", "the", "agenda"],
        &["in", "the", "cards"],
    ];
    DENYING.iter().any(|phrase| {
        phrase.len() <= after.len() && phrase.iter().zip(after).all(|(w, t)| t.lower == *w)
    })
}

/// Is the "abroad" at `i` no one's absence: said of travel or of others
/// ("Valdorians travelling abroad", "detain more Valdorians abroad"), not of
/// someone being abroad ("who is on an official visit abroad", "was
/// abroad")?
fn abroad_of_others(tokens: &[Token], i: usize) -> bool {
    const BEING: &[&str] = &[
        "is", "was", "were", "are", "been", "be", "visit", "trip", "tour", "holiday", "still",
    ];
    tokens[i].lower == "abroad"
        && !tokens[i.saturating_sub(3)..i]
            .iter()
            .any(|t| BEING.contains(&t.lower.as_str()))
}

/// Is the "No" at `i` a referendum's option rather than a negation: after a
/// vote for it ("voted No", "backed No"), beside the other option ("Yes
/// and No supporters"), or naming a side after "the"
/// ("the No campaign") or opening a sentence with one ("No campaign boss
/// Marta Denecke refused to concede")?
fn referendum_option(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.lower != "no" || !t.capitalized {
        return false;
    }
    let next = tokens.get(i + 1).map(|t| t.lower.as_str());
    let side = |words: &[&str]| next.is_some_and(|n| words.contains(&n));
    match i.checked_sub(1).map(|p| &tokens[p]) {
        Some(p) if matches!(p.lower.as_str(), "the" | "a") => side(&[
            "campaign",
            "campaigners",
            "camp",
            "lobby",
            "side",
            "vote",
            "voters",
            "supporters",
        ]),
        // Beside the other option: "rival Yes and No supporters".
        Some(p)
            if matches!(p.lower.as_str(), "and" | "or" | "/")
                && i >= 2
                && tokens[i - 2].lower == "yes"
                && tokens[i - 2].capitalized =>
        {
            true
        }
        // After a vote for it: not after any word, as shouted copy puts
        // "NO" anywhere ("There was NO deal on cars").
        Some(p) => matches!(
            p.lower.as_str(),
            "voted" | "vote" | "votes" | "voting" | "backed" | "backing" | "for" | "chose"
        ),
        None => side(&["campaign", "campaigners", "camp", "lobby"]),
    }
}

/// Cues that do not negate: "not only", "no doubt", "not until March" or
/// "not opened until 19:52" (a time, not a denial), "declined to $36.9 billion" (a fall, not a
/// refusal), the "nor" of "neither … nor" (one negation, not two), a
/// "suspended sentence" (a penalty, not a halt), a failure that nearly
/// happened ("nearly broke down"), and the "no" of a vote ("voting no
/// were …").
fn weak_negation(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map(|t| t.lower.as_str());
    // "The talks nearly broke down": a failure that did not happen. ("Almost
    // no progress" still denies.)
    let nearly = i
        .checked_sub(1)
        .is_some_and(|p| matches!(tokens[p].lower.as_str(), "nearly" | "almost"));
    if nearly && !matches!(tokens[i].lower.as_str(), "no" | "not" | "never" | "without") {
        return true;
    }
    match (tokens[i].lower.as_str(), word(i + 1)) {
        ("not", Some("only" | "least")) | ("no", Some("doubt" | "sooner")) => true,
        // Token text folds curly apostrophes: "isn’t" reads "isn't". The
        // verb may stand between: "the gate was not opened until 19:52"
        // tells when it was opened, "work was not due to start until April"
        // when it starts.
        (w, _) if w == "not" || w.ends_with("n't") => {
            (1..=4).any(|k| {
                word(i + k + 1) == Some("until") && tokens[i + 1..=i + k].iter().all(|t| t.is_word)
            }) || word(i + 1) == Some("until")
                || in_title(tokens, i)
        }
        ("declined" | "declines" | "decline", _) => declined_a_figure(tokens, i),
        // "Neither … nor", "have not turned up, nor has …": the negation
        // before carries on; it is not a second one.
        ("nor", _) => tokens[..i].iter().any(|t| {
            matches!(t.lower.as_str(), "neither" | "not" | "no" | "never")
                || t.lower.ends_with("n't")
        }),
        // "His car was found abandoned": a state it was found in.
        ("abandoned", _) => i.checked_sub(1).is_some_and(|p| {
            matches!(
                tokens[p].lower.as_str(),
                "found" | "left" | "discovered" | "lay" | "lying"
            )
        }),
        // Idioms of manner: "continue without distraction", "act without
        // delay" deny nothing. ("Without warning" and "without incident"
        // still tell that none came.)
        (
            "without",
            Some(
                "distraction" | "delay" | "hesitation" | "exception" | "fail" | "question"
                | "doubt",
            ),
        ) => true,
        // "left 4.2 million homes without electricity": a deprivation the
        // sentence affirms, not a denial.
        ("without", _) => left_without(tokens, i),
        // "kept rates on hold" halts nothing; "put operations on hold" does.
        ("on", Some("hold")) => !put_on_hold(tokens, i),
        // "a four-year suspended sentence" is a sentence, not a suspension.
        ("suspended", Some("sentence" | "sentences" | "jail" | "prison")) => true,
        // "41 cancelled flights", "passengers on cancelled flights": a
        // participle describing a noun denies nothing the sentence says.
        (w, Some(_)) if w.ends_with("ed") && attributive(tokens, i) => true,
        // "Voting no were Brennan and Marsh", "Three no votes would kill
        // it": a vote, not a denial.
        ("no", _) => i.checked_sub(1).is_some_and(|p| {
            matches!(
                tokens[p].lower.as_str(),
                "voting" | "voted" | "vote" | "votes"
            ) || (tokens[p].is_digit() || is_number_word(&tokens[p].lower))
                && matches!(word(i + 1), Some("votes" | "vote"))
        }),
        _ => false,
    }
}

/// Is the "declined" at `i` a fall, not a refusal: "Revenue declined to
/// $36.9 billion", "the S&P 500 declined 6.11", "declined sharply"?
pub fn declined_a_figure(tokens: &[Token], i: usize) -> bool {
    let figure = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.lower
                .starts_with(|c: char| c.is_ascii_digit() || "$€£¥".contains(c))
        })
    };
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(i), "declined" | "declines" | "decline")
        && match word(i + 1) {
            "sharply" | "slightly" | "steeply" => true,
            "to" | "by" | "from" => figure(i + 2),
            // "declined 25.78 points", not "declined 2 invitations".
            _ => {
                let counted = word(i + 2);
                let things = counted.ends_with('s') && !matches!(counted, "points" | "percent");
                figure(i + 1) && !things
            }
        }
}

/// Is the "not" at `i` a word of a title between capitalised words, in
/// lower-case text ("the national Do Not Call list")? Emphasis ("have NOT
/// been suspended") has lower-case words around it; a headline in title
/// case ("Talks Did Not Produce a Deal") has capitals before the title.
fn in_title(tokens: &[Token], i: usize) -> bool {
    let capitalized = |k: usize| tokens.get(k).is_some_and(|t| t.is_word && t.capitalized);
    i >= 2
        && tokens[i - 2].is_word
        && !capitalized(i - 2)
        && capitalized(i - 1)
        && capitalized(i + 1)
}

/// Is the "without" at `i` what something left its object without ("left
/// about 4.2 million homes without electricity", "leaving intensive care
/// without power")? The verb stands a few words before, in the same clause.
fn left_without(tokens: &[Token], i: usize) -> bool {
    const LEAVE: &[&str] = &["left", "leave", "leaves", "leaving"];
    tokens[i.saturating_sub(7)..i]
        .iter()
        .rev()
        .take_while(|t| t.is_word || t.lower.starts_with(|c: char| c.is_ascii_digit()))
        .any(|t| LEAVE.contains(&t.lower.as_str()))
}

/// Is the "on hold" at `i` put there ("put routine operations on hold",
/// "the trial was placed on hold") rather than kept there?
fn put_on_hold(tokens: &[Token], i: usize) -> bool {
    const PUT: &[&str] = &["put", "puts", "putting", "placed", "places", "placing"];
    tokens[i.saturating_sub(6)..i]
        .iter()
        .rev()
        .take_while(|t| t.is_word)
        .any(|t| PUT.contains(&t.lower.as_str()))
}

/// Does the participle at `i` stand between a determiner, preposition or
/// figure and the noun it describes ("on cancelled flights", "41 cancelled
/// flights", "the stalled talks")?
fn attributive(tokens: &[Token], i: usize) -> bool {
    const BEFORE: &[&str] = &[
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
        "my", "your", "all", "some", "many", "several", "of", "on", "for", "with", "from", "after",
        "over", "about", "into",
    ];
    // Words that go on the verb, not a noun: "cancelled by", "the one
    // rejected the offer".
    const NOT_A_NOUN: &[&str] = &[
        "by",
        "to",
        "at",
        "in",
        "on",
        "for",
        "after",
        "because",
        "over",
        "as",
        "and",
        "or",
        "amid",
        "following",
        "due",
        "until",
        "since",
        "when",
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "this",
        "that",
        "it",
        "them",
        "him",
    ];
    let (Some(before), Some(after)) = (i.checked_sub(1).map(|k| &tokens[k]), tokens.get(i + 1))
    else {
        return false;
    };
    let figure = before.lower.starts_with(|c: char| c.is_ascii_digit())
        || crate::text::is_number_word(&before.lower);
    (figure || BEFORE.contains(&before.lower.as_str()))
        && after.is_word
        && !NOT_A_NOUN.contains(&after.lower.as_str())
}

/// The verb a reporting cue opens with, in lower case ("said" of "said
/// on Tuesday", "according" of "according to").
pub fn cue_verb(cue: &str) -> String {
    cue.split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase()
}

/// Does a reporting cue tell what its source believes rather than what
/// it knows ("believe", "think", "suspect")?
pub fn is_belief(cue: &str) -> bool {
    const BELIEVING: &[&str] = &[
        "believe",
        "believes",
        "believed",
        "think",
        "thinks",
        "thought",
        "suspect",
        "suspects",
        "suspected",
    ];
    BELIEVING.contains(&cue_verb(cue).as_str())
}

/// Certainty from the cues present: a hedge among the outlet's own words
/// makes the claim hedged; otherwise an attribution makes it attributed.
/// `quoted(i)` tells whether token `i` is not the outlet's word: inside a
/// quote, or inside a date ("in May").
pub fn certainty(
    tokens: &[Token],
    quoted: &dyn Fn(usize) -> bool,
    attributed: bool,
    lex: &Lexicon,
) -> Certainty {
    if hedge_at(tokens, quoted, lex).is_some() {
        Certainty::Hedged
    } else if attributed {
        Certainty::Attributed
    } else {
        Certainty::Asserted
    }
}

/// The first hedge where `quoted` does not hold (a modal that does not
/// soften the claim is none: see [`modal_without_doubt`]).
pub fn hedge_at(tokens: &[Token], quoted: &dyn Fn(usize) -> bool, lex: &Lexicon) -> Option<usize> {
    hedges(tokens, quoted, lex).next()
}

/// Each hedge outside quotes, by its first token.
fn hedges<'a>(
    tokens: &'a [Token],
    quoted: &'a dyn Fn(usize) -> bool,
    lex: &'a Lexicon,
) -> impl Iterator<Item = usize> + 'a {
    (0..tokens.len()).filter(move |&i| {
        !quoted(i)
            && lex.hedges.match_at(tokens, i).is_some()
            && !modal_without_doubt(tokens, i)
            && !names_a_document(tokens, i, lex)
            && !claims_lives(tokens, i)
            && !names_what_is_looked_into(tokens, i)
            && !in_argument_told(tokens, i)
            && !able_to_check(tokens, i)
    })
}

/// Is the open question at `i` one someone can settle for themselves
/// ("Customers can check whether they are affected on the website")?
/// An offer to find out, not doubt about what the sentence tells.
fn able_to_check(tokens: &[Token], i: usize) -> bool {
    let before = |back: usize| i.checked_sub(back).map_or("", |k| tokens[k].lower.as_str());
    let adverb = matches!(before(1), "now" | "also" | "still") || before(1).ends_with("ly");
    before(1) == "can" || adverb && before(2) == "can"
}

/// Is the hedge at `i` part of an argument, claim or risk the sentence
/// reports as such ("accepting the prosecution's argument that he might
/// leave the country", "citing the risk that the suspect could flee")?
/// What might happen is the argument's, not the outlet's doubt about what
/// the sentence tells: that the judge accepted it.
fn in_argument_told(tokens: &[Token], i: usize) -> bool {
    const ARGUMENTS: &[&str] = &[
        "argument",
        "arguments",
        "claim",
        "claims",
        "allegation",
        "allegations",
        "assertion",
        "assertions",
        "contention",
        "suggestion",
        "suggestions",
        "risk",
        "danger",
    ];
    // A noun, not a verb: "the prosecution's argument", "the risk" (not
    // "police claim that …").
    let determined = |k: usize| {
        k.checked_sub(1).is_some_and(|d| {
            let t = &tokens[d];
            crate::extract::speakers::is_determiner(t)
                || crate::extract::names::possessive(&t.lower)
        })
    };
    let from = i.saturating_sub(6);
    (from..i)
        .rev()
        .take_while(|&k| tokens[k].is_word)
        .find(|&k| tokens[k].lower == "that")
        .is_some_and(|k| {
            k > 0 && ARGUMENTS.contains(&tokens[k - 1].lower.as_str()) && determined(k - 1)
        })
}

/// Does the hedge at `i` only name what is looked into, not soften the
/// claim: "an inquiry into suspected negligent homicide", "arrested for
/// alleged fraud", "the period under investigation"? The inquiry, the
/// arrest and the period are told as facts. "The cause is under
/// investigation" still hedges.
fn names_what_is_looked_into(tokens: &[Token], i: usize) -> bool {
    const STATE: &[&str] = &[
        "is", "are", "was", "were", "be", "been", "being", "remains", "remain", "remained",
        "stays", "stay", "stayed",
    ];
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let before = |k: usize| k.checked_sub(1).map_or("", word);
    match word(i) {
        "suspected" | "alleged" | "possible" | "potential" => {
            let mut j = i;
            if matches!(before(j), "a" | "an" | "the") {
                j -= 1;
            }
            matches!(before(j), "into" | "for" | "over")
        }
        "under" => {
            word(i + 1) == "investigation"
                && i > 0
                && tokens[i - 1].is_word
                && !STATE.contains(&before(i))
        }
        _ => false,
    }
}

/// Does the word at `i` claim lives rather than claim something said
/// ("claiming 143 lives", "claimed the lives of six workers")? Such a
/// "claim" is no cue and no hedge.
pub fn claims_lives(tokens: &[Token], i: usize) -> bool {
    tokens[i].lower.starts_with("claim")
        && tokens[i + 1..]
            .iter()
            .take(4)
            .take_while(|t| !t.is_punct(',') && !t.is_punct('.'))
            .any(|t| t.lower == "lives" || t.lower == "life")
}

/// Is the hedge at `i` the name of a document some verb makes ("will
/// publish a preliminary report", "released its initial findings"), rather
/// than a softening of what the claim says? Only the "preliminary" and
/// "initial" hedges name documents: "released a possibly doctored video"
/// still hedges.
fn names_a_document(tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    const DETERMINERS: &[&str] = &[
        "a", "an", "the", "its", "their", "his", "her", "our", "first",
    ];
    let mut j = i;
    while j > 0 && DETERMINERS.contains(&tokens[j - 1].lower.as_str()) {
        j -= 1;
    }
    matches!(tokens[i].lower.as_str(), "preliminary" | "initial")
        && j < i
        && j > 0
        && lex.hedge_documents.match_at(tokens, j - 1).is_some()
}

/// Is every hedge outside quotes one by which the reporter distances
/// themselves from a source ("allegedly", "claimed"), none softening what
/// was said?
pub fn only_distancing_hedges(
    tokens: &[Token],
    quoted: &dyn Fn(usize) -> bool,
    lex: &Lexicon,
) -> bool {
    let mut found = hedges(tokens, quoted, lex).peekable();
    found.peek().is_some() && found.all(|i| lex.distancing.match_at(tokens, i).is_some())
}

/// Does a distancing hedge stand right before the speech verb `cue`
/// ("Ardent Highways allegedly warned the council …", "he reportedly
/// told aides")? Then the telling itself is in doubt: the speaker vouches
/// for nothing, and the hedge is the outlet's own.
pub fn hedges_the_telling(
    tokens: &[Token],
    quoted: &dyn Fn(usize) -> bool,
    cue: &str,
    lex: &Lexicon,
) -> bool {
    hedges(tokens, quoted, lex).any(|i| {
        lex.distancing
            .match_at(tokens, i)
            .and_then(|len| tokens.get(i + len))
            .is_some_and(|t| t.lower == cue)
    })
}

/// Modals that express no doubt about the claim: "could not" is inability
/// ("the city could not afford to delay"), what may be done on a condition
/// ("could be extended if both sides agree"), and a modal inside a clause of
/// time or condition ("before any framework could take shape", "if talks
/// might resume") or of concession ("restored by Friday, although some
/// software could take longer") qualifies that clause, not the claim.
fn modal_without_doubt(tokens: &[Token], i: usize) -> bool {
    const MODALS: &[&str] = &["may", "might", "could"];
    const SUBORDINATORS: &[&str] = &[
        "before", "until", "unless", "if", "once", "whether", "although", "though", "whereas",
    ];
    if !MODALS.contains(&tokens[i].lower.as_str()) {
        return false;
    }
    let next = tokens.get(i + 1).map(|t| t.lower.as_str());
    if tokens[i].lower == "could" && next == Some("not") {
        return true;
    }
    // What could be seen or heard was there to see: "officers could be
    // seen going in and out".
    const PERCEIVED: &[&str] = &["seen", "heard", "spotted", "observed", "watched"];
    let perceived = tokens.get(i + 2).map(|t| t.lower.as_str());
    if tokens[i].lower == "could"
        && next == Some("be")
        && perceived.is_some_and(|w| PERCEIVED.contains(&w))
    {
        return true;
    }
    // A relative clause describing what the claim is about: "the authority,
    // which examines mergers that could reduce competition, opened a
    // review" (not "said that could take weeks", where "that" is what
    // could).
    let relative = i >= 2
        && RELATIVES.contains(&tokens[i - 1].lower.as_str())
        && tokens[i - 2].is_word
        && !SAYING_OR_KNOWING.contains(&tokens[i - 2].lower.as_str());
    if relative {
        return true;
    }
    let clause: Vec<&Token> = tokens[..i].iter().rev().take_while(|t| t.is_word).collect();
    // An indirect question after a verb of saying or knowing asks; it does
    // not hedge: "declined to say when they might be closed".
    let asked = clause.windows(2).any(|w| {
        QUESTION_WORDS.contains(&w[0].lower.as_str())
            && SAYING_OR_KNOWING.contains(&w[1].lower.as_str())
    });
    // What may be done on a condition: "the truce could be extended if
    // both sides agree" says what the terms allow, as "can be extended by
    // mutual agreement" does; it doubts no fact. ("NDMA may raise the risk
    // if taken for years" still doubts one.)
    let done = next == Some("be")
        && tokens
            .get(i + 2)
            .is_some_and(|t| t.lower.ends_with("ed") || t.lower.ends_with("en"));
    let conditioned = done
        && tokens[i + 1..]
            .iter()
            .take_while(|t| t.is_word)
            .any(|t| matches!(t.lower.as_str(), "if" | "unless" | "provided"));
    asked
        || conditioned
        || earliest_time(&tokens[i + 1..])
        || clause
            .iter()
            .any(|t| SUBORDINATORS.contains(&t.lower.as_str()))
}

/// Does the clause after a modal set the earliest time something can
/// happen ("could resume no earlier than the end of April")? It tells a
/// schedule, as "will not restart before late April at the earliest" does,
/// and doubts no fact. ("Could take place as early as next Tuesday" still
/// doubts the date.)
fn earliest_time(after: &[Token]) -> bool {
    let clause: Vec<&str> = after
        .iter()
        .take_while(|t| t.is_word)
        .map(|t| t.lower.as_str())
        .collect();
    clause.windows(3).any(|w| {
        matches!(
            w,
            ["no", "earlier" | "sooner", "than"] | ["at", "the", "earliest"]
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn pol(text: &str) -> Polarity {
        polarity(&tokenize(text), &Lexicon::default())
    }

    fn cert(text: &str) -> Certainty {
        certainty(&tokenize(text), &|_| false, false, &Lexicon::default())
    }

    #[test]
    fn an_open_question_hedges_and_denies_nothing() {
        let text = "It is not yet clear whether the hauling cable snapped.";
        assert_eq!(
            (pol(text), cert(text)),
            (Polarity::Affirmed, Certainty::Hedged)
        );
        let text = "It is not known if anyone was on board.";
        assert_eq!(
            (pol(text), cert(text)),
            (Polarity::Affirmed, Certainty::Hedged)
        );
        // A denial stays one.
        assert_eq!(pol("It is not clear that he lied."), Polarity::Negated);
    }

    #[test]
    fn a_loss_that_says_who_is_meant_denies_nothing() {
        let restored = "Electricity has been restored to most of the roughly 30,000 homes \
                        that lost power, the operator said.";
        assert_eq!(pol(restored), Polarity::Affirmed);
        assert_eq!(
            pol("Families who had lost their homes were given shelter."),
            Polarity::Affirmed
        );
        // Losing stays a failure where it is what the sentence reports.
        assert_eq!(pol("The government lost the vote."), Polarity::Negated);
        assert_eq!(pol("Some 30,000 homes lost power."), Polarity::Negated);
    }

    #[test]
    fn halting_in_idiom_denies_and_deprivation_does_not() {
        assert_eq!(
            pol("Hundreds of trains ground to a halt."),
            pol("About 300 trains were halted.")
        );
        assert_eq!(pol("Traffic came to a standstill."), Polarity::Negated);
        assert_eq!(
            pol("Several hospitals put routine operations on hold."),
            Polarity::Negated
        );
        assert_eq!(pol("The bank kept rates on hold."), Polarity::Affirmed);
        assert_eq!(
            pol("The blackout left about 4.2 million homes without electricity."),
            Polarity::Affirmed
        );
        assert_eq!(pol("The talks ended without agreement."), Polarity::Negated);
    }

    #[test]
    fn a_negated_lead_before_a_colon_announces_the_denial_after_it() {
        assert_eq!(
            pol("What was not agreed: no agreement on pulling heavy weapons back."),
            Polarity::Negated
        );
        assert_eq!(pol("Not agreed: the pullback."), Polarity::Negated);
        assert_eq!(
            pol("What they did not say: whether the deal was off."),
            Polarity::Negated
        );
    }

    #[test]
    fn a_collapse_fails_only_an_event_in_its_own_clause() {
        assert_eq!(
            pol("The town is in mourning after six people died when part of the bridge collapsed."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("The town is in mourning after the talks collapsed."),
            Polarity::Negated
        );
    }

    #[test]
    fn a_failure_that_nearly_happened_denies_nothing() {
        assert_eq!(
            pol("The talks nearly broke down in the afternoon."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("The talks broke down in the afternoon."),
            Polarity::Negated
        );
        assert_eq!(pol("There was almost no progress."), Polarity::Negated);
    }

    #[test]
    fn a_list_of_denials_denies_once() {
        for text in [
            "From Friday, 112 towns face restrictions: no watering gardens, no filling pools.",
            "Restrictions: no watering gardens, no filling pools and no washing cars.",
            "There was no deal, no breakthrough and no date for new talks.",
        ] {
            assert_eq!(pol(text), Polarity::Negated, "{text}");
        }
        // Two denials in two clauses still cancel.
        assert_eq!(
            pol("It is not true that there was no deal."),
            Polarity::Affirmed
        );
    }

    #[test]
    fn a_second_fact_after_a_dash_a_where_or_and_that_is_hedged_apart() {
        let lex = Lexicon::default();
        let clauses = |text: &str| hedged_clauses(&tokenize(text), &lex).map(|[a, b]| (a.1, b.1));
        assert_eq!(
            clauses("It is the deadliest quake in almost 40 years - and the toll could climb."),
            Some((false, true))
        );
        // Any dash.
        assert_eq!(
            clauses("Prosecutors have launched a probe — and bosses could face charges."),
            Some((false, true))
        );
        assert_eq!(
            clauses(
                "The workers were believed to have been held in the highlands, where the group has fought since 2019."
            ),
            Some((true, false))
        );
        assert_eq!(
            clauses(
                "The trust says the sonar may have disoriented the pod, and that strandings have risen by 40 per cent."
            ),
            Some((true, false))
        );
        assert_eq!(clauses("It may rain - and it may snow."), None);
        assert_eq!(
            clauses(
                "The trust says the exercise - three frigates, which ended on Sunday - may have disoriented the pod."
            ),
            Some((false, true))
        );
        // An aside opened by a participle after the subject tells a fact
        // of its own.
        assert_eq!(
            clauses(
                "The Corrant Star, carrying 31,500 tonnes of grain bound for Kaldera, is expected to dock on Saturday."
            ),
            Some((false, true))
        );
        // Names between dashes tell nothing of their own: the hedge covers
        // the whole sentence.
        assert_eq!(
            clauses(
                "Three managers - Ferrandi, technical director Davide Ruscello and service chief Enrico Tassi - could be detained tonight."
            ),
            None
        );
    }

    #[test]
    fn a_relative_clause_or_a_second_thing_reported_is_read_apart() {
        let lex = Lexicon::default();
        type Finder = fn(&[Token], &Lexicon) -> Option<ClausePolarities>;
        let clauses =
            |find: Finder, text: &str| find(&tokenize(text), &lex).map(|[a, b]| (a.1, b.1));
        let apart = Some((Polarity::Negated, Polarity::Affirmed));
        assert_eq!(
            clauses(
                set_off_clauses,
                "The board, which snubbed a lower approach in December, voted to back the buyout."
            ),
            apart
        );
        assert_eq!(
            clauses(
                reported_pair,
                "He said all visits were suspended, and that all cameras had been working."
            ),
            apart
        );
        assert_eq!(
            clauses(
                reported_pair,
                "He confirmed all visits were suspended, and insisted that the cameras were operating."
            ),
            apart
        );
        // After a quotation, "and said" needs no "that".
        let packed =
            "Sarvik described it as \"a day for families\" and said it was not a day for triumph.";
        assert!(reports_pair(packed));
        assert_eq!(
            clauses(reported_pair, packed),
            Some((Polarity::Affirmed, Polarity::Negated))
        );
        assert!(!reports_pair(
            "Police arrested two men and said nothing more."
        ));
        // Both clauses affirm: nothing to read apart.
        assert_eq!(
            clauses(
                set_off_clauses,
                "The board, which met in December, voted to back the buyout."
            ),
            None
        );
        assert_eq!(
            clauses(
                reported_pair,
                "He said four guards were questioned, and that all cameras had been working."
            ),
            None
        );
    }

    #[test]
    fn others_travelling_abroad_is_nobodys_absence() {
        // Others travelling abroad is nobody's absence; being abroad is.
        assert_eq!(
            pol("Dunn warned that Valdorians travelling abroad would now be easy targets."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("The prime minister, who is on an official visit abroad, sent a message."),
            Polarity::Negated
        );
    }

    #[test]
    fn a_referendums_no_is_an_option_not_a_negation() {
        assert_eq!(
            pol("No campaign boss Marta Denecke, flanked by MP Josef Kranz, refused to concede."),
            Polarity::Negated
        );
        assert_eq!(pol("The No campaign won in Merrow."), Polarity::Affirmed);
        assert_eq!(
            pol("Most voters in the north backed No."),
            Polarity::Affirmed
        );
        assert_eq!(pol("There was NO deal on cars."), Polarity::Negated);
        assert_eq!(
            pol("Rival Yes and No supporters have been pushing and shoving."),
            Polarity::Affirmed
        );
        assert_eq!(pol("No side was willing to move."), Polarity::Negated);
    }

    #[test]
    fn a_plain_negative_verb_denies_only_after_will_or_would() {
        assert_eq!(
            pol("Velmaria will suspend its 18% tariff."),
            Polarity::Negated
        );
        assert_eq!(
            pol("Police did not advise the promoter to cancel the concert."),
            Polarity::Negated
        );
    }

    #[test]
    fn a_collapse_fails_only_an_event() {
        assert_eq!(
            pol("Many older buildings in the historic centre collapsed while residents slept."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("Talks between the union and the operator collapsed just before midnight."),
            Polarity::Negated
        );
    }

    #[test]
    fn a_negation_describing_the_object_of_a_verb_denies_nothing() {
        assert_eq!(
            pol(
                "Officers used pepper spray on a group of students who had linked arms and refused to stand up."
            ),
            Polarity::Affirmed
        );
        // The clause may hold the sentence's verb, or tell a fact of its own.
        assert_eq!(
            pol(
                "An amendment that would have exempted landlords who own four units was voted down."
            ),
            Polarity::Negated
        );
        assert_eq!(
            pol("Sorel, who denied the charges throughout the trial, gets a four-year sentence."),
            Polarity::Negated
        );
    }

    #[test]
    fn a_predicate_that_denies_its_subject_is_about_the_subject() {
        let lex = Lexicon::default();
        for text in [
            "She said a public stake in the plant was not on the table.",
            "A public stake is not an option.",
        ] {
            let scopes = negation_scopes(text, &lex);
            assert!(
                scopes
                    .iter()
                    .any(|s| !s.subject && s.words.contains(&"stake".to_string())),
                "{text}: {scopes:?}"
            );
        }
        // A verb at the end still governs its subject as what failed.
        let scopes = negation_scopes("The amendment was rejected.", &lex);
        assert!(scopes[0].subject);
    }

    #[test]
    fn a_place_denied_is_what_the_negation_is_about() {
        let lex = Lexicon::default();
        let scopes = negation_scopes("Hadonne was not at the palace when it began.", &lex);
        assert_eq!(scopes[0].words[0], lex.canonical("palace"), "{scopes:?}");
        // A time after "not" is no place.
        let scopes = negation_scopes("The gate was not opened at 7pm.", &lex);
        assert!(!scopes[0].words.contains(&"7pm".to_string()), "{scopes:?}");
        // Nor is a state someone is on a time.
        let scopes = negation_scopes("Mr Orlevan was not on hunger strike.", &lex);
        assert!(!scopes[0].subject, "{scopes:?}");
        assert!(
            scopes[0].words.contains(&lex.canonical("strike")),
            "{scopes:?}"
        );
    }

    #[test]
    fn a_negation_in_a_condition_states_no_fact() {
        assert_eq!(
            pol(
                "She did not rule out the region taking a stake in the plant if no buyer could be found."
            ),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("She ruled out a stake in the plant."),
            Polarity::Negated
        );
        // A denial denied leaves the matter open.
        assert_eq!(
            pol("The group had not ruled out paying the ransom."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("She said she would \"not rule anything out\" if safety failings were found."),
            Polarity::Affirmed
        );
        // So does ruling nothing out.
        assert_eq!(
            pol("We will rule nothing out until the results are in."),
            Polarity::Affirmed
        );
        // How far an approved plan has got is no denial of the approval.
        assert_eq!(
            pol("A plan to resignal the line was approved in 2024, but work has not yet begun."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("The resignalling was approved in 2024 but has yet to start."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("The plan was approved, but the mayor did not sign it."),
            Polarity::Negated
        );
        // A reason given for a refusal denies nothing more.
        assert_eq!(
            pol(
                "Strand ruled out suspending the licence, saying it was \"not the time to look for someone to punish\"."
            ),
            Polarity::Negated
        );
        assert_eq!(
            pol("\"Safety comes first,\" he said, adding that the company had not cut corners."),
            Polarity::Negated
        );
        assert_eq!(
            pol("Car tariffs are NOT off the table."),
            Polarity::Affirmed
        );
        assert_eq!(pol("Car tariffs are off the table."), Polarity::Negated);
        assert_eq!(
            pol("If no deal is reached, the union will not return to work."),
            Polarity::Negated
        );
        // Not calling off a strike denies its calling off: the strike is on.
        assert_eq!(
            pol("If no deal is reached, the strike will not be called off."),
            Polarity::Affirmed
        );
    }

    #[test]
    fn a_modal_in_an_indirect_question_does_not_hedge() {
        assert_eq!(
            cert(
                "Ostrom said significant gaps remain, and declined to say when they might be closed."
            ),
            Certainty::Asserted
        );
        assert_eq!(cert("Gaps might be closed next week."), Certainty::Hedged);
        assert_eq!(
            cert("Most of the cases appear to be linked to the two schools."),
            Certainty::Hedged
        );
        assert_eq!(
            cert("There are no reports of injuries so far."),
            Certainty::Hedged
        );
        // A modal in a relative clause describes; it does not hedge.
        assert_eq!(
            cert(
                "The authority, which examines mergers that could reduce competition, opened \
                 a review."
            ),
            Certainty::Asserted
        );
        assert_eq!(cert("He said that could take weeks."), Certainty::Hedged);
    }

    #[test]
    fn modals_of_inability_time_or_condition_do_not_hedge() {
        assert_eq!(cert("Talks could resume next week."), Certainty::Hedged);
        // The earliest time something can happen is a schedule.
        assert_eq!(
            cert("The trial could resume no earlier than the end of April."),
            Certainty::Asserted
        );
        assert_eq!(
            cert("The swap could take place as early as next Tuesday."),
            Certainty::Hedged
        );
        // Seen is seen.
        assert_eq!(
            cert("Forensic officers could be seen going in and out."),
            Certainty::Asserted
        );
        // A belief held of a thing, without its verb.
        assert_eq!(
            cert("A van believed to have been used by the thieves was found burned out."),
            Certainty::Hedged
        );
        assert_eq!(
            cert("Most systems will be back by Friday, although some software could take longer."),
            Certainty::Asserted
        );
        assert_eq!(
            cert("The city could not afford to delay."),
            Certainty::Asserted
        );
        assert_eq!(
            cert("More talks are needed before any framework could take shape."),
            Certainty::Asserted
        );
        assert_eq!(
            cert("If talks fail, the war could go on for years."),
            Certainty::Hedged
        );
        assert_eq!(cert("The strike may not end soon."), Certainty::Hedged);
        // What the terms allow on a condition, against a doubted effect.
        assert_eq!(
            cert("The truce could be extended if both sides agree."),
            Certainty::Asserted
        );
        assert_eq!(
            cert("The impurity may raise the risk of cancer if taken for years."),
            Certainty::Hedged
        );
        assert_eq!(
            cert("Investigators are examining whether the fire was started by a power line."),
            Certainty::Hedged
        );
        assert_eq!(
            cert("The injuries were consistent with a fall."),
            Certainty::Hedged
        );
        assert_eq!(
            cert(
                "Consistent with the seriousness of the situation, the visit has been called off."
            ),
            Certainty::Asserted
        );
    }

    #[test]
    fn distancing_hedges_are_told_from_softening_ones() {
        let lex = Lexicon::default();
        let distancing = |text: &str| only_distancing_hedges(&tokenize(text), &|_| false, &lex);
        assert!(distancing(
            "Staff were allegedly told to leave, the union claimed."
        ));
        assert!(!distancing("Moscow could reportedly cut the supply."));
        assert!(!distancing("The union said staff were told to leave."));
        // A softening word inside quoted words is the speaker's, not the
        // reporter's: it does not count.
        let text = "Staff were allegedly told to leave, \"we may never know\" the union claimed.";
        let tokens = tokenize(text);
        let open = text.find('"').unwrap();
        let close = text.rfind('"').unwrap();
        let quoted = |i: usize| tokens[i].span.start > open && tokens[i].span.end <= close;
        assert!(only_distancing_hedges(&tokens, &quoted, &lex));
    }

    #[test]
    fn a_hedge_on_the_speech_verb_puts_the_telling_in_doubt() {
        let lex = Lexicon::default();
        let doubted =
            |text: &str, cue: &str| hedges_the_telling(&tokenize(text), &|_| false, cue, &lex);
        assert!(doubted(
            "Ardent Highways allegedly warned the council in a letter in January.",
            "warned"
        ));
        assert!(doubted("He reportedly told aides he would stay.", "told"));
        // A distance inside what is told keeps the source vouching.
        assert!(!doubted(
            "Staff were allegedly told to leave, the union claimed.",
            "claimed"
        ));
    }

    #[test]
    fn negations_flip_polarity() {
        assert_eq!(
            pol("The meeting produced no breakthrough."),
            Polarity::Negated
        );
        // When it happened, not whether.
        assert_eq!(
            pol("An emergency gate was not opened until 7.52pm."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("An emergency gate was not opened, and fans waited until 7.52pm."),
            Polarity::Negated
        );
        assert_eq!(
            pol("The cabinet approved a scheme, but work was not due to start until April."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("The meeting produced a breakthrough."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("The talks failed to produce a deal."),
            Polarity::Negated
        );
        assert_eq!(pol("The council rejected the plan."), Polarity::Negated);
        // An aside tells what came before the main clause.
        assert_eq!(
            pol("Internet services, briefly suspended overnight, have since been restored."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("The talks, suspended in March, were not resumed."),
            Polarity::Negated
        );
        // A fall in value is no defeat; an order to stop stops.
        assert_eq!(
            pol("Shares lost more than a fifth of their value on Wednesday."),
            Polarity::Affirmed
        );
        assert_eq!(pol("The incumbent lost the vote."), Polarity::Negated);
        assert_eq!(
            pol("The regulator ordered the company to pause the trial."),
            Polarity::Negated
        );
        assert_eq!(
            pol("The regulator advised the company to pause the trial."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("Health watchdogs slammed the brakes on the giant trial."),
            Polarity::Negated
        );
        // The clause after a contrasting "but" is what is reported.
        assert_eq!(
            pol("Northvale has not paid, but the group had not ruled out paying the ransom."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("This is not yet our final offer, but there is very little room left."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("Talks resumed on Monday, but no deal was reached."),
            Polarity::Negated
        );
        // With or without the comma.
        for text in [
            "This is not a break in relations, but a warning.",
            "This is not a rupture in relations but a warning.",
        ] {
            assert_eq!(pol(text), Polarity::Affirmed, "{text}");
        }
        assert_eq!(
            pol("The council did not reject the plan."),
            Polarity::Affirmed
        );
        assert_eq!(pol("Compromises haven’t been found."), Polarity::Negated);
        assert_eq!(pol("Not only Putin attended."), Polarity::Affirmed);
        // An idiom of manner denies nothing; no warning is still none.
        assert_eq!(
            pol("She admitted wrongdoing so the ministry can continue without distraction."),
            Polarity::Affirmed
        );
        assert_eq!(pol("The dam burst without warning."), Polarity::Negated);
        assert_eq!(
            pol("Voting no were Tom Brennan and Lydia Marsh."),
            Polarity::Affirmed
        );
        assert_eq!(pol("He no longer attends."), Polarity::Negated);
        // Words that look like denials and are not.
        for text in [
            "The outage led to 41 cancelled flights.",
            "Passengers on cancelled flights can rebook free of charge.",
            "The index declined 6.11 points.",
            "Shares declined sharply.",
            "Three no votes would kill the plan.",
            "His car was found abandoned in a parking lot.",
            "Congress gave the agency authority over the national Do Not Call list.",
            "The firm confirmed it operated the coach, but gave no details.",
        ] {
            assert_eq!(pol(text), Polarity::Affirmed, "{text}");
        }
        assert_eq!(pol("All flights were cancelled."), Polarity::Negated);
        assert_eq!(pol("Some rejected the offer."), Polarity::Negated);
        assert_eq!(pol("The primary isn't until March 9."), Polarity::Affirmed);
        assert_eq!(
            pol("Revenue declined to $36.9 billion."),
            Polarity::Affirmed
        );
        assert_eq!(pol("The company declined to comment."), Polarity::Negated);
        assert_eq!(pol("He declined 2 invitations."), Polarity::Negated);
        assert_eq!(
            pol("Kremlin Says Talks Did Not Produce A Deal"),
            Polarity::Negated
        );
        // A denial carried on by "nor" is one, not two.
        assert_eq!(
            pol("Stockpiles have not turned up, nor has evidence of a programme."),
            Polarity::Negated
        );
        assert_eq!(pol("The ministry abandoned the plan."), Polarity::Negated);
        // A halt in progress denies; a halt named as what was ruled out
        // is the one denial.
        assert_eq!(
            pol("The airline said it was suspending service."),
            Polarity::Negated
        );
        assert_eq!(
            pol("Strand ruled out suspending the licence."),
            Polarity::Negated
        );
        assert_eq!(pol("Officers have NOT been told."), Polarity::Negated);
        assert_eq!(
            pol("The church was not damaged, though several houses on its edge were lost."),
            Polarity::Negated
        );
        assert_eq!(
            pol("Talks went on, although no deal was reached."),
            Polarity::Negated
        );
        // A possibility left open is what a contrast or concession
        // qualifies.
        for text in [
            "She said it was too early to rule out a cyberattack, although there was no indication of malicious activity so far.",
            "Strand said it was too early to rule out a cyberattack, but that nothing so far pointed to malicious activity.",
            "The minister would not rule out new taxes, though none were planned.",
        ] {
            assert_eq!(pol(text), Polarity::Affirmed, "{text}");
        }
        assert_eq!(
            pol("Police said a cyberattack had been ruled out."),
            Polarity::Negated
        );
        // What describes those a verb acts on denies nothing.
        assert_eq!(
            pol(
                "The airline confirmed it would pay compensation to passengers whose flights were cancelled."
            ),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("A man has been arrested, police confirmed, though they refused to say why."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("A man has been arrested, but police would not say why."),
            Polarity::Affirmed
        );
        assert_eq!(
            pol("Sorel, who pleaded guilty, received a four-year suspended sentence."),
            Polarity::Affirmed
        );
        assert_eq!(pol("Neither Smith nor Jones attended."), Polarity::Negated);
        assert_eq!(pol("I dont know anybody."), Polarity::Negated);
    }

    #[test]
    fn scopes_name_what_is_negated() {
        let lex = Lexicon::default();
        let scope = |t: &str| -> Vec<Vec<String>> {
            negation_scopes(t, &lex)
                .into_iter()
                .map(|s| s.words)
                .collect()
        };
        assert_eq!(
            scope("The meeting produced no breakthrough."),
            [["breakthrough"]]
        );
        assert_eq!(scope("Compromises have not yet been found"), [["found"]]);
        assert_eq!(
            scope("The council rejected the housing plan."),
            [["hous", "proposal"]]
        );
        assert_eq!(scope("The amendment was rejected."), [["amend"]]);
        // A failure or refusal to act denies the act, not what it acts on.
        assert_eq!(
            scope("The bank was fined for failing to report suspicious transactions."),
            [["report"]]
        );
        // A failure to conclude an outcome denies the outcome.
        assert_eq!(
            scope("They failed to close a deal on the pipeline."),
            [[lex.canonical("close"), lex.canonical("deal")]]
        );
        // So does an answer not given: the questions were asked.
        assert_eq!(
            scope("Daskal did not respond to questions about the licence."),
            [["respond"]]
        );
        // Past an aside between commas to the subject.
        assert_eq!(
            scope(
                "The visit of the trade delegation, scheduled for 20 October, has been called off."
            ),
            [["envoy", "trade", "visited"]]
        );
        // A failure with nothing after it but a time: its subject.
        assert_eq!(
            negation_scopes("Talks collapsed just before midnight.", &lex),
            [Scope {
                words: vec!["talks".into()],
                subject: true
            }]
        );
        // A denial in the passive denies its subject.
        for text in [
            "A cyberattack had been ruled out.",
            "A cyberattack had been ruled out by police.",
        ] {
            assert_eq!(
                negation_scopes(text, &lex),
                [Scope {
                    words: vec!["cyberattack".into()],
                    subject: false
                }],
                "{text}"
            );
        }
        // A question left open denies nothing.
        assert_eq!(
            scope("The ministry did not say whether any citizens had been charged."),
            [Vec::<String>::new()]
        );
        assert_eq!(
            scope("Police declined to say who the man was."),
            [Vec::<String>::new()]
        );
        // Told too late is still told.
        assert_eq!(
            scope(
                "Pressed on why the public had not been informed earlier, Sirko acknowledged the delay."
            ),
            [Vec::<String>::new()]
        );
        assert_eq!(
            scope("The utility did not alert residents right away."),
            [Vec::<String>::new()]
        );
        assert_eq!(
            scope("The utility did not alert residents."),
            [["alert", "residents"]]
        );
        // A prevention that failed: the strike still happens.
        assert_eq!(
            scope("Talks failed to stop a national rail strike."),
            [["stop"]]
        );
    }

    #[test]
    fn hedges_outside_quotes_make_claims_hedged() {
        let lex = Lexicon::default();
        let c = |text: &str, attributed| certainty(&tokenize(text), &|_| false, attributed, &lex);
        assert_eq!(
            c("Witkoff reportedly visited the embassy.", false),
            Certainty::Hedged
        );
        assert_eq!(
            c("Witkoff visited the embassy.", true),
            Certainty::Attributed
        );
        // The month "May" is told from the verb where dates are known: see
        // `extract::tests::may_is_the_month_where_a_date_stands_and_a_hedge_elsewhere`.
        assert_eq!(c("The fire may have been set.", false), Certainty::Hedged);
        // A decision not yet taken.
        assert_eq!(
            c("The minister was considering an independent review.", false),
            Certainty::Hedged
        );
        // An accusation with no accuser alleges what it names.
        let accused = "The mother is accused of drowning her two children.";
        assert_eq!(c(accused, false), Certainty::Hedged);
        assert!(only_distancing_hedges(&tokenize(accused), &|_| false, &lex));
        assert_eq!(
            c("The mother drowned her two children.", false),
            Certainty::Asserted
        );
        // What an inquiry looks into is no hedge of the inquiry.
        for told in [
            "Her office has launched an inquiry into suspected negligent homicide.",
            "Police arrested him for alleged fraud.",
            "The bank has overhauled its controls since the period under investigation.",
        ] {
            assert_eq!(c(told, false), Certainty::Asserted, "{told}");
        }
        assert_eq!(
            c("The cause of the fire is under investigation.", false),
            Certainty::Hedged
        );
        // An open question, and reports put to the test, are hedged.
        for open in [
            "Investigators would examine whether a fuel leak started the fire.",
            "Reports that four people died when the roof collapsed are being investigated.",
        ] {
            assert_eq!(c(open, false), Certainty::Hedged, "{open}");
        }
        // What an argument or a risk told as such holds possible is no
        // hedge of what the sentence tells; a claim made is.
        for told in [
            "The judge refused bail, accepting the prosecution's argument that he might flee.",
            "The judge refused bail, citing the risk that the suspect could flee abroad.",
        ] {
            assert_eq!(c(told, false), Certainty::Asserted, "{told}");
        }
        assert_eq!(
            c(
                "Police claim that outsiders may have started the scuffles.",
                false
            ),
            Certainty::Hedged
        );
        assert_eq!(
            c("A suspected arson attack gutted the shop.", false),
            Certainty::Hedged
        );
        // A disaster that claims lives says nothing.
        assert_eq!(
            c("The blast claimed the lives of six workers.", false),
            Certainty::Asserted
        );
        assert_eq!(c("Rebels claimed the attack.", false), Certainty::Hedged);
        // A preliminary report to be published is a document, not a hedge;
        // what preliminary findings point to is.
        assert_eq!(
            c(
                "The board aims to publish a preliminary report within 30 days.",
                false
            ),
            Certainty::Asserted
        );
        assert_eq!(
            c("Preliminary findings point to a corroded valve.", false),
            Certainty::Hedged
        );
        // So is the kind of inquiry opened.
        assert_eq!(
            c("Police have opened a preliminary investigation.", false),
            Certainty::Asserted
        );
        // An open question someone can settle for themselves is no doubt.
        assert_eq!(
            c(
                "Customers can check whether they are affected on the website.",
                false
            ),
            Certainty::Asserted
        );
        assert_eq!(
            c("Engineers are checking whether the cable snapped.", false),
            Certainty::Hedged
        );
    }

    #[test]
    fn a_suspension_of_post_holders_sanctions_and_halts_nothing() {
        for sanction in [
            "The two officers have been suspended with pay.",
            "Four guards who had been on duty that night were suspended.",
            "The club suspended its coach from the squad.",
            "The prison suspended 2 guards.",
            "Two guards were immediately suspended.",
            "The academy suspended her for a week.",
        ] {
            assert_eq!(pol(sanction), Polarity::Affirmed, "{sanction}");
        }
        // The people are in another clause: the visits halt.
        for halt in [
            "He said all visits were suspended.",
            "Officers arrived at dawn, and all visits were suspended.",
            "The ministry suspended talks with officials.",
            "They suspended all visits.",
            "She suspended her campaign.",
        ] {
            assert_eq!(pol(halt), Polarity::Negated, "{halt}");
        }
    }
}
