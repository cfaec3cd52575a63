//! Evaluations: score claimdiff on the bundled gold-annotated corpora and on
//! public test sets written by others, so every claim about quality is a
//! number anyone can re-run (`claimdiff eval …`).

pub mod corpus;
pub mod quotes;
pub mod segmentation;
