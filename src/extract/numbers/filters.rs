//! Numbers that are not amounts: parts of names ("World War Two"), "one" as a
//! pronoun, a stray "half", ranks counted from the end, web addresses.

use super::*;

pub(super) fn sentence_initial(toks: &[Tok], i: usize) -> bool {
    if toks[i].line_before {
        return true;
    }
    match i.checked_sub(1).map(|p| &toks[p]) {
        None => true,
        Some(p) => matches!(
            p.punct(),
            Some(
                '.' | '!'
                    | '?'
                    | ':'
                    | ';'
                    | '"'
                    | '“'
                    | '”'
                    | '\''
                    | '‘'
                    | '’'
                    | '('
                    | '—'
                    | '–'
                    | '-'
                    | '•'
                    | '*'
                    | '#'
            )
        ),
    }
}

/// Spelled numbers inside names: "World War Two", "the Second World War",
/// "Ocean's Eleven", and title-case "Three Gorges" after a capital.
pub(super) fn is_name(toks: &[Tok], a: &Atom) -> bool {
    if !a.spelled {
        return false;
    }
    let (f, l) = a.core;
    let t = &toks[f];
    if !t.capitalised() || t.kind != Kind::Word || sentence_initial(toks, f) {
        return false;
    }
    let prev = &toks[f - 1];
    let next = toks.get(l + 1);
    let next_capital = next.is_some_and(|n| n.capitalised());
    // "AT LEAST FIVE people are dead": shouting, not a name.
    let shouted = t.shouted() && prev.shouted();
    if prev.capitalised() && !next_capital && a.unit.is_none() && !shouted {
        return true;
    }
    a.form == Form::Ordinal && next_capital && prev.kind == Kind::Word && !prev.capitalised()
}

/// "one" as a pronoun ("the one you mentioned", "which one", "one another")
/// or in a compound ("one-off").
pub(super) fn is_pronoun(toks: &[Tok], a: &Atom) -> bool {
    let (f, l) = a.core;
    if f != l || !toks[f].is_word("one") || a.unit.is_some() || a.first != f {
        return false;
    }
    const BEFORE: &[&str] = &[
        "the", "this", "that", "which", "each", "every", "any", "no", "another", "last", "next",
        "only", "same", "other", "little", "good", "new", "right", "wrong", "big", "small", "such",
        "a", "an", "his", "her", "their", "its", "our", "your", "my", "someone", "anyone",
        "everyone", "no-one", "latter", "former", "first", "second", "older", "younger", "bigger",
        "smaller", "better", "worse",
    ];
    const AFTER: &[&str] = &[
        "another", "may", "might", "can", "could", "should", "would", "must", "shall", "thing",
        "day", "way", "hand", "side",
    ];
    let before = f.checked_sub(1).map(|p| &toks[p]);
    if before.is_some_and(|p| p.kind == Kind::Word && BEFORE.contains(&p.lower.as_str())) {
        return true;
    }
    // "one-on-one", "one-to-one": a meeting of two, not a count.
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let pair_from = |k: usize| {
        word(k) == "one"
            && matches!(word(k + 2), "on" | "to")
            && word(k + 4) == "one"
            && (k + 1..=k + 4).all(|j| !toks[j].space_before)
    };
    if pair_from(f) || f.checked_sub(4).is_some_and(pair_from) {
        return true;
    }
    if let Some(n) = toks.get(l + 1) {
        if n.kind == Kind::Word && AFTER.contains(&n.lower.as_str()) {
            return true;
        }
        // "a one-off payment", "a one-sided deal", "one-on-one talks":
        // compounds, not a count.
        const COMPOUND: &[&str] = &["off", "time", "sided", "way", "liner", "stop"];
        if is_dash(n)
            && !n.space_before
            && glued(toks, l + 2).is_some_and(|w| COMPOUND.contains(&w.lower.as_str()))
        {
            return true;
        }
        // "one's"
        if (n.raw == "'" || n.raw == "’") && glued(toks, l + 2).is_some_and(|s| s.is_word("s")) {
            return true;
        }
    }
    false
}

/// Web and e-mail addresses, whose digits are not amounts.
pub(crate) fn url_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        let starts = rest.starts_with(b"http://")
            || rest.starts_with(b"https://")
            || rest.starts_with(b"www.")
            || (bytes[i] == b'@' && i > 0 && bytes[i - 1].is_ascii_alphanumeric());
        if starts {
            let mut s = i;
            if bytes[i] == b'@' {
                while s > 0 && !bytes[s - 1].is_ascii_whitespace() {
                    s -= 1;
                }
            }
            let mut e = i;
            while e < bytes.len() && !bytes[e].is_ascii_whitespace() {
                e += 1;
            }
            out.push(Span::new(s, e));
            i = e;
        } else {
            i += 1;
        }
    }
    out
}

/// Ranks counted from the end: "second to last", "third from last".
pub(super) fn is_relative_rank(toks: &[Tok], a: &Atom) -> bool {
    if a.form != Form::Ordinal {
        return false;
    }
    let k = a.last + 1;
    let w = |j: usize| toks.get(j).map(form_of).unwrap_or("");
    matches!(w(k), "to" | "from")
        && (w(k + 1) == "last" || (w(k + 1) == "the" && matches!(w(k + 2), "last" | "end")))
}

/// A bare "half" that is not an amount: "the first half", "half-brother",
/// "half past".
pub(super) fn is_stray_half(toks: &[Tok], a: &Atom) -> bool {
    let (f, _) = a.core;
    if !toks[f].is_word("half") || a.unit.is_some() || a.first != f || a.value != 0.5 {
        return false;
    }
    const BEFORE: &[&str] = &[
        "the", "first", "second", "other", "this", "that", "last", "latter", "former", "my", "his",
        "her", "its", "their", "our", "your", "opening", "closing", "final", "lower", "upper",
        "northern", "southern", "eastern", "western", "bottom", "top", "back", "front", "better",
    ];
    if f > 0 {
        let p = &toks[f - 1];
        if p.kind == Kind::Word && BEFORE.contains(&p.lower.as_str()) {
            return true;
        }
    }
    match toks.get(a.last + 1) {
        Some(n) if is_dash(n) && !n.space_before => true,
        Some(n) => matches!(
            n.lower.as_str(),
            "past" | "time" | "term" | "century" | "way"
        ),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::numbers::find_quantities_excluding as find;

    #[test]
    fn names_are_not_amounts() {
        assert!(find("veterans of the First World War", &[]).is_empty());
        assert!(find("the Apollo Eleven crew", &[]).is_empty());
        // A headline in title case keeps its numbers.
        assert_eq!(find("Storm Kills Three People", &[]).len(), 1);
        // A tabloid shouting keeps its numbers.
        assert_eq!(
            find("AT LEAST FIVE people are dead.", &[])[0].value,
            Some(5.0)
        );
        // Sentence-initial numbers are amounts.
        assert_eq!(find("Nine people died.", &[])[0].value, Some(9.0));
    }

    #[test]
    fn pronouns_halves_and_ranks_from_the_end() {
        assert!(find("Which one did they pick? This one.", &[]).is_empty());
        assert!(
            find("in the second half of the match", &[])
                .iter()
                .all(|q| &*q.text != "half")
        );
        assert!(find("the third from last", &[]).is_empty());
        assert!(find("in one-on-one talks and a one-to-one", &[]).is_empty());
        assert!(!find("one-to-two years", &[]).is_empty());
        assert!(find("see https://example.org/2024/report-15", &[]).is_empty());
    }
}
