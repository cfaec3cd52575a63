//! Layout: which line breaks end a sentence and which start a paragraph.
//!
//! News text reaches us in three shapes: one paragraph per line (most web
//! copy), paragraphs separated by blank lines, and hard-wrapped lines (wire
//! copy, email). A line break therefore means different things in different
//! documents, so the decision is made per document from what its line breaks
//! look like, before any punctuation is read.

use super::rules::{is_closer, starts_item};

/// A stretch of text that no sentence crosses: the rules inside it only see
/// spaces and soft line breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Block {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

/// A line with text on it, trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    /// Length in characters, for the wrap-width test.
    chars: usize,
    /// Whether at least one blank line separates it from the line before.
    after_blank: bool,
}

/// What the break between two consecutive text lines means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Break {
    /// One or more blank lines: always a new paragraph.
    Blank,
    /// A single line break that ends a sentence (a headline, a list item, the
    /// end of a one-line paragraph).
    Hard,
    /// A single line break inside a sentence (hard wrapping): just a space.
    Soft,
}

/// Cut `text` into blocks, each with its paragraph number.
pub(super) fn blocks(text: &str) -> Vec<Block> {
    let lines = text_lines(text);
    let wrap = wrap_width(text, &lines);
    let mut breaks: Vec<Break> = lines
        .windows(2)
        .map(|w| classify(text, &w[0], &w[1], wrap))
        .collect();
    unstack_lists(text, &lines, &mut breaks);
    // A document that separates paragraphs by blank lines keeps single line
    // breaks (headline over byline, list items) inside one paragraph; one
    // that mostly uses single line breaks starts a paragraph at each.
    let hard = breaks.iter().filter(|b| **b == Break::Hard).count();
    let blank = breaks.iter().filter(|b| **b == Break::Blank).count();
    let single_newline_paragraphs = hard > blank;
    join(&lines, &breaks, single_newline_paragraphs)
}

/// Undo the soft breaks of a stack of three or more short lines that never
/// reaches end punctuation ("features / contact manager / events"): that is a
/// list of items, one per line, not a wrapped sentence. Wrapped prose has
/// longer lines, and its paragraphs end with punctuation.
fn unstack_lists(text: &str, lines: &[Line], breaks: &mut [Break]) {
    let short = |line: &Line| slice(text, line).split_whitespace().count() <= MAX_ITEM_WORDS;
    let mut run_start = 0;
    for i in 0..lines.len() {
        if breaks.get(i) == Some(&Break::Soft) {
            continue;
        }
        // Lines run_start..=i are joined by the soft breaks run_start..i.
        let run = &lines[run_start..=i];
        if run.len() >= 3 && run.iter().all(short) && !ends_with_punctuation(slice(text, &lines[i]))
        {
            breaks[run_start..i].fill(Break::Hard);
        }
        run_start = i + 1;
    }
}

/// The most words a line may hold to count as a list item rather than a
/// line of wrapped prose (even narrow newspaper columns hold more).
const MAX_ITEM_WORDS: usize = 4;

fn ends_with_punctuation(line: &str) -> bool {
    line.trim_end_matches(is_closer)
        .ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Merge lines joined by soft breaks into blocks and number the paragraphs.
fn join(lines: &[Line], breaks: &[Break], single_newline_paragraphs: bool) -> Vec<Block> {
    let Some(first) = lines.first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut block = Block {
        start: first.start,
        end: first.end,
        paragraph: 0,
    };
    for (line, kind) in lines[1..].iter().zip(breaks) {
        if *kind == Break::Soft {
            block.end = line.end;
            continue;
        }
        let new_paragraph = *kind == Break::Blank || single_newline_paragraphs;
        out.push(block);
        block = Block {
            start: line.start,
            end: line.end,
            paragraph: block.paragraph + usize::from(new_paragraph),
        };
    }
    out.push(block);
    out
}

/// The lines of `text` that hold something other than whitespace. Lines end
/// at `\n`, `\r\n` or a lone `\r`; the `\r` of `\r\n` is trimmed as whitespace.
fn text_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut blank_seen = false;
    for i in 0..=bytes.len() {
        let ends = match bytes.get(i) {
            None => true,
            Some(b'\n') => true,
            Some(b'\r') => bytes.get(i + 1) != Some(&b'\n'),
            _ => false,
        };
        if !ends {
            continue;
        }
        // Line terminators are ASCII, so `start..i` lies on char boundaries.
        let raw = &text[start..i];
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            blank_seen = !lines.is_empty();
        } else {
            let lead = raw.len() - raw.trim_start().len();
            lines.push(Line {
                start: start + lead,
                end: start + lead + trimmed.len(),
                chars: trimmed.chars().count(),
                after_blank: blank_seen,
            });
            blank_seen = false;
        }
        start = i + 1;
    }
    lines
}

/// The width a hard-wrapped document was wrapped at, or `None` when the
/// document is not hard-wrapped.
///
/// Wrapped prose shows itself by lines that continue in lower case: in
/// ordinary English most words are lower case, so a wrapped text has many such
/// lines, while a text of one paragraph per line has next to none. The width
/// is the longest line that certainly wraps (one followed by a lower-case
/// continuation), so a single long unwrapped line (a URL, a title) cannot
/// inflate it.
fn wrap_width(text: &str, lines: &[Line]) -> Option<usize> {
    let mut single = 0;
    let mut lower = 0;
    let mut width = 0;
    for w in lines.windows(2) {
        if w[1].after_blank {
            continue;
        }
        single += 1;
        if continues_lower(slice(text, &w[1])) {
            lower += 1;
            width = width.max(w[0].chars);
        }
    }
    // A stray lower-case line start in unwrapped copy must not switch the
    // whole document to wrapped mode: ask for a third of the line breaks.
    (lower > 0 && lower * 3 >= single).then_some(width)
}

fn classify(text: &str, prev: &Line, next: &Line, wrap: Option<usize>) -> Break {
    if next.after_blank {
        return Break::Blank;
    }
    let next_text = slice(text, next);
    if starts_item(next_text) {
        return Break::Hard;
    }
    if continues_lower(next_text) {
        return Break::Soft;
    }
    // A greedy wrapper breaks a line only when the next word would not fit.
    // If it would have fitted, the writer ended the line on purpose: a
    // headline, subhead, dateline or the last line of a paragraph. A tenth of
    // slack covers wrappers that count bytes or columns rather than chars.
    let first_word = next_text.split_whitespace().next().unwrap_or("");
    let would_overflow =
        |width: usize| prev.chars + 1 + first_word.chars().count() > width - width / 10;
    if wrap.is_some_and(would_overflow) {
        Break::Soft
    } else {
        Break::Hard
    }
}

/// Whether a line carries on the sentence of the line before: it starts in
/// lower case and is not a list item ("b) …").
fn continues_lower(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase) && !starts_item(line)
}

fn slice<'t>(text: &'t str, line: &Line) -> &'t str {
    &text[line.start..line.end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<(&str, usize)> {
        blocks(text)
            .iter()
            .map(|b| (&text[b.start..b.end], b.paragraph))
            .collect()
    }

    #[test]
    fn wrapped_lines_join_and_blank_lines_separate() {
        let text = "The committee met on Tuesday in the old town hall to\n\
                    discuss the budget, and members voted to delay the\n\
                    Harbour Road repairs until spring.\n\
                    \n\
                    Short line.\n";
        let got = paragraphs(text);
        assert_eq!(got.len(), 2);
        assert!(got[0].0.ends_with("until spring."));
        assert_eq!(got[1], ("Short line.", 1));
    }

    #[test]
    fn one_paragraph_per_line_counts_each_line() {
        let text = "Storm Closes Ferry Routes\nThe ferry stopped. Crews waited.\nA Long Night\nPower returned at dawn.";
        let got: Vec<usize> = paragraphs(text).iter().map(|p| p.1).collect();
        assert_eq!(got, vec![0, 1, 2, 3]);
    }
}
