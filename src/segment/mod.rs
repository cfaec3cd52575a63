//! Sentence segmentation: cut a document's text into sentences with byte spans.
//!
//! Claims live in sentences, so every later stage depends on the cuts being
//! right: a false cut after "U.S." splits one claim in two, a missed cut glues
//! two claims together.

use crate::model::{Sentence, SentenceRole, Span};

/// Split `text` into sentences. Spans are byte offsets into `text`, trimmed of
/// surrounding whitespace; paragraphs are counted from 0.
pub fn split(text: &str) -> Vec<Sentence> {
    // Placeholder: one sentence per line, replaced by the real segmenter.
    let mut out = Vec::new();
    let mut offset = 0;
    let mut paragraph = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            paragraph += 1;
        } else {
            let start = offset + (line.len() - line.trim_start().len());
            out.push(Sentence {
                span: Span::new(start, start + trimmed.len()),
                paragraph,
                role: SentenceRole::Body,
            });
        }
        offset += line.len();
    }
    out
}
