//! Extract: turn sentences into typed claims.
pub mod dates;
pub mod numbers;

use crate::lexicon::Lexicon;
use crate::model::{Analysis, Document, Sentence};

/// Extract the claims of one document.
pub fn extract(document: Document, sentences: Vec<Sentence>, _lexicon: &Lexicon) -> Analysis {
    Analysis {
        document,
        sha256: String::new(),
        sentences,
        claims: Vec::new(),
    }
}
