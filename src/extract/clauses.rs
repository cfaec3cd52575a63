//! Clauses: cut a sentence that joins two independent statements into two
//! claim units.
//!
//! Outlets pack and unpack facts freely: one writes "Schools will stay
//! closed until Thursday, and the airport will reopen on Tuesday.", another
//! gives each fact a sentence of its own. A claim is one per unit and a
//! group holds one claim per source, so a packed sentence can be aligned
//! with only one of the two, and the other fact reads as left out. Cutting
//! the packed sentence where a second clause with its own subject and verb
//! begins lets each fact meet its counterpart.
//!
//! The cut is made only where it is safe without a parser: at a semicolon,
//! or at ", and" / ", but" followed by a subject and, soon after, a finite
//! verb. A sentence within a quote or with quotation marks, and one whose
//! first clause reports speech ("Brezina said no guards were suspended,
//! but …"), stays whole. An attribution covering every clause ("…, and
//! the airport will reopen, the ministry said"; "According to the
//! ministry, …") is shared by them all.

use crate::lexicon::Lexicon;
use crate::model::{Sentence, SentenceRole, Span};
use crate::text::{Token, tokenize};

/// The claim units of `sentences` (spans into `text`): each body sentence
/// whole or cut into its clauses. `quoted` are the spans of the quotes
/// (marks included): a sentence touching one stays whole.
pub fn units(text: &str, sentences: &[Sentence], quoted: &[Span], lex: &Lexicon) -> Units {
    let mut units = Units::default();
    for (i, sentence) in sentences.iter().enumerate() {
        let quote = quoted.iter().any(|q| q.overlaps(&sentence.span));
        let (spans, cover) = match sentence.role {
            SentenceRole::Body if !quote => clause_spans(text, sentence.span, lex),
            _ => (vec![sentence.span], Cover::None),
        };
        let first = units.sentences.len();
        let last = first + spans.len() - 1;
        let attributed_by = match cover {
            Cover::None => None,
            Cover::Leading => Some(first),
            Cover::Trailing => Some(last),
        };
        for (k, span) in spans.into_iter().enumerate() {
            units.sentences.push(Sentence {
                span,
                ..sentence.clone()
            });
            units.origins.push(i);
            units
                .attributed_by
                .push(attributed_by.filter(|&a| a != first + k));
        }
    }
    units
}

/// Claim units, each a sentence or one of its clauses, in three parallel
/// lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Units {
    /// Each unit's span, with its sentence's paragraph and role.
    pub sentences: Vec<Sentence>,
    /// Index of the sentence each comes from.
    pub origins: Vec<usize>,
    /// The unit (index in the lists) whose attribution covers each one
    /// too: "A; B, the ministry said" tells A on the ministry's word as
    /// well.
    pub attributed_by: Vec<Option<usize>>,
}

/// Where an attribution covering a whole sentence sits.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cover {
    None,
    /// "According to the ministry, …" opens it.
    Leading,
    /// ", the ministry said." closes it.
    Trailing,
}

/// The spans of the clauses of the sentence at `span` (the sentence itself
/// unless it has a safe cut), and where an attribution covering them all
/// sits.
fn clause_spans(text: &str, span: Span, lex: &Lexicon) -> (Vec<Span>, Cover) {
    let sentence = span.slice(text);
    // Tokenize only a sentence that may have a cut.
    let conjunction = |w: &str| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("but");
    let joined = sentence.contains(';')
        || (sentence.contains(',')
            && sentence
                .split(|c: char| !c.is_alphabetic())
                .any(conjunction));
    if !joined || sentence.contains(QUOTE_MARKS) {
        return (vec![span], Cover::None);
    }
    let tokens = tokenize(sentence);
    let cover = covering_attribution(&tokens, lex);
    let mut spans = Vec::new();
    let mut start = 0;
    let mut from = match cover {
        Cover::Leading => opening_attribution_end(&tokens),
        _ => 0,
    };
    for (cut, next) in cuts(&tokens, from, lex) {
        let before = &tokens[from..cut];
        let after = &tokens[next..];
        if words(before) < MIN_WORDS || words_to_stop(after) < MIN_WORDS {
            continue;
        }
        let end = tokens[cut - 1].span.end;
        spans.push(Span::new(span.start + start, span.start + end));
        start = tokens[next].span.start;
        from = next;
    }
    spans.push(Span::new(span.start + start, span.end));
    (spans, cover)
}

/// Quotation marks of any style: a quote may run across a cut.
const QUOTE_MARKS: &[char] = &['"', '“', '”', '«', '»', '„'];

/// The fewest words a clause needs to stand as a claim of its own.
const MIN_WORDS: usize = 4;

/// Cut points after token `from`: the token index a clause ends before
/// and the token index the next clause starts at.
fn cuts(tokens: &[Token], from: usize, lex: &Lexicon) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut clause = from;
    for i in from.max(1)..tokens.len() {
        if tokens[i].is_punct(';') {
            out.push((i, i + 1));
            clause = i + 1;
            continue;
        }
        let joined = tokens[i].is_punct(',')
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.lower == "and" || t.lower == "but");
        if joined && opens_clause(&tokens[i + 2..]) && !reports_speech(&tokens[clause..i], lex) {
            // "the talks ended without a deal, 36,000 members will walk
            // out, and the sides meet again on Friday": a run of clauses.
            out.extend(
                (clause + 1..i)
                    .filter(|&c| tokens[c].is_punct(',') && opens_plain_clause(&tokens[c + 1..i]))
                    .map(|c| (c, c + 1)),
            );
            out.push((i, i + 2));
            clause = i + 2;
        }
    }
    out.retain(|&(_, next)| next < tokens.len());
    out
}

/// Does a run of tokens open a clause: a subject (a determiner, a pronoun or
/// a capitalised word) and, within a few words, a finite verb?
fn opens_clause(tokens: &[Token]) -> bool {
    // "and on Tuesday the commission agreed": past an opening adverbial.
    let skip = if FRONTED.contains(&tokens.first().map_or("", |t| t.lower.as_str())) {
        match tokens
            .iter()
            .take(5)
            .position(|t| SUBJECTS.contains(&t.lower.as_str()))
        {
            Some(k) => k,
            None => return false,
        }
    } else {
        0
    };
    let Some(first) = tokens.get(skip) else {
        return false;
    };
    if !(SUBJECTS.contains(&first.lower.as_str()) || first.capitalized || first.is_digit()) {
        return false;
    }
    let rest = &tokens[skip..];
    (1..rest.len().min(VERB_WITHIN + 1))
        .take_while(|&k| !rest[k].is_punct(';'))
        .any(|k| FINITE.contains(&rest[k].lower.as_str()) || past_form(rest, k))
}

/// Does a run of tokens after a bare comma open a clause of a run: a
/// subject that is no name (which could be an aside: "Vesna Koral, the
/// party's deputy leader, …" has none) and a verb?
fn opens_plain_clause(tokens: &[Token]) -> bool {
    let to_comma = tokens
        .iter()
        .position(|t| t.is_punct(','))
        .unwrap_or(tokens.len());
    tokens.first().is_some_and(|t| !t.capitalized) && opens_clause(&tokens[..to_comma])
}

/// Words that open a clause's subject.
const SUBJECTS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "it", "he", "she", "they", "we", "this",
    "that", "these", "those", "some", "many", "most", "all", "no", "two", "three",
];

/// Words opening an adverbial that may come before a clause's subject.
const FRONTED: &[&str] = &[
    "on",
    "in",
    "at",
    "by",
    "after",
    "before",
    "then",
    "later",
    "since",
    "during",
    "overnight",
    "meanwhile",
    "now",
    "within",
];

/// How far after a clause's first word its verb may come ("the stadium's
/// capacity is", "Veltra's medical director, Dr Lena Marsk, joined").
const VERB_WITHIN: usize = 9;

/// Finite verbs a clause may turn on.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "must", "should", "did", "does", "do", "remains", "remain", "say", "says", "put",
    "puts", "stood", "stands", "began", "died", "fell", "rose", "left", "took", "went", "came",
    "gave", "held", "told", "kept", "lost", "won", "made", "met", "saw", "spent",
];

/// Is `tokens[k]` a regular past form ("joined", "agreed"), not a name, a
/// noun like "speed" or a participle after a determiner ("the injured")?
fn past_form(tokens: &[Token], k: usize) -> bool {
    const NOT_VERBS: &[&str] = &[
        "speed", "need", "seed", "greed", "indeed", "hundred", "bred",
    ];
    let t = &tokens[k];
    let after_determiner = tokens[k - 1].lower.as_str();
    t.is_word
        && !t.capitalized
        && t.lower.len() > 4
        && t.lower.ends_with("ed")
        && !NOT_VERBS.contains(&t.lower.as_str())
        && !SUBJECTS.contains(&after_determiner)
}

/// Does a clause report speech ("Brezina said no guards had been
/// suspended", "according to the ministry")? What follows its ", and" may
/// still be the speaker's.
///
/// A verb followed by "to" or "for" reports no words ("admitted to
/// hospital", "agreed to talks", "called for calm"), nor does an "-ing"
/// form unless a comma sets it off ("…, warning that" but "its red
/// warning").
fn reports_speech(tokens: &[Token], lex: &Lexicon) -> bool {
    let reports_words = |&(start, len): &(usize, usize)| {
        let verb = &tokens[start].lower;
        let set_off = start > 0 && tokens[start - 1].is_punct(',');
        tokens
            .get(start + len)
            .is_none_or(|t| t.lower != "to" && t.lower != "for")
            && (!verb.ends_with("ing") || set_off)
    };
    lex.reporting_verbs
        .find_all(tokens)
        .iter()
        .any(reports_words)
        || !lex.source_phrases.find_all(tokens).is_empty()
}

/// Does an attribution cover the whole sentence: "According to …" at its
/// start, or a closing ", the ministry said." / ", police say."?
fn covering_attribution(tokens: &[Token], lex: &Lexicon) -> Cover {
    if tokens.first().is_some_and(|t| t.lower == "according") {
        return Cover::Leading;
    }
    let last_comma = tokens.iter().rposition(|t| t.is_punct(','));
    let tail = last_comma.map_or(&tokens[..0], |c| &tokens[c + 1..]);
    if words(tail) <= 10 && reports_speech(tail, lex) {
        Cover::Trailing
    } else {
        Cover::None
    }
}

/// The token after the comma closing an opening "According to the
/// ministry,".
fn opening_attribution_end(tokens: &[Token]) -> usize {
    tokens
        .iter()
        .position(|t| t.is_punct(','))
        .map_or(tokens.len(), |c| c + 1)
}

fn words(tokens: &[Token]) -> usize {
    tokens.iter().filter(|t| t.is_word).count()
}

/// Words up to the next semicolon.
fn words_to_stop(tokens: &[Token]) -> usize {
    words(
        &tokens[..tokens
            .iter()
            .position(|t| t.is_punct(';'))
            .unwrap_or(tokens.len())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parsed once for all tests.
    fn lex() -> &'static Lexicon {
        static LEXICON: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(Lexicon::default);
        &LEXICON
    }

    fn clauses(text: &str) -> Vec<&str> {
        clause_spans(text, Span::new(0, text.len()), lex())
            .0
            .into_iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn a_semicolon_joins_two_claims() {
        assert_eq!(
            clauses("Organisers estimated the crowd at 80,000; police put it at 12,000."),
            [
                "Organisers estimated the crowd at 80,000",
                "police put it at 12,000."
            ]
        );
    }

    #[test]
    fn and_with_a_new_subject_and_verb_opens_a_clause() {
        assert_eq!(
            clauses(
                "Schools will stay closed until Thursday, and the airport will reopen on Tuesday."
            ),
            [
                "Schools will stay closed until Thursday",
                "the airport will reopen on Tuesday."
            ]
        );
    }

    #[test]
    fn a_run_of_clauses_is_cut_at_each() {
        assert_eq!(
            clauses(
                "To recap: the talks ended without a deal, 36,000 members are set to walk out from Monday, and the two sides will meet again on Friday."
            ),
            [
                "To recap: the talks ended without a deal",
                "36,000 members are set to walk out from Monday",
                "the two sides will meet again on Friday."
            ]
        );
        let aside = "Vesna Koral, the party's deputy leader, led the march to the square, and the police kept their distance.";
        assert_eq!(
            clauses(aside),
            [
                "Vesna Koral, the party's deputy leader, led the march to the square",
                "the police kept their distance."
            ]
        );
    }

    #[test]
    fn a_list_ending_in_and_stays_whole() {
        let list = "The three freed were Tomas Reyl, a former officer, Agata Brenn, a reporter, and Nils Haber.";
        assert_eq!(clauses(list), [list]);
    }

    #[test]
    fn an_attribution_covering_both_clauses_is_shared() {
        let trailing = "Nine people have been admitted to hospital; two children remain in intensive care, the authority said.";
        let (spans, cover) = clause_spans(trailing, Span::new(0, trailing.len()), lex());
        assert_eq!(spans.len(), 2);
        assert_eq!(cover, Cover::Trailing);
        let opened = "According to the ministry, schools will stay closed until Thursday, and the airport will reopen on Tuesday.";
        assert_eq!(
            clauses(opened),
            [
                "According to the ministry, schools will stay closed until Thursday",
                "the airport will reopen on Tuesday."
            ]
        );
    }

    #[test]
    fn an_opening_adverbial_does_not_hide_a_clause() {
        assert_eq!(
            clauses(
                "Her team disputed the results from 14 stations, and on Tuesday the commission agreed to recount every ballot."
            ),
            [
                "Her team disputed the results from 14 stations",
                "on Tuesday the commission agreed to recount every ballot."
            ]
        );
    }

    #[test]
    fn reported_speech_and_quotes_stay_whole() {
        let speech = "Brezina said no guards had been suspended, but the officers on shift were moved to other duties.";
        assert_eq!(clauses(speech), [speech]);
        let quoted = "\"We will rebuild; we always have,\" the mayor said.";
        assert_eq!(clauses(quoted), [quoted]);
        // Inside a quote that runs over sentences, marks or not.
        let text =
            "\"We came to talk. The talks failed; we are leaving now. That is all,\" he said.";
        let sentences = crate::segment::split(text);
        let quote = [Span::new(0, text.len() - 9)];
        assert_eq!(
            units(text, &sentences, &quote, lex()).sentences.len(),
            sentences.len()
        );
    }

    #[test]
    fn a_verb_of_speech_in_another_sense_reports_nothing() {
        assert_eq!(
            clauses(
                "Nine people have been admitted to hospital, and two children remain in intensive care."
            ),
            [
                "Nine people have been admitted to hospital",
                "two children remain in intensive care."
            ]
        );
        assert_eq!(
            clauses(
                "The service issued its red warning on Friday, and 148,000 people were moved to shelters."
            ),
            [
                "The service issued its red warning on Friday",
                "148,000 people were moved to shelters."
            ]
        );
        let warned = "The service issued a statement, warning that the river would rise, and residents were moved.";
        assert_eq!(clauses(warned), [warned]);
    }

    #[test]
    fn short_pieces_are_not_cut_off() {
        let short = "It rained; the match went ahead as planned.";
        assert_eq!(clauses(short), [short]);
    }

    #[test]
    fn units_point_back_to_their_sentences() {
        let text =
            "The dam held. Organisers put the crowd at 80,000; about 12,000 came, police said.";
        let sentences = crate::segment::split(text);
        let units = units(text, &sentences, &[], lex());
        let texts: Vec<&str> = units.sentences.iter().map(|u| u.span.slice(text)).collect();
        assert_eq!(
            texts,
            [
                "The dam held.",
                "Organisers put the crowd at 80,000",
                "about 12,000 came, police said."
            ]
        );
        assert_eq!(units.origins, [0, 1, 1]);
        assert_eq!(units.attributed_by, [None, Some(2), None]);
    }
}
