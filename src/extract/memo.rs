//! What a sentence yields on its own, remembered by its text.
//!
//! Outlets repeat sentences word for word (syndicated copy), and the
//! costliest part of extraction depends on nothing but a sentence's words and
//! the publication date that anchors relative dates: where its claim starts
//! (after a dateline), its dates and quantities, and its claim id.
//! [`SentenceMemo`] computes that part once per distinct sentence and shares
//! it between the documents of one comparison. What depends on the rest of a
//! document — speakers and pronouns, quotes running across sentences, roles —
//! is never cached. Tokens and names are not kept either: reading them again
//! costs little, and keeping them for every distinct sentence of a big
//! comparison would cost more memory than the claims themselves.

use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use rustc_hash::FxHashMap;

use super::{dates, numbers, roles};
use crate::model::{ClaimFacts, ClaimId, DateMention, Quantity, Span};
use crate::text::normalize;

/// The context-free facts of one sentence, in offsets into its claim text
/// (the sentence without a leading dateline).
#[derive(Debug)]
pub(super) struct Local {
    /// Bytes of leading dateline the claim leaves out.
    pub strip: usize,
    /// Dates found in the claim text (event times, found later, aside).
    pub dates: Vec<DateMention>,
    /// Quantities outside those dates.
    pub quantities: Vec<Quantity>,
    /// The content id before de-duplication: the hash of the folded text.
    pub id: ClaimId,
    /// What claims of this sentence said in the documents read so far: a
    /// copy of the sentence that says the same shares its facts.
    said: Mutex<Vec<Arc<ClaimFacts>>>,
}

impl Local {
    /// Read a sentence whose dates are anchored at `reference`.
    pub fn of(sentence: &str, reference: Option<NaiveDate>) -> Local {
        let whole = Span::new(0, sentence.len());
        let strip = roles::claim_span(sentence, whole).start;
        let claim = &sentence[strip..];
        // Dates first: numbers inside them are not quantities, and the
        // number finder need not look for dates again.
        let mut dates = dates::find_dates(claim, reference);
        let mut quantities = numbers::find_quantities_excluding(claim, &dates);
        // Kept for every sentence of a document being read, or of all the
        // documents of a comparison: no spare room.
        dates.shrink_to_fit();
        quantities.shrink_to_fit();
        Local {
            strip,
            dates,
            quantities,
            id: ClaimId::of_text(&normalize(claim)),
            said: Mutex::default(),
        }
    }

    /// `facts`, shared with an earlier claim of this sentence that says the
    /// same. A sentence's copies rarely differ (a speaker or a context
    /// resolved otherwise); past a few variants, new ones are kept apart.
    pub fn share(&self, facts: ClaimFacts) -> Arc<ClaimFacts> {
        const VARIANTS: usize = 4;
        let mut said = self.said.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(known) = said.iter().find(|known| ***known == facts) {
            return Arc::clone(known);
        }
        let facts = Arc::new(facts);
        if said.len() < VARIANTS {
            said.push(Arc::clone(&facts));
        }
        facts
    }
}

/// Sentence facts shared by the documents of one comparison, keyed by the
/// reference date and the sentence's text. Safe to use from several threads:
/// whichever computes a sentence first stores it, and since the facts depend
/// only on the key, which one does never matters.
#[derive(Debug, Default)]
pub struct SentenceMemo {
    facts: Mutex<Facts>,
}

impl SentenceMemo {
    pub(super) fn get(&self, sentence: &str, reference: Option<NaiveDate>) -> Arc<Local> {
        let known = |facts: &Facts| facts.get(&reference)?.get(sentence).cloned();
        if let Some(found) = known(&self.lock()) {
            return found;
        }
        // Computed outside the lock, so other threads are not held up.
        let local = Arc::new(Local::of(sentence, reference));
        let mut facts = self.lock();
        let by_text = facts.entry(reference).or_default();
        Arc::clone(by_text.entry(Box::from(sentence)).or_insert(local))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Facts> {
        // A panic elsewhere cannot leave a half-written entry behind.
        self.facts.lock().unwrap_or_else(|e| e.into_inner())
    }
}

type Facts = FxHashMap<Option<NaiveDate>, FxHashMap<Box<str>, Arc<Local>>>;
