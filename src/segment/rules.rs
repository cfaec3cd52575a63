//! Sentence ends inside a block: the punctuation rules.
//!
//! A block is cut into whitespace-separated tokens, and a sentence can only
//! end between two tokens. That alone keeps decimals ("$2.5"), URLs, emails,
//! "U.S.–Russia" and unspaced ellipses ("mean...see") whole. Between tokens,
//! a sentence ends when the first token ends in terminal punctuation (looking
//! through closing quotes and brackets) and the next token reads like a
//! sentence start, or when the next token opens a new list item.

use super::layout::Block;
use super::words::{self, Abbreviation};
use crate::model::{Sentence, SentenceRole, Span};

/// Append the sentences of `block` to `out`; `tokens` is scratch space
/// reused across blocks.
pub(super) fn sentences(
    text: &str,
    block: &Block,
    tokens: &mut Vec<(usize, usize)>,
    out: &mut Vec<Sentence>,
) {
    tokenize(text, block, tokens);
    let toks = Tokens {
        text,
        spans: tokens,
    };
    let mut open = toks.open(0);
    for i in 0..tokens.len() {
        let last = i + 1 == tokens.len();
        if last || toks.ends_after(i, &open) {
            out.push(Sentence {
                span: Span::new(tokens[open.first].0, tokens[i].1),
                paragraph: crate::model::index(block.paragraph),
                role: SentenceRole::Body,
            });
            open = toks.open(i + 1);
        }
    }
}

/// The sentence being read: where it began, and the list marker it opens
/// with, if any (its token index and value).
struct Open {
    first: usize,
    lead: Option<(usize, Marker)>,
}

fn tokenize(text: &str, block: &Block, tokens: &mut Vec<(usize, usize)>) {
    tokens.clear();
    let mut start = None;
    for (i, c) in text[block.start..block.end].char_indices() {
        let at = block.start + i;
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                push_token(text, (s, at), tokens);
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(s) = start {
        push_token(text, (s, block.end), tokens);
    }
}

/// Push a whitespace-delimited token, cut where a sentence may end with no
/// space after it ("said.The", "1,000.That"), as text joined from HTML
/// paragraphs or careless typing has. A cut is only a place where the rules
/// may end a sentence: if they do not ("Mr.Smith"), the sentence spans both
/// parts. URLs and emails are never cut.
fn push_token(text: &str, (mut start, end): (usize, usize), tokens: &mut Vec<(usize, usize)>) {
    let token = &text[start..end];
    if !(token.contains('@') || token.contains("://") || token.starts_with("www.")) {
        while let Some(cut) = glued_sentence_start(&text[start..end]) {
            tokens.push((start, start + cut));
            start += cut;
        }
    }
    tokens.push((start, end));
}

/// The byte offset in `token` of a capitalised word glued to the end
/// punctuation of the word before it: after "." in "world.Today", but not in
/// "U.S.A", "ASP.NET" or "3.5".
fn glued_sentence_start(token: &str) -> Option<usize> {
    let mut after_word = false;
    for (k, c) in token.char_indices() {
        if after_word && matches!(c, '.' | '!' | '?') {
            let word = token[k + c.len_utf8()..].trim_start_matches(is_closer);
            let mut w = word.chars();
            if w.next().is_some_and(char::is_uppercase) && w.next().is_some_and(char::is_lowercase)
            {
                return Some(token.len() - word.len());
            }
        }
        after_word = c.is_alphanumeric();
    }
    None
}

/// A list item marker: "1.", "2)", "3.)", "(4)", "a.", "b)".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Marker {
    style: MarkerStyle,
    alphabetic: bool,
    value: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkerStyle {
    Period,
    Paren,
    PeriodParen,
    Enclosed,
}

impl Marker {
    /// Whether `self` is the item that follows `prev` in the same list.
    fn follows(&self, prev: &Marker) -> bool {
        self.style == prev.style
            && self.alphabetic == prev.alphabetic
            && self.value == prev.value + 1
    }
}

/// The list marker `token` is, ignoring any bullet glued to its front ("⁃9.").
fn marker(token: &str) -> Option<Marker> {
    let t = token.trim_start_matches(is_bullet);
    let (inner, style) = if let Some(r) = t.strip_prefix('(') {
        (r.strip_suffix(')')?, MarkerStyle::Enclosed)
    } else if let Some(r) = t.strip_suffix(".)") {
        (r, MarkerStyle::PeriodParen)
    } else if let Some(r) = t.strip_suffix(')') {
        (r, MarkerStyle::Paren)
    } else {
        (t.strip_suffix('.')?, MarkerStyle::Period)
    };
    let (alphabetic, value) = match inner.as_bytes() {
        [c] if c.is_ascii_alphabetic() => (true, u32::from(c.to_ascii_lowercase() - b'a') + 1),
        d if (1..=3).contains(&d.len()) && d.iter().all(u8::is_ascii_digit) => {
            (false, inner.parse().ok()?)
        }
        _ => return None,
    };
    Some(Marker {
        style,
        alphabetic,
        value,
    })
}

/// Glyphs that only ever mark list items.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '◦'
            | '▪'
            | '▫'
            | '‣'
            | '⁃'
            | '●'
            | '○'
            | '■'
            | '□'
            | '►'
            | '▶'
            | '➢'
            | '➤'
    )
}

/// Whether a line begins a list item: a bullet glyph, a lone "-", "*" or
/// "+" (Markdown and plain-text bullets), or a list marker.
pub(super) fn starts_item(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    first.starts_with(is_bullet) || matches!(first, "-" | "*" | "+") || marker(first).is_some()
}

pub(super) fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}')
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '¿' | '¡'
    )
}

/// How the next token begins, judged by its first letter or digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    Lower,
    Upper,
    Digit,
    /// No letter or digit at all ("—", "&").
    Other,
}

fn start_of(token: &str) -> Start {
    match token.chars().find(|c| c.is_alphanumeric()) {
        Some(c) if c.is_numeric() => Start::Digit,
        Some(c) if c.is_lowercase() => Start::Lower,
        // Letters without case (CJK, Arabic) are treated as capitals.
        Some(_) => Start::Upper,
        None => Start::Other,
    }
}

/// The leading word of a token, without opening quotes and trailing
/// punctuation: "“They’re" gives "They".
fn word_of(token: &str) -> &str {
    let t = token.trim_start_matches(is_opener);
    let end = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
    &t[..end]
}

/// A token that is a single period, perhaps before a closing quote: one dot
/// of a spaced ellipsis (". . .").
fn is_dot(token: &str) -> bool {
    token.trim_end_matches(is_closer) == "."
}

/// An ellipsis in brackets marks words left out of a quotation ("[...]"),
/// never the end of a sentence.
fn is_omission(token: &str) -> bool {
    let inner = token
        .trim_start_matches(['[', '('])
        .trim_end_matches(is_closer);
    token.starts_with(['[', '('])
        && !inner.is_empty()
        && inner.chars().all(|c| matches!(c, '.' | '…'))
}

/// A bullet, or the next marker of the list the `open` sentence belongs to
/// ("1) … 2) …", where items need not end in punctuation).
fn opens_item(next: &str, open: &Open) -> bool {
    let follows = |(_, prev): (usize, Marker)| marker(next).is_some_and(|m| m.follows(&prev));
    next.starts_with(is_bullet) || open.lead.is_some_and(follows)
}

struct Tokens<'t> {
    text: &'t str,
    spans: &'t [(usize, usize)],
}

impl<'t> Tokens<'t> {
    fn get(&self, i: usize) -> Option<&'t str> {
        self.spans.get(i).map(|&(s, e)| &self.text[s..e])
    }

    /// A sentence starting at token `first`.
    fn open(&self, first: usize) -> Open {
        Open {
            first,
            lead: self.leading_marker(first),
        }
    }

    /// The index and value of the list marker at token `first`, or just
    /// after a free-standing bullet there.
    fn leading_marker(&self, first: usize) -> Option<(usize, Marker)> {
        let tok = self.get(first)?;
        let at = if !tok.is_empty() && tok.chars().all(is_bullet) {
            first + 1
        } else {
            first
        };
        Some((at, marker(self.get(at)?)?))
    }

    /// Whether the `open` sentence ends after token `i`.
    fn ends_after(&self, i: usize, open: &Open) -> bool {
        let (Some(tok), Some(next)) = (self.get(i), self.get(i + 1)) else {
            return false;
        };
        opens_item(next, open) || self.terminal(i, tok, open)
    }

    /// The token whose first letter tells how the text after token `i` starts:
    /// the next one, or the one after an opening quote or bracket that
    /// stands apart ("said. “ We").
    fn start_after(&self, i: usize) -> &'t str {
        let detached = |t: &&str| t.chars().all(|c| matches!(c, '“' | '‘' | '«' | '(' | '['));
        (i + 1..self.spans.len())
            .filter_map(|j| self.get(j))
            .find(|t| !detached(t))
            .unwrap_or("")
    }

    /// Whether the punctuation closing `tok` (token `i`) ends the `open` sentence.
    fn terminal(&self, i: usize, tok: &str, open: &Open) -> bool {
        let core = tok.trim_end_matches(is_closer);
        if !core.ends_with(['.', '…', '!', '?', '‼', '⁇', '⁈', '⁉']) {
            return false;
        }
        // Looked up only here, after end punctuation, to keep the scan linear.
        let next = self.start_after(i);
        if core == "." {
            return self.dot_run_ends(i, next);
        }
        let quoted = core.len() < tok.len();
        if core.ends_with(['!', '?', '‼', '⁇', '⁈', '⁉']) {
            return matches!(start_of(next), Start::Upper | Start::Digit)
                && !(quoted && self.speaker_follows(i));
        }
        if core.ends_with("...") || core.ends_with('…') {
            // An ellipsis ends a sentence only before a capital.
            return !is_omission(tok)
                && start_of(next) == Start::Upper
                && !(quoted && self.speaker_follows(i));
        }
        let Some(word) = core.strip_suffix('.') else {
            return false;
        };
        if open.lead.is_some_and(|(at, _)| at == i) {
            return false; // "1." opening a list item
        }
        if is_dot(next) {
            return self.period_before_ellipsis(i + 1);
        }
        // A closing quote or bracket after the period shows the quoted or
        // bracketed unit ends there, whatever word the period follows
        // (`said "no." 2024 …`).
        let abbreviation = if quoted {
            None
        } else {
            words::abbreviation(word.trim_start_matches(is_opener))
        };
        self.period_ends(abbreviation, next, open.first, i)
    }

    /// A period after a word of kind `abbreviation` (token `i`), followed by
    /// `next`, in the sentence that began at token `first`.
    fn period_ends(
        &self,
        abbreviation: Option<Abbreviation>,
        next: &str,
        first: usize,
        i: usize,
    ) -> bool {
        let start = start_of(next);
        if matches!(start, Start::Lower | Start::Other) {
            return false;
        }
        let digit = start == Start::Digit;
        let starter = || words::is_starter(word_of(next));
        match abbreviation {
            None => true,
            Some(Abbreviation::Title | Abbreviation::Inner) => false,
            // "No. 10", "vol. II", "art. A": what follows is the number;
            // any other word means the word was no abbreviation ("won 511,288
            // votes for No. Turnout was 61.4 percent").
            Some(Abbreviation::BeforeNumber) => !digit && !words::is_numbering(word_of(next)),
            Some(Abbreviation::Ambiguous) => !digit && starter(),
            Some(Abbreviation::Month) => !digit,
            Some(Abbreviation::Time) => {
                !digit && !words::is_time_qualifier(word_of(next)) && !self.time_opener(first, i)
            }
        }
    }

    /// Whether a speaker of one to three plain words and a reporting verb
    /// follow the quote that token `i` closes: "“Why now?” Putin asked",
    /// "“Enough!” President Vladimir Putin said".
    fn speaker_follows(&self, i: usize) -> bool {
        for j in i + 1..=i + 3 {
            let plain = self
                .get(j)
                .is_some_and(|t| t.chars().all(|c| c.is_alphabetic() || c == '.'));
            if !plain {
                return false;
            }
            if self
                .get(j + 1)
                .is_some_and(|t| words::is_reporting_verb(word_of(t)))
            {
                return true;
            }
        }
        false
    }

    /// Whether the sentence so far is only an opening time phrase
    /// ("At 5 a.m.", "Shortly after 9 p.m."), which cannot stand alone.
    fn time_opener(&self, first: usize, i: usize) -> bool {
        let opener = self.get(first).map(word_of).unwrap_or("");
        i - first < 4 && words::is_time_opener(opener)
    }

    /// At the last dot of a spaced ellipsis ". . .": three dots are an
    /// ellipsis inside the sentence; a fourth (or a lone dot) is a period.
    fn dot_run_ends(&self, i: usize, next: &str) -> bool {
        if is_dot(next) {
            return false;
        }
        let run = (0..=i)
            .rev()
            .take_while(|&j| self.get(j).is_some_and(is_dot))
            .count();
        run != 3 && matches!(start_of(next), Start::Upper | Start::Digit)
    }

    /// "word. . . . Next": a period followed by an ellipsis that opens the next
    /// sentence (words left out at its start). The period ends the sentence
    /// when the ellipsis is followed by a capital.
    fn period_before_ellipsis(&self, from: usize) -> bool {
        let run = (from..self.spans.len())
            .take_while(|&j| self.get(j).is_some_and(is_dot))
            .count();
        let after = self.get(from + run);
        run >= 3 && after.is_some_and(|t| start_of(t) == Start::Upper)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_parse_in_every_style() {
        let m = |t| marker(t).map(|m| (m.style, m.alphabetic, m.value));
        assert_eq!(m("3."), Some((MarkerStyle::Period, false, 3)));
        assert_eq!(m("12)"), Some((MarkerStyle::Paren, false, 12)));
        assert_eq!(m("4.)"), Some((MarkerStyle::PeriodParen, false, 4)));
        assert_eq!(m("(c)"), Some((MarkerStyle::Enclosed, true, 3)));
        assert_eq!(m("•7."), Some((MarkerStyle::Period, false, 7)));
        assert_eq!(m("2024."), None);
        assert_eq!(m("U.S."), None);
    }

    #[test]
    fn bracketed_ellipsis_is_an_omission() {
        assert!(is_omission("[...]"));
        assert!(is_omission("[…]”"));
        assert!(!is_omission("..."));
        assert!(!is_omission("(Reuters.)"));
    }
}
