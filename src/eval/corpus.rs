//! Score `compare` against the gold files of the bundled corpora.
//!
//! Each story folder holds outlet versions and a `gold.json` listing the
//! divergences a reader would flag, pair by pair, with a short snippet of
//! each side, and paraphrases that must not be flagged. A gold divergence is
//! found when a reported divergence of medium or high severity has, for each
//! listed source, a side whose sentence contains that source's snippet (case
//! and whitespace folded; the sentence with any dateline or liveblog
//! timestamp the claim's text leaves out); typed when its type matches too. A paraphrase is
//! alarmed when such a report carries its snippets, unless the report is a
//! gold divergence of its type between the same sources: two sentences can
//! carry a harmless paraphrase ("three days" and "72 hours") and a real
//! difference ("38,000" and "36,000") at once, and only the difference is
//! reported.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;

use super::ratio;
use crate::align::{ClaimFeatures, Vocabulary};
use crate::error::{Error, Result};
use crate::ingest::{self, IngestOptions};
use crate::model::{Divergence, Report, Severity};
use crate::{Config, compare};

#[derive(Debug, Deserialize)]
struct Gold {
    story: String,
    sources: Vec<String>,
    divergences: Vec<GoldEntry>,
    #[serde(default)]
    not_divergences: Vec<GoldEntry>,
}

#[derive(Debug, Deserialize)]
struct GoldEntry {
    #[serde(rename = "type", default)]
    kind: Option<String>,
    between: [String; 2],
    snippets: HashMap<String, Option<String>>,
    #[serde(default)]
    note: String,
}

/// Scores of one story.
#[derive(Debug, Default, Clone)]
pub struct StoryScore {
    pub story: String,
    pub gold: usize,
    pub found: usize,
    pub typed: usize,
    /// Medium/high reports over the evaluated pairs, and how many match gold.
    pub reported: usize,
    pub reported_matching: usize,
    pub paraphrases: usize,
    pub paraphrase_alarms: usize,
    /// Per gold type: (gold, found, typed).
    pub by_type: BTreeMap<String, (usize, usize, usize)>,
    /// Gold entries not found, as "type a|b: note".
    pub misses: Vec<String>,
    /// Paraphrases reported at medium or high.
    pub alarms: Vec<String>,
}

/// Scores over every story of a corpora folder.
#[derive(Debug, Default, Clone)]
pub struct CorpusScore {
    pub stories: Vec<StoryScore>,
}

impl CorpusScore {
    fn sum(&self, f: impl Fn(&StoryScore) -> usize) -> usize {
        self.stories.iter().map(f).sum()
    }
    pub fn recall(&self) -> f64 {
        ratio(self.sum(|s| s.found), self.sum(|s| s.gold))
    }
    pub fn typed_recall(&self) -> f64 {
        ratio(self.sum(|s| s.typed), self.sum(|s| s.gold))
    }
    pub fn precision(&self) -> f64 {
        ratio(self.sum(|s| s.reported_matching), self.sum(|s| s.reported))
    }
    pub fn alarms(&self) -> usize {
        self.sum(|s| s.paraphrase_alarms)
    }
}

/// Evaluate every story folder (one holding `gold.json`) under `dir`.
pub fn run(dir: &Path, config: &Config) -> Result<CorpusScore> {
    let mut stories = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut folders: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join(crate::ingest::GOLD_FILE).is_file())
        .collect();
    folders.sort();
    for folder in folders {
        stories.push(story(&folder, config)?);
    }
    Ok(CorpusScore { stories })
}

fn story(folder: &Path, config: &Config) -> Result<StoryScore> {
    let gold_path = folder.join(crate::ingest::GOLD_FILE);
    let text = std::fs::read_to_string(&gold_path).map_err(|e| Error::io(&gold_path, e))?;
    let gold: Gold = serde_json::from_str(&text).map_err(|e| Error::Json {
        path: gold_path.display().to_string(),
        message: e.to_string(),
    })?;
    let mut reports: HashMap<[String; 2], Report> = HashMap::new();
    for entry in gold.divergences.iter().chain(&gold.not_divergences) {
        if !reports.contains_key(&entry.between) {
            let report = compare_pair(folder, &entry.between, config)?;
            reports.insert(entry.between.clone(), report);
        }
    }
    let mut score = StoryScore {
        story: gold.story.clone(),
        gold: gold.divergences.len(),
        paraphrases: gold.not_divergences.len(),
        ..StoryScore::default()
    };
    let _ = &gold.sources;
    // Where each pair's claims ended up, read once per pair that misses.
    let mut placements: HashMap<&[String; 2], Placement> = HashMap::new();
    for entry in &gold.divergences {
        let report = &reports[&entry.between];
        let kind = entry.kind.clone().unwrap_or_default();
        let hits: Vec<&Divergence> = serious(report)
            .filter(|d| matches(report, d, entry))
            .collect();
        let typed = hits.iter().any(|d| d.kind.name() == kind);
        let slot = score.by_type.entry(kind.clone()).or_default();
        slot.0 += 1;
        if !hits.is_empty() {
            score.found += 1;
            slot.1 += 1;
        } else {
            score.misses.push(format!(
                "{kind} {}|{}: {} [{}]",
                entry.between[0],
                entry.between[1],
                entry.note,
                placements
                    .entry(&entry.between)
                    .or_insert_with(|| Placement::new(report, config))
                    .miss_reason(entry)
            ));
        }
        if typed {
            score.typed += 1;
            slot.2 += 1;
        }
    }
    for entry in &gold.not_divergences {
        let report = &reports[&entry.between];
        let explained = |d: &Divergence| {
            gold.divergences.iter().any(|e| {
                same_pair(&e.between, &entry.between)
                    && e.kind.as_deref() == Some(d.kind.name())
                    && matches(report, d, e)
            })
        };
        if let Some(d) = serious(report).find(|d| matches(report, d, entry) && !explained(d)) {
            score.paraphrase_alarms += 1;
            score.alarms.push(format!(
                "{} {} {}|{}: {} (reported: {})",
                d.kind.name(),
                d.severity.name(),
                entry.between[0],
                entry.between[1],
                entry.note,
                d.summary
            ));
        }
    }
    for (pair, report) in &reports {
        let entries: Vec<&GoldEntry> = gold
            .divergences
            .iter()
            .filter(|e| &e.between == pair)
            .collect();
        for d in serious(report) {
            score.reported += 1;
            if entries.iter().any(|e| matches(report, d, e)) {
                score.reported_matching += 1;
            }
        }
    }
    Ok(score)
}

fn compare_pair(folder: &Path, pair: &[String; 2], config: &Config) -> Result<Report> {
    let load = |name: &str| {
        let path = folder.join(name);
        ingest::load(&path.display().to_string(), &IngestOptions::default())
    };
    let mut a = load(&pair[0])?;
    let mut b = load(&pair[1])?;
    // Labels are the file names the gold uses.
    a.label = pair[0].clone();
    b.label = pair[1].clone();
    Ok(compare(vec![a, b], config))
}

fn serious(report: &Report) -> impl Iterator<Item = &Divergence> {
    report
        .divergences
        .iter()
        .filter(|d| d.severity >= Severity::Medium)
}

/// Do two `between` lists name the same two sources, in either order?
fn same_pair(a: &[String], b: &[String]) -> bool {
    let sorted = |x: &[String]| {
        let mut v = x.to_vec();
        v.sort();
        v
    };
    sorted(a) == sorted(b)
}

fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The whole sentence a side's claim comes from, with the dateline or
/// liveblog timestamp the claim leaves out ("02:10 — Talks have broken up"):
/// a reader's snippet may include it, and the timestamp may be the time the
/// divergence compares.
fn side_sentence(report: &Report, d: &Divergence, side: &crate::model::Side) -> String {
    if d.extent(side).is_some() {
        return report.side_text(d, side).to_string();
    }
    claim_sentence(&report.sources[side.source()], side.claim())
}

/// Does a divergence carry, for each listed source, a side containing its snippet?
fn matches(report: &Report, d: &Divergence, entry: &GoldEntry) -> bool {
    entry.snippets.iter().all(|(file, snippet)| {
        let Some(snippet) = snippet else { return true };
        let snippet = fold(snippet);
        d.sides.iter().any(|side| {
            let source = &report.sources[side.source()];
            source.document.label == *file
                && fold(&side_sentence(report, d, side)).contains(&snippet)
        })
    })
}

/// Where the claims of one compared pair ended up: each claim's group, and
/// (when a miss needs them) alignment's features, computed once.
struct Placement<'r> {
    report: &'r Report,
    config: &'r Config,
    group_of: HashMap<(usize, usize), usize>,
    features: std::cell::OnceCell<(Vec<Vec<Arc<ClaimFeatures>>>, Vocabulary)>,
}

/// A claim of the pair: its source, its index and its group.
type Placed = (usize, usize, usize);

impl<'r> Placement<'r> {
    fn new(report: &'r Report, config: &'r Config) -> Self {
        let mut group_of = HashMap::new();
        for (g, group) in report.groups.iter().enumerate() {
            for m in &group.members {
                group_of.insert((m.source(), m.claim()), g);
            }
        }
        Placement {
            report,
            config,
            group_of,
            features: std::cell::OnceCell::new(),
        }
    }

    /// Where a missed gold divergence's sentences ended up, for whoever
    /// writes the next rule: a snippet no claim carries, sentences in
    /// separate groups, or one group whose reports (if any) are below
    /// medium or of the wrong sides.
    fn miss_reason(&self, entry: &GoldEntry) -> String {
        let report = self.report;
        // Per snippet, the claims whose sentence holds it.
        let mut wanted: Vec<Vec<Placed>> = Vec::new();
        // In the order the entry names its sources, so the line is stable.
        let mut snippets: Vec<(&String, &Option<String>)> = entry.snippets.iter().collect();
        snippets.sort_by_key(|(file, _)| (entry.between.iter().position(|b| b == *file), *file));
        for (file, snippet) in snippets {
            let Some(snippet) = snippet else { continue };
            let snippet = fold(snippet);
            let Some(s) = report
                .sources
                .iter()
                .position(|a| a.document.label == *file)
            else {
                return format!("no source {file}");
            };
            let source = &report.sources[s];
            let claims: Vec<Placed> = (0..source.claims.len())
                .filter(|&c| fold(&claim_sentence(source, c)).contains(&snippet))
                .filter_map(|c| self.group_of.get(&(s, c)).map(|&g| (s, c, g)))
                .collect();
            if claims.is_empty() {
                return format!("no claim of {file} carries the snippet");
            }
            wanted.push(claims);
        }
        let shared = wanted
            .first()
            .into_iter()
            .flatten()
            .map(|&(_, _, g)| g)
            .find(|g| wanted.iter().all(|cs| cs.iter().any(|c| c.2 == *g)));
        let Some(g) = shared else {
            return self.apart(&wanted);
        };
        let reported: Vec<String> = report
            .divergences
            .iter()
            .filter(|d| d.group == g)
            .map(|d| format!("{} {}", d.kind.name(), d.severity.name()))
            .collect();
        let size = report.groups[g].members.len();
        if reported.is_empty() {
            format!("together in a group of {size}, nothing reported")
        } else {
            format!("together in a group of {size}: {}", reported.join(", "))
        }
    }

    /// Two snippets' claims in separate groups: their best similarity, and
    /// whether each was left alone or matched with another claim.
    fn apart(&self, wanted: &[Vec<Placed>]) -> String {
        let [first, second] = wanted else {
            return "apart".to_string();
        };
        let (features, vocab) = self.features.get_or_init(|| {
            crate::align::claim_features(&self.report.sources, &self.config.lexicon)
        });
        let feature = |&(s, c, _): &Placed| &features[s][c];
        let best = first
            .iter()
            .flat_map(|a| second.iter().map(move |b| (a, b)))
            .map(|(a, b)| crate::align::similarity(feature(a), feature(b), vocab))
            .fold(0.0, f64::max);
        let company = |claims: &[Placed]| {
            if claims
                .iter()
                .all(|c| self.report.groups[c.2].members.len() == 1)
            {
                "alone"
            } else {
                "matched"
            }
        };
        format!(
            "apart, similarity {best:.2}, {} and {}",
            company(first),
            company(second)
        )
    }
}

/// The sentence a claim comes from (the claim's own text when the sentence
/// does not hold it).
fn claim_sentence(source: &crate::model::Analysis, claim: usize) -> String {
    let claim = &source.claims[claim];
    source
        .sentences
        .get(claim.sentence as usize)
        .filter(|s| s.span.contains(&claim.span()))
        .map_or_else(
            || claim.text.to_string(),
            |s| s.span.slice(&source.document.text).to_string(),
        )
}

impl fmt::Display for CorpusScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for s in &self.stories {
            writeln!(
                f,
                "{}: found {}/{} (typed {}), reports matching gold {}/{}, paraphrase alarms {}/{}",
                s.story,
                s.found,
                s.gold,
                s.typed,
                s.reported_matching,
                s.reported,
                s.paraphrase_alarms,
                s.paraphrases
            )?;
            for (kind, (gold, found, typed)) in &s.by_type {
                writeln!(f, "  {kind:<13} found {found}/{gold}, typed {typed}")?;
            }
            for miss in &s.misses {
                writeln!(f, "  miss: {miss}")?;
            }
            for alarm in &s.alarms {
                writeln!(f, "  alarm: {alarm}")?;
            }
        }
        writeln!(
            f,
            "corpus: recall {:.3}, typed recall {:.3}, precision of medium/high reports {:.3}, paraphrase alarms {}",
            self.recall(),
            self.typed_recall(),
            self.precision(),
            self.alarms()
        )
    }
}
