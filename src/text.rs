//! Small text helpers shared by several stages.
