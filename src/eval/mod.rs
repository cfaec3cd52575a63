//! Evaluations on public test sets and on the bundled corpora.
pub mod numbers;
