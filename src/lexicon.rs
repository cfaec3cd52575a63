//! Word lists that drive extraction: reporting verbs, hedges, negations,
//! titles, aliases and boilerplate patterns.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {}
