//! Text helpers shared by every stage: tokens with byte spans, normalisation
//! for comparison and hashing, stems and stop words.
//!
//! They live in one place so that extraction, alignment and ids agree on what
//! a "word" is; two tokenizers would drift apart.

use std::cell::RefCell;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

use crate::model::Span;

/// A word or punctuation mark, with its byte span in the text it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// Lower-cased, with curly apostrophes folded to `'` (inline up to 24
    /// bytes: most words need no allocation).
    pub lower: compact_str::CompactString,
    /// Starts with a letter or digit (a punctuation token otherwise).
    pub is_word: bool,
    /// Starts with an upper-case letter.
    pub capitalized: bool,
}

impl Token {
    pub fn is_punct(&self, c: char) -> bool {
        !self.is_word && self.lower.starts_with(c)
    }
    pub fn is_digit(&self) -> bool {
        self.lower.starts_with(|c: char| c.is_ascii_digit())
    }
}

/// The forms of "be" (lower case) that make a passive or a progressive
/// ("was asked", "has been ruled out", "was suspending").
pub const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Abbreviations whose final period belongs to the word.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "st", "capt", "col", "lt", "sgt",
    "rev", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "adm", "maj", "pres",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The lower-case forms of tokens, joined by spaces ("chief executive").
pub fn lower_joined(tokens: &[Token]) -> String {
    tokens
        .iter()
        .map(|t| t.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Split text into word and punctuation tokens. Words keep inner apostrophes,
/// hyphens, periods and digit-group commas ("didn't", "foreign-policy",
/// "U.S.", "2,000"); whitespace is dropped.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            let end = start + c.len_utf8();
            out.push(make_token(text, Span::new(start, end), false));
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = i + d.len_utf8();
                chars.next();
                continue;
            }
            let joins = is_apostrophe(d) || d == '-' || d == '.' || d == ',';
            let next = text[i + d.len_utf8()..].chars().next();
            let prev_digit = text[..i].ends_with(|p: char| p.is_ascii_digit());
            let ok = match (d, next) {
                (',', Some(n)) => prev_digit && n.is_ascii_digit(),
                (_, Some(n)) => joins && n.is_alphanumeric(),
                _ => false,
            };
            if !ok {
                break;
            }
            chars.next();
        }
        // A trailing period belongs to "U.S.", to known abbreviations and to
        // an initial inside a name ("Harry M. Reid").
        let word = &text[start..end];
        if text[end..].starts_with('.')
            && (word.contains('.')
                || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
                || is_initial(word, &text[end + 1..]))
        {
            end += 1;
            chars.next();
        }
        out.push(make_token(text, Span::new(start, end), true));
    }
    out
}

/// Does `text` have one of `words` (lower case) as a word? A look for each
/// as a substring (past its first letter, which a sentence may capitalise)
/// comes first, so that the text is tokenized only when it may: most
/// sentences have none of a short list. A sentence with a word in capitals
/// ("has been ARRESTED") is tokenized whatever it holds.
pub fn has_any_word<S: AsRef<str>>(text: &str, words: &[S]) -> bool {
    let shouts = || {
        text.as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_uppercase())
    };
    (words.iter().any(|w| {
        let w = w.as_ref();
        text.contains(w.get(1..).unwrap_or(w))
    }) || shouts())
        && tokenize(text)
            .iter()
            .any(|t| t.is_word && words.iter().any(|w| w.as_ref() == t.lower))
}

/// A single capital letter whose period is followed by a capitalised word.
fn is_initial(word: &str, after_period: &str) -> bool {
    let mut letters = word.chars();
    let single_capital = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
    let rest = after_period.strip_prefix(' ').unwrap_or("");
    single_capital && rest.starts_with(char::is_uppercase)
}

fn make_token(text: &str, span: Span, is_word: bool) -> Token {
    let s = span.slice(text);
    Token {
        span,
        lower: lower_token(s),
        is_word,
        capitalized: s.starts_with(char::is_uppercase),
    }
}

/// A token lower-cased, curly apostrophes folded to `'`; ASCII (most
/// tokens) byte by byte, with one allocation.
fn lower_token(s: &str) -> compact_str::CompactString {
    if s.is_ascii() {
        let mut out = compact_str::CompactString::from(s);
        out.make_ascii_lowercase();
        out
    } else {
        s.to_lowercase().replace('’', "'").into()
    }
}

/// Fold text for comparison: NFKC, lower case, straight quotes and dashes,
/// single spaces.
pub fn normalize(text: &str) -> String {
    // Most news text is plain ASCII, which NFKC and the quote and dash
    // folding leave as it is: lower-casing it byte by byte gives the same
    // string several times faster (ids and alignment normalise every claim).
    if text.is_ascii() {
        normalize_ascii(text)
    } else {
        normalize_unicode(text)
    }
}

fn normalize_unicode(text: &str) -> String {
    let folded: String = text
        .nfkc()
        .map(|c| match c {
            '‘' | '’' | '‚' | '′' => '\'',
            '“' | '”' | '„' | '″' | '«' | '»' => '"',
            '–' | '—' | '‒' | '−' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`normalize`] of ASCII text.
fn normalize_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    }
    out
}

/// A short, stable content hash: the first `len` hex digits of sha256.
pub fn short_hash(content: &str, len: usize) -> String {
    let mut hex = sha256_hex(content.as_bytes());
    hex.truncate(len);
    hex
}

/// sha256 of bytes, as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(64);
    for b in Sha256::digest(bytes) {
        hex.push(HEX[usize::from(b >> 4)] as char);
        hex.push(HEX[usize::from(b & 0xf)] as char);
    }
    hex
}

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The English stem of a lower-case word ("talks" → "talk").
pub fn stem(word: &str) -> String {
    /// How many stems a thread keeps before starting afresh: far more words
    /// than a story has, and a bound for a batch of thousands of stories.
    const KEPT: usize = 1 << 16;
    thread_local! {
        /// Stems already computed on this thread. A story's words recur in
        /// every outlet's version and every comparison of them, and the
        /// Snowball stemmer costs far more than a look-up.
        static STEMS: RefCell<FxHashMap<Box<str>, Box<str>>> = RefCell::default();
    }
    STEMS.with_borrow_mut(|stems| {
        if let Some(known) = stems.get(word) {
            return known.to_string();
        }
        if stems.len() >= KEPT {
            stems.clear();
        }
        let stemmed = STEMMER.stem(word).into_owned();
        stems.insert(word.into(), stemmed.as_str().into());
        stemmed
    })
}

/// A number written as a word ("five", "twenty-eight", "dozen", "million").
pub fn is_number_word(word: &str) -> bool {
    word.split('-').all(|part| NUMBER_WORDS.contains(&part)) && !word.is_empty()
}

const NUMBER_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "half",
    "quarter",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
];

/// Function words that carry no content for matching.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.binary_search(&word).is_ok()
}

// Sorted, for binary search.
const STOP_WORDS: &[&str] = &[
    "'s",
    "a",
    "about",
    "after",
    "again",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text)
            .into_iter()
            .map(|t| t.lower.to_string())
            .collect()
    }

    #[test]
    fn a_listed_word_is_found_whole_and_whatever_its_capital() {
        let arrests = ["arrested", "detained"];
        assert!(has_any_word("Arrested at dawn, he was released.", &arrests));
        assert!(has_any_word("Two people have been detained.", &arrests));
        assert!(!has_any_word("The rearrested man stayed.", &arrests));
        assert!(!has_any_word("Nothing of the sort.", &arrests));
        assert!(has_any_word("The captain has been ARRESTED.", &arrests));
    }

    #[test]
    fn tokens_keep_inner_marks_and_abbreviations() {
        assert_eq!(
            words("U.S. envoys didn’t meet Mr. Putin's aide, 2,000 km."),
            [
                "u.s.", "envoys", "didn't", "meet", "mr.", "putin's", "aide", ",", "2,000", "km",
                "."
            ]
        );
        assert_eq!(words("five-hour talks"), ["five-hour", "talks"]);
        assert_eq!(words("Harry M. Reid"), ["harry", "m.", "reid"]);
        assert_eq!(words("Plan B. it"), ["plan", "b", ".", "it"]);
    }

    #[test]
    fn token_spans_slice_back_to_the_text() {
        let text = "«Привет», said Zelenskiy — in Kyiv.";
        for t in tokenize(text) {
            assert_eq!(t.span.slice(text).to_lowercase().replace('’', "'"), t.lower);
        }
    }

    #[test]
    fn normalize_folds_quotes_case_and_space() {
        assert_eq!(normalize("“No  deal” — Kremlin"), "\"no deal\" - kremlin");
    }

    #[test]
    fn ascii_text_normalises_as_any_text_does() {
        let every_ascii: String = (0u8..128).map(char::from).collect();
        for text in [
            every_ascii.as_str(),
            " \t\x0b\x0c\r\n Talks END\x0bafter  FIVE hours.\n",
            "",
        ] {
            assert_eq!(normalize_ascii(text), normalize_unicode(text), "{text:?}");
        }
    }

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }
}
