//! Tokens for number recognition: words, numerals and single symbols.
//!
//! Numerals are read here, with their separators, because whether "1,234" is a
//! thousand or a list depends on characters, not words: "1,234,567" and
//! "1 234 567" are one number, "22,24,26" is a list, "192.168.1.2" four numbers,
//! "1.111,11" a European decimal and "12,34,567" Indian grouping.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters.
    Word,
    /// A numeral written with digits.
    Num,
    /// Any other single character (punctuation, symbol).
    Punct,
}

/// A numeral read from digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Numeral {
    pub value: f64,
    /// Whole number written without a decimal part.
    pub integer: bool,
    /// Digits before the decimal point (separators excluded).
    pub int_digits: usize,
    /// Written with thousands separators ("1,234").
    pub grouped: bool,
    /// Written with a leading zero ("0730", "05"), as codes and clock times are.
    pub leading_zero: bool,
}

/// One token: a byte span of the text and what it is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tok<'t> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The text as written.
    pub raw: &'t str,
    /// Lower-case form (words only; empty otherwise).
    pub lower: String,
    /// Whitespace separates this token from the previous one.
    pub space_before: bool,
    /// That whitespace holds a line break.
    pub line_before: bool,
    /// The numeral, for `Kind::Num`.
    pub num: Option<Numeral>,
}

impl Tok<'_> {
    pub fn is_word(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.lower == w
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.raw.starts_with(c)
    }
    pub fn punct(&self) -> Option<char> {
        if self.kind == Kind::Punct {
            self.raw.chars().next()
        } else {
            None
        }
    }
    /// Starts with an upper-case letter.
    pub fn capitalised(&self) -> bool {
        self.kind == Kind::Word && self.raw.chars().next().is_some_and(char::is_uppercase)
    }
    /// Written in capitals throughout, as a tabloid shouts ("AT LEAST
    /// FIVE"), not in title case as a name is ("Three Gorges").
    pub fn shouted(&self) -> bool {
        self.kind == Kind::Word
            && self.raw.chars().count() > 1
            && !self.raw.chars().any(char::is_lowercase)
    }
}

/// Spaces that may group the thousands of a numeral ("40 000", "40 000").
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Cut `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let bytes = text.as_bytes();
    let mut toks: Vec<Tok<'_>> = Vec::with_capacity(text.len() / 4);
    let mut i = 0;
    let mut space = true;
    let mut line = true;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            space = true;
            line |= c == '\n' || c == '\r';
            i += c.len_utf8();
            continue;
        }
        let prev_alnum = i > 0
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_alphanumeric());
        let starts_numeral = c.is_ascii_digit()
            || (c == '.' && !prev_alnum && bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit()));
        if starts_numeral {
            let parts = scan_numeral(text, i);
            let mut prev_end = None;
            for (s, e, n) in parts {
                // Separators between the parts of a list are punctuation.
                if let Some(pe) = prev_end.filter(|pe| *pe < s) {
                    toks.push(Tok {
                        start: pe,
                        end: s,
                        kind: Kind::Punct,
                        raw: &text[pe..s],
                        lower: String::new(),
                        space_before: false,
                        line_before: false,
                        num: None,
                    });
                }
                toks.push(Tok {
                    start: s,
                    end: e,
                    kind: Kind::Num,
                    raw: &text[s..e],
                    lower: String::new(),
                    space_before: space && s == i,
                    line_before: line && s == i,
                    num: Some(n),
                });
                prev_end = Some(e);
                i = e;
            }
            space = false;
            line = false;
            continue;
        }
        if c.is_alphabetic() {
            let mut e = i;
            for ch in text[i..].chars() {
                if ch.is_alphabetic() || is_combining(ch) {
                    e += ch.len_utf8();
                } else {
                    break;
                }
            }
            let raw = &text[i..e];
            toks.push(Tok {
                start: i,
                end: e,
                kind: Kind::Word,
                raw,
                lower: raw.to_lowercase(),
                space_before: space,
                line_before: line,
                num: None,
            });
            i = e;
            space = false;
            line = false;
            continue;
        }
        let e = i + c.len_utf8();
        toks.push(Tok {
            start: i,
            end: e,
            kind: Kind::Punct,
            raw: &text[i..e],
            lower: String::new(),
            space_before: space,
            line_before: line,
            num: None,
        });
        i = e;
        space = false;
        line = false;
    }
    toks
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F)
}

/// Read the numeral starting at byte `i`; a list or dotted code gives several.
fn scan_numeral(text: &str, i: usize) -> Vec<(usize, usize, Numeral)> {
    let b = text.as_bytes();
    let digits_end = |mut j: usize| {
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    // Groups of digits and the separators between them.
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let first_end = digits_end(i);
    groups.push((i, first_end));
    let mut j = first_end;
    while let Some(c) = text[j..].chars().next() {
        let after = j + c.len_utf8();
        if (c == ',' || c == '.') && b.get(after).is_some_and(u8::is_ascii_digit) {
            // A comma followed by a space-separated list is not ours to read.
            let e = digits_end(after);
            groups.push((after, e));
            seps.push(c);
            j = e;
            continue;
        }
        if is_group_space(c)
            && seps.iter().all(|s| is_group_space(*s))
            && groups[0].1 - groups[0].0 <= 3
            && groups[0].0 != groups[0].1
        {
            let e = digits_end(after);
            let next_is_digit = b.get(e).is_some_and(u8::is_ascii_digit);
            let glued_letter = text[e..].chars().next().is_some_and(char::is_alphanumeric);
            if e - after == 3 && !next_is_digit && !glued_letter {
                groups.push((after, e));
                seps.push(c);
                j = e;
                continue;
            }
        }
        break;
    }
    interpret(text, &groups, &seps)
}

fn digits_value(s: &str) -> f64 {
    s.parse::<f64>().unwrap_or(0.0)
}

fn plain(text: &str, s: usize, e: usize) -> (usize, usize, Numeral) {
    let d = &text[s..e];
    (
        s,
        e,
        Numeral {
            value: digits_value(d),
            integer: true,
            int_digits: d.len(),
            grouped: false,
            leading_zero: d.len() > 1 && d.starts_with('0'),
        },
    )
}

/// Give meaning to groups of digits and their separators.
fn interpret(text: &str, groups: &[(usize, usize)], seps: &[char]) -> Vec<(usize, usize, Numeral)> {
    let g = |k: usize| &text[groups[k].0..groups[k].1];
    let len = |k: usize| groups[k].1 - groups[k].0;
    let start = groups[0].0;
    let end = groups[groups.len() - 1].1;
    if seps.is_empty() {
        return vec![plain(text, start, end)];
    }
    let n = seps.len();
    let whole = |int_groups: usize, decimal: Option<usize>| {
        let mut s = String::new();
        for k in 0..int_groups {
            s.push_str(g(k));
        }
        let int_digits = s.trim_start_matches('0').len().max(1);
        let leading_zero = len(0) > 1 && g(0).starts_with('0');
        if let Some(d) = decimal {
            s.push('.');
            s.push_str(g(d));
        }
        if s.starts_with('.') {
            s.insert(0, '0');
        }
        Numeral {
            value: digits_value(&s),
            integer: decimal.is_none(),
            int_digits: if len(0) == 0 { 0 } else { int_digits },
            grouped: int_groups > 1,
            leading_zero,
        }
    };
    // Thousands groups: the first of 1-3 digits, the others of exactly 3, or
    // Indian grouping (2-digit groups, last of 3).
    let thousands = |upto: usize| -> bool {
        if upto == 0 {
            return true;
        }
        let first = len(0);
        if !(1..=3).contains(&first) {
            return false;
        }
        let western = (1..=upto).all(|k| len(k) == 3);
        let indian = first <= 2 && len(upto) == 3 && (1..upto).all(|k| len(k) == 2) && upto >= 2;
        western || indian
    };
    let all = |c: char| seps.iter().all(|s| *s == c);
    let spaces = seps.iter().all(|s| is_group_space(*s));
    // A leading ".08" has an empty first group.
    if len(0) == 0 {
        if n == 1 {
            let mut v = whole(1, Some(1));
            v.int_digits = 0;
            return vec![(start, end, v)];
        }
        return split(text, groups);
    }
    if spaces {
        return vec![(start, end, whole(n + 1, None))];
    }
    if n >= 2
        && seps[..n - 1].iter().all(|s| is_group_space(*s))
        && (seps[n - 1] == '.' || seps[n - 1] == ',')
        && len(n) != 3
    {
        return vec![(start, end, whole(n, Some(n)))];
    }
    if all(',') {
        if thousands(n) {
            return vec![(start, end, whole(n + 1, None))];
        }
        if n == 1 && len(1) <= 2 {
            return vec![(start, end, whole(1, Some(1)))];
        }
        return split(text, groups);
    }
    if all('.') {
        if n == 1 {
            return vec![(start, end, whole(1, Some(1)))];
        }
        if thousands(n) && (1..=n).all(|k| len(k) == 3) {
            return vec![(start, end, whole(n + 1, None))];
        }
        return split(text, groups);
    }
    // Mixed: grouping separators then one decimal separator of the other kind.
    let last = seps[n - 1];
    let head_same = seps[..n - 1]
        .iter()
        .all(|s| *s != last && (*s == ',' || *s == '.'));
    if head_same && (last == '.' || last == ',') && thousands(n - 1) {
        return vec![(start, end, whole(n, Some(n)))];
    }
    split(text, groups)
}

fn split(text: &str, groups: &[(usize, usize)]) -> Vec<(usize, usize, Numeral)> {
    groups
        .iter()
        .filter(|(s, e)| e > s)
        .map(|&(s, e)| plain(text, s, e))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nums(text: &str) -> Vec<(String, f64)> {
        tokenize(text)
            .into_iter()
            .filter(|t| t.kind == Kind::Num)
            .map(|t| (t.raw.to_string(), t.num.unwrap().value))
            .collect()
    }

    #[test]
    fn separators() {
        assert_eq!(nums("1,234,567"), vec![("1,234,567".into(), 1234567.0)]);
        assert_eq!(nums("12,34,567.5"), vec![("12,34,567.5".into(), 1234567.5)]);
        assert_eq!(nums("3.000,25"), vec![("3.000,25".into(), 3000.25)]);
        assert_eq!(nums("7,5"), vec![("7,5".into(), 7.5)]);
        assert_eq!(nums("60 000 troops"), vec![("60 000".into(), 60000.0)]);
        assert_eq!(nums("2 500,75 euros"), vec![("2 500,75".into(), 2500.75)]);
        assert_eq!(nums(".25"), vec![(".25".into(), 0.25)]);
        assert_eq!(nums("10.0.0.1").len(), 4);
        assert_eq!(nums("rooms 11,13,15.").len(), 3);
        assert_eq!(nums("in 2019 300 people").len(), 2);
    }

    #[test]
    fn list_keeps_its_commas() {
        let t = tokenize("4,6,8");
        let kinds: Vec<Kind> = t.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            vec![Kind::Num, Kind::Punct, Kind::Num, Kind::Punct, Kind::Num]
        );
    }
}
