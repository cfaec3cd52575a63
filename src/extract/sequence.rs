//! Times given relative to another event: "before the talks", "following the
//! vote", "after the blaze". Outlets often disagree on the order of events
//! (an embassy visit before or after the talks) without any clock time, so
//! these phrases are dates too: compared by their relation and their event.

use crate::lexicon::Lexicon;
use crate::model::{DateMention, Span};
use crate::text::Token;

/// Which side of the event a phrase puts something on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    Before,
    After,
}

const BEFORE: &[&[&str]] = &[
    &["before"],
    &["ahead", "of"],
    &["prior", "to"],
    &["in", "the", "run-up", "to"],
];
const AFTER: &[&[&str]] = &[
    &["after"],
    &["following"],
    &["since"],
    &["in", "the", "wake", "of"],
];
const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "their",
    "his",
    "her",
    "its",
    "our",
    "monday's",
    "tuesday's",
    "wednesday's",
    "thursday's",
    "friday's",
    "saturday's",
    "sunday's",
];

/// Find "before/after (the) EVENT" phrases in a sentence's tokens (spans in
/// the tokens' offsets). Their `value` is `None`: they name no calendar time.
pub fn find_event_times(tokens: &[Token], text: &str, lex: &Lexicon) -> Vec<DateMention> {
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        let Some((_, len)) = relation_at(tokens, i) else {
            continue;
        };
        let mut j = i + len;
        while j < tokens.len() && j < i + len + 3 && DETERMINERS.contains(&tokens[j].lower.as_str())
        {
            j += 1;
        }
        // Allow one modifier: "before the Kremlin talks", "after Tuesday's vote".
        let event = lex
            .event_nouns
            .match_at(tokens, j)
            .map(|n| (j, n))
            .or_else(|| {
                lex.event_nouns
                    .match_at(tokens, j + 1)
                    .filter(|_| tokens.get(j).is_some_and(|t| t.is_word))
                    .map(|n| (j + 1, n))
            });
        // Or an action: "before heading into the Kremlin".
        let event = event.or_else(|| {
            let t = tokens.get(i + len)?;
            (t.is_word && t.lower.len() > 4 && t.lower.ends_with("ing")).then_some((i + len, 1))
        });
        if let Some((at, n)) = event {
            let span = Span::new(tokens[i].span.start, tokens[at + n - 1].span.end);
            out.push(DateMention {
                text: span.slice(text).to_string(),
                span,
                value: None,
            });
        }
    }
    out
}

fn relation_at(tokens: &[Token], i: usize) -> Option<(Relation, usize)> {
    let matches = |phrase: &&&[&str]| {
        phrase.len() <= tokens.len() - i
            && phrase.iter().zip(&tokens[i..]).all(|(w, t)| *w == t.lower)
    };
    BEFORE
        .iter()
        .find(matches)
        .map(|p| (Relation::Before, p.len()))
        .or_else(|| {
            AFTER
                .iter()
                .find(matches)
                .map(|p| (Relation::After, p.len()))
        })
}

/// The relation and event of a phrase found by [`find_event_times`]
/// ("before the talks" → Before, "talks"), with the event folded through the
/// synonym groups so "the meeting" and "the talks" are one event.
pub fn parse(text: &str, lex: &Lexicon) -> Option<(Relation, String)> {
    let tokens = crate::text::tokenize(text);
    let (relation, _) = relation_at(&tokens, 0)?;
    let last = tokens.last()?.lower.as_str();
    let event = lex
        .synonyms
        .get(last)
        .cloned()
        .unwrap_or_else(|| last.to_string());
    Some((relation, event))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn found(text: &str) -> Vec<String> {
        find_event_times(&tokenize(text), text, &Lexicon::default())
            .into_iter()
            .map(|d| d.text)
            .collect()
    }

    #[test]
    fn before_and_after_events() {
        assert_eq!(
            found("Witkoff went to the embassy following the meeting."),
            ["following the meeting"]
        );
        assert_eq!(
            found("He dropped in at the embassy before the talks."),
            ["before the talks"]
        );
        assert_eq!(
            found("After Tuesday's vote, the council adjourned."),
            ["After Tuesday's vote"]
        );
        assert!(found("After all, nothing changed.").is_empty());
        assert_eq!(
            found("They strolled through Red Square before heading in."),
            ["before heading"]
        );
    }

    #[test]
    fn synonyms_make_one_event() {
        let lex = Lexicon::default();
        assert_eq!(
            parse("before the talks", &lex),
            Some((Relation::Before, "talks".into()))
        );
        assert_eq!(
            parse("following the meeting", &lex),
            Some((Relation::After, "talks".into()))
        );
    }
}
