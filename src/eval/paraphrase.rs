//! Paraphrase judgement on MRPC-style pairs: does claimdiff call two sentences
//! from news about one event "the same" exactly when people did?
//!
//! The file holds JSON Lines `{label, s1, s2}` (label 1: same content). Each
//! sentence becomes a one-sentence document and the two are compared. A pair
//! is predicted "same" when every claim of each sentence sits in a group with
//! a claim of the other (for the usual one claim per sentence: both claims
//! share one group) and no divergence of medium or high severity is reported:
//! that is what a user of `compare` would read as "nothing to flag". A
//! sentence that yields no claim cannot be compared and is predicted
//! "different"; such pairs are counted apart, since they point at extraction
//! rather than alignment or diff.
//!
//! Besides accuracy and F1 the score says why gold "same" pairs were called
//! different (which divergence types fired, and which fired alone), because
//! that is what to work on.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use rayon::prelude::*;
use serde::Deserialize;

use super::{at_line, breakdown, f1, ratio, read_jsonl};
use crate::model::{DivergenceType, Report, Severity};
use crate::{Config, Error, Result, compare, ingest};

#[derive(Debug, Deserialize)]
struct Row {
    label: u8,
    s1: String,
    s2: String,
}

/// A pair as read, with its gold label.
#[derive(Debug, Clone)]
struct Pair {
    same: bool,
    s1: String,
    s2: String,
}

/// What `compare` said about one pair, as this evaluation reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Aligned, nothing of medium or high severity; the low-severity types
    /// reported, if any.
    Same(Vec<DivergenceType>),
    /// A sentence yielded no claim.
    NoClaim,
    /// Some claim was left without a partner in the other sentence.
    Unaligned,
    /// Aligned, with divergences of these types at medium or high severity.
    Diverged(Vec<DivergenceType>),
}

impl Verdict {
    pub fn predicts_same(&self) -> bool {
        matches!(self, Verdict::Same(_))
    }
}

/// One pair's gold label, verdict and claim counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judged {
    pub same: bool,
    pub verdict: Verdict,
    /// Claims extracted from s1 and s2.
    pub claims: [usize; 2],
}

/// How often one divergence type stood behind a wrong "different".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Blame {
    /// Pairs where the type was reported at medium or high.
    pub pairs: usize,
    /// Pairs where it was the only such type: calming it alone would flip them.
    pub alone: usize,
}

/// Why gold "same" pairs were predicted "different".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FalseDifferent {
    pub no_claim: usize,
    pub unaligned: usize,
    pub by_type: BTreeMap<DivergenceType, Blame>,
}

/// What was reported on gold "different" pairs predicted "same".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FalseSame {
    /// Pairs with no divergence at all.
    pub nothing: usize,
    /// Pairs with only low-severity divergences, per type (a pair may count
    /// under several types).
    pub low_only: usize,
    pub low_types: BTreeMap<DivergenceType, usize>,
}

/// The score of one run over a paraphrase file. "Positive" is label 1, same.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParaphraseScore {
    pub true_same: usize,
    pub false_same: usize,
    pub true_different: usize,
    pub false_different: usize,
    /// Pairs where a sentence yielded no claim, and such sentences.
    pub no_claim_pairs: usize,
    pub no_claim_sentences: usize,
    /// Sentences that yielded more than one claim.
    pub split_sentences: usize,
    pub why_different: FalseDifferent,
    pub why_same: FalseSame,
}

impl ParaphraseScore {
    pub fn pairs(&self) -> usize {
        self.true_same + self.false_same + self.true_different + self.false_different
    }
    /// Pairs whose gold label is 1.
    pub fn gold_same(&self) -> usize {
        self.true_same + self.false_different
    }
    pub fn accuracy(&self) -> f64 {
        ratio(self.true_same + self.true_different, self.pairs())
    }
    pub fn precision(&self) -> f64 {
        ratio(self.true_same, self.true_same + self.false_same)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.true_same, self.gold_same())
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    /// Accuracy of always answering "same" on this file.
    pub fn baseline_accuracy(&self) -> f64 {
        ratio(self.gold_same(), self.pairs())
    }
    /// F1 of always answering "same": precision is the share of same pairs,
    /// recall is 1.
    pub fn baseline_f1(&self) -> f64 {
        f1(self.baseline_accuracy(), 1.0)
    }
}

/// Score the paraphrase file at `path`.
pub fn run(path: &Path, config: &Config) -> Result<ParaphraseScore> {
    let pairs = read(path)?;
    let judged: Vec<Judged> = pairs.par_iter().map(|p| judge(p, config)).collect();
    Ok(tally(&judged))
}

fn read(path: &Path) -> Result<Vec<Pair>> {
    read_jsonl::<Row>(path)?
        .into_iter()
        .map(|(line, row)| match row.label {
            0 | 1 => Ok(Pair {
                same: row.label == 1,
                s1: row.s1,
                s2: row.s2,
            }),
            other => Err(Error::JsonField {
                path: at_line(path, line),
                field: "label".to_string(),
                problem: format!("is {other}, expected 0 or 1"),
            }),
        })
        .collect()
}

/// Compare the pair's two sentences as one-sentence documents.
fn judge(pair: &Pair, config: &Config) -> Judged {
    let documents = vec![
        ingest::from_text("s1", &pair.s1),
        ingest::from_text("s2", &pair.s2),
    ];
    let report = compare(documents, config);
    Judged {
        same: pair.same,
        verdict: verdict(&report),
        claims: [
            report.sources[0].claims.len(),
            report.sources[1].claims.len(),
        ],
    }
}

/// Read a two-source report as "same" or the reason it is not.
pub fn verdict(report: &Report) -> Verdict {
    if report.sources.iter().any(|s| s.claims.is_empty()) {
        return Verdict::NoClaim;
    }
    // A group holds at most one claim per source, so a full group has both.
    if report
        .groups
        .iter()
        .any(|g| g.members.len() < report.sources.len())
    {
        return Verdict::Unaligned;
    }
    let serious = kinds(report, Severity::Medium);
    if serious.is_empty() {
        Verdict::Same(kinds(report, Severity::Low))
    } else {
        Verdict::Diverged(serious)
    }
}

/// The distinct divergence types reported at `floor` or above, in type order.
fn kinds(report: &Report, floor: Severity) -> Vec<DivergenceType> {
    let mut out: Vec<DivergenceType> = report
        .divergences
        .iter()
        .filter(|d| d.severity >= floor)
        .map(|d| d.kind)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Count the confusion matrix and the reasons behind each error.
pub fn tally(judged: &[Judged]) -> ParaphraseScore {
    let mut score = ParaphraseScore::default();
    for j in judged {
        count_claims(&mut score, j);
        match (j.same, j.verdict.predicts_same()) {
            (true, true) => score.true_same += 1,
            (false, false) => score.true_different += 1,
            (true, false) => {
                score.false_different += 1;
                blame_different(&mut score.why_different, &j.verdict);
            }
            (false, true) => {
                score.false_same += 1;
                blame_same(&mut score.why_same, &j.verdict);
            }
        }
    }
    score
}

fn count_claims(score: &mut ParaphraseScore, j: &Judged) {
    let empty = j.claims.iter().filter(|&&n| n == 0).count();
    score.no_claim_sentences += empty;
    score.no_claim_pairs += usize::from(empty > 0);
    score.split_sentences += j.claims.iter().filter(|&&n| n > 1).count();
}

fn blame_different(why: &mut FalseDifferent, verdict: &Verdict) {
    match verdict {
        Verdict::NoClaim => why.no_claim += 1,
        Verdict::Unaligned => why.unaligned += 1,
        Verdict::Diverged(kinds) => {
            for &kind in kinds {
                let blame = why.by_type.entry(kind).or_default();
                blame.pairs += 1;
                blame.alone += usize::from(kinds.len() == 1);
            }
        }
        Verdict::Same(_) => {}
    }
}

fn blame_same(why: &mut FalseSame, verdict: &Verdict) {
    let Verdict::Same(low) = verdict else { return };
    if low.is_empty() {
        why.nothing += 1;
        return;
    }
    why.low_only += 1;
    for &kind in low {
        *why.low_types.entry(kind).or_default() += 1;
    }
}

impl fmt::Display for ParaphraseScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "paraphrase: {} pairs ({} same, {} different)",
            self.pairs(),
            self.gold_same(),
            self.pairs() - self.gold_same()
        )?;
        writeln!(
            f,
            "  accuracy {:.3}, F1(same) {:.3}, precision {:.3}, recall {:.3}",
            self.accuracy(),
            self.f1(),
            self.precision(),
            self.recall()
        )?;
        writeln!(
            f,
            "  always \"same\": accuracy {:.3}, F1 {:.3}",
            self.baseline_accuracy(),
            self.baseline_f1()
        )?;
        self.fmt_confusion(f)?;
        writeln!(
            f,
            "  no claim: {} pairs ({} sentences); sentences with several claims: {}",
            self.no_claim_pairs, self.no_claim_sentences, self.split_sentences
        )?;
        self.fmt_false_different(f)?;
        self.fmt_false_same(f)
    }
}

impl ParaphraseScore {
    fn fmt_confusion(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "  confusion       predicted same  predicted different")?;
        writeln!(
            f,
            "    gold same      {:>14}  {:>19}",
            self.true_same, self.false_different
        )?;
        writeln!(
            f,
            "    gold different {:>14}  {:>19}",
            self.false_same, self.true_different
        )
    }

    fn fmt_false_different(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = &self.why_different;
        writeln!(
            f,
            "  false \"different\" ({}): no claim {}, not aligned {}; medium/high divergences:",
            self.false_different, why.no_claim, why.unaligned
        )?;
        for (kind, blame) in &why.by_type {
            writeln!(
                f,
                "    {:<13} in {:>4} pairs, the only cause in {:>4}",
                kind.name(),
                blame.pairs,
                blame.alone
            )?;
        }
        Ok(())
    }

    fn fmt_false_same(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let why = &self.why_same;
        let low = breakdown(why.low_types.iter().map(|(k, n)| (k.name(), *n)));
        writeln!(
            f,
            "  false \"same\" ({}): nothing reported {}, only low severity {}{low}",
            self.false_same, why.nothing, why.low_only
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::tests::file;
    use DivergenceType::{Omission, Polarity, Quantity, Wording};

    fn judged(same: bool, verdict: Verdict) -> Judged {
        Judged {
            same,
            verdict,
            claims: [1, 1],
        }
    }

    #[test]
    fn confusion_and_rates() {
        let score = tally(&[
            judged(true, Verdict::Same(vec![])),
            judged(true, Verdict::Same(vec![Wording])),
            judged(true, Verdict::Diverged(vec![Quantity])),
            judged(false, Verdict::Same(vec![])),
            judged(false, Verdict::Unaligned),
        ]);
        assert_eq!(
            (
                score.true_same,
                score.false_different,
                score.false_same,
                score.true_different
            ),
            (2, 1, 1, 1)
        );
        assert_eq!(score.accuracy(), 0.6);
        assert_eq!(score.precision(), 2.0 / 3.0);
        assert_eq!(score.recall(), 2.0 / 3.0);
        assert!((score.f1() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(score.baseline_accuracy(), 0.6);
        assert!((score.baseline_f1() - 0.75).abs() < 1e-12);
    }

    #[test]
    fn false_different_is_blamed_per_type_and_alone() {
        let score = tally(&[
            judged(true, Verdict::Diverged(vec![Quantity])),
            judged(true, Verdict::Diverged(vec![Quantity, Polarity])),
            judged(true, Verdict::NoClaim),
            judged(true, Verdict::Unaligned),
            judged(false, Verdict::Diverged(vec![Omission])),
        ]);
        let why = &score.why_different;
        assert_eq!((why.no_claim, why.unaligned), (1, 1));
        assert_eq!(why.by_type[&Quantity], Blame { pairs: 2, alone: 1 });
        assert_eq!(why.by_type[&Polarity], Blame { pairs: 1, alone: 0 });
        assert!(!why.by_type.contains_key(&Omission));
    }

    #[test]
    fn false_same_splits_nothing_from_low() {
        let score = tally(&[
            judged(false, Verdict::Same(vec![])),
            judged(false, Verdict::Same(vec![Wording, Quantity])),
            judged(true, Verdict::Same(vec![Wording])),
        ]);
        assert_eq!((score.why_same.nothing, score.why_same.low_only), (1, 1));
        assert_eq!(score.why_same.low_types[&Wording], 1);
    }

    #[test]
    fn claimless_and_split_sentences_are_counted() {
        let mut a = judged(false, Verdict::NoClaim);
        a.claims = [0, 2];
        let mut b = judged(true, Verdict::NoClaim);
        b.claims = [0, 0];
        let score = tally(&[a, b]);
        assert_eq!(
            (
                score.no_claim_pairs,
                score.no_claim_sentences,
                score.split_sentences
            ),
            (2, 3, 1)
        );
    }

    #[test]
    fn a_sentence_compared_with_itself_is_the_same() {
        let s = "The harbour board approved the new ferry timetable on Monday.";
        let f = file(&format!(
            "{{\"label\": 1, \"s1\": \"{s}\", \"s2\": \"{s}\"}}\n"
        ));
        let score = run(f.path(), &Config::default()).unwrap();
        assert_eq!(score.true_same, 1, "{score}");
    }

    #[test]
    fn a_label_other_than_0_or_1_names_the_line() {
        let f = file(
            "{\"label\": 1, \"s1\": \"a\", \"s2\": \"b\"}\n{\"label\": 7, \"s1\": \"a\", \"s2\": \"b\"}\n",
        );
        let err = run(f.path(), &Config::default()).unwrap_err().to_string();
        assert!(err.contains(":2: JSON field 'label' is 7"), "{err}");
    }

    #[test]
    fn display_shows_the_matrix_and_the_blame() {
        let score = tally(&[
            judged(true, Verdict::Diverged(vec![Quantity])),
            judged(false, Verdict::Same(vec![Wording])),
        ]);
        let shown = score.to_string();
        assert!(shown.starts_with("paraphrase: 2 pairs (1 same, 1 different)"));
        assert!(shown.contains("quantity      in    1 pairs, the only cause in    1"));
        assert!(shown.contains("only low severity 1 (wording 1)"), "{shown}");
    }
}
