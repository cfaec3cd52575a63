//! Word-level differences between two versions of a sentence or quote, from
//! `similar`: which words a renderer should mark, and whether a changed quote
//! changed its meaning.

use similar::{ChangeTag, TextDiff};

use crate::extract::names::same_entity;
use crate::lexicon::Lexicon;
use crate::text::{Token, is_number_word, tokenize};

/// A stretch of one side's text, marked when it differs from the other side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub changed: bool,
}

/// Mark the words of `a` and `b` that the other lacks.
pub fn marked(a: &str, b: &str) -> (Vec<Segment>, Vec<Segment>) {
    let diff = TextDiff::configure().diff_words(a, b);
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for change in diff.iter_all_changes() {
        let text = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                push(&mut left, text, false);
                push(&mut right, text, false);
            }
            ChangeTag::Delete => push(&mut left, text, !text.trim().is_empty()),
            ChangeTag::Insert => push(&mut right, text, !text.trim().is_empty()),
        }
    }
    (left, right)
}

fn push(out: &mut Vec<Segment>, text: &str, changed: bool) {
    match out.last_mut() {
        Some(last) if last.changed == changed || text.trim().is_empty() => last.text.push_str(text),
        _ => out.push(Segment {
            text: text.to_string(),
            changed,
        }),
    }
}

/// The words of `a` and `b` that differ (deleted from `a`, inserted in `b`).
pub fn changed_words(a: &str, b: &str) -> (Vec<String>, Vec<String>) {
    let (left, right) = marked(a, b);
    let words = |segs: Vec<Segment>| {
        segs.into_iter()
            .filter(|s| s.changed)
            .flat_map(|s| {
                s.text
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    (words(left), words(right))
}

/// The share of the shorter text's words that the other text also has
/// (case and punctuation folded): how far two quotes are "the same words".
pub fn shared_share(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> std::collections::HashSet<String> {
        tokenize(s)
            .into_iter()
            .filter(|t| t.is_word)
            .map(|t| t.lower.to_string())
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let smaller = wa.len().min(wb.len());
    if smaller == 0 {
        return 0.0;
    }
    wa.intersection(&wb).count() as f64 / smaller as f64
}

/// Does a quote that another version cuts short go on, in that version's
/// own words, to say something else? "would \"do whatever it takes\" to
/// support the vaccination drive" against "will \"do whatever it takes to
/// keep the remaining schools open\"": the shorter quote's words stand in
/// the longer one, and what the longer quotes after them is compared with
/// what follows the shorter quote in its sentence (`continuation`, up to
/// the clause's end).
pub fn continued_differently(short: &str, continuation: &str, long: &str, lex: &Lexicon) -> bool {
    // Words as compared (contractions written out), each with its key.
    let words = |s: &str| -> Vec<Token> { tokenize(s).into_iter().filter(|t| t.is_word).collect() };
    // Reported speech shifts the verb: "deeply regrets this incident"
    // stands in "We deeply regret this incident and …".
    let keys = |ws: &[Token]| -> Vec<String> {
        ws.iter().map(|t| crate::text::stem(&word_key(t))).collect()
    };
    let long = quote_text(long);
    let (short_words, long_words) = (words(&quote_text(short)), words(&long));
    let (ks, kl) = (keys(&short_words), keys(&long_words));
    if ks.is_empty() || ks.len() >= kl.len() {
        return false;
    }
    let Some(at) = kl.windows(ks.len()).position(|w| w == ks.as_slice()) else {
        return false;
    };
    let rest: Vec<&str> = long_words[at + ks.len()..]
        .iter()
        .map(|t| t.span.slice(&long))
        .collect();
    let clause = continuation
        .split([',', ';', '.', ':', '"', '\u{201c}', '\u{201d}'])
        .next()
        .unwrap_or_default();
    let continued = tokenize(clause).iter().filter(|t| t.is_word).count();
    // Mostly the same words are the speaker's own put in the outlet's
    // voice ("as it should be" for "as it is supposed to be"), not
    // another thing said.
    let rest = rest.join(" ");
    continued >= 2 && few_content_words_shared(&rest, clause) && meaning_changed(&rest, clause, lex)
}

/// Do two texts both have content words (not stop words), and share
/// fewer than half of the smaller set?
fn few_content_words_shared(a: &str, b: &str) -> bool {
    let content = |s: &str| -> std::collections::HashSet<String> {
        tokenize(s)
            .iter()
            .filter(|t| t.is_word && !crate::text::is_stop_word(&t.lower))
            .map(|t| crate::text::stem(&t.lower))
            .collect()
    };
    let (ca, cb) = (content(a), content(b));
    let smaller = ca.len().min(cb.len());
    smaller > 0 && (ca.intersection(&cb).count() as f64) < 0.5 * smaller as f64
}

/// Does changing `a` into `b` change meaning: a negation, number, name or
/// strong word added, removed or replaced? Case, punctuation, possessives
/// and the spelling of a name ("Zelenskiy"/"Zelensky") do not count, and
/// neither do words only cut from the start or end: quoting less of the same
/// sentence is not misquoting it.
pub fn meaning_changed(a: &str, b: &str, lex: &Lexicon) -> bool {
    let words = |s: &str| {
        tokenize(s)
            .into_iter()
            .filter(|t| t.is_word)
            .collect::<Vec<_>>()
    };
    let (a, b) = (quote_text(a), quote_text(b));
    let (ta, tb) = (words(&a), words(&b));
    let (ka, kb): (Vec<String>, Vec<String>) = (
        ta.iter().map(word_key).collect(),
        tb.iter().map(word_key).collect(),
    );
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &ka, &kb);
    let inner: Vec<similar::DiffOp> = trim_excerpt_ops(&ops)
        .iter()
        .filter(|op| {
            !elided(op, &ka, &kb)
                && !spaced_differently(op, &ta, &tb)
                && !place_named(op, &ta, &tb)
                && !pronoun_spelled_out(op, &ta, &tb, lex)
        })
        .copied()
        .collect();
    let changed = |op: &similar::DiffOp| !matches!(op, similar::DiffOp::Equal { .. });
    if !inner.iter().any(changed) {
        return false;
    }
    if negation_moved(&a, &b, lex) || one_passage_swapped(&ops, &inner, (&ka, &kb)) {
        return true;
    }
    // Each text's negations, read once for all its words.
    let (ca, cb) = (
        crate::extract::stance::negation_cues(&ta, lex),
        crate::extract::stance::negation_cues(&tb, lex),
    );
    inner.iter().any(|op| {
        let lost_a = op
            .old_range()
            .any(|i| !present(&ka[i], &kb) && bearing(&ta, i, &ca, lex));
        let lost_b = op
            .new_range()
            .any(|j| !present(&kb[j], &ka) && bearing(&tb, j, &cb, lex));
        let tone =
            |tokens: &[Token], keys: &[String], range: std::ops::Range<usize>, other: &[String]| {
                tone(
                    range
                        .filter(|&i| !present(&keys[i], other))
                        .map(|i| &tokens[i]),
                )
            };
        let flipped = tone(&ta, &ka, op.old_range(), &kb) * tone(&tb, &kb, op.new_range(), &ka) < 0;
        let antonym = op
            .old_range()
            .any(|i| op.new_range().any(|j| prefix_negated(&ka[i], &kb[j])));
        lost_a || lost_b || flipped || antonym
    })
}

/// Is one word the other with a negating prefix: "insignificant" and
/// "significant", "unacceptable" and "acceptable", "illegal" and "legal"?
/// The plain word must be long enough not to be a piece of another
/// ("inform" is no "form" denied).
fn prefix_negated(a: &str, b: &str) -> bool {
    const PREFIXES: &[&str] = &["un", "in", "im", "il", "ir", "non", "dis"];
    let denies = |long: &str, short: &str| {
        short.chars().count() >= 5
            && PREFIXES.iter().any(|p| {
                long.strip_prefix(p)
                    .is_some_and(|rest| rest.trim_start_matches('-') == short)
            })
    };
    denies(a, b) || denies(b, a)
}

/// Is a quote otherwise word for word the other with one passage of
/// content words swapped: "they will answer before the courts" against
/// "before a firing squad", "points to a faulty protection relay at the
/// Dravec substation" against "points to a fire at"? Rewordings of a
/// translated quote differ all through; a quote copied word for word
/// but one passage was changed on purpose, or misheard. Three words in
/// four of the shorter quote must stand unchanged around the swap, and
/// the passages must differ in length: one word for another ("not a break
/// in relations" against "not a rupture") is how translators vary, and
/// the word lists judge it.
fn one_passage_swapped(
    ops: &[similar::DiffOp],
    inner: &[similar::DiffOp],
    (ka, kb): (&[String], &[String]),
) -> bool {
    const MIN_WORDS: usize = 6;
    let shorter = ka.len().min(kb.len());
    let kept: usize = ops
        .iter()
        .filter_map(|op| match op {
            similar::DiffOp::Equal { len, .. } => Some(*len),
            _ => None,
        })
        .sum();
    let mut changed = inner
        .iter()
        .filter(|op| !matches!(op, similar::DiffOp::Equal { .. }));
    let (
        Some(similar::DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        }),
        None,
    ) = (changed.next(), changed.next())
    else {
        return false;
    };
    let content = |keys: &[String], range: std::ops::Range<usize>, other: &[String]| {
        keys[range]
            .iter()
            .any(|k| !crate::text::is_stop_word(k) && !present(k, other))
    };
    // "We didn't see anyone" is "we did see nobody" once its negation is
    // folded onto the pronoun: the same as "we saw nobody".
    let do_support = |keys: &[String], range: std::ops::Range<usize>| {
        keys[range]
            .iter()
            .any(|k| matches!(k.as_str(), "do" | "does" | "did"))
    };
    shorter >= MIN_WORDS
        && kept * 4 >= shorter * 3
        && old_len != new_len
        && !do_support(ka, *old_index..old_index + old_len)
        && !do_support(kb, *new_index..new_index + new_len)
        && content(ka, *old_index..old_index + old_len, kb)
        && content(kb, *new_index..new_index + new_len, ka)
}

/// The sign of the feeling words carry, by the VADER sentiment lexicon
/// (Hutto and Gilbert, 2014): -1, 0 or 1. Only clearly felt words count
/// (a valence of at least 1 either way): "they are exhausted" and "they
/// are coping remarkably well" are opposite accounts; "useful" and
/// "productive" are one.
fn tone<'t>(words: impl Iterator<Item = &'t Token>) -> i32 {
    let valence: f64 = words
        .filter_map(|t| vader_sentiment::LEXICON.get(&unicase::UniCase::new(t.lower.as_str())))
        .filter(|v| v.abs() >= 1.0)
        .sum();
    if valence.abs() < 1.0 {
        0
    } else {
        valence.signum() as i32
    }
}

/// What a text's negations bear on, the first word of each scope, sorted:
/// "not for sale, and it is not open" against "not for sale, but it is
/// open" (one more negation), or "a first step, not a breakthrough" against
/// "a breakthrough, not just a first step" (the same words, the negation
/// moved).
fn negated_words(text: &str, lex: &Lexicon) -> Vec<String> {
    let mut out: Vec<String> = crate::extract::stance::negation_scopes(text, lex)
        .into_iter()
        .filter_map(|s| s.words.into_iter().next())
        .collect();
    out.sort();
    out
}

/// Is a negation added, removed or moved between `a` and `b`? Moved: a
/// word one negates stands in the other without its negation. A negated
/// word swapped for another ("will not be increased" against "will not
/// grow") is left to the word checks.
fn negation_moved(a: &str, b: &str, lex: &Lexicon) -> bool {
    let (na, nb) = (negated_words(a, lex), negated_words(b, lex));
    if na.len() != nb.len() {
        return true;
    }
    let words = |text: &str| -> Vec<String> {
        tokenize(text)
            .iter()
            .filter(|t| t.is_word)
            .map(|t| lex.canonical(t.lower.trim_end_matches("'s")))
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let freed = |negated: &[String], other_negated: &[String], other: &[String]| {
        negated
            .iter()
            .any(|w| !other_negated.contains(w) && other.contains(w))
    };
    freed(&na, &nb, &wb) || freed(&nb, &na, &wa)
}

/// Contractions written out, so "we're" and "we are", "don't" and "do not"
/// compare equal (translations and transcripts differ in just this).
fn expand_contractions(text: &str) -> String {
    const FORMS: &[(&str, &str)] = &[
        ("won't", "will not"),
        ("can't", "can not"),
        ("cannot", "can not"),
        ("n't", " not"),
        ("'re", " are"),
        ("'ve", " have"),
        ("'ll", " will"),
        ("'m", " am"),
    ];
    let mut out = text.replace('’', "'");
    for (short, long) in FORMS {
        out = replace_ignoring_case(&out, short, long);
    }
    out
}

/// Replace each ASCII-case-insensitive occurrence of `from` (ASCII) that
/// ends a word and follows a letter ("we're", not "'really'") by `to`.
fn replace_ignoring_case(text: &str, from: &str, to: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (i, _) in lower.match_indices(from) {
        let end = i + from.len();
        let after_letter = text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
        // A clitic ("'re", "n't") follows a letter; a whole word does not.
        let clitic = from.starts_with('\'') || from.starts_with("n'");
        let ends_word = !text[end..].starts_with(char::is_alphabetic);
        if after_letter == clitic && ends_word && i >= last {
            out.push_str(&text[last..i]);
            out.push_str(to);
            last = end;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// The word that stands for words a quote leaves out.
const ELIDED: &str = "elidedwordsmark";

/// Each ellipsis ("...", "…", "[...]") as the word [`ELIDED`].
fn mark_elisions(text: &str) -> String {
    let spaced = format!(" {ELIDED} ");
    ["[...]", "[…]", ". . .", "...", "…"]
        .iter()
        .fold(text.to_string(), |t, form| t.replace(form, &spaced))
}

/// Does one side of the change hold only an ellipsis? Then the other side's
/// words are what the quote left out ("selling … against" for "selling CDMA
/// chips against"), or the ellipsis stands where the other quote went
/// straight on: neither is a different quote.
fn elided(op: &similar::DiffOp, a: &[String], b: &[String]) -> bool {
    let only = |keys: &[String], range: std::ops::Range<usize>| {
        !range.is_empty() && range.into_iter().all(|i| keys[i] == ELIDED)
    };
    only(a, op.old_range()) || only(b, op.new_range())
}

/// Are both sides of the change the same letters, written as one word, two
/// or a hyphenated compound ("war-fighters", "warfighters"; "one-half",
/// "one half")?
fn spaced_differently(op: &similar::DiffOp, a: &[Token], b: &[Token]) -> bool {
    let letters = |tokens: &[Token], range: std::ops::Range<usize>| -> String {
        tokens[range]
            .iter()
            .flat_map(|t| t.lower.chars().filter(|c| c.is_alphanumeric()))
            .collect()
    };
    let (old, new) = (letters(a, op.old_range()), letters(b, op.new_range()));
    !old.is_empty() && old == new
}

/// Is the change an editor's naming of a place the speaker pointed at:
/// "the people of this city" quoted as "the people of Halvermoor"?
fn place_named(op: &similar::DiffOp, a: &[Token], b: &[Token]) -> bool {
    const POINTING: &[&str] = &["this", "our", "my", "the"];
    const PLACES: &[&str] = &[
        "city", "town", "village", "country", "nation", "region", "island", "state", "county",
        "province", "valley",
    ];
    let pointed = |t: &[Token]| {
        t.len() == 2
            && POINTING.contains(&t[0].lower.as_str())
            && PLACES.contains(&t[1].lower.as_str())
    };
    let named = |t: &[Token]| (1..=3).contains(&t.len()) && t.iter().all(|w| w.capitalized);
    let (old, new) = (&a[op.old_range()], &b[op.new_range()]);
    pointed(old) && named(new) || pointed(new) && named(old)
}

/// Is the change a pronoun one version keeps and the other spells out
/// as what it stands for: "I take full responsibility for it" against "…
/// for what happened at Stavec"? A few words at most, with no figure or
/// negation among them.
fn pronoun_spelled_out(op: &similar::DiffOp, a: &[Token], b: &[Token], lex: &Lexicon) -> bool {
    const PRONOUNS: &[&str] = &["it", "this", "that", "them", "these", "those"];
    let pronoun = |t: &[Token]| t.len() == 1 && PRONOUNS.contains(&t[0].lower.as_str());
    let phrase = |t: &[Token]| {
        (1..=5).contains(&t.len())
            && t.iter()
                .all(|w| !w.is_digit() && !crate::text::is_number_word(&w.lower))
            && crate::extract::stance::negation_scopes(&crate::text::lower_joined(t), lex)
                .is_empty()
    };
    let (old, new) = (&a[op.old_range()], &b[op.new_range()]);
    pronoun(old) && phrase(new) || pronoun(new) && phrase(old)
}

/// Drop pure insertions or deletions at either end (an excerpt's edges).
fn trim_excerpt_ops(ops: &[similar::DiffOp]) -> &[similar::DiffOp] {
    let edge = |op: &similar::DiffOp| {
        matches!(
            op,
            similar::DiffOp::Insert { .. } | similar::DiffOp::Delete { .. }
        )
    };
    let start = usize::from(ops.first().is_some_and(edge));
    let end = ops.len() - usize::from(ops.len() > start && ops.last().is_some_and(edge));
    &ops[start..end]
}

/// A quote's words as compared: contractions written out, ellipses marked,
/// and what only the writing differs in made alike (see the helpers).
fn quote_text(text: &str) -> String {
    let text = mark_elisions(&expand_contractions(text));
    let text = drop_editorial_insertions(&text);
    fold_negative_pronouns(&undot_initialisms(&text))
}

/// A negation carried by a pronoun, one way: "not rule anything out" as
/// "rule nothing out", "did not see anyone" as "did see nobody", "no one"
/// as "nobody". Speakers and translators move the negation between the
/// verb and the pronoun without changing what is said.
fn fold_negative_pronouns(text: &str) -> String {
    const FOLDED: &[(&str, &str)] = &[
        ("anything", "nothing"),
        ("anyone", "nobody"),
        ("anybody", "nobody"),
        ("any", "no"),
    ];
    let mut words: Vec<String> = text.split(' ').map(str::to_string).collect();
    for i in 0..words.len() {
        if words[i].to_lowercase() != "not" {
            continue;
        }
        // The pronoun within three words, in the same clause.
        let reach = words[i + 1..]
            .iter()
            .take(3)
            .enumerate()
            .find_map(|(k, w)| {
                let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                let folded = FOLDED
                    .iter()
                    .find(|(from, _)| core.eq_ignore_ascii_case(from))
                    .map(|(_, to)| format!("{to}{}", &w[core.len()..]));
                let clause_ends = core.len() != w.len();
                match folded {
                    Some(f) => Some(Some((i + 1 + k, f))),
                    None if clause_ends => Some(None),
                    None => None,
                }
            });
        if let Some(Some((at, folded))) = reach {
            words[at] = folded;
            words[i].clear();
        }
    }
    let joined = words
        .iter()
        .filter(|w| !w.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    replace_ignoring_case(&joined, "no one", "nobody")
}

/// Words an editor put into a quote in brackets ("pass on to him [Mr.
/// Cheney]", "Admiral (Harold) Gehman") are not the speaker's.
fn drop_editorial_insertions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' | '(' => depth += 1,
            ']' | ')' if depth > 0 => {
                depth -= 1;
                out.push(' ');
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// "F.T.C." as "FTC" and "U.S." as "US": one initialism, dotted or not.
fn undot_initialisms(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let core = word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
            let letters: Vec<&str> = core.split('.').collect();
            let dotted = letters.len() > 2
                && letters.last() == Some(&"")
                && letters[..letters.len() - 1]
                    .iter()
                    .all(|l| l.chars().count() == 1 && l.chars().all(char::is_alphabetic));
            if dotted {
                format!("{}{}", core.replace('.', ""), &word[core.len()..])
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word as compared: possessive and final dot dropped, a small number
/// written as its digits ("ten" as "10"), a month by its number ("Sept."
/// and "September" alike; not "may" or "mar", which are also English words),
/// a word of wholeness by one of them ("fully under control" is "totally
/// under control"; "partly" stays apart).
fn word_key(t: &Token) -> String {
    const WHOLLY: &[&str] = &[
        "entirely",
        "completely",
        "totally",
        "fully",
        "wholly",
        "utterly",
    ];
    let key = t.lower.trim_end_matches("'s").trim_end_matches('.');
    if let Some(n) = crate::extract::numbers::one_word_value(key) {
        return n.to_string();
    }
    if WHOLLY.contains(&key) {
        return WHOLLY[0].to_string();
    }
    match crate::extract::dates::month_number(key) {
        Some((month, false)) => format!("month {month}"),
        _ => key.to_string(),
    }
}

/// Is the word (by its [`word_key`]) anywhere among the other text's keys
/// (names compared loosely)?
fn present(key: &str, other: &[String]) -> bool {
    other.iter().any(|o| o == key || same_entity(o, key))
}

fn bearing(tokens: &[Token], i: usize, negations: &[(usize, usize)], lex: &Lexicon) -> bool {
    let t = &tokens[i];
    // A capital in the middle names someone, unless it only shouts a
    // common word ("Car tariffs are NOT off the table").
    let name = t.capitalized
        && i > 0
        && !lex.not_names.contains(t.lower.as_str())
        && !crate::text::is_stop_word(&t.lower);
    // Units of time: "within a week" and "within a month" are other
    // amounts, as much as "two" and "three".
    let time_unit = crate::extract::numbers::is_unit_of_time(&t.lower);
    // Negations as the polarity check reads them: a denial denied ("not
    // ruling out") negates nothing.
    let negation = negations
        .iter()
        .any(|&(start, len)| (start..start + len).contains(&i));
    t.is_digit()
        || is_number_word(&t.lower)
        || time_unit
        || name
        || negation
        || lex.strong_words.match_at(tokens, i).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_cut_short_is_compared_with_what_its_sentence_goes_on_to_say() {
        let lex = Lexicon::default();
        assert!(continued_differently(
            "do whatever it takes",
            " to support the vaccination drive.",
            "do whatever it takes to keep the remaining schools open",
            &lex
        ));
        // Mostly the same words: the speaker's, in the outlet's voice.
        assert!(!continued_differently(
            "not as robust",
            " as it should be, said Gehman.",
            "The bolt catcher is not as robust as it is supposed to be",
            &lex
        ));
        // The same words in the outlet's voice: quoted less, not misquoted.
        assert!(!continued_differently(
            "do whatever it takes",
            " to keep the remaining schools open.",
            "do whatever it takes to keep the remaining schools open",
            &lex
        ));
        // Nothing said after the shorter quote.
        assert!(!continued_differently(
            "do whatever it takes",
            ", Durand said.",
            "do whatever it takes to keep the remaining schools open",
            &lex
        ));
    }

    #[test]
    fn marks_the_words_that_differ() {
        let (a, b) = marked("The five-hour meeting ended", "The four-hour meeting ended");
        let changed: Vec<&str> = a
            .iter()
            .filter(|s| s.changed)
            .map(|s| s.text.trim())
            .collect();
        assert_eq!(changed, ["five-hour"]);
        assert_eq!(b.iter().filter(|s| s.changed).count(), 1);
    }

    #[test]
    fn a_word_denied_by_its_prefix_changes_the_meaning() {
        let lex = Lexicon::default();
        for (a, b) in [
            (
                "The release was small, but not insignificant",
                "The release was small, but not significant",
            ),
            ("The delay is acceptable", "The delay is unacceptable"),
        ] {
            assert!(meaning_changed(a, b, &lex), "{a} / {b}");
        }
        assert!(!prefix_negated("inform", "form"));
        assert!(prefix_negated("non-binding", "binding"));
    }

    #[test]
    fn meaning_bearing_changes() {
        let lex = Lexicon::default();
        // Only the writing differs: digits or words, a dotted initialism,
        // a hyphen, a month's short form, an editor's bracketed insertion.
        for (a, b) in [
            ("on the Ten Most Wanted list", "on the 10 Most Wanted list"),
            ("the F.T.C. has the authority", "the FTC has the authority"),
            (
                "about one-half of the top operators",
                "about one half of the top operators",
            ),
            (
                "the lives of American warfighters",
                "the lives of American war-fighters",
            ),
            ("behind us by mid-year", "behind us by midyear"),
            ("bin Laden and al-Qaeda", "bin Laden and al-Qaida"),
            (
                "the attacks of September 11, 2001",
                "the attacks of Sept. 11, 2001",
            ),
            (
                "I will pass on to him [Mr. Cheney] that Canada",
                "I will pass on to him that Canada",
            ),
            (
                "Admiral (Harold) Gehman's handling",
                "Admiral Gehman's handling",
            ),
            (
                "These pieces belong to the people of this city",
                "These pieces belong to the people of Halvermoor",
            ),
            (
                "The situation is fully under control",
                "The situation is totally under control",
            ),
            (
                "I take full responsibility for what happened at Stavec",
                "I take full responsibility for it",
            ),
        ] {
            assert!(!meaning_changed(a, b, &lex), "{a} / {b}");
        }
        // One passage of a word-for-word quote swapped for a longer or
        // shorter one; one word for another is left to the word lists.
        assert!(meaning_changed(
            "they have failed, and they will answer before the courts",
            "they have failed, and they will answer before a firing squad",
            &lex
        ));
        assert!(meaning_changed(
            "We have identified the cause and are rolling back the update.",
            "We have identified the cause and rolled back the update.",
            &lex
        ));
        assert!(!meaning_changed(
            "This is not a break in relations, but a warning.",
            "This is not a rupture in relations, but a warning.",
            &lex
        ));
        // A pronoun for a figure or a denial is another statement.
        assert!(meaning_changed(
            "we will pay for it",
            "we will pay for two of them",
            &lex
        ));
        assert!(meaning_changed("we accept it", "we accept no blame", &lex));
        // How much of it.
        assert!(meaning_changed(
            "they are serious, but they are largely in the past",
            "they are serious, and they are in the past",
            &lex
        ));
        // How sure the speaker is, and how far a superlative reaches.
        assert!(meaning_changed(
            "we are confident of making arrests",
            "we are hopeful of making arrests",
            &lex
        ));
        assert!(meaning_changed(
            "this is among the largest claims we have faced",
            "this is the largest claim we have faced",
            &lex
        ));
        assert!(meaning_changed(
            "We are not ruling anything out at this stage",
            "We are not ruling out human error at this stage",
            &lex
        ));
        assert!(meaning_changed(
            "on the Ten Most Wanted list",
            "on the 12 Most Wanted list",
            &lex
        ));
        // Words an ellipsis leaves out are not a different quote; a word
        // changed beside it still is.
        let whole =
            "Qualcomm has enjoyed many years of selling CDMA chips against little competition";
        assert!(!meaning_changed(
            "Qualcomm has enjoyed many years of selling...against little competition",
            whole,
            &lex
        ));
        assert!(!meaning_changed(
            whole,
            "Qualcomm has enjoyed many years of selling CDMA chips [\u{2026}] against little competition",
            &lex
        ));
        assert!(meaning_changed(
            "Qualcomm has enjoyed many years of selling \u{2026} against no competition",
            whole,
            &lex
        ));
        assert!(meaning_changed(
            "more or less acceptable",
            "entirely acceptable",
            &lex
        ));
        assert!(meaning_changed(
            "The situation is fully under control",
            "The situation is partly under control",
            &lex
        ));
        assert!(meaning_changed(
            "compromises have not yet been found",
            "compromises have yet been found",
            &lex
        ));
        assert!(meaning_changed(
            "we need 28 proposals",
            "we need 27 proposals",
            &lex
        ));
        assert!(meaning_changed(
            "we can reach it within a week",
            "we can reach it within a month",
            &lex
        ));
        assert!(!meaning_changed(
            "games behind Ukraine's back",
            "games behind the back of Ukraine",
            &lex
        ));
        assert!(!meaning_changed(
            "talks with Zelenskiy",
            "talks with Zelensky",
            &lex
        ));
        assert!(!meaning_changed(
            "We're sure we don't know",
            "We are sure we do not know",
            &lex
        ));
        assert!(meaning_changed("We're sure", "We aren't sure", &lex));
        // A denial denied, worded two ways; shouting is no name.
        assert!(!meaning_changed(
            "We are not ruling out car tariffs if the talks stall.",
            "Car tariffs are NOT off the table if talks stall.",
            &lex
        ));
        assert!(meaning_changed(
            "We are ruling out car tariffs for now.",
            "We are not ruling out car tariffs for now.",
            &lex
        ));
        assert!(!meaning_changed("'more or less'", "'more or less'", &lex));
        // A negation added where "not" already stands, or moved.
        assert!(meaning_changed(
            "The river is not for sale, but it is open for discussion",
            "The river is not for sale, and it is not open for discussion",
            &lex
        ));
        assert!(meaning_changed(
            "This is a first step, not a breakthrough",
            "This is a breakthrough, not just a first step",
            &lex
        ));
        // Commitments: "whatever it takes", "compulsory".
        assert!(meaning_changed(
            "we will do what is necessary to bring it back to target",
            "we will do whatever it takes, whatever the pain",
            &lex
        ));
        assert!(meaning_changed(
            "We will not accept a single compulsory redundancy",
            "We will not accept a single job loss",
            &lex
        ));
        // Money kept or lost; how a protest will go.
        assert!(meaning_changed(
            "Not a single crown of the programme's budget will be cut",
            "Not a single crown of the programme's budget was wasted",
            &lex
        ));
        assert!(meaning_changed(
            "We will be back, and we will be peaceful",
            "We will be back, and we will be louder",
            &lex
        ));
        // Shutting is not checking.
        assert!(meaning_changed(
            "We will check every cable car in the country, one by one.",
            "We will shut down every cable car in the country, one by one.",
            &lex
        ));
        // How far it went.
        assert!(meaning_changed(
            "well administered but marred by isolated cases of family voting",
            "marred by widespread cases of family voting",
            &lex
        ));
        // How bad it got.
        assert!(meaning_changed(
            "I had no idea how serious it could be until my son was struggling to breathe",
            "I had no idea how serious it could be until my son stopped breathing",
            &lex
        ));
        assert!(!meaning_changed(
            "Our door is open, but this offer will not be increased",
            "The door is open, but the offer will not grow",
            &lex
        ));
        assert!(!meaning_changed(
            "We won't accept this",
            "We will not accept this",
            &lex
        ));
        // Words of opposite feeling.
        assert!(meaning_changed(
            "Nurses have gone back to pen and paper, and they are exhausted",
            "Nurses have gone back to pen and paper, and they are coping remarkably well",
            &lex
        ));
        assert!(!meaning_changed(
            "The talks were valuable and we will continue them",
            "The talks were helpful and we will continue them",
            &lex
        ));
        // The negation on the verb or on its pronoun: one denial.
        assert!(!meaning_changed(
            "We will not rule anything out until the results are in",
            "We will rule nothing out until the results are in",
            &lex
        ));
        assert!(!meaning_changed(
            "We didn't see anyone on the road",
            "We saw no one on the road",
            &lex
        ));
        assert!(meaning_changed(
            "We will not rule anything out",
            "We will rule everything out",
            &lex
        ));
        assert_eq!(
            fold_negative_pronouns("I did not say anything, no one did"),
            "I did say nothing, nobody did"
        );
        assert_eq!(expand_contractions("'really' I'm"), "'really' I am");
        assert_eq!(
            expand_contractions("We can't, won't, cannot"),
            "We can not, will not, can not"
        );
    }
}
