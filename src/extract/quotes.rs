//! Direct quotes: where quoted words start and end in a document.
//!
//! Quotes cross sentence and paragraph boundaries ("…we are close. But not
//! there yet," he said), so they are found on the whole text before claims are
//! cut out of sentences. Straight and curly marks, `«»`, and single quotes
//! nested inside double ones are understood; a quote that continues into the
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
    let mut open: Option<(usize, char)> = None;
    let mut continues = false;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let prev = text[..i].chars().next_back();
        let next = iter.peek().map(|&(_, n)| n);
        match open {
            None => {
                if opens(c, prev, next) {
                    open = Some((i, c));
                }
            }
            Some((start, mark)) => {
                if closes(mark, c, prev, next) {
                    push(&mut out, text, start, mark, i, i + c.len_utf8(), continues);
                    open = None;
                    continues = false;
                } else if c == '\n' && paragraph_break(text, i) {
                    // Unclosed at a paragraph end: a continuation if the next
                    // paragraph opens a quote, else the quote ends here.
                    push(&mut out, text, start, mark, i, i, continues);
                    open = None;
                    continues = next_paragraph_opens_quote(text, i);
                } else if i - start > MAX_QUOTE {
                    open = None;
                    continues = false;
                }
            }
        }
    }
    if let Some((start, mark)) = open
        && text.len() - start <= MAX_QUOTE
    {
        push(
            &mut out,
            text,
            start,
            mark,
            text.len(),
            text.len(),
            continues,
        );
    }
    out
}

fn push(
    out: &mut Vec<QuoteSpan>,
    text: &str,
    start: usize,
    mark: char,
    content_end: usize,
    outer_end: usize,
    continues: bool,
) {
    let content = Span::new(start + mark.len_utf8(), content_end);
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
    text[newline..]
        .trim_start()
        .starts_with(['“', '"', '«', '„'])
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
    fn inch_marks_and_stray_quotes_are_harmless() {
        assert!(quoted("A 12\" screen.").is_empty());
        let _ = quoted("\"");
        let _ = quoted("“");
    }
}
