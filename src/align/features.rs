//! What alignment compares: each claim reduced to weighted content stems,
//! numbers, entity keys and a folded string.
//!
//! Outlets paraphrase ("five-hour talks", "a 5-hour meeting"), so claims are
//! compared on stems, canonical numbers and entity keys rather than raw words.

use std::collections::HashMap;

use crate::model::{Analysis, Claim};
use crate::text::{is_stop_word, normalize, stem, tokenize};

/// An interned stem or number token.
pub type TokenId = u32;

/// A claim as alignment sees it.
#[derive(Debug, Clone)]
pub struct ClaimFeatures {
    /// Distinct content tokens, sorted.
    pub tokens: Vec<TokenId>,
    /// Number values as written canonically ("5", "28").
    pub numbers: Vec<String>,
    pub entities: Vec<String>,
    /// Normalised text for character similarity.
    pub folded: String,
}

/// Interns tokens and counts in how many claims each occurs.
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: HashMap<String, TokenId>,
    document_frequency: Vec<u32>,
    claims: u32,
}

impl Vocabulary {
    fn intern(&mut self, token: String) -> TokenId {
        let next = self.ids.len() as TokenId;
        let id = *self.ids.entry(token).or_insert(next);
        if id as usize == self.document_frequency.len() {
            self.document_frequency.push(0);
        }
        id
    }

    /// Inverse document frequency: rare tokens weigh more.
    pub fn idf(&self, id: TokenId) -> f64 {
        let df = self.document_frequency[id as usize].max(1) as f64;
        (1.0 + self.claims as f64 / df).ln()
    }
}

/// Features of every claim of every source, with the shared vocabulary.
pub fn build(sources: &[Analysis]) -> (Vec<Vec<ClaimFeatures>>, Vocabulary) {
    let mut vocab = Vocabulary::default();
    let features: Vec<Vec<ClaimFeatures>> = sources
        .iter()
        .map(|s| {
            s.claims
                .iter()
                .map(|c| features_of(c, &mut vocab))
                .collect()
        })
        .collect();
    for f in features.iter().flatten() {
        vocab.claims += 1;
        for &t in &f.tokens {
            vocab.document_frequency[t as usize] += 1;
        }
    }
    (features, vocab)
}

fn features_of(claim: &Claim, vocab: &mut Vocabulary) -> ClaimFeatures {
    let mut numbers: Vec<String> = claim
        .quantities
        .iter()
        .filter_map(|q| q.value.or(q.low).map(canonical_number))
        .collect();
    numbers.sort();
    numbers.dedup();
    let mut tokens: Vec<TokenId> = Vec::new();
    for t in tokenize(&claim.text) {
        let in_quantity = claim
            .quantities
            .iter()
            .any(|q| q.span.contains(&t.span.shifted(claim.span.start)));
        if !t.is_word || in_quantity {
            continue;
        }
        for part in t.lower.split(['-', '.']) {
            let part = part.trim_end_matches("'s").trim_end_matches('\'');
            if part.len() > 1 && !is_stop_word(part) {
                tokens.push(vocab.intern(stem(part)));
            }
        }
    }
    tokens.extend(numbers.iter().map(|n| vocab.intern(format!("#{n}"))));
    tokens.sort_unstable();
    tokens.dedup();
    ClaimFeatures {
        tokens,
        numbers,
        entities: claim.entities.clone(),
        folded: normalize(&claim.text),
    }
}

/// "5", "2.5", "12000": a number as a token.
pub fn canonical_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}
