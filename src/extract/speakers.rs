//! Who said it: reporting cues ("said", "according to") and the noun phrase
//! naming the speaker on either side of the cue.
//!
//! News attributes in a handful of shapes — `"…," Ushakov said`, `said
//! Ushakov`, `Ushakov, who attended, said`, `…, police said`, `according to
//! the Kremlin`, `…, adding that`, `Warren: …`, `In a new poll, …` — and
//! names speakers as people, pronouns, bodies, documents or shares of
//! people ("46 percent of voters"), so a small set of rules over tokens
//! finds most speakers without a parser. A verb whose subject is spoken to
//! (a passive) or that is really a noun ("the United States", "reliant on
//! Western support") is no cue.

use std::ops::Range;

use super::names::possessive;
use crate::lexicon::Lexicon;
use crate::text::{BE_FORMS, Token, is_stop_word};

/// A reporting cue with the tokens naming its speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// Token range of the cue ("said", "according to").
    pub cue: Range<usize>,
    /// Token range of the speaker phrase.
    pub speaker: Range<usize>,
}

pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "some", "two", "three", "several", "many", "both", "other", "another",
    "most", "few", "those", "these", "all", "each", "one",
];
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];
pub(crate) const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "our", "my", "your"];
pub(crate) const RELATIVES: &[&str] = &["who", "which", "that"];
/// Quantifiers that stand for people on their own ("Several said").
const QUANTIFIERS: &[&str] = &[
    "several", "many", "some", "others", "most", "few", "both", "half", "none", "all", "those",
    "these",
];
/// Words that open a subordinate clause, whose subject is not the
/// sentence's.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "if", "since", "until", "because", "although", "though", "while",
    "as", "whereas", "where",
];
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "did", "does", "do", "can",
    "should", "been", "be",
];
/// Words after which a noun phrase opens a clause ("…, but critics say").
const CLAUSE_OPENERS: &[&str] = &[
    "and",
    "but",
    "while",
    "as",
    "because",
    "although",
    "though",
    "that",
    "after",
    "before",
    "when",
    "if",
    "since",
    "until",
    "so",
    "where",
    "whereas",
    "yet",
    "however",
    "meanwhile",
    "instead",
    "now",
    "then",
    "still",
];
/// Auxiliaries and adverbs between a subject and its verb ("has long said",
/// "did not say").
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "was",
    "were",
    "is",
    "previously",
    "again",
    "once",
    "earlier",
    "separately",
    "today",
    "yesterday",
    "publicly",
    "privately",
    "first",
    "would",
    "will",
    "recently",
    "initially",
    "repeatedly",
    "still",
    "subsequently",
    "even",
    "never",
    "not",
    "did",
    "does",
    "do",
    "didn't",
    "doesn't",
    "don't",
    "just",
    "now",
    "soon",
    "often",
    "ever",
    "already",
    "long",
    "since",
    "could",
    "can",
    "may",
    "might",
    "must",
    "should",
    "been",
    "be",
    "always",
    "too",
    "both",
    "all",
];
const PREPOSITIONS: &[&str] = &[
    "of", "in", "at", "for", "from", "with", "on", "to", "by", "about", "into", "over", "under",
    "against", "without", "through",
];
/// Prepositions that attach a phrase to the noun before it ("members of
/// Congress", "organizers in Cleveland").
const ATTACHING: &[&str] = &["of", "in", "at", "for", "from", "with"];

/// Find every reporting cue in a sentence that is not inside a quote, with
/// its speaker. `quoted(i)` tells whether token `i` is inside quoted words.
pub fn find_cues(tokens: &[Token], quoted: &dyn Fn(usize) -> bool, lex: &Lexicon) -> Vec<Cue> {
    let mut out: Vec<Cue> = name_colon(tokens, quoted, lex).into_iter().collect();
    for (start, len) in lex.source_phrases.find_all(tokens) {
        if quoted(start) {
            continue;
        }
        if let Some(speaker) = source_right(tokens, start + len)
            && !cites_reasons(tokens, start, lex)
        {
            out.push(Cue {
                cue: start..start + len,
                speaker,
            });
        }
    }
    out.extend(accounts(tokens, quoted));
    let quotes = (0..tokens.len()).any(quoted);
    for (start, len) in lex.reporting_verbs.find_all(tokens) {
        let taken = out.iter().any(|c| c.cue.contains(&start));
        // "Its hauling cable snapped": no words to report.
        let deed = !quotes && lex.speech_manners.contains_word(&tokens[start].lower);
        if quoted(start)
            || taken
            || deed
            || cites_reasons(tokens, start, lex)
            || inside_name(tokens, start)
            || plural_subject(tokens, start, len)
            || crate::extract::stance::claims_lives(tokens, start)
            || crate::extract::stance::declined_a_figure(tokens, start)
            || intention(tokens, start, len)
        {
            continue;
        }
        if let Some(speaker) = verb_speaker(tokens, start, len, quoted, lex) {
            out.push(Cue {
                cue: start..start + len,
                speaker,
            });
        }
    }
    if out.is_empty() {
        out.extend(opening_source(tokens, lex));
    }
    if out.is_empty() {
        out.extend(subject_colon(tokens, quoted, lex));
    }
    if out.is_empty() {
        out.extend(from_colon(tokens, quoted, lex));
    }
    out.sort_by_key(|c| c.cue.start);
    out
}

/// Is the verb at `start` an intention or undertaking of its subject's own
/// ("the board expects to publish a report", "the company plans to close
/// the plant", "the government agreed to set up an inquiry"), which reports
/// no one's words or belief?
fn intention(tokens: &[Token], start: usize, len: usize) -> bool {
    const INTENDING: &[&str] = &["expect", "expects", "plans", "agree", "agrees", "agreed"];
    const DETERMINERS: &[&str] = &["a", "an", "the", "its", "their", "new"];
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let verb = word(start);
    let to_do = word(start + 1) == "to"
        && tokens
            .get(start + 2)
            .is_some_and(|t| t.is_word && !t.capitalized);
    // "Ministers agreed a compensation scheme": a deal struck, not a view.
    let struck = verb.starts_with("agree") && DETERMINERS.contains(&word(start + 1));
    len == 1 && INTENDING.contains(&verb) && (to_do || struck)
}

/// The speaker of the reporting verb at `start`: the clause's subject for
/// a participle after a comma ("…, saying"), else the phrase before the verb,
/// else the one after it when inverted (`"…," said X`).
fn verb_speaker(
    tokens: &[Token],
    start: usize,
    len: usize,
    quoted: &dyn Fn(usize) -> bool,
    lex: &Lexicon,
) -> Option<Range<usize>> {
    if participle(tokens, start) {
        return clause_subject(tokens, start - 1, quoted, lex);
    }
    if passive(tokens, start) {
        return None;
    }
    // "Rubio thanked Miami and said…": the verb shares the clause's subject.
    if start > 0 && ["and", "but"].contains(&tokens[start - 1].lower.as_str()) {
        return clause_subject(tokens, start - 1, quoted, lex);
    }
    let left = phrase_left(tokens, start, lex);
    // "The town released a statement saying…": an -ing form after an object
    // speaks for the clause's subject.
    let object = left
        .as_ref()
        .is_some_and(|r| !clause_start(tokens, r.start));
    if tokens[start].lower.ends_with("ing") && object {
        return clause_subject(tokens, start, quoted, lex).or(left);
    }
    left.or_else(|| {
        inverted(tokens, start)
            .then(|| phrase_right(tokens, start + len, lex))
            .flatten()
    })
}

/// "Staff had been told to…", "he was asked": the subject of a passive is
/// the one spoken to, not the speaker.
fn passive(tokens: &[Token], verb: usize) -> bool {
    if tokens[verb].lower.ends_with("ing") {
        return false;
    }
    let mut b = verb;
    while b > 0 && tokens[b - 1].is_word && tokens[b - 1].lower.ends_with("ly") {
        b -= 1;
    }
    b > 0 && BE_FORMS.contains(&tokens[b - 1].lower.as_str())
}

/// `…, saying` / `…, adding that`: a participle that continues a clause
/// speaks for that clause's subject, never for the words after it.
fn participle(tokens: &[Token], cue: usize) -> bool {
    cue > 0 && tokens[cue - 1].is_punct(',') && tokens[cue].lower.ends_with("ing")
}

/// The subject of the clause that ends at `end`: the last pronoun or
/// speaker phrase outside quotes that opens a main clause (not one after
/// "when" or "after") and is followed by its verb, not by a comma or "and"
/// (which would make it one of a list).
fn clause_subject(
    tokens: &[Token],
    end: usize,
    quoted: &dyn Fn(usize) -> bool,
    lex: &Lexicon,
) -> Option<Range<usize>> {
    (0..end)
        .filter(|&j| !quoted(j) && clause_start(tokens, j))
        .filter(|&j| j == 0 || !SUBORDINATORS.contains(&tokens[j - 1].lower.as_str()))
        .filter_map(|j| subject_right(tokens, j, lex))
        .filter(|r| verb_follows(tokens, r.end))
        .last()
}

/// Is the word at `at` (past a prepositional phrase naming a place or
/// body, as in "Sanders of Vermont endorsed") a verb rather than a list's
/// next item or a preposition?
fn verb_follows(tokens: &[Token], at: usize) -> bool {
    let mut at = at;
    if tokens
        .get(at)
        .is_some_and(|t| ATTACHING.contains(&t.lower.as_str()))
    {
        at += 1;
        while tokens.get(at).is_some_and(|t| t.is_word && t.capitalized) {
            at += 1;
        }
    }
    tokens.get(at).is_some_and(|t| {
        t.is_word
            && !["and", "or"].contains(&t.lower.as_str())
            && (!is_stop_word(&t.lower) || AUXILIARIES.contains(&t.lower.as_str()))
    })
}

/// A pronoun or speaker phrase starting at `j`, or an article or
/// possessive with the words it opens ("the families of the founders").
fn subject_right(tokens: &[Token], j: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let t = &tokens[j];
    if PRONOUNS.contains(&t.lower.as_str()) || QUANTIFIERS.contains(&t.lower.as_str()) {
        return Some(j..j + 1);
    }
    // "said ski instructor Lukas Rainer": a trade's first word opens the
    // phrase too.
    let candidate = t.is_word
        && (DETERMINERS.contains(&t.lower.as_str())
            || is_role_word(&t.lower, lex)
            || (t.capitalized && !lex.not_names.contains(t.lower.as_str()))
            || (!t.capitalized && role_follows(tokens, j, lex)));
    let named = candidate.then(|| phrase_right(tokens, j, lex)).flatten();
    named.or_else(|| {
        is_determiner(t)
            .then(|| determined_subject(tokens, j))
            .flatten()
    })
}

/// "The town released…", "the families of the founders had…": an article or
/// possessive and the shortest run of words after it that its verb follows.
fn determined_subject(tokens: &[Token], j: usize) -> Option<Range<usize>> {
    let limit = tokens.len().min(j + 9);
    (j + 2..=limit)
        .take_while(|&end| tokens[end - 1].is_word || plural_possessive(tokens, end - 1))
        .find(|&end| !is_stop_word(&tokens[end - 1].lower) && verb_follows(tokens, end))
        .map(|end| j..end)
}

/// "European states developed", "the claims were": an -s word followed by a
/// past tense or an auxiliary is a plural noun, the subject of that verb.
fn plural_subject(tokens: &[Token], start: usize, len: usize) -> bool {
    let cue = &tokens[start + len - 1].lower;
    let next = tokens.get(start + len);
    cue.ends_with('s')
        && next.is_some_and(|n| {
            n.is_word
                && !n.capitalized
                && (n.lower.ends_with("ed") || AUXILIARIES.contains(&n.lower.as_str()))
        })
}

/// Does the cue's subject open a main clause, not one after "while" or
/// "after" ("While he declined…, Ushakov noted…")?
pub fn in_main_clause(tokens: &[Token], cue: &Cue) -> bool {
    let first = cue.speaker.start.min(cue.cue.start);
    let clause = (0..first)
        .rev()
        .find(|&i| !tokens[i].is_word)
        .map_or(0, |i| i + 1);
    tokens
        .get(clause)
        .is_none_or(|t| !SUBORDINATORS.contains(&t.lower.as_str()))
}

/// A capitalised verb inside a name is part of the name ("the United
/// States"), unless the whole sentence is in title case.
fn inside_name(tokens: &[Token], at: usize) -> bool {
    let after_name_word = at > 0 && tokens[at - 1].is_word && tokens[at - 1].capitalized;
    tokens[at].capitalized && after_name_word && !title_case(tokens)
}

/// Most longer words capitalised: a headline.
fn title_case(tokens: &[Token]) -> bool {
    let long: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.is_word && t.lower.chars().count() > 3)
        .collect();
    let capitalised = long.iter().filter(|t| t.capitalized).count();
    !long.is_empty() && capitalised * 10 >= long.len() * 7
}

/// "Warren: Trump Is a Failure", `- Mark Blumenthal and Jon Cohen: "…"`: a
/// name and a colon give that person's words, when the name opens the
/// sentence or follows a dash and a quote follows the colon.
fn name_colon(tokens: &[Token], quoted: &dyn Fn(usize) -> bool, lex: &Lexicon) -> Option<Cue> {
    (1..tokens.len()).find_map(|colon| {
        if !tokens[colon].is_punct(':') || quoted(colon) {
            return None;
        }
        let mut s = colon;
        while s > 0
            && (tokens[s - 1].is_word && tokens[s - 1].capitalized || tokens[s - 1].lower == "and")
        {
            s -= 1;
        }
        let name = &tokens[s..colon];
        let named = name.first().is_some_and(|t| t.capitalized)
            && name
                .iter()
                .any(|t| t.lower.chars().count() > 1 && !lex.not_names.contains(t.lower.as_str()));
        let opens = s == 0
            || is_dash(&tokens[s - 1])
                && (tokens.get(colon + 1).is_some_and(is_quote_mark)
                    || doubled_apostrophe(tokens, colon + 1));
        (named && opens && colon - s <= 6).then(|| Cue {
            cue: colon..colon + 1,
            speaker: s..colon,
        })
    })
}

/// `05:30 — Mediator Geoffrey Oakes, on the ministry steps, had a message:
/// "…"`: with no other cue, a quote opening after a colon gives the words of
/// the name (two or more capitalised words, as a title and a name make,
/// with any title in lower case among them: "Oskby mayor Tomas Reiner"; or
/// a surname alone) the sentence opens with, after any time stamp.
fn subject_colon(tokens: &[Token], quoted: &dyn Fn(usize) -> bool, lex: &Lexicon) -> Option<Cue> {
    let colon = (1..tokens.len()).find(|&c| {
        tokens[c].is_punct(':') && !quoted(c) && tokens.get(c + 1).is_some_and(is_quote_mark)
    })?;
    let mut start = tokens[..colon]
        .iter()
        .position(|t| t.is_word && !t.is_digit())?;
    // "Standing beside Moradi, Arkel's mother, Clara Arkel, spoke only
    // briefly: …": past an opening participle phrase.
    if tokens[start].lower.ends_with("ing")
        && let Some(comma) = (start + 1..colon).find(|&c| tokens[c].is_punct(','))
        && comma + 1 < colon
    {
        start = comma + 1;
    }
    let end = tokens[start..colon]
        .iter()
        .position(|t| !(t.is_word && (t.capitalized || is_role_word(&t.lower, lex))))
        .map_or(colon, |n| start + n);
    let capitals = tokens[start..end].iter().filter(|t| t.capitalized).count();
    // One capitalised word names someone when it is no common word and the
    // sentence goes on in lower case or after a comma: "Feyre has opened by
    // defending the board's decision: "…"", "Marrick, speaking at the plant
    // gates: "…"".
    let surname = capitals == 1
        && end == start + 1
        && !crate::text::is_stop_word(&tokens[start].lower)
        && !lex.not_names.contains(tokens[start].lower.as_str())
        && !crate::extract::names::possessive(&tokens[start].lower)
        && tokens
            .get(end)
            .is_some_and(|t| t.is_word && !t.capitalized || t.is_punct(','));
    if (capitals >= 2 || surname) && end < colon {
        return Some(Cue {
            cue: colon..colon + 1,
            speaker: start..end,
        });
    }
    role_with_name_colon(tokens, start, colon)
}

/// "A statement has just come in from Halvern chief executive Oskar Brune:
/// "…"": the name after "from", right before a colon that opens a quote,
/// gives the quote.
fn from_colon(tokens: &[Token], quoted: &dyn Fn(usize) -> bool, lex: &Lexicon) -> Option<Cue> {
    let colon = (1..tokens.len()).find(|&c| {
        tokens[c].is_punct(':') && !quoted(c) && tokens.get(c + 1).is_some_and(is_quote_mark)
    })?;
    let from = (colon.saturating_sub(8)..colon).rfind(|&j| tokens[j].lower == "from")?;
    let speaker = phrase_right(tokens, from + 1, lex)?;
    (speaker.end == colon && tokens[colon - 1].capitalized).then_some(Cue {
        cue: colon..colon + 1,
        speaker,
    })
}

/// "The head of the regulator, Dr Petra Lindqvist, has issued a short
/// statement: "…"": a role opening the sentence, with the name of who holds
/// it set off after it, gives the quote after the colon.
fn role_with_name_colon(tokens: &[Token], start: usize, colon: usize) -> Option<Cue> {
    let opener = &tokens[start].lower;
    if !DETERMINERS.contains(&opener.as_str()) && !crate::extract::names::possessive(opener) {
        return None;
    }
    let comma = (start + 1..colon.min(start + 8)).find(|&i| !tokens[i].is_word)?;
    let role = start..comma;
    let speaker = with_named_appositive(tokens, role.clone(), colon);
    (speaker != role).then(|| Cue {
        cue: colon..colon + 1,
        speaker,
    })
}

/// One of two apostrophes standing for a double quotation mark.
fn doubled_apostrophe(tokens: &[Token], i: usize) -> bool {
    let apostrophe = |j: usize| tokens.get(j).is_some_and(|t| t.is_punct('\''));
    apostrophe(i) && (apostrophe(i + 1) || i > 0 && apostrophe(i - 1))
}

pub(crate) fn is_dash(t: &Token) -> bool {
    !t.is_word && "-—–".contains(&t.lower[..])
}

pub(crate) fn is_quote_mark(t: &Token) -> bool {
    !t.is_word && "\"“”«»".contains(&t.lower[..])
}

/// Nouns for what someone says or thinks, after their name in a
/// possessive: "In Ushakov's words", "in Peskov's view", "a statement in
/// Dunst's name".
const ACCOUNT_NOUNS: &[&str] = &[
    "words",
    "name",
    "view",
    "account",
    "telling",
    "opinion",
    "estimation",
    "assessment",
    "version",
];

/// "In Ushakov's words, …", "in Mayor Grant's view": "in", a name in the
/// possessive and a noun of account give what follows to the name.
fn accounts(tokens: &[Token], quoted: &dyn Fn(usize) -> bool) -> Vec<Cue> {
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        if tokens[i].lower != "in" || quoted(i) {
            continue;
        }
        let name_end = (i + 1..tokens.len())
            .take_while(|&j| tokens[j].is_word && tokens[j].capitalized)
            .last()
            .map_or(i + 1, |j| j + 1);
        let owner = if name_end > i + 1 && possessive(&tokens[name_end - 1].lower) {
            Some(name_end)
        } else {
            (name_end > i + 1 && name_end < tokens.len() && plural_possessive(tokens, name_end))
                .then_some(name_end + 1)
        };
        let Some(noun) = owner else { continue };
        if tokens
            .get(noun)
            .is_some_and(|t| ACCOUNT_NOUNS.contains(&t.lower.as_str()))
        {
            out.push(Cue {
                cue: i..noun + 1,
                speaker: i + 1..name_end,
            });
        }
    }
    out
}

/// "In a new poll, 46 percent…": a sentence that opens with "in" and a
/// document or survey gives that source's findings.
fn opening_source(tokens: &[Token], lex: &Lexicon) -> Option<Cue> {
    if tokens.first()?.lower != "in" {
        return None;
    }
    let source = source_right(tokens, 1)?;
    let head = &tokens[source.end - 1].lower;
    let is_source = lex.speaker_nouns.contains(head.as_str());
    let comma = tokens.get(source.end)?.is_punct(',');
    (is_source && comma).then_some(Cue {
        cue: 0..1,
        speaker: source,
    })
}

/// `"…," said X` and `…, said X`: the cue follows a comma, quote or colon.
fn inverted(tokens: &[Token], cue: usize) -> bool {
    cue == 0
        || tokens[cue - 1].is_punct(',')
        || !tokens[cue - 1].is_word && "\"”'’:—–-".contains(&tokens[cue - 1].lower[..])
}

fn is_role_word(word: &str, lex: &Lexicon) -> bool {
    let w = word.trim_end_matches("'s").trim_end_matches('\'');
    let singular = w.strip_suffix('s').unwrap_or(w);
    // A parent by the number of children: "mum-of-three Josiane Ruel".
    let parent_of = w
        .split_once("-of-")
        .is_some_and(|(who, _)| lex.speaker_nouns.contains(who) || PARENTS.contains(&who));
    parent_of
        || lex.speaker_nouns.contains(w)
        || lex.speaker_nouns.contains(singular)
        || lex.titles.contains_word(w)
        || lex.titles.contains_word(singular)
}

/// Does `before` end in a parent named by their children, up to the
/// number ("mum-of-")?
pub fn names_a_parent(before: &str) -> bool {
    before.strip_suffix("-of-").is_some_and(|rest| {
        let word = rest
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        PARENTS.contains(&word.to_lowercase().as_str())
    })
}

/// Who a tabloid names by their children ("mum-of-three", "father-of-two").
const PARENTS: &[&str] = &[
    "mum",
    "mom",
    "mother",
    "dad",
    "father",
    "grandmother",
    "grandfather",
    "gran",
    "grandad",
    "grandma",
    "grandpa",
    "nan",
];

/// The speaker phrase starting at token `k`: "the Kremlin", "Mayor Ana
/// Torres", "hospital officials", "an official".
pub fn phrase_right(tokens: &[Token], k: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let mut j = k;
    // "his mum Birgit Harjo": a possessive only before a title.
    let possessive_title = |t: &Token| {
        POSSESSIVES.contains(&t.lower.as_str())
            && tokens
                .get(k + 1)
                .is_some_and(|n| lex.titles.contains_word(&n.lower))
    };
    if tokens
        .get(j)
        .is_some_and(|t| DETERMINERS.contains(&t.lower.as_str()) || possessive_title(t))
    {
        j += 1;
    }
    if let Some(aged) = aged_phrase(tokens, k, j) {
        return Some(aged);
    }
    let mut end = None;
    while j < tokens.len() && j - k < 8 {
        let t = &tokens[j];
        if !t.is_word {
            break;
        }
        if t.capitalized || is_role_word(&t.lower, lex) {
            j += 1;
            end = Some(j);
        } else if role_follows(tokens, j, lex) {
            j += 1;
        } else {
            break;
        }
    }
    end.map(|e| k..e)
}

/// Whether a speaker phrase is a definite description by age ("the
/// 71-year-old retired bus driver").
pub fn is_aged_description(tokens: &[Token]) -> bool {
    tokens.len() > 1 && aged_phrase(tokens, 0, 1).is_some_and(|r| r.end == tokens.len())
}

/// "the 71-year-old retired bus driver": a definite description by age
/// (from `k`, its noun phrase from `j`), up to four words ending at a
/// punctuation mark or the sentence's end.
fn aged_phrase(tokens: &[Token], k: usize, j: usize) -> Option<Range<usize>> {
    if tokens.get(k).is_none_or(|t| t.lower != "the") {
        return None;
    }
    // One token: "71-year-old".
    if !tokens
        .get(j)
        .is_some_and(|t| t.lower.ends_with("-year-old") || t.lower.ends_with("-years-old"))
    {
        return None;
    }
    let i = j + 1;
    let words = tokens[i..]
        .iter()
        .take_while(|t| t.is_word && !t.capitalized && !is_stop_word(&t.lower))
        .count();
    let end = i + words;
    let closed = tokens.get(end).is_none_or(|t| !t.is_word);
    ((1..=4).contains(&words) && closed).then_some(k..end)
}

/// The source after "according to": the noun phrase that follows, with
/// what attaches to it ("the RealClearPolitics average of polls", "a CBS
/// poll released Monday", "people close to the campaign") — the phrase
/// itself says it is a source.
fn source_right(tokens: &[Token], k: usize) -> Option<Range<usize>> {
    const LINKS: &[&str] = &["of", "in", "at", "for", "from", "with", "to", "by", "on"];
    let mut j = k;
    if tokens.get(j).is_some_and(is_determiner) {
        j += 1;
    }
    let limit = tokens.len().min(k + 12);
    let mut end = None;
    while j < limit {
        let t = &tokens[j];
        // "a Reuters/Ipsos poll"; "the Dockworkers' and Logistics Union",
        // a plural possessive and an "and" inside a name.
        let possessive = t.lower == "'" && j > k && tokens[j - 1].lower.ends_with('s');
        let joined =
            (t.is_punct('/') || possessive) && tokens.get(j + 1).is_some_and(|n| n.is_word);
        let in_name = t.lower == "and"
            && tokens[k..j]
                .iter()
                .rev()
                .find(|p| p.is_word)
                .is_some_and(|p| p.capitalized)
            && tokens.get(j + 1).is_some_and(|n| n.capitalized);
        if !t.is_word && !joined {
            break;
        }
        if t.is_word && !is_stop_word(&t.lower) {
            end = Some(j + 1);
        } else if !joined && !in_name && !LINKS.contains(&t.lower.as_str()) {
            break;
        }
        j += 1;
    }
    end.map(|e| k..e)
}

/// Is the "citing" at `start` followed by the actor's reasons rather than a
/// source? What an actor cites may be a source ("citing officials", "citing
/// a Reuters report") or only its reasons ("cut its forecast, citing weaker
/// exports"), which leave what the sentence says the actor did asserted. A
/// source has a name or a word of who or what speaks.
fn cites_reasons(tokens: &[Token], start: usize, lex: &Lexicon) -> bool {
    tokens[start].lower == "citing"
        && source_right(tokens, start + 1).is_some_and(|cited| {
            !tokens[cited]
                .iter()
                .any(|t| t.capitalized || lex.speaker_nouns.contains(t.lower.as_str()))
        })
}

/// A lower-case modifier followed within three words by a role word
/// ("hospital officials", "top foreign policy aide").
fn role_follows(tokens: &[Token], j: usize, lex: &Lexicon) -> bool {
    !is_stop_word(&tokens[j].lower)
        && tokens[j + 1..tokens.len().min(j + 4)]
            .iter()
            .any(|t| t.is_word && is_role_word(&t.lower, lex))
}

/// The speaker phrase ending right before the cue at `v`: a pronoun, a name
/// or title ("Kremlin aide Yuri Ushakov"), or a common noun phrase ("the
/// campaign", "46 percent of voters", "critics").
pub fn phrase_left(tokens: &[Token], v: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let mut e = v;
    while e > 0
        && tokens[e - 1].is_word
        && (is_adverb(&tokens[e - 1]) || is_time_word(&tokens[e - 1]))
    {
        e -= 1;
    }
    if e > 0 && tokens[e - 1].is_punct(',') {
        return subject_before_appositives(tokens, e - 1, lex);
    }
    // "reliant on Western support": the object of a preposition makes the
    // "verb" a noun. Not through "who": "a statement through spokesman
    // Yusef Adrani, who says" gives the words to Adrani.
    let relative = e > 0 && tokens[e - 1].lower == "who";
    subject_at(tokens, e, lex).filter(|r| {
        relative || r.start == 0 || !PREPOSITIONS.contains(&tokens[r.start - 1].lower.as_str())
    })
}

/// The subject ending at `e`, looking through a relative pronoun ("Trump,
/// who said": it stands for the noun before it) and a bracketed or dashed
/// aside ("Sen. Ann Lee (R-Texas) said", "Lee — a former judge — said").
fn subject_at(tokens: &[Token], e: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let mut e = e;
    if e > 1 && RELATIVES.contains(&tokens[e - 1].lower.as_str()) {
        e -= 1;
        if tokens[e - 1].is_punct(',') {
            e -= 1;
        }
    }
    if e > 0 && tokens[e - 1].is_punct(')') {
        e = (e.saturating_sub(20)..e - 1)
            .rev()
            .find(|&i| tokens[i].is_punct('('))?;
    }
    if e > 0 && is_dash(&tokens[e - 1]) {
        e = dash_aside_start(tokens, e - 1)?;
    }
    let last = tokens.get(e.checked_sub(1)?)?;
    if PRONOUNS.contains(&last.lower.as_str()) {
        return Some(e - 1..e);
    }
    if let Some(share) = share_left(tokens, e) {
        return Some(share);
    }
    // "Putin's call": a possessive is no subject.
    if !last.is_word || possessive(&last.lower) {
        return None;
    }
    // A lower-case head is a common noun ("6 in 10 voters"), else a name.
    let phrase = if last.capitalized {
        name_left(tokens, e, lex).or_else(|| noun_phrase_left(tokens, e, lex))
    } else {
        noun_phrase_left(tokens, e, lex).or_else(|| name_left(tokens, e, lex))
    };
    let Some(phrase) = phrase else {
        // "advocates for stem cell research": a bare object of a preposition
        // is a subject only through the noun it attaches to.
        let object = content_run(tokens, e)?;
        let subject = with_head_noun(tokens, object.clone(), lex);
        return (subject != object).then_some(subject);
    };
    if let Some(subject) = relative_antecedent(tokens, phrase.start, lex) {
        return Some(subject);
    }
    Some(
        coordinated(tokens, phrase.clone(), lex)
            .unwrap_or_else(|| with_head_noun(tokens, phrase, lex)),
    )
}

/// The start of a dashed aside whose closing dash (or "--") is at `close`.
fn dash_aside_start(tokens: &[Token], close: usize) -> Option<usize> {
    let mut c = close;
    while c > 0 && is_dash(&tokens[c - 1]) {
        c -= 1;
    }
    let mut open = (c.saturating_sub(25)..c)
        .rev()
        .find(|&i| is_dash(&tokens[i]))?;
    while open > 0 && is_dash(&tokens[open - 1]) {
        open -= 1;
    }
    Some(open)
}

/// Days, months and words of time between a subject and its verb ("Trump on
/// Monday said", "The campaign this past week announced").
fn is_time_word(t: &Token) -> bool {
    const TIME: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "week",
        "month",
        "year",
        "night",
        "morning",
        "afternoon",
        "evening",
        "weekend",
        "past",
        "last",
        "this",
        "on",
        "late",
        "early",
    ];
    TIME.contains(&t.lower.as_str())
}

/// "Crane, Kibbe and other libertarians said": a list joined by "and" is
/// the subject when it opens its clause.
fn coordinated(tokens: &[Token], phrase: Range<usize>, lex: &Lexicon) -> Option<Range<usize>> {
    let mut s = phrase.start;
    let mut best = None;
    for link in 0..4 {
        let joint = tokens.get(s.checked_sub(1)?)?;
        let joins = joint.lower == "and" || (link > 0 && joint.is_punct(','));
        if !joins || s < 2 {
            break;
        }
        s = name_left(tokens, s - 1, lex)
            .or_else(|| noun_phrase_left(tokens, s - 1, lex))?
            .start;
        let whole = with_head_noun(tokens, s..phrase.end, lex);
        if clause_start(tokens, whole.start) {
            best = Some(whole);
        }
    }
    best
}

/// "Officials who spoke with The Post said": the subject is the noun that
/// a relative clause ending at the verb describes, not the clause's object.
fn relative_antecedent(tokens: &[Token], before: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let who = (before.saturating_sub(10)..before)
        .rev()
        .take_while(|&i| tokens[i].is_word)
        .find(|&i| tokens[i].lower == "who")?;
    let head = name_left(tokens, who, lex).or_else(|| noun_phrase_left(tokens, who, lex))?;
    clause_start(tokens, head.start).then_some(head)
}

/// The content words (or capitalised words and numbers) ending at `e`.
fn content_run(tokens: &[Token], e: usize) -> Option<Range<usize>> {
    let mut s = e;
    while s > 0 && e - s < 6 && tokens[s - 1].is_word && !is_stop_word(&tokens[s - 1].lower) {
        s -= 1;
    }
    (s < e).then_some(s..e)
}

/// "Republican members of Congress", "a person familiar with the planning
/// for the meeting": when the phrase found is the object of a preposition,
/// the subject is the noun phrase it attaches to, if one opens the clause.
fn with_head_noun(tokens: &[Token], phrase: Range<usize>, lex: &Lexicon) -> Range<usize> {
    let mut s = phrase.start;
    for _ in 0..3 {
        if s < 2 || !ATTACHING.contains(&tokens[s - 1].lower.as_str()) {
            break;
        }
        let Some(head) =
            name_left(tokens, s - 1, lex).or_else(|| noun_phrase_left(tokens, s - 1, lex))
        else {
            break;
        };
        if clause_start(tokens, head.start) {
            return head.start..phrase.end;
        }
        s = head.start;
    }
    phrase
}

/// A comma right before the cue closes one or more appositives ("Lance
/// Beebe, 49, a Navy veteran who …, said"): the subject is the first noun
/// phrase before one of the earlier commas that opens its clause, else the
/// one before the nearest comma. Quoted words are never crossed.
fn subject_before_appositives(
    tokens: &[Token],
    comma: usize,
    lex: &Lexicon,
) -> Option<Range<usize>> {
    let mut commas = Vec::new();
    for i in (comma.saturating_sub(40)..comma).rev() {
        let t = &tokens[i];
        if is_quote_mark(t) || doubled_apostrophe(tokens, i) {
            break;
        }
        if t.is_punct(',') && i + 1 < comma {
            commas.push(i);
        }
    }
    let candidates: Vec<Range<usize>> = commas
        .iter()
        .filter_map(|&c| subject_at(tokens, c, lex))
        .filter(|r| !all_capitalised_function_words(&tokens[r.clone()], lex))
        .collect();
    let subject = candidates
        .iter()
        .rev()
        .find(|r| clause_start(tokens, r.start))
        .or(candidates.first())
        .cloned()?;
    Some(with_named_appositive(tokens, subject, comma))
}

/// A subject that is a role, followed by the name of who holds it ("the
/// head of emergency medicine, Dr Sophie Renner, said"), takes in the
/// name: the role says what the speaker is, the name who.
fn with_named_appositive(tokens: &[Token], subject: Range<usize>, comma: usize) -> Range<usize> {
    let role = tokens.get(subject.start).is_some_and(|t| {
        !t.capitalized
            || DETERMINERS.contains(&t.lower.as_str())
            || crate::extract::names::possessive(&t.lower)
    });
    let opens = tokens.get(subject.end).is_some_and(|t| t.is_punct(','));
    let close = (subject.end + 1..=comma).find(|&i| tokens[i].is_punct(','));
    match close {
        Some(close) if role && opens => {
            let name = &tokens[subject.end + 1..close];
            let is_name =
                (1..=5).contains(&name.len()) && name.iter().all(|t| t.is_word && t.capitalized);
            if is_name {
                subject.start..close
            } else {
                subject
            }
        }
        _ => subject,
    }
}

/// Does a phrase starting at `s` open a clause: the sentence start, after
/// punctuation, or after a conjunction?
fn clause_start(tokens: &[Token], s: usize) -> bool {
    s == 0 || !tokens[s - 1].is_word || CLAUSE_OPENERS.contains(&tokens[s - 1].lower.as_str())
}

/// A name or title phrase ending at `e`, with a leading determiner.
fn name_left(tokens: &[Token], e: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let mut s = e;
    while s > 0 && e - s < 8 {
        let t = &tokens[s - 1];
        let fits = t.is_word
            && (t.capitalized
                || is_role_word(&t.lower, lex)
                || (s < e && role_follows(tokens, s - 1, lex)));
        if !fits || (s < e && function_word(t, lex)) {
            break;
        }
        s -= 1;
    }
    if s > 0 && DETERMINERS.contains(&tokens[s - 1].lower.as_str()) && s < e {
        s -= 1;
    }
    (s < e
        && tokens[s..e]
            .iter()
            .any(|t| t.is_word && !is_stop_word(&t.lower)))
    .then_some(s..e)
    .filter(|r| !all_capitalised_function_words(&tokens[r.clone()], lex))
}

/// A common noun phrase ending at `e`: a few content words (and "of"/"in"
/// after a quantity: "46 percent of voters", "six in 10 voters"), accepted
/// when it opens with a determiner or possessive, counts people, or is a
/// bare plural opening a clause ("Critics say").
fn noun_phrase_left(tokens: &[Token], e: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let mut s = e;
    while s > 0 && e - s < 6 {
        let t = &tokens[s - 1];
        let linked =
            ["of", "in"].contains(&t.lower.as_str()) && s >= 2 && is_quantity(&tokens[s - 2]);
        let content = t.is_word && !is_stop_word(&t.lower) && !is_adverb(t);
        let stop = DETERMINERS.contains(&t.lower.as_str()) || (s < e && function_word(t, lex));
        if !(content || linked || plural_possessive(tokens, s - 1)) || stop {
            break;
        }
        s -= 1;
    }
    if s == e {
        return None;
    }
    let phrase = &tokens[s..e];
    let head = &tokens[e - 1].lower;
    let determined = s > 0 && is_determiner(&tokens[s - 1]);
    // "Bernie Sanders' campaign": a possessive inside determines the phrase.
    let owned = (s..e - 1).any(|i| possessive(&tokens[i].lower) || plural_possessive(tokens, i));
    let counted = phrase.iter().any(is_quantity);
    let clause_start = clause_start(tokens, s);
    let plural = head.ends_with('s') && !head.ends_with("ss") && head.chars().count() > 3;
    if determined {
        Some(s - 1..e)
    } else if owned || counted || is_role_word(head, lex) || (plural && clause_start) {
        Some(s..e)
    } else {
        None
    }
}

/// A quantifier or a percentage standing for people at the head of a
/// clause: "Several said", "26% say".
fn share_left(tokens: &[Token], e: usize) -> Option<Range<usize>> {
    let last = &tokens[e - 1];
    let percent = last.is_punct('%') && e > 1 && tokens[e - 2].is_digit();
    let s = if percent { e - 2 } else { e - 1 };
    let alone = percent || QUANTIFIERS.contains(&last.lower.as_str());
    (alone && clause_start(tokens, s)).then_some(s..e)
}

/// Opens a noun phrase: an article, a quantifier or a possessive.
pub(crate) fn is_determiner(t: &Token) -> bool {
    DETERMINERS.contains(&t.lower.as_str())
        || POSSESSIVES.contains(&t.lower.as_str())
        || (t.is_word && t.capitalized && possessive(&t.lower))
}

/// A number, a percentage or a share ("46", "forty-one", "percent", "half").
fn is_quantity(t: &Token) -> bool {
    t.is_digit()
        || crate::text::is_number_word(&t.lower)
        || [
            "percent", "%", "majority", "minority", "third", "thirds", "quarters",
        ]
        .contains(&t.lower.as_str())
}

/// The apostrophe of a plural possessive ("Sanders' campaign"), which the
/// tokenizer leaves on its own.
fn plural_possessive(tokens: &[Token], i: usize) -> bool {
    tokens[i].is_punct('\'') && i > 0 && tokens[i - 1].is_word && tokens[i - 1].lower.ends_with('s')
}

/// "But", "Yet", "However": capitalised at a sentence start, never part of
/// a speaker's name.
fn function_word(t: &Token, lex: &Lexicon) -> bool {
    lex.not_names.contains(t.lower.as_str()) && !is_role_word(&t.lower, lex)
}

fn all_capitalised_function_words(tokens: &[Token], lex: &Lexicon) -> bool {
    tokens
        .iter()
        .all(|t| lex.not_names.contains(t.lower.as_str()) && !is_role_word(&t.lower, lex))
}

fn is_adverb(t: &Token) -> bool {
    /// Nouns that end like adverbs: "her family has said".
    const NOUNS: &[&str] = &[
        "family", "ally", "assembly", "rally", "supply", "anomaly", "monopoly", "bully", "reply",
        "tally",
    ];
    let w = t.lower.as_str();
    !t.capitalized && (ADVERBS.contains(&w) || w.ends_with("ly") && !NOUNS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn speakers(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        let lex = Lexicon::default();
        find_cues(&toks, &|_| false, &lex)
            .into_iter()
            .map(|c| {
                let s = toks[c.speaker.start].span.start;
                let e = toks[c.speaker.end - 1].span.end;
                text[s..e].to_string()
            })
            .collect()
    }

    #[test]
    fn a_figure_that_declined_reports_nothing() {
        assert!(speakers("The Nasdaq index declined 25.78 points.").is_empty());
        assert!(speakers("Revenue declined by 4% in May.").is_empty());
        assert_eq!(speakers("The Nasdaq declined to comment."), ["The Nasdaq"]);
    }

    #[test]
    fn a_role_word_may_open_the_name_after_the_verb() {
        let text = "\"There was a huge bang,\" said passenger Dario Feltz, 34.";
        let toks = tokenize(text);
        let cues = find_cues(&toks, &|i| i > 0 && i < 7, &Lexicon::default());
        let named: Vec<&str> = cues
            .iter()
            .map(|c| &text[toks[c.speaker.start].span.start..toks[c.speaker.end - 1].span.end])
            .collect();
        assert_eq!(named, ["passenger Dario Feltz"]);
    }

    #[test]
    fn speaker_before_the_verb() {
        assert_eq!(speakers("Ushakov said the talks were useful."), ["Ushakov"]);
        assert_eq!(
            speakers("The White House later said no deal was tabled."),
            ["The White House"]
        );
        assert_eq!(speakers("He added that nothing was agreed."), ["He"]);
    }

    #[test]
    fn a_manner_of_speaking_reports_words_only_beside_a_quotation() {
        assert_eq!(
            speakers("The cabin fell after its hauling cable snapped, officials said."),
            ["officials"]
        );
        assert!(speakers("Soldiers stormed the state broadcaster overnight.").is_empty());
        // Beside quoted words (tokens 1 to 5), the same kind of verb reports them.
        let text = "\"This is a disgrace,\" the council leader fumed.";
        let toks = tokenize(text);
        let cues = find_cues(&toks, &|i| (1..=5).contains(&i), &Lexicon::default());
        assert_eq!(cues.len(), 1, "{cues:?}");
        let speaker = &cues[0].speaker;
        let (s, e) = (
            toks[speaker.start].span.start,
            toks[speaker.end - 1].span.end,
        );
        assert_eq!(&text[s..e], "the council leader");
    }

    #[test]
    fn as_someone_put_it_names_the_speaker() {
        assert_eq!(
            speakers(
                "As the President put it, the agreement is \"a first step, not the last word\"."
            ),
            ["the President"]
        );
    }

    #[test]
    fn citing_reasons_names_no_speaker() {
        assert!(
            speakers(
                "It cut its growth forecast to 1.4%, citing weaker exports and cautious spending."
            )
            .is_empty()
        );
        assert_eq!(
            speakers("The ceasefire collapsed, Reuters reported, citing officials.").len(),
            2
        );
        assert_eq!(
            speakers("Citing a Reuters report, the paper said 12 people died."),
            ["a Reuters report", "the paper"]
        );
    }

    #[test]
    fn speaker_described_by_age_after_the_verb() {
        let lex = Lexicon::default();
        let tokens = tokenize(
            "\"I have waited,\" said the 71-year-old retired bus driver, who walks with a stick.",
        );
        let k = tokens.iter().position(|t| t.lower == "the").expect("the");
        let phrase = phrase_right(&tokens, k, &lex).expect("a speaker");
        let words: Vec<&str> = tokens[phrase].iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(words.last(), Some(&"driver"));
    }

    #[test]
    fn speaker_after_the_verb_and_after_according_to() {
        assert_eq!(
            speakers("\"No,\" said Mayor Ana Torres at City Hall."),
            ["Mayor Ana Torres"]
        );
        // A statement from someone, quoted after a colon.
        assert_eq!(
            speakers(
                "A statement has just come in from Halvern chief executive Oskar Brune: \"We deeply regret this incident.\""
            ),
            ["Halvern chief executive Oskar Brune"]
        );
        // A parent named by their children.
        assert_eq!(
            speakers("\"We lay on the floor,\" said mum-of-three Josiane Ruel."),
            ["mum-of-three Josiane Ruel"]
        );
        assert!(names_a_parent("said mum-of-") && !names_a_parent("a two-of-"));
        assert_eq!(
            speakers("It burned for hours, according to the fire chief."),
            ["the fire chief"]
        );
        assert_eq!(
            speakers("Five were hurt, hospital officials said."),
            ["hospital officials"]
        );
        // A trade before the name, its first word in lower case.
        assert_eq!(
            speakers("\"It was a massive slab,\" said ski instructor Lukas Rainer, who watched."),
            ["ski instructor Lukas Rainer"]
        );
    }

    #[test]
    fn parentheticals_are_skipped() {
        assert_eq!(
            speakers("Aide Yuri Ushakov, who attended the meeting alongside Putin, said no."),
            ["Aide Yuri Ushakov"]
        );
        // "wanted" is a second, nested cue: a belief attributed to Russia.
        assert_eq!(
            speakers("Putin, speaking separately, said Russia wanted peace."),
            ["Putin", "Russia"]
        );
    }

    #[test]
    fn an_intention_of_ones_own_reports_nothing() {
        assert!(speakers("The board expects to publish a report within 30 days.").is_empty());
        assert!(speakers("The company plans to close the plant.").is_empty());
        // An undertaking or a deal struck is an outcome, not a view.
        assert!(speakers("The government agreed to set up an inquiry.").is_empty());
        assert!(speakers("Ministers also agreed a compensation scheme.").is_empty());
        assert_eq!(
            speakers("Ministers agreed that the grid needs investment."),
            ["Ministers"]
        );
        assert_eq!(
            speakers("Analysts expect the bank to raise rates."),
            ["Analysts"]
        );
    }

    #[test]
    fn a_disaster_claiming_lives_says_nothing() {
        assert!(speakers("The quake tore through the town, claiming 143 lives.").is_empty());
    }

    #[test]
    fn verbs_without_a_speaker_are_not_cues() {
        assert!(speakers("What was said matters.").is_empty());
    }

    #[test]
    fn a_participle_speaks_for_its_clause_subject() {
        assert_eq!(
            speakers("After the vote, the mayor attacked the council, saying the plan would fail."),
            ["the mayor"]
        );
        assert_eq!(
            speakers("\"We lost,\" she said, adding that a recount was unlikely."),
            ["she", "she"]
        );
    }

    #[test]
    fn an_ing_form_after_an_object_speaks_for_the_subject() {
        assert_eq!(
            speakers("The town released a statement on Monday saying the claims were false."),
            ["The town"]
        );
    }

    #[test]
    fn a_second_verb_shares_the_subject() {
        assert_eq!(
            speakers("Rubio thanked the crowd and said the fight goes on."),
            ["Rubio"]
        );
    }

    #[test]
    fn the_subject_of_a_passive_is_not_the_speaker() {
        assert!(speakers("Staff had been told to leave the building.").is_empty());
        assert!(speakers("He was asked about the budget.").is_empty());
    }

    #[test]
    fn a_role_takes_in_the_name_set_off_after_it() {
        assert_eq!(
            speakers(
                "At the hospital in Montclair, the head of emergency medicine, Dr Sophie Renner, said the unit coped."
            ),
            ["the head of emergency medicine, Dr Sophie Renner"]
        );
        // A name first keeps its description apart.
        assert_eq!(
            speakers("Lance Beebe, 49, a Navy veteran, said he voted."),
            ["Lance Beebe"]
        );
    }

    #[test]
    fn relative_pronouns_stand_for_the_noun_before_them() {
        assert_eq!(speakers("Lee, who said the race was close, lost."), ["Lee"]);
        assert_eq!(
            speakers("Tenants who say the rent is too high marched."),
            ["Tenants"]
        );
        assert_eq!(
            speakers("Officials who spoke with The Gazette said the bridge was safe."),
            ["Officials"]
        );
    }

    #[test]
    fn several_appositives_are_skipped() {
        assert_eq!(
            speakers("Lena Ortiz, 52, a nurse from Leeds, said the wards were full."),
            ["Lena Ortiz"]
        );
        assert_eq!(
            speakers("Sen. Ann Lee (D-Ore.) said the bill was dead."),
            ["Sen. Ann Lee"]
        );
        assert_eq!(
            speakers("The judge -- who had heard the case twice -- said the law stood."),
            ["The judge"]
        );
    }

    #[test]
    fn a_phrase_after_a_preposition_attaches_to_its_noun() {
        assert_eq!(
            speakers("Republican members of Congress said the vote would fail."),
            ["Republican members of Congress"]
        );
        assert_eq!(
            speakers("Advocates for stem cell research said the rule went too far."),
            ["Advocates for stem cell research"]
        );
    }

    #[test]
    fn shares_and_counts_of_people_speak() {
        assert_eq!(
            speakers("Forty-one percent said they would vote."),
            ["Forty-one percent"]
        );
        assert_eq!(
            speakers("Six in 10 voters say the country is on the wrong track."),
            ["Six in 10 voters"]
        );
        assert_eq!(speakers("Several said they were tired."), ["Several"]);
        assert_eq!(speakers("26% say they are undecided."), ["26%"]);
    }

    #[test]
    fn common_noun_speakers_need_a_determiner_an_owner_or_a_plural() {
        assert_eq!(
            speakers("The report said costs had doubled."),
            ["The report"]
        );
        assert_eq!(
            speakers("Bernie Sanders' campaign says it raised $5 million."),
            ["Bernie Sanders' campaign"]
        );
        assert_eq!(speakers("Critics say the law is unfair."), ["Critics"]);
        assert!(speakers("Fresh bread says little.").is_empty());
    }

    #[test]
    fn a_name_and_a_colon_give_that_persons_words() {
        assert_eq!(speakers("Warren: The Plan Is a Failure"), ["Warren"]);
        assert_eq!(
            speakers("TURNOUT WAS LOW - Ann Lee and Bo Chan: \u{201c}Few came.\u{201d}"),
            ["Ann Lee and Bo Chan"]
        );
        assert!(speakers("Q: What happened next?").is_empty());
    }

    #[test]
    fn a_quote_after_a_colon_is_the_opening_names_words() {
        // The speakers of `text`, its words after the first quote mark quoted.
        let after_quote = |text: &str| -> Vec<String> {
            let toks = tokenize(text);
            let open = toks.iter().position(is_quote_mark).unwrap();
            find_cues(&toks, &|i| i > open, &Lexicon::default())
                .into_iter()
                .map(|c| {
                    let (s, e) = (toks[c.speaker.start].span, toks[c.speaker.end - 1].span);
                    text[s.start..e.end].to_string()
                })
                .collect()
        };
        assert_eq!(
            after_quote(
                "05:30 — Mediator Geoffrey Oakes, on the ministry steps, had a message: \"Nobody wants empty platforms.\""
            ),
            ["Mediator Geoffrey Oakes"]
        );
        // A title in lower case inside the name.
        assert_eq!(
            after_quote(
                "13:10 — Oskby mayor Tomas Reiner has spoken to BVR outside the centre: \"We have been warning about the signals.\""
            ),
            ["Oskby mayor Tomas Reiner"]
        );
        // Or a role that is no title: "chief investigator".
        assert_eq!(
            after_quote(
                "ASIB chief investigator Tomas Reyvik has just spoken to reporters: \"It is far too early.\""
            ),
            ["ASIB chief investigator Tomas Reyvik"]
        );
        // So may a surname alone, which the extractor keeps only for someone
        // the document names as a person.
        assert_eq!(
            after_quote(
                "Feyre has opened by defending the decision: \"The offer fairly values the company.\""
            ),
            ["Feyre"]
        );
        assert_eq!(
            after_quote("Marrick, speaking at the plant gates: \"This was a failure.\""),
            ["Marrick"]
        );
        // A role opening the sentence, with the name set off after it.
        assert_eq!(
            after_quote(
                "The head of the regulator, Dr Petra Lindqvist, has issued a short statement: \"Safety comes first.\""
            ),
            ["The head of the regulator, Dr Petra Lindqvist"]
        );
        // So does someone's relative, after an opening participle phrase.
        assert_eq!(
            after_quote(
                "Standing beside Moradi, Arkel's mother, Clara Arkel, spoke only briefly: \"He was a boy.\""
            ),
            ["Arkel's mother, Clara Arkel"]
        );
        assert!(after_quote("The board, it seems, had a message: \"Stay calm.\"").is_empty());
        // Not a possessive.
        assert!(after_quote("Brenn's mouthpiece had a message: \"Stay calm.\"").is_empty());
    }

    #[test]
    fn a_survey_opening_the_sentence_is_a_source() {
        assert_eq!(
            speakers("In a new poll, turnout fell sharply."),
            ["a new poll"]
        );
        assert!(speakers("In Iowa, turnout was low.").is_empty());
    }

    #[test]
    fn who_after_the_object_of_a_preposition_is_that_person() {
        assert_eq!(
            speakers("The group spoke through spokesman Yusef Adrani, who says they were freed."),
            vec!["spokesman Yusef Adrani"]
        );
    }

    #[test]
    fn a_possessive_name_before_words_view_or_name_is_the_speaker() {
        assert_eq!(
            speakers("In Ushakov’s words, some proposals are “entirely acceptable”."),
            vec!["Ushakov’s"]
        );
        assert_eq!(
            speakers("In Mayor Grant's view, the talks were useful."),
            vec!["Mayor Grant's"]
        );
        assert!(speakers("In Moscow's streets, crowds gathered.").is_empty());
        assert!(speakers("It began in Moscow").is_empty());
        // A statement issued in someone's name gives their words.
        assert_eq!(
            speakers("Halvek has issued a statement in Dunst's name: \"Safety comes first.\""),
            vec!["Dunst's"]
        );
    }

    #[test]
    fn according_to_takes_the_whole_source() {
        assert_eq!(
            speakers("Turnout fell, according to a Reuters/Ipsos poll released Monday."),
            ["a Reuters/Ipsos poll released Monday"]
        );
        assert_eq!(
            speakers(
                "According to the Dockworkers\u{2019} and Logistics Union, staff were told to ignore it."
            ),
            ["the Dockworkers\u{2019} and Logistics Union"]
        );
    }

    #[test]
    fn nouns_that_look_like_verbs_are_not_cues() {
        assert!(speakers("The United States sent aid.").is_empty());
        assert!(speakers("European states developed a plan.").is_empty());
        assert!(speakers("Kyiv is reliant on Western support for its defence.").is_empty());
    }

    #[test]
    fn time_words_and_sentence_openers_are_not_part_of_the_speaker() {
        assert_eq!(
            speakers("The campaign on Monday said it would appeal."),
            ["The campaign"]
        );
        assert_eq!(speakers("But Clinton said the deal was done."), ["Clinton"]);
    }

    #[test]
    fn beliefs_and_stances_are_attributed() {
        assert_eq!(
            speakers("Democrats fear the bill will fail."),
            ["Democrats"]
        );
        assert_eq!(
            speakers("The Russian president threatened to cut the supply."),
            ["The Russian president"]
        );
    }

    #[test]
    fn only_main_clause_cues_govern() {
        let text =
            "While he declined to give details, Ushakov noted that the draft was unsuitable.";
        let toks = tokenize(text);
        let cues = find_cues(&toks, &|_| false, &Lexicon::default());
        let main: Vec<bool> = cues.iter().map(|c| in_main_clause(&toks, c)).collect();
        assert_eq!(main, [false, true]);
    }
}
