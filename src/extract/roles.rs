//! Sentence roles: which sentences are story text and which are headline,
//! subhead, dateline, publisher boilerplate or too bare to carry a claim.
//!
//! A footer such as "Follow us on Google News" is in every version from one
//! publisher and in none from another; left in, it would surface as an
//! omission in every comparison.

use std::sync::LazyLock;

use regex::Regex;

use crate::lexicon::Lexicon;
use crate::model::{Document, Pattern, Sentence, SentenceRole, Span};

/// A leading dateline ("MOSCOW, Dec 3 (Reuters) -") or liveblog timestamp
/// ("23:40 —", "08:15 GMT:").
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ^(?:
            [A-Z][A-Z.'’-]+ (?:\s+[A-Z][A-Z.'’-]+){0,3}          # CITY
            (?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?     # , State
            (?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?  # Dec 3, 2025
            (?:\s*\([^)\n]{1,40}\))?                           # (Agency)
          | \d{1,2}[:.]\d{2} (?:\s*[ap]\.?m\.?)?                 # 23:40, 8.15am
            (?:\s*(?:GMT|UTC|BST|CET|CEST|ET|EST|PT|MSK))?
        )
        \s*[-–—:|]{1,2}\s*",
    )
    .expect("dateline pattern is valid")
});

/// Minimum words for a sentence to carry a claim.
const MIN_CLAIM_WORDS: usize = 3;

/// The part of a sentence a claim covers: without a leading dateline.
pub(super) fn claim_span(text: &str, sentence: Span) -> Span {
    let s = sentence.slice(text);
    match DATELINE.find(s) {
        Some(m) if m.end() < s.len() => Span::new(sentence.start + m.end(), sentence.end),
        _ => sentence,
    }
}

/// Give every sentence its role.
pub(super) fn assign(document: &Document, sentences: &mut [Sentence], lex: &Lexicon) {
    let text = &document.text;
    for sentence in sentences.iter_mut() {
        sentence.role = role_of(document, text, sentence.span, lex);
    }
    for i in 0..sentences.len() {
        if sentences[i].role == SentenceRole::Body && unquoted_question(text, sentences, i) {
            sentences[i].role = SentenceRole::NoClaim;
        }
    }
}

/// Is sentence `i` a question in the outlet's own voice? It asks and
/// asserts nothing: a call to readers ("Do you have a relative who works at
/// Stara Brana?") or a question the next sentence answers ("So who scooped
/// most of the cash?"). A question inside quotation marks is someone's
/// words ("'Where is my son?' she asked") and stays.
fn unquoted_question(text: &str, sentences: &[Sentence], i: usize) -> bool {
    let span = claim_span(text, sentences[i].span);
    let asks = span
        .slice(text)
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | ')'))
        .ends_with('?');
    if !asks {
        return false;
    }
    // Quotes are found within the paragraph, where they open and close.
    let paragraph = sentences[i].paragraph;
    let within = |s: &&Sentence| s.paragraph == paragraph;
    let first = sentences[..i].iter().rev().take_while(within).last();
    let last = sentences[i..].iter().take_while(within).last();
    let start = first.map_or(span.start, |s| s.span.start);
    let end = last.map_or(span.end, |s| s.span.end);
    !super::quotes::find_quotes(&text[start..end])
        .iter()
        .any(|q| q.outer.shifted(start).overlaps(&span))
}

fn role_of(document: &Document, text: &str, span: Span, lex: &Lexicon) -> SentenceRole {
    let s = span.slice(text);
    if document.title_span.is_some_and(|t| t.overlaps(&span)) {
        return SentenceRole::Headline;
    }
    if let Some(pattern) = lex.boilerplate_match(s) {
        return SentenceRole::Boilerplate(Pattern::new(pattern));
    }
    let claim = claim_span(text, span);
    if claim == span && DATELINE.find(s).is_some_and(|m| m.end() == s.len()) {
        return SentenceRole::Dateline;
    }
    let words = claim
        .slice(text)
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    // A subhead of a few words ("The sticking point") labels what follows.
    let heading = document.headings.iter().any(|h| h.overlaps(&span));
    if is_subhead(text, span) || heading && words > MIN_CLAIM_WORDS {
        return SentenceRole::Subhead;
    }
    // Three words make a claim only as a statement ("Halvik stayed away."),
    // not as a question or exclamation that leads into the next
    // ("Albion Rail's offer?").
    let statement = claim.slice(text).trim_end().ends_with('.');
    // A liveblog entry that names an event ("09:14 — Liftoff!") dates it.
    let stamped_event = || {
        claim != span
            && super::events::named_alone(&crate::text::tokenize(claim.slice(text)), lex).is_some()
    };
    if (words < MIN_CLAIM_WORDS || words == MIN_CLAIM_WORDS && !statement) && !stamped_event() {
        return SentenceRole::NoClaim;
    }
    SentenceRole::Body
}

/// A line of its own, without final punctuation, in title case.
fn is_subhead(text: &str, span: Span) -> bool {
    let s = span.slice(text).trim();
    let alone = text[..span.start].trim_end_matches([' ', '\t']).is_empty()
        || text[..span.start]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n');
    let line_end = text[span.end..].trim_start_matches([' ', '\t']);
    let alone = alone && (line_end.is_empty() || line_end.starts_with(['\n', '\r']));
    if !alone || s.ends_with(['.', '!', '?', '"', '”', '’', ':', ';', ',']) {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let small = [
        "a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "with", "at", "by", "as",
        "no",
    ];
    let capitalised = words
        .iter()
        .filter(|w| {
            small.contains(w) || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    words.len() <= 14 && capitalised * 10 >= words.len() * 8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> &str {
        claim_span(s, Span::new(0, s.len())).slice(s)
    }

    #[test]
    fn datelines_and_timestamps_are_stripped() {
        assert_eq!(
            strip("MOSCOW, Dec 3 (Wire) - Putin met envoys."),
            "Putin met envoys."
        );
        assert_eq!(
            strip("PORT ASHBY (AP) — A fire broke out."),
            "A fire broke out."
        );
        assert_eq!(strip("23:40 — Talks end."), "Talks end.");
        assert_eq!(
            strip("Putin - the president - spoke."),
            "Putin - the president - spoke."
        );
        assert_eq!(strip("US officials said so."), "US officials said so.");
    }

    #[test]
    fn subheads_are_title_case_lines() {
        let text = "Intro text here.\nPutin Pushes Back on Key U.S. Ideas\nMore text.";
        let start = text.find("Putin").unwrap();
        let span = Span::new(start, start + "Putin Pushes Back on Key U.S. Ideas".len());
        assert!(is_subhead(text, span));
        let text = "- Putin met Witkoff for five hours\n";
        assert!(!is_subhead(text, Span::new(2, text.len() - 1)));
    }
}
