//! Who said it: reporting cues ("said", "according to") and the noun phrase
//! naming the speaker on either side of the cue.
//!
//! News attributes in a handful of shapes — `"…," Ushakov said`, `said
//! Ushakov`, `Ushakov, who attended, said`, `…, police said`, `according to
//! the Kremlin` — so a small set of rules over tokens finds most speakers
//! without a parser.

use std::ops::Range;

use crate::lexicon::Lexicon;
use crate::text::{Token, is_stop_word};

/// A reporting cue with the tokens naming its speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    /// Token range of the cue ("said", "according to").
    pub cue: Range<usize>,
    /// Token range of the speaker phrase.
    pub speaker: Range<usize>,
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "some", "two", "three", "several", "many", "both",
];
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];
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
    "had",
    "recently",
    "initially",
    "repeatedly",
    "still",
    "subsequently",
];

/// Find every reporting cue in a sentence that is not inside a quote, with
/// its speaker. `quoted(i)` tells whether token `i` is inside quoted words.
pub fn find_cues(tokens: &[Token], quoted: &dyn Fn(usize) -> bool, lex: &Lexicon) -> Vec<Cue> {
    let mut out = Vec::new();
    for (start, len) in lex.source_phrases.find_all(tokens) {
        if quoted(start) {
            continue;
        }
        if let Some(speaker) = phrase_right(tokens, start + len, lex) {
            out.push(Cue {
                cue: start..start + len,
                speaker,
            });
        }
    }
    for (start, len) in lex.reporting_verbs.find_all(tokens) {
        if quoted(start) || out.iter().any(|c| c.cue.contains(&start)) {
            continue;
        }
        let speaker = phrase_left(tokens, start, lex).or_else(|| {
            inverted(tokens, start)
                .then(|| phrase_right(tokens, start + len, lex))
                .flatten()
        });
        if let Some(speaker) = speaker {
            out.push(Cue {
                cue: start..start + len,
                speaker,
            });
        }
    }
    out.sort_by_key(|c| c.cue.start);
    out
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
    lex.speaker_nouns.contains(w)
        || lex.speaker_nouns.contains(singular)
        || lex.titles.contains_word(w)
        || lex.titles.contains_word(singular)
}

/// The speaker phrase starting at token `k`: "the Kremlin", "Mayor Ana
/// Torres", "hospital officials", "an official".
pub fn phrase_right(tokens: &[Token], k: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let mut j = k;
    if tokens
        .get(j)
        .is_some_and(|t| DETERMINERS.contains(&t.lower.as_str()))
    {
        j += 1;
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

/// A lower-case modifier followed within two words by a role word
/// ("hospital officials", "foreign-policy aide").
fn role_follows(tokens: &[Token], j: usize, lex: &Lexicon) -> bool {
    !is_stop_word(&tokens[j].lower)
        && tokens[j + 1..tokens.len().min(j + 3)]
            .iter()
            .any(|t| t.is_word && is_role_word(&t.lower, lex))
}

/// The speaker phrase ending right before the cue at `v`, skipping adverbs
/// ("later said") and a parenthetical (", who attended the talks,").
pub fn phrase_left(tokens: &[Token], v: usize, lex: &Lexicon) -> Option<Range<usize>> {
    let mut e = v;
    while e > 0 && tokens[e - 1].is_word && is_adverb(&tokens[e - 1]) {
        e -= 1;
    }
    if e > 0 && tokens[e - 1].is_punct(',') {
        e = skip_parenthetical(tokens, e - 1)?;
    }
    let last = tokens.get(e.checked_sub(1)?)?;
    if PRONOUNS.contains(&last.lower.as_str()) {
        return Some(e - 1..e);
    }
    let mut s = e;
    while s > 0 && e - s < 8 {
        let t = &tokens[s - 1];
        let fits = t.is_word
            && (t.capitalized
                || is_role_word(&t.lower, lex)
                || (s < e && role_follows(tokens, s - 1, lex)));
        if !fits {
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

fn all_capitalised_function_words(tokens: &[Token], lex: &Lexicon) -> bool {
    tokens
        .iter()
        .all(|t| lex.not_names.contains(&t.lower) && !is_role_word(&t.lower, lex))
}

fn is_adverb(t: &Token) -> bool {
    !t.capitalized && (ADVERBS.contains(&t.lower.as_str()) || t.lower.ends_with("ly"))
}

/// Given the comma before a cue, the index just past the subject before the
/// parenthetical that the comma closes, if there is one within reach.
fn skip_parenthetical(tokens: &[Token], comma: usize) -> Option<usize> {
    let lo = comma.saturating_sub(25);
    let open = (lo..comma).rev().find(|&i| tokens[i].is_punct(','))?;
    let inner = &tokens[open + 1..comma];
    let has_quote = inner
        .iter()
        .any(|t| !t.is_word && "\"“”".contains(&t.lower[..]));
    (!has_quote && !inner.is_empty()).then_some(open)
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
    fn speaker_before_the_verb() {
        assert_eq!(speakers("Ushakov said the talks were useful."), ["Ushakov"]);
        assert_eq!(
            speakers("The White House later said no deal was tabled."),
            ["The White House"]
        );
        assert_eq!(speakers("He added that nothing was agreed."), ["He"]);
    }

    #[test]
    fn speaker_after_the_verb_and_after_according_to() {
        assert_eq!(
            speakers("\"No,\" said Mayor Ana Torres at City Hall."),
            ["Mayor Ana Torres"]
        );
        assert_eq!(
            speakers("It burned for hours, according to the fire chief."),
            ["the fire chief"]
        );
        assert_eq!(
            speakers("Five were hurt, hospital officials said."),
            ["hospital officials"]
        );
    }

    #[test]
    fn parentheticals_are_skipped() {
        assert_eq!(
            speakers("Aide Yuri Ushakov, who attended the meeting alongside Putin, said no."),
            ["Aide Yuri Ushakov"]
        );
        assert_eq!(
            speakers("Putin, speaking separately, said Russia wanted peace."),
            ["Putin"]
        );
    }

    #[test]
    fn verbs_without_a_speaker_are_not_cues() {
        assert!(speakers("What was said matters.").is_empty());
    }
}
