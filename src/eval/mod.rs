//! Evaluations on public test sets and on the bundled corpora.
pub mod dates;
pub mod numbers;
