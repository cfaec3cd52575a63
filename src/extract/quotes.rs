//! Direct quotes: where quoted words start and end in a document.
//!
//! Quotes cross sentence and paragraph boundaries ("…we are close. But not
//! there yet," he said), so they are found on the whole text before claims are
//! cut out of sentences. Straight and curly marks, `«»`, two apostrophes
//! standing for a double mark (`''No,'' he said`), and single quotes nested
//! inside double ones are understood; a quote that continues into the
//! next paragraph (no closing mark, the next paragraph opens a new one) is
//! marked as a continuation so it keeps its speaker.

use crate::model::Span;

/// One stretch of quoted words.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteSpan {
    /// The quoted words, without the marks.
    pub content: Span,
    /// The quote with its marks (or up to the paragraph end when unclosed).
    pub outer: Span,
    /// Continues the previous quote across a paragraph break.
    pub continues: bool,
}

/// Longest stretch accepted as one quote; longer ones are stray marks.
const MAX_QUOTE: usize = 4000;

/// Find the direct quotes in `text` (outermost quotes only).
pub fn find_quotes(text: &str) -> Vec<QuoteSpan> {
    let mut out = Vec::new();
    let mut open: Option<(usize, Mark)> = None;
    let mut continues = false;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let mark = mark_at(text, i, c);
        if mark.len > c.len_utf8() {
            iter.next();
        }
        let prev = text[..i].chars().next_back();
        let next = text[i + mark.len..].chars().next();
        match open {
            None => {
                if opens(mark.c, prev, next) {
                    open = Some((i, mark));
                }
            }
            Some((start, opening)) => {
                if closes(opening.c, mark.c, prev, next) {
                    push(&mut out, text, start, opening, i, i + mark.len, continues);
                    open = None;
                    continues = false;
                } else if c == '\n' && paragraph_break(text, i) {
                    // Unclosed at a paragraph end: a continuation if the next
                    // paragraph opens a quote, else the quote ends here.
                    push(&mut out, text, start, opening, i, i, continues);
                    open = None;
                    continues = next_paragraph_opens_quote(text, i);
                } else if i - start > MAX_QUOTE {
                    open = None;
                    continues = false;
                }
            }
        }
    }
    if let Some((start, opening)) = open
        && text.len() - start <= MAX_QUOTE
    {
        let end = text.len();
        push(&mut out, text, start, opening, end, end, continues);
    }
    out
}

/// A character of the text read as a quotation mark (or not: any other
/// character is a one-character "mark" that neither opens nor closes).
#[derive(Debug, Clone, Copy)]
struct Mark {
    /// The mark it stands for: two apostrophes stand for `"`.
    c: char,
    /// Its length in bytes.
    len: usize,
}

/// Two apostrophes are a double quotation mark in text that went through
/// typewriter conventions (wire copy, archives: `''No,'' he said.`).
fn mark_at(text: &str, i: usize, c: char) -> Mark {
    if c == '\'' && text[i + 1..].starts_with('\'') {
        Mark { c: '"', len: 2 }
    } else {
        Mark {
            c,
            len: c.len_utf8(),
        }
    }
}

fn push(
    out: &mut Vec<QuoteSpan>,
    text: &str,
    start: usize,
    opening: Mark,
    content_end: usize,
    outer_end: usize,
    continues: bool,
) {
    let content = Span::new(start + opening.len, content_end);
    if content.slice(text).trim().is_empty() {
        return;
    }
    out.push(QuoteSpan {
        content: trim(text, content),
        outer: Span::new(start, outer_end),
        continues,
    });
}

fn trim(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let start = span.start + (s.len() - s.trim_start().len());
    Span::new(start, start + s.trim().len())
}

fn opens(c: char, prev: Option<char>, next: Option<char>) -> bool {
    let after_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-:;,/".contains(p));
    let before_text = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '“' | '„' | '«' => before_text,
        '"' => after_space && before_text,
        // Single marks, as British outlets quote ('This is not a rupture,'
        // she said): an apostrophe opens only before a word.
        '‘' | '\'' => after_space && next.is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

fn closes(mark: char, c: char, prev: Option<char>, next: Option<char>) -> bool {
    let after_text = prev.is_some_and(|p| !p.is_whitespace());
    match (mark, c) {
        ('“' | '„', '”' | '“') => after_text || next.is_none_or(char::is_whitespace),
        ('«', '»') => true,
        ('"', '"') => next.is_none_or(|n| !n.is_alphanumeric()) || after_text,
        ('“', '"') | ('"', '”') => true,
        // A single mark closes after text and before no letter: the
        // apostrophe of "Russia’s" or "don't" is inside a word.
        ('‘' | '\'', '’' | '\'') => after_text && next.is_none_or(|n| !n.is_alphanumeric()),
        _ => false,
    }
}

/// A newline that ends a paragraph: followed by a blank line, or by a line
/// that opens a quote (the convention for quotes running on).
fn paragraph_break(text: &str, newline: usize) -> bool {
    let rest = &text[newline + 1..];
    let line_end = rest.find('\n').unwrap_or(rest.len());
    rest[..line_end].trim().is_empty() || next_paragraph_opens_quote(text, newline)
}

fn next_paragraph_opens_quote(text: &str, newline: usize) -> bool {
    let rest = text[newline..].trim_start();
    rest.starts_with(['“', '"', '«', '„']) || rest.starts_with("''")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find_quotes(text)
            .iter()
            .map(|q| q.content.slice(text))
            .collect()
    }

    #[test]
    fn straight_and_curly_quotes() {
        assert_eq!(
            quoted(r#""No deal," he said. Then: “We go on.”"#),
            ["No deal,", "We go on."]
        );
    }

    #[test]
    fn apostrophes_and_inner_single_quotes_do_not_break_quotes() {
        let text = "“Russia’s ‘red lines’ remain,” Ushakov said. It's late.";
        assert_eq!(quoted(text), ["Russia’s ‘red lines’ remain,"]);
    }

    #[test]
    fn quotes_run_across_sentences_and_paragraphs() {
        let text = "\"We are close. Not there yet.\n\n\"We will talk again,\" he said.";
        let q = find_quotes(text);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].content.slice(text), "We are close. Not there yet.");
        assert!(q[1].continues);
    }

    #[test]
    fn an_unclosed_quote_stops_at_the_paragraph_end() {
        let text = "He said “no deal.\n\nLater, talks resumed.";
        assert_eq!(quoted(text), ["no deal."]);
    }

    #[test]
    fn single_marks_quote_as_british_outlets_do() {
        assert_eq!(
            quoted("Ms Castell added: 'This is not a rupture in relations but a warning.'"),
            ["This is not a rupture in relations but a warning."]
        );
        assert_eq!(
            quoted("He called it ‘a provocation’ and left. It's the workers' turn."),
            ["a provocation"]
        );
        // Apostrophes inside or after words open nothing.
        assert!(quoted("The students' union said Russia's offer didn't help.").is_empty());
    }

    #[test]
    fn two_apostrophes_are_a_double_quote() {
        let text = "''We are ready,'' the mayor said. It's the team's ''best'' season.";
        assert_eq!(quoted(text), ["We are ready,", "best"]);
    }

    #[test]
    fn inch_marks_and_stray_quotes_are_harmless() {
        assert!(quoted("A 12\" screen.").is_empty());
        let _ = quoted("\"");
        let _ = quoted("“");
    }
}
