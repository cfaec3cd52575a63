//! Which event a time dates: "the talks ended shortly after 2 a.m." dates the
//! end of the talks, "the blaze broke out at around 4am" the start of the
//! fire.
//!
//! Outlets give the time of one event in sentences that otherwise share
//! little ("Overnight talks … ended without agreement shortly after 2 a.m."
//! against "crunch talks … COLLAPSED just before midnight"), so alignment
//! cannot be relied on to put them side by side. A time's event key names
//! the event and its phase ("talks end", "fire start") so that the diff can
//! compare the times of one event across the whole story. Keys come from the
//! lexicon's `[events]` lists: a phase verb before the time ("ended",
//! "broke out") and the event nouns before that verb, folded by the
//! synonym groups ("blaze" and "inferno" are a fire), or a phrase that names
//! event and phase at once ("burst its banks", "walk out"). In the same way,
//! a bare duration ("lasted 12 hours") is given the event it measures.
//!
//! A liveblog entry reporting a phase as news ("02:10 — Talks have broken
//! up without a deal") is dated by its timestamp: [`phase_now`] finds such
//! a phase, and the entry's time gets the key of the phase.

use crate::lexicon::Lexicon;
use crate::model::{Claim, DateMention, Span};
use crate::text::{Token, tokenize};

/// How far before a time its phase verb may stand, in tokens other than
/// names, within one clause: "came over the flood wall at Quay Lane at
/// about 3:10 a.m.".
const VERB_REACH: usize = 10;

/// The event keys of each of a claim's date mentions ("talks end"), in the
/// order of `claim.dates`; empty for a time not tied to a known event's
/// start or end. A verb with several event nouns before it ("talks to stop
/// a national rail strike COLLAPSED") gives a key for each: which one is
/// its subject is not parsed.
pub fn event_keys(claim: &Claim, lex: &Lexicon) -> Vec<Vec<String>> {
    if claim.dates.is_empty() {
        return Vec::new();
    }
    let tokens = tokenize(&claim.text);
    claim
        .dates
        .iter()
        .map(
            |date: &DateMention| match date.span.start.checked_sub(claim.span().start) {
                Some(offset) => keys_at(&tokens, offset, lex),
                // The timestamp of a liveblog entry, before the claim: a
                // phase told as news, or an entry that is the event's
                // name ("09:14 — Liftoff!").
                None => phase_now(&tokens, lex)
                    .map(|(verb, phase)| phase_keys(&tokens, verb, tokens.len(), phase, lex))
                    .or_else(|| named_alone(&tokens, lex).map(|event| vec![event.to_string()]))
                    .unwrap_or_default(),
            },
        )
        .collect()
}

/// The event keys of a time starting at byte `offset` of the tokens' text.
fn keys_at(tokens: &[Token], offset: usize, lex: &Lexicon) -> Vec<String> {
    let at = tokens.partition_point(|t| t.span.start < offset);
    if let Some(event) = going_on_since(tokens, at, lex) {
        return vec![format!("{event} start")];
    }
    // Names do not count against the reach: "sat down with student
    // negotiators Priya Lindqvist and Tomas Brennan at about 7 p.m.".
    let mut reach = VERB_REACH;
    let mut i = at;
    while i > 0 && reach > 0 {
        i -= 1;
        let t = &tokens[i];
        // (The first word's capital says nothing of a name.)
        if !(t.is_word && t.capitalized && i > 0) {
            reach -= 1;
        }
        // "will burst its banks again on Sunday" is another flood, unless
        // "again" is part of the phrase ("meet again"). A phrase may run
        // into the time: "stretched past midnight".
        if t.lower == "again"
            && let Some((event, _)) = i
                .checked_sub(1)
                .and_then(|k| lex.event_phrases.match_at(tokens, k))
        {
            return vec![event.to_string()];
        }
        // An aside set off by commas ("in Dorn, the Keslander capital, on
        // June 10") is stepped over.
        if t.is_punct(',')
            && let Some(open) = aside_opening(tokens, i)
        {
            i = open;
            continue;
        }
        // A phrase may run across the comma: "The audit, released on
        // Monday".
        if t.is_punct(',')
            && let Some((event, _)) = i
                .checked_sub(1)
                .and_then(|k| lex.event_phrases.match_at(tokens, k))
        {
            return vec![event.to_string()];
        }
        // A relative clause dates the event it hangs on: "the next round of
        // talks, which is scheduled for 21 April".
        if t.is_punct(',')
            && tokens
                .get(i + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "which" | "that"))
            && let Some(event) = phrase_ending_at(tokens, i, lex)
        {
            return vec![event.to_string()];
        }
        if t.is_punct(',') || t.is_punct(';') || t.is_punct(':') || t.lower == "again" {
            break;
        }
        // A clause "that" opens with the time is its own: "announced that
        // Friday will be a day of mourning" does not date the announcement.
        if t.lower == "that"
            && tokens[i + 1..at]
                .iter()
                .all(|p| matches!(p.lower.as_str(), "on" | "at" | "by" | "from" | "until"))
        {
            break;
        }
        // "Liftoff is scheduled for 08:30": the plan, not when it happened
        // (a relative clause's plan still dates its event: "the next round
        // of talks, which is scheduled for 21 April").
        let relative = || {
            tokens[i.saturating_sub(2)..i]
                .iter()
                .any(|p| matches!(p.lower.as_str(), "which" | "that"))
        };
        if matches!(t.lower.as_str(), "scheduled" | "planned")
            && tokens.get(i + 1).is_some_and(|n| n.lower == "for")
            && !relative()
        {
            return Vec::new();
        }
        if let Some((event, _)) = lex.event_phrases.match_at(tokens, i) {
            return vec![event.to_string()];
        }
        if let Some((verb, phase)) = phase_at(tokens, i, lex) {
            return phase_keys(tokens, verb, at, phase, lex);
        }
    }
    day_of(tokens, at, lex).into_iter().collect()
}

/// The event a day is named for right after its date: "declared Thursday
/// a day of mourning", "on Friday, which has been declared a day of
/// mourning", "Friday will be a day of citywide mourning".
fn day_of(tokens: &[Token], at: usize, lex: &Lexicon) -> Option<String> {
    const LINKS: &[&str] = &[
        "which",
        "has",
        "have",
        "had",
        "been",
        "will",
        "be",
        "is",
        "was",
        "declared",
        "named",
        "designated",
        "as",
        "a",
        "an",
        "on",
        "national",
        "official",
    ];
    let day = (at..tokens.len().min(at + 10))
        .take_while(|&k| {
            let t = &tokens[k];
            k == at
                || t.is_punct(',')
                || t.is_digit()
                || t.capitalized
                || LINKS.contains(&t.lower.as_str())
                || t.lower == "day"
        })
        .find(|&k| {
            tokens[k].lower == "day" && tokens.get(k + 1).is_some_and(|t| t.lower == "of")
        })?;
    tokens[day + 2..]
        .iter()
        .take(2)
        .take_while(|t| t.is_word)
        .find_map(|t| lex.event_noun(&lex.canonical(&t.lower)).map(String::from))
}

/// The event of a phrase of the lexicon that ends right before token
/// `end` ("next round of talks" before its comma).
fn phrase_ending_at<'l>(tokens: &[Token], end: usize, lex: &'l Lexicon) -> Option<&'l str> {
    const LONGEST: usize = 6;
    (end.saturating_sub(LONGEST)..end).find_map(|k| {
        lex.event_phrases
            .match_at(tokens, k)
            .filter(|&(_, len)| k + len == end)
            .map(|(event, _)| event)
    })
}

/// "Solmera has been mediating since March": an event going on since the
/// time at token `at` started then. Returns the event, canonical, when the
/// verb before "since" is an event noun's ("mediating", "mediation").
fn going_on_since(tokens: &[Token], at: usize, lex: &Lexicon) -> Option<String> {
    let since = at.checked_sub(1).filter(|&i| tokens[i].lower == "since")?;
    let verb = &tokens[since.checked_sub(1)?];
    if !verb.is_word || !verb.lower.ends_with("ing") {
        return None;
    }
    let event = lex.canonical(&verb.lower);
    lex.event_noun(&event).is_some().then_some(event)
}

/// The comma opening an aside that the comma at `close` ends: ", the
/// Keslander capital,", ", Estrava's second-largest city,", ", in the
/// city's Vorny district,": an article, a name's possessive or a
/// preposition of place, and a few words (with their apostrophes and
/// hyphens) between.
fn aside_opening(tokens: &[Token], close: usize) -> Option<usize> {
    const ASIDE: usize = 8;
    let open = (close.saturating_sub(ASIDE)..close)
        .rev()
        .find(|&k| tokens[k].is_punct(','))?;
    let inside = &tokens[open + 1..close];
    let opens = |first: &Token| {
        matches!(
            first.lower.as_str(),
            "the" | "a" | "an" | "in" | "on" | "near" | "outside"
        ) || first.capitalized
            && (first.lower.ends_with("'s")
                || first.lower.ends_with("\u{2019}s")
                || inside.get(1).is_some_and(|t| t.is_punct('\'')))
    };
    let wordy = |t: &Token| t.is_word || t.is_punct('\'') || t.is_punct('-');
    (inside.first().is_some_and(opens) && inside.iter().all(wordy)).then_some(open)
}

/// The phase verb at token `i`, as its tokens and "start" or "end".
fn phase_at(tokens: &[Token], i: usize, lex: &Lexicon) -> Option<((usize, usize), &'static str)> {
    [(&lex.event_starts, "start"), (&lex.event_ends, "end")]
        .into_iter()
        .find_map(|(phases, phase)| Some(((i, i + phases.match_at(tokens, i)?), phase)))
}

/// The keys a phase verb gives a time at token `time`: "talks end".
fn phase_keys(
    tokens: &[Token],
    verb: (usize, usize),
    time: usize,
    phase: &str,
    lex: &Lexicon,
) -> Vec<String> {
    nouns(tokens, verb, time, lex)
        .into_iter()
        .map(|noun| format!("{noun} {phase}"))
        .collect()
}

/// The event a liveblog entry consists of the name of ("09:14 —
/// Liftoff!"), which its timestamp dates.
pub fn named_alone<'l>(tokens: &[Token], lex: &'l Lexicon) -> Option<&'l str> {
    let (event, len) = lex.event_phrases.match_at(tokens, 0)?;
    tokens[len..].iter().all(|t| !t.is_word).then_some(event)
}

/// A phase a sentence reports as news, in the present perfect or as over
/// now: "Talks have broken up", "The talks have begun", "The meeting is
/// over". Returns the phase verb's tokens and "start" or "end".
pub fn phase_now(tokens: &[Token], lex: &Lexicon) -> Option<((usize, usize), &'static str)> {
    (1..tokens.len()).find_map(|i| {
        let before = tokens[i - 1].lower.as_str();
        let over = matches!(before, "is" | "are") && tokens[i].lower == "over";
        if over {
            return Some(((i - 1, i + 1), "end"));
        }
        let perfect = matches!(before, "has" | "have")
            || (matches!(before, "just" | "now")
                && i >= 2
                && matches!(tokens[i - 2].lower.as_str(), "has" | "have"));
        if perfect {
            phase_at(tokens, i, lex)
        } else {
            None
        }
    })
}

/// The event nouns a phase verb (tokens `verb.0..verb.1`) refers to,
/// canonical and without repeats: its object when an event noun follows it
/// closely ("set to begin a 72-hour walkout from Monday"), else the event
/// nouns of its clause before it ("the five-hour meeting, which stretched
/// past midnight").
fn nouns(tokens: &[Token], verb: (usize, usize), time: usize, lex: &Lexicon) -> Vec<String> {
    // A noun of several words is keyed by its head: "press conference" is
    // a conference.
    let noun_at = |i: usize| {
        lex.event_nouns
            .match_at(tokens, i)
            .map(|len| lex.canonical(&tokens[i + len - 1].lower))
    };
    // "Negotiators … broke up": the talks, when no event is named.
    let party_at = |i: usize| {
        lex.event_parties
            .match_at(tokens, i)
            .map(|(event, _)| event.to_string())
    };
    // Up to three words of determiner or modifier ("a 72-hour"), no
    // preposition: "ended without agreement" names no object.
    let object = (verb.1..time.min(verb.1 + 4))
        .take_while(|&i| !PREPOSITIONS.contains(&tokens[i].lower.as_str()))
        .find_map(noun_at);
    if let Some(noun) = object {
        return vec![noun];
    }
    let clause_start = tokens[..verb.0]
        .iter()
        .rposition(|t| t.is_punct(';') || t.is_punct(':'))
        .map_or(0, |p| p + 1);
    let before = (clause_start..verb.0).rev().filter_map(noun_at);
    // An infinitive belongs to the nearest event: "talks failed to stop a
    // rail strike due to begin on Tuesday" dates the strike.
    if verb.0 > 0 && tokens[verb.0 - 1].lower == "to" {
        return before.take(1).collect();
    }
    let mut out: Vec<String> = Vec::new();
    for noun in before {
        if !out.contains(&noun) {
            out.insert(0, noun);
        }
    }
    if out.is_empty() {
        out.extend((clause_start..verb.0).find_map(party_at));
    }
    out
}

/// Verbs whose subject is what a duration after them measures.
const LASTING: &[&str] = &["lasted", "lasting", "lasts", "last"];

const PREPOSITIONS: &[&str] = &[
    "without", "with", "after", "before", "on", "at", "in", "of", "for", "from", "by", "past",
    "until", "into", "over", "to",
];

/// The event noun a duration given as an adjective measures, when a
/// modifier stands between them: "an eight-hour computer meltdown" measures
/// the meltdown, not the computer; "a two-hour check-in outage", the outage.
pub fn event_head(tokens: &[Token], span: Span, lex: &Lexicon) -> Option<String> {
    let next = tokens.iter().position(|t| t.span.start >= span.end)?;
    (next..next + 5)
        .take_while(|&i| tokens.get(i).is_some_and(|t| t.is_word || t.lower == "-"))
        .find_map(|i| event_noun_at(tokens, i, lex))
}

/// The event noun at token `i`, as written ("talks", "outage").
fn event_noun_at(tokens: &[Token], i: usize, lex: &Lexicon) -> Option<String> {
    // "held on 10 March": a month, not a protest march.
    let month =
        tokens[i].capitalized && i > 0 && super::dates::month_number(&tokens[i].lower).is_some();
    lex.event_nouns
        .match_at(tokens, i)
        .filter(|_| !month)
        .map(|_| tokens[i].lower.to_string())
}

/// The event a duration without a counted noun measures, as written: the
/// event noun after "of" ("14 hours of haggling"), else the first of its
/// clause before it ("Talks have broken up without a deal after 12 hours").
/// A part of an event ("for their final three hours") measures none. A
/// sentence opening with "They" or "It" goes on about the first event of
/// the sentence before (`previous`): "The talks are over. They lasted five
/// hours."
pub fn measured_event(
    tokens: &[Token],
    span: Span,
    previous: Option<&[Token]>,
    lex: &Lexicon,
) -> Option<String> {
    let first = tokens.iter().position(|t| t.span.end > span.start)?;
    let next = tokens[first..]
        .iter()
        .position(|t| t.span.start >= span.end)
        .map_or(tokens.len(), |k| first + k);
    let part = tokens[first.saturating_sub(2)..first]
        .iter()
        .any(|t| PART.contains(&t.lower.as_str()));
    // "the first visit … in four years", "within two weeks": time passing
    // around the event, not its length.
    let passing = first
        .checked_sub(1)
        .is_some_and(|i| matches!(tokens[i].lower.as_str(), "in" | "within"));
    if passing && let Some(act) = due_within(tokens, first - 1) {
        return Some(format!("deadline {act}"));
    }
    if part || passing {
        return None;
    }
    if gives_time_to_act(tokens, first, next) {
        return Some("deadline".to_string());
    }
    let noun = |i: usize| event_noun_at(tokens, i, lex);
    // "two minutes after blast-off": the time since the event; "six and a
    // half hours after the outage began", as the outage is over, its
    // length.
    if tokens.get(next).is_some_and(|t| t.lower == "after")
        && let Some((at, n)) = (next + 1..next + 3)
            .take_while(|&i| tokens.get(i).is_some_and(|t| t.is_word))
            .find_map(|i| noun(i).map(|n| (i, n)))
    {
        if lex.event_starts.match_at(tokens, at + 1).is_some() {
            return Some(n);
        }
        return Some(format!("since {}", lex.canonical(&n)));
    }
    // "five hours of talks", "three hours of intensive talks": up to two
    // modifiers before the event. An activity named by its "-ing" form is
    // one too: "two years of free identity monitoring", "three days of
    // heavy shelling".
    const NOT_ACTIVITIES: &[&str] = &[
        "morning",
        "evening",
        "building",
        "ceiling",
        "clothing",
        "nothing",
        "something",
        "anything",
        "everything",
    ];
    let activity = |i: usize| {
        let w = tokens[i].lower.as_str();
        let named = w.len() > 5 && w.ends_with("ing") && !tokens[i].capitalized;
        (named && !NOT_ACTIVITIES.contains(&w)).then(|| w.to_string())
    };
    if tokens.get(next).is_some_and(|t| t.lower == "of")
        && let Some(n) = (next + 1..next + 4)
            .take_while(|&i| tokens.get(i).is_some_and(|t| t.is_word))
            .find_map(|i| noun(i).or_else(|| activity(i)))
    {
        return Some(n);
    }
    // (The colon of a clock time, "began at 9:30 a.m.", ends no clause.)
    let clock = |k: usize| {
        k > 0 && tokens[k - 1].is_digit() && tokens.get(k + 1).is_some_and(Token::is_digit)
    };
    let clause_start = (0..first)
        .rev()
        .find(|&k| tokens[k].is_punct(';') || tokens[k].is_punct(':') && !clock(k))
        .map_or(0, |p| p + 1);
    // What "lasted" in a relative clause or an aside is the event the
    // clause hangs on: "at the end of a hearing that began at 9:30 a.m.
    // and lasted just over three hours" measures the hearing, not the
    // decision read out; so does "the hearing, held behind closed doors
    // and lasting six hours".
    let lasted = (first.saturating_sub(3).max(clause_start)..first)
        .find(|&k| LASTING.contains(&tokens[k].lower.as_str()));
    let described = |k: usize| {
        tokens
            .get(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "that" | "which" | ","))
    };
    if let Some(own) = lasted.and_then(|verb| {
        (clause_start..verb)
            .rev()
            .filter(|&k| described(k))
            .find_map(noun)
    }) {
        return Some(own);
    }
    if let Some(own) = (clause_start..first).find_map(noun) {
        return Some(own);
    }
    // "After nearly 14 hours at the table, the delegations have agreed":
    // those taking part stand for the event.
    if let Some(party) = (0..tokens.len()).find_map(|i| lex.event_parties.match_at(tokens, i)) {
        return Some(party.0.to_string());
    }
    let pronoun = tokens
        .iter()
        .find(|t| t.is_word)
        .is_some_and(|t| t.lower == "they" || t.lower == "it");
    let previous = previous.filter(|_| pronoun)?;
    (0..previous.len()).find_map(|i| {
        lex.event_nouns
            .match_at(previous, i)
            .map(|_| previous[i].lower.to_string())
    })
}

/// Is the duration at `tokens[first..next]` time someone has to act: "Orlo
/// has 30 days to appeal", "diplomats were given 72 hours to leave", "now
/// has three weeks to take her fight to the tribunal"? It measures a
/// deadline, whatever the act is called.
fn gives_time_to_act(tokens: &[Token], first: usize, next: usize) -> bool {
    const HAVING: &[&str] = &[
        "has", "have", "had", "having", "given", "gives", "give", "gets", "get", "got",
    ];
    const BETWEEN: &[&str] = &["now", "only", "just", "another", "a", "further"];
    let before = tokens[..first]
        .iter()
        .rev()
        .find(|t| !BETWEEN.contains(&t.lower.as_str()));
    before.is_some_and(|t| HAVING.contains(&t.lower.as_str()))
        && tokens.get(next).is_some_and(|t| t.lower == "to")
}

/// The act the "within" at `within` allows time for, when it is yet to be
/// done: "report" of "is due to report within 60 days" and of "must report
/// within two months", "handed" of "will be handed over within 30 days".
/// Time passing after an event ("the first visit within four years",
/// "power came back within 15 hours") sets no deadline. A story sets
/// several deadlines (to report, to appeal, to review complaints), so each
/// is keyed by its act.
fn due_within(tokens: &[Token], within: usize) -> Option<String> {
    const DUE: &[&str] = &["to", "must", "will", "shall", "should", "would"];
    const AUXILIARY: &[&str] = &["be", "been", "being", "have", "now", "then", "also", "only"];
    let from = within.saturating_sub(6);
    let clause = &tokens[from..within];
    let start = from + clause.iter().rposition(|t| !t.is_word).map_or(0, |p| p + 1);
    let due = (start..within)
        .rev()
        .find(|&i| DUE.contains(&tokens[i].lower.as_str()))?;
    (due + 1..within)
        .map(|i| tokens[i].lower.as_str())
        .find(|w| !AUXILIARY.contains(w))
        .map(String::from)
}

/// Words that make a duration a part of its event.
const PART: &[&str] = &["final", "last", "first", "opening", "closing", "past"];

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, time: &str) -> Vec<String> {
        let offset = text.find(time).expect("the time is in the text");
        keys_at(&tokenize(text), offset, &Lexicon::default())
    }

    #[test]
    fn a_storm_coming_ashore_and_a_vehicle_leaving_the_road_are_events() {
        for (text, time, key) in [
            (
                "The storm made landfall at 02:10 on Sunday.",
                "02:10",
                "landfall",
            ),
            (
                "The monster storm roared ashore around 4am on Sunday.",
                "4am",
                "landfall",
            ),
            (
                "The coach left the road on a hairpin bend at about 06:40 local time.",
                "06:40",
                "road crash",
            ),
            (
                "The crash happened shortly after 05:40, they say.",
                "05:40",
                "road crash",
            ),
        ] {
            assert_eq!(keys(text, time), [key], "{text}");
        }
    }

    #[test]
    fn telling_the_public_is_an_announcement() {
        let text = "The operator informed the public and local authorities at 09:30 on Tuesday.";
        assert_eq!(keys(text, "09:30"), ["announcement"]);
    }

    #[test]
    fn a_day_named_for_an_event_dates_it() {
        for (text, time) in [
            (
                "He declared Thursday a day of mourning in Halvoren.",
                "Thursday",
            ),
            (
                "Flags will fly at half-mast on Friday, which has been declared a day of mourning.",
                "Friday",
            ),
            (
                "Mr Poruk announced that Friday will be a day of citywide mourning.",
                "Friday",
            ),
        ] {
            assert_eq!(keys(text, time), ["mourning"], "{text}");
        }
        assert!(keys("He met the mayor on Friday, a day of rain.", "Friday").is_empty());
    }

    #[test]
    fn an_aside_between_an_event_and_its_time_is_stepped_over() {
        for text in [
            "A powerful explosion tore through an apartment block in Halvoren, Estrava's second-largest city, at 03:21 this morning.",
            "The blast ripped through the nine-storey block on Kestrel Street, in the city's Vorny district, at 3.12am on Tuesday.",
            "The blast hit the building at 14 Kestrel Street in the Vorny district at 03:12 local time.",
        ] {
            let time = text.split(" at ").last().unwrap();
            assert_eq!(keys(text, time), ["blast"], "{text}");
        }
    }

    #[test]
    fn an_adjectival_duration_measures_the_event_noun_after_its_modifiers() {
        let lex = Lexicon::default();
        let head = |text: &str, figure: &str| {
            let start = text.find(figure).expect("the figure is in the text");
            let span = Span {
                start,
                end: start + figure.len(),
            };
            event_head(&tokenize(text), span, &lex)
        };
        assert_eq!(
            head(
                "after an eight-hour computer meltdown brought it down",
                "eight-hour"
            )
            .as_deref(),
            Some("meltdown")
        );
        assert_eq!(
            head("after a two-hour check-in outage in October", "two-hour").as_deref(),
            Some("outage")
        );
        assert_eq!(head("a five-hour drive home", "five-hour"), None);
    }

    #[test]
    fn a_report_is_dated_by_its_publication_across_a_comma() {
        let published = keys(
            "The audit report, published on Monday, covers renovation work.",
            "Monday",
        );
        assert_eq!(published, ["report publication"]);
        assert_eq!(
            keys(
                "Auditors, whose bombshell report landed last Friday, found 14 contracts.",
                "last Friday"
            ),
            published
        );
    }

    #[test]
    fn a_phrase_with_again_and_an_aside_before_the_time_still_date_it() {
        assert_eq!(
            keys(
                "The trade ministers would meet again in Dorn, the Keslander capital, on June 10.",
                "June 10"
            ),
            keys(
                "Trade ministers are scheduled to reconvene in Dorn on June 17.",
                "June 17"
            )
        );
        assert!(!keys("The ministers meet again on June 19.", "June 19").is_empty());
        // A clause of its own still parts the time from the phrase.
        assert!(
            keys(
                "They will meet again, and the vote is on June 10.",
                "June 10"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_venue_opening_its_gates_is_one_event() {
        assert_eq!(keys("Gates opened at 5pm.", "5pm"), ["gates start"]);
        assert_eq!(keys("Doors opened at 18:00.", "18:00"), ["gates start"]);
    }

    #[test]
    fn an_event_going_on_since_a_time_started_then() {
        assert_eq!(
            keys("Solmera has been mediating since March.", "March"),
            keys("Solmera's mediation began in May.", "May")
        );
        assert_eq!(
            keys("Solmera has been mediating since March.", "March").len(),
            1
        );
        // A verb that names no event dates none.
        assert!(keys("She has been living there since March.", "March").is_empty());
    }

    #[test]
    fn a_phase_verb_before_a_time_dates_the_events_named_before_it() {
        assert_eq!(
            keys(
                "Overnight talks between the union and Albion Rail ended without agreement shortly after 2 a.m. on Tuesday.",
                "shortly after 2 a.m."
            ),
            ["talks end"]
        );
        // Synonyms fold: a blaze and an inferno are a fire.
        assert_eq!(
            keys(
                "The inferno erupted at around 4am on Tuesday.",
                "around 4am"
            ),
            ["fire start"]
        );
        assert_eq!(
            keys(
                "The Kremlin said the five-hour meeting, which stretched past midnight, produced no breakthrough.",
                "past midnight"
            ),
            ["talks end"]
        );
        // The subject is not parsed: each event noun gives a key.
        assert_eq!(
            keys(
                "Crunch talks to stop a national rail strike COLLAPSED just before midnight.",
                "just before midnight"
            ),
            ["talks end", "strike end"]
        );
        // Sitting down with someone starts talks.
        assert_eq!(
            keys(
                "The provost sat down with student negotiators Priya Lindqvist and Tomas Brennan at about 7 p.m.",
                "at about 7 p.m."
            ),
            ["talks start"]
        );
    }

    #[test]
    fn an_infinitive_dates_the_nearest_event() {
        assert_eq!(
            keys(
                "Twelve hours of talks failed to stop a national rail strike due to begin on Tuesday.",
                "Tuesday"
            ),
            ["strike start"]
        );
    }

    #[test]
    fn an_event_noun_right_after_the_verb_is_its_object() {
        assert_eq!(
            keys(
                "To recap: the talks ended without a deal, and members are set to begin a 72-hour walkout from Monday.",
                "Monday"
            ),
            ["strike start"]
        );
    }

    #[test]
    fn a_news_conference_and_a_press_conference_that_started_are_one_event() {
        let lex = Lexicon::default();
        assert_eq!(
            keys(
                "Marsh told a news conference at the agency's headquarters in Castrel at 10 a.m. on Wednesday.",
                "10 a.m."
            ),
            ["conference start"]
        );
        // A noun of several words is keyed by its head.
        let tokens = tokenize("The press conference has started in Montclair.");
        let (verb, phase) = phase_now(&tokens, &lex).expect("a phase told as news");
        assert_eq!(
            phase_keys(&tokens, verb, tokens.len(), phase, &lex),
            ["conference start"]
        );
    }

    #[test]
    fn a_truce_taking_effect_and_lights_going_out_start_events() {
        assert_eq!(
            keys(
                "The truce will take effect at 06:00 local time on Friday.",
                "06:00"
            ),
            ["ceasefire start"]
        );
        assert_eq!(
            keys("The guns are due to fall silent from Saturday.", "Saturday"),
            ["ceasefire start"]
        );
        assert_eq!(
            keys(
                "The lights went out at 2:17 in the afternoon on Tuesday.",
                "2:17"
            ),
            ["outage start"]
        );
    }

    #[test]
    fn an_entry_naming_an_event_is_dated_and_a_plan_is_not_the_event() {
        let lex = Lexicon::default();
        assert_eq!(named_alone(&tokenize("Liftoff!"), &lex), Some("liftoff"));
        assert_eq!(named_alone(&tokenize("Liftoff is delayed."), &lex), None);
        assert!(keys("Liftoff is scheduled for 08:30.", "08:30").is_empty());
    }

    #[test]
    fn phrases_name_event_and_phase_at_once() {
        assert_eq!(
            keys(
                "The river came over the flood wall at Quay Lane at about 3:10 a.m.",
                "about 3:10"
            ),
            ["flood start"]
        );
        assert_eq!(
            keys("Rail workers will walk out next Monday.", "next Monday"),
            ["strike start"]
        );
        // A relative clause dates the event it hangs on.
        assert_eq!(
            keys(
                "Details will be settled at the next round of talks, which is scheduled for 21 April in Brennhaven.",
                "21 April"
            ),
            ["talks resume"]
        );
        // An earthquake, a launch, a structure giving way, an escape.
        assert_eq!(
            keys(
                "A 6.8-magnitude earthquake struck the Orzan Highlands at 3:14 a.m. local time.",
                "3:14 a.m."
            ),
            ["quake"]
        );
        assert_eq!(
            keys(
                "The rocket roared off the pad at 9.41am yesterday.",
                "9.41am"
            ),
            ["liftoff"]
        );
        assert_eq!(
            keys("A section of the bridge gave way at 5:47 p.m.", "5:47 p.m."),
            ["structure collapse"]
        );
        assert_eq!(
            keys(
                "The crooks slipped through an air vent at around 4am on Monday.",
                "around 4am on Monday"
            ),
            ["escape"]
        );
        assert_eq!(
            keys(
                "Sir Geoffrey said both sides would return to the table on Thursday.",
                "Thursday"
            ),
            ["talks resume"]
        );
        assert_eq!(
            keys("The board's next policy meeting is on 25 June.", "25 June"),
            ["talks resume"]
        );
        assert_eq!(
            keys(
                "The decision, announced at 14:00 local time, lifted the rate.",
                "14:00"
            ),
            ["announcement"]
        );
        assert_eq!(
            keys(
                "The handover took place early on Wednesday.",
                "early on Wednesday"
            ),
            ["handover"]
        );
        assert_eq!(
            keys("He has been held since he was arrested in 2023.", "2023"),
            ["arrest"]
        );
        assert_eq!(
            keys(
                "More than 400 people were on board when she keeled over just after midnight.",
                "just after midnight"
            ),
            ["capsize"]
        );
        assert_eq!(
            keys(
                "According to the coastguard, the crew sent a distress call at 1:52 a.m.",
                "1:52 a.m."
            ),
            ["distress call"]
        );
        assert_eq!(
            keys("The museum's alarm sounded at 2.47am.", "2.47am"),
            ["alarm"]
        );
        assert_eq!(
            keys(
                "The fire service says a freight train came off the tracks shortly before 4am.",
                "shortly before 4am"
            ),
            ["derailment"]
        );
        assert_eq!(
            keys(
                "The museum will remain closed to visitors until Monday, Marsk said.",
                "Monday"
            ),
            ["reopening"]
        );
        assert_eq!(
            keys(
                "He kept the envoys talking into the night on Tuesday.",
                "Tuesday"
            ),
            ["talks end"]
        );
        assert_eq!(
            keys(
                "Negotiators for the union broke up just after 2am without a deal.",
                "just after 2am"
            ),
            ["talks end"]
        );
    }

    #[test]
    fn a_duration_in_a_sentence_about_delegations_measures_the_talks() {
        assert_eq!(
            measured(
                "After nearly 14 hours at the table today, the delegations have agreed to exchange prisoners.",
                "nearly 14 hours"
            )
            .as_deref(),
            Some("talks")
        );
    }

    #[test]
    fn a_phase_reported_as_news_is_found() {
        let lex = Lexicon::default();
        let now = |text: &str| phase_now(&tokenize(text), &lex).map(|(_, phase)| phase);
        assert_eq!(now("Talks have broken up without a deal."), Some("end"));
        assert_eq!(now("The talks have just begun."), Some("start"));
        assert_eq!(now("The meeting is over."), Some("end"));
        assert_eq!(now("The talks ended without a deal."), None);
    }

    fn measured(text: &str, duration: &str) -> Option<String> {
        let start = text.find(duration).expect("the duration is in the text");
        let span = Span::new(start, start + duration.len());
        measured_event(&tokenize(text), span, None, &Lexicon::default())
    }

    #[test]
    fn time_given_to_act_measures_a_deadline() {
        for (text, duration) in [
            ("Orlo has 30 days to lodge an appeal.", "30 days"),
            (
                "The runner now has three weeks to take her fight to the tribunal.",
                "three weeks",
            ),
            (
                "The diplomats were given 72 hours to leave the country.",
                "72 hours",
            ),
        ] {
            assert_eq!(
                measured(text, duration).as_deref(),
                Some("deadline"),
                "{text}"
            );
        }
        // Time allowed for what is yet to be done, keyed by the act.
        for (text, duration, key) in [
            (
                "The inquiry is due to report within 60 days.",
                "60 days",
                "deadline report",
            ),
            (
                "It must report within two months.",
                "two months",
                "deadline report",
            ),
            (
                "He will be handed over within 30 days.",
                "30 days",
                "deadline handed",
            ),
        ] {
            assert_eq!(measured(text, duration).as_deref(), Some(key), "{text}");
        }
        assert_eq!(
            measured("Power came back within 15 hours.", "15 hours"),
            None
        );
        // Time spent doing something is no deadline.
        assert_ne!(
            measured("Orlo has spent 30 days preparing her appeal.", "30 days").as_deref(),
            Some("deadline")
        );
        assert_ne!(
            measured("The union has held talks for 30 days.", "30 days").as_deref(),
            Some("deadline")
        );
    }

    #[test]
    fn a_bare_duration_measures_the_event_of_its_clause() {
        assert_eq!(
            measured(
                "The negotiations began at 2 p.m. on Monday and lasted 12 hours.",
                "12 hours"
            ),
            Some("negotiations".into())
        );
        // The subject, not a later event noun.
        assert_eq!(
            measured(
                "Talks have broken up without a deal after 12 hours.",
                "12 hours"
            ),
            Some("talks".into())
        );
        assert_eq!(
            measured("a gruelling 14 hours of haggling", "14 hours"),
            Some("haggling".into())
        );
        // Any activity named by its "-ing" form, past its modifiers.
        assert_eq!(
            measured("Plus two years of free identity monitoring.", "two years"),
            Some("monitoring".into())
        );
        assert_eq!(measured("It took two years of Brexit.", "two years"), None);
        assert_eq!(
            measured("They lost two hours of morning traffic.", "two hours"),
            None
        );
        // A part of the talks is not their length.
        assert_eq!(
            measured(
                "Lanham joined the talks for their final three hours.",
                "three hours"
            ),
            None
        );
        assert_eq!(measured("It burned for about 14 hours.", "14 hours"), None);
        // The time since an event, by its synonym group's name.
        assert_eq!(
            measured(
                "The second stage cut out barely two minutes after blast-off.",
                "two minutes"
            ),
            Some("since launch".into())
        );
        // Hours after an event began, once it is over: its length. "Lasted"
        // in a clause hanging on an event measures that event; a clock's
        // colon ends no clause, and "10 March" is no march.
        for (text, duration, event) in [
            (
                "Systems were restored at 12:10, six and a half hours after the outage began.",
                "six and a half hours",
                "outage",
            ),
            (
                "The judge read out the decision at the end of a hearing that began at 9:30 a.m. and lasted just over three hours.",
                "just over three hours",
                "hearing",
            ),
            (
                "Some detail on the hearing, held behind closed doors on 10 March and lasting six hours.",
                "six hours",
                "hearing",
            ),
        ] {
            assert_eq!(measured(text, duration).as_deref(), Some(event), "{text}");
        }
        // Modifiers before the event; time passing around it is no length.
        assert_eq!(
            measured(
                "Rusk secured a deal after three hours of intensive talks at the palace.",
                "three hours"
            ),
            Some("talks".into())
        );
        assert_eq!(
            measured(
                "The summit was the first visit by a head of government in four years.",
                "four years"
            ),
            None
        );
        // "They" goes on about the sentence before.
        let text = "They lasted five hours, running past midnight.";
        let span = Span::new(12, 22);
        let previous = tokenize("The talks are over.");
        let lex = Lexicon::default();
        assert_eq!(
            measured_event(&tokenize(text), span, Some(&previous), &lex),
            Some("talks".into())
        );
        assert_eq!(measured_event(&tokenize(text), span, None, &lex), None);
    }

    #[test]
    fn times_of_no_known_phase_or_of_a_repeat_have_no_key() {
        // No phase verb: a meeting's time is not its start or end.
        assert!(keys("Putin met the envoys late on Tuesday.", "late on Tuesday").is_empty());
        // Another occurrence, not the one the story is about.
        assert!(keys("The Wend will burst its banks again on Sunday.", "Sunday").is_empty());
        // A phase verb of another clause.
        assert!(
            keys(
                "The strike began last week, and the union met managers on Monday.",
                "Monday"
            )
            .is_empty()
        );
        // A phase with no event named.
        assert!(keys("They broke up just after 2am.", "just after 2am").is_empty());
    }
}
