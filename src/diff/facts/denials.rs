//! What one version denies and another affirms, compared across groups:
//! "No weather warning was in force when the ferry left" against "A gale
//! warning was in force … when the ferry sailed", "No pepper spray or tear
//! gas was used" against "Officers blasted pepper spray". Each sentence
//! joins the counterpart it shares most with (the ferry's departure, the
//! clearance of the camp), so the flip falls between groups.
//!
//! A fact's key is the head of a noun phrase a sentence denies with "no" or
//! "without" (the last word of "no weather warning"), that a verb of
//! stopping calls off ("suspended production"), or that a fact box denies
//! ("Joint statement: NONE"); or a verb a "not" denies with its object
//! ("has not recalled its ambassador": "recall ambassador"; "never entered
//! the building": "enter building"; after a modal
//! any plain verb: "would not pay additional compensation"; affirmed where
//! both words stand). A sentence that says "no …
//! warning" denies it; a sentence that negates nothing and has the word
//! affirms it, as does a clause of a negated sentence that negates nothing
//! ("The satellite was insured, …, although officials did not disclose the
//! value"); a sentence negating something else tells nothing of it. A
//! source that tells it both ways, or in more than two
//! body sentences (a word the whole story uses; a headline and a fact box
//! only repeat the body), is left out. What a version tells is what it says
//! in its own words: a sentence that is mostly quotation is left out. The two sentences
//! must share a word besides the key ("force", "ferry"), and the negation
//! must bear on words the affirming sentence has, as in a group's own
//! polarity check.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;

use super::{Context, FactKind, Told, all_pairs, claims_told};
use crate::diff::{divergence, flips};
use crate::lexicon::Lexicon;
use crate::model::{Claim, ClaimGroup, Divergence, DivergenceType, Member, Polarity};
use crate::text::{BE_FORMS, Token, is_stop_word, tokenize};

/// Shortest word a key may be: "aid", "war" are too common to name a fact.
const MIN_KEY_CHARS: usize = 4;

/// Words after which "no" denies no noun.
const NOT_DENIALS: [&str; 6] = ["longer", "doubt", "matter", "sooner", "less", "more"];

/// Verbs that stop or call off what they are said of.
const STOPPING: [&str; 10] = [
    "suspended",
    "suspends",
    "halted",
    "halts",
    "cancelled",
    "canceled",
    "scrapped",
    "scraps",
    "postponed",
    "abandoned",
];

/// Verbs of refusing, which deny what is refused: an object ("declined an
/// offer of a field hospital") or a deed ("refused to hand over its
/// exercise logs").
const REFUSING: [&str; 8] = [
    "refused", "refuses", "declined", "declines", "rejected", "rejects", "rebuffed", "rebuffs",
];

/// Particles between a verb and its object ("hand over its logs").
const PARTICLES: [&str; 7] = ["over", "up", "out", "back", "off", "down", "in"];

/// How many words after "no" a denied noun phrase may run.
const PHRASE_WORDS: usize = 3;

/// Denied against affirmed (see the module docs). `words` are the words
/// some sentence of the story denies, the only possible keys.
pub(super) struct Denials {
    words: HashSet<String>,
    /// The verbs of keys of a verb and its object ("recall ambassador"),
    /// with their keys by object.
    verbs: HashMap<String, Vec<(String, String)>>,
    /// The keys each distinct text affirms, by a hash of the text: outlets
    /// repeat sentences. Each entry names the claim it was read from, so
    /// that texts are compared where they are, not copied.
    affirmed: RefCell<HashMap<u64, Vec<Affirmed>>>,
}

impl Denials {
    pub(super) fn new(ctx: &Context) -> Denials {
        let words = ctx
            .sources
            .iter()
            .flat_map(|a| &a.claims)
            .filter(|c| c.polarity == Polarity::Negated && told_as_fact(c))
            .flat_map(|c| denied(&c.text, ctx.lex))
            .collect::<HashSet<String>>();
        Denials::of_words(words)
    }

    /// Denials whose possible keys are `words`.
    fn of_words(words: HashSet<String>) -> Denials {
        let mut verbs: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for key in &words {
            if let Some((verb, object)) = key.split_once(' ') {
                let objects = verbs.entry(verb.to_string()).or_default();
                objects.push((object.to_string(), key.clone()));
            }
        }
        Denials {
            words,
            verbs,
            affirmed: Default::default(),
        }
    }

    /// The keys a claim that negates nothing affirms: a head its words
    /// name, or a verb and its object both standing there; not one a
    /// clause of it denies ("had no plans to make vaccination compulsory,
    /// but urged parents to check").
    fn affirmed_keys(&self, ctx: &Context, claim: Member) -> Vec<String> {
        let text_of = |m: Member| -> &str { &ctx.sources[m.source()].claims[m.claim()].text };
        let text = text_of(claim);
        let hash = rustc_hash::FxBuildHasher.hash_one(text);
        if let Some(known) = self.affirmed.borrow().get(&hash)
            && let Some(seen) = known.iter().find(|k| text_of(k.claim) == text)
        {
            return seen.keys.clone();
        }
        let keys = self.keys_affirmed_by(text, ctx.lex);
        self.affirmed
            .borrow_mut()
            .entry(hash)
            .or_default()
            .push(Affirmed {
                claim,
                keys: keys.clone(),
            });
        keys
    }

    /// The keys a text that negates nothing affirms (see
    /// [`Denials::affirmed_keys`]).
    fn keys_affirmed_by(&self, text: &str, lex: &Lexicon) -> Vec<String> {
        let words = affirmable_words(text, lex);
        let verb_objects = words
            .iter()
            .filter_map(|w| self.verbs.get(w))
            .flatten()
            .filter(|(object, _)| words.contains(object))
            .map(|(_, key)| key.clone());
        let heads = words.iter().filter(|w| self.words.contains(*w)).cloned();
        heads.chain(verb_objects).collect()
    }

    /// The keys the clauses of a negated text that negate nothing affirm:
    /// "The satellite was insured, the agency said, although officials did
    /// not disclose the value of the policy" affirms the insurance.
    fn affirmed_beside_denial(&self, text: &str, lex: &Lexicon) -> Vec<String> {
        let tokens = tokenize(text);
        let breaks: Vec<usize> = (0..tokens.len())
            .filter(|&i| {
                tokens[i].is_punct(';')
                    || CONCESSIVE.contains(&tokens[i].lower.as_str())
                        && i > 0
                        && tokens[i - 1].is_punct(',')
            })
            .collect();
        if breaks.is_empty() {
            return Vec::new();
        }
        let bounds = std::iter::once(0)
            .chain(breaks.iter().copied())
            .zip(breaks.iter().copied().chain(std::iter::once(tokens.len())));
        bounds
            .filter_map(|(from, to)| {
                let clause = &tokens[from..to];
                let span = clause.first()?.span.start..clause.last()?.span.end;
                crate::extract::stance::negation_cues(clause, lex)
                    .is_empty()
                    .then(|| &text[span])
            })
            .flat_map(|clause| self.keys_affirmed_by(clause, lex))
            .collect()
    }
}

/// Words that open a clause conceding something against the one before:
/// "…, although officials did not disclose the value".
const CONCESSIVE: [&str; 5] = ["although", "though", "but", "while", "whereas"];

/// The keys a text affirms, and the claim whose text it is.
struct Affirmed {
    claim: Member,
    keys: Vec<String>,
}

/// Quotes are compared word for word elsewhere; only what a version tells
/// in its own words is a fact here, as most of a sentence is that quotes a
/// phrase ("issued a short joint statement describing the meeting as 'a
/// step toward restoring normal trade'").
fn told_as_fact(claim: &Claim) -> bool {
    claim
        .quote
        .as_ref()
        .is_none_or(|quote| quote.len() * 2 < claim.text.len())
}

/// The heads of the noun phrases a text denies with "no", "without" or a
/// verb of stopping: "No weather warning was in force" → "warning"; "No pepper
/// spray or tear gas was used" → "spray"; "walked out without a joint
/// statement" → "statement"; "had suspended production" → "production".
fn denied(text: &str, lex: &Lexicon) -> Vec<String> {
    let tokens = tokenize(text);
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // "Joint statement: NONE", a fact box's denial of what precedes it.
        if t.lower == "none"
            && i >= 2
            && tokens[i - 1].is_punct(':')
            && tokens.get(i + 1).is_none_or(|n| !n.is_word)
            && let Some(head) = tokens[i - 2].is_word.then_some(&tokens[i - 2])
        {
            out.extend(key(head, lex));
            continue;
        }
        // "no longer", "no doubt": no noun denied.
        let adverb = tokens
            .get(i + 1)
            .is_some_and(|next| NOT_DENIALS.contains(&next.lower.as_str()));
        // A verb of stopping denies its object: "had suspended production"
        // (not every negative verb: "families who had lost their homes").
        let stops = STOPPING.contains(&t.lower.as_str());
        // So does a verb a "not" denies: "has not recalled its ambassador".
        // "Never" needs none: "the renegades never entered the building".
        let not_done = matches!(t.lower.as_str(), "not" | "never")
            && i > 0
            && (t.lower == "never" || AUXILIARIES.contains(&tokens[i - 1].lower.as_str()))
            && tokens
                .get(i + 1)
                .is_some_and(|v| v.is_word && v.lower.ends_with("ed") && !is_stop_word(&v.lower));
        // Or a plain verb after a modal: "would not pay additional
        // statutory compensation" (its object needs no article).
        let not_to_do = matches!(t.lower.as_str(), "not" | "never")
            && i > 0
            && MODALS.contains(&tokens[i - 1].lower.as_str())
            && tokens
                .get(i + 1)
                .is_some_and(|v| v.is_word && !is_stop_word(&v.lower));
        // What is ruled out: "ruled out strikes for now", "ruled out
        // suspending CFL's operating licence", "Sabotage has been ruled out".
        if let Some(head) = ruled_out(&tokens, i) {
            out.extend(key(head, lex));
            continue;
        }
        if let Some(head) = tested_negative(&tokens, i) {
            out.extend(key(head, lex));
            continue;
        }
        if let Some(key) = refused(&tokens, i, lex) {
            out.push(key);
            continue;
        }
        // A passive a "not" denies, keyed by its verb and subject: "the
        // leak has not yet been stopped" ("stop leak"), "those
        // recommendations were not acted on".
        if let Some(key) = passive_denial(&tokens, i, lex) {
            out.push(key);
            continue;
        }
        if not_done || not_to_do {
            // Keyed by verb and object: the object alone ("ambassador")
            // is often what the whole story is about.
            let head = if not_done {
                object_head(&tokens, i + 2)
            } else {
                let skip = determiners(&tokens, i + 2);
                noun_phrase(&tokens, i + 2 + skip).last().copied()
            };
            if let Some(head) = head
                && let Some(object) = key(head, lex)
            {
                out.push(format!("{} {object}", lex.canonical(&tokens[i + 1].lower)));
            }
            continue;
        }
        if adverb || !(matches!(t.lower.as_str(), "no" | "without") || stops) {
            continue;
        }
        // Past an article or a possessive: "without a joint statement",
        // "halted its production" ("no" stands right before its noun).
        let skip = if t.lower == "no" {
            0
        } else {
            determiners(&tokens, i + 1)
        };
        let phrase = noun_phrase(&tokens, i + 1 + skip);
        // One that names an outcome is left to `Outcomes`.
        if phrase
            .iter()
            .any(|t| lex.outcome_nouns.contains_word(&t.lower))
        {
            continue;
        }
        if let Some(head) = phrase.last() {
            out.extend(key(head, lex));
        }
    }
    out
}

/// What the test at `i` found absent: "tested negative for alcohol" →
/// "alcohol"; "the driver's alcohol test was negative" → "alcohol".
fn tested_negative(tokens: &[Token], i: usize) -> Option<&Token> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    if matches!(word(i), "tested" | "tests" | "test")
        && word(i + 1) == "negative"
        && word(i + 2) == "for"
    {
        let skip = determiners(tokens, i + 3);
        return noun_phrase(tokens, i + 3 + skip).last().copied();
    }
    let verdict = matches!(
        (word(i + 1), word(i + 2), word(i + 3)),
        ("was" | "is" | "were" | "proved", "negative", _) | ("came", "back", "negative")
    );
    let before = i.checked_sub(1).map(|p| &tokens[p]);
    (matches!(word(i), "test" | "tests") && verdict)
        .then_some(before)
        .flatten()
        .filter(|t| t.is_word && !is_stop_word(&t.lower))
}

/// What the "ruled out" at `i` rules out: the head of the noun phrase
/// after it, past a gerund and a possessive ("ruled out suspending CFL's
/// operating licence" → "licence"), or the subject of a passive right
/// before it ("Sabotage has been ruled out" → "Sabotage").
fn ruled_out(tokens: &[Token], i: usize) -> Option<&Token> {
    const RULE: [&str; 4] = ["rule", "rules", "ruled", "ruling"];
    const HAVE: [&str; 3] = ["has", "have", "had"];
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    if !RULE.contains(&word(i)) || word(i + 1) != "out" {
        return None;
    }
    // Not ruling something out, or refusing to, leaves it open: "did not
    // rule out strikes", "refused to rule out strikes".
    let before = |back: usize| i.checked_sub(back).map_or("", word);
    if matches!(before(1), "not" | "never") || before(1) == "to" && REFUSING.contains(&before(2)) {
        return None;
    }
    if i >= 2 && BE_FORMS.contains(&word(i - 1)) {
        let mut s = i - 1;
        while s > 0 && (BE_FORMS.contains(&word(s - 1)) || HAVE.contains(&word(s - 1))) {
            s -= 1;
        }
        return s
            .checked_sub(1)
            .map(|k| &tokens[k])
            .filter(|t| t.is_word && !is_stop_word(&t.lower));
    }
    let mut from = i + 2;
    from += determiners(tokens, from);
    if word(from).ends_with("ing") {
        from += 1;
        from += determiners(tokens, from);
    }
    if tokens.get(from).is_some_and(|t| t.lower.ends_with("'s")) {
        from += 1;
    }
    noun_phrase(tokens, from).last().copied()
}

/// The key of what the verb of refusing at `i` ([`REFUSING`], or "turned
/// down") refuses: a deed by its verb and the head of its object ("refused
/// to hand over its exercise logs" → "hand log"), else the head of the
/// noun phrase refused, or of what it is an offer of or a proposal to do
/// ("declined an offer of a field hospital" → "hospital", "rejected a
/// proposal to open a humanitarian corridor" → "open corridor"). None when
/// nothing is named ("declined to comment"), for ruling out, whose refusal
/// affirms ("refused to rule out strikes"), or for an outcome, read
/// elsewhere ("rejected the deal").
fn refused(tokens: &[Token], i: usize, lex: &Lexicon) -> Option<String> {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let after = if REFUSING.contains(&word(i)) {
        i + 1
    } else if matches!(word(i), "turned" | "turns" | "turning") && word(i + 1) == "down" {
        i + 2
    } else {
        return None;
    };
    if word(after) == "to" {
        return deed(tokens, after, lex);
    }
    let (phrase, end) = object_phrase(tokens, after);
    match word(end) {
        "to" => deed(tokens, end, lex),
        "of" => phrase_key(&object_phrase(tokens, end + 1).0, lex),
        _ => phrase_key(&phrase, lex),
    }
}

/// The key of a deed after the "to" at `to`: its verb and the head of its
/// object, past a particle ("to hand over its exercise logs" → "hand log").
fn deed(tokens: &[Token], to: usize, lex: &Lexicon) -> Option<String> {
    let verb = tokens
        .get(to + 1)
        .filter(|v| v.is_word && !is_stop_word(&v.lower) && v.lower != "rule")?;
    let mut from = to + 2;
    while tokens
        .get(from)
        .is_some_and(|t| PARTICLES.contains(&t.lower.as_str()))
    {
        from += 1;
    }
    let object = phrase_key(&object_phrase(tokens, from).0, lex)?;
    Some(format!("{} {object}", lex.canonical(&verb.lower)))
}

/// The noun phrase from `from`, past articles and possessives and without
/// a participle after it ("a field hospital offered by …"), and where it
/// ends.
fn object_phrase(tokens: &[Token], from: usize) -> (Vec<&Token>, usize) {
    let start = from + determiners(tokens, from);
    let mut phrase = noun_phrase(tokens, start);
    while phrase.len() > 1 && phrase.last().is_some_and(|t| t.lower.ends_with("ed")) {
        phrase.pop();
    }
    let end = start + phrase.len();
    (phrase, end)
}

/// The key of a phrase's head, unless the phrase names an outcome.
fn phrase_key(phrase: &[&Token], lex: &Lexicon) -> Option<String> {
    let outcome = phrase
        .iter()
        .any(|t| lex.outcome_nouns.contains_word(&t.lower));
    key(phrase.last()?, lex).filter(|_| !outcome)
}

/// The key of a passive the "not" or "never" at `i` denies: its verb and
/// the head of its subject, right before the auxiliary ("The leak has not
/// yet been stopped" → "stop leak").
fn passive_denial(tokens: &[Token], i: usize, lex: &Lexicon) -> Option<String> {
    const BE: [&str; 7] = ["has", "have", "had", "was", "were", "is", "are"];
    if !matches!(tokens[i].lower.as_str(), "not" | "never") || i < 2 {
        return None;
    }
    let auxiliary = &tokens[i - 1].lower;
    if !BE.contains(&auxiliary.as_str()) {
        return None;
    }
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let mut v = i + 1;
    if word(v) == "yet" {
        v += 1;
    }
    // "has not been stopped" (a "has" needs its "been"); "were not acted on".
    if word(v) == "been" {
        v += 1;
    } else if auxiliary.starts_with('h') {
        return None;
    }
    let verb = tokens
        .get(v)
        .filter(|t| t.is_word && t.lower.ends_with("ed") && !is_stop_word(&t.lower))?;
    let subject = key(&tokens[i - 2], lex).filter(|_| tokens[i - 2].is_word)?;
    Some(format!("{} {subject}", lex.canonical(&verb.lower)))
}

/// Auxiliaries before a "not" that denies the verb after it.
const AUXILIARIES: [&str; 6] = ["has", "have", "had", "was", "were", "did"];

/// Modals and "do" before a "not" and a plain verb.
const MODALS: [&str; 8] = [
    "will", "would", "did", "does", "do", "can", "could", "should",
];

/// The head of the noun phrase a verb acts on, from `from`, past an
/// article or a possessive: "its ambassador" (not "when they met").
fn object_head(tokens: &[Token], from: usize) -> Option<&Token> {
    let skip = determiners(tokens, from);
    (skip > 0)
        .then(|| noun_phrase(tokens, from + skip).last().copied())
        .flatten()
}

/// How many articles and possessives stand from `from`.
fn determiners(tokens: &[Token], from: usize) -> usize {
    const DETERMINERS: [&str; 9] = ["a", "an", "any", "the", "its", "their", "all", "his", "her"];
    tokens[from.min(tokens.len())..]
        .iter()
        .take_while(|n| DETERMINERS.contains(&n.lower.as_str()))
        .count()
}

/// The words of a noun phrase from `from`, up to [`PHRASE_WORDS`]; it ends
/// before an adverb ("without agreement shortly after 2 a.m.").
fn noun_phrase(tokens: &[Token], from: usize) -> Vec<&Token> {
    tokens[from.min(tokens.len())..]
        .iter()
        .take(PHRASE_WORDS)
        .take_while(|t| t.is_word && !is_stop_word(&t.lower) && !t.lower.ends_with("ly"))
        .collect()
}

/// The key of a denied phrase's head: none for a short word ("aid") or an
/// outcome, whose polarity is read from the outcome a sentence tells (see
/// `Outcomes`), not from any mention ("the last chance for a settlement").
fn key(head: &Token, lex: &Lexicon) -> Option<String> {
    (head.lower.chars().count() >= MIN_KEY_CHARS && !lex.outcome_nouns.contains_word(&head.lower))
        .then(|| lex.canonical(&head.lower))
}

/// The content words a text may affirm: all but those it denies itself.
fn affirmable_words(text: &str, lex: &Lexicon) -> HashSet<String> {
    let mut words = content_words(text, lex);
    for own in denied(text, lex) {
        words.remove(&own);
    }
    words
}

/// A claim's content words, in canonical form ("according to" names a
/// source: its stem is the "accord" of an agreement).
fn content_words(text: &str, lex: &Lexicon) -> HashSet<String> {
    tokenize(text)
        .iter()
        .filter(|t| t.is_word && !is_stop_word(&t.lower) && t.lower != "according")
        .map(|t| lex.canonical(t.lower.trim_end_matches("'s")))
        .collect()
}

impl FactKind for Denials {
    const TYPE: DivergenceType = DivergenceType::Polarity;
    const MAX_TELLINGS: Option<usize> = Some(2);

    /// Index 1 for a key the claim denies, 0 for one it affirms.
    fn told_by(&self, ctx: &Context, source: usize, claim: usize) -> Vec<(String, usize)> {
        let told = &ctx.sources[source].claims[claim];
        if self.words.is_empty() || !told_as_fact(told) {
            return Vec::new();
        }
        if told.polarity == Polarity::Negated {
            let denials: Vec<String> = denied(&told.text, ctx.lex)
                .into_iter()
                .filter(|w| self.words.contains(w))
                .collect();
            let affirmed: Vec<String> = self
                .affirmed_beside_denial(&told.text, ctx.lex)
                .into_iter()
                .filter(|w| !denials.contains(w))
                .collect();
            let denied = denials.into_iter().map(|w| (w, 1));
            return denied.chain(affirmed.into_iter().map(|w| (w, 0))).collect();
        }
        self.affirmed_keys(ctx, Member::new(source, claim))
            .into_iter()
            .map(|w| (w, 0))
            .collect()
    }

    fn consistent(&self, _ctx: &Context, a: &Told, b: &Told) -> bool {
        a.index == b.index
    }

    fn divergence(
        &self,
        ctx: &Context,
        (g, group): (usize, &ClaimGroup),
        key: &str,
        told: &[Told],
    ) -> Option<Divergence> {
        let claims = claims_told(ctx, told);
        let same_matter = |a: &&Claim, b: &&Claim| {
            shares_besides(&a.text, &b.text, key, ctx.lex)
                || gives_figure_for(a, key, ctx.lex)
                || gives_figure_for(b, key, ctx.lex)
        };
        // Outlets repeat sentences: each distinct text is compared once, so
        // a fact a thousand outlets tell costs its variants, not a million
        // pairs.
        let mut seen = HashSet::new();
        let distinct: Vec<&Claim> = claims
            .iter()
            .copied()
            .filter(|c| seen.insert(&*c.text))
            .collect();
        if !all_pairs(&distinct, same_matter) {
            return None;
        }
        let items: Vec<Option<(Polarity, &Claim)>> = told
            .iter()
            .zip(&claims)
            .map(|(t, c)| {
                let polarity = if t.index == 1 {
                    Polarity::Negated
                } else {
                    Polarity::Affirmed
                };
                Some((polarity, *c))
            })
            .collect();
        let found = flips(ctx, group, &items)?;
        Some(divergence(group, g, Self::TYPE, found))
    }
}

/// Does an affirming claim put a figure on the word `key` ("a $5 million
/// ransom was handed over" against "No ransom was paid")? That says the
/// thing existed, however else the two are worded.
fn gives_figure_for(claim: &Claim, key: &str, lex: &Lexicon) -> bool {
    claim.polarity == Polarity::Affirmed
        && claim.quantities.iter().any(|q| {
            let rest = claim.text.get(q.span.end..).unwrap_or_default();
            let next = tokenize(rest).into_iter().find(|t| t.is_word);
            next.is_some_and(|t| lex.canonical(&t.lower) == key)
        })
}

/// Do two texts share a content word of more than three letters besides
/// `key`?
fn shares_besides(a: &str, b: &str, key: &str, lex: &Lexicon) -> bool {
    lex.share_a_word(a, b, |_, canonical| canonical == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_that_denies_a_word_does_not_affirm_it() {
        let lex = Lexicon::default();
        let plans = lex.canonical("plans");
        let turned = "The authority had no plans to make vaccination compulsory, but urged \
                      parents to check their children's records.";
        assert!(!affirmable_words(turned, &lex).contains(&plans));
        let told = "The authority has plans to make vaccination compulsory.";
        assert!(affirmable_words(told, &lex).contains(&plans));
    }

    #[test]
    fn a_clause_beside_a_denial_affirms_what_it_says() {
        let lex = Lexicon::default();
        let words: HashSet<String> = denied("The satellite was NOT insured.", &lex)
            .into_iter()
            .collect();
        assert_eq!(words.len(), 1);
        let denials = Denials::of_words(words.clone());
        let conceding = "The satellite was insured, the agency said, although officials did \
                         not disclose the value of the policy.";
        assert_eq!(
            denials.affirmed_beside_denial(conceding, &lex),
            words.into_iter().collect::<Vec<_>>()
        );
        // Without a clause free of negation, nothing is affirmed.
        let denying = "The satellite was not insured, the agency said.";
        assert!(denials.affirmed_beside_denial(denying, &lex).is_empty());
    }

    #[test]
    fn what_a_negative_test_found_absent_is_denied() {
        let lex = Lexicon::default();
        let alcohol = vec![lex.canonical("alcohol")];
        assert_eq!(
            denied("He tested negative for alcohol, police said.", &lex),
            alcohol
        );
        assert_eq!(
            denied("The driver's alcohol test was negative.", &lex),
            alcohol
        );
        assert!(denied("He tested positive for alcohol.", &lex).is_empty());
    }

    #[test]
    fn what_is_refused_is_denied() {
        let lex = Lexicon::default();
        let pair =
            |verb: &str, object: &str| format!("{} {}", lex.canonical(verb), lex.canonical(object));
        let cases = [
            // A deed, by its verb and object, past a particle.
            (
                "But the navy has refused to hand over its exercise logs.",
                pair("hand", "logs"),
            ),
            // What an offer is of; what a proposal is to do.
            (
                "It declined an offer of a field hospital from Tarnland.",
                lex.canonical("hospital"),
            ),
            (
                "Delegates rejected a proposal to open a humanitarian corridor.",
                pair("open", "corridor"),
            ),
            // A participle after the object is not its head.
            (
                "The cabinet turned down a field hospital offered by Tarnland.",
                lex.canonical("hospital"),
            ),
            (
                "The MSA rejected a request from Veltris.",
                lex.canonical("request"),
            ),
        ];
        for (text, key) in cases {
            assert_eq!(denied(text, &lex), [key], "{text}");
        }
        // Nothing named, a refusal to rule out, an outcome: no key.
        for text in [
            "The company declined to comment.",
            "The union refused to rule out strikes.",
            "The board rejected the deal.",
        ] {
            assert!(denied(text, &lex).is_empty(), "{text}");
        }
    }

    #[test]
    fn the_head_of_what_no_denies_is_the_key() {
        let lex = Lexicon::default();
        assert_eq!(
            denied("No weather warning was in force when the ferry left.", &lex),
            [lex.canonical("warning")]
        );
        assert_eq!(
            denied("No pepper spray or tear gas was used.", &lex),
            [lex.canonical("spray")]
        );
        // No noun denied; an outcome is read elsewhere.
        assert!(denied("The group could no longer justify keeping it open.", &lex).is_empty());
        assert!(denied("The talks produced no agreement.", &lex).is_empty());
        // "without" denies too, past an article; a fact box's "none" denies
        // what stands before the colon.
        let statement = [lex.canonical("statement")];
        assert_eq!(
            denied(
                "The two leaders walked out WITHOUT a joint statement.",
                &lex
            ),
            statement
        );
        assert_eq!(denied("Joint statement: NONE", &lex), statement);
        // A verb of stopping denies its object; losing something does not.
        assert_eq!(
            denied(
                "Halvek had suspended production at its two other shafts.",
                &lex
            ),
            [lex.canonical("production")]
        );
        assert!(denied("Families who had lost their homes.", &lex).is_empty());
        // A verb a "not" denies, with its object.
        assert_eq!(
            denied(
                "Valdoria has not recalled its ambassador, the ministry said.",
                &lex
            ),
            [format!(
                "{} {}",
                lex.canonical("recalled"),
                lex.canonical("ambassador")
            )]
        );
        assert!(denied("The minister has not recalled when they met.", &lex).is_empty());
        // A plain verb after a modal, with an object without article.
        assert_eq!(
            denied(
                "It said it would not pay additional statutory compensation.",
                &lex
            ),
            [format!(
                "{} {}",
                lex.canonical("pay"),
                lex.canonical("compensation")
            )]
        );
        assert!(denied("She would not comment on the report.", &lex).is_empty());
        // A passive, with its subject.
        let stop_leak = format!("{} {}", lex.canonical("stopped"), lex.canonical("leak"));
        assert_eq!(
            denied("The leak has not yet been stopped.", &lex),
            std::slice::from_ref(&stop_leak)
        );
        assert_eq!(denied("The leak was never stopped.", &lex), [stop_leak]);
        assert!(denied("The leak has not stopped.", &lex).is_empty());
        // What is ruled out, active or passive.
        assert_eq!(
            denied("She ruled out strikes for now.", &lex),
            [lex.canonical("strikes")]
        );
        assert_eq!(
            denied("Strand ruled out suspending CFL's operating licence.", &lex),
            [lex.canonical("licence")]
        );
        assert_eq!(
            denied("Sabotage has been ruled out.", &lex),
            [lex.canonical("sabotage")]
        );
        assert_eq!(
            denied("The minister has ruled out sabotage.", &lex),
            [lex.canonical("sabotage")]
        );
        // An adverb ends the phrase, and an outcome is left to `Outcomes`.
        assert!(denied("Talks ended without agreement shortly after 2 a.m.", &lex).is_empty());
    }

    #[test]
    fn texts_about_one_matter_share_a_word_besides_the_key() {
        let lex = Lexicon::default();
        assert!(shares_besides(
            "No weather warning was in force when the ferry left Varenna.",
            "A gale warning was in force for the strait when the ferry sailed.",
            &lex.canonical("warning"),
            &lex
        ));
        assert!(!shares_besides(
            "No warning was given.",
            "The council put up a warning sign.",
            &lex.canonical("warning"),
            &lex
        ));
    }
}
