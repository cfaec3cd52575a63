//! What alignment compares: each claim reduced to weighted content stems,
//! numbers, entity keys, quoted words and character bigrams.
//!
//! Outlets paraphrase ("five-hour talks", "a 5-hour meeting"), so claims are
//! compared on stems folded through the lexicon's synonym groups, canonical
//! numbers and entity keys rather than raw words. Reporting verbs ("said",
//! "told") are left out: they say who spoke, not what was said.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::lexicon::Lexicon;
use crate::model::{Analysis, Claim, Span};
use crate::text::{is_stop_word, normalize, tokenize};

/// An interned stem or number token.
pub type TokenId = u32;

/// A claim as alignment sees it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClaimFeatures {
    /// Distinct content tokens, sorted.
    pub tokens: Vec<TokenId>,
    /// Number values as written canonically ("5", "28").
    pub numbers: Vec<String>,
    /// What the claim's quantities measure ("hour/meeting"), values aside.
    pub measures: Vec<String>,
    /// Resolved date and time values (ISO 8601), sorted.
    pub dates: Vec<String>,
    pub entities: Box<[String]>,
    pub persons: Box<[String]>,
    /// From a headline or subhead.
    pub headline: bool,
    /// Distinct quoted content tokens, sorted.
    pub quote: Vec<TokenId>,
    /// Character bigrams of the folded text, hashed and sorted (with repeats);
    /// shared by claims with the same text.
    pub bigrams: Arc<[u32]>,
    /// Content tokens in text order (figures left out); shared by claims
    /// with the same text.
    pub sequence: Arc<[TokenId]>,
}

/// Interns tokens and counts in how many claims each occurs.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: HashMap<String, TokenId>,
    /// Word as written (lower case) → its token, so each word is stemmed once.
    words: HashMap<String, TokenId>,
    document_frequency: Vec<u32>,
    /// Inverse document frequency per token, computed once counting is done.
    idf: Vec<f64>,
    claims: u32,
}

impl Vocabulary {
    /// An empty vocabulary whose first id is the [`CLAUSE_MARK`].
    fn new() -> Self {
        let mut vocab = Vocabulary::default();
        let mark = vocab.intern(",".to_string());
        debug_assert_eq!(mark, CLAUSE_MARK);
        vocab
    }

    fn intern(&mut self, token: String) -> TokenId {
        let next = self.ids.len() as TokenId;
        let id = *self.ids.entry(token).or_insert(next);
        if id as usize == self.document_frequency.len() {
            self.document_frequency.push(0);
        }
        id
    }

    /// Does the token occur in more than half of all claims (with enough
    /// claims to tell)?
    pub fn is_common(&self, id: TokenId) -> bool {
        self.claims >= 20 && self.document_frequency[id as usize] * 2 > self.claims
    }

    /// Does the token occur in exactly two claims (with enough claims for
    /// that to say something)?
    pub fn in_two_claims_only(&self, id: TokenId) -> bool {
        self.claims >= 20 && self.document_frequency[id as usize] == 2
    }

    /// Inverse document frequency: rare tokens weigh more.
    pub fn idf(&self, id: TokenId) -> f64 {
        self.idf[id as usize]
    }

    fn finish(&mut self) {
        let claims = self.claims as f64;
        self.idf = self
            .document_frequency
            .iter()
            .map(|&df| (1.0 + claims / df.max(1) as f64).ln())
            .collect();
    }
}

/// Features of every claim of every source, with the shared vocabulary.
/// Claims with the same features (copies of one sentence) share them.
pub fn build(sources: &[Analysis], lex: &Lexicon) -> (Vec<Vec<Arc<ClaimFeatures>>>, Vocabulary) {
    let mut vocab = Vocabulary::new();
    // Token ids are handed out in the order sources are read, and weights
    // are summed in token-id order; reading the sources in the order the
    // user gave them would make scores differ in the last bits when the
    // order changes. Alignment's own visiting order does not depend on it.
    let mut features: Vec<Vec<Arc<ClaimFeatures>>> = vec![Vec::new(); sources.len()];
    let mut memo = Memo::default();
    let mut known: HashSet<Arc<ClaimFeatures>> = HashSet::default();
    for s in super::visiting_order(sources) {
        features[s] = sources[s]
            .claims
            .iter()
            .map(|c| {
                let found = features_of(c, lex, &mut vocab, &mut memo);
                if let Some(same) = known.get(&found) {
                    return Arc::clone(same);
                }
                let found = Arc::new(found);
                known.insert(Arc::clone(&found));
                found
            })
            .collect();
    }
    for f in features.iter().flatten() {
        vocab.claims += 1;
        for &t in &f.tokens {
            vocab.document_frequency[t as usize] += 1;
        }
    }
    vocab.finish();
    (features, vocab)
}

/// What depends only on a claim's words, kept by text: outlets repeat
/// sentences word for word, and each distinct one is tokenised, stemmed and
/// cut into bigrams once. Token ids stay as they were: a repeated text
/// interns nothing its first reading did not.
#[derive(Default)]
struct Memo<'a> {
    /// Content tokens by claim text and its quantities' spans (relative to
    /// the text: their words are left out).
    content: HashMap<(&'a str, Vec<Span>), Arc<[TokenId]>>,
    quotes: HashMap<&'a str, Vec<TokenId>>,
    bigrams: HashMap<&'a str, Arc<[u32]>>,
}

fn features_of<'a>(
    claim: &'a Claim,
    lex: &Lexicon,
    vocab: &mut Vocabulary,
    memo: &mut Memo<'a>,
) -> ClaimFeatures {
    let numbers: Vec<String> = claim
        .quantities
        .iter()
        .filter_map(|q| q.value.or(q.low).map(canonical_number))
        .collect();
    let numbers = distinct(numbers);
    let dates = distinct(claim.dates.iter().filter_map(|d| d.value.clone()).collect());
    let measures: Vec<String> = claim
        .quantities
        .iter()
        .filter_map(|q| crate::diff::quantity::measure(q, lex))
        .collect();
    let measures = distinct(measures);
    let sequence = claim_tokens(claim, lex, vocab, memo);
    let mut tokens: Vec<TokenId> = sequence
        .iter()
        .copied()
        .filter(|&t| t != CLAUSE_MARK)
        .collect();
    tokens.extend(numbers.iter().map(|n| vocab.intern(format!("#{n}"))));
    // A claim of stop words only ("It was not over.") has no token to be
    // found by, so not even a copy of it would align: its folded text
    // stands in as its one token.
    if tokens.is_empty() {
        tokens.push(vocab.intern(format!("={}", normalize(&claim.text))));
    }
    let tokens = distinct(tokens);
    let quote = claim
        .quote
        .as_deref()
        .map(|q| {
            memo.quotes
                .entry(q)
                .or_insert_with(|| {
                    let words = content_tokens(q, lex, vocab, &|_, _| false);
                    distinct(words.into_iter().filter(|&t| t != CLAUSE_MARK).collect())
                })
                .clone()
        })
        .unwrap_or_default();
    ClaimFeatures {
        tokens,
        numbers,
        measures,
        dates,
        entities: claim.entities.clone(),
        persons: claim.persons.clone(),
        headline: claim.headline,
        quote,
        bigrams: Arc::clone(
            memo.bigrams
                .entry(&claim.text)
                .or_insert_with(|| bigrams(&normalize(&claim.text)).into()),
        ),
        sequence,
    }
}

/// The distinct items, sorted, without spare capacity (features are kept
/// for every claim until alignment is done).
fn distinct<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort_unstable();
    items.dedup();
    items.shrink_to_fit();
    items
}

/// [`content_tokens`] of a claim's text, leaving out its quantities' words.
fn claim_tokens<'a>(
    claim: &'a Claim,
    lex: &Lexicon,
    vocab: &mut Vocabulary,
    memo: &mut Memo<'a>,
) -> Arc<[TokenId]> {
    // Quantity spans are in the text's own offsets.
    let quantities: Vec<Span> = claim.quantities.iter().map(|q| q.span).collect();
    memo.content
        .entry((&*claim.text, quantities))
        .or_insert_with_key(|(text, quantities)| {
            let in_quantity = |start: usize, end: usize| {
                quantities
                    .iter()
                    .any(|q| q.contains(&Span::new(start, end)))
            };
            content_tokens(text, lex, vocab, &in_quantity).into()
        })
        .clone()
}

/// Stands in a claim's sequence where punctuation parts two clauses, so that
/// words replaced on both sides of a comma are two passages, not one ("… to
/// oppose the fare increase, emergency services said" against "… the school
/// merger, city officials said"). Never a token of its own: the vocabulary
/// interns it first, before any word.
pub const CLAUSE_MARK: TokenId = 0;

/// Content stems of a text, through the synonym groups, without stop words,
/// reporting verbs or the words of quantities (those become number tokens),
/// with a [`CLAUSE_MARK`] where punctuation parts clauses.
fn content_tokens(
    text: &str,
    lex: &Lexicon,
    vocab: &mut Vocabulary,
    in_quantity: &dyn Fn(usize, usize) -> bool,
) -> Vec<TokenId> {
    let mut out = Vec::new();
    for t in tokenize(text) {
        let parts_clauses = [',', ';', ':', '(', ')', '—', '–']
            .iter()
            .any(|&c| t.is_punct(c))
            || (t.is_word && lex.reporting_verbs.contains_word(&t.lower));
        if parts_clauses {
            if out.last().is_some_and(|&last| last != CLAUSE_MARK) {
                out.push(CLAUSE_MARK);
            }
            continue;
        }
        if !t.is_word || in_quantity(t.span.start, t.span.end) {
            continue;
        }
        for part in t.lower.split(['-', '.']) {
            let part = part.trim_end_matches("'s").trim_end_matches('\'');
            if part.len() > 1 && !is_stop_word(part) {
                let id = match vocab.words.get(part) {
                    Some(&id) => id,
                    None => {
                        let id = vocab.intern(lex.canonical(part));
                        vocab.words.insert(part.to_string(), id);
                        id
                    }
                };
                out.push(id);
            }
        }
    }
    out
}

/// Hashed character bigrams of the alphanumeric text, sorted.
fn bigrams(text: &str) -> Vec<u32> {
    let chars: Vec<char> = text
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .collect();
    let mut out: Vec<u32> = chars
        .windows(2)
        .map(|w| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            (w[0], w[1]).hash(&mut h);
            h.finish() as u32
        })
        .collect();
    out.sort_unstable();
    out
}

/// "5", "2.5", "12000": a number as a token.
pub fn canonical_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}
