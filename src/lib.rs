//! claimdiff: find where several outlets' versions of one story disagree.
//!
//! The work is a one-way pipeline of plain data (types in [`model`]):
//! [`ingest`] reads a source into a [`Document`]; [`segment`] cuts it into
//! sentences; [`extract`] turns sentences into typed [`Claim`]s (quotes,
//! participants, outcomes, quantities, dates, statements); [`align`] gathers
//! the claims of all documents into [`ClaimGroup`]s; [`diff`] finds the typed
//! [`Divergence`]s inside each group; [`render`] prints the [`Report`].
//! Beside the pipeline, [`review`] matches editors' decisions (a
//! `claimdiff-review/1` file) with a report's divergences, so that what was
//! accepted or dismissed stays decided on the next run.
//!
//! ```
//! use claimdiff::{compare, ingest, Config};
//!
//! let config = Config::default();
//! let a = ingest::from_text("wire", "The five-hour meeting produced no agreement.");
//! let b = ingest::from_text("tabloid", "The four-hour meeting produced no agreement.");
//! let report = compare(vec![a, b], &config);
//! assert_eq!(report.divergences[0].kind, claimdiff::DivergenceType::Quantity);
//! ```

pub mod align;
pub mod batch;
pub mod config;
pub mod diff;
pub mod error;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod lexicon;
pub mod model;
pub mod render;
pub mod review;
pub mod segment;
pub mod text;

pub use config::Config;
pub use error::{Error, Result};
pub use model::*;

/// Analyse one document: segment it and extract its claims.
pub fn analyse(document: Document, config: &Config) -> Analysis {
    analyse_with(document, config, None)
}

/// [`analyse`], sharing what sentences yield on their own with the other
/// documents analysed through the same `memo`.
fn analyse_with(
    document: Document,
    config: &Config,
    memo: Option<&extract::SentenceMemo>,
) -> Analysis {
    let sentences = segment::split(&document.text);
    extract::extract_with(document, sentences, &config.lexicon, memo)
}

/// Compare documents: analyse each, align their claims, and diff every group.
pub fn compare(documents: Vec<Document>, config: &Config) -> Report {
    use rayon::prelude::*;
    // Outlets repeat each other's sentences word for word; each distinct
    // sentence is read once.
    let memo = extract::SentenceMemo::default();
    let sources: Vec<Analysis> = documents
        .into_par_iter()
        .map(|d| analyse_with(d, config, Some(&memo)))
        .collect();
    // The claims hold copies of what they took; the memo is not needed
    // while the claims are aligned and diffed.
    drop(memo);
    compare_analyses(sources, config)
}

/// Align and diff documents that are already analysed.
pub fn compare_analyses(sources: Vec<Analysis>, config: &Config) -> Report {
    let groups = align::align(&sources, &config.align, &config.lexicon);
    let divergences = diff::diff(&sources, &groups, &config.severity, &config.lexicon);
    Report {
        sources,
        groups,
        divergences,
    }
}
